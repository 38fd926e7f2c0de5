//! Harness for the end-to-end tests: the real `dala` binary serving the real built client, and
//! a real headless Chromium driven through ChromeDriver (WebDriver).
//!
//! `cargo xtask test` builds both and sets `DALA_BIN`, `DALA_WEB_DIR`, `DALA_COURSES_DIR`,
//! `CHROMEDRIVER` and `CHROMIUM`; the defaults below match a workspace where that has run.

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail, ensure};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ is in the workspace").to_owned()
}

fn env_path(name: &str, default: impl FnOnce() -> PathBuf) -> PathBuf {
    std::env::var_os(name).map(PathBuf::from).unwrap_or_else(default)
}

/// The `dala` binary under test.
/// A lesson of a course draft.
pub fn draft_lesson(id: &str, markdown: &str) -> dala_wire::DraftItem {
    dala_wire::DraftItem::Lesson(dala_wire::DraftLesson { id: id.into(), markdown: markdown.into() })
}

/// A course draft of `items` by a trainer called Дана, about keeping donors, open to everyone.
pub fn course_draft(
    slug: &str,
    language: &str,
    title: &str,
    items: Vec<dala_wire::DraftItem>,
) -> dala_wire::CourseDraft {
    dala_wire::CourseDraft {
        slug: slug.into(),
        metadata: dala_wire::CourseMetadata {
            title: title.into(),
            summary: "Thanking, reporting, asking again.".into(),
            language: language.into(),
            version: "2026.1".into(),
            authors: vec!["Дана".into()],
            licence: "CC BY 4.0".into(),
            translations: Vec::new(),
            open: true,
            translation: None,
        },
        items,
        images: Vec::new(),
    }
}

/// The English sample course, its lessons in order and its final quiz.
pub const SAMPLE_COURSE: &str = "cso-communications-en";
pub const SAMPLE_LESSONS: [&str; 7] = [
    "why-a-policy",
    "audiences-and-messages",
    "working-with-media",
    "social-media",
    "state-bodies",
    "safety-and-risks",
    "writing-the-policy",
];
pub const SAMPLE_QUIZ: &str = "final-check";

/// The sample courses' source folders (`DALA_COURSES_DIR`, else the workspace's `courses/`).
pub fn courses_dir() -> PathBuf {
    env_path("DALA_COURSES_DIR", || workspace().join("courses"))
}

pub fn dala_binary() -> PathBuf {
    env_path("DALA_BIN", || workspace().join("target/debug/dala"))
}

/// Runs `dala user add ARGS… --data-dir DATA_DIR` with `password`, as an installer would.
pub fn add_user(data_dir: &Path, args: &[&str], password: &str) -> Result<()> {
    let status = Command::new(dala_binary())
        .args(["user", "add"])
        .args(args)
        .arg("--data-dir")
        .arg(data_dir)
        .env("DALA_PASSWORD", password)
        .env("DALA_LOG", "warn")
        .status()
        .context("could not run `dala user add`")?;
    if !status.success() {
        bail!("dala user add failed ({status})");
    }
    Ok(())
}

/// Runs `dala ARGS… --data-dir DATA_DIR` (quiet logs) to its end: what the operator's commands
/// print.
pub fn dala_in(args: &[&str], data_dir: &Path) -> Result<std::process::Output> {
    Command::new(dala_binary())
        .args(args)
        .arg("--data-dir")
        .arg(data_dir)
        .env("DALA_LOG", "warn")
        .output()
        .with_context(|| format!("could not run `dala {}`", args.join(" ")))
}

/// The verdicts an outside checker (the Python JWT verifier, the npm wallet verifier) printed,
/// one JSON object per line and one per case, once it ended well.
pub fn verdict_lines(
    output: std::process::Output,
    checker: &str,
    cases: usize,
) -> Result<Vec<serde_json::Value>> {
    if !output.status.success() {
        bail!("{checker} failed: {}", String::from_utf8_lossy(&output.stderr));
    }
    let verdicts: Vec<serde_json::Value> =
        String::from_utf8(output.stdout)?.lines().map(serde_json::from_str).collect::<Result<_, _>>()?;
    if verdicts.len() != cases {
        bail!("{checker} gave {} verdicts for {cases} cases: {verdicts:?}", verdicts.len());
    }
    Ok(verdicts)
}

/// Where tests leave files for people to look at, such as screenshots: `DALA_TEST_ARTIFACTS`,
/// or `target/test-artifacts` in the workspace.
pub fn artifacts_dir() -> PathBuf {
    env_path("DALA_TEST_ARTIFACTS", || workspace().join("target/test-artifacts"))
}

/// A free TCP port on loopback, never one this process handed out before: the port is free
/// only until someone binds it, and the tests of one binary run at once, so a server that is
/// still importing its courses must not lose its port to another test's server or ChromeDriver.
pub fn free_port() -> u16 {
    static GIVEN: std::sync::Mutex<Vec<u16>> = std::sync::Mutex::new(Vec::new());
    let mut given = GIVEN.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    loop {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("a free port");
        if !given.contains(&port) {
            given.push(port);
            return port;
        }
    }
}

fn wait_until_listening(address: SocketAddr, what: &str) -> Result<()> {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(60) {
        if TcpStream::connect(address).is_ok() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    bail!("{what} did not start listening on {address}")
}

/// A `dala serve` process on loopback, killed when dropped.
pub struct Server {
    child: Option<Child>,
    pub port: u16,
    data_dir: PathBuf,
    /// More `dala serve` flags, given at every start.
    args: Vec<String>,
}

impl Server {
    /// Starts the server with the sample courses, on a fresh port, keeping its data in `data_dir`.
    pub fn start(data_dir: &Path) -> Result<Server> {
        Server::start_with(data_dir, &[])
    }

    /// [`Server::start`] with more flags for `dala serve`, such as `--trusted-proxy` or
    /// `--database-url`.
    pub fn start_with(data_dir: &Path, args: &[&str]) -> Result<Server> {
        let mut server = Server {
            child: None,
            port: free_port(),
            data_dir: data_dir.to_owned(),
            args: args.iter().map(|a| a.to_string()).collect(),
        };
        server.restart()?;
        Ok(server)
    }

    /// The process id, while it runs.
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }

    /// Sends SIGTERM, as a service manager stopping it does; [`Server::wait`] waits for the exit.
    pub fn terminate(&self) -> Result<()> {
        let pid = self.pid().context("the server is not running")?;
        let status = Command::new("kill").args(["-TERM", &pid.to_string()]).status()?;
        if !status.success() {
            bail!("kill -TERM failed ({status})");
        }
        Ok(())
    }

    /// Waits for the process to exit by itself.
    pub fn wait(&mut self) -> Result<std::process::ExitStatus> {
        Ok(self.child.take().context("the server is not running")?.wait()?)
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// Starts the process again on the same port and data folder.
    pub fn restart(&mut self) -> Result<()> {
        let binary = dala_binary();
        let child = Command::new(&binary)
            .args(["serve", "--port", &self.port.to_string()])
            .arg("--data-dir")
            .arg(&self.data_dir)
            .arg("--courses-dir")
            .arg(courses_dir())
            .arg("--web-dir")
            .arg(env_path("DALA_WEB_DIR", || workspace().join("web/dist")))
            .args(&self.args)
            .env("DALA_LOG", "warn")
            .stdout(Stdio::null())
            .spawn()
            .with_context(|| format!("could not start {} (run `cargo xtask test`)", binary.display()))?;
        self.child = Some(child);
        wait_until_listening(([127, 0, 0, 1], self.port).into(), "the server")
    }

    /// Kills the process, as a power cut or a network shutdown would look to the browser.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

/// One HTTP/1.1 request on a new connection (`Connection: close`), as a device would send it:
/// the status and the body of the answer. A connection refused, reset or closed before the
/// answer is an error, as it is for a device.
pub fn request(
    port: u16,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: &[u8],
) -> Result<(u16, Vec<u8>)> {
    let answer = Request::new(method, path).token(token).body(body).send(port)?;
    Ok((answer.status, answer.body))
}

/// The request line and headers of [`request`], for a test that sends a request in pieces.
pub fn request_head(port: u16, method: &str, path: &str, token: Option<&str>, length: usize) -> Vec<u8> {
    Request::new(method, path).token(token).head(port, length)
}

/// A request with all that [`request`] leaves out: extra headers, and the loopback address it
/// comes from (Linux routes all of 127.0.0.0/8 to this machine, so a test can be many clients).
#[derive(Debug, Clone, Default)]
pub struct Request<'a> {
    method: &'a str,
    path: &'a str,
    token: Option<&'a str>,
    headers: Vec<(&'a str, &'a str)>,
    body: &'a [u8],
    from: Option<std::net::Ipv4Addr>,
}

/// An answer: status, headers (names in lowercase) and body (de-chunked).
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Answer {
    /// The first value of header `name` (lowercase), or "".
    pub fn header(&self, name: &str) -> &str {
        self.headers.iter().find(|(n, _)| n == name).map_or("", |(_, v)| v.as_str())
    }
}

impl<'a> Request<'a> {
    pub fn new(method: &'a str, path: &'a str) -> Request<'a> {
        Request { method, path, ..Request::default() }
    }

    pub fn token(mut self, token: Option<&'a str>) -> Self {
        self.token = token;
        self
    }

    pub fn header(mut self, name: &'a str, value: &'a str) -> Self {
        self.headers.push((name, value));
        self
    }

    pub fn body(mut self, body: &'a [u8]) -> Self {
        self.body = body;
        self
    }

    /// Connects from this loopback address (such as 127.0.0.2) instead of 127.0.0.1.
    pub fn from(mut self, address: std::net::Ipv4Addr) -> Self {
        self.from = Some(address);
        self
    }

    fn head(&self, port: u16, length: usize) -> Vec<u8> {
        let (method, path) = (self.method, self.path);
        let authorization = self.token.map(|t| format!("Authorization: Bearer {t}\r\n")).unwrap_or_default();
        let extra: String = self.headers.iter().map(|(name, value)| format!("{name}: {value}\r\n")).collect();
        format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{authorization}{extra}Content-Type: application/json\r\n\
             Content-Length: {length}\r\nConnection: close\r\n\r\n"
        )
        .into_bytes()
    }

    /// Sends the request to `127.0.0.1:port` on a new connection and reads the whole answer.
    pub fn send(&self, port: u16) -> Result<Answer> {
        use std::io::{Read, Write};
        let target = SocketAddr::from(([127, 0, 0, 1], port));
        let mut stream: TcpStream = match self.from {
            None => TcpStream::connect(target)?,
            Some(from) => {
                let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None)?;
                socket
                    .bind(&SocketAddr::from((from, 0)).into())
                    .with_context(|| format!("could not bind a client socket to {from}"))?;
                socket.connect(&target.into())?;
                socket.into()
            }
        };
        stream.set_read_timeout(Some(Duration::from_secs(60)))?;
        stream.write_all(&self.head(port, self.body.len()))?;
        stream.write_all(self.body)?;
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw)?;
        let split = raw.windows(4).position(|w| w == b"\r\n\r\n").context("the answer was cut off")?;
        let head = String::from_utf8_lossy(&raw[..split]).into_owned();
        let mut lines = head.split("\r\n");
        let status = lines
            .next()
            .and_then(|line| line.split_whitespace().nth(1))
            .and_then(|s| s.parse().ok())
            .context("no status line")?;
        let headers: Vec<(String, String)> = lines
            .filter_map(|line| line.split_once(':'))
            .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
            .collect();
        let mut answer = Answer { status, headers, body: raw[split + 4..].to_vec() };
        if answer.header("transfer-encoding").eq_ignore_ascii_case("chunked") {
            answer.body = dechunk(&answer.body)?;
        }
        Ok(answer)
    }
}

/// The body of a chunked answer (RFC 9112 §7.1), as a proxy may send it.
fn dechunk(mut raw: &[u8]) -> Result<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let end = raw.windows(2).position(|w| w == b"\r\n").context("a chunk was cut off")?;
        let size_text = String::from_utf8_lossy(&raw[..end]);
        let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16)
            .with_context(|| format!("a bad chunk size `{size_text}`"))?;
        raw = &raw[end + 2..];
        if size == 0 {
            return Ok(body);
        }
        anyhow::ensure!(raw.len() >= size + 2, "a chunk was cut off");
        body.extend_from_slice(&raw[..size]);
        raw = &raw[size + 2..];
    }
}

/// A real nginx reverse proxy on loopback in front of one or more `dala serve` ports
/// (round-robin, nginx's default), configured as the README shows operators: the client's
/// address appended to `X-Forwarded-For`. Its configuration, logs and pid file are in a
/// temporary folder; it is stopped when dropped. `cargo xtask setup --browser` installs nginx.
pub struct Nginx {
    child: Child,
    pub port: u16,
    dir: tempfile::TempDir,
}

/// Where Debian's nginx is.
pub const NGINX: &str = "/usr/sbin/nginx";

impl Nginx {
    /// nginx on a free port in front of `upstreams`.
    pub fn start(upstreams: &[u16]) -> Result<Nginx> {
        Nginx::start_on(free_port(), upstreams)
    }

    /// nginx on `port` (known before the servers start, so their `--public-url` can name it).
    pub fn start_on(port: u16, upstreams: &[u16]) -> Result<Nginx> {
        let dir = tempfile::tempdir()?;
        let root = dir.path().display().to_string();
        let servers: String = upstreams.iter().map(|p| format!("        server 127.0.0.1:{p};\n")).collect();
        // As root, nginx would hand its workers to `nobody`, who may not enter the temporary
        // folder; the workers stay root instead (a test on loopback, not an installation).
        let user = if is_root() { "user root;\n" } else { "" };
        let config = format!(
            "{user}worker_processes 1;\n\
             error_log {root}/error.log warn;\n\
             pid {root}/nginx.pid;\n\
             events {{ worker_connections 512; }}\n\
             http {{\n\
             \x20   access_log off;\n\
             \x20   client_body_temp_path {root}/body;\n\
             \x20   proxy_temp_path {root}/proxy;\n\
             \x20   fastcgi_temp_path {root}/fastcgi;\n\
             \x20   uwsgi_temp_path {root}/uwsgi;\n\
             \x20   scgi_temp_path {root}/scgi;\n\
             \x20   client_max_body_size 20m;\n\
             \x20   upstream dala {{\n{servers}    }}\n\
             \x20   server {{\n\
             \x20       listen 127.0.0.1:{port};\n\
             \x20       location / {{\n\
             \x20           proxy_pass http://dala;\n\
             \x20           proxy_set_header Host $host;\n\
             \x20           proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n\
             \x20           proxy_set_header X-Forwarded-Proto $scheme;\n\
             \x20       }}\n\
             \x20   }}\n\
             }}\n"
        );
        std::fs::write(dir.path().join("nginx.conf"), config)?;
        let child = Command::new(NGINX)
            .arg("-p")
            .arg(dir.path())
            .args(["-c", "nginx.conf", "-e", "error.log", "-g", "daemon off;"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .with_context(|| format!("could not start {NGINX} (run `cargo xtask setup --browser`)"))?;
        let nginx = Nginx { child, port, dir };
        wait_until_listening(([127, 0, 0, 1], port).into(), "nginx").with_context(|| nginx.error_log())?;
        Ok(nginx)
    }

    /// What nginx logged, for a failing test's message.
    pub fn error_log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("error.log")).unwrap_or_default()
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        // SIGTERM would be graceful; the master takes its workers with it either way.
        let _ = Command::new("kill").arg("-QUIT").arg(self.child.id().to_string()).status();
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(5) {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// A JSON exchange on a new connection; fails unless the status is 2xx. The answer's body.
pub fn call(
    port: u16,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<&serde_json::Value>,
) -> Result<Vec<u8>> {
    let text = body.map(serde_json::Value::to_string).unwrap_or_default();
    let answer = Request::new(method, path).token(token).body(text.as_bytes()).send(port)?;
    anyhow::ensure!(
        (200..300).contains(&answer.status),
        "{method} {path} on :{port}: {} {}",
        answer.status,
        String::from_utf8_lossy(&answer.body)
    );
    Ok(answer.body)
}

/// Signs in through the API; the session token.
pub fn sign_in(port: u16, login: &str, password: &str) -> Result<String> {
    let body = json!({ "login": login, "password": password });
    let answer: dala_wire::SignInResponse =
        serde_json::from_slice(&call(port, "POST", "/api/v1/sessions", None, Some(&body))?)?;
    Ok(answer.token)
}

/// The current version of `course` as the catalog names it (its manifest's SHA-256), and its
/// manifest.
pub fn current_version(port: u16, course: &str) -> Result<(String, dala_wire::Manifest)> {
    let catalog: Vec<dala_wire::CourseSummary> =
        serde_json::from_slice(&call(port, "GET", "/api/v1/courses", None, None)?)?;
    let summary = catalog.iter().find(|c| c.slug == course).with_context(|| format!("no course {course}"))?;
    let manifest = call(port, "GET", &format!("/api/v1/courses/{course}/manifest"), None, None)?;
    Ok((summary.manifest_sha256.clone(), serde_json::from_slice(&manifest)?))
}

/// Studies the whole of `course` (an open one) as the holder of `token` does on a phone:
/// every lesson completed and every quiz passed, in one sync. The sync's answer.
pub fn complete_course(port: u16, token: &str, course: &str) -> Result<dala_wire::SyncResponse> {
    use dala_wire::{EventKind, Manifest, ProgressEvent, Quiz};
    let body = call(port, "GET", &format!("/api/v1/courses/{course}/manifest"), None, None)?;
    let version = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&body));
    let manifest: Manifest = serde_json::from_slice(&body)?;
    let mut events = Vec::new();
    let mut event = |item: &str, kind: EventKind| {
        let n = events.len() as u64 + 1;
        events.push(ProgressEvent {
            id: format!("{:032x}", n),
            device_id: "phone".into(),
            course: course.into(),
            course_version: version.clone(),
            item: item.into(),
            kind,
            client_time: 1_790_000_000_000 + n as i64,
            counter: n,
        });
    };
    for lesson in &manifest.lessons {
        event(&lesson.id, EventKind::LessonCompleted);
    }
    for entry in &manifest.quizzes {
        let quiz: Quiz = serde_json::from_slice(&call(
            port,
            "GET",
            &dala_wire::blob_path(&entry.blob.sha256),
            None,
            None,
        )?)?;
        let answers = quiz.questions.iter().map(|q| q.kind.correct_answer()).collect();
        event(&entry.id, EventKind::QuizAttempt { answers });
    }
    let answer =
        call(port, "POST", "/api/v1/progress/sync", Some(token), Some(&json!({ "events": events })))?;
    Ok(serde_json::from_slice(&answer)?)
}

/// A headless Chromium session through its own ChromeDriver, closed when dropped.
pub struct Browser {
    pub client: Client,
    driver: Child,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Starts ChromeDriver and a Chromium with a fresh profile and a 360 px wide window (the
    /// narrowest phone screen the app supports).
    pub async fn start() -> Result<Browser> {
        Browser::launch(false).await
    }

    /// [`Browser::start`]; with `record_network`, ChromeDriver keeps the browser's network
    /// events (its performance log) for [`Browser::network_requests`].
    async fn launch(record_network: bool) -> Result<Browser> {
        let port = free_port();
        let driver_path = env_path("CHROMEDRIVER", || PathBuf::from("/usr/bin/chromedriver"));
        let driver = Command::new(&driver_path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .with_context(|| {
                format!("could not start {} (run `cargo xtask setup --browser`)", driver_path.display())
            })?;
        wait_until_listening(([127, 0, 0, 1], port).into(), "chromedriver")?;
        let profile = tempfile::tempdir()?;
        let chromium = env_path("CHROMIUM", || PathBuf::from("/usr/bin/chromium"));
        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": chromium,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--lang=en-US", "--window-size=360,800",
                    format!("--user-data-dir={}", profile.path().display()),
                ],
            }),
        );
        if record_network {
            capabilities.insert("goog:loggingPrefs".into(), json!({ "performance": "ALL" }));
        }
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .context("could not open a Chromium session")?;
        Ok(Browser { client, driver, _profile: profile })
    }

    /// Signs in through the app's sign-in page and waits for the account's name to show.
    pub async fn sign_in(&self, server: &Server, login: &str, password: &str, name: &str) -> Result<()> {
        self.client.goto(&server.url("/sign-in")).await?;
        self.type_into("#login", login).await?;
        self.type_into("#password", password).await?;
        self.click("#sign-in").await?;
        self.wait_for_text("#account-name", name).await?;
        Ok(())
    }

    /// Downloads a course for offline study from its page, and waits until the service worker
    /// controls the page (so the app opens with the server gone).
    pub async fn download_course(&self, server: &Server, slug: &str) -> Result<()> {
        self.client.goto(&server.url(&format!("/courses/{slug}"))).await?;
        self.click("#download").await?;
        self.wait_for_text("#offline-state", "Downloaded").await?;
        self.wait_for_script(
            "return !!(navigator.serviceWorker && navigator.serviceWorker.controller)",
            "the service worker to control the page",
        )
        .await
    }

    /// Waits (up to 30 s) for an element matching `css` whose text contains `text`.
    pub async fn wait_for_text(&self, css: &str, text: &str) -> Result<String> {
        let start = Instant::now();
        let mut last = String::new();
        while start.elapsed() < Duration::from_secs(30) {
            if let Ok(element) = self.client.find(Locator::Css(css)).await {
                last = element.text().await.unwrap_or_default();
                if last.contains(text) {
                    return Ok(last);
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        bail!("no `{css}` containing {text:?} within 30 s (last text: {last:?})")
    }

    /// The first element matching `css`, waiting (up to 30 s) for it to appear.
    async fn element(&self, css: &str) -> Result<fantoccini::elements::Element> {
        match self.client.wait().at_most(Duration::from_secs(30)).for_element(Locator::Css(css)).await {
            Ok(element) => Ok(element),
            Err(e) => {
                // What the page showed instead, for the failure report.
                let shown = self
                    .client
                    .execute("const m = document.querySelector('main'); return location.pathname + ': ' + (m ? m.innerText.slice(0, 400) : '(no main)');", vec![])
                    .await
                    .unwrap_or_default();
                Err(anyhow::Error::from(e)
                    .context(format!("no `{css}` appeared within 30 s; the page shows {shown}")))
            }
        }
    }

    /// Types `text` into the input matching `css`, waiting for it to appear (and show).
    pub async fn type_into(&self, css: &str, text: &str) -> Result<()> {
        let element = self.shown(css).await?;
        element.send_keys(text).await.with_context(|| format!("could not type into `{css}`"))?;
        Ok(())
    }

    /// Runs an async script (its last argument is the callback) and returns what it passes back.
    pub async fn run_async(&self, script: &str) -> Result<serde_json::Value> {
        Ok(self.client.execute_async(script, vec![]).await?)
    }

    /// Clicks the first element matching `css` that shows, waiting (up to 30 s) for one.
    pub async fn click(&self, css: &str) -> Result<()> {
        let element = self.shown(css).await?;
        element.click().await.with_context(|| format!("could not click `{css}`"))?;
        Ok(())
    }

    /// The first element matching `css` that is shown, waiting (up to 30 s) for one: the app
    /// renders hidden while the server's first paint shows (see `server/src/first_page.rs`), and
    /// a person reaches only what shows. A control in a closed disclosure (the header's menu,
    /// the sync details) is reached as a person reaches it: the disclosure is opened first.
    async fn shown(&self, css: &str) -> Result<fantoccini::elements::Element> {
        let open = "for (let e = arguments[0]; e; e = e.parentElement) \
                    if (e.tagName === 'DETAILS' && !e.open) e.open = true;";
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(30) {
            for element in self.client.find_all(Locator::Css(css)).await.unwrap_or_default() {
                let Ok(value) = serde_json::to_value(&element) else { continue };
                if self.client.execute(open, vec![value]).await.is_err() {
                    continue;
                }
                if element.is_displayed().await.unwrap_or(false) {
                    return Ok(element);
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        // None showed: the same wait's report of what the page shows instead.
        let element = self.element(css).await?;
        bail!(
            "`{css}` is on the page but never showed within 30 s ({:?})",
            element.text().await.unwrap_or_default()
        )
    }

    /// Runs `script` (a function body) until it returns true, for up to 30 s.
    pub async fn wait_for_script(&self, script: &str, what: &str) -> Result<()> {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(30) {
            if self.client.execute(script, vec![]).await.ok().and_then(|v| v.as_bool()) == Some(true) {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        bail!("timed out waiting for {what}")
    }

    /// Completes the English sample course in the browser, every lesson with "Complete and
    /// continue" and the final quiz passed, with whatever connection there is (none is needed).
    pub async fn complete_sample_course(&self, server: &Server) -> Result<()> {
        for lesson in SAMPLE_LESSONS {
            self.client.goto(&server.url(&format!("/courses/{SAMPLE_COURSE}/lessons/{lesson}"))).await?;
            // "Complete and continue": recorded, then the next lesson (or, after the last, the quiz).
            self.click("#complete").await?;
            self.wait_for_script(
                &format!("return !location.pathname.endsWith('/lessons/{lesson}')"),
                "the page after the completed lesson",
            )
            .await?;
        }
        self.client.goto(&server.url(&format!("/courses/{SAMPLE_COURSE}/quizzes/{SAMPLE_QUIZ}"))).await?;
        for choice in ["#q0-o1", "#q1-o0", "#q1-o1", "#q1-o3", "#q2-false", "#q4-true"] {
            self.click(choice).await?;
        }
        self.type_into("#q3-text", "press release").await?;
        self.click("#quiz-submit").await?;
        self.wait_for_text("#quiz-result", "Passed").await?;
        Ok(())
    }

    /// Waits until the app has taken over from the server's first paint (`#first-paint` is
    /// gone): what the page shows from then on is the app's, with what the app stored.
    pub async fn wait_for_app(&self) -> Result<()> {
        self.wait_for_script("return !document.getElementById('first-paint')", "the app to take over").await
    }

    /// Waits until the service worker controls the page: from then on the app shell is on the
    /// device, and the page opens with the server gone.
    pub async fn wait_for_service_worker(&self) -> Result<()> {
        self.wait_for_script(
            "return !!(navigator.serviceWorker && navigator.serviceWorker.controller)",
            "the service worker to control the page",
        )
        .await
    }

    /// Saves a PNG of the whole page, beyond the visible part too, as `<artifacts>/<name>.png`
    /// (see [`artifacts_dir`]), and returns its path.
    pub async fn screenshot(&self, name: &str) -> Result<PathBuf> {
        use base64::Engine;
        // As wide as the window (a wider clip would lay the page out again at that width), as
        // tall as the page.
        let metrics = self.cdp("Page.getLayoutMetrics", json!({})).await?;
        let width = metrics["cssLayoutViewport"]["clientWidth"].as_f64();
        let height = metrics["cssContentSize"]["height"].as_f64();
        let (Some(width), Some(height)) = (width, height) else { bail!("no page size in {metrics}") };
        let clip = json!({ "x": 0, "y": 0, "width": width, "height": height, "scale": 1 });
        let params = json!({ "format": "png", "captureBeyondViewport": true, "clip": clip });
        let shot = self.cdp("Page.captureScreenshot", params).await?;
        let data = shot["data"].as_str().context("a screenshot's data")?;
        let png = base64::engine::general_purpose::STANDARD.decode(data)?;
        let dir = artifacts_dir();
        std::fs::create_dir_all(&dir).with_context(|| format!("could not create {}", dir.display()))?;
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).with_context(|| format!("could not write {}", path.display()))?;
        Ok(path)
    }

    /// What a QR code reader reads from the element `css` as the browser draws it: a PNG of
    /// the element, kept as `<artifacts>/<name>.png`, given to `zbarimg` (zbar-tools, installed
    /// by `cargo xtask setup`). A missing reader fails the test.
    pub async fn scan_qr(&self, css: &str, name: &str) -> Result<String> {
        let png = self.client.find(Locator::Css(css)).await?.screenshot().await?;
        let dir = artifacts_dir();
        std::fs::create_dir_all(&dir).with_context(|| format!("could not create {}", dir.display()))?;
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).with_context(|| format!("could not write {}", path.display()))?;
        let output = Command::new("zbarimg")
            .args(["--quiet", "--raw"])
            .arg(&path)
            .output()
            .context("could not run zbarimg (run `cargo xtask setup`)")?;
        ensure!(
            output.status.success(),
            "no QR code read in {}: {}",
            path.display(),
            String::from_utf8_lossy(&output.stderr)
        );
        let text = String::from_utf8(output.stdout).context("zbarimg prints UTF-8")?;
        Ok(text.strip_suffix('\n').unwrap_or(&text).to_owned())
    }

    /// Runs axe-core over the page as it is now and fails on any WCAG 2.0/2.1 level A or AA
    /// violation, naming each rule with up to five of the elements it found. `what` names the
    /// page in the failure. axe's script (`DALA_AXE`, installed by `cargo xtask setup
    /// --browser`) is put into the page through WebDriver, which the page's CSP does not govern.
    pub async fn check_accessibility(&self, what: &str) -> Result<()> {
        let loaded = self.client.execute("return typeof window.axe === 'object';", vec![]).await?;
        if loaded != json!(true) {
            let path = env_path("DALA_AXE", || {
                Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/tools/node_modules/axe-core/axe.min.js")
            });
            let source = std::fs::read_to_string(&path).with_context(|| {
                format!("could not read axe-core at {} (run `cargo xtask setup --browser`)", path.display())
            })?;
            self.client.execute(&format!("{source}\nreturn true;"), vec![]).await?;
        }
        let script = r#"
            const done = arguments[arguments.length - 1];
            const options = {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                resultTypes: ['violations'],
            };
            window.axe.run(document, options)
                .then(r => done(r.violations.map(v => ({
                    rule: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary),
                }))))
                .catch(e => done([{ rule: 'axe-error', help: String(e), nodes: [] }]));
        "#;
        let violations = self.client.execute_async(script, vec![]).await?;
        let list = violations.as_array().cloned().unwrap_or_default();
        if list.is_empty() {
            return Ok(());
        }
        let report: Vec<String> = list
            .iter()
            .map(|v| {
                let nodes: Vec<&str> =
                    v["nodes"].as_array().into_iter().flatten().filter_map(|n| n.as_str()).collect();
                format!("{} ({}): {}\n      {}", v["rule"], v["impact"], v["help"], nodes.join("\n      "))
            })
            .collect();
        bail!("{what}: {} WCAG 2.1 A/AA violation(s):\n  {}", list.len(), report.join("\n  "))
    }

    /// Sends a Chrome DevTools Protocol command through ChromeDriver.
    pub async fn cdp(&self, cmd: &str, params: serde_json::Value) -> Result<serde_json::Value> {
        Ok(self.client.issue_cmd(Cdp { cmd: cmd.to_owned(), params }).await?)
    }

    pub async fn close(mut self) -> Result<()> {
        let result = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        result.context("could not close the browser")
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
    }
}

/// ChromeDriver's `goog/cdp/execute` extension command.
#[derive(Debug)]
struct Cdp {
    cmd: String,
    params: serde_json::Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _url: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// One request as Chromium's DevTools saw it (`Network.*` events of the performance log).
#[derive(Debug, Clone, Default)]
pub struct NetworkRequest {
    pub url: String,
    pub method: String,
    /// The request's `Range` header, if it had one.
    pub range: Option<String>,
    pub status: u16,
    pub mime_type: String,
    /// `Network.loadingFinished`'s `encodedDataLength`: the bytes received, headers and body
    /// as they crossed the wire (0 for an answer from a cache).
    pub encoded_bytes: u64,
    /// Of those, the response headers (`Network.responseReceived`'s `encodedDataLength`).
    pub header_bytes: u64,
    /// Whether it finished (else it failed or is still going).
    pub finished: bool,
}

impl Browser {
    /// [`Browser::start`] with ChromeDriver's performance log on, read by
    /// [`Browser::network_requests`].
    pub async fn start_recording_network() -> Result<Browser> {
        Browser::launch(true).await
    }

    /// The requests of the page since the last call (ChromeDriver hands each log entry out
    /// once), in the order they were sent. Needs [`Browser::start_recording_network`].
    pub async fn network_requests(&self) -> Result<Vec<NetworkRequest>> {
        let entries = self.client.issue_cmd(PerformanceLog).await?;
        let mut order: Vec<String> = Vec::new();
        let mut requests: std::collections::HashMap<String, NetworkRequest> = Default::default();
        for entry in entries.as_array().into_iter().flatten() {
            let Some(message) = entry["message"].as_str() else { continue };
            let Ok(message) = serde_json::from_str::<serde_json::Value>(message) else { continue };
            let (method, params) = (&message["message"]["method"], &message["message"]["params"]);
            let Some(id) = params["requestId"].as_str() else { continue };
            let request = requests.entry(id.to_owned()).or_insert_with(|| {
                order.push(id.to_owned());
                NetworkRequest::default()
            });
            match method.as_str() {
                Some("Network.requestWillBeSent") => {
                    request.url = params["request"]["url"].as_str().unwrap_or_default().to_owned();
                    request.method = params["request"]["method"].as_str().unwrap_or_default().to_owned();
                    let headers = params["request"]["headers"].as_object();
                    request.range = headers
                        .and_then(|h| h.iter().find(|(name, _)| name.eq_ignore_ascii_case("range")))
                        .and_then(|(_, value)| value.as_str())
                        .map(str::to_owned);
                }
                Some("Network.responseReceived") => {
                    request.status = params["response"]["status"].as_u64().unwrap_or_default() as u16;
                    request.mime_type =
                        params["response"]["mimeType"].as_str().unwrap_or_default().to_owned();
                    request.header_bytes =
                        params["response"]["encodedDataLength"].as_f64().unwrap_or_default().max(0.0) as u64;
                }
                Some("Network.loadingFinished") => {
                    request.encoded_bytes = params["encodedDataLength"].as_f64().unwrap_or_default() as u64;
                    request.finished = true;
                }
                _ => {}
            }
        }
        Ok(order.into_iter().filter_map(|id| requests.remove(&id)).filter(|r| !r.url.is_empty()).collect())
    }
}

/// What Chromium says it received for a set of requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Received {
    /// `Network.loadingFinished`'s `encodedDataLength`: headers and body as they came over the
    /// network.
    pub bytes: u64,
    /// Of those, the response headers (`Network.responseReceived`'s `encodedDataLength`).
    pub header_bytes: u64,
    /// Requests that finished having moved something (not those a cache or the service
    /// worker answered).
    pub requests: usize,
}

/// What Chromium received for the requests to `origin` ([`Browser::network_requests`]).
pub fn bytes_received_from(requests: &[NetworkRequest], origin: &str) -> Received {
    let mut received = Received::default();
    for request in requests.iter().filter(|r| r.finished && r.encoded_bytes > 0 && r.url.starts_with(origin))
    {
        received.bytes += request.encoded_bytes;
        received.header_bytes += request.header_bytes;
        received.requests += 1;
    }
    received
}

/// ChromeDriver's `se/log` command for the performance log.
#[derive(Debug)]
struct PerformanceLog;

impl fantoccini::wd::WebDriverCompatibleCommand for PerformanceLog {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({ "type": "performance" }).to_string()))
    }
}
