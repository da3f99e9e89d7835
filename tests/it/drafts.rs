//! Issue 31: drafts ready to send. `presskit mail` on the conferences of
//! `tests/briefings/`: every draft carries `X-Unsent: 1`; its subject is the headline,
//! after the short embargo mark when there is one; the greeting is the list's own, else by
//! the given-name column, else without a name; one covering sentence and the release
//! contact's signature; a name typed on two lines is one name with a space; encoded
//! words end between words; and Python's `email`, in its compat32 and default policies,
//! reads the same headers (when python3 is installed).

use std::path::{Path, PathBuf};

use crate::common::{presskit, skip, stderr};

/// A media list with a given-name column: one journalist greeted by it, one whose name
/// spans two lines of its cell and who has no given name, one with a greeting of their own.
const LIST: &str = "ФИО,E-mail,Given name,Обращение\n\
Айгерім Сүлейменова-Нұрсұлтанқызы,aigerim@example.kz,Айгерім,\n\
\"А. Б.\nНурланова\",nurlanova@example.kz,,\n\
Иван Петров,ivan@example.kz,,Уважаемый Иван Сергеевич!\n";

/// Writes the test briefing `stem` and the media list into `dir`, runs `mail`, and
/// returns the drafts in list order.
fn drafts(dir: &Path, stem: &str) -> Vec<PathBuf> {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/briefings/{stem}.toml"));
    std::fs::copy(from, dir.join(format!("{stem}.toml"))).unwrap();
    std::fs::write(dir.join("list.csv"), LIST).unwrap();
    let out = presskit(
        dir,
        &[
            "mail",
            &format!("{stem}.toml"),
            "--media-list",
            "list.csv",
            "-o",
            "out",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir.join("out").join(stem).join("mail"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    assert_eq!(paths.len(), 3);
    paths
}

/// The headers of a draft, unfolded, as written.
fn headers(bytes: &[u8]) -> Vec<(String, String)> {
    let text = String::from_utf8_lossy(bytes);
    let head = &text[..text.find("\r\n\r\n").unwrap()];
    head.replace("\r\n ", " ")
        .split("\r\n")
        .map(|l| {
            let (k, v) = l.split_once(": ").unwrap();
            (k.to_string(), v.to_string())
        })
        .collect()
}

/// The texts of the encoded words of a header value, decoded one by one.
fn encoded_words(value: &str) -> Vec<String> {
    use base64::Engine;
    value
        .split(' ')
        .filter_map(|w| w.strip_prefix("=?utf-8?b?")?.strip_suffix("?="))
        .map(|b| {
            String::from_utf8(base64::engine::general_purpose::STANDARD.decode(b).unwrap()).unwrap()
        })
        .collect()
}

#[test]
fn drafts_open_ready_to_send_and_read_like_a_letter() {
    let dir = tempfile::tempdir().unwrap();
    let paths = drafts(dir.path(), "conference-kk");
    let headline = "Қазақстанда патронаж мейіргерлері сәбиі бар 300 мың отбасына барды";
    let greetings = [
        "Құрметті Айгерім!",
        "Сәлеметсіз бе!",
        "Уважаемый Иван Сергеевич!",
    ];
    let names = [
        "Айгерім Сүлейменова-Нұрсұлтанқызы",
        "А. Б. Нурланова",
        "Иван Петров",
    ];
    for ((path, greeting), name) in paths.iter().zip(greetings).zip(names) {
        let bytes = std::fs::read(path).unwrap();
        let head = headers(&bytes);
        let get = |k: &str| {
            head.iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.clone())
                .unwrap_or_else(|| panic!("no {k}"))
        };
        assert_eq!(get("X-Unsent"), "1");
        // Every encoded word of the subject ends between two words.
        let words = encoded_words(&get("Subject"));
        assert!(words.len() > 1, "{words:?}");
        for word in &words[..words.len() - 1] {
            assert!(word.ends_with(' '), "a word cut in two: {words:?}");
        }
        // A name is one encoded word, read the same by every reader.
        assert_eq!(encoded_words(&get("To")).len(), 1, "{}", get("To"));

        let message = mail_parser::MessageParser::default().parse(&bytes).unwrap();
        assert_eq!(
            message.subject(),
            Some(format!("ЭМБАРГО: 20.11, 12:00 | {headline}").as_str())
        );
        let to = message.to().and_then(|a| a.first()).unwrap();
        assert_eq!(to.name(), Some(name));
        let text = message
            .body_text(0)
            .unwrap()
            .replace('\u{a0}', " ")
            .replace("\r\n", "\n");
        let paragraphs: Vec<&str> = text.split("\n\n").collect();
        assert_eq!(paragraphs[0], greeting);
        assert!(
            paragraphs[1].starts_with("Сізге «Қазақстанда патронаж")
                && paragraphs[1].ends_with("тіркелген."),
            "one covering sentence: {text}"
        );
        // The embargo's full wording once, in the release.
        assert_eq!(text.matches("Эмбарго").count(), 1, "{text}");
        assert!(
            text.ends_with(
                "\n-- \nАйгерім Сүлейменова\nкоммуникация жөніндегі маман, ЮНИСЕФ\n+7 701 000 00 00\nasuleimenova@unicef.org\n"
            ),
            "{text}"
        );
        let html = message.body_html(0).unwrap();
        assert!(html.contains(greeting) && html.contains("class=\"signature\""));
        assert_eq!(html.matches("Эмбарго").count(), 1, "{html}");
    }

    // Without an embargo, the subject is the headline alone.
    let dir = tempfile::tempdir().unwrap();
    let paths = drafts(dir.path(), "conference-en");
    let bytes = std::fs::read(&paths[0]).unwrap();
    let message = mail_parser::MessageParser::default().parse(&bytes).unwrap();
    assert_eq!(
        message.subject(),
        Some("Journalists from five countries meet in Tashkent to talk about safety online")
    );
    let text = message.body_text(0).unwrap().replace("\r\n", "\n");
    assert!(
        text.starts_with("Dear Айгерім,\n\nPlease find below our press release"),
        "{text}"
    );
}

/// What Python's `email` reads from each draft, in its compat32 and default policies:
/// per draft, the From, To and Subject as each policy gives them, and whether they agree.
const PYTHON: &str = r#"
import sys, json, email, re
from email import policy
from email.header import decode_header, make_header
from email.utils import parseaddr
out = []
for path in sys.argv[1:]:
    raw = open(path, 'rb').read()
    old = email.message_from_bytes(raw, policy=policy.compat32)
    new = email.message_from_bytes(raw, policy=policy.default)
    row = {}
    for h in ['From', 'To', 'Reply-To']:
        a = parseaddr(str(make_header(decode_header(old[h]))))
        b = new[h].addresses[0]
        row[h] = [list(a), [b.display_name, b.addr_spec]]
    # compat32 leaves a folded plain header folded: unfold it as RFC 5322 says.
    unfold = lambda v: re.sub(r'\r?\n(?=[ \t])', '', str(v))
    row['Subject'] = [unfold(make_header(decode_header(old['Subject']))), str(new['Subject'])]
    row['X-Unsent'] = [old['X-Unsent'], str(new['X-Unsent'])]
    out.append(row)
print(json.dumps(out, ensure_ascii=False))
"#;

#[test]
fn python_reads_the_same_headers_in_both_policies() {
    let Ok(version) = std::process::Command::new("python3")
        .arg("--version")
        .output()
    else {
        skip("python3 is not installed");
        return;
    };
    assert!(version.status.success());
    for stem in ["conference-kk", "conference-ru", "conference-en"] {
        let dir = tempfile::tempdir().unwrap();
        let paths = drafts(dir.path(), stem);
        let out = std::process::Command::new("python3")
            .arg("-c")
            .arg(PYTHON)
            .args(&paths)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let read: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        for (path, row) in paths.iter().zip(read.as_array().unwrap()) {
            let bytes = std::fs::read(path).unwrap();
            let message = mail_parser::MessageParser::default().parse(&bytes).unwrap();
            for (header, pair) in row.as_object().unwrap() {
                assert_eq!(pair[0], pair[1], "{stem}: {header} read two ways");
            }
            // And the same as the Rust reader.
            assert_eq!(row["Subject"][0], message.subject().unwrap());
            let to = message.to().and_then(|a| a.first()).unwrap();
            assert_eq!(row["To"][0][0], to.name().unwrap());
            assert_eq!(row["X-Unsent"][0], "1");
        }
    }
}
