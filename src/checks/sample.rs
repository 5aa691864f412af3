//! Sample text: what `lantern init` and `lantern new` write as examples
//! and guidance ("Replace it with your own", "Say what happened in plain
//! words"), the example contact details, and a review reference that
//! another review already has (as `lantern new review` writes each time).
//!
//! Part of the checks stage. Every finding is a warning here, under the
//! check name [`CHECK`]; `lantern build` without `--drafts` makes them
//! errors ([`crate::pipeline::build`]), so that sample text is never
//! published by mistake while `check` and `serve` keep working on it.
//!
//! The sentences are taken from the scaffold's own files, so that what
//! `init` and `new` write and what is recognised cannot drift apart.

use std::sync::LazyLock;

use regex::Regex;

use crate::content::{Document, Kind};
use crate::error::Diagnostic;
use crate::scaffold::new::NewKind;
use crate::site::Site;

/// The check name of every sample-text finding.
pub const CHECK: &str = "sample-text";

/// Front-matter keys whose values in the scaffold files are guidance.
const GUIDANCE_KEYS: &[&str] = &[
    "description",
    "text",
    "outcome",
    "note",
    "location",
    "audience",
    "issue",
];

/// Example contact details of `lantern init`'s site.toml, and the number
/// range Ofcom keeps for drama (never a real line).
const EXAMPLE_DETAILS: &[&str] = &["EX1 1AA", "01632 960"];

/// The example domains of RFC 2606, in an address or a link.
const EXAMPLE_DOMAINS: &[&str] = &["example.org", "example.com", "example.net"];

/// Every sample sentence (and, unless the site is itself an example, every
/// example address), as one matcher.
struct Matchers {
    sentences: Option<Regex>,
    examples: Option<Regex>,
}

static MATCHERS: LazyLock<Matchers> = LazyLock::new(|| {
    let mut sentences: Vec<String> = sample_sentences().into_iter().map(regex::escape).collect();
    sentences.sort_unstable();
    sentences.dedup();
    let details = EXAMPLE_DETAILS.iter().map(|d| regex::escape(d));
    let domains = EXAMPLE_DOMAINS.iter().map(|d| {
        format!(
            r"[\w.+-]*@{0}\b|\b(?:https?://)?(?:[\w-]+\.)*{0}\b[\w/.-]*",
            regex::escape(d)
        )
    });
    let examples: Vec<String> = details.chain(domains).collect();
    Matchers {
        sentences: Regex::new(&sentences.join("|")).ok(),
        examples: Regex::new(&examples.join("|")).ok(),
    }
});

/// The sentences that mark text as the scaffold's: every guidance sentence
/// of the `new` templates, and of `init`'s example pages those that say
/// they are examples or how to replace them ("An example review summary.",
/// "Say what happened in plain words."). The rest of an example page reads
/// like real content ("Children are not brought.") and a real page may
/// share it. The pages a board keeps (the contact page) are left out.
fn sample_sentences() -> Vec<&'static str> {
    let mut out: Vec<&str> = NewKind::ALL
        .into_iter()
        .map(crate::scaffold::new::template_text)
        .flat_map(guidance)
        .collect();
    let says_it_is_an_example = |s: &&str| {
        s.to_lowercase().contains("example")
            || s.contains("Replace")
            || s.starts_with("Say ")
            || s.starts_with("Do not name")
    };
    out.extend(
        crate::scaffold::init::FILES
            .iter()
            .filter(|(path, _)| path.contains("example") || path.contains("first-newsletter"))
            .flat_map(|(_, text)| guidance(text))
            .filter(says_it_is_an_example),
    );
    out
}

/// The guidance sentences of one scaffold text: its prose and the values of
/// [`GUIDANCE_KEYS`], cut at sentence ends, at least 20 bytes long and
/// without a placeholder.
fn guidance(text: &'static str) -> Vec<&'static str> {
    let mut out = Vec::new();
    for line in text.lines().map(str::trim) {
        let prose = match line.split_once(" = ") {
            Some((key, value)) if GUIDANCE_KEYS.contains(&key.trim()) => value.trim().trim_matches('"'),
            Some(_) => continue,
            None if line.starts_with(['#', '[', '+']) => continue,
            None => line.trim_start_matches("- ").trim_start_matches("> "),
        };
        out.extend(
            prose
                .split_inclusive(['.', '?', '!'])
                .map(str::trim)
                .filter(|s| s.len() >= 20 && !s.contains("{{")),
        );
    }
    out
}

/// Whether `base_url` is on an example domain: then the site is itself an
/// example (a test site, or this repository's), and example addresses are
/// part of it.
fn is_example_site(base_url: &str) -> bool {
    let host = base_url
        .split("://")
        .nth(1)
        .unwrap_or(base_url)
        .split(['/', ':'])
        .next()
        .unwrap_or_default();
    EXAMPLE_DOMAINS
        .iter()
        .any(|d| host == *d || host.ends_with(&format!(".{d}")))
}

/// The sample text in `doc`, as warnings at their place.
pub fn check(doc: &Document, base_url: &str) -> Vec<Diagnostic> {
    let matchers = &*MATCHERS;
    let mut found = Vec::new();
    if let Some(sentences) = &matchers.sentences {
        for m in sentences.find_iter(&doc.text) {
            found.push(
                Diagnostic::warning(
                    CHECK,
                    &doc.file,
                    format!(
                        "sample text from `lantern init` or `lantern new`: \"{}\"",
                        m.as_str()
                    ),
                )
                .at(&doc.text, m.range())
                .with_hint("replace it with your own words before you publish"),
            );
        }
    }
    // Most pages hold none of these: look for them only where they may be.
    let may_hold_examples = ["example.", "EX1 1AA", "01632"]
        .iter()
        .any(|needle| memchr::memmem::find(doc.text.as_bytes(), needle.as_bytes()).is_some());
    if let Some(examples) = matchers
        .examples
        .as_ref()
        .filter(|_| may_hold_examples && !is_example_site(base_url))
    {
        for m in examples.find_iter(&doc.text) {
            found.push(
                Diagnostic::warning(
                    CHECK,
                    &doc.file,
                    format!("an example address or number: \"{}\"", m.as_str()),
                )
                .at(&doc.text, m.range())
                .with_hint("put in your partnership's own details"),
            );
        }
    }
    found
}

/// The check name of a review reference that another review already has,
/// when it is not the one `lantern new review` writes: a warning, never an
/// error, since two reviews may share a reference on purpose (a review and
/// its addendum).
pub const REFERENCES: &str = "references";

/// Whether `reference` has the form `lantern new review` writes, the
/// year's first: "CSPR 2026/01".
fn is_scaffold_reference(reference: &str) -> bool {
    reference
        .strip_prefix("CSPR ")
        .and_then(|r| r.strip_suffix("/01"))
        .is_some_and(|year| year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
}

/// A review whose `reference` an earlier review (by file name, in the same
/// language) already has. `lantern new review` writes the same reference
/// each time, so a second "CSPR 2026/01" is sample text ([`CHECK`]); any
/// other shared reference is a warning ([`REFERENCES`]).
pub fn duplicate_references(site: &Site) -> Vec<Diagnostic> {
    let mut seen: rustc_hash::FxHashMap<(&str, &str), &str> = rustc_hash::FxHashMap::default();
    let mut reviews: Vec<&Document> = site.documents.iter().filter(|d| d.kind == Kind::Review).collect();
    reviews.sort_by(|a, b| a.file.cmp(&b.file));
    let mut found = Vec::new();
    for doc in reviews {
        let Some(reference) = doc
            .front
            .reference
            .as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty())
        else {
            continue;
        };
        if let Some(first) = seen.insert((doc.path.lang.as_str(), reference), &doc.file) {
            let at = reference_span(doc);
            let check = if is_scaffold_reference(reference) {
                CHECK
            } else {
                REFERENCES
            };
            found.push(
                Diagnostic::warning(
                    check,
                    &doc.file,
                    format!("the reference \"{reference}\" is also the reference of {first}"),
                )
                .at(&doc.text, at)
                .with_hint("give each review its own reference, such as the next number of the year"),
            );
        }
    }
    found
}

/// Where the `reference` key stands in the front matter (its start if it
/// cannot be found).
fn reference_span(doc: &Document) -> std::ops::Range<usize> {
    let front = doc.text.get(..doc.body_start).unwrap_or_default();
    let start = front
        .match_indices("reference")
        .map(|(i, _)| i)
        .find(|&i| i == 0 || front.as_bytes().get(i - 1) == Some(&b'\n'))
        .unwrap_or(0);
    start..start + "reference".len().min(front.len() - start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guidance_comes_from_the_scaffold_files() {
        let all = sample_sentences();
        for expected in [
            "Replace it with your own.",
            "Do not name the child, the family or the staff.",
            "What should change, and who should change it.",
            "Give the first piece of key information.",
        ] {
            assert!(all.contains(&expected), "{expected} missing in {all:#?}");
        }
        assert!(all.iter().all(|s| !s.contains("{{") && s.len() >= 20), "{all:#?}");
        assert!(!all.iter().any(|s| s.starts_with("##")), "{all:#?}");
        assert!(
            !all.contains(&"Children are not brought."),
            "real content of an example page"
        );
    }

    #[test]
    fn the_reference_new_writes_is_told_from_others() {
        assert!(is_scaffold_reference("CSPR 2026/01"));
        assert!(!is_scaffold_reference("CSPR 2026/02"));
        assert!(!is_scaffold_reference("SCR 2026/01"));
        assert!(!is_scaffold_reference("CSPR 26/01"));
    }

    #[test]
    fn example_sites_are_told_from_real_ones() {
        assert!(is_example_site("https://www.example.org"));
        assert!(is_example_site("https://lantern.example.org/"));
        assert!(is_example_site("http://example.com:8080"));
        assert!(!is_example_site("https://www.tees-safeguarding.org.uk"));
        assert!(!is_example_site("https://notexample.org"));
    }
}
