//! The application frame: loads the snapshot once, then routes.
//!
//! The whole route table lives here. Pages get the loaded plan from context
//! (`data::use_plan`) and never fetch on their own.

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

use crate::base;
use crate::charts::chart_alone::ChartAlone;
use crate::components::facet_panel::FiltersOpen;
use crate::components::{
    connection_notice::ConnectionNotice,
    embed_attribution::EmbedAttribution,
    footer::Footer,
    header::Header,
    language_suggestion::LanguageSuggestion,
    load_error::{LoadError, SavedCopyBanner},
    loading::Loading,
    route_focus::{skip_to, RouteFocus},
    update_banner::UpdateBanner,
};
use crate::data::{self, Plan};
use crate::embed::{self, Embed};
use crate::handover;
use crate::offline::Offline;
use crate::pages::{
    about::AboutPage, commitment::CommitmentPage, institution::InstitutionPage,
    institutions::InstitutionsPage, not_found::NotFoundPage, overview::OverviewPage,
    report_chapter::ReportChapterPage, report_contents::ReportContentsPage,
};
use crate::report_data::{ReportData, ReportStore};
use crate::startup;
use std::sync::Arc;

#[component]
pub fn App() -> impl IntoView {
    crate::site::provide(crate::site::Site::from_browser());
    // Embed flags are read once: an embed stays one while its reader clicks around.
    let embed_opts = embed::read();
    embed::mark_document(&embed_opts);
    embed::report_height();
    provide_context(Embed(embed_opts));
    provide_context(Offline::start());
    let root = base::app_root();
    let url = base::asset(&root, "data/plan.json");
    let plan = LocalResource::new(move || data::fetch_plan(url.clone()));
    // The last good snapshot kept on this device, once the user chose it after a failed load.
    let saved = RwSignal::new(None::<Plan>);
    // The page's static HTML (site-gen) stays until the first real view
    // is drawn: `Loaded` takes over from it (`handover.rs`); a load error
    // replaces it.
    Effect::new(move |_| {
        if matches!(plan.get(), Some(Err(_))) {
            handover::drop_preview();
        }
    });
    // The mount draws only the router; then one task each: the main
    // region, the site's header, its footer. The mount alone was the
    // start-up's longest task (each function's first call compiles it,
    // startup.rs). Nothing shows yet: the static page covers the app until
    // the handover, long after.
    let mount_step = RwSignal::new(0u8);
    for step in 1..=3 {
        set_timeout(move || mount_step.set(step), std::time::Duration::ZERO);
    }
    // Memos: each part is drawn once, when its step comes, not again at the next.
    let [main_on, header_on, footer_on] =
        [1, 2, 3].map(|step| Memo::new(move |_| mount_step.get() >= step));
    frame(main_on, header_on, footer_on, move || {
        view! {
            <Suspense fallback=|| view! { <Loading /> }>
                {move || {
                    if let Some(copy) = saved.get() {
                        let retry = move || {
                            saved.set(None);
                            plan.refetch();
                        };
                        return Some(view! {
                            <SavedCopyBanner plan=copy.clone() on_retry=retry />
                            <Loaded plan=copy />
                        }.into_any());
                    }
                    plan.get()
                        .map(|result| match result {
                            Ok(plan) => view! { <Loaded plan /> }.into_any(),
                            Err(error) => {
                                view! {
                                    <LoadError
                                        error
                                        on_retry=move || plan.refetch()
                                        on_use_saved=move |copy| saved.set(Some(copy))
                                    />
                                }
                                    .into_any()
                            }
                        })
                }}
            </Suspense>
        }
    })
}

/// Every page's frame, in the browser and in the build alike: under the
/// router, the skip link, the site's header, the main region holding
/// `children`, the footer. The site's chrome is left out of an embed.
/// `main_on`, `header_on`, `footer_on`: whether each part is drawn yet.
///
///
/// A plain generic function, not a component taking `ChildrenFn` and
/// `Signal`s: the browser's one frame is then compiled for its one
/// content, with no type-erased view (about 1 KB gzip of wasm).
pub fn frame<C, F>(
    main_on: Memo<bool>,
    header_on: Memo<bool>,
    footer_on: Memo<bool>,
    children: F,
) -> impl IntoView
where
    F: Fn() -> C + Clone + Send + Sync + 'static,
    C: IntoView + 'static,
{
    let chrome = !embed::use_embed().embed;
    let t = crate::lang::texts();
    // The English interface says once, above every page, that the report
    // (every text of the snapshot) stays in French.
    let english = crate::lang::current() == plan_core::i18n::Lang::En;
    let report_note = move || {
        (chrome && english)
            .then(|| view! { <p class="report-language-note">{t.report_in_french}</p> })
    };
    view! {
        <Router base=base::pages_root()>
            {move || (chrome && header_on.get()).then(|| view! {
                <a class="skip-link" href="#contenu" on:click=|ev| skip_to(ev, "contenu")>{t.skip_to_content}</a>
                <Header />
                <LanguageSuggestion />
                <UpdateBanner />
            })}
            {move || main_on.get().then(|| view! {
                <main id="contenu" tabindex="-1">
                    {report_note()}
                    {children()}
                </main>
            })}
            {move || (chrome && footer_on.get()).then(|| view! { <Footer /> })}
        </Router>
    }
}

/// Provides the plan to the pages and shows the one the URL asks for.
///
/// `report`: the report's text when it is at hand (the build has it);
/// otherwise it is fetched when a page asks for it.
#[component]
pub fn Loaded(
    plan: Plan,
    #[prop(default = None)] report: Option<Arc<ReportData>>,
) -> impl IntoView {
    let report_url = base::asset(&base::app_root(), "data/report.json");
    provide_context(ReportStore::new(plan.clone(), report_url, report));
    provide_context(plan);
    provide_context(FiltersOpen::default());
    // The first view is drawn in stages; once the last is in the DOM, the
    // app takes over from the static page. The build draws it whole.
    let stage = if crate::site::current().prerender() {
        startup::Stage::finished()
    } else {
        startup::Stage::start()
    };
    provide_context(stage);
    Effect::new(move |taken: Option<bool>| {
        if taken == Some(true) {
            return true;
        }
        let done = stage.done();
        if done {
            handover::take_over();
        }
        done
    });
    let opts = embed::use_embed();
    if let Some(id) = opts.chart_alone() {
        return view! {
            <ChartAlone id />
            <EmbedAttribution />
        }
        .into_any();
    }
    view! {
        <RouteFocus />
        <ConnectionNotice />
        <Routes fallback=|| view! { <NotFoundPage /> }>
            <Route path=path!("/") view=OverviewPage />
            <Route path=path!("/engagements/:numero") view=CommitmentPage />
            <Route path=path!("/institutions") view=InstitutionsPage />
            <Route path=path!("/institutions/:id") view=InstitutionPage />
            <Route path=path!("/a-propos") view=AboutPage />
            <Route path=path!("/rapport") view=ReportContentsPage />
            <Route path=path!("/rapport/:chapitre") view=ReportChapterPage />
        </Routes>
        // Drawn at build time for every page: the stylesheet shows it in an
        // embed only, and the pre-wasm script points its link at the view.
        {(opts.embed || crate::site::current().prerender()).then(|| view! { <EmbedAttribution /> })}
    }
    .into_any()
}
