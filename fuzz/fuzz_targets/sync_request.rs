//! libFuzzer entry for `dala_server::fuzz::sync_request`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| dala_server::fuzz::sync_request(data));
