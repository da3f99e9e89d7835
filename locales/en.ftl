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

## archive

archive-intact = ok { $path }

## commands

commands-wrote = wrote { $path }
commands-up-to-date = { $file }: up to date in { $folder }
commands-checked-ok = { $file }: ok

## events of several days, the advisory's deadline and languages (issue 31)

input-end-before-start = the last day, { $end }, is before the first, `event.date` = { $start }
input-end-before-start-hint = write end_date = { $start } or a later day; an event of one day needs no end_date
input-end-time-without-time = an end time needs the start time: `time` is not given
input-end-time-without-time-hint = add time = 10:00:00 (the time it starts) under [event]
input-end-time-not-after-start = the event ends at { $end }, not after it starts ({ $start })
input-end-time-not-after-start-hint = write the time it ends, or add end_date when it ends on a later day
documents-late-deadline = accreditation closes after the event has started ({ $start }); journalists would register too late
documents-late-deadline-hint = write a deadline before the event, e.g. deadline = { $day }T18:00:00, or leave it out
documents-unnamed-language = presskit has no name for the language `{ $code }`; the advisory prints it as `{ $printed }`
documents-unnamed-language-hint = write one of the codes presskit names ({ $codes }), or check the code: two letters, as ISO 639-1 gives them
