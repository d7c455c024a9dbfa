//! The corrections file: readings of the report that code cannot infer.
//!
//! `corrections.toml` is compiled into the extractor (so a snapshot depends only
//! on the report and the extractor's source). Every entry names the report line
//! it applies to, the text printed there, and why. An entry whose text is no
//! longer on its line, or that nothing used, is an error: the file can neither
//! rot nor grow silently.

use std::cell::RefCell;
use std::collections::BTreeSet;

use plan_core::StatusCode;
use serde::Deserialize;

use crate::error::{Error, Result};

/// The corrections compiled into this build.
pub const BUILTIN: &str = include_str!("../corrections.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Corrections {
    /// Status labels outside the vocabulary, with the status they mean.
    #[serde(default)]
    pub status_label: Vec<StatusLabel>,
    /// Printed institution names that stand for another printed name.
    #[serde(default)]
    pub institution_alias: Vec<InstitutionAlias>,
    /// Abbreviations used as row labels of a table organised by institution.
    #[serde(default)]
    pub actor: Vec<Actor>,
    /// "Contributions associées" lines not in the `#1, #2` form.
    #[serde(default)]
    pub contributions: Vec<Contributions>,
    /// Lines that continue, across a page break, the block printed before it.
    #[serde(default)]
    pub continuation: Vec<Continuation>,
    /// Unheaded sections after a results table that are the commitment's story.
    #[serde(default)]
    pub story: Vec<Story>,
    /// Lines of the report chapters that look like a heading but are text.
    #[serde(default)]
    pub not_heading: Vec<NotHeading>,
    /// Table-of-contents entries whose heading the body prints differently.
    #[serde(default)]
    pub toc_heading: Vec<TocHeading>,
    /// Headings printed before text that is not theirs.
    #[serde(default)]
    pub section_start: Vec<SectionStart>,
    /// Which entries were used, to report the unused ones.
    #[serde(skip)]
    used: RefCell<BTreeSet<(&'static str, usize)>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusLabel {
    pub line: usize,
    pub printed: String,
    pub status: StatusCode,
    pub reason: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstitutionAlias {
    pub line: usize,
    pub printed: String,
    /// Another name printed in an "Institutions porteuses" list.
    pub institution: String,
    pub reason: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub line: usize,
    pub printed: String,
    /// A name printed in the commitment's "Institutions porteuses" list.
    pub institution: String,
    pub reason: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contributions {
    pub line: usize,
    pub printed: String,
    pub count: u32,
    pub reason: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Continuation {
    pub line: usize,
    /// The start of the line, enough to recognise it.
    pub starts_with: String,
    pub reason: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Story {
    pub line: usize,
    /// The heading line that starts the story.
    pub printed: String,
    pub reason: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotHeading {
    pub line: usize,
    pub printed: String,
    pub reason: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TocHeading {
    /// The entry's title in the table of contents.
    pub toc: String,
    /// The line that starts the entry's section, and its text.
    pub line: usize,
    pub printed: String,
    pub reason: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionStart {
    /// The heading's line and text.
    pub line: usize,
    pub printed: String,
    /// The line where the heading's own text starts; the lines between are
    /// the previous section's.
    pub starts_at: usize,
    pub reason: String,
}

impl Corrections {
    /// Parses a corrections file.
    pub fn parse(src: &str) -> Result<Corrections> {
        toml::from_str(src).map_err(|e| Error::Corrections(e.to_string()))
    }

    /// The corrections compiled into this build.
    pub fn builtin() -> Corrections {
        Corrections::parse(BUILTIN).expect("the built-in corrections.toml parses")
    }

    /// The text of the built-in corrections file.
    pub fn builtin_source() -> &'static str {
        BUILTIN
    }

    /// No corrections at all (for tests of the general rules).
    pub fn none() -> Corrections {
        Corrections::parse("").expect("empty TOML parses")
    }

    fn mark(&self, kind: &'static str, line: usize) {
        self.used.borrow_mut().insert((kind, line));
    }

    /// The status a label printed on `line` means, if corrected.
    pub fn status_label(&self, line: usize, printed: &str) -> Option<StatusCode> {
        let e = self
            .status_label
            .iter()
            .find(|e| e.line == line && e.printed == printed)?;
        self.mark("status_label", e.line);
        Some(e.status)
    }

    /// The printed name `printed` (line `line`) stands for, if corrected.
    pub fn institution_alias(&self, line: usize, printed: &str) -> Option<&str> {
        let e = self
            .institution_alias
            .iter()
            .find(|e| e.line == line && e.printed == printed)?;
        self.mark("institution_alias", e.line);
        Some(&e.institution)
    }

    /// The institution name an abbreviated row label stands for, if listed.
    pub fn actor(&self, line: usize, printed: &str) -> Option<&str> {
        let e = self
            .actor
            .iter()
            .find(|e| e.line == line && e.printed == printed)?;
        self.mark("actor", e.line);
        Some(&e.institution)
    }

    /// The contribution count of a line not in the usual form, if corrected.
    pub fn contributions(&self, line: usize, printed: &str) -> Option<u32> {
        let e = self
            .contributions
            .iter()
            .find(|e| e.line == line && e.printed == printed)?;
        self.mark("contributions", e.line);
        Some(e.count)
    }

    /// Line numbers of page-break continuations whose text matches the entry.
    /// Checked against `text_of` so a shifted report cannot join wrong lines.
    pub fn continuations(
        &self,
        text_of: impl Fn(usize) -> Option<String>,
    ) -> Result<BTreeSet<usize>> {
        let mut out = BTreeSet::new();
        for e in &self.continuation {
            match text_of(e.line) {
                Some(t) if t.starts_with(&e.starts_with) => {
                    out.insert(e.line);
                }
                found => {
                    return Err(Error::Corrections(format!(
                        "continuation entry for line {} expects a line starting with '{}', the report has '{}'",
                        e.line,
                        e.starts_with,
                        found.unwrap_or_default()
                    )))
                }
            }
        }
        Ok(out)
    }

    /// Records that a continuation entry was applied.
    pub fn used_continuation(&self, line: usize) {
        self.mark("continuation", line);
    }

    /// Whether `line` (printed `printed`) starts a story by correction.
    pub fn story(&self, line: usize, printed: &str) -> bool {
        let found = self
            .story
            .iter()
            .any(|e| e.line == line && e.printed == printed.trim_end());
        if found {
            self.mark("story", line);
        }
        found
    }

    /// Whether `line` (printed `printed`) is text although it looks like a heading.
    pub fn not_heading(&self, line: usize, printed: &str) -> bool {
        let found = self
            .not_heading
            .iter()
            .any(|e| e.line == line && e.printed == printed.trim_end());
        if found {
            self.mark("not_heading", line);
        }
        found
    }

    /// The table-of-contents title whose section starts at `line` (printed
    /// `printed`), if corrected.
    pub fn toc_heading(&self, line: usize, printed: &str) -> Option<&str> {
        let e = self
            .toc_heading
            .iter()
            .find(|e| e.line == line && e.printed == printed.trim_end())?;
        self.mark("toc_heading", e.line);
        Some(&e.toc)
    }

    /// The line where the text of the heading at `line` starts, if corrected.
    pub fn section_start(&self, line: usize, printed: &str) -> Option<usize> {
        let e = self
            .section_start
            .iter()
            .find(|e| e.line == line && e.printed == printed.trim_end())?;
        self.mark("section_start", e.line);
        Some(e.starts_at)
    }

    /// Fails on the first entry that was never applied: its line or text no
    /// longer matches the report.
    pub fn check_all_used(&self) -> Result<()> {
        let used = self.used.borrow();
        let entries = self
            .status_label
            .iter()
            .map(|e| ("status_label", e.line, e.printed.as_str()))
            .chain(
                self.institution_alias
                    .iter()
                    .map(|e| ("institution_alias", e.line, e.printed.as_str())),
            )
            .chain(
                self.actor
                    .iter()
                    .map(|e| ("actor", e.line, e.printed.as_str())),
            )
            .chain(
                self.contributions
                    .iter()
                    .map(|e| ("contributions", e.line, e.printed.as_str())),
            )
            .chain(
                self.continuation
                    .iter()
                    .map(|e| ("continuation", e.line, e.starts_with.as_str())),
            )
            .chain(
                self.story
                    .iter()
                    .map(|e| ("story", e.line, e.printed.as_str())),
            )
            .chain(
                self.not_heading
                    .iter()
                    .map(|e| ("not_heading", e.line, e.printed.as_str())),
            )
            .chain(
                self.toc_heading
                    .iter()
                    .map(|e| ("toc_heading", e.line, e.printed.as_str())),
            )
            .chain(
                self.section_start
                    .iter()
                    .map(|e| ("section_start", e.line, e.printed.as_str())),
            );
        for (kind, line, printed) in entries {
            if !used.contains(&(kind, line)) {
                return Err(Error::Corrections(format!(
                    "[[{kind}]] entry for line {line} ('{printed}') matches nothing in the report"
                )));
            }
        }
        Ok(())
    }
}
