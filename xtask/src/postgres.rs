//! A throwaway PostgreSQL server for the tests: a fresh cluster in a temporary folder, on a
//! free loopback port, stopped and removed when dropped. Debian's `postgresql` package provides
//! the binaries; it is installed if missing.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::Command;

use anyhow::{Context, Result};

use crate::tools::{apt_install, is_root};
use crate::util::run;

pub struct Postgres {
    bin: PathBuf,
    data: PathBuf,
    port: u16,
}

impl Postgres {
    /// Installs PostgreSQL if needed, creates a cluster and starts it.
    pub fn start() -> Result<Postgres> {
        let bin = match find_bin() {
            Some(bin) => bin,
            None => {
                apt_install(&["postgresql"])?;
                find_bin().context("PostgreSQL is installed but initdb was not found")?
            }
        };
        let data = std::env::temp_dir().join(format!("dala-postgres-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&data);
        std::fs::create_dir_all(&data)?;
        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let server = Postgres { bin, data, port };
        if is_root() {
            // PostgreSQL refuses to run as root: its files belong to the `postgres` user.
            run(Command::new("chown").arg("postgres:postgres").arg(&server.data), "chown")?;
        }
        let cluster = server.data.join("cluster");
        run(
            server
                .command("initdb")
                .arg("-D")
                .arg(&cluster)
                .args(["-U", "dala", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-instructions"])
                .stdout(std::process::Stdio::null()),
            "initdb",
        )?;
        // Durability settings are off: this cluster lives for one test run.
        let options = format!(
            "-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={} -c fsync=off \
             -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
            server.data.display()
        );
        run(
            server
                .command("pg_ctl")
                .arg("-D")
                .arg(&cluster)
                .arg("-l")
                .arg(server.data.join("log"))
                .args(["-o", &options, "-w", "start"])
                .stdout(std::process::Stdio::null()),
            "pg_ctl start",
        )?;
        Ok(server)
    }

    /// URL of the administrator's connection to the maintenance database.
    pub fn admin_url(&self) -> String {
        format!("postgres://dala@127.0.0.1:{}/postgres", self.port)
    }

    fn command(&self, program: &str) -> Command {
        let path = self.bin.join(program);
        if is_root() {
            let mut command = Command::new("runuser");
            command.args(["-u", "postgres", "--"]).arg(path);
            command
        } else {
            Command::new(path)
        }
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        let _ = self
            .command("pg_ctl")
            .arg("-D")
            .arg(self.data.join("cluster"))
            .args(["-m", "fast", "-w", "stop"])
            .stdout(std::process::Stdio::null())
            .status();
        let _ = std::fs::remove_dir_all(&self.data);
    }
}

/// The newest installed PostgreSQL's binary folder.
fn find_bin() -> Option<PathBuf> {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .flatten()
        .filter_map(|e| Some((e.file_name().to_str()?.parse().ok()?, e.path().join("bin"))))
        .filter(|(_, bin): &(u32, PathBuf)| bin.join("initdb").exists())
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin)
}
