//! A discreet notice listing what the URL held that could not be used.

use leptos::prelude::*;
use plan_core::url_state::Ignored;

use crate::components::view_state::expect_view_state;

/// Most ignored parts listed one by one; a hostile link can hold thousands, and
/// the rest are counted in one line so the results stay in view.
const MAX_LISTED: usize = 10;

/// `extra`: what the page found unusable beyond the URL's own reading (a page
/// number past the last page of the results).
#[component]
pub fn UrlNotice(#[prop(optional, into)] extra: Option<Signal<Vec<Ignored>>>) -> impl IntoView {
    let view = expect_view_state();
    let t = crate::lang::texts();
    view! {
        <div role="status" class="url-notice-slot">
            {move || {
                let mut ignored = view.ignored.get();
                if let Some(extra) = extra {
                    ignored.extend(extra.get());
                }
                (!ignored.is_empty()).then(|| {
                    let hidden = ignored.len().saturating_sub(MAX_LISTED);
                    let items = ignored
                        .into_iter()
                        .take(MAX_LISTED)
                        .map(|i| {
                            let what = if i.raw.is_empty() {
                                i.param.clone()
                            } else {
                                format!("{}={}", i.param, i.raw)
                            };
                            let reason = i.reason(crate::lang::current()).to_owned();
                            view! { <li><code>{what}</code>{t.url_notice_sep}{reason}</li> }
                        })
                        .collect_view();
                    let more = (hidden > 0).then(|| view! { <li>{plan_core::i18n::fill(t.url_notice_more, &[("n", &hidden.to_string())])}</li> });
                    view! {
                        <div class="url-notice">
                            <p>{t.url_notice}</p>
                            <ul>{items}{more}</ul>
                        </div>
                    }
                })
            }}
        </div>
    }
}
