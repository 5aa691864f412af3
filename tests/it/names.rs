//! The name detector measured on two corpora of review-summary sentences in
//! `tests/fixtures/names-corpus/`: planted names it must find, and look-alikes
//! (months, verbs, roles, organisations, places, festivals) it must not.
//! Corpus one is hand-written; corpus two is written from other templates
//! and another set of names by `tools/names-data/corpus2.py`. The README
//! reports the figures these tests print.

use std::path::PathBuf;

use lantern::checks::anonymise::{PersonalData, Rules, scan};

fn corpus(file: &str) -> Vec<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/names-corpus")
        .join(file);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

fn names(sentence: &str) -> Vec<String> {
    scan(sentence, &Rules::default())
        .into_iter()
        .filter(|f| f.kind == PersonalData::Name)
        .map(|f| f.text)
        .collect()
}

/// The share of planted names found, and the sentences whose name was missed.
fn recall(file: &str) -> (f64, Vec<String>) {
    let lines = corpus(file);
    let missed: Vec<String> = lines
        .iter()
        .filter(|line| {
            let (name, sentence) = line.split_once('\t').expect("NAME<TAB>SENTENCE");
            !names(sentence).iter().any(|found| found.contains(name))
        })
        .cloned()
        .collect();
    (1.0 - missed.len() as f64 / lines.len() as f64, missed)
}

/// The share of look-alike sentences with a finding, and those sentences.
fn false_alarms(file: &str) -> (f64, Vec<String>) {
    let lines = corpus(file);
    let alarms: Vec<String> = lines
        .iter()
        .filter_map(|line| {
            let found = names(line);
            (!found.is_empty()).then(|| format!("{line} -> {found:?}"))
        })
        .collect();
    (alarms.len() as f64 / lines.len() as f64, alarms)
}

fn assert_measures(planted: &str, lookalikes: &str) {
    assert!(corpus(planted).len() >= 150 && corpus(lookalikes).len() >= 150);
    let (found, missed) = recall(planted);
    let (alarmed, alarms) = false_alarms(lookalikes);
    println!(
        "{planted}: recall {:.1} %; {lookalikes}: false alarms {:.1} %",
        found * 100.0,
        alarmed * 100.0
    );
    for line in missed.iter().chain(&alarms) {
        println!("  {line}");
    }
    assert!(found >= 0.98, "recall {found:.3}; missed:\n{}", missed.join("\n"));
    assert!(
        alarmed <= 0.01,
        "false alarms {alarmed:.3}:\n{}",
        alarms.join("\n")
    );
}

#[test]
fn corpus_one_recall_and_false_alarms() {
    assert_measures("planted.tsv", "lookalikes.tsv");
}

#[test]
fn corpus_two_recall_and_false_alarms() {
    assert_measures("planted-2.tsv", "lookalikes-2.tsv");
}

/// Corpus two draws on other names than corpus one, so that it does not
/// measure what corpus one was tuned on.
#[test]
fn the_corpora_plant_different_names() {
    let planted = |file| -> Vec<String> {
        corpus(file)
            .iter()
            .filter_map(|l| l.split_once('\t'))
            .flat_map(|(name, _)| name.split(' ').map(str::to_owned).collect::<Vec<_>>())
            .filter(|w| !["Mr", "Mrs", "Ms", "Miss", "Dr"].contains(&w.as_str()))
            .collect()
    };
    let one = planted("planted.tsv");
    let shared: Vec<String> = planted("planted-2.tsv")
        .into_iter()
        .filter(|n| one.contains(n))
        .collect();
    assert!(shared.is_empty(), "in both corpora: {shared:?}");
}
