//! One organization, run by its trainers and administrators: join codes (`join_codes.rs`),
//! members with their passwords and sessions (`members.rs`), the cohort's courses
//! (`courses.rs`) and, for administrators, certificates (`certificates.rs`). Everything comes
//! from the server through [`crate::organization`]; offline the page says it needs a
//! connection, signed out it asks to sign in, and anyone else is told it is not theirs.

mod carried;
mod certificates;
mod courses;
mod join_codes;
mod members;

use dala_wire::{Me, OrganizationCourse};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::{Online, Route};
use crate::components::load::{Busy, FailureText, FailureWords, Load, use_load};
use crate::components::use_title;
use crate::i18n::use_i18n;
use crate::organization::{self, Standing};
use crate::sync::SyncStatus;

#[derive(Properties, PartialEq)]
pub struct OrganizationPageProps {
    pub id: String,
}

#[function_component(OrganizationPage)]
pub fn organization_page(props: &OrganizationPageProps) -> Html {
    let i18n = use_i18n();
    let status = use_context::<SyncStatus>().unwrap_or_default();
    let online = use_context::<Online>().map_or(true, |o| o.0);
    let user = status.session.as_ref().map(|s| s.user.clone());
    // The heading names the organization: from the account's memberships, or for the
    // superadmin (who holds none) from the list of every organization.
    let member_name = user.as_ref().and_then(|u| {
        u.memberships.iter().find(|m| m.organization_id == props.id).map(|m| m.organization_name.clone())
    });
    let listing_wanted = user.as_ref().is_some_and(|u| u.superadmin) && member_name.is_none() && online;
    let listing = use_load(listing_wanted.then_some(()), |()| organization::organizations());
    let name = member_name.or_else(|| match &listing {
        Load::Done(Ok(all)) => all.iter().find(|o| o.id == props.id).map(|o| o.name.clone()),
        _ => None,
    });
    let title = name.clone().unwrap_or_else(|| i18n.t("org-title"));
    use_title(title.clone());
    let body = match &user {
        None if !status.loaded => html! { <Busy text={i18n.t("loading")} /> },
        None => html! {
            <p class="notice" id="organization-message">
                <Link<Route> to={Route::SignIn}>{ i18n.t("org-sign-in") }</Link<Route>>
            </p>
        },
        Some(user) => match organization::standing(user, &props.id) {
            None => html! {
                <p class="notice" id="organization-message">{ i18n.t("org-not-allowed") }</p>
            },
            Some(_) if !online => html! {
                <p class="notice" id="organization-message">{ i18n.t("org-offline") }</p>
            },
            Some(standing) => html! { <Sections id={props.id.clone()} user={user.clone()} {standing} /> },
        },
    };
    html! {
        <div class="organization">
            <h1>{ title }</h1>
            { body }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct SectionsProps {
    id: String,
    user: Me,
    standing: Standing,
}

/// What the sections share: the organization's courses (join codes offer them, members are
/// given them, the courses section lists them) and a way to ask for everything again after a
/// change.
#[derive(Clone, PartialEq)]
pub struct Shared {
    pub organization: String,
    pub standing: Standing,
    /// The signed-in account's id (nobody acts on their own account here).
    pub me: String,
    pub courses: Load<Vec<OrganizationCourse>>,
    /// Counts the changes made on this page; every list is loaded again when it moves.
    pub revision: u32,
    pub changed: Callback<()>,
}

impl Shared {
    /// The title of a course by its slug (the slug if the course is not listed).
    pub fn course_title(&self, slug: &str) -> String {
        match &self.courses {
            Load::Done(Ok(courses)) => {
                courses.iter().find(|c| c.slug == slug).map_or_else(|| slug.to_owned(), |c| c.title.clone())
            }
            _ => slug.to_owned(),
        }
    }
}

#[function_component(Sections)]
fn sections(props: &SectionsProps) -> Html {
    let i18n = use_i18n();
    let revision = use_state(|| 0u32);
    let courses = use_load(Some((props.id.clone(), *revision)), |(id, _)| organization::courses(id));
    let changed = {
        let revision = revision.clone();
        Callback::from(move |()| revision.set(*revision + 1))
    };
    let shared = Shared {
        organization: props.id.clone(),
        standing: props.standing,
        me: props.user.id.clone(),
        courses,
        revision: *revision,
        changed,
    };
    let administrator = props.standing == Standing::Administrator;
    html! {
        <>
            <nav aria-labelledby="org-contents">
                <h2 id="org-contents" class="visually-hidden">{ i18n.t("org-contents") }</h2>
                <ul class="section-links">
                    <li><a href="#org-codes-heading">{ i18n.t("org-codes-heading") }</a></li>
                    <li><a href="#org-members-heading">{ i18n.t("org-members-heading") }</a></li>
                    <li><a href="#org-courses-heading">{ i18n.t("org-courses-heading") }</a></li>
                    <li><a href="#org-carried-heading">{ i18n.t("org-carried-heading") }</a></li>
                    if administrator {
                        <li><a href="#org-certificates-heading">{ i18n.t("org-certificates-heading") }</a></li>
                    }
                    if organization::mentors(&props.user, &props.id) {
                        <li><Link<Route> to={Route::Questions { id: props.id.clone() }}>{ i18n.t("org-questions-link") }</Link<Route>></li>
                    }
                </ul>
            </nav>
            <join_codes::JoinCodes shared={shared.clone()} />
            <members::Members shared={shared.clone()} />
            <courses::Courses shared={shared.clone()} />
            <carried::Carried />
            if administrator {
                <certificates::Certificates shared={shared} />
            }
        </>
    }
}

/// How these pages word being offline and a refusal: they need the server, and a refusal is about the account.
pub const WORDS: FailureWords = FailureWords { offline: "org-offline", forbidden: "org-forbidden" };

#[derive(Properties, PartialEq)]
pub struct ConfirmProps {
    /// The first button's id; the confirming button is `{id}-yes`, the other `{id}-no`.
    pub id: AttrValue,
    /// The first button's text ("End code").
    pub label: String,
    /// What is asked once it is pressed ("End this code? Nobody can join with it any more.").
    pub question: String,
    /// The confirming button's text ("Yes, end it").
    pub yes: String,
    pub on_confirm: Callback<()>,
    #[prop_or_default]
    pub disabled: bool,
}

/// A button that asks before it acts, in place: pressed, it becomes the question with "yes"
/// and "cancel" (the focus moves to "yes", and back to the button on "cancel").
#[function_component(Confirm)]
pub fn confirm(props: &ConfirmProps) -> Html {
    let i18n = use_i18n();
    let asking = use_state(|| false);
    let yes_ref = use_node_ref();
    let ask_ref = use_node_ref();
    // Where the focus goes when the question opens or closes (none before the first press).
    let moved = use_mut_ref(|| false);
    {
        let (yes_ref, ask_ref, moved) = (yes_ref.clone(), ask_ref.clone(), moved.clone());
        use_effect_with(*asking, move |asking| {
            if *moved.borrow() {
                let target = if *asking { &yes_ref } else { &ask_ref };
                if let Some(element) = target.cast::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }
    let ask = {
        let (asking, moved) = (asking.clone(), moved.clone());
        Callback::from(move |_| {
            *moved.borrow_mut() = true;
            asking.set(true);
        })
    };
    let cancel = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(false))
    };
    let yes = {
        let (asking, on_confirm) = (asking.clone(), props.on_confirm.clone());
        Callback::from(move |_| {
            asking.set(false);
            on_confirm.emit(());
        })
    };
    if *asking {
        let question_id = format!("{}-question", props.id);
        html! {
            <span class="confirm" role="group" aria-labelledby={question_id.clone()}>
                <span id={question_id} class="confirm-question">{ &props.question }</span>
                <button type="button" class="small danger" id={format!("{}-yes", props.id)} ref={yes_ref} onclick={yes}>{ &props.yes }</button>
                <button type="button" class="small" id={format!("{}-no", props.id)} onclick={cancel}>{ i18n.t("org-confirm-cancel") }</button>
            </span>
        }
    } else {
        html! {
            <button type="button" class="small" id={props.id.clone()} ref={ask_ref} onclick={ask} disabled={props.disabled}>{ &props.label }</button>
        }
    }
}

/// A time in seconds since the epoch as a day, in the interface's language.
pub fn day(i18n: &crate::i18n::I18n, seconds: i64) -> String {
    i18n.date(seconds as f64 * 1000.0)
}

/// The role's name in the interface's language.
pub fn role_name(i18n: &crate::i18n::I18n, role: dala_wire::Role) -> String {
    match role {
        dala_wire::Role::Learner => i18n.t("org-role-learner"),
        dala_wire::Role::Trainer => i18n.t("org-role-trainer"),
        dala_wire::Role::Administrator => i18n.t("org-role-administrator"),
    }
}
