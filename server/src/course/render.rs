//! Lesson Markdown to sanitised HTML.
//!
//! Markdown is rendered by pulldown-cmark (CommonMark) and the result is sanitised by ammonia
//! with an allow-list, so raw HTML, `javascript:` links and event handlers in a lesson never
//! reach a learner's browser. Image references to files in the course folder are rewritten to
//! their content-addressed blob URLs, and an image from anywhere else loses its address: a
//! lesson never makes a learner's browser ask a third party for anything (who reads what is
//! sensitive), and offline it could not load anyway.

use crate::i18n::Text;
use crate::text;
use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag};

fn markdown_options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES
}

/// The deepest nesting of elements a lesson may have. Parsing HTML (html5ever, inside the
/// sanitiser) checks the stack of open elements again and again, so its time grows with
/// depth × elements: `<div>`×40,000 took seconds. Real lessons nest a handful deep (a list in a
/// quote in a table); 64 leaves room for anything written by hand.
pub const MAX_DEPTH: usize = 64;

/// The most elements (tags and Markdown blocks and spans) a lesson may have: a long lesson
/// with a large table has a few thousand.
pub const MAX_ELEMENTS: usize = 20_000;

/// Why `markdown` is refused before it is rendered or sanitised, if it is: more elements, or
/// deeper nesting, than the bounds above. A linear pass over pulldown-cmark's events (its
/// blocks and spans nest exactly as its HTML will) and over the raw HTML among them, so the
/// check itself cannot be slow. Raw tags are counted as they are written: an end tag closes
/// one level, void elements and the tags HTML closes by itself (`<p>`, `<li>`, table cells…)
/// open none.
pub fn markup_problem(markdown: &str) -> Option<Text> {
    let (mut depth, mut deepest, mut elements) = (0usize, 0usize, 0usize);
    for event in Parser::new_ext(markdown, markdown_options()) {
        match event {
            Event::Start(_) => {
                depth += 1;
                elements += 1;
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Html(html) | Event::InlineHtml(html) => {
                raw_tags(&html, &mut depth, &mut deepest, &mut elements);
            }
            _ => {}
        }
        deepest = deepest.max(depth);
        if deepest > MAX_DEPTH {
            return Some(text!("problem-too-deep", max = MAX_DEPTH));
        }
        if elements > MAX_ELEMENTS {
            return Some(text!("problem-too-many-elements", max = MAX_ELEMENTS));
        }
    }
    None
}

/// Elements that hold no content, and those HTML parsers close by themselves when the next
/// one starts: neither deepens the nesting.
const FLAT_ELEMENTS: [&str; 21] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    "p", "li", "dt", "dd", "tr", "td", "th", "option",
];

/// Counts the tags of raw HTML into the nesting measure of [`markup_problem`].
fn raw_tags(html: &str, depth: &mut usize, deepest: &mut usize, elements: &mut usize) {
    let bytes = html.as_bytes();
    let mut at = 0;
    while let Some(offset) = bytes[at..].iter().position(|&b| b == b'<') {
        at += offset + 1;
        let closing = bytes.get(at) == Some(&b'/');
        let start = if closing { at + 1 } else { at };
        let end =
            bytes[start..].iter().position(|b| !b.is_ascii_alphanumeric()).map_or(bytes.len(), |n| start + n);
        if end == start || !bytes[start].is_ascii_alphabetic() {
            continue; // not a tag: `<!--`, `< `, `<3`
        }
        let name = html[start..end].to_ascii_lowercase();
        if !closing {
            *elements += 1;
        }
        if FLAT_ELEMENTS.contains(&name.as_str()) {
            continue;
        }
        if closing {
            *depth = depth.saturating_sub(1);
        } else {
            let self_closing = bytes[end..]
                .iter()
                .position(|&b| b == b'>')
                .is_some_and(|gt| gt > 0 && bytes[end + gt - 1] == b'/');
            if !self_closing {
                *depth += 1;
                *deepest = (*deepest).max(*depth);
            }
        }
    }
}

/// Renders a lesson. `image_sha` names the blob of an image file of the course. The caller
/// has checked it with [`markup_problem`] (the course checker does, for every lesson).
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
    fn hostile_nesting_is_refused_before_it_is_parsed_as_html() {
        for (what, markdown) in [
            ("raw divs", "<div>".repeat(40_000)),
            ("raw spans, inline", format!("x {}", "<span>".repeat(40_000))),
            ("nested quotes", format!("{} x", "> ".repeat(10_000))),
            ("nested lists", (0..200).map(|n| format!("{}- x\n", "  ".repeat(n))).collect()),
            ("many elements", "<b>x</b>".repeat(30_000)),
        ] {
            let problem = markup_problem(&markdown);
            assert!(problem.is_some(), "{what} was accepted");
        }
        // At the bound: accepted, and the sanitiser's work stays bounded.
        let deep = format!("{}x{}", "<div>".repeat(MAX_DEPTH - 1), "</div>".repeat(MAX_DEPTH - 1));
        assert_eq!(markup_problem(&deep), None);
        assert!(render(&deep).contains("<div>"));
    }

    #[test]
    fn ordinary_lessons_are_within_the_bounds() {
        let table = format!("| a | b |\n|---|---|\n{}", "| x | *y* |\n".repeat(500));
        for markdown in [
            "# Title\n\nSome *text*.\n\n> a quote\n> > in a quote\n\n- a\n  - b\n    - c\n".to_owned(),
            table,
            "<p>one<p>two<br><img src=x><li>three</li>".repeat(100),
            "a < b and 3 <4, <!-- a comment --> <3".to_owned(),
        ] {
            assert_eq!(markup_problem(&markdown), None, "{markdown:.80}");
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
