//! The server's own words for people, through Fluent like the web client's:
//! `server/locales/<tag>.ftl`, compiled in ([`crate::languages::server_file`]). They are the
//! certificate PDF and a credential's criteria (in the course's language), the `message` of an
//! API error and the problems of a course or draft (in the language the request asks for:
//! [`crate::languages::Asked`]). A missing message comes from the language's fallback chain, and
//! in the end from English.
//!
//! Code that says something to a person builds a [`Text`] with [`text!`](crate::text): a message
//! id and its arguments, put in words only where the language is known. Its `Display` is the
//! English, for logs and `dala` commands' errors.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A message to put in words: its id in `server/locales/en.ftl` and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// An argument of a [`Text`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Words that are not translated: a name, a file, a parser's detail.
    Str(String),
    /// A number, so that the language's plural rules can choose the words around it.
    Number(i64),
    /// A message put in words in the same language (a field's name inside a sentence).
    Text(Box<Text>),
    /// Messages put in words and joined with `; ` (the problems of a draft).
    List(Vec<Text>),
}

impl Text {
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Text {
        Text { id, args }
    }
}

/// The English words, for logs and the terminal.
impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&Messages::for_language(dala_wire::languages::ENGLISH).render(self))
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Arg {
        Arg::Str(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Arg {
        Arg::Str(value.clone())
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Arg {
        Arg::Str(value.to_owned())
    }
}

impl From<Text> for Arg {
    fn from(value: Text) -> Arg {
        Arg::Text(Box::new(value))
    }
}

impl From<Vec<Text>> for Arg {
    fn from(value: Vec<Text>) -> Arg {
        Arg::List(value)
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Arg {
                Arg::Number(i64::try_from(value).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(i32, i64, u32, u64, usize);

/// A [`Text`]: `text!("error-login-taken", login = name)`. The id must be a message of
/// `server/locales/en.ftl` (a test reads every `text!` of the sources to check it is); each
/// argument is anything [`Arg`] converts from, named as the message names its variable.
#[macro_export]
macro_rules! text {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Text::new($id, vec![$((stringify!($name), $crate::i18n::Arg::from($value))),*])
    };
}

/// The server's messages in one language, parsed once: a language's messages are built the first
/// time they are asked for and shared by every request after.
pub struct Messages {
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages").field("locales", &self.bundle.locales).finish()
    }
}

impl Messages {
    /// The messages for a BCP 47 language tag such as `ru`, `ru-KZ` or `fa-AF`, along the
    /// built-in fallback chain (`dala_wire::languages`): the language's own, then its
    /// fallbacks', then English; English alone for a language the interface lacks. Requests
    /// use the installation's chains instead ([`crate::languages::Languages::messages`]).
    pub fn for_language(tag: &str) -> &'static Messages {
        static BUILT_IN: OnceLock<Vec<OnceLock<Messages>>> = OnceLock::new();
        let languages = dala_wire::languages::UI_LANGUAGES;
        let cells = BUILT_IN.get_or_init(|| languages.iter().map(|_| OnceLock::new()).collect());
        let language = dala_wire::languages::ui_language(tag).and_then(dala_wire::languages::language);
        let language = language
            .or_else(|| dala_wire::languages::language(dala_wire::languages::ENGLISH))
            .expect("English is an interface language");
        let index = languages.iter().position(|l| l.tag == language.tag).expect("a listed language");
        cells[index].get_or_init(|| {
            let chain: Vec<&str> = std::iter::once(language.tag)
                .chain(language.fallback.iter().copied())
                .chain([dala_wire::languages::ENGLISH])
                .collect();
            Messages::along(&chain)
        })
    }

    /// The messages of `chain`'s first language, each missing one from the next language that
    /// has it.
    pub fn along(chain: &[&str]) -> Messages {
        let tag = chain.first().copied().unwrap_or(dala_wire::languages::ENGLISH);
        let mut bundle = FluentBundle::new_concurrent(vec![tag.parse().expect("a valid language tag")]);
        // No Unicode isolation marks around arguments: they would end up in PDFs and JSON.
        bundle.set_use_isolating(false);
        for source in chain
            .iter()
            .copied()
            .chain([dala_wire::languages::ENGLISH])
            .filter_map(crate::languages::server_file)
        {
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

    /// `text` in words.
    pub fn render(&self, text: &Text) -> String {
        let args: Vec<(&str, FluentValue)> = text
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Str(s) => FluentValue::from(s.clone()),
                    Arg::Number(n) => FluentValue::from(*n),
                    Arg::Text(inner) => FluentValue::from(self.render(inner)),
                    Arg::List(items) => {
                        FluentValue::from(items.iter().map(|t| self.render(t)).collect::<Vec<_>>().join("; "))
                    }
                };
                (*name, value)
            })
            .collect();
        self.text(text.id, &args)
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

    /// The ids of server/locales/en.ftl's messages.
    fn english_ids() -> Vec<&'static str> {
        let english = crate::languages::server_file("en").expect("server/locales/en.ftl");
        let resource = fluent_syntax::parser::parse_runtime(english).unwrap();
        resource
            .body
            .iter()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_message_exists_in_english() {
        let ids = english_ids();
        assert!(ids.len() > 10, "{ids:?}");
        for tag in dala_wire::languages::UI_LANGUAGES.iter().map(|l| l.tag) {
            let messages = Messages::for_language(tag);
            for id in &ids {
                let text = messages.text(id, &[("version", "1".into())]);
                assert_ne!(&text, id, "{id} in {tag}");
            }
        }
    }

    /// The id of every use of the `text!` macro in the server's sources, read from the files themselves.
    fn ids_in_the_code() -> Vec<(String, String)> {
        fn walk(dir: &std::path::Path, found: &mut Vec<(String, String)>) {
            for entry in std::fs::read_dir(dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, found);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let source = std::fs::read_to_string(&path).unwrap();
                    for (at, _) in source.match_indices("text!(") {
                        let rest = source[at + "text!(".len()..].trim_start();
                        // The macro's own definition and this test's search are no uses.
                        let Some(rest) = rest.strip_prefix('"') else { continue };
                        let id = &rest[..rest.find('"').unwrap()];
                        if id.is_empty()
                            || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                        {
                            continue;
                        }
                        found.push((id.to_owned(), path.display().to_string()));
                    }
                }
            }
        }
        let mut found = Vec::new();
        walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut found);
        found
    }

    #[test]
    fn every_text_of_the_code_is_an_english_message_and_every_message_is_used() {
        let messages = english_ids();
        let used = ids_in_the_code();
        assert!(used.len() > 100, "{used:?}");
        for (id, file) in &used {
            assert!(messages.contains(&id.as_str()), "{file} says text!(\"{id}\"), which en.ftl lacks");
        }
        // The errors and problems are all said through `text!`; a message no code says is dead.
        for id in messages.iter().filter(|id| id.starts_with("error-") || id.starts_with("problem-")) {
            assert!(used.iter().any(|(u, _)| u == id), "{id} of en.ftl is said nowhere");
        }
    }

    #[test]
    fn a_text_is_put_in_words_with_its_arguments() {
        let text =
            crate::text!("error-name-length", field = crate::text!("error-field-display-name"), max = 64);
        assert_eq!(text.to_string(), "a display name is 1 to 64 characters");
        assert_eq!(Messages::for_language("ru").render(&text), "отображаемое имя: от 1 до 64 символов");
        let wait = |seconds: i64| crate::text!("error-too-many-attempts", seconds = seconds);
        assert!(wait(1).to_string().ends_with("in 1 second"), "{}", wait(1));
        assert!(wait(30).to_string().ends_with("in 30 seconds"), "{}", wait(30));
        assert!(Messages::for_language("ru").render(&wait(21)).ends_with("через 21 секунду"));
        assert!(Messages::for_language("ru").render(&wait(5)).ends_with("через 5 секунд"));
        let list = crate::text!(
            "error-draft-problems",
            problems = vec![crate::text!("problem-no-lessons"), crate::text!("problem-metadata-missing")]
        );
        assert!(list.to_string().contains("`01-introduction.md`; missing"), "{list}");
    }

    #[test]
    fn messages_are_built_once_per_language() {
        assert!(std::ptr::eq(Messages::for_language("ru"), Messages::for_language("ru-KZ")));
        assert!(std::ptr::eq(Messages::for_language("de"), Messages::for_language("en")));
    }

    #[test]
    fn dates_are_written_out_in_the_language() {
        assert_eq!(Messages::for_language("en").date(1_795_000_000), "18 November 2026");
        assert_eq!(Messages::for_language("ru-KZ").date(1_795_000_000), "18 ноября 2026 г.");
        assert_eq!(Messages::for_language("de").date(0), "1 January 1970");
    }
}
