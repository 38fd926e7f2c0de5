//! Certificates, as the certificate pages and the verification page see them: the learner's own
//! (delivered by sync, kept for offline use with their PDFs), and the checking of anyone's.
//!
//! A check runs at the issuer's server when it can be reached (it knows the latest revocations
//! and why), and otherwise here, with `dala_credential::verify` (the very code the server runs)
//! against the keys and revocation lists this device last received, saying how old they are;
//! a certificate in the wallet form with `dala_badge`, in the checker loaded on demand
//! ([`crate::wallet_check`]). Like [`crate::library`], it sits between the pages and
//! [`crate::api`] / [`crate::storage`].

use std::cell::Cell;

use dala_credential::{Form, StatusList};
use dala_wire::{CredentialSummary, IssuedCertificate, Verification};

use crate::api::{self, ApiFailure};
use crate::failure::Failure;
use crate::storage::{self, StoredTrust};

/// Where a verdict came from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CheckedBy {
    /// The issuer's server, with its latest revocation data.
    Server,
    /// This device, with the keys and lists last confirmed current at `checked_at`
    /// (milliseconds since the Unix epoch).
    Device { checked_at: f64 },
}

/// A verdict and where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub verification: Verification,
    pub by: CheckedBy,
}

/// One of the learner's certificates, with the verdict of the check on this device.
#[derive(Debug, Clone, PartialEq)]
pub struct Certificate {
    pub issued: IssuedCertificate,
    /// What the credential states, read without checking (it came from the learner's own
    /// server with the signed-in session).
    pub summary: Option<CredentialSummary>,
    /// `None` while this device holds no keys to check it with.
    pub check: Option<Checked>,
}

impl Certificate {
    /// The id without `urn:uuid:`, as addresses carry it.
    pub fn uuid(&self) -> &str {
        uuid_of(&self.issued.id)
    }

    /// The course's title as the certificate states it, else the course's slug.
    pub fn course_title(&self) -> &str {
        self.summary.as_ref().map_or(&self.issued.course, |s| &s.course_title)
    }
}

fn uuid_of(id: &str) -> &str {
    id.strip_prefix("urn:uuid:").unwrap_or(id)
}

fn summary_of(jwt: &str) -> Option<CredentialSummary> {
    let jws = dala_credential::Jws::parse(jwt).ok()?;
    dala_credential::summary(&jws.payload, jws.kid().unwrap_or_default())
}

/// The stored keys and lists, ready to check with. A list whose signature fails is left out,
/// so the certificates it covers read "revocation unchecked", never "not revoked".
struct Checker {
    stored: StoredTrust,
    lists: Vec<StatusList>,
}

impl Checker {
    async fn load() -> Option<Checker> {
        let stored = storage::trust().await.ok().flatten()?;
        let jwks = &stored.trust.jwks;
        let lists =
            stored.trust.status_lists.iter().filter_map(|jwt| StatusList::from_jwt(jwt, jwks).ok()).collect();
        Some(Checker { stored, lists })
    }

    fn check(&self, text: &str) -> Checked {
        Checked {
            verification: dala_credential::verify(text, &self.stored.trust.jwks, &self.lists),
            by: CheckedBy::Device { checked_at: self.stored.checked_at },
        }
    }
}

/// The learner's certificates on this device, newest first, each checked here.
pub async fn list() -> Result<Vec<Certificate>, Failure> {
    let checker = Checker::load().await;
    let mut certificates: Vec<Certificate> = storage::certificates()
        .await?
        .into_iter()
        .map(|issued| Certificate {
            summary: summary_of(&issued.jwt),
            check: checker.as_ref().map(|c| c.check(&issued.jwt)),
            issued,
        })
        .collect();
    certificates.reverse();
    Ok(certificates)
}

/// One of the learner's certificates, by uuid.
pub async fn get(uuid: &str) -> Result<Certificate, Failure> {
    list().await?.into_iter().find(|c| c.uuid() == uuid).ok_or(Failure::CertificateNotFound)
}

/// The uuid of the learner's latest certificate for `course`, if any.
pub async fn for_course(course: &str) -> Option<String> {
    let certificates = storage::certificates().await.ok()?;
    let latest = certificates.iter().rev().find(|c| c.course == course)?;
    Some(uuid_of(&latest.id).to_owned())
}

/// The PDF of a certificate if this device holds it already.
pub async fn stored_pdf(uuid: &str) -> Option<Vec<u8>> {
    storage::certificate_pdf(&format!("urn:uuid:{uuid}")).await.ok().flatten()
}

/// The PDF of a certificate: from this device, or fetched once with the session and kept.
pub async fn pdf(uuid: &str) -> Result<Vec<u8>, Failure> {
    let id = format!("urn:uuid:{uuid}");
    if let Some(bytes) = storage::certificate_pdf(&id).await? {
        return Ok(bytes);
    }
    let session = crate::failure::session().await?;
    let bytes = api::certificate_pdf(&session.token, uuid).await.map_err(not_found_as_certificate)?;
    storage::put_certificate_pdf(&id, &bytes).await?;
    Ok(bytes)
}

/// The JSON download of a certificate: a VC 2.0 `EnvelopedVerifiableCredential` around it.
pub fn json_file(jwt: &str) -> String {
    dala_credential::envelope(jwt).to_string()
}

/// An object URL for a download link; release it with [`release_url`].
pub fn download_url(bytes: &[u8], media_type: &str) -> Option<String> {
    storage::object_url(bytes, media_type)
}

pub fn release_url(url: &str) {
    storage::revoke_object_url(url);
}

fn not_found_as_certificate(failure: ApiFailure) -> Failure {
    match failure {
        ApiFailure::Server { status: 404, .. } => Failure::CertificateNotFound,
        other => other.into(),
    }
}

/// Whether a failure means the issuer's server cannot give an answer now (unreachable, unable
/// to answer, or without the route), so that the device should answer instead.
fn server_unavailable(failure: &ApiFailure) -> bool {
    match failure {
        ApiFailure::Offline | ApiFailure::Decode(_) => true,
        ApiFailure::Server { status, .. } => *status >= 500 || *status == 404,
        ApiFailure::Integrity => false,
    }
}

/// The credential behind a QR code's address (`/verify?c={uuid}&k={key}`). The learner's own
/// certificate comes from this device, with no request; any other from the server.
pub async fn shared(uuid: &str, key: &str) -> Result<String, Failure> {
    let own = storage::certificates().await.unwrap_or_default().into_iter().find(|c| {
        // The same key as the server demands, so that the address behaves alike everywhere.
        uuid_of(&c.id) == uuid && c.verify_url.rsplit_once("k=").is_some_and(|(_, k)| k == key)
    });
    if let Some(own) = own {
        return Ok(own.jwt);
    }
    match api::shared_certificate(uuid, key).await {
        Ok(shared) => Ok(shared.jwt),
        Err(failure) => Err(not_found_as_certificate(failure)),
    }
}

/// Checks a pasted or uploaded credential (a JWT or its JSON envelope): at the issuer's server
/// when it answers, else on this device with the stored keys and revocation lists.
pub async fn verify(text: &str) -> Result<Checked, Failure> {
    let wallet_form = dala_credential::form(text) == Form::DataIntegrity;
    match api::verify(text).await {
        Ok(verification) => {
            wasm_bindgen_futures::spawn_local(keep_trust_current());
            if wallet_form {
                // So that the next check of this form works with no network.
                wasm_bindgen_futures::spawn_local(crate::wallet_check::warm());
            }
            Ok(Checked { verification, by: CheckedBy::Server })
        }
        // The wallet form's checker (JSON-LD) is an app of its own, loaded on demand.
        Err(failure) if server_unavailable(&failure) && wallet_form => {
            let checker = Checker::load().await.ok_or(Failure::NoTrust)?;
            let verification = crate::wallet_check::check(text, &checker.stored.trust).await?;
            Ok(Checked { verification, by: CheckedBy::Device { checked_at: checker.stored.checked_at } })
        }
        Err(failure) if server_unavailable(&failure) => {
            Ok(Checker::load().await.ok_or(Failure::NoTrust)?.check(text))
        }
        Err(failure) => Err(failure.into()),
    }
}

/// How old stored trust data may be before a visitor's device fetches it again (a signed-in
/// learner's device confirms it with every sync).
const TRUST_MAX_AGE_MS: f64 = 24.0 * 3600.0 * 1000.0;

/// Fetches the issuer's keys and lists (public, about a kilobyte) when this device has none or
/// only old ones, so that a visitor can check certificates later with no connection. Quietly
/// does nothing offline.
pub async fn keep_trust_current() {
    // One fetch at a time: opening a QR code's address asks twice (on opening, after checking).
    if FETCHING_TRUST.with(|f| f.replace(true)) {
        return;
    }
    let held = storage::trust().await.ok().flatten();
    if held.is_none_or(|t| js_sys::Date::now() - t.checked_at >= TRUST_MAX_AGE_MS)
        && let Ok(trust) = api::trust().await
    {
        let _ = storage::put_trust(&StoredTrust { trust, checked_at: js_sys::Date::now() }).await;
    }
    FETCHING_TRUST.with(|f| f.set(false));
}

thread_local! {
    static FETCHING_TRUST: Cell<bool> = const { Cell::new(false) };
}
