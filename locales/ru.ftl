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

## archive

archive-intact = в порядке { $path }

## commands

commands-wrote = записан { $path }
commands-up-to-date = { $file }: всё актуально в { $folder }
commands-checked-ok = { $file }: ошибок нет
