//! Moves keyboard and screen-reader focus to the new page's heading after a
//! client-side navigation, as a full page load would announce it; after Back
//! or Forward, gives the reader their place back instead (the scroll, and
//! the focus on the link they followed), as a browser does for documents.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::{prelude::wasm_bindgen, JsCast, JsValue};

#[wasm_bindgen]
extern "C" {
    /// `apercu.js`'s `giveBack(path)`: after Back or Forward to `path`, gives
    /// the reader's place back (scroll, focus) once the page is drawn, and
    /// answers true. The script keeps each history entry's place; the wasm
    /// only says when the page is drawn (about 4 KB of wasm gzip otherwise).
    #[wasm_bindgen(js_namespace = planOuvertApercu, js_name = giveBack, catch)]
    fn give_back(path: &str) -> Result<bool, JsValue>;
}

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
        // Back or Forward: the place the reader left there, not the heading.
        if give_back(&path) == Ok(true) {
            return path;
        }
        // Wait for the new page to be drawn before looking for its heading:
        // a page that needs the report's text draws it only once that is
        // loaded (« Le rapport »), so look again at each frame, for a while.
        // A link to a section (`/rapport/<chapter>/#<section>`) shows that
        // section: focusing the page's heading would scroll back to the top.
        let from = document().active_element();
        focus_new_page(from, HEADING_FRAMES);
        path
    });
}

/// Frames to wait for the new page's heading (about ten seconds).
const HEADING_FRAMES: u32 = 600;

/// At the next frame, shows the `#fragment`'s target or focuses `main h1`;
/// if neither is drawn yet, tries again at the next, `frames` times. Stops
/// if the reader has moved the focus meanwhile (from `from`).
fn focus_new_page(from: Option<web_sys::Element>, frames: u32) {
    request_animation_frame(move || {
        let doc = document();
        let now = doc.active_element();
        let on_body = now.as_ref().is_none_or(|e| e.tag_name() == "BODY");
        if !on_body && now != from {
            return;
        }
        let hash = window().location().hash().unwrap_or_default();
        if let Some(target) = hash
            .strip_prefix('#')
            .filter(|id| !id.is_empty())
            .and_then(|id| doc.get_element_by_id(id))
        {
            target.scroll_into_view();
            return;
        }
        let heading = doc
            .query_selector("main h1")
            .ok()
            .flatten()
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
        match heading {
            Some(h) => {
                let _ = h.focus();
            }
            None if frames > 0 => focus_new_page(from, frames - 1),
            None => {}
        }
    });
}

/// A skip link's click: moves the focus to the element `id` (which scrolls
/// to it), so the next Tab goes on from there. Left to the browser if the
/// element is not drawn or cannot take the focus.
pub fn skip_to(ev: leptos::ev::MouseEvent, id: &str) {
    let Some(target) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let _ = target.focus();
    if document().active_element().as_ref() == Some(target.as_ref()) {
        ev.prevent_default();
    }
}
