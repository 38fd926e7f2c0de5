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
    /// Manage the keys that sign certificates.
    #[command(subcommand)]
    Keys(KeysCommand),
    /// Check or revoke certificates.
    #[command(subcommand)]
    Cert(CertCommand),
    /// Learners' progress files, carried in where the network is cut.
    #[command(subcommand)]
    Progress(ProgressCommand),
    /// Demo data for trying the dashboard.
    #[command(subcommand)]
    Demo(DemoCommand),
    /// Copy the whole installation (accounts, progress, courses, blobs, signing keys,
    /// certificates) into FILE, while the server may be running. SQLite only: for PostgreSQL use
    /// `pg_dump`.
    Backup {
        /// The backup file to write; it must not exist.
        file: PathBuf,
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// Restore a backup made by `dala backup` into a data folder (with the server stopped).
    /// Refuses a folder that already has a database, unless `--replace`.
    Restore {
        /// The backup file.
        file: PathBuf,
        /// The data folder to restore into; created if missing.
        #[arg(long, env = "DALA_DATA_DIR", default_value = "dala-data")]
        data_dir: PathBuf,
        /// Replace the data folder's database (it is lost).
        #[arg(long)]
        replace: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ProgressCommand {
    /// Import learners' progress files (made with "Save progress to a file" on their devices):
    /// each file's signature and device are checked, and its events stored once, as a sync
    /// stores them. A file imported again, or after the learner synced, changes nothing. Exits
    /// with 1 if any file was refused; the others are still imported.
    Import {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[command(flatten)]
        database: DatabaseArgs,
        #[command(flatten)]
        issuer: IssuerArgs,
    },
    /// Write the return file for a learner's progress file, to carry back to her device: her
    /// progress as the server now holds it, new certificates and answers to her questions,
    /// readable only on the device that made the progress file. Imports the file first (which
    /// changes nothing if it was imported already).
    Return {
        /// The learner's progress file.
        file: PathBuf,
        /// Where to write the return file; by default a neutral name beside the progress file.
        #[arg(long)]
        out: Option<PathBuf>,
        #[command(flatten)]
        database: DatabaseArgs,
        #[command(flatten)]
        issuer: IssuerArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum DemoCommand {
    /// Fill an empty installation with invented organizations, courses, learners, progress and
    /// certificates. Every demo account (`admin-01`, `trainer-01`, `learner-0`…) gets the password
    /// from `DALA_PASSWORD` or standard input.
    Seed {
        #[command(flatten)]
        database: DatabaseArgs,
        /// A keys folder of an installation from before, as for `dala serve`.
        #[arg(long, env = "DALA_KEYS_DIR")]
        keys_dir: Option<PathBuf>,
        #[arg(long, default_value_t = 10_000)]
        learners: usize,
        #[arg(long, default_value_t = 10)]
        courses: usize,
        #[arg(long, default_value_t = 20)]
        organizations: usize,
    },
}

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Create the first signing key (`dala serve` also creates one if there is none).
    Generate(KeysArgs),
    /// Replace the signing key with a new one. The old key's public half stays published, so the
    /// certificates it signed stay valid; its private half is deleted. The key progress files are
    /// sealed to is replaced too; the old one is kept, to open files sealed to it. Restart every server of
    /// the installation after: a running server keeps the keys it read at its start.
    Rotate(KeysArgs),
    /// Print the published keys (the JWKS), the active one first.
    List(KeysArgs),
}

/// Where the signing keys are: in the database, since this version; a keys folder of an
/// installation from before is copied in first.
#[derive(Debug, Clone, clap::Args)]
pub struct KeysArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// The keys folder of an installation from before (by default `keys` in the data folder):
    /// its keys are copied into the database, once.
    #[arg(long, env = "DALA_KEYS_DIR")]
    pub keys_dir: Option<PathBuf>,
}

impl KeysArgs {
    /// The legacy keys folder to copy in.
    pub fn legacy_dir(&self) -> PathBuf {
        self.keys_dir.clone().unwrap_or_else(|| self.database.data_dir.join("keys"))
    }
}

/// Who issues certificates.
#[derive(Debug, Clone, clap::Args)]
pub struct IssuerArgs {
    /// The installation's name, printed on certificates as their issuer.
    #[arg(long, env = "DALA_ISSUER_NAME", default_value = "Dala")]
    pub issuer_name: String,
    /// The address learners open, such as `https://learn.example.org`: the issuer's id and the
    /// base of every address in a certificate. By default `http://HOST:PORT` of `dala serve`
    /// (and for `dala cert verify`, the address the certificate names).
    #[arg(long, env = "DALA_PUBLIC_URL")]
    pub public_url: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum CertCommand {
    /// Check a certificate file (the JWT, or the JSON download). Exits with 0 if it is valid.
    ///
    /// With `--jwks` the check needs no database: it uses that key set and the revocation lists
    /// given with `--status-list`. Without it, the installation's own keys and revocation data.
    Verify {
        /// The certificate file: `-` reads standard input.
        file: PathBuf,
        /// A JWKS file (such as a saved `/.well-known/jwks.json`) to check against.
        #[arg(long)]
        jwks: Option<PathBuf>,
        /// A revocation list file (a saved `/credentials/status/N`); may be repeated.
        #[arg(long, requires = "jwks")]
        status_list: Vec<PathBuf>,
        /// Print the verdict as JSON.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        database: DatabaseArgs,
        /// A keys folder of an installation from before, as for `dala serve`.
        #[arg(long, env = "DALA_KEYS_DIR")]
        keys_dir: Option<PathBuf>,
        #[command(flatten)]
        issuer: IssuerArgs,
    },
    /// Revoke a certificate (by its id, with or without `urn:uuid:`), with a reason.
    Revoke {
        id: String,
        #[arg(long)]
        reason: String,
        #[command(flatten)]
        database: DatabaseArgs,
    },
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
    /// Print a one-time password-reset code for an account (valid 72 hours; replaces any
    /// earlier one), which its owner types at "Reset password" with a new password. For an
    /// account nobody in the app may reset, such as the superadmin's. Written to the audit log.
    ResetPassword {
        #[command(flatten)]
        database: DatabaseArgs,
        #[arg(long)]
        login: String,
    },
}

/// Where the server keeps its data.
#[derive(Debug, Clone, clap::Args)]
pub struct DatabaseArgs {
    /// Folder for the SQLite database (which also holds the blobs and signing keys); created
    /// if missing.
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
    ///
    /// A translation (`[translation]` in its course.toml) is compared with its source course,
    /// found among the folders checked or beside it (a folder named by the source's slug): each
    /// lesson whose source changed since it was translated, or that is not tracked, is printed as
    /// a warning. Exits with 1 if there is any problem; warnings alone exit with 0 (they do not
    /// stop publishing).
    Check {
        /// Course folders, or a folder of course folders (such as `courses/`).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The language of the problems (an interface language such as `ru`). Without it:
        /// the installation's default (`DALA_DEFAULT_LANGUAGE`), else the language of `LANG`,
        /// else English.
        #[arg(long, value_name = "TAG")]
        language: Option<String>,
    },
    /// Write the current version of a course into one course file (`.dala`), signed with the
    /// installation's certificate key, for carrying where the network is cut: any device that
    /// opened the site once imports it with no network.
    Pack {
        slug: String,
        /// The course file to write; it must not exist.
        file: PathBuf,
        /// Leave the images out (lessons and quizzes stay): a smaller file for a messenger.
        #[arg(long)]
        without_images: bool,
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// Write the published version of a course into `DIR/<slug>/`, in the format of `courses/`.
    /// Course files there that the version no longer has are removed; other files stay.
    Export {
        slug: String,
        dir: PathBuf,
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// Check course folders (one course folder, or a folder of them) and publish them: each
    /// becomes a new version unless it equals the current one. Nothing is published if any
    /// course has a problem.
    Import {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Give the courses to this organization (by name): its trainers and administrators
        /// may then edit them in the browser.
        #[arg(long)]
        organization: Option<String>,
        #[command(flatten)]
        database: DatabaseArgs,
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
    /// The keys folder of an installation from before (`keys` in the data folder by default):
    /// its keys are copied into the database at start, once. The keys that sign certificates
    /// are in the database; a key is generated at the first start if there is none.
    #[arg(long, env = "DALA_KEYS_DIR")]
    pub keys_dir: Option<PathBuf>,
    #[command(flatten)]
    pub issuer: IssuerArgs,
    /// Largest image file a trainer may upload, in bytes (it is then scaled down and converted
    /// to WebP). Larger uploads are refused with a message saying the limit.
    #[arg(long, env = "DALA_MAX_IMAGE_BYTES", default_value_t = crate::authoring::images::ImageLimits::default().max_upload_bytes)]
    pub max_image_bytes: usize,
    /// A reverse proxy (an address or a network, such as `127.0.0.1` or `10.0.0.0/8`) whose
    /// `X-Forwarded-For` (or `Forwarded: for=`) header names the client; may be repeated, or
    /// given comma separated in the variable. The client is then the right-most address in the
    /// header that is not itself a trusted proxy. Without it the client is the socket's peer
    /// and forwarding headers are ignored: behind a proxy, every learner then shares the
    /// proxy's sign-in budget.
    #[arg(long = "trusted-proxy", env = "DALA_TRUSTED_PROXY", value_delimiter = ',', value_name = "CIDR")]
    pub trusted_proxy: Vec<crate::limiter::Cidr>,
    /// Seconds a connection may take to send a whole request head, counted from when it opens
    /// or from the previous answer (so it is also how long an idle keep-alive connection
    /// stays open).
    #[arg(long, env = "DALA_HEADER_TIMEOUT", default_value_t = 20, value_name = "SECONDS")]
    pub header_timeout: u64,
    /// Seconds a request body may pause between two reads, and an answer between two writes
    /// (a client that stops taking it), before the connection is closed.
    #[arg(long, env = "DALA_BODY_TIMEOUT", default_value_t = 30, value_name = "SECONDS")]
    pub body_timeout: u64,
    /// Connections open at once; more wait in the kernel's queue until one closes. Keep it
    /// well below the process's file descriptor limit (`ulimit -n`), which the database and
    /// the blob files also use.
    #[arg(long, env = "DALA_MAX_CONNECTIONS", default_value_t = 512)]
    pub max_connections: usize,
    /// The interface language for a browser that asks for none Dala has (en, ru, kk, ky, uz,
    /// tg, tk, mn, az, fa-AF). A learner can always pick another.
    #[arg(long, env = "DALA_DEFAULT_LANGUAGE", default_value = "en", value_name = "TAG")]
    pub default_language: String,
    /// Where a language's missing messages come from before English, such as `ky=kk,ru`
    /// (Kyrgyz, then Kazakh, then Russian, then English); may be repeated, or given separated
    /// by `;` in the variable. By default the region's languages fall back to Russian, and
    /// Mongolian and Dari to English.
    #[arg(
        long = "language-fallback",
        env = "DALA_LANGUAGE_FALLBACK",
        value_delimiter = ';',
        value_name = "TAG=TAGS"
    )]
    pub language_fallback: Vec<String>,
}

impl ServeConfig {
    /// The bounds on every connection.
    pub fn connection_limits(&self) -> crate::serve::ConnectionLimits {
        crate::serve::ConnectionLimits {
            header_timeout: std::time::Duration::from_secs(self.header_timeout.max(1)),
            body_timeout: std::time::Duration::from_secs(self.body_timeout.max(1)),
            max_connections: self.max_connections.max(1),
        }
    }

    pub fn keys_dir(&self) -> PathBuf {
        self.keys_dir.clone().unwrap_or_else(|| self.database.data_dir.join("keys"))
    }

    /// The interface's languages as configured (checked: an unknown tag is an error at start).
    pub fn languages(&self) -> anyhow::Result<crate::languages::Languages> {
        crate::languages::Languages::new(&self.default_language, &self.language_fallback)
    }

    /// The proxies whose forwarding headers are believed.
    pub fn trusted_proxies(&self) -> crate::limiter::TrustedProxies {
        crate::limiter::TrustedProxies::new(self.trusted_proxy.clone())
    }

    /// The public address, without a trailing slash.
    pub fn public_url(&self) -> String {
        let url = match &self.issuer.public_url {
            Some(url) => url.clone(),
            None => match self.host {
                IpAddr::V6(host) => format!("http://[{host}]:{}", self.port),
                IpAddr::V4(host) => format!("http://{host}:{}", self.port),
            },
        };
        url.trim_end_matches('/').to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn serve(args: &[&str]) -> Result<ServeConfig, clap::Error> {
        match Cli::try_parse_from(["dala", "serve"].iter().chain(args))?.command {
            Command::Serve(config) => Ok(config),
            _ => unreachable!(),
        }
    }

    #[test]
    fn trusted_proxies_are_repeatable_networks() {
        let config =
            serve(&["--trusted-proxy", "127.0.0.1", "--trusted-proxy", "10.0.0.0/8,fd00::/8"]).unwrap();
        assert_eq!(config.trusted_proxy.len(), 3);
        let proxies = config.trusted_proxies();
        let via = |peer: &str| {
            let mut headers = axum::http::HeaderMap::new();
            headers.insert("x-forwarded-for", "198.51.100.4".parse().unwrap());
            proxies.client(Some(peer.parse().unwrap()), &headers).unwrap().to_string()
        };
        assert_eq!(via("10.1.2.3"), "198.51.100.4");
        assert_eq!(via("fd00::1"), "198.51.100.4");
        assert_eq!(via("192.0.2.1"), "192.0.2.1");
        assert!(serve(&[]).unwrap().trusted_proxy.is_empty(), "none by default");
        let error = serve(&["--trusted-proxy", "10.0.0.0/40"]).unwrap_err().to_string();
        assert!(error.contains("10.0.0.0/40"), "{error}");
    }
}
