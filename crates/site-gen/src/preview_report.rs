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

use plan_core::i18n::{fill, Lang};
use plan_core::report::{
    chapter_subject_in, contribution_body_in, contribution_mailto, Block, ListItem, PlanPart,
    Report, Section,
};
use plan_core::{lookup, Inline, Snapshot};

use crate::escape;

/// ` lang="en"` on the interface's elements inside the report's text (which
/// is `lang="fr"`) on English pages; nothing on French ones.
fn own(lang: Lang) -> String {
    match lang {
        Lang::Fr => String::new(),
        _ => format!(" lang=\"{}\"", lang.code()),
    }
}

/// The table of contents: every chapter with its printed number and title,
/// and its sub-sections; chapter 4's parts that are the plan's lead to the
/// overview.
pub fn contents(report: &Report, lang: Lang) -> String {
    let t = lang.texts();
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
            "<nav aria-label=\"{toc_label}\"><ol class=\"report-toc\" role=\"list\" lang=\"fr\">{items}</ol></nav>",
            "</article>"
        ),
        h1 = escape(t.nav_report),
        lede = escape(t.report_contents_lede),
        toc_label = escape(t.report_toc_label),
        items = items
    )
}

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
pub fn chapter(report: &Report, s: &Snapshot, c: &Section, body_url: &str, lang: Lang) -> String {
    let t = lang.texts();
    let mailto = contribution_mailto(
        &report.contact.email,
        &chapter_subject_in(c, lang),
        &contribution_body_in(body_url, lang),
    );
    let (prev, next) = report.neighbours(&c.id);
    let prev = prev
        .map(|p| {
            format!(
                "<a href=\"./rapport/{}/\" rel=\"prev\" lang=\"fr\">← {}</a>",
                escape(&p.id),
                escape(&p.heading())
            )
        })
        .unwrap_or_default();
    let next = next
        .map(|n| {
            format!(
                "<a href=\"./rapport/{}/\" rel=\"next\" lang=\"fr\">{} →</a>",
                escape(&n.id),
                escape(&n.heading())
            )
        })
        .unwrap_or_default();
    format!(
        concat!(
            "<article class=\"report-chapter\" data-chapter=\"{id}\">",
            "<nav class=\"breadcrumbs\" aria-label=\"{crumbs}\"><ol><li><a href=\"./rapport/\">{toc}</a></li></ol></nav>",
            "<div class=\"report-text\" lang=\"fr\">",
            "<h1 tabindex=\"-1\">{heading}</h1>{body}</div>",
            "<p class=\"report-contribute\"><a href=\"{mailto}\">{contribute}</a></p>",
            "<nav class=\"prev-next\" aria-label=\"{neighbours}\">{prev}{next}</nav>",
            "</article>"
        ),
        id = escape(&c.id),
        crumbs = escape(t.breadcrumbs_label),
        toc = escape(t.nav_report),
        heading = escape(&c.heading()),
        body = section_body(s, c, 1, lang),
        mailto = escape(&mailto),
        contribute = escape(t.report_contribute),
        neighbours = escape(t.report_neighbours),
        prev = prev,
        next = next,
    )
}

/// A section's blocks, its plan part and its sub-sections, `depth` being its
/// heading level (a chapter is 1: its sub-sections are `h2`).
fn section_body(s: &Snapshot, sec: &Section, depth: usize, lang: Lang) -> String {
    let t = lang.texts();
    let mut out: String = sec.blocks.iter().map(|b| block(s, sec, b, lang)).collect();
    out.push_str(&plan_part(s, sec, lang));
    for sub in &sec.sections {
        let level = (depth + 1).min(6);
        let heading = escape(&sub.heading());
        out.push_str(&format!(
            concat!(
                "<section class=\"report-section\" data-ancre=\"[id=&quot;{id}&quot;]\">",
                "<div class=\"report-heading\"><h{l} id=\"{id}\">{heading}</h{l}>",
                "<a class=\"section-link\" href=\"#{id}\" aria-label=\"{link}\"{own}>#</a></div>",
                "{body}</section>"
            ),
            id = escape(&sub.id),
            l = level,
            heading = heading,
            link = escape(&fill(t.section_link_label, &[("heading", &sub.heading())])),
            own = own(lang),
            body = section_body(s, sub, depth + 1, lang),
        ));
    }
    out
}

/// What stands for the parts of chapter 4 that are the plan's own pages.
fn plan_part(s: &Snapshot, sec: &Section, lang: Lang) -> String {
    let t = lang.texts();
    match sec.plan_part {
        Some(PlanPart::Summary) => format!(
            "<p class=\"report-plan-part\"{}><a href=\"./\">{}</a></p>",
            own(lang),
            escape(t.report_summary_link)
        ),
        Some(PlanPart::Commitments) => {
            let items: String = s
                .commitments
                .iter()
                .map(|c| {
                    format!(
                        "<li><a href=\"./engagements/{n}/\">{label}</a></li>",
                        n = c.number,
                        label = fill(
                            &escape(t.commitment_link_label),
                            &[
                                ("n", &c.number.to_string()),
                                ("title", &snapshot_span(&c.title, lang))
                            ]
                        )
                    )
                })
                .collect();
            format!(
                "<ol class=\"report-commitments\" role=\"list\"{}>{items}</ol>",
                own(lang)
            )
        }
        None => String::new(),
    }
}

/// Snapshot text escaped, inside `<span lang="fr">` where the element around
/// it is in another language (on English pages; on French ones the report's
/// `lang="fr"` already covers it).
fn snapshot_span(text: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => escape(text),
        _ => format!("<span lang=\"fr\">{}</span>", escape(text)),
    }
}

fn block(s: &Snapshot, sec: &Section, b: &Block, lang: Lang) -> String {
    let t = lang.texts();
    match b {
        Block::Paragraph {
            content,
            commitments,
        } => format!(
            "<p>{}{}</p>",
            inlines(content, lang),
            refs(s, commitments, None, lang)
        ),
        Block::List { items } => list(s, items, lang),
        Block::Table { header, rows } => {
            let head: String = header
                .iter()
                .map(|c| format!("<th scope=\"col\">{}</th>", inlines(c, lang)))
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
                                refs(s, &r.commitments, None, lang)
                            } else {
                                String::new()
                            };
                            format!("<td>{}{extra}</td>", inlines(c, lang))
                        })
                        .collect();
                    format!("<tr>{cells}</tr>")
                })
                .collect();
            format!(
                concat!(
                    "<div class=\"report-table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{name}\">",
                    "<table class=\"report-table\"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
                ),
                name = escape(&fill(t.report_table_label, &[("name", &sec.heading())])),
                head = head,
                body = body
            )
        }
    }
}

fn list(s: &Snapshot, items: &[ListItem], lang: Lang) -> String {
    let lis: String = items
        .iter()
        .map(|it| {
            let nested = if it.items.is_empty() {
                String::new()
            } else {
                list(s, &it.items, lang)
            };
            format!(
                "<li>{}{}{nested}</li>",
                inlines(&it.content, lang),
                refs(s, &it.commitments, it.institution.as_deref(), lang)
            )
        })
        .collect();
    format!("<ul>{lis}</ul>")
}

/// The links after a block's text: its commitments, its institution.
fn refs(s: &Snapshot, commitments: &[u32], institution: Option<&str>, lang: Lang) -> String {
    if commitments.is_empty() && institution.is_none() {
        return String::new();
    }
    let t = lang.texts();
    let mut links: String = commitments
        .iter()
        .map(|&n| {
            let title = lookup::commitment_index(s, n)
                .map(|i| s.commitments[i].title.clone())
                .unwrap_or_default();
            let n_s = n.to_string();
            format!(
                "<a class=\"report-ref\" href=\"./engagements/{n}/\" aria-label=\"{name}\"><span aria-hidden=\"true\">→ </span>{number}</a>",
                name = escape(&fill(t.commitment_link_label, &[("n", &n_s), ("title", &title)])),
                number = escape(&fill(t.commitment_number, &[("n", &n_s)])),
            )
        })
        .collect();
    if let Some(id) = institution {
        let name = lookup::institution_by_id(s, id).map_or(id, |i| i.name.as_str());
        links.push_str(&format!(
            "<a class=\"report-ref\" href=\"./institutions/{id}/\" aria-label=\"{link} : {name}\"><span aria-hidden=\"true\">→ </span>{link}</a>",
            id = escape(id),
            link = escape(t.report_institution_link),
            name = escape(name)
        ));
    }
    format!("<span class=\"report-refs\"{}>{links}</span>", own(lang))
}

/// Rich text as escaped text, as `src/components/report_text.rs` draws it.
fn inlines(content: &[Inline], lang: Lang) -> String {
    content
        .iter()
        .map(|i| match i {
            Inline::Text { text } => escape(text),
            Inline::Strong { content } => format!("<strong>{}</strong>", inlines(content, lang)),
            Inline::Link { content } => format!(
                "<span class=\"link-text\" title=\"{}\">{}</span>",
                escape(lang.texts().report_link_title),
                inlines(content, lang)
            ),
        })
        .collect()
}
