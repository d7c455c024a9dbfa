//! Drawing charts. The data of every chart (rows, segments, summary, table)
//! comes from `plan_core::charts`; this module only turns a `Chart` into SVG
//! and HTML, so every chart of the app looks and behaves the same.

pub mod bar_chart;
pub mod chart_alone;
