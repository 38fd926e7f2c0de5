//! Writing a message: a question or a follow-up under a lesson, a trainer's answer, the first
//! message of a cohort discussion. A labelled textarea (its text in its own direction, at most
//! [`MESSAGE_CHARS`] characters) and its send button, disabled while the text is blank; the
//! text is emptied only once the page says it is kept (the `done` callback), so a refused
//! message stays to be fixed.

use dala_wire::limits::MESSAGE_CHARS;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComposeProps {
    /// The textarea's id; the hint's is `{id}-hint`.
    pub id: String,
    pub label: String,
    pub button: String,
    /// Said under the field (none when empty).
    #[prop_or_default]
    pub hint: String,
    /// The text to send, and what to call once it is kept.
    pub on_send: Callback<(String, Callback<()>)>,
    /// Fields before the text (the discussion's course).
    #[prop_or_default]
    pub children: Html,
}

#[function_component(Compose)]
pub fn compose(props: &ComposeProps) -> Html {
    let text = use_state(String::new);
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            text.set(area.value());
        })
    };
    let onsubmit = {
        let (text, on_send) = (text.clone(), props.on_send.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if text.trim().is_empty() {
                return;
            }
            let emptied = {
                let text = text.clone();
                Callback::from(move |()| text.set(String::new()))
            };
            on_send.emit(((*text).clone(), emptied));
        })
    };
    let hint_id = format!("{}-hint", props.id);
    let too_long = text.chars().count() > MESSAGE_CHARS;
    html! {
        <form class="ask-form" {onsubmit}>
            { props.children.clone() }
            <label for={props.id.clone()}>{ &props.label }</label>
            <textarea id={props.id.clone()} rows="3" maxlength={MESSAGE_CHARS.to_string()} dir="auto"
                aria-describedby={(!props.hint.is_empty()).then(|| hint_id.clone())} value={(*text).clone()} {oninput} />
            if !props.hint.is_empty() {
                <p class="hint" id={hint_id}>{ &props.hint }</p>
            }
            <button type="submit" disabled={too_long || text.trim().is_empty()}>{ &props.button }</button>
        </form>
    }
}
