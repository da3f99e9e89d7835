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

## input: the file itself

input-resave = save it again as UTF-8: in Notepad, File → Save as…, Encoding: UTF-8, Save; in other editors, the encoding or character set UTF-8
input-saved-as-utf16 = the file is saved as UTF-16 (Notepad calls it “Unicode”), not UTF-8, the only encoding presskit reads
input-saved-as-windows-1251 = the file is saved in Windows-1251 (Cyrillic), not UTF-8, the only encoding presskit reads; its first letter that is not UTF-8 is here (byte { $byte })
input-not-utf8 = the file is not valid UTF-8 (byte { $byte }); save it as UTF-8
input-empty-briefing = the briefing file is empty
input-empty-briefing-hint = `presskit init FILE` writes one to fill in, with every section and a comment on each key
input-no-format = the briefing has no `format` key
input-no-format-hint = start the file with `format = 2`
input-unknown-format = `format` is { $typed }; this build of presskit reads format { $versions }
input-unknown-format-hint = a newer file needs a newer presskit; an older one, `format = 2`
input-no-section = this briefing has no [{ $section }] section
input-no-section-hint = add a [{ $section }] table; `presskit init` writes a file with every section

## input: model (the briefing's values)

input-speaker-named = { $typed } is the name of { $path }, { $name }, whose id is { $id }: write speaker = "{ $id }"
input-speakers-named = { $typed } names { $list }: write the id of the one meant
input-speaker-of-list = { $path }, { $name } (id { $id })
input-no-speakers = no speakers are defined: add a [[speakers]] table
input-speaker-ids = speaker ids: { $list }
input-speaker-named-by-id = a speaker is named by the id of its [[speakers]] table: { $list }
input-id-used-twice = the id `{ $id }` is already used by { $first }
input-id-of-its-own = each speaker needs an id of its own
input-no-paragraph = the release needs at least one paragraph
input-not-a-language-code = `{ $code }` is not a language code
input-language-codes-hint = write two-letter codes, like interpretation = ["ru", "kk", "en"]
input-year-out-of-range = the year { $year } is not a briefing's; years run from { $from } to { $to }
input-expected-date = expected a date like 2016-12-22, found { $found }
input-expected-time = expected a time like 11:00:00, found { $found }
input-expected-moment = expected a date and time like 2027-03-15T18:00:00, found { $found }
input-expected-embargo = expected a date, time and UTC offset like 2016-12-22T13:00:00+06:00, found { $found }
input-embargo-needs-zone = an embargo needs its time zone, so nobody reads it in the wrong one
input-path-leaves-folder = `{ $path }` leaves the briefing's folder
input-path-absolute = `{ $path }` is an absolute path
input-path-names-no-file = `{ $path }` names no file
input-path-through-link = `{ $path }` resolves outside the briefing's folder (through a symbolic link)
input-path-not-a-file = `{ $path }` is not a file
input-paths-stay-inside = paths are relative to the briefing file and stay inside its folder
input-not-allowed-to-read = `{ $path }` is there, but presskit is not allowed to read it
input-not-allowed-to-read-hint = give yourself the right to read it (its properties or permissions)
input-cannot-read = cannot read `{ $path }`: { $reason }
input-check-the-path = check the name and the folder: the path is read from the briefing's folder
input-no-folder = there is no folder `{ $folder }` in the briefing's folder, so no `{ $path }`
input-no-file = there is no file `{ $path }` in the briefing's folder
input-nearly-the-file = did you mean { $fixed }? write { $line }
input-folder-holds = the briefing's folder holds { $names }
input-subfolder-holds = `{ $folder }` holds { $names }
input-image-too-large = `{ $path }` is { $bytes } bytes; images may be at most { $most }
input-image-too-large-hint = scale the image down; 300 dpi at print size is plenty
input-not-an-image-name = `{ $path }` is not a PNG, JPEG or SVG file name
input-image-names-hint = logos and photos are .png, .jpg, .jpeg or .svg
input-image-of-another-format = `{ $path }` is named as { $expected } but its contents are { $found }
input-image-not-an-image = `{ $path }` is named as { $expected } but its contents are not an image
input-export-again-hint = export the image again in the format its name says
input-export-again-sized-hint = export the image again from an image editor, at the size it will print

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
