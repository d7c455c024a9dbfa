//! Entry point: mount the app.
//!
//! The release build aborts on panic (`-Cpanic=immediate-abort`, see
//! `.cargo/config.toml`): a panic is a wasm trap, no Rust hook runs, and the
//! preview's script (`crates/site-gen/src/apercu.js`) shows the French
//! "reload" message when it sees the trap (an uncaught
//! `WebAssembly.RuntimeError`).

fn main() {
    // The wasm's instantiation is one task; mounting the app is the next
    // (src/startup.rs: no long tasks at start-up).
    plan_ouvert::perf::mark("app:main");
    leptos::prelude::set_timeout(
        || {
            plan_ouvert::perf::mark("app:mount");
            leptos::mount::mount_to_body(plan_ouvert::app::App);
            plan_ouvert::perf::mark("app:mounted");
        },
        std::time::Duration::ZERO,
    );
}
