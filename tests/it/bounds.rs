//! What issue 34 still missed, through the binary: a PDF whose object streams would make
//! lopdf decompress without end while reading it, bounded in total before anything is
//! allocated and told at the file.

use crate::common;

use common::Test;

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
    let pdf = object_stream_pdf(100);
    assert!(pdf.len() < 1_000_000, "{} bytes", pdf.len());
    let test = Test::new()
        .file("streams.pdf", &pdf)
        .args(["--max-memory", "256", "extract", "streams.pdf"])
        .status(1)
        .stderr_has("streams.pdf: error: its compressed object streams would decompress to more than 16777216 bytes together");
    let started = std::time::Instant::now();
    test.run();
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
    // One such stream is within bounds: the same reader takes it, and says what it lacks.
    Test::new()
        .file("one.pdf", object_stream_pdf(1))
        .args(["extract", "one.pdf"])
        .status(1)
        .stderr_lacks("object streams")
        .run();
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

/// One BIFF record: its type, length and data.
fn record(kind: u16, data: &[u8]) -> Vec<u8> {
    let mut bytes = kind.to_le_bytes().to_vec();
    bytes.extend((data.len() as u16).to_le_bytes());
    bytes.extend(data);
    bytes
}

/// A Label cell record (BIFF8): `text` at `row`, `column`.
fn label(row: u16, column: u16, text: &str) -> Vec<u8> {
    let mut data = [row.to_le_bytes(), column.to_le_bytes(), [0, 0]].concat();
    data.extend((text.len() as u16).to_le_bytes());
    data.push(0);
    data.extend(text.bytes());
    record(0x0204, &data)
}

/// An `.xls` workbook (a compound file holding a BIFF8 `Workbook` stream) of one sheet,
/// `Sheet1`, declaring `dimensions` (first row, last row + 1, first column, last column
/// + 1) and holding `cells` (records). Written by hand, as Excel 97-2003 lays it out.
fn xls(dimensions: (u32, u32, u16, u16), cells: &[Vec<u8>]) -> Vec<u8> {
    let bof = |kind: u16| {
        record(
            0x0809,
            &[
                [0x00, 0x06],
                kind.to_le_bytes(),
                [0; 2],
                [0; 2],
                [0; 2],
                [0; 2],
                [0; 2],
                [0; 2],
            ]
            .concat(),
        )
    };
    let eof = record(0x000A, &[]);
    let name = b"Sheet1";
    let globals_length = bof(0x0005).len() + (4 + 8 + name.len()) + eof.len();
    let mut sheet_record = (globals_length as u32).to_le_bytes().to_vec();
    sheet_record.extend([0, 0, name.len() as u8, 0]);
    sheet_record.extend(name);
    let mut stream = [bof(0x0005), record(0x0085, &sheet_record), eof.clone()].concat();
    assert_eq!(stream.len(), globals_length);
    stream.extend(bof(0x0010));
    let (top, bottom, left, right) = dimensions;
    stream.extend(record(
        0x0200,
        &[
            &top.to_le_bytes()[..],
            &bottom.to_le_bytes(),
            &left.to_le_bytes(),
            &right.to_le_bytes(),
            &[0, 0],
        ]
        .concat(),
    ));
    for cell in cells {
        stream.extend(cell);
    }
    stream.extend(&eof);
    // Past the mini stream's cutoff, so that the stream has sectors of its own.
    while stream.len() < 4096 {
        stream.extend(record(0x00FF, &[0; 64]));
    }
    let sectors = stream.len().div_ceil(512);
    let mut fat = vec![0xFFFF_FFFDu32, 0xFFFF_FFFE];
    fat.extend((0..sectors).map(|i| {
        if i + 1 == sectors {
            0xFFFF_FFFE
        } else {
            3 + i as u32
        }
    }));
    fat.resize(128, 0xFFFF_FFFF);
    let mut header = vec![0u8; 512];
    header[..8].copy_from_slice(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    let put = |header: &mut Vec<u8>, at: usize, bytes: &[u8]| {
        header[at..at + bytes.len()].copy_from_slice(bytes)
    };
    put(
        &mut header,
        0x18,
        &[0x3E, 0x00, 0x03, 0x00, 0xFE, 0xFF, 0x09, 0x00, 0x06, 0x00],
    );
    put(&mut header, 0x2C, &1u32.to_le_bytes());
    put(&mut header, 0x30, &1u32.to_le_bytes());
    put(&mut header, 0x38, &4096u32.to_le_bytes());
    put(&mut header, 0x3C, &0xFFFF_FFFEu32.to_le_bytes());
    put(&mut header, 0x44, &0xFFFF_FFFEu32.to_le_bytes());
    for i in 0..109 {
        let id: u32 = if i == 0 { 0 } else { 0xFFFF_FFFF };
        put(&mut header, 0x4C + 4 * i, &id.to_le_bytes());
    }
    let entry = |name: &str, kind: u8, child: u32, start: u32, size: u32| {
        let mut e = vec![0u8; 128];
        let units: Vec<u8> = name
            .encode_utf16()
            .chain([0])
            .flat_map(u16::to_le_bytes)
            .collect();
        e[..units.len()].copy_from_slice(&units);
        e[0x40..0x42].copy_from_slice(&(units.len() as u16).to_le_bytes());
        e[0x42] = kind;
        e[0x43] = 1;
        e[0x44..0x48].copy_from_slice(&0xFFFF_FFFFu32.to_le_bytes());
        e[0x48..0x4C].copy_from_slice(&0xFFFF_FFFFu32.to_le_bytes());
        e[0x4C..0x50].copy_from_slice(&child.to_le_bytes());
        e[0x74..0x78].copy_from_slice(&start.to_le_bytes());
        e[0x78..0x7C].copy_from_slice(&size.to_le_bytes());
        e
    };
    let mut file = header;
    file.extend(fat.iter().flat_map(|id| id.to_le_bytes()));
    file.extend(entry("Root Entry", 5, 1, 0xFFFF_FFFE, 0));
    file.extend(entry("Workbook", 2, 0xFFFF_FFFF, 2, stream.len() as u32));
    file.extend(vec![0u8; 256]);
    stream.resize(sectors * 512, 0);
    file.extend(stream);
    file
}

#[test]
fn an_xls_sheet_is_checked_before_the_reader_lays_it_out_and_a_small_one_imports() {
    use crate::bounded::refused_by_both;
    let number = |row: u16, column: u16| {
        record(
            0x0203,
            &[
                &row.to_le_bytes()[..],
                &column.to_le_bytes(),
                &[0, 0],
                &1f64.to_le_bytes(),
            ]
            .concat(),
        )
    };
    // Dimensions of the whole sheet, 65,536 rows by 256 columns: the reader reserved room
    // for 16.7 million cells, then laid out a box from A1 to IV65536.
    refused_by_both(
        "whole.xls",
        &xls((0, 65_536, 0, 256), &[number(0, 0), number(65_535, 255)]),
        &[
            "whole.xls: error: Sheet1!IV65536: the sheet says its cells span Sheet1!A1 to this cell (16777216 cells)",
        ],
    );
    // Modest dimensions, cells at the far corners all the same.
    refused_by_both(
        "corners.xls",
        &xls((0, 1, 0, 1), &[number(0, 0), number(60_000, 200)]),
        &[
            "corners.xls: error: Sheet1!GS60001: the workbook's sheets reach past 1000000 cells here",
        ],
    );
    // A column past the thousandth cannot be: the sheet's are 256 at most, but a record
    // may say otherwise.
    refused_by_both(
        "wide.xls",
        &xls((0, 1, 0, 1), &[number(0, 5000)]),
        &["wide.xls: error: Sheet1!GJI1: this cell is in column 5001"],
    );

    // A small sheet still reads.
    let small = xls(
        (0, 2, 0, 2),
        &[
            label(0, 0, "outlet"),
            label(0, 1, "kind"),
            label(1, 0, "Channel 31"),
            label(1, 1, "television"),
        ],
    );
    Test::new()
        .file("b.toml", std::fs::read(common::REFERENCE).unwrap())
        .file("list.xls", small)
        .args([
            "import",
            "attendance",
            "list.xls",
            "--into",
            "b.toml",
            "--dry-run",
        ])
        .stdout_has("+outlet = \"Channel 31\"")
        .run();
}
