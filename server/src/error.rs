//! The server's one error type and its one JSON shape.
//!
//! Every handler returns `Result<_, AppError>`. A client error carries a stable
//! [`ErrorCode`] and an English message; an internal error is logged with its details and
//! answered with a generic message, so no file paths or SQL reach a client.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use dala_wire::{ApiError, ErrorCode};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("{0}")]
    BadRequest(String),
    /// Well-formed JSON of the wrong shape (a missing or mistyped field).
    #[error("{0}")]
    Unprocessable(String),
    /// A body over the route's limit (RFC 9110 §15.5.14).
    #[error("{0}")]
    BodyTooLarge(String),
    /// A `Content-Encoding` the route does not decode (RFC 9110 §15.5.16).
    #[error("{0}")]
    UnsupportedEncoding(String),
    #[error("the requested range is not satisfiable")]
    RangeNotSatisfiable { length: u64 },
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("i/o error: {0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Internal(String),
    #[error("sign in first: send `Authorization: Bearer <token>`")]
    Unauthorized,
    #[error("this session does not exist; sign in again")]
    SessionInvalid,
    #[error("this session expired after a long time unused; sign in again")]
    SessionExpired,
    #[error("this session was ended; sign in again")]
    SessionRevoked,
    #[error("wrong login name or password")]
    WrongCredentials,
    #[error("too many failed sign-ins; try again in {retry_after} seconds")]
    TooManyAttempts { retry_after: i64 },
    #[error("this account may not do that")]
    Forbidden,
    #[error("{0}")]
    Conflict(String),
    #[error("no join code matches; check it with your trainer")]
    JoinCodeInvalid,
    #[error("this join code has expired; ask your trainer for a new one")]
    JoinCodeExpired,
    #[error("this join code has been used as many times as it may; ask your trainer for a new one")]
    JoinCodeUsedUp,
    #[error("this join code was ended by a trainer; ask your trainer for a new one")]
    JoinCodeEnded,
    #[error("this login name and reset code do not match a valid code; ask your trainer for a new one")]
    ResetCodeInvalid,
    #[error("course `{0}` is archived")]
    CourseArchived(String),
    #[error("course `{0}` is joined with a join code from a trainer")]
    EnrollmentClosed(String),
    #[error("someone saved this draft after the revision you edited; load their version first")]
    DraftConflict,
    #[error("{0}")]
    DraftInvalid(String),
    #[error("{0}")]
    Image(#[from] crate::authoring::images::ImageError),
}

impl AppError {
    fn status_and_code(&self) -> (StatusCode, ErrorCode) {
        match self {
            AppError::NotFound(_) => (StatusCode::NOT_FOUND, ErrorCode::NotFound),
            AppError::BadRequest(_) => (StatusCode::BAD_REQUEST, ErrorCode::BadRequest),
            AppError::Unprocessable(_) => (StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::BadRequest),
            AppError::BodyTooLarge(_) => (StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::BodyTooLarge),
            AppError::UnsupportedEncoding(_) => {
                (StatusCode::UNSUPPORTED_MEDIA_TYPE, ErrorCode::UnsupportedEncoding)
            }
            AppError::RangeNotSatisfiable { .. } => {
                (StatusCode::RANGE_NOT_SATISFIABLE, ErrorCode::RangeNotSatisfiable)
            }
            error if error.is_storage_full() => {
                (StatusCode::INSUFFICIENT_STORAGE, ErrorCode::InsufficientStorage)
            }
            AppError::Database(_) | AppError::Io(_) | AppError::Internal(_) => {
                (StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::Internal)
            }
            AppError::Unauthorized => (StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized),
            AppError::SessionInvalid => (StatusCode::UNAUTHORIZED, ErrorCode::SessionInvalid),
            AppError::SessionExpired => (StatusCode::UNAUTHORIZED, ErrorCode::SessionExpired),
            AppError::SessionRevoked => (StatusCode::UNAUTHORIZED, ErrorCode::SessionRevoked),
            AppError::WrongCredentials => (StatusCode::UNAUTHORIZED, ErrorCode::WrongCredentials),
            AppError::TooManyAttempts { .. } => (StatusCode::TOO_MANY_REQUESTS, ErrorCode::TooManyAttempts),
            AppError::Forbidden => (StatusCode::FORBIDDEN, ErrorCode::Forbidden),
            AppError::Conflict(_) => (StatusCode::CONFLICT, ErrorCode::Conflict),
            AppError::JoinCodeInvalid => (StatusCode::NOT_FOUND, ErrorCode::JoinCodeInvalid),
            AppError::JoinCodeExpired => (StatusCode::GONE, ErrorCode::JoinCodeExpired),
            AppError::JoinCodeUsedUp => (StatusCode::GONE, ErrorCode::JoinCodeUsedUp),
            AppError::JoinCodeEnded => (StatusCode::GONE, ErrorCode::JoinCodeEnded),
            AppError::ResetCodeInvalid => (StatusCode::BAD_REQUEST, ErrorCode::ResetCodeInvalid),
            AppError::CourseArchived(_) => (StatusCode::CONFLICT, ErrorCode::CourseArchived),
            AppError::EnrollmentClosed(_) => (StatusCode::FORBIDDEN, ErrorCode::EnrollmentClosed),
            AppError::DraftConflict => (StatusCode::CONFLICT, ErrorCode::DraftConflict),
            AppError::DraftInvalid(_) => (StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::DraftInvalid),
            AppError::Image(error) => {
                use crate::authoring::images::ImageError;
                match error {
                    ImageError::TooLarge { .. } => (StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::ImageTooLarge),
                    ImageError::NotAnImage | ImageError::UnsupportedFormat(_) => {
                        (StatusCode::UNSUPPORTED_MEDIA_TYPE, ErrorCode::NotAnImage)
                    }
                    ImageError::TooManyPixels { .. } => {
                        (StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::ImageTooManyPixels)
                    }
                    ImageError::Decode(_) => (StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::ImageUnreadable),
                    ImageError::Encode(_) => (StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::Internal),
                    ImageError::AltTextMissing => {
                        (StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::AltTextMissing)
                    }
                }
            }
        }
    }

    /// An error of a store operation that speaks `anyhow` (publishing, writing blobs): a
    /// database or file-system error underneath keeps its kind, so a full disk is still
    /// answered as one; anything else is internal.
    pub fn from_storage(error: anyhow::Error) -> AppError {
        let error = match error.downcast::<sqlx::Error>() {
            Ok(database) => return AppError::Database(database),
            Err(error) => error,
        };
        match error.downcast::<std::io::Error>() {
            Ok(io) => AppError::Io(io),
            Err(error) => AppError::Internal(format!("{error:#}")),
        }
    }

    /// Whether this is a write the disk (or the database server's disk) had no room for:
    /// SQLite's `SQLITE_FULL`, PostgreSQL's `disk_full` (53100), or `ENOSPC` / a quota from
    /// the file system. Such a write stored nothing (a transaction is rolled back whole, a
    /// blob is written under its name only when complete) and may be tried again once space is
    /// freed, so it is answered 507 Insufficient Storage (RFC 4918 §11.5), not as a bug.
    pub fn is_storage_full(&self) -> bool {
        match self {
            AppError::Database(error) => database_error_is_storage_full(error),
            AppError::Io(error) => io_error_is_storage_full(error),
            _ => false,
        }
    }
}

fn database_error_is_storage_full(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::Database(database) => {
            // SQLite's primary code is the low byte of an extended one.
            let code = database.code();
            let sqlite_full =
                code.as_deref().and_then(|c| c.parse::<i64>().ok()).is_some_and(|c| c & 0xff == 13);
            sqlite_full
                || code.as_deref() == Some("53100")
                || database.message().contains("database or disk is full")
        }
        sqlx::Error::Io(error) => io_error_is_storage_full(error),
        _ => false,
    }
}

fn io_error_is_storage_full(error: &std::io::Error) -> bool {
    /// `ENOSPC` and `EDQUOT` on Linux.
    const NO_SPACE: [i32; 2] = [28, 122];
    error.kind() == std::io::ErrorKind::StorageFull
        || error.kind() == std::io::ErrorKind::QuotaExceeded
        || error.raw_os_error().is_some_and(|code| NO_SPACE.contains(&code))
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        let message = if status == StatusCode::INSUFFICIENT_STORAGE {
            tracing::error!(error = %self, "a write failed: the disk is full");
            "the server's disk is full, so nothing of this was stored; try again later".to_owned()
        } else if status.is_server_error() {
            tracing::error!(error = %self, "request failed");
            "internal error; the details are in the server log".to_owned()
        } else {
            self.to_string()
        };
        let mut response = (status, Json(ApiError { code, message })).into_response();
        if let AppError::TooManyAttempts { retry_after } = self
            && let Ok(value) = retry_after.to_string().parse()
        {
            response.headers_mut().insert(axum::http::header::RETRY_AFTER, value);
        }
        if status == StatusCode::UNAUTHORIZED {
            // RFC 6750 §3: say which scheme the server expects.
            response
                .headers_mut()
                .insert(axum::http::header::WWW_AUTHENTICATE, axum::http::HeaderValue::from_static("Bearer"));
        }
        if let AppError::RangeNotSatisfiable { length } = self {
            // RFC 9110 §15.5.17: a 416 says how long the representation is.
            if let Ok(value) = format!("bytes */{length}").parse() {
                response.headers_mut().insert(axum::http::header::CONTENT_RANGE, value);
            }
        }
        response
    }
}

/// A JSON request body whose rejections use the one error shape: malformed JSON is a 400,
/// JSON of the wrong shape a 422, a body over the route's limit a 413, each saying what is
/// wrong.
#[derive(Debug, Clone, Copy, Default)]
pub struct ApiJson<T>(pub T);

impl<T, S> axum::extract::FromRequest<S> for ApiJson<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(request: axum::extract::Request, state: &S) -> Result<Self, Self::Rejection> {
        use axum::extract::rejection::JsonRejection;
        match Json::<T>::from_request(request, state).await {
            Ok(Json(value)) => Ok(ApiJson(value)),
            Err(JsonRejection::JsonDataError(e)) => Err(AppError::Unprocessable(e.body_text())),
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                Err(AppError::BodyTooLarge(e.body_text()))
            }
            Err(e) => Err(AppError::BadRequest(e.body_text())),
        }
    }
}

/// A query string whose rejections use the one error shape (a 400 saying what is wrong),
/// where axum's own `Query` answers in plain text.
#[derive(Debug, Clone, Copy, Default)]
pub struct ApiQuery<T>(pub T);

impl<T, S> axum::extract::FromRequestParts<S> for ApiQuery<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(value)) => Ok(ApiQuery(value)),
            Err(e) => Err(AppError::BadRequest(e.body_text())),
        }
    }
}

/// The answer to any API path that names no route.
pub async fn api_not_found() -> AppError {
    AppError::NotFound("API route")
}
