//! Every integration test of presskit, in one binary: one link step instead of one per
//! file (see docs/testing.md for the measured difference). Each module tests one area
//! through the real binary and the PDFs it writes; `common` holds what they share.

mod accessibility;
mod advisory;
mod archive;
mod authoring;
mod batch;
mod bounded;
mod bounds;
mod cli;
mod common;
mod contact_lines;
mod counts;
mod distribution;
mod documents_language;
mod donor;
mod drafts;
mod event;
mod event_words;
mod files;
mod folder_record;
mod hostile;
mod images;
mod import;
mod import_kill;
mod init_languages;
mod input_language;
mod languages;
mod links;
mod messages;
mod news_story;
mod outer_language;
mod portable;
mod readme;
mod report;
mod revisions;
mod stress;
mod translations;
mod typography;
mod uptodate;
mod user_language;
mod visual;
mod watch;
mod watch_folders;
mod wording;
