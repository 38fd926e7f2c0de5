//! API tests through the real router (`app()`), on a real database and blob store. No socket
//! is opened: requests go through `oneshot`.
//!
//! Every test runs twice: on an SQLite file in a temporary folder, and on a fresh database of
//! a real PostgreSQL server, whose administrator URL `cargo xtask test` passes in
//! `DALA_TEST_POSTGRES_URL` (it installs and starts one). The PostgreSQL half is `#[ignore]`d
//! for a bare `cargo test`.

//! One test binary: `support` holds the harness, each other module one API resource.

/// Runs each named test on both databases.
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[tokio::test]
            async fn $name() {
                super::$name(crate::support::Backend::Sqlite).await
            })*
        }
        mod postgres {
            $(#[tokio::test]
            #[ignore = "needs PostgreSQL: run `cargo xtask test`"]
            async fn $name() {
                super::$name(crate::support::Backend::Postgres).await
            })*
        }
    };
}

mod accounts;
mod authoring;
mod catalog;
mod certificates;
mod enrollment;
mod errors;
mod files;
mod first_page;
mod headers;
mod held;
mod languages;
mod mentoring;
mod message_language;
mod organization_admin;
mod progress;
mod reports;
mod roles;
mod stall;
mod support;
