//! One of the learner's certificates: what it states, the verdict of the check on this device
//! with the age of its list of withdrawn certificates, the downloads (PDF, the signed JWT and
//! JSON "for other systems", and the wallet form "for a digital wallet": technical names only in
//! a folded help text) and the addresses to share (the check, and the wallet form's link with its
//! QR code, drawn from the modules the server sent). Everything but the first PDF download works
//! offline.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::certificates::{self, Certificate, Checked, CheckedBy};
use crate::components::notice::{FailureNotice, Loading};
use crate::components::qr::{self, Qr};
use crate::components::use_title;
use crate::components::verdict::{credential_facts, list_age, verdict};
use crate::failure::Failure;
use crate::i18n::use_i18n;
use crate::sync::SyncStatus;

#[derive(Properties, PartialEq)]
pub struct CertificatePageProps {
    /// The certificate's uuid (its id without `urn:uuid:`).
    pub id: String,
}

/// The PDF as this page knows it.
#[derive(Debug, Clone, PartialEq)]
enum Pdf {
    /// Looking in storage.
    Unknown,
    /// Not on this device yet: fetched when the learner asks.
    NotStored,
    Fetching,
    /// On this device; `open` when just fetched, so the download starts without a second tap.
    Stored {
        bytes: Rc<Vec<u8>>,
        open: bool,
    },
}

#[function_component(CertificatePage)]
pub fn certificate_page(props: &CertificatePageProps) -> Html {
    let i18n = use_i18n();
    let certificate = use_state(|| None::<Result<Certificate, Failure>>);
    let pdf = use_state(|| Pdf::Unknown);
    let pdf_failure = use_state(|| None::<Failure>);
    // Checked again after every sync: it may have brought a new revocation list.
    let last_sync = use_context::<SyncStatus>().and_then(|s| s.state.last_success).map(f64::to_bits);
    {
        let certificate = certificate.clone();
        use_effect_with((props.id.clone(), last_sync), move |(id, _)| {
            let id = id.clone();
            wasm_bindgen_futures::spawn_local(
                async move { certificate.set(Some(certificates::get(&id).await)) },
            );
        });
    }
    {
        let pdf = pdf.clone();
        use_effect_with(props.id.clone(), move |id| {
            let id = id.clone();
            pdf.set(Pdf::Unknown);
            wasm_bindgen_futures::spawn_local(async move {
                pdf.set(match certificates::stored_pdf(&id).await {
                    Some(bytes) => Pdf::Stored { bytes: Rc::new(bytes), open: false },
                    None => Pdf::NotStored,
                });
            });
        });
    }
    let title = match &*certificate {
        Some(Ok(c)) => c.course_title().to_owned(),
        _ => i18n.t("certificate-title"),
    };
    use_title(title);
    let on_pdf = {
        let (id, pdf, pdf_failure) = (props.id.clone(), pdf.clone(), pdf_failure.clone());
        Callback::from(move |_| {
            let (id, pdf, pdf_failure) = (id.clone(), pdf.clone(), pdf_failure.clone());
            pdf_failure.set(None);
            pdf.set(Pdf::Fetching);
            wasm_bindgen_futures::spawn_local(async move {
                match certificates::pdf(&id).await {
                    Ok(bytes) => pdf.set(Pdf::Stored { bytes: Rc::new(bytes), open: true }),
                    Err(failure) => {
                        pdf.set(Pdf::NotStored);
                        pdf_failure.set(Some(failure));
                    }
                }
            });
        })
    };

    let certificate = match &*certificate {
        None => return html! { <Loading /> },
        Some(Err(failure)) => return html! { <FailureNotice failure={failure.clone()} /> },
        Some(Ok(certificate)) => certificate,
    };
    let uuid = certificate.uuid();
    let jwt = &certificate.issued.jwt;
    let (status, list_age) = match &certificate.check {
        // A learner's own certificate is always checked here, with what sync last brought.
        Some(Checked { verification, by: CheckedBy::Device { checked_at } }) => {
            (verdict(&i18n, "certificate", verification), list_age(&i18n, verification, *checked_at))
        }
        _ => (
            html! {
                <div class="verdict verdict-unchecked">
                    <p id="certificate-status" class="verdict-status" data-status="unchecked">
                        { i18n.t("verdict-unchecked") }
                    </p>
                </div>
            },
            i18n.t("certificate-no-trust"),
        ),
    };
    // One place builds every download link: one copy of the component's props code.
    let link =
        |id: &'static str, label: String, content: Rc<Vec<u8>>, media_type: &'static str, open: bool| {
            // `certificate-….pdf`, `.jwt`, `.json`; the wallet's is JSON too, named apart.
            let filename = match id.trim_start_matches("download-") {
                "wallet" => format!("certificate-{uuid}-wallet.json"),
                extension => format!("certificate-{uuid}.{extension}"),
            };
            html! {
                <BlobDownload key={id} {id} {content} {media_type} {filename} {label} {open} />
            }
        };
    let wallet = &certificate.issued.wallet;
    let pdf_control = match &*pdf {
        Pdf::Stored { bytes, open } => {
            link("download-pdf", i18n.t("download-pdf"), bytes.clone(), "application/pdf", *open)
        }
        Pdf::Unknown | Pdf::NotStored | Pdf::Fetching => html! {
            <button id="download-pdf" class="download" onclick={on_pdf}
                disabled={matches!(*pdf, Pdf::Unknown | Pdf::Fetching)} aria-describedby="pdf-note">
                { if *pdf == Pdf::Fetching { i18n.t("download-pdf-fetching") } else { i18n.t("download-pdf") } }
            </button>
        },
    };
    html! {
        <article class="certificate">
            <p class="crumbs"><Link<Route> to={Route::Certificates}>{ i18n.t("certificates-title") }</Link<Route>></p>
            <h1>{ i18n.t("certificate-title") }</h1>
            if let Some(summary) = &certificate.summary {
                { credential_facts(&i18n, "certificate", summary) }
            }
            <section aria-labelledby="certificate-status-heading">
                <h2 id="certificate-status-heading">{ i18n.t("certificate-status-heading") }</h2>
                { status }
                <p id="certificate-list-age">{ list_age }</p>
            </section>
            <section aria-labelledby="downloads-heading">
                <h2 id="downloads-heading">{ i18n.t("certificate-downloads") }</h2>
                <ul class="downloads">
                    <li>{ pdf_control }</li>
                    <li>{ link("download-jwt", i18n.t("download-jwt"), Rc::new(jwt.as_bytes().to_vec()),
                        dala_credential::MEDIA_TYPE, false) }</li>
                    <li>{ link("download-json", i18n.t("download-json"),
                        Rc::new(certificates::json_file(jwt).into_bytes()), "application/json", false) }</li>
                    // Kept on the device since the sync that brought it (a certificate from before
                    // gets it at the next sync).
                    if !wallet.is_empty() {
                        <li>{ link("download-wallet", i18n.t("download-wallet"),
                            Rc::new(wallet.as_bytes().to_vec()), "application/json", false) }</li>
                    }
                </ul>
                <p id="pdf-note" class="hint">{ i18n.t("certificate-pdf-note") }</p>
                // The technical names, for whoever feeds the files to another system.
                <details id="certificate-files-help" class="help-details">
                    <summary>{ i18n.t("certificate-files-what") }</summary>
                    <p>{ i18n.t("certificate-files-explain") }</p>
                </details>
                if let Some(failure) = &*pdf_failure { <FailureNotice failure={failure.clone()} /> }
            </section>
            <section aria-labelledby="share-heading">
                <h2 id="share-heading">{ i18n.t("certificate-share-heading") }</h2>
                <p>{ i18n.t("certificate-share-text") }</p>
                <p class="verify-url"><a id="certificate-verify-url" href={certificate.issued.verify_url.clone()}>
                    { &certificate.issued.verify_url }
                </a></p>
                if !certificate.issued.wallet_url.is_empty() {
                    <p>{ i18n.t("certificate-wallet-link-text") }</p>
                    <p class="verify-url"><a id="certificate-wallet-url" href={certificate.issued.wallet_url.clone()}>
                        { &certificate.issued.wallet_url }
                    </a></p>
                    if let Some(drawing) = certificate.issued.wallet_qr.as_ref().and_then(qr::from_modules) {
                        <p id="certificate-wallet-qr-hint" class="hint">{ i18n.t("certificate-wallet-qr-hint") }</p>
                        <Qr id="certificate-wallet-qr" title={i18n.t("certificate-wallet-qr")} {drawing} />
                    }
                }
            </section>
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct BlobDownloadProps {
    id: AttrValue,
    content: Rc<Vec<u8>>,
    media_type: AttrValue,
    filename: String,
    label: String,
    /// Start the download as soon as the link appears.
    #[prop_or_default]
    open: bool,
}

/// A link that downloads bytes held in memory, through an object URL that lives as long as the
/// link. The content of one link never changes: a new content needs a new `key`.
#[function_component(BlobDownload)]
fn blob_download(props: &BlobDownloadProps) -> Html {
    let url = use_state(|| certificates::download_url(&props.content, &props.media_type));
    let link = use_node_ref();
    {
        let (url, link, open) = ((*url).clone(), link.clone(), props.open);
        use_effect_with((), move |_| {
            if open && let Some(link) = link.cast::<web_sys::HtmlElement>() {
                link.click();
            }
            move || {
                if let Some(url) = url {
                    certificates::release_url(&url);
                }
            }
        });
    }
    html! {
        <a ref={link} id={props.id.clone()} class="download" href={(*url).clone()} download={props.filename.clone()}
            type={props.media_type.clone()}>
            { &props.label }
        </a>
    }
}
