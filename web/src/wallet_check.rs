//! The check of a certificate in the wallet form (Open Badges 3.0 JSON-LD with a Data Integrity
//! proof, `dala_badge`) on this device, with no network.
//!
//! Its JSON-LD reading and RDF canonicalization weigh about 100 KB (brotli), more than a third of
//! the verify page's app, and most visitors never need them: the JWT form is checked by
//! `dala_credential`, and the wallet form at the issuer's server while it answers. So the checker
//! is an app of its own (`src/bin/dala-wallet-check.rs`, the `wallet-check` bundle), loaded on
//! demand into a hidden frame of the same origin and asked by message: [`check`] on the verify
//! page's side, [`answer`] on the checker's. The service worker keeps it once used, like the other
//! bundles; after a wallet form was checked at the server, the verify page loads it in the
//! background ([`warm`]), so the next check works offline.
//!
//! [`answer`] and `dala_badge` exist only with the feature `wallet-check`, which only the
//! checker's build turns on (`cargo xtask build-web`).

use std::cell::RefCell;
use std::rc::Rc;

#[cfg(feature = "wallet-check")]
use dala_credential::StatusList;
use dala_wire::{Trust, Verification};
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};

use crate::failure::Failure;

/// The checker's page (`dala_wire::bundles::Bundle::WalletCheck`).
const PAGE: &str = "/wallet-check";
/// How long the checker may take to load and answer before the check gives up (an old phone
/// compiling the module, or a device that never loaded it and is offline).
const TIMEOUT_MS: u32 = 15_000;

/// What the checker says once it is loaded and listens.
pub const READY: &str = "ready";

/// A credential to check, with the trust data the asking page holds. The checker answers with
/// the JSON of a [`Verification`]. (Plain messages: an enum tagged in JSON would cost the verify
/// page's app kilobytes of deserializer.)
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CheckRequest {
    pub text: String,
    pub trust: Trust,
}

/// The checker's side: the reply to one message (`None`: nothing to answer).
#[cfg(feature = "wallet-check")]
pub fn answer(message: &str) -> Option<String> {
    let CheckRequest { text, trust } = serde_json::from_slice(message.as_bytes()).ok()?;
    // A list whose signature fails is left out, as for the JWT form: "revocation unchecked",
    // never "not revoked".
    let lists: Vec<StatusList> =
        trust.status_lists.iter().filter_map(|jwt| StatusList::from_jwt(jwt, &trust.jwks).ok()).collect();
    serde_json::to_string(&dala_badge::verify_offline(&text, &trust.jwks, &lists)).ok()
}

/// The verify page's side: checks `text` in the checker, loading it into a hidden frame.
/// [`Failure::WalletFormOffline`] when the checker cannot be loaded (offline on a device that
/// never loaded it) or does not answer in time.
pub async fn check(text: &str, trust: &Trust) -> Result<Verification, Failure> {
    let request = serde_json::to_string(&CheckRequest { text: text.to_owned(), trust: trust.clone() })
        .map_err(|_| Failure::WalletFormOffline)?;
    let reply = ask(Some(request)).await.ok_or(Failure::WalletFormOffline)?;
    serde_json::from_slice(reply.as_bytes()).map_err(|_| Failure::WalletFormOffline)
}

/// Loads the checker once in the background, so that the service worker keeps it for a check
/// with no network later.
pub async fn warm() {
    let _ = ask(None).await;
}

/// Opens the checker in a hidden frame, sends `request` once it is ready (none: only waits for
/// it to be ready), and returns its answer; the frame is removed after.
async fn ask(request: Option<String>) -> Option<String> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let origin = window.location().origin().ok()?;
    let frame: web_sys::HtmlIFrameElement = document.create_element("iframe").ok()?.dyn_into().ok()?;
    frame.set_src(PAGE);
    frame.set_hidden(true);
    // Nothing in it to read or reach: out of the accessibility tree and the tab order.
    let _ = frame.set_attribute("aria-hidden", "true");
    let _ = frame.set_attribute("tabindex", "-1");
    let resolve: Rc<RefCell<Option<js_sys::Function>>> = Rc::new(RefCell::new(None));
    let promise = {
        let resolve = resolve.clone();
        js_sys::Promise::new(&mut move |ok, _| *resolve.borrow_mut() = Some(ok))
    };
    let settle = {
        let resolve = resolve.clone();
        move |value: &str| {
            if let Some(resolve) = resolve.borrow_mut().take() {
                let _ = resolve.call1(&JsValue::NULL, &JsValue::from_str(value));
            }
        }
    };
    let listener = {
        let (frame, origin, settle) = (frame.clone(), origin.clone(), settle.clone());
        gloo::events::EventListener::new(&window, "message", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
            let from_frame = frame.content_window().is_some_and(|own| {
                event.source().is_some_and(|source| JsValue::from(source) == JsValue::from(own))
            });
            let Some(data) = event.data().as_string() else { return };
            if event.origin() != origin || !from_frame {
                return;
            }
            match (data.as_str(), &request) {
                (READY, Some(request)) => {
                    if let Some(target) = frame.content_window() {
                        let _ = target.post_message(&JsValue::from_str(request), &origin);
                    }
                }
                _ => settle(&data),
            }
        })
    };
    let timeout = gloo::timers::callback::Timeout::new(TIMEOUT_MS, move || settle(""));
    document.body()?.append_child(&frame).ok()?;
    let reply = wasm_bindgen_futures::JsFuture::from(promise).await.ok().and_then(|v| v.as_string());
    drop((listener, timeout));
    frame.remove();
    reply.filter(|reply| !reply.is_empty())
}
