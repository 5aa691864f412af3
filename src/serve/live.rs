//! Live reload: the pages `serve` sends load a small script that listens
//! for Server-Sent Events on [`EVENTS`]; after a rebuild it is told which
//! files changed (and reloads its page, or only the stylesheets), and when
//! a save breaks the site it is sent the errors to show over the page.
//!
//! The script and its stylesheet are served from [`SCRIPT`] and
//! [`STYLESHEET`], never written into the output folder, so `lantern build`
//! output never contains them; the theme's Content-Security-Policy allows
//! scripts from the site itself only, which these are.

use std::io::Write;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Where the script is served.
pub const SCRIPT: &str = "/__lantern/reload.js";
/// Where the overlay's stylesheet is served.
pub const STYLESHEET: &str = "/__lantern/overlay.css";
/// Where the event stream is served.
pub const EVENTS: &str = "/__lantern/events";

/// The script.
pub const SCRIPT_SOURCE: &str = include_str!("assets/reload.js");
/// The overlay's stylesheet.
pub const STYLESHEET_SOURCE: &str = include_str!("assets/overlay.css");

/// More changed files than this, and pages are told "everything changed".
const LIST_LIMIT: usize = 200;

/// How often an idle stream sends a comment, to notice browsers that left.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// The browsers listening, and the problem they should show.
#[derive(Debug, Default)]
pub struct Live {
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    clients: Vec<Sender<Arc<str>>>,
    /// The `build-error` event while the site is broken.
    problem: Option<Arc<str>>,
}

impl Live {
    /// No one is listening yet.
    pub fn new() -> Live {
        Live::default()
    }

    /// Tells pages that `paths` (relative to the output folder) changed.
    pub fn changed(&self, paths: &[String]) {
        if paths.is_empty() {
            return;
        }
        let all = paths.len() > LIST_LIMIT;
        let listed: &[String] = if all { &[] } else { paths };
        let data = serde_json::json!({ "all": all, "paths": listed });
        self.broadcast(event("reload", &data), None);
    }

    /// Shows `report` (the errors, as the terminal shows them) over pages,
    /// now and on every page loaded until [`Live::fixed`].
    pub fn broken(&self, errors: usize, report: &str) {
        let data = serde_json::json!({ "errors": errors, "report": report });
        let message: Arc<str> = event("build-error", &data).into();
        self.broadcast(message.clone(), Some(Some(message)));
    }

    /// Takes the errors away again.
    pub fn fixed(&self) {
        let was_broken = self.lock().problem.is_some();
        if was_broken {
            self.broadcast(event("build-ok", &serde_json::json!({})), Some(None));
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn broadcast(&self, message: impl Into<Arc<str>>, problem: Option<Option<Arc<str>>>) {
        let message = message.into();
        let mut inner = self.lock();
        if let Some(problem) = problem {
            inner.problem = problem;
        }
        inner
            .clients
            .retain(|client| client.send(message.clone()).is_ok());
    }

    fn subscribe(&self) -> (Receiver<Arc<str>>, Option<Arc<str>>) {
        let (sender, receiver) = mpsc::channel();
        let mut inner = self.lock();
        inner.clients.push(sender);
        (receiver, inner.problem.clone())
    }

    /// Answers `request` with the event stream, until the browser leaves
    /// (blocks: run it on a thread of its own).
    pub fn stream(&self, request: tiny_http::Request) {
        let (receiver, problem) = self.subscribe();
        let mut writer = request.into_writer();
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n\
                    Cache-Control: no-store\r\nConnection: close\r\n\r\nretry: 500\n\n";
        let mut ok = writer.write_all(head.as_bytes()).is_ok();
        let hello = problem.unwrap_or_else(|| event("hello", &serde_json::json!({})).into());
        ok = ok
            && writer
                .write_all(hello.as_bytes())
                .and_then(|()| writer.flush())
                .is_ok();
        while ok {
            let message = match receiver.recv_timeout(KEEP_ALIVE) {
                Ok(message) => message,
                Err(RecvTimeoutError::Timeout) => Arc::from(": keep-alive\n\n"),
                Err(RecvTimeoutError::Disconnected) => break,
            };
            ok = writer
                .write_all(message.as_bytes())
                .and_then(|()| writer.flush())
                .is_ok();
        }
    }
}

/// One Server-Sent Event (JSON on a single `data:` line).
fn event(name: &str, data: &serde_json::Value) -> String {
    format!("event: {name}\ndata: {data}\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_one_line_of_json() {
        let text = event("build-error", &serde_json::json!({ "report": "a\nb" }));
        assert_eq!(text, "event: build-error\ndata: {\"report\":\"a\\nb\"}\n\n");
    }

    #[test]
    fn new_listeners_are_told_of_the_current_problem() {
        let live = Live::new();
        live.broken(1, "content/a.md:1:1: error");
        let (receiver, problem) = live.subscribe();
        assert!(problem.is_some_and(|p| p.contains("content/a.md:1:1")));
        live.fixed();
        assert!(receiver.recv().unwrap().starts_with("event: build-ok"));
        assert!(live.subscribe().1.is_none());
        live.changed(&["index.html".to_owned()]);
        assert!(receiver.recv().unwrap().contains("\"paths\":[\"index.html\"]"));
    }
}
