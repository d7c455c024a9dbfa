//! The "Intégrer" button and its dialog: the colours of the embed, the iframe
//! snippet, the resize script and the plain link, each with a copy button,
//! and a link to preview the embed as chosen. Its content is drawn once the
//! dialog is first opened. Every text comes from `plan_core::embed` and the
//! dictionary.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use plan_core::embed::{self as core_embed, EmbedOptions, Pin, Theme};
use plan_core::i18n::fill;
use plan_core::url_state::{to_query_with_embed, ViewState};

use crate::components::copy_field::CopyField;
use crate::components::embed_measure::{EmbedMeasure, COLUMN_PX};
use crate::components::share_links::{attr, full_url, page_url, starting_height, with_query};
use crate::components::view_state::expect_view_state;
use crate::data::use_plan;

/// A button opening the "Intégrer" dialog for the current view, for one chart
/// of it, or for the page's `subject` (a commitment), which then titles the
/// iframe.
#[component]
pub fn EmbedButton(
    key: &'static str,
    chart: Option<&'static str>,
    label: &'static str,
    #[prop(optional)] subject: Option<String>,
    /// The chart's title, for a chart's button.
    #[prop(optional)]
    chart_title: Option<String>,
) -> impl IntoView {
    let plan = use_plan();
    let t = crate::lang::texts();
    let view = expect_view_state();
    let location = use_location();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let opener = NodeRef::<leptos::html::Button>::new();
    let pin = RwSignal::new(true);
    // Light by default: a news article is light, and an embed that follows a
    // dark-mode reader would show a dark block in it (issue 21, finding 12).
    let theme = RwSignal::new(Theme::Light);
    let source = plan.snapshot.source.clone();
    let date = crate::lang::date(&source.as_of);
    let heading = match &chart_title {
        Some(title) => fill(t.embed_chart, &[("title", title)]),
        None => label.to_owned(),
    };
    let intro = if subject.is_some() {
        t.embed_intro_commitment
    } else {
        t.embed_intro_view
    };
    // A commitment's page is long (its table of actions): a taller start.
    let height = if subject.is_some() {
        1200
    } else {
        starting_height(chart)
    };
    let frame_title = {
        let plan = plan.clone();
        let chart_title = chart_title.clone();
        move |v: &ViewState| {
            let what = match (&chart_title, &subject) {
                (Some(title), _) | (None, Some(title)) => title.clone(),
                (None, None) => {
                    let parts =
                        core_embed::describe_view_in(&plan.snapshot, v, crate::lang::current());
                    if parts.is_empty() {
                        t.embed_frame_all.to_owned()
                    } else {
                        fill(t.embed_frame_view, &[("parts", &parts.join(" ; "))])
                    }
                }
            };
            fill(t.embed_frame_title, &[("what", &what)])
        }
    };
    let embed_url = {
        let source = source.clone();
        move || {
            let opts = EmbedOptions {
                embed: true,
                chart,
                theme: theme.get(),
                pin: pin.get().then(|| Pin::of(&source)),
            };
            view.state.with(|v| {
                with_query(
                    page_url(&location.pathname.get()),
                    &to_query_with_embed(v, &opts),
                )
            })
        }
    };
    // The dialog's content is drawn, and its texts worked out, once it has
    // been opened, and then follow the view: while closed they would be
    // built with the page and rebuilt at every keystroke and filter for
    // nobody (four dialogs on the overview).
    let opened = RwSignal::new(false);
    let embed_url = Signal::derive(move || {
        if opened.get() {
            embed_url()
        } else {
            String::new()
        }
    });
    // The height the embed reports at an article column's width, once
    // measured; until then the estimate above.
    let measured = RwSignal::new(None::<u32>);
    let snippet = Signal::derive(move || {
        if !opened.get() {
            return String::new();
        }
        let height = measured.get().unwrap_or(height);
        let title = view.state.with(|v| frame_title(v));
        format!(
            "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{}\" loading=\"lazy\" style=\"border:0;width:100%\" allow=\"clipboard-write; web-share\"></iframe>",
            attr(&embed_url.get()),
            attr(&title),
            height
        )
    });
    let script = {
        let root = crate::base::app_root();
        Signal::derive(move || {
            format!(
                "<script src=\"{}\" async></script>",
                attr(&page_url(&format!("{root}/embed.js")))
            )
        })
    };
    let link = Signal::derive(move || {
        if opened.get() {
            view.state.with(|v| full_url(&location.pathname.get(), v))
        } else {
            String::new()
        }
    });
    let open = move |_| {
        opened.set(true);
        // Shown once its content is drawn, so the focus goes to its first
        // control, as a modal dialog's should.
        set_timeout(
            move || {
                if let Some(d) = dialog.get_untracked() {
                    if !d.open() {
                        let _ = d.show_modal();
                    }
                }
            },
            std::time::Duration::ZERO,
        );
    };
    let close = move |_| {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    let title_id = format!("integrer-{key}-titre");
    let labelled_by = title_id.clone();
    let heading_label = heading.clone();
    view! {
        <button
            type="button"
            class="button button-small"
            node_ref=opener
            on:click=open
            // Drawn at build time: the dialog needs the app.
            disabled=crate::site::current().prerender()
            aria-haspopup="dialog"
            aria-label=heading_label
        >
            {label}
        </button>
        <dialog
            class="embed-dialog"
            node_ref=dialog
            aria-labelledby=labelled_by
            on:close=move |_| {
                // Focus goes back to the button that opened the dialog.
                if let Some(b) = opener.get() {
                    let _ = b.focus();
                }
            }
        >
            {move || opened.get().then(|| {
                let (title_id, heading, date) = (title_id.clone(), heading.clone(), date.clone());
                view! {
                    <div class="embed-dialog-head">
                        <h2 id=title_id>{heading}</h2>
                        <button type="button" class="button button-small" on:click=close>{t.close}</button>
                    </div>
                    <p>{intro}</p>
                    <fieldset class="embed-theme">
                        <legend>{t.embed_theme}</legend>
                        {[(Theme::Light, t.embed_theme_light), (Theme::Dark, t.embed_theme_dark), (Theme::Auto, t.embed_theme_auto)]
                            .into_iter()
                            .map(|(value, label)| view! {
                                <label>
                                    <input
                                        type="radio"
                                        name=format!("integrer-{key}-theme")
                                        value=value.as_str()
                                        prop:checked=move || theme.get() == value
                                        on:change=move |_| theme.set(value)
                                    />
                                    {label}
                                </label>
                            })
                            .collect_view()}
                    </fieldset>
                    <label class="embed-pin">
                        <input type="checkbox" prop:checked=move || pin.get() on:change=move |ev| pin.set(event_target_checked(&ev)) />
                        {fill(t.embed_pin, &[("date", &date)])}
                    </label>
                    <CopyField id=format!("integrer-{key}-iframe") label=t.embed_code text=snippet rows=4 />
                    <p class="embed-height" data-measured=move || measured.get().is_some().to_string()>
                        {move || measured.get().map(|h| fill(t.embed_height, &[("height", &h.to_string()), ("width", &COLUMN_PX.to_string())]))}
                    </p>
                    <EmbedMeasure url=embed_url name=format!("plan-ouvert-mesure-{key}") height=measured />
                    <CopyField
                        id=format!("integrer-{key}-script")
                        label=t.embed_script
                        text=script
                        rows=2
                    />
                    <CopyField id=format!("integrer-{key}-lien") label=t.embed_link text=link rows=2 />
                    <p>
                        <a href=move || embed_url.get() target="_blank" rel="noopener">
                            {t.embed_preview}
                            <span class="visually-hidden">{t.new_tab}</span>
                        </a>
                    </p>
                }
            })}
        </dialog>
    }
}
