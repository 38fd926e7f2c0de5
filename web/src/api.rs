//! The client's only door to the network: typed calls to the server's `/api/v1`.
//!
//! Every call reports whether the server answered, so the app can show an honest
//! online/offline state even when the browser thinks it has a network.

use std::cell::{Cell, RefCell};

use dala_wire::{
    API_PREFIX, ApiError, AuditEntry, AuthoringCourse, BlobRef, CourseDraft, CoursePublished, CourseReport,
    CourseSummary, CreateCourse, DraftSaved, JoinRequest, LearnerRow, Manifest, Preview, PreviewRequest,
    PublishDraft, ReportFilter, SaveDraft, SharedCertificate, SignInRequest, SignInResponse, StoredDraft,
    Summary, Trust, UploadedImage, Verification, VerifyRequest, blob_path,
};
use gloo::net::http::{Request, RequestBuilder, Response};
use sha2::{Digest, Sha256};
use yew::Callback;

/// Why an API call failed.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiFailure {
    /// The server could not be reached: no network, or the server is down.
    Offline,
    /// The server answered with an error.
    Server { status: u16, error: Option<ApiError> },
    /// The bytes received do not match their SHA-256: a broken or tampered transfer.
    Integrity,
    /// The answer could not be read.
    Decode(String),
}

thread_local! {
    static REACHABILITY: RefCell<Option<Callback<bool>>> = const { RefCell::new(None) };
    static LANGUAGE: Cell<Option<&'static str>> = const { Cell::new(None) };
}

/// Registers the callback told, after every request, whether the server answered.
pub fn on_reachability(callback: Callback<bool>) {
    REACHABILITY.with(|r| *r.borrow_mut() = Some(callback));
}

/// Says which language the interface shows, so that every request after asks for it
/// (`Accept-Language`): the server's error messages and a draft's problems come back in it.
pub fn set_language(tag: &'static str) {
    LANGUAGE.with(|l| l.set(Some(tag)));
}

/// `builder` with the interface's language; before one is chosen, the browser's own header.
fn speaking(builder: RequestBuilder) -> RequestBuilder {
    match LANGUAGE.with(Cell::get) {
        Some(tag) => builder.header("Accept-Language", tag),
        None => builder,
    }
}

fn report(reachable: bool) {
    if let Some(callback) = REACHABILITY.with(|r| r.borrow().clone()) {
        callback.emit(reachable);
    }
}

async fn get(url: &str) -> Result<Response, ApiFailure> {
    checked(speaking(Request::get(url)).send().await).await
}

/// GETs with the session token.
async fn get_signed_in(url: &str, token: &str) -> Result<Response, ApiFailure> {
    checked(speaking(Request::get(url)).header("Authorization", &format!("Bearer {token}")).send().await)
        .await
}

/// POSTs `body` as JSON, with the session token if there is one.
async fn post<T: serde::Serialize>(url: &str, token: Option<&str>, body: &T) -> Result<Response, ApiFailure> {
    let mut request = speaking(Request::post(url));
    if let Some(token) = token {
        request = request.header("Authorization", &format!("Bearer {token}"));
    }
    let request = request.json(body).map_err(|e| ApiFailure::Decode(e.to_string()))?;
    checked(request.send().await).await
}

/// PUTs `body` as JSON with the session token.
async fn put<T: serde::Serialize>(url: &str, token: &str, body: &T) -> Result<Response, ApiFailure> {
    let request = speaking(Request::put(url))
        .header("Authorization", &format!("Bearer {token}"))
        .json(body)
        .map_err(|e| ApiFailure::Decode(e.to_string()))?;
    checked(request.send().await).await
}

async fn checked(sent: Result<Response, gloo::net::Error>) -> Result<Response, ApiFailure> {
    match sent {
        Ok(response) => {
            report(true);
            if response.ok() {
                Ok(response)
            } else {
                let status = response.status();
                Err(ApiFailure::Server { status, error: response.json::<ApiError>().await.ok() })
            }
        }
        Err(_) => {
            report(false);
            Err(ApiFailure::Offline)
        }
    }
}

async fn bytes(response: Response) -> Result<Vec<u8>, ApiFailure> {
    // A connection cut halfway through the body surfaces here, not at `send`.
    response.binary().await.map_err(|_| {
        report(false);
        ApiFailure::Offline
    })
}

/// `GET /api/v1/courses`.
pub async fn courses() -> Result<Vec<CourseSummary>, ApiFailure> {
    let body = bytes(get(&format!("{API_PREFIX}/courses")).await?).await?;
    serde_json::from_slice(&body).map_err(|e| ApiFailure::Decode(e.to_string()))
}

/// A course's current version as the server sent it.
#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    pub manifest: Manifest,
    pub sha256: String,
    /// The installation's signature of it (the `Dala-Signature` header), kept with the
    /// download so the course can be shared as a file later, with no network.
    pub seal: Option<String>,
}

fn seal_of(response: &Response) -> Option<String> {
    response.headers().get(dala_wire::MANIFEST_SIGNATURE_HEADER)
}

/// `GET /api/v1/courses/{slug}/manifest`, with the manifest's SHA-256 computed from the bytes
/// received (the server sends the canonical JSON the SHA-256 names).
pub async fn version(slug: &str) -> Result<Version, ApiFailure> {
    let response = get(&format!("{API_PREFIX}/courses/{slug}/manifest")).await?;
    let seal = seal_of(&response);
    let body = bytes(response).await?;
    let sha256 = hex::encode(Sha256::digest(&body));
    let manifest = serde_json::from_slice(&body).map_err(|e| ApiFailure::Decode(e.to_string()))?;
    Ok(Version { manifest, sha256, seal })
}

/// [`version`] without the signature: the manifest and its SHA-256.
pub async fn manifest(slug: &str) -> Result<(Manifest, String), ApiFailure> {
    version(slug).await.map(|v| (v.manifest, v.sha256))
}

async fn json<T: serde::de::DeserializeOwned>(response: Response) -> Result<T, ApiFailure> {
    let body = bytes(response).await?;
    serde_json::from_slice(&body).map_err(|e| ApiFailure::Decode(e.to_string()))
}

/// `POST /api/v1/sessions`.
pub async fn sign_in(login: &str, password: &str) -> Result<SignInResponse, ApiFailure> {
    let body = SignInRequest { login: login.to_owned(), password: password.to_owned() };
    json(post(&format!("{API_PREFIX}/sessions"), None, &body).await?).await
}

/// `POST /api/v1/join`.
pub async fn join(request: &JoinRequest) -> Result<SignInResponse, ApiFailure> {
    json(post(&format!("{API_PREFIX}/join"), None, request).await?).await
}

/// `GET /api/v1/trust`: the issuer's keys and revocation lists (public).
pub async fn trust() -> Result<Trust, ApiFailure> {
    json(get(&format!("{API_PREFIX}/trust")).await?).await
}

/// `POST /api/v1/devices`: the device's keys for the signed-in account.
pub async fn register_device(token: &str, keys: &dala_wire::DeviceKeys) -> Result<(), ApiFailure> {
    post(&format!("{API_PREFIX}/devices"), Some(token), keys).await.map(|_| ())
}

/// `POST /api/v1/progress/files` with a learner's progress file: a trainer imports it and gets
/// her return file.
pub async fn import_progress_file(
    token: &str,
    bytes: &[u8],
) -> Result<dala_wire::ImportedProgress, ApiFailure> {
    let body = js_sys::Uint8Array::from(bytes);
    let request = speaking(Request::post(&format!("{API_PREFIX}/progress/files")))
        .header("Authorization", &format!("Bearer {token}"))
        .header("Content-Type", "application/octet-stream")
        .body(body)
        .map_err(|e| ApiFailure::Decode(e.to_string()))?;
    json(checked(request.send().await).await?).await
}

/// `POST /api/v1/verify`: the issuer's verdict on a credential, with its latest revocations.
pub async fn verify(credential: &str) -> Result<Verification, ApiFailure> {
    let body = VerifyRequest { credential: credential.to_owned() };
    json(post(&format!("{API_PREFIX}/verify"), None, &body).await?).await
}

/// `GET /api/v1/certificates/{uuid}?key=…`: the certificate behind a QR code's address. Both
/// come from an address anyone may have typed, so they are escaped.
pub async fn shared_certificate(uuid: &str, key: &str) -> Result<SharedCertificate, ApiFailure> {
    let (uuid, key) = (js_sys::encode_uri_component(uuid), js_sys::encode_uri_component(key));
    json(get(&format!("{API_PREFIX}/certificates/{uuid}?key={key}")).await?).await
}

/// `GET /api/v1/certificates/{uuid}/pdf`: the learner's printable certificate. Anything but a
/// PDF (such as a Wi-Fi login page answering in the server's place) counts as damaged.
pub async fn certificate_pdf(token: &str, uuid: &str) -> Result<Vec<u8>, ApiFailure> {
    let uuid = js_sys::encode_uri_component(uuid);
    let url = format!("{API_PREFIX}/certificates/{uuid}/pdf");
    let body = bytes(get_signed_in(&url, token).await?).await?;
    if !body.starts_with(b"%PDF-") {
        return Err(ApiFailure::Integrity);
    }
    Ok(body)
}

/// `DELETE /api/v1/sessions/current`. Signing out works offline too: the token is forgotten
/// locally whatever the server says.
pub async fn sign_out(token: &str) -> Result<(), ApiFailure> {
    let request = speaking(Request::delete(&format!("{API_PREFIX}/sessions/current")))
        .header("Authorization", &format!("Bearer {token}"));
    checked(request.send().await).await.map(|_| ())
}

/// `GET /api/v1/blobs/{sha256}`, verified against its name.
pub async fn blob(blob: &BlobRef) -> Result<Vec<u8>, ApiFailure> {
    let body = bytes(get(&blob_path(&blob.sha256)).await?).await?;
    if hex::encode(Sha256::digest(&body)) != blob.sha256 {
        return Err(ApiFailure::Integrity);
    }
    Ok(body)
}

/// A slug as a path segment (slugs are checked by the server; escaping keeps a typo harmless).
fn segment(slug: &str) -> String {
    String::from(js_sys::encode_uri_component(slug))
}

/// `GET /api/v1/authoring/courses`: the courses this account may edit.
pub async fn authoring_courses(token: &str) -> Result<Vec<AuthoringCourse>, ApiFailure> {
    json(get_signed_in(&format!("{API_PREFIX}/authoring/courses"), token).await?).await
}

/// `POST /api/v1/organizations/{id}/courses`: a new course with its first draft.
pub async fn create_course(
    token: &str,
    organization: &str,
    draft: &CourseDraft,
) -> Result<StoredDraft, ApiFailure> {
    let url = format!("{API_PREFIX}/organizations/{}/courses", segment(organization));
    json(post(&url, Some(token), &CreateCourse { draft: draft.clone() }).await?).await
}

/// `GET /api/v1/courses/{slug}/draft`.
pub async fn draft(token: &str, slug: &str) -> Result<StoredDraft, ApiFailure> {
    json(get_signed_in(&format!("{API_PREFIX}/courses/{}/draft", segment(slug)), token).await?).await
}

/// `PUT /api/v1/courses/{slug}/draft`: refused with `draft_conflict` if someone saved since
/// `base_revision`.
pub async fn save_draft(
    token: &str,
    base_revision: u64,
    draft: &CourseDraft,
) -> Result<DraftSaved, ApiFailure> {
    let url = format!("{API_PREFIX}/courses/{}/draft", segment(&draft.slug));
    json(put(&url, token, &SaveDraft { base_revision, draft: draft.clone() }).await?).await
}

/// `POST /api/v1/courses/{slug}/publish`.
pub async fn publish(token: &str, slug: &str, revision: u64) -> Result<CoursePublished, ApiFailure> {
    let url = format!("{API_PREFIX}/courses/{}/publish", segment(slug));
    json(post(&url, Some(token), &PublishDraft { revision }).await?).await
}

/// `POST /api/v1/courses/{slug}/preview`: the lesson as publishing renders it.
pub async fn preview(token: &str, slug: &str, request: &PreviewRequest) -> Result<Preview, ApiFailure> {
    json(post(&format!("{API_PREFIX}/courses/{}/preview", segment(slug)), Some(token), request).await?).await
}

/// `POST /api/v1/courses/{slug}/images?name=…&alt=…` with the file's bytes.
pub async fn upload_image(
    token: &str,
    slug: &str,
    name: &str,
    alt: &str,
    bytes: &[u8],
) -> Result<UploadedImage, ApiFailure> {
    let url =
        format!("{API_PREFIX}/courses/{}/images?name={}&alt={}", segment(slug), segment(name), segment(alt));
    let body = js_sys::Uint8Array::from(bytes);
    let request = speaking(Request::post(&url))
        .header("Authorization", &format!("Bearer {token}"))
        .header("Content-Type", "application/octet-stream")
        .body(body)
        .map_err(|e| ApiFailure::Decode(e.to_string()))?;
    json(checked(request.send().await).await?).await
}

/// A report's filters as a query string (`?organization=…&course=…`), empty when there are none.
fn filter_query(filter: &ReportFilter, first: &[(&str, &str)]) -> String {
    let given = [
        ("organization", &filter.organization),
        ("course", &filter.course),
        ("from", &filter.from),
        ("to", &filter.to),
    ];
    let pairs: Vec<String> = first
        .iter()
        .copied()
        .chain(given.iter().filter_map(|(name, value)| value.as_deref().map(|v| (*name, v))))
        .map(|(name, value)| format!("{name}={}", segment(value)))
        .collect();
    if pairs.is_empty() { String::new() } else { format!("?{}", pairs.join("&")) }
}

/// `GET /api/v1/reports/summary`: the dashboard's counts per organization, course and month.
pub async fn report_summary(token: &str, filter: &ReportFilter) -> Result<Summary, ApiFailure> {
    let url = format!("{API_PREFIX}/reports/summary{}", filter_query(filter, &[]));
    json(get_signed_in(&url, token).await?).await
}

/// `GET /api/v1/reports/courses/{slug}`: one course's funnel and question difficulty.
pub async fn course_report(
    token: &str,
    slug: &str,
    filter: &ReportFilter,
) -> Result<CourseReport, ApiFailure> {
    let url = format!("{API_PREFIX}/reports/courses/{}{}", segment(slug), filter_query(filter, &[]));
    json(get_signed_in(&url, token).await?).await
}

/// `GET /api/v1/reports/export?table=…`: one table as CSV (the server writes it to the audit log).
pub async fn export_report(token: &str, table: &str, filter: &ReportFilter) -> Result<Vec<u8>, ApiFailure> {
    let url = format!("{API_PREFIX}/reports/export{}", filter_query(filter, &[("table", table)]));
    bytes(get_signed_in(&url, token).await?).await
}

/// `GET /api/v1/organizations/{id}/learners`: the organization's learners, one by one (the
/// server writes the request to the audit log).
pub async fn organization_learners(
    token: &str,
    organization: &str,
    filter: &ReportFilter,
) -> Result<Vec<LearnerRow>, ApiFailure> {
    let url =
        format!("{API_PREFIX}/organizations/{}/learners{}", segment(organization), filter_query(filter, &[]));
    json(get_signed_in(&url, token).await?).await
}

/// `GET /api/v1/audit`: the newest entries of the audit log (the superadmin's).
pub async fn audit_log(token: &str) -> Result<Vec<AuditEntry>, ApiFailure> {
    json(get_signed_in(&format!("{API_PREFIX}/audit"), token).await?).await
}

// ---- Running an organization (issue 15): join codes, members, courses, certificates, the
// superadmin's organizations and password resets. ----

/// DELETEs with the session token; the answer's body, if any, is left unread.
async fn delete_signed_in(url: &str, token: &str) -> Result<Response, ApiFailure> {
    checked(speaking(Request::delete(url)).header("Authorization", &format!("Bearer {token}")).send().await)
        .await
}

/// `GET /api/v1/organizations/{id}/join-codes`: the organization's codes, newest first.
pub async fn join_codes(token: &str, organization: &str) -> Result<Vec<dala_wire::JoinCodeInfo>, ApiFailure> {
    let url = format!("{API_PREFIX}/organizations/{}/join-codes", segment(organization));
    json(get_signed_in(&url, token).await?).await
}

/// `POST /api/v1/organizations/{id}/join-codes`: a new code, shown this once.
pub async fn create_join_code(
    token: &str,
    organization: &str,
    request: &dala_wire::CreateJoinCode,
) -> Result<dala_wire::JoinCodeCreated, ApiFailure> {
    let url = format!("{API_PREFIX}/organizations/{}/join-codes", segment(organization));
    json(post(&url, Some(token), request).await?).await
}

/// `DELETE /api/v1/organizations/{id}/join-codes/{code_id}`: ends a code.
pub async fn end_join_code(token: &str, organization: &str, code_id: &str) -> Result<(), ApiFailure> {
    let url = format!("{API_PREFIX}/organizations/{}/join-codes/{}", segment(organization), segment(code_id));
    delete_signed_in(&url, token).await.map(|_| ())
}

/// `GET /api/v1/organizations/{id}/questions?offset=N`: the trainers' inbox, one page.
pub async fn questions(
    token: &str,
    organization: &str,
    offset: u64,
) -> Result<dala_wire::InboxPage, ApiFailure> {
    let url = format!("{API_PREFIX}/organizations/{}/questions?offset={offset}", segment(organization));
    json(get_signed_in(&url, token).await?).await
}

/// `GET /api/v1/organizations/{id}/members`: everyone with a role in it.
pub async fn members(token: &str, organization: &str) -> Result<Vec<dala_wire::Member>, ApiFailure> {
    let url = format!("{API_PREFIX}/organizations/{}/members", segment(organization));
    json(get_signed_in(&url, token).await?).await
}

/// `GET /api/v1/organizations/{id}/courses`: the courses its learners have or can be given.
pub async fn organization_courses(
    token: &str,
    organization: &str,
) -> Result<Vec<dala_wire::OrganizationCourse>, ApiFailure> {
    let url = format!("{API_PREFIX}/organizations/{}/courses", segment(organization));
    json(get_signed_in(&url, token).await?).await
}

/// `POST /api/v1/organizations/{id}/enrollments`: gives members a course.
pub async fn enroll_members(
    token: &str,
    organization: &str,
    request: &dala_wire::EnrollMembers,
) -> Result<dala_wire::EnrollmentsMade, ApiFailure> {
    let url = format!("{API_PREFIX}/organizations/{}/enrollments", segment(organization));
    json(post(&url, Some(token), request).await?).await
}

/// `GET /api/v1/organizations`: every organization (the superadmin's).
pub async fn organizations(token: &str) -> Result<Vec<dala_wire::OrganizationListing>, ApiFailure> {
    json(get_signed_in(&format!("{API_PREFIX}/organizations"), token).await?).await
}

/// `POST /api/v1/organizations`: a new organization (the superadmin's).
pub async fn create_organization(token: &str, name: &str) -> Result<dala_wire::Organization, ApiFailure> {
    let body = dala_wire::CreateOrganization { name: name.to_owned() };
    json(post(&format!("{API_PREFIX}/organizations"), Some(token), &body).await?).await
}

/// `POST /api/v1/users/{id}/password-reset`: a one-time code for the account, shown this once.
pub async fn issue_password_reset(
    token: &str,
    user_id: &str,
) -> Result<dala_wire::PasswordResetIssued, ApiFailure> {
    let url = format!("{API_PREFIX}/users/{}/password-reset", segment(user_id));
    json(post(&url, Some(token), &serde_json::json!({})).await?).await
}

/// `POST /api/v1/password-reset`: a new password with the code; the answer signs in.
pub async fn reset_password(request: &dala_wire::PasswordResetRequest) -> Result<SignInResponse, ApiFailure> {
    json(post(&format!("{API_PREFIX}/password-reset"), None, request).await?).await
}

/// `DELETE /api/v1/users/{id}/sessions`: ends every session of the account.
pub async fn end_sessions(token: &str, user_id: &str) -> Result<dala_wire::SessionsRevoked, ApiFailure> {
    let url = format!("{API_PREFIX}/users/{}/sessions", segment(user_id));
    json(delete_signed_in(&url, token).await?).await
}

/// `POST /api/v1/courses/{slug}/archive`: hides a course from the catalog, or shows it again.
pub async fn archive_course(token: &str, slug: &str, archived: bool) -> Result<(), ApiFailure> {
    let url = format!("{API_PREFIX}/courses/{}/archive", segment(slug));
    post(&url, Some(token), &dala_wire::ArchiveCourse { archived }).await.map(|_| ())
}

/// `GET /api/v1/organizations/{id}/certificates`: the organization's certificates (administrators).
pub async fn organization_certificates(
    token: &str,
    organization: &str,
) -> Result<Vec<dala_wire::CertificateRecord>, ApiFailure> {
    let url = format!("{API_PREFIX}/organizations/{}/certificates", segment(organization));
    json(get_signed_in(&url, token).await?).await
}

/// `POST /api/v1/certificates/{uuid}/revocation`: revokes a certificate, with the reason shown to
/// whoever verifies it.
pub async fn revoke_certificate(
    token: &str,
    uuid: &str,
    reason: &str,
) -> Result<dala_wire::CertificateRecord, ApiFailure> {
    let url = format!("{API_PREFIX}/certificates/{}/revocation", segment(uuid));
    json(post(&url, Some(token), &dala_wire::RevokeCertificate { reason: reason.to_owned() }).await?).await
}

/// `GET /healthz`: whether the server answers at all. While the app counts as offline it asks
/// now and then, so the header says "Online" as soon as the server is back, not at the next
/// sync (every answer reports the server reachable, see [`on_reachability`]).
pub async fn probe() -> bool {
    get("/healthz").await.is_ok()
}

/// `GET /api/v1/me`: the signed-in account as the server knows it now (its roles and
/// enrollments change when a trainer gives a course or an administrator an invitation).
pub async fn me(token: &str) -> Result<dala_wire::Me, ApiFailure> {
    json(get_signed_in(&format!("{API_PREFIX}/me"), token).await?).await
}

// ---- Compact sync (issue 16): the sync body gzipped by the browser, the answer as changes. ----

/// `POST /api/v1/progress/compact`, the body gzipped (`Content-Encoding: gzip`) where the
/// browser can, plain JSON elsewhere.
pub async fn compact_sync(
    token: &str,
    request: &dala_wire::CompactSyncRequest,
) -> Result<dala_wire::CompactSyncResponse, ApiFailure> {
    let plain = serde_json::to_vec(request).map_err(|e| ApiFailure::Decode(e.to_string()))?;
    let mut builder = speaking(Request::post(&format!("{API_PREFIX}/progress/compact")))
        .header("Authorization", &format!("Bearer {token}"))
        .header("Content-Type", "application/json");
    let body = match crate::gzip::gzip(&plain).await {
        Some(compressed) => {
            builder = builder.header("Content-Encoding", "gzip");
            compressed
        }
        None => plain,
    };
    let request =
        builder.body(js_sys::Uint8Array::from(&body[..])).map_err(|e| ApiFailure::Decode(e.to_string()))?;
    json(checked(request.send().await).await?).await
}

// ---- Course updates and downloads that survive a bad link (issue 16) ----

/// `GET /api/v1/courses/{slug}/manifest?since=…`: the current manifest of a course this device
/// holds in version `held` (SHA-256 `held_sha256`), moving only what changed. The server answers
/// a [`ManifestDelta`] when it knows that version; the result is serialised as the server does
/// and kept only if its SHA-256 is the one the delta names, else the whole manifest is fetched.
/// A server that does not know the version (or an older server) sends the whole manifest.
pub async fn version_since(slug: &str, held: &Manifest, held_sha256: &str) -> Result<Version, ApiFailure> {
    let response = get(&format!("{API_PREFIX}/courses/{slug}/manifest?since={held_sha256}")).await?;
    let is_delta =
        response.headers().get("content-type").is_some_and(|t| t.starts_with(dala_wire::MANIFEST_DELTA_TYPE));
    let seal = seal_of(&response);
    let body = bytes(response).await?;
    if !is_delta {
        let sha256 = hex::encode(Sha256::digest(&body));
        let manifest = serde_json::from_slice(&body).map_err(|e| ApiFailure::Decode(e.to_string()))?;
        return Ok(Version { manifest, sha256, seal });
    }
    let delta: dala_wire::ManifestDelta =
        serde_json::from_slice(&body).map_err(|e| ApiFailure::Decode(e.to_string()))?;
    if delta.base == held_sha256
        && let Some(manifest) = delta.apply(held)
        && let Ok(json) = serde_json::to_vec(&manifest)
        && hex::encode(Sha256::digest(&json)) == delta.sha256
    {
        // The signature is of the version the delta makes.
        return Ok(Version { manifest, sha256: delta.sha256, seal });
    }
    // A delta that does not make the version it names is never kept.
    version(slug).await
}

/// Requests in a row that bring no new byte before a blob download gives up (and the course
/// download stops, to resume later). A bad link often breaks several kept-alive connections
/// at once, each failing the next request on it, so one failure is not the end; a browser
/// that knows it is offline gives up at once.
const STALLED_ATTEMPTS: i32 = 8;

/// `GET /api/v1/blobs/{sha256}` that survives a connection cut halfway: the bytes that
/// arrived are kept and the rest is asked for with `Range` (RFC 9110 §14, `If-Range` naming the
/// blob, so a range of anything else is never joined on). A text blob sent compressed is
/// fetched again whole instead: its rest would come uncompressed, costing more than the part
/// lost. `on_bytes` is told how many bytes of the blob are in; the whole is checked against
/// its SHA-256.
pub async fn blob_resuming(blob: &BlobRef, on_bytes: &dyn Fn(u64)) -> Result<Vec<u8>, ApiFailure> {
    let url = blob_path(&blob.sha256);
    let mut received: Vec<u8> = Vec::new();
    let (mut stalled, mut first) = (0, true);
    loop {
        let before = received.len();
        let mut request = speaking(Request::get(&url));
        if !first {
            // Asked of the server itself: a cache holding a cut copy has no say.
            request = request.cache(web_sys::RequestCache::NoStore);
        }
        if !received.is_empty() {
            request = request
                .header("Range", &format!("bytes={}-", received.len()))
                .header("If-Range", &format!("\"{}\"", blob.sha256));
        }
        first = false;
        let finished = match request.send().await {
            Err(_) => false,
            Ok(response) => {
                report(true);
                let status = response.status();
                let content_range = response.headers().get("content-range").unwrap_or_default();
                if status == 206 && !content_range.starts_with(&format!("bytes {}-", received.len())) {
                    // Not the rest of what arrived: start again.
                    received.clear();
                    false
                } else if status != 206 && !response.ok() {
                    let error = response.json::<ApiError>().await.ok();
                    return Err(ApiFailure::Server { status, error });
                } else {
                    if status != 206 {
                        received.clear();
                    }
                    let encoded = response.headers().get("content-encoding").is_some_and(|e| e != "identity");
                    let done = read_body(&response, &mut received, blob.bytes, on_bytes).await?;
                    if !done && encoded {
                        received.clear();
                    }
                    done
                }
            }
        };
        if finished {
            break;
        }
        if received.len() > before {
            stalled = 0;
        } else {
            stalled += 1;
            let offline = !gloo::utils::window().navigator().on_line();
            if stalled >= STALLED_ATTEMPTS || offline {
                report(false);
                return Err(ApiFailure::Offline);
            }
            pause((250 * stalled).min(2000)).await;
        }
    }
    if hex::encode(Sha256::digest(&received)) != blob.sha256 {
        return Err(ApiFailure::Integrity);
    }
    Ok(received)
}

/// Reads a body into `into` as it arrives: `Ok(true)` when it ended, `Ok(false)` when the
/// connection broke first (what arrived stays in `into`); more than `limit` bytes in all is
/// [`ApiFailure::Integrity`].
async fn read_body(
    response: &Response,
    into: &mut Vec<u8>,
    limit: u64,
    on_bytes: &dyn Fn(u64),
) -> Result<bool, ApiFailure> {
    use wasm_bindgen::JsCast;
    let Some(stream) = response.body() else { return Ok(true) };
    let reader: web_sys::ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    loop {
        let Ok(chunk) = wasm_bindgen_futures::JsFuture::from(reader.read()).await else {
            return Ok(false);
        };
        let done =
            js_sys::Reflect::get(&chunk, &"done".into()).ok().and_then(|d| d.as_bool()).unwrap_or(true);
        if done {
            return Ok(true);
        }
        let Ok(value) = js_sys::Reflect::get(&chunk, &"value".into()) else { return Ok(false) };
        into.extend(js_sys::Uint8Array::new(&value).to_vec());
        if into.len() as u64 > limit {
            into.clear();
            return Err(ApiFailure::Integrity);
        }
        on_bytes(into.len() as u64);
    }
}

async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// `GET /api/v1/blobs/{sha256}?from={old}`: a blob the device probably holds an earlier form of
/// (`old_bytes`, the same lesson in the version held). The server may answer a patch
/// (`{prefix} {suffix}\n` and the bytes between, see the server's `blobs` module), which is
/// joined to the old bytes; the result, patched or not, is checked against the blob's SHA-256,
/// and anything else falls back to [`blob_resuming`].
pub async fn blob_patched(
    blob: &BlobRef,
    old: &str,
    old_bytes: &[u8],
    on_bytes: &dyn Fn(u64),
) -> Result<Vec<u8>, ApiFailure> {
    let url = format!("{}?from={old}", blob_path(&blob.sha256));
    if let Ok(response) = get(&url).await {
        let is_patch =
            response.headers().get("content-type").is_some_and(|t| t == dala_wire::BLOB_PATCH_TYPE);
        if let Ok(body) = response.binary().await {
            let joined = if is_patch { join_patch(old_bytes, &body) } else { Some(body) };
            if let Some(bytes) = joined.filter(|b| hex::encode(Sha256::digest(b)) == blob.sha256) {
                on_bytes(bytes.len() as u64);
                return Ok(bytes);
            }
        }
    }
    blob_resuming(blob, on_bytes).await
}

/// `old` with a patch applied, or `None` if the patch does not fit it.
fn join_patch(old: &[u8], patch: &[u8]) -> Option<Vec<u8>> {
    let line_end = patch.iter().position(|b| *b == b'\n')?;
    let line = std::str::from_utf8(&patch[..line_end]).ok()?;
    let (prefix, suffix) = line.split_once(' ')?;
    let (prefix, suffix): (usize, usize) = (prefix.parse().ok()?, suffix.parse().ok()?);
    if prefix.checked_add(suffix)? > old.len() {
        return None;
    }
    Some([&old[..prefix], &patch[line_end + 1..], &old[old.len() - suffix..]].concat())
}

/// `GET /locales/{tag}.ftl?v={version}`: the interface's messages in one language (`default`:
/// the installation's default) and the language they are in (`Content-Language`). The service
/// worker answers from its cache when it has the file, so the outcome says nothing about whether
/// the server can be reached and is not reported as such.
pub async fn messages(tag: &str, version: &str) -> Result<(String, String), ApiFailure> {
    let response = Request::get(&format!("/locales/{tag}.ftl?v={version}"))
        .send()
        .await
        .map_err(|_| ApiFailure::Offline)?;
    if !response.ok() {
        return Err(ApiFailure::Server { status: response.status(), error: None });
    }
    let language = response.headers().get("content-language").unwrap_or_else(|| tag.to_owned());
    let text = response.text().await.map_err(|_| ApiFailure::Offline)?;
    Ok((language, text))
}
