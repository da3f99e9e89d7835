//! presskit: press kits from one TOML file per briefing, typeset by Typst in-process.
//!
//! The folders are the stages, in the order a briefing goes through them:
//! [`input`] (the briefing read and validated) → [`documents`] (the registry of
//! documents, what templates see, the typography of printed text) → [`render`]
//! (Handlebars, escaped for Typst or HTML) → [`typeset`] (Typst in a sandboxed world) →
//! [`output`] (atomic files, the records of what is up to date); [`archive`] keeps
//! finished briefings. [`pipeline`] is the one way from a briefing file to its documents,
//! [`batch`] the one runner over many briefings, and [`commands`] holds one module per
//! command, dispatched from the command line of [`cli`].

pub mod archive;
pub mod batch;
pub mod cli;
pub mod commands;
pub mod console;
pub mod diagnostic;
pub mod digest;
pub mod documents;
pub mod fuzzing;
pub mod init;
pub mod input;
pub mod memory;
pub mod messages;
pub mod output;
pub mod pipeline;
pub mod pool;
pub mod portable;
pub mod progress;
pub mod render;
pub mod synth;
pub mod typeset;
pub mod typography;
pub mod vocab;

pub use commands::{Failed, run};
