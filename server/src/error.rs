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
    #[error("the requested range is not satisfiable")]
    RangeNotSatisfiable { length: u64 },
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("i/o error: {0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Internal(String),
}

impl AppError {
    fn status_and_code(&self) -> (StatusCode, ErrorCode) {
        match self {
            AppError::NotFound(_) => (StatusCode::NOT_FOUND, ErrorCode::NotFound),
            AppError::BadRequest(_) => (StatusCode::BAD_REQUEST, ErrorCode::BadRequest),
            AppError::RangeNotSatisfiable { .. } => {
                (StatusCode::RANGE_NOT_SATISFIABLE, ErrorCode::RangeNotSatisfiable)
            }
            AppError::Database(_) | AppError::Io(_) | AppError::Internal(_) => {
                (StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::Internal)
            }
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        let message = if status.is_server_error() {
            tracing::error!(error = %self, "request failed");
            "internal error; the details are in the server log".to_owned()
        } else {
            self.to_string()
        };
        let mut response = (status, Json(ApiError { code, message })).into_response();
        if let AppError::RangeNotSatisfiable { length } = self {
            // RFC 9110 §15.5.17: a 416 says how long the representation is.
            if let Ok(value) = format!("bytes */{length}").parse() {
                response.headers_mut().insert(axum::http::header::CONTENT_RANGE, value);
            }
        }
        response
    }
}

/// The answer to any API path that names no route.
pub async fn api_not_found() -> AppError {
    AppError::NotFound("API route")
}
