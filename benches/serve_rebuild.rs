//! `serve`'s incremental build without the watcher and the server: how long
//! a saved body takes to reach the disk (the page itself) and until every
//! file is consistent (lists, feeds, sitemap, tracker, theme pages), driven
//! through the library's `Engine`. For profiling one rebuild at a time
//! (`valgrind --tool=callgrind --toggle-collect='*rebuild_with*'`), where
//! `bench/rebuild-latency.sh` measures the whole loop through the watcher.
//!
//! Run with `cargo bench --bench serve_rebuild -- SITE [SAVES]`: SITE is a
//! corpus from `../shared/bench/gen_corpus.py` (its `corpus.json` names the
//! sample page); the output goes to a new folder beside it. Prints
//! `page_ms median/p90` and `consistent_ms median/p90` over SAVES saves
//! (default 40), and the process's peak memory.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use lantern::pipeline::Options;
use lantern::serve::Engine;

/// The same allocator as Lantern's binary.
#[global_allocator]
static ALLOCATOR: lantern::allocator::Allocator = lantern::allocator::Allocator;

fn percentile(values: &mut [f64], p: f64) -> f64 {
    values.sort_by(f64::total_cmp);
    let at = ((values.len() as f64 - 1.0) * p).round() as usize;
    values.get(at).copied().unwrap_or(f64::NAN)
}

/// The peak resident memory of this process, from /proc (MiB).
fn peak_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|kb| kb.parse::<f64>().ok()))
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1).filter(|a| a != "--bench");
    let Some(site) = args.next().map(PathBuf::from) else {
        eprintln!("usage: cargo bench --bench serve_rebuild -- SITE [SAVES]");
        return ExitCode::from(2);
    };
    let saves: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(40);
    let corpus = std::fs::read_to_string(site.join("corpus.json")).unwrap_or_default();
    let sample: serde_json::Value = serde_json::from_str(&corpus).unwrap_or_default();
    let Some(source) = sample["sample"]["source"].as_str() else {
        eprintln!("{}: no corpus.json naming a sample page", site.display());
        return ExitCode::from(2);
    };
    let source = site.join(source);
    let output = site.with_extension("serve-bench-out");
    let _ = std::fs::remove_dir_all(&output);
    let options = Options {
        root: site.clone(),
        output: output.clone(),
        drafts: false,
        base_url: None,
        today: lantern::dates::today()
            .unwrap_or_else(|_| lantern::dates::Date::from_ymd(2026, 12, 1).unwrap()),
    };
    let started = Instant::now();
    let Ok((mut engine, first)) = Engine::start(options) else {
        eprintln!("the first build failed");
        return ExitCode::from(1);
    };
    eprintln!(
        "first build: {} ms, {} errors",
        started.elapsed().as_millis(),
        first.errors()
    );
    let original = std::fs::read_to_string(&source).unwrap_or_default();
    let (mut page, mut consistent) = (Vec::new(), Vec::new());
    for n in 0..saves {
        std::fs::write(&source, format!("{original}\nSaved {n} times.\n")).ok();
        let saved = Instant::now();
        let mut at = None;
        let outcome = engine.rebuild_with(std::slice::from_ref(&source), &mut |_| at = Some(saved.elapsed()));
        let all = saved.elapsed();
        if outcome.is_err() {
            eprintln!("rebuild {n} failed");
            return ExitCode::from(1);
        }
        page.push(at.unwrap_or(all).as_secs_f64() * 1000.0);
        consistent.push(all.as_secs_f64() * 1000.0);
    }
    std::fs::write(&source, original).ok();
    println!(
        "page_ms {:.1}/{:.1} consistent_ms {:.1}/{:.1} peak_mib {:.0}",
        percentile(&mut page, 0.5),
        percentile(&mut page, 0.9),
        percentile(&mut consistent, 0.5),
        percentile(&mut consistent, 0.9),
        peak_mib()
    );
    let _ = std::fs::remove_dir_all(Path::new(&output));
    ExitCode::SUCCESS
}
