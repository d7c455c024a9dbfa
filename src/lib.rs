//! Plan ouvert, the browser app: a thin Leptos shell over `plan-core`.
//!
//! **Invariant:** no business logic here. Filtering, search, statistics and URL
//! state are computed by `plan-core`; this crate wires signals and draws.

// Natively (site-gen's build-time rendering) there is no `erase_components`:
// the charts' full view types need a deeper limit.
#![recursion_limit = "256"]

pub mod app;
pub mod base;
pub mod charts;
pub mod components;
pub mod data;
pub mod embed;
pub mod handover;
pub mod lang;
pub mod offline;
pub mod pages;
pub mod perf;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod report_data;
pub mod site;
pub mod startup;
