//! Resource use: a long `serve` session must not leak file handles or
//! threads. Drives the incremental engine behind `serve` through 1,000
//! rebuilds and compares this process's open files and threads before and
//! after.
//!
//! A test binary of its own (not a module of `tests/it`), so that no other
//! test opens files or threads in the same process while it counts.

use std::path::Path;

use lantern::pipeline::Options;
use lantern::serve::Engine;

#[path = "it/support.rs"]
mod support;

use support::SiteTest;

/// (open file descriptors, threads) of this process.
fn handles_and_threads() -> (usize, usize) {
    let count = |dir: &str| std::fs::read_dir(dir).map(|d| d.count()).unwrap_or(0);
    (count("/proc/self/fd"), count("/proc/self/task"))
}

fn options(root: &Path) -> Options {
    Options {
        root: root.to_path_buf(),
        output: root.join("public"),
        drafts: false,
        base_url: None,
        today: lantern::dates::Date::from_ymd(2026, 11, 26).unwrap(),
    }
}

#[test]
fn a_thousand_rebuilds_leak_no_file_handles_or_threads() {
    let site = SiteTest::fixture("basic");
    let page = site.root.join("content/about.md");
    let (mut engine, first) = Engine::start(options(&site.root)).unwrap();
    assert!(first.published);
    // Warm up: the thread pool and caches reach their steady size.
    for i in 0..20 {
        std::fs::write(&page, format!("+++\ntitle = \"About us\"\n+++\nWarm-up {i}.\n")).unwrap();
        engine.rebuild(std::slice::from_ref(&page)).unwrap();
    }
    let before = handles_and_threads();
    for i in 0..1000 {
        // Every tenth save is broken, so failed rebuilds are covered too.
        let text = if i % 10 == 9 {
            "+++\ntitel = \"About us\"\n+++\nBroken.\n".to_owned()
        } else {
            format!("+++\ntitle = \"About us\"\n+++\nSave number {i}.\n")
        };
        std::fs::write(&page, text).unwrap();
        engine.rebuild(std::slice::from_ref(&page)).unwrap();
    }
    let after = handles_and_threads();
    assert_eq!(
        before, after,
        "(file handles, threads) before and after 1,000 rebuilds"
    );
    assert!(site.read("about/index.html").contains("Save number 998."));
}
