# Сообщения presskit на русском языке. Каждый id есть в en.ftl, ru.ftl и kk.ftl с теми же
# переменными; `cargo test messages` называет недостающую, лишнюю или неиспользованную
# строку. Ключи, команды, параметры и имена файлов не переводятся.

## frame: the words around every diagnostic

frame-error = ошибка
frame-warning = предупреждение
frame-note = примечание
frame-hint = подсказка

## general

internal-error = внутренняя ошибка: { $what }
internal-error-hint = это ошибка в presskit { $version }, а не в вашем файле; ничего не записано. Сообщите о ней разработчикам, приложив брифинг, свои шаблоны (если есть) и это сообщение

## msgout: the out-of-memory report, put into words at start-up

general-memory-passed = { $what }: не хватило памяти, которую разрешает `--max-memory` ({ $mib } МиБ){ $during }; работа остановлена
general-memory-passed-at-once = { $what }: не хватило памяти, которую разрешает `--max-memory` ({ $mib } МиБ; запрошено сразу { $size } МиБ){ $during }; работа остановлена
general-memory-while = {" "}(шло: { $what })
general-memory-presskit = presskit
general-memory-typesetting = вёрстка { $document }
general-memory-hint-template = вероятно, шаблон строит что-то огромное или бесконечное; проверьте последние правки или разрешите больше памяти с `--max-memory`
general-memory-hint-input = входные данные больше, чем позволяет этот предел; разрешите больше памяти с `--max-memory`

## input

input-not-a-table = `{ $key }` — такой таблицы в формате брифинга нет
input-at-key = { $key }: { $what }
input-did-you-mean = может быть, имелось в виду `{ $name }`?
input-missing-required-key = в { $table } нет обязательного ключа `{ $key }`
input-unknown-speaker-id = нет спикера с id `{ $id }`
input-no-closing-quote = { $subject }у текста нет закрывающей кавычки
input-no-closing-quote-hint = закончите текст знаком " в той же строке; текст в несколько строк пишется между """ и """
input-unknown-language = неизвестный язык `{ $code }`
input-write-value = напишите { $key } = "{ $value }"
input-known-languages = эта сборка пишет документы на языках: { $languages }

## input: mistakes (the briefing's text)

input-write-line = напишите { $line }
input-curly-quotes = { $subject }текст взят в типографские кавычки (“…” или «…»), а TOML их кавычками не считает
input-curly-quotes-write = поставьте прямые кавычки, как на клавиатуре: { $line }
input-curly-quotes-hint = возьмите текст в прямые кавычки "…", как их печатает клавиатура; внутри текста типографские кавычки можно оставить
input-backslash-in-path = { $subject }обратная косая черта \ в тексте TOML начинает специальный символ, поэтому пути пишутся через /
input-copy-into-folder = файл должен лежать в папке брифинга: скопируйте { $file } туда, рядом с брифингом, и напишите { $line }
input-backslash-in-text = { $subject }обратная косая черта \ в тексте TOML начинает специальный символ (\n, \")
input-backslash-hint = чтобы напечатать обратную косую черту, напишите две: \\
input-quote-ends-text = { $subject }эта кавычка закрывает текст, а то, что идёт после неё, не является TOML
input-apostrophe-in-single-quotes = в одинарных кавычках текст не может содержать апостроф: возьмите его в двойные кавычки "…"
input-inner-quote = кавычка внутри текста пишется как \" и печатается как { $marks }; можно и сразу набрать { $marks }
input-inner-quote-any-language = кавычка внутри текста пишется как \" и печатается как “…” в английском тексте и «…» в русском и казахском; можно и сразу набрать эти кавычки
input-true-or-false-bare = `{ $key }` — это true или false, без кавычек
input-whole-number-bare = `{ $key }` — целое число, записанное только цифрами
input-no-opening-quote = `{ $key }`: у текста нет открывающей кавычки
input-text-without-quotes = `{ $key }`: текст пишется в кавычках
input-time-form = время пишется как 11:00:00 (часы, минуты, секунды через :), без кавычек
input-embargo-form = эмбарго пишется как 2027-03-18T10:00:00+06:00 (дата, T, время, смещение от UTC), без кавычек
input-deadline-form = срок пишется как 2027-03-15T18:00:00 (дата, T, время), без кавычек
input-date-form = даты пишутся как 2027-03-18 (год, месяц, день через -), без кавычек
input-table-opened-twice = таблица { $header } уже открыта в строке { $line }
input-table-opened-twice-hint = перенесите все ключи { $header } под её первый заголовок, а этот удалите
input-key-set-twice = `{ $path }` уже задан в строке { $line }
input-key-set-twice-hint = в каждой таблице ключ пишется один раз: оставьте одну из двух строк
input-list-as-table = [{ $name }] создаёт одну таблицу, а { $name } — это список: каждый элемент начинается с [[{ $name }]], в двойных скобках
input-list-as-table-hint = напишите [[{ $name }]] здесь и над каждым другим элементом
input-add-under-heading = добавьте { $example } под этот заголовок { $heading }
input-number-of-people = { $path } — целое число людей, не меньше 1, например 2
input-whole-number = { $path } — целое число, например { $example }, без кавычек
input-true-or-false = { $path } — это true или false, без кавычек
input-list-of-paragraphs = { $path } — список абзацев: { $key } = ["…", "…"]
input-list-of-texts = { $path } — список текстов: { $key } = ["…", "…"]
input-is-text = { $path } — текст в кавычках: { $key } = "…"
input-is-table = { $path } — таблица: напишите её ключи под заголовком [{ $path }]
input-leave-out-unknown = если число неизвестно, не указывайте { $key }
input-not-a-key-of = в { $heading } нет ключа `{ $key }`
input-tables-are = таблицы формата: { $list }
input-keys-are = её ключи: { $list }
input-not-a-kind = { $path }: `{ $word }` — не вид СМИ; виды: { $list }
input-kind-meant = для «{ $word }» напишите kind = "{ $kind }"

## input: the file itself

input-resave = сохраните файл заново в UTF-8: в Блокноте — Файл → Сохранить как…, Кодировка: UTF-8, Сохранить; в других редакторах — кодировка (набор символов) UTF-8
input-saved-as-utf16 = файл сохранён в UTF-16 (в Блокноте — «Юникод»), а presskit читает только UTF-8
input-saved-as-windows-1251 = файл сохранён в Windows-1251 (кириллица), а presskit читает только UTF-8; первая буква не в UTF-8 — здесь (байт { $byte })
input-not-utf8 = файл не в кодировке UTF-8 (байт { $byte }); сохраните его в UTF-8
input-empty-briefing = файл брифинга пуст
input-empty-briefing-hint = `presskit init FILE` создаст файл для заполнения, со всеми разделами и пояснением к каждому ключу
input-no-format = в брифинге нет ключа `format`
input-no-format-hint = начните файл со строки `format = 2`
input-unknown-format = `format` равен { $typed }; эта версия presskit читает format { $versions }
input-unknown-format-hint = для более нового файла нужна более новая версия presskit; более старый файл пишите с `format = 2`
input-no-section = в брифинге нет раздела [{ $section }]
input-no-section-hint = добавьте таблицу [{ $section }]; `presskit init` создаёт файл со всеми разделами

## input: model (the briefing's values)

input-speaker-named = { $typed } — это имя спикера { $path }, { $name }, его id — { $id }: напишите speaker = "{ $id }"
input-speakers-named = { $typed } — так зовут нескольких: { $list }; напишите id нужного спикера
input-speaker-of-list = { $path }, { $name } (id { $id })
input-no-speakers = спикеры не указаны: добавьте таблицу [[speakers]]
input-speaker-ids = id спикеров: { $list }
input-speaker-named-by-id = спикер указывается по id его таблицы [[speakers]]: { $list }
input-id-used-twice = id `{ $id }` уже занят: { $first }
input-id-of-its-own = у каждого спикера должен быть свой id
input-no-paragraph = в пресс-релизе должен быть хотя бы один абзац
input-not-a-language-code = `{ $code }` — не код языка
input-language-codes-hint = пишите двухбуквенные коды, например interpretation = ["ru", "kk", "en"]
input-year-out-of-range = { $year } — не год брифинга; допустимы годы с { $from } по { $to }
input-expected-date = нужна дата вида 2016-12-22, а указано { $found }
input-expected-time = нужно время вида 11:00:00, а указано { $found }
input-expected-moment = нужны дата и время вида 2027-03-15T18:00:00, а указано { $found }
input-expected-embargo = нужны дата, время и смещение от UTC вида 2016-12-22T13:00:00+06:00, а указано { $found }
input-embargo-needs-zone = у эмбарго должен быть указан часовой пояс, чтобы его никто не понял неверно
input-path-leaves-folder = `{ $path }` выходит за пределы папки брифинга
input-path-absolute = `{ $path }` — абсолютный путь
input-path-names-no-file = `{ $path }` не указывает на файл
input-path-through-link = `{ $path }` ведёт за пределы папки брифинга (через символическую ссылку)
input-path-not-a-file = `{ $path }` — не файл
input-paths-stay-inside = пути отсчитываются от файла брифинга и не выходят за пределы его папки
input-path-not-portable = `{ $path }`: Windows не допускает файл или папку с именем `{ $name }`, поэтому на компьютерах офиса его не открыть и не восстановить из архива
input-not-a-valid-id = `{ $id }` не годится как id: пишите строчными латинскими буквами, цифрами и `-`
input-rename-for-windows = переименуйте файл (не CON, PRN, AUX, NUL, COM1–COM9 или LPT1–LPT9 с любым расширением; без точки или пробела в конце; без символов < > : " | ? *) и укажите новое имя в `{ $key }`
input-not-allowed-to-read = `{ $path }` есть, но у presskit нет прав на его чтение
input-not-allowed-to-read-hint = дайте себе право на чтение файла (в его свойствах или правах доступа)
input-cannot-read = не удаётся прочитать `{ $path }`: { $reason }
input-check-the-path = проверьте имя и папку: путь отсчитывается от папки брифинга
input-no-folder = в папке брифинга нет папки `{ $folder }`, поэтому нет и `{ $path }`
input-no-file = в папке брифинга нет файла `{ $path }`
input-nearly-the-file = может быть, имелось в виду { $fixed }? напишите { $line }
input-folder-holds = в папке брифинга лежат: { $names }
input-subfolder-holds = в `{ $folder }` лежат: { $names }
input-image-too-large = `{ $path }` занимает { $bytes } байт; изображение может занимать не больше { $most }
input-image-too-large-hint = уменьшите изображение: 300 dpi в размере печати вполне достаточно
input-not-an-image-name = `{ $path }` — не имя файла PNG, JPEG или SVG
input-image-names-hint = логотипы и фотографии — это файлы .png, .jpg, .jpeg или .svg
input-image-of-another-format = `{ $path }` назван как { $expected }, но внутри { $found }
input-image-not-an-image = `{ $path }` назван как { $expected }, но внутри не изображение
input-export-again-hint = сохраните изображение заново в формате, который указан в его имени
input-export-again-sized-hint = сохраните изображение заново в графическом редакторе, в размере печати

## input: model (more)

input-coverage-near-miss = { $path }: `{ $outlet }` — так не называется ни одно СМИ из [[attendance]], но `{ $near }` в строке { $line } называется почти так же
input-coverage-near-miss-hint = если это то же СМИ, напишите его так же, как в { $there } (`{ $near }`), чтобы публикация была засчитана ему
input-no-way-to-register = анонс не говорит журналистам, как аккредитоваться: нигде нет ни телефона, ни адреса эл. почты
input-no-way-to-register-hint = добавьте `{ $line }` в [advisory] или `email`/`phone` в [organization]
input-typed-dateline = `{ $path }` начинается с места и даты (`{ $lead }`); релиз печатает их сам, поэтому эти опущены
input-typed-dateline-hint = начните абзац сразу с первой фразы новости; город и дату presskit пишет сам
input-long-headline = в заголовке { $length } { $length ->
    [one] знак
    [few] знака
   *[other] знаков
}; релиз и пресс-кит печатают его целиком, в несколько строк
input-long-headline-hint = заголовок читают с одного взгляда: уложитесь в сто знаков, а остальное перенесите в `summary` или в текст
input-too-many-people = { $people } { $people ->
    [one] человек
    [few] человека
   *[other] человек
} — больше, чем может прислать одно СМИ; не больше { $most }
input-too-many-people-hint = посчитайте людей, которых СМИ зарегистрировало или прислало
input-too-many-sign-in-rows = в списках СМИ { $rows } { $rows ->
    [one] человек
    [few] человека
   *[other] человек
} — больше, чем вмещает лист регистрации; не больше { $most }
input-too-many-speakers = в брифинге { $count } { $count ->
    [one] спикер
    [few] спикера
   *[other] спикеров
}; presskit верстает не больше { $most } (на каждого — страница биографий, страница пресс-кита и настольная табличка)
input-too-many-speakers-hint = спикеры брифинга — те, кто выступает в президиуме; остальных назовите в релизе или в программе
input-bios-too-long = здесь биографии достигают { $chars } { $chars ->
    [one] знака
   *[other] знаков
}; во всех биографиях спикеров вместе может быть не больше { $most }
input-bios-too-long-hint = сократите биографии: в пресс-ките биография занимает абзац-два
input-unprintable = в { $path } есть символ { $code } ({ $character }), которого нет ни в одном поставляемом шрифте
input-unprintable-capital = в { $path } есть символ { $code } ({ $character }), заглавной формы которого нет ни в одном поставляемом шрифте
input-unprintable-hint = замените или удалите символ; в шрифтах есть латиница, греческий алфавит и кириллица (с казахскими буквами)
input-unprintable-font-hint = или добавьте шрифт с этим символом (TTF, OTF) в папку fonts/ рядом с брифингом
## msgin: input: reading (files within bounds, images, sizes, dates typed, addresses, scripts)

input-reading-cannot-be-read = не читается: { $reason }
input-reading-is-not-a-file = это { $what }, а не обычный файл
input-reading-is-too-large = его размер — { $size } { $size ->
    [one] байт
    [few] байта
   *[other] байт
}, а допускается не больше { $limit }
input-reading-a-folder = папка
input-reading-a-fifo = FIFO (именованный канал)
input-reading-a-socket = сокет
input-reading-a-device = устройство
input-reading-a-special-file = особый файл
input-reading-briefing-too-large = размер файла — { $size } { $size ->
    [one] байт
    [few] байта
   *[other] байт
}, а брифинг может занимать не больше { $most } { $most ->
    [one] байта
   *[other] байт
}
input-reading-briefing-not-a-file = брифинг — это { $what }, а не обычный файл
input-reading-briefing-unreadable = не удаётся прочитать брифинг: { $reason }
input-reading-text-too-long = в этом тексте { $count } { $count ->
    [one] знак
    [few] знака
   *[other] знаков
}, а значение может содержать не больше { $most } { $most ->
    [one] знака
   *[other] знаков
}
input-reading-text-too-long-hint = разбейте текст на абзацы (массив текстов) или сократите его
input-reading-array-too-long = в этом массиве { $count } { $count ->
    [one] элемент
    [few] элемента
   *[other] элементов
}, а массив может содержать не больше { $most } { $most ->
    [one] элемента
   *[other] элементов
}
input-reading-nested-too-deep = здесь ключи вложены слишком глубоко; ключи брифинга вкладываются друг в друга лишь на несколько уровней
input-reading-cannot-edit = не удаётся изменить брифинг: { $reason }
input-reading-image-damaged = изображение повреждено: в его заголовке нет размера в пикселях
input-reading-image-empty = размер изображения — { $width } × { $height } пикселей: оно пустое
input-reading-image-too-many-pixels = размер изображения — { $width } × { $height } пикселей, а допускается не больше { $side } пикселей по стороне и { $millions } млн пикселей всего
input-reading-image-undecodable = изображение не удаётся раскодировать: { $reason }
input-reading-svg-unreadable = не удаётся прочитать SVG: { $reason }
input-reading-date-written-otherwise = `{ $typed }` — здесь даты пишутся иначе (год-месяц-день): напишите { $date }
input-reading-not-a-date = `{ $typed }` — не дата вида 2016-12-22 (год-месяц-день)
input-reading-not-one-address = { $path }: `{ $email }` — не один адрес электронной почты
input-reading-write-one-address = напишите один адрес, например email = "press@example.org"
input-reading-write-address-alone = напишите только сам адрес: { $line }
input-reading-in-latin-letters = текст { $path } написан латиницей, а язык брифинга — { $language ->
    [ru] русский
    [kk] казахский
   *[en] английский
} (event.language)
input-reading-in-cyrillic-letters = текст { $path } написан кириллицей, а язык брифинга — { $language ->
    [ru] русский
    [kk] казахский
   *[en] английский
} (event.language)
input-reading-more-texts-too = { $count ->
    [one] так же написан ещё { $count } текст релиза или биографий
    [few] так же написаны ещё { $count } текста релиза и биографий
   *[other] так же написаны ещё { $count } текстов релиза и биографий
}
input-reading-say-russian-or-kazakh = надписи документов, даты и переносы зависят от event.language: для русского или казахского брифинга напишите в [event] language = "ru" или "kk"
input-reading-say-english = надписи документов, даты и переносы зависят от event.language: для английского брифинга напишите в [event] language = "en" (или не указывайте язык)

## msgin: input: translations (`<stem>.<language>.toml`)

input-translation-no-format = в переводе нет ключа `format`
input-translation-no-format-hint = начните файл со строки `format = 1`, как в его брифинге
input-translation-no-language = в переводе нет ключа `translation`
input-translation-no-language-hint = напишите под `format` строку `translation = "{ $code }"` — язык, на который сделан этот перевод
input-translation-name-disagrees = `translation` равен `{ $typed }`, а по имени файла язык — `{ $code }`
input-translation-name-disagrees-hint = перевод на `{ $written }` называется `{ $stem }.{ $written }.toml`; в этом файле нужна строка `translation = "{ $code }"`
input-translation-same-language = брифинг { $briefing } сам написан на `{ $code }`, а перевод делается на другой язык
input-translation-same-language-hint = переименуйте файл по языку, на который он переводит
input-translation-fixed = { $what } — значение из самого брифинга; в переводе пишутся только тексты
input-translation-fixed-hint = удалите эту строку; чтобы изменить значение, измените его в { $file }
input-translation-the-attendance-list = список участвовавших СМИ
input-translation-the-coverage-list = список публикаций
input-translation-a-web-address = адрес сайта
input-translation-an-email-address = адрес электронной почты
input-translation-a-phone-number = номер телефона
input-translation-a-path = путь к файлу
input-translation-a-date = дата
input-translation-a-time = время
input-translation-a-date-and-time = дата и время
input-translation-the-briefings-language = язык брифинга (язык перевода задаёт его ключ `translation`)
input-translation-language-codes = коды языков
input-translation-a-speaker-id = id спикера
input-translation-an-id = id
input-translation-a-number = число
input-translation-is-text = это текст: возьмите его в кавычки
input-translation-is-text-hint = перевод даёт текст значения брифинга на своём языке
input-translation-is-texts = это массив текстов: `["…", "…"]`
input-translation-is-table = это таблица
input-translation-is-rows = это массив таблиц: `[[{ $name }]]`
input-translation-is-row = это таблица [[{ $name }]]
input-translation-nothing-to-translate = в брифинге нет `{ $target }`, переводить нечего
input-translation-nothing-to-translate-hint = сначала напишите это значение в { $file }: перевод только переводит
input-translation-not-a-key = `{ $key }` — такого ключа в переводе нет
input-translation-row-beyond = таблиц [[{ $name }]] в брифинге: { $count }, а это таблица № { $number }
input-translation-row-beyond-hint = таблицы [[{ $name }]] переводят таблицы из { $file } в том же порядке: сначала добавьте её туда
input-translation-no-id = нет `id`
input-translation-no-id-hint = переведённый спикер — это спикер брифинга с тем же `id`: напишите `id = "…"`
input-translation-unknown-speaker = в { $file } нет спикера с id `{ $id }`
input-translation-no-speakers = в брифинге нет [[speakers]]
input-translation-speakers-are = спикеры брифинга: { $list }
input-translation-translated-twice = спикер `{ $id }` переведён дважды
input-translation-stale = { $at }: оригинал ({ $target } в { $file }) изменился после перевода
input-translation-stale-hint = сверьте перевод с оригиналом: `presskit translate { $file } --to { $code }` покажет его над значением; чтобы принять перевод, исправьте значение
input-translation-file-header =
    # Русский перевод { $file }; presskit обновляет его командой `presskit translate { $file } --to { $code }`.
    # Впишите каждый текст в кавычки под строками `{ $mark } { $original }:`, где показан оригинал;
    # "" — ещё не переведено (имя, оставленное "", пишется как в оригинале). Даты, id,
    # файлы, адреса и список участников берутся из брифинга. Строки `{ $mark }` пишет
    # presskit: `{ $mark }!` отмечает перевод, оригинал которого с тех пор изменился; чтобы
    # принять перевод, исправьте его или удалите его строки `{ $mark }`.

## msgin: input: import (`presskit import`: columns, conflicts, rows, cells, the closing line)

input-import-columns-not-imported = не импортированы столбцы: { $list }
input-import-columns-read = читаются столбцы { $list }; другой столбец можно назвать через `--map 'HEADING=key'`
input-import-map-names-no-heading = --map называет заголовок `{ $heading }`, а в таблице его нет; её заголовки: { $list }
input-import-would-not-be-valid = после импорта брифинг стал бы неверным; ничего не записано
input-import-conflict = { $entry } уже есть в брифинге с другими значениями: { $differences }
input-import-conflict-hint = там это место { $place } ({ $path }); исправьте одно из двух, ничего не импортировано
input-import-entry = { $name }
input-import-piece-of = «{ $headline }» ({ $outlet })
input-import-differs = { $key }: в брифинге { $there }, в таблице { $here }
input-import-not-given-there = { $key }: в брифинге не указано, в таблице { $here }
input-import-presence-differs = в брифинге — { $there ->
    [yes] пришли
   *[no] не пришли
}, в таблице — { $here ->
    [yes] пришли
   *[no] не пришли
}
input-import-array-not-tables = `{ $key }` записан одним массивом, а импорт добавляет таблицы [[{ $key }]]
input-import-array-not-tables-hint = запишите каждую запись отдельной таблицей [[{ $key }]] и повторите импорт
input-import-nothing-to-change = в { $into } уже есть всё из таблицы; менять нечего{ $skipped ->
    [0] {""}
   *[other] , уже были в брифинге: { $skipped }
}
input-import-would-complete = в { $into } { $count ->
    [one] была бы дополнена { $count } таблица
    [few] были бы дополнены { $count } таблицы
   *[other] было бы дополнено { $count } таблиц
} [[{ $key }]]{ $skipped ->
    [0] {""}
   *[other] , уже были в брифинге: { $skipped }
}; ничего не записано (--dry-run)
input-import-completed = в { $into } { $count ->
    [one] дополнена { $count } таблица
    [few] дополнены { $count } таблицы
   *[other] дополнено { $count } таблиц
} [[{ $key }]]{ $skipped ->
    [0] {""}
   *[other] , уже были в брифинге: { $skipped }
}
input-import-would-add = в { $into } { $count ->
    [one] была бы добавлена { $count } таблица
    [few] были бы добавлены { $count } таблицы
   *[other] было бы добавлено { $count } таблиц
} [[{ $key }]]{ $filled ->
    [0] {""}
   *[other] , дополнено имевшихся таблиц: { $filled }
}{ $skipped ->
    [0] {""}
   *[other] , уже были в брифинге: { $skipped }
}; ничего не записано (--dry-run)
input-import-added = в { $into } { $count ->
    [one] добавлена { $count } таблица
    [few] добавлены { $count } таблицы
   *[other] добавлено { $count } таблиц
} [[{ $key }]]{ $filled ->
    [0] {""}
   *[other] , дополнено имевшихся таблиц: { $filled }
}{ $skipped ->
    [0] {""}
   *[other] , уже были в брифинге: { $skipped }
}
input-import-row-has-no = в этой строке нет { $column ->
    [outlet] СМИ
    [headline] заголовка
   *[date] даты
}
input-import-row-has-no-kind = в строке { $outlet } не указан вид СМИ
input-import-no-rows = в таблице нет ни одной строки под заголовками
input-import-no-column-of-who-came = в таблице нет столбца о том, кто пришёл: её СМИ записываются как присутствовавшие (так по умолчанию в format 1)
input-import-no-column-of-who-came-hint = если это лист регистрации на входе — полный список пришедших, — укажите `--sign-in`; для списка аккредитованных добавьте столбец Присутствовал (Келді, Came) с ответами да или нет либо напишите в брифинге present = false
input-import-people-with-names = { $outlet }: в брифинге указано people = { $given }; в таблице названы пришедшие ({ $named }), поэтому записывается people = { $people } с их именами
input-import-absent-recorded = аккредитованы, но нет в листе регистрации, поэтому записаны как не пришедшие (present = false): { $list }
input-import-written-otherwise = `{ $typed }` — это СМИ брифинга `{ $name }` (строка { $line }), написанное иначе: оно принято как то же СМИ, а не добавлено как новое
input-import-came-not-signed-in = в брифинге { $outlet } отмечено как пришедшее ({ $place }), но в листе регистрации его нет
input-import-came-not-signed-in-hint = добавьте его строку в таблицу или, если никто не пришёл, напишите в брифинге present = false; ничего не импортировано
input-import-attendance-columns = в таблице участия нужны столбцы СМИ и вида СМИ; её заголовки: { $list }
input-import-attendance-columns-hint = назовите их `outlet` и `kind` (или СМИ / БАҚ и Вид / Түрі) либо укажите, какой столбец какой, через `--map 'HEADING=outlet'`
input-import-kind-differs = { $outlet }: здесь вид { $here }, а в строке выше — { $first }
input-import-kind-differs-hint = укажите один и тот же вид во всех строках { $outlet }
input-import-coverage-columns = в таблице публикаций нужны столбцы СМИ, заголовка и даты; её заголовки: { $list }
input-import-coverage-columns-hint = назовите их `outlet`, `headline` и `date` (или СМИ / Заголовок / Дата, БАҚ / Тақырып / Күні) либо укажите, какой столбец какой, через `--map 'HEADING=headline'`
input-import-listed-twice = эта публикация указана дважды, с разными значениями: { $differences }
input-import-listed-twice-hint = оставьте одну её строку
input-import-neither-yes-nor-no = `{ $text }` — ни да, ни нет
input-import-yes-no-hint = напишите да / нет, иә / жоқ, yes / no, 1 / 0 или x для «да»
input-import-formula-error = `{ $text }` — это ошибка формулы, а не имя
input-import-formula-error-hint = впишите имя в ячейку или исправьте формулу, из которой оно берётся, и сохраните таблицу заново
input-import-no-letter = в `{ $text }` нет ни одной буквы: это не имя
input-import-no-letter-hint = впишите имя в ячейку; число в столбце имён часто означает, что столбцы сдвинулись на один
input-import-not-a-kind = `{ $text }` — не вид СМИ
input-import-kinds-hint = виды: television, radio, print, online, news agency, freelance, other (или ТВ, радио, газета, сайт, информагентство, телеарна, газет, агенттік...)
input-import-not-whole = `{ $text }` — не { $what }
input-import-not-whole-hint = напишите целое число, не меньше { $least }
input-import-a-number-of-people = число людей
input-import-an-audience-estimate = оценка аудитории
input-import-not-a-date = `{ $text }` — не дата
input-import-no-four-digit-year = `{ $text }` — не дата с четырёхзначным годом
input-import-not-a-calendar-day = `{ $text }` — такого дня в календаре нет
input-import-date-hint = напишите дату как 2016-12-23 или 23.12.2016 (день, месяц, год)
input-import-ambiguous-date = `{ $text }` может означать и день { $first } месяца { $second }, и день { $second } месяца { $first }
input-import-ambiguous-date-hint = напишите её через точки, начиная с дня ({ $dotted }), или как { $iso }
input-import-not-a-language = `{ $text }` — не язык
input-import-language-hint = напишите код языка: ru, kk, en (или русский, қазақ, English)

## msgin: input: sheets (CSV, XLSX, XLS and ODS read for `import` and `mail`)

input-sheet-cannot-read = не удаётся прочитать: { $reason }
input-sheet-not-a-file = это не файл
input-sheet-too-large = размер файла — { $size } { $size ->
    [one] байт
    [few] байта
   *[other] байт
}, а таблица может занимать не больше { $most } { $most ->
    [one] байта
   *[other] байт
}
input-sheet-not-csv = это не таблица CSV: { $reason }
input-sheet-empty = таблица пуста: в ней нужна строка заголовков и по строке на каждую запись
input-sheet-row = строка { $line }
input-sheet-an-earlier-row = одна из строк выше
input-sheet-second-column = второй столбец для `{ $key }`: `{ $heading }`
input-sheet-second-column-hint = удалите или переименуйте один из них либо укажите нужный через `--map`
input-sheet-map-names-no-key = `--map` называет `{ $key }`, а это ни один из ключей { $list }
input-sheet-not-a-map = `{ $text }` — не HEADING=key, как 'СМИ=outlet'
input-sheet-too-big-hint = список СМИ или лист регистрации — это несколько тысяч строк в несколько столбцов: удалите всё, что ниже или правее таблицы (последнюю ячейку листа покажет Ctrl+End), или сохраните одну таблицу в CSV
input-sheet-past-cells = здесь в таблице больше { $most } ячеек (пустые ячейки внутри строк тоже считаются), а допускается не больше { $most }
input-sheet-cell-too-long = в этой ячейке { $count } { $count ->
    [one] знак
    [few] знака
   *[other] знаков
}, а ячейка, как и любой текст брифинга, может содержать не больше { $most } { $most ->
    [one] знака
   *[other] знаков
}
input-sheet-text-passes = здесь текст таблицы превышает { $mib } МиБ, а больше таблица содержать не может
input-sheet-not-a-workbook = не удаётся прочитать таблицу: это не книга Excel или ODS ({ $reason })
input-sheet-cannot-read-spreadsheet = не удаётся прочитать таблицу: { $reason }
input-sheet-no-sheet = не удаётся прочитать таблицу: в ней нет ни одного листа
input-sheet-long-shared-text = текст этой ячейки (общий текст № { $index } в `{ $part }`, распаковывается в { $mib } МиБ) длиннее { $most } знаков, допустимых для ячейки, как и для любого текста брифинга
input-sheet-part-too-big = часть книги `{ $part }` распаковывается в { $mib } МиБ{ $holds ->
    [texts] {" "}(тексты её ячеек)
    [cells] {" "}(ячейки её листов)
   *[other] {""}
}, а книга может распаковываться не больше чем в { $part_most } МиБ на часть и { $all_most } МиБ всего
input-sheet-parts-too-big = части книги распаковываются больше чем в { $mib } МиБ{ $holds ->
    [texts] {" "}(тексты её ячеек)
    [cells] {" "}(ячейки её листов)
   *[other] {""}
}, а книга может распаковываться не больше чем в { $part_most } МиБ на часть и { $all_most } МиБ всего
input-sheet-shared-texts-declare = часть книги `{ $part }` (тексты её ячеек) объявляет число текстов { $count }, а в таблице может быть не больше { $most } ячеек
input-sheet-file-refused = файл: { $reason }
input-sheet-cell-in-column = эта ячейка в столбце { $column }, а таблица может занимать не больше { $most } столбцов
input-sheet-filled-in-column = на этом листе заполнена ячейка в столбце { $column }, а таблица может занимать не больше { $most } столбцов
input-sheet-ods-cell-too-long = в этой ячейке больше { $most } знаков, а больше ячейка, как и любой текст брифинга, содержать не может
input-sheet-ods-reaches = лист `{ $sheet }` занимает здесь { $rows } × { $columns } ячеек (строки × столбцы), это больше { $most } ячеек, допустимых для таблицы (строка, записанная один раз с числом повторов, считается при каждом повторе)
input-sheet-ods-text-passes = текст листа `{ $sheet }` с повторами превышает здесь { $mib } МиБ, а больше таблица содержать не может
input-sheet-xls-shared-texts = её общие тексты объявляют число записей { $count }, а в таблице может быть не больше { $most } ячеек
input-sheet-too-many-sheets = число листов в книге — { $count }, а presskit читает книги не больше чем из { $most } листов (читается первый)
input-sheet-sheet-past-end = книга повреждена: её лист `{ $sheet }` начинается за её концом
input-sheet-sheets-reach-past = здесь листы книги занимают больше { $most } ячеек (от { $from } до этой ячейки, с пустыми ячейками, считая все листы), а в таблице может быть не больше { $most }
input-sheet-dimensions-reversed = книга повреждена: по размерам листа его первая строка идёт после последней
input-sheet-dimensions-span = по словам листа, его ячейки занимают диапазон от { $from } до этой ячейки (ячеек: { $count }), а в таблице может быть не больше { $most }

## documents

documents-left-out = { $documents }: { $count ->
    [one] { $count } документ не создан
    [few] { $count } документа не созданы
   *[other] { $count } документов не созданы
} — в брифинге ещё нет раздела `[{ $section }]`
documents-cannot-write = не удаётся записать: { $reason }
documents-tent-role-shortened = { $key }: на настольной табличке эта должность напечатана сокращённо — обрезана по слову и закончена «…»: в ней { $length } { $length ->
    [one] знак
    [few] знака
   *[other] знаков
}, а на сторону таблички даже самым мелким шрифтом помещается около { $fits } { $fits ->
    [one] знака
   *[other] знаков
}
documents-tent-role-shortened-hint = чтобы на табличке должность была целиком, сократите её до { $fits } { $fits ->
    [one] знака
   *[other] знаков
}; в биографиях она печатается так, как написана
documents-media-list-columns = столбцы списка СМИ: name (ФИО), email, outlet (СМИ), language (язык), greeting (обращение) и given_name (имя, по которому обращаться)

# documents: warnings about a briefing
documents-outlet-written-again = { $path }: `{ $name }` — то же СМИ, что `{ $first }` в строке { $line }, записанное повторно
documents-outlet-written-again-at = { $path }: СМИ `{ $name }` записано повторно в строке { $line } (`{ $again }`)
documents-keep-one-row-per-outlet = оставьте одну строку на каждое СМИ: удалите одну из двух или дайте СМИ названия, по которым их можно различить; до тех пор они считаются и перечисляются один раз
documents-presence-not-recorded = { $path }: не отмечено, пришло ли СМИ `{ $name }`, хотя у других СМИ это отмечено; оно считается не пришедшим
documents-write-presence = напишите present = true, если СМИ пришло, или present = false, если нет
documents-not-a-web-address = { $path }: `{ $scheme }:` — не веб-адрес; ссылками становятся только адреса http:// и https://, поэтому этот адрес напечатан как текст
documents-write-web-address = напишите адрес страницы так, как его показывает браузер: { $key } = "https://…"

# documents: mail drafts and media lists
documents-drafts-too-large = { $count ->
    [one] { $count } письмо
    [few] { $count } письма
   *[other] { $count } писем
} по { $each } КиБ заняли бы { $total } МиБ; за один запуск готовится не больше { $most } МиБ
documents-media-list-needs-name-and-email = в списке СМИ нужны столбцы с именем и адресом эл. почты; его заголовки: { $headings }
documents-name-the-columns = назовите столбцы `name` и `email` (или ФИО / Аты-жөні и E-mail)
documents-columns-not-used = не используются столбцы: { $columns }
documents-first-mistakes-shown = { $count ->
    [one] показана первая { $count } ошибка
    [few] показаны первые { $count } ошибки
   *[other] показаны первые { $count } ошибок
}; исправьте их и запустите снова, чтобы увидеть остальные
documents-row-without-address = в этой строке нет адреса эл. почты
documents-not-an-address = `{ $text }` — не адрес эл. почты
documents-one-address-per-row = пишите по одному адресу в строке, например name@example.org
documents-row-without-name = в строке с адресом { $address } нет имени
documents-address-listed-twice = { $address } указан дважды; письмо готовится один раз
documents-first-is-at = первый раз: { $place }
documents-more-rows-repeat = ещё { $count ->
    [one] { $count } строка повторяет
    [few] { $count } строки повторяют
   *[other] { $count } строк повторяют
} уже указанный адрес; на каждый адрес готовится одно письмо
documents-other-language-journalists = пресс-релиз на языках: { $languages }, а эти журналисты читают на другом языке: { $journalists }
documents-too-many-journalists = в списке СМИ { $count ->
    [one] { $count } журналист
    [few] { $count } журналиста
   *[other] { $count } журналистов
}; за один запуск presskit готовит не больше { $most } писем
documents-split-the-list = разделите список на файлы покороче и запустите `mail` для каждого со своей папкой -o
documents-no-journalist = в списке СМИ под заголовками нет ни одного журналиста
documents-no-sender-address = для писем нужен адрес эл. почты отправителя
documents-add-sender-address = добавьте `email` в [release.contact] или в [organization]

# documents: which documents are made, and why not
documents-add-what-is-missing = добавьте в брифинг то, чего не хватает, или уберите документ из --only
documents-no-release-yet = ещё нет [release]
documents-no-speakers = нет [[speakers]]
documents-no-attendance-yet = присутствие СМИ ещё не отмечено
documents-not-written = { $reason }: не созданы { $files }
documents-this-stops = из-за этого не создаются: { $documents }
documents-narrative-unreadable = файл описания (--narrative): { $reason }
documents-give-a-narrative = укажите в --narrative текстовый или Markdown-файл, написанный вашей службой
documents-narrative-not-utf8 = описание — не текст в UTF-8: здесь его первый символ не в этой кодировке
documents-save-as-utf8 = сохраните файл заново в UTF-8: в Блокноте «Файл» → «Сохранить как…», «Кодировка»: UTF-8
documents-cannot-read = не удаётся прочитать: { $reason }
documents-and-more = и ещё { $count }
documents-not-translated-yet = ещё не переведено ({ $keys }): не созданы { $files }
documents-translate-adds-texts = `presskit translate { $file } --to { $language }` добавит в этот файл все тексты, которые ещё нужно перевести

# documents: templates (render)
documents-tag-not-closed = `{ $tag }` не закрыт: не хватает `{ $closer }`
documents-write-tag = напишите { $tag }
documents-closes-another-block = `{ $tag }` закрывает блок, но здесь открыт блок `{ $open }` из строки { $line }
documents-close-the-open-block-first = сначала закройте `{ $open }` тегом { $closing } или удалите эту строку, если она лишняя
documents-closes-unopened-block = `{ $tag }` закрывает блок, который не был открыт
documents-open-the-block = откройте блок выше тегом { $opening } или удалите этот `{ $tag }`
documents-block-never-closed = блок `{ $tag }`, открытый в строке { $line }, нигде не закрыт
documents-close-the-block = закройте его тегом { $closing } там, где блок должен заканчиваться
documents-include-loop = шаблоны включают друг друга по кругу: { $templates }
documents-includes = включает
documents-no-include-loop = шаблон может включать фрагменты (partials), но не тот, который включает его самого
documents-did-you-mean-variable = может быть, имелось в виду { $name }?
documents-templates-vars-lists = `presskit templates vars` показывает все переменные, доступные шаблону
documents-no-such-variable = `{ $path }` нет в данных, которые получают шаблоны
documents-template-named = шаблон { $name }
documents-template-syntax = синтаксис шаблона: { $reason }
documents-in-printed-text = { $what } (в тексте, который вывел { $tag })
documents-in-generated-typst = в созданном файле Typst: { $place }
documents-printed-text-should-print = это текст { $key } из брифинга (или сделанный из него), он должен печататься как написан: сообщите об этом разработчикам, приложив брифинг
documents-no-templates-folder = папки шаблонов нет
documents-cannot-read-templates-folder = не удаётся прочитать папку шаблонов: { $reason }
documents-cannot-read-template = не удаётся прочитать шаблон: { $reason }
documents-template-outside-folder = шаблон ведёт за пределы папки шаблонов (через символическую ссылку)
documents-copy-template-in = шаблоны читаются только из их папки; скопируйте файл туда вместо ссылки на него
documents-template-not-a-file = шаблон — не обычный файл
documents-template-too-large = размер шаблона { $size } байт; шаблон может занимать не больше { $most }
documents-not-a-template = такого шаблона в presskit нет
documents-templates-list-names = `presskit templates list` перечисляет их все
documents-several-templates = подходит к нескольким шаблонам
documents-write-one-of = напишите одно из: { $names }

# documents: typesetting, fonts, writing the files
documents-bad-source-date-epoch = `{ $text }` — не дата, которую может содержать PDF: укажите целое число секунд с 1970-01-01 UTC, от 0 до { $most } (конец 9999 года)
documents-unset-source-date-epoch = удалите эту переменную, чтобы датировать каждый документ датой его события
documents-cannot-start-typesetting = не удаётся начать вёрстку: { $reason }
documents-typesetting-timed-out = вёрстка заняла больше { $seconds } с и была остановлена
documents-template-may-loop = возможно, шаблон зациклился или вёрстка не может закончиться; проверьте последние правки или дайте больше времени с --timeout
documents-no-title-not-accessible = в документе не задан заголовок, поэтому этот PDF записан без доступности (PDF/UA-1)
documents-set-a-title = добавьте `#set document(title: [...])` в начало шаблона, как во встроенных шаблонах
documents-pdf-standards = стандарты PDF: { $reason }
documents-no-fonts-folder = папки шрифтов нет
documents-file-not-fonts-folder = это файл, а не папка шрифтов
documents-give-the-fonts-folder = укажите папку с файлами шрифтов (.ttf, .otf, .ttc)
documents-cannot-read-fonts-folder = не удаётся прочитать папку шрифтов: { $reason }
documents-cannot-read-font = не удаётся прочитать шрифт: { $reason }
documents-not-a-font = это не шрифт, который presskit может прочитать
documents-fonts-are-truetype = шрифты — это файлы TrueType или OpenType (.ttf, .otf, .ttc); удалите этот файл или экспортируйте его заново
documents-file-in-use = не удаётся заменить файл: он открыт в другой программе (программа просмотра PDF или текстовый редактор держат открытый файл)
documents-close-the-file = закройте { $name } в этой программе и запустите ту же команду снова; ни один файл не изменён
documents-file-read-only = не удаётся заменить файл: он доступен только для чтения
documents-clear-read-only = щёлкните { $name } правой кнопкой мыши, «Свойства», снимите флажок «Только чтение» и запустите ту же команду снова; ни один файл не изменён
documents-cannot-name-a-folder = по этому имени файла нельзя назвать папку для документов: { $why }
documents-rename-the-briefing = переименуйте файл брифинга, например в `almaty-2016-12-22.toml`; его имя без `.toml` становится именем папки с документами
documents-already-exists = уже существует; presskit его не перезаписывает
documents-move-it-away = переместите его или выберите другую папку
documents-cannot-write-this-name = нельзя записать файл с таким именем: { $why }
documents-choose-another-name = выберите другое имя, которое компьютеры с Windows тоже смогут открыть и скопировать

# documents: what `templates vars` prints
documents-from-init = из `presskit init`; в образце этого нет
documents-the-archives-index = индекс архива
documents-the-report-to-the-donor = отчёт для донора
documents-variables-of-overview = Переменные { $name } ({ $what }) для архива с образцовым брифингом:
documents-variables-of-sections = Переменные разделов, которые использует { $name }, со значениями из образцового брифинга:
documents-every-variable = Переменные, которые получает каждый шаблон, со значениями из образцового брифинга:
documents-list-fields-note = (list[].field пишется как {"{{"}field{"}}"} внутри {"{{"}#each list{"}}"}; значение `empty` в другом брифинге может содержать текст)
documents-helpers = Функции-помощники:
documents-partials = Фрагменты (partials):
documents-helper-str = строковый литерал Typst, для кода: #image({"{{"}str photo{"}}"})
documents-helper-num = число, для кода: #bar({"{{"}num people{"}}"})
documents-helper-whole = сплошной текст внутри #prose[…]: имена, составные слова, названия в кавычках-ёлочках и последнее слово без переносов
documents-helper-upper = текст заглавными буквами (экранируется, как любое значение)
documents-helper-if = блок, если значение задано, не пустое и не 0
documents-helper-unless = блок, если значение не задано
documents-helper-each = блок для каждого элемента, поля элемента — по имени; {"{{"}@index{"}}"} с 0
documents-helper-with = блок, в котором поля таблицы доступны по имени
documents-helper-compare = сравнения, внутри {"{{"}#if (eq a b){"}}"}
documents-helper-len = число элементов списка
documents-helper-lookup = один элемент списка

## msgout: mail's refusal, the types `templates vars` names

documents-mail-no-release = в брифинге ещё нет раздела [release]; письма несут пресс-релиз
documents-mail-write-release-first = сначала напишите [release] (заголовок и текст)
documents-var-text = текст
documents-var-number = число
documents-var-yes-no = да/нет
documents-var-list = список
documents-var-table = таблица
documents-var-empty = пусто
documents-var-none = нет
documents-var-items = { $count } { $count ->
    [one] элемент
    [few] элемента
   *[other] элементов
}
documents-fill-in-the-texts = заполните в { $file } { $count ->
    [one] пустой текст, названный
   *[other] пустые тексты ({ $count }), названные
} выше, и соберите снова
documents-narrative-bold = `{ $mark }` не делает текст жирным: текст отчёта печатается как есть (кроме заголовков `#` и списков `-`), поэтому эти знаки (пар: { $count }) напечатаются как набраны
documents-narrative-bold-hint = уберите знаки `{ $mark }` вокруг слов или оставьте их, если они должны печататься

## msgout: why a file name cannot be written

documents-name-holds-forbidden = в нём есть знак `{ $c }`, который Windows не допускает в именах файлов
documents-name-ends-with-dot-or-space = оно кончается точкой или пробелом, которые Windows отбрасывает из имени файла
documents-name-is-a-device = имя { $device } Windows оставляет за устройством, с любым расширением, поэтому файл или папку там нельзя назвать `{ $name }`
documents-name-has-no-stem = в нём нет имени перед `.toml`
documents-name-not-utf8 = оно не в кодировке UTF-8
documents-name-starts-with-dot = оно начинается с точки, а такая папка скрыта
documents-name-holds-slash = в нём есть косая черта (/ или \)
documents-name-holds-control = в нём есть управляющий символ (табуляция, перевод строки...)
documents-link-to-nothing = это символическая ссылка в никуда ({ $reason })
documents-folder-in-the-way = на месте файла стоит папка

## door: a name set on a name tent below 12 mm
documents-tent-name-small = { $key }: на настольной табличке это имя напечатано заглавными буквами высотой { $mm } мм — меньше 12 мм, которые видны из конца зала
documents-tent-name-small-word-hint = табличка переносит имя только между словами, а `{ $word }` даже одно не помещается в её ширину при 12 мм
documents-tent-name-small-face-hint = при 12 мм имя занимает всю табличку и не оставляет места для должности; более короткая форма имени напечатается крупнее

## archive

archive-intact = в порядке { $path }
archive-briefing-gone = архивный брифинг `{ $name }` пропал: его папка, записанная в FOLDERS.sha256, удалена
archive-briefing-gone-hint = восстановите папку из резервной копии архива или снова сдайте брифинг в архив той версией presskit, что сдавала его (`presskit archive { $name }.toml`: получатся те же байты); если папку удалили намеренно, удалите её строки из { $record }
archive-revision-gone = редакция { $number } брифинга `{ $stem }` пропала: её папка, записанная в FOLDERS.sha256, удалена
archive-revision-gone-hint = восстановите папку из резервной копии архива; если её удалили намеренно, удалите её строку из { $record }
archive-manifest-rewritten = это не тот список контрольных сумм, что был сдан в архив: его сумма не совпадает со строкой в FOLDERS.sha256, значит, его переписали вручную
archive-manifest-rewritten-hint = восстановите папку из резервной копии архива: документам из этого списка нельзя доверять
archive-not-recorded = этой папки нет в записи папок архива (FOLDERS.sha256): её добавили вручную, а не командой `presskit archive`
archive-not-recorded-hint = если она относится к этому архиву, сдайте в него её брифинг (`presskit archive { $stem }.toml --to { $archive }{ $revise }`): папка будет записана, если получатся те же байты; иначе уберите её из архива
archive-no-record = в архиве нет записи его папок (FOLDERS.sha256; архив сделан более старой версией presskit): папку брифинга, удалённую или добавленную вручную, обнаружить нельзя
archive-no-record-hint = следующая команда `presskit archive` в этот архив запишет её по папкам, которые проходят проверку
archive-revision-missing = редакция { $number } пропала: в папке после редакции { $before } идёт редакция { $found }
archive-revision-missing-hint = восстановите папку редакции из резервной копии архива

# archive: reading archived PDFs (extract)
archive-file-unreadable = файл: { $reason }
archive-attachment-too-large = вложение больше { $limit } байт — больше всего, что прикладывает presskit
archive-attached-too-large = вложенные в PDF файлы вместе распаковываются больше чем в { $limit } байт — больше всего, что прикладывает presskit
archive-filter-not-a-name = фильтр вложения — не имя
archive-unknown-filter = вложение сжато методом { $filter }, который presskit не использует
archive-cannot-decompress = не удаётся распаковать вложение: { $reason }
archive-no-attached-briefing = в PDF нет вложенного брифинга (.toml)
archive-not-a-readable-pdf = PDF не читается: { $reason }
archive-no-catalog = в PDF нет каталога: { $reason }
archive-no-attached-source = в PDF нет вложенного исходного файла
archive-too-many-attachments = в PDF указано { $count ->
    [one] { $count } вложение
    [few] { $count } вложения
   *[other] { $count } вложений
}; presskit прикладывает не больше { $most }
archive-attached-twice = в PDF одно вложение указано несколько раз (объект { $object }); presskit прикладывает каждый файл один раз
archive-name-leaves-folder = вложение названо `{ $name }` — такой путь ведёт за пределы папки
archive-name-not-portable = вложение называется `{ $name }`, а такое имя Windows не допускает; ничего не восстановлено
archive-damaged-repair-it = файл повреждён или это не PDF; если это копия из архива, `presskit verify --repair` восстановит её по другим PDF её папки
archive-save-from-reader = откройте PDF в программе просмотра PDF, сохраните это вложение под другим именем из панели вложений и впишите новое имя в брифинг
archive-cannot-restore = не удаётся восстановить { $name }: { $reason }
archive-same-name-twice = в PDF два вложения с именем `{ $name }` (без учёта регистра): при восстановлении одно заменило бы другое, поэтому ничего не восстановлено

# archive: the catalogue, storing and repairing
archive-does-not-verify = не сходится со своим манифестом
archive-verify-says-why = `presskit verify` покажет, что с ней не так
archive-the-index = в индекс
archive-the-report = в отчёт
archive-left-out-of = не включено { $what }: { $reason }
archive-same-briefing-twice = содержит тот же брифинг, что и `{ $folder }` (та же дата и название): он учитывается дважды
archive-keep-one-copy = оставьте копию, которую нужно учитывать: переместите другую папку из { $archive } (следующий `presskit archive` пересоберёт индекс)
archive-no-temporary-folder = не удаётся создать временную папку: { $reason }
archive-attached-briefing-does-not-load = вложенный брифинг не загружается: { $reason }
archive-cannot-write-archive = не удаётся записать архив: { $reason }
archive-nothing-archived = из этого брифинга ничего не помещено в архив; в архиве нет ни одной его части
archive-damaged = уже в архиве и не изменился, но его файлы в архиве повреждены: { $changes }
archive-other-version = помещён в архив presskit { $made_by }; этот presskit { $ours } создаёт другие байты: { $changes }
archive-changed = уже в архиве, а этот запуск изменил бы его: { $changes }
archive-repair-restores = `presskit verify --repair` восстановит их из того, что содержат целые PDF
archive-kept-as-it-is = брифинг в архиве остаётся как есть; чтобы поместить его в архив снова, используйте presskit { $made_by } или добавьте --revise, чтобы сохранить документы этого presskit как следующую редакцию
archive-never-rewritten = брифинг в архиве никогда не перезаписывается; чтобы сохранить исправленный брифинг как следующую редакцию рядом с этой, запустите ту же команду с --revise (под новым именем файла брифинг учитывался бы дважды)
archive-would-change = { $name } изменился бы
archive-would-be-added = { $name } был бы добавлен
archive-not-its-document = { $name } не входит в документы этого брифинга
archive-left-by-interrupted-run = осталась от прерванного запуска `archive`
archive-holds-complete-copy = в ней полная проверенная копия `{ $stem }`, а папки `{ $stem }` в архиве нет: переименуйте её в `{ $stem }`, чтобы сохранить
archive-can-be-deleted = она не входит в архив, её можно удалить
archive-manifest-unreadable = манифест: { $reason }
archive-without-manifest = без манифеста ничего нельзя проверить, поэтому ничего не восстановлено
archive-cannot-be-restored = не удаётся восстановить: { $why }
archive-no-intact-pdf = в папке не осталось целого PDF, из которого можно всё пересобрать
archive-is-a-folder-move-it = это папка; переместите её и запустите восстановление снова
archive-rebuild-does-not-match = пересобранный файл не совпадает с контрольной суммой в манифесте; он оставлен как есть
archive-rebuild-makes-no-such-file = при пересборке этот файл не создаётся
archive-settings-do-not-read = его настройки не читаются: { $reason }
archive-made-by-other-version = его создал presskit { $made_by }, а это presskit { $ours }, документы которого могут отличаться; восстановите его с помощью presskit { $made_by }
archive-only-the-briefing = его PDF содержат только брифинг, без изображений, шаблонов и настроек (архив создан более старым presskit)
archive-name-is-not-the-folders = имя вложенного брифинга не совпадает с именем папки
archive-rebuild-failed = пересборка не удалась: { $reason }
archive-no-release-yet = в этом брифинге ещё нет [release]; в архив помещается только брифинг с написанным пресс-релизом
archive-write-the-release-first = сначала напишите [release] (заголовок и текст); до тех пор `presskit build` создаёт анонс и раздаточные материалы
archive-cannot-read-archive = не удаётся прочитать архив: { $reason }

# archive: verify
archive-manifest-not-utf8 = манифест — не текст в UTF-8
archive-not-a-manifest-line = это не строка `sha256sum` (ХЕШ, два пробела, имя файла)
archive-manifest-lists-itself = в манифесте указан `{ $name }`, а это не файл архива: манифест подделан
archive-missing = { $name } отсутствует
archive-replaced = { $name } подменён: теперь это { $kind }
archive-altered = { $name } изменён: контрольная сумма не совпадает
archive-unreadable = { $name }: { $reason }
archive-extra-file = лишний файл: его нет в манифесте
archive-extra-entry = лишний элемент ({ $kind }): его нет в манифесте
archive-symbolic-link-to = это символическая ссылка (на { $target }), а не часть архива: presskit по ней не переходит
archive-symbolic-link = это символическая ссылка, а не часть архива: presskit по ней не переходит
archive-put-the-folder-here = поместите сюда саму папку архива или удалите ссылку
archive-a-symbolic-link = символическая ссылка
archive-a-folder = папка
archive-attachments-do-not-read = вложенные файлы не читаются: { $reason }
archive-document-removed = { $file } нет в манифесте, хотя он есть у каждого брифинга в архиве: документ и его строка удалены
archive-folder-renamed = папка переименована: в ней документы `{ $name }`, помещённого в архив как `{ $stem }`
archive-rename-back = верните папке имя `{ $stem }`
archive-revision-of-another = редакция другого брифинга: в ней документы `{ $name }`, помещённого в архив как `{ $stem }`
archive-move-back-into = верните её в папку `{ $stem }`
archive-revision-not-archived = это редакция, которая не попала в архив, её можно удалить; `presskit archive --revise` запишет её снова
archive-archive-writes-index = `presskit archive` с любым брифингом, уже помещённым в архив, запишет его заново
archive-index-damaged = индекс повреждён: { $reason }
archive-no-archived-briefing = здесь нет брифингов в архиве

## msgout: extract's and report's refusals, the record's, a repair's rebuild

archive-restore-from-another = этот PDF уже не такой, каким его сделал `presskit archive`; восстановите из другого PDF той же папки
archive-nothing-restored = вложение названо `{ $name }` — такой путь ведёт за пределы папки; ничего не восстановлено
archive-restore-into-empty-folder = восстанавливайте в пустую папку
archive-only-archived-copies = свой брифинг несут только архивные копии (`presskit archive`), документы `build` его не несут
archive-report-no-archive = здесь нет архива: это не папка
archive-report-give-the-archive = архив создаёт `presskit archive`; укажите его папку (по умолчанию `archive`)
archive-report-none-verifies = здесь нет ни одного архивного брифинга, прошедшего проверку
archive-report-no-briefing = нет брифингов для отчёта
archive-report-empty-period = нет архивных брифингов { $asked }: отчёт был бы пустым, поэтому ничего не записано
archive-report-from = с { $date }
archive-report-to = по { $date }
archive-report-programme = с программой или донором `{ $text }`
archive-report-widen = брифингов в архиве, прошедших проверку: { $count }; расширьте период или выберите другую программу
archive-cannot-make-workbook = не удаётся создать книгу Excel: { $reason }
archive-record-unreadable = реестр папок архива (FOLDERS.sha256): { $reason }
archive-record-not-utf8 = реестр папок архива (FOLDERS.sha256) — не текст в UTF-8
archive-record-bad-line = это не строка реестра (ХЕШ, два пробела, ПАПКА/{ $manifest })
archive-record-restore = восстановите его из резервной копии архива; до тех пор записанное в нём проверить нельзя
archive-rebuilding = восстановление { $folder } по шаблонам, которые несёт { $pdf } (`verify --repair`)
archive-too-many-streams = в PDF { $streams } потоков — больше { $most }, которые presskit читает в одном файле
archive-streams-too-large = его сжатые потоки объектов распаковались бы вместе больше чем в { $most } байт (потоков: { $streams }, не больше { $each } байт каждый) — больше, чем в любом PDF, который пишет presskit

## commands

commands-wrote = записан { $path }
commands-up-to-date = { $file }: всё актуально в { $folder }
commands-checked-ok = { $file }: ошибок нет
commands-closing = { $summary }{ $failed ->
    [0] {""}
   *[other] , с ошибками: { $failed }
} ({ $seconds } с)
commands-built = собрано брифингов: { $briefings }, документов: { $documents } в { $folder }/{ $fresh ->
    [0] {""}
   *[other] , уже актуальны: { $fresh }
}
commands-checked = проверено брифингов: { $briefings }{ $fresh ->
    [0] {""}
   *[other] , уже актуальны: { $fresh }
}
commands-archived = в { $folder } сдано брифингов: { $briefings } (новых: { $new }, уже в архиве: { $unchanged }{ $fresh ->
    [0] {""}
   *[other] , актуальны: { $fresh }
})
commands-not-done = не сделано: этот брифинг тоже останавливают ошибки, показанные выше
commands-empty-folder = в папке нет ни одного брифинга (*.toml)
commands-cannot-list = не удаётся прочитать содержимое папки: { $reason }
commands-no-data-folder = здесь нет папки data/, где presskit ищет брифинги, если ни один не назван
commands-no-data-folder-here = похоже, брифинги лежат в этой папке: назовите их (`presskit build .` или `presskit build { $first }`) или запустите presskit из папки уровнем выше
commands-no-data-folder-hint = запустите presskit в папке, где лежит data/, или назовите брифинг: `presskit build path/to/briefing.toml`; `presskit init` создаёт новый
commands-not-a-briefing = это { $what }, а не файл брифинга и не папка с ними
commands-dangling-link = символическая ссылка в никуда: того, на что она указывает, нет
commands-missing = нет такого файла или папки
commands-unreadable = не удаётся прочитать: { $reason }
commands-translation-without-briefing = перевод без своего брифинга: рядом нет { $briefing }
commands-translation-without-briefing-hint = файл с именем `<stem>.<language>.toml` — перевод `<stem>.toml`: положите его рядом с брифингом или переименуйте, если это отдельный брифинг
commands-same-name = другой брифинг тоже называется `{ $stem }`; их результаты попали бы в одну папку
commands-same-name-hint = переименуйте { $first } или { $second }
commands-already-format-2 = { $file } уже в формате 2; менять нечего
commands-upgraded = { $file } переписан в формат 2{ $rows ->
    [0] {""}
   *[other] ; строк [[attendance]] с present = true: { $rows }
}
commands-translate-into-its-own = брифинг сам написан на `{ $language }`: переводят на другой язык
commands-translate-into-its-own-hint = укажите другой язык в --to
commands-translation-dropped = { $file }: удалено { $key }: этого в брифинге больше нет
commands-translation-original-changed = { $file }: { $key }: оригинал изменился после перевода (отмечено `#|!`)
commands-translation-written = { $unchanged ->
    [yes] уже актуален:
   *[no] записан
} { $file } (текстов: { $texts }, перевести: { $to_translate })
commands-template-built-in = встроенный
commands-template-from = { $whence ->
    [option] из --templates
   *[beside] из templates/ рядом с брифингом
}: { $file }
commands-ejected-beside = дальше: отредактируйте их; брифинги в { $folder } теперь используют их
commands-ejected-elsewhere = дальше: отредактируйте их, затем `presskit build --templates { $folder }` (папка `templates/` рядом с файлами брифингов используется и без параметра)
commands-template-exists = уже существует; presskit не перезаписывает шаблоны
commands-template-exists-hint = переместите его или запишите шаблоны в другую папку
commands-cli-unknown-command = команды `{ $name }` нет
commands-cli-unknown-option = у этой команды нет параметра `{ $name }`
commands-cli-missing = этой команде нужно ещё: { $what }
commands-cli-invalid-value = `{ $value }` — недопустимое значение для { $option }
commands-cli-invalid-value-because = `{ $value }` — недопустимое значение для { $option }: { $reason }
commands-cli-possible-values = допустимые значения: { $values }
commands-cli-did-you-mean = может быть, имелось в виду `{ $name }`?
commands-cli-more-help = `presskit --help` перечисляет команды; `presskit КОМАНДА --help` объясняет одну из них
commands-cli-documents = документы: { $names }
commands-cli-languages = напишите ru, kk или en
commands-cli-jobs = напишите число потоков от 1 до { $most } (на этом компьютере ядер: { $cores })
commands-cli-seconds = напишите положительное число секунд
commands-init-not-a-folder = это файл, а не папка; init пишет брифинг в папку или в новый файл .toml
commands-init-name-it = имя файла станет именем папок его документов и архива: переименуйте файл по месту и дате брифинга (например, riga-2027-03-18.toml) или сразу укажите имя: `{ $command }`
commands-init-next = дальше: заполните его, затем `presskit build { $path }` (или `presskit watch { $path }`)
## trans: init --translation
commands-init-translation-next = { $path }: тексты перевода (`{ $language }`) с заготовками, как в самом брифинге: передайте файл переводчику; после изменений в брифинге `presskit translate { $briefing } --to { $language }` обновит перевод
commands-init-translation-into-its-own = брифинг сам написан на `{ $language }`: переводят на другой язык
commands-init-translation-into-its-own-hint = укажите другой язык в --translation или другой язык брифинга в --language
commands-no-archive-here = здесь нет ни одного брифинга в архиве
commands-restored = восстановлен { $path }
commands-verified = проверено брифингов: { $briefings }; целы: { $intact }, повреждены: { $damaged }{ $repairing ->
    [yes] , восстановлены: { $repaired }
   *[no] {""}
}{ $missing ->
    [0] {""}
   *[other] , пропали: { $missing }
}
commands-verify-next = дальше: `presskit verify --repair` восстановит то, что можно пересобрать из целых PDF каждой папки

## msgout: the closing lines of archive, extract, report, mail and watch

commands-archived-into = { $file } сдан в архив: { $folder }
commands-already-archived = { $file } уже в архиве и не изменился: { $folder }{ $fresh ->
    [yes] {" "}(всё актуально)
   *[no] {""}
}
commands-index-up-to-date = { $path }: всё актуально
commands-extract-next = дальше: `presskit archive { $briefing }` снова сделает те же архивные PDF, байт в байт, если это presskit { $version }
commands-reported = в отчёт вошли брифинги: { $briefings } из { $archived } в архиве
commands-wrote-drafts = записано черновиков писем: { $drafts }, в { $folder }
commands-watch-built = { $first ->
    [yes] собрано
   *[no] пересобрано
} файлов: { $files }, в { $folder } за { $seconds } с
commands-watch-failed = сборка не удалась ({ $seconds } с); в { $folder } остались последние удачные документы
commands-watching = слежу за { $file } (остановить: Ctrl-C)
commands-stopped-watching = слежение за { $file } остановлено
commands-watch-problem = слежение за файлами: { $reason }
commands-watch-folder = это папка; `watch` следит за одним файлом брифинга и пересобирает его при каждом сохранении
commands-watch-name-the-file = укажите файл: `presskit watch { $example }`
commands-watch-no-file = такого файла брифинга нет; `watch` принимает один файл .toml
commands-watch-link-outside = это символическая ссылка на { $target }, за пределы папки брифинга; `watch` читает только папку самого брифинга
commands-watch-put-it-back = верните на место сам файл брифинга; когда он появится, `watch` пересоберёт документы
commands-cannot-catch-ctrl-c = не удаётся перехватить Ctrl-C: { $reason }
commands-cannot-watch = не удаётся следить за файлами: { $reason }

## cli: the help of every command (`presskit --help`, `presskit build --help`)

cli-heading-usage = Использование:
cli-heading-options = Параметры
cli-heading-arguments = Аргументы
cli-heading-commands = Команды
cli-default = по умолчанию
cli-possible = возможные значения
cli-about = Пресс-киты из одного TOML-файла на брифинг: шаблоны Handlebars, свёрстанные встроенным Typst.
cli-after = Пример: presskit init data/riga-2027-03-18.toml && presskit watch data/riga-2027-03-18.toml
cli-build-about = Создать документы каждого брифинга в DIR/<stem>/
cli-build-long =
    Создать документы каждого брифинга в DIR/<stem>/.

    Пример: presskit build data/almaty-2016-12-22.toml -o out
cli-build-inputs = Файлы брифингов или папки с ними (каждый *.toml внутри)
cli-build-output = Куда записывать; каждый брифинг получает папку с именем своего файла
cli-build-only = Создать только эти документы, названные как в папке результатов, без расширения (`press-release` создаёт и PDF, и текст)
cli-check-about = Проверить брифинги и шаблоны точно так же, как `build`, ничего не записывая
cli-check-long =
    Проверить брифинги и шаблоны точно так же, как `build`, ничего не записывая.

    Пример: presskit check data/
cli-check-inputs = Файлы брифингов или папки с ними (каждый *.toml внутри)
cli-archive-about = Сдать брифинги в архив как PDF/A-3 с вложенными исходными данными и контрольными суммами
cli-archive-long =
    Сдать брифинги в архив как PDF/A-3 с вложенными исходными данными и контрольными суммами.

    Ничего не перезаписывает: повторная сдача тех же документов ничего не меняет; любое изменение отклоняется, если только --revise не сдаёт его как следующую редакцию брифинга. Затем обновляет DIR/index.pdf.

    Пример: presskit archive data/almaty-2016-12-22.toml --to archive
cli-archive-inputs = Файлы брифингов или папки с ними (каждый *.toml внутри)
cli-archive-to = Папка архива; каждый брифинг получает папку с именем своего файла
cli-verify-about = Заново сверить каждую папку архива с её списком контрольных сумм
cli-verify-long =
    Заново сверить каждую папку архива с её списком контрольных сумм.

    Пример: presskit verify archive
cli-verify-dir = Папка архива
cli-verify-repair = Восстановить каждый повреждённый или пропавший файл из того, что несёт целый PDF той же папки, если пересобранный файл совпадает со списком контрольных сумм; больше ничего не трогает
cli-report-about = Отчёт донору за период, только по архиву: показатели, брифинги, участники по кварталам, СМИ, программы и доноры
cli-report-long =
    Отчёт донору за период, только по архиву: показатели, брифинги, участники по кварталам, СМИ, программы и доноры.

    Пример: presskit report archive --from 2017-01-01 --to 2017-12-31 --csv indicators.csv --paper letter
cli-report-archive = Папка архива
cli-report-from = Только брифинги с этой даты включительно (2017-01-01)
cli-report-to = Только брифинги по эту дату включительно (2017-12-31)
cli-report-programme = Только брифинги, где названа программа, в названии или у донора которой есть TEXT (без учёта регистра)
cli-report-output = Куда записать отчёт (PDF/A)
cli-report-csv = Записать также таблицу показателей в CSV для электронной таблицы: показатель, значение (число) и отдельный столбец для нижних оценок («не менее»)
cli-report-xlsx = Записать также таблицы отчёта в книгу Excel: по листу на таблицу, числа как числа, заголовки на языке отчёта
cli-report-narrative = Собственный текст офиса (обычный текст или абзацы Markdown, заголовки и списки), который печатается перед таблицами
cli-report-prepared_by = Кто подготовил отчёт, для строки «Подготовлено» (по умолчанию: офис, иначе организация из бланка)
cli-report-prepared_on = Дата подготовки отчёта (2018-01-05) для строки «Подготовлено»; часы компьютера не читаются, поэтому отчёт зависит только от входных данных
cli-report-templates = Папка собственных шаблонов офиса: её `report.typ.hbs` и фрагменты заменяют встроенные, файл за файлом
cli-report-paper = Формат бумаги отчёта
cli-report-fonts = Добавить шрифты (TTF, OTF, TTC) из DIR к поставляемым и к тем, что несут брифинги архива; шаблоны называют их по семейству
cli-report-language = Язык отчёта (ru, kk, en); по умолчанию язык всех брифингов отчёта, если он у них общий, иначе английский
cli-extract-about = Вывести TOML брифинга, вложенный в архивный PDF
cli-extract-long =
    Вывести TOML брифинга, вложенный в архивный PDF.

    Пример: presskit extract archive/almaty-2016-12-22/press-release.pdf > briefing.toml
cli-extract-file = Архивный PDF
cli-extract-output = Восстановить в DIR всё, из чего сделан PDF (брифинг, его изображения, шаблоны и шрифты офиса, настройки), готовое для `presskit archive` или `build`; ничего не перезаписывает
cli-templates-about = Показать встроенные шаблоны или записать их копии
cli-templates-long =
    Показать встроенные шаблоны или записать их копии.

    Пример: presskit templates eject data/templates
cli-templates-list-about = Перечислить шаблоны и фрагменты; для брифинга или папки — сказать, откуда берётся каждый шаблон (встроенный, templates/ рядом с брифингом или --templates DIR)
cli-templates-list-long =
    Перечислить шаблоны и фрагменты; для брифинга или папки — сказать, откуда берётся каждый шаблон (встроенный, templates/ рядом с брифингом или --templates DIR).

    Пример: presskit templates list data/almaty-2016-12-22.toml
cli-templates-list-inputs = Файлы брифингов или папки с ними; без них — встроенные шаблоны
cli-templates-list-templates = Папка шаблонов, которую получил бы `build --templates DIR`
cli-templates-eject-about = Записать редактируемые копии встроенных шаблонов в DIR (по умолчанию templates/), все или один названный; ничего не перезаписывает
cli-templates-eject-long =
    Записать редактируемые копии встроенных шаблонов в DIR (по умолчанию templates/), все или один названный; ничего не перезаписывает.

    Пример: presskit templates eject data/templates press-release.typ.hbs
cli-templates-eject-dir = Папка, куда записывать
cli-templates-eject-name = Один шаблон, как его называет `templates list` (partials/style.typ.hbs)
cli-templates-vars-about = Вывести все переменные, доступные шаблону, с типом и значением из образцового брифинга, а также помощники и фрагменты
cli-templates-vars-long =
    Вывести все переменные, доступные шаблону, с типом и значением из образцового брифинга, а также помощники и фрагменты.

    Пример: presskit templates vars press-release.typ.hbs
cli-templates-vars-template = Один шаблон (press-release.typ.hbs): только разделы, которые он использует
cli-help-about = Вывести эту справку или справку по указанной команде
cli-translate-about = Создать или обновить перевод брифинга на другой язык: <stem>.<LANG>.toml рядом с ним, каждый текст для перевода под своим оригиналом. Сохраняет уже переведённое, убирает то, чего в брифинге больше нет (сообщая об этом), и отмечает каждое значение, оригинал которого с тех пор изменился
cli-translate-long =
    Создать или обновить перевод брифинга на другой язык: <stem>.<LANG>.toml рядом с ним, каждый текст для перевода под своим оригиналом. Сохраняет уже переведённое, убирает то, чего в брифинге больше нет (сообщая об этом), и отмечает каждое значение, оригинал которого с тех пор изменился.

    Пример: presskit translate data/almaty-2017-03-23-ru.toml --to kk
cli-translate-briefing = Файл брифинга
cli-translate-to = Язык перевода
cli-init-about = Создать новый файл брифинга для начала работы: все разделы, комментарий к каждому ключу, значения-заготовки, с которыми всё уже собирается. Ничего не перезаписывает
cli-init-long =
    Создать новый файл брифинга для начала работы: все разделы, комментарий к каждому ключу, значения-заготовки, с которыми всё уже собирается. Ничего не перезаписывает.

    Пример: presskit init && presskit build   (создаёт data/briefing.toml, затем out/briefing/)
cli-init-dir = Новый файл .toml (data/riga-2027-03-18.toml) или папка, в которую записать PATH/briefing.toml
cli-init-language = Язык комментариев и заготовок брифинга и его `[event] language`; по умолчанию язык пользователя (PRESSKIT_LANG, иначе локаль)
## trans: init --translation
cli-init-translation = Записать рядом и перевод на язык LANG (<stem>.LANG.toml) с заготовками текстов на этом языке; обновляется командой `presskit translate`; можно указать дважды
cli-upgrade-about = Переписать брифинги формата 1 в формат 2, не меняя их смысла: строка посещаемости без `present` получает `present = true` (формат 1 считал такое СМИ пришедшим, формат 2 — ещё не отмеченным). Комментарии сохраняются; файл формата 2 остаётся как есть
cli-upgrade-long =
    Переписать брифинги формата 1 в формат 2, не меняя их смысла: строка посещаемости без `present` получает `present = true` (формат 1 считал такое СМИ пришедшим, формат 2 — ещё не отмеченным). Комментарии сохраняются; файл формата 2 остаётся как есть.

    Пример: presskit upgrade data/*.toml
cli-upgrade-files = Файлы брифингов
cli-watch-about = Собрать один брифинг и пересобирать его при каждом изменении его файла, изображений или шаблонов; неудачная сборка оставляет последние удачные документы. Ctrl-C — остановить
cli-watch-long =
    Собрать один брифинг и пересобирать его при каждом изменении его файла, изображений или шаблонов; неудачная сборка оставляет последние удачные документы. Ctrl-C — остановить.

    Пример: presskit watch data/briefing.toml -o out
cli-watch-input = Файл брифинга
cli-watch-output = Куда записывать; брифинг получает папку с именем своего файла
cli-mail-about = Подготовить по одному черновику письма (.eml) на каждого журналиста из списка СМИ в DIR/<stem>/mail/: обращение на языке брифинга, пресс-релиз текстом и HTML в теле письма, PDF пресс-релиза во вложении. Ничего не отправляет: откройте черновики в почтовой программе. Список СМИ (CSV, XLSX или ODS со столбцами имени и адреса) — персональные данные: он читается, но никуда не копируется
cli-mail-long =
    Подготовить по одному черновику письма (.eml) на каждого журналиста из списка СМИ в DIR/<stem>/mail/: обращение на языке брифинга, пресс-релиз текстом и HTML в теле письма, PDF пресс-релиза во вложении. Ничего не отправляет: откройте черновики в почтовой программе. Список СМИ (CSV, XLSX или ODS со столбцами имени и адреса) — персональные данные: он читается, но никуда не копируется.

    Пример: presskit mail data/almaty-2016-12-22.toml --media-list journalists.csv
cli-mail-briefing = Файл брифинга
cli-mail-media_list = Список СМИ: файл CSV, XLSX или ODS со столбцами имени и адреса (и, по желанию, СМИ, языка, обращения)
cli-mail-output = Куда записывать; черновики попадают в DIR/<stem>/mail/
cli-mail-attach_kit = Приложить пресс-кит вместе с пресс-релизом
cli-import-about = Добавить в брифинг строки листа регистрации или выгрузки регистраций (attendance) либо выгрузки мониторинга СМИ (coverage) из CSV, XLSX или ODS как таблицы [[attendance]] или [[coverage]], сохраняя комментарии файла. Строки одного СМИ становятся одной таблицей посещаемости; то, что уже есть с теми же значениями, пропускается, с другими — ошибка. Одна неверная строка — и ничего не записывается
cli-import-long =
    Добавить в брифинг строки листа регистрации или выгрузки регистраций (attendance) либо выгрузки мониторинга СМИ (coverage) из CSV, XLSX или ODS как таблицы [[attendance]] или [[coverage]], сохраняя комментарии файла. Строки одного СМИ становятся одной таблицей посещаемости; то, что уже есть с теми же значениями, пропускается, с другими — ошибка. Одна неверная строка — и ничего не записывается.

    Пример: presskit import attendance sign-in.csv --into data/almaty-2016-12-22.toml --dry-run
cli-import-what = Что содержит файл
cli-import-file = Файл CSV, XLSX или ODS
cli-import-into = Файл брифинга, в который добавить строки
cli-import-dry_run = Показать изменение как унифицированный diff брифинга; ничего не записывать
cli-import-map = Читать столбец HEADING как `key` (attendance: outlet, name, present, kind, people, website, programme; coverage: outlet, headline, date, kind, url, language, reach, note); можно указать несколько раз
cli-import-sign_in = Для attendance: файл — это лист регистрации, полный список пришедших: его СМИ пришли, а зарегистрированные СМИ, которых в нём нет, не пришли (present = false). Без этого параметра строки файла считаются регистрациями
cli-completions-about = Вывести скрипт автодополнения для командной оболочки
cli-completions-long =
    Вывести скрипт автодополнения для командной оболочки.

    Пример: presskit completions bash > ~/.local/share/bash-completion/completions/presskit
cli-completions-shell = Оболочка
cli-opt-quiet = Выводить только ошибки
cli-opt-verbose = Выводить каждый записанный файл
cli-opt-max_memory = Остановить работу, когда память presskit превысит столько МиБ (шаблон может построить что-то огромное; Typst не умеет прервать один документ, поэтому завершается весь запуск, код 1)
cli-opt-help = Вывести справку
cli-opt-version = Вывести версию
cli-opt-templates = Брать шаблоны из DIR (файл за файлом) раньше тех, что лежат рядом с брифингом, и встроенных
cli-opt-paper = Формат бумаги PDF
cli-opt-jobs = Сколько брифингов обрабатывать одновременно (по умолчанию по одному на ядро)
cli-opt-force = Заново создать каждый брифинг, даже если его документы актуальны (входные данные и документы не менялись с момента записи)
cli-opt-keep_typst = Записывать также разметку Typst, созданную для каждого документа, в OUT/<stem>/typst/<document>.typ (build и check: out/, если не указан -o; watch), даже если её не удалось сверстать, чтобы дизайнер видел, что получил Typst
cli-opt-fonts = Добавить шрифты (TTF, OTF, TTC) из DIR к поставляемым и к папке fonts/ рядом с брифингом; шаблоны называют их по семейству
cli-opt-timeout = Прекратить вёрстку документа через столько секунд (шаблон может зациклиться)

## events of several days, the advisory's deadline and languages (issue 31)

input-end-before-start = последний день, { $end }, раньше первого: `event.date` = { $start }
input-end-before-start-hint = напишите end_date = { $start } или более поздний день; однодневному мероприятию end_date не нужен
input-end-time-without-time = время окончания указано без времени начала: `time` не задано
input-end-time-without-time-hint = добавьте в [event] time = 10:00:00 (время начала)
input-end-time-not-after-start = мероприятие заканчивается в { $end }, не позже своего начала ({ $start })
input-end-time-not-after-start-hint = напишите время окончания или добавьте end_date, если мероприятие заканчивается в другой день
documents-late-deadline = аккредитация закрывается после начала мероприятия ({ $start }): журналисты зарегистрируются слишком поздно
documents-late-deadline-hint = укажите срок до начала мероприятия, например deadline = { $day }T18:00:00, или удалите его
documents-unnamed-language = presskit не знает названия языка `{ $code }`: анонс напечатает его как `{ $printed }`
documents-unnamed-language-hint = напишите один из кодов, которые presskit называет ({ $codes }), или проверьте код: две буквы по ISO 639-1
cli-opt-revise = Сдать брифинг, изменённый после сдачи в архив (добавлены публикации, исправлена цифра), как его следующую редакцию, DIR/<stem>/rev-2, рядом с прежней, которая остаётся; index.pdf и отчёт учитывают последнюю редакцию
