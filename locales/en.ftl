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

## msgout: the out-of-memory report, put into words at start-up

general-memory-passed = { $what } needed more memory than --max-memory allows ({ $mib } MiB){ $during }; the run was stopped
general-memory-passed-at-once = { $what } needed more memory than --max-memory allows ({ $mib } MiB; { $size } MiB at once){ $during }; the run was stopped
general-memory-while = {" "}while { $what }
general-memory-presskit = presskit
general-memory-typesetting = typesetting { $document }
general-memory-hint-template = a template probably builds something huge or without end; check recent edits, or allow more with --max-memory
general-memory-hint-input = the input is larger than this limit allows; allow more with --max-memory

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
input-path-not-portable = `{ $path }`: Windows does not allow a file or folder called `{ $name }`, so the office's PCs could neither open it nor restore it from the archive
input-not-a-valid-id = `{ $id }` is not a valid id: use lower-case letters, digits and `-`
input-rename-for-windows = rename the file (not CON, PRN, AUX, NUL, COM1–COM9 or LPT1–LPT9, with any extension; no dot or space at the end; none of < > : " | ? *) and write its new name in `{ $key }`
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

## input: model (more)

input-coverage-near-miss = { $path }: `{ $outlet }` is the name of no outlet of [[attendance]], but `{ $near }` at line { $line } nearly is
input-coverage-near-miss-hint = write the outlet as { $there } writes it (`{ $near }`) if it is the same, so that the piece is counted with it
input-no-way-to-register = the media advisory gives journalists no way to register: no phone or email anywhere
input-no-way-to-register-hint = add `{ $line }` under [advisory], or `email`/`phone` under [organization]
input-typed-dateline = `{ $path }` opens with a dateline (`{ $lead }`); the release prints its own, so this one is left out
input-typed-dateline-hint = start the paragraph with the lead itself; presskit writes the city and the date
input-long-headline = the headline is { $length } characters long; the release and the kit print it whole, over several lines
input-long-headline-hint = a headline is read at a glance: keep it under a hundred characters and move the rest into `summary` or the body
input-too-many-people = { $people } people is more than one outlet can send; at most { $most }
input-too-many-people-hint = count the people the outlet registered or sent
input-too-many-sign-in-rows = the outlets register { $rows } people, more than a sign-in sheet can list; at most { $most }
input-too-many-speakers = this briefing has { $count } speakers; presskit typesets at most { $most } (each is a page of bios, of the kit and a name tent)
input-too-many-speakers-hint = a briefing's speakers are the people on the podium; list the others in the release or the programme
input-bios-too-long = the bios reach { $chars } characters here; all the speakers' bios together may hold at most { $most }
input-bios-too-long-hint = shorten the bios: a bio in a press kit is a paragraph or two
input-unprintable = { $path } holds { $code } ({ $character }), which no shipped font can print
input-unprintable-capital = { $path } holds { $code } ({ $character }), whose capital letter no shipped font can print
input-unprintable-hint = replace or remove the character; the fonts cover Latin, Greek and Cyrillic (Kazakh included)
input-unprintable-font-hint = or add a font that has it (TTF, OTF) in a fonts/ folder beside the briefing
## msgin: input: reading (files within bounds, images, sizes, dates typed, addresses, scripts)

input-reading-cannot-be-read = cannot be read: { $reason }
input-reading-is-not-a-file = is { $what }, not a regular file
input-reading-is-too-large = is { $size } bytes, more than the { $limit } allowed
input-reading-a-folder = a folder
input-reading-a-fifo = a FIFO (named pipe)
input-reading-a-socket = a socket
input-reading-a-device = a device
input-reading-a-special-file = a special file
input-reading-briefing-too-large = the file is { $size } bytes; a briefing may be at most { $most }
input-reading-briefing-not-a-file = the briefing is { $what }, not a regular file
input-reading-briefing-unreadable = cannot read the briefing: { $reason }
input-reading-text-too-long = this text has { $count } characters; a value may hold at most { $most }
input-reading-text-too-long-hint = split it into paragraphs (an array of text) or shorten it
input-reading-array-too-long = this array has { $count } items; an array may hold at most { $most }
input-reading-nested-too-deep = keys nest too deeply here; a briefing's keys nest a few levels at most
input-reading-cannot-edit = cannot edit the briefing: { $reason }
input-reading-image-damaged = the image is damaged: its header gives no size in pixels
input-reading-image-empty = the image is { $width } × { $height } pixels: empty
input-reading-image-too-many-pixels = the image is { $width } × { $height } pixels; images may be at most { $side } pixels a side and { $millions } million pixels in all
input-reading-image-undecodable = the image cannot be decoded: { $reason }
input-reading-svg-unreadable = the SVG cannot be read: { $reason }
input-reading-date-written-otherwise = `{ $typed }` is not written as dates are here (year-month-day): write { $date }
input-reading-not-a-date = `{ $typed }` is not a date written as 2016-12-22 (year-month-day)
input-reading-not-one-address = { $path }: `{ $email }` is not one email address
input-reading-write-one-address = write one address, like email = "press@example.org"
input-reading-write-address-alone = write the address alone: { $line }
input-reading-in-latin-letters = { $path } is written in Latin letters, but the briefing's language is { $language ->
    [ru] Russian
    [kk] Kazakh
   *[en] English
} (event.language)
input-reading-in-cyrillic-letters = { $path } is written in Cyrillic letters, but the briefing's language is { $language ->
    [ru] Russian
    [kk] Kazakh
   *[en] English
} (event.language)
input-reading-more-texts-too = { $count ->
    [one] 1 more text of the release or bios is too
   *[other] { $count } more texts of the release and bios are too
}
input-reading-say-russian-or-kazakh = labels, dates and hyphenation follow event.language: for a Russian or Kazakh briefing write language = "ru" or "kk" under [event]
input-reading-say-english = labels, dates and hyphenation follow event.language: for an English briefing write language = "en" under [event] (or leave it out)

## msgin: input: translations (`<stem>.<language>.toml`)

input-translation-no-format = the translation has no `format` key
input-translation-no-format-hint = start the file with `format = 1`, as its briefing does
input-translation-no-language = the translation has no `translation` key
input-translation-no-language-hint = write `translation = "{ $code }"` under `format`: the language this file translates into
input-translation-name-disagrees = `translation` is `{ $typed }` but the file's name says `{ $code }`
input-translation-name-disagrees-hint = a translation into `{ $written }` is named `{ $stem }.{ $written }.toml`; this file needs `translation = "{ $code }"`
input-translation-same-language = the briefing { $briefing } is itself in `{ $code }`: a translation is into another language
input-translation-same-language-hint = rename the file after the language it translates into
input-translation-fixed = { $what } comes from the briefing alone; a translation holds only its texts
input-translation-fixed-hint = remove this line; to change it, change it in { $file }
input-translation-the-attendance-list = the attendance list
input-translation-the-coverage-list = the coverage list
input-translation-a-web-address = a web address
input-translation-an-email-address = an email address
input-translation-a-phone-number = a phone number
input-translation-a-path = a path
input-translation-a-date = a date
input-translation-a-time = a time
input-translation-a-date-and-time = a date and time
input-translation-the-briefings-language = the briefing's language (a translation's is its `translation`)
input-translation-language-codes = language codes
input-translation-a-speaker-id = a speaker id
input-translation-an-id = an id
input-translation-a-number = a number
input-translation-is-text = is text: write it in quotes
input-translation-is-text-hint = a translation gives the text of the briefing's value, in its language
input-translation-is-texts = is an array of texts: `["…", "…"]`
input-translation-is-table = is a table
input-translation-is-rows = is an array of tables: `[[{ $name }]]`
input-translation-is-row = is a table of [[{ $name }]]
input-translation-nothing-to-translate = the briefing has no `{ $target }` to translate
input-translation-nothing-to-translate-hint = write it in { $file } first; a translation only translates
input-translation-not-a-key = `{ $key }` is not a key of a translation
input-translation-row-beyond = the briefing has { $count } of [[{ $name }]]; this is number { $number }
input-translation-row-beyond-hint = [[{ $name }]] tables translate those of { $file } in the same order: add it there first
input-translation-no-id = has no `id`
input-translation-no-id-hint = a translated speaker is the briefing's speaker of the same `id`: write `id = "…"`
input-translation-unknown-speaker = no speaker of { $file } has the id `{ $id }`
input-translation-no-speakers = the briefing has no [[speakers]]
input-translation-speakers-are = the briefing's speakers are { $list }
input-translation-translated-twice = the speaker `{ $id }` is translated twice
input-translation-stale = { $at }: the original ({ $target } in { $file }) changed since this was translated
input-translation-stale-hint = check the translation against it: `presskit translate { $file } --to { $code }` shows it above the value; edit the value to accept it
input-translation-file-header =
    # English translation of { $file }, kept up to date by `presskit translate { $file } --to { $code }`.
    # Write each text between the quotes under the `{ $mark } { $original }:` lines that show the original;
    # "" is not translated yet (a name left "" keeps the original's spelling). Dates, ids,
    # files, addresses and the attendance come from the briefing. The `{ $mark }` lines are
    # presskit's: `{ $mark }!` marks a translation whose original changed since; edit it, or
    # delete its `{ $mark }` lines, to accept it.

## msgin: input: import (`presskit import`: columns, conflicts, rows, cells, the closing line)

input-import-columns-not-imported = columns not imported: { $list }
input-import-columns-read = the columns read are { $list }; name another with `--map 'HEADING=key'`
input-import-map-names-no-heading = --map names the heading `{ $heading }`, which the sheet does not have; its headings are: { $list }
input-import-would-not-be-valid = the briefing would not be valid after the import; nothing was written
input-import-conflict = { $entry } is already in the briefing with other values: { $differences }
input-import-conflict-hint = it is at { $place } ({ $path }); correct one of the two, nothing was imported
input-import-entry = { $name }
input-import-piece-of = “{ $headline }” of { $outlet }
input-import-differs = { $key } { $there } there, { $here } here
input-import-not-given-there = { $key } not given there, { $here } here
input-import-presence-differs = { $there ->
    [yes] came
   *[no] did not come
} there, { $here ->
    [yes] came
   *[no] did not come
} here
input-import-array-not-tables = `{ $key }` is written as one array; import adds [[{ $key }]] tables
input-import-array-not-tables-hint = write each entry as its own [[{ $key }]] table, then import
input-import-nothing-to-change = { $into } already holds everything of the sheet; nothing to change{ $skipped ->
    [0] {""}
   *[other] , { $skipped } already there
}
input-import-would-complete = would complete { $count ->
    [one] 1 [[{ $key }]] table
   *[other] { $count } [[{ $key }]] tables
} in { $into }{ $skipped ->
    [0] {""}
   *[other] , { $skipped } already there
}; nothing written (--dry-run)
input-import-completed = completed { $count ->
    [one] 1 [[{ $key }]] table
   *[other] { $count } [[{ $key }]] tables
} in { $into }{ $skipped ->
    [0] {""}
   *[other] , { $skipped } already there
}
input-import-would-add = would add { $count ->
    [one] 1 [[{ $key }]] table
   *[other] { $count } [[{ $key }]] tables
} to { $into }{ $filled ->
    [0] {""}
    [one] , 1 [[{ $key }]] table there completed
   *[other] , { $filled } [[{ $key }]] tables there completed
}{ $skipped ->
    [0] {""}
   *[other] , { $skipped } already there
}; nothing written (--dry-run)
input-import-added = added { $count ->
    [one] 1 [[{ $key }]] table
   *[other] { $count } [[{ $key }]] tables
} to { $into }{ $filled ->
    [0] {""}
    [one] , 1 [[{ $key }]] table there completed
   *[other] , { $filled } [[{ $key }]] tables there completed
}{ $skipped ->
    [0] {""}
   *[other] , { $skipped } already there
}
input-import-row-has-no = this row has no { $column ->
    [outlet] outlet
    [headline] headline
   *[date] date
}
input-import-row-has-no-kind = the row of { $outlet } has no kind of outlet
input-import-no-rows = the sheet has no row under its headings
input-import-no-column-of-who-came = the sheet has no column of who came: its outlets are recorded as present, the default of format 1
input-import-no-column-of-who-came-hint = for the sign-in sheet, the complete record of who came, give `--sign-in`; for a registration list, add a column Came (Присутствовал, Келді) with yes or no, or set present = false in the briefing
input-import-people-with-names = { $outlet }: the briefing gave people = { $given }; the sheet names { $named } who came, so people = { $people } is written with their names
input-import-absent-recorded = registered, not on the sign-in sheet, so recorded as not having come (present = false): { $list }
input-import-written-otherwise = `{ $typed }` is the briefing's outlet `{ $name }` (line { $line }), written otherwise: taken as that outlet, not added as another
input-import-came-not-signed-in = { $outlet } came, says the briefing ({ $place }), but is not on the sign-in sheet
input-import-came-not-signed-in-hint = add its row to the sheet, or set present = false in the briefing if it did not come; nothing was imported
input-import-attendance-columns = an attendance sheet needs an outlet and a kind column; its headings are: { $list }
input-import-attendance-columns-hint = name them `outlet` and `kind` (or СМИ / БАҚ and Вид / Түрі), or say which is which with `--map 'HEADING=outlet'`
input-import-kind-differs = { $outlet } is { $here } here but { $first } in an earlier row
input-import-kind-differs-hint = give every row of { $outlet } the same kind
input-import-coverage-columns = a coverage sheet needs outlet, headline and date columns; its headings are: { $list }
input-import-coverage-columns-hint = name them `outlet`, `headline` and `date` (or СМИ / Заголовок / Дата, БАҚ / Тақырып / Күні), or say which is which with `--map 'HEADING=headline'`
input-import-listed-twice = this piece is listed twice with other values: { $differences }
input-import-listed-twice-hint = keep one row of it
input-import-neither-yes-nor-no = `{ $text }` is neither yes nor no
input-import-yes-no-hint = write да / нет, иә / жоқ, yes / no, 1 / 0, or x for yes
input-import-formula-error = `{ $text }` is the error of a formula that failed, not a name
input-import-formula-error-hint = type the name into the cell, or mend the formula it comes from and save the sheet again
input-import-no-letter = `{ $text }` has no letter: it is not a name
input-import-no-letter-hint = type the name into the cell; a number in the column of names is often a column shifted by one
input-import-not-a-kind = `{ $text }` is not a kind of media outlet
input-import-kinds-hint = the kinds are television, radio, print, online, news agency, freelance, other (or ТВ, радио, газета, сайт, информагентство, телеарна, газет, агенттік...)
input-import-not-whole = `{ $text }` is not { $what }
input-import-not-whole-hint = write a whole number, { $least } or more
input-import-a-number-of-people = a number of people
input-import-an-audience-estimate = an audience estimate
input-import-not-a-date = `{ $text }` is not a date
input-import-no-four-digit-year = `{ $text }` is not a date with a four-digit year
input-import-not-a-calendar-day = `{ $text }` is not a day of the calendar
input-import-date-hint = write the date as 2016-12-23 or 23.12.2016 (day, month, year)
input-import-ambiguous-date = `{ $text }` may be day { $first } of month { $second } or day { $second } of month { $first }
input-import-ambiguous-date-hint = write it with dots, day first ({ $dotted }), or as { $iso }
input-import-not-a-language = `{ $text }` is not a language
input-import-language-hint = write its code: ru, kk, en (or русский, қазақ, English)

## msgin: input: sheets (CSV, XLSX, XLS and ODS read for `import` and `mail`)

input-sheet-cannot-read = cannot read: { $reason }
input-sheet-not-a-file = is not a file
input-sheet-too-large = the file is { $size } bytes; a table may be at most { $most }
input-sheet-not-csv = this is not a CSV table: { $reason }
input-sheet-empty = the table is empty: it needs a heading row and a row per entry
input-sheet-row = row { $line }
input-sheet-an-earlier-row = an earlier row
input-sheet-second-column = a second column for `{ $key }`: `{ $heading }`
input-sheet-second-column-hint = delete or rename one of them, or say which to use with `--map`
input-sheet-map-names-no-key = `--map` names `{ $key }`, which is none of { $list }
input-sheet-not-a-map = `{ $text }` is not HEADING=key, like 'СМИ=outlet'
input-sheet-too-big-hint = a media list or a sign-in sheet is a few thousand rows of a few columns: delete what lies below or beside the table (Ctrl+End shows a sheet's last cell), or save the table alone as CSV
input-sheet-past-cells = the table reaches past { $most } cells here (blank cells inside its rows count); a table may hold at most { $most }
input-sheet-cell-too-long = this cell holds { $count } characters; a cell may hold at most { $most }, as any text of a briefing
input-sheet-text-passes = the table's text passes { $mib } MiB here; a table may hold at most that
input-sheet-not-a-workbook = cannot read the spreadsheet: it is not a workbook ({ $reason })
input-sheet-cannot-read-spreadsheet = cannot read the spreadsheet: { $reason }
input-sheet-no-sheet = cannot read the spreadsheet: it has no sheet
input-sheet-long-shared-text = this cell's text (shared text { $index } of `{ $part }`, which unpacks to { $mib } MiB) is longer than the { $most } characters a cell may hold, as any text of a briefing
input-sheet-part-too-big = its part `{ $part }` unpacks to { $mib } MiB{ $holds ->
    [texts] {" "}(the texts of its cells)
    [cells] {" "}(its sheets' cells)
   *[other] {""}
}; a table's workbook may unpack to at most { $part_most } MiB a part and { $all_most } MiB in all
input-sheet-parts-too-big = its parts unpack to more than { $mib } MiB{ $holds ->
    [texts] {" "}(the texts of its cells)
    [cells] {" "}(its sheets' cells)
   *[other] {""}
}; a table's workbook may unpack to at most { $part_most } MiB a part and { $all_most } MiB in all
input-sheet-shared-texts-declare = its part `{ $part }` (the texts of its cells) declares { $count } texts; a table may hold at most { $most } cells
input-sheet-file-refused = the file { $reason }
input-sheet-cell-in-column = this cell is in column { $column }; a table may span at most { $most } columns
input-sheet-filled-in-column = this sheet has a filled cell in column { $column }; a table may span at most { $most } columns
input-sheet-ods-cell-too-long = this cell holds more than { $most } characters; a cell may hold at most that, as any text of a briefing
input-sheet-ods-reaches = the sheet `{ $sheet }` reaches { $rows } rows × { $columns } columns here, past the { $most } cells a table may hold (rows written once with a number of repetitions count every time)
input-sheet-ods-text-passes = the text of the sheet `{ $sheet }`, its repetitions included, passes { $mib } MiB here; a table may hold at most that
input-sheet-xls-shared-texts = its shared texts declare { $count } entries; a table may hold at most { $most } cells
input-sheet-too-many-sheets = the workbook lists { $count } sheets; presskit reads workbooks of at most { $most } (it reads the first)
input-sheet-sheet-past-end = the workbook is damaged: its sheet `{ $sheet }` begins past its end
input-sheet-sheets-reach-past = the workbook's sheets reach past { $most } cells here (from { $from } to this cell, blank cells included, every sheet counted); a table may hold at most { $most }
input-sheet-dimensions-reversed = the workbook is damaged: the sheet's dimensions put its first row after its last
input-sheet-dimensions-span = the sheet says its cells span { $from } to this cell ({ $count } cells); a table may hold at most { $most }

## documents

documents-left-out = { $documents } { $count ->
    [one] was
   *[other] were
} left out: the briefing has no `[{ $section }]` yet
documents-cannot-write = cannot write: { $reason }
documents-tent-role-shortened = { $key }: the name tent prints this role shortened, cut at a word and ended with “…”: its { $length } characters do not fit the tent's face even in the smallest type; about { $fits } fit
documents-tent-role-shortened-hint = to have the role whole on the tent, write it in at most { $fits } characters; the bios print it as written
documents-media-list-columns = a media list's columns are name, email, outlet, language, greeting and given_name (the name to greet by)

# documents: warnings about a briefing
documents-outlet-written-again = { $path }: `{ $name }` is the outlet `{ $first }` of line { $line }, written again
documents-outlet-written-again-at = { $path }: the outlet `{ $name }` is written again at line { $line } (`{ $again }`)
documents-keep-one-row-per-outlet = keep one row per outlet: delete one, or give the two outlets names that tell them apart; until then they are counted and listed once
documents-presence-not-recorded = { $path }: whether `{ $name }` came is not recorded, while other outlets' presence is; it is counted as not having come
documents-write-presence = write present = true if it came, present = false if it did not
documents-not-a-web-address = { $path }: `{ $scheme }:` is not a web address; only http:// and https:// addresses become links, so this one is printed as text
documents-write-web-address = write the address of the page as a browser shows it: { $key } = "https://…"

# documents: mail drafts and media lists
documents-drafts-too-large = { $count } drafts of { $each } KiB each would hold { $total } MiB; one run drafts at most { $most } MiB
documents-media-list-needs-name-and-email = a media list needs a name and an email column; its headings are: { $headings }
documents-name-the-columns = name the columns `name` and `email` (or ФИО / Аты-жөні and E-mail)
documents-columns-not-used = columns not used: { $columns }
documents-first-mistakes-shown = the first { $count } mistakes are shown; mend them and run again for the rest
documents-row-without-address = this row has no email address
documents-not-an-address = `{ $text }` is not an email address
documents-one-address-per-row = write one address per row, like name@example.org
documents-row-without-name = the row of { $address } has no name
documents-address-listed-twice = { $address } is listed twice; drafted once
documents-first-is-at = the first is at { $place }
documents-more-rows-repeat = { $count } more rows repeat an address listed before; each address is drafted once
documents-other-language-journalists = the release is in { $languages }, but these journalists read another language: { $journalists }
documents-too-many-journalists = the media list has { $count } journalists; presskit drafts at most { $most } messages in one run
documents-split-the-list = split the list into files of fewer rows and run `mail` on each with its own -o folder
documents-no-journalist = the media list has no journalist under its headings
documents-no-sender-address = the drafts need a sender's email address
documents-add-sender-address = add `email` to [release.contact] or to [organization]

# documents: which documents are made, and why not
documents-add-what-is-missing = add what is missing to the briefing, or leave the document out of --only
documents-no-release-yet = no [release] yet
documents-no-speakers = no [[speakers]]
documents-no-attendance-yet = no attendance recorded yet
documents-not-written = { $reason }: { $files } not written
documents-this-stops = this stops { $documents }
documents-narrative-unreadable = the narrative { $reason }
documents-give-a-narrative = give --narrative a text or Markdown file the office wrote
documents-narrative-not-utf8 = the narrative is not UTF-8 text: its first character that is not is here
documents-save-as-utf8 = save it again as UTF-8: in Notepad, File → Save as…, Encoding: UTF-8
documents-cannot-read = cannot read: { $reason }
documents-and-more = { $count } more
documents-not-translated-yet = not translated yet ({ $keys }): { $files } not written
documents-translate-adds-texts = `presskit translate { $file } --to { $language }` adds every text still to translate to this file

# documents: templates (render)
documents-tag-not-closed = `{ $tag }` is not closed: `{ $closer }` is missing
documents-write-tag = write { $tag }
documents-closes-another-block = `{ $tag }` closes a block, but the block open here is `{ $open }`, opened on line { $line }
documents-close-the-open-block-first = close `{ $open }` with { $closing } first, or remove this line if it was meant to
documents-closes-unopened-block = `{ $tag }` closes a block that was never opened
documents-open-the-block = open it with { $opening } above, or remove this `{ $tag }`
documents-block-never-closed = the block `{ $tag }` opened on line { $line } is never closed
documents-close-the-block = close it with { $closing } where the block should end
documents-include-loop = templates include each other in a loop: { $templates }
documents-includes = includes
documents-no-include-loop = a template may include partials, but never one that includes it back
documents-did-you-mean-variable = did you mean { $name }?
documents-templates-vars-lists = `presskit templates vars` lists every variable a template can use
documents-no-such-variable = `{ $path }` does not exist in the data given to templates
documents-template-named = template { $name }
documents-template-syntax = template syntax: { $reason }
documents-in-printed-text = { $what } (in the text { $tag } printed)
documents-in-generated-typst = in the generated Typst: { $place }
documents-printed-text-should-print = the text is the briefing's { $key } (or made from it), which should print as written: please report this with the briefing
documents-no-templates-folder = the templates folder does not exist
documents-cannot-read-templates-folder = cannot read the templates folder: { $reason }
documents-cannot-read-template = cannot read the template: { $reason }
documents-template-outside-folder = the template resolves outside its templates folder (through a symbolic link)
documents-copy-template-in = templates are read only from inside their folder; copy the file in instead of linking to it
documents-template-not-a-file = the template is not a regular file
documents-template-too-large = the template is { $size } bytes; templates may be at most { $most }
documents-not-a-template = is not a template presskit has
documents-templates-list-names = `presskit templates list` names them all
documents-several-templates = names more than one template
documents-write-one-of = write one of { $names }

# documents: typesetting, fonts, writing the files
documents-bad-source-date-epoch = `{ $text }` is not a date a PDF can hold: give whole seconds since 1970-01-01 UTC, from 0 to { $most } (the end of 9999)
documents-unset-source-date-epoch = unset it to date each document by its event
documents-cannot-start-typesetting = cannot start typesetting: { $reason }
documents-typesetting-timed-out = typesetting took longer than { $seconds } s and was stopped
documents-template-may-loop = a template may loop or lay out without end; check recent edits, or allow more time with --timeout
documents-no-title-not-accessible = the document sets no title, so this PDF is not written as accessible (PDF/UA-1)
documents-set-a-title = add `#set document(title: [...])` near the top of the template, as the built-in ones do
documents-pdf-standards = PDF standards: { $reason }
documents-no-fonts-folder = the fonts folder does not exist
documents-file-not-fonts-folder = is a file, not a fonts folder
documents-give-the-fonts-folder = give the folder that holds the font files (.ttf, .otf, .ttc)
documents-cannot-read-fonts-folder = cannot read the fonts folder: { $reason }
documents-cannot-read-font = cannot read the font: { $reason }
documents-not-a-font = is not a font presskit can read
documents-fonts-are-truetype = fonts are TrueType or OpenType files (.ttf, .otf, .ttc); remove this one or export it again
documents-file-in-use = cannot replace the file: another program has it open (a PDF reader or a word processor keeps the file it shows)
documents-close-the-file = close { $name } in that program, then run the same command again; no file was changed
documents-file-read-only = cannot replace the file: it is marked read-only
documents-clear-read-only = right-click { $name }, Properties, clear Read-only, then run the same command again; no file was changed
documents-cannot-name-a-folder = this file name cannot name an output folder: { $why }
documents-rename-the-briefing = rename the briefing file, e.g. `almaty-2016-12-22.toml`; its name without `.toml` names the folder its documents go to
documents-already-exists = already exists; presskit does not overwrite it
documents-move-it-away = move it away, or choose another folder
documents-cannot-write-this-name = cannot write a file of this name: { $why }
documents-choose-another-name = choose another name, one that Windows PCs can open and copy too

# documents: what `templates vars` prints
documents-from-init = from `presskit init`; the reference has none
documents-the-archives-index = the archive's index
documents-the-report-to-the-donor = the report to the donor
documents-variables-of-overview = Variables of { $name } ({ $what }), for an archive holding the reference briefing:
documents-variables-of-sections = Variables of the sections { $name } uses, with the reference briefing's values:
documents-every-variable = Variables every template receives, with the reference briefing's values:
documents-list-fields-note = (list[].field is written {"{{"}field{"}}"} inside {"{{"}#each list{"}}"}; an `empty` value may hold text in another briefing)
documents-helpers = Helpers:
documents-partials = Partials:
documents-helper-str = a Typst string literal, for code position: #image({"{{"}str photo{"}}"})
documents-helper-num = a number, for code position: #bar({"{{"}num people{"}}"})
documents-helper-whole = running text inside #prose[…]: names, compounds, titles in guillemets and the last word never hyphenated
documents-helper-upper = the text in capitals (escaped like any value)
documents-helper-if = the block when the value is set, not empty, not 0
documents-helper-unless = the block when the value is not set
documents-helper-each = the block once per item, the item's fields by name; {"{{"}@index{"}}"} from 0
documents-helper-with = the block with the table's fields by name
documents-helper-compare = comparisons, inside {"{{"}#if (eq a b){"}}"}
documents-helper-len = how many items a list has
documents-helper-lookup = one item of a list

## msgout: mail's refusal, the types `templates vars` names

documents-mail-no-release = this briefing has no [release] yet; the drafts carry the release
documents-mail-write-release-first = write the [release] (headline and body) first
documents-var-text = text
documents-var-number = number
documents-var-yes-no = yes/no
documents-var-list = list
documents-var-table = table
documents-var-empty = empty
documents-var-none = none
documents-var-items = { $count } { $count ->
    [one] item
   *[other] items
}
documents-fill-in-the-texts = fill in the { $count ->
    [one] text
   *[other] { $count } texts
} named above, left empty in { $file }, then build again
documents-narrative-bold = `{ $mark }` does not make bold text: the narrative is plain text (but for `#` headings and `-` lists), so the { $count ->
    [one] pair of marks prints
   *[other] { $count } pairs of marks print
} as typed
documents-narrative-bold-hint = remove the `{ $mark }` marks around the words, or leave them if they are meant to print

## msgout: why a file name cannot be written

documents-name-holds-forbidden = it holds `{ $c }`, which Windows does not allow in a file name
documents-name-ends-with-dot-or-space = it ends with a dot or a space, which Windows drops from a file name
documents-name-is-a-device = Windows keeps the name { $device } for a device, with any extension, so no file or folder can be called `{ $name }` there
documents-name-has-no-stem = it has no name before `.toml`
documents-name-not-utf8 = it is not valid UTF-8
documents-name-starts-with-dot = it starts with a dot, which hides the folder
documents-name-holds-slash = it holds a slash or backslash
documents-name-holds-control = it holds a control character (a tab, a line break...)
documents-link-to-nothing = it is a symbolic link to nothing ({ $reason })
documents-folder-in-the-way = a folder is in the way of the file

## door: a name set on a name tent below 12 mm
documents-tent-name-small = { $key }: the name tent prints this name in capitals { $mm } mm high, smaller than the 12 mm that read from the back of a room
documents-tent-name-small-word-hint = the tent breaks a name only between its words, and `{ $word }` alone is wider than the tent at 12 mm
documents-tent-name-small-face-hint = at 12 mm the name fills the tent's face and leaves no room for the role; a shorter form of the name prints larger

## archive

archive-intact = ok { $path }
archive-briefing-gone = the archived briefing `{ $name }` is missing: its folder, recorded in FOLDERS.sha256, was deleted
archive-briefing-gone-hint = restore the folder from a backup of the archive, or archive its briefing again with the presskit that archived it (`presskit archive { $name }.toml`: the same bytes come back); if it was removed on purpose, delete its lines from { $record }
archive-revision-gone = revision { $number } of `{ $stem }` is missing: its folder, recorded in FOLDERS.sha256, was deleted
archive-revision-gone-hint = restore the folder from a backup of the archive; if it was removed on purpose, delete its line from { $record }
archive-manifest-rewritten = is not the manifest that was archived: its checksum differs from its line in FOLDERS.sha256, so it was rewritten by hand
archive-manifest-rewritten-hint = restore the folder from a backup of the archive: the documents this manifest lists cannot be trusted
archive-not-recorded = is not in the archive's record of its folders (FOLDERS.sha256): it was added by hand, not by `presskit archive`
archive-not-recorded-hint = if it belongs in this archive, archive its briefing into it (`presskit archive { $stem }.toml --to { $archive }{ $revise }`), which records the folder when it makes the same bytes; otherwise move it out of the archive
archive-no-record = the archive has no record of its folders (FOLDERS.sha256; archived by an older presskit): a briefing folder deleted or added by hand cannot be told
archive-no-record-hint = the next `presskit archive` into this archive writes it, from the folders that verify
archive-revision-missing = revision { $number } is missing: the folder holds revision { $found } after { $before }
archive-revision-missing-hint = restore the revision's folder from a backup of the archive

# archive: reading archived PDFs (extract)
archive-file-unreadable = the file { $reason }
archive-attachment-too-large = the attachment holds more than { $limit } bytes, more than anything presskit attaches
archive-attached-too-large = the PDF's attached files decompress to more than { $limit } bytes together, more than anything presskit attaches
archive-filter-not-a-name = the attachment's filter is not a name
archive-unknown-filter = the attachment is compressed with { $filter }, which presskit does not write
archive-cannot-decompress = cannot decompress the attachment: { $reason }
archive-no-attached-briefing = the PDF carries no attached briefing (.toml)
archive-not-a-readable-pdf = not a readable PDF: { $reason }
archive-no-catalog = the PDF has no catalog: { $reason }
archive-no-attached-source = the PDF carries no attached source file
archive-too-many-attachments = the PDF names { $count } attached files; presskit attaches at most { $most }
archive-attached-twice = the PDF names one attached file more than once (object { $object }); presskit attaches each file once
archive-name-leaves-folder = an attachment is named `{ $name }`, which would leave the folder
archive-name-not-portable = an attachment is named `{ $name }`, which Windows does not allow; nothing restored
archive-damaged-repair-it = the file is damaged or is not a PDF; if it is an archived copy, `presskit verify --repair` restores it from the other PDFs of its folder
archive-save-from-reader = open the PDF in a PDF reader, save that attachment under another name from its attachments panel, and write the new name in the briefing
archive-cannot-restore = cannot restore { $name }: { $reason }
archive-same-name-twice = the PDF carries two attachments named `{ $name }` (compared without case): restoring both would let one replace the other, so nothing is restored

# archive: the catalogue, storing and repairing
archive-does-not-verify = does not verify against its manifest
archive-verify-says-why = `presskit verify` says what is wrong with it
archive-the-index = the index
archive-the-report = the report
archive-left-out-of = left out of { $what }: { $reason }
archive-same-briefing-twice = holds the same briefing as `{ $folder }` (the same date and title): it is counted twice
archive-keep-one-copy = keep the copy to count: move the other folder out of { $archive } (the next `presskit archive` rebuilds the index)
archive-no-temporary-folder = no temporary folder: { $reason }
archive-attached-briefing-does-not-load = its attached briefing does not load: { $reason }
archive-cannot-write-archive = cannot write the archive: { $reason }
archive-nothing-archived = nothing of this briefing was archived; the archive holds no part of it
archive-damaged = already archived, unchanged, but its archived files are damaged: { $changes }
archive-other-version = archived by presskit { $made_by }; this presskit { $ours } makes other bytes: { $changes }
archive-changed = already archived, and this run would change it: { $changes }
archive-repair-restores = `presskit verify --repair` restores them from what the intact PDFs carry
archive-kept-as-it-is = the archived briefing is kept as it is; to archive it again, use presskit { $made_by }, or add --revise to archive this presskit's documents as its next revision
archive-never-rewritten = an archived briefing is never rewritten; to archive the corrected briefing as its next revision, beside this one, run the same command with --revise (a new file name would count the briefing twice)
archive-would-change = { $name } would change
archive-would-be-added = { $name } would be added
archive-not-its-document = { $name } is not part of this briefing's documents
archive-left-by-interrupted-run = left by an `archive` run that was interrupted
archive-holds-complete-copy = it holds a complete copy of `{ $stem }`, which verifies, and the archive has no `{ $stem }` folder: rename it to `{ $stem }` to keep it
archive-can-be-deleted = it is not part of the archive, and can be deleted
archive-manifest-unreadable = the manifest { $reason }
archive-without-manifest = without its manifest nothing can be checked, so nothing is restored
archive-cannot-be-restored = cannot be restored: { $why }
archive-no-intact-pdf = no intact PDF is left in the folder to rebuild from
archive-is-a-folder-move-it = is a folder; move it away, then repair again
archive-rebuild-does-not-match = its rebuild does not match the manifest's checksum; it is left as it is
archive-rebuild-makes-no-such-file = the rebuild does not make this file
archive-settings-do-not-read = its settings do not read: { $reason }
archive-made-by-other-version = presskit { $made_by } made it, and this is presskit { $ours }, whose documents may differ; repair it with presskit { $made_by }
archive-only-the-briefing = its PDFs carry only the briefing, not its images, templates and settings (archived by an older presskit)
archive-name-is-not-the-folders = the attached briefing's name is not the folder's
archive-rebuild-failed = the rebuild failed: { $reason }
archive-no-release-yet = this briefing has no [release] yet; only a briefing whose release is written is archived
archive-write-the-release-first = write the [release] (headline and body) first; `presskit build` makes the advisory and the handouts meanwhile
archive-cannot-read-archive = cannot read the archive: { $reason }

# archive: verify
archive-manifest-not-utf8 = the manifest is not UTF-8 text
archive-not-a-manifest-line = not a `sha256sum` line (HASH, two spaces, file name)
archive-manifest-lists-itself = the manifest lists `{ $name }`, which is not an archived file: it has been tampered with
archive-missing = { $name } is missing
archive-replaced = { $name } has been replaced: it is now { $kind }
archive-altered = { $name } has been altered: its checksum does not match
archive-unreadable = { $name } { $reason }
archive-extra-file = extra file: not in the manifest
archive-extra-entry = extra entry, { $kind }: not in the manifest
archive-symbolic-link-to = is a symbolic link (to { $target }), not part of the archive: presskit never follows it
archive-symbolic-link = is a symbolic link, not part of the archive: presskit never follows it
archive-put-the-folder-here = put the archived folder itself here, or remove the link
archive-a-symbolic-link = a symbolic link
archive-a-folder = a folder
archive-attachments-do-not-read = its attached files do not read: { $reason }
archive-document-removed = { $file } is not in the manifest, and every archived briefing has one: the document and its line were removed
archive-folder-renamed = the folder has been renamed: its documents are those of `{ $name }`, archived as `{ $stem }`
archive-rename-back = rename the folder back to `{ $stem }`
archive-revision-of-another = a revision of another briefing: its documents are those of `{ $name }`, archived as `{ $stem }`
archive-move-back-into = move it back into the folder `{ $stem }`
archive-revision-not-archived = it is a revision that was not archived, and can be deleted; `presskit archive --revise` writes it again
archive-archive-writes-index = `presskit archive` with any briefing already archived writes it again
archive-index-damaged = the index is damaged: { $reason }
archive-no-archived-briefing = no archived briefing here

## msgout: extract's and report's refusals, the record's, a repair's rebuild

archive-restore-from-another = this PDF was not made by `presskit archive` as it is; restore from another PDF of its folder
archive-nothing-restored = an attachment is named `{ $name }`, which would leave the folder; nothing restored
archive-restore-into-empty-folder = restore into an empty folder
archive-only-archived-copies = only the archived copies (`presskit archive`) carry their briefing; `build` output does not
archive-report-no-archive = no archive here: not a folder
archive-report-give-the-archive = `presskit archive` makes one; give its folder (default `archive`)
archive-report-none-verifies = no archived briefing here that verifies
archive-report-no-briefing = no briefing to report on
archive-report-empty-period = no archived briefing { $asked }: the report would be empty, so nothing was written
archive-report-from = from { $date }
archive-report-to = to { $date }
archive-report-programme = naming the programme or funder `{ $text }`
archive-report-widen = the archive holds { $count } { $count ->
    [one] briefing that verifies
   *[other] briefings that verify
}; widen the period or the programme
archive-cannot-make-workbook = cannot make the workbook: { $reason }
archive-record-unreadable = the record of the archive's folders { $reason }
archive-record-not-utf8 = the record of the archive's folders is not UTF-8 text
archive-record-bad-line = not a line of the record (HASH, two spaces, FOLDER/{ $manifest })
archive-record-restore = restore it from a backup of the archive; until then, what it records cannot be checked
archive-rebuilding = rebuilding { $folder } with the templates { $pdf } carries (verify --repair)
archive-too-many-streams = the PDF holds { $streams } streams, more than the { $most } presskit reads in one file
archive-streams-too-large = its compressed object streams would decompress to more than { $most } bytes together ({ $streams } streams, at most { $each } bytes each), more than any PDF presskit writes holds

## commands

commands-wrote = wrote { $path }
commands-up-to-date = { $file }: up to date in { $folder }
commands-checked-ok = { $file }: ok
commands-closing = { $summary }{ $failed ->
    [0] {""}
   *[other] , { $failed } failed
}, { $seconds } s
commands-built = built { $briefings } { $briefings ->
    [one] briefing
   *[other] briefings
}, { $documents } documents in { $folder }/{ $fresh ->
    [0] {""}
   *[other] , { $fresh } up to date
}
commands-checked = checked { $briefings } { $briefings ->
    [one] briefing
   *[other] briefings
}{ $fresh ->
    [0] {""}
   *[other] , { $fresh } up to date
}
commands-archived = archived { $briefings } { $briefings ->
    [one] briefing
   *[other] briefings
} into { $folder }: { $new } new, { $unchanged } already archived{ $fresh ->
    [0] {""}
   *[other] {" "}({ $fresh } up to date)
}
commands-not-done = not done: the errors printed above stop this briefing too
commands-empty-folder = the folder holds no briefing (*.toml)
commands-cannot-list = cannot list the folder: { $reason }
commands-no-data-folder = there is no data/ folder here, where presskit looks for briefings when none is named
commands-no-data-folder-here = the briefings seem to be in this folder: name them (`presskit build .` or `presskit build { $first }`), or run presskit from the folder above
commands-no-data-folder-hint = run presskit in the folder that holds data/, or name the briefing: `presskit build path/to/briefing.toml`; `presskit init` starts a new one
commands-not-a-briefing = this is { $what }, not a briefing file or a folder of them
commands-dangling-link = a symbolic link to nothing: what it points to does not exist
commands-missing = no such file or folder
commands-unreadable = cannot read: { $reason }
commands-translation-without-briefing = a translation without its briefing: there is no { $briefing } beside it
commands-translation-without-briefing-hint = a file named `<stem>.<language>.toml` translates `<stem>.toml`: put it beside its briefing, or rename it if it is a briefing of its own
commands-same-name = another briefing is also named `{ $stem }`; their outputs would collide
commands-same-name-hint = rename one of { $first } and { $second }
commands-already-format-2 = { $file } is format 2 already; nothing to change
commands-upgraded = upgraded { $file } to format 2{ $rows ->
    [0] {""}
    [one] , 1 [[attendance]] row given present = true
   *[other] , { $rows } [[attendance]] rows given present = true
}
commands-translate-into-its-own = the briefing is itself in `{ $language }`: a translation is into another language
commands-translate-into-its-own-hint = name another language with --to
commands-translation-dropped = { $file }: dropped { $key }: the briefing no longer has it
commands-translation-original-changed = { $file }: { $key }: the original changed since it was translated (marked `#|!`)
commands-translation-written = { $unchanged ->
    [yes] up to date:
   *[no] wrote
} { $file } ({ $texts } texts, { $to_translate } to translate)
commands-template-built-in = built-in
commands-template-from = { $whence ->
    [option] from --templates
   *[beside] from templates/ beside the briefing
}: { $file }
commands-ejected-beside = next: edit them; the briefings in { $folder } use them from now on
commands-ejected-elsewhere = next: edit them, then `presskit build --templates { $folder }` (a `templates/` folder beside the briefing files is used without the option)
commands-template-exists = already exists; presskit does not overwrite templates
commands-template-exists-hint = move it away, or eject into another folder
commands-cli-unknown-command = there is no command `{ $name }`
commands-cli-unknown-option = `{ $name }` is not an option of this command
commands-cli-missing = this command also needs { $what }
commands-cli-invalid-value = `{ $value }` is not a value of { $option }
commands-cli-invalid-value-because = `{ $value }` is not a value of { $option }: { $reason }
commands-cli-possible-values = its values are { $values }
commands-cli-did-you-mean = did you mean `{ $name }`?
commands-cli-more-help = `presskit --help` lists the commands; `presskit COMMAND --help` explains one
commands-cli-documents = the documents are { $names }
commands-cli-languages = write ru, kk or en
commands-cli-jobs = write a number of threads from 1 to { $most } (this machine has { $cores })
commands-cli-seconds = write a positive number of seconds
commands-init-not-a-folder = is a file, not a folder; init writes a briefing into a folder, or into a new .toml file
commands-init-name-it = the file's name becomes the name of its output and archive folders: rename it after the event and date (for example riga-2027-03-18.toml), or give the name: `{ $command }`
commands-init-next = next: edit it, then `presskit build { $path }` (or `presskit watch { $path }`)
## trans: init --translation
commands-init-translation-next = { $path }: the texts of the translation (`{ $language }`), placeholders like the briefing's: hand it to the translator; after the briefing changes, `presskit translate { $briefing } --to { $language }` brings it up to date
commands-init-translation-into-its-own = the briefing is itself in `{ $language }`: a translation is into another language
commands-init-translation-into-its-own-hint = name another language with --translation, or another language of the briefing with --language
commands-no-archive-here = no archived briefing here
commands-restored = restored { $path }
commands-verified = verified { $briefings } { $briefings ->
    [one] briefing
   *[other] briefings
}: { $intact } intact, { $damaged } damaged{ $repairing ->
    [yes] , { $repaired } repaired
   *[no] {""}
}{ $missing ->
    [0] {""}
   *[other] , { $missing } missing
}
commands-verify-next = next: `presskit verify --repair` restores what the intact PDFs of each folder can rebuild

## msgout: the closing lines of archive, extract, report, mail and watch

commands-archived-into = archived { $file } into { $folder }
commands-already-archived = { $file } is already archived, unchanged, in { $folder }{ $fresh ->
    [yes] {" "}(up to date)
   *[no] {""}
}
commands-index-up-to-date = { $path } is up to date
commands-extract-next = next: `presskit archive { $briefing }` makes the same archived PDFs again, byte for byte, with presskit { $version }
commands-reported = reported on { $briefings } { $briefings ->
    [one] briefing
   *[other] briefings
} of { $archived } archived
commands-wrote-drafts = wrote { $drafts } { $drafts ->
    [one] draft
   *[other] drafts
} into { $folder }
commands-watch-built = { $first ->
    [yes] built
   *[no] rebuilt
} { $files } files into { $folder } in { $seconds } s
commands-watch-failed = build failed after { $seconds } s; the last good documents are left in { $folder }
commands-watching = watching { $file } (Ctrl-C to stop)
commands-stopped-watching = stopped watching { $file }
commands-watch-problem = watching: { $reason }
commands-watch-folder = is a folder; watch follows one briefing file and rebuilds it on every save
commands-watch-name-the-file = name the file: presskit watch { $example }
commands-watch-no-file = no such briefing file; watch takes one .toml file
commands-watch-link-outside = is a symbolic link to { $target }, outside the briefing's folder; watch reads only the briefing's own folder
commands-watch-put-it-back = put the briefing file itself back; the watch rebuilds when it is
commands-cannot-catch-ctrl-c = cannot catch Ctrl-C: { $reason }
commands-cannot-watch = cannot watch files: { $reason }

## cli: the help of every command (`presskit --help`, `presskit build --help`)

cli-heading-usage = Usage:
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-heading-commands = Commands
cli-default = default
cli-possible = possible values
cli-about = Press kits from one TOML file per briefing: Handlebars templates typeset by embedded Typst.
cli-after = Example: presskit init data/riga-2027-03-18.toml && presskit watch data/riga-2027-03-18.toml
cli-build-about = Build the documents of each briefing into DIR/<stem>/
cli-build-long =
    Build the documents of each briefing into DIR/<stem>/.

    Example: presskit build data/almaty-2016-12-22.toml -o out
cli-build-inputs = Briefing files or folders of them (every *.toml inside)
cli-build-output = Where to write; each briefing gets a folder named after its file
cli-build-only = Build only these documents, named as in the output folder without the extension (`press-release` makes both its PDF and its text)
cli-check-about = Validate briefings and templates exactly as `build` would, writing nothing
cli-check-long =
    Validate briefings and templates exactly as `build` would, writing nothing.

    Example: presskit check data/
cli-check-inputs = Briefing files or folders of them (every *.toml inside)
cli-archive-about = Archive briefings as PDF/A-3 with their source attached, with checksum manifests
cli-archive-long =
    Archive briefings as PDF/A-3 with their source attached, with checksum manifests.

    Never overwrites: archiving identical output again does nothing; any change is refused, unless --revise archives it as the briefing's next revision. Rebuilds DIR/index.pdf afterwards.

    Example: presskit archive data/almaty-2016-12-22.toml --to archive
cli-archive-inputs = Briefing files or folders of them (every *.toml inside)
cli-archive-to = The archive folder; each briefing gets a folder named after its file
cli-verify-about = Re-check every folder of an archive against its manifest
cli-verify-long =
    Re-check every folder of an archive against its manifest.

    Example: presskit verify archive
cli-verify-dir = The archive folder
cli-verify-repair = Restore each damaged or missing file from what an intact PDF of its folder carries, when its rebuild matches the manifest; never touches anything else
cli-report-about = The report to the donor over a period, from the archive alone: indicators, the briefings, people per quarter, the outlets, the programmes and funders
cli-report-long =
    The report to the donor over a period, from the archive alone: indicators, the briefings, people per quarter, the outlets, the programmes and funders.

    Example: presskit report archive --from 2017-01-01 --to 2017-12-31 --csv indicators.csv --paper letter
cli-report-archive = The archive folder
cli-report-from = Only briefings held on or after this date (2017-01-01)
cli-report-to = Only briefings held on or before this date (2017-12-31)
cli-report-programme = Only briefings naming a programme whose title or funder contains TEXT (case-insensitive)
cli-report-output = Where to write the report (PDF/A)
cli-report-csv = Also write the indicator table as CSV for a spreadsheet: indicator, value (a number) and a qualifier column for lower bounds ("at least")
cli-report-xlsx = Also write the report's tables as an Excel workbook, one sheet per table, numbers as numbers, headings in the report's language
cli-report-narrative = The office's own narrative (plain text or Markdown paragraphs, headings and lists), printed before the tables
cli-report-prepared_by = Who prepared the report, for its "Prepared by" line (default: the office, else the organisation, of the letterhead)
cli-report-prepared_on = The day the report is prepared on (2018-01-05), printed on its "Prepared by" line; never read from the clock, so the report's bytes depend on its inputs
cli-report-templates = A folder of the office's own templates: its `report.typ.hbs` and partials replace the built-in ones, file by file
cli-report-paper = Paper size of the report
cli-report-fonts = Add the fonts (TTF, OTF, TTC) in DIR to the shipped ones and to those the archived briefings carry; templates name them by family
cli-report-language = Write the report in this language (ru, kk, en); by default that of every briefing reported on when they share one, else English
cli-extract-about = Print the briefing TOML attached to an archived PDF
cli-extract-long =
    Print the briefing TOML attached to an archived PDF.

    Example: presskit extract archive/almaty-2016-12-22/press-release.pdf > briefing.toml
cli-extract-file = An archived PDF
cli-extract-output = Restore everything the PDF was made from into DIR (the briefing, its images, the office's templates and fonts, the settings), ready for `presskit archive` or `build`; never overwrites
cli-templates-about = List or write out the built-in templates
cli-templates-long =
    List or write out the built-in templates.

    Example: presskit templates eject data/templates
cli-templates-list-about = List the templates and partials; given a briefing or folder, say where each of its templates comes from (built-in, templates/ beside it, or --templates DIR)
cli-templates-list-long =
    List the templates and partials; given a briefing or folder, say where each of its templates comes from (built-in, templates/ beside it, or --templates DIR).

    Example: presskit templates list data/almaty-2016-12-22.toml
cli-templates-list-inputs = Briefing files or folders of them; without one, the built-in templates
cli-templates-list-templates = The templates folder `build --templates DIR` would be given
cli-templates-eject-about = Write editable copies of the built-in templates into DIR (default: templates/), all of them or the one named; never overwrites
cli-templates-eject-long =
    Write editable copies of the built-in templates into DIR (default: templates/), all of them or the one named; never overwrites.

    Example: presskit templates eject data/templates press-release.typ.hbs
cli-templates-eject-dir = Folder to write into
cli-templates-eject-name = One template to write, as `templates list` names it (partials/style.typ.hbs)
cli-templates-vars-about = Print every variable a template can use, with its type and the reference briefing's value, the helpers and the partials
cli-templates-vars-long =
    Print every variable a template can use, with its type and the reference briefing's value, the helpers and the partials.

    Example: presskit templates vars press-release.typ.hbs
cli-templates-vars-template = One template (press-release.typ.hbs): only the sections it uses
cli-help-about = Print this message or the help of the given subcommand(s)
cli-translate-about = Write, or bring up to date, the translation of a briefing into another language: <stem>.<LANG>.toml beside it, with every text to translate under the original it translates. Keeps every value already translated, drops what the briefing no longer has (saying so), and marks each value whose original changed since
cli-translate-long =
    Write, or bring up to date, the translation of a briefing into another language: <stem>.<LANG>.toml beside it, with every text to translate under the original it translates. Keeps every value already translated, drops what the briefing no longer has (saying so), and marks each value whose original changed since.

    Example: presskit translate data/almaty-2017-03-23-ru.toml --to kk
cli-translate-briefing = The briefing file
cli-translate-to = The language to translate into
cli-init-about = Write a new briefing file to start from: every section, a comment on each key, placeholder values that build as they are. Never overwrites
cli-init-long =
    Write a new briefing file to start from: every section, a comment on each key, placeholder values that build as they are. Never overwrites.

    Example: presskit init && presskit build   (writes data/briefing.toml, then out/briefing/)
cli-init-dir = A new .toml file to write (data/riga-2027-03-18.toml), or a folder to write PATH/briefing.toml into
cli-init-language = The language of its comments and placeholders, and its `[event] language`; by default the user's (PRESSKIT_LANG, else the locale)
## trans: init --translation
cli-init-translation = Also write its translation into LANG beside it (<stem>.LANG.toml), its texts the placeholders of that language, kept up to date by `presskit translate`; may be given twice
cli-upgrade-about = Rewrite format-1 briefings as format 2 without changing what they mean: an attendance row without `present` gets `present = true` (format 1 counted it as come; format 2 reads it as not recorded yet). Comments stay; a format-2 file is left as it is
cli-upgrade-long =
    Rewrite format-1 briefings as format 2 without changing what they mean: an attendance row without `present` gets `present = true` (format 1 counted it as come; format 2 reads it as not recorded yet). Comments stay; a format-2 file is left as it is.

    Example: presskit upgrade data/*.toml
cli-upgrade-files = The briefing files
cli-watch-about = Build one briefing, then rebuild it whenever it, its images or its templates change; a failed rebuild leaves the last good documents in place. Ctrl-C stops
cli-watch-long =
    Build one briefing, then rebuild it whenever it, its images or its templates change; a failed rebuild leaves the last good documents in place. Ctrl-C stops.

    Example: presskit watch data/briefing.toml -o out
cli-watch-input = The briefing file
cli-watch-output = Where to write; the briefing gets a folder named after its file
cli-mail-about = Write one email draft (.eml) per journalist of a media list into DIR/<stem>/mail/: a greeting in the briefing's language, the release as text and HTML in the body, the release PDF attached. Sends nothing: open the drafts in a mail program. The media list (CSV, XLSX or ODS with name and email columns) is personal data; it is read, never copied
cli-mail-long =
    Write one email draft (.eml) per journalist of a media list into DIR/<stem>/mail/: a greeting in the briefing's language, the release as text and HTML in the body, the release PDF attached. Sends nothing: open the drafts in a mail program. The media list (CSV, XLSX or ODS with name and email columns) is personal data; it is read, never copied.

    Example: presskit mail data/almaty-2016-12-22.toml --media-list journalists.csv
cli-mail-briefing = The briefing file
cli-mail-media_list = The media list: a CSV, XLSX or ODS file with name and email columns (and optionally outlet, language, greeting)
cli-mail-output = Where to write; the drafts go into DIR/<stem>/mail/
cli-mail-attach_kit = Attach the press kit as well as the release
cli-import-about = Merge the rows of a sign-in sheet or registration export (attendance) or of a media-monitoring export (coverage), CSV, XLSX or ODS, into a briefing as [[attendance]] or [[coverage]] tables, keeping the file's comments. Rows of one outlet become one attendance table; what is already there with the same values is skipped, with other values it is an error. Any bad row writes nothing
cli-import-long =
    Merge the rows of a sign-in sheet or registration export (attendance) or of a media-monitoring export (coverage), CSV, XLSX or ODS, into a briefing as [[attendance]] or [[coverage]] tables, keeping the file's comments. Rows of one outlet become one attendance table; what is already there with the same values is skipped, with other values it is an error. Any bad row writes nothing.

    Example: presskit import attendance sign-in.csv --into data/almaty-2016-12-22.toml --dry-run
cli-import-what = What the file holds
cli-import-file = The CSV, XLSX or ODS file
cli-import-into = The briefing file to merge the rows into
cli-import-dry_run = Print the change as a unified diff of the briefing; write nothing
cli-import-map = Read the column HEADING as `key` (attendance: outlet, name, present, kind, people, website, programme; coverage: outlet, headline, date, kind, url, language, reach, note); may be given several times
cli-import-sign_in = Attendance: the file is the sign-in sheet, the complete record of who came: its outlets came, and registered outlets missing from it did not (present = false). Without it, an attendance file's rows are registrations
cli-completions-about = Print a shell completion script
cli-completions-long =
    Print a shell completion script.

    Example: presskit completions bash > ~/.local/share/bash-completion/completions/presskit
cli-completions-shell = The shell
cli-opt-quiet = Print nothing but errors
cli-opt-verbose = Print every file written
cli-opt-max_memory = Stop the run when presskit's memory passes this many MiB (a template may build something huge; Typst cannot stop one document, so the whole run ends, status 1)
cli-opt-help = Print help
cli-opt-version = Print version
cli-opt-templates = Use the templates in DIR (file by file) before those beside the briefing and the built-in ones
cli-opt-paper = Paper size of the PDFs
cli-opt-jobs = How many briefings to work on at once (default: one per core)
cli-opt-force = Make every briefing again, even one whose documents are up to date (its inputs and documents unchanged since they were written)
cli-opt-keep_typst = Also write the Typst markup generated for each document into OUT/<stem>/typst/<document>.typ (build and check: out/ unless -o; watch), even when it fails to typeset, so that a designer can read what Typst saw
cli-opt-fonts = Add the fonts (TTF, OTF, TTC) in DIR to the shipped ones and to those of a fonts/ folder beside the briefing; templates name them by family
cli-opt-timeout = Stop typesetting a document after this many seconds (a template may loop)

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
cli-opt-revise = Archive a briefing changed since it was archived (coverage added, a figure corrected) as its next revision, DIR/<stem>/rev-2, beside the earlier one, which stays; index.pdf and the report count the latest revision
