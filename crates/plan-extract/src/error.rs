//! Errors of the extractor: where in the report, what was expected, what was found.
//!
//! Messages follow ripgrep's habit of quoting the offending value and saying
//! where it is, so a change in the report is fixed by reading one line:
//! `line 729: expected 'Enjeux :', found 'Institutions porteuses'`.

use std::fmt;

/// Longest excerpt of a report line quoted in a message; report lines can be
/// several kilobytes long and the start is enough to find them.
const QUOTE_MAX_CHARS: usize = 80;

/// Why the report (or the corrections file) could not be turned into a snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The report does not have the expected shape at a given line (1-based).
    Report {
        line: usize,
        expected: String,
        /// `None` at the end of the file.
        found: Option<String>,
    },
    /// `corrections.toml` is malformed or no longer matches the report.
    Corrections(String),
    /// Reading the input or writing the output failed.
    Io(String),
    /// What was extracted fails the app's own checks (a bug of the extractor).
    Output(String),
}

impl Error {
    /// An error at a report line, quoting (the start of) what is there.
    pub fn at(line: usize, expected: impl Into<String>, found: &str) -> Error {
        Error::Report {
            line,
            expected: expected.into(),
            found: Some(found.to_string()),
        }
    }

    /// An error where the report ended too early.
    pub fn eof(line: usize, expected: impl Into<String>) -> Error {
        Error::Report {
            line,
            expected: expected.into(),
            found: None,
        }
    }

    /// The report line the error points at, if any.
    pub fn line(&self) -> Option<usize> {
        match self {
            Error::Report { line, .. } => Some(*line),
            _ => None,
        }
    }
}

/// Shortens a long line for a message, on a character boundary.
fn excerpt(s: &str) -> String {
    let s = s.replace('\t', "\\t");
    if s.chars().count() <= QUOTE_MAX_CHARS {
        s
    } else {
        let cut: String = s.chars().take(QUOTE_MAX_CHARS).collect();
        format!("{cut}…")
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Report {
                line,
                expected,
                found: Some(found),
            } => write!(
                f,
                "line {line}: expected {expected}, found '{}'",
                excerpt(found)
            ),
            Error::Report {
                line,
                expected,
                found: None,
            } => write!(f, "line {line}: expected {expected}, found end of file"),
            Error::Corrections(msg) => write!(f, "corrections.toml: {msg}"),
            Error::Io(msg) | Error::Output(msg) => f.write_str(msg),
        }
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;
