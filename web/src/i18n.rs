//! Translations: every user-facing string comes from a Fluent message in `web/locales/`.
//!
//! Both bundles are built once per page load. A message missing from a bundle shows its id, so
//! a gap is visible instead of silently blank; the tests below keep the two files in step.

use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use yew::prelude::*;

/// A language the interface is translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Ru,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ru];

    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// The language's name in itself, for the language switch.
    pub fn native_name(self) -> &'static str {
        dala_wire::display::UI_LANGUAGES
            .iter()
            .find(|(tag, _)| *tag == self.tag())
            .map_or(self.tag(), |(_, name)| name)
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// Russian is the common second language across Central Asia, so a browser set to a
    /// regional language without a translation yet (Kazakh, Kyrgyz, Tajik, Uzbek, Turkmen)
    /// starts in Russian; any other starts in English.
    pub fn from_browser() -> Lang {
        let tag = gloo::utils::window().navigator().language().unwrap_or_default();
        dala_wire::display::ui_language(&tag).and_then(Lang::from_tag).unwrap_or(Lang::En)
    }

    /// The language's message files: `main.ftl` and one per area of the app, joined into one
    /// bundle (a message id is unique across them).
    fn sources(self) -> [&'static str; 10] {
        macro_rules! files {
            ($tag:literal) => {
                [
                    include_str!(concat!("../locales/", $tag, "/main.ftl")),
                    include_str!(concat!("../locales/", $tag, "/organization.ftl")),
                    include_str!(concat!("../locales/", $tag, "/learner.ftl")),
                    include_str!(concat!("../locales/", $tag, "/quiz.ftl")),
                    include_str!(concat!("../locales/", $tag, "/editor.ftl")),
                    include_str!(concat!("../locales/", $tag, "/screen.ftl")),
                    include_str!(concat!("../locales/", $tag, "/dashboard.ftl")),
                    include_str!(concat!("../locales/", $tag, "/sync.ftl")),
                    include_str!(concat!("../locales/", $tag, "/download.ftl")),
                    include_str!(concat!("../locales/", $tag, "/data.ftl")),
                ]
            };
        }
        match self {
            Lang::En => files!("en"),
            Lang::Ru => files!("ru"),
        }
    }
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = lang.tag().parse().expect("a valid language tag");
    let mut bundle = FluentBundle::new(vec![id]);
    // Isolation marks would end up in plain-text places such as the page title.
    bundle.set_use_isolating(false);
    for source in lang.sources() {
        let resource =
            FluentResource::try_new(source.to_owned()).unwrap_or_else(|(resource, _errors)| resource);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The translator for the current language, provided to every component as context.
#[derive(Clone)]
pub struct I18n {
    pub lang: Lang,
    bundle: Rc<FluentBundle<FluentResource>>,
}

impl PartialEq for I18n {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
    }
}

impl I18n {
    pub fn new(lang: Lang) -> Self {
        I18n { lang, bundle: Rc::new(bundle(lang)) }
    }

    /// The message `id` with no arguments.
    /// Whether the bundle has a message `id` (for tests of message coverage).
    #[cfg(test)]
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with arguments.
    pub fn t_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }

    /// A byte count for people: `850 B`, `12 KB`, `1.4 MB` (in the current language).
    pub fn bytes(&self, bytes: u64) -> String {
        let (shown, id) = dala_wire::display::size_for_people(bytes, self.lang == Lang::Ru);
        self.t_with(id, &[("size", FluentValue::from(shown))])
    }

    /// A day for people, in the current language: `November 23, 2026`, `23 ноября 2026 г.`.
    pub fn date(&self, ms: f64) -> String {
        self.local_time(ms, &[("dateStyle", "long")])
    }

    /// A moment for people: `Nov 23, 2026, 2:05 PM`, `23 нояб. 2026 г., 14:05`.
    pub fn date_time(&self, ms: f64) -> String {
        self.local_time(ms, &[("dateStyle", "medium"), ("timeStyle", "short")])
    }

    /// A report's month (`YYYY-MM`, UTC) for people: `December 2026`, `декабрь 2026 г.`; the
    /// text itself if it is not one.
    pub fn month(&self, text: &str) -> String {
        match month_start(text) {
            Some(ms) => self.local_time(ms, &[("year", "numeric"), ("month", "long"), ("timeZone", "UTC")]),
            None => text.to_owned(),
        }
    }

    /// The day of an RFC 3339 date-time (as credentials carry them); the text itself if it is
    /// not one.
    pub fn rfc3339_date(&self, text: &str) -> String {
        let ms = js_sys::Date::parse(text);
        if ms.is_nan() { text.to_owned() } else { self.date(ms) }
    }

    /// The browser's own formatting (`Intl.DateTimeFormat`): no date tables in the wasm.
    fn local_time(&self, ms: f64, options: &[(&str, &str)]) -> String {
        let object = js_sys::Object::new();
        for (name, value) in options {
            let _ = js_sys::Reflect::set(&object, &(*name).into(), &(*value).into());
        }
        js_sys::Date::new(&ms.into()).to_locale_string(self.lang.tag(), &object).into()
    }
}

/// The first moment of a `YYYY-MM` month in UTC, in milliseconds since the Unix epoch.
fn month_start(text: &str) -> Option<f64> {
    let (year, month) = text.split_once('-')?;
    let (year, month): (i64, i64) = (year.parse().ok()?, month.parse().ok()?);
    if year.to_string().len() != 4 || !(1..=12).contains(&month) || text.len() != 7 {
        return None;
    }
    Some(dala_credential::days_from_civil(year, month as u32, 1) as f64 * 86_400_000.0)
}

/// The translator of the current language.
#[hook]
pub fn use_i18n() -> I18n {
    use_context::<I18n>().expect("the app provides I18n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn ids(lang: Lang) -> BTreeSet<String> {
        let mut ids = BTreeSet::new();
        for source in lang.sources() {
            let resource = FluentResource::try_new(source.to_owned())
                .unwrap_or_else(|(_, errors)| panic!("{} has syntax errors: {errors:?}", lang.tag()));
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    assert!(
                        ids.insert(m.id.name.to_owned()),
                        "{}: {} is defined twice",
                        lang.tag(),
                        m.id.name
                    );
                }
            }
        }
        ids
    }

    #[test]
    fn every_language_has_the_same_messages() {
        assert_eq!(ids(Lang::En), ids(Lang::Ru));
    }

    /// Every `t("…")` / `t_with("…"` in the client's source names a message that exists.
    #[test]
    fn every_message_used_in_the_code_exists() {
        let known = ids(Lang::En);
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut missing = Vec::new();
        let mut used = 0;
        let mut stack = vec![std::path::PathBuf::from(dir)];
        while let Some(path) = stack.pop() {
            if path.is_dir() {
                stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            // Also the message ids of `components::load::FailureWords`.
            for marker in [".t(\"", ".t_with(\"", "offline: \"", "forbidden: \""] {
                for part in text.split(marker).skip(1) {
                    let id = part.split('"').next().unwrap();
                    used += 1;
                    if !known.contains(id) {
                        missing.push(format!("{}: {id}", path.display()));
                    }
                }
            }
        }
        assert!(used > 20, "found only {used} uses: is the scan broken?");
        assert!(missing.is_empty(), "messages missing from the .ftl files: {missing:#?}");
    }

    #[test]
    fn months_start_on_their_first_day_in_utc() {
        assert_eq!(month_start("1970-01"), Some(0.0));
        assert_eq!(month_start("2026-12"), Some(1_796_083_200_000.0));
        for wrong in ["2026-13", "2026-00", "26-12", "2026-1", "2026/12", "", "abcd-ef"] {
            assert_eq!(month_start(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(I18n::new(Lang::En).bytes(850), "850 B");
        assert_eq!(I18n::new(Lang::En).bytes(12_400), "12 KB");
        assert_eq!(I18n::new(Lang::En).bytes(1_440_000), "1.4 MB");
        assert_eq!(I18n::new(Lang::Ru).bytes(1_440_000), "1,4 МБ");
    }

    #[test]
    fn plurals_follow_each_language() {
        let count = |lang, n: u32| I18n::new(lang).t_with("lesson-count", &[("count", FluentValue::from(n))]);
        assert_eq!(count(Lang::En, 1), "1 lesson");
        assert_eq!(count(Lang::En, 6), "6 lessons");
        assert_eq!(count(Lang::Ru, 1), "1 урок");
        assert_eq!(count(Lang::Ru, 3), "3 урока");
        assert_eq!(count(Lang::Ru, 6), "6 уроков");
    }
}
