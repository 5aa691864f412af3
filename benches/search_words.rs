//! What reading words costs search, part by part, on a site already
//! built: the text of each page's `<main>` (`text::of`), its words found
//! (`words::each_word`), found and counted (`counting::count`), and the
//! postings made from the counts (`index::Postings::of`). One thread,
//! except for the postings, five rounds.
//!
//!   cargo bench --bench search_words -- BUILT_SITE_FOLDER
//!
//! A profile of a whole build cannot tell these apart, as they run inside
//! the document pass; this shows what a change to one of them is worth.

use std::time::{Duration, Instant};

use lantern::generate::search::index::{Postings, Terms};
use lantern::generate::search::{counting, text, words};

const ROUNDS: usize = 5;

fn main() {
    let Some(site) = std::env::args().nth(1) else {
        eprintln!("usage: cargo bench --bench search_words -- BUILT_SITE_FOLDER");
        std::process::exit(2);
    };
    let mut pages = Vec::new();
    for entry in walkdir::WalkDir::new(&site).into_iter().flatten() {
        if entry.file_name() != "index.html" {
            continue;
        }
        let Ok(html) = std::fs::read_to_string(entry.path()) else {
            continue;
        };
        if let (Some(start), Some(end)) = (html.find("<main"), html.find("</main>")) {
            pages.push(html[start..end].to_owned());
        }
    }
    let bytes: usize = pages.iter().map(String::len).sum();
    println!(
        "{} pages, {:.1} MB of HTML in <main>",
        pages.len(),
        bytes as f64 / 1e6
    );
    let mut best = [Duration::MAX; 4];
    let mut found = (0, 0);
    for _ in 0..ROUNDS {
        let started = Instant::now();
        let texts: Vec<String> = pages.iter().map(|html| text::of(html)).collect();
        best[0] = best[0].min(started.elapsed());

        let started = Instant::now();
        let mut n = 0;
        for text in &texts {
            words::each_word(text, |_| n += 1);
        }
        best[1] = best[1].min(started.elapsed());

        let vocabularies = counting::Vocabularies::default();
        let started = Instant::now();
        let counted: Vec<Terms> = texts
            .iter()
            .map(|text| counting::count(&vocabularies, "en", &[(text.as_str(), 1)]))
            .collect();
        best[2] = best[2].min(started.elapsed());

        let all = vocabularies.lock();
        let Some(english) = all.get("en") else {
            eprintln!("no words found in {site}");
            std::process::exit(1);
        };
        let refs: Vec<&Terms> = counted.iter().collect();
        let started = Instant::now();
        let postings = Postings::of(english, &refs);
        best[3] = best[3].min(started.elapsed());
        drop(postings);
        found = (n, counted.iter().map(Vec::len).sum::<usize>());
    }
    let per_word = |d: Duration| d.as_nanos() as f64 / found.0.max(1) as f64;
    println!(
        "{} words, {} (page, word) pairs; best of {ROUNDS}:",
        found.0, found.1
    );
    println!("  text of the HTML   {:>7.1} ms", best[0].as_secs_f64() * 1e3);
    println!(
        "  words found        {:>7.1} ms  {:.1} ns a word",
        best[1].as_secs_f64() * 1e3,
        per_word(best[1])
    );
    println!(
        "  found and counted  {:>7.1} ms  {:.1} ns a word",
        best[2].as_secs_f64() * 1e3,
        per_word(best[2])
    );
    println!("  postings           {:>7.1} ms", best[3].as_secs_f64() * 1e3);
}
