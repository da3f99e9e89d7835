//! presskit: press kits from one TOML file per briefing, typeset by Typst in-process.
//!
//! The pipeline, one module a stage: [`briefing`] (TOML to serde types) → [`model`]
//! (validated) → [`context`] (what templates see) → [`render`] (Handlebars to Typst
//! markup, escaped by [`escape`]) → [`typeset`] (Typst in the sandboxed [`world`]) →
//! [`output`] (atomic files). [`app`] runs the commands.

pub mod app;
pub mod archive;
pub mod briefing;
pub mod cli;
pub mod context;
pub mod diagnostic;
pub mod documents;
pub mod escape;
pub mod fonts;
pub mod fuzzing;
pub mod init;
pub mod locale;
pub mod model;
pub mod output;
pub mod pool;
pub mod progress;
pub mod render;
pub mod synth;
pub mod templates;
pub mod typeset;
pub mod typography;
pub mod watch;
pub mod world;

pub use app::{Failed, run};
