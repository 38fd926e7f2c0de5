//! The first page: `/` carries the catalog as HTML, in the visitor's language, so it paints
//! before the client's wasm arrives; every other address gets its bundle's plain page.

use axum::http::{StatusCode, header};

use crate::support::{Backend, TestApp, brotli_decode};

/// The shape of the built `index.html` that matters here.
const INDEX: &str = "<!doctype html>\n<html lang=\"en\">\n<head><title>Dala</title>\
    <script type=\"module\" src=\"/boot-0123456789abcdef.js\"></script></head>\n<body>\n<noscript>x</noscript>\n</body>\n</html>\n";

on_both_databases!(the_first_page_carries_the_catalog_in_the_visitors_language, each_bundle_has_its_own_page);

async fn the_first_page_carries_the_catalog_in_the_visitors_language(backend: Backend) {
    let app = TestApp::new(backend).await;
    std::fs::write(app.dir().join("web/index.html"), INDEX).unwrap();

    let russian = app.get("/", &[("accept-language", "de-DE,ru;q=0.8")]).await;
    assert_eq!(russian.status, StatusCode::OK);
    assert!(russian.header(header::CONTENT_TYPE).starts_with("text/html"));
    assert_eq!(russian.header(header::CACHE_CONTROL), "no-cache");
    assert!(russian.header(header::VARY).contains("Accept-Language"));
    let page = String::from_utf8(russian.body.clone()).unwrap();
    for expected in [
        "<html lang=\"ru\" dir=\"ltr\">",
        "<title>Курсы · Dala</title>",
        "<h1>Курсы</h1>",
        "<a href=\"/courses/http-course\">HTTP course</a>",
        "Served in tests.",
        // The app's loader stays: it takes over once the wasm is there.
        "src=\"/boot-0123456789abcdef.js\"",
        "<noscript>",
    ] {
        assert!(page.contains(expected), "no {expected:?} in the first page: {page}");
    }
    // Exactly one first paint, before the rest of the body.
    assert_eq!(page.matches("id=\"first-paint\"").count(), 1);
    assert!(page.find("id=\"first-paint\"").unwrap() < page.find("<noscript>").unwrap());

    let english = app.get("/", &[("accept-language", "de-DE,en;q=0.5")]).await;
    let page = String::from_utf8(english.body).unwrap();
    assert!(page.contains("<html lang=\"en\" dir=\"ltr\">") && page.contains("<h1>Courses</h1>"), "{page}");

    // Each of the region's languages is its own; Dari's page is right to left.
    let kazakh =
        String::from_utf8(app.get("/", &[("accept-language", "kk-KZ,ru;q=0.8")]).await.body).unwrap();
    assert!(
        kazakh.contains("<html lang=\"kk\" dir=\"ltr\">") && kazakh.contains("<h1>Курстар</h1>"),
        "{kazakh}"
    );
    let dari = String::from_utf8(app.get("/", &[("accept-language", "fa-AF")]).await.body).unwrap();
    assert!(dari.contains("<html lang=\"fa-AF\" dir=\"rtl\">"), "{dari}");
    assert!(dari.contains("<title>کورس‌ها · Dala</title>"), "{dari}");

    // Compressed on the way, like every page.
    let compressed = app.get("/", &[("accept-encoding", "br")]).await;
    assert_eq!(compressed.header(header::CONTENT_ENCODING), "br");
    assert!(String::from_utf8(brotli_decode(&compressed.body)).unwrap().contains("<h1>Courses</h1>"));

    // An archived course is not on it.
    app.account("root", true, None).await;
    let superadmin = app.sign_in("root").await;
    let archived = app
        .send_json(
            axum::http::Method::POST,
            "/api/v1/courses/http-course/archive",
            Some(&superadmin),
            &serde_json::json!({ "archived": true }),
        )
        .await;
    assert_eq!(archived.status, StatusCode::NO_CONTENT, "{:?}", String::from_utf8_lossy(&archived.body));
    let page = String::from_utf8(app.get("/", &[]).await.body).unwrap();
    assert!(!page.contains("HTTP course"), "{page}");
}

async fn each_bundle_has_its_own_page(backend: Backend) {
    let app = TestApp::new(backend).await;
    let web = app.dir().join("web");
    std::fs::write(web.join("index.html"), INDEX).unwrap();
    std::fs::write(web.join("staff.html"), "<!doctype html><title>staff</title>").unwrap();
    std::fs::write(web.join("verify.html"), "<!doctype html><title>verify</title>").unwrap();
    let body = |path: &'static str| {
        let app = &app;
        async move {
            let reply = app.get(path, &[]).await;
            assert_eq!(reply.status, StatusCode::OK, "{path}");
            String::from_utf8(reply.body).unwrap()
        }
    };
    for path in ["/author", "/author/http-course", "/dashboard", "/organizations/1"] {
        assert!(body(path).await.contains("<title>staff</title>"), "{path}");
    }
    assert!(body("/verify").await.contains("<title>verify</title>"));
    // The learner's other pages, and the page file itself, are plain: only `/` has the catalog.
    for path in ["/courses/http-course", "/sign-in", "/index.html", "/authors"] {
        let page = body(path).await;
        assert!(page.contains("<title>Dala</title>") && !page.contains("first-paint"), "{path}: {page}");
    }
}
