//! Moves the keyboard focus to the new page's heading after each route change, so a screen
//! reader announces where the learner arrived and Tab starts from the page, not from the old
//! link (WCAG 2.1 SC 2.4.3, Focus Order). The first page of a visit keeps the browser's focus.

use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

/// How often, and how many times, to look for the heading: a page that loads its data first
/// shows its heading a moment after the route changed.
const RETRY_MS: u32 = 50;
const ATTEMPTS: u32 = 40;

#[function_component(RouteFocus)]
pub fn route_focus() -> Html {
    let path = use_location().map(|l| l.path().to_owned()).unwrap_or_default();
    let first = use_mut_ref(|| true);
    use_effect_with(path, move |_| {
        let skip = std::mem::replace(&mut *first.borrow_mut(), false);
        let mut timer = None;
        if !skip {
            timer = Some(focus_heading_soon(ATTEMPTS));
        }
        move || drop(timer)
    });
    html! {}
}

/// Focuses `main h1` once it exists; gives up after `attempts` looks.
fn focus_heading_soon(attempts: u32) -> gloo::timers::callback::Timeout {
    gloo::timers::callback::Timeout::new(RETRY_MS, move || {
        let heading = gloo::utils::document()
            .query_selector("main h1")
            .ok()
            .flatten()
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
        // Someone already typing in a field of the new page keeps their place.
        let typing = gloo::utils::document()
            .active_element()
            .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        match heading {
            _ if typing => {}
            Some(heading) => {
                // Focusable by script only: it stays out of the Tab order.
                if !heading.has_attribute("tabindex") {
                    let _ = heading.set_attribute("tabindex", "-1");
                }
                let _ = heading.focus();
            }
            None if attempts > 1 => {
                // The timer frees itself once it has run.
                let _ = focus_heading_soon(attempts - 1).forget();
            }
            None => {}
        }
    })
}
