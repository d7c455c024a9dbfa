//! Marks in the browser's performance timeline: the start-up's steps show
//! there, and `scripts/bench/run.mjs`'s scale section reads them. Nothing
//! natively (the build renders the same components, with no timeline).

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `performance.mark(name)`.
    #[wasm_bindgen(js_namespace = performance, js_name = mark)]
    fn performance_mark(name: &str);
}

/// Marks a step of the start-up in the performance timeline.
pub fn mark(name: &str) {
    #[cfg(target_arch = "wasm32")]
    performance_mark(name);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = name;
}
