//! Arbitrary text through the Typst escapes: it must read back unchanged.
#![no_main]

libfuzzer_sys::fuzz_target!(|text: &str| presskit::fuzzing::escape(text));
