//! Building the web client: trunk, then the service worker and precompressed files.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use sha2::{Digest, Sha256};

use crate::tools::{self, Toolchain};
use crate::util::{root, run};

/// Files the server may send compressed; the rest (images) are compressed already.
const COMPRESSIBLE: [&str; 7] = ["html", "js", "wasm", "css", "svg", "webmanifest", "json"];

pub fn build() -> Result<PathBuf> {
    let toolchain = tools::setup(false)?;
    build_with(&toolchain)
}

/// Builds `web/dist`: the size-optimised client, `sw.js` with the list of this build's files,
/// and `.br`/`.gz` siblings of every text file.
pub fn build_with(toolchain: &Toolchain) -> Result<PathBuf> {
    run(toolchain.trunk().args(["build", "--release", "--locked"]), "trunk build")?;
    let dist = root().join("web/dist");
    externalise_boot_script(&dist)?;
    let files = shell_files(&dist)?;
    write_service_worker(&dist, &files)?;
    for file in &files {
        precompress(&dist.join(file))?;
    }
    precompress(&dist.join("sw.js"))?;
    eprintln!("    web/dist: {} files, service worker precaches {}", files.len() + 1, files.len());
    Ok(dist)
}

/// Moves the module script trunk writes inline into `index.html` (it loads the wasm) into a file
/// named by its hash, `boot-<hash>.js`. The server's Content-Security-Policy allows scripts from
/// the site's own files only, never inline ones, so a script slipped into a page cannot run.
fn externalise_boot_script(dist: &Path) -> Result<()> {
    let index_path = dist.join("index.html");
    let index = std::fs::read_to_string(&index_path).context("could not read web/dist/index.html")?;
    let (inline, external) = split_boot_script(&index)?;
    let name = format!("boot-{}.js", &hex::encode(Sha256::digest(inline.as_bytes()))[..16]);
    std::fs::write(dist.join(&name), inline)?;
    std::fs::write(&index_path, external.replace("__DALA_BOOT__", &format!("/{name}")))?;
    Ok(())
}

/// Splits `index.html` into its one inline module script and the page with that script replaced
/// by `<script type="module" src="__DALA_BOOT__"></script>`. Any other inline script is an error:
/// the Content-Security-Policy would block it.
fn split_boot_script(index: &str) -> Result<(String, String)> {
    const OPEN: &str = "<script type=\"module\">";
    let start =
        index.find(OPEN).context("web/dist/index.html has no inline module script (did trunk change?)")?;
    let body_start = start + OPEN.len();
    let end =
        body_start + index[body_start..].find("</script>").context("unterminated <script> in index.html")?;
    let inline = index[body_start..end].trim().to_owned();
    let page = format!(
        "{}<script type=\"module\" src=\"__DALA_BOOT__\"></script>{}",
        &index[..start],
        &index[end + "</script>".len()..]
    );
    let rest = page.replace("<script type=\"module\" src=\"__DALA_BOOT__\"></script>", "");
    if rest.contains("<script>") || rest.contains("<script type=\"module\">") {
        anyhow::bail!(
            "web/dist/index.html has another inline script, which the Content-Security-Policy forbids"
        );
    }
    Ok((inline, page))
}

/// Every file of the build (relative paths), except the service worker and compressed copies.
pub fn shell_files(dist: &Path) -> Result<Vec<String>> {
    let mut files = Vec::new();
    let mut stack = vec![dist.to_owned()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).with_context(|| format!("could not list {}", dir.display()))? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let relative = path.strip_prefix(dist)?.to_string_lossy().replace('\\', "/");
            let skip = relative == "sw.js" || relative.ends_with(".br") || relative.ends_with(".gz");
            if !skip {
                files.push(relative);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// Fills the template `assets/sw.js` with this build's files and a version derived from their
/// content: any change to the shell changes `sw.js`, which makes browsers install the update.
fn write_service_worker(dist: &Path, files: &[String]) -> Result<()> {
    let mut hasher = Sha256::new();
    for file in files {
        hasher.update(file.as_bytes());
        hasher.update(Sha256::digest(std::fs::read(dist.join(file))?));
    }
    let version = hex::encode(&hasher.finalize()[..8]);
    let urls: Vec<String> = files.iter().map(|f| format!("/{f}")).collect();
    let template =
        std::fs::read_to_string(root().join("assets/sw.js")).context("could not read assets/sw.js")?;
    let sw = template
        .replace("__DALA_VERSION__", &version)
        .replace("__DALA_PRECACHE__", &serde_json::to_string(&urls)?);
    std::fs::write(dist.join("sw.js"), sw)?;
    Ok(())
}

fn precompress(path: &Path) -> Result<()> {
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or_default();
    if !COMPRESSIBLE.contains(&extension) {
        return Ok(());
    }
    let bytes = std::fs::read(path)?;
    let brotli = brotli_bytes(&bytes);
    if brotli.len() < bytes.len() {
        std::fs::write(with_suffix(path, ".br"), brotli)?;
    }
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gzip.write_all(&bytes)?;
    let gzip = gzip.finish()?;
    if gzip.len() < bytes.len() {
        std::fs::write(with_suffix(path, ".gz"), gzip)?;
    }
    Ok(())
}

/// Brotli at its best quality, as a release build warrants.
pub fn brotli_bytes(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("writing to a Vec cannot fail");
    out
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_boot_script_moves_out_of_the_page() {
        let page = "<head>\n<script type=\"module\">\nimport init from '/a.js';\nawait init();\n</script>\n<link rel=\"stylesheet\" href=\"/s.css\"></head>";
        let (inline, external) = super::split_boot_script(page).unwrap();
        assert_eq!(inline, "import init from '/a.js';\nawait init();");
        assert!(external.contains("<script type=\"module\" src=\"__DALA_BOOT__\"></script>"), "{external}");
        assert!(!external.contains("import init"));
        assert!(super::split_boot_script("<p>no script</p>").is_err());
        let two = format!("{page}<script>alert(1)</script>");
        assert!(super::split_boot_script(&two).is_err());
    }
}
