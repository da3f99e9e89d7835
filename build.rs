//! Compiles every template of `templates/` into the binary, so that adding a template is
//! adding its file: writes `$OUT_DIR/templates.rs`, the list `templates::BUILTIN` reads,
//! the documents' templates first, then the partials, each group by name.

use std::path::{Path, PathBuf};

fn main() {
    // Read when the script runs (not compiled in): cargo sets it to this package's folder.
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = PathBuf::from(manifest).join("templates");
    // A folder here is scanned whole: a template added, edited or removed reruns this.
    println!("cargo::rerun-if-changed=templates");
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort_by_key(|(name, _)| (name.contains('/'), name.clone()));
    let mut list = String::from("&[\n");
    for (name, path) in files {
        list.push_str(&format!("    ({name:?}, include_str!({path:?})),\n"));
    }
    list.push_str("]\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("templates.rs"), list).expect("OUT_DIR is writable");
}

/// Every `*.hbs` file under `dir`, by its path under `root` (with `/`), and its path.
fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, PathBuf)>) {
    let entries = std::fs::read_dir(dir).expect("templates/ is readable");
    for entry in entries {
        let path = entry.expect("templates/ is readable").path();
        if path.is_dir() {
            collect(root, &path, files);
        } else if path.extension().is_some_and(|e| e == "hbs") {
            let name = path
                .strip_prefix(root)
                .expect("under templates/")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            files.push((name, path));
        }
    }
}
