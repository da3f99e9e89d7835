//! Names Windows does not allow (`aux.svg`, `CON.toml`), met where a user meets them
//! (issue 35): a briefing that names such a file is refused at its key before anything
//! is archived that no Windows PC could restore, and `extract` names the attachment it
//! cannot restore rather than a temporary file it could not write.

use crate::common;

use common::{REFERENCE, command, presskit, stderr};
use std::path::Path;

/// The Kazakh sample, with its logo saved as `assets/aux.svg`, in `dir` as `b.toml`.
fn with_device_named_logo(dir: &Path) {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    std::fs::create_dir(dir.join("assets")).unwrap();
    std::fs::copy(sample.join("assets/logo.svg"), dir.join("assets/aux.svg")).unwrap();
    let text = std::fs::read_to_string(sample.join("astana-2017-06-22-kk.toml")).unwrap();
    assert!(text.contains("logo = \"assets/logo.svg\""));
    let text = text.replace("logo = \"assets/logo.svg\"", "logo = \"assets/aux.svg\"");
    std::fs::write(dir.join("b.toml"), text).unwrap();
}

#[test]
fn a_file_named_for_a_device_is_refused_at_its_key_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    with_device_named_logo(d);
    let line = std::fs::read_to_string(d.join("b.toml"))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("logo = "))
        .unwrap()
        + 1;
    for (lang, error, hint) in [
        ("en", "error", "hint: rename the file"),
        ("ru", "ошибка", "подсказка: переименуйте файл"),
        ("kk", "қате", "кеңес: файлдың атын өзгертіңіз"),
    ] {
        let out = command(d, &["archive", "b.toml", "--to", "archive"])
            .env("PRESSKIT_LANG", lang)
            .output()
            .unwrap();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{lang}: {err}");
        assert!(
            err.contains(&format!("b.toml:{line}:8: {error}: ")),
            "{lang}: not located at the logo: {err}"
        );
        assert!(err.contains("`aux.svg`"), "{lang}: {err}");
        assert!(
            err.contains(hint) && err.contains("`logo`"),
            "{lang}: {err}"
        );
        assert!(
            !d.join("archive").exists(),
            "{lang}: an archive was written"
        );
    }
}

#[test]
fn extract_names_an_attachment_windows_could_not_hold_and_restores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::copy(REFERENCE, d.join("b.toml")).unwrap();
    let out = presskit(d, &["archive", "b.toml", "--to", "archive"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // The attached briefing renamed `CON.toml`, as an archive made by hand could name it.
    let mut pdf = lopdf::Document::load(d.join("archive/b/press-release.pdf")).unwrap();
    let mut renamed = 0;
    for object in pdf.objects.values_mut() {
        let Ok(dict) = object.as_dict_mut() else {
            continue;
        };
        let filespec = dict.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"Filespec");
        let name = dict.get(b"UF").or_else(|_| dict.get(b"F"));
        if filespec && name.is_ok_and(names_the_briefing) {
            dict.set("UF", lopdf::Object::string_literal("CON.toml"));
            dict.set("F", lopdf::Object::string_literal("CON.toml"));
            renamed += 1;
        }
    }
    assert_eq!(renamed, 1, "the briefing's attachment was not found");
    pdf.save(d.join("con.pdf")).unwrap();

    let out = presskit(d, &["extract", "con.pdf", "-o", "restored"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(
            "con.pdf: error: an attachment is named `CON.toml`, which Windows does not allow; nothing restored"
        ),
        "{err}"
    );
    assert!(
        err.contains("save that attachment under another name"),
        "{err}"
    );
    assert!(!d.join("restored").exists(), "something was restored");
}

/// Whether a file specification's name is `b.toml`, in PDFDocEncoding or UTF-16BE.
fn names_the_briefing(name: &lopdf::Object) -> bool {
    let utf16: Vec<u8> = "b.toml".encode_utf16().flat_map(u16::to_be_bytes).collect();
    matches!(name, lopdf::Object::String(bytes, _) if bytes.ends_with(b"b.toml") || bytes.ends_with(&utf16))
}
