//! Entry point of the Dala web client: starts the data counter, renders the app and registers
//! the service worker.

mod api;
mod app;
mod authoring;
mod certificates;
mod components;
mod data_use;
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
    // First, so the page's own requests are counted from the start (see `data_use`).
    data_use::start();
    storage::register_service_worker();
    yew::Renderer::<app::App>::new().render();
}
