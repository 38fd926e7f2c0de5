//! A minimal HTTP/1.1 client for the benchmarks: it reports bytes exactly as they cross the
//! wire (compressed bodies stay compressed; chunked framing is removed), which general HTTP
//! clients hide.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use anyhow::{Context, Result, bail};

#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    /// The body as sent (still compressed if it was), without chunk framing.
    pub body: Vec<u8>,
    /// Bytes of the status line and headers.
    pub head_bytes: usize,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// `GET path` with a browser's `Accept-Encoding`.
pub fn get(address: SocketAddr, path: &str) -> Result<Response> {
    exchange(address, format!("GET {path} HTTP/1.1\r\nHost: {address}\r\nAccept-Encoding: gzip, deflate, br\r\nConnection: close\r\n\r\n").into_bytes())
}

/// `GET path` with a browser's `Accept-Encoding` and `Accept-Language: language`.
pub fn get_in(address: SocketAddr, path: &str, language: &str) -> Result<Response> {
    exchange(
        address,
        format!(
            "GET {path} HTTP/1.1\r\nHost: {address}\r\nAccept-Encoding: gzip, deflate, br\r\n\
             Accept-Language: {language}\r\nConnection: close\r\n\r\n"
        )
        .into_bytes(),
    )
}

/// `GET path` with a browser's `Accept-Encoding` and a bearer token.
pub fn get_as(address: SocketAddr, path: &str, token: &str) -> Result<Response> {
    exchange(
        address,
        format!(
            "GET {path} HTTP/1.1\r\nHost: {address}\r\nAccept-Encoding: gzip, deflate, br\r\n\
             Authorization: Bearer {token}\r\nConnection: close\r\n\r\n"
        )
        .into_bytes(),
    )
}

/// `POST path` with a JSON body and an optional bearer token, as the web client sends it.
/// Returns the response and the bytes the request took on the wire.
pub fn post(address: SocketAddr, path: &str, token: Option<&str>, body: &[u8]) -> Result<(Response, usize)> {
    send(address, "POST", path, token, body)
}

/// A request with a JSON body (`POST`, `PUT`) and an optional bearer token. Returns the response
/// and the bytes the request took on the wire.
pub fn send(
    address: SocketAddr,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: &[u8],
) -> Result<(Response, usize)> {
    let authorization = token.map(|t| format!("Authorization: Bearer {t}\r\n")).unwrap_or_default();
    let mut request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {address}\r\nAccept-Encoding: gzip, deflate, br\r\n{authorization}\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    request.extend_from_slice(body);
    let sent = request.len();
    Ok((exchange(address, request)?, sent))
}

/// Sends `request` on a new connection and reads the whole answer.
pub fn exchange(address: SocketAddr, request: Vec<u8>) -> Result<Response> {
    let mut stream =
        TcpStream::connect(address).with_context(|| format!("could not connect to {address}"))?;
    stream.set_read_timeout(Some(Duration::from_secs(120)))?;
    stream.write_all(&request)?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").context("no end of headers")?;
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .context("no status line")?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let mut response = Response { status, headers, body: raw[split + 4..].to_vec(), head_bytes: split + 4 };
    if response.header("transfer-encoding").is_some_and(|v| v.contains("chunked")) {
        response.body = dechunk(&response.body)?;
    }
    Ok(response)
}

fn dechunk(mut data: &[u8]) -> Result<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let end = data.windows(2).position(|w| w == b"\r\n").context("truncated chunk size")?;
        let size_text = String::from_utf8_lossy(&data[..end]);
        let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16)?;
        data = &data[end + 2..];
        if size == 0 {
            return Ok(body);
        }
        if data.len() < size + 2 {
            bail!("truncated chunk");
        }
        body.extend_from_slice(&data[..size]);
        data = &data[size + 2..];
    }
}

/// `POST path` with a JSON body sent as the web client's compact sync sends it: with
/// `Content-Encoding: encoding` (the body already encoded). Returns the response and the bytes
/// the request took on the wire.
pub fn post_encoded(
    address: SocketAddr,
    path: &str,
    token: Option<&str>,
    encoding: &str,
    body: &[u8],
) -> Result<(Response, usize)> {
    let authorization = token.map(|t| format!("Authorization: Bearer {t}\r\n")).unwrap_or_default();
    let mut request = format!(
        "POST {path} HTTP/1.1\r\nHost: {address}\r\nAccept-Encoding: gzip, deflate, br\r\n{authorization}\
         Content-Type: application/json\r\nContent-Encoding: {encoding}\r\nContent-Length: {}\r\n\
         Connection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    request.extend_from_slice(body);
    let sent = request.len();
    Ok((exchange(address, request)?, sent))
}
