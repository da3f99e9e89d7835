//! `presskit translate` keeps the translator's own comments (issue 32): a comment above
//! a value (above or under presskit's `#|` lines), after a value on its line, above a
//! table's header, between paragraphs of a list and at the file's end survives a re-run,
//! in the briefing's order; a second run writes the same bytes; a value whose original
//! changed is marked with its comment kept; and the file still checks.

use crate::common::{presskit, stderr};
use crate::translations::{STEM, sample};

/// The translator's comments written into the file, each unique.
const NOTES: [&str; 7] = [
    "# Aigerim: the donor's name for the office, not ours",
    "# shorter than the Russian, agreed with the editor",
    "# check the figure with the programme team",
    "# second paragraph: figures as in the annual report",
    "# Orlova prefers \"Head of Programmes\"",
    "# last paragraph left for the editor",
    "# done 2017-03-22, A.S.",
];

#[test]
fn translate_keeps_the_translator_s_comments_and_stays_idempotent() {
    let dir = sample();
    std::fs::remove_file(dir.path().join(format!("{STEM}.kk.toml"))).unwrap();
    let briefing = format!("{STEM}.toml");
    let file = dir.path().join(format!("{STEM}.en.toml"));
    let out = presskit(dir.path(), &["translate", &briefing, "--to", "en"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let first = std::fs::read_to_string(&file).unwrap();
    // The translator works in the file: translations, and notes of their own in every
    // place a TOML comment can be.
    let mut edited = first
        .replacen(
            "\n[organization]\n",
            &format!("\n{}\n[organization]\n", NOTES[0]),
            1,
        )
        .replacen(
            "headline = \"\"",
            &format!(
                "{}\nheadline = \"IOM: calls to the hotline rose by a third\" {}",
                NOTES[1], NOTES[2]
            ),
            1,
        );
    // Above presskit's lines of the body, and between its paragraphs.
    let body = edited.find("\nbody = [\n").expect("the release's body");
    let marks = edited[..body].rfind("\n#| ru:").unwrap();
    edited.insert_str(marks + 1, &format!("{}\n", NOTES[3]));
    let body = edited.find("\nbody = [\n").unwrap() + "\nbody = [\n".len();
    let paragraphs = edited[body..].find("\n]\n").unwrap() + body;
    let list: Vec<&str> = edited[body..paragraphs].lines().collect();
    assert!(list.len() >= 2, "{list:?}");
    let translated: Vec<String> = list
        .iter()
        .enumerate()
        .map(|(i, _)| format!("  \"Paragraph {}.\",", i + 1))
        .collect();
    let last = translated.len() - 1;
    let mut new_list = translated[..last].join("\n");
    new_list.push_str(&format!("\n  {}\n{}", NOTES[5], translated[last]));
    edited.replace_range(body..paragraphs, &new_list);
    edited = edited.replacen(
        "[[speakers]]\nid = \"orlova\"\n",
        &format!("[[speakers]]\n{}\nid = \"orlova\"\n", NOTES[4]),
        1,
    );
    edited.push_str(NOTES[6]);
    edited.push('\n');
    std::fs::write(&file, &edited).unwrap();
    let check = presskit(dir.path(), &["check", &briefing]);
    assert!(check.status.success(), "{}", stderr(&check));

    // Run again: every note kept, each once, in the place it stood by.
    let out = presskit(dir.path(), &["translate", &briefing, "--to", "en"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let second = std::fs::read_to_string(&file).unwrap();
    for note in NOTES {
        assert_eq!(
            second.matches(note).count(),
            1,
            "{note} kept once:\n{second}"
        );
    }
    let before = |a: &str, b: &str| second.find(a).unwrap() < second.find(b).unwrap();
    assert!(before(NOTES[0], "[organization]"));
    assert!(second.contains(&format!(
        "{}\nheadline = \"IOM: calls to the hotline rose by a third\" {}\n",
        NOTES[1], NOTES[2]
    )));
    // The body's note, moved under presskit's lines, right above the key.
    assert!(
        second.contains(&format!("{}\nbody = [\n", NOTES[3])),
        "{second}"
    );
    assert!(
        second.contains(&format!("  {}\n  \"Paragraph", NOTES[5])),
        "{second}"
    );
    assert!(second.contains(&format!("{}\nid = \"orlova\"\n", NOTES[4])));
    assert!(second.ends_with(&format!("{}\n", NOTES[6])), "{second}");
    assert!(second.contains("\"Paragraph 1.\""), "translations kept");

    // And again: the same bytes.
    let out = presskit(dir.path(), &["translate", &briefing, "--to", "en"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("up to date:"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), second);

    // The headline's original changes: marked, translation and notes kept.
    let main = dir.path().join(&briefing);
    let text = std::fs::read_to_string(&main).unwrap();
    std::fs::write(&main, text.replace("выросло на треть", "выросло на 35%")).unwrap();
    let out = presskit(dir.path(), &["translate", &briefing, "--to", "en"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let third = std::fs::read_to_string(&file).unwrap();
    assert!(third.contains(
        "#|! changed since translated: check this translation against the original above\n\
         #|# "
    ));
    assert!(third.contains(&format!(
        "{}\nheadline = \"IOM: calls to the hotline rose by a third\" {}\n",
        NOTES[1], NOTES[2]
    )));
    for note in NOTES {
        assert_eq!(third.matches(note).count(), 1, "{note}");
    }
    let check = presskit(dir.path(), &["check", &briefing]);
    assert!(check.status.success(), "{}", stderr(&check));
}
