//! `lantern serve` end to end: the real binary on a free port, edited while
//! it runs, asked for pages over HTTP and listened to for reload events.

use std::time::Duration;

use crate::served::Served;
use crate::support::SiteTest;

#[test]
fn an_edited_page_is_served_new_and_a_reload_is_sent() {
    let site = SiteTest::fixture("basic");
    let served = Served::start(&site.root);
    let events = served.events();
    let first = served.get("/about/");
    assert_eq!(first.status, 200);
    assert!(first.header("content-type").unwrap().starts_with("text/html"));
    assert!(
        first
            .body
            .contains("<script src=\"/__lantern/reload.js\" defer></script></head>"),
        "{}",
        first.body
    );
    site.write(
        "content/about.md",
        "+++\ntitle = \"About us\"\n+++\nFreshly saved words.\n",
    );
    served.wait_for("/about/", "updated", |r| r.body.contains("Freshly saved words."));
    events.wait("reload", |name, data| {
        name == "reload" && data.contains("\"about/index.html\"")
    });
    // The script is added to what is sent, never to the files.
    let on_disk = std::fs::read_to_string(site.public("about/index.html")).unwrap();
    assert!(on_disk.contains("Freshly saved words.") && !on_disk.contains("__lantern"));
    // A stylesheet alone: pages are told just that (and reload only it).
    site.write("static/style.css", "body { color: #0b0c0c; }\n");
    events.wait("stylesheet reload", |name, data| {
        name == "reload" && data.contains("\"paths\":[\"style.css\"]")
    });
    let script = served.get("/__lantern/reload.js");
    assert!(
        script
            .header("content-type")
            .unwrap()
            .starts_with("text/javascript")
    );
    assert!(script.body.contains("EventSource"));
}

#[test]
fn a_broken_save_shows_the_errors_and_keeps_the_last_good_page_until_fixed() {
    let site = SiteTest::fixture("basic");
    let served = Served::start(&site.root);
    let events = served.events();
    let good = served.get("/about/").body;
    site.write("content/about.md", "+++\ntitel = \"About\"\n+++\nBroken.\n");
    let report = events.wait("build-error", |name, _| name == "build-error");
    assert!(
        report.contains("content/about.md:2:1") && report.contains("unknown key `titel`"),
        "{report}"
    );
    assert_eq!(
        served.get("/about/").body,
        good,
        "the last good page is still served"
    );
    // A page loaded now is told at once.
    let late = served.greeting();
    assert!(late.contains("content/about.md:2:1"), "{late}");
    site.write("content/about.md", "+++\ntitle = \"About\"\n+++\nMended.\n");
    events.wait("build-ok", |name, _| name == "build-ok");
    served.wait_for("/about/", "mended", |r| r.body.contains("Mended."));
    assert!(
        served
            .stderr
            .lock()
            .unwrap()
            .iter()
            .any(|l| l.contains("not published"))
    );
}

#[test]
fn a_deleted_page_is_gone_and_misses_get_the_sites_404_page() {
    let site = SiteTest::fixture("basic");
    let served = Served::start(&site.root);
    assert_eq!(served.get("/reviews/child-d/").status, 200);
    std::fs::remove_file(site.root.join("content/reviews/child-d.md")).unwrap();
    let gone = served.wait_for("/reviews/child-d/", "gone", |r| r.status == 404);
    assert!(
        gone.body.contains("<html") && gone.body.contains("__lantern/reload.js"),
        "{}",
        gone.body
    );
    assert!(!site.exists("reviews/child-d/index.html"));
}

#[test]
fn paths_outside_the_output_folder_are_not_found() {
    let site = SiteTest::fixture("basic");
    let served = Served::start(&site.root);
    std::os::unix::fs::symlink(site.root.join("site.toml"), site.public("leak.toml")).unwrap();
    for path in [
        "/../site.toml",
        "/reviews/../../site.toml",
        "/%2e%2e/site.toml",
        "/%2E%2E%2Fsite.toml",
        "/..%2f..%2fsite.toml",
        "//etc/passwd",
        "/%2Fetc%2Fpasswd",
        "/leak.toml",
        "/.public.lantern-staging/index.html",
    ] {
        let reply = served.get(path);
        assert_eq!(reply.status, 404, "{path}: {}", reply.body);
        assert!(!reply.body.contains("base_url"), "{path} leaked site.toml");
    }
    let folder = served.get("/about");
    assert_eq!((folder.status, folder.header("location")), (301, Some("/about/")));
    for (path, kind) in [
        ("/style.css", "text/css"),
        ("/sitemap.xml", "application/xml"),
        ("/robots.txt", "text/plain"),
    ] {
        let reply = served.get(path);
        assert_eq!(reply.status, 200, "{path}");
        assert!(
            reply.header("content-type").unwrap().starts_with(kind),
            "{path}: {:?}",
            reply.headers
        );
    }
}

#[test]
fn editor_saves_through_the_watcher_end_as_a_clean_build() {
    let site = SiteTest::fixture("basic");
    let served = Served::start(&site.root);
    let root = &site.root;
    // vim: probe file, backup by rename, write anew, remove the backup.
    std::fs::write(root.join("content/4913"), "").unwrap();
    std::fs::remove_file(root.join("content/4913")).unwrap();
    std::fs::rename(root.join("content/about.md"), root.join("content/about.md~")).unwrap();
    std::fs::write(
        root.join("content/about.md"),
        "+++\ntitle = \"About\"\n+++\nSaved by vim.\n",
    )
    .unwrap();
    std::fs::write(root.join("content/.about.md.swp"), "swap").unwrap();
    std::fs::remove_file(root.join("content/about.md~")).unwrap();
    // JetBrains: write a temporary file, swap it in by renames.
    let review = root.join("content/reviews/child-d.md");
    let text = std::fs::read_to_string(&review).unwrap() + "\nSaved by an IDE.\n";
    std::fs::write(root.join("content/reviews/child-d.md___jb_tmp___"), text).unwrap();
    std::fs::rename(&review, root.join("content/reviews/child-d.md___jb_old___")).unwrap();
    std::fs::rename(root.join("content/reviews/child-d.md___jb_tmp___"), &review).unwrap();
    std::fs::remove_file(root.join("content/reviews/child-d.md___jb_old___")).unwrap();
    // A new page, a renamed one, a new folder with a page, a deleted one.
    site.write("content/new.md", "+++\ntitle = \"New\"\n+++\nNew page.\n");
    std::fs::rename(root.join("content/new.md"), root.join("content/renamed.md")).unwrap();
    site.write("content/guides/_index.md", "+++\ntitle = \"Guides\"\n+++\n");
    site.write(
        "content/guides/first.md",
        "+++\ntitle = \"First guide\"\n+++\nText.\n",
    );
    std::fs::remove_file(root.join("content/reviews/_index.md")).unwrap();
    served.wait_for("/guides/first/", "served", |r| r.status == 200);
    // A burst of saves to one file is coalesced.
    let before = rebuilds(&served);
    for n in 0..20 {
        site.write(
            "content/renamed.md",
            &format!("+++\ntitle = \"Renamed\"\n+++\nSave {n}.\n"),
        );
    }
    served.wait_for("/renamed/", "saved 20 times", |r| r.body.contains("Save 19."));
    std::thread::sleep(Duration::from_millis(100));
    let burst = rebuilds(&served) - before;
    assert!(burst <= 5, "20 quick saves caused {burst} rebuilds");
    let clean = root.parent().unwrap().join("clean");
    let build = std::process::Command::new(env!("CARGO_BIN_EXE_lantern"))
        .args([
            "build",
            "--root",
            root.to_str().unwrap(),
            "--output",
            clean.to_str().unwrap(),
        ])
        .env("SOURCE_DATE_EPOCH", "1795651200")
        .output()
        .unwrap();
    assert!(
        build.status.success(),
        "{}",
        String::from_utf8_lossy(&build.stderr)
    );
    let started = std::time::Instant::now();
    while crate::incremental::differences(&site.public(""), &clean).is_some() {
        assert!(
            started.elapsed() < crate::served::DEADLINE,
            "{:?}\nstderr: {:#?}",
            crate::incremental::differences(&site.public(""), &clean),
            served.stderr.lock().unwrap()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn rebuilds(served: &Served) -> usize {
    served
        .stderr
        .lock()
        .unwrap()
        .iter()
        .filter(|l| l.starts_with("rebuilt"))
        .count()
}

#[test]
fn a_port_in_use_is_said_at_once_and_nothing_is_written() {
    let site = SiteTest::fixture("basic");
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_lantern"))
        .args(["serve", "--port", &port, "--root"])
        .arg(&site.root)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!("could not listen on 127.0.0.1:{port}"))
            && stderr.contains("choose another with --port"),
        "{stderr}"
    );
    assert!(
        !site.root.join("public").exists(),
        "the site was built before the port was tried"
    );
    drop(taken);
}
