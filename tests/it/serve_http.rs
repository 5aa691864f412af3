//! `lantern serve` as an HTTP server, under stress: clients that stop
//! reading, more live-reload streams than it keeps open, HTTP/1.0
//! keep-alive, requests for another host (DNS rebinding), methods it does
//! not serve, and running out of file handles. Each test runs the real
//! binary; the resource tests count its threads and open files through
//! `/proc`.

use std::io::{Read, Write};
use std::net::{IpAddr, TcpStream, UdpSocket};
use std::time::{Duration, Instant};

use lantern::serve::live::STREAM_LIMIT;

use crate::served::{self, DEADLINE, Reply, Served};
use crate::support::SiteTest;

/// How quickly a client must be answered while others misbehave.
const PROMPTLY: Duration = Duration::from_secs(1);

fn send(address: &str, request: &str) -> TcpStream {
    let mut stream = TcpStream::connect(address).unwrap();
    stream.set_read_timeout(Some(DEADLINE)).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    stream
}

fn get_with_host(address: &str, path: &str, host: &str) -> Reply {
    let request = format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
    served::exchange(address, &request, DEADLINE).unwrap_or_else(|e| panic!("{host}: {e}"))
}

#[test]
fn stalled_readers_do_not_hold_up_other_clients() {
    let site = SiteTest::fixture("basic");
    let served = Served::start(&site.root);
    // Far more than the kernel buffers on both ends of a loopback connection.
    let large = vec![b'x'; 16 * 1024 * 1024];
    std::fs::write(site.public("large.pdf"), &large).unwrap();
    let before = served.threads();
    let request = format!("GET /large.pdf HTTP/1.1\r\nHost: {}\r\n\r\n", served.address);
    let stalled: Vec<TcpStream> = (0..4)
        .map(|_| {
            let mut stream = send(&served.address, &request);
            let head = served::read_head(&mut stream).unwrap();
            assert_eq!(head.status, 200);
            stream
        })
        .collect();
    // Let the server fill both buffers and find it cannot write more.
    std::thread::sleep(Duration::from_millis(200));
    let started = Instant::now();
    let head = format!(
        "GET /about/ HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
        served.address
    );
    let reply = served::exchange(&served.address, &head, PROMPTLY);
    let took = started.elapsed();
    let reply = reply.unwrap_or_else(|e| panic!("not answered within 1 s ({took:?}): {e}"));
    assert_eq!(reply.status, 200);
    assert!(reply.body.contains("About"), "{}", reply.body);
    assert!(took < PROMPTLY, "answered after {took:?}");
    // A fifth client that does read gets the whole file meanwhile.
    let whole = served.get("/large.pdf");
    assert_eq!(whole.header("content-length"), Some("16777216"));
    assert_eq!(whole.body.len(), large.len());
    let during = served.threads();
    assert!(
        during <= before + 4,
        "four stalled readers took {before} threads to {during}"
    );
    drop(stalled);
}

#[test]
fn live_reload_streams_are_capped_and_refused_clearly_beyond_the_cap() {
    let site = SiteTest::fixture("basic");
    let served = Served::start(&site.root);
    let (before, files) = (served.threads(), served.files());
    let request = format!(
        "GET /__lantern/events HTTP/1.1\r\nHost: {}\r\n\r\n",
        served.address
    );
    let mut open: Vec<TcpStream> = (0..STREAM_LIMIT)
        .map(|n| {
            let mut stream = send(&served.address, &request);
            let head = served::read_head(&mut stream).unwrap();
            assert_eq!(head.status, 200, "stream {n}");
            stream
        })
        .collect();
    // A thousand in all, as a page reloaded in a loop might leave behind:
    // each one past the cap is answered at once, and no thread is started.
    for n in STREAM_LIMIT..1000 {
        let reply = served::exchange(&served.address, &request, DEADLINE).unwrap();
        assert_eq!(reply.status, 503, "stream {n}: {}", reply.body);
        assert!(reply.header("retry-after").is_some(), "{:?}", reply.headers);
        assert!(
            reply.body.contains(&format!("{STREAM_LIMIT} pages")),
            "{}",
            reply.body
        );
    }
    let after = served.threads();
    assert!(
        after <= before + 2,
        "1,000 live-reload requests took {before} threads to {after}"
    );
    assert_eq!(served.get("/about/").status, 200);
    // Every open stream still hears about a rebuild.
    site.write(
        "content/about.md",
        "+++\ntitle = \"About us\"\n+++\nHeard by all.\n",
    );
    for stream in &mut open {
        let mut seen = Vec::new();
        let mut buffer = [0; 4096];
        while !String::from_utf8_lossy(&seen).contains("event: reload") {
            let n = stream.read(&mut buffer).unwrap();
            assert!(n > 0, "stream closed: {}", String::from_utf8_lossy(&seen));
            seen.extend_from_slice(&buffer[..n]);
        }
    }
    // A page that goes away frees its place.
    drop(open.pop());
    let started = Instant::now();
    loop {
        let mut stream = send(&served.address, &request);
        if served::read_head(&mut stream).unwrap().status == 200 {
            break;
        }
        assert!(started.elapsed() < DEADLINE, "the place was never freed");
        std::thread::sleep(Duration::from_millis(20));
    }
    // Pages that all go away leave no socket open behind them.
    drop(open);
    let started = Instant::now();
    while served.files() > files {
        assert!(
            started.elapsed() < DEADLINE,
            "{} files open, {files} before the streams",
            served.files()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn http_1_0_keep_alive_is_answered_and_plain_http_1_0_is_closed() {
    let site = SiteTest::fixture("basic");
    let served = Served::start(&site.root);
    let request = format!(
        "GET /about/ HTTP/1.0\r\nHost: {}\r\nConnection: keep-alive\r\n\r\n",
        served.address
    );
    let mut stream = send(&served.address, &request);
    stream.set_read_timeout(Some(PROMPTLY)).unwrap();
    let head = served::read_head(&mut stream).unwrap();
    assert_eq!(head.status, 200);
    let length: usize = head
        .header("content-length")
        .and_then(|l| l.parse().ok())
        .unwrap_or_else(|| panic!("a keep-alive reply needs a length: {:?}", head.headers));
    let mut body = vec![0; length];
    stream.read_exact(&mut body).unwrap();
    assert!(String::from_utf8_lossy(&body).contains("About"));
    if head
        .header("connection")
        .is_some_and(|c| c.eq_ignore_ascii_case("keep-alive"))
    {
        // Kept open, as promised: a second request on it is answered.
        stream.write_all(request.as_bytes()).unwrap();
        assert_eq!(served::read_head(&mut stream).unwrap().status, 200);
    } else {
        // Not kept open: then it must be closed, or the client waits.
        let mut rest = Vec::new();
        let closed = stream.read_to_end(&mut rest);
        assert!(
            closed.is_ok(),
            "neither kept alive nor closed: {closed:?}, {:?}",
            head.headers
        );
    }
    // Without keep-alive: the reply ends with the connection.
    let plain = format!("GET /about/ HTTP/1.0\r\nHost: {}\r\n\r\n", served.address);
    let reply = served::exchange(&served.address, &plain, PROMPTLY).unwrap();
    assert_eq!(reply.status, 200);
    assert!(reply.body.ends_with("</html>\n"), "{}", reply.body);
    // HTTP/1.0 knows no chunks: the event stream ends when the connection does.
    let events = format!(
        "GET /__lantern/events HTTP/1.0\r\nHost: {}\r\n\r\n",
        served.address
    );
    let mut stream = send(&served.address, &events);
    let head = served::read_head(&mut stream).unwrap();
    assert_eq!(head.status, 200);
    assert_eq!(head.header("transfer-encoding"), None, "{:?}", head.headers);
    let mut greeting = [0; 12];
    stream.read_exact(&mut greeting).unwrap();
    assert_eq!(&greeting, b"retry: 500\n\n");
}

#[test]
fn only_loopback_names_and_the_bound_address_are_served() {
    let site = SiteTest::fixture("basic");
    let served = Served::start(&site.root);
    let port = served.address.rsplit(':').next().unwrap();
    for host in [
        format!("localhost:{port}"),
        format!("127.0.0.1:{port}"),
        format!("[::1]:{port}"),
        served.address.clone(),
        "localhost".to_owned(),
        "LOCALHOST.".to_owned(),
        format!("preview.localhost:{port}"),
    ] {
        let reply = get_with_host(&served.address, "/about/", &host);
        assert_eq!(reply.status, 200, "{host}: {}", reply.body);
    }
    for host in [
        "evil.example".to_owned(),
        format!("evil.example:{port}"),
        format!("localhost.evil.example:{port}"),
        format!("127.0.0.1.evil.example:{port}"),
        format!("192.0.2.7:{port}"),
        format!("localhost:{port}@evil.example"),
        "[::1".to_owned(),
        String::new(),
    ] {
        for path in [
            "/about/",
            "/__lantern/events",
            "/no-such-page/",
            "/__lantern/reload.js",
        ] {
            let reply = get_with_host(&served.address, path, &host);
            assert_eq!(reply.status, 403, "{host:?} {path}: {}", reply.body);
            assert!(
                reply.body.contains("only to this computer") && !reply.body.contains("<html"),
                "{host:?} {path}: {}",
                reply.body
            );
        }
    }
    // The host named in the request line counts, not only the header.
    let absolute = format!(
        "GET http://evil.example/about/ HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
        served.address
    );
    let reply = served::exchange(&served.address, &absolute, DEADLINE).unwrap();
    assert_eq!(reply.status, 403, "{}", reply.body);
    let twice = format!(
        "GET /about/ HTTP/1.1\r\nHost: {0}\r\nHost: {0}\r\nConnection: close\r\n\r\n",
        served.address
    );
    let reply = served::exchange(&served.address, &twice, DEADLINE).unwrap();
    assert_eq!(reply.status, 400, "{}", reply.body);
    // HTTP/1.1 requires a Host; HTTP/1.0 predates it, and cannot be rebound.
    let missing = "GET /about/ HTTP/1.1\r\nConnection: close\r\n\r\n";
    let reply = served::exchange(&served.address, missing, DEADLINE).unwrap();
    assert_eq!(reply.status, 400, "{}", reply.body);
    let old = served::exchange(&served.address, "GET /about/ HTTP/1.0\r\n\r\n", DEADLINE).unwrap();
    assert_eq!(old.status, 200, "{}", old.body);
}

/// This computer's address on its network (as `--bind` would be given it),
/// or a second loopback address when it has none.
fn own_address() -> IpAddr {
    let outward = UdpSocket::bind("0.0.0.0:0")
        .and_then(|socket| socket.connect("192.0.2.1:9").map(|()| socket))
        .and_then(|socket| socket.local_addr())
        .map(|address| address.ip());
    match outward {
        Ok(ip) if !ip.is_loopback() && !ip.is_unspecified() => ip,
        _ => IpAddr::from([127, 0, 0, 2]),
    }
}

#[test]
fn the_address_given_to_bind_is_served_and_others_are_not() {
    let site = SiteTest::fixture("basic");
    let ip = own_address().to_string();
    let served = Served::start_with(&site.root, &["--bind", &ip]);
    let port = served.address.rsplit(':').next().unwrap();
    assert_eq!(served.address, format!("{ip}:{port}"));
    for (host, status) in [
        (format!("{ip}:{port}"), 200),
        (format!("localhost:{port}"), 200),
        (format!("evil.example:{port}"), 403),
        (format!("203.0.113.9:{port}"), 403),
    ] {
        let reply = get_with_host(&served.address, "/about/", &host);
        assert_eq!(reply.status, status, "{host}: {}", reply.body);
    }
}

#[test]
fn head_gets_the_length_without_the_body_and_other_methods_are_refused() {
    let site = SiteTest::fixture("basic");
    let served = Served::start(&site.root);
    let full = served.get("/style.css");
    let head = format!(
        "HEAD /style.css HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
        served.address
    );
    let reply = served::exchange(&served.address, &head, DEADLINE).unwrap();
    assert_eq!(reply.status, 200);
    assert_eq!(
        reply.header("content-length"),
        Some(full.body.len().to_string().as_str())
    );
    assert_eq!(reply.body, "");
    for method in ["POST", "PUT", "DELETE", "OPTIONS"] {
        let request = format!(
            "{method} /about/ HTTP/1.1\r\nHost: {}\r\nContent-Length: 0\r\n\r\n",
            served.address
        );
        let reply = served::exchange(&served.address, &request, DEADLINE).unwrap();
        assert_eq!(reply.status, 405, "{method}");
        assert_eq!(reply.header("allow"), Some("GET, HEAD"), "{method}");
    }
}

#[test]
fn running_out_of_file_handles_pauses_the_server_and_does_not_stop_it() {
    let site = SiteTest::fixture("basic");
    let served = Served::start_with_file_limit(&site.root, 64);
    let open = served.files();
    assert!(open < 48, "{open} files open at the start");
    // A connection made before the handles run out.
    let keep = format!("GET /about/ HTTP/1.1\r\nHost: {}\r\n\r\n", served.address);
    let mut kept = send(&served.address, &keep);
    let head = served::read_head(&mut kept).unwrap();
    let length: usize = head.header("content-length").unwrap().parse().unwrap();
    kept.read_exact(&mut vec![0; length]).unwrap();
    // Connections past the limit wait in the kernel's queue.
    let hogs: Vec<TcpStream> = (0..80)
        .map(|_| TcpStream::connect(&served.address).unwrap())
        .collect();
    let warned = |served: &Served| {
        served
            .stderr
            .lock()
            .unwrap()
            .iter()
            .filter(|l| l.contains("could not accept a connection"))
            .count()
    };
    let started = Instant::now();
    while warned(&served) == 0 {
        assert!(
            started.elapsed() < DEADLINE,
            "no warning; {} files open",
            served.files()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(warned(&served), 1, "said once, not at every retry");
    // A page that cannot be read now is not called missing.
    kept.write_all(keep.as_bytes()).unwrap();
    let reply = served::read_head(&mut kept).unwrap();
    assert_eq!(reply.status, 503, "{:?}", reply.headers);
    assert!(reply.header("retry-after").is_some());
    drop(hogs);
    let reply = served.get("/about/");
    assert_eq!(reply.status, 200, "{}", reply.body);
}
