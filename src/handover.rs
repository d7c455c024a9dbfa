//! Taking over from the static preview without losing what the reader did.
//!
//! Until the app's first view is drawn, the page shows the preview that
//! `crates/site-gen` wrote, and its script (`apercu.js`) already searches and
//! filters, writing the view to the URL. When the app's view is in the DOM
//! (still hidden by `style/main.css`), [`take_over`]:
//! 1. asks the script to stop and say what the reader was doing
//!    (`planOuvertApercu.handover()`);
//! 2. brings the router to the URL the script wrote last, if the reader
//!    typed or ticked since the app read it;
//! 3. in the next task (after that view change is drawn; not an animation
//!    frame, which Chromium never runs in an off-screen cross-origin
//!    iframe, an embed below the fold): removes the preview, puts the focus and the
//!    caret back on the app's own search box or checkbox, and scrolls so the
//!    block the reader was looking at stays where it was on the screen;
//! 4. marks `<html data-app="ready">`: from now on the app responds (the
//!    benchmark's "app ready" and the tests wait for it).

use leptos::prelude::*;
use leptos_router::{
    hooks::{use_location, use_navigate},
    NavigateOptions,
};
use wasm_bindgen::{prelude::*, JsCast};

use crate::components::facet_panel::FiltersOpen;

#[wasm_bindgen]
extern "C" {
    /// What `apercu.js`'s `handover()` returns.
    type Handover;
    #[wasm_bindgen(js_namespace = planOuvertApercu, js_name = handover, catch)]
    fn preview_handover() -> Result<Handover, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn focus(this: &Handover) -> Option<String>;
    #[wasm_bindgen(method, getter)]
    fn start(this: &Handover) -> Option<u32>;
    #[wasm_bindgen(method, getter)]
    fn end(this: &Handover) -> Option<u32>;
    #[wasm_bindgen(method, getter)]
    fn anchor(this: &Handover) -> Option<String>;
    #[wasm_bindgen(method, getter)]
    fn top(this: &Handover) -> Option<f64>;
    #[wasm_bindgen(method, getter, js_name = filtersOpen)]
    fn filters_open(this: &Handover) -> Option<bool>;
}

/// Takes over from the preview. Call once, from an effect of the first view
/// (inside the router).
pub fn take_over() {
    let Some(preview) = document().get_element_by_id("apercu") else {
        mark_ready();
        return;
    };
    let said = preview_handover().ok();
    // The filter panel as the reader left it (a phone folds it).
    if let (Some(said), Some(open)) = (&said, use_context::<FiltersOpen>()) {
        if said.filters_open() == Some(true) {
            open.0.set(true);
        }
    }
    // The script keeps the URL current; the router read it when it started.
    let live = window().location().search().unwrap_or_default();
    let location = use_location();
    if location.search.get_untracked() != live.trim_start_matches('?') {
        let path = location.pathname.get_untracked();
        use_navigate()(
            &format!("{path}{live}"),
            NavigateOptions {
                resolve: false,
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    }
    set_timeout(
        move || {
            preview.remove();
            if let Some(said) = said {
                restore_focus(&said);
                keep_in_place(&said);
            }
            mark_ready();
        },
        std::time::Duration::ZERO,
    );
}

/// Removes the preview when no view of the app's will take over its state
/// (the snapshot failed to load: the error replaces it).
pub fn drop_preview() {
    if let Some(preview) = document().get_element_by_id("apercu") {
        let _ = preview_handover();
        preview.remove();
    }
    mark_ready();
}

fn restore_focus(said: &Handover) {
    let Some(focus) = said.focus() else { return };
    let target = if focus == "recherche" {
        "#recherche".to_owned()
    } else if let Some(rest) = focus.strip_prefix("filtre:") {
        let (facet, value) = rest.split_once(':').unwrap_or((rest, ""));
        format!(
            "#filtres fieldset[data-facet=\"{}\"] input[value=\"{}\"]",
            css_string(facet),
            css_string(value)
        )
    } else {
        return;
    };
    let Some(el) = document().query_selector(&target).ok().flatten() else {
        return;
    };
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
    if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        if focus == "recherche" {
            let _ = input.set_selection_range(said.start().unwrap_or(0), said.end().unwrap_or(0));
        }
    }
}

/// Scrolls so the app's copy of the block the reader saw at the top of the
/// screen is where the preview's was.
fn keep_in_place(said: &Handover) {
    let (Some(anchor), Some(top)) = (said.anchor(), said.top()) else {
        return;
    };
    let Some(el) = document().query_selector(&anchor).ok().flatten() else {
        return;
    };
    let shift = el.get_bounding_client_rect().top() - top;
    if shift.abs() >= 1.0 {
        window().scroll_by_with_x_and_y(0.0, shift);
    }
}

fn mark_ready() {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-app", "ready");
    }
    crate::perf::mark("app:ready");
}

/// `s` for a double-quoted CSS attribute value.
fn css_string(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}
