//! The server's one error type and its one JSON shape.
//!
//! Every handler returns `Result<_, AppError>`. A client error carries a stable
//! [`ErrorCode`] and a [`Text`]: its message, put in the words of the request's language by
//! [`localize_errors`] (the `Accept-Language` header; the installation's default without one).
//! An internal error is logged in English with its details and answered with a generic
//! message, so no file paths or SQL reach a client.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use dala_wire::{ApiError, ErrorCode};

use crate::i18n::Text;
use crate::text;

#[derive(Debug)]
pub enum AppError {
    NotFound(Text),
    BadRequest(Text),
    /// Well-formed JSON of the wrong shape (a missing or mistyped field).
    Unprocessable(Text),
    /// A body over the route's limit (RFC 9110 §15.5.14).
    BodyTooLarge(Text),
    /// A `Content-Encoding` the route does not decode (RFC 9110 §15.5.16).
    UnsupportedEncoding(Text),
    RangeNotSatisfiable {
        length: u64,
    },
    Database(sqlx::Error),
    Io(std::io::Error),
    /// A bug or a broken invariant, in English for the log: never sent.
    Internal(String),
    Unauthorized,
    SessionInvalid,
    SessionExpired,
    SessionRevoked,
    WrongCredentials,
    TooManyAttempts {
        retry_after: i64,
    },
    Forbidden,
    Conflict(Text),
    JoinCodeInvalid,
    JoinCodeExpired,
    JoinCodeUsedUp,
    JoinCodeEnded,
    ResetCodeInvalid,
    CourseArchived(String),
    EnrollmentClosed(String),
    DraftConflict,
    DraftInvalid(Text),
    Image(crate::authoring::images::ImageError),
}

impl From<sqlx::Error> for AppError {
    fn from(error: sqlx::Error) -> AppError {
        AppError::Database(error)
    }
}

impl From<std::io::Error> for AppError {
    fn from(error: std::io::Error) -> AppError {
        AppError::Io(error)
    }
}

impl From<crate::authoring::images::ImageError> for AppError {
    fn from(error: crate::authoring::images::ImageError) -> AppError {
        AppError::Image(error)
    }
}

/// In English, with the details of an internal error: what the log says.
impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AppError::Database(error) => write!(f, "database error: {error}"),
            AppError::Io(error) => write!(f, "i/o error: {error}"),
            AppError::Internal(message) => f.write_str(message),
            AppError::Image(error) => write!(f, "{error}"),
            other => write!(f, "{}", other.text()),
        }
    }
}

impl std::error::Error for AppError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            AppError::Database(error) => Some(error),
            AppError::Io(error) => Some(error),
            AppError::Image(error) => Some(error),
            _ => None,
        }
    }
}

/// What an error answer says, put in the request's language on its way out
/// ([`localize_errors`]): its code and its words.
#[derive(Debug, Clone)]
pub struct ErrorText {
    pub code: ErrorCode,
    pub text: Text,
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

    /// What the answer says: a message for every kind of error; the generic one for the
    /// server's own failures.
    pub fn text(&self) -> Text {
        use crate::authoring::images::ImageError;
        match self {
            AppError::NotFound(text)
            | AppError::BadRequest(text)
            | AppError::Unprocessable(text)
            | AppError::BodyTooLarge(text)
            | AppError::UnsupportedEncoding(text)
            | AppError::Conflict(text)
            | AppError::DraftInvalid(text) => text.clone(),
            error if error.is_storage_full() => text!("error-storage-full"),
            AppError::Database(_) | AppError::Io(_) | AppError::Internal(_) => text!("error-internal"),
            AppError::RangeNotSatisfiable { .. } => text!("error-range-not-satisfiable"),
            AppError::Unauthorized => text!("error-unauthorized"),
            AppError::SessionInvalid => text!("error-session-invalid"),
            AppError::SessionExpired => text!("error-session-expired"),
            AppError::SessionRevoked => text!("error-session-revoked"),
            AppError::WrongCredentials => text!("error-wrong-credentials"),
            AppError::TooManyAttempts { retry_after } => {
                text!("error-too-many-attempts", seconds = *retry_after)
            }
            AppError::Forbidden => text!("error-forbidden"),
            AppError::JoinCodeInvalid => text!("error-join-code-invalid"),
            AppError::JoinCodeExpired => text!("error-join-code-expired"),
            AppError::JoinCodeUsedUp => text!("error-join-code-used-up"),
            AppError::JoinCodeEnded => text!("error-join-code-ended"),
            AppError::ResetCodeInvalid => text!("error-reset-code-invalid"),
            AppError::CourseArchived(slug) => text!("error-course-archived", course = slug),
            AppError::EnrollmentClosed(slug) => text!("error-enrollment-closed", course = slug),
            AppError::DraftConflict => text!("error-draft-conflict"),
            AppError::Image(error) => match error {
                ImageError::TooLarge { limit } => {
                    text!("error-image-too-large", limit = crate::authoring::images::describe_bytes(*limit))
                }
                ImageError::NotAnImage => text!("error-not-an-image"),
                ImageError::UnsupportedFormat(format) => text!("error-image-format", format = format),
                ImageError::TooManyPixels { width, height, limit } => text!(
                    "error-image-too-many-pixels",
                    width = *width,
                    height = *height,
                    megapixels = crate::authoring::images::describe_megapixels(*limit)
                ),
                ImageError::Decode(detail) => text!("error-image-unreadable", detail = detail),
                ImageError::Encode(_) => text!("error-internal"),
                ImageError::AltTextMissing => text!("error-image-alt-text-missing"),
            },
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
        if status == StatusCode::INSUFFICIENT_STORAGE {
            tracing::error!(error = %self, "a write failed: the disk is full");
        } else if status.is_server_error() {
            tracing::error!(error = %self, "request failed");
        }
        // The English words here; `localize_errors` puts them in the request's language.
        let text = self.text();
        let message = text.to_string();
        let mut response = (status, Json(ApiError { code, message })).into_response();
        response.extensions_mut().insert(ErrorText { code, text });
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

/// Puts an error answer's message in the language the request asks for: its `Accept-Language`
/// negotiated against the interface's languages ([`crate::languages::Languages::for_request`]),
/// the installation's default without one. `IntoResponse` sees no request, so every
/// [`AppError`] answer carries its [`ErrorText`] and this layer, around the whole router (API
/// routes, extractors' rejections, the API's 404s), writes the JSON again. Such an answer says
/// which language it is in (`Content-Language`) and that it depends on the header (`Vary`).
/// Other answers pass untouched.
pub async fn localize_errors(
    axum::extract::State(state): axum::extract::State<crate::AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    use axum::http::{HeaderValue, header};
    let tag = state.languages.for_request(request.headers());
    let mut response = next.run(request).await;
    let Some(ErrorText { code, text }) = response.extensions_mut().remove::<ErrorText>() else {
        return response;
    };
    let message = state.languages.messages(tag).render(&text);
    let body = serde_json::to_vec(&ApiError { code, message }).expect("an error body serialises");
    let headers = response.headers_mut();
    // A route's compression may have encoded the English body; the new one is sent as it is.
    headers.remove(header::CONTENT_ENCODING);
    headers.remove(header::CONTENT_LENGTH);
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(tag));
    headers.append(header::VARY, HeaderValue::from_static("accept-language"));
    *response.body_mut() = axum::body::Body::from(body);
    response
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
            Err(JsonRejection::JsonDataError(e)) => {
                Err(AppError::Unprocessable(text!("error-json-shape", detail = serde_detail(&e.body_text()))))
            }
            Err(JsonRejection::JsonSyntaxError(e)) => {
                Err(AppError::BadRequest(text!("error-json-invalid", detail = serde_detail(&e.body_text()))))
            }
            Err(JsonRejection::MissingJsonContentType(_)) => {
                Err(AppError::BadRequest(text!("error-json-content-type")))
            }
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                Err(AppError::BodyTooLarge(text!("error-body-too-large")))
            }
            Err(e) => Err(AppError::BadRequest(text!("error-body-unreadable", detail = e.body_text()))),
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
            Err(e) => {
                Err(AppError::BadRequest(text!("error-query-invalid", detail = serde_detail(&e.body_text()))))
            }
        }
    }
}

/// serde's own words in an axum rejection, without axum's English sentence before them
/// ("Failed to deserialize the JSON body into the target type: missing field `x`…").
fn serde_detail(body_text: &str) -> String {
    body_text.split_once(": ").map_or(body_text, |(_, detail)| detail).to_owned()
}

/// The answer to any API path that names no route.
pub async fn api_not_found() -> AppError {
    AppError::NotFound(text!("error-not-found-api-route"))
}
