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

## input: mistakes (the briefing's text)

input-write-line = write { $line }
input-curly-quotes = { $subject }the text is in curly quotes (“…” or «…»), which TOML does not read as quotes
input-curly-quotes-write = write the straight quotes of a keyboard: { $line }
input-curly-quotes-hint = put the text between straight quotes "…", as a keyboard types them; curly quotes may stay inside
input-backslash-in-path = { $subject }a backslash \ starts a special character in TOML text, so paths are written with /
input-copy-into-folder = the file must be in the briefing's folder: copy { $file } there, beside the briefing, and write { $line }
input-backslash-in-text = { $subject }a backslash \ starts a special character in TOML text (\n, \")
input-backslash-hint = to print a backslash, write two: \\
input-quote-ends-text = { $subject }this quote mark ends the text, and what follows it is not TOML
input-apostrophe-in-single-quotes = between single quotes a text cannot hold an apostrophe: put it between double quotes "…"
input-inner-quote = a quote mark inside text is written \" and printed as { $marks }; or type { $marks } yourself
input-inner-quote-any-language = a quote mark inside text is written \" and printed as “…” in English, «…» in Russian and Kazakh; or type those marks yourself
input-true-or-false-bare = `{ $key }` is true or false, without quotes
input-whole-number-bare = `{ $key }` is a whole number, written in digits alone
input-no-opening-quote = `{ $key }`: this text has no opening quote
input-text-without-quotes = `{ $key }`: text is written between quotes
input-time-form = times are written 11:00:00 (hours, minutes, seconds, with :), without quotes
input-embargo-form = an embargo is written 2027-03-18T10:00:00+06:00 (date, T, time, offset from UTC), without quotes
input-deadline-form = a deadline is written 2027-03-15T18:00:00 (date, T, time), without quotes
input-date-form = dates are written 2027-03-18 (year, month, day, with -), without quotes
input-table-opened-twice = the table { $header } is already opened on line { $line }
input-table-opened-twice-hint = put every key of { $header } under its first heading, and delete this one
input-key-set-twice = `{ $path }` is already set on line { $line }
input-key-set-twice-hint = a key is written once per table: keep one of the two lines
input-list-as-table = [{ $name }] makes one table, but { $name } is a list: each item starts with [[{ $name }]], in double brackets
input-list-as-table-hint = write [[{ $name }]] here and over every other item
input-add-under-heading = add { $example } under this { $heading } heading
input-number-of-people = { $path } is a whole number of people, at least 1, like 2
input-whole-number = { $path } is a whole number, like { $example }, without quotes
input-true-or-false = { $path } is true or false, without quotes
input-list-of-paragraphs = { $path } is a list of paragraphs: { $key } = ["…", "…"]
input-list-of-texts = { $path } is a list of texts: { $key } = ["…", "…"]
input-is-text = { $path } is text, written in quotes: { $key } = "…"
input-is-table = { $path } is a table: write its keys under a heading [{ $path }]
input-leave-out-unknown = leave { $key } out when the number is not known
input-not-a-key-of = `{ $key }` is not a key of { $heading }
input-tables-are = the tables are { $list }
input-keys-are = its keys are { $list }
input-not-a-kind = { $path }: `{ $word }` is not a kind of media outlet; the kinds are { $list }
input-kind-meant = for { $word }, write kind = "{ $kind }"

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
