//! Moves keyboard and screen-reader focus to the new page's heading after a
//! client-side navigation, as a full page load would announce it.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

#[component]
pub fn RouteFocus() -> impl IntoView {
    let location = use_location();
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        location.pathname.track();
        // The first render is a page load: the browser already starts at the top.
        if first.get_value() {
            first.set_value(false);
            return;
        }
        // Wait for the new page to be drawn before looking for its heading.
        request_animation_frame(|| {
            let heading = document()
                .query_selector("main h1")
                .ok()
                .flatten()
                .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(h) = heading {
                let _ = h.focus();
            }
        });
    });
}
