//! One press kit for Linux and Windows alike: names Windows cannot hold refused before
//! anything is written (the folder would not copy to a colleague's PC), a briefing saved
//! with Windows line endings read as the same briefing, and a `press-kit.zip` that does
//! not record the system it was made on. The Windows build itself runs under Wine in
//! `.ci/windows`, which compares its outputs with these byte for byte.

use zip::HasZipMetadata;

use crate::common::{REFERENCE, presskit, snapshot, stderr};

#[test]
fn a_briefing_named_as_a_windows_device_or_with_a_trailing_space_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(REFERENCE).unwrap();
    for (file, why) in [
        (
            "aux.toml",
            "aux.toml: error: this file name cannot name an output folder: Windows keeps the name AUX for a device, with any extension, so no file or folder can be called `aux` there",
        ),
        (
            "Con.toml",
            "Con.toml: error: this file name cannot name an output folder: Windows keeps the name CON for a device",
        ),
        (
            "riga .toml",
            "riga .toml: error: this file name cannot name an output folder: it ends with a dot or a space, which Windows drops from a file name",
        ),
        (
            "q&a: 2027.toml",
            "q&a: 2027.toml: error: this file name cannot name an output folder: it holds `:`, which Windows does not allow in a file name",
        ),
    ] {
        std::fs::write(dir.path().join(file), &text).unwrap();
        for command in ["build", "archive"] {
            let out = presskit(dir.path(), &[command, file]);
            assert_eq!(out.status.code(), Some(1), "{command} {file}");
            let err = stderr(&out);
            assert!(err.starts_with(why), "{command} {file}: {err}");
            assert!(
                err.contains("hint: rename the briefing file"),
                "{command} {file}: {err}"
            );
        }
        std::fs::remove_file(dir.path().join(file)).unwrap();
        assert!(!dir.path().join("out").exists(), "{file}: out/ written");
        assert!(
            !dir.path().join("archive").exists(),
            "{file}: archive/ written"
        );
    }
}

#[test]
fn init_refuses_a_name_windows_keeps_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = presskit(dir.path(), &["init", "data/nul.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("Windows keeps the name NUL for a device"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("data/nul.toml").exists());
    let out = presskit(dir.path(), &["init", "data/nullarbor.toml"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_briefing_saved_with_windows_line_endings_makes_the_same_documents() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(REFERENCE).unwrap();
    for (side, text) in [("lf", text.clone()), ("crlf", text.replace('\n', "\r\n"))] {
        std::fs::create_dir_all(dir.path().join(side)).unwrap();
        std::fs::write(dir.path().join(side).join("almaty-2016-12-22.toml"), text).unwrap();
        let out = presskit(
            &dir.path().join(side),
            &["build", "almaty-2016-12-22.toml", "-o", "out"],
        );
        assert!(out.status.success(), "{side}: {}", stderr(&out));
    }
    let documents = |side: &str| {
        snapshot(&dir.path().join(side).join("out/almaty-2016-12-22"))
            .into_iter()
            .filter(|(name, _)| !name.ends_with(".presskit-record.json"))
            .collect::<Vec<_>>()
    };
    let (lf, crlf) = (documents("lf"), documents("crlf"));
    assert!(lf.len() >= 10, "{} documents", lf.len());
    for ((name, a), (other, b)) in lf.iter().zip(&crlf) {
        assert_eq!(name, other);
        assert!(a == b, "{}: CRLF changed the document", name.display());
    }
    assert_eq!(lf.len(), crlf.len());
}

#[test]
fn a_mistake_in_a_crlf_briefing_is_located_as_in_the_lf_one_without_its_carriage_return() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(REFERENCE)
        .unwrap()
        .replace("date = 2016-12-22", "date = 22.12.2016");
    assert!(text.contains("date = 22.12.2016"));
    std::fs::write(dir.path().join("lf.toml"), &text).unwrap();
    std::fs::write(dir.path().join("crlf.toml"), text.replace('\n', "\r\n")).unwrap();
    let lf = stderr(&presskit(dir.path(), &["check", "lf.toml"]));
    let out = presskit(dir.path(), &["check", "crlf.toml"]);
    assert_eq!(out.status.code(), Some(1));
    let crlf = stderr(&out);
    assert!(
        lf.starts_with("lf.toml:") && lf.contains("dates are written"),
        "{lf}"
    );
    assert_eq!(crlf, lf.replace("lf.toml:", "crlf.toml:"));
    assert!(!crlf.contains('␍') && !crlf.contains('\r'), "{crlf:?}");
}

#[test]
fn the_press_page_zip_records_unix_as_its_system_wherever_it_is_made() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(REFERENCE, dir.path().join("almaty-2016-12-22.toml")).unwrap();
    let folder = crate::common::build_reference(dir.path());
    let bytes = std::fs::read(folder.join("press-kit.zip")).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.clone())).unwrap();
    assert!(zip.len() >= 4, "{} entries", zip.len());
    for i in 0..zip.len() {
        let entry = zip.by_index(i).unwrap();
        assert_eq!(
            entry.get_metadata().system,
            zip::System::Unix,
            "{:?}",
            entry.name()
        );
        assert_eq!(entry.unix_mode(), Some(0o100644), "{:?}", entry.name());
    }
    // Each central directory entry ("PK\1\2") starts with "version made by": its high
    // byte is the system, 3 for Unix (the zip crate would write 0, MS-DOS, on Windows).
    let made_by: Vec<u8> = bytes
        .windows(6)
        .filter(|w| w[..4] == *b"PK\x01\x02")
        .map(|w| w[5])
        .collect();
    assert_eq!(made_by, vec![3; zip.len()]);
}
