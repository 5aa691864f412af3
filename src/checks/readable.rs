//! Plain English for parents: a warning when an English page outside the
//! anonymised sections reads above `[readability] max_grade`.
//!
//! Part of the checks stage. The measure is in [`super::readability`]; this
//! module feeds it the page's prose as [`crate::markdown`] collected it
//! (paragraphs and list items, without markup, joined by blank lines), and
//! names the three hardest sentences by line so the author knows where to
//! start. One warning per page, at the hardest sentence.

use super::readability::{self, Sentence};
use crate::config::Config;
use crate::content::Document;
use crate::error::{Diagnostic, Location};
use crate::markdown::{Prose, Rendered};

/// Fewer words than this are too few for a grade to mean anything.
const MIN_WORDS: usize = 30;

/// How many sentences the warning names.
const HARDEST: usize = 3;

/// Whether the readability check applies: an English page outside the
/// anonymised sections (reviews and briefings are written for professionals).
pub fn applies_to(doc: &Document, config: &Config) -> bool {
    doc.path.lang.starts_with("en") && !super::personal_data::applies_to(doc, config)
}

/// The page's prose, joined by blank lines, with where each block starts in
/// the joined text.
fn joined(prose: &[Prose]) -> (String, Vec<usize>) {
    let mut text = String::new();
    let mut starts = Vec::with_capacity(prose.len());
    for block in prose {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        starts.push(text.len());
        text.push_str(&block.text);
    }
    (text, starts)
}

/// A warning when the page reads above `max_grade`.
pub fn check(doc: &Document, rendered: &Rendered, max_grade: f64) -> Option<Diagnostic> {
    let (text, starts) = joined(&rendered.prose);
    let measured = readability::measure(&text);
    if measured.words < MIN_WORDS || measured.grade <= max_grade {
        return None;
    }
    // The body offset of byte `at` of the joined text.
    let source = |at: usize| {
        let block = starts.partition_point(|&s| s <= at).saturating_sub(1);
        let offset = rendered.prose.get(block).map_or(0, |p| {
            p.source_offset(at - starts.get(block).copied().unwrap_or(0))
        });
        doc.body_start + offset
    };
    let mut hardest = measured.hardest(HARDEST);
    hardest.retain(|s| s.grade > max_grade);
    let lines: Vec<String> = hardest
        .iter()
        .map(|s| describe(s, &text, &doc.text, source(s.range.start)))
        .collect();
    let mut diagnostic = Diagnostic::warning(
        "readability",
        &doc.file,
        format!(
            "this page reads at grade {:.1}, above the site's limit of {max_grade}; the hardest sentences:\n{}",
            measured.grade,
            lines.join("\n")
        ),
    )
    .with_hint("split long sentences and prefer short, everyday words; parents read this page, often under stress");
    if let Some(first) = hardest.first() {
        let start = source(first.range.start);
        let line_end = doc.text[start.min(doc.text.len())..]
            .find('\n')
            .map_or(doc.text.len(), |i| start + i);
        // Underline the words the message quotes, on the sentence's first line.
        let quoted_end = quoted_end(&text, &first.range);
        let end = next_boundary(&doc.text, source(quoted_end.saturating_sub(1)));
        let end = end.clamp(start, line_end.max(start));
        diagnostic = diagnostic.at(&doc.text, start..end.max(start));
    }
    Some(diagnostic)
}

/// The char boundary just after byte `at` (so a span ends after its last
/// character).
fn next_boundary(text: &str, at: usize) -> usize {
    let mut end = (at + 1).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    end
}

/// How many words of a sentence the message quotes.
const QUOTED_WORDS: usize = 12;

/// The end, in `text`, of the words of `range` that the message quotes.
fn quoted_end(text: &str, range: &std::ops::Range<usize>) -> usize {
    let sentence = text.get(range.clone()).unwrap_or_default();
    let mut words = 0;
    let mut in_word = false;
    for (i, c) in sentence.char_indices() {
        if c.is_whitespace() {
            if in_word {
                words += 1;
                if words == QUOTED_WORDS {
                    return range.start + i;
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    range.end
}

/// "  line 12 (grade 18.2): “When a child dies unexpectedly or …”".
fn describe(sentence: &Sentence, text: &str, file: &str, at: usize) -> String {
    let words: Vec<&str> = text
        .get(sentence.range.clone())
        .unwrap_or_default()
        .split_whitespace()
        .collect();
    let quoted = if words.len() > QUOTED_WORDS {
        format!("{} …", words[..QUOTED_WORDS].join(" "))
    } else {
        words.join(" ")
    };
    format!(
        "  line {} (grade {:.1}, {} words): \"{quoted}\"",
        Location::of_offset(file, at).line,
        sentence.grade,
        sentence.words
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::path;
    use crate::markdown::{AlertTitles, render};

    fn config() -> Config {
        Config::parse("title = \"T\"\nbase_url = \"https://e.org\"\nlanguages = [\"en-GB\", \"pl\"]\n")
            .unwrap()
    }

    fn warning(file: &str, text: &str, max: f64) -> Option<Diagnostic> {
        let c = config();
        let rel = file.strip_prefix("content/").unwrap();
        let doc = Document::parse(file, text.to_owned(), path::parse(rel, &c).unwrap()).unwrap();
        if !applies_to(&doc, &c) {
            return None;
        }
        let rendered = render(doc.body(), &AlertTitles::default());
        check(&doc, &rendered, max)
    }

    const HARD: &str = "+++\ntitle = \"T\"\n+++\n\nWe go out. We see a dog.\n\nThe multi-agency safeguarding partnership's comprehensive organisational arrangements necessitate considerable interdisciplinary collaboration between professionals, notwithstanding institutional complexities.\n\n- Simple words help.\n- Consequently, practitioners' documentation demonstrated insufficient consideration of intergenerational vulnerabilities.\n";

    #[test]
    fn a_hard_page_warns_at_its_hardest_sentence_and_names_three() {
        let d = warning("content/leaflet.md", HARD, 9.0).unwrap();
        let l = d.location.unwrap();
        assert_eq!((l.line, l.column), (10, 3));
        assert!(d.message.starts_with("this page reads at grade"), "{}", d.message);
        let listed: Vec<&str> = d.message.lines().skip(1).collect();
        assert_eq!(listed.len(), 2, "only sentences above the limit: {}", d.message);
        assert!(listed[0].starts_with("  line 10 (grade"), "{}", d.message);
        assert!(
            listed[0].contains("\"Consequently, practitioners"),
            "{}",
            d.message
        );
        assert!(listed[1].starts_with("  line 7 (grade"), "{}", d.message);
        assert!(
            listed[1].ends_with("interdisciplinary collaboration between …\""),
            "{}",
            d.message
        );
        let span = d.span.unwrap();
        assert_eq!(
            &HARD[span],
            "Consequently, practitioners' documentation demonstrated insufficient consideration of intergenerational vulnerabilities."
        );
        let long = warning(
            "content/leaflet.md",
            &HARD.replace("- Consequently", "- Not"),
            9.0,
        )
        .unwrap();
        let span = long.span.unwrap();
        assert!(HARD[span].ends_with("interdisciplinary collaboration between"));
    }

    #[test]
    fn easy_short_non_english_and_anonymised_pages_are_quiet() {
        assert!(warning("content/leaflet.md", HARD, 40.0).is_none());
        assert!(warning("content/leaflet.pl.md", HARD, 9.0).is_none());
        assert!(warning("content/reviews/child-d.md", HARD, 9.0).is_none());
        assert!(warning("content/briefings/b.md", HARD, 9.0).is_none());
        let short = "+++\ntitle = \"T\"\n+++\nNotwithstanding institutional complexities, consequently.\n";
        assert!(warning("content/short.md", short, 9.0).is_none());
        let easy = format!(
            "+++\ntitle = \"T\"\n+++\n{}",
            "We can help you. Call us any day. ".repeat(10)
        );
        assert!(warning("content/easy.md", &easy, 9.0).is_none());
    }
}
