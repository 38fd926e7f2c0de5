//! The interface's messages: fetched for the one language shown, never compiled into the app,
//! so a language costs only the learner who reads it. The server sends a language's messages
//! with its fallbacks filled in (`GET /locales/<tag>.ftl`); the service worker keeps the file,
//! so the app opens in that language offline too.

use crate::api::{self, ApiFailure};
use crate::i18n::{I18n, Lang};

/// The build's messages (a hash of `web/locales`, set by `cargo xtask build-web`): part of the
/// file's address, so that a new build's messages are fetched anew and the service worker keeps
/// each build's apart.
pub const VERSION: &str = match option_env!("DALA_MESSAGES_VERSION") {
    Some(version) => version,
    None => "dev",
};

/// The messages of `wanted`, or (`None`) of the installation's default language, which the
/// server names as it answers.
pub async fn load(wanted: Option<Lang>) -> Result<I18n, ApiFailure> {
    let tag = wanted.map_or("default", Lang::tag);
    let (served, text) = api::messages(tag, VERSION).await?;
    let lang = Lang::from_tag(&served).or(wanted).unwrap_or(Lang::EN);
    // On a first visit the service worker is not in charge yet, so it did not see this file
    // go by: once it is, the file is asked for again through it (the browser's own cache
    // answers, after a revalidation of a few bytes), so the next visit opens offline.
    crate::storage::when_service_worker_takes_over(move || {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = api::messages(lang.tag(), VERSION).await;
        });
    });
    Ok(I18n::from_messages(lang, &text))
}
