//! Loading the snapshot: fetch `data/plan.json` under the app root, check it
//! with `plan-core`, and turn every way it can fail into a French sentence.

use std::sync::Arc;

use plan_core::search::SearchIndex;
use plan_core::Snapshot;
use wasm_bindgen::{closure::Closure, JsCast};

/// Give up on a server that does not answer after this long, so the user sees
/// a message instead of an endless spinner. The real snapshot (about 240 KB)
/// arrives well within it even on a slow mobile connection.
const TIMEOUT_MS: i32 = 10_000;

/// `localStorage` key of the raw bytes of the last snapshot that loaded and
/// validated, offered when a later load fails.
pub const SAVED_KEY: &str = "plan-ouvert:last-good";

/// Refuse snapshots larger than this: the real one is about 200 KB, and a
/// 20 MB file is a mistake or an attack that would freeze a phone.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// Everything the pages need, computed once per loaded snapshot.
pub struct PlanData {
    pub snapshot: Snapshot,
    /// Folded text of every commitment, built once so a keystroke only scans.
    pub index: SearchIndex,
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
    /// The answer is larger than [`MAX_BYTES`].
    TooLarge(usize),
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
        match self {
            FetchError::Network => "Impossible de joindre le serveur".into(),
            FetchError::Timeout => "Le serveur ne répond pas".into(),
            FetchError::Http(code) => format!("Le serveur a répondu par une erreur HTTP {code}"),
            FetchError::TooLarge(_) => "Le fichier de données est trop volumineux".into(),
            FetchError::Invalid { .. } => "Le fichier de données est invalide".into(),
        }
    }

    /// What happened and what to do, in one or two sentences.
    pub fn detail(&self) -> String {
        match self {
            FetchError::Network => "Vérifiez votre connexion à Internet, puis réessayez.".into(),
            FetchError::Timeout => format!(
                "Aucune réponse après {} secondes. Le serveur est peut-être surchargé : réessayez dans un instant.",
                TIMEOUT_MS / 1000
            ),
            FetchError::Http(404) => "Le fichier data/plan.json est introuvable à cette adresse. Si vous hébergez l’application, vérifiez qu’il a bien été publié avec elle.".into(),
            FetchError::Http(code) if *code >= 500 => "Le serveur rencontre un problème. Réessayez dans un instant.".into(),
            FetchError::Http(_) => "Le fichier de données n’a pas pu être obtenu.".into(),
            FetchError::TooLarge(n) => format!(
                "Il pèse {} Mo, au-delà de la limite de {} Mo : ce n’est pas un instantané du plan. Si vous hébergez l’application, republiez le fichier data/plan.json d’origine.",
                n / (1024 * 1024),
                MAX_BYTES / (1024 * 1024)
            ),
            FetchError::Invalid { message, .. } => format!(
                "{message} Si vous hébergez l’application, régénérez le fichier avec l’extracteur du projet."
            ),
        }
    }
}

/// Fetches and checks the snapshot at `url`; a good one is kept on this device
/// (see [`saved_plan`]).
pub async fn fetch_plan(url: String) -> Result<Plan, FetchError> {
    let bytes = fetch_bytes(&url).await?;
    let snapshot = parse(&bytes)?;
    save_last_good(&bytes);
    Ok(plan_of(snapshot))
}

fn plan_of(snapshot: Snapshot) -> Plan {
    let index = SearchIndex::new(&snapshot);
    Arc::new(PlanData { snapshot, index })
}

/// The last good snapshot kept on this device, if there is one and it still
/// loads and validates (storage can be edited by hand, or hold a snapshot of an
/// older format after an update of the app).
pub fn saved_plan() -> Option<Plan> {
    let text = local_storage()?.get_item(SAVED_KEY).ok()??;
    let snapshot = plan_core::load::load_snapshot(text.as_bytes()).ok()?;
    Some(plan_of(snapshot))
}

/// Keeps the raw bytes of a snapshot that just validated. Best effort: private
/// browsing, a full quota or disabled storage only lose the fallback.
fn save_last_good(bytes: &[u8]) {
    if let (Some(storage), Ok(text)) = (local_storage(), std::str::from_utf8(bytes)) {
        let _ = storage.set_item(SAVED_KEY, text);
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
        message: e.to_string(),
    })
}

async fn fetch_bytes(url: &str) -> Result<Vec<u8>, FetchError> {
    let controller = web_sys::AbortController::new().map_err(|_| FetchError::Network)?;
    let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
    let _timer = Timeout::start(TIMEOUT_MS, {
        let controller = controller.clone();
        let timed_out = timed_out.clone();
        move || {
            timed_out.set(true);
            controller.abort();
        }
    });
    let fail = |timed_out: &std::cell::Cell<bool>| {
        if timed_out.get() {
            FetchError::Timeout
        } else {
            FetchError::Network
        }
    };
    let response = gloo_net::http::Request::get(url)
        // The service worker decides about caching; the browser's HTTP cache
        // must not hide a newly published snapshot.
        .cache(web_sys::RequestCache::NoCache)
        .abort_signal(Some(&controller.signal()))
        .send()
        .await
        .map_err(|_| fail(&timed_out))?;
    if !response.ok() {
        return Err(FetchError::Http(response.status()));
    }
    if let Some(len) = response
        .headers()
        .get("content-length")
        .and_then(|v| v.parse::<usize>().ok())
    {
        if len > MAX_BYTES {
            return Err(FetchError::TooLarge(len));
        }
    }
    let bytes = response.binary().await.map_err(|_| fail(&timed_out))?;
    if bytes.len() > MAX_BYTES {
        return Err(FetchError::TooLarge(bytes.len()));
    }
    Ok(bytes)
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
