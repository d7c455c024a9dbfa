//! Loading the snapshot: fetch `data/plan.json` under the app root, check it
//! with `plan-core`, and turn every way it can fail into a French sentence.

use std::sync::{Arc, Mutex, OnceLock};

use plan_core::filter::FacetTable;
use plan_core::i18n::fill;
use plan_core::search::{IndexBuilder, SearchIndex};
use plan_core::Snapshot;
use wasm_bindgen::{closure::Closure, JsCast};

/// Give up on a server that does not answer after this long, so the user sees
/// a message instead of an endless spinner. The real snapshot (about 240 KB)
/// arrives well within it even on a slow mobile connection.
const TIMEOUT_MS: i32 = 10_000;

/// `localStorage` key of the raw bytes of the last snapshot that loaded and
/// validated, offered when a later load fails.
pub const SAVED_KEY: &str = "plan-ouvert:last-good";

/// Refuse snapshots larger than this. The real one is about 240 KB; a plan of
/// 5,000 commitments with texts as long as the report's weighs about 41 MB and
/// must still load (`plan-synth`, the scale benchmark). Beyond 64 MiB the file is
/// a mistake or an attack that would freeze a phone.
pub const MAX_BYTES: usize = 64 * 1024 * 1024;

/// Largest snapshot kept in `localStorage`. Browsers give a site about 5 MB
/// there (counted in UTF-16 code units, so ~2.5 MB of ASCII JSON at best), and
/// writing a larger text fails only after copying it: a big snapshot is not
/// kept, it would cost time for nothing.
pub const MAX_SAVED_BYTES: usize = 2 * 1024 * 1024;

/// Everything the pages need, computed once per loaded snapshot.
pub struct PlanData {
    pub snapshot: Snapshot,
    /// Folded text of every commitment, built once so a keystroke only scans.
    /// Only a search needs it: it is built after the first page is drawn, in
    /// short steps ([`build_index_in_background`]), or at once by the first
    /// search that comes before the end ([`PlanData::index`]).
    index: OnceLock<SearchIndex>,
    building: Mutex<IndexBuilder>,
    /// Every commitment's facet options as integers, built by the first count
    /// (the overview's first render), so a keystroke compares numbers, not ids.
    facets: OnceLock<FacetTable>,
    /// The file's bytes as loaded: the JSON download is cut from them
    /// (`plan_core::export::subset_json`), so the model needs no `Serialize`.
    /// Kept as bytes: checking 41 MB of UTF-8 again (5,000 commitments) would
    /// delay the first page; `raw_text` does it when a download asks.
    raw: Vec<u8>,
}

/// Commitments indexed per step of the background build (~2 ms of work in the
/// browser for report-length texts).
const INDEX_STEP: usize = 25;

/// Time a background task spends on index steps before it yields, so input
/// and drawing stay responsive during the build. Steps run in as few tasks as
/// this allows: each `setTimeout` after the fifth nested one waits at least
/// 4 ms, and one task per step spent ~0.1 s of the build waiting at 5,000
/// commitments.
const INDEX_SLICE_MS: f64 = 20.0;

impl PlanData {
    /// The text the snapshot was loaded from (it loaded, so it is UTF-8).
    pub fn raw_text(&self) -> &str {
        std::str::from_utf8(&self.raw).unwrap_or_default()
    }

    /// The search index, finishing its build now if it is not done.
    pub fn index(&self) -> &SearchIndex {
        self.index.get_or_init(|| {
            let builder = std::mem::take(&mut *self.lock_builder());
            let index = builder.finish(&self.snapshot);
            crate::perf::mark("plan:indexed");
            index
        })
    }

    /// The facet table of the snapshot (filtering and counts).
    pub fn facets(&self) -> &FacetTable {
        self.facets.get_or_init(|| FacetTable::new(&self.snapshot))
    }

    /// Whether the search index is complete.
    pub fn index_is_built(&self) -> bool {
        self.index.get().is_some()
    }

    /// Builds one more step of the index; returns whether it is complete.
    fn build_step(&self) -> bool {
        if self.index.get().is_some() {
            return true;
        }
        let done = self.lock_builder().step(&self.snapshot, INDEX_STEP);
        if done {
            self.index();
        }
        done
    }

    fn lock_builder(&self) -> std::sync::MutexGuard<'_, IndexBuilder> {
        self.building
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// The loaded plan, for any component under `app::Loaded` (which provides it).
pub fn use_plan() -> Plan {
    leptos::prelude::expect_context::<Plan>()
}

/// Builds the search index of `plan` in steps of [`INDEX_STEP`] commitments,
/// in tasks of about [`INDEX_SLICE_MS`], so the page stays responsive
/// meanwhile; then calls `done`.
pub fn build_index_in_background(plan: Plan, done: impl FnOnce() + 'static) {
    leptos::prelude::set_timeout(
        move || {
            let start = web_sys::js_sys::Date::now();
            loop {
                if plan.build_step() {
                    return done();
                }
                if web_sys::js_sys::Date::now() - start >= INDEX_SLICE_MS {
                    return build_index_in_background(plan, done);
                }
            }
        },
        std::time::Duration::ZERO,
    );
}

/// Shared, cheaply cloned handle given to every page through context.
pub type Plan = Arc<PlanData>;

/// Why the snapshot could not be shown.
#[derive(Debug, Clone, PartialEq)]
pub enum FetchError {
    /// The request never reached a server (offline, DNS, CORS, blocked).
    Network,
    /// No answer within [`TIMEOUT_MS`].
    Timeout,
    /// The server answered with an error status.
    Http(u16),
    /// The answer is larger than [`MAX_BYTES`]: its announced size, or `None`
    /// when it announced none and reading stopped at the limit.
    TooLarge(Option<usize>),
    /// The answer is not a valid snapshot; `kind` is `LoadError::kind()` and
    /// `message` its French sentence.
    Invalid { kind: &'static str, message: String },
}

impl FetchError {
    /// Short stable code, used by tests and as a `data-kind` attribute.
    pub fn kind(&self) -> &'static str {
        // Invalid snapshots report the loader's finer code (`json`, `schema_version`…)
        // through `detail_kind`; the top-level kind stays coarse for the UI.
        match self {
            FetchError::Network => "network",
            FetchError::Timeout => "timeout",
            FetchError::Http(_) => "http",
            FetchError::TooLarge(_) => "too_large",
            FetchError::Invalid { .. } => "invalid",
        }
    }

    /// The loader's own error code for an invalid snapshot, if any.
    pub fn detail_kind(&self) -> Option<&'static str> {
        match self {
            FetchError::Invalid { kind, .. } => Some(kind),
            _ => None,
        }
    }

    /// Headline for the user.
    pub fn title(&self) -> String {
        let t = crate::lang::texts();
        match self {
            FetchError::Network => t.err_network_title.into(),
            FetchError::Timeout => t.err_timeout_title.into(),
            FetchError::Http(code) => fill(t.err_http_title, &[("code", &code.to_string())]),
            FetchError::TooLarge(_) => t.err_too_large_title.into(),
            FetchError::Invalid { .. } => t.err_invalid_title.into(),
        }
    }

    /// What happened and what to do, in one or two sentences.
    pub fn detail(&self) -> String {
        let t = crate::lang::texts();
        match self {
            FetchError::Network => t.err_network_detail.into(),
            FetchError::Timeout => fill(
                t.err_timeout_detail,
                &[("seconds", &(TIMEOUT_MS / 1000).to_string())],
            ),
            FetchError::Http(404) => t.err_404_detail.into(),
            FetchError::Http(code) if *code >= 500 => t.err_5xx_detail.into(),
            FetchError::Http(_) => t.err_http_detail.into(),
            FetchError::TooLarge(size) => {
                let max = (MAX_BYTES / (1024 * 1024)).to_string();
                let what = match size {
                    Some(n) => fill(
                        t.err_too_large_size,
                        &[("size", &(n / (1024 * 1024)).to_string()), ("max", &max)],
                    ),
                    None => fill(t.err_too_large_unknown, &[("max", &max)]),
                };
                fill(t.err_too_large_detail, &[("what", &what)])
            }
            // `message` is plan_core::load's sentence, in the page's language.
            FetchError::Invalid { message, .. } => {
                fill(t.err_invalid_detail, &[("message", message)])
            }
        }
    }
}

/// Fetches and checks the snapshot at `url`; a good one is kept on this device
/// (see [`saved_plan`]).
pub async fn fetch_plan(url: String) -> Result<Plan, FetchError> {
    // The mount of the app was this task's work; reading the answer is the next's.
    crate::startup::yield_now().await;
    crate::perf::mark("plan:fetch-start");
    let bytes = fetch_bytes(&url).await?;
    crate::perf::mark("plan:fetched");
    // Parsing and the first view each get a task of their own (startup.rs).
    crate::startup::yield_now().await;
    let snapshot = parse(&bytes)?;
    crate::perf::mark("plan:parsed");
    crate::startup::yield_now().await;
    // Writing ~240 KB to localStorage blocks for tens of milliseconds on a
    // slow phone: done in a later task, after the first page is drawn. A
    // snapshot too large to keep is not copied for it (41 MB at 5,000
    // commitments).
    let keep = (bytes.len() <= MAX_SAVED_BYTES).then(|| bytes.clone());
    leptos::prelude::set_timeout(
        move || {
            match &keep {
                Some(bytes) => save_last_good(bytes),
                None => forget_saved(),
            }
            crate::perf::mark("plan:saved");
        },
        std::time::Duration::ZERO,
    );
    Ok(plan_of(snapshot, bytes))
}

/// `bytes` are the file `snapshot` was loaded from.
pub fn plan_of(snapshot: Snapshot, bytes: Vec<u8>) -> Plan {
    Arc::new(PlanData {
        snapshot,
        index: OnceLock::new(),
        building: Mutex::new(IndexBuilder::new()),
        facets: OnceLock::new(),
        raw: bytes,
    })
}

/// The last good snapshot kept on this device, if there is one and it still
/// loads and validates (storage can be edited by hand, or hold a snapshot of an
/// older format after an update of the app).
pub fn saved_plan() -> Option<Plan> {
    let text = local_storage()?.get_item(SAVED_KEY).ok()??;
    let snapshot = plan_core::load::load_snapshot(text.as_bytes()).ok()?;
    Some(plan_of(snapshot, text.into_bytes()))
}

/// Keeps the raw bytes of a snapshot that just validated. Best effort: private
/// browsing, a full quota or disabled storage only lose the fallback. The
/// caller (`fetch_plan`) sends snapshots over [`MAX_SAVED_BYTES`] to
/// [`forget_saved`] instead (they would not fit the ~5 MB quota).
fn save_last_good(bytes: &[u8]) {
    if let (Some(storage), Ok(text)) = (local_storage(), std::str::from_utf8(bytes)) {
        let _ = storage.set_item(SAVED_KEY, text);
    }
}

/// Drops the saved copy: after loading a snapshot too large to keep, an older
/// copy must not be offered in its place.
fn forget_saved() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(SAVED_KEY);
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    // `local_storage()` is an error where storage is forbidden (sandboxed
    // iframe, some privacy settings), not only absent.
    web_sys::window()?.local_storage().ok()?
}

fn parse(bytes: &[u8]) -> Result<Snapshot, FetchError> {
    plan_core::load::load_snapshot(bytes).map_err(|e| FetchError::Invalid {
        kind: e.kind(),
        message: e.message(crate::lang::current()),
    })
}

/// The snapshot request `index.html`'s inline script started before the app
/// (`window.planOuvertSnapshot = {url, answer, abort}`), taken once, and only
/// if it asked for `url`: a retry, or another address, fetches anew.
struct EarlyFetch {
    answer: web_sys::js_sys::Promise,
    abort: web_sys::js_sys::Function,
}

fn take_early_fetch(url: &str) -> Option<EarlyFetch> {
    use web_sys::js_sys::{Function, Promise, Reflect};
    let window = web_sys::window()?;
    let key = wasm_bindgen::JsValue::from_str("planOuvertSnapshot");
    let early = Reflect::get(&window, &key).ok()?;
    let _ = Reflect::set(&window, &key, &wasm_bindgen::JsValue::UNDEFINED);
    let field = |name: &str| Reflect::get(&early, &wasm_bindgen::JsValue::from_str(name)).ok();
    let href = window.location().href().ok()?;
    let wanted = web_sys::Url::new_with_base(url, &href).ok()?.href();
    if field("url")?.as_string()? != wanted {
        return None;
    }
    Some(EarlyFetch {
        answer: field("answer")?.dyn_into::<Promise>().ok()?,
        abort: field("abort")?.dyn_into::<Function>().ok()?,
    })
}

async fn fetch_bytes(url: &str) -> Result<Vec<u8>, FetchError> {
    fetch_with(url, take_early_fetch(url), MAX_BYTES).await
}

/// Another file of the site (`data/report.json`), with the same timeout and
/// checks as the snapshot's, refused beyond `limit` bytes.
pub async fn fetch_file(url: &str, limit: usize) -> Result<Vec<u8>, FetchError> {
    fetch_with(url, None, limit).await
}

async fn fetch_with(
    url: &str,
    early: Option<EarlyFetch>,
    limit: usize,
) -> Result<Vec<u8>, FetchError> {
    let controller = web_sys::AbortController::new().map_err(|_| FetchError::Network)?;
    let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
    let _timer = Timeout::start(TIMEOUT_MS, {
        let controller = controller.clone();
        let timed_out = timed_out.clone();
        let abort_early = early.as_ref().map(|e| e.abort.clone());
        move || {
            timed_out.set(true);
            controller.abort();
            if let Some(abort) = abort_early {
                let _ = abort.call0(&wasm_bindgen::JsValue::NULL);
            }
        }
    });
    let fail = |timed_out: &std::cell::Cell<bool>| {
        if timed_out.get() {
            FetchError::Timeout
        } else {
            FetchError::Network
        }
    };
    // The page's inline script started this request while the app was
    // downloading (index.html); a failed one is tried again here, unless the
    // time is up.
    let started = match early {
        Some(e) => wasm_bindgen_futures::JsFuture::from(e.answer)
            .await
            .ok()
            .and_then(|v| v.dyn_into::<web_sys::Response>().ok())
            .map(gloo_net::http::Response::from),
        None => None,
    };
    if timed_out.get() {
        return Err(FetchError::Timeout);
    }
    let response = match started {
        Some(response) => response,
        None => gloo_net::http::Request::get(url)
            // The service worker decides about caching; the browser's HTTP cache
            // must not hide a newly published snapshot.
            .cache(web_sys::RequestCache::NoCache)
            .abort_signal(Some(&controller.signal()))
            .send()
            .await
            .map_err(|_| fail(&timed_out))?,
    };
    if !response.ok() {
        return Err(FetchError::Http(response.status()));
    }
    if let Some(len) = response
        .headers()
        .get("content-length")
        .and_then(|v| v.parse::<usize>().ok())
    {
        if len > limit {
            return Err(FetchError::TooLarge(Some(len)));
        }
    }
    match read_body(&response, limit).await {
        Ok(bytes) => Ok(bytes),
        Err(BodyError::TooLarge) => Err(FetchError::TooLarge(None)),
        Err(BodyError::Failed) => Err(fail(&timed_out)),
    }
}

enum BodyError {
    /// More than the limit arrived; the rest was not read.
    TooLarge,
    /// The stream broke or was aborted (the timeout aborts it).
    Failed,
}

/// The response body, read chunk by chunk as it arrives, and stopped as soon as
/// it passes `limit` bytes: a server that announces no size (or a wrong one)
/// cannot make the page hold more than the limit. Reading as it arrives also
/// copies the body into wasm memory during the transfer instead of after it
/// (~0.1 s for 41 MB at 5,000 commitments).
async fn read_body(
    response: &gloo_net::http::Response,
    limit: usize,
) -> Result<Vec<u8>, BodyError> {
    use wasm_bindgen_futures::JsFuture;
    use web_sys::js_sys::Uint8Array;
    let Some(stream) = response.body() else {
        return Ok(Vec::new());
    };
    let reader: web_sys::ReadableStreamDefaultReader = stream
        .get_reader()
        .dyn_into()
        .map_err(|_| BodyError::Failed)?;
    let mut bytes = Vec::new();
    loop {
        let chunk: web_sys::ReadableStreamReadResult = JsFuture::from(reader.read())
            .await
            .map_err(|_| BodyError::Failed)?
            .unchecked_into();
        if chunk.get_done().unwrap_or(true) {
            return Ok(bytes);
        }
        let data: Uint8Array = chunk
            .get_value()
            .dyn_into()
            .map_err(|_| BodyError::Failed)?;
        let n = data.length() as usize;
        if bytes.len() + n > limit {
            // Stop the transfer; what comes of the cancellation does not matter.
            let _ = reader.cancel();
            return Err(BodyError::TooLarge);
        }
        let start = bytes.len();
        bytes.resize(start + n, 0);
        data.copy_to(&mut bytes[start..]);
    }
}

/// A `setTimeout` that is cleared when dropped.
struct Timeout {
    id: i32,
    _callback: Closure<dyn FnMut()>,
}

impl Timeout {
    fn start(ms: i32, f: impl FnOnce() + 'static) -> Option<Timeout> {
        let mut f = Some(f);
        let callback = Closure::<dyn FnMut()>::new(move || {
            if let Some(f) = f.take() {
                f()
            }
        });
        let id = web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.as_ref().unchecked_ref(),
                ms,
            )
            .ok()?;
        Some(Timeout {
            id,
            _callback: callback,
        })
    }
}

impl Drop for Timeout {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            w.clear_timeout_with_handle(self.id);
        }
    }
}
