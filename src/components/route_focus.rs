//! Moves keyboard and screen-reader focus to the new page's heading after a
//! client-side navigation, as a full page load would announce it.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

#[component]
pub fn RouteFocus() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        // The first run is a page load (the browser already starts at the top),
        // and a change of query string alone (a filter, a keystroke in a search
        // box) is not a new page: focus must stay where the user is.
        if previous.as_ref().is_none_or(|p| *p == path) {
            return path;
        }
        // Wait for the new page to be drawn before looking for its heading.
        // A link to a section (`/rapport/<chapter>/#<section>`) shows that
        // section: focusing the page's heading would scroll back to the top.
        request_animation_frame(|| {
            let hash = window().location().hash().unwrap_or_default();
            if let Some(target) = hash
                .strip_prefix('#')
                .filter(|id| !id.is_empty())
                .and_then(|id| document().get_element_by_id(id))
            {
                target.scroll_into_view();
                return;
            }
            let heading = document()
                .query_selector("main h1")
                .ok()
                .flatten()
                .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(h) = heading {
                let _ = h.focus();
            }
        });
        path
    });
}
