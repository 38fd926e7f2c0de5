//! Lesson Markdown to sanitised HTML.
//!
//! Markdown is rendered by pulldown-cmark (CommonMark) and the result is sanitised by ammonia
//! with an allow-list, so raw HTML, `javascript:` links and event handlers in a lesson never
//! reach a learner's browser. Image references to files in the course folder are rewritten to
//! their content-addressed blob URLs, and an image from anywhere else loses its address: a
//! lesson never makes a learner's browser ask a third party for anything (who reads what is
//! sensitive), and offline it could not load anyway.

use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag};

fn markdown_options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES
}

/// Renders a lesson. `image_sha` names the blob of an image file of the course.
pub(super) fn lesson_html(markdown: &str, image_sha: &dyn Fn(&str) -> Option<String>) -> String {
    let events = Parser::new_ext(markdown, markdown_options()).map(|event| match event {
        Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
            let dest_url = match image_sha(&dest_url) {
                Some(sha) => CowStr::from(dala_wire::blob_path(&sha)),
                None => dest_url,
            };
            Event::Start(Tag::Image { link_type, dest_url, title, id })
        }
        other => other,
    });
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    sanitize_lesson_html(&html)
}

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .link_rel(Some("noopener noreferrer"))
        .add_tag_attributes("img", ["loading"])
        .attribute_filter(|element, attribute, value| {
            if element == "img" && attribute == "src" && !is_blob_path(value) {
                return None;
            }
            Some(value.into())
        });
    builder
});

/// Whether `src` is a blob of this server: `/api/v1/blobs/` and 64 lowercase hex digits.
fn is_blob_path(src: &str) -> bool {
    src.strip_prefix(&dala_wire::blob_path("")).is_some_and(|sha| {
        sha.len() == 64 && sha.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

/// Removes everything from `html` that is not on the lesson allow-list: scripts, styles,
/// iframes, event-handler attributes, URLs with schemes other than http, https and mailto, and
/// images that are not blobs of this server.
pub fn sanitize_lesson_html(html: &str) -> String {
    SANITIZER.clean(html).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(md: &str) -> String {
        lesson_html(md, &|name| (name == "a.svg").then(|| "ab".repeat(32)))
    }

    #[test]
    fn images_point_at_their_blobs() {
        let html = render("![A map](a.svg)");
        assert!(html.contains(&format!("src=\"/api/v1/blobs/{}\"", "ab".repeat(32))), "{html}");
        assert!(html.contains("alt=\"A map\""), "{html}");
    }

    #[test]
    fn hostile_markdown_is_neutralised() {
        for (input, forbidden) in [
            ("<script>alert(1)</script>", "<script"),
            ("[x](javascript:alert(1))", "javascript:"),
            ("<img src=x onerror=alert(1)>", "onerror"),
            ("<iframe src=\"https://example.org\"></iframe>", "<iframe"),
            ("<p style=\"background:url(javascript:alert(1))\">x</p>", "style="),
            ("<svg><script>alert(1)</script></svg>", "<svg"),
            ("<img src=\"//elsewhere.example/track.png\">", "elsewhere"),
            ("![A map](https://elsewhere.example/map.png)", "elsewhere"),
            ("<img src=\"/api/v1/blobs/../../etc\">", "etc"),
        ] {
            let html = render(input);
            assert!(!html.contains(forbidden), "{input:?} rendered as {html:?}");
        }
    }

    #[test]
    fn ordinary_markdown_survives() {
        let html = render("# Title\n\nSome *text* and a [link](https://example.org).\n\n- a\n- b\n");
        assert!(html.contains("<h1>Title</h1>"), "{html}");
        assert!(html.contains("<em>text</em>"), "{html}");
        assert!(html.contains("<li>a</li>"), "{html}");
        assert!(html.contains("rel=\"noopener noreferrer\""), "{html}");
    }
}
