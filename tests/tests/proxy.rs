//! The sign-in limits behind a real reverse proxy: nginx on loopback in front of `dala serve
//! --trusted-proxy 127.0.0.1/32`, with clients at different loopback addresses (127.0.0.2,
//! 127.0.0.3…). One client's failures use up that client's budget only; wrong passwords slow an
//! account down and never lock it; and a forwarding header is believed only from the proxy.

use std::net::Ipv4Addr;
use std::time::Duration;

use anyhow::{Result, ensure};
use dala_tests::{Answer, Nginx, Request, Server, add_user};
use serde_json::json;

const PASSWORD: &str = "correct horse battery";

fn sign_in(
    port: u16,
    from: Ipv4Addr,
    login: &str,
    password: &str,
    forwarded: Option<&str>,
) -> Result<Answer> {
    let body = json!({ "login": login, "password": password }).to_string();
    let mut request = Request::new("POST", "/api/v1/sessions").body(body.as_bytes()).from(from);
    if let Some(forwarded) = forwarded {
        request = request.header("X-Forwarded-For", forwarded).header("Forwarded", forwarded);
    }
    request.send(port)
}

/// A stranger guessing from one address, each time naming another (invented) client in
/// `X-Forwarded-For`: the statuses of `attempts` failed sign-ins.
fn guess(port: u16, from: Ipv4Addr, attempts: usize) -> Result<Vec<u16>> {
    (0..attempts)
        .map(|i| {
            let forged = format!("203.0.113.{}", i % 250);
            Ok(sign_in(port, from, &format!("stranger{i}"), "guess", Some(&forged))?.status)
        })
        .collect()
}

/// 50 per client, and the budget refills one per 18 s: a few more may get through while the
/// guesses run.
fn assert_budget_used_up(statuses: &[u16]) -> Result<()> {
    let failed = statuses.iter().filter(|&&s| s == 401).count();
    ensure!(statuses[..50].iter().all(|&s| s == 401), "the first 50 are checked: {statuses:?}");
    ensure!((50..=52).contains(&failed), "then the client is refused: {statuses:?}");
    ensure!(statuses.last() == Some(&429), "{statuses:?}");
    Ok(())
}

#[test]
#[ignore = "needs the dala binary and nginx: run `cargo xtask test`"]
fn behind_nginx_one_clients_failures_do_not_lock_out_another() -> Result<()> {
    let data = tempfile::tempdir()?;
    add_user(data.path(), &["--login", "asel", "--display-name", "Asel"], PASSWORD)?;
    let server = Server::start_with(data.path(), &["--trusted-proxy", "127.0.0.1/32"])?;
    let nginx = Nginx::start(&[server.port])?;

    // A class mistyping, or one stranger: 60 failures from 127.0.0.2, each naming another
    // client in a forged header. nginx appends the real address, and that one is counted.
    let statuses = guess(nginx.port, Ipv4Addr::new(127, 0, 0, 2), 60)?;
    assert_budget_used_up(&statuses).map_err(|e| e.context(nginx.error_log()))?;

    // Everyone else behind the same proxy still signs in.
    for n in 3..6 {
        let answer = sign_in(nginx.port, Ipv4Addr::new(127, 0, 0, n), "asel", PASSWORD, None)?;
        ensure!(
            answer.status == 201,
            "127.0.0.{n}: {} {}",
            answer.status,
            String::from_utf8_lossy(&answer.body)
        );
    }
    Ok(())
}

#[test]
#[ignore = "needs the dala binary and nginx: run `cargo xtask test`"]
fn behind_nginx_wrong_passwords_slow_an_account_down_but_never_lock_it() -> Result<()> {
    let data = tempfile::tempdir()?;
    add_user(data.path(), &["--login", "bolat", "--display-name", "Bolat"], PASSWORD)?;
    let server = Server::start_with(data.path(), &["--trusted-proxy", "127.0.0.1/32"])?;
    let nginx = Nginx::start(&[server.port])?;
    let stranger = Ipv4Addr::new(127, 0, 0, 2);
    let statuses: Vec<u16> = (0..8)
        .map(|_| Ok(sign_in(nginx.port, stranger, "bolat", "wrong", None)?.status))
        .collect::<Result<_>>()?;
    ensure!(statuses[..5] == [401; 5], "five free failures: {statuses:?}");
    ensure!(statuses[5..].iter().all(|&s| s == 429), "then the account waits: {statuses:?}");

    // Bolat, from his own address, is asked to wait too (the delay is the account's)…
    let bolat = Ipv4Addr::new(127, 0, 0, 3);
    let waiting = sign_in(nginx.port, bolat, "bolat", PASSWORD, None)?;
    ensure!(waiting.status == 429, "{}", waiting.status);
    let retry_after: u64 = waiting.header("retry-after").parse()?;
    ensure!((1..=2).contains(&retry_after), "the first delay is a second or two: {retry_after}");
    // …and after the wait his right password signs him in.
    std::thread::sleep(Duration::from_secs(retry_after) + Duration::from_millis(300));
    let answer = sign_in(nginx.port, bolat, "bolat", PASSWORD, None)?;
    ensure!(answer.status == 201, "{} {}", answer.status, String::from_utf8_lossy(&answer.body));
    Ok(())
}

#[test]
#[ignore = "needs the dala binary: run `cargo xtask test`"]
fn without_trusted_proxy_a_forwarding_header_from_a_client_is_not_believed() -> Result<()> {
    let data = tempfile::tempdir()?;
    add_user(data.path(), &["--login", "asel", "--display-name", "Asel"], PASSWORD)?;
    // No --trusted-proxy: the client is the socket's peer, whatever it writes in its headers.
    let server = Server::start(data.path())?;
    let statuses = guess(server.port, Ipv4Addr::new(127, 0, 0, 2), 60)?;
    assert_budget_used_up(&statuses)?;
    let answer = sign_in(server.port, Ipv4Addr::new(127, 0, 0, 3), "asel", PASSWORD, None)?;
    ensure!(answer.status == 201, "another address signs in: {}", answer.status);
    Ok(())
}
