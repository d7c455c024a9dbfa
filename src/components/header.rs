//! Site header: name, main navigation and the language switch.

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

#[component]
pub fn Header() -> impl IntoView {
    let t = crate::lang::texts();
    view! {
        <header class="site-header">
            <A href=crate::base::href("/") exact=true attr:class="brand">
                <span class="brand-name">"Plan ouvert"</span>
                <span class="brand-sub">{t.site_subtitle}</span>
            </A>
            <nav aria-label=t.nav_label>
                <ul>
                    <li><A href=crate::base::href("/") exact=true>{t.nav_commitments}</A></li>
                    <li><A href=crate::base::href("/institutions")>{t.nav_institutions}</A></li>
                    <li><A href=crate::base::href("/rapport")>{t.nav_report}</A></li>
                    <li><A href=crate::base::href("/a-propos")>{t.nav_about}</A></li>
                </ul>
            </nav>
            <LanguageSwitch />
        </header>
    }
}

/// The link to this page in the other language: same path, query string
/// and hash. A full page load (a plain `<a>`, its click not left to the
/// router: the other language's pages are outside the router's base, or
/// inside it for French → English and would be drawn as a missing page).
#[component]
fn LanguageSwitch() -> impl IntoView {
    let other = crate::lang::current().other();
    let theirs = other.invitation();
    let location = use_location();
    // The build has no hash (a server never sees one).
    let prerender = crate::site::current().prerender();
    let href = move || {
        let hash = if prerender {
            String::new()
        } else {
            location.hash.get()
        };
        other_language_href(&location.pathname.get(), &location.search.get(), &hash)
    };
    let on_click = move |ev: MouseEvent| {
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        ev.prevent_default();
        let mut url = href();
        // No anchor in the address: land on the block the reader is looking at.
        if location
            .hash
            .get_untracked()
            .trim_start_matches('#')
            .is_empty()
        {
            if let Some(id) = block_at_top() {
                url = format!("{url}#{id}");
            }
        }
        let _ = window().location().set_href(&url);
    };
    view! {
        <a
            class="language-switch"
            href=href
            hreflang=other.code()
            lang=other.code()
            aria-label=theirs.switch_to
            on:click=on_click
        >
            {theirs.language_name}
        </a>
    }
}

/// The other language's address of the page at `pathname` (base included).
fn other_language_href(pathname: &str, search: &str, hash: &str) -> String {
    let root = crate::base::pages_root();
    let path = pathname.strip_prefix(root.as_str()).unwrap_or(pathname);
    let path = if path.is_empty() { "/" } else { path };
    let other = crate::lang::current().other();
    let search = search.trim_start_matches('?');
    let mut url = crate::base::href_in(other, path);
    if !search.is_empty() {
        url = format!("{url}?{search}");
    }
    let hash = hash.trim_start_matches('#');
    if !hash.is_empty() {
        url = format!("{url}#{hash}");
    }
    url
}

/// The id of the topmost element with an id (a heading, a section, an
/// action's row…) visible at the top of the viewport, unless the page is
/// scrolled to its very top.
fn block_at_top() -> Option<String> {
    if window().scroll_y().unwrap_or(0.0) <= 0.0 {
        return None;
    }
    let list = document()
        .query_selector_all("main h1[id], main h2[id], main h3[id], main h4[id], main h5[id], main h6[id], main section[id], main li[id], main tr[id], main article[id]")
        .ok()?;
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .find(|el| {
            let r = el.get_bounding_client_rect();
            r.height() > 0.0 && r.bottom() > 0.0
        })
        .map(|el| el.id())
        .filter(|id| !id.is_empty())
}
