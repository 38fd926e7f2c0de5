//! Entry point of the Dala web client: renders the app and registers the service worker.

mod api;
mod app;
mod authoring;
mod certificates;
mod components;
mod device;
mod failure;
mod i18n;
mod library;
mod organization;
mod pages;
mod reports;
mod storage;
mod sync;

fn main() {
    storage::register_service_worker();
    yew::Renderer::<app::App>::new().render();
}
