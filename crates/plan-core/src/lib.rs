//! Pure core of Plan ouvert: the snapshot model and everything computed from it.
//!
//! **Invariant:** this crate knows nothing about the browser, Leptos or I/O. It is
//! compiled natively for tests and to wasm for the app, and every function here is
//! a plain function of its arguments.

pub mod model;

pub mod filter;
pub mod fold;
pub mod format;
pub mod load;
pub mod lookup;
pub mod search;
pub mod stats;
pub mod url_state;

#[cfg(any(test, feature = "fixture"))]
pub mod fixture;

pub use model::*;
