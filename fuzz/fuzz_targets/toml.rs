//! Fuzz target: any text → the fast TOML reader and the `toml` crate must agree.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        cemr::fuzzing::toml_reader(text);
    }
});
