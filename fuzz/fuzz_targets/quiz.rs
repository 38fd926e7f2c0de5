//! libFuzzer entry for `dala_server::fuzz::quiz`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| dala_server::fuzz::quiz(data));
