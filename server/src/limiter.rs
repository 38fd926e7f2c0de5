//! Limits on guessing: passwords per account, sign-ins and join codes per client address, and
//! which address a request comes from when the server sits behind a reverse proxy.
//!
//! An account that sees wrong passwords is slowed down with growing delays, never locked: after
//! [`FREE_FAILURES`] failures each further attempt waits 1 s, 2 s, 4 s … up to [`MAX_DELAY`],
//! and a right password after the wait signs in. Attempts refused during a wait are not counted,
//! so nobody can extend a wait beyond the cap. Each client address has a budget of
//! [`CLIENT_BURST`] failures that refills at one per [`CLIENT_REFILL`] seconds (a generic cell
//! rate algorithm, one number per client). Checking and reserving is one step under one mutex:
//! an attempt counts as a failure from before its password is checked until it proves right.
//!
//! Memory is bounded: each table keeps at most [`Limiter::capacity`] entries, dropping the
//! expired and then the oldest ones. Client addresses are used only as keys here: never logged,
//! never stored.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::str::FromStr;
use std::sync::{Mutex, MutexGuard};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::HeaderMap;
use axum::http::request::Parts;

use crate::AppState;

/// Wrong passwords an account may see before the delays start.
pub const FREE_FAILURES: u32 = 5;
/// The longest wait between two attempts at one account, in seconds.
pub const MAX_DELAY: i64 = 15 * 60;
/// An account with no failure for this long starts again with [`FREE_FAILURES`].
pub const ACCOUNT_MEMORY: i64 = 24 * 60 * 60;
/// Failures one client address may have at once. Generous, because the learners of one
/// organization may share one address (a school's network, a mobile carrier's NAT).
pub const CLIENT_BURST: i64 = 50;
/// Seconds after which a client address may fail once more: 50 per 15 minutes, sustained.
pub const CLIENT_REFILL: i64 = 18;
/// Entries per table (accounts, clients) unless [`Limiter::with_capacity`] says otherwise:
/// about 15 MB at most.
pub const DEFAULT_CAPACITY: usize = 100_000;

/// Which door a client is knocking at; each has its own budget per client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Door {
    SignIn,
    Join,
    PasswordReset,
}

/// A client as the limiter counts it: an IPv4 address, or an IPv6 /64 (one household or phone
/// usually holds a whole /64, so counting single IPv6 addresses would count nothing).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct ClientKey {
    door: Door,
    client: Option<IpAddr>,
}

impl ClientKey {
    fn new(door: Door, client: Option<IpAddr>) -> ClientKey {
        let client = client.map(|ip| match ip.to_canonical() {
            IpAddr::V6(v6) => IpAddr::V6(Ipv6Addr::from(u128::from(v6) & !((1u128 << 64) - 1))),
            v4 => v4,
        });
        ClientKey { door, client }
    }
}

#[derive(Debug, Clone, Copy)]
struct Account {
    /// Attempts counted as failures (including those whose password is being checked).
    failures: u32,
    /// When the last of them started.
    last: i64,
}

impl Account {
    /// When the next attempt may start.
    fn next_allowed(&self) -> i64 {
        if self.failures < FREE_FAILURES {
            return i64::MIN;
        }
        let doublings = (self.failures - FREE_FAILURES).min(20);
        self.last + (1i64 << doublings).min(MAX_DELAY)
    }
}

#[derive(Debug, Default)]
struct Tables {
    accounts: HashMap<String, Account>,
    /// Per client, the "theoretical arrival time" of the generic cell rate algorithm: the
    /// budget is empty when it lies [`CLIENT_BURST`] refills ahead of now.
    clients: HashMap<ClientKey, i64>,
}

/// The sign-in and join limiter, shared by every handler through `AppState`.
#[derive(Debug)]
pub struct Limiter {
    tables: Mutex<Tables>,
    capacity: usize,
}

impl Default for Limiter {
    fn default() -> Limiter {
        Limiter::with_capacity(DEFAULT_CAPACITY)
    }
}

/// An attempt that holds a reserved slot: it counts as a failure unless [`Attempt::succeeded`]
/// is called, so an attempt whose handler fails half-way still counts.
#[derive(Debug)]
#[must_use = "an attempt counts as a failure unless it is marked as succeeded"]
pub struct Attempt<'a> {
    limiter: &'a Limiter,
    login: Option<String>,
    client: ClientKey,
}

impl Attempt<'_> {
    /// The password (or code) proved right: the account starts afresh and the client gets its
    /// slot back.
    pub fn succeeded(self) {
        let mut tables = self.limiter.lock();
        if let Some(login) = &self.login {
            tables.accounts.remove(login);
        }
        if let Some(tat) = tables.clients.get_mut(&self.client) {
            *tat -= CLIENT_REFILL;
        }
    }
}

impl Limiter {
    pub fn with_capacity(capacity: usize) -> Limiter {
        Limiter { tables: Mutex::default(), capacity: capacity.max(10) }
    }

    /// Entries kept at most per table.
    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// Entries held now (accounts, clients); for tests and monitoring.
    pub fn entries(&self) -> (usize, usize) {
        let tables = self.lock();
        (tables.accounts.len(), tables.clients.len())
    }

    fn lock(&self) -> MutexGuard<'_, Tables> {
        self.tables.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Reserves one sign-in attempt at `login` (already checked to be a possible login name)
    /// from `client`, or says how many seconds to wait.
    pub fn begin_sign_in(&self, login: &str, client: Option<IpAddr>, now: i64) -> Result<Attempt<'_>, i64> {
        self.begin(Some(login), ClientKey::new(Door::SignIn, client), now)
    }

    /// Reserves one join-code attempt from `client` (codes have no login to count by).
    pub fn begin_join(&self, client: Option<IpAddr>, now: i64) -> Result<Attempt<'_>, i64> {
        self.begin(None, ClientKey::new(Door::Join, client), now)
    }

    /// Reserves one attempt at a password-reset code for `login` (already checked to be a
    /// possible login name) from `client`: the account's delays are its sign-in delays (both
    /// guess a secret of one account), the client's budget is its own.
    pub fn begin_password_reset(
        &self,
        login: &str,
        client: Option<IpAddr>,
        now: i64,
    ) -> Result<Attempt<'_>, i64> {
        self.begin(Some(login), ClientKey::new(Door::PasswordReset, client), now)
    }

    fn begin(&self, login: Option<&str>, client: ClientKey, now: i64) -> Result<Attempt<'_>, i64> {
        let mut tables = self.lock();
        let account = login
            .and_then(|login| tables.accounts.get(login).copied())
            .filter(|a| now - a.last < ACCOUNT_MEMORY);
        let account_wait = account.map_or(0, |a| a.next_allowed().saturating_sub(now));
        // Sign-ins without an address (tests without a socket) are not counted per client; join
        // and reset attempts without one share one budget.
        let counted = client.client.is_some() || client.door != Door::SignIn;
        let tat = tables.clients.get(&client).copied().unwrap_or(now).max(now);
        let client_wait = if counted { tat - now - CLIENT_REFILL * (CLIENT_BURST - 1) } else { 0 };
        let wait = account_wait.max(client_wait);
        if wait > 0 {
            return Err(wait);
        }
        if let Some(login) = login {
            let failures = account.map_or(0, |a| a.failures);
            if !tables.accounts.contains_key(login) {
                evict(&mut tables.accounts, self.capacity, |a| now - a.last >= ACCOUNT_MEMORY, |a| a.last);
            }
            tables
                .accounts
                .insert(login.to_owned(), Account { failures: failures.saturating_add(1), last: now });
        }
        if counted {
            if !tables.clients.contains_key(&client) {
                evict(&mut tables.clients, self.capacity, |tat| *tat <= now, |tat| *tat);
            }
            tables.clients.insert(client, tat + CLIENT_REFILL);
        }
        Ok(Attempt { limiter: self, login: login.map(str::to_owned), client })
    }
}

/// Makes room for one more entry: drops the expired ones and, if that is not enough, the
/// oldest tenth, so that a full table costs one scan per many insertions, not one per insertion.
fn evict<K: Clone + Eq + std::hash::Hash, V: Copy>(
    table: &mut HashMap<K, V>,
    capacity: usize,
    expired: impl Fn(&V) -> bool,
    age: impl Fn(&V) -> i64,
) {
    if table.len() < capacity {
        return;
    }
    table.retain(|_, v| !expired(v));
    if table.len() < capacity {
        return;
    }
    let mut ages: Vec<(i64, K)> = table.iter().map(|(k, v)| (age(v), k.clone())).collect();
    let drop = (capacity / 10).max(1);
    ages.select_nth_unstable_by_key(drop - 1, |(age, _)| *age);
    for (_, key) in &ages[..drop] {
        table.remove(key);
    }
}

/// An IPv4 or IPv6 network such as `10.0.0.0/8`, `fd00::/8` or one address (`192.0.2.1`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    network: IpAddr,
    prefix: u8,
}

impl FromStr for Cidr {
    type Err = String;

    fn from_str(text: &str) -> Result<Cidr, String> {
        let text = text.trim();
        let error = || format!("`{text}` is not an address or network such as 10.0.0.0/8 or fd00::/8");
        let (address, prefix) = match text.split_once('/') {
            Some((address, prefix)) => (address, Some(prefix)),
            None => (text, None),
        };
        let network = address.parse::<IpAddr>().map_err(|_| error())?.to_canonical();
        let bits = if network.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(prefix) => prefix.parse::<u8>().ok().filter(|p| *p <= bits).ok_or_else(error)?,
            None => bits,
        };
        Ok(Cidr { network, prefix })
    }
}

impl Cidr {
    pub fn contains(&self, address: IpAddr) -> bool {
        match (self.network, address.to_canonical()) {
            (IpAddr::V4(network), IpAddr::V4(address)) => {
                let mask = u32::MAX.checked_shl(32 - u32::from(self.prefix)).unwrap_or(0);
                u32::from(network) & mask == u32::from(address) & mask
            }
            (IpAddr::V6(network), IpAddr::V6(address)) => {
                let mask = u128::MAX.checked_shl(128 - u32::from(self.prefix)).unwrap_or(0);
                u128::from(network) & mask == u128::from(address) & mask
            }
            _ => false,
        }
    }
}

/// The reverse proxies whose forwarding headers are believed (`--trusted-proxy`).
#[derive(Debug, Clone, Default)]
pub struct TrustedProxies(Vec<Cidr>);

impl TrustedProxies {
    pub fn new(networks: Vec<Cidr>) -> TrustedProxies {
        TrustedProxies(networks)
    }

    fn trusts(&self, address: IpAddr) -> bool {
        self.0.iter().any(|network| network.contains(address))
    }

    /// The client a request comes from: the socket's peer, unless the peer is a trusted proxy;
    /// then the right-most address in `X-Forwarded-For` (or, without it, in `Forwarded: for=`,
    /// RFC 7239) that is not itself a trusted proxy. Addresses further left were written by the
    /// client and are never read. If a trusted hop forwarded something that is no address, the
    /// last trusted hop stands for the client.
    pub fn client(&self, peer: Option<IpAddr>, headers: &HeaderMap) -> Option<IpAddr> {
        let peer = peer?.to_canonical();
        if !self.trusts(peer) {
            return Some(peer);
        }
        let mut client = peer;
        for hop in forwarded_chain(headers).iter().rev() {
            match hop {
                Some(address) if self.trusts(*address) => client = *address,
                Some(address) => return Some(*address),
                None => return Some(client),
            }
        }
        Some(client)
    }
}

/// The addresses a request passed through, left (first) to right (last proxy), `None` for an
/// entry that is no address (`unknown`, an obfuscated name, garbage).
fn forwarded_chain(headers: &HeaderMap) -> Vec<Option<IpAddr>> {
    let values = |name: &str| -> Vec<String> {
        headers.get_all(name).iter().map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned()).collect()
    };
    // X-Forwarded-For first: nginx and Caddy append to it but pass a client's `Forwarded` on.
    let x_forwarded_for = values("x-forwarded-for");
    if !x_forwarded_for.is_empty() {
        return x_forwarded_for.iter().flat_map(|v| v.split(',')).map(parse_hop).collect();
    }
    values("forwarded")
        .iter()
        .flat_map(|v| v.split(','))
        .map(|element| {
            let node = element.split(';').find_map(|pair| {
                let (key, value) = pair.split_once('=')?;
                key.trim().eq_ignore_ascii_case("for").then_some(value)
            });
            node.and_then(parse_hop)
        })
        .collect()
}

/// One hop: `192.0.2.1`, `192.0.2.1:4711`, `2001:db8::1`, `[2001:db8::1]:4711`, quoted or not.
fn parse_hop(text: &str) -> Option<IpAddr> {
    let text = text.trim().trim_matches('"');
    let address = text
        .parse::<IpAddr>()
        .ok()
        .or_else(|| text.parse::<SocketAddr>().ok().map(|s| s.ip()))
        .or_else(|| text.strip_prefix('[')?.strip_suffix(']')?.parse().ok())?;
    Some(address.to_canonical())
}

/// The client address of a request, as [`TrustedProxies::client`] finds it; `None` when the
/// request came through no socket (tests through `oneshot`).
#[derive(Debug, Clone, Copy)]
pub struct ClientAddress(pub Option<IpAddr>);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|ConnectInfo(peer)| peer.ip());
        Ok(ClientAddress(state.trusted_proxies.client(peer, &parts.headers)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> Option<IpAddr> {
        Some(text.parse().unwrap())
    }

    #[test]
    fn delays_grow_after_the_free_failures_and_stop_at_the_cap() {
        let limiter = Limiter::default();
        let mut now = 1000;
        for _ in 0..FREE_FAILURES {
            drop(limiter.begin_sign_in("aida", None, now).expect("free"));
        }
        let mut waits = Vec::new();
        for _ in 0..14 {
            let wait = limiter.begin_sign_in("aida", None, now).expect_err("waits");
            // Asking again during the wait changes nothing.
            assert_eq!(limiter.begin_sign_in("aida", None, now + wait - 1).unwrap_err(), 1);
            waits.push(wait);
            now += wait;
            drop(limiter.begin_sign_in("aida", None, now).expect("after the wait"));
        }
        assert_eq!(waits[..6], [1, 2, 4, 8, 16, 32]);
        assert_eq!(*waits.last().unwrap(), MAX_DELAY, "{waits:?}");
        assert!(waits.iter().all(|w| *w <= MAX_DELAY));
        assert!(limiter.begin_sign_in("bolat", None, now).is_ok(), "other accounts are not slowed");
    }

    #[test]
    fn a_right_password_after_the_wait_starts_the_account_afresh() {
        let limiter = Limiter::default();
        for _ in 0..=FREE_FAILURES {
            let _ = limiter.begin_sign_in("aida", None, 100);
        }
        let wait = limiter.begin_sign_in("aida", None, 100).unwrap_err();
        limiter.begin_sign_in("aida", None, 100 + wait).expect("after the wait").succeeded();
        for _ in 0..FREE_FAILURES {
            drop(limiter.begin_sign_in("aida", None, 100 + wait).expect("free again"));
        }
        // Failures are forgotten after a quiet day too.
        assert!(limiter.begin_sign_in("aida", None, 100 + wait).is_err());
        assert!(limiter.begin_sign_in("aida", None, 100 + wait + ACCOUNT_MEMORY).is_ok());
    }

    #[test]
    fn a_client_has_a_budget_that_refills() {
        let limiter = Limiter::default();
        let stranger = ip("203.0.113.9");
        for n in 0..CLIENT_BURST {
            drop(limiter.begin_sign_in(&format!("name-{n}"), stranger, 0).expect("within the budget"));
        }
        assert_eq!(limiter.begin_sign_in("aida", stranger, 0).unwrap_err(), CLIENT_REFILL);
        assert!(limiter.begin_sign_in("aida", ip("198.51.100.4"), 0).is_ok(), "other clients go on");
        assert!(limiter.begin_join(stranger, 0).is_ok(), "join codes have their own budget");
        drop(limiter.begin_sign_in("aida", stranger, CLIENT_REFILL).expect("one more after a refill"));
        // Successes give the slot back, so a busy school network is not slowed by signing in.
        let school = ip("192.0.2.7");
        for n in 0..CLIENT_BURST * 3 {
            limiter.begin_sign_in(&format!("learner-{n}"), school, 0).unwrap().succeeded();
        }
        // IPv6 clients count per /64.
        for n in 0..CLIENT_BURST {
            drop(limiter.begin_sign_in(&format!("v6-{n}"), ip(&format!("2001:db8:1:2::{n:x}")), 0).unwrap());
        }
        assert!(limiter.begin_sign_in("z-z", ip("2001:db8:1:2:ffff::1"), 0).is_err());
        assert!(limiter.begin_sign_in("z-z", ip("2001:db8:1:3::1"), 0).is_ok());
    }

    #[test]
    fn the_tables_keep_at_most_their_capacity() {
        let limiter = Limiter::with_capacity(100);
        for n in 0..10_000u32 {
            let client = Some(IpAddr::from(n.to_be_bytes()));
            drop(limiter.begin_sign_in(&format!("name-{n}"), client, i64::from(n)));
        }
        let (accounts, clients) = limiter.entries();
        assert!(accounts <= 100 && clients <= 100, "{accounts} {clients}");
        // The newest are kept.
        assert!(limiter.lock().accounts.contains_key("name-9999"));
    }

    #[test]
    fn networks_parse_and_match() {
        let check = |cidr: &str, address: &str, expected: bool| {
            let network: Cidr = cidr.parse().unwrap();
            assert_eq!(network.contains(address.parse().unwrap()), expected, "{cidr} {address}");
        };
        check("10.0.0.0/8", "10.200.3.4", true);
        check("10.0.0.0/8", "11.0.0.1", false);
        check("192.0.2.1", "192.0.2.1", true);
        check("192.0.2.1", "192.0.2.2", false);
        check("0.0.0.0/0", "198.51.100.1", true);
        check("0.0.0.0/0", "::1", false);
        check("fd00::/8", "fd12:3456::1", true);
        check("fd00::/8", "fe80::1", false);
        check("::1", "::1", true);
        check("::/0", "2001:db8::1", true);
        check("127.0.0.1", "::ffff:127.0.0.1", true);
        for bad in ["", "10.0.0.0/33", "::/129", "10.0.0/8", "example.org", "10.0.0.0/x"] {
            assert!(bad.parse::<Cidr>().is_err(), "{bad}");
        }
    }

    #[test]
    fn the_client_is_the_right_most_untrusted_hop() {
        let proxies = TrustedProxies::new(vec!["10.0.0.0/8".parse().unwrap(), "fd00::/8".parse().unwrap()]);
        let check = |peer: &str, headers: &[(&str, &str)], expected: &str| {
            let mut map = HeaderMap::new();
            for (name, value) in headers {
                map.append(
                    axum::http::HeaderName::from_bytes(name.as_bytes()).unwrap(),
                    value.parse().unwrap(),
                );
            }
            assert_eq!(proxies.client(ip(peer), &map), ip(expected), "{peer} {headers:?}");
        };
        check("10.0.0.2", &[("x-forwarded-for", "198.51.100.4")], "198.51.100.4");
        // What the client wrote itself (left of the first untrusted hop) is never read.
        check("10.0.0.2", &[("x-forwarded-for", "1.2.3.4, 198.51.100.4")], "198.51.100.4");
        check("10.0.0.2", &[("x-forwarded-for", "1.2.3.4, 198.51.100.4, 10.1.1.1")], "198.51.100.4");
        check(
            "10.0.0.2",
            &[("x-forwarded-for", "1.2.3.4"), ("x-forwarded-for", "198.51.100.4")],
            "198.51.100.4",
        );
        check("10.0.0.2", &[("x-forwarded-for", "[2001:db8::5]:4711")], "2001:db8::5");
        check("10.0.0.2", &[("x-forwarded-for", "garbage, unknown")], "10.0.0.2");
        check("10.0.0.2", &[], "10.0.0.2");
        check(
            "10.0.0.2",
            &[("forwarded", "for=1.2.3.4, for=\"[2001:db8::7]:80\";proto=https")],
            "2001:db8::7",
        );
        check("10.0.0.2", &[("Forwarded", "proto=https;For=192.0.2.60")], "192.0.2.60");
        check("::ffff:10.0.0.2", &[("x-forwarded-for", "192.0.2.60")], "192.0.2.60");
        // An untrusted peer's headers are never believed.
        check("192.0.2.99", &[("x-forwarded-for", "198.51.100.4")], "192.0.2.99");
        check("192.0.2.99", &[("forwarded", "for=198.51.100.4")], "192.0.2.99");
        assert_eq!(TrustedProxies::default().client(ip("10.0.0.2"), &HeaderMap::new()), ip("10.0.0.2"));
        assert_eq!(proxies.client(None, &HeaderMap::new()), None);
    }
}
