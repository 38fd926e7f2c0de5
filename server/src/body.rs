//! Request bodies that may arrive compressed: JSON sent with `Content-Encoding: gzip`
//! ([RFC 9110 §8.4](https://www.rfc-editor.org/rfc/rfc9110#section-8.4)), as the web client sends
//! its progress syncs.
//!
//! The decompressed size is bounded while decoding: the decoder stops one byte past the bound,
//! so a small body that inflates to gigabytes (a "gzip bomb") costs the server at most the
//! bound in memory and a few milliseconds, and is refused with 413 `body_too_large`. A body
//! that is not gzip, or is cut short, is a 400; an encoding other than gzip or identity a 415
//! `unsupported_encoding`, so a client knows to send plain JSON instead.

use crate::text;
use std::io::Read;

use axum::extract::{FromRequest, Request};
use axum::http::header::CONTENT_ENCODING;
use serde::de::DeserializeOwned;

use crate::error::{ApiJson, AppError};

/// The most bytes a body may have, compressed or decompressed: axum's default limit, which the
/// same body sent plain has too.
pub const MAX_BODY_BYTES: usize = 2 * 1024 * 1024;

/// A JSON body, plain or gzip-compressed, whose rejections use the one error shape.
#[derive(Debug, Clone, Copy, Default)]
pub struct EncodedJson<T>(pub T);

impl<T, S> FromRequest<S> for EncodedJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let encoding = match request.headers().get(CONTENT_ENCODING) {
            None => String::new(),
            Some(value) => value
                .to_str()
                .map_err(|_| AppError::UnsupportedEncoding(text!("error-encoding-unreadable")))?
                .trim()
                .to_ascii_lowercase(),
        };
        match encoding.as_str() {
            "" | "identity" => {
                let ApiJson(value) = ApiJson::<T>::from_request(request, state).await?;
                Ok(EncodedJson(value))
            }
            "gzip" | "x-gzip" => {
                let is_json = request
                    .headers()
                    .get(axum::http::header::CONTENT_TYPE)
                    .and_then(|v| v.to_str().ok())
                    .is_some_and(|v| v.starts_with("application/json"));
                if !is_json {
                    return Err(AppError::BadRequest(text!("error-json-content-type")));
                }
                let compressed =
                    axum::body::to_bytes(request.into_body(), MAX_BODY_BYTES).await.map_err(|_| {
                        AppError::BodyTooLarge(text!("error-compressed-too-large", limit = MAX_BODY_BYTES))
                    })?;
                let json = gunzip(&compressed, MAX_BODY_BYTES)?;
                serde_json::from_slice(&json).map(EncodedJson).map_err(|e| {
                    if e.classify() == serde_json::error::Category::Data {
                        AppError::Unprocessable(text!("error-json-shape", detail = e.to_string()))
                    } else {
                        AppError::BadRequest(text!("error-json-invalid", detail = e.to_string()))
                    }
                })
            }
            other => {
                Err(AppError::UnsupportedEncoding(text!("error-encoding-unsupported", encoding = other)))
            }
        }
    }
}

/// `compressed` decoded, refused as soon as it passes `limit` bytes. Bounded to a few
/// milliseconds of work, so it runs on the request's own task.
pub fn gunzip(compressed: &[u8], limit: usize) -> Result<Vec<u8>, AppError> {
    let mut decoded = Vec::new();
    flate2::read::GzDecoder::new(compressed)
        .take(limit as u64 + 1)
        .read_to_end(&mut decoded)
        .map_err(|e| AppError::BadRequest(text!("error-gzip-invalid", detail = e.to_string())))?;
    if decoded.len() > limit {
        return Err(AppError::BodyTooLarge(text!("error-decompressed-too-large", limit = limit)));
    }
    Ok(decoded)
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        encoder.write_all(data).unwrap();
        encoder.finish().unwrap()
    }

    #[test]
    fn a_body_decodes_up_to_the_bound_and_no_further() {
        let data = vec![b'a'; 1000];
        assert_eq!(gunzip(&gzip(&data), 1000).unwrap(), data);
        assert!(matches!(gunzip(&gzip(&data), 999), Err(AppError::BodyTooLarge(_))));
        assert!(matches!(gunzip(b"{\"not\": \"gzip\"}", 1000), Err(AppError::BadRequest(_))));
        let cut = gzip(b"a longer body that is cut short before its end");
        assert!(matches!(gunzip(&cut[..cut.len() - 6], 1000), Err(AppError::BadRequest(_))));
    }
}
