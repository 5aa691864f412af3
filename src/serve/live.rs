//! Live reload: the pages `serve` sends load a small script that listens
//! for Server-Sent Events on [`EVENTS`]; after a rebuild it is told which
//! files changed (and reloads its page, or only the stylesheets), and when
//! a save breaks the site it is sent the errors to show over the page.
//!
//! The script and its stylesheet are served from [`SCRIPT`] and
//! [`STYLESHEET`], never written into the output folder, so `lantern build`
//! output never contains them; the theme's Content-Security-Policy allows
//! scripts from the site itself only, which these are.
//!
//! Rebuilds hand events to [`Live`], which queues them for each stream;
//! the server's event loop sends them on, so a stream costs a socket and a
//! small queue, never a thread. At most [`STREAM_LIMIT`] pages listen at
//! once, and a page that stops reading is let go.

use std::sync::Mutex;
use std::time::Duration;

use bytes::Bytes;
use tokio::sync::mpsc::{self, Receiver, Sender};

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

/// How many pages may listen at once. A browser opens at most six
/// connections to one server, so this is many windows' worth; a stream
/// costs a socket and a few kilobytes, and the cap keeps a runaway client
/// from using up the process's files.
pub const STREAM_LIMIT: usize = 64;

/// How often every stream is sent a comment, so that pages that left are
/// noticed even while nothing is rebuilt.
pub const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// More changed files than this, and pages are told "everything changed".
const LIST_LIMIT: usize = 200;

/// Events waiting for a stream that is not being read; one more and the
/// stream is ended (its page, if it is still there, connects again).
const BACKLOG: usize = 32;

/// The first thing each stream says: how soon to reconnect.
const RETRY: &str = "retry: 500\n\n";

/// The browsers listening, and the problem they should show.
#[derive(Debug, Default)]
pub struct Live {
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    clients: Vec<Sender<Bytes>>,
    /// The `build-error` event while the site is broken.
    problem: Option<Bytes>,
}

/// A stream refused: [`STREAM_LIMIT`] pages are listening already.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Full;

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
        let message = Bytes::from(event("build-error", &data));
        self.broadcast(message.clone(), Some(Some(message)));
    }

    /// Takes the errors away again.
    pub fn fixed(&self) {
        let was_broken = self.lock().problem.is_some();
        if was_broken {
            self.broadcast(event("build-ok", &serde_json::json!({})), Some(None));
        }
    }

    /// Sends every stream a comment, and forgets those whose page has gone.
    pub fn ping(&self) {
        self.broadcast(Bytes::from_static(b": keep-alive\n\n"), None);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn broadcast(&self, message: impl Into<Bytes>, problem: Option<Option<Bytes>>) {
        let message = message.into();
        let mut inner = self.lock();
        if let Some(problem) = problem {
            inner.problem = problem;
        }
        // A stream whose page stopped reading is dropped rather than
        // queued for without end.
        inner
            .clients
            .retain(|client| client.try_send(message.clone()).is_ok());
    }

    /// A new event stream: what it sends, starting with the reconnection
    /// delay and the current problem (or a greeting); [`Full`] if
    /// [`STREAM_LIMIT`] pages are listening already.
    pub fn subscribe(&self) -> Result<Receiver<Bytes>, Full> {
        let mut inner = self.lock();
        inner.clients.retain(|client| !client.is_closed());
        if inner.clients.len() >= STREAM_LIMIT {
            return Err(Full);
        }
        let (sender, receiver) = mpsc::channel(BACKLOG);
        let greeting = inner
            .problem
            .clone()
            .unwrap_or_else(|| event("hello", &serde_json::json!({})).into());
        for message in [Bytes::from_static(RETRY.as_bytes()), greeting] {
            sender.try_send(message).map_err(|_| Full)?;
        }
        inner.clients.push(sender);
        Ok(receiver)
    }

    /// How many pages are listening now.
    pub fn listening(&self) -> usize {
        let mut inner = self.lock();
        inner.clients.retain(|client| !client.is_closed());
        inner.clients.len()
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

    /// The events waiting in `receiver`, as text.
    fn waiting(receiver: &mut Receiver<Bytes>) -> Vec<String> {
        std::iter::from_fn(|| receiver.try_recv().ok())
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .collect()
    }

    #[test]
    fn new_listeners_are_told_of_the_current_problem() {
        let live = Live::new();
        live.broken(1, "content/a.md:1:1: error");
        let mut receiver = live.subscribe().unwrap();
        let greeting = waiting(&mut receiver);
        assert_eq!(greeting[0], RETRY);
        assert!(greeting[1].contains("content/a.md:1:1"), "{greeting:?}");
        live.fixed();
        assert!(waiting(&mut receiver)[0].starts_with("event: build-ok"));
        assert!(waiting(&mut live.subscribe().unwrap())[1].starts_with("event: hello"));
        live.changed(&["index.html".to_owned()]);
        assert!(waiting(&mut receiver)[0].contains("\"paths\":[\"index.html\"]"));
    }

    #[test]
    fn streams_are_capped_and_a_closed_one_frees_its_place() {
        let live = Live::new();
        let mut open: Vec<_> = (0..STREAM_LIMIT).map(|_| live.subscribe().unwrap()).collect();
        assert_eq!(live.subscribe().unwrap_err(), Full);
        assert_eq!(live.listening(), STREAM_LIMIT);
        drop(open.pop());
        assert!(live.subscribe().is_ok());
    }

    #[test]
    fn a_stream_that_is_not_read_is_ended_not_queued_for() {
        let live = Live::new();
        let mut reading = live.subscribe().unwrap();
        let mut stalled = live.subscribe().unwrap();
        for n in 0..BACKLOG {
            live.changed(&[format!("{n}.html")]);
            waiting(&mut reading);
        }
        assert_eq!(live.listening(), 1);
        assert_eq!(waiting(&mut stalled).len(), BACKLOG);
        assert!(stalled.is_closed());
        live.ping();
        assert_eq!(waiting(&mut reading), [": keep-alive\n\n"]);
    }
}
