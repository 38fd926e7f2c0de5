//! Building the web client: trunk, then the service worker and precompressed files.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use sha2::{Digest, Sha256};

use std::collections::BTreeMap;

use dala_wire::bundles::Bundle;

use crate::tools::{self, Toolchain};
use crate::util::{Step, root, run};

/// Files the server may send compressed; the rest (images) are compressed already.
const COMPRESSIBLE: [&str; 7] = ["html", "js", "wasm", "css", "svg", "webmanifest", "json"];

pub fn build() -> Result<PathBuf> {
    let toolchain = tools::setup(false)?;
    build_with(&toolchain)
}

/// Builds `web/dist`: one size-optimised app per bundle (see `dala_wire::bundles`), each with
/// its own page (`index.html`, `staff.html`, `verify.html`); `sw.js` with the learner's files to
/// precache and the other bundles' files to keep once used; `.br`/`.gz` siblings of every text
/// file.
pub fn build_with(toolchain: &Toolchain) -> Result<PathBuf> {
    let dist = root().join("web/dist");
    let staging = root().join("target/web-bundles");
    let mut steps = Step::nested(Bundle::ALL.len() + 1);
    let messages = messages_version()?;
    let mut bundles = Vec::new();
    for bundle in Bundle::ALL {
        steps.next(&format!("trunk: the {} app", bundle.name()));
        let page = bundle_page(bundle)?;
        let out = staging.join(bundle.name());
        run(
            toolchain
                .trunk()
                .env("DALA_MESSAGES_VERSION", &messages)
                .arg("build")
                .arg(&page)
                .args(["--release", "--locked", "--dist"])
                .arg(&out),
            "trunk build",
        )?;
        externalise_boot_script(&out)?;
        bundles.push((bundle, out));
    }
    steps.next("web/dist: pages, service worker, compressed copies");
    let files = assemble(&dist, &bundles)?;
    write_service_worker(&dist, &files, &messages)?;
    for file in files.values().flatten() {
        precompress(&dist.join(file))?;
    }
    precompress(&dist.join("sw.js"))?;
    let learner = &files[&Bundle::Learner];
    let others: usize = files.iter().filter(|(b, _)| **b != Bundle::Learner).map(|(_, f)| f.len()).sum();
    eprintln!(
        "    web/dist: {} files; the service worker precaches the learner's {} and keeps the other bundles' {} once used",
        learner.len() + others + 1,
        learner.len(),
        others
    );
    Ok(dist)
}

/// The HTML page trunk builds a bundle from: `web/index.html` for the learner's app, and for the
/// others a copy of it naming their binary (written next to it, so its relative paths hold, and
/// ignored by git), so that every page has the same head.
fn bundle_page(bundle: Bundle) -> Result<PathBuf> {
    let index = root().join("web/index.html");
    if bundle == Bundle::Learner {
        return Ok(index);
    }
    let learner = std::fs::read_to_string(&index).context("could not read web/index.html")?;
    const LEARNER_BIN: &str = "data-bin=\"dala-web\"";
    anyhow::ensure!(learner.contains(LEARNER_BIN), "web/index.html does not name {LEARNER_BIN}");
    let page = root().join("web").join(bundle.page());
    let mut bin = format!("data-bin=\"dala-{}\"", bundle.name());
    if bundle == Bundle::WalletCheck {
        // Its binary needs its feature (web/Cargo.toml); the other apps' builds stay without.
        bin.push_str(" data-cargo-features=\"wallet-check\"");
    }
    std::fs::write(&page, learner.replace(LEARNER_BIN, &bin))?;
    Ok(page)
}

/// Copies every bundle's build into `dist`, each page named after its bundle, and returns each
/// bundle's files (relative paths). A file two bundles share (the style sheet, the icon) is the
/// learner's.
fn assemble(dist: &Path, bundles: &[(Bundle, PathBuf)]) -> Result<BTreeMap<Bundle, Vec<String>>> {
    if dist.exists() {
        std::fs::remove_dir_all(dist).with_context(|| format!("could not empty {}", dist.display()))?;
    }
    let mut files: BTreeMap<Bundle, Vec<String>> = BTreeMap::new();
    let mut taken = std::collections::BTreeSet::new();
    for (bundle, out) in bundles {
        let mut own = Vec::new();
        for file in shell_files(out)? {
            let name = if file == "index.html" { bundle.page().to_owned() } else { file.clone() };
            let target = dist.join(&name);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent)?;
            }
            if taken.insert(name.clone()) {
                std::fs::copy(out.join(&file), &target)?;
                own.push(name);
            } else {
                anyhow::ensure!(
                    std::fs::read(out.join(&file))? == std::fs::read(&target)?,
                    "two bundles build different files named {name}"
                );
            }
        }
        own.sort();
        files.insert(*bundle, own);
    }
    Ok(files)
}

/// Moves the module script trunk writes inline into `index.html` (it loads the wasm) into a file
/// named by its hash, `boot-<hash>.js`. The server's Content-Security-Policy allows scripts from
/// the site's own files only, never inline ones, so a script slipped into a page cannot run.
///
/// The app also starts only after the page's first frame ([`start_after_first_frame`]): the
/// server's first paint shows the catalog without it, and the wasm must not compete with that
/// paint for a slow link.
fn externalise_boot_script(dist: &Path) -> Result<()> {
    let index_path = dist.join("index.html");
    let index = std::fs::read_to_string(&index_path).context("could not read web/dist/index.html")?;
    let (inline, external) = split_boot_script(&index)?;
    let (inline, external) = start_after_first_frame(&inline, &external)?;
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

/// Takes out the `<link rel="modulepreload">` and `<link rel="preload">` trunk puts in the head
/// for the app's script and wasm, and makes the boot script's static import a dynamic one after
/// the first frame. Fetched from the head, the app's ~400 KB would share the link with the first
/// paint and hold it back; fetched a frame later, they follow it. (A tab opened in the background
/// draws no frame: there the app starts after half a second.)
fn start_after_first_frame(boot: &str, page: &str) -> Result<(String, String)> {
    const PREFIX: &str = "import init, * as bindings from '";
    let line = boot.lines().next().unwrap_or_default();
    let module = line.strip_prefix(PREFIX).and_then(|rest| rest.strip_suffix("';")).with_context(|| {
        format!("the boot script does not start with {PREFIX}…'; (did trunk change?): {line}")
    })?;
    let rest = &boot[line.len()..];
    let boot = format!(
        "await new Promise((go) => {{ requestAnimationFrame(() => setTimeout(go, 0)); setTimeout(go, 500); }});\n\
         const bindings = await import('{module}');\n\
         const init = bindings.default;{rest}"
    );
    let mut kept = String::with_capacity(page.len());
    let mut removed = 0;
    for piece in page.split_inclusive('>') {
        let tag = piece.trim_start();
        if tag.starts_with("<link rel=\"modulepreload\"") || tag.starts_with("<link rel=\"preload\"") {
            kept.push_str(&piece[..piece.len() - tag.len()]);
            removed += 1;
        } else {
            kept.push_str(piece);
        }
    }
    anyhow::ensure!(removed > 0, "the page has no preload links for the app (did trunk change?)");
    Ok((boot, kept))
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
/// The learner's files are precached; each other bundle's are listed with its page's first path
/// segments, for the worker to keep once that page is opened.
fn write_service_worker(dist: &Path, files: &BTreeMap<Bundle, Vec<String>>, messages: &str) -> Result<()> {
    let mut hasher = Sha256::new();
    hasher.update(messages.as_bytes());
    for file in files.values().flatten() {
        hasher.update(file.as_bytes());
        hasher.update(Sha256::digest(std::fs::read(dist.join(file))?));
    }
    let version = hex::encode(&hasher.finalize()[..8]);
    let urls = |bundle: Bundle| -> Vec<String> { files[&bundle].iter().map(|f| format!("/{f}")).collect() };
    let others: serde_json::Map<String, serde_json::Value> = Bundle::ALL
        .into_iter()
        .filter(|b| *b != Bundle::Learner)
        .map(|bundle| {
            let entry = serde_json::json!({
                "page": format!("/{}", bundle.page()),
                "segments": bundle.first_segments(),
                "files": urls(bundle),
            });
            (bundle.name().to_owned(), entry)
        })
        .collect();
    let template =
        std::fs::read_to_string(root().join("assets/sw.js")).context("could not read assets/sw.js")?;
    let sw = template
        .replace("__DALA_VERSION__", &version)
        .replace("__DALA_PRECACHE__", &serde_json::to_string(&urls(Bundle::Learner))?)
        .replace("__DALA_BUNDLES__", &serde_json::to_string(&others)?)
        .replace("__DALA_MESSAGES__", messages);
    std::fs::write(dist.join("sw.js"), sw)?;
    Ok(())
}

/// A hash of every file in `web/locales`: the version of the interface's messages, which the
/// app puts in the address it fetches them from (`web/src/messages.rs`) and the service worker
/// keeps them under.
fn messages_version() -> Result<String> {
    let mut files = Vec::new();
    let mut stack = vec![root().join("web/locales")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).with_context(|| format!("could not list {}", dir.display()))? {
            let path = entry?.path();
            if path.is_dir() { stack.push(path) } else { files.push(path) }
        }
    }
    files.sort();
    let mut hasher = Sha256::new();
    for file in files {
        hasher.update(file.strip_prefix(root())?.to_string_lossy().as_bytes());
        hasher.update(Sha256::digest(std::fs::read(&file)?));
    }
    Ok(hex::encode(&hasher.finalize()[..8]))
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

    #[test]
    fn the_app_starts_after_the_first_frame_without_preloads() {
        let boot = "import init, * as bindings from '/app-1.js';\nconst wasm = await init({ module_or_path: '/app-1_bg.wasm' });\nwindow.wasmBindings = bindings;";
        let page = "<head>\n<link rel=\"stylesheet\" href=\"/s.css\"/>\n<link rel=\"modulepreload\" href=\"/app-1.js\" crossorigin=\"anonymous\">\n<link rel=\"preload\" href=\"/app-1_bg.wasm\" as=\"fetch\" type=\"application/wasm\">\n<link rel=\"icon\" href=\"/icon.svg\"></head>";
        let (boot, page) = super::start_after_first_frame(boot, page).unwrap();
        assert!(boot.starts_with("await new Promise((go) => { requestAnimationFrame("), "{boot}");
        assert!(boot.contains("const bindings = await import('/app-1.js');\nconst init = bindings.default;\nconst wasm = await init("), "{boot}");
        assert!(!boot.contains("import init"), "{boot}");
        assert!(!page.contains("preload"), "{page}");
        assert!(page.contains("/s.css") && page.contains("/icon.svg"), "{page}");
        assert!(super::start_after_first_frame("import x from '/a.js';", page.as_str()).is_err());
    }
}
