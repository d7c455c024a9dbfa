//! A read-only text with a copy button and a visible confirmation (the
//! clipboard where the browser allows it, else the text selected).

use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// A read-only text with a copy button and a visible confirmation.
#[component]
pub fn CopyField(
    #[prop(into)] id: String,
    label: &'static str,
    text: Signal<String>,
    rows: u32,
) -> impl IntoView {
    let t = crate::lang::texts();
    // Drawn at build time: these need the app, and wait for it.
    let waiting = crate::site::current().prerender();
    let area = NodeRef::<leptos::html::Textarea>::new();
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        let value = text.get_untracked();
        leptos::task::spawn_local(async move {
            let navigator = window().navigator();
            let has_clipboard =
                web_sys::js_sys::Reflect::has(&navigator, &JsValue::from_str("clipboard"))
                    .unwrap_or(false);
            let copied = if has_clipboard {
                let promise = navigator.clipboard().write_text(&value);
                wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
            } else {
                false
            };
            if copied {
                status.set(t.copied.to_owned());
            } else if let Some(a) = area.get_untracked() {
                // No clipboard access (old browser, plain http, permission
                // refused): select the text so Ctrl+C copies it.
                let _ = a.focus();
                a.select();
                status.set(t.copy_selected.to_owned());
            }
            set_timeout(
                move || status.set(String::new()),
                std::time::Duration::from_secs(4),
            );
        });
    };
    let status_id = format!("{id}-etat");
    view! {
        <div class="copy-field">
            <label for=id.clone()>{label}</label>
            <textarea id=id.clone() node_ref=area readonly rows=rows spellcheck="false" prop:value=move || text.get()></textarea>
            <div class="copy-actions">
                <button type="button" class="button button-small" on:click=copy disabled=waiting aria-describedby=status_id.clone()>
                    {t.copy}
                </button>
                <span class="copy-status" id=status_id role="status">{move || status.get()}</span>
            </div>
        </div>
    }
}
