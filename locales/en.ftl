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
documents-media-list-columns = a media list's columns are name, email, outlet, language and greeting
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

## archive

archive-intact = ok { $path }

## commands

commands-wrote = wrote { $path }
commands-up-to-date = { $file }: up to date in { $folder }
commands-checked-ok = { $file }: ok
