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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(size_for_people(999, '.'), ("999".to_owned(), "size-bytes"));
        assert_eq!(size_for_people(12_345, '.'), ("12".to_owned(), "size-kb"));
        assert_eq!(size_for_people(1_250_000, '.'), ("1.3".to_owned(), "size-mb"));
        assert_eq!(size_for_people(1_250_000, ','), ("1,3".to_owned(), "size-mb"));
    }
}
