//! Arbitrary bytes as an archived PDF and as a manifest: `extract` and `verify` never
//! panic, and what `extract` returns stays within a briefing's size.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| presskit::fuzzing::archive_reader(bytes));
