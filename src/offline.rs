//! Offline reading: registers the service worker (written at build time by
//! `crates/site-gen`) and tells the interface two things: whether the browser
//! is online, and whether a new version of the app is waiting to take over.
//!
//! Inside an iframe (an embed in an article) nothing is registered: a worker
//! would be scoped to the host's visit and could serve a stale embed.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use crate::base;

/// Connection and update state, provided as context by `App`.
#[derive(Clone, Copy)]
pub struct Offline {
    pub online: ReadSignal<bool>,
    pub update_ready: ReadSignal<bool>,
}

impl Offline {
    /// Starts watching the connection and registers the service worker.
    pub fn start() -> Offline {
        let navigator = window().navigator();
        let (online, set_online) = signal(navigator.on_line());
        for (event, value) in [("online", true), ("offline", false)] {
            let cb = Closure::<dyn Fn()>::new(move || set_online.set(value));
            let _ = window().add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
            // Listens for the whole life of the page.
            cb.forget();
        }
        let (update_ready, set_update_ready) = signal(false);
        if !in_iframe() {
            leptos::task::spawn_local(register(set_update_ready));
        }
        Offline {
            online,
            update_ready,
        }
    }

    /// Online, no update: the page as the build draws it.
    pub fn steady() -> Offline {
        Offline {
            online: signal(true).0,
            update_ready: signal(false).0,
        }
    }

    /// Asks the waiting worker to take over; the page reloads when it has.
    pub fn apply_update() {
        let container = window().navigator().service_worker();
        let reload = Closure::<dyn Fn()>::new(|| {
            let _ = window().location().reload();
        });
        container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
        reload.forget();
        leptos::task::spawn_local(async move {
            let Ok(ready) = container.ready() else { return };
            let reg = match wasm_bindgen_futures::JsFuture::from(ready).await {
                Ok(reg) if reg.is_object() => reg,
                _ => return,
            };
            let reg: web_sys::ServiceWorkerRegistration = reg.unchecked_into();
            if let Some(waiting) = reg.waiting() {
                let message = js_object(&[("type", "skip-waiting")]);
                let _ = waiting.post_message(&message);
            }
        });
    }
}

/// Whether this page is shown inside a frame of another page.
pub fn in_iframe() -> bool {
    let w = window();
    match w.top() {
        Ok(Some(top)) => !JsValue::from(top).eq(&JsValue::from(w)),
        _ => true,
    }
}

async fn register(set_update_ready: WriteSignal<bool>) {
    let navigator = window().navigator();
    // Browsers without service workers (or on plain http other than localhost)
    // simply read online.
    let available = web_sys::js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .is_ok_and(|sw| sw.is_object());
    if !available {
        return;
    }
    let container = navigator.service_worker();
    let root = base::app_root();
    let options = web_sys::RegistrationOptions::new();
    options.set_scope(&format!("{root}/"));
    let promise = container.register_with_options(&base::asset(&root, "sw.js"), &options);
    // Some environments (test harnesses, privacy modes) stub registration and
    // resolve with nothing: only a real registration object goes further.
    let reg = match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(reg) if reg.is_object() => reg,
        _ => return,
    };
    let reg: web_sys::ServiceWorkerRegistration = reg.unchecked_into();
    let has_controller = move || window().navigator().service_worker().controller().is_some();
    // A worker already waiting from an earlier visit.
    if reg.waiting().is_some() && has_controller() {
        set_update_ready.set(true);
    }
    // A worker found now: ready once installed, if an older one controls the page.
    let reg_for_cb = reg.clone();
    let on_update = Closure::<dyn Fn()>::new(move || {
        let Some(installing) = reg_for_cb.installing() else {
            return;
        };
        let worker = installing.clone();
        let on_state = Closure::<dyn Fn()>::new(move || {
            if worker.state() == web_sys::ServiceWorkerState::Installed && has_controller() {
                set_update_ready.set(true);
            }
        });
        installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    reg.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
    on_update.forget();
}

fn js_object(pairs: &[(&str, &str)]) -> JsValue {
    let o = web_sys::js_sys::Object::new();
    for (k, v) in pairs {
        let _ = web_sys::js_sys::Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    o.into()
}
