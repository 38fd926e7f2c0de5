//! The catalog's HTML, written into the first page a visitor opens.
//!
//! The learner's app is a few hundred kilobytes of WebAssembly; on a slow link it takes seconds
//! to arrive and compile. So that nothing waits for it, the server answers `/` with the learner's
//! page (`index.html`) carrying the catalog as the app will show it to a visitor who is not
//! signed in: the same elements, classes and words (the client's own Fluent messages, and the
//! shared rules of [`dala_wire::display`]). The app renders itself hidden beside it and takes
//! over once its catalog is ready (`app::first_paint_done` in the web crate), so the swap moves
//! nothing on screen. Only a first visit sees this page: afterwards the service worker answers
//! with the plain `index.html` it keeps.

use std::fmt::Write as _;
use std::sync::OnceLock;

use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};
use dala_wire::CourseSummary;
use dala_wire::display::{UI_LANGUAGES, group_translations, size_for_people};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::AppState;

/// The client's messages (the files its bundle joins), in each interface language.
fn messages(lang: &str) -> &'static FluentBundle<FluentResource> {
    static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static RU: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    macro_rules! files {
        ($tag:literal) => {
            [
                include_str!(concat!("../../web/locales/", $tag, "/main.ftl")),
                include_str!(concat!("../../web/locales/", $tag, "/learner.ftl")),
            ]
        };
    }
    let (cell, tag, files) = match lang {
        "ru" => (&RU, "ru", files!("ru")),
        _ => (&EN, "en", files!("en")),
    };
    cell.get_or_init(|| {
        let mut bundle = FluentBundle::new_concurrent(vec![tag.parse().expect("a valid language tag")]);
        bundle.set_use_isolating(false);
        for file in files {
            let resource = FluentResource::try_new(file.to_owned()).expect("the client's .ftl files parse");
            bundle.add_resource(resource).expect("a message id is defined once");
        }
        bundle
    })
}

struct Words {
    lang: &'static str,
    bundle: &'static FluentBundle<FluentResource>,
}

impl Words {
    fn new(lang: &'static str) -> Words {
        Words { lang, bundle: messages(lang) }
    }

    /// The message, HTML-escaped; its id if missing (the client's tests keep none missing).
    fn t(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return escape(id);
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        escape(&self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors))
    }

    fn bytes(&self, bytes: u64) -> String {
        let (shown, id) = size_for_people(bytes, self.lang == "ru");
        self.t(id, &[("size", FluentValue::from(shown))])
    }
}

/// The interface language for an `Accept-Language` header: the first it names that the
/// interface has (a regional language without a translation yet counts as Russian, as in the
/// client), else English.
pub fn language_for(accept_language: &str) -> &'static str {
    let mut tags: Vec<(f32, usize, &str)> = accept_language
        .split(',')
        .enumerate()
        .filter_map(|(position, item)| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(1.0, |q| q.trim().parse::<f32>().unwrap_or(0.0));
            (!tag.is_empty() && quality > 0.0).then_some((quality, position, tag))
        })
        .collect();
    tags.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    tags.into_iter().find_map(|(_, _, tag)| dala_wire::display::ui_language(tag)).unwrap_or("en")
}

/// `GET /`: the learner's page with the catalog in it.
pub async fn catalog(State(state): State<AppState>, request: Request) -> Response {
    let page = state.web_dir.join("index.html");
    let Ok(index) = tokio::fs::read_to_string(&page).await else {
        // Not built: the files' own answer says so.
        return crate::web::serve_page(&state.web_dir, request).await;
    };
    let courses = match crate::catalog::published_courses(&state).await {
        Ok(courses) => courses,
        // The app shows the catalog (or says why it cannot) once it arrives.
        Err(error) => {
            tracing::warn!(%error, "the first page goes without the catalog");
            return crate::web::serve_page(&state.web_dir, request).await;
        }
    };
    let accept = request.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let words = Words::new(language_for(accept));
    let mut response = Html(with_catalog(&index, &courses, &words)).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    headers.insert(header::VARY, HeaderValue::from_static("Accept-Language, Accept-Encoding"));
    response
}

/// `index` with the page's language and title set and the catalog written after `<body>`.
fn with_catalog(index: &str, courses: &[CourseSummary], words: &Words) -> String {
    let title = format!("<title>{} · Dala</title>", words.t("catalog-title", &[]));
    let body = format!("<body>\n{}", first_paint(courses, words));
    index
        .replacen("<html lang=\"en\">", &format!("<html lang=\"{}\">", words.lang), 1)
        .replacen("<title>Dala</title>", &title, 1)
        .replacen("<body>", &body, 1)
}

/// The header, sync line and catalog as the app renders them for a visitor not signed in.
fn first_paint(courses: &[CourseSummary], words: &Words) -> String {
    let t = |id: &str| words.t(id, &[]);
    let mut html = String::with_capacity(4096);
    html.push_str("<div id=\"first-paint\">");
    let _ = write!(
        html,
        "<header class=\"top\"><a class=\"skip\" href=\"#first-main\">{}</a><a class=\"brand\" href=\"/\">Dala</a>\
         <span class=\"status status-online\" role=\"status\">{}</span>\
         <label class=\"language\"><span class=\"visually-hidden\">{}</span><select>",
        t("skip-to-content"),
        t("status-online"),
        t("language-label"),
    );
    for (tag, name) in UI_LANGUAGES {
        let selected = if tag == words.lang { " selected=\"\"" } else { "" };
        let _ = write!(html, "<option value=\"{tag}\"{selected}>{name}</option>");
    }
    let _ = write!(
        html,
        "</select></label></header>\
         <div class=\"syncbar syncbar-line\"><a class=\"account\" href=\"/sign-in\">{}</a></div>",
        t("sign-in-link")
    );
    let _ = write!(
        html,
        "<main id=\"first-main\"><h1>{}</h1><section class=\"welcome\"><h2>{}</h2><p>{}</p><p class=\"actions\">\
         <a class=\"button primary\" href=\"/join\">{}</a><a class=\"button\" href=\"/sign-in\">{}</a></p></section>",
        t("catalog-title"),
        t("catalog-welcome"),
        t("catalog-welcome-text"),
        t("join-title"),
        t("sign-in-link"),
    );
    if courses.is_empty() {
        let _ = write!(html, "<p>{}</p>", t("catalog-empty"));
    }
    html.push_str("<ul class=\"cards\">");
    let listed: Vec<&CourseSummary> = courses.iter().collect();
    for (shown, others) in group_translations(&listed, words.lang, &|_| false) {
        card(&mut html, listed[shown], &others.iter().map(|o| listed[*o]).collect::<Vec<_>>(), words);
    }
    html.push_str("</ul></main></div>");
    html
}

fn card(html: &mut String, course: &CourseSummary, others: &[&CourseSummary], words: &Words) {
    let lessons = words.t("lesson-count", &[("count", FluentValue::from(course.lesson_count))]);
    let _ = write!(
        html,
        "<li class=\"card\" lang=\"{lang}\"><h2><a href=\"/courses/{slug}\">{title}</a></h2><p>{summary}</p>\
         <p class=\"meta\"><span>{lessons}</span><span>{size}</span><span>{upper}</span></p>",
        lang = escape(&course.language),
        slug = escape(&course.slug),
        title = escape(&course.title),
        summary = escape(&course.summary),
        size = words.bytes(course.download_bytes),
        upper = escape(&course.language.to_uppercase()),
    );
    if !course.open {
        let _ = write!(
            html,
            "<div class=\"notice closed-course\" role=\"note\"><p>{}</p><p class=\"actions\">\
             <a class=\"button primary\" href=\"/join\">{}</a><a class=\"button\" href=\"/sign-in\">{}</a></p></div>",
            words.t("course-closed", &[]),
            words.t("join-title", &[]),
            words.t("sign-in-link", &[]),
        );
    }
    if !others.is_empty() {
        let _ = write!(html, "<p class=\"also-in\">{} ", words.t("catalog-also-in", &[]));
        for other in others {
            let _ = write!(
                html,
                "<a href=\"/courses/{}\"><span lang=\"{}\">{}</span> ({})</a>",
                escape(&other.slug),
                escape(&other.language),
                escape(&other.title),
                escape(&other.language.to_uppercase()),
            );
        }
        html.push_str("</p>");
    }
    html.push_str("</li>");
}

/// Text for HTML, in element content and in quoted attributes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_is_the_first_the_interface_has() {
        assert_eq!(language_for(""), "en");
        assert_eq!(language_for("ru-RU,ru;q=0.9,en;q=0.8"), "ru");
        assert_eq!(language_for("de-DE,en;q=0.5,ru;q=0.4"), "en");
        assert_eq!(language_for("en;q=0.2,ru;q=0.9"), "ru");
        assert_eq!(language_for("kk-KZ"), "ru");
        assert_eq!(language_for("fr;q=0"), "en");
    }

    #[test]
    fn course_text_cannot_become_markup() {
        assert_eq!(
            escape("<script>\"a\" & 'b'</script>"),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }
}
