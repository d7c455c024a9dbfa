//! One module per route; each exports one page component named after it.

pub mod about;
pub mod commitment;
pub mod institution;
pub mod institutions;
pub mod not_found;
pub mod overview;
pub mod report_chapter;
pub mod report_contents;
