//! Text with the search terms marked (`<mark>`), as text nodes only.

use leptos::prelude::*;
use plan_core::search::Segment;

/// Renders segments from `plan_core::search::highlight` (or a snippet).
pub fn highlighted(segments: Vec<Segment>) -> impl IntoView {
    segments
        .into_iter()
        .map(|s| {
            if s.is_match {
                view! { <mark>{s.text}</mark> }.into_any()
            } else {
                s.text.into_any()
            }
        })
        .collect_view()
}
