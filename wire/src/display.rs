//! How a few things read on screen, shared by the client and the server's first page (which
//! shows the catalog before the client's app has arrived, and must look as the app will).

use crate::CourseSummary;

/// A size for people: the number as shown (rounded, with the language's `decimal` separator)
/// and the Fluent message that says it (`size-bytes`, `size-kb`, `size-mb`, with `$size`).
pub fn size_for_people(bytes: u64, decimal: char) -> (String, &'static str) {
    let (value, id) = match bytes {
        0..1_000 => (bytes as f64, "size-bytes"),
        1_000..1_000_000 => ((bytes as f64 / 1_000.0).round(), "size-kb"),
        _ => ((bytes as f64 / 100_000.0).round() / 10.0, "size-mb"),
    };
    let shown = format!("{value}");
    (shown.replace('.', decimal.encode_utf8(&mut [0; 4])), id)
}

/// The catalog's cards: one per course and its translations (linked by
/// [`CourseSummary::translations`], in either direction), showing the one in `language` where
/// there is one; cards of that language first. Before both comes `first` (the client offline:
/// the courses held on the device): a card shows such a course where it has one, and those
/// cards lead. Each card is the index of the course shown and those of its other languages.
pub fn group_translations(
    courses: &[&CourseSummary],
    language: &str,
    first: &dyn Fn(usize) -> bool,
) -> Vec<(usize, Vec<usize>)> {
    let rank = |i: usize| (!first(i), courses[i].language != language);
    let mut seen: Vec<&str> = Vec::new();
    let mut groups = Vec::new();
    for (index, course) in courses.iter().enumerate() {
        if seen.contains(&course.slug.as_str()) {
            continue;
        }
        let mut members: Vec<usize> = vec![index];
        let mut next = 0;
        while next < members.len() {
            for translation in &courses[members[next]].translations {
                let linked = courses.iter().position(|c| c.slug == translation.slug);
                if let Some(linked) = linked.filter(|l| !members.contains(l)) {
                    members.push(linked);
                }
            }
            next += 1;
        }
        seen.extend(members.iter().map(|m| courses[*m].slug.as_str()));
        let shown = (0..members.len()).min_by_key(|&i| rank(members[i])).unwrap_or(0);
        let primary = members.remove(shown);
        groups.push((primary, members));
    }
    groups.sort_by_key(|(shown, _)| rank(*shown));
    groups
}

/// The languages the catalog's courses are written in, as its filter offers them: `first` (the
/// interface's) leads, then the interface languages in their usual order, then any other tag
/// in alphabetical order.
pub fn course_languages<'a>(courses: &[&'a CourseSummary], first: &str) -> Vec<&'a str> {
    let mut tags: Vec<&str> = Vec::new();
    for course in courses {
        if !tags.contains(&course.language.as_str()) {
            tags.push(&course.language);
        }
    }
    let position = |tag: &str| crate::languages::UI_LANGUAGES.iter().position(|l| l.tag == tag);
    tags.sort_by_key(|tag| (*tag != first, position(tag).is_none(), position(tag), tag.to_owned()));
    tags
}

/// A course language's name for the filter: in itself for the interface's languages (which
/// are the region's), the tag in capitals otherwise.
pub fn language_name(tag: &str) -> String {
    match crate::languages::language(tag) {
        Some(language) => language.name.to_owned(),
        None => tag.to_uppercase(),
    }
}

/// The catalog's cards as [`group_translations`] makes them, or with `only` a language, the
/// cards of the courses that exist in it, each showing that version.
pub fn catalog_cards(
    courses: &[&CourseSummary],
    language: &str,
    only: Option<&str>,
    first: &dyn Fn(usize) -> bool,
) -> Vec<(usize, Vec<usize>)> {
    let mut cards = group_translations(courses, only.unwrap_or(language), first);
    if let Some(only) = only {
        cards.retain(|(shown, _)| courses[*shown].language == only);
    }
    cards
}

#[cfg(test)]
mod tests {
    use super::*;

    fn course(slug: &str, language: &str, translations: &[&str]) -> CourseSummary {
        let json = serde_json::json!({
            "slug": slug, "title": slug, "summary": "", "language": language, "version": "1",
            "lesson_count": 1, "download_bytes": 1, "manifest_sha256": "", "open": true,
            "translations": translations.iter().map(|t| serde_json::json!({"slug": t, "language": "", "title": t})).collect::<Vec<_>>(),
        });
        serde_json::from_value(json).expect("a course summary")
    }

    #[test]
    fn the_filter_offers_the_interface_language_first_then_the_usual_order() {
        let courses =
            [course("a", "en", &[]), course("b", "ru", &[]), course("c", "kk", &[]), course("d", "de", &[])];
        let listed: Vec<&CourseSummary> = courses.iter().collect();
        assert_eq!(course_languages(&listed, "kk"), ["kk", "en", "ru", "de"]);
        assert_eq!(course_languages(&listed, "fa-AF"), ["en", "ru", "kk", "de"]);
        assert_eq!(language_name("kk"), "Қазақша");
        assert_eq!(language_name("de"), "DE");
    }

    #[test]
    fn a_language_filter_keeps_the_courses_in_it_showing_that_version() {
        let courses = [
            course("law-ru", "ru", &["law-kk"]),
            course("law-kk", "kk", &["law-ru"]),
            course("fundraising", "ru", &[]),
            course("media", "en", &[]),
        ];
        let listed: Vec<&CourseSummary> = courses.iter().collect();
        let none = |_| false;
        let slugs = |cards: Vec<(usize, Vec<usize>)>| -> Vec<&str> {
            cards.iter().map(|(shown, _)| listed[*shown].slug.as_str()).collect()
        };
        assert_eq!(slugs(catalog_cards(&listed, "kk", None, &none)), ["law-kk", "fundraising", "media"]);
        assert_eq!(slugs(catalog_cards(&listed, "kk", Some("ru"), &none)), ["law-ru", "fundraising"]);
        assert_eq!(slugs(catalog_cards(&listed, "en", Some("kk"), &none)), ["law-kk"]);
        assert!(catalog_cards(&listed, "en", Some("tk"), &none).is_empty());
    }

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(size_for_people(999, '.'), ("999".to_owned(), "size-bytes"));
        assert_eq!(size_for_people(12_345, '.'), ("12".to_owned(), "size-kb"));
        assert_eq!(size_for_people(1_250_000, '.'), ("1.3".to_owned(), "size-mb"));
        assert_eq!(size_for_people(1_250_000, ','), ("1,3".to_owned(), "size-mb"));
    }
}
