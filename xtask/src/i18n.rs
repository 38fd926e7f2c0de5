//! `cargo xtask i18n`: the state of every translation. Per language it counts the messages
//! translated, those still drafts awaiting a native speaker's review, and those missing; it fails
//! when a language's files do not match English's (a message English lacks, a missing one, a
//! variable the English message does not have, a syntax error), which is also what the test
//! below checks on every run of the tests.
//!
//! The files are the client's `web/locales/<tag>/*.ftl` and the server's
//! `server/locales/<tag>.ftl`. A translation is marked as a draft in its file: a resource comment
//! `### status: draft` makes every message of the file a draft, unless the message's own comment
//! says `status: reviewed`; in a reviewed file, a message whose comment says `status: draft` is
//! one.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use anyhow::{Context, Result, bail};
use fluent_syntax::ast;

/// One message as the check sees it.
#[derive(Debug, Default)]
struct Message {
    variables: BTreeSet<String>,
    draft: bool,
}

/// A language's messages, by id (across its files), and what went wrong reading them.
#[derive(Debug, Default)]
struct Messages {
    by_id: BTreeMap<String, Message>,
    problems: Vec<String>,
}

/// A language against English.
#[derive(Debug)]
pub struct Report {
    pub tag: String,
    pub translated: usize,
    pub drafts: usize,
    pub missing: Vec<String>,
    /// Anything that fails the check: ids English lacks, unknown variables, syntax errors, a
    /// folder for a language the interface does not have, or one missing.
    pub problems: Vec<String>,
}

/// Reads one Fluent source into `into`; `file` names it in problems.
fn read(source: &str, file: &str, into: &mut Messages) {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                into.problems.push(format!("{file}: syntax error {:?} at bytes {:?}", error.kind, error.pos));
            }
            resource
        }
    };
    let status = |comment: Option<&ast::Comment<&str>>, word: &str| {
        comment.is_some_and(|c| c.content.iter().any(|line| line.trim() == format!("status: {word}")))
    };
    let file_draft = resource.body.iter().any(|entry| match entry {
        ast::Entry::ResourceComment(comment) => status(Some(comment), "draft"),
        _ => false,
    });
    for entry in &resource.body {
        let ast::Entry::Message(message) = entry else { continue };
        let comment = message.comment.as_ref();
        let draft = (file_draft && !status(comment, "reviewed")) || status(comment, "draft");
        let mut variables = BTreeSet::new();
        if let Some(value) = &message.value {
            pattern_variables(value, &mut variables);
        }
        for attribute in &message.attributes {
            pattern_variables(&attribute.value, &mut variables);
        }
        let id = message.id.name.to_owned();
        if into.by_id.insert(id.clone(), Message { variables, draft }).is_some() {
            into.problems.push(format!("{file}: {id} is defined twice"));
        }
    }
}

fn pattern_variables(pattern: &ast::Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, into);
            for variant in variants {
                pattern_variables(&variant.value, into);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, into),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference { arguments: Some(arguments), .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, into);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, into);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, into),
        _ => {}
    }
}

/// `language` against `english`.
fn compare(tag: &str, english: &Messages, language: &Messages) -> Report {
    let mut problems = language.problems.clone();
    let mut missing = Vec::new();
    let (mut translated, mut drafts) = (0, 0);
    for (id, source) in &english.by_id {
        match language.by_id.get(id) {
            None => missing.push(id.clone()),
            Some(message) => {
                translated += 1;
                drafts += usize::from(message.draft);
                let unknown: Vec<&String> = message.variables.difference(&source.variables).collect();
                if !unknown.is_empty() {
                    problems.push(format!("{id} uses variables the English message does not: {unknown:?}"));
                }
            }
        }
    }
    for id in language.by_id.keys().filter(|id| !english.by_id.contains_key(*id)) {
        problems.push(format!("{id} is not an English message"));
    }
    Report { tag: tag.to_owned(), translated, drafts, missing, problems }
}

/// The two sets of messages a language has: the client's and the server's (their ids are
/// apart: both may have a `certificate-date`).
struct Language {
    web: Messages,
    server: Messages,
}

fn load(root: &Path, tag: &str) -> Result<Language> {
    let mut web = Messages::default();
    let dir = root.join("web/locales").join(tag);
    if dir.is_dir() {
        let mut files: Vec<_> =
            std::fs::read_dir(&dir)?.map(|e| e.map(|e| e.path())).collect::<Result<_, _>>()?;
        files.sort();
        for file in files.iter().filter(|f| f.extension().is_some_and(|e| e == "ftl")) {
            let source =
                std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
            let name = file.file_name().unwrap_or_default().to_string_lossy();
            read(&source, &format!("web/locales/{tag}/{name}"), &mut web);
        }
    } else {
        web.problems.push(format!("web/locales/{tag}/ does not exist"));
    }
    let mut server = Messages::default();
    match std::fs::read_to_string(root.join("server/locales").join(format!("{tag}.ftl"))) {
        Ok(source) => read(&source, &format!("server/locales/{tag}.ftl"), &mut server),
        Err(_) => server.problems.push(format!("server/locales/{tag}.ftl does not exist")),
    }
    Ok(Language { web, server })
}

/// Every interface language's files under `root` against English.
pub fn reports(root: &Path) -> Result<Vec<Report>> {
    let english = load(root, dala_wire::languages::ENGLISH)?;
    if !english.web.problems.is_empty() || !english.server.problems.is_empty() {
        bail!(
            "the English messages have problems: {:#?} {:#?}",
            english.web.problems,
            english.server.problems
        );
    }
    let mut reports = Vec::new();
    for language in dala_wire::languages::UI_LANGUAGES {
        let loaded = load(root, language.tag)?;
        let web = compare(language.tag, &english.web, &loaded.web);
        let server = compare(language.tag, &english.server, &loaded.server);
        let prefixed = |items: Vec<String>| items.into_iter().map(|item| format!("server: {item}"));
        reports.push(Report {
            tag: language.tag.to_owned(),
            translated: web.translated + server.translated,
            drafts: web.drafts + server.drafts,
            missing: web.missing.into_iter().chain(prefixed(server.missing)).collect(),
            problems: web.problems.into_iter().chain(prefixed(server.problems)).collect(),
        });
    }
    // A folder for a language the interface does not list would never be shown.
    for entry in std::fs::read_dir(root.join("web/locales"))? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if dala_wire::languages::language(&name).is_none_or(|l| l.tag != name) {
            reports[0]
                .problems
                .push(format!("web/locales/{name}/ is not an interface language in dala_wire::languages"));
        }
    }
    Ok(reports)
}

/// Prints the table and fails on any problem or missing message.
pub fn run() -> Result<()> {
    let reports = reports(&crate::util::root())?;
    println!("\n## Translations (`cargo xtask i18n`)\n");
    println!(
        "| language | translated | drafts awaiting review | missing | problems |\n|---|---:|---:|---:|---:|"
    );
    for report in &reports {
        println!(
            "| {} | {} | {} | {} | {} |",
            report.tag,
            report.translated,
            report.drafts,
            report.missing.len(),
            report.problems.len()
        );
    }
    let mut failed = false;
    for report in &reports {
        for problem in &report.problems {
            eprintln!("    {}: {problem}", report.tag);
            failed = true;
        }
        for id in &report.missing {
            eprintln!("    {}: missing {id}", report.tag);
            failed = true;
        }
    }
    if failed {
        bail!("the translations do not match the English messages (listed above)");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(sources: &[&str]) -> Messages {
        let mut messages = Messages::default();
        for (n, source) in sources.iter().enumerate() {
            read(source, &format!("file{n}.ftl"), &mut messages);
        }
        messages
    }

    #[test]
    fn every_language_has_exactly_the_english_messages() {
        for report in reports(&crate::util::root()).unwrap() {
            assert!(report.problems.is_empty(), "{}: {:#?}", report.tag, report.problems);
            assert!(report.missing.is_empty(), "{}: missing {:#?}", report.tag, report.missing);
        }
    }

    #[test]
    fn the_check_finds_missing_extra_and_unknown_variables() {
        let english =
            messages(&["a = A { $n }\nb = B\nc = { $count ->\n [one] one\n *[other] { $count } many\n}\n"]);
        let language =
            messages(&["a = А { $m }\nc = { $count ->\n *[other] { $count } { $size }\n}\nz = Z\n"]);
        let report = compare("xx", &english, &language);
        assert_eq!(report.missing, ["b"]);
        assert_eq!(report.translated, 2);
        assert_eq!(report.problems.len(), 3, "{:#?}", report.problems);
        assert!(report.problems.iter().any(|p| p.contains("\"m\"")), "{:#?}", report.problems);
        assert!(report.problems.iter().any(|p| p.contains("\"size\"")), "{:#?}", report.problems);
        assert!(report.problems.iter().any(|p| p.starts_with("z ")), "{:#?}", report.problems);
        let broken = messages(&["a = { $n\n"]);
        assert!(!broken.problems.is_empty(), "a syntax error is a problem");
    }

    #[test]
    fn drafts_are_marked_per_file_or_per_message() {
        let language = messages(&[
            "### status: draft\n\na = A\n# status: reviewed\nb = B\n",
            "c = C\n# status: draft\nd = D\n",
        ]);
        let drafts: Vec<&str> =
            language.by_id.iter().filter(|(_, m)| m.draft).map(|(id, _)| id.as_str()).collect();
        assert_eq!(drafts, ["a", "d"]);
    }
}
