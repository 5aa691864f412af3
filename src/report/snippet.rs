//! A finding's snippet, drawn as codespan-reporting draws it, for the shape
//! nearly every finding has: one label, without a message of its own, whose
//! span lies on one line.
//!
//! codespan-reporting draws any shape, but it writes each character of the
//! snippet through a formatter, and plans every label's lines in maps and
//! lists: about 60,000 instructions a finding, where a site of 10,000 pages
//! can have 6,000 warnings. This draws the one-line shape straight into a
//! `String`, character for character as codespan-reporting's rich display
//! with its default settings does (the tests compare the two on every
//! shape of line: tabs, wide and zero-width characters, line ends, spans at
//! the end of the line and of the file); [`super::render_one`] passes every
//! other shape to codespan-reporting.

use std::ops::Range;

use unicode_width::UnicodeWidthChar;

use crate::error::Diagnostic;

/// Columns a tab advances to the next multiple of (codespan-reporting's
/// default `tab_width`).
const TAB_WIDTH: usize = 4;

/// Draws `diagnostic` with its label on `span` of `source`, the text of its
/// file, or `None` when the span runs over more than one line. The span
/// must lie within `source`, on character boundaries.
pub(super) fn single_line(source: &str, span: Range<usize>, diagnostic: &Diagnostic) -> Option<String> {
    let bytes = source.as_bytes();
    if memchr::memchr(b'\n', &bytes[span.start..span.end]).is_some() {
        return None;
    }
    let line_start = memchr::memrchr(b'\n', &bytes[..span.start]).map_or(0, |i| i + 1);
    let line_end = memchr::memchr(b'\n', &bytes[line_start..]).map_or(source.len(), |i| line_start + i);
    let line = source[line_start..line_end].trim_end_matches(['\r', '\0']);
    let line_number = memchr::memchr_iter(b'\n', &bytes[..line_start]).count() + 1;
    let column = source[line_start..span.start].chars().count() + 1;
    // At least one caret, even for an empty span.
    let label_start = span.start - line_start;
    let label_end = (span.end - line_start).max(label_start + 1);

    let number = itoa::Buffer::new().format(line_number).to_owned();
    let gutter = " ".repeat(number.len() + 1);
    let mut out = String::with_capacity(256 + 2 * line.len());

    out.push_str(diagnostic.severity.name());
    if !diagnostic.check.is_empty() {
        out.push('[');
        out.push_str(diagnostic.check);
        out.push(']');
    }
    out.push_str(": ");
    out.push_str(&diagnostic.message);
    out.push('\n');

    out.push_str(&gutter);
    out.push_str("┌─ ");
    out.push_str(&diagnostic.file);
    out.push(':');
    out.push_str(&number);
    out.push(':');
    out.push_str(itoa::Buffer::new().format(column));
    out.push('\n');
    out.push_str(&gutter);
    out.push_str("│\n");

    out.push_str(&number);
    out.push_str(" │ ");
    if memchr::memchr(b'\t', line.as_bytes()).is_none() {
        out.push_str(line);
    } else {
        for (_, ch, width) in columns(line) {
            if ch == '\t' {
                push_repeated(&mut out, ' ', width);
            } else {
                out.push(ch);
            }
        }
    }
    out.push('\n');

    out.push_str(&gutter);
    out.push_str("│ ");
    // One more column after the line, so that a span at its end has a
    // caret. Nothing is drawn after the label's end.
    let after = (line.len(), '\0', 1);
    let drawn = columns(line)
        .chain(std::iter::once(after))
        .take_while(|&(at, ..)| at < label_end);
    for (at, ch, width) in drawn {
        let overlaps = label_start.max(at) < label_end.min(at + ch.len_utf8());
        if overlaps {
            push_repeated(&mut out, '^', width);
        } else if at < label_end {
            push_repeated(&mut out, ' ', width);
        }
    }
    out.push('\n');

    if let Some(hint) = &diagnostic.hint {
        out.push_str(&gutter);
        out.push_str("│\n");
        let note = format!("help: {hint}");
        for (index, line) in note.lines().enumerate() {
            out.push_str(&gutter);
            out.push(if index == 0 { '=' } else { ' ' });
            out.push(' ');
            out.push_str(line);
            out.push('\n');
        }
    }
    out.push('\n');
    Some(out)
}

/// Each character of `line` with its byte offset and the columns it takes:
/// its Unicode width, or to the next tab stop for a tab.
fn columns(line: &str) -> impl Iterator<Item = (usize, char, usize)> + '_ {
    let mut column = 0;
    line.char_indices().map(move |(at, ch)| {
        let width = match ch {
            '\t' => TAB_WIDTH - column % TAB_WIDTH,
            _ => ch.width().unwrap_or(0),
        };
        column += width;
        (at, ch, width)
    })
}

fn push_repeated(out: &mut String, ch: char, times: usize) {
    out.extend(std::iter::repeat_n(ch, times));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What codespan-reporting draws for the same finding.
    fn by_codespan(source: &str, span: Range<usize>, diagnostic: &Diagnostic) -> String {
        super::super::by_codespan(source, span, diagnostic).unwrap()
    }

    fn finding(check: &'static str, hint: Option<&str>) -> Diagnostic {
        let d = Diagnostic::warning(check, "content/a.md", "a sentence of 31 words");
        match hint {
            Some(hint) => d.with_hint(hint),
            None => d,
        }
    }

    #[test]
    fn draws_a_warning_with_its_help_as_codespan_does() {
        let source = "+++\ntitle = \"A\"\n+++\nOne long sentence.\n";
        let d = finding("readability", Some("split it"));
        let drawn = single_line(source, 24..28, &d).unwrap();
        assert_eq!(
            drawn,
            "warning[readability]: a sentence of 31 words\n  ┌─ content/a.md:4:5\n  │\n\
             4 │ One long sentence.\n  │     ^^^^\n  │\n  = help: split it\n\n"
        );
        assert_eq!(drawn, by_codespan(source, 24..28, &d));
    }

    #[test]
    fn leaves_a_span_over_two_lines_to_codespan() {
        let d = finding("links", None);
        assert_eq!(single_line("one\ntwo\n", 2..5, &d), None);
        assert_eq!(single_line("one\ntwo\n", 3..4, &d), None);
    }

    /// Random texts, spans and hints, drawn both ways: the same text every
    /// time, on lines with tabs, wide, zero-width and control characters,
    /// Windows line ends and nul bytes, at line numbers of one to four
    /// digits, with spans empty, at line ends and at the end of the file.
    #[test]
    fn draws_every_one_line_span_as_codespan_does() {
        const PIECES: &[&str] = &[
            "a", "word", " ", "  ", "\t", "é", "世", "😀", "\u{301}", "\u{7}", "\u{200b}", "\r", "\0", "\n",
            "\r\n", "\n", "\u{a0}", "x\ty",
        ];
        const HINTS: &[Option<&str>] = &[
            None,
            Some("fix it"),
            Some(""),
            Some("two\nlines"),
            Some("crlf\r\nend"),
        ];
        let mut random = crate::test_random::Xorshift::new(0x9e37_79b9_7f4a_7c15);
        let mut next = move |below: usize| random.below(below);
        let mut compared = 0;
        for case in 0..6000 {
            let mut source = "\n".repeat([0, 0, 8, 98, 998][next(5)] + next(3));
            for _ in 0..next(24) {
                source.push_str(PIECES[next(PIECES.len())]);
            }
            let boundaries: Vec<usize> = (0..=source.len())
                .filter(|&i| source.is_char_boundary(i))
                .collect();
            // Mostly short spans, so that most stay on one line.
            let a = next(boundaries.len());
            let b = if case % 4 == 0 {
                next(boundaries.len())
            } else {
                (a + next(4)).min(boundaries.len() - 1)
            };
            let span = boundaries[a.min(b)]..boundaries[a.max(b)];
            let check = if case % 50 == 0 { "" } else { "anonymisation" };
            let d = finding(check, HINTS[next(HINTS.len())]);
            if let Some(drawn) = single_line(&source, span.clone(), &d) {
                assert_eq!(
                    drawn,
                    by_codespan(&source, span.clone(), &d),
                    "{source:?} {span:?}"
                );
                compared += 1;
            } else {
                assert!(source[span].contains('\n'));
            }
        }
        assert!(compared > 2000, "only {compared} one-line spans");
    }
}
