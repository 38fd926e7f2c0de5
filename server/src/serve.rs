//! The accept loop of `dala serve`: HTTP/1.1 connections with timeouts, a cap on how many are
//! open, and a graceful shutdown.
//!
//! `axum::serve` keeps a connection for as long as the client does: idle, slow-header and
//! slow-body connections were never closed, and 130 of them used up a 128-descriptor limit so
//! that `/healthz` stopped answering. Here every connection is bounded:
//!
//! - a request head must arrive whole within `header_timeout` of the connection opening or of
//!   the previous answer (hyper's header read timeout: it is also the keep-alive idle timeout);
//! - a request body may pause at most `body_timeout` between two reads (as nginx's
//!   `client_body_timeout`); a body that stops is an error for the handler reading it, and the
//!   connection is closed;
//! - an answer may wait at most `body_timeout` for the client to take more of it (as nginx's
//!   `send_timeout`): a client that stops reading a large blob does not hold its connection
//!   for ever;
//! - at most `max_connections` are open: beyond that the loop stops accepting, and new
//!   connections wait in the kernel's backlog until a slot frees (the timeouts guarantee one
//!   does), so the process never runs out of file descriptors.
//!
//! On shutdown the listener is closed first (new connections are refused), idle connections
//! are closed, and requests in flight (a sync whose body is still arriving) finish and are
//! answered, for at most [`SHUTDOWN_GRACE`].
//!
//! Each request carries `ConnectInfo<SocketAddr>`, the socket's peer, for the limiter.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt;
use tower_http::timeout::TimeoutBody;

/// How long shutdown waits for requests in flight before it gives up on them.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(30);

/// The bounds on every connection (`dala serve --header-timeout --body-timeout
/// --max-connections`).
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    pub header_timeout: Duration,
    pub body_timeout: Duration,
    pub max_connections: usize,
}

/// Serves `router` on `listener` until `shutdown` completes, then shuts down gracefully.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()>,
) {
    let slots = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let graceful = GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(limits.header_timeout);
    tokio::pin!(shutdown);
    loop {
        let slot = tokio::select! {
            slot = Arc::clone(&slots).acquire_owned() => slot.expect("the slots are never closed"),
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of descriptors (EMFILE) or a connection reset before it was accepted:
                    // wait a moment rather than spin, and keep serving the connections open.
                    tracing::warn!(%error, "could not accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let router = router.clone();
        let body_timeout = limits.body_timeout;
        let service = hyper::service::service_fn(move |request: hyper::Request<Incoming>| {
            let mut request = request.map(|body| Body::new(TimeoutBody::new(body_timeout, body)));
            request.extensions_mut().insert(ConnectInfo(peer));
            router.clone().oneshot(request)
        });
        let stream = SendTimeout::new(stream, limits.body_timeout);
        let connection = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            // A timeout or a client that went away ends the connection; nothing to report.
            let _ = connection.await;
            drop(slot);
        });
    }
    // New connections are refused from here on.
    drop(listener);
    tracing::info!("shutting down: finishing the requests in flight");
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(SHUTDOWN_GRACE) => {
            tracing::warn!("requests still in flight after {} s were cut off", SHUTDOWN_GRACE.as_secs());
        }
    }
}

/// A connection whose writes fail once the client has taken nothing for `timeout`.
struct SendTimeout<T> {
    inner: T,
    timeout: Duration,
    stalled: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl<T> SendTimeout<T> {
    fn new(inner: T, timeout: Duration) -> SendTimeout<T> {
        SendTimeout { inner, timeout, stalled: None }
    }

    /// After the inner write or flush answered: `Pending` starts (or keeps) the clock, anything
    /// else stops it; a clock that ran out is a timeout.
    fn watch<R>(&mut self, cx: &mut Context<'_>, polled: Poll<io::Result<R>>) -> Poll<io::Result<R>> {
        if polled.is_ready() {
            self.stalled = None;
            return polled;
        }
        let timeout = self.timeout;
        let stalled = self.stalled.get_or_insert_with(|| Box::pin(tokio::time::sleep(timeout)));
        match stalled.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(Err(io::Error::new(
                io::ErrorKind::TimedOut,
                "the client took nothing of the answer for too long",
            ))),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl<T: AsyncRead + Unpin> AsyncRead for SendTimeout<T> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for SendTimeout<T> {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.inner).poll_write(cx, buf);
        self.watch(cx, polled)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        self.watch(cx, polled)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let polled = Pin::new(&mut self.inner).poll_flush(cx);
        self.watch(cx, polled)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::routing::get;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    #[tokio::test]
    async fn an_answer_the_client_stops_taking_fails_after_the_timeout() {
        // A pipe that holds 64 bytes, whose other end reads nothing.
        let (server_end, _client_end) = tokio::io::duplex(64);
        let mut connection = SendTimeout::new(server_end, Duration::from_millis(100));
        let result = connection.write_all(&[0u8; 4096]).await;
        let error = result.expect_err("a write nobody takes cannot go on for ever");
        assert_eq!(error.kind(), io::ErrorKind::TimedOut);
        // A client that keeps reading is not cut off, however long the whole answer takes.
        let (server_end, mut client_end) = tokio::io::duplex(64);
        let reader = tokio::spawn(async move {
            let mut taken = Vec::new();
            let mut buffer = [0u8; 16];
            loop {
                tokio::time::sleep(Duration::from_millis(1)).await;
                match client_end.read(&mut buffer).await.unwrap() {
                    0 => return taken.len(),
                    n => taken.extend_from_slice(&buffer[..n]),
                }
            }
        });
        let mut connection = SendTimeout::new(server_end, Duration::from_millis(100));
        connection.write_all(&[1u8; 4096]).await.unwrap();
        connection.shutdown().await.unwrap();
        drop(connection);
        assert_eq!(reader.await.unwrap(), 4096);
    }

    #[tokio::test]
    async fn each_request_knows_its_peer_and_shutdown_ends_the_loop() {
        let router = Router::new().route(
            "/peer",
            get(|ConnectInfo(peer): ConnectInfo<std::net::SocketAddr>| async move { peer.to_string() }),
        );
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let limits = ConnectionLimits {
            header_timeout: Duration::from_secs(5),
            body_timeout: Duration::from_secs(5),
            max_connections: 4,
        };
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(serve(listener, router, limits, async {
            let _ = stopped.await;
        }));
        let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
        let me = stream.local_addr().unwrap();
        stream.write_all(b"GET /peer HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await.unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).await.unwrap();
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
        assert!(answer.ends_with(&me.to_string()), "the limiter sees the socket's peer: {answer}");
        stop.send(()).unwrap();
        server.await.unwrap();
        assert!(tokio::net::TcpStream::connect(address).await.is_err(), "the listener is closed");
    }
}
