//! `--help` in the user's language: every text clap shows (abouts, each argument's help,
//! the headings, the words for defaults) set from the catalogue's `cli-` lines.
//!
//! Ids follow the command line: `cli-build-about`, `cli-build-long` (the full text of
//! `presskit build --help`), `cli-build-output` (an argument of `build`), and
//! `cli-opt-quiet` for an argument several commands share (global ones, `BuildOptions`).

use clap::Command;

use super::{Language, catalogue};

/// Whether the catalogue of English has a line `id`; the other catalogues have the same
/// ids (the tests see to it).
fn has(id: &str) -> bool {
    catalogue::has(Language::En, id)
}

/// The id of an argument's help inside the command at `path` (`build`, `templates-eject`).
pub fn argument_id(path: &str, argument: &str) -> String {
    let own = format!("{}-{argument}", prefix(path));
    if has(&own) {
        own
    } else {
        format!("cli-opt-{argument}")
    }
}

/// The id prefix of the command at `path` (`cli` for presskit itself). The commands of
/// `presskit help` say what the commands they name say (`help build` is `build`), and
/// every `help` says the same.
fn prefix(path: &str) -> String {
    let segments: Vec<&str> = path.split('-').filter(|s| !s.is_empty()).collect();
    let named: Vec<&str> = match segments.last() {
        Some(&"help") => vec!["help"],
        _ => segments.into_iter().filter(|s| *s != "help").collect(),
    };
    if named.is_empty() {
        "cli".into()
    } else {
        format!("cli-{}", named.join("-"))
    }
}

/// Every id the help of `command` (built) and its subcommands reads.
pub fn ids(command: &Command) -> Vec<String> {
    let mut ids = vec![
        "cli-heading-usage".to_string(),
        "cli-heading-options".into(),
        "cli-heading-arguments".into(),
        "cli-heading-commands".into(),
        "cli-default".into(),
        "cli-possible".into(),
    ];
    collect(command, "", &mut ids);
    ids.sort();
    ids.dedup();
    ids
}

/// The ids of one command and those below it.
fn collect(command: &Command, path: &str, ids: &mut Vec<String>) {
    let prefix = prefix(path);
    ids.push(format!("{prefix}-about"));
    if command.get_long_about().is_some() {
        ids.push(format!("{prefix}-long"));
    }
    if command.get_after_help().is_some() {
        ids.push(format!("{prefix}-after"));
    }
    for argument in command.get_arguments() {
        ids.push(argument_id(path, argument.get_id().as_str()));
    }
    for sub in command.get_subcommands() {
        collect(sub, &child(path, sub.get_name()), ids);
    }
}

/// The path of subcommand `name` below `path`.
fn child(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}-{name}")
    }
}

/// `command` with every text in `language`.
pub fn localized(mut command: Command, language: Language) -> Command {
    command.build();
    localize(command, "", language)
}

/// One command's texts, then its subcommands'.
fn localize(mut command: Command, path: &str, language: Language) -> Command {
    let word = |id: &str| catalogue::word(language, id);
    let prefix = prefix(path);
    command = command
        .about(word(&format!("{prefix}-about")))
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            word("cli-heading-usage")
        ))
        .subcommand_help_heading(word("cli-heading-commands"));
    if command.get_long_about().is_some() {
        command = command.long_about(word(&format!("{prefix}-long")));
    }
    if command.get_after_help().is_some() {
        command = command.after_help(word(&format!("{prefix}-after")));
    }
    let arguments: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in arguments {
        let text = word(&argument_id(path, &id));
        let (options, positionals) = (word("cli-heading-options"), word("cli-heading-arguments"));
        let (default, possible) = (word("cli-default"), word("cli-possible"));
        command = command.mut_arg(&id, |argument| {
            let mut text = text.clone();
            let defaults: Vec<String> = argument
                .get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .collect();
            let values: Vec<String> = argument
                .get_possible_values()
                .iter()
                .filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_string())
                .collect();
            if !values.is_empty() && argument.get_action().takes_values() {
                text.push_str(&format!(" [{possible}: {}]", values.join(", ")));
            }
            if !defaults.is_empty() && argument.get_action().takes_values() {
                text.push_str(&format!(" [{default}: {}]", defaults.join(", ")));
            }
            let heading = if argument.is_positional() {
                positionals
            } else {
                options
            };
            argument
                .help(text.clone())
                .long_help(text)
                .hide_default_value(true)
                .hide_possible_values(true)
                .help_heading(heading)
        });
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let below = child(path, &name);
        command = command.mut_subcommand(&name, |sub| localize(sub, &below, language));
    }
    command
}
