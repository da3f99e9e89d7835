//! The archive: PDF/A-3 copies of a briefing's documents with the briefing attached,
//! one folder per briefing with a `sha256sum -c` manifest, written once and never
//! replaced; `verify` re-checks them, `extract` reads the attached source back out,
//! and `index.pdf` is rebuilt from the archive itself after every run.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::briefing::{self, OutletKind, Source};
use crate::diagnostic::Diagnostic;
use crate::documents::{self, ARCHIVE_STANDARDS, Options};
use crate::locale::{Language, Words, fill};
use crate::model::{self, Date};
use crate::output::{self, Artifact};
use crate::render::{Renderer, Renderers};
use crate::templates::{self, Output};
use crate::typeset::{self, PdfSettings};

/// Name of the checksum file in each briefing's folder.
pub const MANIFEST: &str = "MANIFEST.sha256";

/// Name of the overview at the top of the archive.
pub const INDEX: &str = "index.pdf";

/// What archiving one briefing did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Archived {
    /// A new folder was written.
    Written(PathBuf),
    /// The folder already held exactly these files.
    Unchanged(PathBuf),
}

/// The SHA-256 of `bytes`, in lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The manifest of a folder's files, in `sha256sum` format, sorted by name.
pub fn manifest(artifacts: &[Artifact]) -> String {
    let mut lines: Vec<String> = artifacts
        .iter()
        .map(|a| format!("{}  {}\n", sha256_hex(&a.bytes), a.name))
        .collect();
    lines.sort_by(|a, b| a[66..].cmp(&b[66..]));
    lines.concat()
}

/// Makes the archival documents of the briefing at `file` and stores them under `to`;
/// `options` say how (their paper and `archival` are the archive's own).
pub fn archive_one(
    file: &Path,
    to: &Path,
    renderers: &Renderers,
    options: Options,
) -> Result<Archived, Vec<Diagnostic>> {
    let briefing = model::load_with_fonts(file, options.fonts.as_deref())?;
    if briefing.release.is_none() {
        return Err(vec![
            briefing
                .source
                .error_at(0..0, "this briefing has no [release] yet; only a briefing whose release is written is archived")
                .with_hint("write the [release] (headline and body) first; `presskit build` makes the advisory and the handouts meanwhile"),
        ]);
    }
    let renderer = renderers.for_briefing(&briefing.source.folder())?;
    let options = Options {
        archival: true,
        only: None,
        // The generated markup is a designer's aid, never part of an archive.
        keep_typst: None,
        ..options
    };
    let made = documents::make(&briefing, &renderer, &options)?;
    let mut artifacts = made.artifacts;
    let manifest = manifest(&artifacts);
    artifacts.push(Artifact {
        name: MANIFEST.into(),
        bytes: manifest.into_bytes(),
    });
    store(&to.join(briefing.source.stem()), &artifacts).map_err(|d| vec![d])
}

/// Stores a complete folder, or confirms an identical one; refuses any change.
///
/// A new folder is written under a temporary name beside its target and renamed into
/// place, so the archive holds either no folder or a complete one.
pub fn store(folder: &Path, artifacts: &[Artifact]) -> Result<Archived, Diagnostic> {
    if folder.exists() {
        let changes = differences(folder, artifacts);
        if changes.is_empty() {
            return Ok(Archived::Unchanged(folder.to_path_buf()));
        }
        // The same documents as the manifest records: the briefing did not change, the
        // archived files did.
        let recorded = std::fs::read(folder.join(MANIFEST)).ok();
        let made = artifacts
            .iter()
            .find(|a| a.name == MANIFEST)
            .map(|a| a.bytes.as_slice());
        if recorded.is_some() && recorded.as_deref() == made {
            return Err(Diagnostic::error(
                folder,
                format!(
                    "already archived, unchanged, but its archived files are damaged: {}",
                    changes.join("; ")
                ),
            )
            .with_hint(
                "`presskit verify --repair` restores them from what the intact PDFs carry",
            ));
        }
        let ours = crate::sources::version();
        if let Some(made_by) = archived_by(folder).filter(|v| *v != ours) {
            return Err(Diagnostic::error(
                folder,
                format!(
                    "archived by presskit {made_by}; this presskit {ours} makes other bytes: {}",
                    changes.join("; ")
                ),
            )
            .with_hint(format!(
                "the archived briefing is kept as it is; to archive it again, use presskit {made_by}, or archive under a new file name"
            )));
        }
        return Err(Diagnostic::error(folder, format!("already archived, and this run would change it: {}", changes.join("; ")))
            .with_hint("an archived briefing is never rewritten; archive the changed briefing under a new file name"));
    }
    let parent = folder
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let fail = |e: &dyn std::fmt::Display| {
        Diagnostic::error(folder, format!("cannot write the archive: {e}"))
            .with_hint("nothing of this briefing was archived; the archive holds no part of it")
    };
    std::fs::create_dir_all(parent).map_err(|e| fail(&output::os_error(&e)))?;
    let staging = tempfile::Builder::new()
        .prefix(STAGING_PREFIX)
        .suffix(STAGING_SUFFIX)
        .tempdir_in(parent)
        .map_err(|e| fail(&output::os_error(&e)))?;
    // Named after the folder, not the staging folder nobody asked for.
    output::write_all(staging.path(), artifacts)
        .map_err(|d| fail(&d.message.trim_start_matches("cannot write: ")))?;
    sync_dir(staging.path());
    if let Err(e) = std::fs::rename(staging.path(), folder) {
        // Another run archived the same briefing meanwhile: the same as finding it there.
        if folder.is_dir() {
            return store(folder, artifacts);
        }
        return Err(fail(&output::os_error(&e)));
    }
    // The staging folder is now the archive folder; do not let its guard remove it.
    let _ = staging.keep();
    sync_dir(parent);
    Ok(Archived::Written(folder.to_path_buf()))
}

/// Flushes a folder's entries to disk, where the platform allows it.
fn sync_dir(dir: &Path) {
    if let Ok(handle) = std::fs::File::open(dir) {
        let _ = handle.sync_all();
    }
}

/// What would change if `artifacts` replaced the files in `folder`.
fn differences(folder: &Path, artifacts: &[Artifact]) -> Vec<String> {
    let mut changes = Vec::new();
    let wanted: BTreeSet<&str> = artifacts.iter().map(|a| a.name.as_ref()).collect();
    for a in artifacts {
        match std::fs::read(folder.join(a.name.as_ref())) {
            Ok(bytes) if bytes == a.bytes => {}
            Ok(_) => changes.push(format!("{} would change", a.name)),
            Err(_) => changes.push(format!("{} would be added", a.name)),
        }
    }
    for name in folder_files(folder) {
        if !wanted.contains(name.as_str()) {
            changes.push(format!("{name} is not part of this briefing's documents"));
        }
    }
    changes
}

/// The presskit version recorded in an archived folder's documents, when they carry one.
fn archived_by(folder: &Path) -> Option<String> {
    folder_files(folder)
        .into_iter()
        .filter(|name| name.ends_with(".pdf"))
        .find_map(|name| {
            let pdf = read_pdf(&folder.join(name)).ok()?;
            let attached = attached(&pdf, briefing::MAX_FILE_BYTES, |n| {
                n == crate::sources::SETTINGS
            })
            .ok()?;
            let (_, settings) = attached.into_iter().next()?;
            let settings: serde_json::Value = serde_json::from_slice(&settings).ok()?;
            settings["presskit"].as_str().map(String::from)
        })
}

/// The names of the files in a folder, sorted.
fn folder_files(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| e.path().is_file())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// How a briefing folder being written is named, beside its place: `.presskit-XXXX.partial`.
const STAGING_PREFIX: &str = ".presskit-";
/// See [`STAGING_PREFIX`].
const STAGING_SUFFIX: &str = ".partial";

/// Folders that an `archive` run stopped part-way (killed, or the machine went down) left
/// in the archive, sorted: never part of it, and safe to delete.
pub fn leftovers(archive: &Path) -> Vec<PathBuf> {
    subfolders(archive, |name| {
        name.starts_with(STAGING_PREFIX) && name.ends_with(STAGING_SUFFIX)
    })
    .unwrap_or_default()
}

/// When a leftover folder holds a complete copy that verifies against its manifest
/// (a run killed just before the rename, or a briefing named `.presskit-x.partial.toml`
/// that an older presskit archived), the folder name its documents belong under.
pub fn complete_leftover(folder: &Path) -> Option<String> {
    verify_folder(folder).ok()?;
    let pdf = read_pdf(&folder.join("press-release.pdf")).ok()?;
    let (name, _) = extract(&pdf).ok()?;
    Some(name.strip_suffix(".toml").unwrap_or(&name).to_string())
}

/// The briefing folders of an archive: every subfolder not starting with a dot, sorted.
pub fn briefing_folders(archive: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    subfolders(archive, |name| !name.starts_with('.'))
        .map_err(|e| Diagnostic::error(archive, format!("cannot read the archive: {e}")))
}

/// The subfolders of `dir` whose names `keep` accepts, sorted.
fn subfolders(dir: &Path, keep: impl Fn(&str) -> bool) -> std::io::Result<Vec<PathBuf>> {
    let mut folders: Vec<PathBuf> = std::fs::read_dir(dir)?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir() && p.file_name().is_some_and(|n| keep(&n.to_string_lossy())))
        .collect();
    folders.sort();
    Ok(folders)
}

/// Checks one briefing folder against its manifest; returns the number of files checked.
///
/// Every entry of the folder must be a regular file listed in the manifest (a folder, a
/// symbolic link, a FIFO is tampering), and every listed file must match its checksum.
pub fn verify_folder(folder: &Path) -> Result<usize, Vec<Diagnostic>> {
    let manifest_path = folder.join(MANIFEST);
    let text = crate::input::read(&manifest_path, MAX_MANIFEST_BYTES)
        .map_err(|e| format!("the manifest {e}"))
        .and_then(|bytes| {
            String::from_utf8(bytes).map_err(|_| "the manifest is not UTF-8 text".to_string())
        })
        .map_err(|message| vec![Diagnostic::error(&manifest_path, message)])?;
    let mut errors = Vec::new();
    let mut listed = BTreeSet::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let span = offset..offset + line.trim_end().len();
        offset += line.len();
        let line = line.trim_end_matches(['\n', '\r']);
        if line.is_empty() {
            continue;
        }
        let Some((hash, name)) = line
            .split_once("  ")
            .filter(|(h, n)| h.len() == 64 && !n.is_empty() && !n.contains('/'))
        else {
            errors.push(Diagnostic::at(
                &manifest_path,
                &text,
                span,
                "not a `sha256sum` line (HASH, two spaces, file name)",
            ));
            continue;
        };
        listed.insert(name.to_string());
        let path = folder.join(name);
        let problem = match std::fs::symlink_metadata(&path) {
            Err(_) => Some(format!("{name} is missing")),
            Ok(meta) if !meta.is_file() => Some(format!(
                "{name} has been replaced: it is now {}",
                entry_kind(&meta)
            )),
            Ok(_) => match crate::input::read(&path, MAX_PDF_BYTES) {
                Ok(bytes) if sha256_hex(&bytes) == hash => None,
                Ok(_) => Some(format!(
                    "{name} has been altered: its checksum does not match"
                )),
                Err(e) => Some(format!("{name} {e}")),
            },
        };
        if let Some(problem) = problem {
            errors.push(Diagnostic::at(&manifest_path, &text, span, problem));
        }
    }
    for (name, meta) in folder_entries(folder) {
        if name == MANIFEST || listed.contains(&name) {
            continue;
        }
        let what = if meta.is_file() {
            "extra file: not in the manifest".to_string()
        } else {
            format!("extra entry, {}: not in the manifest", entry_kind(&meta))
        };
        errors.push(Diagnostic::error(folder.join(&name), what));
    }
    if errors.is_empty() {
        Ok(listed.len())
    } else {
        Err(errors)
    }
}

/// What a folder entry that is not a regular file is, for messages.
fn entry_kind(meta: &std::fs::Metadata) -> &'static str {
    if meta.file_type().is_symlink() {
        "a symbolic link"
    } else {
        crate::input::kind_of(meta)
    }
}

/// Every entry of a folder (links not followed), by name, sorted.
fn folder_entries(folder: &Path) -> Vec<(String, std::fs::Metadata)> {
    let mut entries: Vec<(String, std::fs::Metadata)> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|e| {
                    let meta = std::fs::symlink_metadata(e.path()).ok()?;
                    Some((e.file_name().to_string_lossy().into_owned(), meta))
                })
                .collect()
        })
        .unwrap_or_default();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    entries
}

/// Checks an archived briefing folder completely: its manifest ([`verify_folder`]), that
/// the manifest lists every document an archived briefing has, and that the folder
/// still bears the name of the briefing attached to its documents.
pub fn verify_briefing(folder: &Path) -> Result<usize, Vec<Diagnostic>> {
    let count = verify_folder(folder)?;
    let manifest_path = folder.join(MANIFEST);
    let mut errors = Vec::new();
    let text = std::fs::read_to_string(&manifest_path).unwrap_or_default();
    let listed: BTreeSet<&str> = text
        .lines()
        .filter_map(|l| l.split_once("  ").map(|(_, n)| n))
        .collect();
    // A briefing without speakers has no bios and no name tents: ask the attached source.
    let release = folder.join("press-release.pdf");
    let speakers = read_pdf(&release)
        .ok()
        .and_then(|pdf| extract(&pdf).ok())
        .and_then(|(name, bytes)| {
            let source = crate::briefing::Source::from_bytes(Path::new(&name), bytes).ok()?;
            crate::briefing::parse(&source).ok()
        })
        .is_none_or(|b| !b.speakers.is_empty());
    for document in documents::DOCUMENTS.iter().filter(|d| {
        d.output == Output::Typst && (speakers || d.needs != documents::Needs::Speakers)
    }) {
        if !listed.contains(document.file) {
            errors.push(Diagnostic::error(
                &manifest_path,
                format!(
                    "{} is not in the manifest, and every archived briefing has one: the document and its line were removed",
                    document.file
                ),
            ));
        }
    }
    if errors.is_empty() {
        let pdf_path = folder.join("press-release.pdf");
        match read_pdf(&pdf_path)
            .and_then(|pdf| extract(&pdf).map_err(|e| Diagnostic::error(&pdf_path, e)))
        {
            Ok((name, _)) => {
                let stem = name.strip_suffix(".toml").unwrap_or(&name);
                let folder_name = folder.file_name().unwrap_or_default().to_string_lossy();
                if stem != folder_name {
                    errors.push(
                        Diagnostic::error(
                            folder,
                            format!(
                                "the folder has been renamed: its documents are those of `{name}`, archived as `{stem}`"
                            ),
                        )
                        .with_hint(format!("rename the folder back to `{stem}`")),
                    );
                }
            }
            Err(d) => errors.push(d),
        }
    }
    if errors.is_empty() {
        Ok(count)
    } else {
        Err(errors)
    }
}

/// Checks the archive's `index.pdf`: present, within bounds, and a readable PDF.
pub fn verify_index(archive: &Path) -> Result<(), Diagnostic> {
    let path = archive.join(INDEX);
    let pdf = read_pdf(&path).map_err(|d| {
        d.with_hint("`presskit archive` with any briefing already archived writes it again")
    })?;
    lopdf::Document::load_mem(&pdf).map_err(|e| {
        Diagnostic::error(
            &path,
            format!("the index is damaged: not a readable PDF ({e})"),
        )
        .with_hint("`presskit archive` with any briefing already archived writes it again")
    })?;
    Ok(())
}

/// Largest PDF that `extract`, `verify` and the index read: an archived document with
/// every image a briefing may hold stays far below it.
pub const MAX_PDF_BYTES: u64 = 256 * 1024 * 1024;

/// Largest `MANIFEST.sha256` that `verify` reads: a few hundred bytes in practice.
pub const MAX_MANIFEST_BYTES: u64 = 64 * 1024;

/// Reads an archived PDF from disk, within [`MAX_PDF_BYTES`].
pub fn read_pdf(path: &Path) -> Result<Vec<u8>, Diagnostic> {
    crate::input::read(path, MAX_PDF_BYTES)
        .map_err(|e| Diagnostic::error(path, format!("the file {e}")))
}

/// Decodes a PDF text string (a file specification's `/UF`): UTF-16BE after a byte-order
/// mark, UTF-8 after one, else PDFDocEncoding (Latin-1 for the bytes that matter here).
pub fn text_string(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    } else if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        String::from_utf8_lossy(rest).into_owned()
    } else {
        bytes.iter().map(|&b| char::from(b)).collect()
    }
}

/// The content of an embedded file stream, decompressed to at most
/// [`briefing::MAX_FILE_BYTES`]: a compressed bomb stops there instead of filling memory.
fn attachment_bytes(stream: &lopdf::Stream, limit: u64) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let too_large = || {
        format!(
            "the attachment holds more than {limit} bytes, more than anything presskit attaches"
        )
    };
    let filters: Vec<Vec<u8>> = match stream.dict.get(b"Filter") {
        Err(_) => Vec::new(),
        Ok(lopdf::Object::Name(name)) => vec![name.clone()],
        Ok(lopdf::Object::Array(names)) => names
            .iter()
            .map(|n| n.as_name().map(<[u8]>::to_vec).map_err(|e| e.to_string()))
            .collect::<Result<_, _>>()?,
        Ok(_) => return Err("the attachment's filter is not a name".into()),
    };
    let mut bytes = stream.content.clone();
    for filter in filters {
        if filter != b"FlateDecode" {
            return Err(format!(
                "the attachment is compressed with {}, which presskit does not write",
                String::from_utf8_lossy(&filter)
            ));
        }
        let mut out = Vec::new();
        flate2::read::ZlibDecoder::new(bytes.as_slice())
            .take(limit + 1)
            .read_to_end(&mut out)
            .map_err(|e| format!("cannot decompress the attachment: {e}"))?;
        bytes = out;
    }
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Reads the briefing file attached to an archived PDF, byte for byte, with its file name
/// (only the name: whatever folders the PDF's own name holds are dropped).
pub fn extract(pdf: &[u8]) -> Result<(String, Vec<u8>), String> {
    attached(pdf, briefing::MAX_FILE_BYTES, |name| {
        name.ends_with(".toml")
    })?
    .into_iter()
    .map(|(name, bytes)| {
        let file = name
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or_default()
            .to_string();
        (file, bytes)
    })
    .next()
    .ok_or_else(|| "the PDF carries no attached briefing (.toml)".into())
}

/// Largest attachment `extract -o` restores: a font of many scripts.
pub const MAX_ATTACHMENT_BYTES: u64 = 64 * 1024 * 1024;

/// Every file attached to a PDF as an associated file (`/AF`), by the name it was
/// attached under (a path inside the briefing's folder), with its bytes, in order.
pub fn attachments(pdf: &[u8]) -> Result<Vec<(String, Vec<u8>)>, String> {
    attached(pdf, MAX_ATTACHMENT_BYTES, |_| true)
}

/// The associated files of a PDF whose names `wanted` accepts, each decompressed up to
/// `limit` bytes.
fn attached(
    pdf: &[u8],
    limit: u64,
    wanted: impl Fn(&str) -> bool,
) -> Result<Vec<(String, Vec<u8>)>, String> {
    let document =
        lopdf::Document::load_mem(pdf).map_err(|e| format!("not a readable PDF: {e}"))?;
    let catalog = document
        .catalog()
        .map_err(|e| format!("the PDF has no catalog: {e}"))?;
    let deref = |object: &lopdf::Object| {
        document
            .dereference(object)
            .map(|(_, o)| o.clone())
            .map_err(|e| e.to_string())
    };
    let associated = catalog
        .get(b"AF")
        .map_err(|_| "the PDF carries no attached source file".to_string())?;
    let files = deref(associated)?;
    let files = files.as_array().map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for spec in files {
        let spec = deref(spec)?;
        let spec = spec.as_dict().map_err(|e| e.to_string())?;
        let name = spec
            .get(b"UF")
            .or_else(|_| spec.get(b"F"))
            .and_then(|n| n.as_str().map(text_string))
            .unwrap_or_default();
        if !wanted(&name) {
            continue;
        }
        let embedded = spec
            .get(b"EF")
            .and_then(|ef| ef.as_dict())
            .and_then(|ef| ef.get(b"F"))
            .map_err(|e| e.to_string())?;
        let stream = deref(embedded)?;
        let stream = stream.as_stream().map_err(|e| e.to_string())?;
        out.push((name, attachment_bytes(stream, limit)?));
    }
    Ok(out)
}

/// One archived briefing, as the index lists it.
#[derive(Debug, Serialize)]
pub struct IndexRow {
    /// Date as YYYY-MM-DD, for sorting.
    #[serde(skip)]
    pub sort_key: Date,
    /// Date in words, in the index's language.
    pub date: String,
    /// The briefing's language.
    #[serde(skip)]
    pub language: Language,
    /// Event title.
    pub title: String,
    /// Venue and city.
    pub place: Option<String>,
    /// Speakers' names.
    pub speakers: String,
    /// Outlets present.
    pub outlets_present: u64,
    /// People present.
    pub people_present: u64,
    /// People present, by kind, in [`OutletKind::ALL`] order.
    pub people_by_kind: Vec<u64>,
    /// Archive folder name.
    pub folder: String,
}

/// What the index template sees.
#[derive(Debug, Serialize)]
pub struct IndexContext<'a> {
    /// The language of every archived briefing, or English when they differ.
    pub lang: &'static str,
    /// Fixed words, in that language.
    pub words: &'a Words,
    /// "Briefings archived: 3", in that language.
    pub count_line: String,
    /// Paper name.
    pub paper: &'static str,
    /// How many briefings are archived.
    pub count: usize,
    /// Briefings, oldest first.
    pub rows: Vec<IndexRow>,
    /// Kind names, in chart order.
    pub kinds: Vec<&'a str>,
    /// The most people present at one briefing, for scaling the chart.
    pub chart_max: u64,
}

/// Reads an archived folder's attached briefing into an index row.
fn index_row(folder: &Path) -> Result<IndexRow, Diagnostic> {
    let pdf_path = folder.join("press-release.pdf");
    let pdf = read_pdf(&pdf_path)?;
    let (name, bytes) = extract(&pdf).map_err(|e| Diagnostic::error(&pdf_path, e))?;
    let source = Source::from_bytes(&folder.join(name), bytes)?;
    let raw = briefing::parse(&source)?;
    let d = raw.event.date.date.ok_or_else(|| {
        Diagnostic::error(&source.path, "the attached briefing has no event date")
    })?;
    let date = Date {
        year: d.year,
        month: d.month,
        day: d.day,
    };
    let mut by_kind = vec![0u64; OutletKind::ALL.len()];
    let (mut outlets, mut people) = (0, 0);
    let present = raw
        .attendance
        .into_iter()
        .map(model::Outlet::from)
        .filter(|o| o.present);
    for a in present {
        let n = u64::from(a.people);
        outlets += 1;
        people += n;
        by_kind[OutletKind::ALL
            .iter()
            .position(|k| *k == a.kind)
            .unwrap_or(0)] += n;
    }
    let place = [raw.event.venue.as_deref(), raw.event.city.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    Ok(IndexRow {
        sort_key: date,
        date: String::new(),
        language: raw
            .event
            .language
            .as_deref()
            .and_then(Language::from_code)
            .unwrap_or_default(),
        title: raw.event.title.0,
        place: (!place.is_empty()).then_some(place),
        speakers: raw
            .speakers
            .iter()
            .map(|s| s.name.0.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        outlets_present: outlets,
        people_present: people,
        people_by_kind: by_kind,
        folder: folder
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned(),
    })
}

/// The language of the index: that of every archived briefing when they share one;
/// English for an archive in several languages (or none).
fn index_language(rows: &[IndexRow]) -> Language {
    match rows.split_first() {
        Some((first, rest)) if rest.iter().all(|r| r.language == first.language) => first.language,
        _ => Language::En,
    }
}

/// How the index is made: on the paper and within the time the run was given.
#[derive(Debug, Clone, Copy)]
pub struct IndexOptions {
    /// Paper size.
    pub paper: crate::context::Paper,
    /// How long typesetting may take.
    pub timeout: std::time::Duration,
}

/// The index written, and the warnings about the folders it leaves out.
pub type IndexWritten = (PathBuf, Vec<Diagnostic>);

/// Rebuilds `index.pdf` (atomically) from the archive's folders that verify; each folder
/// that does not verify or cannot be read is left out with a warning naming it, so one
/// damaged folder never stops the index.
pub fn rebuild_index(
    archive: &Path,
    renderer: &Renderer,
    options: IndexOptions,
) -> Result<IndexWritten, Vec<Diagnostic>> {
    let mut rows = Vec::new();
    let mut warnings = Vec::new();
    for folder in briefing_folders(archive).map_err(|d| vec![d])? {
        let row = verify_briefing(&folder)
            .map_err(|_| {
                Diagnostic::error(&folder, "does not verify against its manifest")
                    .with_hint("`presskit verify` says what is wrong with it")
            })
            .and_then(|_| index_row(&folder));
        match row {
            Ok(row) => rows.push(row),
            Err(d) => {
                warnings.push(
                    Diagnostic::error(&folder, format!("left out of the index: {}", d.message))
                        .warning()
                        .with_hint(d.hints.first().cloned().unwrap_or_else(|| {
                            "`presskit verify` says what is wrong with it".into()
                        })),
                )
            }
        }
    }
    rows.sort_by(|a, b| (a.sort_key, &a.folder).cmp(&(b.sort_key, &b.folder)));
    let language = index_language(&rows);
    let locale = language.locale();
    for row in &mut rows {
        row.date = locale.date(row.sort_key);
    }
    let context = IndexContext {
        lang: language.code(),
        words: &locale.words,
        count_line: fill(
            &locale.words.archive_count,
            &[("count", &rows.len().to_string())],
        ),
        paper: options.paper.typst_name(),
        chart_max: rows
            .iter()
            .map(|r| r.people_present)
            .max()
            .unwrap_or(1)
            .max(1),
        kinds: OutletKind::ALL.iter().map(|k| locale.kind(*k)).collect(),
        count: rows.len(),
        rows,
    };
    let markup = renderer
        .render(templates::ARCHIVE_INDEX, Output::Typst, &context)
        .map_err(|d| vec![d])?;
    let last = context.rows.last().map_or(
        Date {
            year: 2000,
            month: 1,
            day: 1,
        },
        |r| r.sort_key,
    );
    let pdf = typeset_overview(
        templates::ARCHIVE_INDEX,
        "presskit/archive/index",
        renderer,
        markup,
        last,
        options.timeout,
    )?;
    let path = archive.join(INDEX);
    output::write_atomic(&path, &pdf).map_err(|d| vec![d])?;
    Ok((path, warnings))
}

/// Typesets the markup of a document about the whole archive (its index, the report) as
/// PDF/A with the shipped fonts, dated `date` (the last briefing's), within `timeout`.
pub fn typeset_overview(
    template: &'static str,
    ident: &str,
    renderer: &Renderer,
    markup: String,
    date: Date,
    timeout: std::time::Duration,
) -> Result<Vec<u8>, Vec<Diagnostic>> {
    let settings = PdfSettings {
        ident: ident.to_string(),
        date: typeset::document_date(date),
        standards: ARCHIVE_STANDARDS.to_vec(),
        timeout: Some(timeout),
    };
    let origin = renderer
        .origin(template, Output::Typst)
        .unwrap_or_else(|| PathBuf::from(template));
    let done = typeset::typeset(
        template,
        &origin,
        markup,
        [],
        crate::fonts::shipped(),
        date,
        &settings,
    )?;
    Ok(done.pdf)
}

/// Counts of files per folder checked by `verify`, or every problem found.
pub fn verify(archive: &Path) -> Result<BTreeMap<PathBuf, usize>, Vec<Diagnostic>> {
    let folders = briefing_folders(archive).map_err(|d| vec![d])?;
    if folders.is_empty() {
        return Err(vec![Diagnostic::error(
            archive,
            "no archived briefing here",
        )]);
    }
    let mut checked = BTreeMap::new();
    let mut errors = Vec::new();
    for folder in folders {
        match verify_briefing(&folder) {
            Ok(n) => {
                checked.insert(folder, n);
            }
            Err(e) => errors.extend(e),
        }
    }
    if let Err(e) = verify_index(archive) {
        errors.push(e);
    }
    if errors.is_empty() {
        Ok(checked)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn artifact(name: &'static str, bytes: &[u8]) -> Artifact {
        Artifact {
            name: name.into(),
            bytes: bytes.to_vec(),
        }
    }

    #[test]
    fn attachment_names_are_pdf_text_strings() {
        let mut utf16 = vec![0xFE, 0xFF];
        for unit in "брифинг.toml".encode_utf16() {
            utf16.extend(unit.to_be_bytes());
        }
        assert_eq!(text_string(&utf16), "брифинг.toml");
        assert_eq!(text_string(b"plain.toml"), "plain.toml");
        assert_eq!(
            text_string(b"\xEF\xBB\xBFd\xC3\xA9j\xC3\xA0.toml"),
            "déjà.toml"
        );
    }

    #[test]
    fn a_compressed_bomb_stops_at_a_briefing_s_size() {
        use std::io::Write;
        // 64 MiB of zeros compress to about 64 KiB.
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        let zeros = vec![0u8; 1 << 20];
        for _ in 0..64 {
            encoder.write_all(&zeros).unwrap();
        }
        let bomb = encoder.finish().unwrap();
        let mut dict = lopdf::Dictionary::new();
        dict.set("Filter", lopdf::Object::Name(b"FlateDecode".to_vec()));
        let stream = lopdf::Stream::new(dict, bomb);
        let e = attachment_bytes(&stream, briefing::MAX_FILE_BYTES).unwrap_err();
        assert!(e.contains("more than 4194304 bytes"), "{e}");
        let mut dict = lopdf::Dictionary::new();
        dict.set("Filter", lopdf::Object::Name(b"LZWDecode".to_vec()));
        assert!(
            attachment_bytes(
                &lopdf::Stream::new(dict, vec![1, 2]),
                briefing::MAX_FILE_BYTES
            )
            .is_err()
        );
    }

    #[test]
    fn manifests_are_sha256sum_lines_sorted_by_name() {
        let m = manifest(&[artifact("b.pdf", b"b"), artifact("a.pdf", b"")]);
        assert_eq!(
            m,
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  a.pdf\n\
             3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d  b.pdf\n"
        );
    }

    #[test]
    fn stores_once_then_accepts_only_identical_content() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("x");
        let files = [
            artifact("a.pdf", b"one"),
            artifact(MANIFEST, manifest(&[artifact("a.pdf", b"one")]).as_bytes()),
        ];
        assert_eq!(
            store(&folder, &files).unwrap(),
            Archived::Written(folder.clone())
        );
        assert_eq!(
            store(&folder, &files).unwrap(),
            Archived::Unchanged(folder.clone())
        );
        let changed = [artifact("a.pdf", b"two"), artifact(MANIFEST, b"other")];
        let e = store(&folder, &changed).unwrap_err();
        assert!(e.message.contains("a.pdf would change"), "{}", e.message);
        assert_eq!(std::fs::read(folder.join("a.pdf")).unwrap(), b"one");
        assert_eq!(verify_folder(&folder).unwrap(), 1);
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(leftovers, ["x"]);
    }

    #[test]
    fn verify_names_altered_missing_and_extra_files() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("x");
        let files = [artifact("a.pdf", b"one"), artifact("b.pdf", b"two")];
        let mut all = files.to_vec();
        all.push(artifact(MANIFEST, manifest(&files).as_bytes()));
        store(&folder, &all).unwrap();
        std::fs::write(folder.join("a.pdf"), b"One").unwrap();
        std::fs::remove_file(folder.join("b.pdf")).unwrap();
        std::fs::write(folder.join("c.pdf"), b"new").unwrap();
        let errors: Vec<String> = verify_folder(&folder)
            .unwrap_err()
            .iter()
            .map(|d| d.to_string())
            .collect();
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors[0].contains("a.pdf has been altered"), "{errors:?}");
        assert!(errors[1].contains("b.pdf is missing"), "{errors:?}");
        assert!(
            errors[2].contains("c.pdf") && errors[2].contains("extra"),
            "{errors:?}"
        );
    }
}
