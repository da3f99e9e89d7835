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
documents-media-list-columns = БАҚ тізімінің бағандары: name (аты-жөні), email, outlet (БАҚ), language (тіл), greeting (қаратпа сөз) және given_name (есімі)

## archive

archive-intact = дұрыс { $path }

## commands

commands-wrote = жазылды { $path }
commands-up-to-date = { $file }: { $folder } ішінде бәрі өзекті
commands-checked-ok = { $file }: қате жоқ
