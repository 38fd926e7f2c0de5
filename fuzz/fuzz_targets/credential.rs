//! libFuzzer entry for `dala_server::fuzz::credential`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| dala_server::fuzz::credential(data));
