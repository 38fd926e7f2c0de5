//! The full-disk test: the real `dala serve` keeps its data on a small tmpfs that a filler file
//! fills to the last byte. Every write through the API (signing in, a sync batch, a draft save,
//! an image upload, publishing) must then be refused with 507 and the JSON error shape, and once the filler
//! is removed the same writes must succeed on the same running server: over five cycles, with
//! no restart. Afterwards every event is stored exactly once, the database is intact and no
//! temporary file is left behind.
//!
//! Mounting needs root (as CI runs); where mounting fails the test fails and says why, since a
//! skipped test would look like a passing one.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail, ensure};
use dala_tests::{Server, add_user, current_version, request, sign_in};
use dala_wire::{
    ApiError, CoursePublished, ErrorCode, EventKind, Manifest, Me, ProgressEvent, StoredDraft, SyncResponse,
};
use serde_json::json;

const PASSWORD: &str = "correct horse battery";
const COURSE: &str = "cso-communications-en";
const ORGANIZATION: &str = "Aral Youth Centre";
const DRAFT: &str = "full-disk-notes";
const CYCLES: u64 = 5;
const EVENTS_PER_CYCLE: u64 = 100;

/// A tmpfs of `size` mounted on a fresh folder, unmounted (and the folder removed) when dropped.
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    fn mount(size: &str) -> Result<Tmpfs> {
        let dir = tempfile::tempdir()?;
        let output = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .output()
            .context("could not run `mount` (the full-disk test needs it, and root)")?;
        if !output.status.success() {
            bail!(
                "could not mount a {size} tmpfs on {} ({}): the full-disk test needs root, as CI runs it; {}",
                dir.path().display(),
                output.status,
                String::from_utf8_lossy(&output.stderr).trim()
            );
        }
        Ok(Tmpfs { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        // A file a finished process held may take a moment to be let go of ("target is busy");
        // a lazy unmount at the end detaches it whatever holds it.
        for _ in 0..50 {
            let quiet =
                Command::new("umount").arg(self.dir.path()).stderr(std::process::Stdio::null()).status();
            if quiet.is_ok_and(|s| s.success()) {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        eprintln!("{} is busy: unmounting it lazily", self.dir.path().display());
        let _ = Command::new("umount").arg("-l").arg(self.dir.path()).status();
    }
}

/// Writes a file until the filesystem refuses more (ENOSPC), and returns its path.
fn fill(dir: &Path) -> Result<PathBuf> {
    let path = dir.join("filler");
    let mut file = std::fs::File::create(&path)?;
    let chunk = vec![0xA5u8; 64 * 1024];
    loop {
        if let Err(e) = file.write_all(&chunk).and_then(|()| file.sync_all()) {
            ensure!(e.raw_os_error() == Some(28), "filling the disk failed otherwise: {e}");
            break;
        }
    }
    // The last bytes that fit, so not even a page is left.
    for size in [4096, 512, 1] {
        while file.write_all(&vec![0xA5u8; size]).and_then(|()| file.sync_all()).is_ok() {}
    }
    Ok(path)
}

#[test]
#[ignore = "needs the dala binary and root (a tmpfs is mounted): run `cargo xtask test`"]
fn a_full_disk_refuses_writes_with_507_and_recovers_when_space_is_freed() -> Result<()> {
    let disk = Tmpfs::mount("8m")?;
    let data = disk.path().join("data");
    add_user(&data, &["--login", "aida", "--display-name", "Aida"], PASSWORD)?;
    let trainer = ["--login", "marat", "--display-name", "Marat", "--organization", ORGANIZATION];
    add_user(&data, &[trainer.as_slice(), &["--role", "trainer"]].concat(), PASSWORD)?;
    let mut server = Server::start(&data)?;
    let port = server.port;

    let learner = sign_in(port, "aida", PASSWORD)?;
    let trainer = sign_in(port, "marat", PASSWORD)?;
    let organization = {
        let (status, body) = request(port, "GET", "/api/v1/me", Some(&trainer), b"")?;
        ensure!(status == 200, "/me answered {status}");
        let me: Me = serde_json::from_slice(&body)?;
        me.staff_memberships().first().context("the trainer's organization")?.organization_id.clone()
    };
    let draft = json!({
        "slug": DRAFT,
        "metadata": {
            "title": "Notes", "summary": "Written on a full disk.", "language": "en", "version": "1",
            "authors": ["Marat"], "licence": "CC BY 4.0", "translations": [], "open": true
        },
        "items": [{ "lesson": { "id": "notes", "markdown": "# Notes\n\nFirst.\n" } }],
        "images": []
    });
    let path = format!("/api/v1/organizations/{organization}/courses");
    let (status, body) =
        request(port, "POST", &path, Some(&trainer), json!({ "draft": draft }).to_string().as_bytes())?;
    ensure!(status == 201, "creating the course answered {status}: {}", String::from_utf8_lossy(&body));
    let mut revision = serde_json::from_slice::<StoredDraft>(&body)?.revision;
    let (version, manifest) = current_version(port, COURSE)?;

    for cycle in 0..CYCLES {
        let events = events(cycle, &version, &manifest);
        let sync = serde_json::to_vec(&json!({ "events": events }))?;
        // A lesson long enough that its save needs pages the disk does not have.
        let mut changed = draft.clone();
        changed["items"][0]["lesson"]["markdown"] =
            json!(format!("# Notes\n\n{}\n", format!("Cycle {cycle}: a sentence of notes. ").repeat(4000)));
        let save = json!({ "base_revision": revision, "draft": changed }).to_string();
        let image = png(cycle as u8);
        let upload = format!("/api/v1/courses/{DRAFT}/images?name=cycle{cycle}&alt=Cycle%20{cycle}");
        let sign_in_body = json!({ "login": "aida", "password": PASSWORD }).to_string();
        // The current revision is not published yet: publishing it writes new blobs.
        let publish = json!({ "revision": revision }).to_string();
        let publish_path = format!("/api/v1/courses/{DRAFT}/publish");

        let filler = fill(disk.path())?;
        for (what, method, path, token, body) in [
            ("signing in", "POST", "/api/v1/sessions", None, sign_in_body.as_bytes()),
            ("a sync", "POST", "/api/v1/progress/sync", Some(learner.as_str()), &sync[..]),
            (
                "a draft save",
                "PUT",
                &format!("/api/v1/courses/{DRAFT}/draft"),
                Some(trainer.as_str()),
                save.as_bytes(),
            ),
            ("an image upload", "POST", &upload, Some(trainer.as_str()), &image[..]),
            ("publishing", "POST", &publish_path, Some(trainer.as_str()), publish.as_bytes()),
        ] {
            let (status, answer) = request(port, method, path, token, body)?;
            let text = String::from_utf8_lossy(&answer);
            ensure!(status == 507, "cycle {cycle}: {what} on a full disk answered {status}: {text}");
            let error: ApiError = serde_json::from_slice(&answer)
                .with_context(|| format!("{what}: not the JSON error shape: {text}"))?;
            ensure!(error.code == ErrorCode::InsufficientStorage, "cycle {cycle}: {what}: {text}");
        }
        // Reading still works.
        let (status, _) = request(port, "GET", "/api/v1/me", Some(&learner), b"")?;
        ensure!(status == 200, "cycle {cycle}: /me on a full disk answered {status}");

        std::fs::remove_file(&filler)?;
        let (status, answer) = request(port, "POST", "/api/v1/sessions", None, sign_in_body.as_bytes())?;
        ensure!(
            status == 201,
            "cycle {cycle}: signing in after freeing space answered {status}: {}",
            String::from_utf8_lossy(&answer)
        );
        let (status, answer) = request(port, "POST", "/api/v1/progress/sync", Some(&learner), &sync)?;
        ensure!(
            status == 200,
            "cycle {cycle}: a sync after freeing space answered {status}: {}",
            String::from_utf8_lossy(&answer)
        );
        let answer: SyncResponse = serde_json::from_slice(&answer)?;
        ensure!(
            answer.accepted.len() == events.len() && answer.rejected.is_empty(),
            "cycle {cycle}: the whole batch is stored"
        );
        let (status, answer) = request(port, "POST", &publish_path, Some(&trainer), publish.as_bytes())?;
        ensure!(
            status == 200,
            "cycle {cycle}: publishing after freeing space answered {status}: {}",
            String::from_utf8_lossy(&answer)
        );
        ensure!(serde_json::from_slice::<CoursePublished>(&answer)?.changed, "cycle {cycle}: a new version");
        let (status, answer) =
            request(port, "PUT", &format!("/api/v1/courses/{DRAFT}/draft"), Some(&trainer), save.as_bytes())?;
        ensure!(
            status == 200,
            "cycle {cycle}: a draft save after freeing space answered {status}: {}",
            String::from_utf8_lossy(&answer)
        );
        revision += 1;
        let (status, answer) = request(port, "POST", &upload, Some(&trainer), &image)?;
        ensure!(
            status == 201,
            "cycle {cycle}: an upload after freeing space answered {status}: {}",
            String::from_utf8_lossy(&answer)
        );
    }

    let (status, body) =
        request(port, "GET", &format!("/api/v1/courses/{DRAFT}/draft"), Some(&trainer), b"")?;
    ensure!(status == 200, "the draft answered {status}");
    ensure!(
        serde_json::from_slice::<StoredDraft>(&body)?.revision == revision,
        "every successful save counted once"
    );
    server.stop();
    let (stored, distinct, integrity) = inspect(&data)?;
    let expected = (CYCLES * EVENTS_PER_CYCLE) as i64;
    ensure!(
        (stored, distinct) == (expected, expected),
        "{expected} events stored once each, not {stored} ({distinct} distinct)"
    );
    ensure!(integrity == "ok", "the database is intact: {integrity}");
    let leftovers = temporary_files(&data)?;
    ensure!(leftovers.is_empty(), "nothing half-written remains: {leftovers:?}");
    drop(server);
    drop(disk);
    Ok(())
}

/// The events of one cycle: new ones each time, over the sample course's lessons.
fn events(cycle: u64, version: &str, manifest: &Manifest) -> Vec<ProgressEvent> {
    (0..EVENTS_PER_CYCLE)
        .map(|i| {
            let n = cycle * EVENTS_PER_CYCLE + i;
            let lesson = &manifest.lessons[n as usize % manifest.lessons.len()];
            ProgressEvent {
                id: format!("{:016x}{:016x}", n + 1, 0xd15c),
                device_id: "phone".into(),
                course: COURSE.into(),
                course_version: version.into(),
                item: lesson.id.clone(),
                kind: EventKind::LessonOpened,
                client_time: 1_790_000_000_000 + n as i64 * 60_000,
                counter: n + 1,
            }
        })
        .collect()
}

/// Rows in the event table, distinct ids among them, and SQLite's integrity check.
fn inspect(data_dir: &Path) -> Result<(i64, i64, String)> {
    let url = format!("sqlite://{}", data_dir.join("dala.sqlite3").display());
    tokio::runtime::Builder::new_current_thread().enable_all().build()?.block_on(async {
        use sqlx::Connection;
        let mut connection = sqlx::SqliteConnection::connect(&url).await?;
        let (stored, distinct): (i64, i64) =
            sqlx::query_as("SELECT COUNT(*), COUNT(DISTINCT id) FROM progress_events")
                .fetch_one(&mut connection)
                .await?;
        let integrity: String =
            sqlx::query_scalar("PRAGMA integrity_check").fetch_one(&mut connection).await?;
        // Closed now, not by a background thread later: the file system is unmounted next.
        connection.close().await?;
        Ok((stored, distinct, integrity))
    })
}

/// Files under `dir` that a write left unfinished (`*.tmp*`).
fn temporary_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            found.extend(temporary_files(&path)?);
        } else if path.extension().and_then(|e| e.to_str()).is_some_and(|e| e.starts_with("tmp")) {
            found.push(path);
        }
    }
    Ok(found)
}

/// A 16×16 greyscale PNG of one shade, so each cycle uploads a picture not stored before.
fn png(shade: u8) -> Vec<u8> {
    let (width, height) = (16u32, 16u32);
    let mut raw = Vec::new();
    for row in 0..height {
        raw.push(0); // no filter
        raw.extend((0..width).map(|column| shade.wrapping_mul(40).wrapping_add((row ^ column) as u8)));
    }
    // zlib with one stored (uncompressed) deflate block.
    let mut zlib = vec![0x78, 0x01, 0x01];
    zlib.extend((raw.len() as u16).to_le_bytes());
    zlib.extend((!(raw.len() as u16)).to_le_bytes());
    zlib.extend(&raw);
    let (mut a, mut b) = (1u32, 0u32);
    for byte in &raw {
        a = (a + *byte as u32) % 65521;
        b = (b + a) % 65521;
    }
    zlib.extend(((b << 16) | a).to_be_bytes());
    let mut ihdr = Vec::new();
    ihdr.extend(width.to_be_bytes());
    ihdr.extend(height.to_be_bytes());
    ihdr.extend([8, 0, 0, 0, 0]); // 8-bit greyscale
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    for (kind, data) in [(&b"IHDR"[..], &ihdr[..]), (b"IDAT", &zlib), (b"IEND", &[])] {
        png.extend((data.len() as u32).to_be_bytes());
        let start = png.len();
        png.extend(kind);
        png.extend(data);
        png.extend(crc32(&png[start..]).to_be_bytes());
    }
    png
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for byte in bytes {
        crc ^= *byte as u32;
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}
