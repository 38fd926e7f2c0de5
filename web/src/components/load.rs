//! Loading something from the server for a component: `use_load` runs a request whenever it
//! changes and keeps the answer of the latest one only, so a slow answer to an earlier request
//! never replaces a newer one.

use std::future::Future;

use yew::prelude::*;

use crate::failure::Failure;
use crate::i18n::use_i18n;

/// A request's state, as a component shows it.
#[derive(Debug, Clone, PartialEq)]
pub enum Load<T> {
    /// Nothing asked for.
    Idle,
    Loading,
    Done(Result<T, Failure>),
}

/// Runs `load(request)` when `request` changes (nothing while it is `None`).
#[hook]
pub fn use_load<R, T, F, Fut>(request: Option<R>, load: F) -> Load<T>
where
    R: PartialEq + Clone + 'static,
    T: Clone + 'static,
    F: FnOnce(R) -> Fut + 'static,
    Fut: Future<Output = Result<T, Failure>> + 'static,
{
    let state = use_state(|| Load::Idle);
    let latest = use_mut_ref(|| 0u64);
    {
        let state = state.clone();
        use_effect_with(request, move |request| {
            let mine = {
                let mut latest = latest.borrow_mut();
                *latest += 1;
                *latest
            };
            match request.clone() {
                None => state.set(Load::Idle),
                Some(request) => {
                    state.set(Load::Loading);
                    wasm_bindgen_futures::spawn_local(async move {
                        let answer = load(request).await;
                        if *latest.borrow() == mine {
                            state.set(Load::Done(answer));
                        }
                    });
                }
            }
        });
    }
    (*state).clone()
}

/// [`use_load`] for a list read again after changes: while a later request loads, the last
/// answer stays (a form in it keeps what is being typed); the first request shows `Loading`.
#[hook]
pub fn use_load_keeping<R, T, F, Fut>(request: Option<R>, load: F) -> Load<T>
where
    R: PartialEq + Clone + 'static,
    T: Clone + 'static,
    F: FnOnce(R) -> Fut + 'static,
    Fut: Future<Output = Result<T, Failure>> + 'static,
{
    let loaded = use_load(request, load);
    let last = use_mut_ref(|| None::<T>);
    match &loaded {
        Load::Done(Ok(read)) => *last.borrow_mut() = Some(read.clone()),
        Load::Idle => *last.borrow_mut() = None,
        Load::Loading | Load::Done(Err(_)) => {}
    }
    match (&loaded, last.borrow().clone()) {
        (Load::Loading, Some(read)) => Load::Done(Ok(read)),
        _ => loaded,
    }
}

/// A progress message for assistive technology and eyes alike.
#[derive(Properties, PartialEq)]
pub struct BusyProps {
    pub text: String,
}

#[function_component(Busy)]
pub fn busy(props: &BusyProps) -> Html {
    html! { <p class="loading" role="status" aria-busy="true">{ &props.text }</p> }
}

/// How pages that need the server word two failures: being offline ("needs a connection") and
/// a refusal (about the account, not the request). Message ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FailureWords {
    pub offline: &'static str,
    pub forbidden: &'static str,
}

#[derive(Properties, PartialEq)]
pub struct FailureTextProps {
    pub failure: Failure,
    pub words: FailureWords,
}

/// A failure as an alert: in the page's own words for those two, else its own message.
#[function_component(FailureText)]
pub fn failure_text(props: &FailureTextProps) -> Html {
    let i18n = use_i18n();
    let id = match &props.failure {
        Failure::Offline => props.words.offline,
        Failure::Forbidden => props.words.forbidden,
        other => other.message_id(),
    };
    html! { <p class="notice notice-error" role="alert">{ i18n.t(id) }</p> }
}
