//! Embeds the interface's messages in the binary: every `web/locales/<tag>/*.ftl` (the client's,
//! which the server serves merged per language: `languages.rs`) and every
//! `server/locales/<tag>.ftl` (the server's own words). A language is a folder; adding one needs
//! no change here.

use std::fmt::Write;
use std::path::{Path, PathBuf};

fn main() {
    let server = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let web = server.parent().expect("the server is in the workspace").join("web/locales");
    let own = server.join("locales");
    println!("cargo:rerun-if-changed={}", web.display());
    println!("cargo:rerun-if-changed={}", own.display());

    let mut code = String::from(
        "/// `(tag, [(file stem, text)])`, sorted.\npub static CLIENT: &[(&str, &[(&str, &str)])] = &[\n",
    );
    for language in sorted(&web, |p| p.is_dir()) {
        let tag = name(&language);
        writeln!(code, "    ({tag:?}, &[").unwrap();
        for file in sorted(&language, |p| p.extension().is_some_and(|e| e == "ftl")) {
            let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
            writeln!(code, "        ({stem:?}, include_str!({:?})),", file.display().to_string()).unwrap();
        }
        code.push_str("    ]),\n");
    }
    code.push_str("];\n\n/// `(tag, text)`, sorted.\npub static SERVER: &[(&str, &str)] = &[\n");
    for file in sorted(&own, |p| p.extension().is_some_and(|e| e == "ftl")) {
        let tag = file.file_stem().unwrap().to_string_lossy().into_owned();
        writeln!(code, "    ({tag:?}, include_str!({:?})),", file.display().to_string()).unwrap();
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it")).join("locales.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}

fn sorted(dir: &Path, keep: impl Fn(&Path) -> bool) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.expect("a readable folder").path())
        .filter(|path| keep(path))
        .collect();
    paths.sort();
    paths
}

fn name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}
