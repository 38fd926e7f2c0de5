//! The server's own words for people (the certificate PDF, a credential's criteria), in English
//! and Russian through Fluent, like the web client's. Other languages fall back to English.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

const ENGLISH: &str = include_str!("../locales/en.ftl");
const RUSSIAN: &str = include_str!("../locales/ru.ftl");

/// The server's messages in one language.
pub struct Messages {
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages").field("locales", &self.bundle.locales).finish()
    }
}

impl Messages {
    /// The messages for a BCP 47 language tag such as `ru` or `ru-KZ`; English if there are none.
    pub fn for_language(tag: &str) -> Messages {
        let (lang, source) = match tag.split(['-', '_']).next().unwrap_or_default() {
            "ru" => ("ru", RUSSIAN),
            _ => ("en", ENGLISH),
        };
        let resource = FluentResource::try_new(source.to_owned()).expect("the server's .ftl files parse");
        let mut bundle = FluentBundle::new(vec![lang.parse().expect("a valid language tag")]);
        // No Unicode isolation marks around arguments: they would end up in PDFs and JSON.
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).expect("no duplicate message ids");
        Messages { bundle }
    }

    /// The message `id` with `args`; the id itself if it is missing (a test checks none is).
    pub fn text(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
    }

    /// A date in words, such as `23 November 2026` or `23 ноября 2026 г.`.
    pub fn date(&self, seconds: i64) -> String {
        let (year, month, day) = dala_credential::civil_from_days(seconds.div_euclid(86_400));
        let month = self.text(&format!("month-{month}"), &[]);
        self.text("date", &[("day", day.into()), ("month", month.into()), ("year", year.to_string().into())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(source: &str) -> Vec<String> {
        source
            .lines()
            .filter(|l| !l.starts_with('#') && l.contains(" = "))
            .map(|l| l.split(" = ").next().unwrap().trim().to_owned())
            .collect()
    }

    #[test]
    fn both_languages_have_the_same_messages() {
        assert_eq!(ids(ENGLISH), ids(RUSSIAN));
        for id in ids(ENGLISH) {
            for lang in ["en", "ru"] {
                let text = Messages::for_language(lang).text(&id, &[("version", "1".into())]);
                assert_ne!(text, id, "{id} in {lang}");
            }
        }
    }

    #[test]
    fn dates_are_written_out_in_the_language() {
        assert_eq!(Messages::for_language("en").date(1_795_000_000), "18 November 2026");
        assert_eq!(Messages::for_language("ru-KZ").date(1_795_000_000), "18 ноября 2026 г.");
        assert_eq!(Messages::for_language("kk").date(0), "1 January 1970");
    }
}
