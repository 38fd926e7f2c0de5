//! Pieces of interface shared by several pages.

pub mod chart;
pub mod compose;
pub mod data_table;
pub mod header;
pub mod load;
pub mod notice;
pub mod qr;
pub mod route_focus;
pub mod sync_bar;
pub mod text_field;
pub mod verdict;

use yew::prelude::*;

/// Sets the document title (what screen readers announce and tabs show) while a page is open.
#[hook]
pub fn use_title(title: String) {
    use_effect_with(title, |title| {
        gloo::utils::document().set_title(&format!("{title} · Dala"));
    });
}

/// The value of a form control: an input's, a select's or a textarea's text; a checkbox gives
/// `true` or `false`; anything else gives nothing.
pub fn control_value(target: Option<web_sys::EventTarget>) -> String {
    use wasm_bindgen::JsCast;
    if let Some(input) = target.clone().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        if input.type_() == "checkbox" {
            return input.checked().to_string();
        }
        return input.value();
    }
    if let Some(select) = target.clone().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) {
        return select.value();
    }
    target
        .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        .map(|t| t.value())
        .unwrap_or_default()
}

/// The value of the control an event came from.
pub fn event_value(e: &Event) -> String {
    control_value(e.target())
}

/// The value of the form control `id` in the document.
pub fn field_value(id: &str) -> String {
    control_value(gloo::utils::document().get_element_by_id(id).map(Into::into))
}
