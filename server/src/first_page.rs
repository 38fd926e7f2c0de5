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

use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};
use dala_wire::CourseSummary;
use dala_wire::display::{catalog_cards, course_languages, language_name, size_for_people};
use dala_wire::languages::{UI_LANGUAGES, UiLanguage};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::AppState;

/// The client's messages in one language, as the app will show them (`crate::languages`).
struct Words<'a> {
    language: &'static UiLanguage,
    bundle: &'a FluentBundle<FluentResource>,
}

impl Words<'_> {
    /// The message, HTML-escaped; its id if missing (the merge along the fallback chain leaves
    /// none missing).
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
        let (shown, id) = size_for_people(bytes, self.language.decimal);
        self.t(id, &[("size", FluentValue::from(shown))])
    }
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
    let tag = state.languages.for_accept_language(accept);
    let (Some(language), Some(served)) = (dala_wire::languages::language(tag), state.languages.served(tag))
    else {
        return crate::web::serve_page(&state.web_dir, request).await;
    };
    let words = Words { language, bundle: &served.bundle };
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
        .replacen(
            "<html lang=\"en\">",
            &format!(
                "<html lang=\"{}\" dir=\"{}\">",
                words.language.tag,
                if words.language.rtl { "rtl" } else { "ltr" }
            ),
            1,
        )
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
    for language in UI_LANGUAGES {
        let selected = if language.tag == words.language.tag { " selected=\"\"" } else { "" };
        let _ = write!(
            html,
            "<option value=\"{}\" lang=\"{0}\"{selected}>{}</option>",
            language.tag, language.name
        );
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
    let listed: Vec<&CourseSummary> = courses.iter().collect();
    let languages = course_languages(&listed, words.language.tag);
    if languages.len() > 1 {
        // The app's filter row, so nothing moves when it takes over.
        let _ = write!(
            html,
            "<p class=\"catalog-filter\"><label for=\"catalog-language\">{}</label> <select id=\"catalog-language\">\
             <option value=\"\" selected=\"\">{}</option>",
            t("catalog-filter-language"),
            t("catalog-filter-all"),
        );
        for tag in languages {
            let _ = write!(
                html,
                "<option value=\"{0}\" lang=\"{0}\">{1}</option>",
                escape(tag),
                escape(&language_name(tag))
            );
        }
        html.push_str("</select></p>");
    }
    html.push_str("<ul class=\"cards\">");
    for (shown, others) in catalog_cards(&listed, words.language.tag, None, &|_| false) {
        card(&mut html, listed[shown], &others.iter().map(|o| listed[*o]).collect::<Vec<_>>(), words);
    }
    html.push_str("</ul></main></div>");
    html
}

fn card(html: &mut String, course: &CourseSummary, others: &[&CourseSummary], words: &Words) {
    let lessons = words.t("lesson-count", &[("count", FluentValue::from(course.lesson_count))]);
    let _ = write!(
        html,
        "<li class=\"card\"><h2 lang=\"{lang}\" dir=\"auto\"><a href=\"/courses/{slug}\">{title}</a></h2><p lang=\"{lang}\" dir=\"auto\">{summary}</p>\
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
        for (n, other) in others.iter().enumerate() {
            if n > 0 {
                html.push_str(&words.t("list-separator", &[]));
            }
            let _ = write!(
                html,
                "<a href=\"/courses/{}\"><bdi lang=\"{}\">{}</bdi> ({})</a>",
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
    fn course_text_cannot_become_markup() {
        assert_eq!(
            escape("<script>\"a\" & 'b'</script>"),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }
}
