//! A discreet suggestion of the other language, for a browser that prefers
//! it: on a French page, when `navigator.languages` puts an English tag
//! before any French one (and the reverse on an English page). Written in
//! the suggested language, it links to the same page there and can be
//! dismissed, which this device remembers. Never a redirect, never in an
//! embed (it sits in the site's chrome).

use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// `localStorage` key: the suggestion was dismissed.
const DISMISSED_KEY: &str = "plan-ouvert:language-suggestion-dismissed";

#[component]
pub fn LanguageSuggestion() -> impl IntoView {
    let here = crate::lang::current();
    let other = here.other();
    let shown = RwSignal::new(false);
    // After the first paint: the banner is not part of the page's preview.
    Effect::new(move |_| shown.set(!dismissed() && plan_core::i18n::prefers(&languages(), other)));
    let location = use_location();
    let href = move || -> String {
        let root = crate::base::pages_root();
        let pathname = location.pathname.get();
        let path = pathname.strip_prefix(root.as_str()).unwrap_or(&pathname);
        let path = if path.is_empty() { "/" } else { path };
        let search = location.search.get();
        let search = search.trim_start_matches('?');
        let url = crate::base::href_in(other, path);
        if search.is_empty() {
            url
        } else {
            format!("{url}?{search}")
        }
    };
    let t = other.invitation();
    let dismiss = move |_| {
        shown.set(false);
        if let Some(storage) = storage() {
            let _ = storage.set_item(DISMISSED_KEY, "1");
        }
    };
    view! {
        <Show when=move || shown.get()>
            <aside class="language-suggestion" lang=other.code() aria-label=t.language_name>
                <span>{t.suggest_text}" "</span>
                <a href=href hreflang=other.code() on:click=move |ev: leptos::ev::MouseEvent| {
                    // A full page load, not the router's (see the header's switch).
                    if ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key()) {
                        ev.prevent_default();
                        let _ = window().location().set_href(&href());
                    }
                }>
                    {t.suggest_link}
                </a>
                <button type="button" class="button-link" aria-label=t.suggest_dismiss on:click=dismiss>
                    <span aria-hidden="true">"×"</span>
                </button>
            </aside>
        </Show>
    }
}

fn languages() -> Vec<String> {
    window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn dismissed() -> bool {
    storage()
        .and_then(|s| s.get_item(DISMISSED_KEY).ok().flatten())
        .is_some()
}
