//! Images named by a briefing (`logo`, `photo`, `file`), read safely: the path stays in
//! the briefing's folder (links included), the file is no larger than
//! [`MAX_ASSET_BYTES`] and is the image its name says; a file not there is told with its
//! near miss.

use std::path::{Component, Path, PathBuf};

use crate::messages::{Msg, input::Input};
use crate::vocab::Asset;

/// Largest image read for a logo or photo, in bytes.
pub const MAX_ASSET_BYTES: u64 = 16 * 1024 * 1024;

/// Why the file `relative` (its `parts`, under `folder`) cannot be found, in plain words
/// and with the path as the briefing writes it; the hint names a file of nearly that name
/// (another case, another extension, a letter off) when the folder has one, else what
/// the folder holds.
fn not_there(
    folder: &Path,
    parts: &[String],
    relative: &str,
    key: &str,
    error: &std::io::Error,
) -> (Input, Input) {
    let check = Input::CheckThePath;
    let relative_text = relative.to_string();
    if error.kind() == std::io::ErrorKind::PermissionDenied {
        return (
            Input::NotAllowedToRead {
                path: relative_text,
            },
            Input::NotAllowedToReadHint,
        );
    }
    if error.kind() != std::io::ErrorKind::NotFound {
        return (
            Input::CannotRead {
                path: relative_text,
                reason: plain_io_error(error),
            },
            check,
        );
    }
    // Walk the path: each part that is not there is replaced by its near miss, if any.
    let mut at = folder.to_path_buf();
    let mut found: Vec<String> = Vec::new();
    let mut missing: Option<(usize, Vec<String>)> = None;
    for (i, part) in parts.iter().enumerate() {
        if at.join(part).exists() {
            found.push(part.clone());
            at.push(part);
            continue;
        }
        let names: Vec<String> = std::fs::read_dir(&at)
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| !n.starts_with('.'))
                    .collect()
            })
            .unwrap_or_default();
        if missing.is_none() {
            missing = Some((i, names.clone()));
        }
        match near_miss(part, &names) {
            Some(name) => {
                at.push(&name);
                found.push(name);
            }
            None => {
                found.clear();
                break;
            }
        }
    }
    let (index, names) = missing.unwrap_or((parts.len() - 1, Vec::new()));
    let shown_parent = parts[..index].join("/");
    let message = if index + 1 < parts.len() {
        Input::NoFolder {
            folder: parts[..=index].join("/"),
            path: relative_text,
        }
    } else {
        Input::NoFile {
            path: relative_text,
        }
    };
    let hint = if !found.is_empty() && at.is_file() {
        let fixed = found.join("/");
        Input::NearlyTheFile {
            line: format!("{key} = \"{fixed}\""),
            fixed,
        }
    } else {
        let mut names = names;
        names.sort();
        match names.len() {
            0 => check,
            n if n <= 8 && shown_parent.is_empty() => Input::FolderHolds {
                names: names.join(", "),
            },
            n if n <= 8 => Input::SubfolderHolds {
                folder: shown_parent,
                names: names.join(", "),
            },
            _ => check,
        }
    };
    (message, hint)
}

/// The name among `names` that `wanted` nearly is: the same letters in another case,
/// another image extension (`.jpeg` for `.jpg`), or one or two letters off in a long
/// name; `None` when no one name is that near.
fn near_miss(wanted: &str, names: &[String]) -> Option<String> {
    let fold = |n: &str| n.to_lowercase();
    let stem = |n: &str| {
        let n = fold(n);
        match n.rsplit_once('.') {
            Some((stem, "jpg" | "jpeg" | "png" | "svg")) => stem.to_string(),
            _ => n,
        }
    };
    let wanted_folded = fold(wanted);
    if let Some(n) = names.iter().find(|n| fold(n) == wanted_folded) {
        return Some(n.clone());
    }
    let same_stem: Vec<&String> = names.iter().filter(|n| stem(n) == stem(wanted)).collect();
    if let [one] = same_stem.as_slice() {
        return Some((*one).clone());
    }
    let limit = (wanted.chars().count() / 5).clamp(1, 2);
    let mut close: Vec<(usize, &String)> = names
        .iter()
        .map(|n| (strsim::damerau_levenshtein(&fold(n), &wanted_folded), n))
        .filter(|(d, _)| *d <= limit)
        .collect();
    close.sort();
    match close.as_slice() {
        [(d, n)] => (*d > 0).then(|| (*n).clone()),
        [(d, n), (e, _), ..] if d < e => Some((*n).clone()),
        _ => None,
    }
}

/// An input/output error in words, without the operating system's code.
fn plain_io_error(error: &std::io::Error) -> String {
    let text = error.to_string();
    match text.rsplit_once(" (os error") {
        Some((words, _)) => words.to_lowercase(),
        None => text,
    }
}

/// Reads an image relative to `folder`, which it may not leave (symbolic links included);
/// `key` names it in the hints (`photo`).
pub(super) fn read_asset(
    folder: &Path,
    relative: &str,
    key: &str,
) -> Result<Asset, Box<(Input, Input)>> {
    let inside = Input::PathsStayInside;
    let path = || relative.to_string();
    // A path from the disk (`C:/Users/…/photo.jpg`): the file is copied beside the
    // briefing and named from there.
    let copy = || {
        let file = relative.rsplit(['/', '\\']).next().unwrap_or(relative);
        Input::CopyIntoFolder {
            file: file.to_string(),
            line: format!("{key} = \"{file}\""),
        }
    };
    let drive =
        relative.get(1..2) == Some(":") && relative.starts_with(|c: char| c.is_ascii_alphabetic());
    if drive {
        return Err((Input::PathAbsolute { path: path() }, copy()).into());
    }
    let rel = Path::new(relative);
    let mut parts: Vec<String> = Vec::new();
    for component in rel.components() {
        match component {
            Component::Normal(part) => {
                let name = part.to_string_lossy().into_owned();
                // Restored from the archive on a Windows PC, the file must be writable.
                if crate::portable::refusal(&name).is_some() {
                    let rename = Input::RenameForWindows {
                        key: key.to_string(),
                    };
                    return Err((Input::PathNotPortable { path: path(), name }, rename).into());
                }
                parts.push(name)
            }
            Component::CurDir => {}
            Component::ParentDir => {
                if parts.pop().is_none() {
                    return Err((Input::PathLeavesFolder { path: path() }, inside).into());
                }
            }
            Component::RootDir | Component::Prefix(_) => {
                return Err((Input::PathAbsolute { path: path() }, copy()).into());
            }
        }
    }
    if parts.is_empty() {
        return Err((Input::PathNamesNoFile { path: path() }, inside).into());
    }
    let joined: PathBuf = parts
        .iter()
        .fold(folder.to_path_buf(), |p, part| p.join(part));
    let not_found = |e: std::io::Error| not_there(folder, &parts, relative, key, &e);
    let real = joined.canonicalize().map_err(not_found)?;
    let root = folder.canonicalize().map_err(not_found)?;
    if !real.starts_with(&root) {
        return Err((Input::PathThroughLink { path: path() }, inside).into());
    }
    let meta = std::fs::metadata(&real).map_err(not_found)?;
    if !meta.is_file() {
        return Err((Input::PathNotAFile { path: path() }, inside).into());
    }
    if meta.len() > MAX_ASSET_BYTES {
        return Err((
            Input::ImageTooLarge {
                path: path(),
                bytes: meta.len().to_string(),
                most: MAX_ASSET_BYTES.to_string(),
            },
            Input::ImageTooLargeHint,
        )
            .into());
    }
    // A file that cannot be opened (no right to read it) is told in words, not the OS's.
    std::fs::File::open(&real).map_err(not_found)?;
    let bytes = crate::input::bounded::read(&real, MAX_ASSET_BYTES).map_err(|e| {
        (
            Input::AtKey {
                key: format!("`{relative}`"),
                what: Box::new(Msg::Foreign(e.to_string())),
            },
            Input::CheckThePath,
        )
    })?;
    let kind = image_kind(&bytes);
    let extension = rel
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let expected = match extension.as_str() {
        "png" => "PNG",
        "jpg" | "jpeg" => "JPEG",
        "svg" => "SVG",
        _ => {
            return Err((
                Input::NotAnImageName { path: path() },
                Input::ImageNamesHint,
            )
                .into());
        }
    };
    if kind != Some(expected) {
        let message = match kind {
            Some(found) => Input::ImageOfAnotherFormat {
                path: path(),
                expected: expected.into(),
                found: found.into(),
            },
            None => Input::ImageNotAnImage {
                path: path(),
                expected: expected.into(),
            },
        };
        return Err((message, Input::ExportAgainHint).into());
    }
    let asset = Asset {
        virtual_path: format!("/{}", parts.join("/")),
        bytes,
    };
    let kind = match expected {
        "PNG" => crate::input::image::Kind::Png,
        "JPEG" => crate::input::image::Kind::Jpeg,
        _ => crate::input::image::Kind::Svg,
    };
    crate::input::image::check(&asset, kind).map_err(|e| {
        (
            Input::AtKey {
                key: format!("`{relative}`"),
                what: Box::new(Msg::Foreign(e.to_string())),
            },
            Input::ExportAgainSizedHint,
        )
    })?;
    Ok(asset)
}

/// Recognises PNG, JPEG and SVG by their first bytes.
fn image_kind(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("PNG")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("JPEG")
    } else {
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
        head.contains("<svg").then_some("SVG")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_not_there_is_told_in_words_with_its_near_miss() {
        let names = |list: &[&str]| list.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        let near = |wanted: &str, list: &[&str]| near_miss(wanted, &names(list));
        assert_eq!(
            near("portrait.jpg", &["portrait.JPG", "team.jpg"]).as_deref(),
            Some("portrait.JPG")
        );
        assert_eq!(
            near("portrait.jpg", &["portrait.jpeg"]).as_deref(),
            Some("portrait.jpeg")
        );
        assert_eq!(
            near("portrait.jpg", &["protrait.jpg"]).as_deref(),
            Some("protrait.jpg")
        );
        assert_eq!(
            near("a.png", &["b.png", "c.png"]),
            None,
            "two as near: no guess"
        );
        assert_eq!(near("logo.png", &["emblem.svg"]), None);
        let dir = tempfile::tempdir().unwrap();
        let parts = names(&["photos", "x.jpg"]);
        let denied = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        let (message, _) = not_there(dir.path(), &parts, "photos/x.jpg", "photo", &denied);
        assert_eq!(
            Msg::from(message).en(),
            "`photos/x.jpg` is there, but presskit is not allowed to read it"
        );
        let gone = std::io::Error::from(std::io::ErrorKind::NotFound);
        let (message, hint) = not_there(dir.path(), &parts, "photos/x.jpg", "photo", &gone);
        let hint = Msg::from(hint).en();
        assert_eq!(
            Msg::from(message).en(),
            "there is no folder `photos` in the briefing's folder, so no `photos/x.jpg`"
        );
        assert!(!hint.contains("os error"), "{hint}");
    }

    #[test]
    fn asset_paths_stay_inside_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("logo.png"),
            crate::input::image::ONE_PIXEL_PNG,
        )
        .unwrap();
        std::fs::write(dir.path().join("fake.png"), b"GIF89a").unwrap();
        assert_eq!(
            read_asset(dir.path(), "./logo.png", "logo")
                .unwrap()
                .virtual_path,
            "/logo.png"
        );
        assert!(matches!(
            read_asset(dir.path(), "../logo.png", "logo").unwrap_err().0,
            Input::PathLeavesFolder { .. }
        ));
        assert!(matches!(
            read_asset(dir.path(), "/etc/passwd", "logo").unwrap_err().0,
            Input::PathAbsolute { .. }
        ));
        assert!(matches!(
            read_asset(dir.path(), "fake.png", "logo").unwrap_err().0,
            Input::ImageNotAnImage { .. }
        ));
        let huge = std::fs::File::create(dir.path().join("huge.png")).unwrap();
        huge.set_len(MAX_ASSET_BYTES + 1).unwrap();
        assert!(matches!(
            read_asset(dir.path(), "huge.png", "logo").unwrap_err().0,
            Input::ImageTooLarge { .. }
        ));
        assert_eq!(
            read_asset(dir.path(), "C:/Users/aliya/photo.jpg", "photo")
                .unwrap_err()
                .1,
            Input::CopyIntoFolder {
                file: "photo.jpg".into(),
                line: "photo = \"photo.jpg\"".into()
            }
        );
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink("/etc/hostname", dir.path().join("link.png")).unwrap();
            assert!(matches!(
                read_asset(dir.path(), "link.png", "logo").unwrap_err().0,
                Input::PathThroughLink { .. }
            ));
        }
    }
}
