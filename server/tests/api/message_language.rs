//! Error messages and a draft's problems in the language the request asks for
//! (`Accept-Language`), the installation's default without one, and a message the language
//! lacks from the next language of its chain.

use axum::body::Body;
use axum::http::{Method, StatusCode, header};
use dala_server::languages::Languages;
use serde_json::json;

use crate::support::{Backend, TestApp};

on_both_databases!(
    an_error_is_in_the_language_asked_for_else_the_installation_s,
    a_message_kazakh_lacks_comes_from_its_chain,
    errors_of_extractors_compressed_routes_and_unknown_versions_are_translated_too
);

const RUSSIAN: &str = "сначала войдите: отправьте `Authorization: Bearer <token>`";
const ENGLISH: &str = "sign in first: send `Authorization: Bearer <token>`";

/// A request without a session: refused with `unauthorized` (not rate limited, unlike a
/// wrong password, so it can be asked again and again).
async fn unsigned(app: &TestApp, accept_language: Option<&str>) -> crate::support::Reply {
    let headers: Vec<(&str, &str)> = accept_language.map(|l| ("accept-language", l)).into_iter().collect();
    app.get("/api/v1/me", &headers).await
}

async fn an_error_is_in_the_language_asked_for_else_the_installation_s(backend: Backend) {
    let mut app = TestApp::new(backend).await;
    let russian = unsigned(&app, Some("ru-RU, en;q=0.5")).await;
    assert_eq!(russian.status, StatusCode::UNAUTHORIZED);
    assert_eq!(russian.error().code, dala_wire::ErrorCode::Unauthorized, "the code stays");
    assert_eq!(russian.error().message, RUSSIAN);
    assert_eq!(russian.header(header::CONTENT_LANGUAGE), "ru");
    assert!(russian.header(header::VARY).contains("accept-language"), "{:?}", russian.headers);
    assert_eq!(russian.header(header::WWW_AUTHENTICATE), "Bearer", "the error's own headers stay");

    let plain = unsigned(&app, None).await;
    assert_eq!(plain.error().message, ENGLISH);
    assert_eq!(plain.header(header::CONTENT_LANGUAGE), "en");
    let unknown = unsigned(&app, Some("de-DE")).await;
    assert_eq!(unknown.error().message, ENGLISH, "a language the interface lacks: the default");

    app.set_languages(Languages::new("ru", &[]).unwrap());
    assert_eq!(unsigned(&app, None).await.error().message, RUSSIAN);
    assert_eq!(unsigned(&app, Some("de")).await.error().message, RUSSIAN);
    assert_eq!(unsigned(&app, Some("en")).await.error().message, ENGLISH);
}

async fn a_message_kazakh_lacks_comes_from_its_chain(backend: Backend) {
    let mut app = TestApp::new(backend).await;
    let kazakh_has_it = dala_server::languages::server_file("kk").unwrap().contains("\nerror-unauthorized =");
    let kazakh = unsigned(&app, Some("kk-KZ")).await;
    assert_eq!(kazakh.header(header::CONTENT_LANGUAGE), "kk");
    if kazakh_has_it {
        assert_ne!(kazakh.error().message, ENGLISH, "Kazakh's own words");
    } else {
        // kk → ru → en: Russian, which most Kazakh readers read, before English.
        assert_eq!(kazakh.error().message, RUSSIAN);
        // The installation's chain, not the built-in one.
        app.set_languages(Languages::new("en", &["kk=en".into()]).unwrap());
        assert_eq!(unsigned(&app, Some("kk")).await.error().message, ENGLISH);
    }
}

async fn errors_of_extractors_compressed_routes_and_unknown_versions_are_translated_too(backend: Backend) {
    let app = TestApp::new(backend).await;
    let russian = [("accept-language", "ru"), ("content-type", "application/json")];
    let broken = app.send(Method::POST, "/api/v1/sessions", &russian, Body::from("{not json")).await;
    assert_eq!(broken.status, StatusCode::BAD_REQUEST);
    assert!(
        broken.error().message.starts_with("тело запроса — не корректный JSON: "),
        "{}",
        broken.error().message
    );

    let shape = app.send(Method::POST, "/api/v1/sessions", &russian, Body::from("{\"login\": 3}")).await;
    assert_eq!(shape.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        shape.error().message.starts_with("у JSON в теле запроса не та структура: "),
        "{}",
        shape.error().message
    );

    for path in ["/api/v1/nothing-here", "/api/v9/courses"] {
        let missing = app.get(path, &[("accept-language", "ru")]).await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(missing.error().message, "такого адреса API нет", "{path}");
    }

    // The sync route compresses its answers; an error answer is rewritten whole, uncompressed.
    let headers =
        [("accept-language", "ru"), ("accept-encoding", "gzip, br"), ("content-type", "application/json")];
    let unsigned = app
        .send(
            Method::POST,
            "/api/v1/progress/sync",
            &headers,
            Body::from(json!({ "events": [] }).to_string()),
        )
        .await;
    assert_eq!(unsigned.status, StatusCode::UNAUTHORIZED);
    assert!(unsigned.headers.get(header::CONTENT_ENCODING).is_none(), "{:?}", unsigned.headers);
    assert_eq!(unsigned.error().message, "сначала войдите: отправьте `Authorization: Bearer <token>`");
    assert_eq!(unsigned.header(header::CONTENT_TYPE), "application/json");

    // A successful answer is untouched.
    let catalog = app.get("/api/v1/courses", &[("accept-language", "ru")]).await;
    assert_eq!(catalog.status, StatusCode::OK);
    assert!(catalog.headers.get(header::CONTENT_LANGUAGE).is_none());
}
