//! A text input or textarea for the editor whose text follows the draft without fighting the
//! trainer's typing.
//!
//! A field bound with `value=` is reset by yew to that value at every redraw, and the editor
//! redraws whenever a save or a preview comes back: keys typed in the meantime would vanish.
//! Here the text is set only when `value` changes, and never while the field has the focus
//! (the trainer is in it; what they type is sent when they leave it).

use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub value: AttrValue,
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

#[function_component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.value.clone(), move |value| {
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
    let p = props.clone();
    match p.rows {
        Some(rows) => html! {
            <textarea ref={node} id={p.id} rows={rows.to_string()} onchange={p.onchange} maxlength={p.maxlength}
                aria-label={p.aria_label} aria-describedby={p.describedby} />
        },
        None => html! {
            <input ref={node} id={p.id} type={p.input_type} onchange={p.onchange} maxlength={p.maxlength}
                min={p.min} max={p.max} aria-label={p.aria_label} aria-describedby={p.describedby} />
        },
    }
}
