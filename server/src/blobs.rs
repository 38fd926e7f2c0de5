//! Immutable content-addressed blobs: `GET /api/v1/blobs/{sha256}`.
//!
//! A blob never changes, so it is cached for a year and marked immutable (RFC 8246). Text blobs
//! are sent brotli- or gzip-compressed when the client accepts it, from files compressed once at
//! import. Range requests (RFC 9110 §14) are answered from the uncompressed bytes, so a client
//! can resume a large image halfway through.
//!
//! `?from={sha256}` naming another blob (the one a device holds for the same lesson, say) may
//! be answered with a patch ([`BLOB_PATCH_TYPE`]): what the two share at the start and at the
//! end, and the bytes between. The device joins them to the old blob and checks the result
//! against the name it asked for; a patch is sent only when it is smaller than the blob.

use crate::text;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::AppState;
use crate::error::AppError;
use crate::store::Encoding;

pub fn router() -> Router<AppState> {
    Router::new().route("/blobs/{sha256}", get(get_blob))
}

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Blobs are data, never pages: if someone opens one directly, nothing in it may run.
const BLOB_CSP: &str = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

/// `?from=` on a blob: the blob the device already holds that this one probably edits.
#[derive(Debug, serde::Deserialize)]
struct BlobQuery {
    from: Option<String>,
}

pub use dala_wire::BLOB_PATCH_TYPE;

fn is_sha256(name: &str) -> bool {
    name.len() == 64 && name.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The patch that turns `old` into `new`: the shared start, the shared end (not overlapping
/// it), the bytes between.
fn patch(old: &[u8], new: &[u8]) -> (usize, usize, Vec<u8>) {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let room = old.len().min(new.len()) - prefix;
    let suffix = old.iter().rev().zip(new.iter().rev()).take(room).take_while(|(a, b)| a == b).count();
    (prefix, suffix, new[prefix..new.len() - suffix].to_vec())
}

async fn get_blob(
    State(state): State<AppState>,
    Path(sha256): Path<String>,
    Query(query): Query<BlobQuery>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    if !is_sha256(&sha256) {
        return Err(AppError::BadRequest(text!("error-blob-name")));
    }
    let info =
        state.store.blob_info(&sha256).await?.ok_or(AppError::NotFound(text!("error-not-found-blob")))?;
    // Each stored encoding is its own representation with its own strong ETag (RFC 9110
    // §8.8.3.3), so a cache never combines a range of one with the bytes of another.
    let etags = [Encoding::Identity, Encoding::Brotli, Encoding::Gzip].map(|e| etag(&sha256, e));
    let mut common: Vec<(HeaderName, HeaderValue)> = vec![
        (header::CACHE_CONTROL, HeaderValue::from_static(IMMUTABLE)),
        (header::VARY, HeaderValue::from_static("accept-encoding")),
        (header::ACCEPT_RANGES, HeaderValue::from_static("bytes")),
    ];
    if let Some(matched) = if_none_match(&headers, &etags) {
        common.push((header::ETAG, header_value(matched)?));
        return Ok((StatusCode::NOT_MODIFIED, headers_map(common)).into_response());
    }
    let content_type =
        HeaderValue::from_str(&info.media_type).map_err(|e| AppError::Internal(e.to_string()))?;
    common.push((header::CONTENT_TYPE, content_type));
    common.push((header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")));
    common.push((header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(BLOB_CSP)));

    let range = headers
        .get(header::RANGE)
        .and_then(|v| v.to_str().ok())
        // If-Range (RFC 9110 §13.1.5): a range of some other representation is no use.
        .filter(|_| headers.get(header::IF_RANGE).is_none_or(|v| v.as_bytes() == etags[0].as_bytes()));
    if let Some(range) = range {
        let bytes = state
            .store
            .read_blob(&sha256, Encoding::Identity)
            .await?
            .ok_or(AppError::NotFound(text!("error-not-found-blob")))?;
        let length = bytes.len() as u64;
        match parse_range(range, length) {
            RangeRequest::Ignore => {}
            RangeRequest::Unsatisfiable => return Err(AppError::RangeNotSatisfiable { length }),
            RangeRequest::Satisfiable { start, end } => {
                common.push((header::ETAG, header_value(&etags[0])?));
                common.push((header::CONTENT_RANGE, header_value(&format!("bytes {start}-{end}/{length}"))?));
                let part = bytes[start as usize..=end as usize].to_vec();
                return Ok((StatusCode::PARTIAL_CONTENT, headers_map(common), part).into_response());
            }
        }
    }

    let encodings = accepted_encodings(&headers);
    if let Some(from) = query.from.filter(|f| is_sha256(f) && *f != sha256)
        && let (Some(old), Some(new)) = (
            state.store.read_blob(&from, Encoding::Identity).await?,
            state.store.read_blob(&sha256, Encoding::Identity).await?,
        )
    {
        let (prefix, suffix, middle) = patch(&old, &new);
        let mut body = format!("{prefix} {suffix}\n").into_bytes();
        body.extend_from_slice(&middle);
        // Worth it only if smaller than what would be sent instead.
        let mut instead = new.len();
        if let Some(best) = encodings.first().filter(|e| **e != Encoding::Identity) {
            instead = state.store.read_blob(&sha256, *best).await?.map_or(instead, |b| b.len());
        }
        if body.len() < instead {
            let at = common.iter().position(|(name, _)| name == header::CONTENT_TYPE);
            if let Some(at) = at {
                common[at].1 = HeaderValue::from_static(BLOB_PATCH_TYPE);
            }
            return Ok((StatusCode::OK, headers_map(common), body).into_response());
        }
    }
    for encoding in encodings {
        if let Some(bytes) = state.store.read_blob(&sha256, encoding).await? {
            if let Some(token) = encoding.token() {
                common.push((header::CONTENT_ENCODING, HeaderValue::from_static(token)));
            }
            common.push((header::ETAG, header_value(&etag(&sha256, encoding))?));
            return Ok((StatusCode::OK, headers_map(common), bytes).into_response());
        }
    }
    Err(AppError::Internal(format!("blob {sha256} is in the database but not on disk")))
}

fn headers_map(pairs: Vec<(HeaderName, HeaderValue)>) -> HeaderMap {
    pairs.into_iter().collect()
}

/// The strong ETag of one stored encoding of a blob.
fn etag(sha256: &str, encoding: Encoding) -> String {
    match encoding.token() {
        None => format!("\"{sha256}\""),
        Some(token) => format!("\"{sha256}-{token}\""),
    }
}

fn header_value(value: &str) -> Result<HeaderValue, AppError> {
    HeaderValue::from_str(value).map_err(|e| AppError::Internal(e.to_string()))
}

/// Which of `etags` the request's `If-None-Match` names, by weak comparison (RFC 9110
/// §13.1.2: `W/` prefixes are ignored on both sides).
pub(crate) fn if_none_match<'a>(headers: &HeaderMap, etags: &'a [String]) -> Option<&'a str> {
    let value = headers.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok())?;
    let opaque = |tag: &str| tag.trim().trim_start_matches("W/").to_owned();
    for tag in value.split(',') {
        if let Some(ours) = etags.iter().find(|e| tag.trim() == "*" || opaque(tag) == opaque(e)) {
            return Some(ours);
        }
    }
    None
}

/// Encodings to try, best first, from `Accept-Encoding` (RFC 9110 §12.5.3). Identity is always
/// last: every blob has it.
fn accepted_encodings(headers: &HeaderMap) -> Vec<Encoding> {
    let accept = headers.get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok()).unwrap_or("");
    let accepts = |name: &str| {
        accept.split(',').any(|item| {
            let mut parts = item.split(';');
            let token = parts.next().unwrap_or("").trim();
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            token.eq_ignore_ascii_case(name) && q > 0.0
        })
    };
    let mut encodings = Vec::with_capacity(3);
    if accepts("br") {
        encodings.push(Encoding::Brotli);
    }
    if accepts("gzip") {
        encodings.push(Encoding::Gzip);
    }
    encodings.push(Encoding::Identity);
    encodings
}

#[derive(Debug, PartialEq, Eq)]
enum RangeRequest {
    /// No usable single byte range: answer with the whole blob, as RFC 9110 §14.2 allows.
    Ignore,
    Unsatisfiable,
    /// Inclusive byte positions.
    Satisfiable {
        start: u64,
        end: u64,
    },
}

fn parse_range(value: &str, length: u64) -> RangeRequest {
    let Some(spec) = value.trim().strip_prefix("bytes=") else {
        return RangeRequest::Ignore;
    };
    if spec.contains(',') {
        return RangeRequest::Ignore;
    }
    let Some((first, last)) = spec.trim().split_once('-') else {
        return RangeRequest::Ignore;
    };
    let (first, last) = (first.trim(), last.trim());
    let parse = |s: &str| s.parse::<u64>().ok();
    let (start, end) = match (first.is_empty(), last.is_empty()) {
        (true, true) => return RangeRequest::Ignore,
        // `bytes=-N`: the last N bytes.
        (true, false) => match parse(last) {
            Some(0) => return RangeRequest::Unsatisfiable,
            Some(n) => (length.saturating_sub(n), length.saturating_sub(1)),
            None => return RangeRequest::Ignore,
        },
        (false, true) => match parse(first) {
            Some(start) => (start, length.saturating_sub(1)),
            None => return RangeRequest::Ignore,
        },
        (false, false) => match (parse(first), parse(last)) {
            (Some(start), Some(end)) if start <= end => (start, end.min(length.saturating_sub(1))),
            _ => return RangeRequest::Ignore,
        },
    };
    if length == 0 || start >= length {
        RangeRequest::Unsatisfiable
    } else {
        RangeRequest::Satisfiable { start, end }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patches_keep_the_shared_start_and_end() {
        for (old, new) in [
            ("<p>One.</p><p>Two.</p>", "<p>One.</p><p>New.</p><p>Two.</p>"),
            ("abc", "abc"),
            ("aaaa", "aa"),
            ("aa", "aaaa"),
            ("", "new"),
            ("old", ""),
            ("same start, other end", "same start, new end!"),
        ] {
            let (prefix, suffix, middle) = patch(old.as_bytes(), new.as_bytes());
            assert!(prefix + suffix <= old.len().min(new.len()), "{old:?} → {new:?}");
            let joined = [&old.as_bytes()[..prefix], &middle, &old.as_bytes()[old.len() - suffix..]].concat();
            assert_eq!(joined, new.as_bytes(), "{old:?} → {new:?}");
        }
        assert_eq!(patch(b"<p>One.</p><p>Two.</p>", b"<p>One.</p><p>New.</p><p>Two.</p>").2, b"New.</p><p>");
    }

    #[test]
    fn ranges() {
        use RangeRequest::*;
        for (value, length, expected) in [
            ("bytes=0-9", 100, Satisfiable { start: 0, end: 9 }),
            ("bytes=90-", 100, Satisfiable { start: 90, end: 99 }),
            ("bytes=-10", 100, Satisfiable { start: 90, end: 99 }),
            ("bytes=-500", 100, Satisfiable { start: 0, end: 99 }),
            ("bytes=50-500", 100, Satisfiable { start: 50, end: 99 }),
            ("bytes=100-", 100, Unsatisfiable),
            ("bytes=-0", 100, Unsatisfiable),
            ("bytes=9-0", 100, Ignore),
            ("bytes=0-1,5-6", 100, Ignore),
            ("items=0-1", 100, Ignore),
            ("bytes=x-1", 100, Ignore),
        ] {
            assert_eq!(parse_range(value, length), expected, "{value}");
        }
    }

    #[test]
    fn encodings_follow_accept_encoding() {
        let with = |v: &str| {
            let mut h = HeaderMap::new();
            h.insert(header::ACCEPT_ENCODING, HeaderValue::from_str(v).unwrap());
            accepted_encodings(&h)
        };
        assert_eq!(with("gzip, deflate, br"), vec![Encoding::Brotli, Encoding::Gzip, Encoding::Identity]);
        assert_eq!(with("gzip"), vec![Encoding::Gzip, Encoding::Identity]);
        assert_eq!(with("br;q=0, gzip;q=0.5"), vec![Encoding::Gzip, Encoding::Identity]);
        assert_eq!(accepted_encodings(&HeaderMap::new()), vec![Encoding::Identity]);
    }
}
