//! Fuzz target: any bytes as a plan file → parse → checks → every renderer. Must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    cemr::fuzzing::exercise(data);
});
