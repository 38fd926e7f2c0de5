//! The server's log lines, with repeated warnings and errors rate-limited.
//!
//! One request can make a library warn once per element it parses (html5ever's "foster
//! parenting not implemented" for each misplaced table cell: one preview wrote 60,000 lines).
//! A log that floods hides everything else and fills the disk, so each *kind* of warning or
//! error (its call site: target, file and line, the `log` records of libraries included) gets
//! at most one line per [`WINDOW`]. The first line of a window is written; the rest of that
//! window are counted, and the count is written with the next line of that kind, as
//! `(N more like this were not logged)`. Lines below WARN are never held back.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use tracing::{Event, Level, Subscriber};
use tracing_log::NormalizeEvent;
use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::{FmtContext, FormatEvent, FormatFields};
use tracing_subscriber::registry::LookupSpan;

/// How long one line of a kind holds back the others.
pub const WINDOW: Duration = Duration::from_secs(10);

/// What the rate limit decides for one line.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Write it, saying how many of its kind were held back before it.
    Write { suppressed: u64 },
    /// Count it, do not write it.
    Suppress,
}

/// Per kind: when its window started and how many lines it held back.
#[derive(Debug)]
pub struct RateLimit {
    window: Duration,
    kinds: Mutex<HashMap<String, (Instant, u64)>>,
}

impl RateLimit {
    pub fn new(window: Duration) -> RateLimit {
        RateLimit { window, kinds: Mutex::default() }
    }

    /// The verdict on a line of `kind` at `now`.
    pub fn admit(&self, kind: &str, now: Instant) -> Verdict {
        let mut kinds = self.kinds.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        match kinds.get_mut(kind) {
            Some((started, suppressed)) if now.duration_since(*started) < self.window => {
                *suppressed += 1;
                Verdict::Suppress
            }
            Some((started, suppressed)) => {
                *started = now;
                Verdict::Write { suppressed: std::mem::take(suppressed) }
            }
            None => {
                // Kinds are call sites, a fixed set in the binary, so the table stays small.
                kinds.insert(kind.to_owned(), (now, 0));
                Verdict::Write { suppressed: 0 }
            }
        }
    }
}

/// A line format that applies a [`RateLimit`] to warnings and errors, then formats with
/// `inner`.
#[derive(Debug)]
pub struct RateLimited<F> {
    inner: F,
    limit: RateLimit,
}

impl<F> RateLimited<F> {
    pub fn new(inner: F, window: Duration) -> RateLimited<F> {
        RateLimited { inner, limit: RateLimit::new(window) }
    }
}

impl<S, N, F> FormatEvent<S, N> for RateLimited<F>
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    N: for<'a> FormatFields<'a> + 'static,
    F: FormatEvent<S, N>,
{
    fn format_event(
        &self,
        ctx: &FmtContext<'_, S, N>,
        mut writer: Writer<'_>,
        event: &Event<'_>,
    ) -> std::fmt::Result {
        let normalized = event.normalized_metadata();
        let meta = normalized.as_ref().unwrap_or_else(|| event.metadata());
        if *meta.level() > Level::WARN {
            return self.inner.format_event(ctx, writer, event);
        }
        let kind = format!(
            "{} {} {}:{}",
            meta.level(),
            meta.target(),
            meta.file().unwrap_or(""),
            meta.line().unwrap_or(0)
        );
        match self.limit.admit(&kind, Instant::now()) {
            Verdict::Suppress => Ok(()),
            Verdict::Write { suppressed: 0 } => self.inner.format_event(ctx, writer, event),
            Verdict::Write { suppressed } => {
                let mut line = String::new();
                self.inner.format_event(ctx, Writer::new(&mut line), event)?;
                let body = line.trim_end_matches('\n');
                writeln!(writer, "{body} ({suppressed} more like this were not logged)")
            }
        }
    }
}

/// Installs the server's logger: `DALA_LOG` (an `EnvFilter`) or the default levels, one line per
/// event, repeated warnings and errors rate-limited.
pub fn init() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("DALA_LOG")
        .unwrap_or_else(|_| "info,tower_http=info,sqlx=warn".into());
    let format = tracing_subscriber::fmt::format().with_target(false);
    tracing_subscriber::fmt().with_env_filter(filter).event_format(RateLimited::new(format, WINDOW)).init();
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io;
    use std::sync::Arc;

    #[test]
    fn one_line_per_kind_per_window_then_the_count() {
        let limit = RateLimit::new(Duration::from_secs(10));
        let start = Instant::now();
        assert_eq!(limit.admit("a", start), Verdict::Write { suppressed: 0 });
        for n in 1..60_000 {
            assert_eq!(limit.admit("a", start + Duration::from_micros(n)), Verdict::Suppress);
        }
        assert_eq!(
            limit.admit("b", start),
            Verdict::Write { suppressed: 0 },
            "another kind is not held back"
        );
        let later = start + Duration::from_secs(11);
        assert_eq!(limit.admit("a", later), Verdict::Write { suppressed: 59_999 });
        assert_eq!(limit.admit("a", later), Verdict::Suppress, "a new window started");
        assert_eq!(limit.admit("a", later + Duration::from_secs(10)), Verdict::Write { suppressed: 1 });
    }

    /// Everything written, as the test's log.
    #[derive(Clone, Default)]
    struct Capture(Arc<Mutex<Vec<u8>>>);

    impl io::Write for Capture {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    fn warn_many(times: usize) {
        for n in 0..times {
            tracing::warn!(n, "foster parenting not implemented");
        }
    }

    #[test]
    fn a_flood_of_warnings_writes_a_line_and_later_its_count() {
        let capture = Capture::default();
        let writer = capture.clone();
        let window = Duration::from_millis(200);
        let subscriber = tracing_subscriber::fmt()
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .event_format(RateLimited::new(tracing_subscriber::fmt::format(), window))
            .finish();
        tracing::subscriber::with_default(subscriber, || {
            warn_many(60_000);
            tracing::error!("another kind");
            for _ in 0..3 {
                tracing::info!("information is never held back");
            }
            std::thread::sleep(window + Duration::from_millis(50));
            warn_many(1);
        });
        let log = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
        let lines: Vec<&str> = log.lines().collect();
        assert_eq!(lines.len(), 6, "{log}");
        assert_eq!(lines.iter().filter(|l| l.contains("foster parenting")).count(), 2, "{log}");
        assert!(lines[0].contains("n=0"), "{log}");
        assert!(lines[1].contains("another kind"), "{log}");
        assert!(lines[5].contains("(59999 more like this were not logged)"), "{log}");
    }
}
