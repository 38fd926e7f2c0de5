//! The interface's messages, one language per file (`GET /locales/<tag>.ftl`): what the client
//! fetches for the language it shows, with the installation's default and fallbacks.

use axum::http::{StatusCode, header};
use dala_server::languages::Languages;

use crate::support::{Backend, TestApp, brotli_decode};

on_both_databases!(a_language_is_one_file_that_a_device_can_revalidate, the_installation_chooses_the_default);

async fn a_language_is_one_file_that_a_device_can_revalidate(backend: Backend) {
    let app = TestApp::new(backend).await;
    let kazakh = app.get("/locales/kk.ftl?v=1", &[]).await;
    assert_eq!(kazakh.status, StatusCode::OK);
    assert_eq!(kazakh.header(header::CONTENT_TYPE), "text/plain; charset=utf-8");
    assert_eq!(kazakh.header(header::CONTENT_LANGUAGE), "kk");
    assert_eq!(kazakh.header(header::CACHE_CONTROL), "no-cache");
    let text = String::from_utf8(kazakh.body.clone()).unwrap();
    assert!(text.contains("catalog-title = Курстар"), "{text}");
    // Staff messages too: one file serves every bundle.
    assert!(text.contains("\nedit-save"), "the editor's messages are in it");
    assert!(!text.contains("status: draft"), "translators' comments are not sent");

    // The same file again costs a few bytes.
    let etag = kazakh.header(header::ETAG).to_owned();
    assert!(etag.starts_with('"') && etag.len() > 10, "{etag}");
    let again = app.get("/locales/kk.ftl?v=1", &[("if-none-match", &etag)]).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());
    let other = app.get("/locales/ky.ftl?v=1", &[("if-none-match", &etag)]).await;
    assert_eq!(other.status, StatusCode::OK, "another language's tag does not match");

    // Compressed on the way.
    let compressed = app.get("/locales/fa-AF.ftl?v=1", &[("accept-encoding", "br")]).await;
    assert_eq!(compressed.header(header::CONTENT_ENCODING), "br");
    assert!(
        compressed.body.len() * 3 < brotli_decode(&compressed.body).len(),
        "{} bytes",
        compressed.body.len()
    );
    assert!(String::from_utf8(brotli_decode(&compressed.body)).unwrap().contains("catalog-title = کورس‌ها"));

    for missing in ["/locales/de.ftl", "/locales/kk.txt", "/locales/..%2Fen.ftl"] {
        assert_eq!(app.get(missing, &[]).await.status, StatusCode::NOT_FOUND, "{missing}");
    }
}

async fn the_installation_chooses_the_default(backend: Backend) {
    let mut app = TestApp::new(backend).await;
    let default = app.get("/locales/default.ftl?v=1", &[]).await;
    assert_eq!(default.header(header::CONTENT_LANGUAGE), "en");
    assert!(String::from_utf8(default.body).unwrap().contains("catalog-title = Courses"));

    app.set_languages(Languages::new("ru", &["ky=kk,ru".into()]).unwrap());
    let default = app.get("/locales/default.ftl?v=1", &[]).await;
    assert_eq!(default.header(header::CONTENT_LANGUAGE), "ru");
    assert!(String::from_utf8(default.body).unwrap().contains("catalog-title = Курсы"));
    // And so does the first page for a browser that asks for none of the interface's languages.
    std::fs::write(
        app.dir().join("web/index.html"),
        "<!doctype html>\n<html lang=\"en\">\n<head><title>Dala</title></head>\n<body>\n</body>\n</html>\n",
    )
    .unwrap();
    let page = String::from_utf8(app.get("/", &[("accept-language", "de-DE")]).await.body).unwrap();
    assert!(page.contains("<html lang=\"ru\" dir=\"ltr\">"), "{page}");
}
