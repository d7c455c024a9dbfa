//! In an embed: the attribution line (the data's date, a link to the same
//! view in the full app) and the notice when the data is not the data the
//! embed was made with.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use plan_core::embed as core_embed;

use crate::components::share_links::full_url;
use crate::data::use_plan;

/// The attribution line of an embed, with the date of the data shown, a link
/// to the same view in the full app, and a notice if the data is not the data
/// the embed was made with.
#[component]
pub fn EmbedAttribution() -> impl IntoView {
    let plan = use_plan();
    let opts = crate::embed::use_embed();
    let location = use_location();
    let source = plan.snapshot.source.clone();
    let t = crate::lang::texts();
    let notice = core_embed::pin_notice_in(opts.pin.as_ref(), &source, crate::lang::current());
    let href = move || {
        let (view, _) = plan_core::url_state::parse_query(&location.search.get());
        full_url(&location.pathname.get(), &view)
    };
    let date = crate::lang::date(&source.as_of);
    view! {
        {notice.map(|n| view! { <p class="pin-notice" role="note">{n}</p> })}
        <p class="embed-attribution">
            {t.attribution_source}
            <a href=href target="_blank" rel="noopener">
                "Plan ouvert"
                <span class="visually-hidden">{t.attribution_open}</span>
            </a>
            {plan_core::i18n::fill(t.attribution_date, &[("date", &date)])}
        </p>
    }
}
