//! The Dala web client: pages, the app shell and the device's storage, shared by the client's
//! bundles. Each bundle is one binary of this crate, built into its own wasm by trunk:
//! `src/main.rs` is the learner's app (what every visitor downloads), `src/bin/dala-staff.rs` the
//! trainers' and administrators' (the course editor, the dashboard, running an organization), and
//! `src/bin/dala-verify.rs` the public certificate check. A binary links only the pages it
//! names, so a learner never downloads the editor's code. [`bundle`] says which route belongs to
//! which bundle; the server and the service worker answer each route with its bundle's page.

pub mod api;
pub mod app;
pub mod authoring;
pub mod carry;
pub mod certificates;
pub mod components;
pub mod data_use;
pub mod device;
pub mod failure;
pub mod gzip;
pub mod i18n;
pub mod library;
pub mod mentoring;
pub mod messages;
pub mod organization;
pub mod pages;
pub mod reports;
pub mod storage;
pub mod sync;
pub mod wallet_check;
