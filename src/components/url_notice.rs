//! A discreet notice listing what the URL held that could not be used.

use leptos::prelude::*;

use crate::components::view_state::expect_view_state;

#[component]
pub fn UrlNotice() -> impl IntoView {
    let view = expect_view_state();
    view! {
        <div role="status" class="url-notice-slot">
            {move || {
                let ignored = view.ignored.get();
                (!ignored.is_empty()).then(|| {
                    let items = ignored
                        .into_iter()
                        .map(|i| {
                            let what = if i.raw.is_empty() {
                                i.param.clone()
                            } else {
                                format!("{}={}", i.param, i.raw)
                            };
                            view! { <li><code>{what}</code>" : "{i.reason_fr}</li> }
                        })
                        .collect_view();
                    view! {
                        <div class="url-notice">
                            <p>"Une partie de l’adresse n’a pas pu être utilisée et a été ignorée :"</p>
                            <ul>{items}</ul>
                        </div>
                    }
                })
            }}
        </div>
    }
}
