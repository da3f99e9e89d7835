# presskit хабарламалары қазақ тілінде. Әр id en.ftl, ru.ftl және kk.ftl файлдарында
# бірдей айнымалылармен бар; `cargo test messages` жетіспейтін, артық не қолданылмаған
# жолды атайды. Кілттер, командалар, параметрлер мен файл атаулары аударылмайды.

## frame: the words around every diagnostic

frame-error = қате
frame-warning = ескерту
frame-note = ескертпе
frame-hint = кеңес

## general

internal-error = ішкі қате: { $what }
internal-error-hint = бұл presskit { $version } бағдарламасының қатесі, сіздің файлыңыздікі емес; ештеңе жазылған жоқ. Брифингті, өз үлгілеріңізді (болса) және осы хабарламаны қоса әзірлеушілерге жіберіңіз

## input

input-not-a-table = `{ $key }` — брифинг пішімінде мұндай кесте жоқ
input-at-key = { $key }: { $what }
input-did-you-mean = мүмкін, `{ $name }` деп жазу керек пе?
input-missing-required-key = { $table } ішінде міндетті `{ $key }` кілті жоқ
input-unknown-speaker-id = id-і `{ $id }` болатын спикер жоқ
input-no-closing-quote = { $subject }мәтіннің жабатын тырнақшасы жоқ
input-no-closing-quote-hint = мәтінді сол жолда " белгісімен аяқтаңыз; бірнеше жолдан тұратын мәтін """ пен """ арасына жазылады
input-unknown-language = белгісіз тіл `{ $code }`
input-write-value = былай жазыңыз: { $key } = "{ $value }"
input-known-languages = бұл нұсқа құжаттарды мына тілдерде жазады: { $languages }

## input: mistakes (the briefing's text)

input-write-line = былай жазыңыз: { $line }
input-curly-quotes = { $subject }мәтін типографиялық тырнақшаға (“…” немесе «…») алынған, ал TOML оларды тырнақша деп оқымайды
input-curly-quotes-write = пернетақтадағы түзу тырнақшаны қойыңыз: { $line }
input-curly-quotes-hint = мәтінді пернетақта басатын түзу "…" тырнақшаға алыңыз; мәтін ішінде типографиялық тырнақша қала береді
input-backslash-in-path = { $subject }TOML мәтінінде кері қиғаш сызық \ арнайы таңбаны бастайды, сондықтан жол / арқылы жазылады
input-copy-into-folder = файл брифинг қалтасында тұруы керек: { $file } файлын сонда, брифингтің қасына көшіріп, былай жазыңыз: { $line }
input-backslash-in-text = { $subject }TOML мәтінінде кері қиғаш сызық \ арнайы таңбаны бастайды (\n, \")
input-backslash-hint = кері қиғаш сызықты басып шығару үшін екеуін жазыңыз: \\
input-quote-ends-text = { $subject }бұл тырнақша мәтінді жабады, ал одан кейінгісі TOML емес
input-apostrophe-in-single-quotes = жалқы тырнақшадағы мәтінде апостроф болмайды: мәтінді қос тырнақшаға "…" алыңыз
input-inner-quote = мәтін ішіндегі тырнақша \" деп жазылып, { $marks } болып басылады; { $marks } таңбасын өзіңіз де тере аласыз
input-inner-quote-any-language = мәтін ішіндегі тырнақша \" деп жазылып, ағылшын мәтінінде “…”, орыс және қазақ мәтінінде «…» болып басылады; бұл тырнақшаларды өзіңіз де тере аласыз
input-true-or-false-bare = `{ $key }` — true не false, тырнақшасыз
input-whole-number-bare = `{ $key }` — тек цифрмен жазылатын бүтін сан
input-no-opening-quote = `{ $key }`: мәтіннің ашатын тырнақшасы жоқ
input-text-without-quotes = `{ $key }`: мәтін тырнақшаға алынып жазылады
input-time-form = уақыт 11:00:00 түрінде (сағат, минут, секунд, : арқылы), тырнақшасыз жазылады
input-embargo-form = эмбарго 2027-03-18T10:00:00+06:00 түрінде (күні, T, уақыты, UTC-тен айырмасы), тырнақшасыз жазылады
input-deadline-form = мерзім 2027-03-15T18:00:00 түрінде (күні, T, уақыты), тырнақшасыз жазылады
input-date-form = күн 2027-03-18 түрінде (жыл, ай, күн, - арқылы), тырнақшасыз жазылады
input-table-opened-twice = { $header } кестесі { $line }-жолда ашылған
input-table-opened-twice-hint = { $header } кестесінің барлық кілтін оның бірінші тақырыбының астына жазып, мына тақырыпты өшіріңіз
input-key-set-twice = `{ $path }` { $line }-жолда берілген
input-key-set-twice-hint = әр кестеде кілт бір рет жазылады: екі жолдың бірін қалдырыңыз
input-list-as-table = [{ $name }] бір кесте жасайды, ал { $name } — тізім: әр элементі қос жақшадағы [[{ $name }]] деп басталады
input-list-as-table-hint = осында және әр басқа элементтің үстіне [[{ $name }]] деп жазыңыз
input-add-under-heading = осы { $heading } тақырыбының астына { $example } қосыңыз
input-number-of-people = { $path } — адам саны, кемінде 1 болатын бүтін сан, мысалы 2
input-whole-number = { $path } — бүтін сан, мысалы { $example }, тырнақшасыз
input-true-or-false = { $path } — true не false, тырнақшасыз
input-list-of-paragraphs = { $path } — абзацтар тізімі: { $key } = ["…", "…"]
input-list-of-texts = { $path } — мәтіндер тізімі: { $key } = ["…", "…"]
input-is-text = { $path } — тырнақшадағы мәтін: { $key } = "…"
input-is-table = { $path } — кесте: оның кілттерін [{ $path }] тақырыбының астына жазыңыз
input-leave-out-unknown = сан белгісіз болса, { $key } жазбаңыз
input-not-a-key-of = { $heading } ішінде `{ $key }` кілті жоқ
input-tables-are = пішімнің кестелері: { $list }
input-keys-are = оның кілттері: { $list }
input-not-a-kind = { $path }: `{ $word }` — БАҚ түрі емес; түрлері: { $list }
input-kind-meant = «{ $word }» үшін былай жазыңыз: kind = "{ $kind }"

## input: the file itself

input-resave = файлды UTF-8 түрінде қайта сақтаңыз: Блокнотта — Файл → Басқаша сақтау…, Кодтау: UTF-8, Сақтау; басқа редакторларда — кодтау (таңбалар жиыны) UTF-8
input-saved-as-utf16 = файл UTF-16 түрінде сақталған (Блокнотта — «Юникод»), ал presskit тек UTF-8 оқиды
input-saved-as-windows-1251 = файл Windows-1251 (кирилл) түрінде сақталған, ал presskit тек UTF-8 оқиды; UTF-8 емес алғашқы әріп осында ({ $byte }-байт)
input-not-utf8 = файл UTF-8 кодтауында емес ({ $byte }-байт); оны UTF-8 түрінде сақтаңыз
input-empty-briefing = брифинг файлы бос
input-empty-briefing-hint = `presskit init FILE` толтыруға арналған файл жасайды, онда барлық бөлім және әр кілтке түсініктеме бар
input-no-format = брифингте `format` кілті жоқ
input-no-format-hint = файлды `format = 2` жолынан бастаңыз
input-unknown-format = `format` мәні { $typed }; presskit-тің бұл нұсқасы format { $versions } оқиды
input-unknown-format-hint = жаңа файлға presskit-тің жаңа нұсқасы керек; ескі файлды `format = 2` деп жазыңыз
input-no-section = брифингте [{ $section }] бөлімі жоқ
input-no-section-hint = [{ $section }] кестесін қосыңыз; `presskit init` барлық бөлімі бар файл жасайды

## input: model (the briefing's values)

input-speaker-named = { $typed } — { $path } спикерінің аты, { $name }, оның id-і { $id }: былай жазыңыз: speaker = "{ $id }"
input-speakers-named = { $typed } — бірнеше спикердің аты: { $list }; керегінің id-ін жазыңыз
input-speaker-of-list = { $path }, { $name } (id { $id })
input-no-speakers = спикерлер көрсетілмеген: [[speakers]] кестесін қосыңыз
input-speaker-ids = спикерлердің id-і: { $list }
input-speaker-named-by-id = спикер өз [[speakers]] кестесінің id-і арқылы аталады: { $list }
input-id-used-twice = `{ $id }` id-і бос емес: { $first }
input-id-of-its-own = әр спикердің өз id-і болуы керек
input-no-paragraph = баспасөз релизінде кемінде бір абзац болуы керек
input-not-a-language-code = `{ $code }` — тіл коды емес
input-language-codes-hint = екі әріпті кодтарды жазыңыз, мысалы interpretation = ["ru", "kk", "en"]
input-year-out-of-range = { $year } — брифинг жылы емес; жыл { $from } мен { $to } аралығында болады
input-expected-date = 2016-12-22 түріндегі күн керек, ал { $found } жазылған
input-expected-time = 11:00:00 түріндегі уақыт керек, ал { $found } жазылған
input-expected-moment = 2027-03-15T18:00:00 түріндегі күн мен уақыт керек, ал { $found } жазылған
input-expected-embargo = 2016-12-22T13:00:00+06:00 түріндегі күн, уақыт және UTC-тен айырма керек, ал { $found } жазылған
input-embargo-needs-zone = ешкім қате түсінбеуі үшін эмбаргоның уақыт белдеуі көрсетілуі керек
input-path-leaves-folder = `{ $path }` брифинг қалтасынан шығып кетеді
input-path-absolute = `{ $path }` — абсолют жол
input-path-names-no-file = `{ $path }` ешбір файлды атамайды
input-path-through-link = `{ $path }` брифинг қалтасының сыртына апарады (символдық сілтеме арқылы)
input-path-not-a-file = `{ $path }` — файл емес
input-paths-stay-inside = жолдар брифинг файлынан бастап саналады және оның қалтасынан шықпайды
input-not-allowed-to-read = `{ $path }` бар, бірақ presskit-ке оны оқуға рұқсат жоқ
input-not-allowed-to-read-hint = файлды оқу құқығын өзіңізге беріңіз (оның қасиеттерінде не рұқсаттарында)
input-cannot-read = `{ $path }` оқылмады: { $reason }
input-check-the-path = атауын және қалтасын тексеріңіз: жол брифинг қалтасынан бастап оқылады
input-no-folder = брифинг қалтасында `{ $folder }` қалтасы жоқ, сондықтан `{ $path }` те жоқ
input-no-file = брифинг қалтасында `{ $path }` файлы жоқ
input-nearly-the-file = мүмкін, { $fixed } деп жазу керек пе? былай жазыңыз: { $line }
input-folder-holds = брифинг қалтасында: { $names }
input-subfolder-holds = `{ $folder }` ішінде: { $names }
input-image-too-large = `{ $path }` көлемі { $bytes } байт; сурет { $most } байттан аспауы керек
input-image-too-large-hint = суретті кішірейтіңіз: басылатын өлшемде 300 dpi жеткілікті
input-not-an-image-name = `{ $path }` — PNG, JPEG не SVG файлының атауы емес
input-image-names-hint = логотиптер мен фотосуреттер .png, .jpg, .jpeg не .svg файлдары болады
input-image-of-another-format = `{ $path }` { $expected } деп аталған, бірақ іші { $found }
input-image-not-an-image = `{ $path }` { $expected } деп аталған, бірақ іші сурет емес
input-export-again-hint = суретті атауында көрсетілген пішімде қайта сақтаңыз
input-export-again-sized-hint = суретті графикалық редакторда басылатын өлшемде қайта сақтаңыз

## documents

documents-left-out = { $documents }: { $count } құжат жасалмады — брифингте әлі `[{ $section }]` бөлімі жоқ
documents-cannot-write = жазу мүмкін емес: { $reason }

## archive

archive-intact = дұрыс { $path }

## commands

commands-wrote = жазылды { $path }
commands-up-to-date = { $file }: { $folder } ішінде бәрі өзекті
commands-checked-ok = { $file }: қате жоқ
