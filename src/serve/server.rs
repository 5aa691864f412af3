//! The development server: the output folder over HTTP on loopback (what
//! is sent for each path: [`super::files`]), the live-reload script and
//! event stream ([`super::live`]), and nothing at all for a request that
//! names another host ([`super::hosts`]).
//!
//! Every connection is a task on one event loop (tokio, on a thread of its
//! own), and hyper speaks HTTP/1.1 and 1.0, keep-alive included. A client
//! that stops reading holds its socket and one chunk of a file, never a
//! thread, so it never keeps another client waiting; a live-reload stream
//! is a small queue, not a thread. The file system is read on at most
//! four threads, which end when idle.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use bytes::Bytes;
use hyper::body::Incoming;
use hyper::header::{self, HeaderValue};
use hyper::{Method, Request, Response, StatusCode, Version};
use hyper_util::rt::{TokioIo, TokioTimer};

use super::body::Body;
use super::files::{self, Found};
use super::hosts::Hosts;
use super::live::{self, Live, STREAM_LIMIT};
use crate::error::Error;

/// Threads reading files (and finding them) for requests, at most.
const FILE_THREADS: usize = 4;

/// How long a client may take to send a request's head.
const HEAD_TIMEOUT: Duration = Duration::from_secs(30);

/// How long to wait before accepting again when a connection could not be
/// accepted (most likely: the process has no file handles left).
const ACCEPT_PAUSE: Duration = Duration::from_millis(100);

/// What every request is answered from.
#[derive(Debug)]
struct Site {
    output: PathBuf,
    live: Arc<Live>,
    hosts: Hosts,
    /// Whether streams are being refused (said once in the terminal).
    refusing: AtomicBool,
}

/// Whether `bind:port` can be listened on, checked before a build writes
/// anything, so that a port another program holds is said at once. Port 0
/// (any free one) always can.
pub fn check_free(bind: &str, port: u16) -> Result<(), Error> {
    if port == 0 {
        return Ok(());
    }
    std::net::TcpListener::bind((bind, port)).map(drop).map_err(|e| {
        Error::Usage(format!(
            "could not listen on {bind}:{port}: {e}; if another program (another `lantern serve`?) uses that port, stop it or choose another with --port (0 picks a free one)"
        ))
    })
}

/// Starts serving `output` on `bind`:`port` (0: any free port); returns the
/// address it listens on.
pub fn start(bind: &str, port: u16, output: PathBuf, live: Arc<Live>) -> Result<SocketAddr, Error> {
    let cannot = |e: std::io::Error| {
        Error::Usage(format!(
            "could not listen on {bind}:{port}: {e}; if another program uses that port, choose another with --port (0 picks a free one)"
        ))
    };
    let listener = std::net::TcpListener::bind((bind, port)).map_err(cannot)?;
    let address = listener.local_addr().map_err(cannot)?;
    listener.set_nonblocking(true).map_err(cannot)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .max_blocking_threads(FILE_THREADS)
        .thread_name("lantern-files")
        .build()
        .map_err(cannot)?;
    let listener = {
        let _inside = runtime.enter();
        tokio::net::TcpListener::from_std(listener).map_err(cannot)?
    };
    let site = Arc::new(Site {
        output,
        live,
        hosts: Hosts::new(address),
        refusing: AtomicBool::new(false),
    });
    std::thread::Builder::new()
        .name("lantern-http".to_owned())
        .spawn(move || runtime.block_on(accept(listener, site)))
        .map_err(cannot)?;
    Ok(address)
}

/// Accepts connections for ever, each on a task of its own.
async fn accept(listener: tokio::net::TcpListener, site: Arc<Site>) {
    tokio::spawn(ping(Arc::clone(&site.live)));
    let mut warned = false;
    loop {
        match listener.accept().await {
            Ok((stream, _)) => {
                warned = false;
                stream.set_nodelay(true).ok();
                tokio::spawn(connection(stream, Arc::clone(&site)));
            }
            Err(e) => {
                if !warned {
                    eprintln!("warning: the server could not accept a connection: {e}");
                    warned = true;
                }
                tokio::time::sleep(ACCEPT_PAUSE).await;
            }
        }
    }
}

/// Pings the live-reload streams now and then.
async fn ping(live: Arc<Live>) {
    let mut ticks = tokio::time::interval(live::KEEP_ALIVE);
    loop {
        ticks.tick().await;
        live.ping();
    }
}

/// Answers the requests on one connection until either side closes it.
async fn connection(stream: tokio::net::TcpStream, site: Arc<Site>) {
    let service = hyper::service::service_fn(move |request| respond(request, Arc::clone(&site)));
    let served = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(HEAD_TIMEOUT)
        .serve_connection(TokioIo::new(stream), service)
        .await;
    // A client that leaves halfway or sends nonsense ends its own
    // connection; nothing to report.
    drop(served);
}

/// The response to one request.
async fn respond(request: Request<Incoming>, site: Arc<Site>) -> Result<Response<Body>, Infallible> {
    if let Some(refusal) = check_host(&request, &site.hosts) {
        return Ok(refusal);
    }
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        let mut response = text(
            StatusCode::METHOD_NOT_ALLOWED,
            "Only GET and HEAD are served here.\n",
        );
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return Ok(response);
    }
    let path = request.uri().path().to_owned();
    let response = match path.as_str() {
        live::EVENTS => events(&site),
        live::SCRIPT => content(
            StatusCode::OK,
            Body::bytes(Bytes::from_static(live::SCRIPT_SOURCE.as_bytes())),
            "text/javascript; charset=utf-8",
        ),
        live::STYLESHEET => content(
            StatusCode::OK,
            Body::bytes(Bytes::from_static(live::STYLESHEET_SOURCE.as_bytes())),
            "text/css; charset=utf-8",
        ),
        _ => {
            let output = site.output.clone();
            match tokio::task::spawn_blocking(move || files::find(&output, &path)).await {
                Ok(found) => file(found),
                Err(_) => text(StatusCode::INTERNAL_SERVER_ERROR, "The file could not be read.\n"),
            }
        }
    };
    Ok(response)
}

/// A refusal unless the request names this server: every `Host` header,
/// and the host in the request line if it has one, must be allowed. Only
/// HTTP/1.0, which predates `Host`, may leave it out.
fn check_host(request: &Request<Incoming>, hosts: &Hosts) -> Option<Response<Body>> {
    let headers = request.headers().get_all(header::HOST);
    let mut named: Vec<&str> = headers
        .iter()
        .map(|value| value.to_str().unwrap_or("\u{fffd}"))
        .collect();
    if named.len() > 1 {
        return Some(text(
            StatusCode::BAD_REQUEST,
            "A request may name one host only.\n",
        ));
    }
    if named.is_empty() && request.version() >= Version::HTTP_11 {
        return Some(text(
            StatusCode::BAD_REQUEST,
            "An HTTP/1.1 request needs a Host header.\n",
        ));
    }
    named.extend(request.uri().authority().map(|a| a.as_str()));
    let refused = named.into_iter().find(|host| !hosts.allows(host))?;
    let message = format!(
        "This server answers only to this computer: {}. This request was for {:?}, so it was refused: a page on another site may be trying to read this one.\n",
        hosts.describe(),
        refused
    );
    Some(text(StatusCode::FORBIDDEN, &message))
}

/// A live-reload stream, or a refusal if too many pages listen already.
fn events(site: &Site) -> Response<Body> {
    match site.live.subscribe() {
        Ok(events) => {
            site.refusing.store(false, Ordering::Relaxed);
            content(
                StatusCode::OK,
                Body::Events(events),
                "text/event-stream; charset=utf-8",
            )
        }
        Err(live::Full) => {
            let message = format!(
                "Too many pages are listening for changes: {STREAM_LIMIT} pages are open already. Close some tabs showing this site; pages opened now will not reload by themselves.\n"
            );
            if !site.refusing.swap(true, Ordering::Relaxed) {
                eprintln!("warning: {message}");
            }
            let mut response = text(StatusCode::SERVICE_UNAVAILABLE, &message);
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
            response
        }
    }
}

/// The response for what a path leads to in the output folder.
fn file(found: Found) -> Response<Body> {
    match found {
        Found::Page(bytes, kind) => content(StatusCode::OK, Body::bytes(bytes), kind),
        Found::File(file, length, kind) => content(
            StatusCode::OK,
            Body::File(tokio::fs::File::from_std(file), length),
            kind,
        ),
        Found::Missing(bytes, kind) => content(StatusCode::NOT_FOUND, Body::bytes(bytes), kind),
        Found::Unreadable(reason) => {
            let message =
                format!("The file is there but could not be read just now ({reason}). Try again.\n");
            let mut response = text(StatusCode::SERVICE_UNAVAILABLE, &message);
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
            response
        }
        Found::Folder(location) => match HeaderValue::from_str(&location) {
            Ok(location) => {
                let mut response = content(
                    StatusCode::MOVED_PERMANENTLY,
                    Body::bytes(Bytes::new()),
                    "text/plain; charset=utf-8",
                );
                response.headers_mut().insert(header::LOCATION, location);
                response
            }
            Err(_) => text(StatusCode::NOT_FOUND, "Not found\n"),
        },
    }
}

/// A response with `body` of type `kind`, never cached (it changes with
/// every save).
fn content(status: StatusCode, body: Body, kind: &'static str) -> Response<Body> {
    let mut response = Response::new(body);
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// A plain-text message; the connection is closed after it unless it is
/// a success.
fn text(status: StatusCode, message: &str) -> Response<Body> {
    let mut response = content(
        status,
        Body::bytes(message.to_owned()),
        "text/plain; charset=utf-8",
    );
    let headers = response.headers_mut();
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    if !status.is_success() {
        headers.insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    response
}
