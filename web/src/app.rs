//! The app shell: routes, the language and connectivity contexts, and the page frame.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::header::Header;
use crate::components::sync_bar::SyncBar;
use crate::i18n::{I18n, Lang};
use crate::sync::{self, SyncStatus};
use crate::{api, storage};
use dala_wire::bundles::Bundle;

/// How often the app syncs while online (the browser's `online` event also starts one).
const SYNC_EVERY_MS: u32 = 60_000;

/// How often the app asks whether the server answers again while it counts as offline.
const PROBE_EVERY_MS: u32 = 2_000;

fn sync_in_background(also: Option<fn()>) {
    wasm_bindgen_futures::spawn_local(async move {
        let _ = sync::sync_now().await;
        if let Some(also) = also {
            also();
        }
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
    /// A course from a file, progress as a file, a return file: where the network is cut.
    #[at("/without-network")]
    Carry,
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
    /// Trainers and administrators: the questions of the organization's learners.
    #[at("/organizations/:id/questions")]
    Questions { id: String },
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

impl Route {
    /// The bundle whose app shows this route (see [`dala_wire::bundles`]).
    pub fn bundle(&self) -> Bundle {
        Bundle::of_path(&self.to_path())
    }
}

/// What makes one bundle's app (see the crate's docs): its binary names the pages it shows.
#[derive(Debug, Clone, Properties)]
pub struct AppProps {
    /// This bundle's pages; every other route is [`Elsewhere`].
    pub pages: fn(Route) -> Html,
    /// Work of this bundle to do after each sync (the staff's: sending drafts edited offline).
    #[prop_or_default]
    pub after_sync: Option<fn()>,
}

/// A bundle's props are set once, when it starts: they never change.
impl PartialEq for AppProps {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// A route of another bundle: the browser loads that bundle's page, which the server (and the
/// service worker, offline) answer for this address. Should the same page come back (a stale
/// cache), the second arrival shows "not found" instead of reloading again.
#[function_component(Elsewhere)]
pub fn elsewhere() -> Html {
    let i18n = use_context::<I18n>().expect("inside the app");
    let online = use_context::<Online>().is_none_or(|o| o.0);
    let stuck = use_state(|| false);
    {
        let stuck = stuck.clone();
        use_effect_with((), move |_| {
            let location = gloo::utils::window().location();
            let href = location.href().unwrap_or_default();
            if storage::first_handover(&href) {
                let _ = location.replace(&href);
            } else {
                stuck.set(true);
            }
        });
    }
    match (*stuck, online) {
        (false, _) => html! { <p class="loading" role="status">{ i18n.t("loading") }</p> },
        // Offline, the service worker answers a page this device never opened with the
        // learner's app: that page's app is not on the device yet.
        (true, false) => html! {
            <>
                <h1>{ i18n.t("elsewhere-title") }</h1>
                <p>{ i18n.t("elsewhere-needs-connection") }</p>
            </>
        },
        (true, true) => html! { <crate::pages::not_found::NotFoundPage /> },
    }
}

/// Whether the app can reach the server right now, as far as it knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Online(pub bool);

/// A language picked in the switch that could not be loaded (offline, never opened on this
/// device); the header says so until another is picked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LanguageUnavailable(pub Option<Lang>);

/// How long to wait before asking again for the first messages when they could not be had.
const MESSAGES_RETRY_MS: u32 = 3_000;

/// The interface language: the one chosen on this device, else the browser's, else the
/// installation's default; kept, and set on the page's `<html lang dir>`. Its messages are
/// fetched ([`crate::messages`]): until they are there, this is `None` and the app shows nothing
/// (the server's first paint, where there is one, stays). Returns the translator, a language
/// the switch could not load, and the switch's callback.
#[hook]
fn use_language() -> (Option<I18n>, LanguageUnavailable, Callback<Lang>) {
    let i18n = use_state(|| None::<I18n>);
    let unavailable = use_state(|| LanguageUnavailable(None));
    {
        let i18n = i18n.clone();
        use_effect_with((), move |_| {
            let wanted = storage::language().and_then(|l| Lang::from_tag(&l)).or_else(Lang::from_browser);
            wasm_bindgen_futures::spawn_local(async move {
                loop {
                    if let Ok(loaded) = crate::messages::load(wanted).await {
                        i18n.set(Some(loaded));
                        break;
                    }
                    gloo::timers::future::TimeoutFuture::new(MESSAGES_RETRY_MS).await;
                }
            });
        });
    }
    use_effect_with(i18n.as_ref().map(|i18n| i18n.lang), move |lang| {
        if let Some(lang) = lang {
            storage::set_language(lang.tag());
            crate::api::set_language(lang.tag());
            if let Some(root) = gloo::utils::document().document_element() {
                let _ = root.set_attribute("lang", lang.tag());
                let _ = root.set_attribute("dir", lang.dir());
            }
        }
    });
    // Which pick is the latest: an earlier one still retrying gives up.
    let picks = use_mut_ref(|| 0u32);
    let on_language = {
        let (i18n, unavailable) = (i18n.clone(), unavailable.clone());
        Callback::from(move |new: Lang| {
            let (i18n, unavailable, picks) = (i18n.clone(), unavailable.clone(), picks.clone());
            let pick = {
                let mut picks = picks.borrow_mut();
                *picks += 1;
                *picks
            };
            wasm_bindgen_futures::spawn_local(async move {
                // Offline, or the download cut: the notice says so, and the switch happens
                // by itself once the file arrives.
                loop {
                    match crate::messages::load(Some(new)).await {
                        Ok(loaded) if *picks.borrow() == pick => {
                            unavailable.set(LanguageUnavailable(None));
                            i18n.set(Some(loaded));
                            break;
                        }
                        Err(_) if *picks.borrow() == pick => unavailable.set(LanguageUnavailable(Some(new))),
                        _ => break,
                    }
                    gloo::timers::future::TimeoutFuture::new(MESSAGES_RETRY_MS).await;
                    if *picks.borrow() != pick {
                        break;
                    }
                }
            });
        })
    };
    ((*i18n).clone(), *unavailable, on_language)
}

/// Whether the server answers: the browser's own online/offline events, and the outcome of
/// every API request (a server that cannot be reached counts as offline even when the network
/// is up). While counted offline with a network (the server was down, or the page was opened
/// offline), it asks the server every few seconds, so "Online" shows as soon as it answers;
/// `on_back` runs then.
#[hook]
fn use_online(on_back: Callback<()>) -> bool {
    let online = use_state(storage::browser_online);
    {
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
    let was_offline = use_mut_ref(|| false);
    use_effect_with(*online, move |online| {
        let was = std::mem::replace(&mut *was_offline.borrow_mut(), !*online);
        if *online && was {
            on_back.emit(());
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
    *online
}

/// The app of the learner's and the staff's bundles: accounts, sync, the header's menu.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let after_sync = props.after_sync;
    let (i18n, unavailable, on_language) = use_language();
    // Waiting work is sent as soon as the server answers again, not at the next minute's sync.
    let online = use_online(Callback::from(move |()| sync_in_background(after_sync)));
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
            sync_in_background(after_sync);
            let window = gloo::utils::window();
            let online =
                gloo::events::EventListener::new(&window, "online", move |_| sync_in_background(after_sync));
            let every_minute = gloo::timers::callback::Interval::new(SYNC_EVERY_MS, move || {
                if storage::browser_online() {
                    sync_in_background(after_sync);
                }
            });
            move || drop((online, every_minute))
        });
    }
    {
        // Only the catalog comes written into the first page: any other page shows at once.
        let catalog = matches!(
            Route::recognize(&gloo::utils::window().location().pathname().unwrap_or_default()),
            Some(Route::Catalog)
        );
        use_effect_with((), move |_| {
            if !catalog {
                first_paint_done();
            }
        });
    }
    let Some(i18n) = i18n else { return Html::default() };
    html! {
        <ContextProvider<I18n> context={i18n}>
            <ContextProvider<LanguageUnavailable> context={unavailable}>
            <ContextProvider<Online> context={Online(online)}>
            <ContextProvider<SyncStatus> context={(*sync_status).clone()}>
                <BrowserRouter>
                    <crate::components::route_focus::RouteFocus />
                    <Header on_language={on_language} />
                    <SyncBar />
                    <main id="main">
                        <Switch<Route> render={props.pages} />
                    </main>
                </BrowserRouter>
            </ContextProvider<SyncStatus>>
            </ContextProvider<Online>>
            </ContextProvider<LanguageUnavailable>>
        </ContextProvider<I18n>>
    }
}

/// The app of the public certificate check, which strangers open: no account, nothing to sync,
/// so none of that code in its bundle. The header has the app's name, the connectivity state
/// and the language switch.
#[function_component(PublicApp)]
pub fn public_app(props: &AppProps) -> Html {
    let (i18n, unavailable, on_language) = use_language();
    let online = use_online(Callback::noop());
    use_effect_with((), |_| first_paint_done());
    let Some(i18n) = i18n else { return Html::default() };
    html! {
        <ContextProvider<I18n> context={i18n}>
            <ContextProvider<LanguageUnavailable> context={unavailable}>
            <ContextProvider<Online> context={Online(online)}>
                <BrowserRouter>
                    <crate::components::route_focus::RouteFocus />
                    <crate::components::header::PublicHeader on_language={on_language} />
                    <main id="main">
                        <Switch<Route> render={props.pages} />
                    </main>
                </BrowserRouter>
            </ContextProvider<Online>>
            </ContextProvider<LanguageUnavailable>>
        </ContextProvider<I18n>>
    }
}

/// Renders the public certificate check's app (see [`PublicApp`]).
pub fn start_public(props: AppProps) {
    yew::Renderer::<PublicApp>::with_props(props).render();
}

/// Renders a bundle's app into the page. A first page that came with the catalog written in
/// (the server's `first_page`) keeps showing it: the app renders hidden beside it until
/// [`first_paint_done`].
pub fn start(props: AppProps) {
    let document = gloo::utils::document();
    let root = document.get_element_by_id(FIRST_PAINT).and_then(|_| {
        let root = document.create_element("div").ok()?;
        root.set_id(APP_ROOT);
        root.set_attribute("hidden", "").ok()?;
        document.body()?.append_child(&root).ok()?;
        Some(root)
    });
    match root {
        Some(root) => {
            // Should the catalog never get ready (a failing device store), the app shows anyway.
            gloo::timers::callback::Timeout::new(FIRST_PAINT_AT_MOST_MS, first_paint_done).forget();
            yew::Renderer::<App>::with_root_and_props(root, props).render()
        }
        None => yew::Renderer::<App>::with_props(props).render(),
    };
}

/// The server's first paint, and the element the app renders into while it shows.
const FIRST_PAINT: &str = "first-paint";
const APP_ROOT: &str = "app";
const FIRST_PAINT_AT_MOST_MS: u32 = 10_000;

/// The app's page is ready: it replaces the server's first paint (if any), which showed the
/// same thing, so nothing moves. Pages call it once their content is there; it does nothing the
/// second time.
pub fn first_paint_done() {
    let document = gloo::utils::document();
    if let Some(first) = document.get_element_by_id(FIRST_PAINT) {
        first.remove();
        if let Some(root) = document.get_element_by_id(APP_ROOT) {
            let _ = root.remove_attribute("hidden");
        }
    }
}
