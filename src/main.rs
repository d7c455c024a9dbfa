//! Entry point: install the panic handler, then mount the app.

fn main() {
    plan_ouvert::panic::install();
    leptos::mount::mount_to_body(plan_ouvert::app::App);
}
