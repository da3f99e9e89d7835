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

## documents

documents-left-out = { $documents }: { $count ->
    [one] { $count } документ не создан
    [few] { $count } документа не созданы
   *[other] { $count } документов не созданы
} — в брифинге ещё нет раздела `[{ $section }]`
documents-cannot-write = не удаётся записать: { $reason }
documents-media-list-columns = столбцы списка СМИ: name (ФИО), email, outlet (СМИ), language (язык), greeting (обращение) и given_name (имя, по которому обращаться)

## archive

archive-intact = в порядке { $path }

## commands

commands-wrote = записан { $path }
commands-up-to-date = { $file }: всё актуально в { $folder }
commands-checked-ok = { $file }: ошибок нет
