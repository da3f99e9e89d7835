//! Writing files so that a reader never sees half of one: each file goes to a temporary
//! name beside its target and is renamed over it once complete. [`uptodate`] keeps the
//! record that lets a run skip a briefing whose documents are up to date.

pub mod blocked;
pub mod uptodate;

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::messages::{Msg, documents::Documents};

/// A finished output file, not yet written.
#[derive(Debug, Clone)]
pub struct Artifact {
    /// File name inside the briefing's output folder (`mail/x.eml` for one in a subfolder).
    pub name: std::borrow::Cow<'static, str>,
    /// Contents.
    pub bytes: Vec<u8>,
}

/// The name of the folder a briefing file's documents go to (in `build`'s output or in the
/// archive): its file name without `.toml`. Refused when it could leave that place or
/// hide in it: empty, `.` or `..` (`...toml`), a leading dot (hidden, and the archive's
/// own staging folders start with one), a separator or backslash, a control character,
/// not UTF-8 (two such names could share a folder), or a name Windows cannot hold
/// ([`crate::portable`]: `aux.toml`), on every system, since a kit is copied between them.
pub fn folder_name(file: &Path) -> Result<String, Diagnostic> {
    let refuse = |why: Msg| {
        Diagnostic::error(
            file,
            Documents::CannotNameAFolder {
                why: why.to_string(),
            },
        )
        .with_hint(Documents::RenameTheBriefing)
    };
    let Some(stem) = file.file_stem() else {
        return Err(refuse(Documents::NameHasNoStem.into()));
    };
    let Some(stem) = stem.to_str() else {
        return Err(refuse(Documents::NameNotUtf8.into()));
    };
    if stem.is_empty() || stem == "." || stem == ".." {
        return Err(refuse(Documents::NameHasNoStem.into()));
    }
    if stem.starts_with('.') {
        return Err(refuse(Documents::NameStartsWithDot.into()));
    }
    if stem.contains(['/', '\\']) {
        return Err(refuse(Documents::NameHoldsSlash.into()));
    }
    if stem.chars().any(char::is_control) {
        return Err(refuse(Documents::NameHoldsControl.into()));
    }
    if let Some(why) = crate::portable::refusal(stem) {
        return Err(refuse(why));
    }
    Ok(stem.to_string())
}

/// Writes `bytes` to `path` atomically, creating the parent folder.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    let file = complete_temporary(path, bytes)?;
    rename_into_place(file, path)
}

/// Renames a staged temporary file over `path`.
fn rename_into_place(file: tempfile::NamedTempFile, path: &Path) -> Result<(), Diagnostic> {
    file.persist(path)
        .map_err(|e| cannot_replace(path, &e.error))?;
    Ok(())
}

/// Writes a new file at `path` atomically; fails, touching nothing, when it already exists.
pub fn write_new(path: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    let exists =
        || Diagnostic::error(path, Documents::AlreadyExists).with_hint(Documents::MoveItAway);
    if path.exists() {
        return Err(exists());
    }
    let file = complete_temporary(path, bytes)?;
    file.persist_noclobber(path).map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            exists()
        } else {
            cannot_replace(path, &e.error)
        }
    })?;
    Ok(())
}

/// The error for a file that could not be written.
fn cannot_write(path: &Path, e: &dyn std::fmt::Display) -> Diagnostic {
    Diagnostic::error(
        path,
        crate::messages::documents::Documents::CannotWrite {
            reason: e.to_string(),
        },
    )
}

/// The error for a file that could not be written over `path`: its cause in words when
/// the system names one the user can remove (the file open in another program).
fn cannot_replace(path: &Path, e: &std::io::Error) -> Diagnostic {
    blocked::refusal(path, blocked::cause(path, e), &os_error(e))
}

/// What the system said about an I/O error, without the temporary path that the
/// `tempfile` crate adds to it (the user never named that path).
pub fn os_error(e: &std::io::Error) -> String {
    match os_code(e) {
        Some(code) => std::io::Error::from_raw_os_error(code).to_string(),
        None => e.to_string(),
    }
}

/// The system's error code of an I/O error, found through the errors it wraps.
pub fn os_code(e: &std::io::Error) -> Option<i32> {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(error) = cause {
        if let Some(code) = error
            .downcast_ref::<std::io::Error>()
            .and_then(std::io::Error::raw_os_error)
        {
            return Some(code);
        }
        cause = error.source();
    }
    None
}

/// Why the folder `dir` could not be made: names the part of the path in the way (a
/// symbolic link to nothing, a file) instead of the system's bare "File exists".
fn why_no_folder(dir: &Path, e: &std::io::Error) -> String {
    for ancestor in dir.ancestors().filter(|a| !a.as_os_str().is_empty()) {
        let Ok(link) = std::fs::symlink_metadata(ancestor) else {
            continue;
        };
        return match std::fs::metadata(ancestor) {
            Ok(meta) if meta.is_dir() => os_error(e),
            Ok(_) => format!(
                "{} is a file, where a folder should be",
                crate::diagnostic::shown(ancestor)
            ),
            Err(_) if link.file_type().is_symlink() => format!(
                "{} is a symbolic link to nothing: what it points to does not exist",
                crate::diagnostic::shown(ancestor)
            ),
            Err(_) => os_error(e),
        };
    }
    os_error(e)
}

/// A temporary file beside `path`, holding `bytes`, flushed to disk, ready to rename;
/// refused, before anything is written, when Windows could not hold the file's name.
fn complete_temporary(path: &Path, bytes: &[u8]) -> Result<tempfile::NamedTempFile, Diagnostic> {
    if let Some(why) = path
        .file_name()
        .and_then(|name| crate::portable::refusal(&name.to_string_lossy()))
    {
        return Err(Diagnostic::error(
            path,
            Documents::CannotWriteThisName {
                why: why.to_string(),
            },
        )
        .with_hint(Documents::ChooseAnotherName));
    }
    staged(path, bytes, STAGED_PREFIX, false)
}

/// How the temporary files of ordinary writes start; see [`REWRITE_PREFIX`] too.
const STAGED_PREFIX: &str = ".presskit-";

/// How the temporary file of a rewritten user's file ([`write_through`]) starts: it is
/// locked while it exists, so a later run removes it as soon as no run holds it.
const REWRITE_PREFIX: &str = ".presskit-rewrite-";

/// A temporary file beside `path`, named `PREFIX…part`, holding `bytes`, flushed to disk,
/// with the permission mode of the file at `path` when there is one (a briefing of mode
/// 0600 stays 0600), else readable by all; locked while it lives when `lock` is set.
fn staged(
    path: &Path,
    bytes: &[u8],
    prefix: &str,
    lock: bool,
) -> Result<tempfile::NamedTempFile, Diagnostic> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).map_err(|e| cannot_write(path, &why_no_folder(dir, &e)))?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(prefix).suffix(".part");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Readable by all, as any other file the user writes (the umask still applies).
        builder.permissions(std::fs::Permissions::from_mode(0o644));
    }
    let fail = |e: std::io::Error| cannot_write(path, &os_error(&e));
    let mut file = builder.tempfile_in(dir).map_err(fail)?;
    if lock {
        // Held until the rename; a run that finds the file unlocked knows its writer died.
        let _ = file.as_file().try_lock();
    }
    if let Some(old) = std::fs::metadata(path)
        .ok()
        .filter(std::fs::Metadata::is_file)
    {
        file.as_file()
            .set_permissions(old.permissions())
            .map_err(fail)?;
    }
    file.write_all(bytes).map_err(fail)?;
    file.as_file().sync_all().map_err(fail)?;
    Ok(file)
}

/// Rewrites a file the user keeps (the briefing `import` merges into), atomically:
/// through a symbolic link, to the file it names (the link stays a link), keeping that
/// file's permission mode. The temporary file beside it is locked while written, and the
/// temporary files of rewrites no run holds any more (a killed `import`) are removed
/// first.
pub fn write_through(path: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    let target = if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        std::fs::canonicalize(path).map_err(|e| {
            let reason = os_error(&e);
            cannot_write(path, &Msg::from(Documents::LinkToNothing { reason }))
        })?
    } else {
        path.to_path_buf()
    };
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    remove_abandoned_rewrites(dir);
    let file = staged(&target, bytes, REWRITE_PREFIX, true)?;
    // N = 0: the rewrite staged, flushed and locked, the file itself not yet replaced.
    pause_point(0);
    rename_into_place(file, &target)?;
    sync_dir(dir);
    Ok(())
}

/// Removes the temporary files of rewrites ([`write_through`]) in `dir` that no running
/// presskit holds locked and that hold bytes: their writer was killed.
fn remove_abandoned_rewrites(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let ours = name.starts_with(REWRITE_PREFIX) && name.ends_with(".part");
        if !ours || !entry.file_type().is_ok_and(|t| t.is_file()) {
            continue;
        }
        // The writer locks its file before writing a byte: an empty one may be a
        // writer's that has not locked it yet.
        let abandoned = std::fs::File::open(entry.path())
            .is_ok_and(|f| f.metadata().is_ok_and(|m| m.len() > 0) && f.try_lock().is_ok());
        if abandoned {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Writes every artifact into `folder`; returns the paths written.
///
/// Every file is staged (written and flushed to disk beside its target) before any is
/// renamed into place, so a failure such as a full disk leaves all the old files as they
/// were. Every target is checked before the first rename (a folder where a file should
/// go fails there), and should a rename still fail, the files already renamed are put
/// back as they were: a failed briefing writes or replaces nothing. Staging runs on the
/// calling thread: a thread per file made the flushes overlap (3.5 ms instead of 6 for
/// the reference kit) but raised a batch's peak memory by half, as every new thread
/// spreads the allocator's memory over more arenas.
pub fn write_all(folder: &Path, artifacts: &[Artifact]) -> Result<Vec<PathBuf>, Diagnostic> {
    write_all_removing(folder, artifacts, &[])
}

/// [`write_all`], and the files `removed` taken away with the same commit: each is moved
/// to a temporary name before the first rename, put back when the write fails, and
/// deleted once every file is in place (the drafts of an earlier `mail` run that the new
/// run does not write).
pub fn write_all_removing(
    folder: &Path,
    artifacts: &[Artifact],
    removed: &[PathBuf],
) -> Result<Vec<PathBuf>, Diagnostic> {
    for a in artifacts {
        let path = folder.join(a.name.as_ref());
        if std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir()) {
            return Err(cannot_write(&path, &Msg::from(Documents::FolderInTheWay)));
        }
    }
    remove_leftovers(folder);
    let staged = artifacts
        .iter()
        .map(|a| {
            let path = folder.join(a.name.as_ref());
            complete_temporary(&path, &a.bytes).map(|file| (path, file.into_temp_path()))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let hidden = hide(removed)?;
    let renamed = std::cell::Cell::new(0);
    let written = commit(staged, |from, to| {
        let result = std::fs::rename(from, to);
        renamed.set(renamed.get() + 1);
        pause_point(renamed.get());
        result
    })
    .inspect_err(|_| unhide(&hidden))?;
    for (_, aside) in &hidden {
        let _ = std::fs::remove_file(aside);
    }
    // The renames are entries of their folders: flushed too, so that a power cut after
    // the run cannot take them back.
    let mut folders: Vec<&Path> = written.iter().filter_map(|p| p.parent()).collect();
    folders.dedup();
    folders.into_iter().for_each(sync_dir);
    Ok(written)
}

/// Moves each file of `paths` to a temporary name beside it (`.presskit-*.part.old`,
/// which a later run removes should this one be killed); returns (file, temporary name).
/// When one cannot be moved, those moved are put back and the error returned.
fn hide(paths: &[PathBuf]) -> Result<Vec<(PathBuf, PathBuf)>, Diagnostic> {
    let mut hidden = Vec::new();
    for path in paths {
        let dir = path.parent().unwrap_or(Path::new("."));
        let aside = dir.join(format!(".presskit-{:016x}.part.old", fastrand::u64(..)));
        match std::fs::rename(path, &aside) {
            Ok(()) => hidden.push((path.clone(), aside)),
            Err(e) => {
                unhide(&hidden);
                return Err(cannot_write(path, &os_error(&e)));
            }
        }
    }
    Ok(hidden)
}

/// Puts back the files [`hide`] moved away.
fn unhide(hidden: &[(PathBuf, PathBuf)]) {
    for (path, aside) in hidden.iter().rev() {
        let _ = std::fs::rename(aside, path);
    }
}

/// Flushes a folder's entries (its renames) to disk, where the platform allows it.
pub fn sync_dir(dir: &Path) {
    if let Ok(handle) = open_folder(dir) {
        let _ = handle.sync_all();
    }
}

/// A folder opened so that its entries can be flushed.
#[cfg(not(windows))]
fn open_folder(dir: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(dir)
}

/// A folder opened so that its entries can be flushed: Windows opens a folder only with
/// backup semantics, and flushes a handle only when it was opened for writing.
#[cfg(windows)]
fn open_folder(dir: &Path) -> std::io::Result<std::fs::File> {
    use std::os::windows::fs::OpenOptionsExt;
    /// `FILE_FLAG_BACKUP_SEMANTICS`: the handle may be a folder's.
    const BACKUP_SEMANTICS: u32 = 0x0200_0000;
    std::fs::OpenOptions::new()
        .write(true)
        .custom_flags(BACKUP_SEMANTICS)
        .open(dir)
}

/// A test hook of debug builds, absent from release builds: with
/// `PRESSKIT_TEST_PAUSE_AFTER_RENAMES=N` and `PRESSKIT_TEST_PAUSE_MARKER=FILE`, the run
/// writes FILE and stops for good after the N-th rename of a folder's files, so that a
/// test kills it exactly inside the window where some files are new and some old; with
/// N = 0, a rewrite ([`write_through`], `import`) stops once its new bytes are staged
/// beside the file, before they replace it.
fn pause_point(renamed: usize) {
    #[cfg(debug_assertions)]
    if std::env::var("PRESSKIT_TEST_PAUSE_AFTER_RENAMES").is_ok_and(|n| n == renamed.to_string()) {
        if let Ok(marker) = std::env::var("PRESSKIT_TEST_PAUSE_MARKER") {
            let _ = std::fs::write(marker, b"paused");
        }
        loop {
            std::thread::sleep(std::time::Duration::from_secs(1));
        }
    }
    #[cfg(not(debug_assertions))]
    let _ = renamed;
}

/// How long a temporary file of ours may sit in an output folder before a later run
/// takes it for the leftover of a killed one and removes it. Far longer than any run
/// stages its files, so a run writing the same folder at the same time keeps its own.
const LEFTOVER_AGE: std::time::Duration = std::time::Duration::from_secs(15 * 60);

/// Removes the temporary files (`.presskit-*.part`, and their `.old` backups) that a
/// killed run left in `folder`, once they are older than [`LEFTOVER_AGE`].
fn remove_leftovers(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let ours = name.starts_with(".presskit-")
            && (name.ends_with(".part") || name.ends_with(".part.old"));
        let stale = entry
            .metadata()
            .ok()
            .filter(std::fs::Metadata::is_file)
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > LEFTOVER_AGE);
        if ours && stale {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Renames every staged file over its target with `rename`, all or none: each old file
/// is first kept under a second name (a hard link, so the target never goes missing),
/// and when a rename fails, the files renamed so far get their old contents back (or are
/// removed where there was none) before the error is returned.
fn commit(
    staged: Vec<(PathBuf, tempfile::TempPath)>,
    rename: impl Fn(&Path, &Path) -> std::io::Result<()>,
) -> Result<Vec<PathBuf>, Diagnostic> {
    // (target, backup of the old file if there was one), for every file renamed so far.
    let mut done: Vec<(PathBuf, Option<PathBuf>)> = Vec::new();
    let mut failure = None;
    for (path, temporary) in &staged {
        let backup = match keep_old(path, temporary) {
            Ok(backup) => backup,
            Err(e) => {
                failure = Some(cannot_replace(path, &e));
                break;
            }
        };
        match rename(temporary, path) {
            Ok(()) => done.push((path.clone(), backup)),
            Err(e) => {
                if let Some(backup) = backup {
                    let _ = std::fs::remove_file(backup);
                }
                failure = Some(cannot_replace(path, &e));
                break;
            }
        }
    }
    if let Some(error) = failure {
        for (path, backup) in done.iter().rev() {
            let _ = match backup {
                Some(backup) => std::fs::rename(backup, path),
                None => std::fs::remove_file(path),
            };
        }
        // The staged files not renamed are removed as their guards drop.
        return Err(error);
    }
    // Renamed: the guards must not remove the targets' new names (the files are gone
    // from the temporary names, so dropping them only tries and fails quietly).
    for (_, temporary) in staged {
        let _ = temporary.keep();
    }
    let mut written = Vec::new();
    for (path, backup) in done {
        if let Some(backup) = backup {
            let _ = std::fs::remove_file(backup);
        }
        written.push(path);
    }
    Ok(written)
}

/// Keeps the file at `path`, if there is one, under a second name beside the staged
/// `temporary`, so that it can be put back: a hard link where the system allows, else a
/// copy. On Windows always a copy: a second name of a file that another program holds
/// open (a PDF reader) could not be removed while it holds it, and would be left behind
/// when the rename then fails; reading it for a copy fails first, with nothing changed.
fn keep_old(path: &Path, temporary: &Path) -> std::io::Result<Option<PathBuf>> {
    match std::fs::symlink_metadata(path) {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    }
    let mut backup = temporary.as_os_str().to_owned();
    backup.push(".old");
    let backup = PathBuf::from(backup);
    if cfg!(windows) || std::fs::hard_link(path, &backup).is_err() {
        std::fs::copy(path, &backup)?;
    }
    Ok(Some(backup))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_whole_files_and_leaves_no_temporaries() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/x.pdf");
        write_atomic(&path, b"old").unwrap();
        write_atomic(&path, b"new contents").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new contents");
        let names: Vec<_> = std::fs::read_dir(dir.path().join("sub"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["x.pdf"]);
    }

    #[test]
    fn a_replaced_file_keeps_its_mode_and_a_link_stays_a_link() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.toml");
        std::fs::write(&path, b"old").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        let link = dir.path().join("link.toml");
        std::os::unix::fs::symlink("b.toml", &link).unwrap();
        write_through(&link, b"new").unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        write_atomic(&path, b"newer").unwrap();
        assert_eq!(mode(&path), 0o600);
        // A link to nothing is refused, and nothing is made where it points.
        std::os::unix::fs::symlink("gone.toml", dir.path().join("dead.toml")).unwrap();
        let e = write_through(&dir.path().join("dead.toml"), b"x").unwrap_err();
        assert!(
            e.message.en().contains("a symbolic link to nothing"),
            "{}",
            e.message
        );
        assert!(!dir.path().join("gone.toml").exists());
    }

    #[test]
    fn removed_files_go_with_the_commit_and_come_back_when_it_fails() {
        let dir = tempfile::tempdir().unwrap();
        let stale = dir.path().join("mail/02-old@x.kz.eml");
        std::fs::create_dir_all(stale.parent().unwrap()).unwrap();
        std::fs::write(&stale, b"old draft").unwrap();
        let new = |name: &'static str| Artifact {
            name: name.into(),
            bytes: b"new".to_vec(),
        };
        // A folder in the way of the second file: nothing is written, nothing removed.
        std::fs::create_dir_all(dir.path().join("mail/02-b@x.kz.eml")).unwrap();
        let failed = write_all_removing(
            dir.path(),
            &[new("mail/01-a@x.kz.eml"), new("mail/02-b@x.kz.eml")],
            std::slice::from_ref(&stale),
        );
        assert!(failed.is_err());
        assert_eq!(std::fs::read(&stale).unwrap(), b"old draft");
        assert!(!dir.path().join("mail/01-a@x.kz.eml").exists());
        std::fs::remove_dir(dir.path().join("mail/02-b@x.kz.eml")).unwrap();
        write_all_removing(
            dir.path(),
            &[new("mail/01-a@x.kz.eml")],
            std::slice::from_ref(&stale),
        )
        .unwrap();
        let mut names: Vec<_> = std::fs::read_dir(dir.path().join("mail"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        assert_eq!(names, ["01-a@x.kz.eml"]);
    }

    #[test]
    fn a_rename_that_fails_puts_back_the_files_renamed_before_it() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.pdf"), b"old a").unwrap();
        let staged: Vec<_> = [
            ("a.pdf", &b"new a"[..]),
            ("b.pdf", b"new b"),
            ("c.pdf", b"new c"),
        ]
        .into_iter()
        .map(|(name, bytes)| {
            let path = dir.path().join(name);
            let file = complete_temporary(&path, bytes).unwrap();
            (path, file.into_temp_path())
        })
        .collect();
        let failing = |from: &Path, to: &Path| {
            if to.ends_with("c.pdf") {
                Err(std::io::Error::other("simulated failure"))
            } else {
                std::fs::rename(from, to)
            }
        };
        let error = commit(staged, failing).unwrap_err();
        assert!(error.to_string().contains("simulated failure"), "{error}");
        let mut names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names, ["a.pdf"], "new files or temporaries left behind");
        assert_eq!(std::fs::read(dir.path().join("a.pdf")).unwrap(), b"old a");
    }

    #[test]
    fn names_that_would_leave_or_hide_in_the_output_folder_are_refused() {
        for bad in [
            "...toml",
            "..toml",
            ".toml",
            ".hidden.toml",
            "a\\b.toml",
            "a\tb.toml",
            "a\nb.toml",
            ".presskit-abc.partial.toml",
            "aux.toml",
            "COM1.toml",
            "riga .toml",
            "riga..toml",
            "q&a: 2027.toml",
        ] {
            assert!(folder_name(Path::new(bad)).is_err(), "{bad:?} accepted");
        }
        for good in ["x.toml", "брифинг.toml", "dir/é 2.toml", "a.b.toml"] {
            assert!(folder_name(Path::new(good)).is_ok(), "{good:?} refused");
        }
    }

    #[test]
    fn a_file_named_as_windows_keeps_for_a_device_is_not_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nul.pdf");
        let error = write_atomic(&path, b"x").unwrap_err().to_string();
        assert!(
            error.contains("cannot write a file of this name: Windows keeps the name NUL"),
            "{error}"
        );
        assert!(write_new(&dir.path().join("report."), b"x").is_err());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_file_that_cannot_be_written_leaves_every_old_file_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let artifact = |name: &'static str, bytes: &[u8]| Artifact {
            name: name.into(),
            bytes: bytes.to_vec(),
        };
        write_all(
            dir.path(),
            &[artifact("a.pdf", b"old a"), artifact("b.txt", b"old b")],
        )
        .unwrap();
        // A file where a folder should be: that one artifact cannot be staged.
        std::fs::write(dir.path().join("blocked"), b"").unwrap();
        let failed = write_all(
            dir.path(),
            &[
                artifact("a.pdf", b"new a"),
                artifact("blocked/c.pdf", b"new c"),
                artifact("b.txt", b"new b"),
            ],
        );
        assert!(failed.is_err());
        assert_eq!(std::fs::read(dir.path().join("a.pdf")).unwrap(), b"old a");
        assert_eq!(std::fs::read(dir.path().join("b.txt")).unwrap(), b"old b");
        let mut names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(
            names,
            ["a.pdf", "b.txt", "blocked"],
            "temporaries left behind"
        );
        let written = write_all(
            dir.path(),
            &[artifact("a.pdf", b"new a"), artifact("b.txt", b"new b")],
        )
        .unwrap();
        assert_eq!(
            written,
            [dir.path().join("a.pdf"), dir.path().join("b.txt")]
        );
        assert_eq!(std::fs::read(dir.path().join("b.txt")).unwrap(), b"new b");
    }
}
