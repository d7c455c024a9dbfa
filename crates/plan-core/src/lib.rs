//! Pure core of Plan ouvert: the snapshot model and everything computed from it.
//!
//! **Invariant:** this crate knows nothing about the browser, Leptos or I/O. It is
//! compiled natively for tests and to wasm for the app, and every function here is
//! a plain function of its arguments.
//!
//! How the app uses it, from bytes and a query string to what a page shows:
//!
//! ```
//! use plan_core::{filter, load, search, stats, url_state, format};
//!
//! fn overview(bytes: &[u8], query_string: &str) -> Result<String, load::LoadError> {
//!     let snapshot = load::load_snapshot(bytes)?; // once
//!     let index = search::SearchIndex::new(&snapshot); // once per snapshot
//!
//!     let (mut view, mut ignored) = url_state::parse_query(query_string);
//!     ignored.extend(view.sanitize(&snapshot)); // unknown ids dropped, reported
//!
//!     let shown = filter::filter(&snapshot, &index, &view);
//!     let _facets = filter::facet_counts(&snapshot, &index, &view);
//!     let figures = stats::Stats::compute(&snapshot, shown.iter().map(|&i| &snapshot.commitments[i]));
//!     let query = search::Query::parse(&view.q);
//!     let _snippets: Vec<_> = shown.iter().filter_map(|&i| index.hit(&snapshot, i, &query)).collect();
//!
//!     let _canonical_url = url_state::to_query(&view); // the one place writing the URL uses this
//!     Ok(format!(
//!         "{} à un stade substantiel ou complet",
//!         format::format_percent(figures.share_substantial_or_complete)
//!     ))
//! }
//! ```

pub mod model;

pub mod charts;
pub mod embed;
pub mod embed_flags;
pub mod export;
pub mod filter;
pub mod fold;
pub mod format;
mod fx_hash;
pub mod i18n;
pub mod institutions;
mod json_text;
pub mod load;
pub mod lookup;
pub mod paging;
mod reason;
pub mod report;
pub mod search;
pub mod stats;
pub mod url_state;

#[cfg(any(test, feature = "fixture"))]
pub mod fixture;

// The English of every generator, next to the French the modules' own tests pin.
#[cfg(test)]
mod english_tests;

pub use model::*;
