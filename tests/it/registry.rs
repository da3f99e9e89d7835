//! The registry of documents (`presskit::documents::registry`) is the oracle: what the
//! binary writes into the output folder, `press-kit.zip`, the drafts' attachments and
//! the archive is what the registry's entries declare, for each sample of `data/`.

use std::path::Path;

use crate::common::{self, presskit, stderr};
use presskit::documents::registry::{self, Archived, Mail};

/// The three samples, copied into a fresh folder with their assets and translations.
fn samples() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    for entry in std::fs::read_dir(&data).unwrap().flatten() {
        let path = entry.path();
        if path.is_file() {
            std::fs::copy(&path, dir.path().join(entry.file_name())).unwrap();
        }
    }
    let assets = dir.path().join("assets");
    std::fs::create_dir_all(&assets).unwrap();
    for entry in std::fs::read_dir(data.join("assets")).unwrap().flatten() {
        std::fs::copy(entry.path(), assets.join(entry.file_name())).unwrap();
    }
    dir
}

/// The stems of the samples' briefings (not their translations).
fn stems(dir: &Path) -> Vec<String> {
    presskit::batch::briefing_files(&[dir.to_path_buf()])
        .unwrap()
        .iter()
        .map(|f| f.file_stem().unwrap().to_string_lossy().into_owned())
        .collect()
}

/// Whether `name` is a translation's copy (`press-release.kk.pdf`).
fn translated(name: &str) -> bool {
    name.split('.').count() > 2
}

#[test]
fn the_output_folder_the_zip_and_the_count_are_what_the_registry_declares() {
    let dir = samples();
    let out = presskit(dir.path(), &["build", ".", "-o", "out"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let mut total = 0;
    for stem in stems(dir.path()) {
        let folder = dir.path().join("out").join(&stem);
        let mut files: Vec<String> = std::fs::read_dir(&folder)
            .unwrap()
            .flatten()
            .filter(|e| e.path().is_file())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| !n.starts_with('.'))
            .collect();
        total += files.len();
        files.retain(|n| !translated(n));
        files.sort();
        let mut expected: Vec<String> =
            common::registry_files(&dir.path().join(format!("{stem}.toml")))
                .into_iter()
                .map(String::from)
                .collect();
        expected.sort();
        assert_eq!(files, expected, "{stem}");
        // The zip carries the bundled documents, in the registry's order, then photos.
        let zip = std::fs::File::open(folder.join(registry::BUNDLE.file)).unwrap();
        let mut zip = zip::ZipArchive::new(zip).unwrap();
        let documents: Vec<String> = (0..zip.len())
            .map(|i| zip.by_index(i).unwrap().name().unwrap().to_string())
            .filter(|n| !n.starts_with("photos/") && n != "captions.txt")
            .collect();
        let bundled: Vec<&str> = registry::bundled().map(|d| d.file).collect();
        assert_eq!(documents, bundled, "{stem}: the zip's documents, in order");
    }
    // The closing line counts every file written, translations included.
    assert!(
        err.contains(&format!("built 3 briefings, {total} documents")),
        "{total}: {err}"
    );
}

#[test]
fn drafts_attach_and_the_archive_keeps_what_the_registry_declares() {
    let dir = samples();
    let stem = "astana-2017-06-22-kk";
    std::fs::write(
        dir.path().join("list.csv"),
        "name,email\nAigerim Ospanova,a@example.kz\n",
    )
    .unwrap();
    for (attach_kit, args) in [
        (
            false,
            vec![
                "mail",
                "astana-2017-06-22-kk.toml",
                "--media-list",
                "list.csv",
            ],
        ),
        (
            true,
            vec![
                "mail",
                "astana-2017-06-22-kk.toml",
                "--media-list",
                "list.csv",
                "--attach-kit",
            ],
        ),
    ] {
        let out = presskit(dir.path(), &args);
        assert!(out.status.success(), "{}", stderr(&out));
        let draft = std::fs::read_dir(dir.path().join("out").join(stem).join("mail"))
            .unwrap()
            .flatten()
            .map(|e| std::fs::read(e.path()).unwrap())
            .next()
            .expect("a draft");
        let message = mail_parser::MessageParser::default().parse(&draft).unwrap();
        use mail_parser::MimeHeaders;
        let attached: Vec<String> = message
            .attachments()
            .filter_map(|a| a.attachment_name().map(String::from))
            .collect();
        let expected: Vec<String> = registry::mailed(attach_kit)
            .filter(|d| d.mail != Mail::Body)
            .map(|d| d.file.to_string())
            .collect();
        assert_eq!(attached, expected, "--attach-kit {attach_kit}");
    }
    let out = presskit(
        dir.path(),
        &["archive", "astana-2017-06-22-kk.toml", "--to", "archive"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let mut archived: Vec<String> = std::fs::read_dir(dir.path().join("archive").join(stem))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".pdf"))
        .collect();
    archived.sort();
    let briefing = dir.path().join("astana-2017-06-22-kk.toml");
    let made = common::registry_files(&briefing);
    let mut expected: Vec<String> = registry::DOCUMENTS
        .iter()
        .filter(|d| d.archived != Archived::No && made.contains(&d.file))
        .map(|d| d.file.to_string())
        .collect();
    expected.sort();
    assert_eq!(archived, expected);
    assert!(expected.iter().any(|f| f == registry::catalogued().file));
}
