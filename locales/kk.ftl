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

## documents

documents-left-out = { $documents }: { $count } құжат жасалмады — брифингте әлі `[{ $section }]` бөлімі жоқ
documents-cannot-write = жазу мүмкін емес: { $reason }

## archive

archive-intact = дұрыс { $path }

## commands

commands-wrote = жазылды { $path }
commands-up-to-date = { $file }: { $folder } ішінде бәрі өзекті
commands-checked-ok = { $file }: қате жоқ

## events of several days, the advisory's deadline and languages (issue 31)

input-end-before-start = соңғы күн, { $end }, бірінші күннен бұрын: `event.date` = { $start }
input-end-before-start-hint = end_date = { $start } немесе одан кейінгі күнді жазыңыз; бір күндік іс-шараға end_date керек емес
input-end-time-without-time = аяқталу уақыты басталу уақытынсыз берілген: `time` жазылмаған
input-end-time-without-time-hint = time = 10:00:00 (басталу уақыты) жолын [event] бөліміне қосыңыз
input-end-time-not-after-start = іс-шараның аяқталу уақыты ({ $end }) басталу уақытынан ({ $start }) кейін емес
input-end-time-not-after-start-hint = аяқталу уақытын жазыңыз немесе іс-шара басқа күні аяқталса, end_date қосыңыз
documents-late-deadline = аккредиттеу іс-шара басталғаннан кейін жабылады ({ $start }): журналистер тым кеш тіркеледі
documents-late-deadline-hint = мерзімді іс-шараға дейін қойыңыз, мысалы deadline = { $day }T18:00:00, немесе оны алып тастаңыз
documents-unnamed-language = presskit `{ $code }` тілінің атауын білмейді: анонста ол `{ $printed }` болып басылады
documents-unnamed-language-hint = presskit атайтын кодтардың бірін жазыңыз ({ $codes }) немесе кодты тексеріңіз: ISO 639-1 бойынша екі әріп
