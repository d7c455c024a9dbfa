//! Downloads of exactly the current view: CSV of the commitments, CSV of their
//! actions, and JSON of the subset in the snapshot's own schema.
//!
//! CSV choices, for Excel in French first (the most common tool of the
//! journalists this is for), then any RFC 4180 reader:
//! - UTF-8 with a byte-order mark, which is how Excel knows the file is UTF-8
//!   (without it, accents come out as `Ã©`);
//! - `;` as separator: French Excel splits on its list separator, `;`, when it
//!   opens a `.csv` by double-click (a `sep=;` first line would make it ignore
//!   the byte-order mark, so there is none);
//! - CRLF line ends and RFC 4180 quoting: a field with `;`, `,`, `"`, CR or LF
//!   is quoted and its quotes doubled;
//! - a field that would start a spreadsheet formula (`=`, `+`, `-`, `@`, tab,
//!   CR) gets a leading `'`, so a modified snapshot cannot run formulas in the
//!   reader's spreadsheet (the real snapshot has no such field).
//!
//! The JSON subset keeps the vocabulary, the axes and the institutions the
//! chosen commitments refer to, so it loads with [`crate::load::load_snapshot`]
//! like the full snapshot. An empty view has no JSON: the format needs at least
//! one commitment.
//!
//! In English (the `*_in` forms) only the interface's words change: column
//! headers, status and calendar names (the vocabulary's `label_en`), file
//! names, links to the English pages. The CSV dialect is the same (a file
//! goes to the same spreadsheets), and the report's text stays French.

mod raw_subset;

use std::collections::BTreeSet;

use crate::i18n::Lang;
// The tests (through `super::*`) check the French labels with it.
#[cfg(test)]
use crate::lookup::status_label;
use crate::lookup::{axis_of, calendar_label_in, institution_by_id, objective_of, status_label_in};
use crate::model::Snapshot;
use crate::url_state::{Facet, ViewState};

/// Field separator of the CSV files.
pub const SEPARATOR: char = ';';
/// UTF-8 byte-order mark that starts the CSV files.
pub const BOM: &str = "\u{FEFF}";

/// Column headers of [`commitments_csv_in`].
pub const COMMITMENT_HEADERS: [&str; 13] = [
    "Numéro",
    "Identifiant",
    "Titre",
    "Axe",
    "Objectif",
    "État d’avancement",
    "État tel qu’imprimé",
    "Calendrier",
    "Institutions",
    "Nombre d’actions",
    "Belles histoires",
    "Contributions",
    "Lien",
];

/// Column headers of [`actions_csv_in`].
pub const ACTION_HEADERS: [&str; 9] = [
    "Engagement",
    "Titre de l’engagement",
    "Action",
    "Texte",
    "Résultats",
    "Prochaines étapes",
    "État d’avancement",
    "État tel qu’imprimé",
    "Acteur",
];

/// [`COMMITMENT_HEADERS`] in English.
pub const COMMITMENT_HEADERS_EN: [&str; 13] = [
    "Number",
    "Identifier",
    "Title",
    "Axis",
    "Objective",
    "Status",
    "Status as printed",
    "Timeline",
    "Institutions",
    "Number of actions",
    "Success stories",
    "Contributions",
    "Link",
];

/// [`ACTION_HEADERS`] in English.
pub const ACTION_HEADERS_EN: [&str; 9] = [
    "Commitment",
    "Commitment title",
    "Action",
    "Text",
    "Results",
    "Next steps",
    "Status",
    "Status as printed",
    "Actor",
];

/// Column headers of [`commitments_csv_in`] in `lang`.
pub fn commitment_headers(lang: Lang) -> [&'static str; 13] {
    match lang {
        Lang::Fr => COMMITMENT_HEADERS,
        Lang::En => COMMITMENT_HEADERS_EN,
    }
}

/// Column headers of [`actions_csv_in`] in `lang`.
pub fn action_headers(lang: Lang) -> [&'static str; 9] {
    match lang {
        Lang::Fr => ACTION_HEADERS,
        Lang::En => ACTION_HEADERS_EN,
    }
}

/// One CSV field, quoted if needed.
pub fn csv_field(value: &str) -> String {
    let guarded;
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        guarded = format!("'{value}");
        guarded.as_str()
    } else {
        value
    };
    if value.contains([SEPARATOR, ',', '"', '\r', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

fn push_row<S: AsRef<str>>(out: &mut String, fields: impl IntoIterator<Item = S>) {
    let mut first = true;
    for f in fields {
        if !first {
            out.push(SEPARATOR);
        }
        first = false;
        out.push_str(&csv_field(f.as_ref()));
    }
    out.push_str("\r\n");
}

/// The commitments at `shown` (indices into `s.commitments`, in that order),
/// one row each. `app_url` is the app's absolute root URL without trailing
/// slash; the last column links each commitment's page in `lang`
/// (`<app_url>/en/engagements/3/` in English), and the headers are `lang`'s.
pub fn commitments_csv_in(s: &Snapshot, shown: &[usize], app_url: &str, lang: Lang) -> String {
    let axis_word = match lang {
        Lang::Fr => "Axe",
        Lang::En => "Axis",
    };
    let mut out = String::from(BOM);
    push_row(&mut out, commitment_headers(lang));
    for c in shown.iter().filter_map(|&i| s.commitments.get(i)) {
        let axis = axis_of(s, c).map_or_else(
            || c.axis.clone(),
            |a| format!("{axis_word} {} · {}", a.number, a.title),
        );
        let objective = objective_of(s, c).map_or_else(String::new, |o| o.title.clone());
        let institutions: Vec<&str> = c
            .institutions
            .iter()
            .map(|id| institution_by_id(s, id).map_or(id.as_str(), |i| i.name.as_str()))
            .collect();
        push_row(
            &mut out,
            [
                c.number.to_string(),
                c.id.clone(),
                c.title.clone(),
                axis,
                objective,
                status_label_in(s, c.status, lang).to_owned(),
                c.status_label.clone(),
                calendar_label_in(s, c.calendar, lang).to_owned(),
                institutions.join(" | "),
                c.actions.len().to_string(),
                c.stories.len().to_string(),
                c.contributions.to_string(),
                format!("{app_url}/{}engagements/{}/", lang.prefix(), c.number),
            ],
        );
    }
    out
}

/// The actions of the commitments at `shown`, one row each, in report order,
/// with `lang`'s headers.
pub fn actions_csv_in(s: &Snapshot, shown: &[usize], lang: Lang) -> String {
    let mut out = String::from(BOM);
    push_row(&mut out, action_headers(lang));
    for c in shown.iter().filter_map(|&i| s.commitments.get(i)) {
        for a in &c.actions {
            let actor = a.actor.as_deref().map_or("", |id| {
                institution_by_id(s, id).map_or(id, |i| i.name.as_str())
            });
            push_row(
                &mut out,
                [
                    c.number.to_string().as_str(),
                    c.title.as_str(),
                    a.id.as_str(),
                    a.text.as_str(),
                    a.results.as_str(),
                    a.next_steps.as_str(),
                    status_label_in(s, a.status, lang),
                    a.status_label.as_str(),
                    actor,
                ],
            );
        }
    }
    out
}

/// The snapshot reduced to the commitments at `shown`, in snapshot order, with
/// only the institutions they refer to. `None` when `shown` selects nothing.
pub fn subset(s: &Snapshot, shown: &[usize]) -> Option<Snapshot> {
    let keep: BTreeSet<usize> = shown
        .iter()
        .copied()
        .filter(|&i| i < s.commitments.len())
        .collect();
    if keep.is_empty() {
        return None;
    }
    let commitments: Vec<_> = keep.iter().map(|&i| s.commitments[i].clone()).collect();
    let used: BTreeSet<&str> = commitments
        .iter()
        .flat_map(crate::lookup::involved_institutions)
        .collect();
    let institutions = s
        .institutions
        .iter()
        .filter(|i| used.contains(i.id.as_str()))
        .cloned()
        .collect();
    Some(Snapshot {
        institutions,
        commitments,
        ..s.clone()
    })
}

/// [`subset`] as JSON, cut from `raw`, the text `s` was loaded from (see
/// `export/raw_subset.rs`): every kept commitment and institution is the
/// file's own text. `None` when `shown` selects nothing.
pub fn subset_json(raw: &str, s: &Snapshot, shown: &[usize]) -> Option<String> {
    raw_subset::subset_json(raw, s, shown)
}

/// Fill colour of a series key (the light theme of `style/main.css`); the
/// link cards (site-gen) draw with it too.
pub fn series_colour(key: &str) -> &'static str {
    match key {
        "st-not_started" => "#6b6f76",
        "st-partial" => "#b34000",
        "st-substantial" => "#0063cb",
        "st-complete" | "cal-on_track" => "#18753c",
        "st-unknown" => "#6e445a",
        "cal-delayed" => "#b34000",
        _ => "#555a64",
    }
}

/// Texture drawn over a series colour, as in the app (colour is never the only cue).
pub fn series_texture(key: &str) -> &'static str {
    match key {
        "st-not_started" => "M0 4h8",
        "st-partial" => "M-2 2l4-4M0 8l8-8M6 10l4-4",
        "st-substantial" => "M-2 2l4-4M0 8l8-8M6 10l4-4M-2 6l4 4M0 0l8 8M6 -2l4 4",
        "st-unknown" => "M2 2h1v1h-1zM6 6h1v1h-1z",
        "cal-delayed" => "M0 2h8M0 6h8",
        _ => "",
    }
}

/// Escapes text for XML content and attribute values.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// Width of a chart drawn by [`chart_svg`], in pixels.
pub const SVG_WIDTH: u32 = 720;

/// A self-contained SVG of `chart` (title, legend, bars with their textures
/// and values, and `source_line` at the bottom), with fixed light colours so
/// it looks the same in any program. The PNG download is this SVG drawn on a
/// canvas. Its words are in the chart's language ([`crate::charts::Chart::lang`],
/// e.g. from [`crate::charts::status_chart_in`]); `source_line` is the
/// caller's (e.g. [`crate::embed::attribution_in`]).
pub fn chart_svg(chart: &crate::charts::Chart, source_line: &str) -> String {
    use std::fmt::Write as _;
    let lang = chart.lang;
    let value = |v: usize| match lang {
        // Unchanged French output: values without thousands groups.
        Lang::Fr => v.to_string(),
        Lang::En => crate::i18n::format_number(v as i64, lang),
    };
    let (w, pad) = (SVG_WIDTH as f64, 16.0);
    let bar_w = w - 2.0 * pad;
    // Coordinates with at most 2 decimals, without Rust's float formatting.
    let n = |v: f64| crate::format::dec(v, 2);
    let mut body = String::new();
    let mut y = 34.0;
    let _ = write!(
        body,
        r##"<text x="{pad}" y="{y}" font-size="19" font-weight="700" fill="#1e1e1e">{}</text>"##,
        xml_escape(&chart.title),
        pad = n(pad),
        y = n(y),
    );
    y += 14.0;
    let stacked = chart.rows.iter().any(|r| r.segments.len() > 1);
    if stacked {
        let mut x = pad;
        y += 16.0;
        for l in &chart.legend {
            let text = format!("{} ({})", l.label, chart.unit.count(l.value));
            let est = 26.0 + text.chars().count() as f64 * 7.2;
            if x + est > w - pad && x > pad {
                x = pad;
                y += 22.0;
            }
            let _ = write!(
                body,
                r##"<rect x="{x}" y="{}" width="14" height="14" rx="2" fill="url(#m-{k})" stroke="#1e1e1e" stroke-width="0.5"/><text x="{}" y="{y}" font-size="13" fill="#1e1e1e">{}</text>"##,
                n(y - 12.0),
                n(x + 20.0),
                xml_escape(&text),
                k = xml_escape(&l.key),
                y = n(y),
                x = n(x),
            );
            x += est + 12.0;
        }
    }
    for row in &chart.rows {
        let label = if row.segments.len() > 1 {
            format!(
                "{} — {}",
                row.label,
                crate::charts::actions_unit(lang).count(row.total)
            )
        } else {
            row.label.clone()
        };
        y += 26.0;
        let _ = write!(
            body,
            r##"<text x="{pad}" y="{y}" font-size="14" fill="#1e1e1e">{}</text>"##,
            xml_escape(&label),
            pad = n(pad),
            y = n(y),
        );
        y += 8.0;
        let _ = write!(
            body,
            r##"<rect x="{pad}" y="{y}" width="{bar_w}" height="26" fill="#f4f5f7"/>"##,
            pad = n(pad),
            y = n(y),
            bar_w = n(bar_w),
        );
        for seg in &row.segments {
            let sx = pad + seg.x / 100.0 * bar_w;
            let sw = seg.width / 100.0 * bar_w;
            let _ = write!(
                body,
                r##"<rect x="{sx}" y="{y}" width="{sw}" height="26" fill="url(#m-{})" stroke="#ffffff" stroke-width="1.5"><title>{}</title></rect>"##,
                xml_escape(&seg.key),
                xml_escape(&seg.name),
                y = n(y),
                sx = n(sx),
                sw = n(sw),
            );
            if seg.label_inside {
                let _ = write!(
                    body,
                    r##"<text x="{}" y="{}" font-size="14" font-weight="700" text-anchor="middle" fill="#ffffff" stroke="#1e1e1e" stroke-width="3" paint-order="stroke">{}</text>"##,
                    n(sx + sw / 2.0),
                    n(y + 18.0),
                    value(seg.value)
                );
            } else if row.segments.len() == 1 {
                let _ = write!(
                    body,
                    r##"<text x="{}" y="{}" font-size="14" font-weight="700" fill="#1e1e1e">{}</text>"##,
                    n(sx + sw + 6.0),
                    n(y + 18.0),
                    value(seg.value)
                );
            }
        }
        if row.total == 0 {
            let _ = write!(
                body,
                r##"<text x="{}" y="{}" font-size="14" fill="#1e1e1e">0</text>"##,
                n(pad + 6.0),
                n(y + 18.0)
            );
        }
        y += 26.0;
    }
    y += 28.0;
    let _ = write!(
        body,
        r##"<text x="{pad}" y="{y}" font-size="12" fill="#555a64">{}</text>"##,
        xml_escape(source_line),
        pad = n(pad),
        y = n(y),
    );
    let h = y + 14.0;
    let keys: BTreeSet<&str> = chart
        .legend
        .iter()
        .map(|l| l.key.as_str())
        .chain(
            chart
                .rows
                .iter()
                .flat_map(|r| r.segments.iter().map(|s| s.key.as_str())),
        )
        .collect();
    let mut defs = String::new();
    for k in keys {
        let _ = write!(
            defs,
            r##"<pattern id="m-{k}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="{}"/><path d="{}" stroke="rgba(255,255,255,0.6)" stroke-width="1.5" fill="rgba(255,255,255,0.6)"/></pattern>"##,
            series_colour(k),
            series_texture(k),
            k = xml_escape(k)
        );
    }
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" aria-label="{t}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"><title>{t}</title><desc>{d}</desc><defs>{defs}</defs><rect width="{w}" height="{h}" fill="#ffffff"/>{body}</svg>"##,
        t = xml_escape(&chart.title),
        d = xml_escape(&chart.summary),
        w = n(w),
        h = n(h),
    )
}

/// File name of a download: `plan-ouvert-<what>-<as_of>.<ext>`, where `what`
/// is a plain slug (`engagements`, `actions`, `graphique-statuts`).
pub fn file_name(s: &Snapshot, what: &str, ext: &str) -> String {
    let date: String = s
        .source
        .as_of
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(10)
        .collect();
    format!("plan-ouvert-{what}-{date}.{ext}")
}

/// What a download holds, for its file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Download<'a> {
    /// The commitments of the view (CSV or JSON).
    Commitments,
    /// The actions of the view's commitments.
    Actions,
    /// The view's data, in the snapshot's own format (JSON).
    Data,
    /// One commitment (its JSON).
    Commitment(u32),
    /// One commitment's actions.
    CommitmentActions(u32),
    /// One chart, by its id (`statuts`, which stays one vocabulary).
    Chart(&'a str),
}

impl Download<'_> {
    /// The slug [`file_name`] takes, in `lang`: `engagements`, `actions`, `donnees`,
    /// `engagement-3`, `engagement-3-actions`, `graphique-statuts`; in
    /// English `commitments`, `actions`, `data`, `commitment-3`,
    /// `commitment-3-actions`, `chart-statuts`.
    pub fn slug(&self, lang: Lang) -> String {
        let (commitment, commitments, chart) = match lang {
            Lang::Fr => ("engagement", "engagements", "graphique"),
            Lang::En => ("commitment", "commitments", "chart"),
        };
        match self {
            Download::Commitments => commitments.to_owned(),
            Download::Actions => "actions".to_owned(),
            Download::Data => match lang {
                Lang::Fr => "donnees",
                Lang::En => "data",
            }
            .to_owned(),
            Download::Commitment(n) => format!("{commitment}-{n}"),
            Download::CommitmentActions(n) => format!("{commitment}-{n}-actions"),
            Download::Chart(id) => format!("{chart}-{id}"),
        }
    }
}

/// The file name of `what` in `lang`: [`file_name`] with [`Download::slug`],
/// e.g. `plan-ouvert-commitments-2016-06-03.csv`.
pub fn file_name_in(s: &Snapshot, what: Download<'_>, ext: &str, lang: Lang) -> String {
    file_name(s, &what.slug(lang), ext)
}

/// The file name of `what` for the overview's `view`: [`file_name_in`]
/// with the view's filters after the slug, e.g.
/// `plan-ouvert-engagements-statut-partial-calendrier-delayed-2016-06-03.csv`.
/// The default view gives [`file_name_in`]'s name.
pub fn view_file_name_in(
    s: &Snapshot,
    what: Download<'_>,
    view: &ViewState,
    ext: &str,
    lang: Lang,
) -> String {
    let filters = view_slug(view);
    if filters.is_empty() {
        file_name_in(s, what, ext, lang)
    } else {
        file_name(s, &format!("{}-{filters}", what.slug(lang)), ext)
    }
}

/// Longest [`view_slug`], in bytes: with the rest of the name (about 40
/// bytes) a file name stays well under every system's limit, and readable.
pub const VIEW_SLUG_MAX: usize = 48;

/// A view's filters as a file-name part, safe on every system: lowercase
/// ASCII letters, digits and single hyphens, at most [`VIEW_SLUG_MAX`] bytes,
/// cut at a hyphen. The search (folded: `Eau potable` → `eau-potable`), then
/// each facet in the URL's order and vocabulary: axis and objective and
/// institution ids (already slugs), `statut-…`, `calendrier-…`, `action-…`,
/// `histoire`. Empty for the default view; the page is not a filter.
pub fn view_slug(view: &ViewState) -> String {
    let mut parts: Vec<String> = Vec::new();
    parts.push(crate::fold::fold(&view.q));
    parts.extend(view.axes.iter().cloned());
    parts.extend(view.objectives.iter().cloned());
    let codes = |facet: Facet, codes: Vec<&str>| {
        if codes.is_empty() {
            String::new()
        } else {
            format!("{}-{}", facet.param(), codes.join("-"))
        }
    };
    parts.push(codes(
        Facet::Status,
        view.statuses.iter().map(|c| c.as_str()).collect(),
    ));
    parts.push(codes(
        Facet::Calendar,
        view.calendars.iter().map(|c| c.as_str()).collect(),
    ));
    parts.extend(view.institutions.iter().cloned());
    parts.push(codes(
        Facet::ActionStatus,
        view.action_statuses.iter().map(|c| c.as_str()).collect(),
    ));
    if view.story {
        parts.push(Facet::Story.param().to_owned());
    }
    // Anything but a-z and 0-9 becomes one hyphen; no hyphen at either end.
    let mut slug = String::new();
    for c in parts.join("-").chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    if slug.len() > VIEW_SLUG_MAX {
        // ASCII only: any byte is a character boundary.
        let cut = &slug[..=VIEW_SLUG_MAX];
        slug.truncate(cut.rfind('-').unwrap_or(VIEW_SLUG_MAX));
    }
    slug.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests;
