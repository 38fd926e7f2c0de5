//! libFuzzer entry for `dala_server::fuzz::image`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| dala_server::fuzz::image(data));
