//! The harness: a server on a fresh database (SQLite or PostgreSQL) and data folder, with one
//! test course and a stand-in built client, driven through `oneshot`.

use std::path::Path;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use dala_server::accounts;
use dala_server::store::Store;
use dala_server::{AppState, app, import_courses};
use dala_wire::{ApiError, EventKind, Manifest, ProgressEvent, Role};
use http_body_util::BodyExt;
use tower::ServiceExt;

/// The database a test runs on.
#[derive(Debug, Clone, Copy)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// `None` for SQLite (the store's default); a new, empty PostgreSQL database otherwise.
    pub async fn database_url(self) -> Option<String> {
        match self {
            Backend::Sqlite => None,
            Backend::Postgres => Some(fresh_postgres_database().await),
        }
    }
}

async fn fresh_postgres_database() -> String {
    use sqlx::Connection;
    static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let admin = std::env::var("DALA_TEST_POSTGRES_URL")
        .expect("DALA_TEST_POSTGRES_URL names a PostgreSQL server: run `cargo xtask test`");
    let name = format!(
        "dala_test_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
    );
    let mut connection = sqlx::PgConnection::connect(&admin).await.expect("PostgreSQL is reachable");
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name}")).execute(&mut connection).await.unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut connection).await.unwrap();
    let base = admin.rsplit_once('/').map(|(base, _)| base).unwrap_or(&admin);
    format!("{base}/{name}")
}

/// The password of every account the tests make.
pub const PASSWORD: &str = "correct horse battery";

/// Two questions, pass mark 50: one right answer passes.
pub const QUIZ: &str = "title = \"Check\"\npass_mark = 50\n\n[[questions]]\nkind = \"true_false\"\nprompt = \"Sky is blue?\"\nanswer = true\n\n[[questions]]\nkind = \"short_text\"\nprompt = \"Name it\"\naccepted = [\"press release\"]\n";

pub const META: &str = "title = \"HTTP course\"\nsummary = \"Served in tests.\"\nlanguage = \"en\"\nversion = \"1\"\nauthors = [\"Tester\"]\nlicence = \"CC BY 4.0\"\n";

/// A server on a fresh data folder, with one test course and a stand-in built client.
pub struct TestApp {
    router: Router,
    pub state: AppState,
    pub store: Store,
    pub courses: std::path::PathBuf,
    database_url: Option<String>,
    dir: tempfile::TempDir,
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn header(&self, name: header::HeaderName) -> &str {
        self.headers.get(&name).map(|v| v.to_str().unwrap()).unwrap_or_default()
    }

    pub fn error(&self) -> ApiError {
        assert_eq!(self.header(header::CONTENT_TYPE), "application/json");
        serde_json::from_slice(&self.body).expect("the JSON error shape")
    }
}

impl TestApp {
    pub async fn new(backend: Backend) -> TestApp {
        let dir = tempfile::tempdir().unwrap();
        let courses = dir.path().join("courses");
        write_course(&courses.join("http-course"), "Second lesson.");
        let web = dir.path().join("web");
        std::fs::create_dir_all(&web).unwrap();
        std::fs::write(web.join("index.html"), "<!doctype html><title>Dala</title>").unwrap();
        std::fs::write(web.join("app-0123456789abcdef.js"), "console.log(1)").unwrap();
        let database_url = backend.database_url().await;
        let store = Store::open(&dir.path().join("data"), database_url.as_deref()).await.unwrap();
        import_courses(&store, &courses).await.unwrap();
        let state = AppState::new(store.clone(), web);
        let router = app(state.clone());
        TestApp { router, state, store, courses, database_url, dir }
    }

    /// The same database opened again, as another server of the installation opens it.
    pub async fn open_store_again(&self) -> Store {
        Store::open(&self.dir.path().join("data"), self.database_url.as_deref()).await.unwrap()
    }

    /// A new server process, as far as the API can tell: the database and blob store are
    /// opened again from disk (or from PostgreSQL); only the clock carries over.
    pub async fn restart(&mut self) {
        let store = Store::open(&self.dir.path().join("data"), self.database_url.as_deref()).await.unwrap();
        import_courses(&store, &self.courses).await.unwrap();
        let mut state = AppState::new(store.clone(), self.dir.path().join("web"));
        state.clock = self.state.clock.clone();
        state.issuer = self.state.issuer.clone();
        state.trusted_proxies = self.state.trusted_proxies.clone();
        state.languages = self.state.languages.clone();
        self.router = app(state.clone());
        self.state = state;
        self.store = store;
    }

    /// Replaces who signs certificates, as a restart with other keys would.
    pub fn set_issuer(&mut self, issuer: dala_server::certificates::Issuer) {
        self.state.issuer = std::sync::Arc::new(issuer);
        self.router = app(self.state.clone());
    }

    /// Replaces the image limits, as a restart with other settings would.
    pub fn set_authoring(&mut self, authoring: dala_server::authoring::Authoring) {
        self.state.authoring = std::sync::Arc::new(authoring);
        self.router = app(self.state.clone());
    }

    /// Replaces the interface's languages, as a restart with `--default-language` or
    /// `--language-fallback` would.
    pub fn set_languages(&mut self, languages: dala_server::languages::Languages) {
        self.state.languages = std::sync::Arc::new(languages);
        self.router = app(self.state.clone());
    }

    /// The router, for a test that spawns its own requests.
    pub fn router(&self) -> Router {
        self.router.clone()
    }

    /// Replaces the pool CPU-heavy jobs run on.
    pub fn set_work(&mut self, work: dala_server::work::Work) {
        self.state.work = work;
        self.router = app(self.state.clone());
    }

    /// Believes the forwarding headers of these proxies, as `--trusted-proxy` would.
    pub fn set_trusted_proxies(&mut self, networks: &[&str]) {
        let networks = networks.iter().map(|n| n.parse().unwrap()).collect();
        self.state.trusted_proxies = std::sync::Arc::new(dala_server::limiter::TrustedProxies::new(networks));
        self.router = app(self.state.clone());
    }

    /// A request as built by [`request_from`].
    pub async fn send_request(&self, request: Request<Body>) -> Reply {
        reply(self.router.clone().oneshot(request).await.unwrap()).await
    }

    /// Sends all the requests at once, each on its own task, and returns the replies in order.
    pub async fn send_all(&self, requests: Vec<Request<Body>>) -> Vec<Reply> {
        let tasks: Vec<_> =
            requests.into_iter().map(|request| tokio::spawn(self.router.clone().oneshot(request))).collect();
        let mut replies = Vec::new();
        for task in tasks {
            replies.push(reply(task.await.unwrap().unwrap()).await);
        }
        replies
    }

    /// Signs `login` in with [`PASSWORD`]; returns the session token.
    pub async fn sign_in(&self, login: &str) -> String {
        let body = serde_json::json!({ "login": login, "password": PASSWORD });
        let reply = self.send_json(Method::POST, "/api/v1/sessions", None, &body).await;
        assert_eq!(reply.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&reply.body));
        serde_json::from_slice::<dala_wire::SignInResponse>(&reply.body).unwrap().token
    }

    /// The test's temporary folder.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    pub async fn get(&self, path: &str, headers: &[(&str, &str)]) -> Reply {
        self.send(Method::GET, path, headers, Body::empty()).await
    }

    /// Any request; `headers` as name/value pairs.
    pub async fn send(&self, method: Method, path: &str, headers: &[(&str, &str)], body: Body) -> Reply {
        let mut request = Request::builder().method(method).uri(path);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        self.send_request(request.body(body).unwrap()).await
    }

    /// A request with a JSON body.
    pub async fn send_json(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        json: &serde_json::Value,
    ) -> Reply {
        let bearer = token.map(|t| format!("Bearer {t}"));
        let mut headers = vec![("content-type", "application/json")];
        if let Some(bearer) = &bearer {
            headers.push(("authorization", bearer));
        }
        self.send(method, path, &headers, Body::from(json.to_string())).await
    }

    /// A GET with a bearer token.
    pub async fn get_as(&self, path: &str, token: &str) -> Reply {
        self.get(path, &[("authorization", &format!("Bearer {token}"))]).await
    }

    /// The two organizations of the access tests: (`Aral Youth Centre`, `Steppe Women's Network`).
    pub async fn two_organizations(&self) -> (String, String) {
        let now = self.state.clock.now();
        let first = accounts::create_organization(&self.store, now, "Aral Youth Centre").await.unwrap();
        let second = accounts::create_organization(&self.store, now, "Steppe Women's Network").await.unwrap();
        (first, second)
    }

    /// A new account whose password is [`PASSWORD`], with a role in an organization if given;
    /// returns its id.
    pub async fn account(&self, login: &str, superadmin: bool, membership: Option<(&str, Role)>) -> String {
        let now = self.state.clock.now();
        let id = accounts::create_user(&self.store, now, login, login, PASSWORD, superadmin).await.unwrap();
        if let Some((organization, role)) = membership {
            accounts::add_membership(&self.store, &id, organization, role).await.unwrap();
        }
        id
    }

    pub async fn manifest(&self) -> Manifest {
        serde_json::from_slice(&self.get("/api/v1/courses/http-course/manifest", &[]).await.body).unwrap()
    }
}

async fn reply(response: axum::response::Response) -> Reply {
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes().to_vec();
    Reply { status, headers, body }
}

/// A request with a JSON body that arrives from the socket peer `peer` (as `axum::serve` with
/// `into_make_service_with_connect_info` records it), with extra headers such as
/// `X-Forwarded-For`.
pub fn request_from(
    peer: &str,
    method: Method,
    path: &str,
    headers: &[(&str, &str)],
    json: &serde_json::Value,
) -> Request<Body> {
    let mut request = Request::builder().method(method).uri(path).header("content-type", "application/json");
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let mut request = request.body(Body::from(json.to_string())).unwrap();
    let peer: std::net::SocketAddr = peer.parse().unwrap();
    request.extensions_mut().insert(axum::extract::ConnectInfo(peer));
    request
}

/// Event `n` (1, 2, 3…) of `device` in version `version` of the test course.
pub fn course_event(device: &str, version: &str, n: u64, item: &str, kind: EventKind) -> ProgressEvent {
    ProgressEvent {
        id: format!("{device}{n:030x}"),
        device_id: device.into(),
        course: "http-course".into(),
        course_version: version.into(),
        item: item.into(),
        kind,
        client_time: 1_700_000_000_000 + n as i64,
        counter: n,
    }
}

pub fn write_course(dir: &Path, second_lesson: &str) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join("course.toml"), META).unwrap();
    let long = "A paragraph long enough to be worth compressing. ".repeat(40);
    std::fs::write(dir.join("01-first.md"), format!("# First\n\n{long}\n\n![A diagram](diagram.svg)\n"))
        .unwrap();
    std::fs::write(dir.join("02-second.md"), format!("# Second\n\n{second_lesson}\n")).unwrap();
    std::fs::write(dir.join("03-check.quiz.toml"), QUIZ).unwrap();
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">{}</svg>",
        "<rect width=\"1\" height=\"1\"/>".repeat(30)
    );
    std::fs::write(dir.join("diagram.svg"), svg).unwrap();
}

pub fn brotli_decode(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    brotli::BrotliDecompress(&mut &bytes[..], &mut out).unwrap();
    out
}

pub fn gzip_decode(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(bytes), &mut out).unwrap();
    out
}
