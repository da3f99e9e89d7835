# presskit's messages in English. Every id is in en.ftl, ru.ftl and kk.ftl, with the
# same variables; `cargo test messages` names a line missing, extra or unused. Keys,
# commands, option names and file names stay as they are in every language.

## frame: the words around every diagnostic

frame-error = error
frame-warning = warning
frame-note = note
frame-hint = hint

## general

internal-error = internal error: { $what }
internal-error-hint = this is a bug in presskit { $version }, not in your file; nothing was written. Please report it with the briefing, any templates of your own, and this message

## input

input-not-a-table = `{ $key }` is not a table of the briefing format
input-at-key = { $key }: { $what }
input-did-you-mean = did you mean `{ $name }`?
input-missing-required-key = { $table } has no `{ $key }`, which is required
input-unknown-speaker-id = no speaker has the id `{ $id }`
input-no-closing-quote = { $subject }this text has no closing quote
input-no-closing-quote-hint = end the text with " on the same line; a text of several lines is written between """ and """
input-unknown-language = unknown language `{ $code }`
input-write-value = write { $key } = "{ $value }"
input-known-languages = this build writes documents in { $languages }

## documents

documents-left-out = { $documents } { $count ->
    [one] was
   *[other] were
} left out: the briefing has no `[{ $section }]` yet
documents-cannot-write = cannot write: { $reason }
documents-media-list-columns = a media list's columns are name, email, outlet, language, greeting and given_name (the name to greet by)

## archive

archive-intact = ok { $path }

## commands

commands-wrote = wrote { $path }
commands-up-to-date = { $file }: up to date in { $folder }
commands-checked-ok = { $file }: ok
