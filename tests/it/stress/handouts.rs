//! The one-page handouts at the door and on the table (the sign-in sheet, the media
//! advisory, the name tents) with the longest values real data holds, in Russian and
//! Kazakh on A4 and Letter: every page checked from its glyph boxes and rules, not only
//! its text.

use super::checks;
use crate::common::{geometry, presskit, stderr};

/// The longest realistic values of one language: an event's title, its venue, the
/// organisation's name, an outlet's official name, a journalist's double name, a role.
pub(super) struct Longest {
    pub(super) title: &'static str,
    pub(super) venue: &'static str,
    pub(super) organization: &'static str,
    pub(super) outlet: &'static str,
    pub(super) journalist: &'static str,
    pub(super) role: &'static str,
}

/// Russian values.
pub(super) const RU: Longest = Longest {
    title: "Презентация результатов национального исследования по вопросам трудовой миграции, противодействия торговле людьми и защиты прав трудящихся-мигрантов и членов их семей в Республике Казахстан и странах Центральной Азии за 2024–2025 гг.",
    venue: "Конференц-зал Министерства труда и социальной защиты населения Республики Казахстан, Дом министерств, подъезд № 14, 3-й этаж",
    organization: "Субрегиональный координационный офис Международной организации по миграции (МОМ) для Центральной Азии, Представительство МОМ в Республике Казахстан",
    outlet: "Республиканская общественно-политическая газета «Литер» и информационно-аналитический портал «Литер.kz» (Алматинская областная редакция)",
    journalist: "Анна-Мария Константинопольская-Иванова-Сулейменова",
    role: "заместитель директора Департамента миграционной политики Министерства труда и социальной защиты населения Республики Казахстан, член Межведомственной комиссии по вопросам противодействия торговле людьми при Правительстве Республики Казахстан, старший координатор региональных программ по трудовой мобильности и развитию человеческого потенциала",
};

/// Kazakh values.
pub(super) const KK: Longest = Longest {
    title: "Қазақстан Республикасы мен Орталық Азия елдеріндегі еңбек көші-қоны, адам саудасына қарсы іс-қимыл және еңбекші көшіп-қонушылар мен олардың отбасы мүшелерінің құқықтарын қорғау жөніндегі 2024–2025 жж. ұлттық зерттеудің нәтижелерін таныстыру",
    venue: "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігінің мәжіліс залы, Министрліктер үйі, № 14 кіреберіс, 3-қабат",
    organization: "Халықаралық көші-қон ұйымының (ХКҰ) Орталық Азия бойынша субөңірлік үйлестіру кеңсесі, ХКҰ-ның Қазақстан Республикасындағы өкілдігі",
    outlet: "«Егемен Қазақстан» республикалық қоғамдық-саяси газеті және «Egemen.kz» ақпараттық-талдау порталы (Алматы облысы бойынша редакция)",
    journalist: "Әйгерім-Гүлнар Мұхамедқалиұлы-Сейітқали-Бектұрғанова",
    role: "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігінің Көші-қон саясаты департаменті директорының орынбасары, Қазақстан Республикасы Үкіметі жанындағы адам саудасына қарсы іс-қимыл жөніндегі ведомствоаралық комиссияның мүшесі, еңбек ұтқырлығы және адами әлеуетті дамыту жөніндегі өңірлік бағдарламалардың аға үйлестірушісі",
};

/// The first words of `text` that hold at most `chars` characters.
pub(super) fn words_within(text: &str, chars: usize) -> String {
    let mut out = String::new();
    for word in text.split(' ') {
        if out.chars().count() + 1 + word.chars().count() > chars && !out.is_empty() {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A briefing of `lang` with the longest values: twelve outlets,
/// each with two journalists (the names of a third of them cut to three lines, and of a third
/// to one), and three speakers, with no release (the handouts only).
pub(super) fn briefing(lang: &str, l: &Longest) -> String {
    let mut t = format!(
        "format = 1\n\n[organization]\nname = \"{}\"\ncity = \"Астана\"\nphone = \"+7 7172 55 18 40\"\n\n[event]\ntitle = \"{}\"\ndate = 2025-03-18\ntime = 11:00:00\nvenue = \"{}\"\ncity = \"Астана\"\nlanguage = \"{lang}\"\n\n",
        l.organization, l.title, l.venue
    );
    for i in 0..3 {
        t.push_str(&format!(
            "[[speakers]]\nid = \"s{i}\"\nname = \"{}\"\nrole = \"{}\"\norganization = \"{}\"\n\n",
            l.journalist, l.role, l.organization
        ));
    }
    // Outlets of seven lines in their cell, of three, and of one.
    for i in 0..12 {
        let outlet = match i % 3 {
            0 => l.outlet.to_string(),
            1 => words_within(l.outlet, 60),
            _ => words_within(l.outlet, 15),
        };
        t.push_str(&format!(
            "[[attendance]]\noutlet = \"{} {}\"\nkind = \"print\"\npeople = 2\njournalists = [\"{}\", \"{}\"]\n\n",
            outlet,
            i + 1,
            l.journalist,
            l.journalist
        ));
    }
    t
}

/// The sign-in sheet, the advisory and the tents of the longest values, in Russian and
/// Kazakh on A4 and Letter: no text over another, across a rule or off the page, and
/// the sheet's text (outlets of one, three and seven lines) at least
/// [`checks::RULE_GAP`] from its rows' rules.
#[test]
fn handouts_of_the_longest_values_hold_their_pages() {
    let dir = tempfile::tempdir().unwrap();
    let mut faults = Vec::new();
    for (lang, longest, paper) in [("ru", &RU, "a4"), ("kk", &KK, "letter"), ("kk", &KK, "a4")] {
        let stem = format!("longest-{lang}-{paper}");
        let file = dir.path().join(format!("{stem}.toml"));
        std::fs::write(&file, briefing(lang, longest)).unwrap();
        let out = presskit(
            dir.path(),
            &[
                "build",
                file.to_str().unwrap(),
                "-o",
                "out",
                "--only",
                "sign-in-sheet,media-advisory,name-tents",
                "--paper",
                paper,
            ],
        );
        assert!(out.status.success(), "{stem}: {}", stderr(&out));
        for document in ["sign-in-sheet", "media-advisory", "name-tents"] {
            let path = dir.path().join(format!("out/{stem}/{document}.pdf"));
            for (i, page) in geometry::pages(&path).iter().enumerate() {
                let gaps = if document == "sign-in-sheet" {
                    checks::rule_gaps(page, i + 1, checks::RULE_GAP)
                } else {
                    Vec::new()
                };
                let found = [
                    checks::overlaps(page, i + 1),
                    checks::crossings(page, i + 1),
                    checks::off_page(page, i + 1),
                    gaps,
                ];
                faults.extend(
                    found
                        .into_iter()
                        .flatten()
                        .map(|f| format!("{stem}/{document}.pdf: {f}")),
                );
            }
        }
    }
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}
