//! presskit: press kits from one TOML file per briefing, typeset by Typst in-process.
//!
//! The pipeline, one module a stage: [`briefing`] (TOML to serde types) → [`model`]
//! (validated) → [`context`] (what templates see) → [`render`] (Handlebars to Typst
//! markup, escaped by [`escape`]) → [`typeset`] (Typst in the sandboxed [`world`]) →
//! [`output`] (atomic files). [`app`] runs the commands; [`uptodate`] lets them skip
//! briefings whose documents are up to date.

pub mod archive;
pub mod batch;
pub mod briefing;
pub mod bundle;
pub mod cli;
pub mod commands;
pub mod context;
pub mod diagnostic;
pub mod diff;
pub mod documents;
pub mod encoding;
pub mod escape;
pub mod fonts;
pub mod fuzzing;
pub mod image;
pub mod import;
pub mod includes;
pub mod indicators;
pub mod init;
pub mod input;
pub mod locale;
pub mod mail;
pub mod memory;
pub mod mistakes;
pub mod model;
pub mod origin;
pub mod output;
pub mod pipeline;
pub mod pool;
pub mod progress;
pub mod render;
pub mod report;
pub mod script;
pub mod sheet;
pub mod sources;
pub mod synth;
pub mod template_syntax;
pub mod templates;
pub mod typeset;
pub mod typography;
pub mod uptodate;
pub mod variables;
pub mod world;

pub use commands::{Failed, run};
