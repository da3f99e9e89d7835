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
