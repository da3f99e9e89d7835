//! Structured random briefings from TOML to PDF: every document must typeset.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| presskit::fuzzing::pipeline(data));
