//! The interface's languages: one table that the client (its language switch, `dir`, number
//! formats), the server (the messages it serves and merges, the first page, its own PDF words)
//! and the build read. Their messages are in `web/locales/<tag>/` and `server/locales/<tag>.ftl`.

/// One interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UiLanguage {
    /// Its BCP 47 tag, which is also the name of its folder in `web/locales`.
    pub tag: &'static str,
    /// Its name in itself, as the language switch shows it.
    pub name: &'static str,
    /// Written right to left: the whole interface mirrors.
    pub rtl: bool,
    /// The decimal separator of its numbers (`1,4 МБ`).
    pub decimal: char,
    /// Where its missing messages come from, in order, before English (every chain ends in
    /// English, which has every message). An installation may set others
    /// (`dala serve --language-fallback`).
    pub fallback: &'static [&'static str],
}

const RU: &[&str] = &["ru"];

/// The interface languages, in the language switch's order.
pub const UI_LANGUAGES: [UiLanguage; 10] = [
    UiLanguage { tag: "en", name: "English", rtl: false, decimal: '.', fallback: &[] },
    UiLanguage { tag: "ru", name: "Русский", rtl: false, decimal: ',', fallback: &[] },
    UiLanguage { tag: "kk", name: "Қазақша", rtl: false, decimal: ',', fallback: RU },
    UiLanguage { tag: "ky", name: "Кыргызча", rtl: false, decimal: ',', fallback: RU },
    UiLanguage { tag: "uz", name: "Oʻzbekcha", rtl: false, decimal: ',', fallback: RU },
    UiLanguage { tag: "tg", name: "Тоҷикӣ", rtl: false, decimal: ',', fallback: RU },
    UiLanguage { tag: "tk", name: "Türkmençe", rtl: false, decimal: ',', fallback: RU },
    UiLanguage { tag: "mn", name: "Монгол", rtl: false, decimal: '.', fallback: &[] },
    UiLanguage { tag: "az", name: "Azərbaycanca", rtl: false, decimal: ',', fallback: RU },
    UiLanguage { tag: "fa-AF", name: "دری", rtl: true, decimal: '.', fallback: &[] },
];

/// English: the language every message exists in, and the end of every fallback chain.
pub const ENGLISH: &str = "en";

/// The interface language of this tag (exactly, ignoring case and `_`), if there is one.
pub fn language(tag: &str) -> Option<&'static UiLanguage> {
    let tag = tag.trim().replace('_', "-");
    UI_LANGUAGES.iter().find(|l| l.tag.eq_ignore_ascii_case(&tag))
}

/// The interface language for a browser's language tag (`ru-KZ`, `kk`, `uz-Latn-UZ`,
/// `fa-AF`, `prs`): the one of its primary language, `None` if the interface has none. Persian
/// of any region (`fa`, `fa-IR`) and Dari's own code (`prs`) read Dari, the one Persian the
/// interface has.
pub fn ui_language(tag: &str) -> Option<&'static str> {
    let primary = tag.split(['-', '_']).next().unwrap_or_default().trim().to_ascii_lowercase();
    let primary = match primary.as_str() {
        "fa" | "prs" => "fa-AF",
        other => other,
    };
    language(primary).map(|l| l.tag)
}

/// The first interface language among a browser's preferences, in order.
pub fn first_ui_language<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Option<&'static str> {
    preferred.into_iter().find_map(ui_language)
}

/// The first interface language an `Accept-Language` header names, by quality and then order.
pub fn from_accept_language(header: &str) -> Option<&'static str> {
    let mut tags: Vec<(f32, usize, &str)> = header
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
    first_ui_language(tags.into_iter().map(|(_, _, tag)| tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_browsers_language_picks_the_interfaces() {
        assert_eq!(ui_language("ru-KZ"), Some("ru"));
        assert_eq!(ui_language("EN_us"), Some("en"));
        assert_eq!(ui_language("kk"), Some("kk"));
        assert_eq!(ui_language("uz-Latn-UZ"), Some("uz"));
        assert_eq!(ui_language("fa-IR"), Some("fa-AF"));
        assert_eq!(ui_language("prs"), Some("fa-AF"));
        assert_eq!(ui_language("de"), None);
        assert_eq!(first_ui_language(["de-DE", "ky", "ru"]), Some("ky"));
    }

    #[test]
    fn accept_language_goes_by_quality_then_order() {
        assert_eq!(from_accept_language("de;q=1, tk;q=0.5, ru;q=0.8"), Some("ru"));
        assert_eq!(from_accept_language("mn, en"), Some("mn"));
        assert_eq!(from_accept_language("de, fr;q=0.5"), None);
        assert_eq!(from_accept_language("kk;q=0, az"), Some("az"));
        assert_eq!(from_accept_language(""), None);
    }

    #[test]
    fn every_chain_names_known_languages_and_only_dari_is_right_to_left() {
        for language in UI_LANGUAGES {
            for next in language.fallback {
                assert!(super::language(next).is_some(), "{} falls back to {next}", language.tag);
                assert_ne!(*next, language.tag);
            }
            assert_eq!(language.rtl, language.tag == "fa-AF");
        }
        assert_eq!(super::language("FA_af").map(|l| l.tag), Some("fa-AF"));
    }
}
