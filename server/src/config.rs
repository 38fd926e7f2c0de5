//! Command-line interface and configuration, parsed once at start-up from flags and the
//! environment (every flag has a `DALA_…` variable).

use std::net::IpAddr;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "dala", version, about = "Dala: offline-first e-learning for civil-society organizations")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the web client, the API and the course content.
    Serve(ServeConfig),
    /// Work with course source folders.
    #[command(subcommand)]
    Course(CourseCommand),
    /// Manage accounts from the command line (the installation's superadmin starts here).
    #[command(subcommand)]
    User(UserCommand),
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account. The password is read from `DALA_PASSWORD` or, if unset, from the
    /// first line of standard input, so it never appears in the process list or shell history.
    Add {
        #[command(flatten)]
        database: DatabaseArgs,
        /// Login name: 3 to 64 lowercase letters, digits, dots, underscores or hyphens.
        #[arg(long)]
        login: String,
        /// The name other people see.
        #[arg(long)]
        display_name: String,
        /// Make this account the installation-wide administrator.
        #[arg(long)]
        superadmin: bool,
        /// Add the account to this organization (created if it does not exist)…
        #[arg(long, requires = "role")]
        organization: Option<String>,
        /// …with this role: learner, trainer or administrator.
        #[arg(long, requires = "organization")]
        role: Option<String>,
    },
    /// End every session of an account, on every device.
    RevokeSessions {
        #[command(flatten)]
        database: DatabaseArgs,
        #[arg(long)]
        login: String,
    },
}

/// Where the server keeps its data.
#[derive(Debug, Clone, clap::Args)]
pub struct DatabaseArgs {
    /// Folder for the SQLite database and the blob store; created if missing.
    #[arg(long, env = "DALA_DATA_DIR", default_value = "dala-data")]
    pub data_dir: PathBuf,
    /// A `postgres://user:password@host/database` URL, for installations that outgrow one
    /// machine. Without it the server keeps an embedded SQLite database in the data folder.
    #[arg(long, env = "DALA_DATABASE_URL")]
    pub database_url: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum CourseCommand {
    /// Check course folders and print every problem as `file:line: message`.
    Check {
        /// Course folders, or a folder of course folders (such as `courses/`).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
}

/// Everything `dala serve` needs to know.
#[derive(Debug, Clone, clap::Args)]
pub struct ServeConfig {
    /// Address to listen on. The default keeps the server private to this machine; put a
    /// reverse proxy with TLS in front of it to serve learners.
    #[arg(long, env = "DALA_HOST", default_value = "127.0.0.1")]
    pub host: IpAddr,
    /// TCP port to listen on.
    #[arg(long, env = "DALA_PORT", default_value_t = 8080)]
    pub port: u16,
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// Days a session may go unused before it ends; each use starts the count again.
    #[arg(long, env = "DALA_SESSION_IDLE_DAYS", default_value_t = crate::DEFAULT_SESSION_IDLE_DAYS)]
    pub session_idle_days: i64,
    /// Folder of course sources imported at start-up (unchanged courses are skipped).
    #[arg(long, env = "DALA_COURSES_DIR", default_value = "courses")]
    pub courses_dir: PathBuf,
    /// Folder of the built web client (`cargo xtask build-web` writes `web/dist`).
    #[arg(long, env = "DALA_WEB_DIR", default_value = "web/dist")]
    pub web_dir: PathBuf,
}
