//! One press kit for Linux and Windows alike: names Windows cannot hold refused before
//! anything is written (the folder would not copy to a colleague's PC), a briefing saved
//! with Windows line endings read as the same briefing, and a `press-kit.zip` that does
//! not record the system it was made on. The Windows build itself runs under Wine in
//! `.ci/windows`, which compares its outputs with these byte for byte.

use zip::HasZipMetadata;

use crate::common::{REFERENCE, Test, snapshot};

#[test]
fn a_briefing_named_as_a_windows_device_or_with_a_trailing_space_writes_nothing() {
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
        for command in ["build", "archive"] {
            let ran = Test::new()
                .file(file, &text)
                .args([command, file])
                .status(1)
                .stderr_starts_with(why)
                .stderr_has("hint: rename the briefing file")
                .run();
            assert!(!ran.path("out").exists(), "{command} {file}: out/ written");
            assert!(
                !ran.path("archive").exists(),
                "{command} {file}: archive/ written"
            );
        }
    }
}

#[test]
fn init_refuses_a_name_windows_keeps_and_writes_nothing() {
    let ran = Test::new()
        .args(["init", "data/nul.toml"])
        .status(1)
        .stderr_has("Windows keeps the name NUL for a device")
        .run();
    assert!(!ran.path("data/nul.toml").exists());
    let ran = Test::new().args(["init", "data/nullarbor.toml"]).run();
    assert!(ran.path("data/nullarbor.toml").exists());
}

#[test]
fn a_briefing_saved_with_windows_line_endings_makes_the_same_documents() {
    let text = std::fs::read_to_string(REFERENCE).unwrap();
    let documents = |text: &str| {
        let ran = Test::new()
            .file("almaty-2016-12-22.toml", text)
            .args(["build", "almaty-2016-12-22.toml", "-o", "out"])
            .run();
        snapshot(&ran.path("out/almaty-2016-12-22"))
            .into_iter()
            .filter(|(name, _)| !name.ends_with(".presskit-record.json"))
            .collect::<Vec<_>>()
    };
    let (lf, crlf) = (documents(&text), documents(&text.replace('\n', "\r\n")));
    assert!(lf.len() >= 10, "{} documents", lf.len());
    for ((name, a), (other, b)) in lf.iter().zip(&crlf) {
        assert_eq!(name, other);
        assert!(a == b, "{}: CRLF changed the document", name.display());
    }
    assert_eq!(lf.len(), crlf.len());
}

#[test]
fn a_mistake_in_a_crlf_briefing_is_located_as_in_the_lf_one_without_its_carriage_return() {
    let text = std::fs::read_to_string(REFERENCE)
        .unwrap()
        .replace("date = 2016-12-22", "date = 22.12.2016");
    assert!(text.contains("date = 22.12.2016"));
    let lf = Test::new()
        .file("lf.toml", &text)
        .args(["check", "lf.toml"])
        .status(1)
        .stderr_starts_with("lf.toml:")
        .stderr_has("dates are written")
        .run()
        .stderr;
    let crlf = Test::new()
        .file("crlf.toml", text.replace('\n', "\r\n"))
        .args(["check", "crlf.toml"])
        .status(1)
        .run()
        .stderr;
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
