//! Stress briefings: seeded, reproducible briefing files built from the long shapes real
//! data has (double surnames, initials, Kazakh genitive-chain roles, outlets with long
//! official names, coverage headlines of 5 to 200 characters in three languages, long
//! agenda items, many quotes, optional fields left out), in English, Russian or Kazakh.

use std::fmt::Write;

/// The three languages, in the order a seed picks them.
pub const LANGUAGES: [&str; 3] = ["en", "ru", "kk"];

/// Per language: the texts a briefing is drawn from.
struct Shapes {
    /// Speakers' names: double surnames, initials with a surname, long single names.
    names: &'static [&'static str],
    /// Roles, from one word to a genitive chain of ministries.
    roles: &'static [&'static str],
    /// Organisations.
    organizations: &'static [&'static str],
    /// Outlets, with their official names.
    outlets: &'static [&'static str],
    /// Words for headlines, titles and paragraphs.
    words: &'static [&'static str],
    /// Pieces of running text an editor must not see broken: acronyms with case
    /// endings, year ranges with their abbreviation, percentages, names with initials.
    units: &'static [&'static str],
    /// Endings of a paragraph or a quotation whose last word is short.
    endings: &'static [&'static str],
    /// Long agenda items.
    agenda: &'static [&'static str],
}

/// English shapes.
const EN: Shapes = Shapes {
    names: &[
        "Siobhan O’Neill-Smith",
        "A. B. Seitkali",
        "Maximilian Featherstonehaugh-Cholmondeley",
        "Mary-Jane Watson-Parker",
        "Aigerim Ivanova-Suleimenova",
        "Li Na",
    ],
    roles: &[
        "expert",
        "Deputy Director of the Department of Migration Policy of the Ministry of Labour and Social Protection of the Population of the Republic of Kazakhstan",
        "Chief of Mission",
        "Senior Regional Programme Coordinator for Labour Mobility and Human Development",
    ],
    organizations: &[
        "International Organization for Migration (IOM)",
        "Ministry of Labour and Social Protection of the Population of the Republic of Kazakhstan",
        "UNICEF",
    ],
    outlets: &[
        "Radio Free Europe / Radio Liberty Kazakh Service (Azattyq)",
        "The Astana Times",
        "Khabar 24",
        "Interfax-Kazakhstan News Agency",
        "Kazinform International News Agency",
        "Vlast.kz",
        "Freelance",
    ],
    words: &[
        "migration",
        "labour",
        "rights",
        "return",
        "assessment",
        "regional",
        "partners",
        "workers",
        "remittances",
        "policy",
        "border",
        "health",
        "integration",
        "youth",
        "international",
        "cooperation",
    ],
    units: &[
        "UN’s",
        "2025–2026",
        "3.5%",
        "A. B. Seitkali",
        "O’Neill-Smith",
        "1 200 000",
    ],
    endings: &["as it is.", "to do so?", "we all go.", "it is up to us."],
    agenda: &[
        "Registration of participants and distribution of the press kit",
        "Opening remarks: the first results of the regional assessment of labour migration and remittances in Central Asia in 2025–2026",
        "Questions and answers",
    ],
};

/// Russian shapes.
const RU: Shapes = Shapes {
    names: &[
        "Айгерим Иванова-Сулейменова",
        "А. Б. Сейткали",
        "Константин Константинопольский",
        "Мария Петрова-Водкина",
        "Е. А. Орлова",
        "Ли На",
    ],
    roles: &[
        "эксперт",
        "заместитель директора Департамента миграционной политики Министерства труда и социальной защиты населения Республики Казахстан",
        "глава представительства",
        "старший координатор региональных программ по трудовой мобильности и развитию человеческого потенциала",
    ],
    organizations: &[
        "Международная организация по миграции (МОМ)",
        "Министерство труда и социальной защиты населения Республики Казахстан",
        "ЮНИСЕФ",
    ],
    outlets: &[
        "Республиканская общественно-политическая газета «Литер»",
        "Вечерняя Астана",
        "Телеканал «Хабар»",
        "Информационное агентство «Интерфакс-Казахстан»",
        "Международное информационное агентство «Казинформ»",
        "Радио «Азаттык»",
        "Независимый журналист",
    ],
    words: &[
        "миграция",
        "трудовой",
        "права",
        "возвращение",
        "оценка",
        "региональный",
        "партнёры",
        "работники",
        "переводы",
        "политика",
        "граница",
        "здоровье",
        "интеграция",
        "молодёжь",
        "международное",
        "сотрудничество",
    ],
    units: &[
        "ООН",
        "2025–2026 гг.",
        "3,5 %",
        "А. Б. Сейткали",
        "Иванова-Сулейменова",
        "1 200 000",
    ],
    endings: &[
        "что и так ясно.",
        "разве не так?",
        "и это всё.",
        "как мы и ждали.",
    ],
    agenda: &[
        "Регистрация участников и раздача пресс-кита",
        "Вступительное слово: первые результаты регионального исследования трудовой миграции и денежных переводов в Центральной Азии за 2025–2026 гг.",
        "Ответы на вопросы журналистов",
    ],
};

/// Kazakh shapes.
const KK: Shapes = Shapes {
    names: &[
        "Динара Қуанышбаева-Вестерхольм",
        "А. Б. Сейткали",
        "Ерғали Сейітқали-Бектұрғанов",
        "Әйгерім Нұрпейісова",
        "Мұхамедқалиұлы Жанболат",
        "Ли На",
    ],
    roles: &[
        "сарапшы",
        "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігінің Көші-қон саясаты департаменті директорының орынбасары",
        "өкілдік басшысы",
        "еңбек ұтқырлығы және адами әлеуетті дамыту жөніндегі өңірлік бағдарламалардың аға үйлестірушісі",
    ],
    organizations: &[
        "Халықаралық көші-қон ұйымы (ХКҰ)",
        "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі",
        "ЮНИСЕФ",
    ],
    outlets: &[
        "«Егемен Қазақстан» республикалық қоғамдық-саяси газеті",
        "«Қазақпарат» ХАА",
        "«Хабар» телеарнасы",
        "«Шалқар» радиосы",
        "«Jibek Joly» телеарнасы",
        "«Азаттық» радиосы",
        "Тәуелсіз журналист",
    ],
    words: &[
        "көші-қон",
        "еңбек",
        "құқықтар",
        "оралу",
        "бағалау",
        "өңірлік",
        "серіктестер",
        "қызметкерлер",
        "аударымдар",
        "саясат",
        "шекара",
        "денсаулық",
        "ықпалдастық",
        "жастар",
        "халықаралық",
        "ынтымақтастық",
    ],
    units: &[
        "БҰҰ-ның",
        "2025–2026 жж.",
        "3,5 %",
        "А. Б. Сейткали",
        "Қуанышбаева-Вестерхольм",
        "1 200 000",
    ],
    endings: &["солай ма?", "«не істеу керек».", "бәрі осы.", "бұл да бар."],
    agenda: &[
        "Қатысушыларды тіркеу және баспасөз жинағын тарату",
        "Кіріспе сөз: Орталық Азиядағы еңбек көші-қоны мен ақша аударымдарын өңірлік зерттеудің 2025–2026 жж. алғашқы нәтижелері",
        "Журналистердің сұрақтарына жауап",
    ],
};

/// The shapes of language `lang` (an index into [`LANGUAGES`]).
fn shapes(lang: usize) -> &'static Shapes {
    [&EN, &RU, &KK][lang]
}

/// Attendance kinds.
const KINDS: [&str; 6] = [
    "television",
    "radio",
    "print",
    "online",
    "news agency",
    "freelance",
];

/// Places that tell apart outlets of the same name.
const PLACES: [&str; 9] = [
    "Almaty",
    "Astana",
    "Shymkent",
    "Aktobe",
    "Karaganda",
    "Taraz",
    "Pavlodar",
    "Oskemen",
    "Semey",
];

/// A TOML string literal holding `text`.
fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A TOML array of string literals.
fn array(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| quoted(s)).collect();
    format!("[{}]", quoted.join(", "))
}

/// One of `items`.
fn pick<'a>(rng: &mut fastrand::Rng, items: &[&'a str]) -> &'a str {
    items[rng.usize(..items.len())]
}

/// A phrase of about as many characters as a number drawn from `chars` (at least one word) from `shapes`, capitalised,
/// with one of its units now and then.
fn phrase(rng: &mut fastrand::Rng, shapes: &Shapes, chars: std::ops::Range<usize>) -> String {
    let chars = rng.usize(chars);
    let mut out = String::new();
    while out.chars().count() < chars || out.is_empty() {
        if !out.is_empty() {
            out.push(' ');
        }
        let word = if rng.u8(..8) == 0 {
            pick(rng, shapes.units)
        } else {
            pick(rng, shapes.words)
        };
        out.push_str(word);
    }
    let mut chars = out.chars();
    let first: String = chars
        .next()
        .into_iter()
        .flat_map(char::to_uppercase)
        .collect();
    first + chars.as_str()
}

/// A paragraph of about as many characters as a number drawn from `chars`, that ends in
/// a short word.
fn paragraph(rng: &mut fastrand::Rng, shapes: &Shapes, chars: std::ops::Range<usize>) -> String {
    format!(
        "{} {}",
        phrase(rng, shapes, chars),
        pick(rng, shapes.endings)
    )
}

/// What the checks need to know of a generated briefing besides its file.
#[derive(Debug, Clone)]
pub struct Briefing {
    /// The TOML text.
    pub toml: String,
    /// Names that must never be broken across lines: the speakers'.
    pub names: Vec<String>,
    /// Paragraphs and quotations, whose last line must not hold one short word alone.
    pub paragraphs: Vec<String>,
}

/// The stress briefing of `seed`, in language `LANGUAGES[seed % 3]`.
pub fn briefing(seed: u64) -> Briefing {
    let mut rng = fastrand::Rng::with_seed(seed);
    let lang = (seed % 3) as usize;
    let s = shapes(lang);
    let mut t = String::new();
    let mut names = Vec::new();
    let mut paragraphs = Vec::new();
    let org = pick(&mut rng, s.organizations);
    let _ = writeln!(t, "format = 1\n\n[organization]\nname = {}", quoted(org));
    if rng.bool() {
        let _ = writeln!(t, "short_name = \"IOM\"");
    }
    let _ = writeln!(
        t,
        "city = \"Astana\"\nwebsite = \"www.iom.kz\"\nphone = \"+7 7172 55 18 40\""
    );
    if rng.bool() {
        let about = paragraph(&mut rng, s, 80..400);
        let _ = writeln!(t, "about = {}", quoted(&about));
        paragraphs.push(about);
    }
    let _ = writeln!(
        t,
        "\n[event]\ntitle = {}\ndate = 2025-03-18\ntime = 11:00:00\nvenue = {}\ncity = \"Astana\"\nlanguage = \"{}\"\n",
        quoted(&phrase(&mut rng, s, 20..160)),
        quoted(&phrase(&mut rng, s, 10..80)),
        LANGUAGES[lang]
    );

    let speakers = rng.usize(1..=7);
    let mut ids = Vec::new();
    for n in 0..speakers {
        let name = s.names[(n + seed as usize) % s.names.len()];
        names.push(name.to_string());
        ids.push(format!("s{n}"));
        let _ = writeln!(
            t,
            "[[speakers]]\nid = \"s{n}\"\nname = {}\nrole = {}",
            quoted(name),
            quoted(pick(&mut rng, s.roles))
        );
        if rng.bool() {
            let _ = writeln!(
                t,
                "organization = {}",
                quoted(pick(&mut rng, s.organizations))
            );
        }
        match rng.u8(..4) {
            0 => {}
            1 => {
                let bio = paragraph(&mut rng, s, 40..200);
                let _ = writeln!(t, "bio = [{}]", quoted(&bio));
                paragraphs.push(bio);
            }
            _ => {
                let bio: Vec<String> = (0..rng.usize(1..4))
                    .map(|_| paragraph(&mut rng, s, 100..900))
                    .collect();
                let _ = writeln!(t, "bio = {}", array(&bio));
                paragraphs.extend(bio);
            }
        }
        t.push('\n');
    }

    let body: Vec<String> = (0..rng.usize(1..6))
        .map(|_| paragraph(&mut rng, s, 60..900))
        .collect();
    paragraphs.extend(body.iter().cloned());
    let _ = writeln!(
        t,
        "[release]\nheadline = {}\nbody = {}",
        quoted(&phrase(&mut rng, s, 20..200)),
        array(&body)
    );
    if rng.bool() {
        let _ = writeln!(t, "summary = {}", quoted(&phrase(&mut rng, s, 40..300)));
    }
    if rng.bool() {
        let _ = writeln!(t, "embargo = 2025-03-18T12:00:00+05:00");
    }
    if rng.bool() {
        let _ = writeln!(
            t,
            "contact = {{ name = {}, role = {}, email = \"press@iom.int\", phone = \"+7 7172 55 18 40\" }}",
            quoted(pick(&mut rng, s.names)),
            quoted(pick(&mut rng, s.roles))
        );
    }
    t.push('\n');
    for q in 0..rng.usize(0..7) {
        let text = paragraph(&mut rng, s, 30..500);
        let _ = writeln!(
            t,
            "[[release.quotes]]\nspeaker = \"{}\"\ntext = {}\n",
            ids[q % ids.len()],
            quoted(&text)
        );
        paragraphs.push(text);
    }

    for _ in 0..rng.usize(1..5) {
        let _ = writeln!(
            t,
            "[[topics]]\ntitle = {}",
            quoted(&phrase(&mut rng, s, 5..60))
        );
        if rng.bool() {
            let _ = writeln!(t, "note = {}", quoted(&phrase(&mut rng, s, 20..200)));
        }
        t.push('\n');
    }
    let mut minutes = 10 * 60 + 30;
    for _ in 0..rng.usize(0..9) {
        let _ = writeln!(
            t,
            "[[agenda]]\ntime = {:02}:{:02}:00\nitem = {}",
            minutes / 60,
            minutes % 60,
            quoted(pick(&mut rng, s.agenda))
        );
        if rng.bool() {
            let _ = writeln!(t, "speaker = \"{}\"", ids[rng.usize(..ids.len())]);
        }
        minutes += 5 * rng.usize(1..8);
        t.push('\n');
    }
    for _ in 0..rng.usize(0..3) {
        let _ = writeln!(
            t,
            "[[programmes]]\ntitle = {}\nfunders = [{}]\nactivities = [{}]\n",
            quoted(&phrase(&mut rng, s, 10..120)),
            quoted(pick(&mut rng, s.organizations)),
            quoted(&phrase(&mut rng, s, 10..160))
        );
    }

    // Outlets: the long official names, told apart by a place once they run out.
    let outlets: Vec<String> = (0..rng.usize(1..=60))
        .map(|n| {
            let all = [EN.outlets, RU.outlets, KK.outlets];
            let list = if rng.u8(..4) == 0 {
                all[rng.usize(..3)]
            } else {
                s.outlets
            };
            let base = list[n % list.len()];
            match n / list.len() {
                0 => base.to_string(),
                k => format!("{base} ({} {k})", PLACES[n % PLACES.len()]),
            }
        })
        .collect();
    for (n, outlet) in outlets.iter().enumerate() {
        let _ = writeln!(
            t,
            "[[attendance]]\noutlet = {}\nkind = \"{}\"",
            quoted(outlet),
            KINDS[n % KINDS.len()]
        );
        if rng.u8(..3) > 0 {
            let _ = writeln!(t, "people = {}", rng.u8(1..5));
        }
        if rng.u8(..4) == 0 {
            let people: Vec<String> = (0..rng.usize(1..4))
                .map(|_| pick(&mut rng, s.names).to_string())
                .collect();
            let _ = writeln!(t, "journalists = {}", array(&people));
        }
        if rng.u8(..5) == 0 {
            let _ = writeln!(t, "present = false");
        }
        t.push('\n');
    }
    // Coverage: headlines of 5 to 200 characters in any of the three languages.
    for _ in 0..rng.usize(0..25) {
        let in_lang = rng.usize(..3);
        let length = if rng.bool() {
            rng.usize(5..40)
        } else {
            rng.usize(40..200)
        };
        let _ = writeln!(
            t,
            "[[coverage]]\noutlet = {}\nheadline = {}\ndate = 2025-03-{:02}\nlanguage = \"{}\"",
            quoted(&outlets[rng.usize(..outlets.len())]),
            quoted(&phrase(&mut rng, shapes(in_lang), length..length + 1)),
            18 + rng.usize(..10),
            LANGUAGES[in_lang]
        );
        if rng.bool() {
            let _ = writeln!(t, "reach = {}", rng.u32(100..2_000_000));
        }
        t.push('\n');
    }
    Briefing {
        toml: t,
        names,
        paragraphs,
    }
}
