//! Says when the browser is offline, and which snapshot date is shown.

use leptos::prelude::*;
use plan_core::format::french_date;

use crate::data::use_plan;
use crate::offline::Offline;

#[component]
pub fn ConnectionNotice() -> impl IntoView {
    let offline = expect_context::<Offline>();
    let as_of = french_date(&use_plan().snapshot.source.as_of);
    view! {
        <Show when=move || !offline.online.get()>
            <p class="connection-notice" role="status">
                <strong>"Hors ligne."</strong>
                {format!(" Vous consultez la copie enregistrée sur cet appareil (données au {as_of}).")}
            </p>
        </Show>
    }
}
