//! A discreet banner offering to reload when a new version has been installed.

use leptos::prelude::*;

use crate::offline::Offline;

#[component]
pub fn UpdateBanner() -> impl IntoView {
    let offline = expect_context::<Offline>();
    let t = crate::lang::texts();
    view! {
        <Show when=move || offline.update_ready.get()>
            <div class="update-banner" role="status">
                <span>{t.update_available}</span>
                <button type="button" class="button button-small" on:click=|_| Offline::apply_update()>
                    {t.update_reload}
                </button>
            </div>
        </Show>
    }
}
