//! The explorer's view state, read from the URL and written back to it.
//!
//! This is the one place in the app that writes the browser URL for a view
//! change. Reading is reactive (`use_location().search`), so the back and
//! forward buttons restore a view with no extra code; writing goes through the
//! router's `use_navigate`, so the router's `base` and history stay in charge.
//!
//! ```ignore
//! let view = use_view_state();
//! let shown = move || view.state.get().statuses.len();
//! view.update(|v| { v.toggle(Facet::Status, "partial"); }, History::Push);
//! ```

use leptos::prelude::*;
use leptos_router::{
    hooks::{use_location, use_navigate},
    NavigateOptions,
};
use plan_core::paging;
use plan_core::url_state::{parse_query, to_query_with_embed, Ignored, ViewState};

use crate::data::use_plan;

/// How a view change enters the browser history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum History {
    /// A new entry: the back button returns to the previous view (filters).
    Push,
    /// The current entry changes: typing does not flood the history.
    Replace,
}

/// Signals of the current view, and the way to change it.
#[derive(Clone, Copy)]
pub struct UseViewStateReturn {
    /// The view the URL describes, checked against the snapshot.
    pub state: Memo<ViewState>,
    /// What the URL held that could not be used, with French reasons.
    pub ignored: Memo<Vec<Ignored>>,
    write: Callback<(ViewState, History)>,
    href: Callback<ViewState, String>,
}

impl UseViewStateReturn {
    /// Shows `next`, writing its canonical query string to the URL. A change of
    /// the search or of a filter also goes back to the first page.
    pub fn set(&self, next: ViewState, history: History) {
        self.write.run((next, history));
    }

    /// The URL of the view `next` on the current page (path, base included, and
    /// canonical query string), for a real link.
    pub fn href(&self, next: ViewState) -> String {
        self.href.run(next)
    }

    /// Changes the current view with `f`.
    pub fn update(&self, f: impl FnOnce(&mut ViewState), history: History) {
        let mut next = self.state.get_untracked();
        f(&mut next);
        self.set(next, history);
    }
}

/// The view state of the page the user is on (the query string of the current
/// URL). Call it once per page and pass the result down, or read it from
/// context with [`expect_view_state`] after [`provide_view_state`].
pub fn use_view_state() -> UseViewStateReturn {
    let plan = use_plan();
    let location = use_location();
    let parsed = Memo::new(move |_| {
        let (mut state, mut ignored) = location.search.with(|q| parse_query(q));
        ignored.extend(state.sanitize(&plan.snapshot));
        (state, ignored)
    });
    let state = Memo::new(move |_| parsed.with(|p| p.0.clone()));
    let ignored = Memo::new(move |_| parsed.with(|p| p.1.clone()));
    let navigate = use_navigate();
    // An embed stays an embed: its flags follow every view change.
    let embed = crate::embed::use_embed();
    let href = Callback::new(move |next: ViewState| {
        let query = to_query_with_embed(&next, &embed);
        // Stay on the page the user is on (its real path, base included), and
        // change only the query string.
        let path = location.pathname.get_untracked();
        if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        }
    });
    let write = Callback::new(move |(next, history): (ViewState, History)| {
        // Any change of the search or of a filter shows the first page again.
        let next = paging::after_change(&state.get_untracked(), next);
        // `resolve: false` keeps the path as is.
        navigate(
            &href.run(next),
            NavigateOptions {
                resolve: false,
                replace: history == History::Replace,
                scroll: false,
                ..Default::default()
            },
        );
    });
    UseViewStateReturn {
        state,
        ignored,
        write,
        href,
    }
}

/// Makes `view` available to the components below.
pub fn provide_view_state(view: UseViewStateReturn) {
    provide_context(view);
}

/// The view state provided by the page.
pub fn expect_view_state() -> UseViewStateReturn {
    expect_context::<UseViewStateReturn>()
}
