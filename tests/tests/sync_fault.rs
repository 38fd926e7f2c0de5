//! The fault test of progress sync: the server process is killed (SIGKILL, as a power cut does
//! it) while it receives or stores a batch, started again on the same data, and the device
//! retries until its outbox is empty. The server must then hold every event exactly once and
//! answer with the merge of all of them.
//!
//! The device here is a small Rust client that follows the web client's rules (`web/src/sync.rs`):
//! batches of 100 from the front of the outbox, an event leaves the outbox only when an answer
//! names it accepted or rejected, anything else is retried. The web client itself meets a server
//! that goes away and comes back in `progress_sync.rs`.

use std::collections::BTreeSet;
use std::io::Write;
use std::net::TcpStream;
use std::time::Duration;

use anyhow::{Result, ensure};
use dala_tests::{Server, add_user, current_version, request, request_head, sign_in};
use dala_wire::{EventKind, ProgressEvent, SyncResponse, merge};

const PASSWORD: &str = "correct horse battery";
const COURSE: &str = "cso-communications-en";
/// The web client's batch size.
const BATCH: usize = 100;

/// When, in sending a batch, the server is killed.
#[derive(Debug, Clone, Copy)]
enum Fault {
    /// Half the request body is sent: the server is reading it.
    MidBody,
    /// The whole request is sent and the server killed after this many milliseconds, before
    /// the device reads the answer: the server may be checking the batch, writing it, or done.
    AfterSend(u64),
}

#[test]
#[ignore = "needs the dala binary: run `cargo xtask test`"]
fn a_server_killed_during_sync_batches_loses_nothing_and_stores_nothing_twice() -> Result<()> {
    let data = tempfile::tempdir()?;
    add_user(data.path(), &["--login", "aida", "--display-name", "Aida"], PASSWORD)?;
    let mut server = Server::start(data.path())?;
    let token = sign_in(server.port, "aida", PASSWORD)?;
    let (version, manifest) = current_version(server.port, COURSE)?;

    // A week offline on two devices: 600 events over the course's lessons.
    let created: Vec<ProgressEvent> = (0..600u64)
        .map(|n| {
            let device = ["phone", "laptop"][(n % 2) as usize];
            let lesson = &manifest.lessons[(n as usize / 2) % manifest.lessons.len()];
            ProgressEvent {
                id: format!("{:016x}{:016x}", n + 1, 0xda1a),
                device_id: device.into(),
                course: COURSE.into(),
                course_version: version.clone(),
                item: lesson.id.clone(),
                kind: if n % 5 == 0 { EventKind::LessonCompleted } else { EventKind::LessonOpened },
                client_time: 1_790_000_000_000 + n as i64 * 60_000,
                counter: n / 2 + 1,
            }
        })
        .collect();
    let mut outbox = created.clone();
    let mut faults = vec![
        Fault::MidBody,
        Fault::AfterSend(0),
        Fault::AfterSend(1),
        Fault::AfterSend(3),
        Fault::AfterSend(10),
        Fault::MidBody,
    ]
    .into_iter();
    let mut kills = 0;
    while !outbox.is_empty() {
        let batch: Vec<ProgressEvent> = outbox.iter().take(BATCH).cloned().collect();
        let body = serde_json::to_vec(&serde_json::json!({ "events": batch }))?;
        if let Some(fault) = faults.next() {
            let (before, _) = counts(data.path())?;
            let mut stream = TcpStream::connect(("127.0.0.1", server.port))?;
            stream.write_all(&request_head(
                server.port,
                "POST",
                "/api/v1/progress/sync",
                Some(&token),
                body.len(),
            ))?;
            match fault {
                Fault::MidBody => {
                    stream.write_all(&body[..body.len() / 2])?;
                    stream.flush()?;
                    // Let the server start reading before it dies.
                    std::thread::sleep(Duration::from_millis(20));
                }
                Fault::AfterSend(ms) => {
                    stream.write_all(&body)?;
                    std::thread::sleep(Duration::from_millis(ms));
                }
            }
            server.stop();
            kills += 1;
            // Whatever the device got is not an answer it can trust: it keeps the batch.
            drop(stream);
            server.restart()?;
            // A batch is one transaction: stored whole or not at all, never in part.
            let (after, _) = counts(data.path())?;
            let whole = before + batch.len() as i64;
            ensure!(after == before || after == whole, "{fault:?}: {after} stored, not {before} or {whole}");
            eprintln!(
                "{fault:?}: the batch was {}stored when the server died",
                if after == before { "not " } else { "" }
            );
        }
        let answer = sync_with_retries(server.port, &token, &body)?;
        ensure!(answer.rejected.is_empty(), "nothing here is invalid: {:?}", answer.rejected);
        let done: BTreeSet<&str> = answer.accepted.iter().map(String::as_str).collect();
        ensure!(done.len() == batch.len(), "the whole batch is accepted");
        outbox.retain(|e| !done.contains(e.id.as_str()));
    }
    ensure!(kills == 6, "every fault was applied ({kills})");

    // What the server holds: each event once, and the merge of everything created.
    let final_state = sync_with_retries(server.port, &token, br#"{"events":[]}"#)?;
    // No quiz attempts: the receipts the server gave make no difference.
    let expected = merge(&[], created.iter().map(|e| (e, 1)), &|_, _| None);
    ensure!(final_state.progress == expected, "the server's state is the merge of every event");
    let (stored, distinct) = counts(data.path())?;
    ensure!(
        (stored, distinct) == (600, 600),
        "600 events stored once each, not {stored} ({distinct} distinct)"
    );
    Ok(())
}

/// Sends a sync until an answer comes, as a device does when a connection appears and goes.
fn sync_with_retries(port: u16, token: &str, body: &[u8]) -> Result<SyncResponse> {
    let mut last_error = None;
    for _ in 0..100 {
        match request(port, "POST", "/api/v1/progress/sync", Some(token), body) {
            Ok((200, answer)) => return Ok(serde_json::from_slice(&answer)?),
            Ok((status, answer)) => {
                anyhow::bail!("sync answered {status}: {}", String::from_utf8_lossy(&answer))
            }
            Err(error) => last_error = Some(error),
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Err(last_error.unwrap().context("the server never answered"))
}

/// Rows in the server's event table, and distinct event ids among them.
fn counts(data_dir: &std::path::Path) -> Result<(i64, i64)> {
    let url = format!("sqlite://{}?mode=ro", data_dir.join("dala.sqlite3").display());
    tokio::runtime::Builder::new_current_thread().enable_all().build()?.block_on(async {
        use sqlx::Connection;
        let mut connection = sqlx::SqliteConnection::connect(&url).await?;
        let row: (i64, i64) = sqlx::query_as("SELECT COUNT(*), COUNT(DISTINCT id) FROM progress_events")
            .fetch_one(&mut connection)
            .await?;
        Ok(row)
    })
}
