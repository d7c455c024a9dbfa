//! Draws the snapshot's rich text (paragraphs, nested lists, strong, link text).
//!
//! Every string goes into the DOM as a text node, never as HTML, so snapshot
//! content cannot inject markup. Links have no target in the report: their text
//! is shown with a dotted underline, as a quotation, and is not clickable.

use leptos::prelude::*;
use plan_core::{Block, Inline, ListItem};

#[component]
pub fn RichText(blocks: Vec<Block>) -> impl IntoView {
    blocks.into_iter().map(block).collect_view()
}

fn block(b: Block) -> AnyView {
    match b {
        Block::Paragraph { content } => view! { <p>{inlines(content)}</p> }.into_any(),
        Block::List { items } => list(items),
    }
}

fn list(items: Vec<ListItem>) -> AnyView {
    let lis = items
        .into_iter()
        .map(|it| {
            let nested = (!it.items.is_empty()).then(|| list(it.items));
            view! { <li>{inlines(it.content)}{nested}</li> }
        })
        .collect_view();
    view! { <ul>{lis}</ul> }.into_any()
}

fn inlines(content: Vec<Inline>) -> AnyView {
    content
        .into_iter()
        .map(|i| match i {
            Inline::Text { text } => text.into_any(),
            Inline::Strong { content } => view! { <strong>{inlines(content)}</strong> }.into_any(),
            Inline::Link { content } => {
                view! { <span class="link-text" title=crate::lang::texts().link_text_title>{inlines(content)}</span> }
                    .into_any()
            }
        })
        .collect_view()
        .into_any()
}
