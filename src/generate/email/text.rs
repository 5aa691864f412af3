//! The plain-text alternative of a body, readable on its own: headings
//! underlined, paragraphs wrapped at 72 columns, links as numbered
//! references (listed at the end of the message), lists with their
//! markers, tables as lists of "heading: value" lines, quotes and boxes
//! marked with `>`.

use unicode_width::UnicodeWidthStr;

use crate::formats::html::{Token, attribute, decode};

/// How wide a line of text is kept.
pub const WIDTH: usize = 72;

/// A table being read: its header cells and the row in hand.
#[derive(Debug, Default)]
struct Table {
    headers: Vec<String>,
    row: Vec<String>,
    in_head: bool,
    cell: Option<String>,
}

/// Writes plain text from body tokens.
#[derive(Debug, Default)]
pub struct TextWriter {
    out: String,
    line: String,
    /// Each open list: `None` for bullets, the next number for `<ol>`.
    lists: Vec<Option<u32>>,
    marker: Option<String>,
    quotes: usize,
    /// For each open `<div>`: whether it is a box, marked like a quote.
    divs: Vec<bool>,
    pre: usize,
    links: Vec<String>,
    /// Absolute addresses of the references, in number order.
    pub references: Vec<String>,
    table: Option<Table>,
}

impl TextWriter {
    /// Reads one token; `href` is its link's absolute address when it is
    /// an `<a>`, and `number` text to put before a heading ("1. ").
    pub fn token(&mut self, token: &Token<'_>, href: Option<&str>, number: Option<&str>) {
        match token {
            Token::Text(text) => self.text(&decode(text)),
            Token::Start { name, attributes } => match name.as_ref() {
                "p" | "dl" | "dt" | "dd" | "figure" | "figcaption" | "section" => self.flush(true),
                "div" => {
                    self.flush(true);
                    let class = attribute(attributes, "class").unwrap_or_default();
                    let boxed = class.split(' ').any(|c| c == "alert");
                    self.quotes += usize::from(boxed);
                    self.divs.push(boxed);
                }
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                    self.flush(true);
                    if let Some(number) = number {
                        self.line.push_str(number);
                    }
                }
                "br" => self.line.push('\n'),
                "hr" => {
                    self.flush(true);
                    self.out.push_str(&"-".repeat(WIDTH / 2));
                    self.out.push_str("\n\n");
                }
                "ul" | "ol" => {
                    self.flush(self.lists.is_empty());
                    let start = attribute(attributes, "start").and_then(|s| s.parse().ok());
                    self.lists.push((name == "ol").then(|| start.unwrap_or(1)));
                }
                "li" => {
                    self.flush(false);
                    let marker = match self.lists.last_mut() {
                        Some(Some(n)) => {
                            let number = *n;
                            *n = n.saturating_add(1);
                            format!("{number}. ")
                        }
                        _ => "- ".to_owned(),
                    };
                    self.marker = Some(marker);
                }
                "blockquote" => {
                    self.flush(true);
                    self.quotes += 1;
                }
                "pre" => {
                    self.flush(true);
                    self.pre += 1;
                }
                "a" => self.links.push(href.unwrap_or_default().to_owned()),
                "img" => {
                    let alt = attribute(attributes, "alt").unwrap_or_default().trim();
                    if !alt.is_empty() {
                        self.text(&format!("[{alt}]"));
                    }
                }
                "table" => {
                    self.flush(true);
                    self.table = Some(Table::default());
                }
                "thead" => self.with_table(|t| t.in_head = true),
                "tbody" => self.with_table(|t| t.in_head = false),
                "th" | "td" => self.with_table(|t| t.cell = Some(String::new())),
                _ => {}
            },
            Token::End(name) => match name.as_ref() {
                "p" | "dl" | "dt" | "dd" | "figure" | "figcaption" | "section" => self.flush(true),
                "div" => {
                    self.flush(true);
                    if self.divs.pop().unwrap_or(false) {
                        self.quotes = self.quotes.saturating_sub(1);
                    }
                }
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                    let underline = if name == "h1" || name == "h2" { '=' } else { '-' };
                    let text = std::mem::take(&mut self.line);
                    self.heading(text.trim(), underline);
                }
                "li" => self.flush(false),
                "ul" | "ol" => {
                    self.flush(false);
                    self.lists.pop();
                    if self.lists.is_empty() {
                        self.out.push('\n');
                    }
                }
                "blockquote" => {
                    self.flush(true);
                    self.quotes = self.quotes.saturating_sub(1);
                }
                "pre" => {
                    let text = std::mem::take(&mut self.line);
                    for line in text.trim_end().lines() {
                        self.out.push_str("    ");
                        self.out.push_str(line);
                        self.out.push('\n');
                    }
                    self.out.push('\n');
                    self.pre = self.pre.saturating_sub(1);
                }
                "a" => self.end_link(),
                "th" | "td" => {
                    if let Some(table) = self.table.as_mut()
                        && let Some(cell) = table.cell.take()
                    {
                        let cell = cell.split_whitespace().collect::<Vec<_>>().join(" ");
                        if table.in_head {
                            table.headers.push(cell);
                        } else {
                            table.row.push(cell);
                        }
                    }
                }
                "tr" => self.end_row(),
                "table" => {
                    self.table = None;
                    self.out.push('\n');
                }
                _ => {}
            },
        }
    }

    fn with_table(&mut self, f: impl FnOnce(&mut Table)) {
        if let Some(table) = self.table.as_mut() {
            f(table);
        }
    }

    fn text(&mut self, text: &str) {
        let target = match self.table.as_mut().and_then(|t| t.cell.as_mut()) {
            Some(cell) => cell,
            None => &mut self.line,
        };
        if self.pre > 0 {
            target.push_str(text);
            return;
        }
        for (i, word) in text
            .split(|c: char| c.is_whitespace() && c != '\u{a0}')
            .enumerate()
        {
            if i > 0 && !target.is_empty() && !target.ends_with([' ', '\n']) {
                target.push(' ');
            }
            target.push_str(word);
        }
    }

    fn end_link(&mut self) {
        let Some(href) = self.links.pop() else {
            return;
        };
        if href.is_empty() || href.starts_with("tel:") {
            return;
        }
        let note = if let Some(address) = href.strip_prefix("mailto:") {
            let shown = self.line.contains(address);
            (!shown).then(|| format!(" <{address}>"))
        } else {
            let n = match self.references.iter().position(|r| *r == href) {
                Some(at) => at + 1,
                None => {
                    self.references.push(href);
                    self.references.len()
                }
            };
            Some(format!(" [{n}]"))
        };
        if let Some(note) = note {
            match self.table.as_mut().and_then(|t| t.cell.as_mut()) {
                Some(cell) => cell.push_str(&note),
                None => self.line.push_str(&note),
            }
        }
    }

    fn end_row(&mut self) {
        let Some(table) = self.table.as_mut() else {
            return;
        };
        if table.in_head || table.row.is_empty() {
            table.row.clear();
            return;
        }
        let row = std::mem::take(&mut table.row);
        let has_headers = table.headers.iter().any(|h| !h.is_empty());
        let mut lines = Vec::new();
        for (i, cell) in row.iter().enumerate() {
            match table.headers.get(i).filter(|h| has_headers && !h.is_empty()) {
                Some(header) => lines.push(format!("{header}: {cell}")),
                None => lines.push(cell.clone()),
            }
        }
        let prefix = self.prefix();
        let mut first = true;
        for line in lines {
            let (lead, rest) = if first {
                (format!("{prefix}- "), format!("{prefix}  "))
            } else {
                (format!("{prefix}  "), format!("{prefix}  "))
            };
            self.out.push_str(&wrap(&line, &lead, &rest));
            first = false;
        }
    }

    /// The prefix quotes give each line: "> " per level.
    fn prefix(&self) -> String {
        "> ".repeat(self.quotes)
    }

    fn heading(&mut self, text: &str, underline: char) {
        if text.is_empty() {
            return;
        }
        let prefix = self.prefix();
        let wrapped = wrap(text, &prefix, &prefix);
        let width = wrapped
            .lines()
            .map(|l| UnicodeWidthStr::width(l).saturating_sub(prefix.len()))
            .max()
            .unwrap_or(0);
        self.out.push_str(&wrapped);
        self.out.push_str(&prefix);
        self.out.extend(std::iter::repeat_n(underline, width.max(3)));
        self.out.push_str("\n\n");
    }

    /// Writes the text in hand as a paragraph (or a list item), and a
    /// blank line after it when `blank`.
    fn flush(&mut self, blank: bool) {
        let text = std::mem::take(&mut self.line);
        let marker = self.marker.take();
        if text.trim().is_empty() {
            if let Some(marker) = marker {
                self.marker = Some(marker);
            }
            return;
        }
        let depth = self.lists.len().saturating_sub(1);
        let indent = format!("{}{}", self.prefix(), "   ".repeat(depth));
        let (lead, rest) = match &marker {
            Some(marker) => (
                format!("{indent}{marker}"),
                format!("{indent}{}", " ".repeat(marker.chars().count())),
            ),
            None if !self.lists.is_empty() => {
                let pad = format!("{indent}   ");
                (pad.clone(), pad)
            }
            None => (indent.clone(), indent),
        };
        self.out.push_str(&wrap(text.trim(), &lead, &rest));
        if blank && self.lists.is_empty() {
            self.out.push('\n');
        }
    }

    /// The text written, with at most one blank line anywhere.
    pub fn finish(mut self) -> (String, Vec<String>) {
        self.flush(true);
        (tidy(&self.out), self.references)
    }
}

/// `text` wrapped at [`WIDTH`] columns, its first line after `lead` and
/// the others after `rest`, each line ended with `\n`; a line break in
/// `text` is kept.
pub fn wrap(text: &str, lead: &str, rest: &str) -> String {
    let mut out = String::new();
    let mut prefix = lead;
    for paragraph in text.split('\n') {
        let mut line = String::from(prefix);
        let mut width = UnicodeWidthStr::width(prefix);
        let mut empty = true;
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let w = UnicodeWidthStr::width(word);
            if !empty && width + 1 + w > WIDTH {
                out.push_str(line.trim_end());
                out.push('\n');
                prefix = rest;
                line = String::from(prefix);
                width = UnicodeWidthStr::width(prefix);
                empty = true;
            }
            if !empty {
                line.push(' ');
                width += 1;
            }
            line.push_str(word);
            width += w;
            empty = false;
        }
        out.push_str(line.trim_end());
        out.push('\n');
        prefix = rest;
    }
    out
}

/// `text` with runs of blank lines made one, and no blank line at either
/// end.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines() {
        if line.trim().is_empty() {
            blank += 1;
            continue;
        }
        if blank > 0 && !out.is_empty() {
            out.push('\n');
        }
        blank = 0;
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::html::tokens;

    fn text(html: &str) -> (String, Vec<String>) {
        let mut writer = TextWriter::default();
        for token in tokens(html) {
            let href = match &token {
                Token::Start { name, attributes } if name == "a" => attribute(attributes, "href"),
                _ => None,
            };
            writer.token(&token, href, None);
        }
        writer.finish()
    }

    #[test]
    fn headings_are_underlined_and_links_numbered() {
        let (text, references) = text(
            "<h2>What to do</h2>\n<p>Read <a href=\"https://e.org/a/\">the guide</a> and <a href=\"https://e.org/a/\">again</a>, or write to <a href=\"mailto:x@e.org\">us</a>.</p>",
        );
        assert_eq!(
            text,
            "What to do\n==========\n\nRead the guide [1] and again [1], or write to us <x@e.org>.\n"
        );
        assert_eq!(references, ["https://e.org/a/"]);
    }

    #[test]
    fn lists_nest_and_tables_become_lists() {
        let (text, _) = text(
            "<ol><li>One<ul><li>inner</li></ul></li><li>Two</li></ol><table><thead><tr><th>Agency</th><th>Status</th></tr></thead><tbody><tr><td>Health</td><td>Done</td></tr></tbody></table>",
        );
        assert_eq!(
            text,
            "1. One\n   - inner\n2. Two\n\n- Agency: Health\n  Status: Done\n"
        );
    }

    #[test]
    fn odd_markup_is_written_without_a_panic() {
        let (written, _) = text(
            "<ol start=\"4294967295\"><li>a</li><li>b</li></ol><blockquote><h2>a<br><br>b</h2></blockquote>",
        );
        assert!(written.starts_with("4294967295. a\n4294967295. b\n"), "{written}");
        let (written, _) = text("</li></ol></td></tr></table></a></pre></blockquote></div><td>x</td><li>y");
        assert!(written.contains('y'), "{written}");
    }

    #[test]
    fn boxes_are_marked_like_quotes() {
        let (text, _) = text(
            "<div class=\"alert alert-warning\" role=\"note\">\n<p class=\"alert-title\">Warning</p>\n<p>Do not.</p>\n</div>\n<p>After.</p>",
        );
        assert_eq!(text, "> Warning\n\n> Do not.\n\nAfter.\n");
    }

    #[test]
    fn long_paragraphs_wrap_and_quotes_are_marked() {
        let long = "word ".repeat(30);
        let (text, _) = text(&format!("<blockquote><p>{long}</p></blockquote>"));
        assert!(
            text.lines().all(|l| l.starts_with("> ") && l.len() <= WIDTH),
            "{text}"
        );
    }
}
