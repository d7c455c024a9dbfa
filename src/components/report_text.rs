//! A chapter's text as the report prints it: its blocks (paragraphs, nested
//! lists, tables with header rows, bold text), the parts of chapter 4 that
//! are the plan's own pages, and its sub-sections with their printed numbers
//! and titles as headings, each with an anchor and a visible deep link.
//!
//! **Invariant:** this markup is, element for element, the static preview's
//! (`crates/site-gen/src/preview_report.rs`), so nothing moves when the app
//! replaces it. Every string is a text node, never HTML.

use leptos::prelude::*;
use plan_core::report::{Block, ListItem, PlanPart, Section};
use plan_core::{lookup, Inline, Snapshot};

use crate::base::href;

use plan_core::i18n::fill;

/// The page's interface texts. The chapter's text sits in a `lang="fr"`
/// container; these links are interface text (French or English).
fn t() -> &'static plan_core::i18n::Texts {
    crate::lang::texts()
}

/// `section`'s blocks, plan part and sub-sections, `depth` being its level
/// (a chapter is 1: its sub-sections are `h2`).
pub fn section_body(s: &Snapshot, section: &Section, depth: usize) -> AnyView {
    let blocks = section
        .blocks
        .iter()
        .map(|b| block(s, section, b))
        .collect_view();
    let part = plan_part(s, section);
    let subs = section
        .sections
        .iter()
        .map(|sub| {
            let id = sub.id.clone();
            let heading = sub.heading();
            let level = (depth + 1).min(6);
            view! {
                <section class="report-section" data-ancre=format!("[id=\"{id}\"]")>
                    <div class="report-heading">
                        {heading_element(level, id.clone(), heading.clone())}
                        <a class="section-link" href=format!("#{id}") aria-label=fill(t().section_link, &[("heading", &heading)])>"#"</a>
                    </div>
                    {section_body(s, sub, depth + 1)}
                </section>
            }
        })
        .collect_view();
    view! { {blocks}{part}{subs} }.into_any()
}

fn heading_element(level: usize, id: String, text: String) -> AnyView {
    match level {
        2 => view! { <h2 id=id>{text}</h2> }.into_any(),
        3 => view! { <h3 id=id>{text}</h3> }.into_any(),
        4 => view! { <h4 id=id>{text}</h4> }.into_any(),
        5 => view! { <h5 id=id>{text}</h5> }.into_any(),
        _ => view! { <h6 id=id>{text}</h6> }.into_any(),
    }
}

fn plan_part(s: &Snapshot, section: &Section) -> Option<AnyView> {
    match section.plan_part? {
        PlanPart::Summary => Some(
            view! { <p class="report-plan-part"><a href=href("/")>{t().summary_link}</a></p> }
                .into_any(),
        ),
        PlanPart::Commitments => {
            let items = s
                .commitments
                .iter()
                .map(|c| {
                    view! {
                        <li><a href=href(&format!("/engagements/{}", c.number))>
                            {fill(t().commitment_ref, &[("n", &c.number.to_string()), ("title", &c.title)])}
                        </a></li>
                    }
                })
                .collect_view();
            Some(view! { <ol class="report-commitments" role="list">{items}</ol> }.into_any())
        }
    }
}

fn block(s: &Snapshot, section: &Section, b: &Block) -> AnyView {
    match b {
        Block::Paragraph {
            content,
            commitments,
        } => view! { <p>{inlines(content)}{refs(s, commitments, None)}</p> }.into_any(),
        Block::List { items } => list(s, items),
        Block::Table { header, rows } => {
            let head = header
                .iter()
                .map(|c| view! { <th scope="col">{inlines(c)}</th> })
                .collect_view();
            let body = rows
                .iter()
                .map(|r| {
                    let last = r.cells.len().saturating_sub(1);
                    let cells = r
                        .cells
                        .iter()
                        .enumerate()
                        .map(|(i, c)| {
                            let extra = (i == last).then(|| refs(s, &r.commitments, None));
                            view! { <td>{inlines(c)}{extra}</td> }
                        })
                        .collect_view();
                    view! { <tr>{cells}</tr> }
                })
                .collect_view();
            view! {
                <div class="report-table-scroll" role="region" tabindex="0" aria-label=fill(t().table_label, &[("heading", &section.heading())])>
                    <table class="report-table">
                        <thead><tr>{head}</tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }
    }
}

fn list(s: &Snapshot, items: &[ListItem]) -> AnyView {
    let lis = items
        .iter()
        .map(|it| {
            let nested = (!it.items.is_empty()).then(|| list(s, &it.items));
            view! {
                <li>{inlines(&it.content)}{refs(s, &it.commitments, it.institution.as_deref())}{nested}</li>
            }
        })
        .collect_view();
    view! { <ul>{lis}</ul> }.into_any()
}

/// The links after a block's text: the commitments it names, the
/// institution it is.
fn refs(s: &Snapshot, commitments: &[u32], institution: Option<&str>) -> Option<AnyView> {
    if commitments.is_empty() && institution.is_none() {
        return None;
    }
    let links = commitments
        .iter()
        .map(|&n| {
            let title = lookup::commitment_index(s, n)
                .map(|i| s.commitments[i].title.clone())
                .unwrap_or_default();
            view! {
                <a class="report-ref" href=href(&format!("/engagements/{n}")) aria-label=fill(t().commitment_ref, &[("n", &n.to_string()), ("title", &title)])>
                    <span aria-hidden="true">"→ "</span>{fill(t().commitment_n, &[("n", &n.to_string())])}
                </a>
            }
        })
        .collect_view();
    let institution = institution.map(|id| {
        let name = lookup::institution_by_id(s, id).map_or(id, |i| i.name.as_str());
        view! {
            <a class="report-ref" href=href(&format!("/institutions/{id}")) aria-label=fill(t().institution_link_label, &[("name", name)])>
                <span aria-hidden="true">"→ "</span>{t().institution_link}
            </a>
        }
    });
    Some(view! { <span class="report-refs">{links}{institution}</span> }.into_any())
}

/// Rich text as text nodes (`strong` kept; link text without its lost target).
fn inlines(content: &[Inline]) -> AnyView {
    content
        .iter()
        .map(|i| match i {
            Inline::Text { text } => text.clone().into_any(),
            Inline::Strong { content } => view! { <strong>{inlines(content)}</strong> }.into_any(),
            Inline::Link { content } => view! {
                <span class="link-text" title=t().link_text_title>{inlines(content)}</span>
            }
            .into_any(),
        })
        .collect_view()
        .into_any()
}
