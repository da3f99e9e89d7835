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

# documents: warnings about a briefing
documents-outlet-written-again = { $path }: `{ $name }` — { $line }-жолдағы `{ $first }` БАҚ-ы, қайта жазылған
documents-outlet-written-again-at = { $path }: `{ $name }` БАҚ-ы { $line }-жолда қайта жазылған (`{ $again }`)
documents-keep-one-row-per-outlet = әр БАҚ-қа бір жол қалдырыңыз: біреуін өшіріңіз немесе екі БАҚ-қа оларды ажырататын атаулар беріңіз; оған дейін олар бір рет саналып, бір рет аталады
documents-presence-not-recorded = { $path }: `{ $name }` келді ме, жоқ па — белгіленбеген, ал басқа БАҚ үшін белгіленген; ол келмеген деп саналады
documents-write-presence = келсе present = true, келмесе present = false деп жазыңыз
documents-not-a-web-address = { $path }: `{ $scheme }:` — веб-мекенжай емес; тек http:// және https:// мекенжайлары сілтеме болады, сондықтан бұл мекенжай мәтін ретінде басылады
documents-write-web-address = беттің мекенжайын браузер көрсеткендей жазыңыз: { $key } = "https://…"

# documents: mail drafts and media lists
documents-drafts-too-large = әрқайсысы { $each } КиБ болатын { $count } хат { $total } МиБ алар еді; бір іске қосуда ең көбі { $most } МиБ дайындалады
documents-media-list-needs-name-and-email = БАҚ тізімінде аты-жөні мен электрондық пошта бағандары болуы керек; оның тақырыптары: { $headings }
documents-name-the-columns = бағандарды `name` және `email` (немесе ФИО / Аты-жөні және E-mail) деп атаңыз
documents-columns-not-used = қолданылмайтын бағандар: { $columns }
documents-media-list-columns = БАҚ тізімінің бағандары: name, email, outlet, language және greeting
documents-first-mistakes-shown = алғашқы { $count } қате көрсетілді; оларды түзетіп, қалғанын көру үшін қайта іске қосыңыз
documents-row-without-address = бұл жолда электрондық пошта мекенжайы жоқ
documents-not-an-address = `{ $text }` — электрондық пошта мекенжайы емес
documents-one-address-per-row = әр жолға бір мекенжай жазыңыз, мысалы name@example.org
documents-row-without-name = { $address } мекенжайы бар жолда аты-жөні жоқ
documents-address-listed-twice = { $address } екі рет жазылған; хат бір рет дайындалады
documents-first-is-at = алғаш рет: { $place }
documents-more-rows-repeat = тағы { $count } жол бұрын жазылған мекенжайды қайталайды; әр мекенжайға бір хат дайындалады
documents-other-language-journalists = баспасөз релизі мына тілдерде: { $languages }, ал бұл журналистер басқа тілде оқиды: { $journalists }
documents-too-many-journalists = БАҚ тізімінде { $count } журналист бар; presskit бір іске қосуда ең көбі { $most } хат дайындайды
documents-split-the-list = тізімді қысқарақ файлдарға бөліп, әрқайсысы үшін `mail` командасын өз -o қалтасымен іске қосыңыз
documents-no-journalist = БАҚ тізімінде тақырыптардан кейін бірде-бір журналист жоқ
documents-no-sender-address = хаттарға жіберушінің электрондық пошта мекенжайы керек
documents-add-sender-address = `email` кілтін [release.contact] немесе [organization] бөліміне қосыңыз

# documents: which documents are made, and why not
documents-add-what-is-missing = брифингке жетіспейтінін қосыңыз немесе құжатты --only тізімінен алып тастаңыз
documents-no-release-yet = әлі [release] жоқ
documents-no-speakers = [[speakers]] жоқ
documents-no-attendance-yet = БАҚ-тың қатысуы әлі белгіленбеген
documents-not-written = { $reason }: { $files } жасалмады
documents-this-stops = осының салдарынан жасалмайды: { $documents }
documents-narrative-unreadable = сипаттама файлы (--narrative): { $reason }
documents-give-a-narrative = --narrative параметріне қызметіңіз жазған мәтіндік немесе Markdown файлын беріңіз
documents-narrative-not-utf8 = сипаттама UTF-8 мәтіні емес: бұл кодтауда емес алғашқы таңба осында
documents-save-as-utf8 = файлды UTF-8 түрінде қайта сақтаңыз: Блокнотта «Файл» → «Басқаша сақтау…», «Кодтау»: UTF-8
documents-cannot-read = оқу мүмкін емес: { $reason }
documents-and-more = тағы { $count }
documents-not-translated-yet = әлі аударылмаған ({ $keys }): { $files } жасалмады
documents-translate-adds-texts = `presskit translate { $file } --to { $language }` әлі аударылуы керек барлық мәтінді осы файлға қосады

# documents: templates (render)
documents-tag-not-closed = `{ $tag }` жабылмаған: `{ $closer }` жетіспейді
documents-write-tag = былай жазыңыз: { $tag }
documents-closes-another-block = `{ $tag }` блокты жабады, бірақ мұнда { $line }-жолда ашылған `{ $open }` блогы ашық
documents-close-the-open-block-first = алдымен `{ $open }` блогын { $closing } тегімен жабыңыз немесе бұл жол артық болса, өшіріңіз
documents-closes-unopened-block = `{ $tag }` ашылмаған блокты жабады
documents-open-the-block = блокты жоғарырақта { $opening } тегімен ашыңыз немесе бұл `{ $tag }` тегін өшіріңіз
documents-block-never-closed = { $line }-жолда ашылған `{ $tag }` блогы жабылмаған
documents-close-the-block = блок аяқталатын жерде оны { $closing } тегімен жабыңыз
documents-include-loop = үлгілер бірін-бірі шеңбер бойымен қосады: { $templates }
documents-includes = →
documents-no-include-loop = үлгі фрагменттерді (partials) қоса алады, бірақ өзін қайта қосатын фрагментті қоса алмайды
documents-did-you-mean-variable = мүмкін, { $name } деп жазу керек пе?
documents-templates-vars-lists = `presskit templates vars` үлгіде қолдануға болатын барлық айнымалыны көрсетеді
documents-no-such-variable = үлгілерге берілетін деректерде `{ $path }` жоқ
documents-template-named = { $name } үлгісі
documents-template-syntax = үлгі синтаксисі: { $reason }
documents-in-printed-text = { $what } ({ $tag } шығарған мәтінде)
documents-in-generated-typst = жасалған Typst файлында: { $place }
documents-printed-text-should-print = бұл брифингтегі { $key } мәтіні (немесе содан жасалған), ол жазылғандай басылуы керек: бұл туралы брифингті қоса әзірлеушілерге хабарлаңыз
documents-no-templates-folder = үлгілер қалтасы жоқ
documents-cannot-read-templates-folder = үлгілер қалтасын оқу мүмкін емес: { $reason }
documents-cannot-read-template = үлгіні оқу мүмкін емес: { $reason }
documents-template-outside-folder = үлгі үлгілер қалтасынан тыс жерге апарады (символдық сілтеме арқылы)
documents-copy-template-in = үлгілер тек өз қалтасынан оқылады; файлға сілтеме жасамай, оны қалтаға көшіріңіз
documents-template-not-a-file = үлгі кәдімгі файл емес
documents-template-too-large = үлгі көлемі { $size } байт; үлгі ең көбі { $most } байт бола алады
documents-not-a-template = presskit-те мұндай үлгі жоқ
documents-templates-list-names = `presskit templates list` олардың бәрін атайды
documents-several-templates = бірнеше үлгіге сәйкес келеді
documents-write-one-of = мыналардың бірін жазыңыз: { $names }

# documents: typesetting, fonts, writing the files
documents-bad-source-date-epoch = `{ $text }` — PDF сақтай алатын күн емес: 1970-01-01 UTC-тен бергі бүтін секунд санын жазыңыз, 0-ден { $most }-ге дейін (9999 жылдың соңы)
documents-unset-source-date-epoch = әр құжатқа оқиғасының күні қойылуы үшін бұл айнымалыны алып тастаңыз
documents-cannot-start-typesetting = беттеуді бастау мүмкін емес: { $reason }
documents-typesetting-timed-out = беттеу { $seconds } с-тан ұзаққа созылып, тоқтатылды
documents-template-may-loop = үлгі тұйықталған не беттеу аяқталмайтын болуы мүмкін; соңғы өзгерістерді тексеріңіз немесе --timeout арқылы көбірек уақыт беріңіз
documents-no-title-not-accessible = құжатта тақырып берілмеген, сондықтан бұл PDF қолжетімді түрде (PDF/UA-1) жазылмады
documents-set-a-title = үлгінің басына `#set document(title: [...])` қосыңыз, кірістірілген үлгілердегідей
documents-pdf-standards = PDF стандарттары: { $reason }
documents-no-fonts-folder = қаріптер қалтасы жоқ
documents-file-not-fonts-folder = бұл қаріптер қалтасы емес, файл
documents-give-the-fonts-folder = қаріп файлдары (.ttf, .otf, .ttc) бар қалтаны көрсетіңіз
documents-cannot-read-fonts-folder = қаріптер қалтасын оқу мүмкін емес: { $reason }
documents-cannot-read-font = қаріпті оқу мүмкін емес: { $reason }
documents-not-a-font = бұл presskit оқи алатын қаріп емес
documents-fonts-are-truetype = қаріптер — TrueType не OpenType файлдары (.ttf, .otf, .ttc); бұл файлды өшіріңіз немесе қайта экспорттаңыз
documents-file-in-use = файлды ауыстыру мүмкін емес: ол басқа бағдарламада ашық (PDF көрсеткіш не мәтіндік редактор ашқан файлын ұстап тұрады)
documents-close-the-file = { $name } файлын сол бағдарламада жауып, сол команданы қайта іске қосыңыз; бірде-бір файл өзгертілген жоқ
documents-file-read-only = файлды ауыстыру мүмкін емес: ол тек оқуға арналған деп белгіленген
documents-clear-read-only = { $name } файлын тінтуірдің оң жағымен басып, «Сипаттар» бөлімінде «Тек оқу үшін» белгісін алып, сол команданы қайта іске қосыңыз; бірде-бір файл өзгертілген жоқ
documents-cannot-name-a-folder = бұл файл атауымен құжаттар қалтасын атау мүмкін емес: { $why }
documents-rename-the-briefing = брифинг файлының атауын өзгертіңіз, мысалы `almaty-2016-12-22.toml`; оның `.toml`-сыз атауы құжаттар қалтасының атауы болады
documents-already-exists = бұрыннан бар; presskit оны қайта жазбайды
documents-move-it-away = оны басқа жерге жылжытыңыз немесе басқа қалта таңдаңыз
documents-cannot-write-this-name = мұндай атаулы файлды жазу мүмкін емес: { $why }
documents-choose-another-name = Windows компьютерлері де аша және көшіре алатын басқа атау таңдаңыз

## archive

archive-intact = дұрыс { $path }

## commands

commands-wrote = жазылды { $path }
commands-up-to-date = { $file }: { $folder } ішінде бәрі өзекті
commands-checked-ok = { $file }: қате жоқ
