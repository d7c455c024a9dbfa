//! Embed mode: the page shown inside an iframe on another site.
//!
//! The flags (`embed`, `chart`, `theme`, `snapshot`) are read once, when the
//! app starts, by `plan_core::url_state::parse_query_with_embed`, and provided
//! as context: an embed stays an embed while its reader clicks around in it.
//! This module also applies the theme to `<html data-theme>` and, inside an
//! iframe, posts the page's height to the host page whenever it changes
//! (message format: `docs/embedding.md`).

use leptos::prelude::*;
use plan_core::embed::{
    EmbedOptions, HEIGHT_MESSAGE_TYPE, HEIGHT_MESSAGE_VERSION, HEIGHT_REQUEST_TYPE,
};
use plan_core::url_state::parse_query_with_embed;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// The embed flags of this page, provided by `App`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Embed(pub EmbedOptions);

/// Reads the flags from the address the page was opened with.
pub fn read() -> EmbedOptions {
    let search = window().location().search().unwrap_or_default();
    parse_query_with_embed(&search).1
}

/// The embed flags of this page (the full app's defaults outside `App`).
pub fn use_embed() -> EmbedOptions {
    use_context::<Embed>().map(|e| e.0).unwrap_or_default()
}

/// Marks `<html>` with the theme (`data-theme`) and, in an embed, with
/// `data-embed`, which the stylesheet uses for the compact layout.
pub fn mark_document(opts: &EmbedOptions) {
    let Some(html) = document().document_element() else {
        return;
    };
    let _ = html.set_attribute("data-theme", opts.theme.as_str());
    if opts.embed {
        let _ = html.set_attribute("data-embed", "");
    }
}

/// Inside an iframe: posts `{type, version, height, id?}` to the parent each
/// time the document's height changes, watched by a `ResizeObserver` (no timer).
/// `id` is the iframe's `name` attribute, when the host gave one.
///
/// Chromium does not run the rendering steps of a cross-origin iframe that
/// is scrolled out of view, so its `ResizeObserver` stays silent until the
/// reader scrolls to it, and the host page would then jump. A
/// `MutationObserver` (a microtask, never throttled) measures again after
/// each change to the page, so the height is right before the reader gets
/// there. Both share one measure-and-send closure, which sends only changes.
pub fn report_height() {
    if !crate::offline::in_iframe() {
        return;
    }
    let Ok(Some(parent)) = window().parent() else {
        return;
    };
    let Some(root) = document().document_element() else {
        return;
    };
    let name: String = window()
        .name()
        .unwrap_or_default()
        .chars()
        .take(64)
        .collect();
    let last = std::rc::Rc::new(std::cell::Cell::new(0u32));
    let measured = root.clone();
    let last_seen = last.clone();
    let on_resize = Closure::<dyn Fn()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil().max(0.0) as u32;
        if height == last_seen.get() {
            return;
        }
        last_seen.set(height);
        let message = web_sys::js_sys::Object::new();
        let set = |k: &str, v: JsValue| {
            let _ = web_sys::js_sys::Reflect::set(&message, &JsValue::from_str(k), &v);
        };
        set("type", JsValue::from_str(HEIGHT_MESSAGE_TYPE));
        set("version", JsValue::from(HEIGHT_MESSAGE_VERSION));
        set("height", JsValue::from(height));
        if !name.is_empty() {
            set("id", JsValue::from_str(&name));
        }
        // Only a height is sent, nothing private: any host may read it.
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&root);
        // Watches for the whole life of the page.
        std::mem::forget(observer);
    }
    if let Ok(observer) = web_sys::MutationObserver::new(on_resize.as_ref().unchecked_ref()) {
        let options = web_sys::MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(true);
        options.set_character_data(true);
        options.set_attributes(true);
        let _ = observer.observe_with_options(&root, &options);
        std::mem::forget(observer);
    }
    // A resize script that starts after the page has settled missed the
    // messages so far: it asks once, and gets the height again.
    let resend: web_sys::js_sys::Function = on_resize
        .as_ref()
        .unchecked_ref::<web_sys::js_sys::Function>()
        .clone();
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let data = ev.data();
            let kind = web_sys::js_sys::Reflect::get(&data, &JsValue::from_str("type")).ok();
            if kind.and_then(|k| k.as_string()).as_deref() == Some(HEIGHT_REQUEST_TYPE) {
                last.set(0);
                let _ = resend.call0(&JsValue::NULL);
            }
        });
    let _ =
        window().add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
    on_resize.forget();
}
