//! A text input or textarea for the editor whose text follows the draft without fighting the
//! trainer's typing, and whose typing is kept as it is typed.
//!
//! A field bound with `value=` is reset by yew to that value at every redraw, and the editor
//! redraws whenever a save or a preview comes back: keys typed in the meantime would vanish.
//! Here the text is set only when `value` changes, and never while the field has the focus
//! (the trainer is in it).
//!
//! What is typed is handed on ([`TextFieldProps::onchange`]) when typing pauses for
//! [`TYPING_PAUSE_MS`], at once when the field loses the focus, and whatever is still pending
//! when the trainer leaves: the field goes away (another page), the page is hidden (another
//! app, a closed tab) or unloaded (a reload). See [`Pending`].

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long typing must pause before what was typed is kept (on the device, then sent).
pub const TYPING_PAUSE_MS: u32 = 400;

/// Whether typed text needs handing on: it differs from what was last handed on, or, if
/// nothing was yet, from what the field was given.
pub fn needs_commit(typed: &str, last_committed: Option<&str>, given: &str) -> bool {
    typed != last_committed.unwrap_or(given)
}

/// Typing not handed on yet: what to run when typing pauses, or sooner if the trainer leaves.
#[derive(Default)]
pub struct Pending {
    timer: Option<Timeout>,
    commit: Option<Box<dyn FnOnce()>>,
}

/// One field's (or one page's) pending typing, shared with its timer and listeners.
pub type PendingTyping = Rc<RefCell<Pending>>;

impl Pending {
    /// Replaces what is pending by `commit`, run after `ms` without another call.
    pub fn schedule(this: &PendingTyping, ms: u32, commit: Box<dyn FnOnce()>) {
        let weak = Rc::downgrade(this);
        let timer = Timeout::new(ms, move || {
            // Only the commit is taken here: the timer is running and stays until replaced.
            let commit = weak.upgrade().and_then(|p| p.borrow_mut().commit.take());
            if let Some(commit) = commit {
                commit();
            }
        });
        let mut pending = this.borrow_mut();
        pending.commit = Some(commit);
        // The previous timer, dropped here, is cancelled.
        pending.timer = Some(timer);
    }

    /// Runs what is pending now, if anything.
    pub fn flush(this: &PendingTyping) {
        let commit = {
            let mut pending = this.borrow_mut();
            pending.timer = None;
            pending.commit.take()
        };
        if let Some(commit) = commit {
            commit();
        }
    }
}

/// Pending typing that is flushed when the component goes away, when the page is hidden
/// (`visibilitychange` to hidden: another app, a closed tab) and when it is unloaded
/// (`pagehide`: a reload, another site).
#[hook]
pub fn use_pending_typing() -> PendingTyping {
    let pending: PendingTyping = use_mut_ref(Pending::default);
    {
        let pending = pending.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let document = gloo::utils::document();
            let on_hide = {
                let pending = pending.clone();
                gloo::events::EventListener::new(&window, "pagehide", move |_| Pending::flush(&pending))
            };
            let on_hidden = {
                let pending = pending.clone();
                gloo::events::EventListener::new(&document, "visibilitychange", move |_| {
                    if gloo::utils::document().visibility_state() == web_sys::VisibilityState::Hidden {
                        Pending::flush(&pending);
                    }
                })
            };
            move || {
                drop((on_hide, on_hidden));
                Pending::flush(&pending);
            }
        });
    }
    pending
}

#[derive(Properties, PartialEq, Clone)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub value: AttrValue,
    /// Called with the field's event when what is typed is to be kept (see the module's
    /// documentation): read the field's current text from its target.
    pub onchange: Callback<Event>,
    /// A textarea of this many rows instead of a one-line input.
    #[prop_or_default]
    pub rows: Option<u32>,
    /// The input's type (`number`…); text if none.
    #[prop_or_default]
    pub input_type: Option<AttrValue>,
    #[prop_or_default]
    pub maxlength: Option<AttrValue>,
    #[prop_or_default]
    pub min: Option<AttrValue>,
    #[prop_or_default]
    pub max: Option<AttrValue>,
    /// A name for screen readers when no `<label for>` names the field.
    #[prop_or_default]
    pub aria_label: Option<AttrValue>,
    #[prop_or_default]
    pub describedby: Option<AttrValue>,
}

/// The text of the input or textarea an event came from.
fn typed(e: &Event) -> Option<String> {
    let target = e.target()?;
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        return Some(input.value());
    }
    target.dyn_ref::<web_sys::HtmlTextAreaElement>().map(|a| a.value())
}

#[function_component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let node = use_node_ref();
    let pending = use_pending_typing();
    // The newest callback and value, read when a commit runs (it may run after a redraw).
    let latest = use_mut_ref(|| (props.onchange.clone(), props.value.clone()));
    *latest.borrow_mut() = (props.onchange.clone(), props.value.clone());
    let committed: Rc<RefCell<Option<String>>> = use_mut_ref(|| None);
    {
        let (node, committed) = (node.clone(), committed.clone());
        use_effect_with(props.value.clone(), move |value| {
            // The draft moved on for another reason (their version taken, a redraw of another
            // question): what was handed on before says nothing about what to hand on next.
            if committed.borrow().as_deref() != Some(value.as_str()) {
                *committed.borrow_mut() = None;
            }
            let Some(element) = node.cast::<web_sys::Element>() else { return };
            if gloo::utils::document().active_element().as_ref() == Some(&element) {
                return;
            }
            if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
                if input.value() != value.as_str() {
                    input.set_value(value);
                }
            } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>()
                && area.value() != value.as_str()
            {
                area.set_value(value);
            }
        });
    }
    // Hands the field's text on unless it was already.
    let commit = {
        let (latest, committed) = (latest.clone(), committed.clone());
        move |e: Event| -> Box<dyn FnOnce()> {
            let (latest, committed) = (latest.clone(), committed.clone());
            Box::new(move || {
                let Some(text) = typed(&e) else { return };
                let (callback, given) = latest.borrow().clone();
                if needs_commit(&text, committed.borrow().as_deref(), &given) {
                    *committed.borrow_mut() = Some(text);
                    callback.emit(e);
                }
            })
        }
    };
    let oninput = {
        let (pending, commit) = (pending.clone(), commit.clone());
        Callback::from(move |e: InputEvent| {
            Pending::schedule(&pending, TYPING_PAUSE_MS, commit(e.into()));
        })
    };
    let onchange = Callback::from(move |e: Event| {
        Pending::schedule(&pending, TYPING_PAUSE_MS, commit(e));
        Pending::flush(&pending);
    });
    let p = props.clone();
    match p.rows {
        Some(rows) => html! {
            <textarea ref={node} id={p.id} rows={rows.to_string()} {oninput} {onchange} maxlength={p.maxlength}
                aria-label={p.aria_label} aria-describedby={p.describedby} />
        },
        None => html! {
            <input ref={node} id={p.id} type={p.input_type} {oninput} {onchange} maxlength={p.maxlength}
                min={p.min} max={p.max} aria-label={p.aria_label} aria-describedby={p.describedby} />
        },
    }
}

#[cfg(test)]
mod tests {
    use super::needs_commit;

    #[test]
    fn typing_is_handed_on_once_per_new_text() {
        // Nothing handed on yet: only a change from what the field was given counts.
        assert!(!needs_commit("Title", None, "Title"));
        assert!(needs_commit("Title!", None, "Title"));
        // After a pause handed on "Title!", leaving the field with the same text sends nothing.
        assert!(!needs_commit("Title!", Some("Title!"), "Title"));
        // Typing back to the draft's text is a change from what was last handed on.
        assert!(needs_commit("Title", Some("Title!"), "Title"));
    }
}
