//! A failure as a person using the app sees it: every way a call to the server or the
//! device's storage can fail, each with a translated message.

use dala_wire::ErrorCode;

use crate::api::ApiFailure;
use crate::storage::{self, Session, StorageError};

/// A failure as the learner sees it; each has a translated message.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// Needs the server, which cannot be reached, and nothing is stored offline.
    Offline,
    NotFound,
    Integrity,
    Storage(String),
    Server(String),
    NotSignedIn,
    /// The session was ended by signing out elsewhere or by an administrator.
    SessionEnded,
    SessionExpired,
    WrongCredentials,
    TooManyAttempts,
    JoinCodeInvalid,
    JoinCodeExpired,
    JoinCodeUsedUp,
    /// A trainer ended the join code.
    JoinCodeEnded,
    /// A password-reset code is wrong, used, replaced by a newer one or expired (which, the
    /// server does not say).
    ResetCodeInvalid,
    /// The course is archived: join codes can no longer offer it.
    CourseArchived,
    LoginTaken,
    /// The server refused the input, with its explanation (English).
    Invalid(String),
    /// No certificate has this id (or the link's key is wrong: the server answers alike).
    CertificateNotFound,
    /// A certificate cannot be checked: no network, and no keys or revocation lists stored.
    NoTrust,
    /// A certificate in the wallet form (JSON-LD) to check while the issuer's server cannot be
    /// reached: this device checks the JWT form only.
    WalletFormOffline,
    /// Signed in, but this account may not see or do this.
    Forbidden,
    /// A refusal of the course editor, by its Fluent id (an image too large, a draft with
    /// problems, a course name taken…).
    Authoring(&'static str),
    /// The device has no room for what was being saved: `needed` bytes more. What was saved
    /// before is intact.
    DeviceFull {
        needed: u64,
    },
    /// The browser did not save (the write was aborted): nothing of it was kept.
    NotSaved,
    /// The server's disk is full: it stored nothing of this, and what is kept on the device
    /// waits to be sent again.
    ServerFull,
    /// A file carried in was refused, or cannot be made, by its Fluent id (`file-…`).
    File(&'static str),
}

impl Failure {
    /// The Fluent id of the message shown for this failure.
    pub fn message_id(&self) -> &'static str {
        match self {
            Failure::Offline => "error-offline",
            Failure::NotFound => "error-not-found",
            Failure::Integrity => "error-integrity",
            Failure::Storage(_) => "error-storage",
            Failure::Server(_) => "error-server",
            Failure::NotSignedIn => "error-not-signed-in",
            Failure::SessionEnded => "error-session-ended",
            Failure::SessionExpired => "error-session-expired",
            Failure::WrongCredentials => "error-wrong-credentials",
            Failure::TooManyAttempts => "error-too-many-attempts",
            Failure::JoinCodeInvalid => "error-join-code-invalid",
            Failure::JoinCodeExpired => "error-join-code-expired",
            Failure::JoinCodeUsedUp => "error-join-code-used-up",
            Failure::JoinCodeEnded => "error-join-code-ended",
            Failure::ResetCodeInvalid => "error-reset-code-invalid",
            Failure::CourseArchived => "error-course-archived",
            Failure::LoginTaken => "error-login-taken",
            Failure::Invalid(_) => "error-invalid",
            Failure::CertificateNotFound => "error-certificate-not-found",
            Failure::NoTrust => "error-no-trust",
            Failure::WalletFormOffline => "error-wallet-form-offline",
            Failure::Forbidden => "error-forbidden",
            Failure::Authoring(id) => id,
            Failure::DeviceFull { .. } => "error-device-full",
            Failure::NotSaved => "error-not-saved",
            Failure::ServerFull => "error-server-full",
            Failure::File(id) => id,
        }
    }
}

impl From<ApiFailure> for Failure {
    fn from(f: ApiFailure) -> Self {
        match f {
            ApiFailure::Offline => Failure::Offline,
            ApiFailure::Server { status, error } => match error.as_ref().map(|e| e.code) {
                Some(ErrorCode::WrongCredentials) => Failure::WrongCredentials,
                Some(ErrorCode::TooManyAttempts) => Failure::TooManyAttempts,
                Some(ErrorCode::JoinCodeInvalid) => Failure::JoinCodeInvalid,
                Some(ErrorCode::JoinCodeExpired) => Failure::JoinCodeExpired,
                Some(ErrorCode::JoinCodeUsedUp) => Failure::JoinCodeUsedUp,
                Some(ErrorCode::JoinCodeEnded) => Failure::JoinCodeEnded,
                Some(ErrorCode::ResetCodeInvalid) => Failure::ResetCodeInvalid,
                Some(ErrorCode::CourseArchived) => Failure::CourseArchived,
                Some(ErrorCode::Conflict) => Failure::LoginTaken,
                Some(ErrorCode::SessionExpired) => Failure::SessionExpired,
                Some(ErrorCode::SessionRevoked | ErrorCode::SessionInvalid | ErrorCode::Unauthorized) => {
                    Failure::SessionEnded
                }
                Some(ErrorCode::Forbidden) => Failure::Forbidden,
                Some(ErrorCode::InsufficientStorage) => Failure::ServerFull,
                Some(ErrorCode::BadRequest) => Failure::Invalid(error.map(|e| e.message).unwrap_or_default()),
                _ if status == 404 => Failure::NotFound,
                _ => Failure::Server(match error {
                    Some(e) => e.message,
                    None => format!("HTTP {status}"),
                }),
            },
            ApiFailure::Integrity => Failure::Integrity,
            ApiFailure::Decode(e) => Failure::Server(e),
        }
    }
}

impl From<StorageError> for Failure {
    fn from(e: StorageError) -> Self {
        match e {
            StorageError::Full { needed } => Failure::DeviceFull { needed },
            StorageError::Aborted => Failure::NotSaved,
            StorageError::Other(message) => Failure::Storage(message),
        }
    }
}

/// The signed-in session, or [`Failure::NotSignedIn`]: the first step of everything done in
/// an account's name.
pub async fn session() -> Result<Session, Failure> {
    storage::session().await?.ok_or(Failure::NotSignedIn)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Failures are shown through `message_id`, which the i18n scan of translation calls cannot
    /// see: every one must exist in both languages.
    #[test]
    fn every_failure_has_a_message_in_both_languages() {
        let failures = [
            Failure::Offline,
            Failure::NotFound,
            Failure::Integrity,
            Failure::Storage(String::new()),
            Failure::Server(String::new()),
            Failure::NotSignedIn,
            Failure::SessionEnded,
            Failure::SessionExpired,
            Failure::WrongCredentials,
            Failure::TooManyAttempts,
            Failure::JoinCodeInvalid,
            Failure::JoinCodeExpired,
            Failure::JoinCodeUsedUp,
            Failure::JoinCodeEnded,
            Failure::ResetCodeInvalid,
            Failure::CourseArchived,
            Failure::LoginTaken,
            Failure::Invalid(String::new()),
            Failure::CertificateNotFound,
            Failure::NoTrust,
            Failure::WalletFormOffline,
            Failure::Forbidden,
            Failure::DeviceFull { needed: 1 },
            Failure::NotSaved,
            Failure::ServerFull,
        ];
        for lang in [crate::i18n::Lang::EN, crate::i18n::Lang::RU] {
            let i18n = crate::i18n::I18n::new(lang);
            for failure in &failures {
                let id = failure.message_id();
                assert!(i18n.has(id), "{id} is missing in {}", lang.tag());
            }
        }
    }
}
