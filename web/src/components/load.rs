//! Loading something from the server for a component: `use_load` runs a request whenever it
//! changes and keeps the answer of the latest one only, so a slow answer to an earlier request
//! never replaces a newer one.

use std::future::Future;

use yew::prelude::*;

use crate::failure::Failure;

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
