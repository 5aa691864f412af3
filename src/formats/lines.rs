//! Content lines as iCalendar (RFC 5545) and vCard (RFC 6350) write them:
//! `NAME;PARAM=x:value`, text values escaped, lines folded at 75 octets
//! (never inside a UTF-8 character) and ended with CRLF.
//!
//! Used by [`super::icalendar`] and [`super::vcard`].

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A file of content lines.
#[derive(Debug, Default)]
pub struct Lines {
    out: String,
}

impl Lines {
    /// Adds a line whose value is already in its final form (escaped as its
    /// type needs), folding it.
    pub fn raw(&mut self, name: &str, value: &str) -> &mut Self {
        fold(&format!("{name}:{value}"), &mut self.out);
        self
    }

    /// Adds a line with a TEXT value, escaping it.
    pub fn text(&mut self, name: &str, value: &str) -> &mut Self {
        self.raw(name, &escape_text(value))
    }

    /// Adds a line with a URI value. A URI is not TEXT: its commas and
    /// semicolons are written as they are (RFC 5545 §3.3.13, RFC 6350
    /// §4), and a line break, which no URI holds, is dropped with the other
    /// control characters.
    pub fn uri(&mut self, name: &str, value: &str) -> &mut Self {
        let value: String = value.chars().filter(|c| !c.is_control()).collect();
        self.raw(name, &value)
    }

    /// The finished text.
    pub fn finish(self) -> String {
        self.out
    }
}

/// Appends `line` to `out`, folded so that no physical line is longer than
/// 75 octets (continuation lines start with a space), ending in CRLF.
fn fold(line: &str, out: &mut String) {
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape_text("a, b; c\\d\r\ne\nf"), "a\\, b\\; c\\\\d\\ne\\nf");
    }

    #[test]
    fn uris_are_not_escaped_as_text() {
        let mut lines = Lines::default();
        lines.uri("URL", "https://e.org/a,b;c\\d/\n");
        assert_eq!(lines.finish(), "URL:https://e.org/a,b;c\\d/\r\n");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let mut lines = Lines::default();
        lines.text("DESCRIPTION", &"ż".repeat(80));
        let text = lines.finish();
        assert!(text.ends_with("\r\n"));
        for physical in text.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets: {physical}", physical.len());
        }
        let unfolded = text.replace("\r\n ", "");
        assert_eq!(unfolded, format!("DESCRIPTION:{}\r\n", "ż".repeat(80)));
    }
}
