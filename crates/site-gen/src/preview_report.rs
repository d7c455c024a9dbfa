//! The report's pages as static HTML: the table of contents (`rapport/`) and
//! each chapter (`rapport/<id>/`), in full.
//!
//! **Invariant:** the markup and classes are exactly those the app draws
//! (`src/pages/report_contents.rs`, `src/pages/report_chapter.rs`,
//! `src/components/report_text.rs`), element for element, so the first paint
//! is the chapter itself, readable without JavaScript, and nothing moves when
//! the app takes over. Change both together; `tests/e2e/report.spec.mjs`
//! compares them.
//!
//! The report's text is escaped, never markup. Links are written from the
//! site root (`./…`), as in `preview.rs`.

use plan_core::report::{
    chapter_subject, contribution_body, contribution_mailto, Block, Cell, ListItem, PlanPart,
    Report, Section,
};
use plan_core::{lookup, Inline, Snapshot};

use crate::escape;

/// The text of the link to the contribution address.
pub const CONTRIBUTE: &str = "Contribuer / signaler une erreur";

/// The table of contents: every chapter with its printed number and title,
/// and its sub-sections; chapter 4's parts that are the plan's lead to the
/// overview.
pub fn contents(report: &Report) -> String {
    let items: String = report
        .chapters
        .iter()
        .map(|c| {
            let subs: String = c
                .sections
                .iter()
                .map(|s| {
                    format!(
                        "<li><a href=\"{}\">{}</a></li>",
                        escape(&toc_href(c, s)),
                        escape(&s.heading())
                    )
                })
                .collect();
            let subs = if subs.is_empty() {
                String::new()
            } else {
                format!("<ol role=\"list\">{subs}</ol>")
            };
            format!(
                "<li><a href=\"./rapport/{}/\">{}</a>{subs}</li>",
                escape(&c.id),
                escape(&c.heading())
            )
        })
        .collect();
    format!(
        concat!(
            "<article class=\"report-contents\">",
            "<h1 tabindex=\"-1\">{h1}</h1>",
            "<p class=\"lede\">{lede}</p>",
            "<nav aria-label=\"Sommaire du rapport\"><ol class=\"report-toc\" role=\"list\" lang=\"fr\">{items}</ol></nav>",
            "</article>"
        ),
        h1 = CONTENTS_TITLE,
        lede = CONTENTS_LEDE,
        items = items
    )
}

/// The heading of the table of contents.
pub const CONTENTS_TITLE: &str = "Le rapport";
/// What the table of contents says first.
pub const CONTENTS_LEDE: &str = "Le texte intégral du rapport d’autoévaluation à mi-parcours, chapitre par chapitre, tel qu’il a été publié. Au chapitre 4, le tableau récapitulatif et le détail des engagements sont les pages des engagements de Plan ouvert.";

/// Where an entry of the table of contents leads (an app path from `./`).
fn toc_href(chapter: &Section, s: &Section) -> String {
    match s.plan_part {
        Some(PlanPart::Summary) => "./".to_owned(),
        Some(PlanPart::Commitments) => "./#explorer".to_owned(),
        None => format!(".{}", plan_core::report::section_path(&chapter.id, &s.id)),
    }
}

/// A chapter's page: its heading, its text and its sub-sections, the
/// contribution link and the neighbouring chapters. `body_url` is what the
/// contribution message names as the page (the app writes its full URL).
pub fn chapter(report: &Report, s: &Snapshot, c: &Section, body_url: &str) -> String {
    let mailto = contribution_mailto(
        &report.contact.email,
        &chapter_subject(c),
        &contribution_body(body_url),
    );
    let (prev, next) = report.neighbours(&c.id);
    let prev = prev
        .map(|p| {
            format!(
                "<a href=\"./rapport/{}/\" rel=\"prev\">← {}</a>",
                escape(&p.id),
                escape(&p.heading())
            )
        })
        .unwrap_or_default();
    let next = next
        .map(|n| {
            format!(
                "<a href=\"./rapport/{}/\" rel=\"next\">{} →</a>",
                escape(&n.id),
                escape(&n.heading())
            )
        })
        .unwrap_or_default();
    format!(
        concat!(
            "<article class=\"report-chapter\" data-chapter=\"{id}\">",
            "<nav class=\"breadcrumbs\" aria-label=\"Fil d’Ariane\"><ol><li><a href=\"./rapport/\">{toc}</a></li></ol></nav>",
            "<div class=\"report-text\" lang=\"fr\">",
            "<h1 tabindex=\"-1\">{heading}</h1>{body}</div>",
            "<p class=\"report-contribute\"><a href=\"{mailto}\">{contribute}</a></p>",
            "<nav class=\"prev-next\" aria-label=\"Chapitres voisins\">{prev}{next}</nav>",
            "</article>"
        ),
        id = escape(&c.id),
        toc = CONTENTS_TITLE,
        heading = escape(&c.heading()),
        body = section_body(s, c, 1),
        mailto = escape(&mailto),
        contribute = CONTRIBUTE,
        prev = prev,
        next = next,
    )
}

/// A section's blocks, its plan part and its sub-sections, `depth` being its
/// heading level (a chapter is 1: its sub-sections are `h2`).
fn section_body(s: &Snapshot, sec: &Section, depth: usize) -> String {
    let mut out: String = sec.blocks.iter().map(|b| block(s, sec, b)).collect();
    out.push_str(&plan_part(s, sec));
    for sub in &sec.sections {
        let level = (depth + 1).min(6);
        let heading = escape(&sub.heading());
        out.push_str(&format!(
            concat!(
                "<section class=\"report-section\" data-ancre=\"[id=&quot;{id}&quot;]\">",
                "<div class=\"report-heading\"><h{l} id=\"{id}\">{heading}</h{l}>",
                "<a class=\"section-link\" href=\"#{id}\" aria-label=\"Lien vers cette section : {heading}\">#</a></div>",
                "{body}</section>"
            ),
            id = escape(&sub.id),
            l = level,
            heading = heading,
            body = section_body(s, sub, depth + 1),
        ));
    }
    out
}

/// What stands for the parts of chapter 4 that are the plan's own pages.
fn plan_part(s: &Snapshot, sec: &Section) -> String {
    match sec.plan_part {
        Some(PlanPart::Summary) => {
            format!("<p class=\"report-plan-part\"><a href=\"./\">{SUMMARY_LINK}</a></p>")
        }
        Some(PlanPart::Commitments) => {
            let items: String = s
                .commitments
                .iter()
                .map(|c| {
                    format!(
                        "<li><a href=\"./engagements/{n}/\">Engagement {n} : {t}</a></li>",
                        n = c.number,
                        t = escape(&c.title)
                    )
                })
                .collect();
            format!("<ol class=\"report-commitments\" role=\"list\">{items}</ol>")
        }
        None => String::new(),
    }
}

/// The link standing for the summary table (4.1).
pub const SUMMARY_LINK: &str =
    "Voir le tableau récapitulatif : l’état d’avancement et le calendrier de chaque engagement";

fn block(s: &Snapshot, sec: &Section, b: &Block) -> String {
    match b {
        Block::Paragraph {
            content,
            commitments,
        } => format!("<p>{}{}</p>", inlines(content), refs(s, commitments, None)),
        Block::List { items } => list(s, items),
        Block::Table { header, rows } => {
            let head: String = header
                .iter()
                .map(|c| format!("<th scope=\"col\">{}</th>", inlines(c)))
                .collect();
            let body: String = rows
                .iter()
                .map(|r| {
                    let last = r.cells.len().saturating_sub(1);
                    let cells: String = r
                        .cells
                        .iter()
                        .enumerate()
                        .map(|(i, c)| {
                            let extra = if i == last {
                                refs(s, &r.commitments, None)
                            } else {
                                String::new()
                            };
                            format!("<td>{}{extra}</td>", cell(c))
                        })
                        .collect();
                    format!("<tr>{cells}</tr>")
                })
                .collect();
            format!(
                concat!(
                    "<div class=\"report-table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tableau : {name}\">",
                    "<table class=\"report-table\"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
                ),
                name = escape(&sec.heading()),
                head = head,
                body = body
            )
        }
    }
}

fn cell(c: &Cell) -> String {
    inlines(c)
}

fn list(s: &Snapshot, items: &[ListItem]) -> String {
    let lis: String = items
        .iter()
        .map(|it| {
            let nested = if it.items.is_empty() {
                String::new()
            } else {
                list(s, &it.items)
            };
            format!(
                "<li>{}{}{nested}</li>",
                inlines(&it.content),
                refs(s, &it.commitments, it.institution.as_deref())
            )
        })
        .collect();
    format!("<ul>{lis}</ul>")
}

/// The links after a block's text: its commitments, its institution.
fn refs(s: &Snapshot, commitments: &[u32], institution: Option<&str>) -> String {
    if commitments.is_empty() && institution.is_none() {
        return String::new();
    }
    let mut links: String = commitments
        .iter()
        .map(|&n| {
            let title = lookup::commitment_index(s, n)
                .map(|i| s.commitments[i].title.clone())
                .unwrap_or_default();
            format!(
                "<a class=\"report-ref\" href=\"./engagements/{n}/\" aria-label=\"Engagement {n} : {t}\"><span aria-hidden=\"true\">→ </span>Engagement {n}</a>",
                t = escape(&title)
            )
        })
        .collect();
    if let Some(id) = institution {
        let name = lookup::institution_by_id(s, id).map_or(id, |i| i.name.as_str());
        links.push_str(&format!(
            "<a class=\"report-ref\" href=\"./institutions/{id}/\" aria-label=\"{INSTITUTION_LINK} : {name}\"><span aria-hidden=\"true\">→ </span>{INSTITUTION_LINK}</a>",
            id = escape(id),
            name = escape(name)
        ));
    }
    format!("<span class=\"report-refs\">{links}</span>")
}

/// The visible text of the link to an institution's page.
pub const INSTITUTION_LINK: &str = "Voir l’institution";

/// Rich text as escaped text, as `src/components/report_text.rs` draws it.
fn inlines(content: &[Inline]) -> String {
    content
        .iter()
        .map(|i| match i {
            Inline::Text { text } => escape(text),
            Inline::Strong { content } => format!("<strong>{}</strong>", inlines(content)),
            Inline::Link { content } => format!(
                "<span class=\"link-text\" title=\"Lien du rapport original (adresse non conservée)\">{}</span>",
                inlines(content)
            ),
        })
        .collect()
}
