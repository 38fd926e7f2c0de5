//! The wallet form's checker, which the verify page loads on demand into a hidden frame
//! (`dala_web::wallet_check`): it says it is ready, then answers each check its parent page
//! (same origin only) sends.

use dala_web::wallet_check;
use wasm_bindgen::{JsCast, JsValue};

fn main() {
    let Some(window) = web_sys::window() else { return };
    let Ok(origin) = window.location().origin() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    let listener = {
        let (origin, parent) = (origin.clone(), parent.clone());
        gloo::events::EventListener::new(&window, "message", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
            // Only the page that framed it, on this site. (The parent's window belongs to another
            // realm, where `instanceof Window` fails: compared as a value.)
            let from_parent =
                event.source().is_some_and(|source| JsValue::from(source) == JsValue::from(&parent));
            if event.origin() != origin || !from_parent {
                return;
            }
            if let Some(reply) = event.data().as_string().and_then(|data| wallet_check::answer(&data)) {
                let _ = parent.post_message(&JsValue::from_str(&reply), &origin);
            }
        })
    };
    // It listens for as long as the page lives.
    listener.forget();
    let _ = parent.post_message(&JsValue::from_str(wallet_check::READY), &origin);
}
