//! Link cards: one PNG of 1200×630 per page and per chart of the overview,
//! in each language, for the `og:image` of a shared link.
//!
//! Each card is drawn as SVG from plan-core's texts and chart geometry
//! (`charts::*_chart_in`, the series' colours and textures of
//! `export::series_colour` / `series_texture`), then rasterised natively by
//! resvg with the committed DejaVu Sans (`fonts/`, Bitstream Vera licence):
//! no system font is read, so every machine draws the same cards. A card
//! shows the site's name and the plan's, what the page is (a commitment's
//! number, axis and title; a chapter; a chart), a commitment's status and
//! calendar by their words and the app's shapes (never colour alone), and
//! the data date. Type is large enough to read at ~500 px wide.
//!
//! The report's words are drawn whole: a long title gets a smaller size,
//! never a cut.

use std::fmt::Write as _;
use std::sync::Arc;

use plan_core::charts::{self, Chart};
use plan_core::export::{series_colour, series_texture, xml_escape};
use plan_core::i18n::{fill, Lang};
use plan_core::model::{CalendarCode, StatusCode};
use plan_core::report::Report;
use plan_core::stats::Stats;
use plan_core::{lookup, Snapshot};
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

use crate::findable::{card_file, CARDS_DIR, CARD_HEIGHT, CARD_WIDTH};
use crate::pages::{Page, SITE};

const REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");
const FAMILY: &str = "DejaVu Sans";

const W: f64 = CARD_WIDTH as f64;
const H: f64 = CARD_HEIGHT as f64;
/// Left and right margin.
const PAD: f64 = 60.0;
const FG: &str = "#1e1e1e";
const MUTED: &str = "#555a64";
const ACCENT: &str = "#000091";
const PANEL: &str = "#f4f5f7";

/// One card: its file in the site, its SVG and its text (`og:image:alt`).
#[derive(Debug, Clone)]
pub struct Card {
    pub file: String,
    pub svg: String,
    pub alt: String,
}

/// Draws and rasterises cards with the committed fonts.
pub struct Painter {
    options: resvg::usvg::Options<'static>,
}

impl Default for Painter {
    fn default() -> Self {
        Painter::new()
    }
}

impl Painter {
    pub fn new() -> Painter {
        let mut options = resvg::usvg::Options {
            font_family: FAMILY.to_owned(),
            ..Default::default()
        };
        let db = options.fontdb_mut();
        db.load_font_data(REGULAR.to_vec());
        db.load_font_data(BOLD.to_vec());
        db.set_sans_serif_family(FAMILY);
        Painter { options }
    }

    /// The card as a PNG of 1200×630.
    pub fn png(&self, card: &Card) -> Result<Vec<u8>, String> {
        let tree = resvg::usvg::Tree::from_str(&card.svg, &self.options)
            .map_err(|e| format!("{}: {e}", card.file))?;
        let mut pixmap = resvg::tiny_skia::Pixmap::new(CARD_WIDTH, CARD_HEIGHT)
            .ok_or("cannot allocate a card")?;
        resvg::render(
            &tree,
            resvg::tiny_skia::Transform::default(),
            &mut pixmap.as_mut(),
        );
        encode_indexed(pixmap.data()).map_err(|e| format!("{}: {e}", card.file))
    }

    #[allow(dead_code)]
    fn fontdb(&self) -> Arc<resvg::usvg::fontdb::Database> {
        self.options.fontdb.clone()
    }
}

/// The card's PNG, indexed: the 256 most frequent colours of the card
/// (flat fills and the anti-aliased edges of text on them) make its
/// palette, and any other pixel takes the nearest of them. A card's few
/// colours survive exactly; the file is about a third of an RGBA one.
fn encode_indexed(rgba: &[u8]) -> Result<Vec<u8>, png::EncodingError> {
    use std::collections::HashMap;
    let mut counts: HashMap<[u8; 3], usize> = HashMap::new();
    for p in rgba.chunks_exact(4) {
        *counts.entry([p[0], p[1], p[2]]).or_default() += 1;
    }
    let mut by_count: Vec<([u8; 3], usize)> = counts.into_iter().collect();
    by_count.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let palette: Vec<[u8; 3]> = by_count.iter().take(256).map(|(c, _)| *c).collect();
    let mut index: HashMap<[u8; 3], u8> = palette
        .iter()
        .enumerate()
        .map(|(i, c)| (*c, i as u8))
        .collect();
    let nearest = |c: [u8; 3]| -> u8 {
        let d = |p: &[u8; 3]| {
            (0..3)
                .map(|k| (i32::from(p[k]) - i32::from(c[k])).pow(2))
                .sum::<i32>()
        };
        palette
            .iter()
            .enumerate()
            .min_by_key(|(_, p)| d(p))
            .map_or(0, |(i, _)| i as u8)
    };
    let pixels: Vec<u8> = rgba
        .chunks_exact(4)
        .map(|p| {
            let c = [p[0], p[1], p[2]];
            *index.entry(c).or_insert_with(|| nearest(c))
        })
        .collect();
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, CARD_WIDTH, CARD_HEIGHT);
    encoder.set_color(png::ColorType::Indexed);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_palette(palette.concat());
    encoder.set_compression(png::Compression::High);
    encoder.set_filter(png::Filter::NoFilter);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&pixels)?;
    writer.finish()?;
    Ok(out)
}

/// The characters of `text` that the cards' font cannot draw.
pub fn missing_glyphs(text: &str) -> Vec<char> {
    let (Ok(regular), Ok(bold)) = (FontRef::new(REGULAR), FontRef::new(BOLD)) else {
        return text.chars().collect();
    };
    let (r, b) = (regular.charmap(), bold.charmap());
    let mut out: Vec<char> = text
        .chars()
        .filter(|c| !c.is_control() && (r.map(*c).is_none() || b.map(*c).is_none()))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The width of `text` at `size` px, from the font's advances (no kerning:
/// DejaVu's is small, and lines keep a margin).
fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    let Ok(font) = FontRef::new(if bold { BOLD } else { REGULAR }) else {
        return text.chars().count() as f64 * size * 0.7;
    };
    let charmap = font.charmap();
    let metrics = font.glyph_metrics(Size::new(size as f32), LocationRef::default());
    text.chars()
        .map(|c| {
            charmap
                .map(c)
                .and_then(|g| metrics.advance_width(g))
                .map_or(size * 0.6, f64::from)
        })
        .sum()
}

/// `text` cut at spaces into lines of at most `width` px.
fn wrap(text: &str, size: f64, bold: bool, width: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && text_width(&candidate, size, bold) > width {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The largest of `sizes` at which `text` fits `max_lines` lines of `width`.
fn fit(text: &str, sizes: &[f64], bold: bool, width: f64, max_lines: usize) -> (f64, Vec<String>) {
    for &size in sizes {
        let lines = wrap(text, size, bold, width);
        if lines.len() <= max_lines && lines.iter().all(|l| text_width(l, size, bold) <= width) {
            return (size, lines);
        }
    }
    let size = *sizes.last().unwrap_or(&30.0);
    (size, wrap(text, size, bold, width))
}

/// An SVG `<text>` with one `<tspan>` per line.
fn text_lines(
    lines: &[String],
    x: f64,
    y: f64,
    size: f64,
    leading: f64,
    attrs: &str,
    lang: Option<&str>,
) -> String {
    let mut out = format!(
        r#"<text x="{x}" y="{y}" font-size="{size}" {attrs}{}>"#,
        lang.map_or(String::new(), |l| format!(r#" xml:lang="{l}""#))
    );
    for (i, l) in lines.iter().enumerate() {
        let _ = write!(
            out,
            r#"<tspan x="{x}" y="{}">{}</tspan>"#,
            y + i as f64 * size * leading,
            xml_escape(l)
        );
    }
    out.push_str("</text>");
    out
}

/// The frame every card shares: the site's band (its name and the plan's),
/// and the data date at the bottom. `body` is drawn between.
fn frame(lang: Lang, s: &Snapshot, body: &str, defs: &str) -> String {
    let t = lang.texts();
    let attribution = plan_core::embed::attribution_in(&s.source, lang);
    let subtitle = t.site_subtitle;
    let site_w = text_width(SITE, 44.0, true);
    let (sub_size, _) = fit(
        subtitle,
        &[28.0, 24.0, 20.0],
        false,
        W - 2.0 * PAD - site_w - 30.0,
        1,
    );
    format!(
        concat!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{family}">"#,
            "<defs>{defs}</defs>",
            r#"<rect width="{w}" height="{h}" fill="white"/>"#,
            r#"<rect width="{w}" height="96" fill="{accent}"/>"#,
            r#"<text x="{pad}" y="63" font-size="44" font-weight="700" fill="white">{site}</text>"#,
            r#"<text x="{sub_x}" y="60" font-size="{sub_size}" fill="white">{sub}</text>"#,
            "{body}",
            r#"<rect y="{foot_y}" width="{w}" height="{foot_h}" fill="{panel}"/>"#,
            r#"<rect y="{foot_y}" width="{w}" height="3" fill="{accent}"/>"#,
            r#"<text x="{pad}" y="{foot_text}" font-size="25" fill="{muted}">{foot}</text>"#,
            "</svg>"
        ),
        w = W,
        h = H,
        family = FAMILY,
        defs = defs,
        accent = ACCENT,
        panel = PANEL,
        muted = MUTED,
        pad = PAD,
        site = SITE,
        sub_x = PAD + site_w + 30.0,
        sub_size = sub_size,
        sub = xml_escape(subtitle),
        body = body,
        foot_y = H - 70.0,
        foot_h = 70.0,
        foot_text = H - 26.0,
        foot = xml_escape(&attribution),
    )
}

/// The app's shape of a status (`style/main.css`, `.badge-icon`): an empty,
/// half, three-quarter or full circle, a dotted one when unknown.
fn status_icon(code: StatusCode, cx: f64, cy: f64, r: f64) -> String {
    let colour = series_colour(&format!("st-{}", code.as_str()));
    let ring = |dash: &str| {
        format!(
            r#"<circle cx="{cx}" cy="{cy}" r="{r}" fill="none" stroke="{colour}" stroke-width="4"{dash}/>"#
        )
    };
    match code {
        StatusCode::NotStarted => ring(""),
        StatusCode::Partial => format!(
            r#"<path d="M{cx} {} A{r} {r} 0 0 0 {cx} {} Z" fill="{colour}"/>{}"#,
            cy - r,
            cy + r,
            ring("")
        ),
        StatusCode::Substantial => format!(
            r#"<path d="M{cx} {cy} L{cx} {} A{r} {r} 0 1 1 {} {cy} Z" fill="{colour}"/>{}"#,
            cy - r,
            cx - r,
            ring("")
        ),
        StatusCode::Complete => {
            format!(
                r#"<circle cx="{cx}" cy="{cy}" r="{r}" fill="{colour}" stroke="{colour}" stroke-width="4"/>"#
            )
        }
        _ => ring(r#" stroke-dasharray="3 5""#),
    }
}

/// The app's shape of a calendar: a full square on track, an empty
/// diamond when delayed.
fn calendar_icon(code: CalendarCode, cx: f64, cy: f64, r: f64) -> String {
    let colour = series_colour(&format!("cal-{}", code.as_str()));
    match code {
        CalendarCode::OnTrack => format!(
            r#"<rect x="{}" y="{}" width="{}" height="{}" rx="3" fill="{colour}" stroke="{colour}" stroke-width="4"/>"#,
            cx - r,
            cy - r,
            2.0 * r,
            2.0 * r
        ),
        _ => format!(
            r#"<path d="M{cx} {} L{} {cy} L{cx} {} L{} {cy} Z" fill="none" stroke="{colour}" stroke-width="4"/>"#,
            cy - r * 1.2,
            cx + r * 1.2,
            cy + r * 1.2,
            cx - r * 1.2
        ),
    }
}

/// The patterns of the chart series (`m-<key>`), as the SVG download's.
fn pattern_defs<'a>(keys: impl IntoIterator<Item = &'a str>) -> String {
    let mut keys: Vec<&str> = keys.into_iter().collect();
    keys.sort_unstable();
    keys.dedup();
    keys.iter()
        .map(|k| {
            format!(
                r#"<pattern id="m-{k}" width="12" height="12" patternUnits="userSpaceOnUse" patternTransform="scale(1.5)"><rect width="12" height="12" fill="{}"/><path d="{}" stroke="rgba(255,255,255,0.65)" stroke-width="1.5" fill="rgba(255,255,255,0.65)"/></pattern>"#,
                series_colour(k),
                series_texture(k),
                k = xml_escape(k)
            )
        })
        .collect()
}

/// Draws `chart` in the box (`top`, `bottom`): a legend of patterns and
/// words, then each row's label and bar, with values on the bars.
fn chart_body(chart: &Chart, top: f64, bottom: f64) -> (String, String) {
    let lang = chart.lang;
    let stacked = chart.rows.iter().any(|r| r.segments.len() > 1);
    let mut out = String::new();
    let mut y = top;
    let bar_w = W - 2.0 * PAD;
    if stacked {
        let mut x = PAD;
        let size = 22.0;
        y += size;
        for l in &chart.legend {
            let text = format!("{} ({})", l.label, chart.unit.count(l.value));
            let wdt = 36.0 + text_width(&text, size, false);
            if x + wdt > W - PAD && x > PAD {
                x = PAD;
                y += size * 1.5;
            }
            let _ = write!(
                out,
                r#"<rect x="{x}" y="{}" width="26" height="26" rx="3" fill="url(#m-{k})" stroke="{FG}" stroke-width="1"/><text x="{}" y="{y}" font-size="{size}" fill="{FG}">{}</text>"#,
                y - 21.0,
                x + 34.0,
                xml_escape(&text),
                k = xml_escape(&l.key),
            );
            x += wdt + 26.0;
        }
        y += 14.0;
    }
    let n = chart.rows.len().max(1) as f64;
    // Each row: a label line and a bar; as large as the box allows.
    let row_h = ((bottom - y) / n).min(100.0);
    let label_size = (row_h * 0.36).clamp(19.0, 28.0);
    let bar_h = (row_h - label_size * 1.45).clamp(14.0, 46.0);
    let value_size = (bar_h * 0.62).clamp(13.0, 26.0);
    for row in &chart.rows {
        let label = if row.segments.len() > 1 {
            format!(
                "{} — {}",
                row.label,
                charts::actions_unit(lang).count(row.total)
            )
        } else {
            row.label.clone()
        };
        let (size, lines) = fit(
            &label,
            &[label_size, label_size * 0.85, label_size * 0.75],
            false,
            bar_w,
            1,
        );
        let _ = write!(
            out,
            "{}",
            text_lines(
                &lines[..1.min(lines.len())],
                PAD,
                y + size,
                size,
                1.2,
                &format!(r#"fill="{FG}""#),
                None
            )
        );
        let by = y + label_size * 1.35;
        let _ = write!(
            out,
            r#"<rect x="{PAD}" y="{by}" width="{bar_w}" height="{bar_h}" fill="{PANEL}"/>"#
        );
        for seg in &row.segments {
            let sx = PAD + seg.x / 100.0 * bar_w;
            let sw = seg.width / 100.0 * bar_w;
            let _ = write!(
                out,
                r#"<rect x="{sx}" y="{by}" width="{sw}" height="{bar_h}" fill="url(#m-{})" stroke="white" stroke-width="2"/>"#,
                xml_escape(&seg.key),
            );
            let value = seg.value_text_in(row.segments.len() == 1, lang);
            let vw = text_width(&value, value_size, true);
            if vw + 10.0 <= sw {
                let _ = write!(
                    out,
                    r#"<text x="{}" y="{}" font-size="{value_size}" font-weight="700" text-anchor="middle" fill="white" stroke="{FG}" stroke-width="4" paint-order="stroke">{}</text>"#,
                    sx + sw / 2.0,
                    by + bar_h / 2.0 + value_size * 0.36,
                    xml_escape(&value)
                );
            } else if row.segments.len() == 1 {
                let _ = write!(
                    out,
                    r#"<text x="{}" y="{}" font-size="{value_size}" font-weight="700" fill="{FG}">{}</text>"#,
                    sx + sw + 8.0,
                    by + bar_h / 2.0 + value_size * 0.36,
                    xml_escape(&value)
                );
            }
        }
        y += row_h;
    }
    let defs = pattern_defs(
        chart.legend.iter().map(|l| l.key.as_str()).chain(
            chart
                .rows
                .iter()
                .flat_map(|r| r.segments.iter().map(|s| s.key.as_str())),
        ),
    );
    (out, defs)
}

/// A kicker line (what the page is) and a title in bold, as large as fits
/// between `top` and `bottom`.
fn heading(kicker: &str, title: &str, title_lang: Option<&str>, top: f64, bottom: f64) -> String {
    let width = W - 2.0 * PAD;
    let (ksize, klines) = fit(kicker, &[32.0, 28.0], false, width, 1);
    let mut out = text_lines(
        &klines,
        PAD,
        top + ksize,
        ksize,
        1.2,
        &format!(r#"fill="{MUTED}""#),
        None,
    );
    // A kicker too long for one line (a long axis title) takes two.
    let ttop = top + ksize + (klines.len().max(1) - 1) as f64 * ksize * 1.2 + 22.0;
    let avail = bottom - ttop;
    let sizes = [60.0, 54.0, 48.0, 43.0, 38.0, 34.0, 30.0];
    let mut chosen = None;
    for &size in &sizes {
        let max_lines = ((avail - size) / (size * 1.22) + 1.0).floor().max(1.0) as usize;
        let lines = wrap(title, size, true, width);
        if lines.len() <= max_lines && lines.iter().all(|l| text_width(l, size, true) <= width) {
            chosen = Some((size, lines));
            break;
        }
    }
    let (size, lines) = chosen.unwrap_or_else(|| (30.0, wrap(title, 30.0, true, width)));
    out.push_str(&text_lines(
        &lines,
        PAD,
        ttop + size,
        size,
        1.22,
        &format!(r#"font-weight="700" fill="{FG}""#),
        title_lang,
    ));
    out
}

/// Every card of the site: one per page of `pages`, then one per chart of
/// the overview in each language (`cartes/<lang>/graphique-<id>.png`).
pub fn cards(s: &Snapshot, report: Option<&Report>, pages: &[Page]) -> Vec<Card> {
    let mut out: Vec<Card> = pages.iter().map(|p| page_card(s, report, p)).collect();
    let stats = Stats::compute(s, &s.commitments);
    for lang in Lang::ALL {
        for chart in [
            charts::status_chart_in(s, &stats, lang),
            charts::calendar_chart_in(s, &stats, lang),
            charts::axis_chart_in(s, &stats, lang),
        ] {
            out.push(chart_card(s, &chart));
        }
    }
    out
}

/// The file of a chart's card: `cartes/fr/graphique-statuts.png`.
pub fn chart_card_file(lang: Lang, chart_id: &str) -> String {
    format!("{CARDS_DIR}{}/graphique-{chart_id}.png", lang.code())
}

fn chart_card(s: &Snapshot, chart: &Chart) -> Card {
    let lang = chart.lang;
    let t = lang.texts();
    let (ksize, klines) = fit(
        &fill(t.chart_alone_title, &[("title", &chart.title)]),
        &[34.0, 30.0, 26.0],
        true,
        W - 2.0 * PAD,
        1,
    );
    let mut body = text_lines(
        &klines,
        PAD,
        96.0 + 24.0 + ksize,
        ksize,
        1.2,
        &format!(r#"font-weight="700" fill="{FG}""#),
        None,
    );
    let (bars, defs) = chart_body(chart, 96.0 + 24.0 + ksize + 16.0, H - 70.0 - 18.0);
    body.push_str(&bars);
    Card {
        file: chart_card_file(lang, chart.id),
        svg: frame(lang, s, &body, &defs),
        alt: format!(
            "{SITE} · {}. {} {}",
            chart.title,
            chart.summary,
            plan_core::embed::attribution_in(&s.source, lang)
        ),
    }
}

fn page_card(s: &Snapshot, report: Option<&Report>, page: &Page) -> Card {
    let lang = page.lang();
    let t = lang.texts();
    let route = page.route();
    let attribution = plan_core::embed::attribution_in(&s.source, lang);
    let top = 96.0 + 28.0;
    let bottom = H - 70.0 - 24.0;
    let commitment = route
        .strip_prefix("engagements/")
        .and_then(|n| n.trim_end_matches('/').parse::<u32>().ok())
        .and_then(|n| lookup::commitment_by_number(s, n));
    let chapter = route
        .strip_prefix("rapport/")
        .map(|id| id.trim_end_matches('/'))
        .filter(|id| !id.is_empty())
        .and_then(|id| report.and_then(|r| r.chapters.iter().find(|c| c.id == id)));
    let (body, defs, alt) = if route.is_empty() {
        let stats = Stats::compute(s, &s.commitments);
        let chart = charts::status_chart_in(s, &stats, lang);
        let head = heading(&chart.title, &s.plan.title, Some("fr"), top, top + 150.0);
        let (bars, defs) = chart_body(&chart, top + 175.0, bottom);
        (
            format!("{head}{bars}"),
            defs,
            format!("{SITE} · {}. {} {attribution}", s.plan.title, chart.summary),
        )
    } else if let Some(c) = commitment {
        let number = c.number.to_string();
        let kicker_full = fill(t.commitment_link_label, &[("n", &number), ("title", "")]);
        let kicker_n = kicker_full
            .trim_end_matches([' ', ':', '\u{a0}'])
            .to_owned();
        let axis = lookup::axis_of(s, c)
            .map(|a| {
                fill(
                    t.axis_line,
                    &[("n", &a.number.to_string()), ("title", &a.title)],
                )
            })
            .unwrap_or_default();
        let kicker = if axis.is_empty() {
            kicker_n.clone()
        } else {
            format!("{kicker_n} · {axis}")
        };
        let status_label = lookup::printed_status_in(s, c.status, &c.status_label, lang);
        let calendar_label = lookup::calendar_label_in(s, c.calendar, lang);
        let status_line = format!("{}{} {status_label}", t.fact_status, colon(lang));
        let calendar_line = format!("{}{} {calendar_label}", t.fact_calendar, colon(lang));
        let st_colour = series_colour(&format!("st-{}", c.status.as_str()));
        let cal_colour = series_colour(&format!("cal-{}", c.calendar.as_str()));
        let size = 30.0;
        let st_w = text_width(&status_line, size, true);
        let cal_w = text_width(&calendar_line, size, true);
        // Status and calendar side by side, or one above the other.
        let one_row = PAD + 44.0 + st_w + 48.0 + 44.0 + cal_w <= W - PAD;
        let cal_y = bottom - 6.0;
        let (st_y, cal_x) = if one_row {
            (cal_y, PAD + 44.0 + st_w + 48.0)
        } else {
            (cal_y - 46.0, PAD)
        };
        let badges_y = st_y;
        let head = heading(&kicker, &c.title, Some("fr"), top, badges_y - 62.0);
        let body = format!(
            concat!(
                "{head}",
                r#"<rect x="{x0}" y="{ry}" width="{w}" height="1.5" fill="rgb(213,216,222)"/>"#,
                "{st_icon}",
                r#"<text x="{st_x}" y="{ty}" font-size="{size}" font-weight="700" fill="{st_colour}">{st}</text>"#,
                "{cal_icon}",
                r#"<text x="{cal_tx}" y="{cal_y}" font-size="{size}" font-weight="700" fill="{cal_colour}">{cal}</text>"#,
            ),
            head = head,
            x0 = PAD,
            ry = badges_y - 44.0,
            w = W - 2.0 * PAD,
            st_icon = status_icon(c.status, PAD + 16.0, badges_y - 10.0, 15.0),
            st_x = PAD + 44.0,
            ty = badges_y,
            size = size,
            st_colour = st_colour,
            st = xml_escape(&status_line),
            cal_icon = calendar_icon(c.calendar, cal_x + 16.0, cal_y - 10.0, 14.0),
            cal_y = cal_y,
            cal_tx = cal_x + 44.0,
            cal_colour = cal_colour,
            cal = xml_escape(&calendar_line),
        );
        (
            body,
            String::new(),
            format!(
                "{SITE} · {kicker}. {}. {status_line}. {calendar_line}. {attribution}",
                c.title
            ),
        )
    } else if let Some(ch) = chapter {
        let head = heading(t.nav_report, &ch.heading(), Some("fr"), top, bottom);
        (
            head,
            String::new(),
            format!("{SITE} · {}. {}. {attribution}", t.nav_report, ch.heading()),
        )
    } else {
        // Institutions, the report's contents, about: the page's title and
        // what it says.
        let title = page
            .title
            .strip_suffix(&format!(" · {SITE}"))
            .unwrap_or(&page.title)
            .to_owned();
        let kicker = t.site_subtitle;
        let (dsize, dlines) = fit(
            &page.description,
            &[28.0, 25.0, 22.0],
            false,
            W - 2.0 * PAD,
            3,
        );
        let dtop = bottom - dsize * 1.3 * (dlines.len().max(1) as f64 - 1.0);
        let head = heading(kicker, &title, None, top, dtop - dsize - 30.0);
        let desc = text_lines(
            &dlines,
            PAD,
            dtop,
            dsize,
            1.3,
            &format!(r#"fill="{MUTED}""#),
            None,
        );
        (
            format!("{head}{desc}"),
            String::new(),
            format!("{SITE} · {title}. {}", page.description),
        )
    };
    Card {
        file: card_file(page),
        svg: frame(lang, s, &body, &defs),
        alt,
    }
}

/// The colon of a label in each language's typography.
fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "\u{a0}:",
        Lang::En => ":",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_wrap_within_the_width_and_keep_every_word() {
        let text = "Engager de nouvelles collaborations avec la société civile afin de développer des solutions innovantes";
        let lines = wrap(text, 50.0, true, 700.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| text_width(l, 50.0, true) <= 700.0));
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn the_font_draws_french_and_english() {
        assert!(
            missing_glyphs("Œuvre « à » l’été — ÀÉÈÊËÎÏÔÙÛÜŸÇ àéèêëîïôùûüÿçœæ’ € %").is_empty()
        );
        assert_eq!(missing_glyphs("漢"), vec!['漢']);
    }

    #[test]
    fn a_card_is_a_1200_by_630_png() {
        let s = plan_core::fixture::snapshot();
        let pages = crate::pages::all_pages(&s, None);
        let cards = cards(&s, None, &pages[..2]);
        assert_eq!(cards.len(), 2 + 6);
        let painter = Painter::new();
        for card in [&cards[0], &cards[1], &cards[2]] {
            let png = painter.png(card).unwrap();
            assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
            assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), 1200);
            assert_eq!(u32::from_be_bytes(png[20..24].try_into().unwrap()), 630);
            assert!(!card.alt.is_empty());
        }
        assert_eq!(cards[1].file, "cartes/fr/engagements-1.png");
        assert!(
            cards[1].svg.contains(&xml_escape(&s.commitments[0].title))
                || cards[1].svg.contains("<tspan")
        );
    }
}
