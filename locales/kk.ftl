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

## msgout: the out-of-memory report, put into words at start-up

general-memory-passed = { $what }: `--max-memory` рұқсат ететін жад жетпеді ({ $mib } МиБ){ $during }; жұмыс тоқтатылды
general-memory-passed-at-once = { $what }: `--max-memory` рұқсат ететін жад жетпеді ({ $mib } МиБ; бірден { $size } МиБ сұралды){ $during }; жұмыс тоқтатылды
general-memory-while = {" "}({ $what } кезінде)
general-memory-presskit = presskit
general-memory-typesetting = { $document } беттеу
general-memory-hint-template = үлгі өте үлкен немесе шексіз бірдеңе құрып жатқан болуы мүмкін; соңғы өзгерістерді тексеріңіз немесе `--max-memory` арқылы көбірек жад беріңіз
general-memory-hint-input = кіріс деректер осы шектен үлкен; `--max-memory` арқылы көбірек жад беріңіз

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

## input: the file itself

input-resave = файлды UTF-8 түрінде қайта сақтаңыз: Блокнотта — Файл → Басқаша сақтау…, Кодтау: UTF-8, Сақтау; басқа редакторларда — кодтау (таңбалар жиыны) UTF-8
input-saved-as-utf16 = файл UTF-16 түрінде сақталған (Блокнотта — «Юникод»), ал presskit тек UTF-8 оқиды
input-saved-as-windows-1251 = файл Windows-1251 (кирилл) түрінде сақталған, ал presskit тек UTF-8 оқиды; UTF-8 емес алғашқы әріп осында ({ $byte }-байт)
input-not-utf8 = файл UTF-8 кодтауында емес ({ $byte }-байт); оны UTF-8 түрінде сақтаңыз
input-empty-briefing = брифинг файлы бос
input-empty-briefing-hint = `presskit init FILE` толтыруға арналған файл жасайды, онда барлық бөлім және әр кілтке түсініктеме бар
input-no-format = брифингте `format` кілті жоқ
input-no-format-hint = файлды `format = 2` жолынан бастаңыз
input-unknown-format = `format` мәні { $typed }; presskit-тің бұл нұсқасы format { $versions } оқиды
input-unknown-format-hint = жаңа файлға presskit-тің жаңа нұсқасы керек; ескі файлды `format = 2` деп жазыңыз
input-no-section = брифингте [{ $section }] бөлімі жоқ
input-no-section-hint = [{ $section }] кестесін қосыңыз; `presskit init` барлық бөлімі бар файл жасайды

## input: model (the briefing's values)

input-speaker-named = { $typed } — { $path } спикерінің аты, { $name }, оның id-і { $id }: былай жазыңыз: speaker = "{ $id }"
input-speakers-named = { $typed } — бірнеше спикердің аты: { $list }; керегінің id-ін жазыңыз
input-speaker-of-list = { $path }, { $name } (id { $id })
input-no-speakers = спикерлер көрсетілмеген: [[speakers]] кестесін қосыңыз
input-speaker-ids = спикерлердің id-і: { $list }
input-speaker-named-by-id = спикер өз [[speakers]] кестесінің id-і арқылы аталады: { $list }
input-id-used-twice = `{ $id }` id-і бос емес: { $first }
input-id-of-its-own = әр спикердің өз id-і болуы керек
input-no-paragraph = баспасөз релизінде кемінде бір абзац болуы керек
input-not-a-language-code = `{ $code }` — тіл коды емес
input-language-codes-hint = екі әріпті кодтарды жазыңыз, мысалы interpretation = ["ru", "kk", "en"]
input-year-out-of-range = { $year } — брифинг жылы емес; жыл { $from } мен { $to } аралығында болады
input-expected-date = 2016-12-22 түріндегі күн керек, ал { $found } жазылған
input-expected-time = 11:00:00 түріндегі уақыт керек, ал { $found } жазылған
input-expected-moment = 2027-03-15T18:00:00 түріндегі күн мен уақыт керек, ал { $found } жазылған
input-expected-embargo = 2016-12-22T13:00:00+06:00 түріндегі күн, уақыт және UTC-тен айырма керек, ал { $found } жазылған
input-embargo-needs-zone = ешкім қате түсінбеуі үшін эмбаргоның уақыт белдеуі көрсетілуі керек
input-path-leaves-folder = `{ $path }` брифинг қалтасынан шығып кетеді
input-path-absolute = `{ $path }` — абсолют жол
input-path-names-no-file = `{ $path }` ешбір файлды атамайды
input-path-through-link = `{ $path }` брифинг қалтасының сыртына апарады (символдық сілтеме арқылы)
input-path-not-a-file = `{ $path }` — файл емес
input-paths-stay-inside = жолдар брифинг файлынан бастап саналады және оның қалтасынан шықпайды
input-path-not-portable = `{ $path }`: Windows `{ $name }` деген атпен файл не қалта жасауға рұқсат етпейді, сондықтан кеңсе компьютерлерінде оны ашу да, мұрағаттан қалпына келтіру де мүмкін емес
input-not-a-valid-id = `{ $id }` id ретінде жарамайды: кіші латын әріптерін, цифрларды және `-` таңбасын қолданыңыз
input-rename-for-windows = файлдың атын өзгертіңіз (CON, PRN, AUX, NUL, COM1–COM9 не LPT1–LPT9 емес, кез келген кеңейтіммен; соңында нүкте не бос орын болмасын; < > : " | ? * таңбалары болмасын) және жаңа атын `{ $key }` кілтіне жазыңыз
input-not-allowed-to-read = `{ $path }` бар, бірақ presskit-ке оны оқуға рұқсат жоқ
input-not-allowed-to-read-hint = файлды оқу құқығын өзіңізге беріңіз (оның қасиеттерінде не рұқсаттарында)
input-cannot-read = `{ $path }` оқылмады: { $reason }
input-check-the-path = атауын және қалтасын тексеріңіз: жол брифинг қалтасынан бастап оқылады
input-no-folder = брифинг қалтасында `{ $folder }` қалтасы жоқ, сондықтан `{ $path }` те жоқ
input-no-file = брифинг қалтасында `{ $path }` файлы жоқ
input-nearly-the-file = мүмкін, { $fixed } деп жазу керек пе? былай жазыңыз: { $line }
input-folder-holds = брифинг қалтасында: { $names }
input-subfolder-holds = `{ $folder }` ішінде: { $names }
input-image-too-large = `{ $path }` көлемі { $bytes } байт; сурет { $most } байттан аспауы керек
input-image-too-large-hint = суретті кішірейтіңіз: басылатын өлшемде 300 dpi жеткілікті
input-not-an-image-name = `{ $path }` — PNG, JPEG не SVG файлының атауы емес
input-image-names-hint = логотиптер мен фотосуреттер .png, .jpg, .jpeg не .svg файлдары болады
input-image-of-another-format = `{ $path }` { $expected } деп аталған, бірақ іші { $found }
input-image-not-an-image = `{ $path }` { $expected } деп аталған, бірақ іші сурет емес
input-export-again-hint = суретті атауында көрсетілген пішімде қайта сақтаңыз
input-export-again-sized-hint = суретті графикалық редакторда басылатын өлшемде қайта сақтаңыз

## input: model (more)

input-coverage-near-miss = { $path }: [[attendance]] ішінде `{ $outlet }` деп аталатын БАҚ жоқ, бірақ { $line }-жолдағы `{ $near }` атауы соған өте ұқсас
input-coverage-near-miss-hint = егер бұл сол БАҚ болса, оны { $there } ішіндегідей жазыңыз (`{ $near }`), сонда жарияланым соған есептеледі
input-no-way-to-register = анонс журналистерге аккредиттелу жолын көрсетпейді: ешбір жерде телефон да, электрондық пошта да жоқ
input-no-way-to-register-hint = [advisory] бөліміне `{ $line }` жолын, не [organization] бөліміне `email`/`phone` қосыңыз
input-typed-dateline = `{ $path }` орны мен күнінен басталады (`{ $lead }`); релиз оларды өзі басады, сондықтан бұлары алынып тасталды
input-typed-dateline-hint = абзацты бірден жаңалықтың алғашқы сөйлемінен бастаңыз; қала мен күнді presskit өзі жазады
input-long-headline = тақырып { $length } таңбадан тұрады; релиз бен баспасөз материалдары оны бірнеше жолға бөліп, толық басады
input-long-headline-hint = тақырып бір қарағанда оқылады: оны жүз таңбадан қысқа етіп, қалғанын `summary` бөліміне не мәтінге көшіріңіз
input-too-many-people = { $people } адам — бір БАҚ жібере алатыннан көп; ең көбі { $most }
input-too-many-people-hint = БАҚ тіркеген не жіберген адамдарды қайта санаңыз
input-too-many-sign-in-rows = БАҚ тізімдерінде { $rows } адам — бұл тіркеу парағына сыятыннан көп; ең көбі { $most }
input-too-many-speakers = брифингте { $count } спикер бар; presskit ең көбі { $most } спикерді беттейді (әрқайсысына өмірбаяндардың бір беті, баспасөз материалдарының бір беті және үстелге қоятын тақтайша)
input-too-many-speakers-hint = брифинг спикерлері — төрде сөз сөйлейтіндер; қалғандарын релизде не бағдарламада атаңыз
input-bios-too-long = мұнда өмірбаяндар { $chars } таңбаға жетеді; барлық спикердің өмірбаяндары бірге ең көбі { $most } таңба бола алады
input-bios-too-long-hint = өмірбаяндарды қысқартыңыз: баспасөз материалдарындағы өмірбаян бір-екі абзац болады
input-unprintable = { $path } ішінде { $code } ({ $character }) таңбасы бар, оны жеткізілген қаріптердің ешқайсысы баса алмайды
input-unprintable-capital = { $path } ішінде { $code } ({ $character }) таңбасы бар, оның бас әрпін жеткізілген қаріптердің ешқайсысы баса алмайды
input-unprintable-hint = таңбаны ауыстырыңыз не өшіріңіз; қаріптерде латын, грек және кирилл әріптері (қазақ әріптерімен қоса) бар
input-unprintable-font-hint = не осы таңбасы бар қаріпті (TTF, OTF) брифинг жанындағы fonts/ қалтасына қосыңыз
## msgin: input: reading (files within bounds, images, sizes, dates typed, addresses, scripts)

input-reading-cannot-be-read = оқылмайды: { $reason }
input-reading-is-not-a-file = бұл — { $what }, қарапайым файл емес
input-reading-is-too-large = көлемі { $size } байт, ал рұқсат етілгені — { $limit } байтқа дейін
input-reading-a-folder = қалта
input-reading-a-fifo = FIFO (атаулы арна)
input-reading-a-socket = сокет
input-reading-a-device = құрылғы
input-reading-a-special-file = арнайы файл
input-reading-briefing-too-large = файл көлемі { $size } байт, ал брифинг { $most } байттан аспауы керек
input-reading-briefing-not-a-file = брифинг — { $what }, қарапайым файл емес
input-reading-briefing-unreadable = брифинг оқылмады: { $reason }
input-reading-text-too-long = бұл мәтінде { $count } таңба бар, ал мән { $most } таңбадан аспауы керек
input-reading-text-too-long-hint = мәтінді абзацтарға бөліңіз (мәтіндер массиві) немесе қысқартыңыз
input-reading-array-too-long = бұл массивте { $count } элемент бар, ал массивте { $most } элементтен артық болмауы керек
input-reading-nested-too-deep = мұнда кілттер бір-бірінің ішіне тым терең салынған; брифинг кілттері бірнеше деңгейден аспайды
input-reading-cannot-edit = брифингті өзгерту мүмкін емес: { $reason }
input-reading-image-damaged = сурет бүлінген: оның тақырыбында пиксельмен берілген өлшемі жоқ
input-reading-image-empty = сурет өлшемі { $width } × { $height } пиксель: ол бос
input-reading-image-too-many-pixels = сурет өлшемі { $width } × { $height } пиксель, ал суреттің әр жағы { $side } пиксельден, барлығы { $millions } млн пиксельден аспауы керек
input-reading-image-undecodable = суретті декодтау мүмкін емес: { $reason }
input-reading-svg-unreadable = SVG оқылмады: { $reason }
input-reading-date-written-otherwise = `{ $typed }` — мұнда күн басқаша жазылады (жыл-ай-күн): былай жазыңыз: { $date }
input-reading-not-a-date = `{ $typed }` — 2016-12-22 түріндегі күн емес (жыл-ай-күн)
input-reading-not-one-address = { $path }: `{ $email }` — бір ғана электрондық пошта мекенжайы емес
input-reading-write-one-address = бір мекенжай жазыңыз, мысалы email = "press@example.org"
input-reading-write-address-alone = мекенжайдың өзін ғана жазыңыз: { $line }
input-reading-in-latin-letters = { $path } мәтіні латын әрпімен жазылған, ал брифинг тілі — { $language ->
    [ru] орыс тілі
    [kk] қазақ тілі
   *[en] ағылшын тілі
} (event.language)
input-reading-in-cyrillic-letters = { $path } мәтіні кирилл әрпімен жазылған, ал брифинг тілі — { $language ->
    [ru] орыс тілі
    [kk] қазақ тілі
   *[en] ағылшын тілі
} (event.language)
input-reading-more-texts-too = релиз бен өмірбаяндардың тағы { $count } мәтіні де солай жазылған
input-reading-say-russian-or-kazakh = құжаттардағы жазулар, күндер мен тасымал event.language бойынша жасалады: орыс не қазақ брифингі үшін [event] ішіне language = "ru" не "kk" деп жазыңыз
input-reading-say-english = құжаттардағы жазулар, күндер мен тасымал event.language бойынша жасалады: ағылшын брифингі үшін [event] ішіне language = "en" деп жазыңыз (немесе тілді көрсетпеңіз)

## msgin: input: translations (`<stem>.<language>.toml`)

input-translation-no-format = аудармада `format` кілті жоқ
input-translation-no-format-hint = файлды брифингтегідей `format = 1` жолынан бастаңыз
input-translation-no-language = аудармада `translation` кілті жоқ
input-translation-no-language-hint = `format` астына `translation = "{ $code }"` деп жазыңыз: бұл файл аударылатын тіл
input-translation-name-disagrees = `translation` мәні — `{ $typed }`, ал файл атауы бойынша тіл — `{ $code }`
input-translation-name-disagrees-hint = `{ $written }` тіліне аударма `{ $stem }.{ $written }.toml` деп аталады; бұл файлға `translation = "{ $code }"` жолы керек
input-translation-same-language = { $briefing } брифингінің өзі `{ $code }` тілінде, ал аударма басқа тілге жасалады
input-translation-same-language-hint = файлды ол аударатын тілдің атымен қайта атаңыз
input-translation-fixed = { $what } тек брифингтің өзінен алынады; аудармада тек мәтіндер жазылады
input-translation-fixed-hint = бұл жолды өшіріңіз; мәнді өзгерту үшін оны { $file } ішінде өзгертіңіз
input-translation-the-attendance-list = қатысқан БАҚ тізімі
input-translation-the-coverage-list = жарияланымдар тізімі
input-translation-a-web-address = сайт мекенжайы
input-translation-an-email-address = электрондық пошта мекенжайы
input-translation-a-phone-number = телефон нөмірі
input-translation-a-path = файл жолы
input-translation-a-date = күн
input-translation-a-time = уақыт
input-translation-a-date-and-time = күн мен уақыт
input-translation-the-briefings-language = брифинг тілі (аударманың тілін оның `translation` кілті береді)
input-translation-language-codes = тіл кодтары
input-translation-a-speaker-id = спикер id-і
input-translation-an-id = id
input-translation-a-number = сан
input-translation-is-text = бұл — мәтін: оны тырнақшаға алыңыз
input-translation-is-text-hint = аударма брифингтегі мәннің мәтінін өз тілінде береді
input-translation-is-texts = бұл — мәтіндер массиві: `["…", "…"]`
input-translation-is-table = бұл — кесте
input-translation-is-rows = бұл — кестелер массиві: `[[{ $name }]]`
input-translation-is-row = бұл — [[{ $name }]] кестесі
input-translation-nothing-to-translate = брифингте `{ $target }` жоқ, аударатын ештеңе жоқ
input-translation-nothing-to-translate-hint = алдымен бұл мәнді { $file } ішіне жазыңыз: аударма тек аударады
input-translation-not-a-key = `{ $key }` — аудармада мұндай кілт жоқ
input-translation-row-beyond = брифингте [[{ $name }]] кестесі { $count }, ал бұл — { $number }-кесте
input-translation-row-beyond-hint = [[{ $name }]] кестелері { $file } ішіндегі кестелерді сол ретпен аударады: алдымен оны сонда қосыңыз
input-translation-no-id = `id` жоқ
input-translation-no-id-hint = аударылған спикер — брифингтегі `id`-і сондай спикер: `id = "…"` деп жазыңыз
input-translation-unknown-speaker = { $file } ішінде id-і `{ $id }` болатын спикер жоқ
input-translation-no-speakers = брифингте [[speakers]] жоқ
input-translation-speakers-are = брифинг спикерлері: { $list }
input-translation-translated-twice = `{ $id }` спикері екі рет аударылған
input-translation-stale = { $at }: түпнұсқа ({ $file } ішіндегі { $target }) аударылғаннан кейін өзгерген
input-translation-stale-hint = аударманы түпнұсқамен салыстырыңыз: `presskit translate { $file } --to { $code }` оны мәннің үстіне шығарады; аударманы қабылдау үшін мәнді түзетіңіз
input-translation-file-header =
    # { $file } брифингінің қазақ тіліндегі аудармасы; оны `presskit translate { $file } --to { $code }` командасы жаңартып отырады.
    # Әр мәтінді түпнұсқа көрсетілген `{ $mark } { $original }:` жолдарының астындағы тырнақшаның ішіне жазыңыз;
    # "" — әлі аударылмаған (бос "" қалдырылған есім түпнұсқадағыдай жазылады). Күндер, id,
    # файлдар, мекенжайлар және қатысушылар тізімі брифингтен алынады. `{ $mark }` жолдарын
    # presskit жазады: `{ $mark }!` түпнұсқасы кейін өзгерген аударманы белгілейді; аударманы
    # қабылдау үшін оны түзетіңіз немесе оның `{ $mark }` жолдарын өшіріңіз.

## msgin: input: import (`presskit import`: columns, conflicts, rows, cells, the closing line)

input-import-columns-not-imported = мына бағандар импортталмады: { $list }
input-import-columns-read = оқылатын бағандар: { $list }; басқа бағанды `--map 'HEADING=key'` арқылы атаңыз
input-import-map-names-no-heading = --map `{ $heading }` тақырыбын атайды, бірақ кестеде ол жоқ; кесте тақырыптары: { $list }
input-import-would-not-be-valid = импорттан кейін брифинг жарамсыз болар еді; ештеңе жазылған жоқ
input-import-conflict = { $entry } брифингте басқа мәндермен бар: { $differences }
input-import-conflict-hint = ол мына жерде: { $place } ({ $path }); екеуінің бірін түзетіңіз, ештеңе импортталған жоқ
input-import-entry = { $name }
input-import-piece-of = «{ $headline }» ({ $outlet })
input-import-differs = { $key }: брифингте { $there }, кестеде { $here }
input-import-not-given-there = { $key }: брифингте көрсетілмеген, кестеде { $here }
input-import-presence-differs = брифингте — { $there ->
    [yes] келген
   *[no] келмеген
}, кестеде — { $here ->
    [yes] келген
   *[no] келмеген
}
input-import-array-not-tables = `{ $key }` бір массив болып жазылған, ал импорт [[{ $key }]] кестелерін қосады
input-import-array-not-tables-hint = әр жазбаны жеке [[{ $key }]] кестесі етіп жазып, импортты қайталаңыз
input-import-nothing-to-change = { $into } ішінде кестедегінің бәрі бар; өзгертетін ештеңе жоқ{ $skipped ->
    [0] {""}
   *[other] , брифингте бұрыннан бары: { $skipped }
}
input-import-would-complete = { $into } ішінде [[{ $key }]] түріндегі { $count } кесте толықтырылар еді{ $skipped ->
    [0] {""}
   *[other] , брифингте бұрыннан бары: { $skipped }
}; ештеңе жазылған жоқ (--dry-run)
input-import-completed = { $into } ішінде [[{ $key }]] түріндегі { $count } кесте толықтырылды{ $skipped ->
    [0] {""}
   *[other] , брифингте бұрыннан бары: { $skipped }
}
input-import-would-add = { $into } ішіне [[{ $key }]] түріндегі { $count } кесте қосылар еді{ $filled ->
    [0] {""}
   *[other] , бұрыннан бар { $filled } кесте толықтырылар еді
}{ $skipped ->
    [0] {""}
   *[other] , брифингте бұрыннан бары: { $skipped }
}; ештеңе жазылған жоқ (--dry-run)
input-import-added = { $into } ішіне [[{ $key }]] түріндегі { $count } кесте қосылды{ $filled ->
    [0] {""}
   *[other] , бұрыннан бар { $filled } кесте толықтырылды
}{ $skipped ->
    [0] {""}
   *[other] , брифингте бұрыннан бары: { $skipped }
}
input-import-row-has-no = бұл жолда { $column ->
    [outlet] БАҚ
    [headline] тақырып
   *[date] күн
} жоқ
input-import-row-has-no-kind = { $outlet } жолында БАҚ түрі көрсетілмеген
input-import-no-rows = кестеде тақырыптардың астында бірде-бір жол жоқ
input-import-no-column-of-who-came = кестеде кім келгені туралы баған жоқ: оның БАҚ-тары келген деп жазылады (format 1 бойынша әдепкісі солай)
input-import-no-column-of-who-came-hint = бұл келгендердің толық тізімі болатын тіркеу парағы болса, `--sign-in` беріңіз; тіркелгендер тізімі үшін иә не жоқ деп толтырылған Келді (Присутствовал, Came) бағанын қосыңыз немесе брифингте present = false деп жазыңыз
input-import-people-with-names = { $outlet }: брифингте people = { $given } деп берілген; кестеде келгендердің аты бар ({ $named }), сондықтан олардың аттарымен бірге people = { $people } жазылады
input-import-absent-recorded = тіркелген, бірақ тіркеу парағында жоқ, сондықтан келмеген деп жазылды (present = false): { $list }
input-import-written-otherwise = `{ $typed }` — брифингтегі `{ $name }` БАҚ-ы ({ $line }-жол), басқаша жазылған: жаңа БАҚ болып қосылмай, сол БАҚ деп алынды
input-import-came-not-signed-in = брифингте { $outlet } келген деп белгіленген ({ $place }), бірақ ол тіркеу парағында жоқ
input-import-came-not-signed-in-hint = оның жолын кестеге қосыңыз немесе ешкім келмеген болса, брифингте present = false деп жазыңыз; ештеңе импортталған жоқ
input-import-attendance-columns = қатысу кестесіне БАҚ бағаны мен БАҚ түрі бағаны керек; кесте тақырыптары: { $list }
input-import-attendance-columns-hint = оларды `outlet` және `kind` (немесе БАҚ / СМИ және Түрі / Вид) деп атаңыз немесе қайсысы қай баған екенін `--map 'HEADING=outlet'` арқылы көрсетіңіз
input-import-kind-differs = { $outlet }: мұнда түрі { $here }, ал жоғарыдағы жолда — { $first }
input-import-kind-differs-hint = { $outlet } жолдарының бәріне бір түр беріңіз
input-import-coverage-columns = жарияланымдар кестесіне БАҚ, тақырып және күн бағандары керек; кесте тақырыптары: { $list }
input-import-coverage-columns-hint = оларды `outlet`, `headline` және `date` (немесе БАҚ / Тақырып / Күні, СМИ / Заголовок / Дата) деп атаңыз немесе қайсысы қай баған екенін `--map 'HEADING=headline'` арқылы көрсетіңіз
input-import-listed-twice = бұл жарияланым екі рет, әртүрлі мәндермен жазылған: { $differences }
input-import-listed-twice-hint = оның бір жолын ғана қалдырыңыз
input-import-neither-yes-nor-no = `{ $text }` — иә да, жоқ та емес
input-import-yes-no-hint = иә / жоқ, да / нет, yes / no, 1 / 0 деп жазыңыз немесе «иә» үшін x қойыңыз
input-import-formula-error = `{ $text }` — есім емес, формула қатесі
input-import-formula-error-hint = есімді ұяшыққа жазыңыз немесе ол алынатын формуланы түзетіп, кестені қайта сақтаңыз
input-import-no-letter = `{ $text }` ішінде бірде-бір әріп жоқ: бұл есім емес
input-import-no-letter-hint = есімді ұяшыққа жазыңыз; есімдер бағанындағы сан көбіне бағандардың бір орынға жылжығанын білдіреді
input-import-not-a-kind = `{ $text }` — БАҚ түрі емес
input-import-kinds-hint = түрлері: television, radio, print, online, news agency, freelance, other (немесе телеарна, радио, газет, сайт, агенттік, ТВ, газета, информагентство...)
input-import-not-whole = `{ $text }` — { $what } емес
input-import-not-whole-hint = { $least } не одан көп бүтін сан жазыңыз
input-import-a-number-of-people = адам саны
input-import-an-audience-estimate = аудитория бағасы
input-import-not-a-date = `{ $text }` — күн емес
input-import-no-four-digit-year = `{ $text }` — жылы төрт цифрмен жазылған күн емес
input-import-not-a-calendar-day = `{ $text }` — күнтізбеде мұндай күн жоқ
input-import-date-hint = күнді 2016-12-23 немесе 23.12.2016 (күн, ай, жыл) түрінде жазыңыз
input-import-ambiguous-date = `{ $text }` — { $second }-айдың { $first }-күні де, { $first }-айдың { $second }-күні де болуы мүмкін
input-import-ambiguous-date-hint = күнді нүкте арқылы, күнінен бастап ({ $dotted }) немесе { $iso } түрінде жазыңыз
input-import-not-a-language = `{ $text }` — тіл емес
input-import-language-hint = тілдің кодын жазыңыз: ru, kk, en (немесе қазақ, русский, English)

## msgin: input: sheets (CSV, XLSX, XLS and ODS read for `import` and `mail`)

input-sheet-cannot-read = оқылмады: { $reason }
input-sheet-not-a-file = бұл файл емес
input-sheet-too-large = файл көлемі { $size } байт, ал кесте { $most } байттан аспауы керек
input-sheet-not-csv = бұл CSV кестесі емес: { $reason }
input-sheet-empty = кесте бос: онда тақырыптар жолы және әр жазбаға бір жол болуы керек
input-sheet-row = { $line }-жол
input-sheet-an-earlier-row = жоғарыдағы жолдардың бірі
input-sheet-second-column = `{ $key }` үшін екінші баған: `{ $heading }`
input-sheet-second-column-hint = олардың бірін өшіріңіз не қайта атаңыз немесе керегін `--map` арқылы көрсетіңіз
input-sheet-map-names-no-key = `--map` `{ $key }` деп атайды, ал бұл { $list } кілттерінің ешқайсысы емес
input-sheet-not-a-map = `{ $text }` — HEADING=key түрінде емес, мысалы 'СМИ=outlet'
input-sheet-too-big-hint = БАҚ тізімі не тіркеу парағы — бірнеше бағандағы бірнеше мың жол: кестенің астындағы не оң жағындағының бәрін өшіріңіз (парақтың соңғы ұяшығын Ctrl+End көрсетеді) немесе кестенің өзін ғана CSV түрінде сақтаңыз
input-sheet-past-cells = мұнда кестедегі ұяшықтар { $most }-ден асады (жол ішіндегі бос ұяшықтар да саналады), ал кестеде { $most } ұяшықтан артық болмауы керек
input-sheet-cell-too-long = бұл ұяшықта { $count } таңба бар, ал ұяшық, брифингтің кез келген мәтіні сияқты, { $most } таңбадан аспауы керек
input-sheet-text-passes = мұнда кесте мәтіні { $mib } МиБ-тан асады, ал кестеде одан артық болмауы керек
input-sheet-not-a-workbook = кесте оқылмады: бұл Excel не ODS кітабы емес ({ $reason })
input-sheet-cannot-read-spreadsheet = кесте оқылмады: { $reason }
input-sheet-no-sheet = кесте оқылмады: онда бірде-бір парақ жоқ
input-sheet-long-shared-text = бұл ұяшықтың мәтіні (`{ $part }` ішіндегі { $index }-ортақ мәтін, { $mib } МиБ-қа ашылады) ұяшыққа, брифингтің кез келген мәтініне сияқты, рұқсат етілген { $most } таңбадан ұзын
input-sheet-part-too-big = кітаптың `{ $part }` бөлігі { $mib } МиБ-қа ашылады{ $holds ->
    [texts] {" "}(оның ұяшықтарының мәтіндері)
    [cells] {" "}(оның парақтарының ұяшықтары)
   *[other] {""}
}, ал кітап бір бөлікке { $part_most } МиБ-тан, барлығы { $all_most } МиБ-тан артық ашылмауы керек
input-sheet-parts-too-big = кітаптың бөліктері { $mib } МиБ-тан артық ашылады{ $holds ->
    [texts] {" "}(оның ұяшықтарының мәтіндері)
    [cells] {" "}(оның парақтарының ұяшықтары)
   *[other] {""}
}, ал кітап бір бөлікке { $part_most } МиБ-тан, барлығы { $all_most } МиБ-тан артық ашылмауы керек
input-sheet-shared-texts-declare = кітаптың `{ $part }` бөлігі (ұяшықтарының мәтіндері) { $count } мәтін бар дейді, ал кестеде { $most } ұяшықтан артық болмауы керек
input-sheet-file-refused = файл: { $reason }
input-sheet-cell-in-column = бұл ұяшық { $column }-бағанда, ал кесте { $most } бағаннан аспауы керек
input-sheet-filled-in-column = бұл парақта { $column }-бағанда толтырылған ұяшық бар, ал кесте { $most } бағаннан аспауы керек
input-sheet-ods-cell-too-long = бұл ұяшықта { $most } таңбадан көп, ал ұяшық, брифингтің кез келген мәтіні сияқты, одан аспауы керек
input-sheet-ods-reaches = `{ $sheet }` парағы мұнда { $rows } жол × { $columns } бағанға жетеді, бұл кестеге рұқсат етілген { $most } ұяшықтан көп (бір рет жазылып, қайталану саны берілген жол әр қайталанған сайын саналады)
input-sheet-ods-text-passes = `{ $sheet }` парағының мәтіні қайталануларымен бірге мұнда { $mib } МиБ-тан асады, ал кестеде одан артық болмауы керек
input-sheet-xls-shared-texts = оның ортақ мәтіндері { $count } жазба бар дейді, ал кестеде { $most } ұяшықтан артық болмауы керек
input-sheet-too-many-sheets = кітапта { $count } парақ бар, ал presskit { $most } парақтан аспайтын кітаптарды оқиды (біріншісін оқиды)
input-sheet-sheet-past-end = кітап бүлінген: оның `{ $sheet }` парағы кітаптың соңынан кейін басталады
input-sheet-sheets-reach-past = мұнда кітап парақтары { $most } ұяшықтан асады ({ $from } ұяшығынан осы ұяшыққа дейін, бос ұяшықтарымен, барлық парақ саналады), ал кестеде { $most } ұяшықтан артық болмауы керек
input-sheet-dimensions-reversed = кітап бүлінген: парақтың өлшемі бойынша оның бірінші жолы соңғысынан кейін тұр
input-sheet-dimensions-span = парақ өз ұяшықтары { $from } ұяшығынан осы ұяшыққа дейін созылады дейді ({ $count } ұяшық), ал кестеде { $most } ұяшықтан артық болмауы керек

## documents

documents-left-out = { $documents }: { $count } құжат жасалмады — брифингте әлі `[{ $section }]` бөлімі жоқ
documents-cannot-write = жазу мүмкін емес: { $reason }
documents-tent-role-shortened = { $key }: үстелге қоятын тақтайшада бұл лауазым қысқартылып басылады — сөз шегінде қиылып, соңына «…» қойылады: оның { $length } таңбасы тақтайшаның бетіне ең кішкене әріппен де сыймайды; шамамен { $fits } таңба сыяды
documents-tent-role-shortened-hint = тақтайшада толық шығуы үшін лауазымды { $fits } таңбаға дейін қысқартыңыз; өмірбаяндарда ол жазылғандай басылады
documents-media-list-columns = БАҚ тізімінің бағандары: name (аты-жөні), email, outlet (БАҚ), language (тіл), greeting (қаратпа сөз) және given_name (есімі)

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

# documents: what `templates vars` prints
documents-from-init = `presskit init` үлгісінен; эталон брифингте бұл жоқ
documents-the-archives-index = мұрағат индексі
documents-the-report-to-the-donor = донорға арналған есеп
documents-variables-of-overview = { $name } айнымалылары ({ $what }), эталон брифингі бар мұрағат үшін:
documents-variables-of-sections = { $name } қолданатын бөлімдердің айнымалылары, эталон брифингінің мәндерімен:
documents-every-variable = Әр үлгі алатын айнымалылар, эталон брифингінің мәндерімен:
documents-list-fields-note = (list[].field {"{{"}#each list{"}}"} ішінде {"{{"}field{"}}"} деп жазылады; `empty` мәні басқа брифингте мәтін болуы мүмкін)
documents-helpers = Көмекші функциялар:
documents-partials = Фрагменттер (partials):
documents-helper-str = Typst жол литералы, код ішінде: #image({"{{"}str photo{"}}"})
documents-helper-num = сан, код ішінде: #bar({"{{"}num people{"}}"})
documents-helper-whole = #prose[…] ішіндегі жай мәтін: есімдер, күрделі сөздер, тырнақшадағы атаулар және соңғы сөз тасымалданбайды
documents-helper-upper = бас әріптермен жазылған мәтін (кез келген мән сияқты экрандалады)
documents-helper-if = мән берілсе, бос болмаса және 0 болмаса — блок
documents-helper-unless = мән берілмесе — блок
documents-helper-each = әр элемент үшін блок, элемент өрістері атымен; {"{{"}@index{"}}"} 0-ден басталады
documents-helper-with = кесте өрістері атымен қолжетімді блок
documents-helper-compare = салыстырулар, {"{{"}#if (eq a b){"}}"} ішінде
documents-helper-len = тізімдегі элементтер саны
documents-helper-lookup = тізімнің бір элементі

## msgout: mail's refusal, the types `templates vars` names

documents-mail-no-release = брифингте әлі [release] бөлімі жоқ; хаттар баспасөз релизін жеткізеді
documents-mail-write-release-first = алдымен [release] бөлімін жазыңыз (тақырып пен мәтін)
documents-var-text = мәтін
documents-var-number = сан
documents-var-yes-no = иә/жоқ
documents-var-list = тізім
documents-var-table = кесте
documents-var-empty = бос
documents-var-none = жоқ
documents-var-items = { $count } элемент
documents-fill-in-the-texts = { $file } ішінде жоғарыда аталған бос мәтіндерді ({ $count }) толтырып, қайта жинаңыз
documents-narrative-bold = `{ $mark }` мәтінді жуан етпейді: есеп мәтіні жазылғандай басылады (`#` тақырыптары мен `-` тізімдерінен басқа), сондықтан бұл белгілер (жұп саны: { $count }) терілген күйінде басылады
documents-narrative-bold-hint = сөздердің айналасындағы `{ $mark }` белгілерін алып тастаңыз немесе басылуы керек болса, қалдырыңыз

## msgout: why a file name cannot be written

documents-name-holds-forbidden = онда Windows файл атауларында рұқсат етпейтін `{ $c }` таңбасы бар
documents-name-ends-with-dot-or-space = ол нүктемен не бос орынмен аяқталады, оларды Windows файл атауынан алып тастайды
documents-name-is-a-device = { $device } атауын Windows кез келген кеңейтіммен құрылғыға қалдырады, сондықтан онда файлды не қалтаны `{ $name }` деп атауға болмайды
documents-name-has-no-stem = онда `.toml` алдында атау жоқ
documents-name-not-utf8 = ол UTF-8 кодтауында емес
documents-name-starts-with-dot = ол нүктеден басталады, ал мұндай қалта жасырын болады
documents-name-holds-slash = онда қиғаш сызық (/ не \) бар
documents-name-holds-control = онда басқару таңбасы бар (табуляция, жол ауысуы...)
documents-link-to-nothing = бұл ешқайда апармайтын символдық сілтеме ({ $reason })
documents-folder-in-the-way = файлдың орнында қалта тұр

## door: a name set on a name tent below 12 mm
documents-tent-name-small = { $key }: үстелге қоятын тақтайшада бұл есім биіктігі { $mm } мм бас әріптермен басылады — залдың соңынан оқылатын 12 мм-ден кіші
documents-tent-name-small-word-hint = тақтайша есімді тек сөздердің арасынан тасымалдайды, ал `{ $word }` сөзінің өзі 12 мм әріппен тақтайшаның еніне сыймайды
documents-tent-name-small-face-hint = 12 мм әріппен есім тақтайшаның бетін түгел алып, лауазымға орын қалдырмайды; есімнің қысқа түрі ірірек басылады

## archive

archive-intact = дұрыс { $path }
archive-briefing-gone = мұрағаттағы `{ $name }` брифингі жоқ: FOLDERS.sha256 ішінде жазылған қалтасы жойылған
archive-briefing-gone-hint = қалтаны мұрағаттың сақтық көшірмесінен қалпына келтіріңіз немесе брифингті оны тапсырған presskit нұсқасымен қайта тапсырыңыз (`presskit archive { $name }.toml`: дәл сол байттар шығады); егер қалта әдейі жойылса, оның жолдарын { $record } ішінен өшіріңіз
archive-revision-gone = `{ $stem }` брифингінің { $number }-нұсқасы жоқ: FOLDERS.sha256 ішінде жазылған қалтасы жойылған
archive-revision-gone-hint = қалтаны мұрағаттың сақтық көшірмесінен қалпына келтіріңіз; егер ол әдейі жойылса, оның жолын { $record } ішінен өшіріңіз
archive-manifest-rewritten = бұл мұрағатқа тапсырылған бақылау сомаларының тізімі емес: оның сомасы FOLDERS.sha256 ішіндегі жолымен сәйкес келмейді, демек ол қолмен қайта жазылған
archive-manifest-rewritten-hint = қалтаны мұрағаттың сақтық көшірмесінен қалпына келтіріңіз: бұл тізімдегі құжаттарға сенуге болмайды
archive-not-recorded = мұрағат қалталарының жазбасында (FOLDERS.sha256) жоқ: оны `presskit archive` емес, қолмен қосқан
archive-not-recorded-hint = егер ол осы мұрағатқа тиесілі болса, оның брифингін осы мұрағатқа тапсырыңыз (`presskit archive { $stem }.toml --to { $archive }{ $revise }`): дәл сол байттар шықса, қалта жазылады; әйтпесе оны мұрағаттан шығарыңыз
archive-no-record = мұрағатта қалталарының жазбасы жоқ (FOLDERS.sha256; мұрағатты presskit-тің ескі нұсқасы жасаған): қолмен жойылған немесе қосылған брифинг қалтасын анықтау мүмкін емес
archive-no-record-hint = осы мұрағатқа келесі `presskit archive` оны тексеруден өтетін қалталар бойынша жазады
archive-revision-missing = { $number }-нұсқа жоқ: қалтада { $before }-нұсқадан кейін { $found }-нұсқа тұр
archive-revision-missing-hint = нұсқа қалтасын мұрағаттың сақтық көшірмесінен қалпына келтіріңіз

# archive: reading archived PDFs (extract)
archive-file-unreadable = файл: { $reason }
archive-attachment-too-large = тіркеме { $limit } байттан үлкен — presskit тіркейтін кез келген файлдан үлкен
archive-attached-too-large = PDF-ке тіркелген файлдар бірге { $limit } байттан астам көлемге ашылады — presskit тіркейтін кез келген нәрседен көп
archive-filter-not-a-name = тіркеменің сүзгісі атау емес
archive-unknown-filter = тіркеме presskit қолданбайтын { $filter } әдісімен сығылған
archive-cannot-decompress = тіркемені ашу мүмкін емес: { $reason }
archive-no-attached-briefing = PDF-те тіркелген брифинг (.toml) жоқ
archive-not-a-readable-pdf = PDF оқылмайды: { $reason }
archive-no-catalog = PDF-те каталог жоқ: { $reason }
archive-no-attached-source = PDF-те тіркелген бастапқы файл жоқ
archive-too-many-attachments = PDF-те { $count } тіркелген файл көрсетілген; presskit ең көбі { $most } файл тіркейді
archive-attached-twice = PDF-те бір тіркеме бірнеше рет көрсетілген ({ $object } нысаны); presskit әр файлды бір рет тіркейді
archive-name-leaves-folder = тіркеме `{ $name }` деп аталған — бұл жол қалтадан тыс шығады
archive-name-not-portable = тіркеменің аты `{ $name }`, ал Windows мұндай атқа рұқсат етпейді; ештеңе қалпына келтірілмеді
archive-damaged-repair-it = файл бүлінген немесе PDF емес; егер бұл мұрағаттағы көшірме болса, `presskit verify --repair` оны өз қалтасындағы басқа PDF файлдарынан қалпына келтіреді
archive-save-from-reader = PDF файлын PDF қарау бағдарламасында ашып, тіркемелер панелінен осы тіркемені басқа атпен сақтаңыз да, жаңа атын брифингке жазыңыз
archive-cannot-restore = { $name } файлын қалпына келтіру мүмкін емес: { $reason }
archive-same-name-twice = PDF-те `{ $name }` деп аталған екі тіркеме бар (әріп регистрі ескерілмейді): екеуін де қалпына келтірсе, бірі екіншісін алмастырар еді, сондықтан ештеңе қалпына келтірілмеді

# archive: the catalogue, storing and repairing
archive-does-not-verify = өз манифесімен сәйкес келмейді
archive-verify-says-why = `presskit verify` онда не дұрыс емес екенін көрсетеді
archive-the-index = индекске
archive-the-report = есепке
archive-left-out-of = { $what } енгізілмеді: { $reason }
archive-same-briefing-twice = `{ $folder }` қалтасындағы брифингпен бірдей (күні мен атауы бірдей): ол екі рет саналады
archive-keep-one-copy = есептелетін көшірмені қалдырыңыз: екінші қалтаны { $archive } ішінен жылжытыңыз (келесі `presskit archive` индексті қайта жасайды)
archive-no-temporary-folder = уақытша қалта жасау мүмкін емес: { $reason }
archive-attached-briefing-does-not-load = тіркелген брифинг жүктелмейді: { $reason }
archive-cannot-write-archive = мұрағатты жазу мүмкін емес: { $reason }
archive-nothing-archived = бұл брифингтен мұрағатқа ештеңе жазылған жоқ; мұрағатта оның ешбір бөлігі жоқ
archive-damaged = мұрағатта бар және өзгермеген, бірақ мұрағаттағы файлдары бүлінген: { $changes }
archive-other-version = мұрағатқа presskit { $made_by } жазған; бұл presskit { $ours } басқа байттар жасайды: { $changes }
archive-changed = мұрағатта бар, ал бұл іске қосу оны өзгертер еді: { $changes }
archive-repair-restores = `presskit verify --repair` оларды бүтін PDF-тердегі деректерден қалпына келтіреді
archive-kept-as-it-is = мұрағаттағы брифинг сол күйінде қалады; оны қайта мұрағаттау үшін presskit { $made_by } нұсқасын қолданыңыз немесе осы presskit құжаттарын келесі редакция ретінде мұрағаттау үшін --revise қосыңыз
archive-never-rewritten = мұрағаттағы брифинг ешқашан қайта жазылмайды; түзетілген брифингті осының жанына келесі редакция ретінде мұрағаттау үшін сол команданы --revise параметрімен іске қосыңыз (жаңа файл атауымен брифинг екі рет саналар еді)
archive-would-change = { $name } өзгерер еді
archive-would-be-added = { $name } қосылар еді
archive-not-its-document = { $name } бұл брифинг құжаттарына кірмейді
archive-left-by-interrupted-run = үзілген `archive` іске қосуынан қалған
archive-holds-complete-copy = онда `{ $stem }` брифингінің тексерілген толық көшірмесі бар, ал мұрағатта `{ $stem }` қалтасы жоқ: сақтау үшін оны `{ $stem }` деп қайта атаңыз
archive-can-be-deleted = ол мұрағатқа кірмейді, оны өшіруге болады
archive-manifest-unreadable = манифест: { $reason }
archive-without-manifest = манифестсіз ештеңені тексеру мүмкін емес, сондықтан ештеңе қалпына келтірілмеді
archive-cannot-be-restored = қалпына келтіру мүмкін емес: { $why }
archive-no-intact-pdf = қалтада қайта жасауға болатын бүтін PDF қалмады
archive-is-a-folder-move-it = бұл қалта; оны басқа жерге жылжытып, қалпына келтіруді қайта іске қосыңыз
archive-rebuild-does-not-match = қайта жасалған файл манифестегі бақылау сомасына сәйкес келмейді; ол сол күйінде қалдырылды
archive-rebuild-makes-no-such-file = қайта жасау бұл файлды жасамайды
archive-settings-do-not-read = оның баптаулары оқылмайды: { $reason }
archive-made-by-other-version = оны presskit { $made_by } жасаған, ал бұл presskit { $ours }, оның құжаттары өзгеше болуы мүмкін; оны presskit { $made_by } арқылы қалпына келтіріңіз
archive-only-the-briefing = оның PDF-тері тек брифингті қамтиды, суреттері, үлгілері мен баптаулары жоқ (ескі presskit мұрағаттаған)
archive-name-is-not-the-folders = тіркелген брифингтің атауы қалта атауымен сәйкес емес
archive-rebuild-failed = қайта жасау сәтсіз аяқталды: { $reason }
archive-no-release-yet = бұл брифингте әлі [release] жоқ; мұрағатқа тек баспасөз релизі жазылған брифинг жазылады
archive-write-the-release-first = алдымен [release] бөлімін (тақырыбы мен мәтіні) жазыңыз; оған дейін `presskit build` анонс пен таратпа материалдарды жасайды
archive-cannot-read-archive = мұрағатты оқу мүмкін емес: { $reason }

# archive: verify
archive-manifest-not-utf8 = манифест UTF-8 мәтіні емес
archive-not-a-manifest-line = бұл `sha256sum` жолы емес (ХЕШ, екі бос орын, файл атауы)
archive-manifest-lists-itself = манифесте `{ $name }` көрсетілген, бұл мұрағат файлы емес: манифест бұрмаланған
archive-missing = { $name } жоқ
archive-replaced = { $name } алмастырылған: енді бұл { $kind }
archive-altered = { $name } өзгертілген: бақылау сомасы сәйкес емес
archive-unreadable = { $name }: { $reason }
archive-extra-file = артық файл: ол манифесте жоқ
archive-extra-entry = артық элемент ({ $kind }): ол манифесте жоқ
archive-symbolic-link-to = бұл символдық сілтеме ({ $target } нысанына), мұрағаттың бөлігі емес: presskit оған ешқашан өтпейді
archive-symbolic-link = бұл символдық сілтеме, мұрағаттың бөлігі емес: presskit оған ешқашан өтпейді
archive-put-the-folder-here = мұнда мұрағат қалтасының өзін қойыңыз немесе сілтемені өшіріңіз
archive-a-symbolic-link = символдық сілтеме
archive-a-folder = қалта
archive-attachments-do-not-read = тіркелген файлдары оқылмайды: { $reason }
archive-document-removed = { $file } манифесте жоқ, ал ол мұрағаттағы әр брифингте болады: құжат пен оның жолы өшірілген
archive-folder-renamed = қалта қайта аталған: ондағы құжаттар `{ $stem }` ретінде мұрағатталған `{ $name }` брифингіне тиесілі
archive-rename-back = қалтаға `{ $stem }` атауын қайтарыңыз
archive-revision-of-another = басқа брифингтің редакциясы: ондағы құжаттар `{ $stem }` ретінде мұрағатталған `{ $name }` брифингіне тиесілі
archive-move-back-into = оны `{ $stem }` қалтасына қайтарыңыз
archive-revision-not-archived = бұл мұрағатқа жазылмаған редакция, оны өшіруге болады; `presskit archive --revise` оны қайта жазады
archive-archive-writes-index = бұрын мұрағатталған кез келген брифингпен `presskit archive` оны қайта жазады
archive-index-damaged = индекс бүлінген: { $reason }
archive-no-archived-briefing = мұнда мұрағатталған брифинг жоқ

## msgout: extract's and report's refusals, the record's, a repair's rebuild

archive-restore-from-another = бұл PDF `presskit archive` жасаған күйінде емес; қалтасының басқа PDF-інен қалпына келтіріңіз
archive-nothing-restored = тіркеме `{ $name }` деп аталған — бұл жол қалтадан тыс шығады; ештеңе қалпына келтірілген жоқ
archive-restore-into-empty-folder = бос қалтаға қалпына келтіріңіз
archive-only-archived-copies = өз брифингін тек мұрағаттық көшірмелер (`presskit archive`) алып жүреді; `build` құжаттары алып жүрмейді
archive-report-no-archive = мұнда мұрағат жоқ: бұл қалта емес
archive-report-give-the-archive = мұрағатты `presskit archive` жасайды; оның қалтасын көрсетіңіз (әдепкісі `archive`)
archive-report-none-verifies = мұнда тексеруден өткен мұрағаттық брифинг жоқ
archive-report-no-briefing = есепке брифинг жоқ
archive-report-empty-period = мұрағатта { $asked } брифинг жоқ: есеп бос болар еді, сондықтан ештеңе жазылған жоқ
archive-report-from = { $date } бастап
archive-report-to = { $date } дейін
archive-report-programme = `{ $text }` бағдарламасы не донорымен
archive-report-widen = мұрағаттағы тексеруден өткен брифинг: { $count }; кезеңді кеңейтіңіз немесе басқа бағдарламаны таңдаңыз
archive-cannot-make-workbook = Excel кітабын жасау мүмкін емес: { $reason }
archive-record-unreadable = мұрағат қалталарының жазбасы (FOLDERS.sha256): { $reason }
archive-record-not-utf8 = мұрағат қалталарының жазбасы (FOLDERS.sha256) UTF-8 мәтіні емес
archive-record-bad-line = бұл жазба жолы емес (ХЕШ, екі бос орын, ҚАЛТА/{ $manifest })
archive-record-restore = оны мұрағаттың сақтық көшірмесінен қалпына келтіріңіз; оған дейін онда жазылғанды тексеру мүмкін емес
archive-rebuilding = { $pdf } алып жүрген үлгілермен { $folder } қалпына келтіру (`verify --repair`)
archive-too-many-streams = PDF ішінде { $streams } ағын бар — presskit бір файлда оқитын { $most } ағыннан көп
archive-streams-too-large = оның сығылған нысан ағындары бірге { $most } байттан көп болып ашылар еді ({ $streams } ағын, әрқайсысы ең көбі { $each } байт) — presskit жазатын кез келген PDF-тен көп

## commands

commands-wrote = жазылды { $path }
commands-up-to-date = { $file }: { $folder } ішінде бәрі өзекті
commands-checked-ok = { $file }: қате жоқ
commands-closing = { $summary }{ $failed ->
    [0] {""}
   *[other] , қатемен аяқталғаны: { $failed }
} ({ $seconds } с)
commands-built = жиналған брифинг: { $briefings }, құжат: { $documents }, { $folder }/ ішінде{ $fresh ->
    [0] {""}
   *[other] , өзектісі: { $fresh }
}
commands-checked = тексерілген брифинг: { $briefings }{ $fresh ->
    [0] {""}
   *[other] , өзектісі: { $fresh }
}
commands-archived = { $folder } мұрағатына тапсырылған брифинг: { $briefings } (жаңасы: { $new }, бұрыннан мұрағатта: { $unchanged }{ $fresh ->
    [0] {""}
   *[other] , өзектісі: { $fresh }
})
commands-not-done = орындалмады: жоғарыда көрсетілген қателер бұл брифингті де тоқтатады
commands-empty-folder = қалтада бірде-бір брифинг (*.toml) жоқ
commands-cannot-list = қалтаның ішін оқу мүмкін емес: { $reason }
commands-no-data-folder = мұнда data/ қалтасы жоқ; брифинг аталмаса, presskit оларды сол жерден іздейді
commands-no-data-folder-here = брифингтер осы қалтада жатқан сияқты: оларды атаңыз (`presskit build .` немесе `presskit build { $first }`) немесе presskit-ті бір деңгей жоғары қалтадан іске қосыңыз
commands-no-data-folder-hint = presskit-ті data/ жатқан қалтада іске қосыңыз немесе брифингті атаңыз: `presskit build path/to/briefing.toml`; жаңасын `presskit init` жасайды
commands-not-a-briefing = бұл { $what }, брифинг файлы да, олар жатқан қалта да емес
commands-dangling-link = ешнәрсеге апармайтын символдық сілтеме: ол көрсететін нысан жоқ
commands-missing = мұндай файл немесе қалта жоқ
commands-unreadable = оқу мүмкін емес: { $reason }
commands-translation-without-briefing = өз брифингі жоқ аударма: жанында { $briefing } жоқ
commands-translation-without-briefing-hint = `<stem>.<language>.toml` деп аталған файл `<stem>.toml` аудармасы болып саналады: оны брифингтің жанына қойыңыз немесе бұл жеке брифинг болса, атын өзгертіңіз
commands-same-name = басқа брифинг те `{ $stem }` деп аталады; олардың нәтижелері бір қалтаға түсер еді
commands-same-name-hint = { $first } немесе { $second } атын өзгертіңіз
commands-already-format-2 = { $file } қазірдің өзінде 2-пішімде; өзгертетін ештеңе жоқ
commands-upgraded = { $file } 2-пішімге қайта жазылды{ $rows ->
    [0] {""}
   *[other] ; present = true берілген [[attendance]] жолдары: { $rows }
}
commands-translate-into-its-own = брифингтің өзі `{ $language }` тілінде жазылған: аударма басқа тілге жасалады
commands-translate-into-its-own-hint = --to параметрінде басқа тілді көрсетіңіз
commands-translation-dropped = { $file }: { $key } алынып тасталды: брифингте ол енді жоқ
commands-translation-original-changed = { $file }: { $key }: аударылғаннан кейін түпнұсқа өзгерді (`#|!` деп белгіленді)
commands-translation-written = { $unchanged ->
    [yes] өзекті:
   *[no] жазылды
} { $file } (мәтін: { $texts }, аударылатыны: { $to_translate })
commands-template-built-in = кірістірілген
commands-template-from = { $whence ->
    [option] --templates ішінен
   *[beside] брифинг жанындағы templates/ ішінен
}: { $file }
commands-ejected-beside = келесі қадам: оларды өңдеңіз; { $folder } ішіндегі брифингтер енді соларды қолданады
commands-ejected-elsewhere = келесі қадам: оларды өңдеп, `presskit build --templates { $folder }` іске қосыңыз (брифинг файлдарының жанындағы `templates/` қалтасы параметрсіз де қолданылады)
commands-template-exists = бұрыннан бар; presskit үлгілерді қайта жазбайды
commands-template-exists-hint = оны басқа жерге жылжытыңыз немесе үлгілерді басқа қалтаға жазыңыз
commands-cli-unknown-command = `{ $name }` деген команда жоқ
commands-cli-unknown-option = бұл командада `{ $name }` параметрі жоқ
commands-cli-missing = бұл командаға тағы мынау керек: { $what }
commands-cli-invalid-value = `{ $value }` — { $option } үшін жарамсыз мән
commands-cli-invalid-value-because = `{ $value }` — { $option } үшін жарамсыз мән: { $reason }
commands-cli-possible-values = жарамды мәндер: { $values }
commands-cli-did-you-mean = мүмкін, `{ $name }` деп жазу керек пе?
commands-cli-more-help = `presskit --help` командаларды тізеді; `presskit КОМАНДА --help` біреуін түсіндіреді
commands-cli-documents = құжаттар: { $names }
commands-cli-languages = ru, kk немесе en деп жазыңыз
commands-cli-jobs = 1-ден { $most }-ге дейінгі ағын санын жазыңыз (бұл компьютердегі ядро саны: { $cores })
commands-cli-seconds = секундтардың оң санын жазыңыз
commands-init-not-a-folder = бұл қалта емес, файл; init брифингті қалтаға немесе жаңа .toml файлына жазады
commands-init-name-it = файлдың аты оның құжаттары мен мұрағаты сақталатын қалталардың атына айналады: файлды брифингтің өтетін орны мен күніне қарай қайта атаңыз (мысалы, riga-2027-03-18.toml) немесе атын бірден көрсетіңіз: `{ $command }`
commands-init-next = әрі қарай: файлды толтырыңыз, содан кейін `presskit build { $path }` (немесе `presskit watch { $path }`)
## trans: init --translation
commands-init-translation-next = { $path }: аударма мәтіндері (`{ $language }`) брифингтің өзіндегідей үлгі мәндермен толтырылған: файлды аудармашыға беріңіз; брифинг өзгергеннен кейін `presskit translate { $briefing } --to { $language }` аударманы жаңартады
commands-init-translation-into-its-own = брифингтің өзі `{ $language }` тілінде жазылған: аударма басқа тілге жасалады
commands-init-translation-into-its-own-hint = --translation параметрінде басқа тілді немесе --language параметрінде брифингтің басқа тілін көрсетіңіз
commands-no-archive-here = мұнда мұрағатталған брифинг жоқ
commands-restored = қалпына келтірілді { $path }
commands-verified = тексерілген брифинг: { $briefings }; бүтіні: { $intact }, зақымдалғаны: { $damaged }{ $repairing ->
    [yes] , қалпына келтірілгені: { $repaired }
   *[no] {""}
}{ $missing ->
    [0] {""}
   *[other] , жоғалғаны: { $missing }
}
commands-verify-next = келесі қадам: `presskit verify --repair` әр қалтаның бүтін PDF-терінен қайта жасауға болатынын қалпына келтіреді

## msgout: the closing lines of archive, extract, report, mail and watch

commands-archived-into = { $file } мұрағатқа тапсырылды: { $folder }
commands-already-archived = { $file } мұрағатта бар, өзгермеген: { $folder }{ $fresh ->
    [yes] {" "}(бәрі өзекті)
   *[no] {""}
}
commands-index-up-to-date = { $path }: бәрі өзекті
commands-extract-next = келесі қадам: `presskit archive { $briefing }` presskit { $version } нұсқасында сол мұрағаттық PDF-терді байтқа дейін қайта жасайды
commands-reported = есепке енген брифинг: { $briefings }, мұрағаттағы { $archived } брифингтің ішінен
commands-wrote-drafts = жазылған хат жобасы: { $drafts }, { $folder } ішінде
commands-watch-built = { $first ->
    [yes] жиналды
   *[no] қайта жиналды
}, файл: { $files }, { $folder } ішінде, { $seconds } с
commands-watch-failed = жинау сәтсіз аяқталды ({ $seconds } с); { $folder } ішінде соңғы сәтті құжаттар қалды
commands-watching = { $file } бақылануда (тоқтату: Ctrl-C)
commands-stopped-watching = { $file } бақылау тоқтатылды
commands-watch-problem = файлдарды бақылау: { $reason }
commands-watch-folder = бұл қалта; `watch` бір брифинг файлын бақылап, әр сақтаған сайын қайта жинайды
commands-watch-name-the-file = файлды көрсетіңіз: `presskit watch { $example }`
commands-watch-no-file = мұндай брифинг файлы жоқ; `watch` бір .toml файлын қабылдайды
commands-watch-link-outside = бұл брифинг қалтасынан тыс { $target } нысанына сілтеме; `watch` тек брифингтің өз қалтасын оқиды
commands-watch-put-it-back = брифинг файлының өзін орнына қайтарыңыз; ол пайда болғанда `watch` қайта жинайды
commands-cannot-catch-ctrl-c = Ctrl-C басуын ұстау мүмкін емес: { $reason }
commands-cannot-watch = файлдарды бақылау мүмкін емес: { $reason }

## cli: the help of every command (`presskit --help`, `presskit build --help`)

cli-heading-usage = Қолданылуы:
cli-heading-options = Параметрлер
cli-heading-arguments = Аргументтер
cli-heading-commands = Командалар
cli-default = әдепкі мәні
cli-possible = мүмкін мәндер
cli-about = Әр брифингке бір TOML файлынан баспасөз материалдары: Handlebars үлгілері, кірістірілген Typst арқылы беттеледі.
cli-after = Мысал: presskit init data/riga-2027-03-18.toml && presskit watch data/riga-2027-03-18.toml
cli-build-about = Әр брифингтің құжаттарын DIR/<stem>/ ішіне жасау
cli-build-long =
    Әр брифингтің құжаттарын DIR/<stem>/ ішіне жасау.

    Мысал: presskit build data/almaty-2016-12-22.toml -o out
cli-build-inputs = Брифинг файлдары немесе олар жатқан қалталар (ішіндегі әр *.toml)
cli-build-output = Қайда жазу керек; әр брифинг өз файлының атымен аталатын қалта алады
cli-build-only = Тек осы құжаттарды жасау, нәтиже қалтасындағыдай кеңейтімсіз аталады (`press-release` PDF-ті де, мәтінді де жасайды)
cli-check-about = Брифингтер мен үлгілерді `build` сияқты дәл тексеру, ештеңе жазбай
cli-check-long =
    Брифингтер мен үлгілерді `build` сияқты дәл тексеру, ештеңе жазбай.

    Мысал: presskit check data/
cli-check-inputs = Брифинг файлдары немесе олар жатқан қалталар (ішіндегі әр *.toml)
cli-archive-about = Брифингтерді бастапқы деректері тіркелген PDF/A-3 ретінде бақылау сомаларымен мұрағатқа тапсыру
cli-archive-long =
    Брифингтерді бастапқы деректері тіркелген PDF/A-3 ретінде бақылау сомаларымен мұрағатқа тапсыру.

    Ештеңені қайта жазбайды: сол құжаттарды қайта тапсыру ештеңе өзгертпейді; кез келген өзгеріс қабылданбайды, тек --revise оны брифингтің келесі нұсқасы ретінде тапсырмаса. Содан кейін DIR/index.pdf жаңартылады.

    Мысал: presskit archive data/almaty-2016-12-22.toml --to archive
cli-archive-inputs = Брифинг файлдары немесе олар жатқан қалталар (ішіндегі әр *.toml)
cli-archive-to = Мұрағат қалтасы; әр брифинг өз файлының атымен аталатын қалта алады
cli-verify-about = Мұрағаттың әр қалтасын бақылау сомаларының тізімімен қайта салыстыру
cli-verify-long =
    Мұрағаттың әр қалтасын бақылау сомаларының тізімімен қайта салыстыру.

    Мысал: presskit verify archive
cli-verify-dir = Мұрағат қалтасы
cli-verify-repair = Зақымдалған немесе жоғалған әр файлды сол қалтадағы бүтін PDF ішіндегі деректен қалпына келтіру, егер қайта жасалған файл бақылау сомаларына сәйкес келсе; басқа ештеңеге тимейді
cli-report-about = Кезең бойынша донорға есеп, тек мұрағат бойынша: көрсеткіштер, брифингтер, тоқсан бойынша қатысушылар, БАҚ, бағдарламалар мен донорлар
cli-report-long =
    Кезең бойынша донорға есеп, тек мұрағат бойынша: көрсеткіштер, брифингтер, тоқсан бойынша қатысушылар, БАҚ, бағдарламалар мен донорлар.

    Мысал: presskit report archive --from 2017-01-01 --to 2017-12-31 --csv indicators.csv --paper letter
cli-report-archive = Мұрағат қалтасы
cli-report-from = Тек осы күннен бастап (қоса алғанда) өткен брифингтер (2017-01-01)
cli-report-to = Тек осы күнге дейін (қоса алғанда) өткен брифингтер (2017-12-31)
cli-report-programme = Тек атауында немесе донорында TEXT бар бағдарлама аталған брифингтер (әріп регистрі ескерілмейді)
cli-report-output = Есепті қайда жазу керек (PDF/A)
cli-report-csv = Көрсеткіштер кестесін электрондық кестеге арналған CSV түрінде де жазу: көрсеткіш, мән (сан) және төменгі бағалауларға арналған бөлек баған («кемінде»)
cli-report-xlsx = Есеп кестелерін Excel кітабы ретінде де жазу: әр кестеге бір парақ, сандар сан ретінде, тақырыптар есеп тілінде
cli-report-narrative = Кеңсенің өз мәтіні (қарапайым мәтін немесе Markdown абзацтары, тақырыптар мен тізімдер), кестелердің алдында басылады
cli-report-prepared_by = Есепті кім дайындады, «Дайындаған» жолы үшін (әдепкісі: кеңсе, әйтпесе бланктегі ұйым)
cli-report-prepared_on = Есеп дайындалған күн (2018-01-05), «Дайындаған» жолы үшін; компьютер сағаты оқылмайды, сондықтан есеп тек кіріс деректеріне байланысты
cli-report-templates = Кеңсенің өз үлгілері жатқан қалта: оның `report.typ.hbs` файлы мен бөліктері кірістірілгендерін файл-файлымен ауыстырады
cli-report-paper = Есептің қағаз пішімі
cli-report-fonts = DIR ішіндегі қаріптерді (TTF, OTF, TTC) жеткізілгендеріне және мұрағаттағы брифингтер алып жүрген қаріптерге қосу; үлгілер оларды отбасы атымен атайды
cli-report-language = Есеп тілі (ru, kk, en); әдепкісі — есептегі барлық брифингтердің ортақ тілі, ондай тіл болмаса ағылшын тілі
cli-extract-about = Мұрағаттағы PDF-ке тіркелген брифинг TOML-ын шығару
cli-extract-long =
    Мұрағаттағы PDF-ке тіркелген брифинг TOML-ын шығару.

    Мысал: presskit extract archive/almaty-2016-12-22/press-release.pdf > briefing.toml
cli-extract-file = Мұрағаттағы PDF
cli-extract-output = PDF неден жасалса, соның бәрін DIR ішіне қалпына келтіру (брифинг, оның суреттері, кеңсенің үлгілері мен қаріптері, баптаулар), `presskit archive` немесе `build` үшін дайын; ештеңені қайта жазбайды
cli-templates-about = Кірістірілген үлгілерді көрсету немесе олардың көшірмелерін жазу
cli-templates-long =
    Кірістірілген үлгілерді көрсету немесе олардың көшірмелерін жазу.

    Мысал: presskit templates eject data/templates
cli-templates-list-about = Үлгілер мен бөліктерді тізіп шығу; брифинг не қалта берілсе, әр үлгінің қайдан алынатынын айту (кірістірілген, брифинг жанындағы templates/ немесе --templates DIR)
cli-templates-list-long =
    Үлгілер мен бөліктерді тізіп шығу; брифинг не қалта берілсе, әр үлгінің қайдан алынатынын айту (кірістірілген, брифинг жанындағы templates/ немесе --templates DIR).

    Мысал: presskit templates list data/almaty-2016-12-22.toml
cli-templates-list-inputs = Брифинг файлдары немесе олар жатқан қалталар; берілмесе, кірістірілген үлгілер
cli-templates-list-templates = `build --templates DIR` алатын үлгілер қалтасы
cli-templates-eject-about = Кірістірілген үлгілердің өңделетін көшірмелерін DIR ішіне жазу (әдепкісі templates/), бәрін немесе аталған біреуін; ештеңені қайта жазбайды
cli-templates-eject-long =
    Кірістірілген үлгілердің өңделетін көшірмелерін DIR ішіне жазу (әдепкісі templates/), бәрін немесе аталған біреуін; ештеңені қайта жазбайды.

    Мысал: presskit templates eject data/templates press-release.typ.hbs
cli-templates-eject-dir = Жазылатын қалта
cli-templates-eject-name = `templates list` атайтындай бір үлгі (partials/style.typ.hbs)
cli-templates-vars-about = Үлгі қолдана алатын әр айнымалыны түрімен және үлгі брифингтегі мәнімен, сондай-ақ көмекшілер мен бөліктерді шығару
cli-templates-vars-long =
    Үлгі қолдана алатын әр айнымалыны түрімен және үлгі брифингтегі мәнімен, сондай-ақ көмекшілер мен бөліктерді шығару.

    Мысал: presskit templates vars press-release.typ.hbs
cli-templates-vars-template = Бір үлгі (press-release.typ.hbs): тек ол қолданатын бөлімдер
cli-help-about = Осы анықтаманы немесе көрсетілген команданың анықтамасын шығару
cli-translate-about = Брифингтің басқа тілге аудармасын жасау немесе жаңарту: оның жанында <stem>.<LANG>.toml, аударылатын әр мәтін өз түпнұсқасының астында. Аударылғанын сақтайды, брифингте енді жоқ нәрсені алып тастайды (бұл туралы айтады) және түпнұсқасы содан бері өзгерген әр мәнді белгілейді
cli-translate-long =
    Брифингтің басқа тілге аудармасын жасау немесе жаңарту: оның жанында <stem>.<LANG>.toml, аударылатын әр мәтін өз түпнұсқасының астында. Аударылғанын сақтайды, брифингте енді жоқ нәрсені алып тастайды (бұл туралы айтады) және түпнұсқасы содан бері өзгерген әр мәнді белгілейді.

    Мысал: presskit translate data/almaty-2017-03-23-ru.toml --to kk
cli-translate-briefing = Брифинг файлы
cli-translate-to = Аударма тілі
cli-init-about = Жұмысты бастауға жаңа брифинг файлын жазу: барлық бөлімдер, әр кілтке түсініктеме, дәл солай жинала беретін үлгі мәндер. Ештеңені қайта жазбайды
cli-init-long =
    Жұмысты бастауға жаңа брифинг файлын жазу: барлық бөлімдер, әр кілтке түсініктеме, дәл солай жинала беретін үлгі мәндер. Ештеңені қайта жазбайды.

    Мысал: presskit init && presskit build   (data/briefing.toml, содан кейін out/briefing/ жазылады)
cli-init-dir = Жазылатын жаңа .toml файлы (data/riga-2027-03-18.toml) немесе PATH/briefing.toml жазылатын қалта
cli-init-language = Брифингтегі түсініктемелер мен үлгі мәндердің тілі, әрі оның `[event] language` мәні; әдепкісі — пайдаланушының тілі (PRESSKIT_LANG, болмаса жүйенің тіл баптауы)
## trans: init --translation
cli-init-translation = Қасына LANG тіліне аудармасын да жазу (<stem>.LANG.toml), мәтіндері сол тілдегі үлгі мәндер; `presskit translate` арқылы жаңартылады; екі рет көрсетуге болады
cli-upgrade-about = 1-пішімдегі брифингтерді мағынасын өзгертпей 2-пішімге қайта жазу: `present` жоқ қатысу жолы `present = true` алады (1-пішім оны келді деп санайтын, 2-пішім әлі белгіленбеген деп оқиды). Түсініктемелер сақталады; 2-пішімдегі файл өзгертілмейді
cli-upgrade-long =
    1-пішімдегі брифингтерді мағынасын өзгертпей 2-пішімге қайта жазу: `present` жоқ қатысу жолы `present = true` алады (1-пішім оны келді деп санайтын, 2-пішім әлі белгіленбеген деп оқиды). Түсініктемелер сақталады; 2-пішімдегі файл өзгертілмейді.

    Мысал: presskit upgrade data/*.toml
cli-upgrade-files = Брифинг файлдары
cli-watch-about = Бір брифингті жинау, содан кейін оның файлы, суреттері не үлгілері өзгерген сайын қайта жинау; сәтсіз жинау соңғы сәтті құжаттарды орнында қалдырады. Тоқтату үшін Ctrl-C
cli-watch-long =
    Бір брифингті жинау, содан кейін оның файлы, суреттері не үлгілері өзгерген сайын қайта жинау; сәтсіз жинау соңғы сәтті құжаттарды орнында қалдырады. Тоқтату үшін Ctrl-C.

    Мысал: presskit watch data/briefing.toml -o out
cli-watch-input = Брифинг файлы
cli-watch-output = Қайда жазу керек; брифинг өз файлының атымен аталатын қалта алады
cli-mail-about = БАҚ тізіміндегі әр журналистке бір хат жобасын (.eml) DIR/<stem>/mail/ ішіне жазу: брифинг тіліндегі сәлемдесу, хат денесінде мәтін және HTML түріндегі баспасөз релизі, тіркемеде релиздің PDF-і. Ештеңе жібермейді: жобаларды пошта бағдарламасында ашыңыз. БАҚ тізімі (аты мен пошта мекенжайы бағандары бар CSV, XLSX немесе ODS) — дербес деректер: ол оқылады, бірақ ешқайда көшірілмейді
cli-mail-long =
    БАҚ тізіміндегі әр журналистке бір хат жобасын (.eml) DIR/<stem>/mail/ ішіне жазу: брифинг тіліндегі сәлемдесу, хат денесінде мәтін және HTML түріндегі баспасөз релизі, тіркемеде релиздің PDF-і. Ештеңе жібермейді: жобаларды пошта бағдарламасында ашыңыз. БАҚ тізімі (аты мен пошта мекенжайы бағандары бар CSV, XLSX немесе ODS) — дербес деректер: ол оқылады, бірақ ешқайда көшірілмейді.

    Мысал: presskit mail data/almaty-2016-12-22.toml --media-list journalists.csv
cli-mail-briefing = Брифинг файлы
cli-mail-media_list = БАҚ тізімі: аты мен пошта мекенжайы бағандары бар (қаласаңыз, БАҚ, тіл, сәлемдесу бағандары да бар) CSV, XLSX немесе ODS файлы
cli-mail-output = Қайда жазу керек; жобалар DIR/<stem>/mail/ ішіне түседі
cli-mail-attach_kit = Релизбен бірге баспасөз материалдарын да тіркеу
cli-import-about = Тіркеу парағының не тіркелу тізімінің (attendance) немесе БАҚ мониторингі нәтижесінің (coverage) CSV, XLSX не ODS жолдарын брифингке [[attendance]] не [[coverage]] кестелері ретінде қосу, файлдағы түсініктемелерді сақтай отырып. Бір БАҚ-тың жолдары бір қатысу кестесіне айналады; мәндері бірдей бар жазба өткізіп жіберіледі, мәндері басқа болса — қате. Бір қате жол болса, ештеңе жазылмайды
cli-import-long =
    Тіркеу парағының не тіркелу тізімінің (attendance) немесе БАҚ мониторингі нәтижесінің (coverage) CSV, XLSX не ODS жолдарын брифингке [[attendance]] не [[coverage]] кестелері ретінде қосу, файлдағы түсініктемелерді сақтай отырып. Бір БАҚ-тың жолдары бір қатысу кестесіне айналады; мәндері бірдей бар жазба өткізіп жіберіледі, мәндері басқа болса — қате. Бір қате жол болса, ештеңе жазылмайды.

    Мысал: presskit import attendance sign-in.csv --into data/almaty-2016-12-22.toml --dry-run
cli-import-what = Файлда не бар
cli-import-file = CSV, XLSX немесе ODS файлы
cli-import-into = Жолдар қосылатын брифинг файлы
cli-import-dry_run = Өзгерісті брифингтің бірыңғай diff-і ретінде көрсету; ештеңе жазбау
cli-import-map = HEADING бағанын `key` ретінде оқу (attendance: outlet, name, present, kind, people, website, programme; coverage: outlet, headline, date, kind, url, language, reach, note); бірнеше рет беруге болады
cli-import-sign_in = attendance үшін: файл — тіркеу парағы, келгендердің толық тізімі: ондағы БАҚ келді, ал онда жоқ тіркелген БАҚ келмеді (present = false). Бұл параметрсіз файл жолдары тіркелу деп саналады
cli-completions-about = Командалық қабыққа автотолтыру сценарийін шығару
cli-completions-long =
    Командалық қабыққа автотолтыру сценарийін шығару.

    Мысал: presskit completions bash > ~/.local/share/bash-completion/completions/presskit
cli-completions-shell = Қабық
cli-opt-quiet = Тек қателерді шығару
cli-opt-verbose = Жазылған әр файлды шығару
cli-opt-max_memory = presskit жадысы осынша МиБ-тан асқанда жұмысты тоқтату (үлгі өте үлкен нәрсе құруы мүмкін; Typst бір құжатты тоқтата алмайды, сондықтан бүкіл іске қосу аяқталады, код 1)
cli-opt-help = Анықтаманы шығару
cli-opt-version = Нұсқаны шығару
cli-opt-templates = Үлгілерді алдымен DIR ішінен (файл-файлымен), содан кейін брифинг жанындағы және кірістірілген үлгілерден алу
cli-opt-paper = PDF қағаз пішімі
cli-opt-jobs = Бір уақытта қанша брифингпен жұмыс істеу (әдепкісі — әр ядроға біреу)
cli-opt-force = Әр брифингті қайта жасау, тіпті құжаттары өзекті болса да (кіріс деректері мен құжаттары жазылғаннан бері өзгермеген)
cli-opt-keep_typst = Әр құжат үшін жасалған Typst белгілеуін де OUT/<stem>/typst/<document>.typ ішіне жазу (build және check: -o болмаса out/; watch), беттелмесе де, дизайнер Typst не көргенін оқи алуы үшін
cli-opt-fonts = DIR ішіндегі қаріптерді (TTF, OTF, TTC) жеткізілгендеріне және брифинг жанындағы fonts/ қалтасына қосу; үлгілер оларды отбасы атымен атайды
cli-opt-timeout = Құжатты беттеуді осынша секундтан кейін тоқтату (үлгі тұйықталып қалуы мүмкін)

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
cli-opt-revise = Мұрағатқа тапсырылғаннан кейін өзгерген брифингті (жарияланымдар қосылды, сан түзетілді) келесі нұсқасы ретінде, DIR/<stem>/rev-2, алдыңғысының жанына тапсыру, ол өзгеріссіз қалады; index.pdf пен есеп соңғы нұсқаны санайды
