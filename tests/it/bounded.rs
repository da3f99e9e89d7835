//! Sheets made to exhaust memory, through the real binary under `--max-memory 256`:
//! `import` and `mail --media-list` end quickly with an error naming the file, the sheet
//! and the cell, never at the memory limit; cells too long, formula errors and numbers in
//! the place of names are told at their cell; the briefing is left as it was.

use crate::common;

use common::{REFERENCE, presskit, stderr};

use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

/// An XLSX workbook of one sheet `Sheet1` whose `<sheetData>` (and `<dimension>`, if
/// any) is `sheet`, with `shared` as its shared strings when given.
pub(crate) fn xlsx(sheet: &str, shared: Option<&str>) -> Vec<u8> {
    let sheet = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{sheet}</worksheet>"#
    );
    let mut files = vec![
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#.to_string(),
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_string(),
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#.to_string(),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#.to_string(),
        ),
        ("xl/worksheets/sheet1.xml", sheet),
    ];
    if let Some(shared) = shared {
        files.push((
            "xl/sharedStrings.xml",
            format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{shared}"#),
        ));
    }
    zip_of(&files, zip::CompressionMethod::Deflated)
}

/// An ODS workbook of one sheet `Лист1` whose rows are `rows` (ODS markup).
fn ods(rows: &str) -> Vec<u8> {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Лист1">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    zip_of(
        &[
            (
                "mimetype",
                "application/vnd.oasis.opendocument.spreadsheet".to_string(),
            ),
            ("META-INF/manifest.xml", manifest.to_string()),
            ("content.xml", content),
        ],
        zip::CompressionMethod::Stored,
    )
}

/// A zip file of `files`, by name and text.
fn zip_of(files: &[(&str, String)], method: zip::CompressionMethod) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(method);
    for (name, text) in files {
        zip.start_file(*name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// Replaces the declared unpacked size of the zip entry `name` (in its local and
/// central headers) with `size`, as a crafted file would declare it.
pub(crate) fn declare_size(zip: &mut [u8], name: &str, size: u32) {
    let mut patched = 0;
    for (signature, offset) in [(b"PK\x03\x04", 22), (b"PK\x01\x02", 24)] {
        let header_name = if offset == 22 { 26 } else { 28 };
        let name_at = if offset == 22 { 30 } else { 46 };
        for at in 0..zip.len().saturating_sub(name_at + name.len()) {
            if &zip[at..at + 4] == signature
                && u16::from_le_bytes([zip[at + header_name], zip[at + header_name + 1]]) as usize
                    == name.len()
                && &zip[at + name_at..at + name_at + name.len()] == name.as_bytes()
            {
                zip[at + offset..at + offset + 4].copy_from_slice(&size.to_le_bytes());
                patched += 1;
            }
        }
    }
    assert_eq!(patched, 2, "{name} patched in both headers");
}

/// A folder with the reference briefing (given a sender's address) as `b.toml`.
fn with_briefing() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let briefing = std::fs::read_to_string(REFERENCE).unwrap().replacen(
        "[organization]\n",
        "[organization]\nemail = \"press@iom.int\"\n",
        1,
    );
    std::fs::write(dir.path().join("b.toml"), briefing).unwrap();
    dir
}

/// A folder with the reference briefing as `b.toml` and `file` holding `bytes`.
fn with_sheet(file: &str, bytes: &[u8]) -> tempfile::TempDir {
    let dir = with_briefing();
    std::fs::write(dir.path().join(file), bytes).unwrap();
    dir
}

/// Runs `import attendance FILE` and `mail --media-list FILE` on `bytes` under a 256 MiB
/// limit: each must end with status 1 within 30 s, its message naming `file` and
/// containing every one of `told`, never the memory limit, and the briefing unchanged.
pub(crate) fn refused_by_both(file: &str, bytes: &[u8], told: &[&str]) {
    let dir = with_sheet(file, bytes);
    let before = std::fs::read(dir.path().join("b.toml")).unwrap();
    let commands: [&[&str]; 2] = [
        &["import", "attendance", file, "--into", "b.toml"],
        &["mail", "b.toml", "--media-list", file, "-o", "out"],
    ];
    for args in commands {
        let mut args = args.to_vec();
        args.extend(["--max-memory", "256"]);
        let started = Instant::now();
        let out = presskit(dir.path(), &args);
        let took = started.elapsed();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(took < Duration::from_secs(30), "{args:?} took {took:?}");
        assert!(!err.contains("--max-memory allows"), "{args:?}: {err}");
        assert!(err.contains(file), "{args:?} does not name the file: {err}");
        for words in told {
            assert!(
                err.contains(words),
                "{args:?} does not say `{words}`: {err}"
            );
        }
        assert_eq!(std::fs::read(dir.path().join("b.toml")).unwrap(), before);
        assert!(!dir.path().join("out").exists(), "{args:?} wrote drafts");
    }
}

#[test]
fn cells_at_the_first_and_last_places_of_a_sheet_are_told_at_the_far_one() {
    let sheet = r#"<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c></row><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>"#;
    refused_by_both(
        "far.xlsx",
        &xlsx(sheet, None),
        &["Sheet1!XFD1048576", "column 16384", "at most 1000 columns"],
    );
}

#[test]
fn a_dimension_of_160_thousand_rows_by_a_thousand_columns_allocates_nothing() {
    // The sheet says it spans A1:ALL160000 and holds a few cells: the box is never made.
    let sheet = r#"<dimension ref="A1:ALL160000"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c><c r="B1" t="inlineStr"><is><t>email</t></is></c></row><row r="160000"><c r="ALL160000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>"#;
    let dir = with_sheet("wide.xlsx", &xlsx(sheet, None));
    let started = Instant::now();
    let out = presskit(
        dir.path(),
        &[
            "mail",
            "b.toml",
            "--media-list",
            "wide.xlsx",
            "-o",
            "out",
            "--max-memory",
            "256",
        ],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(started.elapsed() < Duration::from_secs(30));
    // Read as the sheet is: its one row has no address, told at its first cell.
    assert!(
        err.contains("wide.xlsx: error: Sheet1!A160000: this row has no email address"),
        "{err}"
    );
}

#[test]
fn a_million_rows_written_once_in_an_ods_are_told_before_they_are_made() {
    let rows = r#"<table:table-row><table:table-cell office:value-type="string"><text:p>name</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>email</text:p></table:table-cell></table:table-row><table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="1000" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#;
    let book = ods(rows);
    assert!(book.len() < 2000, "{} bytes", book.len());
    refused_by_both(
        "repeated.ods",
        &book,
        &["Лист1!", "sheet `Лист1`", "1000000 cells"],
    );
    let wide = r#"<table:table-row><table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#;
    refused_by_both(
        "wide.ods",
        &ods(wide),
        &["Лист1!XFD1", "column 16384", "at most 1000 columns"],
    );
}

#[test]
fn a_shared_string_declared_five_gibibytes_long_is_refused_before_it_is_unpacked() {
    let sheet = r#"<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>"#;
    let shared = r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>name</t></si></sst>"#;
    let mut book = xlsx(sheet, Some(shared));
    // The most a zip header without its 64-bit extension says: 4 GiB less one byte.
    declare_size(&mut book, "xl/sharedStrings.xml", u32::MAX);
    refused_by_both(
        "huge.xlsx",
        &book,
        &["xl/sharedStrings.xml", "the texts of its cells", "4096 MiB"],
    );
    // Or a count of texts that would be reserved before one is read.
    let counted = r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="4000000000"><si><t>name</t></si></sst>"#;
    refused_by_both(
        "counted.xlsx",
        &xlsx(sheet, Some(counted)),
        &["declares 4000000000 texts"],
    );
    // A part that unpacks to more than it declared stops at what it declared.
    let mut lying = xlsx(
        sheet,
        Some(&format!(
            r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>{}</t></si></sst>"#,
            "x".repeat(1 << 20)
        )),
    );
    declare_size(&mut lying, "xl/sharedStrings.xml", 200);
    let dir = with_sheet("lying.xlsx", &lying);
    let out = presskit(
        dir.path(),
        &[
            "import",
            "attendance",
            "lying.xlsx",
            "--into",
            "b.toml",
            "--max-memory",
            "256",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("lying.xlsx: error: cannot read the spreadsheet"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_cell_too_long_is_told_at_its_row_and_column() {
    let long = "я".repeat(20_001);
    let sheet = r#"<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>outlet</t></is></c><c r="B1" t="inlineStr"><is><t>kind</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Khabar</t></is></c><c r="B2" t="s"><v>0</v></c></row></sheetData>"#;
    let shared = format!(
        r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>{long}</t></si></sst>"#
    );
    refused_by_both(
        "long.xlsx",
        &xlsx(sheet, Some(&shared)),
        &["long.xlsx: error: Sheet1!B2: this cell holds 20001 characters"],
    );
    // In a CSV file, at its line and column.
    let csv = format!("outlet,kind\nKhabar,TV\nCaravan,{long}\n");
    refused_by_both(
        "long.csv",
        csv.as_bytes(),
        &["long.csv:3:9:", "20001 characters"],
    );
}

#[test]
fn formula_errors_and_numbers_are_not_names_of_journalists_or_outlets() {
    let sheet = r#"<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>outlet</t></is></c><c r="B1" t="inlineStr"><is><t>name</t></is></c><c r="C1" t="inlineStr"><is><t>kind</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Khabar</t></is></c><c r="B2" t="e"><v>#REF!</v></c><c r="C2" t="inlineStr"><is><t>TV</t></is></c></row><row r="3"><c r="A3"><v>1e308</v></c><c r="B3" t="inlineStr"><is><t>Ivan Petrov</t></is></c><c r="C3" t="inlineStr"><is><t>TV</t></is></c></row></sheetData>"#;
    let dir = with_sheet("errors.xlsx", &xlsx(sheet, None));
    let before = std::fs::read(dir.path().join("b.toml")).unwrap();
    let out = presskit(
        dir.path(),
        &["import", "attendance", "errors.xlsx", "--into", "b.toml"],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("errors.xlsx: error: Sheet1!B2: `#REF!` is the error of a formula that failed, not a name"), "{err}");
    assert!(err.contains("errors.xlsx: error: Sheet1!A3: `100000000000000000000000…` has no letter: it is not a name"), "{err}");
    assert_eq!(std::fs::read(dir.path().join("b.toml")).unwrap(), before);
    // The same in a media list's names.
    let list = "name,email\n#N/A,a@example.org\n";
    std::fs::write(dir.path().join("list.csv"), list).unwrap();
    let out = presskit(
        dir.path(),
        &["mail", "b.toml", "--media-list", "list.csv", "-o", "out"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("list.csv:2:1: error: `#N/A` is the error of a formula"),
        "{}",
        stderr(&out)
    );
}

/// A media list of `rows` journalists (every tenth address repeating an earlier one).
fn media_list(rows: usize) -> String {
    let mut text = String::from("name,email,outlet\n");
    for i in 0..rows {
        let address = if i % 10 == 9 { i - 9 } else { i };
        text.push_str(&format!(
            "Journalist {i},j{address}@example.org,Outlet {}\n",
            i % 97
        ));
    }
    text
}

#[test]
fn a_media_list_is_read_in_time_linear_in_its_rows_and_its_size_is_checked_first() {
    let dir = with_briefing();
    std::fs::write(dir.path().join("big.csv"), media_list(100_000)).unwrap();
    let started = Instant::now();
    let out = presskit(
        dir.path(),
        &["mail", "b.toml", "--media-list", "big.csv", "-o", "out"],
    );
    let took = started.elapsed();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    // 100,000 rows, 90,000 addresses: the 10,001st address is on line 11,113.
    assert!(err.contains("big.csv:11113:1: error: the media list has 90000 journalists; presskit drafts at most 10000"), "{err}");
    assert!(took < Duration::from_secs(20), "{took:?}");
    assert!(!dir.path().join("out").exists());
    // Repeated addresses: the first hundred told at their place, the rest counted.
    let table =
        presskit::input::sheet::read_csv(Path::new("list.csv"), media_list(10_000).as_bytes())
            .unwrap();
    let started = Instant::now();
    let list =
        presskit::documents::mail::media_list(&table, &[presskit::vocab::Language::En]).unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(list.recipients.len(), 9_000);
    assert_eq!(list.warnings.len(), 101, "100 told and one count");
    assert!(
        list.warnings[0]
            .message
            .en()
            .contains("j0@example.org is listed twice")
    );
    assert!(
        list.warnings[100]
            .message
            .en()
            .contains("900 more rows repeat an address"),
        "{}",
        list.warnings[100].message
    );
}

/// 4 MiB of zeros, compressed (about 4 KiB).
fn compressed_zeros() -> Vec<u8> {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(&vec![0u8; 4 << 20]).unwrap();
    encoder.finish().unwrap()
}

/// A PDF whose `/AF` lists `specs` file specifications named `b.toml`: `files` distinct
/// embedded files of 4 MiB (compressed to 4 KiB), each specification naming one of them
/// in turn, and the array naming each specification `repeat` times.
fn attaching_pdf(specs: usize, files: usize, repeat: usize) -> Vec<u8> {
    use lopdf::{Object, Stream, dictionary};
    let mut doc = lopdf::Document::with_version("1.7");
    let zeros = compressed_zeros();
    let streams: Vec<_> = (0..files)
        .map(|_| {
            doc.add_object(Stream::new(
                dictionary! {"Type" => "EmbeddedFile", "Filter" => "FlateDecode"},
                zeros.clone(),
            ))
        })
        .collect();
    let mut af = Vec::new();
    for i in 0..specs {
        let spec = doc.add_object(dictionary! {
            "Type" => "Filespec",
            "F" => Object::string_literal("b.toml"),
            "UF" => Object::string_literal("b.toml"),
            "EF" => dictionary! {"F" => streams[i % files]},
        });
        af.extend(std::iter::repeat_n(Object::Reference(spec), repeat));
    }
    let pages = doc.add_object(dictionary! {"Type" => "Pages", "Kids" => vec![], "Count" => 0});
    let catalog = doc.add_object(dictionary! {"Type" => "Catalog", "Pages" => pages, "AF" => af});
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    bytes
}

#[test]
fn an_archived_pdf_naming_one_attachment_many_times_is_refused_and_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        // One specification named 1,200 times, as the hostile run's 12 KB PDF.
        ("same-spec.pdf", attaching_pdf(1, 1, 1200), "more than once"),
        // 1,200 specifications of one embedded file.
        ("same-file.pdf", attaching_pdf(1200, 1, 1), "more than once"),
        // 70 distinct files of 4 MiB: 280 MiB together.
        (
            "many.pdf",
            attaching_pdf(70, 70, 1),
            "decompress to more than 268435456 bytes together",
        ),
    ];
    for (name, pdf, told) in cases {
        assert!(pdf.len() < 400_000, "{name}: {} bytes", pdf.len());
        std::fs::write(dir.path().join(name), &pdf).unwrap();
        for args in [
            vec!["extract", name],
            vec!["extract", name, "-o", "restored"],
        ] {
            let mut args = args.clone();
            args.extend(["--max-memory", "1024"]);
            let started = Instant::now();
            let out = presskit(dir.path(), &args);
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
            assert!(err.contains(name) && err.contains(told), "{args:?}: {err}");
            assert!(!err.contains("--max-memory allows"), "{args:?}: {err}");
            assert!(started.elapsed() < Duration::from_secs(30), "{args:?}");
        }
    }
}

#[test]
fn a_folder_whose_pdf_decompresses_without_end_is_never_intact() {
    use sha2::Digest;
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(REFERENCE, dir.path().join("almaty-2016-12-22.toml")).unwrap();
    let out = presskit(
        dir.path(),
        &["archive", "almaty-2016-12-22.toml", "--to", "archive"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let folder = dir.path().join("archive/almaty-2016-12-22");
    // The bios replaced by a PDF naming one attachment 1,200 times, and the manifest
    // made to match, as a crafted folder would be.
    let bomb = attaching_pdf(1, 1, 1200);
    std::fs::write(folder.join("speaker-bios.pdf"), &bomb).unwrap();
    let manifest = std::fs::read_to_string(folder.join("MANIFEST.sha256")).unwrap();
    let digest: String = sha2::Sha256::digest(&bomb)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let manifest: String = manifest
        .lines()
        .map(|l| match l.split_once("  ") {
            Some((_, "speaker-bios.pdf")) => format!("{digest}  speaker-bios.pdf\n"),
            _ => format!("{l}\n"),
        })
        .collect();
    std::fs::write(folder.join("MANIFEST.sha256"), manifest).unwrap();
    let out = presskit(dir.path(), &["verify", "archive", "--max-memory", "512"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("speaker-bios.pdf: error: its attached files do not read: the PDF names one attached file more than once"),
        "{err}"
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("0 intact, 1 damaged"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn a_repair_rebuilding_with_a_template_that_asks_for_100_gb_stops_at_the_limit() {
    use sha2::Digest;
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(REFERENCE, dir.path().join("almaty-2016-12-22.toml")).unwrap();
    std::fs::create_dir(dir.path().join("templates")).unwrap();
    let template = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/templates/press-release.typ.hbs"
    );
    std::fs::copy(template, dir.path().join("templates/press-release.typ.hbs")).unwrap();
    let out = presskit(
        dir.path(),
        &["archive", "almaty-2016-12-22.toml", "--to", "archive"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let folder = dir.path().join("archive/almaty-2016-12-22");
    // The PDF repair rebuilds from (the first intact one) made to carry a template that
    // asks for 100 GB at once, its manifest line to match; a damaged file makes it run.
    let source = folder.join("attendance-summary.pdf");
    let mut pdf = lopdf::Document::load(&source).unwrap();
    let hostile = format!(
        "{}\n#let x = \"x\" * 100000000000\n",
        std::fs::read_to_string(template).unwrap()
    );
    let mut replaced = 0;
    let specs: Vec<lopdf::ObjectId> = pdf
        .objects
        .iter()
        .filter(|(_, o)| {
            o.as_dict().is_ok_and(|d| {
                d.get(b"UF")
                    .and_then(|n| n.as_str())
                    .is_ok_and(|n| n.ends_with(b"press-release.typ.hbs"))
            })
        })
        .map(|(id, _)| *id)
        .collect();
    for spec in specs {
        let file = pdf
            .get_dictionary(spec)
            .unwrap()
            .get(b"EF")
            .unwrap()
            .as_dict()
            .unwrap()
            .get(b"F")
            .unwrap()
            .as_reference()
            .unwrap();
        let stream = pdf.get_object_mut(file).unwrap().as_stream_mut().unwrap();
        stream.dict.remove(b"Filter");
        stream.set_content(hostile.clone().into_bytes());
        replaced += 1;
    }
    assert_eq!(replaced, 1, "the PDF carries the office's template");
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes).unwrap();
    std::fs::write(&source, &bytes).unwrap();
    let digest: String = sha2::Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let manifest: String = std::fs::read_to_string(folder.join("MANIFEST.sha256"))
        .unwrap()
        .lines()
        .map(|l| match l.split_once("  ") {
            Some((_, "attendance-summary.pdf")) => format!("{digest}  attendance-summary.pdf\n"),
            _ => format!("{l}\n"),
        })
        .collect();
    std::fs::write(folder.join("MANIFEST.sha256"), manifest).unwrap();
    std::fs::remove_file(folder.join("name-tents.pdf")).unwrap();
    let out = presskit(
        dir.path(),
        &["verify", "archive", "--repair", "--max-memory", "512"],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("error: typesetting press-release.typ (")
            && err.contains("templates/press-release.typ.hbs) needed more memory than --max-memory allows (512 MiB; 95367 MiB at once) while rebuilding archive/almaty-2016-12-22 with the templates attendance-summary.pdf carries (verify --repair)"),
        "{err}"
    );
    assert!(!folder.join("name-tents.pdf").exists());
}

/// The reference briefing with `count` more speakers, each with a bio of `chars`
/// characters.
fn with_speakers(count: usize, chars: usize) -> String {
    let mut text = std::fs::read_to_string(REFERENCE).unwrap();
    let bio: String = "migration policy and labour rights "
        .chars()
        .cycle()
        .take(chars)
        .collect();
    for i in 0..count {
        text.push_str(&format!(
            "\n[[speakers]]\nid = \"x{i}\"\nname = \"Speaker{i} Lastname\"\nrole = \"Officer\"\nbio = [\"{}\"]\n",
            bio.trim()
        ));
    }
    text
}

#[test]
fn speakers_and_bios_past_what_typesets_within_the_limit_are_told_at_their_key() {
    let dir = tempfile::tempdir().unwrap();
    // The hostile run's briefing: 2,000 speakers (3 of the reference and 1,997 more)
    // with 1,800-character bios, 3.8 MB.
    std::fs::write(dir.path().join("many.toml"), with_speakers(1997, 1800)).unwrap();
    // 40 speakers with bios of 16,000 characters: 640,000 together.
    std::fs::write(dir.path().join("long.toml"), with_speakers(40, 16_000)).unwrap();
    let started = Instant::now();
    let out = presskit(dir.path(), &["check", "many.toml"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "{:?}",
        started.elapsed()
    );
    // The 301st [[speakers]], at its header: the reference's 130 lines hold three, each
    // added speaker takes 6 from line 131 (a blank line, then its header).
    let line = 132 + 6 * (300 - 3);
    assert!(
        err.contains(&format!("many.toml:{line}:1: error: speakers[301] (\"Speaker297 Lastname\"): this briefing has 2000 speakers; presskit typesets at most 300")),
        "{err}"
    );
    let out = presskit(dir.path(), &["check", "long.toml"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    // 37 bios of 16,000 pass 600,000: the 38th added speaker, speakers[40].
    assert!(
        err.contains("speakers[41].bio (\"Speaker37 Lastname\"): the bios reach 608000 characters here; all the speakers' bios together may hold at most 600000"),
        "{err}"
    );
    assert!(
        err.contains(&format!("long.toml:{}:7:", 132 + 6 * 37 + 4)),
        "{err}"
    );
}

/// The resident size of process `pid` in MiB (Linux), when it can be read.
fn resident_mib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    Some(line.split_whitespace().nth(1)?.parse::<u64>().ok()? / 1024)
}

#[test]
fn a_long_session_of_saves_stays_at_the_memory_of_one_build() {
    if resident_mib(std::process::id()).is_none() {
        eprintln!("skipped: no /proc to read a process's memory from");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let briefing = with_speakers(27, 1800);
    std::fs::write(dir.path().join("b.toml"), &briefing).unwrap();
    let log = dir.path().join("watch.log");
    let child = common::command(dir.path(), &["watch", "b.toml", "-o", "out"])
        .stdout(std::process::Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    struct Kill(std::process::Child);
    impl Drop for Kill {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
    let watch = Kill(child);
    let ended = |count: usize| {
        let started = Instant::now();
        loop {
            let text = std::fs::read_to_string(&log).unwrap_or_default();
            let builds = text
                .lines()
                .filter(|l| l.starts_with("built ") || l.starts_with("rebuilt "))
                .count();
            if builds >= count {
                return;
            }
            assert!(!text.contains("build failed"), "{text}");
            assert!(started.elapsed() < Duration::from_secs(180), "{text}");
            std::thread::sleep(Duration::from_millis(20));
        }
    };
    ended(1);
    let mut after = Vec::new();
    for save in 1..=12 {
        // Every document changes: a speaker's name and a role.
        let edited = briefing
            .replacen("Speaker0 Lastname", &format!("Speaker0 Lastname{save}"), 1)
            .replacen(
                "role = \"Officer\"",
                &format!("role = \"Officer {save}\""),
                1,
            );
        std::fs::write(dir.path().join("b.toml.swp~"), edited).unwrap();
        std::fs::rename(dir.path().join("b.toml.swp~"), dir.path().join("b.toml")).unwrap();
        ended(1 + save);
        after.push(resident_mib(watch.0.id()).unwrap());
    }
    // With the cache of every rebuild kept, 30 speakers grew by about 9 MiB a save
    // (208 to 392 MiB over 20); with only the last rebuild's, it stays within a few.
    let growth = after[11].saturating_sub(after[1]);
    assert!(growth < 40, "grew {growth} MiB over 10 saves: {after:?}");
}
