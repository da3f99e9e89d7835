//! Arbitrary bytes as a briefing file: load and validate without panicking.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| presskit::fuzzing::briefing(data));
