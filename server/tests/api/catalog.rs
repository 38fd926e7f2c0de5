//! The course catalog, manifests, blobs and the served client.

use axum::http::{StatusCode, header};
use dala_server::course;
use dala_server::import_courses;
use dala_server::store::{ImportOutcome, Store};
use dala_wire::{ApiError, CourseSummary, ErrorCode, MANIFEST_DELTA_TYPE, Manifest, ManifestDelta};
use sha2::{Digest, Sha256};

use crate::support::{Backend, TestApp, brotli_decode, gzip_decode, write_course};

on_both_databases!(
    health,
    catalog_lists_courses_with_their_download_size,
    catalog_is_compressed_when_asked,
    manifest_is_named_by_its_sha256_and_revalidates,
    unknown_course_and_route_are_json_404s,
    blobs_are_immutable_and_verified_by_name,
    blobs_are_compressed_by_accept_encoding,
    blobs_support_ranges,
    an_update_is_the_manifest_delta_from_the_version_held,
    a_range_resumes_a_cut_blob_whatever_was_received,
    an_edited_lesson_comes_as_a_patch_of_the_version_held,
    bad_and_unknown_blob_names,
    the_client_is_served_with_its_routes,
    reimporting_an_unchanged_course_is_a_no_op_and_a_change_moves_one_blob,
    a_restarted_server_keeps_its_catalog,
    blob_files_of_an_installation_from_before_move_into_the_database,
);

async fn health(backend: Backend) {
    let app = TestApp::new(backend).await;
    let reply = app.get("/healthz", &[]).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body, b"ok");
}

async fn catalog_lists_courses_with_their_download_size(backend: Backend) {
    let app = TestApp::new(backend).await;
    let reply = app.get("/api/v1/courses", &[]).await;
    assert_eq!(reply.status, StatusCode::OK);
    let courses: Vec<CourseSummary> = serde_json::from_slice(&reply.body).unwrap();
    assert_eq!(courses.len(), 1);
    let course = &courses[0];
    assert_eq!(
        (course.slug.as_str(), course.title.as_str(), course.language.as_str()),
        ("http-course", "HTTP course", "en")
    );
    assert_eq!(course.lesson_count, 2);
    let manifest = app.manifest().await;
    assert_eq!(course.download_bytes, manifest.blobs().iter().map(|b| b.bytes).sum::<u64>());
    assert!(course.download_bytes > 2000, "two lessons and an image: {}", course.download_bytes);
}

async fn catalog_is_compressed_when_asked(backend: Backend) {
    let app = TestApp::new(backend).await;
    let plain = app.get("/api/v1/courses", &[]).await;
    let reply = app.get("/api/v1/courses", &[("accept-encoding", "gzip")]).await;
    assert_eq!(reply.header(header::CONTENT_ENCODING), "gzip");
    assert_eq!(gzip_decode(&reply.body), plain.body);
}

async fn manifest_is_named_by_its_sha256_and_revalidates(backend: Backend) {
    let app = TestApp::new(backend).await;
    let reply = app.get("/api/v1/courses/http-course/manifest", &[]).await;
    assert_eq!(reply.status, StatusCode::OK);
    let sha = hex::encode(Sha256::digest(&reply.body));
    assert_eq!(reply.header(header::ETAG), format!("W/\"{sha}\""));
    assert_eq!(reply.header(header::CACHE_CONTROL), "no-cache");
    let courses: Vec<CourseSummary> =
        serde_json::from_slice(&app.get("/api/v1/courses", &[]).await.body).unwrap();
    assert_eq!(courses[0].manifest_sha256, sha);
    let manifest: Manifest = serde_json::from_slice(&reply.body).unwrap();
    assert_eq!(manifest.lessons.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(), ["first", "second"]);

    let again =
        app.get("/api/v1/courses/http-course/manifest", &[("if-none-match", &format!("\"{sha}\""))]).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());
}

async fn unknown_course_and_route_are_json_404s(backend: Backend) {
    let app = TestApp::new(backend).await;
    for path in ["/api/v1/courses/no-such-course/manifest", "/api/v1/nothing-here", "/api/v2/courses"] {
        let reply = app.get(path, &[]).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
        if path.starts_with("/api/v1") {
            assert_eq!(reply.error().code, ErrorCode::NotFound, "{path}");
        }
    }
}

async fn blobs_are_immutable_and_verified_by_name(backend: Backend) {
    let app = TestApp::new(backend).await;
    let manifest = app.manifest().await;
    for blob in manifest.blobs() {
        let reply = app.get(&dala_wire::blob_path(&blob.sha256), &[]).await;
        assert_eq!(reply.status, StatusCode::OK);
        assert_eq!(hex::encode(Sha256::digest(&reply.body)), blob.sha256);
        assert_eq!(reply.body.len() as u64, blob.bytes);
        assert_eq!(reply.header(header::CACHE_CONTROL), "public, max-age=31536000, immutable");
        assert_eq!(reply.header(header::ETAG), format!("\"{}\"", blob.sha256));
        assert_eq!(reply.header(header::CONTENT_TYPE), blob.media_type);
        assert_eq!(reply.header(header::ACCEPT_RANGES), "bytes");
        assert_eq!(reply.header(header::X_CONTENT_TYPE_OPTIONS), "nosniff");
        let cached = app
            .get(&dala_wire::blob_path(&blob.sha256), &[("if-none-match", &format!("\"{}\"", blob.sha256))])
            .await;
        assert_eq!(cached.status, StatusCode::NOT_MODIFIED);
    }
}

async fn blobs_are_compressed_by_accept_encoding(backend: Backend) {
    let app = TestApp::new(backend).await;
    let manifest = app.manifest().await;
    let lesson = &manifest.lessons[0].blob;
    let path = dala_wire::blob_path(&lesson.sha256);
    let plain = app.get(&path, &[]).await;
    assert_eq!(plain.header(header::CONTENT_ENCODING), "");

    let br = app.get(&path, &[("accept-encoding", "gzip, deflate, br")]).await;
    assert_eq!(br.header(header::CONTENT_ENCODING), "br");
    assert_eq!(br.header(header::VARY), "accept-encoding");
    // Each encoding is a representation of its own, with its own strong validator.
    assert_eq!(br.header(header::ETAG), format!("\"{}-br\"", lesson.sha256));
    let revalidated = app.get(&path, &[("if-none-match", br.header(header::ETAG))]).await;
    assert_eq!(revalidated.status, StatusCode::NOT_MODIFIED);
    assert_eq!(revalidated.header(header::ETAG), br.header(header::ETAG));
    assert!(br.body.len() < plain.body.len() / 2, "{} vs {}", br.body.len(), plain.body.len());
    assert_eq!(brotli_decode(&br.body), plain.body);

    let gzip = app.get(&path, &[("accept-encoding", "gzip")]).await;
    assert_eq!(gzip.header(header::CONTENT_ENCODING), "gzip");
    assert_eq!(gzip.header(header::ETAG), format!("\"{}-gzip\"", lesson.sha256));
    assert_eq!(gzip_decode(&gzip.body), plain.body);

    let refused = app.get(&path, &[("accept-encoding", "br;q=0, gzip;q=0")]).await;
    assert_eq!(refused.header(header::CONTENT_ENCODING), "");
    assert_eq!(refused.body, plain.body);

    // The image is SVG text: compressed too.
    let svg =
        app.get(&dala_wire::blob_path(&manifest.assets[0].blob.sha256), &[("accept-encoding", "br")]).await;
    assert_eq!(svg.header(header::CONTENT_TYPE), "image/svg+xml");
    assert_eq!(svg.header(header::CONTENT_ENCODING), "br");
}

async fn blobs_support_ranges(backend: Backend) {
    let app = TestApp::new(backend).await;
    let manifest = app.manifest().await;
    let blob = &manifest.lessons[0].blob;
    let path = dala_wire::blob_path(&blob.sha256);
    let whole = app.get(&path, &[]).await.body;

    let first = app.get(&path, &[("range", "bytes=0-9"), ("accept-encoding", "br")]).await;
    assert_eq!(first.status, StatusCode::PARTIAL_CONTENT);
    assert_eq!(first.header(header::CONTENT_RANGE), format!("bytes 0-9/{}", blob.bytes));
    assert_eq!(first.header(header::CONTENT_ENCODING), "", "ranges are of the plain bytes");
    assert_eq!(first.header(header::ETAG), format!("\"{}\"", blob.sha256));
    assert_eq!(first.body, &whole[..10]);

    let rest = app.get(&path, &[("range", "bytes=10-")]).await;
    assert_eq!(rest.status, StatusCode::PARTIAL_CONTENT);
    assert_eq!([first.body, rest.body].concat(), whole);

    let tail = app.get(&path, &[("range", "bytes=-5")]).await;
    assert_eq!(tail.body, &whole[whole.len() - 5..]);

    let beyond = app.get(&path, &[("range", &format!("bytes={}-", blob.bytes))]).await;
    assert_eq!(beyond.status, StatusCode::RANGE_NOT_SATISFIABLE);
    assert_eq!(beyond.header(header::CONTENT_RANGE), format!("bytes */{}", blob.bytes));
    assert_eq!(beyond.error().code, ErrorCode::RangeNotSatisfiable);

    // A range of some other version of the resource is not used (If-Range, RFC 9110 §13.1.5).
    // Not of another resource, and not of the brotli bytes of this one.
    for other in ["\"other\"".to_owned(), format!("\"{}-br\"", blob.sha256)] {
        let stale = app.get(&path, &[("range", "bytes=0-9"), ("if-range", &other)]).await;
        assert_eq!(stale.status, StatusCode::OK, "{other}");
        assert_eq!(stale.body, whole);
    }
    let current =
        app.get(&path, &[("range", "bytes=0-9"), ("if-range", &format!("\"{}\"", blob.sha256))]).await;
    assert_eq!(current.status, StatusCode::PARTIAL_CONTENT);
}

async fn bad_and_unknown_blob_names(backend: Backend) {
    let app = TestApp::new(backend).await;
    for name in ["nothex", "ABCDEF", &"g".repeat(64), &"a".repeat(63)] {
        let reply = app.get(&format!("/api/v1/blobs/{name}"), &[]).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{name}");
        assert_eq!(reply.error().code, ErrorCode::BadRequest);
        assert!(reply.error().message.contains("64 lowercase hexadecimal"), "{}", reply.error().message);
    }
    let reply = app.get(&format!("/api/v1/blobs/{}", "a".repeat(64)), &[]).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert_eq!(reply.error(), ApiError { code: ErrorCode::NotFound, message: "blob not found".into() });
}

async fn the_client_is_served_with_its_routes(backend: Backend) {
    let app = TestApp::new(backend).await;
    for path in ["/", "/courses/http-course", "/courses/http-course/lessons/first"] {
        let reply = app.get(path, &[]).await;
        assert_eq!(reply.status, StatusCode::OK, "{path}");
        assert!(reply.header(header::CONTENT_TYPE).starts_with("text/html"), "{path}");
        assert_eq!(reply.header(header::CACHE_CONTROL), "no-cache", "{path}");
        // `/` is titled after the catalog it carries (`first_page`), the others plain "Dala".
        assert!(String::from_utf8_lossy(&reply.body).contains("Dala</title>"), "{path}");
        // Every page forbids inline script: only the site's own script files run.
        let csp = reply.header(header::CONTENT_SECURITY_POLICY);
        let script_src =
            csp.split(';').map(str::trim).find(|d| d.starts_with("script-src")).unwrap_or_default();
        assert_eq!(script_src, "script-src 'self' 'wasm-unsafe-eval'", "{path}: {csp}");
        for directive in
            ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]
        {
            assert!(csp.contains(directive), "{path}: {directive} in {csp}");
        }
        assert!(!csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"), "{path}: {csp}");
        assert_eq!(reply.header(header::X_CONTENT_TYPE_OPTIONS), "nosniff");
    }
    // The same policy on the not-found page and on the client's files.
    for path in ["/missing-file.js", "/app-0123456789abcdef.js"] {
        let reply = app.get(path, &[]).await;
        assert_eq!(reply.header(header::CONTENT_SECURITY_POLICY), dala_server::web::PAGE_CSP, "{path}");
    }
    let asset = app.get("/app-0123456789abcdef.js", &[]).await;
    assert_eq!(asset.status, StatusCode::OK);
    assert_eq!(asset.header(header::CACHE_CONTROL), "public, max-age=31536000, immutable");
    assert_eq!(app.get("/missing-file.js", &[]).await.status, StatusCode::NOT_FOUND);
}

async fn reimporting_an_unchanged_course_is_a_no_op_and_a_change_moves_one_blob(backend: Backend) {
    let app = TestApp::new(backend).await;
    let before = app.manifest().await;
    let source = course::load(&app.courses.join("http-course")).unwrap();
    assert_eq!(app.store.import(&course::publish(&source, &[])).await.unwrap(), ImportOutcome::Unchanged);

    write_course(&app.courses.join("http-course"), "Second lesson, revised.");
    let source = course::load(&app.courses.join("http-course")).unwrap();
    let published = course::publish(&source, &[]);
    match app.store.import(&published).await.unwrap() {
        ImportOutcome::Published { new_blobs, .. } => assert_eq!(new_blobs, 1),
        other => panic!("expected a new version, got {other:?}"),
    }
    let after = app.manifest().await;
    assert_eq!(after.lessons[0].blob, before.lessons[0].blob);
    assert_ne!(after.lessons[1].blob, before.lessons[1].blob);
    // The old version's blobs stay available to learners who have not updated yet.
    let old = app.get(&dala_wire::blob_path(&before.lessons[1].blob.sha256), &[]).await;
    assert_eq!(old.status, StatusCode::OK);
}

async fn a_restarted_server_keeps_its_catalog(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let courses = dir.path().join("courses");
    write_course(&courses.join("http-course"), "Second lesson.");
    let url = backend.database_url().await;
    let store = Store::open(&dir.path().join("data"), url.as_deref()).await.unwrap();
    import_courses(&store, &courses).await.unwrap();
    drop(store);
    let reopened = Store::open(&dir.path().join("data"), url.as_deref()).await.unwrap();
    assert_eq!(reopened.catalog().await.unwrap().len(), 1);
}

/// An installation from before kept blob contents as files (`blobs/ab/abcd…`, `.br`, `.gz`):
/// opening it copies them into the database, and they are served as before. A file whose bytes
/// do not match its name is left out.
async fn blob_files_of_an_installation_from_before_move_into_the_database(backend: Backend) {
    use dala_server::store::Encoding;
    let mut app = TestApp::new(backend).await;
    let manifest = app.manifest().await;
    let (lesson, other) = (&manifest.lessons[0].blob.sha256, &manifest.lessons[1].blob.sha256);
    let plain = app.get(&dala_wire::blob_path(lesson), &[]).await.body;
    let br = app.get(&dala_wire::blob_path(lesson), &[("accept-encoding", "br")]).await.body;
    // The files as the old blob store wrote them, and the database as it was then: rows
    // without contents.
    let folder = app.dir().join("data/blobs").join(&lesson[..2]);
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join(lesson), &plain).unwrap();
    std::fs::write(folder.join(format!("{lesson}.br")), &br).unwrap();
    let other_folder = app.dir().join("data/blobs").join(&other[..2]);
    std::fs::create_dir_all(&other_folder).unwrap();
    std::fs::write(other_folder.join(other), b"not what the name says").unwrap();
    sqlx::query("DELETE FROM blob_contents").execute(app.store.pool_for_tests()).await.unwrap();
    assert_eq!(app.store.read_blob(lesson, Encoding::Identity).await.unwrap(), None);

    app.restart().await;
    assert_eq!(app.store.read_blob(lesson, Encoding::Identity).await.unwrap(), Some(plain.clone()));
    let served = app.get(&dala_wire::blob_path(lesson), &[("accept-encoding", "br")]).await;
    assert_eq!((served.header(header::CONTENT_ENCODING), served.body.clone()), ("br", br));
    let part = app.get(&dala_wire::blob_path(lesson), &[("range", "bytes=0-9")]).await;
    assert_eq!((part.status, part.body), (StatusCode::PARTIAL_CONTENT, plain[..10].to_vec()));
    assert_eq!(
        app.store.read_blob(other, Encoding::Identity).await.unwrap(),
        None,
        "a wrong file is left out"
    );
    // The files stay; the database no longer needs them.
    std::fs::remove_dir_all(app.dir().join("data/blobs")).unwrap();
    app.restart().await;
    assert_eq!(app.get(&dala_wire::blob_path(lesson), &[]).await.body, plain);
}

/// `?since=` an earlier version: only the changed entries, which applied to the version held
/// give exactly the new manifest (its SHA-256 checked); an unknown version gets the whole one.
async fn an_update_is_the_manifest_delta_from_the_version_held(backend: Backend) {
    let app = TestApp::new(backend).await;
    let path = "/api/v1/courses/http-course/manifest";
    let old_body = app.get(path, &[]).await.body;
    let old_sha = hex::encode(Sha256::digest(&old_body));
    let old: Manifest = serde_json::from_slice(&old_body).unwrap();

    // Nothing changed yet: a delta that changes nothing.
    let same = app.get(&format!("{path}?since={old_sha}"), &[]).await;
    assert_eq!(same.header(header::CONTENT_TYPE), MANIFEST_DELTA_TYPE);
    let delta: ManifestDelta = serde_json::from_slice(&same.body).unwrap();
    assert!(delta.is_empty() && delta.lessons.is_none(), "{delta:?}");

    write_course(&app.courses.join("http-course"), "Second lesson, revised.");
    let source = course::load(&app.courses.join("http-course")).unwrap();
    app.store.import(&course::publish(&source, &[])).await.unwrap();
    let full = app.get(path, &[]).await;
    let new_sha = hex::encode(Sha256::digest(&full.body));
    assert_ne!(new_sha, old_sha);

    let reply = app.get(&format!("{path}?since={old_sha}"), &[]).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.header(header::CONTENT_TYPE), MANIFEST_DELTA_TYPE);
    assert_eq!(reply.header(header::ETAG), format!("W/\"{new_sha}\""));
    let delta: ManifestDelta = serde_json::from_slice(&reply.body).unwrap();
    assert_eq!((delta.base.as_str(), delta.sha256.as_str()), (old_sha.as_str(), new_sha.as_str()));
    // One lesson changed: the first is kept by reference, the second is the only entry sent.
    assert_eq!(delta.lessons.as_ref().map(|l| l.len()), Some(2), "{}", String::from_utf8_lossy(&reply.body));
    assert!(delta.assets.is_none() && delta.title.is_none());
    let applied = delta.apply(&old).expect("the delta fits the version held");
    let bytes = serde_json::to_vec(&applied).unwrap();
    assert_eq!(hex::encode(Sha256::digest(&bytes)), new_sha);
    assert_eq!(bytes, full.body);
    assert!(reply.body.len() * 2 < full.body.len(), "{} vs {}", reply.body.len(), full.body.len());
    // Compressed as the manifest is.
    let br = app.get(&format!("{path}?since={old_sha}"), &[("accept-encoding", "br")]).await;
    assert_eq!(br.header(header::CONTENT_ENCODING), "br");
    assert_eq!(brotli_decode(&br.body), reply.body);

    // A delta applied to some other manifest does not give the new version: the client's check
    // refuses it.
    let mut other = old.clone();
    other.title = "Something else".into();
    let wrong = delta.apply(&other).map(|m| hex::encode(Sha256::digest(serde_json::to_vec(&m).unwrap())));
    assert_ne!(wrong.as_deref(), Some(new_sha.as_str()));

    // A version the server never published, a malformed one: the whole manifest, as before.
    for since in ["a".repeat(64), "not-a-hash".to_owned(), new_sha.to_uppercase()] {
        let reply = app.get(&format!("{path}?since={since}"), &[]).await;
        assert_eq!(reply.status, StatusCode::OK, "{since}");
        assert_eq!(reply.header(header::CONTENT_TYPE), "application/json", "{since}");
        assert_eq!(reply.body, full.body, "{since}");
    }
    // The current version's ETag still revalidates the delta's URL.
    let again =
        app.get(&format!("{path}?since={old_sha}"), &[("if-none-match", &format!("W/\"{new_sha}\""))]).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
}

/// A blob cut anywhere resumes from the byte where it was cut: the pieces join into the blob
/// its name says, and the server answers `206` with the right `Content-Range` for each.
async fn a_range_resumes_a_cut_blob_whatever_was_received(backend: Backend) {
    let app = TestApp::new(backend).await;
    let manifest = app.manifest().await;
    for blob in manifest.blobs() {
        let path = dala_wire::blob_path(&blob.sha256);
        for cut in [1, blob.bytes / 3, blob.bytes / 2, blob.bytes - 1] {
            let head = app.get(&path, &[("range", &format!("bytes=0-{}", cut - 1))]).await;
            assert_eq!(head.status, StatusCode::PARTIAL_CONTENT);
            let tail = app
                .get(
                    &path,
                    &[("range", &format!("bytes={cut}-")), ("if-range", &format!("\"{}\"", blob.sha256))],
                )
                .await;
            assert_eq!(tail.status, StatusCode::PARTIAL_CONTENT);
            assert_eq!(
                tail.header(header::CONTENT_RANGE),
                format!("bytes {cut}-{}/{}", blob.bytes - 1, blob.bytes)
            );
            assert_eq!(tail.body.len() as u64, blob.bytes - cut);
            let joined = [head.body, tail.body].concat();
            assert_eq!(hex::encode(Sha256::digest(&joined)), blob.sha256, "cut at {cut}");
        }
    }
}

/// `?from=` the blob a device holds for the same lesson: a patch smaller than the blob, which
/// joined to the old blob gives the bytes the new name says. Anything else: the blob itself.
async fn an_edited_lesson_comes_as_a_patch_of_the_version_held(backend: Backend) {
    let app = TestApp::new(backend).await;
    let before = app.manifest().await;
    let text: String = (0..200).map(|i| format!("Sentence {i} of the second lesson. ")).collect();
    write_course(&app.courses.join("http-course"), &text);
    app.store
        .import(&course::publish(&course::load(&app.courses.join("http-course")).unwrap(), &[]))
        .await
        .unwrap();
    let held = app.manifest().await.lessons[1].blob.clone();
    let old = app.get(&dala_wire::blob_path(&held.sha256), &[]).await.body;
    write_course(&app.courses.join("http-course"), &format!("{text} One sentence more."));
    app.store
        .import(&course::publish(&course::load(&app.courses.join("http-course")).unwrap(), &[]))
        .await
        .unwrap();
    let new = app.manifest().await.lessons[1].blob.clone();
    assert_ne!(new.sha256, held.sha256);
    let path = dala_wire::blob_path(&new.sha256);
    let whole = app.get(&path, &[("accept-encoding", "br")]).await;

    let reply = app.get(&format!("{path}?from={}", held.sha256), &[("accept-encoding", "br")]).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.header(header::CONTENT_TYPE), dala_server::blobs::BLOB_PATCH_TYPE);
    assert!(reply.body.len() * 4 < whole.body.len(), "{} vs {}", reply.body.len(), whole.body.len());
    let at = reply.body.iter().position(|b| *b == b'\n').unwrap();
    let line = std::str::from_utf8(&reply.body[..at]).unwrap();
    let (prefix, suffix) = line.split_once(' ').unwrap();
    let (prefix, suffix): (usize, usize) = (prefix.parse().unwrap(), suffix.parse().unwrap());
    let joined = [&old[..prefix], &reply.body[at + 1..], &old[old.len() - suffix..]].concat();
    assert_eq!(hex::encode(Sha256::digest(&joined)), new.sha256);

    // No such blob, not a name, the blob itself, a blob with nothing in common worth a patch:
    // the blob as without `from`.
    let unrelated = &before.assets[0].blob.sha256;
    for from in ["b".repeat(64), "nope".to_owned(), new.sha256.clone(), unrelated.clone()] {
        let reply = app.get(&format!("{path}?from={from}"), &[("accept-encoding", "br")]).await;
        assert_eq!(reply.status, StatusCode::OK, "{from}");
        assert_eq!(reply.header(header::CONTENT_TYPE), new.media_type, "{from}");
        assert_eq!(reply.body, whole.body, "{from}");
    }
}
