//! Measures an embed's height for the "Intégrer" dialog's snippet: the
//! embed is loaded, unseen, in an iframe as wide as a news article's column
//! ([`COLUMN_PX`]), and its own height messages (`embed::report_height`, the
//! format of `docs/embedding.md`) give the iframe's starting height. A host
//! page without the resize script then shows the whole view at that width,
//! not a fixed 900 px (issue 21, finding 12).

use leptos::prelude::*;
use plan_core::embed::HEIGHT_MESSAGE_TYPE;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// The width the height is measured at: a typical article column.
pub const COLUMN_PX: u32 = 640;

/// The unseen iframe loading `url`; `height` receives each height it
/// reports. `name` tells its messages apart (the embed sends it back as
/// `id`); one per dialog.
#[component]
pub fn EmbedMeasure(
    #[prop(into)] url: Signal<String>,
    name: String,
    height: RwSignal<Option<u32>>,
) -> impl IntoView {
    // Another address (a theme, the pin) draws the same view: its height
    // stays until the new page reports.
    let wanted = name.clone();
    // Kept for the page's life, like embed.rs's listener: a dialog's content
    // stays once drawn, and a height for a dialog gone is dropped (try_set).
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let data = ev.data();
            let field = |k: &str| web_sys::js_sys::Reflect::get(&data, &JsValue::from_str(k)).ok();
            let text = |k: &str| field(k).and_then(|v| v.as_string());
            if text("type").as_deref() != Some(HEIGHT_MESSAGE_TYPE)
                || text("id").as_deref() != Some(&wanted)
            {
                return;
            }
            if let Some(h) = field("height")
                .and_then(|v| v.as_f64())
                .filter(|h| h.is_finite() && *h > 0.0)
            {
                height.try_set(Some(h.ceil() as u32));
            }
        });
    let _ =
        window().add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
    view! {
        // Off screen and unseen (`embed-measure`), out of the focus order.
        <iframe class="embed-measure" name=name src=move || url.get() aria-hidden="true" tabindex="-1" inert=true title=""></iframe>
    }
}
