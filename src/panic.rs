//! Shows a Rust panic to the user instead of leaving a frozen page.
//!
//! The release build aborts on panic, so nothing can be recovered; the best we
//! can do is replace the page with a French message and a reload button before
//! the wasm instance stops. The message is also logged for developers.

use wasm_bindgen::JsCast;

/// Installs the hook. Call once, first thing in `main`.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show(&info.to_string());
    }));
}

fn show(detail: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    // Built with DOM calls and `set_text_content`, never HTML, so the panic text
    // (which can quote snapshot data) cannot inject markup.
    let build = || -> Option<web_sys::Element> {
        let root = document.create_element("div").ok()?;
        root.set_id("panic");
        root.set_attribute("role", "alert").ok()?;
        root.set_class_name("panic");
        let h = document.create_element("h1").ok()?;
        h.set_text_content(Some("Une erreur inattendue a interrompu l’application"));
        let p = document.create_element("p").ok()?;
        p.set_text_content(Some(
            "Rechargez la page pour reprendre. Si l’erreur revient, signalez-la en joignant le détail ci-dessous.",
        ));
        // A plain link to the current address reloads without any script, which
        // matters because the wasm instance is dead after the panic and the
        // Content-Security-Policy forbids inline handlers.
        let button = document.create_element("a").ok()?;
        button.set_text_content(Some("Recharger la page"));
        button.set_class_name("button");
        let here = web_sys::window()?.location().href().ok()?;
        button.set_attribute("href", &here).ok()?;
        let pre = document.create_element("pre").ok()?;
        pre.set_text_content(Some(detail));
        for child in [&h, &p, &button, &pre] {
            root.append_child(child).ok()?;
        }
        Some(root)
    };
    if let Some(root) = build() {
        body.set_inner_html("");
        let _ = body.append_child(root.unchecked_ref());
    }
}
