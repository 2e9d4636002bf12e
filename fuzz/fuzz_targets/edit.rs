//! Fuzz target: any bytes as a plan file → every editing command, with and without --force.
//! An edit must never panic, never leave errors in the file, and must show in what it wrote.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = cemr::fuzzing::edits(data);
});
