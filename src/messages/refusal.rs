//! The command line's own refusals (an unknown command or option, a missing argument, a
//! value that does not parse) in the user's language: clap's error, read by its kind and
//! context, told again with the catalogue's words. Kinds with no line of their own are
//! shown in clap's words inside the translated frame.

use clap::error::{ContextKind, ContextValue, Error, ErrorKind};

use super::{Language, Msg, commands::Commands};

/// The words of one piece of an error's context, joined when there are several.
fn context(error: &Error, kind: ContextKind) -> Option<String> {
    match error.get(kind)? {
        ContextValue::String(text) => Some(text.clone()),
        ContextValue::Strings(texts) => Some(texts.join(", ")),
        ContextValue::StyledStr(text) => Some(text.to_string()),
        ContextValue::StyledStrs(texts) => Some(
            texts
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The message and hints for `error`, or `None` when clap's words are to be shown.
pub fn told(error: &Error) -> Option<(Msg, Vec<Msg>)> {
    let get = |kind| context(error, kind);
    let mut hints: Vec<Msg> = Vec::new();
    let suggested = get(ContextKind::SuggestedSubcommand)
        .or_else(|| get(ContextKind::SuggestedArg))
        .or_else(|| get(ContextKind::SuggestedValue));
    if let Some(name) = suggested {
        hints.push(Commands::CliDidYouMean { name }.into());
    }
    let message = match error.kind() {
        ErrorKind::InvalidSubcommand => Commands::CliUnknownCommand {
            name: get(ContextKind::InvalidSubcommand)?,
        },
        ErrorKind::UnknownArgument => Commands::CliUnknownOption {
            name: get(ContextKind::InvalidArg)?,
        },
        ErrorKind::MissingRequiredArgument | ErrorKind::MissingSubcommand => Commands::CliMissing {
            what: get(ContextKind::InvalidArg)
                .or_else(|| get(ContextKind::InvalidSubcommand))
                .unwrap_or_else(|| "COMMAND".into()),
        },
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            if let Some(values) = get(ContextKind::ValidValue) {
                hints.push(Commands::CliPossibleValues { values }.into());
            }
            let (value, option) = (
                get(ContextKind::InvalidValue).unwrap_or_default(),
                get(ContextKind::InvalidArg)?,
            );
            match std::error::Error::source(error).map(ToString::to_string) {
                Some(reason) if !reason.is_empty() => Commands::CliInvalidValueBecause {
                    value,
                    option,
                    reason,
                },
                _ => Commands::CliInvalidValue { value, option },
            }
        }
        _ => return None,
    };
    hints.push(Commands::CliMoreHelp.into());
    Some((message.into(), hints))
}

/// `error` as printed in `language`: `error: …` with `hint: …` lines.
pub fn printed(error: &Error, language: Language) -> String {
    let Some((message, hints)) = told(error) else {
        return error.render().to_string();
    };
    let mut text = format!(
        "{}: {}",
        super::word(language, "frame-error"),
        message.in_language(language)
    );
    for hint in hints {
        text.push_str(&format!(
            "\n  = {}: {}",
            super::word(language, "frame-hint"),
            hint.in_language(language)
        ));
    }
    text
}
