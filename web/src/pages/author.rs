//! Trainers' start page: the courses they may edit, and a form to start a new one.

use dala_wire::{AuthoringCourse, CourseDraft, CourseMetadata, DraftItem, DraftLesson, Membership};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::authoring;
use crate::components::notice::{FailureNotice, Loading};
use crate::components::{field_value, use_title};
use crate::failure::Failure;
use crate::i18n::use_i18n;

type Listing = Option<Result<(Vec<AuthoringCourse>, Vec<Membership>), Failure>>;

#[function_component(AuthorPage)]
pub fn author_page() -> Html {
    let i18n = use_i18n();
    use_title(i18n.t("author-title"));
    let listing = use_state(|| Listing::None);
    let failure = use_state(|| None::<Failure>);
    let busy = use_state(|| false);
    let navigator = use_navigator();
    {
        let listing = listing.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let result = match authoring::courses().await {
                    Ok(courses) => authoring::organizations().await.map(|orgs| (courses, orgs)),
                    Err(e) => Err(e),
                };
                listing.set(Some(result));
            });
        });
    }
    let onsubmit = {
        let (failure, busy, i18n) = (failure.clone(), busy.clone(), i18n.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let slug = field_value("new-slug").trim().to_owned();
            let title = field_value("new-title").trim().to_owned();
            let draft = CourseDraft {
                slug: slug.clone(),
                metadata: CourseMetadata {
                    title: title.clone(),
                    summary: field_value("new-summary").trim().to_owned(),
                    language: field_value("new-language"),
                    version: format!("{}.1", js_sys::Date::new_0().get_full_year()),
                    authors: vec![field_value("new-author").trim().to_owned()],
                    licence: "CC BY 4.0".into(),
                    translations: Vec::new(),
                    open: false,
                    translation: None,
                },
                items: vec![DraftItem::Lesson(DraftLesson {
                    id: "introduction".into(),
                    markdown: format!(
                        "# {}\n\n{}\n",
                        i18n.t("author-first-lesson-title"),
                        i18n.t("author-first-lesson-text")
                    ),
                })],
                images: Vec::new(),
            };
            let organization = field_value("new-organization");
            let (failure, busy, navigator) = (failure.clone(), busy.clone(), navigator.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match authoring::create(&organization, &draft).await {
                    Ok(()) => {
                        if let Some(navigator) = navigator {
                            navigator.push(&Route::Edit { slug });
                        }
                    }
                    Err(f) => failure.set(Some(f)),
                }
                busy.set(false);
            });
        })
    };
    let (courses, organizations) = match &*listing {
        None => return html! { <Loading /> },
        Some(Err(f)) => return html! { <FailureNotice failure={f.clone()} /> },
        Some(Ok(listing)) => listing,
    };
    // A new course is most likely in the language the trainer works in here.
    let default_language = default_language(i18n.lang.tag());
    html! {
        <>
            <h1>{ i18n.t("author-title") }</h1>
            if courses.is_empty() { <p>{ i18n.t("author-no-courses") }</p> }
            <ul class="cards" id="author-courses">
                { for courses.iter().map(|c| html! {
                    <li class="card" lang={c.language.clone()}>
                        <h2><Link<Route> to={Route::Edit { slug: c.slug.clone() }}>{ &c.title }</Link<Route>></h2>
                        <p class="meta">
                            <span>{ c.language.to_uppercase() }</span>
                            if let Some(version) = &c.published_version {
                                <span>{ i18n.t_with("course-version", &[("version", version.clone().into())]) }</span>
                            } else {
                                <span>{ i18n.t("author-never-published") }</span>
                            }
                            if c.unpublished_changes { <span class="badge">{ i18n.t("author-unpublished-changes") }</span> }
                        </p>
                    </li>
                }) }
            </ul>
            if !organizations.is_empty() {
                <section aria-labelledby="new-course-heading">
                    <h2 id="new-course-heading">{ i18n.t("author-new-course") }</h2>
                    <form class="form" {onsubmit}>
                        <label for="new-organization">{ i18n.t("author-field-organization") }</label>
                        <select id="new-organization" required=true>
                            { for organizations.iter().map(|m| html! {
                                <option value={m.organization_id.clone()}>{ &m.organization_name }</option>
                            }) }
                        </select>
                        <label for="new-title">{ i18n.t("author-field-title") }</label>
                        <input id="new-title" required=true maxlength="200" />
                        <label for="new-slug">{ i18n.t("author-field-slug") }</label>
                        <input id="new-slug" required=true pattern="[a-z0-9]+(-[a-z0-9]+)*" maxlength="64"
                            autocapitalize="none" aria-describedby="new-slug-help" />
                        <p id="new-slug-help" class="help">{ i18n.t("author-field-slug-help") }</p>
                        <label for="new-summary">{ i18n.t("author-field-summary") }</label>
                        <input id="new-summary" required=true maxlength="500" />
                        <label for="new-language">{ i18n.t("author-field-language") }</label>
                        <select id="new-language">
                            { for LANGUAGES.iter().map(|(tag, name)| html! {
                                <option value={*tag} lang={*tag} selected={*tag == default_language}>{ *name }</option>
                            }) }
                        </select>
                        <label for="new-author">{ i18n.t("author-field-author") }</label>
                        <input id="new-author" required=true maxlength="200" />
                        if let Some(f) = &*failure { <FailureNotice failure={f.clone()} /> }
                        <button id="create-course" class="primary" type="submit" disabled={*busy}>{ i18n.t("author-create") }</button>
                    </form>
                </section>
            }
        </>
    }
}

/// The course language a new course starts with: the interface's, if courses may be written
/// in it, else the first offered.
pub fn default_language(interface: &str) -> &'static str {
    LANGUAGES.iter().find(|(tag, _)| *tag == interface).map_or(LANGUAGES[0].0, |(tag, _)| *tag)
}

/// Languages offered for a new course, each named in itself (a trainer recognises their own).
pub const LANGUAGES: [(&str, &str); 11] = [
    ("ru", "Русский"),
    ("en", "English"),
    ("kk", "Қазақша"),
    ("ky", "Кыргызча"),
    ("tg", "Тоҷикӣ"),
    ("uz", "Oʻzbekcha"),
    ("uz-Cyrl", "Ўзбекча"),
    ("tk", "Türkmençe"),
    ("mn", "Монгол"),
    ("az", "Azərbaycanca"),
    ("fa-AF", "دری"),
];

#[cfg(test)]
mod tests {
    use super::default_language;

    #[test]
    fn a_new_course_starts_in_the_interface_language() {
        assert_eq!(default_language("en"), "en");
        assert_eq!(default_language("ru"), "ru");
        assert_eq!(default_language("xx"), "ru");
    }
}
