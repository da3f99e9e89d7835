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

## documents

documents-left-out = { $documents }: { $count ->
    [one] { $count } документ не создан
    [few] { $count } документа не созданы
   *[other] { $count } документов не созданы
} — в брифинге ещё нет раздела `[{ $section }]`
documents-cannot-write = не удаётся записать: { $reason }

## archive

archive-intact = в порядке { $path }

## commands

commands-wrote = записан { $path }
commands-up-to-date = { $file }: всё актуально в { $folder }
commands-checked-ok = { $file }: ошибок нет
