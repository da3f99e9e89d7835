//! What users give presskit, read and checked before anything is made: [`briefing`]
//! (the TOML file to serde types, with the place of every value; [`encoding`] tells a
//! file saved in another encoding, [`mistakes`] tells a refused file's common mistakes in
//! plain words) → [`model`] (validated: references, dates, images through [`image`],
//! text in the fonts; [`script`] warns of prose in another script than the language);
//! [`links`] checks the email addresses and web links a briefing gives; [`outlets`]
//! knows one outlet under its spellings;
//! [`sheet`] reads CSV, XLSX and ODS tables with the place of every cell, which
//! [`import`] merges into briefings; [`upgrade`] rewrites format 1 as format 2;
//! [`bounded`] reads every file within a limit;
//! [`translation`] reads a briefing's translations and lays them over it.

pub mod bounded;
pub mod briefing;
pub mod encoding;
pub mod image;
pub mod import;
pub mod links;
pub mod mistakes;
pub mod model;
pub mod named;
pub mod outlet_kind;
pub mod outlets;
pub mod script;
pub mod sheet;
pub mod translation;
pub mod upgrade;
