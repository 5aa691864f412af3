//! The readability measure as first written, a character at a time. The
//! tests hold [`super::measure`], which splits sentences and counts words
//! a byte at a time, to giving exactly what this gives.

use std::ops::Range;

use super::{ABBREVIATIONS, Readability, blocks, push_trimmed, token_syllables};

/// [`super::measure`], a character at a time and without the word cache.
pub fn measure(text: &str) -> Readability {
    Readability::of(sentence_ranges(text).into_iter().filter_map(|range| {
        let (words, syllables) = count(text.get(range.clone())?);
        Some((range, words, syllables))
    }))
}

/// Words and syllables in a piece of text.
fn count(text: &str) -> (usize, usize) {
    let mut words = 0;
    let mut syllables = 0;
    for token in text.split(|c: char| c.is_whitespace() || matches!(c, '—' | '–' | '/')) {
        if token.chars().any(char::is_alphanumeric) {
            words += 1;
            syllables += token_syllables(token);
        }
    }
    (words, syllables)
}

fn sentence_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for block in blocks(text) {
        split_block(text, block, &mut out);
    }
    out
}

fn split_block(text: &str, block: Range<usize>, out: &mut Vec<Range<usize>>) {
    let Some(s) = text.get(block.clone()) else {
        return;
    };
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if !matches!(c, '.' | '!' | '?' | '…') {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?' | '…') {
            j += 1;
        }
        let strong = chars[i..j].iter().any(|&(_, c)| c == '!' || c == '?');
        while j < chars.len() && matches!(chars[j].1, '"' | '\'' | '”' | '’' | ')' | ']' | '»') {
            j += 1;
        }
        let end = chars.get(j).map_or(s.len(), |&(p, _)| p);
        let followed_by_space = chars.get(j).is_none_or(|&(_, c)| c.is_whitespace());
        if followed_by_space && (strong || ends_sentence(s, &chars, i, j)) {
            push_trimmed(s, block.start, start..end, out);
            start = end;
        }
        i = j;
    }
    push_trimmed(s, block.start, start..s.len(), out);
}

/// Whether the full stop (or ellipsis) at `chars[i]`, whose punctuation runs
/// to `chars[j]`, ends a sentence.
fn ends_sentence(s: &str, chars: &[(usize, char)], i: usize, j: usize) -> bool {
    // The next word starts in lower case: "etc. and", "a.m. on".
    let next = chars[j..].iter().map(|&(_, c)| c).find(|c| !c.is_whitespace());
    if next.is_some_and(char::is_lowercase) {
        return false;
    }
    if j - i > 1 || chars[i].1 != '.' {
        return true;
    }
    // The word before the stop: "e.g", "Dr".
    let dot = chars[i].0;
    let word_start = s[..dot]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(0, |(p, c)| p + c.len_utf8());
    let word = s[word_start..dot]
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    !ABBREVIATIONS.contains(&word.as_str())
}
