//! Files and folders under a hostile run (issue 34), through the real binary: no archive
//! command follows a link out of the archive nor writes the manifest, the mail folder
//! holds the drafts of the last run only, `import` keeps a briefing's link and mode,
//! `captions.txt` cannot be faked, and `extract -o` lets no attachment replace another.

use crate::common;

use common::{REFERENCE, presskit, stderr};
use sha2::Digest;
use std::path::Path;

/// Copies the reference briefing into `dir` as `name` and archives it into `to`.
fn archive(dir: &Path, name: &str, to: &str) {
    std::fs::copy(REFERENCE, dir.join(name)).unwrap();
    let out = presskit(dir, &["archive", name, "--to", to]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn no_archive_command_follows_a_link_out_of_the_archive() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    archive(d, "b.toml", "archive");
    // A complete archived folder outside the archive, linked into it under its own name.
    archive(d, "c.toml", "outside");
    std::os::unix::fs::symlink("../outside/c", d.join("archive/c")).unwrap();
    let bios = d.join("outside/c/speaker-bios.pdf");
    std::fs::remove_file(&bios).unwrap();
    // And a document of the archive's own folder replaced by a link to a file outside.
    std::fs::write(d.join("outside/victim.pdf"), "not a PDF of the archive").unwrap();
    let tents = d.join("archive/b/name-tents.pdf");
    std::fs::remove_file(&tents).unwrap();
    std::os::unix::fs::symlink("../../outside/victim.pdf", &tents).unwrap();
    let outside_before = common::snapshot(&d.join("outside"));

    let out = presskit(d, &["verify", "archive"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(
            "archive/c: error: is a symbolic link (to ../outside/c), not part of the archive"
        ),
        "{err}"
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("verified 2 briefings: 0 intact, 2 damaged"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(
        !err.contains("speaker-bios"),
        "verify read through the link: {err}"
    );
    assert!(
        err.contains("name-tents.pdf has been replaced: it is now a symbolic link"),
        "{err}"
    );

    let out = presskit(d, &["verify", "archive", "--repair"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(!bios.exists(), "repair wrote through the link");
    assert!(
        common::snapshot(&d.join("outside")) == outside_before,
        "repair changed the link's target"
    );
    // The linked document is made again in its folder, in place of the link.
    assert!(std::fs::symlink_metadata(&tents).unwrap().is_file());
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("verified 2 briefings: 1 intact, 1 damaged, 1 repaired"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    // The report and the index count the archive's own folder only.
    let out = presskit(d, &["report", "archive", "-o", "r.pdf", "--csv", "r.csv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let csv = std::fs::read_to_string(d.join("r.csv")).unwrap();
    assert!(csv.contains("\nBriefings held,1,\n"), "{csv}");
    // Archiving into the linked name never writes through it either.
    let out = presskit(d, &["archive", "c.toml", "--to", "archive"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("is a symbolic link"),
        "{}",
        stderr(&out)
    );
    assert!(common::snapshot(&d.join("outside")) == outside_before);
}

#[test]
fn repair_never_writes_the_manifest_even_when_it_lists_itself() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    archive(d, "b.toml", "archive");
    let manifest = d.join("archive/b/MANIFEST.sha256");
    let genuine = std::fs::read(&manifest).unwrap();
    // The line a rebuild's manifest would match: before, repair wrote the manifest back.
    let hash: String = sha2::Sha256::digest(&genuine)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let mut tampered = genuine.clone();
    tampered.extend(format!("{hash}  MANIFEST.sha256\n").bytes());
    std::fs::write(&manifest, &tampered).unwrap();
    std::fs::remove_file(d.join("archive/b/name-tents.pdf")).unwrap();

    let out = presskit(d, &["verify", "archive"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("the manifest lists `MANIFEST.sha256`, which is not an archived file"),
        "{err}"
    );
    let out = presskit(d, &["verify", "archive", "--repair"]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("restored archive/b/name-tents.pdf"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(
        std::fs::read(&manifest).unwrap(),
        tampered,
        "repair wrote the manifest"
    );
    // Still damaged: its manifest was tampered with, and only a person can say how.
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
}

#[test]
fn extract_restores_no_pdf_whose_attachments_share_a_name() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    archive(d, "b.toml", "archive");
    // The briefing attached twice, as two file specifications of one name, each with its
    // own stream (one object named twice is refused before, as a repeated reference):
    // which one would be restored?
    let mut pdf = lopdf::Document::load(d.join("archive/b/press-release.pdf")).unwrap();
    let af = pdf.catalog().unwrap().get(b"AF").unwrap().clone();
    let af_array = |pdf: &mut lopdf::Document| -> Vec<lopdf::Object> {
        match af.as_reference() {
            Ok(id) => pdf.get_object(id).unwrap().as_array().unwrap().clone(),
            Err(_) => af.as_array().unwrap().clone(),
        }
    };
    let first = af_array(&mut pdf)[0].as_reference().unwrap();
    let mut spec = pdf.get_object(first).unwrap().as_dict().unwrap().clone();
    let mut ef = spec.get(b"EF").unwrap().as_dict().unwrap().clone();
    let stream = pdf
        .get_object(ef.get(b"F").unwrap().as_reference().unwrap())
        .unwrap()
        .clone();
    ef.set("F", pdf.add_object(stream));
    spec.set("EF", ef);
    let copy = pdf.add_object(spec);
    let mut files = af_array(&mut pdf);
    files.push(lopdf::Object::Reference(copy));
    match af.as_reference() {
        Ok(id) => *pdf.get_object_mut(id).unwrap() = lopdf::Object::Array(files),
        Err(_) => pdf.catalog_mut().unwrap().set("AF", files),
    }
    pdf.save(d.join("twice.pdf")).unwrap();

    let out = presskit(d, &["extract", "twice.pdf", "-o", "restored"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("twice.pdf: error: the PDF carries two attachments named `b.toml`"),
        "{err}"
    );
    assert!(!d.join("restored").exists(), "something was restored");
    // The archived PDF itself restores as before.
    let out = presskit(
        d,
        &["extract", "archive/b/press-release.pdf", "-o", "restored"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        std::fs::read(d.join("restored/b.toml")).unwrap(),
        std::fs::read(REFERENCE).unwrap()
    );
}

/// The reference briefing with a release contact address (the drafts' sender).
fn with_sender() -> String {
    let text = std::fs::read_to_string(REFERENCE).unwrap();
    let from = "organization = \"IOM\" }";
    assert!(text.contains(from));
    text.replacen(
        from,
        "organization = \"IOM\", email = \"aalikova@iom.int\" }",
        1,
    )
}

/// The names in `folder`, sorted.
fn names(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_mail_folder_holds_exactly_the_drafts_of_the_last_run() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("b.toml"), with_sender()).unwrap();
    let mail = |list: &str| {
        std::fs::write(d.join("list.csv"), list).unwrap();
        let out = presskit(
            d,
            &["mail", "b.toml", "--media-list", "list.csv", "-o", "out"],
        );
        assert!(out.status.success(), "{}", stderr(&out));
    };
    mail("name,email\nAnn,ann@a.kz\nBob,bob@b.kz\nCem,cem@c.kz\n");
    let folder = d.join("out/b/mail");
    assert_eq!(
        names(&folder),
        ["01-ann@a.kz.eml", "02-bob@b.kz.eml", "03-cem@c.kz.eml"]
    );
    // The user's own files, one named like a draft, stay.
    std::fs::write(folder.join("notes.txt"), "call Bob").unwrap();
    std::fs::write(
        folder.join("04-dan@d.kz.eml"),
        "From: me\r\n\r\nmy own draft\r\n",
    )
    .unwrap();
    // Bob is removed from the list: no draft of his may remain.
    mail("name,email\nAnn,ann@a.kz\nCem,cem@c.kz\n");
    assert_eq!(
        names(&folder),
        [
            "01-ann@a.kz.eml",
            "02-cem@c.kz.eml",
            "04-dan@d.kz.eml",
            "notes.txt"
        ]
    );
    let cem = std::fs::read_to_string(folder.join("02-cem@c.kz.eml")).unwrap();
    assert!(cem.contains("To: \"Cem\" <cem@c.kz>"), "{cem}");
    assert!(
        names(&d.join("out/b"))
            .iter()
            .all(|n| !n.ends_with(".part") && !n.ends_with(".old"))
    );
}

#[test]
fn import_writes_through_a_link_keeps_the_mode_and_removes_a_killed_runs_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let briefing = d.join("almaty.toml");
    std::fs::copy(REFERENCE, &briefing).unwrap();
    std::fs::set_permissions(&briefing, std::fs::Permissions::from_mode(0o600)).unwrap();
    std::os::unix::fs::symlink("almaty.toml", d.join("link.toml")).unwrap();
    // A killed import's temporary file, and one a running import holds.
    let dead = d.join(".presskit-rewrite-dead.part");
    std::fs::write(&dead, "half a briefing").unwrap();
    let alive = d.join(".presskit-rewrite-alive.part");
    std::fs::write(&alive, "a briefing being written").unwrap();
    let held = std::fs::File::open(&alive).unwrap();
    held.lock().unwrap();
    std::fs::write(
        d.join("cov.csv"),
        "outlet,headline,date\nCaravan,Migrants in Almaty,2016-12-23\n",
    )
    .unwrap();

    let out = presskit(d, &["import", "coverage", "cov.csv", "--into", "link.toml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let link = std::fs::symlink_metadata(d.join("link.toml")).unwrap();
    assert!(
        link.file_type().is_symlink(),
        "the link was replaced by a file"
    );
    let text = std::fs::read_to_string(&briefing).unwrap();
    assert!(text.contains("headline = \"Migrants in Almaty\""), "{text}");
    let mode = std::fs::metadata(&briefing).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "the briefing's mode is now {mode:o}");
    assert!(!dead.exists(), "a killed import's file is still there");
    assert!(alive.exists(), "a running import's file was removed");
    drop(held);
    assert_eq!(
        names(d),
        [
            ".presskit-rewrite-alive.part",
            "almaty.toml",
            "cov.csv",
            "link.toml"
        ]
    );
}

#[test]
fn captions_cannot_fake_entries_of_captions_txt() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut text = std::fs::read_to_string(REFERENCE).unwrap();
    text.push_str(
        "\n[[photos]]\nfile = \"p.png\"\ncaption = \"Journalists\\u0000\\nphotos/02-fake.png\\nFake caption\\r\\n\\nphotos/03-more.png\"\ncredit = \"Photo: A. Name\\n/ IOM\"\nalt = \"Journalists at the briefing\"\n",
    );
    std::fs::write(d.join("b.toml"), text).unwrap();
    std::fs::write(d.join("p.png"), common::images::png(8, 8)).unwrap();
    let out = presskit(d, &["build", "b.toml", "-o", "out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let zip = std::fs::File::open(d.join("out/b/press-kit.zip")).unwrap();
    let mut zip = zip::ZipArchive::new(zip).unwrap();
    let mut captions = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("captions.txt").unwrap(), &mut captions)
        .unwrap();
    // One entry: its name, its caption and its credit on a line each, then a blank line.
    let lines: Vec<&str> = captions.split('\n').collect();
    assert_eq!(lines.len(), 5, "{captions:?}");
    assert!(
        lines[0].starts_with("photos/01-journalists-"),
        "{captions:?}"
    );
    assert_eq!(
        lines[1..],
        [
            "Journalists photos/02-fake.png Fake caption photos/03-more.png",
            "Photo: A. Name / IOM",
            "",
            ""
        ]
    );
}
