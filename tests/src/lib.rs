//! Harness for the end-to-end tests: the real `dala` binary serving the real built client, and
//! a real headless Chromium driven through ChromeDriver (WebDriver).
//!
//! `cargo xtask test` builds both and sets `DALA_BIN`, `DALA_WEB_DIR`, `DALA_COURSES_DIR`,
//! `CHROMEDRIVER` and `CHROMIUM`; the defaults below match a workspace where that has run.

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ is in the workspace").to_owned()
}

fn env_path(name: &str, default: impl FnOnce() -> PathBuf) -> PathBuf {
    std::env::var_os(name).map(PathBuf::from).unwrap_or_else(default)
}

/// The `dala` binary under test.
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

/// Where tests leave files for people to look at, such as screenshots: `DALA_TEST_ARTIFACTS`,
/// or `target/test-artifacts` in the workspace.
pub fn artifacts_dir() -> PathBuf {
    env_path("DALA_TEST_ARTIFACTS", || workspace().join("target/test-artifacts"))
}

/// A free TCP port on loopback.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
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

    /// [`Server::start`] with more `dala serve` flags.
    pub fn start_with(data_dir: &Path, args: &[&str]) -> Result<Server> {
        let args = args.iter().map(|a| a.to_string()).collect();
        let mut server = Server { child: None, port: free_port(), data_dir: data_dir.to_owned(), args };
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
            .arg(env_path("DALA_COURSES_DIR", || workspace().join("courses")))
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
    use std::io::{Read, Write};
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    stream.write_all(&request_head(port, method, path, token, body.len()))?;
    stream.write_all(body)?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").context("the answer was cut off")?;
    let status = String::from_utf8_lossy(&raw[..split])
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .context("no status line")?;
    Ok((status, raw[split + 4..].to_vec()))
}

/// The request line and headers of [`request`], for a test that sends a request in pieces.
pub fn request_head(port: u16, method: &str, path: &str, token: Option<&str>, length: usize) -> Vec<u8> {
    let authorization = token.map(|t| format!("Authorization: Bearer {t}\r\n")).unwrap_or_default();
    format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{authorization}Content-Type: application/json\r\n\
         Content-Length: {length}\r\nConnection: close\r\n\r\n"
    )
    .into_bytes()
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

    /// Types `text` into the input matching `css`, waiting for it to appear.
    pub async fn type_into(&self, css: &str, text: &str) -> Result<()> {
        let element = self.element(css).await?;
        element.send_keys(text).await.with_context(|| format!("could not type into `{css}`"))?;
        Ok(())
    }

    /// Runs an async script (its last argument is the callback) and returns what it passes back.
    pub async fn run_async(&self, script: &str) -> Result<serde_json::Value> {
        Ok(self.client.execute_async(script, vec![]).await?)
    }

    /// Clicks the first element matching `css`, waiting for it to appear.
    pub async fn click(&self, css: &str) -> Result<()> {
        let element = self.element(css).await?;
        element.click().await.with_context(|| format!("could not click `{css}`"))?;
        Ok(())
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
