//! The development server: the output folder over HTTP on loopback, with
//! the right content types, `index.html` for folders, the site's own
//! `404.html` for anything missing, and no way out of the folder (which
//! path leads to which file: [`super::files`]).
//!
//! HTML is sent with the live-reload script added ([`super::live`]); the
//! files on disk are never changed for it.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use tiny_http::{Header, Method, Request, Response, StatusCode};

use super::files::{Target, content_type, resolve};
use super::live::{self, Live};
use crate::error::Error;

/// Threads answering requests (event streams get threads of their own).
const WORKERS: usize = 4;

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
pub fn start(bind: &str, port: u16, output: PathBuf, live: Arc<Live>) -> Result<std::net::SocketAddr, Error> {
    let server = tiny_http::Server::http((bind, port)).map_err(|e| {
        Error::Usage(format!(
            "could not listen on {bind}:{port}: {e}; if another program uses that port, choose another with --port (0 picks a free one)"
        ))
    })?;
    let address = server
        .server_addr()
        .to_ip()
        .ok_or_else(|| Error::Usage(format!("{bind}:{port} is not an IP address")))?;
    let server = Arc::new(server);
    for _ in 0..WORKERS {
        let (server, output, live) = (Arc::clone(&server), output.clone(), Arc::clone(&live));
        std::thread::spawn(move || {
            for request in server.incoming_requests() {
                handle(request, &output, &live);
            }
        });
    }
    Ok(address)
}

fn handle(request: Request, output: &Path, live: &Arc<Live>) {
    if !matches!(request.method(), Method::Get | Method::Head) {
        let response = Response::from_string("Only GET and HEAD are served here.\n").with_status_code(405);
        let response = with_header(response, "Allow", "GET, HEAD");
        request.respond(response).ok();
        return;
    }
    let path = request
        .url()
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_owned();
    let response = match path.as_str() {
        live::EVENTS => {
            let live = Arc::clone(live);
            std::thread::spawn(move || live.stream(request));
            return;
        }
        live::SCRIPT => ok(
            live::SCRIPT_SOURCE.as_bytes().to_vec(),
            "text/javascript; charset=utf-8",
        ),
        live::STYLESHEET => ok(
            live::STYLESHEET_SOURCE.as_bytes().to_vec(),
            "text/css; charset=utf-8",
        ),
        _ => match resolve(output, &path) {
            Target::File(file) => match std::fs::read(&file) {
                Ok(bytes) => ok(with_script(&file, bytes), content_type(&file)),
                Err(_) => not_found(output),
            },
            Target::Folder(location) => with_header(
                Response::from_data(Vec::new()).with_status_code(301),
                "Location",
                &location,
            ),
            Target::Missing => not_found(output),
        },
    };
    request.respond(response).ok();
}

fn ok(bytes: Vec<u8>, content_type: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    let response = with_header(Response::from_data(bytes), "Content-Type", content_type);
    with_header(response, "Cache-Control", "no-store")
}

/// The site's own 404 page, or a line of text if it has none.
fn not_found(output: &Path) -> Response<std::io::Cursor<Vec<u8>>> {
    let page = output.join("404.html");
    let response = match (resolve(output, "/404.html"), std::fs::read(&page)) {
        (Target::File(_), Ok(bytes)) => ok(with_script(&page, bytes), "text/html; charset=utf-8"),
        _ => ok(b"Not found\n".to_vec(), "text/plain; charset=utf-8"),
    };
    response.with_status_code(StatusCode(404))
}

/// HTML with the live-reload script added before `</head>` (or `</body>`,
/// or at the end); anything else as it is.
fn with_script(file: &Path, mut bytes: Vec<u8>) -> Vec<u8> {
    if !content_type(file).starts_with("text/html") {
        return bytes;
    }
    let tag = format!("<script src=\"{}\" defer></script>", live::SCRIPT);
    let lower = bytes.to_ascii_lowercase();
    let find = |needle: &[u8]| lower.windows(needle.len()).position(|w| w == needle);
    let at = find(b"</head>")
        .or_else(|| find(b"</body>"))
        .unwrap_or(bytes.len());
    bytes.splice(at..at, tag.bytes());
    bytes
}

/// Adds a header (left out if it is not valid ASCII, which ours always are).
fn with_header<R: std::io::Read>(response: Response<R>, name: &str, value: &str) -> Response<R> {
    match Header::from_bytes(name.as_bytes(), value.as_bytes()) {
        Ok(header) => response.with_header(header),
        Err(()) => response,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_goes_before_the_end_of_head() {
        let page = Path::new("index.html");
        let html = with_script(
            page,
            b"<html><HEAD><title>x</title></HEAD><body></body></html>".to_vec(),
        );
        assert_eq!(
            String::from_utf8(html).unwrap(),
            "<html><HEAD><title>x</title><script src=\"/__lantern/reload.js\" defer></script></HEAD><body></body></html>"
        );
        assert_eq!(with_script(Path::new("a.css"), b"</head>".to_vec()), b"</head>");
        assert!(content_type(Path::new("feed.XML")).starts_with("application/xml"));
    }
}
