//! The report's own text (`data/report.json`), fetched only when a page first
//! needs it (a chapter, the table of contents, a search, a contribution
//! link), once, with the snapshot's care: a timeout, a size limit, French
//! errors and a retry. It is checked with `plan_core::report::load_report`,
//! then against the loaded plan (`check_against_plan`).
//!
//! [`ReportStore`] is provided by `app::Loaded`; pages call
//! [`ReportStore::request`] and draw [`ReportStore::state`].

use std::sync::{Arc, OnceLock};

use leptos::prelude::*;
use plan_core::i18n::fill;
use plan_core::report::{Report, ReportIndex};

use crate::data::{FetchError, Plan};

/// Refuse a report file larger than this. The real one is about 113 KB.
pub const MAX_REPORT_BYTES: usize = 8 * 1024 * 1024;

/// The loaded report and what is computed from it once.
pub struct ReportData {
    pub report: Report,
    /// Folded text of every section, built by the first search.
    index: OnceLock<ReportIndex>,
}

impl ReportData {
    pub fn new(report: Report) -> ReportData {
        ReportData {
            report,
            index: OnceLock::new(),
        }
    }

    /// The search index of the report's sections.
    pub fn index(&self) -> &ReportIndex {
        self.index.get_or_init(|| ReportIndex::new(&self.report))
    }
}

/// Why the report could not be shown: a fetch error with the report's own
/// wording where the snapshot's would mislead.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportError(pub FetchError);

impl ReportError {
    pub fn kind(&self) -> &'static str {
        self.0.kind()
    }

    pub fn title(&self) -> String {
        let t = crate::lang::texts();
        match &self.0 {
            FetchError::Network | FetchError::Timeout => fill(
                t.report_err_fetch,
                &[("reason", &lower_first(&self.0.title()))],
            ),
            FetchError::Http(code) => fill(t.report_err_http, &[("code", &code.to_string())]),
            FetchError::TooLarge(_) => t.report_err_too_large_title.into(),
            FetchError::Invalid { .. } => t.report_err_invalid_title.into(),
        }
    }

    pub fn detail(&self) -> String {
        let t = crate::lang::texts();
        match &self.0 {
            FetchError::Http(404) => t.report_err_404_detail.into(),
            FetchError::TooLarge(_) => fill(
                t.report_err_too_large_detail,
                &[("max", &(MAX_REPORT_BYTES / (1024 * 1024)).to_string())],
            ),
            FetchError::Invalid { message, .. } => {
                fill(t.err_invalid_detail, &[("message", message)])
            }
            other => other.detail(),
        }
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Where the report is: not asked for yet, on its way, loaded, or failed.
#[derive(Clone)]
pub enum ReportState {
    Idle,
    Loading,
    Ready(Arc<ReportData>),
    Failed(ReportError),
}

impl ReportState {
    /// Whether a page waiting for the report can be drawn (loaded or failed).
    pub fn is_settled(&self) -> bool {
        matches!(self, ReportState::Ready(_) | ReportState::Failed(_))
    }
}

/// The report for every page; cheap to copy.
#[derive(Clone, Copy)]
pub struct ReportStore {
    state: RwSignal<ReportState>,
    plan: StoredValue<Plan>,
    url: StoredValue<String>,
}

impl ReportStore {
    /// Nothing is fetched until a page asks ([`ReportStore::request`]),
    /// unless the report is given (`loaded`: the build has it).
    pub fn new(plan: Plan, url: String, loaded: Option<Arc<ReportData>>) -> ReportStore {
        ReportStore {
            state: RwSignal::new(loaded.map_or(ReportState::Idle, ReportState::Ready)),
            plan: StoredValue::new(plan),
            url: StoredValue::new(url),
        }
    }

    /// Starts loading the report unless it is loaded or on its way.
    pub fn request(self) {
        if matches!(self.state.get_untracked(), ReportState::Idle) {
            self.load();
        }
    }

    /// On the first view, keeps the static page until the report is loaded
    /// or failed: the build drew what depends on it (a contribution link,
    /// chapter links), and the app's page must not be shorter at the swap.
    pub fn hold_first_view(self) {
        let stage = crate::startup::use_stage();
        if !stage.is_over() && !self.state_untracked().is_settled() {
            stage.hold(move || self.is_settled());
        }
    }

    /// Loads it anew after a failure.
    pub fn retry(self) {
        if matches!(self.state.get_untracked(), ReportState::Failed(_)) {
            self.load();
        }
    }

    fn load(self) {
        self.state.set(ReportState::Loading);
        let url = self.url.get_value();
        let plan = self.plan.get_value();
        leptos::task::spawn_local(async move {
            crate::perf::mark("report:fetch-start");
            let result = fetch_report(&url, &plan).await;
            crate::perf::mark("report:loaded");
            self.state.set(match result {
                Ok(data) => ReportState::Ready(Arc::new(data)),
                Err(e) => ReportState::Failed(e),
            });
        });
    }

    /// The current state (tracked).
    pub fn state(self) -> ReportState {
        self.state.get()
    }

    /// The current state, untracked.
    pub fn state_untracked(self) -> ReportState {
        self.state.get_untracked()
    }

    /// The report once loaded (tracked).
    pub fn ready(self) -> Option<Arc<ReportData>> {
        self.state.with(|s| match s {
            ReportState::Ready(r) => Some(r.clone()),
            _ => None,
        })
    }

    /// Whether it is loaded or failed (tracked).
    pub fn is_settled(self) -> bool {
        self.state.with(ReportState::is_settled)
    }
}

/// The store provided by `app::Loaded`.
pub fn use_report() -> ReportStore {
    expect_context::<ReportStore>()
}

async fn fetch_report(url: &str, plan: &Plan) -> Result<ReportData, ReportError> {
    let bytes = crate::data::fetch_file(url, MAX_REPORT_BYTES)
        .await
        .map_err(ReportError)?;
    crate::startup::yield_now().await;
    let invalid = |e: plan_core::report::ReportLoadError| {
        ReportError(FetchError::Invalid {
            kind: e.kind(),
            message: e.message(crate::lang::current()),
        })
    };
    let report = plan_core::report::load_report(&bytes).map_err(invalid)?;
    plan_core::report::check_against_plan(&report, &plan.snapshot).map_err(invalid)?;
    Ok(ReportData {
        report,
        index: OnceLock::new(),
    })
}
