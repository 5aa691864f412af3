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
pub(super) fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::with_capacity(text.len() / 6);
    let mut chars = text.char_indices().peekable();
    while let Some((start, first)) = chars.next() {
        if !first.is_alphabetic() {
            continue;
        }
        let mut end = start + first.len_utf8();
        let mut second_upper = None;
        let mut possessive_from = None;
        while let Some(&(i, c)) = chars.peek() {
            if c.is_alphabetic() {
                second_upper.get_or_insert(c.is_uppercase());
                end = i + c.len_utf8();
                chars.next();
                continue;
            }
            if matches!(c, '\'' | '’' | '-')
                && text
                    .get(i + c.len_utf8()..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(char::is_alphabetic)
            {
                chars.next();
                // "O'Brien": the capital after the apostrophe is the name's own.
                second_upper.get_or_insert(c == '-');
                let rest = text.get(i + c.len_utf8()..).unwrap_or_default();
                let apostrophe_s =
                    c != '-' && rest.starts_with('s') && !rest[1..].starts_with(char::is_alphabetic);
                possessive_from = apostrophe_s.then_some(i);
                end = i + c.len_utf8();
                continue;
            }
            break;
        }
        let possessive = possessive_from.is_some();
        let core_end = possessive_from.unwrap_or(end);
        out.push(Word {
            start,
            end,
            core_end,
            capitalised: first.is_uppercase() && second_upper == Some(false),
            possessive,
        });
    }
    out
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
