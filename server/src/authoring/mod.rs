//! What trainers make: content uploaded to build courses, checked and made safe before it is stored.

pub mod images;
