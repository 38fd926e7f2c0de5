//! The trainers' and administrators' app: the course editor, the dashboard and running
//! organizations. Only the people who open these pages download it (see the crate's docs).

use dala_web::app::{AppProps, Elsewhere, Route};
use dala_web::pages::author::AuthorPage;
use dala_web::pages::dashboard::DashboardPage;
use dala_web::pages::edit::EditPage;
use dala_web::pages::inbox::InboxPage;
use dala_web::pages::organization::OrganizationPage;
use dala_web::pages::organizations::OrganizationsPage;
use yew::prelude::*;

fn pages(route: Route) -> Html {
    match route {
        Route::Author => html! { <AuthorPage /> },
        Route::Edit { slug } => html! { <EditPage {slug} /> },
        Route::Dashboard => html! { <DashboardPage /> },
        Route::Organization { id } => html! { <OrganizationPage {id} /> },
        Route::Organizations => html! { <OrganizationsPage /> },
        Route::Questions { id } => html! { <InboxPage {id} /> },
        _ => html! { <Elsewhere /> },
    }
}

/// Drafts edited offline go to the server after each sync.
fn send_drafts() {
    wasm_bindgen_futures::spawn_local(dala_web::authoring::push_unsent());
}

fn main() {
    dala_web::data_use::start();
    dala_web::storage::register_service_worker();
    dala_web::app::start(AppProps { pages, after_sync: Some(send_drafts) });
}
