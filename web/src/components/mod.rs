//! Pieces of interface shared by several pages.

pub mod header;
pub mod notice;
pub mod sync_bar;
pub mod verdict;

use yew::prelude::*;

/// Sets the document title (what screen readers announce and tabs show) while a page is open.
#[hook]
pub fn use_title(title: String) {
    use_effect_with(title, |title| {
        gloo::utils::document().set_title(&format!("{title} · Dala"));
    });
}
