//! Compiles every template of `templates/` into the binary, so that adding a template is
//! adding its file: writes `$OUT_DIR/templates.rs`, the list `templates::BUILTIN` reads,
//! the documents' templates first, then the partials, each group by name.
//!
//! No `rerun-if-changed` is printed, so cargo runs this again whenever any file of the
//! package changes: a folder watched by modification time alone misses a template of a
//! checkout older than the last run (two checkouts sharing one target folder). The list
//! names files relative to the package, so a moved checkout still finds them, and it is
//! rewritten only when it changes, so an unchanged list costs no rebuild.

use std::path::{Path, PathBuf};

fn main() {
    // Read when the script runs (not compiled in): cargo sets it to this package's folder.
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = PathBuf::from(manifest).join("templates");
    let mut names = Vec::new();
    collect(&root, &root, &mut names);
    names.sort_by_key(|name| (name.contains('/'), name.clone()));
    let mut list = String::from("&[\n");
    for name in names {
        let path = format!("/templates/{name}");
        list.push_str(&format!(
            "    ({name:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), {path:?}))),\n"
        ));
    }
    list.push_str("]\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let file = out.join("templates.rs");
    if std::fs::read_to_string(&file).ok().as_deref() != Some(list.as_str()) {
        std::fs::write(&file, list).expect("OUT_DIR is writable");
    }
}

/// Every `*.hbs` file under `dir`, by its path under `root` (with `/`).
fn collect(root: &Path, dir: &Path, names: &mut Vec<String>) {
    let entries = std::fs::read_dir(dir).expect("templates/ is readable");
    for entry in entries {
        let path = entry.expect("templates/ is readable").path();
        if path.is_dir() {
            collect(root, &path, names);
        } else if path.extension().is_some_and(|e| e == "hbs") {
            let name = path
                .strip_prefix(root)
                .expect("under templates/")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            names.push(name);
        }
    }
}
