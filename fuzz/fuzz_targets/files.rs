//! libFuzzer entry for `dala_server::fuzz::files_that_travel`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| dala_server::fuzz::files_that_travel(data));
