//! The overview's charts in the static preview: the markup of the app's one
//! renderer (`src/charts/bar_chart.rs`) written as a string, so the first
//! paint shows the real charts at the size the app draws them (nothing moves
//! when the app takes over). The bars are not buttons here, since choosing
//! one needs the app; "Voir les données" works (`apercu.js` switches to the
//! table, written here hidden).

use plan_core::charts::{Chart, ChartRow, ChartSegment, DataTable, TEXTURES};
use plan_core::format::dec;
use plan_core::i18n::{self, fill, Lang};

use crate::escape;

/// Height of one bar, in CSS pixels (as `bar_chart.rs`).
const BAR_HEIGHT: u32 = 30;

/// The room the app's "Intégrer", "SVG" and "PNG" buttons take under each
/// chart, kept empty (invisible, not announced) so nothing moves when they
/// appear; an embed has none (`style/main.css`).
fn tools_room(lang: Lang) -> String {
    format!(
        concat!(
            "<div class=\"tool-row chart-tools apercu-place\" aria-hidden=\"true\">",
            "<span class=\"button button-small\">{}</span><span class=\"button button-small\">SVG</span>",
            "<span class=\"button button-small\">PNG</span></div>"
        ),
        escape(lang.texts().chart_embed)
    )
}

/// One chart: title, switch, summary, patterns, legend, bars and (hidden)
/// table. The chart's own texts are plan-core's (`charts.rs`).
pub fn chart(chart: &Chart, lang: Lang) -> String {
    let t = lang.texts();
    let id = chart.id;
    // The preview's ids differ from the app's (both are in the page for a moment).
    let title_id = format!("apercu-graphique-{id}-titre");
    let summary_id = format!("apercu-graphique-{id}-resume");
    let stacked = chart.rows.iter().any(|r| r.segments.len() > 1);
    let legend = if stacked {
        legend(id, chart, lang)
    } else {
        String::new()
    };
    format!(
        concat!(
            "<figure class=\"chart\" data-chart=\"{id}\" aria-labelledby=\"{tid}\" aria-describedby=\"{sid}\">",
            "<div class=\"chart-head\"><h3 class=\"chart-title\" id=\"{tid}\">{title}</h3>",
            "<button type=\"button\" class=\"chart-switch\" aria-pressed=\"false\">",
            "<span class=\"chart-switch-box\" aria-hidden=\"true\"></span>{see_data}</button></div>",
            "<p class=\"visually-hidden\" id=\"{sid}\">{summary}</p>",
            "{patterns}{legend}{bars}{table}{tools}</figure>"
        ),
        id = id,
        tid = title_id,
        sid = summary_id,
        title = escape(&chart.title),
        see_data = escape(t.see_data),
        summary = chart
            .summary_runs()
            .into_iter()
            .map(|(text, report)| if report {
                format!("<span lang=\"fr\">{}</span>", escape(text))
            } else {
                escape(text)
            })
            .collect::<String>(),
        patterns = patterns(id),
        legend = legend,
        bars = bars(id, &chart.rows, lang),
        table = table(&chart.table, &chart.rows, &chart.title, lang),
        tools = tools_room(lang),
    )
}

fn patterns(id: &str) -> String {
    let defs: String = TEXTURES
        .iter()
        .map(|(key, path)| {
            format!(
                "<pattern id=\"apercu-motif-{id}-{key}\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" class=\"fill-{key}\"></rect><path d=\"{path}\" class=\"texture\"></path></pattern>"
            )
        })
        .collect();
    format!("<svg class=\"chart-defs\" width=\"0\" height=\"0\" aria-hidden=\"true\" focusable=\"false\"><defs>{defs}</defs></svg>")
}

fn swatch(id: &str, key: &str) -> String {
    format!(
        "<svg class=\"swatch\" width=\"16\" height=\"16\" viewBox=\"0 0 16 16\" aria-hidden=\"true\" focusable=\"false\"><rect x=\"0.5\" y=\"0.5\" width=\"15\" height=\"15\" rx=\"2\" fill=\"url(#apercu-motif-{id}-{})\" class=\"swatch-box\"></rect></svg>",
        escape(key)
    )
}

fn legend(id: &str, chart: &Chart, lang: Lang) -> String {
    let items: String = chart
        .legend
        .iter()
        .map(|l| {
            format!(
                "<li>{}<span>{}</span></li>",
                swatch(id, &l.key),
                escape(&format!("{} ({})", l.label, chart.unit.count(l.value)))
            )
        })
        .collect();
    format!(
        "<ul class=\"chart-legend\" aria-label=\"{}\">{items}</ul>",
        escape(lang.texts().chart_legend)
    )
}

fn bars(id: &str, rows: &[ChartRow], lang: Lang) -> String {
    let t = lang.texts();
    let items: String = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let single = row.segments.len() <= 1;
            let label = label_html(row)
                + &if single {
                    String::new()
                } else {
                    let noun = crate::noun(row.total, lang, t.action_one, t.action_other);
                    escape(&format!(
                        " — {}\u{A0}{noun}",
                        i18n::format_number(row.total as i64, lang)
                    ))
                };
            let marker = match (single, row.segments.first()) {
                (true, Some(first)) => swatch(id, &first.key),
                _ => String::new(),
            };
            let segments: String = row
                .segments
                .iter()
                .map(|g| segment(id, g, single, lang))
                .collect();
            let empty = row.total == 0;
            format!(
                concat!(
                    "<li class=\"chart-row{empty_class}\"><span class=\"chart-row-label\" id=\"apercu-graphique-{id}-ligne-{i}\">{marker}{label}</span>",
                    "<svg class=\"bar\" width=\"100%\" height=\"{h}\" role=\"group\" aria-labelledby=\"apercu-graphique-{id}-ligne-{i}\">",
                    "<rect class=\"bar-track\" x=\"0\" y=\"0\" width=\"100%\" height=\"{h}\"></rect>{segments}{zero}</svg></li>"
                ),
                empty_class = if empty { " chart-row-empty" } else { "" },
                id = id,
                i = i,
                marker = marker,
                label = label,
                h = BAR_HEIGHT,
                segments = segments,
                zero = if empty {
                    "<text class=\"seg-value seg-value-out\" x=\"0\" dx=\"6\" y=\"20\">0</text>"
                } else {
                    ""
                },
            )
        })
        .collect();
    format!("<ol class=\"chart-rows\" role=\"list\">{items}</ol>")
}

/// A row's label, its report words (an axis title) marked French.
fn label_html(row: &ChartRow) -> String {
    match row.label_parts() {
        (lead, Some(words)) => {
            format!("{}<span lang=\"fr\">{}</span>", escape(lead), escape(words))
        }
        (lead, None) => escape(lead),
    }
}

fn segment(id: &str, seg: &ChartSegment, single: bool, lang: Lang) -> String {
    let pct = |v: f64| format!("{}%", dec(v, 3));
    let middle = seg.x + seg.width / 2.0;
    let text = seg.value_text_in(single, lang);
    let value = if seg.label_inside {
        format!(
            "<text class=\"seg-value\" x=\"{}\" y=\"20\" text-anchor=\"middle\" aria-hidden=\"true\">{}</text>",
            pct(middle),
            escape(&text)
        )
    } else if single {
        format!(
            "<text class=\"seg-value seg-value-out\" x=\"{}\" dx=\"6\" y=\"20\" aria-hidden=\"true\">{}</text>",
            pct(seg.x + seg.width),
            seg.value
        )
    } else {
        String::new()
    };
    // Not a button before the app: named, so a screen reader hears the value.
    format!(
        "<g class=\"seg\" role=\"img\" aria-label=\"{name}\" data-key=\"{key}\"><rect class=\"seg-fill\" x=\"{x}\" y=\"1\" width=\"{w}\" height=\"{h}\" fill=\"url(#apercu-motif-{id}-{key})\"></rect>{value}</g>",
        name = escape(&seg.name),
        key = escape(&seg.key),
        x = pct(seg.x),
        w = pct(seg.width),
        h = BAR_HEIGHT - 2,
    )
}

fn table(table: &DataTable, rows: &[ChartRow], caption: &str, lang: Lang) -> String {
    let head: String = table
        .headers
        .iter()
        .map(|h| format!("<th scope=\"col\">{}</th>", escape(h)))
        .collect();
    let body: String = table
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut cells = r.iter();
            let first = match (cells.next(), rows.get(i)) {
                (Some(c), Some(row)) if *c == row.label => label_html(row),
                (Some(c), _) => escape(c),
                (None, _) => String::new(),
            };
            let rest: String = cells.map(|c| format!("<td>{}</td>", escape(c))).collect();
            format!("<tr><th scope=\"row\">{first}</th>{rest}</tr>")
        })
        .collect();
    format!(
        concat!(
            "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{name}\" hidden>",
            "<table class=\"chart-table\"><caption class=\"visually-hidden\">{c}</caption>",
            "<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
        ),
        name = escape(&fill(lang.texts().chart_data_label, &[("caption", caption)])),
        c = escape(caption),
        head = head,
        body = body,
    )
}
