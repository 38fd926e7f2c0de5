//! Course downloads in the real client, counted in bytes on the wire.
//!
//! - An update after editing 1 of 20 lessons moves the manifest delta and that lesson's blob
//!   (as a patch of the one held): at most 5 % of the whole new version, summed from Chromium's own count of each request
//!   (DevTools `Network.loadingFinished.encodedDataLength`, headers included).
//! - A download through a proxy that drops every connection after a few KB still finishes:
//!   blobs already stored are not fetched again, the large image resumes with `Range`, and all
//!   that crossed the wire is at most 1.05 × one uninterrupted download of the same course.
//!
//! Each test runs its own server on a courses folder it writes.

use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail, ensure};
use dala_tests::{Browser, NetworkRequest, dala_binary, free_port};
use serde_json::json;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ is in the workspace").to_owned()
}

fn sample_course() -> PathBuf {
    std::env::var_os("DALA_COURSES_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("courses"))
        .join("cso-communications-en")
}

/// Writes course `slug` into `courses`: the sample course's lessons, then further parts of each
/// (with a line of their own) until there are `lessons`, its quiz and its image, and `extra`
/// files (name, bytes).
fn write_course(courses: &Path, slug: &str, lessons: usize, extra: &[(&str, Vec<u8>)]) -> Result<()> {
    let sample = sample_course();
    let folder = courses.join(slug);
    std::fs::create_dir_all(&folder)?;
    let metadata = std::fs::read_to_string(sample.join("course.toml"))?;
    let metadata: String = metadata
        .lines()
        .filter(|l| !l.starts_with("translations"))
        .map(|l| if l.starts_with("title") { format!("title = \"Course {slug}\"") } else { l.to_owned() })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(folder.join("course.toml"), metadata + "\n")?;
    let mut names: Vec<String> = std::fs::read_dir(&sample)?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    // In the sample's order: its file names' numbers.
    names.sort();
    let mut originals: Vec<(String, String)> = Vec::new();
    for name in names {
        let path = sample.join(&name);
        if let Some(id) = name.strip_suffix(".md") {
            originals.push((id[3..].to_owned(), std::fs::read_to_string(&path)?));
        } else if name.ends_with(".svg") {
            std::fs::copy(&path, folder.join(&name))?;
        } else if name.ends_with(".quiz.toml") {
            std::fs::copy(&path, folder.join(format!("{:02}-{}", lessons + 1, &name[3..])))?;
        }
    }
    ensure!(!originals.is_empty(), "the sample course has lessons");
    for n in 0..lessons {
        let (id, text) = &originals[n % originals.len()];
        let part = n / originals.len();
        let (id, text) = if part == 0 {
            (id.clone(), text.clone())
        } else {
            (
                format!("{id}-part-{}", part + 1),
                format!("{text}\n\nPart {} goes over this lesson again.\n", part + 1),
            )
        };
        std::fs::write(folder.join(format!("{:02}-{id}.md", n + 1)), text)?;
    }
    for (name, bytes) in extra {
        std::fs::write(folder.join(name), bytes)?;
    }
    Ok(())
}

/// A `dala serve` on a courses folder of the test's own, killed when dropped.
struct Dala {
    child: Option<Child>,
    port: u16,
    data: PathBuf,
    courses: PathBuf,
}

impl Dala {
    fn start(data: &Path, courses: &Path) -> Result<Dala> {
        let mut dala =
            Dala { child: None, port: free_port(), data: data.to_owned(), courses: courses.to_owned() };
        dala.restart()?;
        Ok(dala)
    }

    fn restart(&mut self) -> Result<()> {
        let web = std::env::var_os("DALA_WEB_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| workspace().join("web/dist"));
        let child = Command::new(dala_binary())
            .args(["serve", "--port", &self.port.to_string()])
            .arg("--data-dir")
            .arg(&self.data)
            .arg("--courses-dir")
            .arg(&self.courses)
            .arg("--web-dir")
            .arg(web)
            .env("DALA_LOG", "warn")
            .stdout(Stdio::null())
            .spawn()
            .context("could not start dala (run `cargo xtask test`)")?;
        self.child = Some(child);
        wait_for(([127, 0, 0, 1], self.port).into())
    }

    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for Dala {
    fn drop(&mut self) {
        self.stop();
    }
}

fn wait_for(address: SocketAddr) -> Result<()> {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(30) {
        if TcpStream::connect(address).is_ok() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    bail!("nothing listens on {address}")
}

fn is_course_request(request: &NetworkRequest, slug: &str) -> bool {
    request.url.contains(&format!("/api/v1/courses/{slug}/manifest"))
        || request.url.contains("/api/v1/blobs/")
}

/// Sums what the course's manifest and blob requests since the last call cost on the wire.
async fn course_bytes(browser: &Browser, slug: &str) -> Result<(u64, Vec<NetworkRequest>)> {
    let requests: Vec<NetworkRequest> =
        browser.network_requests().await?.into_iter().filter(|r| is_course_request(r, slug)).collect();
    for request in &requests {
        ensure!(request.finished, "{} did not finish: {request:?}", request.url);
    }
    Ok((requests.iter().map(|r| r.encoded_bytes).sum(), requests))
}

#[tokio::test]
#[ignore = "needs Chromium and a built client: run `cargo xtask test`"]
async fn an_update_after_editing_one_of_twenty_lessons_moves_at_most_five_percent() -> Result<()> {
    const SLUG: &str = "twenty-lessons";
    let dir = tempfile::tempdir()?;
    let courses = dir.path().join("courses");
    write_course(&courses, SLUG, 20, &[])?;
    let mut server = Dala::start(&dir.path().join("data"), &courses)?;
    let browser = Browser::start_recording_network().await?;
    let page = format!("http://127.0.0.1:{}/courses/{SLUG}", server.port);
    browser.client.goto(&page).await?;
    browser.click("#download").await?;
    browser.wait_for_text("#offline-state", "Downloaded").await?;

    // A new edition: one sentence added to the third lesson.
    server.stop();
    let lesson = courses.join(SLUG).join("03-working-with-media.md");
    let mut text = std::fs::read_to_string(&lesson)?;
    text.push_str("\nThis year's edition adds one sentence to this lesson.\n");
    std::fs::write(&lesson, text)?;
    server.restart()?;

    browser.network_requests().await?;
    browser.client.goto(&page).await?;
    browser.wait_for_text("#update-available", "Update").await?;
    browser.click("#download").await?;
    browser
        .wait_for_script(
            "return !document.querySelector('#update-available') && !!document.querySelector('#offline-state');",
            "the update to finish",
        )
        .await?;
    let (update, requests) = course_bytes(&browser, SLUG).await?;
    let update_requests = requests.clone();
    let blobs: Vec<&NetworkRequest> = requests.iter().filter(|r| r.url.contains("/blobs/")).collect();
    ensure!(blobs.len() == 1, "the update fetched {} blobs: {blobs:?}", blobs.len());
    ensure!(blobs[0].url.contains("?from="), "the edited lesson was not asked for as a patch: {blobs:?}");
    let manifests: Vec<&NetworkRequest> = requests.iter().filter(|r| r.url.contains("/manifest")).collect();
    ensure!(!manifests.is_empty(), "no manifest request in {requests:?}");
    for manifest in &manifests {
        ensure!(
            manifest.url.contains("?since=") && manifest.mime_type == dala_wire::MANIFEST_DELTA_TYPE,
            "the update asked for the whole manifest: {manifest:?}"
        );
    }

    // The whole new version, as a device without the course downloads it (nothing cached).
    browser.cdp("Network.clearBrowserCache", json!({})).await?;
    browser.click("#remove").await?;
    browser.wait_for_text("#download", "Download for offline").await?;
    browser.network_requests().await?;
    browser.click("#download").await?;
    browser.wait_for_text("#offline-state", "Downloaded").await?;
    let (whole, requests) = course_bytes(&browser, SLUG).await?;
    ensure!(requests.len() >= 22, "the whole version is the manifest and every blob: {requests:?}");
    println!("update: {update} bytes on the wire; whole new version: {whole} bytes");
    for r in &update_requests {
        println!("- {} {} {}", r.encoded_bytes, r.mime_type, r.url);
    }
    ensure!(
        update * 100 <= whole * 5,
        "the update moved {update} bytes, {:.1} % of the whole new version ({whole} bytes)",
        100.0 * update as f64 / whole as f64
    );
    browser.close().await
}

/// A loopback proxy between the browser and the server, as a bad mobile link: it passes the
/// server's bytes at about 2 MB/s (4 KB every 2 ms; loopback speed would outrun the page,
/// which loses what Chromium had not handed it yet when the error comes), and while cutting
/// closes each connection once it has passed `cut_after` bytes from the server (cleanly: what
/// it passed arrives). It counts the bytes it passes both ways.
struct CuttingProxy {
    port: u16,
    cutting: Arc<AtomicBool>,
    bytes: Arc<AtomicU64>,
    cuts: Arc<AtomicU64>,
}

impl CuttingProxy {
    fn start(upstream: u16, cut_after: u64) -> Result<CuttingProxy> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let port = listener.local_addr()?.port();
        let proxy = CuttingProxy {
            port,
            cutting: Arc::new(AtomicBool::new(false)),
            bytes: Arc::new(AtomicU64::new(0)),
            cuts: Arc::new(AtomicU64::new(0)),
        };
        let (cutting, bytes, cuts) = (proxy.cutting.clone(), proxy.bytes.clone(), proxy.cuts.clone());
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(client) = client else { continue };
                let Ok(server) = TcpStream::connect(("127.0.0.1", upstream)) else { continue };
                let (cutting, bytes, cuts) = (cutting.clone(), bytes.clone(), cuts.clone());
                std::thread::spawn(move || relay(client, server, cutting, cut_after, bytes, cuts));
            }
        });
        Ok(proxy)
    }

    /// Bytes passed both ways since the last call.
    fn take_bytes(&self) -> u64 {
        self.bytes.swap(0, Ordering::SeqCst)
    }
}

fn relay(
    client: TcpStream,
    server: TcpStream,
    cutting: Arc<AtomicBool>,
    cut_after: u64,
    bytes: Arc<AtomicU64>,
    cuts: Arc<AtomicU64>,
) {
    let (Ok(mut client_in), Ok(mut server_out)) = (client.try_clone(), server.try_clone()) else { return };
    let up_bytes = bytes.clone();
    let up = std::thread::spawn(move || {
        let mut buffer = [0u8; 16 * 1024];
        while let Ok(n) = client_in.read(&mut buffer) {
            if n == 0 || server_out.write_all(&buffer[..n]).is_err() {
                break;
            }
            up_bytes.fetch_add(n as u64, Ordering::SeqCst);
        }
        let _ = server_out.shutdown(Shutdown::Write);
    });
    let (mut server_in, mut client_out) = (server, client);
    let mut passed = 0u64;
    let mut buffer = [0u8; 4 * 1024];
    while let Ok(n) = server_in.read(&mut buffer) {
        if n == 0 {
            break;
        }
        let mut n = n as u64;
        let cut = cutting.load(Ordering::SeqCst) && passed + n >= cut_after;
        if cut {
            n = cut_after.saturating_sub(passed);
        }
        if client_out.write_all(&buffer[..n as usize]).is_err() {
            break;
        }
        passed += n;
        bytes.fetch_add(n, Ordering::SeqCst);
        if cut {
            cuts.fetch_add(1, Ordering::SeqCst);
            break;
        }
        // At most 4 KB every 10 ms (about 3 Mbit/s, a good mobile link): at loopback speed the
        // page lags the network, and the bytes Chromium holds but has not handed to the page
        // are lost with the connection, which no real link of the learners' would show.
        std::thread::sleep(Duration::from_millis(10));
    }
    // A clean end (FIN after every byte passed), as a dropped mobile link looks once the
    // radio gives up; the browser's side reads to its end, so nothing is reset.
    let _ = client_out.shutdown(Shutdown::Write);
    let _ = server_in.shutdown(Shutdown::Both);
    let _ = up.join();
}

/// Incompressible bytes, as a photo is.
fn photo(bytes: usize) -> Vec<u8> {
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    (0..bytes)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect()
}

#[tokio::test]
#[ignore = "needs Chromium and a built client: run `cargo xtask test`"]
async fn a_download_cut_every_64_kb_finishes_reusing_what_arrived() -> Result<()> {
    const SLUG: &str = "with-a-photo";
    const CUT: u64 = 64 * 1024;
    let dir = tempfile::tempdir()?;
    let courses = dir.path().join("courses");
    write_course(&courses, SLUG, 7, &[("photo.webp", photo(400_000))])?;
    // The photo is in the first lesson.
    let first = courses.join(SLUG).join("01-why-a-policy.md");
    let text = std::fs::read_to_string(&first)?;
    std::fs::write(&first, format!("{text}\n![A photo of a community meeting](photo.webp)\n"))?;
    let server = Dala::start(&dir.path().join("data"), &courses)?;
    let proxy = CuttingProxy::start(server.port, CUT)?;
    let browser = Browser::start_recording_network().await?;
    let page = format!("http://127.0.0.1:{}/courses/{SLUG}", proxy.port);
    browser.client.goto(&page).await?;
    browser.wait_for_text("#download", "Download for offline").await?;

    proxy.take_bytes();
    browser.network_requests().await?;
    proxy.cutting.store(true, Ordering::SeqCst);
    browser.click("#download").await?;
    // The bar says how much is in and how much is left, in KB.
    let label = browser.wait_for_text("#download-label", "left").await?;
    ensure!(label.contains("KB"), "the progress label: {label:?}");
    if let Err(e) = browser.wait_for_text("#offline-state", "Downloaded").await {
        let shown =
            browser.client.execute("return document.querySelector('main').innerText;", vec![]).await?;
        bail!("{e}; the page shows {shown}");
    }
    let cut_bytes = proxy.take_bytes();
    let cuts = proxy.cuts.load(Ordering::SeqCst);
    proxy.cutting.store(false, Ordering::SeqCst);
    // The requests as the page made them (Chromium also sends a request again by itself when
    // a kept-alive connection turns out closed before any answer: those are not the app's).
    let requests: Vec<NetworkRequest> =
        browser.network_requests().await?.into_iter().filter(|r| r.url.contains("/api/v1/blobs/")).collect();
    ensure!(cuts >= 3, "the proxy cut {cuts} connections");

    let manifest: dala_wire::Manifest = serde_json::from_slice(&dala_tests::call(
        server.port,
        "GET",
        &format!("/api/v1/courses/{SLUG}/manifest"),
        None,
        None,
    )?)?;
    let photo_blob = &manifest.assets.iter().find(|a| a.name == "photo.webp").context("the photo")?.blob;
    let photo_path = dala_wire::blob_path(&photo_blob.sha256);
    let of_photo = |r: &&NetworkRequest| r.url.ends_with(&photo_path);
    let photo: Vec<&NetworkRequest> = requests.iter().filter(of_photo).collect();
    let first_range = photo.iter().position(|r| r.range.is_some());
    let Some(first_range) = first_range else { bail!("the photo never resumed with Range: {requests:?}") };
    // Once part of the photo has arrived (the first `Range` request says so), it is never asked
    // for whole again. Before that, a cut that brought the page nothing leaves nothing to
    // resume from, and asking again whole is right (on a loaded machine the first cut can come
    // before Chromium hands the page a byte).
    ensure!(
        photo[first_range..].iter().all(|r| r.range.is_some()),
        "the photo was asked for whole again after part of it arrived: {requests:?}"
    );
    ensure!(
        first_range as u64 <= 1 + cuts,
        "the photo was asked for whole {first_range} times: {requests:?}"
    );
    // Each blob is asked for whole once, or once more when a cut fell in a compressed one.
    let blob_gets = requests.iter().filter(|r| r.range.is_none()).count();
    ensure!(
        blob_gets as u64 <= manifest.blobs().len() as u64 + cuts,
        "{blob_gets} whole blob requests for {} blobs and {cuts} cuts: {requests:?}",
        manifest.blobs().len()
    );
    // Stored whole: the lesson with the photo opens offline-ready.
    ensure!(
        browser.client.find(fantoccini::Locator::Css("#download")).await.is_err(),
        "the course still offers a download"
    );

    // The same download without cuts, from nothing (no cache, nothing stored).
    browser.cdp("Network.clearBrowserCache", json!({})).await?;
    browser.click("#remove").await?;
    browser.wait_for_text("#download", "Download for offline").await?;
    proxy.take_bytes();
    browser.click("#download").await?;
    browser.wait_for_text("#offline-state", "Downloaded").await?;
    let whole_bytes = proxy.take_bytes();
    println!(
        "cut every {CUT} bytes: {cut_bytes} bytes on the wire in {cuts} cuts; uncut: {whole_bytes} bytes"
    );
    ensure!(
        cut_bytes * 100 <= whole_bytes * 105,
        "the cut download moved {cut_bytes} bytes, {:.3} × the uncut {whole_bytes}",
        cut_bytes as f64 / whole_bytes as f64
    );
    browser.close().await
}

#[tokio::test]
#[ignore = "needs Chromium and a built client: run `cargo xtask test`"]
async fn the_data_saver_downloads_text_first_and_each_image_on_a_tap() -> Result<()> {
    const SLUG: &str = "saver";
    let dir = tempfile::tempdir()?;
    let courses = dir.path().join("courses");
    write_course(&courses, SLUG, 7, &[("photo.webp", photo(120_000))])?;
    let first = courses.join(SLUG).join("01-why-a-policy.md");
    let text = std::fs::read_to_string(&first)?;
    std::fs::write(&first, format!("{text}\n![A photo of a community meeting](photo.webp)\n"))?;
    let server = Dala::start(&dir.path().join("data"), &courses)?;
    let manifest: dala_wire::Manifest = serde_json::from_slice(&dala_tests::call(
        server.port,
        "GET",
        &format!("/api/v1/courses/{SLUG}/manifest"),
        None,
        None,
    )?)?;
    let photo = manifest.assets.iter().find(|a| a.name == "photo.webp").context("the photo")?.blob.clone();
    let photo_path = dala_wire::blob_path(&photo.sha256);

    let browser = Browser::start_recording_network().await?;
    // The browser's Save-Data hint, as a phone in data-saver mode gives it.
    let hint = "Object.defineProperty(navigator, 'connection', { value: { saveData: true } });";
    browser.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": hint })).await?;
    let page = format!("http://127.0.0.1:{}/courses/{SLUG}", server.port);
    browser.client.goto(&page).await?;
    // Both sizes before the download, and the setting on from the hint.
    let sizes = browser.wait_for_text("#download-sizes", "Text only").await?;
    let shown = browser
        .client
        .execute(
            "const p = document.querySelector('#download-sizes'); \
             return [p.dataset.all, p.dataset.text, document.querySelector('#data-saver').checked];",
            vec![],
        )
        .await?;
    ensure!(
        shown == json!([manifest.download_bytes().to_string(), manifest.text_bytes().to_string(), true]),
        "sizes and setting shown: {shown} ({sizes:?})"
    );
    let images: u64 = manifest.blobs().iter().filter(|b| b.is_image()).map(|b| b.bytes).sum();
    ensure!(manifest.text_bytes() + images == manifest.download_bytes() && images > photo.bytes, "{images}");
    let kb = |bytes: u64| format!("{} KB", (bytes as f64 / 1000.0).round());
    ensure!(
        sizes.contains(&kb(manifest.download_bytes())) && sizes.contains(&kb(manifest.text_bytes())),
        "{sizes:?}"
    );
    // The setting can be turned off and on again.
    browser.click("#data-saver").await?;
    browser.wait_for_text("#download", "Download for offline").await?;
    browser.click("#data-saver").await?;
    browser.wait_for_text("#download", "Download the text for offline").await?;

    browser.network_requests().await?;
    browser.click("#download").await?;
    browser.wait_for_text("#offline-state", "Downloaded").await?;
    browser.wait_for_text("#images-left", &kb(images)).await?;
    let fetched: Vec<NetworkRequest> = browser.network_requests().await?;
    ensure!(
        !fetched.iter().any(|r| r.url.ends_with(&photo_path)),
        "the data saver fetched the photo: {fetched:?}"
    );
    let texts = manifest.blobs().iter().filter(|b| !b.is_image()).count();
    ensure!(fetched.iter().filter(|r| r.url.contains("/api/v1/blobs/")).count() == texts, "{fetched:?}");

    // In the lesson the photo is a button saying its size; a tap fetches it and shows it.
    browser.client.goto(&format!("{page}/lessons/why-a-policy")).await?;
    let label = browser.wait_for_text(".image-placeholder", &kb(photo.bytes)).await?;
    ensure!(label.contains("community meeting"), "the placeholder names the image: {label:?}");
    ensure!(
        !browser.network_requests().await?.iter().any(|r| r.url.ends_with(&photo_path)),
        "the lesson fetched the photo before the tap"
    );
    browser.click(".image-placeholder").await?;
    browser
        .wait_for_script(
            "const i = document.querySelector('#lesson-body img'); \
             return !!i && i.src.startsWith('blob:') && !document.querySelector('.image-placeholder');",
            "the photo to show",
        )
        .await?;
    let fetched = browser.network_requests().await?;
    ensure!(fetched.iter().filter(|r| r.url.ends_with(&photo_path)).count() == 1, "{fetched:?}");
    // Kept: the course page counts only the other image (the diagram, never tapped) as left out.
    browser.client.goto(&page).await?;
    browser.wait_for_text("#offline-state", "Downloaded").await?;
    browser.wait_for_text("#images-left", &kb(images - photo.bytes)).await?;
    browser.screenshot("data-saver-course").await?;
    browser.close().await
}
