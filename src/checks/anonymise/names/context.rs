//! Words and their surroundings for the name detector: the text cut into
//! words, and whether a word starts a sentence, sits in a title-case line
//! or follows "her mother,".

/// One word of the text: letters, with apostrophes and hyphens inside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Word {
    /// Byte offset of its first letter.
    pub start: usize,
    /// Byte offset just after it.
    pub end: usize,
    /// `end` without a possessive `'s`.
    pub core_end: usize,
    /// Starts with a capital and goes on in lower case ("Sarah", "McDonald";
    /// not "A" or "NHS").
    pub capitalised: bool,
    /// Ends in `'s` or `’s`.
    pub possessive: bool,
}

impl Word {
    /// The word as written.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or_default()
    }

    /// The word without a possessive `'s`.
    pub fn core<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.core_end).unwrap_or_default()
    }

    /// Whether this word comes right after `prev`, with only spaces (or a
    /// title's full stop, "Mr. Patel") between them on one line.
    pub fn follows(&self, prev: &Word, text: &str) -> bool {
        let gap = text.get(prev.end..self.start).unwrap_or_default();
        let gap = gap
            .strip_prefix('.')
            .filter(|_| prev.end - prev.start <= 4)
            .unwrap_or(gap);
        !gap.is_empty() && gap.bytes().all(|b| b == b' ' || b == b'\t')
    }
}

/// The words of `text`, in order.
#[cfg(test)]
pub(super) fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some((c, len)) = char_at(text, i) {
        if is_letter(c) {
            let word = word_at(text, i);
            i = word.end;
            out.push(word);
        } else {
            i += len;
        }
    }
    out
}

/// The first capitalised word that starts at or after byte `from`.
pub(super) fn next_capitalised(text: &str, mut from: usize) -> Option<Word> {
    let bytes = text.as_bytes();
    loop {
        let at = from + capital_or_non_ascii(bytes.get(from..)?)?;
        let (c, len) = char_at(text, at)?;
        from = at + len;
        if !c.is_uppercase() || starts_inside_word(text, at) {
            continue;
        }
        let word = word_at(text, at);
        from = word.end;
        if word.capitalised {
            return Some(word);
        }
    }
}

/// The position of the first byte that is an ASCII capital or starts a
/// non-ASCII char, eight bytes at a time (most of a text is lower case).
fn capital_or_non_ascii(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const LOWS: u64 = u64::from_le_bytes([0x7F; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    let chunks = bytes.chunks_exact(8);
    let tail = chunks.remainder();
    for (k, chunk) in chunks.enumerate() {
        let word = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or_default());
        // As in the gate's `next_digit`: a byte's high bit, after adding to
        // its low seven bits, says whether it was at least 'A' (0x41) and
        // at least '[' (0x5B); a byte of 0xC0 or more starts a char.
        let low = word & LOWS;
        let at_least_a = low.wrapping_add(ONES * 0x3F);
        let past_z = low.wrapping_add(ONES * 0x25);
        let capitals = at_least_a & !past_z & !word & HIGHS;
        let leads = word & (word << 1) & HIGHS;
        let found = capitals | leads;
        if found != 0 {
            return Some(k * 8 + found.trailing_zeros() as usize / 8);
        }
    }
    tail.iter()
        .position(|b| b.is_ascii_uppercase() || *b >= 0xC0)
        .map(|p| bytes.len() - tail.len() + p)
}

/// Whether byte `at` is inside a word: after a letter, or after an
/// apostrophe or hyphen that follows a letter ("McDonald", "Anne-Marie").
fn starts_inside_word(text: &str, at: usize) -> bool {
    let mut before = text.get(..at).unwrap_or_default().chars().rev();
    match before.next() {
        Some(c) if is_letter(c) => true,
        Some('\'' | '’' | '-') => before.next().is_some_and(is_letter),
        _ => false,
    }
}

/// The word that starts at byte `start` (a letter).
pub(super) fn word_at(text: &str, start: usize) -> Word {
    let bytes = text.as_bytes();
    let Some((first, len)) = char_at(text, start) else {
        return Word {
            start,
            end: start,
            core_end: start,
            capitalised: false,
            possessive: false,
        };
    };
    let mut i = start + len;
    let mut second_upper = None;
    let mut possessive_from = None;
    loop {
        let run = bytes
            .get(i..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_lowercase())
            .count();
        if run > 0 {
            second_upper.get_or_insert(false);
            i += run;
        }
        let Some((c, len)) = char_at(text, i) else { break };
        if is_letter(c) {
            second_upper.get_or_insert(c.is_uppercase());
            i += len;
            continue;
        }
        let joins =
            matches!(c, '\'' | '’' | '-') && char_at(text, i + len).is_some_and(|(n, _)| is_letter(n));
        if !joins {
            break;
        }
        // "O'Brien": the capital after the apostrophe is the name's own.
        second_upper.get_or_insert(c == '-');
        let rest = bytes.get(i + len..).unwrap_or_default();
        let apostrophe_s =
            c != '-' && rest.first() == Some(&b's') && !rest.get(1).is_some_and(u8::is_ascii_alphabetic);
        possessive_from = apostrophe_s.then_some(i);
        i += len;
    }
    Word {
        start,
        end: i,
        core_end: possessive_from.unwrap_or(i),
        capitalised: first.is_uppercase() && second_upper == Some(false),
        possessive: possessive_from.is_some(),
    }
}

/// How far [`word_before`] and [`word_after`] look past other characters:
/// further than [`Word::follows`] ever allows.
const NEAR: usize = 8;

/// The word just before `word`, if one ends within a few bytes of it.
pub(super) fn word_before(text: &str, word: &Word) -> Option<Word> {
    let before = text.get(..word.start)?;
    let mut chars = before.char_indices().rev();
    let mut end = None;
    for (i, c) in chars.by_ref() {
        if is_letter(c) {
            end = Some(i);
            break;
        }
        if word.start - i > NEAR {
            return None;
        }
    }
    let mut start = end?;
    let mut pending_joiner = false;
    for (i, c) in chars {
        if is_letter(c) {
            start = i;
            pending_joiner = false;
        } else if matches!(c, '\'' | '’' | '-') && !pending_joiner {
            pending_joiner = true;
        } else {
            break;
        }
    }
    Some(word_at(text, start))
}

/// The word just after `word`, if one starts within a few bytes of it.
pub(super) fn word_after(text: &str, word: &Word) -> Option<Word> {
    let mut i = word.end;
    while let Some((c, len)) = char_at(text, i) {
        if is_letter(c) {
            return Some(word_at(text, i));
        }
        i += len;
        if i - word.end > NEAR {
            return None;
        }
    }
    None
}

/// The char at byte `i` of `text` and its length, reading ASCII directly.
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let byte = *text.as_bytes().get(i)?;
    if byte.is_ascii() {
        return Some((char::from(byte), 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        c.is_alphabetic()
    }
}

/// Whether `at` starts a sentence: nothing but spaces, quotes, brackets
/// and emphasis marks lie between it and the start of the text, a blank
/// line, a sentence's end (`.`, `!`, `?`, `:`, `;`), a list or heading
/// marker, or a TOML `=`.
pub(super) fn sentence_start(text: &str, at: usize) -> bool {
    let mut newlines = 0;
    for c in text.get(..at).unwrap_or_default().chars().rev() {
        match c {
            '\n' => {
                newlines += 1;
                if newlines == 2 {
                    return true;
                }
            }
            ' ' | '\t' | '\r' | '*' | '_' | '"' | '\'' | '“' | '‘' | '(' | '[' | '`' | '~' => {}
            '.' | '!' | '?' | ':' | ';' | '=' | '#' | '>' | '|' | '-' | '+' | '•' | '–' | '—' => {
                return true;
            }
            _ => return false,
        }
    }
    true
}

/// Whether the line holding `at` is a heading or a TOML title, or most of
/// its longer words are capitalised ("Working Together to Safeguard Children").
pub(super) fn title_case_line(text: &str, at: usize) -> bool {
    let start = text.get(..at).and_then(|b| b.rfind('\n')).map_or(0, |i| i + 1);
    let end = text
        .get(at..)
        .and_then(|a| a.find('\n'))
        .map_or(text.len(), |i| at + i);
    let line = text.get(start..end).unwrap_or_default();
    let trimmed = line.trim_start();
    if trimmed.starts_with('#') || trimmed.starts_with("title") {
        return true;
    }
    let (mut long, mut capitalised) = (0, 0);
    for word in line
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() > 3)
    {
        long += 1;
        capitalised += usize::from(word.starts_with(char::is_uppercase));
    }
    long >= 3 && capitalised * 3 >= long * 2
}

/// Whether `at` follows a family role and a comma ("her mother, Grace").
pub(super) fn after_role_comma(text: &str, at: usize, roles: &[&str]) -> bool {
    let before = text.get(at.saturating_sub(40)..at).unwrap_or_default().trim_end();
    let Some(before) = before.strip_suffix(',') else {
        return false;
    };
    let role = before
        .rsplit(|c: char| !(c.is_alphabetic() || c == '-'))
        .next()
        .unwrap_or_default();
    roles.iter().any(|r| r.eq_ignore_ascii_case(role))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<(&str, bool, bool)> {
        words(text)
            .iter()
            .map(|w| (w.core(text), w.capitalised, w.possessive))
            .collect()
    }

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        assert_eq!(
            texts("Tyler's O'Brien, NHS a Anne-Marie’s dogs' Ł-x"),
            [
                ("Tyler", true, true),
                ("O'Brien", true, false),
                ("NHS", false, false),
                ("a", false, false),
                ("Anne-Marie", true, true),
                ("dogs", false, false),
                ("Ł-x", false, false),
            ]
        );
    }

    #[test]
    fn capitalised_words_are_found_and_neighbours_read() {
        let text = "the McDonald and anne-Marie met Émile O'Brien - Łukasz iPhone Zoë";
        let mut from = 0;
        let mut found = Vec::new();
        while let Some(w) = next_capitalised(text, from) {
            found.push(w.core(text));
            from = w.end;
        }
        assert_eq!(found, ["McDonald", "Émile", "O'Brien", "Łukasz", "Zoë"]);
        let at = |w: &str| word_at(text, text.find(w).unwrap());
        assert_eq!(word_before(text, &at("Émile")).map(|w| w.text(text)), Some("met"));
        assert_eq!(
            word_before(text, &at("met")).map(|w| w.text(text)),
            Some("anne-Marie")
        );
        assert_eq!(
            word_after(text, &at("O'Brien")).map(|w| w.text(text)),
            Some("Łukasz")
        );
        assert_eq!(word_before(text, &at("the")), None);
        assert_eq!(word_after(text, &at("Zoë")), None);
        let far = "Grace                 was";
        assert_eq!(word_after(far, &word_at(far, 0)), None);
    }

    #[test]
    fn the_capital_scan_finds_every_capital_and_non_ascii_char() {
        for text in [
            "abcdefghijklmnopQ",
            "Abc",
            "abcdefgh\u{e9}",
            "zzzzzzzzZ",
            "[\\]^_`@{",
        ] {
            let expected = text.bytes().position(|b| b.is_ascii_uppercase() || b >= 0xC0);
            assert_eq!(capital_or_non_ascii(text.as_bytes()), expected, "{text}");
        }
    }

    #[test]
    fn sentence_starts_are_told_apart() {
        let cases = [
            ("Hope was", true),
            ("It failed. Hope was", true),
            ("- Hope", true),
            ("## Hope", true),
            ("title = \"Hope", true),
            ("text\n\nHope", true),
            ("with **Hope", false),
            ("with\nHope", false),
            ("mother, Hope", false),
        ];
        for (text, expected) in cases {
            let at = text.rfind("Hope").unwrap();
            assert_eq!(sentence_start(text, at), expected, "{text}");
        }
    }

    #[test]
    fn title_case_lines_are_found() {
        let yes = "Working Together to Safeguard Children";
        let no = "the panel met with Grace and her mother";
        assert!(title_case_line(yes, 0));
        assert!(!title_case_line(no, 16));
        assert!(title_case_line("## Learning with Grace", 17));
    }

    #[test]
    fn a_role_and_comma_come_before_a_name() {
        let roles = ["mother"];
        assert!(after_role_comma("her mother, Grace", 12, &roles));
        assert!(!after_role_comma("her mother Grace", 11, &roles));
        assert!(!after_role_comma("the school, Grace", 12, &roles));
    }
}
