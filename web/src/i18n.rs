//! Translations: every user-facing string comes from a Fluent message in `web/locales/`.
//!
//! The wasm carries no messages: the server hands out one language's at a time
//! (`GET /locales/<tag>.ftl`, its fallbacks filled in; see `server/src/languages.rs`), fetched
//! through [`crate::messages`] and kept by the service worker for offline use. The languages
//! themselves are `dala_wire::languages`.

use std::rc::Rc;

use dala_wire::languages::{UI_LANGUAGES, UiLanguage};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use yew::prelude::*;

/// A language the interface is translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lang(&'static UiLanguage);

impl Lang {
    pub const EN: Lang = Lang(&UI_LANGUAGES[0]);
    pub const RU: Lang = Lang(&UI_LANGUAGES[1]);

    /// Every interface language, in the language switch's order.
    pub fn all() -> impl Iterator<Item = Lang> {
        UI_LANGUAGES.iter().map(Lang)
    }

    pub fn tag(self) -> &'static str {
        self.0.tag
    }

    /// The language's name in itself, for the language switch.
    pub fn native_name(self) -> &'static str {
        self.0.name
    }

    /// Written right to left (the page gets `dir="rtl"`).
    pub fn rtl(self) -> bool {
        self.0.rtl
    }

    /// The value of `dir` for the page.
    pub fn dir(self) -> &'static str {
        if self.0.rtl { "rtl" } else { "ltr" }
    }

    /// The interface language of an exact tag (`kk`, `fa-AF`) or of a browser's (`ru-KZ`).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = dala_wire::languages::ui_language(tag)?;
        dala_wire::languages::language(tag).map(Lang)
    }

    /// The first of the browser's preferred languages that the interface has, if any (else the
    /// server's default applies: see [`crate::messages`]).
    pub fn from_browser() -> Option<Lang> {
        let navigator = gloo::utils::window().navigator();
        let preferred: Vec<String> = navigator.languages().iter().filter_map(|v| v.as_string()).collect();
        let first = navigator.language();
        dala_wire::languages::first_ui_language(preferred.iter().map(String::as_str).chain(first.as_deref()))
            .and_then(Lang::from_tag)
    }
}

/// A bundle of `lang` from Fluent source (the server's merged messages). Unicode isolation marks
/// go around arguments only in right-to-left languages, where a Latin course name or a number
/// inside the sentence needs them; elsewhere they would only end up in the page title.
fn bundle(lang: Lang, sources: &[&str]) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = lang.tag().parse().expect("a valid language tag");
    let mut bundle = FluentBundle::new(vec![id]);
    bundle.set_use_isolating(lang.rtl());
    for source in sources {
        let resource =
            FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(resource, _errors)| resource);
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
        self.lang == other.lang && Rc::ptr_eq(&self.bundle, &other.bundle)
    }
}

impl I18n {
    /// The translator for `lang` from its messages (Fluent source, as the server sends them).
    pub fn from_messages(lang: Lang, messages: &str) -> Self {
        I18n { lang, bundle: Rc::new(bundle(lang, &[messages])) }
    }

    /// The translator for `lang` from the files in `web/locales` (the host's unit tests).
    #[cfg(test)]
    pub fn new(lang: Lang) -> Self {
        let sources = tests::sources(lang.tag());
        let sources: Vec<&str> = sources.iter().map(String::as_str).collect();
        I18n { lang, bundle: Rc::new(bundle(lang, &sources)) }
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
        let (shown, id) = dala_wire::display::size_for_people(bytes, self.lang.0.decimal);
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

    /// The message files of `tag` in `web/locales`.
    pub fn sources(tag: &str) -> Vec<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(tag);
        let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        files
            .iter()
            .filter(|f| f.extension().is_some_and(|e| e == "ftl"))
            .map(|f| std::fs::read_to_string(f).unwrap())
            .collect()
    }

    fn ids(lang: Lang) -> BTreeSet<String> {
        let mut ids = BTreeSet::new();
        for source in sources(lang.tag()) {
            let resource = FluentResource::try_new(source)
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

    /// Every `t("…")` / `t_with("…"` in the client's source names a message that exists.
    #[test]
    fn every_message_used_in_the_code_exists() {
        let known = ids(Lang::EN);
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
        assert_eq!(I18n::new(Lang::EN).bytes(850), "850 B");
        assert_eq!(I18n::new(Lang::EN).bytes(12_400), "12 KB");
        assert_eq!(I18n::new(Lang::EN).bytes(1_440_000), "1.4 MB");
        assert_eq!(I18n::new(Lang::RU).bytes(1_440_000), "1,4 МБ");
    }

    #[test]
    fn plurals_follow_each_language() {
        let count = |lang, n: u32| I18n::new(lang).t_with("lesson-count", &[("count", FluentValue::from(n))]);
        assert_eq!(count(Lang::EN, 1), "1 lesson");
        assert_eq!(count(Lang::EN, 6), "6 lessons");
        assert_eq!(count(Lang::RU, 1), "1 урок");
        assert_eq!(count(Lang::RU, 3), "3 урока");
        assert_eq!(count(Lang::RU, 6), "6 уроков");
    }
}
