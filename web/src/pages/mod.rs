//! One module per route.

pub mod catalog;
pub mod course;
pub mod lesson;
pub mod not_found;
pub mod quiz;
pub mod sign_in;
