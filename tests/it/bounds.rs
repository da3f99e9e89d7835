//! What issue 34 still missed, through the binary: a PDF whose object streams would make
//! lopdf decompress without end while reading it, bounded in total before anything is
//! allocated and told at the file.

use crate::common;

use common::{presskit, stderr};

use std::io::Write;

/// A PDF of `count` object streams, each 4 MiB of zeros compressed to about 4 KiB: 400
/// MiB for 100, which lopdf decompresses while it loads the file, before any object is
/// read. Written by hand: lopdf's writer leaves object streams out.
fn object_stream_pdf(count: usize) -> Vec<u8> {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(&vec![0u8; 4 << 20]).unwrap();
    let zeros = encoder.finish().unwrap();
    let mut pdf = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    let mut object = |pdf: &mut Vec<u8>, body: &[u8]| {
        offsets.push(pdf.len());
        pdf.extend(format!("{} 0 obj\n", offsets.len()).bytes());
        pdf.extend(body);
        pdf.extend(b"\nendobj\n");
    };
    object(&mut pdf, b"<< /Type /Catalog /Pages 2 0 R >>");
    object(&mut pdf, b"<< /Type /Pages /Kids [] /Count 0 >>");
    for _ in 0..count {
        let mut body = format!(
            "<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length {} >>\nstream\n",
            zeros.len()
        )
        .into_bytes();
        body.extend(&zeros);
        body.extend(b"\nendstream");
        object(&mut pdf, &body);
    }
    let xref = pdf.len();
    pdf.extend(format!("xref\n0 {}\n0000000000 65535 f \n", offsets.len() + 1).bytes());
    for offset in &offsets {
        pdf.extend(format!("{offset:010} 00000 n \n").bytes());
    }
    pdf.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            offsets.len() + 1
        )
        .bytes(),
    );
    pdf
}

#[test]
fn a_pdf_whose_object_streams_decompress_without_end_is_refused_at_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = object_stream_pdf(100);
    assert!(pdf.len() < 1_000_000, "{} bytes", pdf.len());
    std::fs::write(dir.path().join("streams.pdf"), &pdf).unwrap();
    let started = std::time::Instant::now();
    let out = presskit(
        dir.path(),
        &["--max-memory", "256", "extract", "streams.pdf"],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("streams.pdf: error: its compressed object streams would decompress to more than 16777216 bytes together"),
        "{err}"
    );
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
    // One such stream is within bounds: the same reader takes it, and says what it lacks.
    std::fs::write(dir.path().join("one.pdf"), object_stream_pdf(1)).unwrap();
    let out = presskit(dir.path(), &["extract", "one.pdf"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(!err.contains("object streams"), "{err}");
}

#[test]
fn shared_texts_past_their_bound_are_told_at_the_cell_that_uses_the_long_one() {
    use crate::bounded::{declare_size, refused_by_both, xlsx};
    let long = "я".repeat(30_000);
    let sheet = r#"<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>kind</t></is></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="inlineStr"><is><t>television</t></is></c></row></sheetData>"#;
    let shared = format!(
        r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2"><si><t>outlet</t></si><si><t>{long}</t></si></sst>"#
    );
    let mut book = xlsx(sheet, Some(&shared));
    // Declared 4 GiB long, as a 5 GiB text would be: past the part's bound.
    declare_size(&mut book, "xl/sharedStrings.xml", u32::MAX);
    refused_by_both(
        "long.xlsx",
        &book,
        &[
            "long.xlsx: error: Sheet1!A2: this cell's text (shared text 1 of `xl/sharedStrings.xml`",
            "longer than the 20000 characters a cell may hold",
        ],
    );
}
