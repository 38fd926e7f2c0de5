//! `dala backup` and `dala restore`: the whole installation as one SQLite file.
//!
//! Everything lives in the database (accounts, progress, courses, blob contents, signing keys,
//! certificates and their revocation), so a backup is a copy of the database: `VACUUM INTO`,
//! which reads one consistent snapshot while the server goes on serving (WAL readers never
//! block the writer) and writes a compact file. The copy is written under a temporary name and
//! renamed, so a file under the backup's name is always whole. A restore checks that the file
//! is a Dala database before it copies it into place. PostgreSQL installations use the
//! database's own tools (`pg_dump`, `pg_restore`).

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use sqlx::{Connection, Row};

use crate::certificates::keys;
use crate::store::Store;

/// The database file's name in the data folder.
const DATABASE_FILE: &str = "dala.sqlite3";

/// What `dala backup` says to an installation on PostgreSQL.
pub const POSTGRES_GUIDANCE: &str = "this installation keeps its data in PostgreSQL: back it up with \
     `pg_dump --format=custom --file=dala.dump DATABASE` (while the servers run) and restore with \
     `pg_restore --clean --if-exists --dbname=DATABASE dala.dump` (with the servers stopped); \
     blobs and signing keys are in the database, so the dump is the whole installation";

/// What a backup holds, as counted in the copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contents {
    pub users: i64,
    pub courses: i64,
    pub blobs: i64,
    pub certificates: i64,
    pub signing_keys: i64,
}

/// Copies the installation in `data_dir` (SQLite) into `file`, which must not exist. The server
/// may be running. A keys folder of an installation from before (`legacy_keys`) is copied into
/// the database first, so the backup holds the keys.
pub async fn backup(data_dir: &Path, legacy_keys: &Path, file: &Path) -> anyhow::Result<Contents> {
    let database = data_dir.join(DATABASE_FILE);
    if !database.exists() {
        bail!("no database in {}: nothing to back up", data_dir.display());
    }
    if file.exists() {
        bail!("{} exists already: give a new file name", file.display());
    }
    let store = Store::open(data_dir, None).await?;
    keys::import_folder(&store, legacy_keys).await?;
    let partial = partial_name(file);
    let _ = std::fs::remove_file(&partial);
    let path = partial.to_str().context("the backup file's name is not UTF-8")?;
    sqlx::query("VACUUM INTO $1")
        .bind(path)
        .execute(store.pool())
        .await
        .with_context(|| format!("could not write {}", partial.display()))?;
    std::fs::File::open(&partial).and_then(|f| f.sync_all()).context("could not flush the backup")?;
    let contents = check(&partial).await;
    let contents = match contents {
        Ok(contents) => contents,
        Err(e) => {
            let _ = std::fs::remove_file(&partial);
            return Err(e.context("the copy did not check out"));
        }
    };
    std::fs::rename(&partial, file).with_context(|| format!("could not write {}", file.display()))?;
    Ok(contents)
}

/// Restores `file` (made by [`backup`]) as the database of `data_dir`. Refuses a data folder
/// with a database unless `replace`. The server must be stopped.
pub async fn restore(file: &Path, data_dir: &Path, replace: bool) -> anyhow::Result<Contents> {
    let contents = check(file).await?;
    let database = data_dir.join(DATABASE_FILE);
    if database.exists() && !replace {
        bail!(
            "{} already has a database: restore into a new data folder, or give --replace to lose it",
            data_dir.display()
        );
    }
    std::fs::create_dir_all(data_dir)
        .with_context(|| format!("could not create the data folder {}", data_dir.display()))?;
    let partial = partial_name(&database);
    std::fs::copy(file, &partial).with_context(|| format!("could not copy {}", file.display()))?;
    std::fs::File::open(&partial).and_then(|f| f.sync_all()).context("could not flush the copy")?;
    // A write-ahead log left beside the old database belongs to it: applied to the restored one
    // it would corrupt it.
    for suffix in ["-wal", "-shm"] {
        let stale = data_dir.join(format!("{DATABASE_FILE}{suffix}"));
        match std::fs::remove_file(&stale) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(e).with_context(|| format!("could not remove {}", stale.display()));
            }
            _ => {}
        }
    }
    std::fs::rename(&partial, &database)
        .with_context(|| format!("could not write {}", database.display()))?;
    // Brings a backup of an older version up to date, and shows that the server can open it.
    Store::open(data_dir, None).await?;
    Ok(contents)
}

/// Whether `file` is a whole Dala database; what it holds.
pub async fn check(file: &Path) -> anyhow::Result<Contents> {
    let not_ours = || format!("{} is not a Dala backup", file.display());
    if !file.is_file() {
        bail!("{} is not a file", file.display());
    }
    let options = sqlx::sqlite::SqliteConnectOptions::new().filename(file).read_only(true);
    let mut connection = sqlx::SqliteConnection::connect_with(&options).await.with_context(not_ours)?;
    let integrity: String =
        sqlx::query_scalar("PRAGMA quick_check").fetch_one(&mut connection).await.with_context(not_ours)?;
    if integrity != "ok" {
        bail!("{} is damaged: {integrity}", file.display());
    }
    let tables: Vec<String> = sqlx::query("SELECT name FROM sqlite_master WHERE type = 'table'")
        .fetch_all(&mut connection)
        .await
        .with_context(not_ours)?
        .iter()
        .map(|row| row.get("name"))
        .collect();
    for table in
        ["_sqlx_migrations", "users", "courses", "blobs", "blob_contents", "signing_keys", "certificates"]
    {
        if !tables.iter().any(|t| t == table) {
            bail!("{}: it has no table `{table}`", not_ours());
        }
    }
    let mut count = async |table: &str| -> anyhow::Result<i64> {
        Ok(sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&mut connection).await?)
    };
    Ok(Contents {
        users: count("users").await?,
        courses: count("courses").await?,
        blobs: count("blobs").await?,
        certificates: count("certificates").await?,
        signing_keys: count("signing_keys").await?,
    })
}

/// The temporary name a file is written under before it is renamed into place.
fn partial_name(file: &Path) -> PathBuf {
    let mut name = file.file_name().unwrap_or_default().to_owned();
    name.push(".partial");
    file.with_file_name(name)
}
