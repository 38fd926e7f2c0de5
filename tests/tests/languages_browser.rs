//! The interface in each of its ten languages, in the real client: the catalog, a lesson, the
//! quiz, the editor and the dashboard show no message id and no English where the language has
//! its own words; a language's messages are fetched alone and kept for offline use; Dari
//! mirrors the whole layout on a 360 px phone (screenshots in the artifacts folder).

use std::collections::{BTreeMap, BTreeSet};

use anyhow::{Context, Result, bail, ensure};
use dala_tests::{Browser, Request, Server, add_user};
use dala_wire::languages::UI_LANGUAGES;
use serde_json::json;

const PASSWORD: &str = "correct horse battery";
const COURSE: &str = "cso-communications-en";

/// Each message of a language whose value is plain text (no placeable), by id.
fn plain_messages(port: u16, tag: &str) -> Result<BTreeMap<String, String>> {
    let answer = Request::new("GET", &format!("/locales/{tag}.ftl")).send(port)?;
    ensure!(answer.status == 200, "/locales/{tag}.ftl answered {}", answer.status);
    let text = String::from_utf8(answer.body)?;
    let resource = fluent_syntax::parser::parse(text.as_str()).map_err(|(_, e)| anyhow::anyhow!("{e:?}"))?;
    let mut messages = BTreeMap::new();
    for entry in &resource.body {
        let fluent_syntax::ast::Entry::Message(message) = entry else { continue };
        let Some(value) = &message.value else { continue };
        let mut plain = String::new();
        for element in &value.elements {
            match element {
                fluent_syntax::ast::PatternElement::TextElement { value } => plain.push_str(value),
                _ => {
                    plain.clear();
                    break;
                }
            }
        }
        if !plain.is_empty() {
            messages.insert(message.id.name.to_owned(), plain);
        }
    }
    Ok(messages)
}

/// What the interface says on the page: its text and the names and hints only attributes carry,
/// leaving out content in a language of its own (a course's `lang`, which a lesson in English
/// keeps on a Kazakh page).
async fn page_words(b: &Browser) -> Result<String> {
    let words = b
        .client
        .execute(
            "const ui = document.documentElement.lang; \
             const foreign = [...document.body.querySelectorAll('[lang]')].filter(e => e.lang !== ui && !e.hidden); \
             foreign.forEach(e => e.hidden = true); \
             const shown = [...document.querySelectorAll('[aria-label],[placeholder],[title],[alt]')] \
               .filter(e => !e.closest('[hidden]')); \
             const words = [document.body.innerText, document.title, \
               ...shown.flatMap(e => ['aria-label','placeholder','title','alt'].map(a => e.getAttribute(a) || ''))]; \
             foreign.forEach(e => e.hidden = false); \
             return words.join('\\n');",
            vec![],
        )
        .await?;
    Ok(words.as_str().unwrap_or_default().to_owned())
}

/// Fails if `words` has a message id as a word, or an English message that `own` words differently.
fn check_words(
    words: &str,
    what: &str,
    ids: &BTreeSet<String>,
    english: &BTreeMap<String, String>,
    own: &BTreeMap<String, String>,
) -> Result<()> {
    let shown_ids: Vec<&str> = words
        .split(|c: char| c.is_whitespace() || ",.:;()«»\"'".contains(c))
        .filter(|word| ids.contains(*word))
        .collect();
    if !shown_ids.is_empty() {
        bail!("{what} shows message ids {shown_ids:?}:\n{words}");
    }
    for (id, text) in english {
        let translated = own.get(id).is_some_and(|own| own != text);
        // Short words ("OK", "PDF") and lines a language may keep as they are prove nothing.
        if translated
            && text.len() >= 12
            && text.contains(' ')
            && !text.contains('\n')
            && words.contains(text.as_str())
        {
            bail!("{what} shows the English {id} ({text:?}) although the language has its own:\n{words}");
        }
    }
    Ok(())
}

/// Picks `tag` in the header's language switch.
async fn pick(b: &Browser, tag: &str) -> Result<()> {
    b.client
        .execute(
            "const s = document.querySelector('#language'); s.value = arguments[0]; \
             s.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![json!(tag)],
        )
        .await?;
    Ok(())
}

/// Picks `tag` and waits for the page to be in it.
async fn choose(b: &Browser, tag: &str) -> Result<()> {
    pick(b, tag).await?;
    b.wait_for_script(
        &format!("return document.documentElement.lang === {tag:?};"),
        &format!("the page in {tag}"),
    )
    .await
}

async fn open(b: &Browser, server: &Server, path: &str) -> Result<()> {
    b.client.goto(&server.url(path)).await?;
    b.wait_for_app().await?;
    let loaded = "return !!document.querySelector('main h1') && !document.querySelector('[aria-busy=true]') \
                  && !document.querySelector('main .loading') && document.readyState === 'complete';";
    b.wait_for_script(loaded, &format!("{path} to load")).await
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn every_page_reads_in_each_language_with_no_id_and_no_english_left() -> Result<()> {
    let data = tempfile::tempdir()?;
    add_user(data.path(), &["--login", "root", "--display-name", "Root", "--superadmin"], PASSWORD)?;
    let server = Server::start(data.path())?;
    let english = plain_messages(server.port, "en")?;
    let ids: BTreeSet<String> = {
        let answer = Request::new("GET", "/locales/en.ftl").send(server.port)?;
        let text = String::from_utf8(answer.body)?;
        text.lines().filter_map(|l| l.split_once(" = ").map(|(id, _)| id.trim().to_owned())).collect()
    };
    ensure!(ids.len() > 400, "only {} message ids: is the file whole?", ids.len());

    let b = Browser::start().await?;
    b.sign_in(&server, "root", PASSWORD, "Root").await?;
    let pages = [
        "/".to_owned(),
        format!("/courses/{COURSE}/lessons/why-a-policy"),
        format!("/courses/{COURSE}/quizzes/final-check"),
        format!("/author/{COURSE}"),
        "/dashboard".to_owned(),
        "/without-network".to_owned(),
    ];
    // First, that the check finds what it should: English on a Kazakh page.
    open(&b, &server, "/").await?;
    choose(&b, "kk").await?;
    let kazakh = plain_messages(server.port, "kk")?;
    let planted = format!("{}\n{}", page_words(&b).await?, english["lesson-mark-complete"]);
    ensure!(
        check_words(&planted, "a planted page", &ids, &english, &kazakh).is_err(),
        "the check missed English"
    );
    ensure!(
        check_words("x catalog-title y", "a planted id", &ids, &english, &kazakh).is_err(),
        "the check missed an id"
    );

    for language in UI_LANGUAGES {
        let own = plain_messages(server.port, language.tag)?;
        open(&b, &server, "/").await?;
        choose(&b, language.tag).await?;
        for path in &pages {
            open(&b, &server, path).await?;
            let dir = b.client.execute("return document.documentElement.dir", vec![]).await?;
            ensure!(dir == if language.rtl { "rtl" } else { "ltr" }, "{path} in {}: dir {dir}", language.tag);
            let words = page_words(&b).await?;
            let what = format!("{path} in {}", language.tag);
            if language.tag != "en" {
                check_words(&words, &what, &ids, &english, &own)?;
            } else {
                check_words(&words, &what, &ids, &BTreeMap::new(), &own)?;
            }
        }
    }
    b.close().await
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn a_language_costs_only_its_own_file_and_stays_for_offline() -> Result<()> {
    let data = tempfile::tempdir()?;
    let mut server = Server::start(data.path())?;
    let b = Browser::start_recording_network().await?;
    b.client.goto(&server.url("/")).await?;
    b.wait_for_app().await?;
    b.wait_for_service_worker().await?;
    choose(&b, "ky").await?;
    b.wait_for_text("main h1", "Курстар").await?;
    let locales: Vec<String> = b
        .network_requests()
        .await?
        .into_iter()
        .filter_map(|r| {
            let url = url::Url::parse(&r.url).ok()?;
            url.path().starts_with("/locales/").then(|| url.path().to_owned())
        })
        .collect();
    let distinct: BTreeSet<&str> = locales.iter().map(String::as_str).collect();
    ensure!(
        distinct == BTreeSet::from(["/locales/en.ftl", "/locales/ky.ftl"]),
        "only the language shown first (the browser's, English) and the one chosen are fetched: {locales:?}"
    );

    // Offline, the app opens in Kyrgyz from what the service worker kept.
    server.stop();
    b.client.refresh().await?;
    b.wait_for_script("return document.documentElement.lang === 'ky';", "the page in Kyrgyz offline").await?;
    b.wait_for_text("main h1", "Курстар").await?;

    // A language never opened here cannot be had offline: the header says so and keeps Kyrgyz.
    pick(&b, "tk").await?;
    b.wait_for_script("return !!document.querySelector('#language-unavailable');", "the notice").await?;
    let lang = b.client.execute("return document.documentElement.lang", vec![]).await?;
    ensure!(lang == "ky", "the page stays in Kyrgyz: {lang}");

    // Once the server answers again, the switch asked for happens by itself.
    server.restart()?;
    b.wait_for_script("return document.documentElement.lang === 'tk';", "the page in Turkmen once online")
        .await?;
    b.wait_for_script("return !document.querySelector('#language-unavailable');", "the notice to go").await?;
    b.close().await
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn dari_mirrors_the_layout_on_a_phone() -> Result<()> {
    let data = tempfile::tempdir()?;
    let server = Server::start(data.path())?;
    let b = Browser::start().await?;
    let phone = json!({ "width": 360, "height": 800, "deviceScaleFactor": 1, "mobile": true });
    b.cdp("Emulation.setDeviceMetricsOverride", phone).await?;
    open(&b, &server, "/").await?;
    choose(&b, "fa-AF").await?;
    b.wait_for_script("return document.documentElement.clientWidth === 360;", "a 360 px screen").await?;
    b.wait_for_text("main h1", "کورس‌ها").await?;
    let layout = |script: &str| {
        let script = script.to_owned();
        let b = &b;
        async move { b.client.execute(&script, vec![]).await.context("layout script") }
    };
    let brand = layout(
        "const r = document.querySelector('.brand').getBoundingClientRect(); return [r.left, r.right];",
    )
    .await?;
    let (left, right) = (brand[0].as_f64().unwrap_or_default(), brand[1].as_f64().unwrap_or_default());
    ensure!(right > 280.0 && left > 200.0, "the brand starts on the right in Dari: {left}..{right}");
    let overflow = layout("return document.documentElement.scrollWidth").await?;
    ensure!(overflow.as_f64() <= Some(360.0), "nothing wider than the phone: {overflow}");
    b.screenshot("dari-catalog-360").await?;

    open(&b, &server, &format!("/courses/{COURSE}/lessons/why-a-policy")).await?;
    // The course is English: its text stays left to right inside the mirrored page.
    let directions = layout(
        "return [getComputedStyle(document.querySelector('#main')).direction, \
         getComputedStyle(document.querySelector('#lesson-body')).direction];",
    )
    .await?;
    ensure!(directions == json!(["rtl", "ltr"]), "page rtl, English lesson ltr: {directions}");
    // "Next" sits at the reading end (the left) of the pager.
    let next = layout(
        "const n = document.querySelector('.pager .next'); return n ? n.getBoundingClientRect().left : null;",
    )
    .await?;
    ensure!(next.as_f64().is_some_and(|x| x < 180.0), "the next link is on the left half in Dari: {next}");
    b.screenshot("dari-lesson-360").await?;
    b.close().await
}

/// The catalog's cards: each one's course link and the language of its title.
const CARDS: &str = "return [...document.querySelectorAll('main .cards > .card h2')].map(h => \
    [h.querySelector('a') ? h.querySelector('a').getAttribute('href') : '', h.lang]);";

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the built client and Chromium: run `cargo xtask test`"]
async fn the_catalog_filters_by_a_language_named_in_itself() -> Result<()> {
    let data = tempfile::tempdir()?;
    let server = Server::start(data.path())?;
    let b = Browser::start().await?;
    open(&b, &server, "/").await?;
    choose(&b, "kk").await?;
    // The interface's language leads the choice, each language named in itself.
    let options: Vec<(String, String)> = serde_json::from_value(
        b.client
            .execute(
                "return [...document.querySelectorAll('#catalog-language option')].map(o => [o.value, o.textContent]);",
                vec![],
            )
            .await?,
    )?;
    let values: Vec<&str> = options.iter().map(|(v, _)| v.as_str()).collect();
    ensure!(values.first() == Some(&""), "the first choice is not every language: {options:?}");
    ensure!(values.get(1) == Some(&"kk"), "Kazakh does not lead in a Kazakh interface: {options:?}");
    for tag in ["en", "ru", "ky", "uz", "tg"] {
        ensure!(values.contains(&tag), "{tag} is not offered: {options:?}");
    }
    ensure!(options.iter().any(|(v, name)| v == "ru" && name == "Русский"), "{options:?}");
    // All languages: one card for the course, in the interface's language.
    let all: Vec<(String, String)> = serde_json::from_value(b.client.execute(CARDS, vec![]).await?)?;
    ensure!(all == [("/courses/cso-communications-kk".to_owned(), "kk".to_owned())], "{all:?}");
    // Filtered by Tajik: that version's card.
    b.client
        .execute(
            "const s = document.querySelector('#catalog-language'); s.value = 'tg'; \
             s.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![],
        )
        .await?;
    b.wait_for_script(
        "return !!document.querySelector(\"main .cards a[href='/courses/cso-communications-tg']\");",
        "the Tajik card",
    )
    .await?;
    let tajik: Vec<(String, String)> = serde_json::from_value(b.client.execute(CARDS, vec![]).await?)?;
    ensure!(tajik == [("/courses/cso-communications-tg".to_owned(), "tg".to_owned())], "{tajik:?}");
    // The filter is a labelled control like the rest of the page.
    b.check_accessibility("the catalog, filtered by a language").await?;
    b.close().await
}
