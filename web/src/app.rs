//! The app shell: routes, the language and connectivity contexts, and the page frame.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::header::Header;
use crate::components::sync_bar::SyncBar;
use crate::i18n::{I18n, Lang};
use crate::pages::author::AuthorPage;
use crate::pages::certificate::CertificatePage;
use crate::pages::certificates::CertificatesPage;
use crate::pages::dashboard::DashboardPage;
use crate::pages::edit::EditPage;
use crate::pages::organization::OrganizationPage;
use crate::pages::organizations::OrganizationsPage;
use crate::pages::quiz::QuizPage;
use crate::pages::reset_password::ResetPasswordPage;
use crate::pages::sign_in::{JoinPage, SignInPage};
use crate::pages::sign_out::SignOutPage;
use crate::pages::verify::VerifyPage;
use crate::pages::{catalog::CatalogPage, course::CoursePage, lesson::LessonPage, not_found::NotFoundPage};
use crate::sync::{self, SyncStatus};
use crate::{api, storage};

/// How often the app syncs while online (the browser's `online` event also starts one).
const SYNC_EVERY_MS: u32 = 60_000;

/// How often the app asks whether the server answers again while it counts as offline.
const PROBE_EVERY_MS: u32 = 2_000;

fn sync_in_background() {
    wasm_bindgen_futures::spawn_local(async {
        let _ = sync::sync_now().await;
        // Trainers' drafts edited offline go too.
        crate::authoring::push_unsent().await;
    });
}

#[derive(Debug, Clone, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Catalog,
    #[at("/courses/:slug")]
    Course { slug: String },
    #[at("/courses/:slug/lessons/:lesson")]
    Lesson { slug: String, lesson: String },
    #[at("/courses/:slug/quizzes/:quiz")]
    Quiz { slug: String, quiz: String },
    #[at("/sign-in")]
    SignIn,
    #[at("/join")]
    Join,
    /// Signing out (with what is not sent yet), and removing everything from the device.
    #[at("/sign-out")]
    SignOut,
    #[at("/certificates")]
    Certificates,
    /// `id` is the certificate's uuid (its credential id without `urn:uuid:`).
    #[at("/certificates/:id")]
    Certificate { id: String },
    /// Public: anyone checks a certificate here; a QR code opens `/verify?c={uuid}&k={key}`.
    #[at("/verify")]
    Verify,
    /// Trainers: the courses they may edit, and a new course.
    #[at("/author")]
    Author,
    /// Trainers: one course's editor.
    #[at("/author/:slug")]
    Edit { slug: String },
    /// Administrators (and the superadmin): reports on their organizations.
    #[at("/dashboard")]
    Dashboard,
    /// Trainers and administrators: running one organization (join codes, members, courses,
    /// certificates).
    #[at("/organizations/:id")]
    Organization { id: String },
    /// The superadmin: every organization, and a new one.
    #[at("/organizations")]
    Organizations,
    /// A learner sets a new password with the one-time code a trainer handed over.
    #[at("/reset-password")]
    ResetPassword,
    #[not_found]
    #[at("/404")]
    NotFound,
}

fn switch(route: Route) -> Html {
    match route {
        Route::Catalog => html! { <CatalogPage /> },
        Route::Course { slug } => html! { <CoursePage {slug} /> },
        Route::Lesson { slug, lesson } => html! { <LessonPage {slug} {lesson} /> },
        Route::Quiz { slug, quiz } => html! { <QuizPage {slug} {quiz} /> },
        Route::SignIn => html! { <SignInPage /> },
        Route::Join => html! { <JoinPage /> },
        Route::SignOut => html! { <SignOutPage /> },
        Route::Certificates => html! { <CertificatesPage /> },
        Route::Certificate { id } => html! { <CertificatePage {id} /> },
        Route::Verify => html! { <VerifyPage /> },
        Route::Author => html! { <AuthorPage /> },
        Route::Edit { slug } => html! { <EditPage {slug} /> },
        Route::Dashboard => html! { <DashboardPage /> },
        Route::Organization { id } => html! { <OrganizationPage {id} /> },
        Route::Organizations => html! { <OrganizationsPage /> },
        Route::ResetPassword => html! { <ResetPasswordPage /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}

/// Whether the app can reach the server right now, as far as it knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Online(pub bool);

#[function_component(App)]
pub fn app() -> Html {
    let lang =
        use_state(|| storage::language().and_then(|l| Lang::from_tag(&l)).unwrap_or_else(Lang::from_browser));
    let online = use_state(storage::browser_online);
    {
        // The browser's own online/offline events, and the outcome of every API request: a
        // server that cannot be reached counts as offline even when the network is up.
        let online = online.clone();
        use_effect_with((), move |_| {
            let set = online.setter();
            api::on_reachability(Callback::from(move |reachable| set.set(reachable)));
            let window = gloo::utils::window();
            let up = online.setter();
            let down = online.setter();
            let on = gloo::events::EventListener::new(&window, "online", move |_| up.set(true));
            let off = gloo::events::EventListener::new(&window, "offline", move |_| down.set(false));
            move || drop((on, off))
        });
    }
    {
        // Counted offline while the browser has a network (the server was down, or the page was
        // opened offline): ask the server every few seconds, so "Online" shows, and waiting work
        // is sent, as soon as it answers rather than at the next minute's sync.
        let was_offline = use_mut_ref(|| false);
        use_effect_with(*online, move |online| {
            let was = std::mem::replace(&mut *was_offline.borrow_mut(), !*online);
            if *online && was {
                sync_in_background();
            }
            let probing = (!*online).then(|| {
                gloo::timers::callback::Interval::new(PROBE_EVERY_MS, || {
                    if storage::browser_online() {
                        wasm_bindgen_futures::spawn_local(async {
                            api::probe().await;
                        });
                    }
                })
            });
            move || drop(probing)
        });
    }
    let sync_status = use_state(SyncStatus::default);
    {
        // Sync on opening, on coming online and every minute; keep the sync bar current.
        let sync_status = sync_status.clone();
        use_effect_with((), move |_| {
            let refresh = Callback::from(move |()| {
                let sync_status = sync_status.clone();
                wasm_bindgen_futures::spawn_local(async move { sync_status.set(sync::status().await) });
            });
            sync::on_change(refresh.clone());
            refresh.emit(());
            sync_in_background();
            let window = gloo::utils::window();
            let online = gloo::events::EventListener::new(&window, "online", |_| sync_in_background());
            let every_minute = gloo::timers::callback::Interval::new(SYNC_EVERY_MS, || {
                if storage::browser_online() {
                    sync_in_background();
                }
            });
            move || drop((online, every_minute))
        });
    }
    {
        let lang = *lang;
        use_effect_with(lang, move |lang| {
            storage::set_language(lang.tag());
            if let Some(root) = gloo::utils::document().document_element() {
                let _ = root.set_attribute("lang", lang.tag());
            }
        });
    }
    let on_language = {
        let lang = lang.clone();
        Callback::from(move |new: Lang| lang.set(new))
    };
    html! {
        <ContextProvider<I18n> context={I18n::new(*lang)}>
            <ContextProvider<Online> context={Online(*online)}>
            <ContextProvider<SyncStatus> context={(*sync_status).clone()}>
                <BrowserRouter>
                    <crate::components::route_focus::RouteFocus />
                    <Header on_language={on_language} />
                    <SyncBar />
                    <main id="main">
                        <Switch<Route> render={switch} />
                    </main>
                </BrowserRouter>
            </ContextProvider<SyncStatus>>
            </ContextProvider<Online>>
        </ContextProvider<I18n>>
    }
}
