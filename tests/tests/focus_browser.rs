//! Keyboard and screen-reader use across pages: after each route change the focus is on the new
//! page's heading, and the focus ring keeps at least 3:1 against the background it is drawn on
//! (WCAG 2.1 SC 2.4.3 and 1.4.11), in the header's green and on the page alike.

use anyhow::{Result, ensure};
use dala_tests::{Browser, Server};
use fantoccini::key::Key;

const COURSE: &str = "cso-communications-en";

/// The focused element's tag and text, and its outline's contrast against the first opaque
/// background behind it (WCAG relative luminance).
const FOCUS: &str = r#"
const e = document.activeElement;
const rgb = c => (c.match(/[\d.]+/g) || []).map(Number);
const lum = ([r, g, b]) => {
  const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
let back = e.parentElement, bg = null;
while (back) {
  const c = rgb(getComputedStyle(back).backgroundColor);
  if (c.length >= 3 && (c.length < 4 || c[3] > 0)) { bg = c; break; }
  back = back.parentElement;
}
bg = bg || [255, 255, 255];
const style = getComputedStyle(e);
const ring = rgb(style.outlineColor);
const [a, b] = [lum(ring) + 0.05, lum(bg) + 0.05];
return { tag: e.tagName, text: (e.innerText || '').slice(0, 60), outline: style.outlineStyle,
         width: parseFloat(style.outlineWidth), contrast: Math.max(a, b) / Math.min(a, b),
         inHeader: !!e.closest('.top') };
"#;

async fn focused(b: &Browser) -> Result<serde_json::Value> {
    Ok(b.client.execute(FOCUS, vec![]).await?)
}

async fn tab(b: &Browser) -> Result<serde_json::Value> {
    b.client.active_element().await?.send_keys(&String::from(char::from(Key::Tab))).await?;
    focused(b).await
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn focus_lands_on_each_new_pages_heading_and_its_ring_stands_out() -> Result<()> {
    let data = tempfile::tempdir()?;
    let server = Server::start(data.path())?;
    let browser = Browser::start().await?;
    let b = &browser;
    b.client.goto(&server.url("/")).await?;
    b.wait_for_script(
        &format!("return !!document.querySelector(\"a[href='/courses/{COURSE}']\")"),
        "the catalog",
    )
    .await?;
    // The server's first paint shows the catalog before the app starts; a Tab pressed while the
    // app takes over in place can land on the body. Keys are pressed once the app is running.
    b.wait_for_app().await?;

    // The first Tab of a visit reaches the skip link, in the header: the yellow ring on green.
    let first = tab(b).await?;
    ensure!(first["inHeader"] == true, "the first stop is in the header: {first}");
    ensure!(first["outline"] == "solid" && first["width"].as_f64() >= Some(2.0), "a ring is drawn: {first}");
    ensure!(first["contrast"].as_f64() >= Some(3.0), "the header's ring has 3:1: {first}");

    // A route change moves the focus to the new page's heading.
    b.click(&format!("a[href='/courses/{COURSE}']")).await?;
    b.wait_for_script(
        "return document.activeElement && document.activeElement.matches('main h1')",
        "the focus on the course page's heading",
    )
    .await?;
    let heading = focused(b).await?;
    ensure!(heading["text"].as_str().is_some_and(|t| t.contains("Communications")), "{heading}");

    // Tab from there goes on into the page, where the ring is near-black on white.
    let mut stop = tab(b).await?;
    for _ in 0..20 {
        if stop["inHeader"] == false && stop["tag"] != "H1" {
            break;
        }
        stop = tab(b).await?;
    }
    ensure!(stop["inHeader"] == false, "Tab reaches the page: {stop}");
    ensure!(stop["contrast"].as_f64() >= Some(3.0), "the page's ring has 3:1: {stop}");

    // Back, by the browser: the catalog's heading takes the focus again.
    b.client.back().await?;
    b.wait_for_script(
        "return location.pathname === '/' && document.activeElement && document.activeElement.matches('main h1')",
        "the focus on the catalog's heading",
    )
    .await?;
    browser.close().await
}
