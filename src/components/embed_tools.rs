//! Sharing the current view: the "Intégrer" dialog (iframe snippet, resize
//! script, plain link, each with a copy button), the downloads of exactly what
//! the view shows (CSV, JSON, and each chart as SVG and PNG), the "Citer"
//! block, and, in an embed, the attribution line.
//!
//! Every text and file is built by `plan_core::embed` and `plan_core::export`;
//! this module only wires buttons to the browser (dialog, clipboard, files).

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use plan_core::charts::Chart;
use plan_core::embed::{self as core_embed, EmbedOptions, Pin};
use plan_core::export;
use plan_core::format::french_date;
use plan_core::url_state::{to_query, to_query_with_embed, ViewState};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use crate::components::view_state::expect_view_state;
use crate::data::use_plan;
use crate::data::PlanData;

/// Origin and path of the page the user is on (`https://site.fr/pgo/`).
fn page_url(pathname: &str) -> String {
    let origin = window().location().origin().unwrap_or_default();
    format!("{origin}{pathname}")
}

fn with_query(base: String, query: &str) -> String {
    if query.is_empty() {
        base
    } else {
        format!("{base}?{query}")
    }
}

/// The absolute URL of `view` in the full app (no embed flags).
fn full_url(pathname: &str, view: &ViewState) -> String {
    with_query(page_url(pathname), &to_query(view))
}

/// Escapes a value for an HTML attribute in the snippet.
fn attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Starting height of an iframe, before the resize script (if any) adjusts it.
fn starting_height(chart: Option<&str>) -> u32 {
    match chart {
        Some("statuts") => 420,
        Some("calendrier") => 280,
        Some("axes") => 560,
        _ => 900,
    }
}

/// Tools of the overview: "Intégrer", downloads, "Citer". Not shown in an embed.
#[component]
pub fn ViewTools(shown: Memo<Vec<usize>>) -> impl IntoView {
    let plan = use_plan();
    let view = expect_view_state();
    let location = use_location();
    let root_url = {
        let root = crate::base::app_root();
        move || page_url(&root)
    };
    let csv_commitments = {
        let plan = plan.clone();
        move |_| {
            let text =
                shown.with_untracked(|i| export::commitments_csv(&plan.snapshot, i, &root_url()));
            let name = export::file_name(&plan.snapshot, "engagements", "csv");
            download_text(&name, CSV, &text);
        }
    };
    let csv_actions = {
        let plan = plan.clone();
        move |_| shown.with_untracked(|i| download_actions_csv(&plan, i, "actions"))
    };
    let json = {
        let plan = plan.clone();
        move |_| shown.with_untracked(|i| download_subset_json(&plan, i, "donnees"))
    };
    let empty = move || shown.with(Vec::is_empty);
    let citation = {
        let plan = plan.clone();
        move || {
            let url = view.state.with(|v| full_url(&location.pathname.get(), v));
            view.state
                .with(|v| core_embed::citation(&plan.snapshot, v, shown.with(Vec::len), &url))
        }
    };
    view! {
        <section class="view-tools" aria-labelledby="partager-titre">
            <h2 id="partager-titre">"Partager, télécharger, citer cette vue"</h2>
            <p class="section-note">
                "Les fichiers contiennent exactement les engagements affichés ci-dessous, avec les filtres en cours."
            </p>
            <div class="tool-row">
                <EmbedButton key="vue" chart=None label="Intégrer cette vue" />
                <button type="button" class="button button-small" on:click=csv_commitments>
                    "Engagements (CSV)"
                </button>
                <button type="button" class="button button-small" on:click=csv_actions>
                    "Actions (CSV)"
                </button>
                <button type="button" class="button button-small" on:click=json disabled=empty>
                    "Données (JSON)"
                </button>
            </div>
            <p class="tool-help">
                "CSV : UTF-8, séparateur point-virgule, s’ouvre tel quel dans Excel en français. JSON : même format que le fichier complet des données."
            </p>
            <CopyField
                id="citer"
                label="Citer cette vue"
                text=Signal::derive(citation)
                rows=3
            />
        </section>
    }
}

/// Tools under one chart of the overview: "Intégrer", SVG, PNG.
#[component]
pub fn ChartTools(chart: Chart) -> impl IntoView {
    let plan = use_plan();
    let id = chart.id;
    let source_line = core_embed::attribution(&plan.snapshot.source);
    // Built when a download is asked for, not with the page: three charts'
    // SVG text on every overview start-up would be work for nobody.
    let title = chart.title.clone();
    let chart = StoredValue::new(chart);
    let svg = move || chart.with_value(|c| export::chart_svg(c, &source_line));
    let name = |ext: &str| export::file_name(&use_plan().snapshot, &format!("graphique-{id}"), ext);
    let svg_name = name("svg");
    let png_name = name("png");
    view! {
        <div class="tool-row chart-tools">
            <EmbedButton key=id chart=Some(id) chart_title=title.clone() label="Intégrer" />
            <button
                type="button"
                class="button button-small"
                aria-label=format!("Télécharger le graphique « {title} » en SVG")
                on:click={
                    let svg = svg.clone();
                    move |_| download_text(&svg_name, "image/svg+xml;charset=utf-8", &svg())
                }
            >
                "SVG"
            </button>
            <button
                type="button"
                class="button button-small"
                aria-label=format!("Télécharger le graphique « {title} » en PNG")
                on:click=move |_| download_png(&svg(), &png_name)
            >
                "PNG"
            </button>
        </div>
    }
}

/// Tools of a commitment page: "Intégrer", its actions (CSV) and its data
/// (JSON), "Citer". Not shown in an embed. `index` is in `snapshot.commitments`.
#[component]
pub fn CommitmentTools(index: usize) -> impl IntoView {
    let plan = use_plan();
    let location = use_location();
    let Some(c) = plan.snapshot.commitments.get(index) else {
        return ().into_any();
    };
    let n = c.number;
    let subject = format!("Engagement {n} : {}", c.title);
    let csv_actions = {
        let plan = plan.clone();
        move |_| download_actions_csv(&plan, &[index], &format!("engagement-{n}-actions"))
    };
    let json = {
        let plan = plan.clone();
        move |_| download_subset_json(&plan, &[index], &format!("engagement-{n}"))
    };
    let citation = {
        let plan = plan.clone();
        Signal::derive(move || {
            let url = page_url(&location.pathname.get());
            plan.snapshot
                .commitments
                .get(index)
                .map(|c| core_embed::commitment_citation(&plan.snapshot, c, &url))
                .unwrap_or_default()
        })
    };
    view! {
        <section class="view-tools" aria-labelledby="partager-titre">
            <h2 id="partager-titre">"Partager, télécharger, citer cet engagement"</h2>
            <div class="tool-row">
                <EmbedButton key="engagement" chart=None label="Intégrer cet engagement" subject=subject />
                <button type="button" class="button button-small" on:click=csv_actions>
                    "Actions (CSV)"
                </button>
                <button type="button" class="button button-small" on:click=json>
                    "Données (JSON)"
                </button>
            </div>
            <p class="tool-help">
                "CSV : UTF-8, séparateur point-virgule, s’ouvre tel quel dans Excel en français. JSON : même format que le fichier complet des données, avec cet engagement seul."
            </p>
            <CopyField id="citer" label="Citer cet engagement" text=citation rows=3 />
        </section>
    }
    .into_any()
}

/// A button opening the "Intégrer" dialog for the current view, for one chart
/// of it, or for the page's `subject` (a commitment), which then titles the
/// iframe.
#[component]
fn EmbedButton(
    key: &'static str,
    chart: Option<&'static str>,
    label: &'static str,
    #[prop(optional)] subject: Option<String>,
    /// The chart's title, for a chart's button.
    #[prop(optional)]
    chart_title: Option<String>,
) -> impl IntoView {
    let plan = use_plan();
    let view = expect_view_state();
    let location = use_location();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let opener = NodeRef::<leptos::html::Button>::new();
    let pin = RwSignal::new(true);
    let source = plan.snapshot.source.clone();
    let date = french_date(&source.as_of);
    let heading = match &chart_title {
        Some(t) => format!("Intégrer le graphique « {t} »"),
        None => label.to_owned(),
    };
    let intro = if subject.is_some() {
        "Collez le code ci-dessous dans votre page. Les lecteurs voient cet engagement tel qu’il est ici, avec un lien vers Plan ouvert."
    } else {
        "Collez le code ci-dessous dans votre page. Les lecteurs voient la vue telle qu’elle est ici, filtres compris, avec un lien vers Plan ouvert."
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
                (Some(t), _) | (None, Some(t)) => t.clone(),
                (None, None) => {
                    let parts = core_embed::describe_view(&plan.snapshot, v);
                    if parts.is_empty() {
                        "les engagements du plan".to_owned()
                    } else {
                        format!("engagements ({})", parts.join(" ; "))
                    }
                }
            };
            format!("Plan ouvert : {what}")
        }
    };
    let embed_url = {
        let source = source.clone();
        move || {
            let opts = EmbedOptions {
                embed: true,
                chart,
                pin: pin.get().then(|| Pin::of(&source)),
                ..Default::default()
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
    let snippet = Signal::derive(move || {
        if !opened.get() {
            return String::new();
        }
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
                        <button type="button" class="button button-small" on:click=close>"Fermer"</button>
                    </div>
                    <p>{intro}</p>
                    <label class="embed-pin">
                        <input type="checkbox" prop:checked=move || pin.get() on:change=move |ev| pin.set(event_target_checked(&ev)) />
                        {format!("Épingler les données du {date} : l’intégration signalera toute mise à jour des données")}
                    </label>
                    <CopyField id=format!("integrer-{key}-iframe") label="Code d’intégration" text=snippet rows=4 />
                    <CopyField
                        id=format!("integrer-{key}-script")
                        label="Hauteur automatique (facultatif, une seule fois par page)"
                        text=script
                        rows=2
                    />
                    <CopyField id=format!("integrer-{key}-lien") label="Lien simple" text=link rows=2 />
                    <p>
                        <a href=move || embed_url.get() target="_blank" rel="noopener">
                            "Aperçu de l’intégration"
                            <span class="visually-hidden">" (nouvel onglet)"</span>
                        </a>
                    </p>
                }
            })}
        </dialog>
    }
}

/// A read-only text with a copy button and a visible confirmation.
#[component]
fn CopyField(
    #[prop(into)] id: String,
    label: &'static str,
    text: Signal<String>,
    rows: u32,
) -> impl IntoView {
    let area = NodeRef::<leptos::html::Textarea>::new();
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        let value = text.get_untracked();
        leptos::task::spawn_local(async move {
            let navigator = window().navigator();
            let has_clipboard =
                web_sys::js_sys::Reflect::has(&navigator, &JsValue::from_str("clipboard"))
                    .unwrap_or(false);
            let copied = if has_clipboard {
                let promise = navigator.clipboard().write_text(&value);
                wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
            } else {
                false
            };
            if copied {
                status.set("Copié".to_owned());
            } else if let Some(a) = area.get_untracked() {
                // No clipboard access (old browser, plain http, permission
                // refused): select the text so Ctrl+C copies it.
                let _ = a.focus();
                a.select();
                status.set(
                    "Texte sélectionné : appuyez sur Ctrl+C (ou Cmd+C) pour copier".to_owned(),
                );
            }
            set_timeout(
                move || status.set(String::new()),
                std::time::Duration::from_secs(4),
            );
        });
    };
    let status_id = format!("{id}-etat");
    view! {
        <div class="copy-field">
            <label for=id.clone()>{label}</label>
            <textarea id=id.clone() node_ref=area readonly rows=rows spellcheck="false" prop:value=move || text.get()></textarea>
            <div class="copy-actions">
                <button type="button" class="button button-small" on:click=copy aria-describedby=status_id.clone()>
                    "Copier"
                </button>
                <span class="copy-status" id=status_id role="status">{move || status.get()}</span>
            </div>
        </div>
    }
}

/// The attribution line of an embed, with the date of the data shown, a link
/// to the same view in the full app, and a notice if the data is not the data
/// the embed was made with.
#[component]
pub fn EmbedAttribution() -> impl IntoView {
    let plan = use_plan();
    let opts = crate::embed::use_embed();
    let location = use_location();
    let source = plan.snapshot.source.clone();
    let notice = core_embed::pin_notice(opts.pin.as_ref(), &source);
    let href = move || {
        let (view, _) = plan_core::url_state::parse_query(&location.search.get());
        full_url(&location.pathname.get(), &view)
    };
    let date = french_date(&source.as_of);
    view! {
        {notice.map(|n| view! { <p class="pin-notice" role="note">{n}</p> })}
        <p class="embed-attribution">
            "Source : "
            <a href=href target="_blank" rel="noopener">
                "Plan ouvert"
                <span class="visually-hidden">" (ouvrir cette vue dans l’application, nouvel onglet)"</span>
            </a>
            {format!(" · rapport d’autoévaluation à mi-parcours, données au {date}")}
        </p>
    }
}

/// Offers `text` as a file named `name`.
/// Media type of the CSV downloads.
const CSV: &str = "text/csv;charset=utf-8";

/// Downloads the actions of the commitments `indices` as CSV
/// (`plan-ouvert-{what}-{date}.csv`): the overview's view and a commitment's
/// page both use it.
fn download_actions_csv(plan: &PlanData, indices: &[usize], what: &str) {
    let text = export::actions_csv(&plan.snapshot, indices);
    download_text(&export::file_name(&plan.snapshot, what, "csv"), CSV, &text);
}

/// Downloads the snapshot cut to the commitments `indices`, in its own format
/// (`plan-ouvert-{what}-{date}.json`); nothing for an empty list, which the
/// format cannot hold.
fn download_subset_json(plan: &PlanData, indices: &[usize], what: &str) {
    if let Some(text) = export::subset_json(plan.raw_text(), &plan.snapshot, indices) {
        let name = export::file_name(&plan.snapshot, what, "json");
        download_text(&name, "application/json", &text);
    }
}

fn download_text(name: &str, mime: &str, text: &str) {
    let parts = web_sys::js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        download_blob(name, &blob);
    }
}

fn download_blob(name: &str, blob: &web_sys::Blob) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    if let Ok(a) = document().create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // The download has started from the URL; it can go after this task.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
}

/// Draws `svg` on a canvas at twice its size and offers it as a PNG.
fn download_png(svg: &str, name: &str) {
    let parts = web_sys::js_sys::Array::of1(&JsValue::from_str(svg));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let Ok(img) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let name = name.to_owned();
    let image = img.clone();
    let svg_url = url.clone();
    let on_load = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&svg_url);
        let scale = 2.0;
        let (w, h) = (image.natural_width(), image.natural_height());
        let Ok(canvas) = document().create_element("canvas") else {
            return;
        };
        let canvas: web_sys::HtmlCanvasElement = canvas.unchecked_into();
        canvas.set_width((w as f64 * scale) as u32);
        canvas.set_height((h as f64 * scale) as u32);
        let Some(ctx) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ = ctx.scale(scale, scale);
        let _ = ctx.draw_image_with_html_image_element(&image, 0.0, 0.0);
        let on_blob = Closure::once_into_js(move |blob: JsValue| {
            if let Ok(blob) = blob.dyn_into::<web_sys::Blob>() {
                download_blob(&name, &blob);
            }
        });
        let _ = canvas.to_blob(on_blob.unchecked_ref());
    });
    img.set_onload(Some(on_load.unchecked_ref()));
    img.set_src(&url);
}
