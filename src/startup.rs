//! The start-up in short tasks, so a slow phone's main thread is never held
//! for long (issue 12: no task over 50 ms at 4× CPU slowdown).
//!
//! The static preview stays on screen, already searchable, while the app
//! works behind it. So the app can take its time, in steps:
//! - [`yield_now`] between fetching, parsing and the first view
//!   (`data::fetch_plan`);
//! - the first view itself in [`LAST`] stages, one task each: a page wraps
//!   its costly parts in closures on `stage.reached(n)` (the overview: the
//!   charts one by one, the search box, the facets, the active filters,
//!   the results, the sharing tools) or in [`from_stage`] (a commitment:
//!   its stakes and description, its actions in four parts, its stories and
//!   press, its sharing tools); the site's header and footer are
//!   drawn in the two tasks after the mount (`app::App`);
//! - at the last stage, `handover::take_over` swaps the preview for the app,
//!   unless a page holds it ([`Stage::hold`]): a report page waits for
//!   `data/report.json`, so its preview (the chapter itself) stays until the
//!   app can draw the same text.
//!
//! After the start-up every stage is reached, so later views draw at once.

use leptos::prelude::*;
use std::sync::Arc;

/// The number of stages of the first view.
pub const LAST: u8 = 9;

/// Which stage of the first view is drawn; provided by `app::Loaded`.
#[derive(Clone, Copy)]
pub struct Stage(RwSignal<u8>, RwSignal<u32>);

impl Stage {
    /// Starts at stage 1, then moves one stage per task until [`LAST`].
    pub fn start() -> Stage {
        let stage = RwSignal::new(1u8);
        // An effect runs once the stage it saw is in the DOM: the next one
        // goes to a new task.
        Effect::new(move |_| {
            let now = stage.get();
            crate::perf::mark(&format!("startup:stage-{now}"));
            if now < LAST {
                set_timeout(move || stage.set(now + 1), std::time::Duration::ZERO);
            }
        });
        Stage(stage, RwSignal::new(0))
    }

    /// Every stage drawn at once: the build renders the whole page.
    pub fn finished() -> Stage {
        Stage(RwSignal::new(LAST), RwSignal::new(0))
    }

    /// Whether stage `n` is drawn (or due in this render), as a memo: it
    /// changes once, so a part waiting on it is drawn once, not again at
    /// each later stage.
    pub fn reached(self, n: u8) -> Memo<bool> {
        Memo::new(move |_| self.0.get() >= n)
    }

    /// Whether every stage is drawn and no page holds the handover.
    pub fn done(self) -> bool {
        self.0.get() >= LAST && self.1.get() == 0
    }

    /// Whether the first view is over (untracked): a page drawn later has no
    /// preview to replace.
    pub fn is_over(self) -> bool {
        self.0.get_untracked() >= LAST && self.1.get_untracked() == 0
    }

    /// Keeps the preview until `ready` is true: the page's first view is not
    /// complete before. Call while the first view is drawn.
    pub fn hold(self, ready: impl Fn() -> bool + 'static) {
        self.1.update(|n| *n += 1);
        let holds = self.1;
        Effect::new(move |released: Option<bool>| {
            if released == Some(true) {
                return true;
            }
            let now = ready();
            if now {
                holds.update(|n| *n = n.saturating_sub(1));
            }
            now
        });
    }
}

/// The stage of the current first view (every stage outside `Loaded`).
pub fn use_stage() -> Stage {
    use_context::<Stage>().unwrap_or_else(Stage::finished)
}

/// A part of a page drawn from stage `n` of the first view on (at once
/// after the start-up, and in the build). Type-erased on purpose: every
/// staged part shares this one closure type, so the code that shows and
/// rebuilds it is in the wasm once, not once per part (+3 KB gzip for a
/// commitment page's seven parts otherwise).
pub fn from_stage(n: u8, part: Arc<dyn Fn() -> AnyView + Send + Sync>) -> impl IntoView {
    let stage = use_stage();
    let on = stage.reached(n);
    move || on.get().then(|| part())
}

/// Lets the browser run other tasks (input, painting) before going on: a
/// `setTimeout(0)`, awaited.
pub async fn yield_now() {
    let promise = web_sys::js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
