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
documents-media-list-columns = столбцы списка СМИ: name, email, outlet, language и greeting
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

## archive

archive-intact = в порядке { $path }

## commands

commands-wrote = записан { $path }
commands-up-to-date = { $file }: всё актуально в { $folder }
commands-checked-ok = { $file }: ошибок нет
