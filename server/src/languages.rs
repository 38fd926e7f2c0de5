//! The interface's messages as the server hands them out: `GET /locales/<tag>.ftl` is the whole
//! client's messages in one language, every message the language lacks filled in along the
//! installation's fallback chain (e.g. ky → ru → en), so a device fetches one file for the one
//! language it shows and never shows a message id. The server's first page reads the same
//! merged messages.
//!
//! The messages are compiled in (`build.rs`): the binary and the client it serves come from one
//! source tree. The languages are `dala_wire::languages::UI_LANGUAGES`; an installation picks
//! the default (for a browser that asks for none of them) and may change the chains
//! (`dala serve --default-language`, `--language-fallback`).

use std::collections::HashSet;
use std::sync::OnceLock;

use axum::extract::{Path, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use dala_wire::languages::{ENGLISH, UI_LANGUAGES, UiLanguage};
use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use sha2::{Digest, Sha256};

use crate::AppState;
use crate::i18n::{Messages, Text};

mod compiled {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// The client's message files of `tag`, by file stem (empty for a language without a folder).
pub fn client_files(tag: &str) -> &'static [(&'static str, &'static str)] {
    compiled::CLIENT.iter().find(|(t, _)| *t == tag).map_or(&[], |(_, files)| files)
}

/// The tags that have a folder in `web/locales`.
pub fn client_tags() -> impl Iterator<Item = &'static str> {
    compiled::CLIENT.iter().map(|(tag, _)| *tag)
}

/// The server's own message file of `tag` (`server/locales/<tag>.ftl`), if there is one.
pub fn server_file(tag: &str) -> Option<&'static str> {
    compiled::SERVER.iter().find(|(t, _)| *t == tag).map(|(_, text)| *text)
}

/// The tags that have a file in `server/locales`.
pub fn server_tags() -> impl Iterator<Item = &'static str> {
    compiled::SERVER.iter().map(|(tag, _)| *tag)
}

/// A language's messages as served: the merged text, its tag for `ETag`, and the same parsed
/// for the first page.
pub struct Served {
    pub text: String,
    pub etag: String,
    pub bundle: FluentBundle<FluentResource>,
}

/// This installation's languages: the default and each language's fallback chain.
pub struct Languages {
    default: &'static str,
    /// Per entry of `UI_LANGUAGES`: its chain (itself first, English last), and its messages
    /// (the client's as served, the server's own) once first asked for.
    chains: Vec<(Vec<&'static str>, OnceLock<Served>, OnceLock<Messages>)>,
}

impl std::fmt::Debug for Languages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Languages").field("default", &self.default).finish_non_exhaustive()
    }
}

impl Default for Languages {
    fn default() -> Self {
        Languages::new(ENGLISH, &[]).expect("the built-in chains are valid")
    }
}

impl Languages {
    /// `default` and the installation's `overrides` (`ky=ru,en`: Kyrgyz falls back to Russian,
    /// then English), checked: every tag must be an interface language.
    pub fn new(default: &str, overrides: &[String]) -> anyhow::Result<Languages> {
        let known = |tag: &str| -> anyhow::Result<&'static UiLanguage> {
            dala_wire::languages::language(tag).ok_or_else(|| {
                let all: Vec<&str> = UI_LANGUAGES.iter().map(|l| l.tag).collect();
                anyhow::anyhow!("`{tag}` is not an interface language (they are {})", all.join(", "))
            })
        };
        let default = known(default)?.tag;
        let mut chosen: Vec<(&'static str, Vec<&'static str>)> = Vec::new();
        for item in overrides {
            let (tag, rest) = item
                .split_once('=')
                .ok_or_else(|| anyhow::anyhow!("`{item}`: a fallback is written `ky=ru,en`"))?;
            let tag = known(tag)?.tag;
            if tag == ENGLISH {
                anyhow::bail!(
                    "`{item}`: English is what every language falls back to, and it falls back to none"
                );
            }
            let chain = rest
                .split(',')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(|t| known(t).map(|l| l.tag))
                .collect::<anyhow::Result<Vec<_>>>()?;
            chosen.retain(|(t, _)| *t != tag);
            chosen.push((tag, chain));
        }
        let chains = UI_LANGUAGES
            .iter()
            .map(|language| {
                let middle = chosen
                    .iter()
                    .find(|(tag, _)| *tag == language.tag)
                    .map_or(language.fallback.to_vec(), |(_, chain)| chain.clone());
                let mut chain = vec![language.tag];
                for tag in middle.into_iter().chain([ENGLISH]) {
                    if !chain.contains(&tag) {
                        chain.push(tag);
                    }
                }
                (chain, OnceLock::new(), OnceLock::new())
            })
            .collect();
        Ok(Languages { default, chains })
    }

    /// The language a browser gets when it asks for none the interface has.
    pub fn default_language(&self) -> &'static str {
        self.default
    }

    /// The language for an `Accept-Language` header: the first the interface has, else the
    /// installation's default.
    pub fn for_accept_language(&self, header: &str) -> &'static str {
        dala_wire::languages::from_accept_language(header).unwrap_or(self.default)
    }

    /// `tag`'s chain: itself, then where its missing messages come from.
    pub fn chain(&self, tag: &str) -> Option<&[&'static str]> {
        let index = UI_LANGUAGES.iter().position(|l| l.tag == tag)?;
        Some(&self.chains[index].0)
    }

    /// The server's own messages in `tag` (an interface language; else the default), along this
    /// installation's chain, built the first time they are asked for.
    pub fn messages(&self, tag: &str) -> &Messages {
        let index = UI_LANGUAGES
            .iter()
            .position(|l| l.tag == tag)
            .or_else(|| UI_LANGUAGES.iter().position(|l| l.tag == self.default))
            .expect("the default is an interface language");
        let (chain, _, cell) = &self.chains[index];
        cell.get_or_init(|| Messages::along(chain))
    }

    /// The language a request asks for in its `Accept-Language` header, else the default.
    pub fn for_request(&self, headers: &HeaderMap) -> &'static str {
        let header = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or("");
        self.for_accept_language(header)
    }

    /// `tag`'s merged messages (built the first time they are asked for).
    pub fn served(&self, tag: &str) -> Option<&Served> {
        let index = UI_LANGUAGES.iter().position(|l| l.tag == tag)?;
        let (chain, cell, _) = &self.chains[index];
        Some(cell.get_or_init(|| {
            let text = merged(chain);
            let etag = format!("\"{}\"", &hex::encode(Sha256::digest(text.as_bytes()))[..20]);
            let resource = FluentResource::try_new(text.clone()).unwrap_or_else(|(resource, _)| resource);
            let mut bundle = FluentBundle::new_concurrent(vec![tag.parse().expect("a valid language tag")]);
            bundle.set_use_isolating(false);
            let _ = bundle.add_resource(resource);
            Served { text, etag, bundle }
        }))
    }
}

/// The language a request asks for (`Accept-Language`, negotiated against the interface's
/// languages; the installation's default when it names none of them), with the server's messages
/// in it: what a handler puts a draft's problems in words with.
pub struct Asked {
    languages: std::sync::Arc<Languages>,
    pub tag: &'static str,
}

impl Asked {
    pub fn new(languages: std::sync::Arc<Languages>, headers: &HeaderMap) -> Asked {
        let tag = languages.for_request(headers);
        Asked { languages, tag }
    }

    pub fn messages(&self) -> &Messages {
        self.languages.messages(self.tag)
    }

    /// `text` in the request's language.
    pub fn render(&self, text: &Text) -> String {
        self.messages().render(text)
    }
}

impl axum::extract::FromRequestParts<AppState> for Asked {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(Asked::new(state.languages.clone(), &parts.headers))
    }
}

/// The client's messages along `chain`: every message and term of the first language, then those
/// of the next that the first lacks, and so on; comments left out (they are for translators, not
/// worth a learner's bytes).
pub fn merged(chain: &[&str]) -> String {
    let texts: Vec<String> = chain
        .iter()
        .map(|tag| client_files(tag).iter().map(|(_, text)| *text).collect::<Vec<_>>().join("\n"))
        .collect();
    merge(&texts)
}

/// Fluent sources merged: each message or term from the first source that has it.
fn merge(texts: &[String]) -> String {
    use fluent_syntax::ast::{Entry, Resource};
    let mut seen = HashSet::new();
    let mut body = Vec::new();
    for text in texts {
        let resource =
            fluent_syntax::parser::parse_runtime(text.as_str()).unwrap_or_else(|(resource, _)| resource);
        for entry in resource.body {
            let id = match &entry {
                Entry::Message(message) => message.id.name.to_owned(),
                Entry::Term(term) => format!("-{}", term.id.name),
                _ => continue,
            };
            if seen.insert(id) {
                body.push(entry);
            }
        }
    }
    fluent_syntax::serializer::serialize(&Resource { body })
}

/// `GET /locales/<tag>.ftl` (or `default.ftl`: the installation's default language): the
/// client's messages in that language, its fallbacks filled in. `Content-Language` names the
/// language sent; an `ETag` lets a device that has them revalidate for a few bytes.
pub async fn client_messages(
    State(state): State<AppState>,
    Path(file): Path<String>,
    request: Request,
) -> Response {
    let Some(asked) = file.strip_suffix(".ftl") else {
        return (StatusCode::NOT_FOUND, "not found").into_response();
    };
    let tag = if asked == "default" {
        Some(state.languages.default_language())
    } else {
        dala_wire::languages::language(asked).map(|l| l.tag)
    };
    let Some(served) = tag.and_then(|tag| state.languages.served(tag).map(|served| (tag, served))) else {
        return (StatusCode::NOT_FOUND, format!("no interface language `{asked}`")).into_response();
    };
    let (tag, served) = served;
    let etag = HeaderValue::from_str(&served.etag).expect("hex in quotes");
    let unchanged = request
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == served.etag));
    let mut response = if unchanged {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        served.text.clone().into_response()
    };
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    headers.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(tag));
    headers.insert(header::ETAG, etag);
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chains_start_with_the_language_and_end_in_english() {
        let languages = Languages::default();
        assert_eq!(languages.chain("ky"), Some(&["ky", "ru", "en"][..]));
        assert_eq!(languages.chain("en"), Some(&["en"][..]));
        assert_eq!(languages.chain("fa-AF"), Some(&["fa-AF", "en"][..]));
        let chosen = Languages::new("ru", &["ky=kk,ru".into(), "fa-AF=tg".into()]).unwrap();
        assert_eq!(chosen.default_language(), "ru");
        assert_eq!(chosen.chain("ky"), Some(&["ky", "kk", "ru", "en"][..]));
        assert_eq!(chosen.chain("fa-AF"), Some(&["fa-AF", "tg", "en"][..]));
        assert_eq!(chosen.for_accept_language("de, fr"), "ru");
        assert_eq!(chosen.for_accept_language("de, kk;q=0.3"), "kk");
        for wrong in [&["xx=ru".to_owned()][..], &["ky".into()], &["ky=ru,zz".into()], &["en=ru".into()]] {
            let error = Languages::new("en", wrong).unwrap_err().to_string();
            assert!(
                error.contains("ky=ru,en")
                    || error.contains("not an interface language")
                    || error.contains("falls back to none"),
                "{error}"
            );
        }
        assert!(Languages::new("de", &[]).is_err());
    }

    #[test]
    fn a_merged_language_has_every_english_message_and_its_own_words_first() {
        let english = Languages::default();
        let en = &english.served("en").unwrap().bundle;
        let ru = &english.served("ru").unwrap().bundle;
        let text = |bundle: &FluentBundle<FluentResource>, id: &str| {
            let pattern = bundle.get_message(id).and_then(|m| m.value()).unwrap();
            bundle.format_pattern(pattern, None, &mut vec![]).into_owned()
        };
        assert_eq!(text(en, "catalog-title"), "Courses");
        assert_eq!(text(ru, "catalog-title"), "Курсы");
        assert!(!english.served("ru").unwrap().text.contains("status: draft"), "comments are left out");
    }

    #[test]
    fn a_missing_message_comes_from_the_next_language_of_the_chain() {
        let ky = "### status: draft\n# A comment.\nhello = Салам\nlessons = { $count ->\n    [one] { $count } сабак\n   *[other] { $count } сабак\n}\n";
        let ru = "hello = Привет\nbye = Пока\n";
        let en = "hello = Hello\nbye = Bye\nthanks = Thanks\n-brand = Dala\n";
        let merged = merge(&[ky.to_owned(), ru.to_owned(), en.to_owned()]);
        let resource = FluentResource::try_new(merged.clone()).expect("the merge parses");
        let mut bundle = FluentBundle::new_concurrent(vec!["ky".parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).expect("each id once");
        let text = |id: &str| {
            let pattern = bundle.get_message(id).and_then(|m| m.value()).unwrap();
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("count", 3);
            bundle.format_pattern(pattern, Some(&args), &mut vec![]).into_owned()
        };
        assert_eq!(text("hello"), "Салам");
        assert_eq!(text("bye"), "Пока");
        assert_eq!(text("thanks"), "Thanks");
        assert_eq!(text("lessons"), "3 сабак");
        assert!(merged.contains("-brand = Dala"), "{merged}");
        assert!(!merged.contains("comment") && !merged.contains("draft"), "{merged}");
    }
}
