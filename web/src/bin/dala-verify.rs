//! The public certificate check, which strangers open once from a QR code or a link: only this
//! page, not the learner's app (see the crate's docs).

use dala_web::app::{AppProps, Elsewhere, Route};
use dala_web::pages::verify::VerifyPage;
use yew::prelude::*;

fn pages(route: Route) -> Html {
    match route {
        Route::Verify => html! { <VerifyPage /> },
        _ => html! { <Elsewhere /> },
    }
}

fn main() {
    dala_web::data_use::start();
    dala_web::storage::register_service_worker();
    dala_web::app::start_public(AppProps { pages, after_sync: None });
}
