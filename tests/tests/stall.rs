//! No connection can stall the real server: idle, slow-header and slow-body connections are
//! closed after the configured timeouts, more of them than the server has file descriptors
//! leave `/healthz` answering, and SIGTERM lets a sync whose body is still arriving finish
//! before the process exits 0.

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, ensure};
use dala_tests::{Server, add_user, current_version, request, request_head, sign_in};
use dala_wire::{EventKind, ProgressEvent, SyncResponse};

const PASSWORD: &str = "correct horse battery";
const COURSE: &str = "cso-communications-en";

/// Whether the server closed `stream` (end of stream or a reset) before `within`; what it sent
/// before closing is returned.
fn closed_by_server(stream: &mut TcpStream, within: Duration) -> Result<Vec<u8>> {
    stream.set_read_timeout(Some(within))?;
    let mut received = Vec::new();
    let mut buffer = [0u8; 4096];
    loop {
        match stream.read(&mut buffer) {
            Ok(0) => return Ok(received),
            Ok(n) => received.extend_from_slice(&buffer[..n]),
            Err(e) if e.kind() == ErrorKind::ConnectionReset => return Ok(received),
            Err(e) => return Err(e).context("the server kept the connection open"),
        }
    }
}

#[test]
#[ignore = "needs the dala binary: run `cargo xtask test`"]
fn idle_and_slow_connections_are_closed_and_healthz_answers_beyond_the_descriptor_limit() -> Result<()> {
    let data = tempfile::tempdir()?;
    let mut server = Server::start_with(
        data.path(),
        &["--header-timeout", "1", "--body-timeout", "1", "--max-connections", "48"],
    )?;
    // 128 descriptors, as in the report: fewer than the connections opened below.
    let pid = server.pid().context("running")?.to_string();
    let status = Command::new("prlimit").args(["--pid", &pid, "--nofile=128:128"]).status()?;
    ensure!(status.success(), "prlimit failed");
    let limits = std::fs::read_to_string(format!("/proc/{pid}/limits"))?;
    ensure!(
        limits.lines().any(|l| l.starts_with("Max open files") && l.contains(" 128 ")),
        "the limit holds: {limits}"
    );

    let port = server.port;
    let mut idle: Vec<TcpStream> =
        (0..130).map(|_| TcpStream::connect(("127.0.0.1", port))).collect::<Result<_, _>>()?;
    let mut slow_header: Vec<TcpStream> = (0..10)
        .map(|_| {
            let mut stream = TcpStream::connect(("127.0.0.1", port))?;
            stream.write_all(b"GET /api/v1/courses HTTP/1.1\r\nHost: 127.0.0.1\r\n")?;
            Ok(stream)
        })
        .collect::<Result<_>>()?;
    let mut slow_body: Vec<TcpStream> = (0..10)
        .map(|_| {
            let mut stream = TcpStream::connect(("127.0.0.1", port))?;
            stream.write_all(&request_head(port, "POST", "/api/v1/sessions", None, 100))?;
            stream.write_all(b"{\"login\":")?;
            Ok(stream)
        })
        .collect::<Result<_>>()?;

    // 150 connections against 128 descriptors: the monitor still gets its answer.
    let (status, body) = request(port, "GET", "/healthz", None, b"")?;
    ensure!(status == 200 && body == b"ok", "/healthz answered {status}");

    // Every slow connection is closed by the server, none kept forever.
    for stream in idle.iter_mut().chain(&mut slow_header) {
        let sent = closed_by_server(stream, Duration::from_secs(30))?;
        ensure!(!String::from_utf8_lossy(&sent).starts_with("HTTP/1.1 2"), "no request, no answer");
    }
    for stream in &mut slow_body {
        // The body stopped arriving: the request fails (its answer, if any, is no success).
        let sent = closed_by_server(stream, Duration::from_secs(30))?;
        ensure!(!String::from_utf8_lossy(&sent).starts_with("HTTP/1.1 2"), "a cut body is no sign-in");
    }
    // And the server is still whole.
    let (status, _) = request(port, "GET", "/api/v1/courses", None, b"")?;
    ensure!(status == 200, "the catalog answered {status}");
    server.stop();
    Ok(())
}

#[test]
#[ignore = "needs the dala binary: run `cargo xtask test`"]
fn sigterm_finishes_the_sync_in_flight_then_refuses_connections_and_exits_0() -> Result<()> {
    let data = tempfile::tempdir()?;
    add_user(data.path(), &["--login", "aida", "--display-name", "Aida"], PASSWORD)?;
    let mut server = Server::start_with(data.path(), &["--body-timeout", "10"])?;
    let port = server.port;
    let token = sign_in(port, "aida", PASSWORD)?;
    let (version, manifest) = current_version(port, COURSE)?;
    let events: Vec<ProgressEvent> = (0..50u64)
        .map(|n| ProgressEvent {
            id: format!("{:016x}{:016x}", n + 1, 0x5167),
            device_id: "phone".into(),
            course: COURSE.into(),
            course_version: version.clone(),
            item: manifest.lessons[n as usize % manifest.lessons.len()].id.clone(),
            kind: EventKind::LessonOpened,
            client_time: 1_790_000_000_000 + n as i64 * 1000,
            counter: n + 1,
        })
        .collect();
    let body = serde_json::to_vec(&serde_json::json!({ "events": events }))?;

    // A sync over a slow connection: the head and half the body, then SIGTERM.
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.write_all(&request_head(port, "POST", "/api/v1/progress/sync", Some(&token), body.len()))?;
    stream.write_all(&body[..body.len() / 2])?;
    stream.flush()?;
    std::thread::sleep(Duration::from_millis(300));
    server.terminate()?;

    // The listener closes: new connections are refused while the sync is still open.
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_ok() {
        ensure!(started.elapsed() < Duration::from_secs(10), "new connections were still accepted");
        std::thread::sleep(Duration::from_millis(20));
    }

    // The rest of the body arrives, and the sync is answered in full.
    stream.write_all(&body[body.len() / 2..])?;
    let answer = closed_by_server(&mut stream, Duration::from_secs(30))?;
    let split = answer.windows(4).position(|w| w == b"\r\n\r\n").context("an answer")?;
    let head = String::from_utf8_lossy(&answer[..split]);
    ensure!(head.starts_with("HTTP/1.1 200"), "the sync answered {head}");
    let status = server.wait()?;
    ensure!(status.success(), "the server exited with {status}");

    // Started again on the same data: every event is there.
    server.restart()?;
    let state: SyncResponse = {
        let (status, answer) = request(port, "POST", "/api/v1/progress/sync", Some(&token), &body)?;
        ensure!(status == 200, "the second sync answered {status}");
        serde_json::from_slice(&answer)?
    };
    ensure!(state.accepted.len() == 50, "the events are known: {} accepted", state.accepted.len());
    ensure!(stored_events(data.path())? == 50, "each event stored once");
    Ok(())
}

/// Rows in the server's event table.
fn stored_events(data_dir: &std::path::Path) -> Result<i64> {
    let url = format!("sqlite://{}?mode=ro", data_dir.join("dala.sqlite3").display());
    tokio::runtime::Builder::new_current_thread().enable_all().build()?.block_on(async {
        use sqlx::Connection;
        let mut connection = sqlx::SqliteConnection::connect(&url).await?;
        let count: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM progress_events").fetch_one(&mut connection).await?;
        Ok(count)
    })
}
