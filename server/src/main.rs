//! `dala`: the server binary. Parses the command line and hands over to the library.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::Parser;
use dala_server::config::{Cli, Command, CourseCommand, ServeConfig};
use dala_server::{AppState, app, course, import_courses, store::Store};

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("DALA_LOG")
                .unwrap_or_else(|_| "info,tower_http=info,sqlx=warn".into()),
        )
        .with_target(false)
        .init();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Serve(config) => serve(config),
        Command::Course(CourseCommand::Check { paths }) => Ok(check_courses(&paths)),
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
    let runtime = tokio::runtime::Runtime::new().context("could not start the async runtime")?;
    runtime.block_on(async {
        let store = Store::open(&config.data_dir, config.database_url.as_deref()).await?;
        import_courses(&store, &config.courses_dir).await?;
        let state = AppState { store, web_dir: Arc::new(config.web_dir.clone()) };
        let address = SocketAddr::new(config.host, config.port);
        let listener = tokio::net::TcpListener::bind(address)
            .await
            .with_context(|| format!("could not listen on {address}"))?;
        tracing::info!(%address, "serving http://{address}/");
        axum::serve(listener, app(state))
            .with_graceful_shutdown(shutdown_signal())
            .await
            .context("the server stopped with an error")?;
        Ok(ExitCode::SUCCESS)
    })
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

/// Prints every problem of the given course folders; fails if there is any.
fn check_courses(paths: &[PathBuf]) -> ExitCode {
    let mut problems = Vec::new();
    let mut checked = 0;
    for path in paths {
        if path.join("course.toml").exists() {
            checked += 1;
            if let Err(found) = course::load(path) {
                problems.extend(found);
            }
        } else {
            let (courses, found) = course::load_all(path);
            checked += courses.len();
            problems.extend(found);
        }
    }
    for problem in &problems {
        println!("{problem}");
    }
    if problems.is_empty() {
        println!("{checked} course(s) checked: no problems");
        ExitCode::SUCCESS
    } else {
        println!("{} problem(s)", problems.len());
        ExitCode::FAILURE
    }
}
