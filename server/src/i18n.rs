//! The server's own words for people (the certificate PDF, a credential's criteria), through
//! Fluent like the web client's: `server/locales/<tag>.ftl`, compiled in
//! ([`crate::languages::server_file`]). A missing message comes from the language's fallback
//! chain in `dala_wire::languages`, and in the end from English.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

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
    /// The messages for a BCP 47 language tag such as `ru`, `ru-KZ` or `fa-AF`: the language's
    /// own, then its fallbacks', then English; English alone for a language the interface lacks.
    pub fn for_language(tag: &str) -> Messages {
        let language = dala_wire::languages::ui_language(tag).and_then(dala_wire::languages::language);
        let tag = language.map_or(dala_wire::languages::ENGLISH, |l| l.tag);
        let chain = std::iter::once(tag)
            .chain(language.map_or(&[][..], |l| l.fallback).iter().copied())
            .chain([dala_wire::languages::ENGLISH]);
        let mut bundle = FluentBundle::new(vec![tag.parse().expect("a valid language tag")]);
        // No Unicode isolation marks around arguments: they would end up in PDFs and JSON.
        bundle.set_use_isolating(false);
        for source in chain.filter_map(crate::languages::server_file) {
            let resource = FluentResource::try_new(source.to_owned()).expect("the server's .ftl files parse");
            // A message the language has already wins over its fallback's: that refusal is
            // the point, not an error.
            let _ = bundle.add_resource(resource);
        }
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

    #[test]
    fn every_message_exists_in_english() {
        let english = crate::languages::server_file("en").expect("server/locales/en.ftl");
        let resource = fluent_syntax::parser::parse_runtime(english).unwrap();
        let ids: Vec<&str> = resource
            .body
            .iter()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
                _ => None,
            })
            .collect();
        assert!(ids.len() > 10, "{ids:?}");
        for tag in dala_wire::languages::UI_LANGUAGES.iter().map(|l| l.tag) {
            let messages = Messages::for_language(tag);
            for id in &ids {
                let text = messages.text(id, &[("version", "1".into())]);
                assert_ne!(&text, id, "{id} in {tag}");
            }
        }
    }

    #[test]
    fn dates_are_written_out_in_the_language() {
        assert_eq!(Messages::for_language("en").date(1_795_000_000), "18 November 2026");
        assert_eq!(Messages::for_language("ru-KZ").date(1_795_000_000), "18 ноября 2026 г.");
        assert_eq!(Messages::for_language("de").date(0), "1 January 1970");
    }
}
