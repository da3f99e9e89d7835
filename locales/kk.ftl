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

## documents

documents-left-out = { $documents }: { $count } құжат жасалмады — брифингте әлі `[{ $section }]` бөлімі жоқ
documents-cannot-write = жазу мүмкін емес: { $reason }

## archive

archive-intact = дұрыс { $path }

## commands

commands-wrote = жазылды { $path }
commands-up-to-date = { $file }: { $folder } ішінде бәрі өзекті
commands-checked-ok = { $file }: қате жоқ
