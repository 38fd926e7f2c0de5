//! libFuzzer entry for `dala_server::fuzz::languages`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| dala_server::fuzz::languages(data));
