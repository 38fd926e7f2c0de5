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
    /// Folder for the SQLite database and the blob store; created if missing.
    #[arg(long, env = "DALA_DATA_DIR", default_value = "dala-data")]
    pub data_dir: PathBuf,
    /// A `postgres://user:password@host/database` URL, for installations that outgrow one
    /// machine. Without it the server keeps an embedded SQLite database in the data folder.
    #[arg(long, env = "DALA_DATABASE_URL")]
    pub database_url: Option<String>,
    /// Folder of course sources imported at start-up (unchanged courses are skipped).
    #[arg(long, env = "DALA_COURSES_DIR", default_value = "courses")]
    pub courses_dir: PathBuf,
    /// Folder of the built web client (`cargo xtask build-web` writes `web/dist`).
    #[arg(long, env = "DALA_WEB_DIR", default_value = "web/dist")]
    pub web_dir: PathBuf,
}
