//! One module per route.

pub mod author;
pub mod carry;
pub mod catalog;
pub mod certificate;
pub mod certificates;
pub mod course;
pub mod dashboard;
pub mod edit;
pub mod inbox;
pub mod lesson;
pub mod not_found;
pub mod organization;
pub mod organizations;
pub mod questions;
pub mod quiz;
pub mod quiz_editor;
pub mod reset_password;
pub mod sign_in;
pub mod sign_out;
pub mod verify;
