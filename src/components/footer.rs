//! Site footer: source and licence.

use leptos::prelude::*;

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "Source : Rapport d’autoévaluation à mi-parcours, juillet 2016 (Etalab, SGMAP), "
                "sous Licence Ouverte / Open Licence. Texte reproduit sans modification."
            </p>
        </footer>
    }
}
