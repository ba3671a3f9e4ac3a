//! The room's connections, each served with deadlines and the whole under caps, so that no
//! one on the Wi-Fi can hold the room — or the laptop's open files — with half-sent
//! requests, and closing the room drops every connection at once.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use axum::http::{Request, Response, StatusCode, header};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;
use tokio::task::JoinSet;
use tower_service::Service;

use crate::shared::lock;

/// How many connections the room holds, and for how long.
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    /// Connections open at once, from everyone: well under the process's open files.
    pub total: usize,
    /// Connections open at once from one network address: a phone's browser uses a few.
    pub per_address: usize,
    /// Time to send a request's headers; a connection that takes longer is closed.
    pub headers: Duration,
    /// Time a connection may stay open, however busy: then it is closed once its current
    /// answer is sent, and the phone's browser opens a fresh one.
    pub lifetime: Duration,
}

impl Default for ConnectionLimits {
    fn default() -> Self {
        ConnectionLimits {
            total: 768,
            per_address: 16,
            headers: Duration::from_secs(10),
            lifetime: Duration::from_secs(60),
        }
    }
}

/// How long an answer under way may take to finish once its connection's time is up.
const GRACE: Duration = Duration::from_secs(5);

/// Serves `listener` with `router` until `stop` fires; then every connection is dropped.
pub(crate) async fn serve(
    listener: TcpListener,
    router: Router,
    limits: ConnectionLimits,
    mut stop: oneshot::Receiver<()>,
) {
    let mut connections = JoinSet::new();
    let open: Counts = Arc::default();
    loop {
        tokio::select! {
            _ = &mut stop => break,
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
            accepted = listener.accept() => match accepted {
                Ok((stream, peer)) => {
                    // Over a cap, the connection is closed at once: the phone tries again.
                    if connections.len() >= limits.total {
                        continue;
                    }
                    let Some(slot) = Slot::take(&open, peer.ip(), limits.per_address) else {
                        continue;
                    };
                    connections.spawn(serve_one(stream, peer, router.clone(), limits, slot));
                }
                // Out of open files, for one: wait a moment rather than spin.
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            }
        }
    }
    // Dropping the set aborts every connection: a closed room holds no one.
    connections.abort_all();
}

type Counts = Arc<Mutex<HashMap<IpAddr, usize>>>;

/// One connection counted against its address, given back when the connection ends.
struct Slot {
    counts: Counts,
    address: IpAddr,
}

impl Slot {
    fn take(counts: &Counts, address: IpAddr, most: usize) -> Option<Slot> {
        let mut all = lock(counts);
        let open = all.entry(address).or_insert(0);
        if *open >= most {
            return None;
        }
        *open += 1;
        Some(Slot {
            counts: Arc::clone(counts),
            address,
        })
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut all = lock(&self.counts);
        if let Some(open) = all.get_mut(&self.address) {
            *open -= 1;
            if *open == 0 {
                all.remove(&self.address);
            }
        }
    }
}

async fn serve_one(
    stream: TcpStream,
    peer: SocketAddr,
    router: Router,
    limits: ConnectionLimits,
    _slot: Slot,
) {
    // Only requests for the room's own address: a page elsewhere that made its own name
    // point at the laptop (DNS rebinding) is not the room.
    let Ok(own) = stream.local_addr() else {
        return;
    };
    let host = own.to_string();
    let service = hyper::service::service_fn(move |mut request: Request<Incoming>| {
        let mut router = router.clone();
        let for_the_room = request
            .headers()
            .get(header::HOST)
            .is_some_and(|h| h.as_bytes() == host.as_bytes());
        request.extensions_mut().insert(ConnectInfo(peer));
        async move {
            if for_the_room {
                router.call(request).await
            } else {
                Ok(misdirected())
            }
        }
    });
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.headers);
    let connection = builder.serve_connection(TokioIo::new(stream), service);
    tokio::pin!(connection);
    tokio::select! {
        _ = connection.as_mut() => {}
        () = tokio::time::sleep(limits.lifetime) => {
            connection.as_mut().graceful_shutdown();
            let _ = tokio::time::timeout(GRACE, connection).await;
        }
    }
}

fn misdirected() -> Response<axum::body::Body> {
    let mut answer = Response::new(axum::body::Body::from(
        r#"{"message":"This is not the room's address."}"#,
    ));
    *answer.status_mut() = StatusCode::MISDIRECTED_REQUEST;
    answer.headers_mut().insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("application/json; charset=utf-8"),
    );
    answer
}
