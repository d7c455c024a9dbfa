//! Text with the search terms marked (`<mark>`), as text nodes only.

use leptos::prelude::*;
use plan_core::search::Segment;

/// Renders segments from `plan_core::search::highlight` (or a snippet).
///
/// Drawn as (text, optional mark) pairs, all of one type: when the query
/// changes, each pair's text nodes are updated in place, where alternating
/// text and `<mark>` views would be torn down and rebuilt whenever the marks
/// move (each keystroke, for every row on the page).
pub fn highlighted(segments: Vec<Segment>) -> impl IntoView {
    let mut pairs: Vec<(String, Option<String>)> = Vec::new();
    let mut plain = String::new();
    for s in segments {
        if s.is_match {
            pairs.push((std::mem::take(&mut plain), Some(s.text)));
        } else {
            plain.push_str(&s.text);
        }
    }
    if !plain.is_empty() || pairs.is_empty() {
        pairs.push((plain, None));
    }
    pairs
        .into_iter()
        .map(|(text, mark)| (text, mark.map(|m| view! { <mark>{m}</mark> })))
        .collect_view()
}
