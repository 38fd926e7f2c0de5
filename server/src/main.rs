//! `dala`: the server binary. Parses the command line and hands over to the library.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::Parser;
use dala_server::authoring::images::ImageLimits;
use dala_server::authoring::{Authoring, transfer};
use dala_server::certificates::{self, Issuer, Keyring, keys};
use dala_server::clock::Clock;
use dala_server::config::{
    CertCommand, Cli, Command, CourseCommand, DatabaseArgs, DemoCommand, KeysCommand, ProgressCommand,
    ServeConfig, UserCommand,
};
use dala_server::store::ImportOutcome;
use dala_server::text;
use dala_server::{AppState, accounts, app, course, import_courses, store::Store};
use dala_wire::Role;

fn main() -> ExitCode {
    dala_server::logging::init();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Serve(config) => serve(config),
        Command::Course(CourseCommand::Check { paths, language }) => {
            check_courses(&paths, language.as_deref())
        }
        Command::Course(CourseCommand::Pack { slug, file, without_images, database }) => {
            pack_course(&slug, &file, !without_images, &database)
        }
        Command::Course(CourseCommand::Export { slug, dir, database }) => {
            export_course(&slug, &dir, &database)
        }
        Command::Course(CourseCommand::Import { paths, organization, database }) => {
            import_courses_command(&paths, organization.as_deref(), &database)
        }
        Command::User(command) => user(command),
        Command::Keys(command) => keys_command(command),
        Command::Cert(command) => cert(command),
        Command::Progress(command) => progress_files(command),
        Command::Demo(DemoCommand::Seed { database, keys_dir, learners, courses, organizations }) => {
            demo_seed(&database, keys_dir, learners, courses, organizations)
        }
        Command::Backup { file, database } => backup_command(&file, &database),
        Command::Restore { file, data_dir, replace } => restore_command(&file, &data_dir, replace),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn serve(config: ServeConfig) -> anyhow::Result<ExitCode> {
    let languages = config.languages()?;
    let runtime = tokio::runtime::Runtime::new().context("could not start the async runtime")?;
    runtime.block_on(async {
        let store = open_store(&config.database).await?;
        import_courses(&store, &config.courses_dir).await?;
        let (keys, generated) = Keyring::load_or_generate(&store, &config.keys_dir()).await?;
        if generated {
            tracing::info!(kid = keys.active_kid(), "generated a certificate signing key");
        }
        let mut state = AppState::new(store, config.web_dir.clone());
        state.session_idle = config.session_idle_days * 24 * 60 * 60;
        // Behind a reverse proxy: whose forwarding headers name the client.
        state.trusted_proxies = Arc::new(config.trusted_proxies());
        state.issuer =
            Arc::new(Issuer { name: config.issuer.issuer_name.clone(), url: config.public_url(), keys });
        let limits = ImageLimits { max_upload_bytes: config.max_image_bytes, ..ImageLimits::default() };
        state.authoring = Arc::new(Authoring::new(limits));
        state.languages = Arc::new(languages);
        let address = SocketAddr::new(config.host, config.port);
        let listener = tokio::net::TcpListener::bind(address)
            .await
            .with_context(|| format!("could not listen on {address}"))?;
        tracing::info!(%address, "serving http://{address}/");
        // The client's address reaches only the sign-in rate limiter, never a log.
        dala_server::serve::serve(listener, app(state), config.connection_limits(), shutdown_signal()).await;
        tracing::info!("stopped");
        Ok(ExitCode::SUCCESS)
    })
}

fn demo_seed(
    database: &DatabaseArgs,
    keys_dir: Option<PathBuf>,
    learners: usize,
    courses: usize,
    organizations: usize,
) -> anyhow::Result<ExitCode> {
    let password = read_password()?;
    let runtime = tokio::runtime::Runtime::new().context("could not start the async runtime")?;
    runtime.block_on(async {
        let store = open_store(database).await?;
        let keys_dir = keys_dir.unwrap_or_else(|| database.data_dir.join("keys"));
        let (keys, _) = Keyring::load_or_generate(&store, &keys_dir).await?;
        let mut state = AppState::new(store, PathBuf::new());
        state.issuer = Arc::new(Issuer { name: "Dala demo".into(), url: "http://127.0.0.1:8080".into(), keys });
        let options = dala_server::demo::SeedOptions { organizations, courses, learners, password };
        let started = std::time::Instant::now();
        let seeded = dala_server::demo::seed(&state, &options, &mut |what, done, total| {
            eprintln!("  -> {what}: {done} of {total}");
        })
        .await?;
        println!(
            "made {} organizations, {} courses, {} learners, {} enrollments, {} progress events, {} certificates in {:.0} s",
            seeded.organizations,
            seeded.courses,
            seeded.learners,
            seeded.enrollments,
            seeded.events,
            seeded.certificates,
            started.elapsed().as_secs_f64()
        );
        Ok(ExitCode::SUCCESS)
    })
}

async fn open_store(database: &DatabaseArgs) -> anyhow::Result<Store> {
    Store::open(&database.data_dir, database.database_url.as_deref()).await
}

fn user(command: UserCommand) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Runtime::new().context("could not start the async runtime")?;
    runtime.block_on(async {
        let now = Clock::default().now();
        match command {
            UserCommand::Add { database, login, display_name, superadmin, organization, role } => {
                let role = match role.as_deref() {
                    Some(name) => Some(Role::parse(name).with_context(|| {
                        format!("unknown role `{name}`: use learner, trainer or administrator")
                    })?),
                    None => None,
                };
                let password = read_password()?;
                let store = open_store(&database).await?;
                let id =
                    accounts::create_user(&store, now, &login, &display_name, &password, superadmin).await?;
                if let (Some(organization), Some(role)) = (organization, role) {
                    let organization_id =
                        match accounts::organization_id_by_name(&store, &organization).await? {
                            Some(id) => id,
                            None => accounts::create_organization(&store, now, &organization).await?,
                        };
                    accounts::add_membership(&store, &id, &organization_id, role).await?;
                }
                println!("created account `{login}`");
            }
            UserCommand::RevokeSessions { database, login } => {
                let store = open_store(&database).await?;
                let id = accounts::user_id_by_login(&store, &login)
                    .await?
                    .with_context(|| format!("no account `{login}`"))?;
                let ended = accounts::revoke_sessions(&store, now, &id).await?;
                println!("ended {ended} session(s) of `{login}`");
            }
            UserCommand::ResetPassword { database, login } => {
                let store = open_store(&database).await?;
                let id = accounts::user_id_by_login(&store, &login)
                    .await?
                    .with_context(|| format!("no account `{login}`"))?;
                let state = AppState::new(store, PathBuf::new());
                // No account asked for it: the audit log names the account itself, from the
                // command line.
                let (code, expires_at) = accounts::issue_password_reset(&state, &id, &id, None).await?;
                dala_server::reports::audit_record_as(
                    &state,
                    &id,
                    "password_reset",
                    None,
                    &format!("user={id} by=command-line"),
                )
                .await?;
                let (year, month, day) = dala_credential::civil_from_days(expires_at.div_euclid(86_400));
                let minutes = expires_at.rem_euclid(86_400) / 60;
                println!(
                    "password-reset code for `{login}`: {code} (valid until {year}-{month:02}-{day:02} {:02}:{:02} UTC)",
                    minutes / 60,
                    minutes % 60
                );
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}

fn keys_command(command: KeysCommand) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Runtime::new().context("could not start the async runtime")?;
    runtime.block_on(async {
        let (KeysCommand::Generate(args) | KeysCommand::Rotate(args) | KeysCommand::List(args)) = &command;
        let store = open_store(&args.database).await?;
        // An installation from before: its folder's keys first, so that rotating retires them.
        keys::import_folder(&store, &args.legacy_dir()).await?;
        match command {
            KeysCommand::Generate(_) => {
                let kid = keys::generate(&store).await?;
                println!("generated signing key {kid}");
            }
            KeysCommand::Rotate(_) => {
                let (old, new) = keys::rotate(&store).await?;
                dala_server::parcels::keys::rotate(&store).await?;
                println!(
                    "signing key {new} replaces {old}; {old} stays published. Restart every server of the installation."
                );
            }
            KeysCommand::List(_) => {
                let ring = Keyring::load(&store).await?;
                println!("{}", serde_json::to_string_pretty(ring.jwks())?);
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}

/// `dala backup FILE`: SQLite only; PostgreSQL has its own tools.
fn backup_command(file: &Path, database: &DatabaseArgs) -> anyhow::Result<ExitCode> {
    if database.database_url.is_some() {
        anyhow::bail!("{}", dala_server::backup::POSTGRES_GUIDANCE);
    }
    let runtime = tokio::runtime::Runtime::new().context("could not start the async runtime")?;
    runtime.block_on(async {
        let contents =
            dala_server::backup::backup(&database.data_dir, &database.data_dir.join("keys"), file).await?;
        println!("wrote {}: {}", file.display(), describe(&contents));
        Ok(ExitCode::SUCCESS)
    })
}

/// `dala restore FILE --data-dir DIR`.
fn restore_command(file: &Path, data_dir: &Path, replace: bool) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Runtime::new().context("could not start the async runtime")?;
    runtime.block_on(async {
        let contents = dala_server::backup::restore(file, data_dir, replace).await?;
        println!("restored {} into {}: {}", file.display(), data_dir.display(), describe(&contents));
        Ok(ExitCode::SUCCESS)
    })
}

fn describe(contents: &dala_server::backup::Contents) -> String {
    format!(
        "{} account(s), {} course(s), {} blob(s), {} certificate(s), {} signing key(s)",
        contents.users, contents.courses, contents.blobs, contents.certificates, contents.signing_keys
    )
}

fn cert(command: CertCommand) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Runtime::new().context("could not start the async runtime")?;
    runtime.block_on(async {
        match command {
            CertCommand::Verify { file, jwks, status_list, json, database, keys_dir, issuer } => {
                let text = if file.as_os_str() == "-" {
                    std::io::read_to_string(std::io::stdin()).context("could not read standard input")?
                } else {
                    std::fs::read_to_string(&file)
                        .with_context(|| format!("could not read {}", file.display()))?
                };
                let verification = match jwks {
                    Some(path) => {
                        let keys: dala_wire::Jwks = serde_json::from_str(
                            &std::fs::read_to_string(&path)
                                .with_context(|| format!("could not read {}", path.display()))?,
                        )
                        .with_context(|| format!("{} is not a JWKS", path.display()))?;
                        let mut lists = Vec::new();
                        for path in status_list {
                            let jwt = std::fs::read_to_string(&path)
                                .with_context(|| format!("could not read {}", path.display()))?;
                            let list = dala_credential::StatusList::from_jwt(jwt.trim(), &keys).map_err(
                                |reason| {
                                    anyhow::anyhow!(
                                        "{} is not a revocation list signed by these keys: {}",
                                        path.display(),
                                        dala_credential::message(reason)
                                    )
                                },
                            )?;
                            lists.push(list);
                        }
                        dala_badge::verify_offline(&text, &keys, &lists)
                    }
                    None => {
                        let store = open_store(&database).await?;
                        let keys_dir = keys_dir.unwrap_or_else(|| database.data_dir.join("keys"));
                        keys::import_folder(&store, &keys_dir).await?;
                        let keys = Keyring::load(&store).await?;
                        let mut state = AppState::new(store, PathBuf::new());
                        // Without `--public-url`, the address the certificate names as its issuer: it
                        // only labels the revocation lists; the signature is still checked against
                        // this installation's keys.
                        let named = dala_credential::issuer_url(&text);
                        let url =
                            issuer.public_url.or(named).unwrap_or_else(|| "http://127.0.0.1:8080".into());
                        state.issuer = Arc::new(Issuer {
                            name: issuer.issuer_name,
                            url: url.trim_end_matches('/').into(),
                            keys,
                        });
                        certificates::verify(&state, &text).await?
                    }
                };
                if json {
                    println!("{}", serde_json::to_string_pretty(&verification)?);
                } else {
                    print_verification(&verification);
                }
                // 0 valid; 3 genuine but revocation unchecked (give the list with `--status-list`,
                // or check at the issuer); 1 anything else.
                Ok(match verification.status {
                    dala_wire::VerificationStatus::Valid => ExitCode::SUCCESS,
                    dala_wire::VerificationStatus::RevocationUnchecked => {
                        eprintln!(
                            "could not check revocation: no revocation list for this certificate was given \
                             (--status-list FILE, a saved /credentials/status/N) or held"
                        );
                        ExitCode::from(3)
                    }
                    _ => ExitCode::FAILURE,
                })
            }
            CertCommand::Revoke { id, reason, database } => {
                let store = open_store(&database).await?;
                let state = AppState::new(store, PathBuf::new());
                if certificates::revoke(&state, &id, None, reason.trim()).await? {
                    println!("revoked {id}");
                    Ok(ExitCode::SUCCESS)
                } else {
                    println!("no certificate {id} that is not revoked already");
                    Ok(ExitCode::FAILURE)
                }
            }
        }
    })
}

fn print_verification(v: &dala_wire::Verification) {
    let status = serde_json::to_value(v.status).unwrap_or_default();
    println!("{}: {}", status.as_str().unwrap_or("?"), v.message);
    if let Some(c) = &v.credential {
        println!("  learner:   {}", c.learner);
        println!("  course:    {}", c.course_title);
        println!("  issuer:    {} ({})", c.issuer_name, c.issuer_url);
        println!("  issued:    {}", c.valid_from);
        println!("  id:        {}", c.id);
        println!("  key:       {}", c.key_id);
    }
    if let Some(list) = &v.status_list_valid_from {
        println!("  revocation list as of {list}");
    }
    if let Some(r) = &v.revocation {
        println!("  revoked at {}: {}", dala_credential::rfc3339(r.revoked_at), r.reason);
    }
}

/// The new account's password, from `DALA_PASSWORD` or the first line of standard input.
fn read_password() -> anyhow::Result<String> {
    if let Ok(password) = std::env::var("DALA_PASSWORD") {
        return Ok(password);
    }
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).context("could not read the password from standard input")?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

async fn shutdown_signal() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { _ = interrupt => {}, _ = terminate => {} }
}

/// `dala course pack SLUG FILE`.
fn pack_course(slug: &str, file: &Path, images: bool, database: &DatabaseArgs) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Runtime::new().context("could not start the async runtime")?;
    runtime.block_on(async {
        let store = open_store(database).await?;
        let keys = Keyring::load(&store).await?;
        let bytes = dala_server::parcels::pack(&store, &keys, slug, images).await?;
        write_new(file, &bytes)?;
        println!("wrote {slug} ({} bytes) to {}", bytes.len(), file.display());
        Ok(ExitCode::SUCCESS)
    })
}

/// Writes a file that must not exist yet, under a temporary name first, so a file cut off by a
/// full disk is never left under the real name.
fn write_new(file: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    if file.exists() {
        anyhow::bail!("{} exists already: choose another name", file.display());
    }
    let partial = file.with_extension("partial");
    std::fs::write(&partial, bytes).with_context(|| format!("could not write {}", partial.display()))?;
    std::fs::rename(&partial, file).with_context(|| format!("could not write {}", file.display()))?;
    Ok(())
}

/// `dala progress import FILE…` and `dala progress return FILE`.
fn progress_files(command: ProgressCommand) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Runtime::new().context("could not start the async runtime")?;
    runtime.block_on(async {
        let (ProgressCommand::Import { database, issuer, .. }
        | ProgressCommand::Return { database, issuer, .. }) = &command;
        let store = open_store(database).await?;
        let keys = Keyring::load(&store).await?;
        let mut state = AppState::new(store, PathBuf::new());
        let url = issuer.public_url.clone().unwrap_or_else(|| "http://127.0.0.1:8080".into());
        state.issuer = Arc::new(Issuer { name: issuer.issuer_name.clone(), url, keys });
        let asked = dala_server::languages::Asked::new(state.languages.clone(), &Default::default());
        let read = |file: &Path| {
            let size = std::fs::metadata(file).context("could not read it")?.len();
            if size > dala_parcel::sealed::MAX_PROGRESS_BYTES as u64 {
                anyhow::bail!("{}", dala_parcel::ParcelError::TooLarge);
            }
            std::fs::read(file).context("could not read it")
        };
        let everyone = async |_: &str| Ok(true);
        match command {
            ProgressCommand::Import { files, .. } => {
                let mut refused = 0;
                for file in &files {
                    let imported = match read(file) {
                        Ok(bytes) => dala_server::parcels::import(&state, &asked, &bytes, everyone)
                            .await
                            .map_err(anyhow::Error::from),
                        Err(error) => Err(error),
                    };
                    match imported {
                        Ok(imported) => println!(
                            "{}: {} event(s) held, {} refused",
                            file.display(),
                            imported.answer.accepted.len(),
                            imported.answer.rejected.len()
                        ),
                        Err(error) => {
                            refused += 1;
                            eprintln!("{}: refused: {error:#}", file.display());
                        }
                    }
                }
                Ok(if refused == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
            }
            ProgressCommand::Return { file, out, .. } => {
                let bytes = read(&file).with_context(|| format!("{}: refused", file.display()))?;
                let imported = dala_server::parcels::import(&state, &asked, &bytes, everyone)
                    .await
                    .with_context(|| format!("{}: refused", file.display()))?;
                let returned = dala_server::parcels::return_file(
                    &imported,
                    &state.issuer.keys,
                    state.clock.now() * 1000,
                );
                let out = out.unwrap_or_else(|| {
                    file.with_file_name(dala_wire::neutral_name("return", "dalr", &returned))
                });
                write_new(&out, &returned)?;
                println!(
                    "wrote the return file {} ({} event(s) held, {} refused, {} certificate(s))",
                    out.display(),
                    imported.answer.accepted.len(),
                    imported.answer.rejected.len(),
                    imported.answer.certificates.len()
                );
                Ok(ExitCode::SUCCESS)
            }
        }
    })
}

/// `dala course export SLUG DIR`.
fn export_course(slug: &str, dir: &Path, database: &DatabaseArgs) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Runtime::new().context("could not start the async runtime")?;
    runtime.block_on(async {
        let store = open_store(database).await?;
        let exported = transfer::export(&store, slug, dir).await?;
        for name in &exported.removed {
            println!("removed {name} (not in the published version)");
        }
        println!("wrote {} file(s) to {}", exported.written.len(), exported.folder.display());
        Ok(ExitCode::SUCCESS)
    })
}

/// `dala course import DIR…`: nothing is published if any course has a problem.
fn import_courses_command(
    paths: &[PathBuf],
    organization: Option<&str>,
    database: &DatabaseArgs,
) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Runtime::new().context("could not start the async runtime")?;
    runtime.block_on(async {
        let mut courses = Vec::new();
        let mut problems = Vec::new();
        for path in paths {
            let (found, found_problems) = transfer::load(path);
            courses.extend(found);
            problems.extend(found_problems);
        }
        if !problems.is_empty() {
            for problem in &problems {
                println!("{problem}");
            }
            println!("{} problem(s): nothing was published", problems.len());
            return Ok(ExitCode::FAILURE);
        }
        let store = open_store(database).await?;
        let organization_id = match organization {
            Some(name) => Some(
                accounts::organization_id_by_name(&store, name)
                    .await?
                    .with_context(|| format!("no organization named `{name}`"))?,
            ),
            None => None,
        };
        for (slug, outcome) in transfer::import(&store, &courses, organization_id.as_deref()).await? {
            match outcome {
                ImportOutcome::Unchanged => println!("{slug}: unchanged"),
                ImportOutcome::Published { manifest_sha256, new_blobs } => {
                    println!("{slug}: published version {manifest_sha256} ({new_blobs} new blob(s))")
                }
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}

/// The language `dala course check` speaks: `--language`, else the installation's default
/// (`DALA_DEFAULT_LANGUAGE`), else the language of `LANG`, else English.
fn terminal_language(flag: Option<&str>) -> anyhow::Result<&'static str> {
    use dala_wire::languages::ui_language;
    if let Some(tag) = flag {
        return ui_language(tag).with_context(|| format!("`{tag}` is not an interface language"));
    }
    let from_env = |name: &str| std::env::var(name).ok().and_then(|value| ui_language(&value));
    Ok(from_env("DALA_DEFAULT_LANGUAGE")
        .or_else(|| from_env("LANG"))
        .unwrap_or(dala_wire::languages::ENGLISH))
}

/// Prints every problem of the given course folders; fails if there is any.
fn check_courses(paths: &[PathBuf], language: Option<&str>) -> anyhow::Result<ExitCode> {
    let messages = dala_server::i18n::Messages::for_language(terminal_language(language)?);
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let mut checked = 0;
    for path in paths {
        let (courses, found) = transfer::load(path);
        checked += if path.join("course.toml").exists() { 1 } else { courses.len() };
        problems.extend(found);
        // A translation is compared with its source: among the courses checked, else the
        // folder of that name beside it.
        for course in &courses {
            let Some(record) = &course.metadata.translation else { continue };
            let beside = path.parent().map(|parent| parent.join(&record.source));
            let source = match courses.iter().find(|c| c.slug == record.source) {
                Some(source) => Some(source.clone()),
                None => beside.filter(|b| b.join("course.toml").exists()).and_then(|b| course::load(&b).ok()),
            };
            for finding in course::translation::compare_folders(course, source.as_ref()) {
                warnings.push(course::translation::describe(&course.slug, &finding));
            }
        }
    }
    for problem in &problems {
        println!("{}", problem.render(messages));
    }
    for warning in &warnings {
        println!("{}", messages.render(&text!("check-warning", warning = warning.clone())));
    }
    Ok(if problems.is_empty() {
        let summary = match warnings.len() {
            0 => text!("check-clean", courses = checked),
            n => text!("check-clean-with-warnings", courses = checked, warnings = n),
        };
        println!("{}", messages.render(&summary));
        ExitCode::SUCCESS
    } else {
        println!("{}", messages.render(&text!("check-problems", problems = problems.len())));
        ExitCode::FAILURE
    })
}
