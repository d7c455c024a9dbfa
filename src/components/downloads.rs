//! Files handed to the reader: the view's actions as CSV, its data as JSON
//! (both built by `plan_core::export`), and any text or SVG as a file, or
//! an SVG turned into PNG.

use leptos::prelude::*;
use plan_core::export::{self, Download};
use plan_core::url_state::ViewState;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use crate::data::PlanData;

/// Media type of the CSV downloads.
pub(crate) const CSV: &str = "text/csv;charset=utf-8";

/// Downloads the actions of the commitments `indices` as CSV, in the page's
/// language (headers, file name): the overview's view and a commitment's
/// page both use it.
/// `view`: the overview's, whose filters name the file (the default view
/// on a commitment's page).
pub(crate) fn download_actions_csv(
    plan: &PlanData,
    indices: &[usize],
    what: Download,
    view: &ViewState,
) {
    let lang = crate::lang::current();
    let text = export::actions_csv_in(&plan.snapshot, indices, lang);
    download_text(
        &export::view_file_name_in(&plan.snapshot, what, view, "csv", lang),
        CSV,
        &text,
    );
}

/// Downloads the snapshot cut to the commitments `indices`, in its own format
/// (`plan-ouvert-{what}[-{filters}]-{date}.json`); nothing for an empty list, which the
/// format cannot hold.
pub(crate) fn download_subset_json(
    plan: &PlanData,
    indices: &[usize],
    what: Download,
    view: &ViewState,
) {
    if let Some(text) = export::subset_json(plan.raw_text(), &plan.snapshot, indices) {
        let lang = crate::lang::current();
        let name = export::view_file_name_in(&plan.snapshot, what, view, "json", lang);
        download_text(&name, "application/json", &text);
    }
}

/// Offers `text` as a file named `name`.
pub(crate) fn download_text(name: &str, mime: &str, text: &str) {
    let parts = web_sys::js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        download_blob(name, &blob);
    }
}

pub(crate) fn download_blob(name: &str, blob: &web_sys::Blob) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    if let Ok(a) = document().create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // The download has started from the URL; it can go after this task.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
}

/// Draws `svg` on a canvas at twice its size and offers it as a PNG.
pub(crate) fn download_png(svg: &str, name: &str) {
    let parts = web_sys::js_sys::Array::of1(&JsValue::from_str(svg));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let Ok(img) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let name = name.to_owned();
    let image = img.clone();
    let svg_url = url.clone();
    let on_load = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&svg_url);
        let scale = 2.0;
        let (w, h) = (image.natural_width(), image.natural_height());
        let Ok(canvas) = document().create_element("canvas") else {
            return;
        };
        let canvas: web_sys::HtmlCanvasElement = canvas.unchecked_into();
        canvas.set_width((w as f64 * scale) as u32);
        canvas.set_height((h as f64 * scale) as u32);
        let Some(ctx) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ = ctx.scale(scale, scale);
        let _ = ctx.draw_image_with_html_image_element(&image, 0.0, 0.0);
        let on_blob = Closure::once_into_js(move |blob: JsValue| {
            if let Ok(blob) = blob.dyn_into::<web_sys::Blob>() {
                download_blob(&name, &blob);
            }
        });
        let _ = canvas.to_blob(on_blob.unchecked_ref());
    });
    img.set_onload(Some(on_load.unchecked_ref()));
    img.set_src(&url);
}
