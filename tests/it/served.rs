//! A running `lantern serve` for tests, and a tiny HTTP client (over
//! `TcpStream`) to talk to it, including its event stream. Every wait has
//! a deadline; nothing sleeps for long.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long anything may take before a test fails.
pub const DEADLINE: Duration = Duration::from_secs(20);

/// `lantern serve` on a free port; stopped when dropped.
pub struct Served {
    child: Child,
    /// "127.0.0.1:PORT".
    pub address: String,
    /// What it has printed on standard error so far.
    pub stderr: Arc<Mutex<Vec<String>>>,
}

impl Served {
    /// Starts `lantern serve --root ROOT --port 0` and waits for its URL.
    pub fn start(root: &Path) -> Served {
        Served::start_with(root, &[])
    }

    /// As [`Served::start`], with more arguments (`--bind`, …).
    pub fn start_with(root: &Path, arguments: &[&str]) -> Served {
        Served::spawn(Command::new(env!("CARGO_BIN_EXE_lantern")), root, arguments)
    }

    /// As [`Served::start`], allowed at most `files` open files.
    pub fn start_with_file_limit(root: &Path, files: usize) -> Served {
        let mut command = Command::new("sh");
        command.args([
            "-c",
            &format!("ulimit -n {files} && exec \"$0\" \"$@\""),
            env!("CARGO_BIN_EXE_lantern"),
        ]);
        Served::spawn(command, root, &[])
    }

    /// Runs `command` with `serve --port 0 --root ROOT ARGUMENTS…` added.
    fn spawn(mut command: Command, root: &Path, arguments: &[&str]) -> Served {
        let mut child = command
            .args(["serve", "--port", "0", "--root"])
            .arg(root)
            .args(arguments)
            .env("SOURCE_DATE_EPOCH", "1795651200")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let lines = Arc::clone(&stderr);
        let err = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                lines.lock().unwrap().push(line);
            }
        });
        let (sender, receiver) = mpsc::channel();
        let out = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                let _ = sender.send(line);
            }
        });
        let line = receiver.recv_timeout(DEADLINE).unwrap_or_else(|_| {
            let _ = child.kill();
            panic!("no URL printed; stderr: {:?}", stderr.lock().unwrap())
        });
        let address = line
            .split("http://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .unwrap_or_else(|| panic!("no URL in {line:?}"))
            .to_owned();
        Served {
            child,
            address,
            stderr,
        }
    }

    /// `GET path`.
    pub fn get(&self, path: &str) -> Reply {
        request(&self.address, path)
    }

    /// How many threads the server process runs now.
    pub fn threads(&self) -> usize {
        self.count("task")
    }

    /// How many files (sockets included) the server process has open now.
    pub fn files(&self) -> usize {
        self.count("fd")
    }

    fn count(&self, what: &str) -> usize {
        std::fs::read_dir(format!("/proc/{}/{what}", self.child.id()))
            .map(|d| d.count())
            .unwrap_or(0)
    }

    /// Polls `GET path` until `ready` holds for the reply.
    pub fn wait_for(&self, path: &str, what: &str, ready: impl Fn(&Reply) -> bool) -> Reply {
        let started = Instant::now();
        loop {
            let reply = self.get(path);
            if ready(&reply) {
                return reply;
            }
            assert!(
                started.elapsed() < DEADLINE,
                "{path}: still not {what}: {} {}\nstderr: {:#?}",
                reply.status,
                reply.body,
                self.stderr.lock().unwrap()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Subscribes to the live-reload events (after the greeting).
    pub fn events(&self) -> Events {
        let events = self.subscribe();
        events.wait("greeting", |name, _| name == "hello" || name == "build-error");
        events
    }

    /// The first event a page loaded now receives, as "name: data".
    pub fn greeting(&self) -> String {
        let events = self.subscribe();
        let (name, data) = events.0.recv_timeout(DEADLINE).expect("a greeting");
        format!("{name}: {data}")
    }

    fn subscribe(&self) -> Events {
        let mut stream = TcpStream::connect(&self.address).unwrap();
        write!(
            stream,
            "GET /__lantern/events HTTP/1.1\r\nHost: {}\r\n\r\n",
            self.address
        )
        .unwrap();
        let (sender, receiver) = mpsc::channel();
        std::thread::spawn(move || {
            let mut name = String::new();
            for line in BufReader::new(stream).lines().map_while(Result::ok) {
                if let Some(n) = line.strip_prefix("event: ") {
                    name = n.to_owned();
                } else if let Some(data) = line.strip_prefix("data: ") {
                    if sender.send((name.clone(), data.to_owned())).is_err() {
                        break;
                    }
                }
            }
        });
        Events(receiver)
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Server-Sent Events received: (event name, data).
pub struct Events(Receiver<(String, String)>);

impl Events {
    /// Waits for an event matching `wanted`; returns its data.
    pub fn wait(&self, what: &str, wanted: impl Fn(&str, &str) -> bool) -> String {
        let started = Instant::now();
        let mut seen = Vec::new();
        while let Some(left) = DEADLINE.checked_sub(started.elapsed()) {
            match self.0.recv_timeout(left) {
                Ok((name, data)) if wanted(&name, &data) => return data,
                Ok(other) => seen.push(other),
                Err(_) => break,
            }
        }
        panic!("no {what} event; saw {seen:?}");
    }
}

/// An HTTP response.
#[derive(Debug)]
pub struct Reply {
    /// Status code.
    pub status: u16,
    /// Header lines, lower-cased names.
    pub headers: Vec<(String, String)>,
    /// The body as text.
    pub body: String,
}

impl Reply {
    /// A header's value.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Sends `GET path` exactly as given (no normalising) and reads the reply.
pub fn request(address: &str, path: &str) -> Reply {
    let head = format!("GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n");
    exchange(address, &head, DEADLINE).unwrap_or_else(|e| panic!("GET {path}: {e}"))
}

/// Sends `request` as it is and reads the reply until the server closes
/// the connection, for at most `timeout` in all.
pub fn exchange(address: &str, request: &str, timeout: Duration) -> std::io::Result<Reply> {
    let started = Instant::now();
    let mut stream = TcpStream::connect(address)?;
    stream.write_all(request.as_bytes())?;
    let mut raw = Vec::new();
    let mut buffer = [0; 64 * 1024];
    loop {
        let left = timeout.checked_sub(started.elapsed()).unwrap_or_default();
        stream.set_read_timeout(Some(left.max(Duration::from_millis(1))))?;
        match stream.read(&mut buffer)? {
            0 => break,
            n => raw.extend_from_slice(&buffer[..n]),
        }
    }
    if !raw.windows(4).any(|w| w == b"\r\n\r\n") {
        let text = String::from_utf8_lossy(&raw).into_owned();
        return Err(std::io::Error::new(
            std::io::ErrorKind::UnexpectedEof,
            format!("no complete response head in {text:?}"),
        ));
    }
    Ok(parse(&raw))
}

/// Reads one response head (status line and headers) and no more.
pub fn read_head(stream: &mut TcpStream) -> std::io::Result<Reply> {
    let mut raw = Vec::new();
    let mut byte = [0];
    while !raw.ends_with(b"\r\n\r\n") {
        if stream.read(&mut byte)? == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        raw.push(byte[0]);
    }
    Ok(parse(&raw))
}

/// A response: head, and the body after it (de-chunked).
pub fn parse(raw: &[u8]) -> Reply {
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete head");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut body = raw[split + 4..].to_vec();
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    if headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v == "chunked")
    {
        body = dechunk(&body);
    }
    Reply {
        status,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    }
}

fn dechunk(mut raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(end) = raw.windows(2).position(|w| w == b"\r\n") {
        let size = usize::from_str_radix(String::from_utf8_lossy(&raw[..end]).trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        out.extend_from_slice(&raw[end + 2..end + 2 + size]);
        raw = &raw[end + 2 + size + 2..];
    }
    out
}
