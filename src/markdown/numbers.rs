//! Groups of digits in right-to-left text, isolated left to right.
//!
//! In an Urdu or Arabic paragraph, "01642 304520" is two runs of digits
//! with a space between, and the bidirectional algorithm lays them out
//! right to left: the reader sees "304520 01642" and dials the wrong
//! number. [`Isolated`] wraps each such group (two or more runs of digits
//! joined by spaces, hyphens or brackets, six digits at least, with an
//! optional `+`) in `<span dir="ltr">`, in bodies written right to left
//! only, and never inside an image's alt text or a code block.

use std::ops::Range;

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

/// What opens an isolated group.
pub const OPEN: &str = "<span dir=\"ltr\">";
/// What closes it.
pub const CLOSE: &str = "</span>";

/// The parser's events, with groups of digits in text isolated when
/// `right_to_left`.
pub struct Isolated<'a, I> {
    inner: I,
    right_to_left: bool,
    /// Images and code blocks the events are inside.
    skip_depth: usize,
    queue: std::collections::VecDeque<(Event<'a>, Range<usize>)>,
}

impl<'a, I: Iterator<Item = (Event<'a>, Range<usize>)>> Isolated<'a, I> {
    /// Wraps the parser's `inner` events.
    pub fn new(inner: I, right_to_left: bool) -> Self {
        Isolated {
            inner,
            right_to_left,
            skip_depth: 0,
            queue: std::collections::VecDeque::new(),
        }
    }
}

impl<'a, I: Iterator<Item = (Event<'a>, Range<usize>)>> Iterator for Isolated<'a, I> {
    type Item = (Event<'a>, Range<usize>);

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(queued) = self.queue.pop_front() {
            return Some(queued);
        }
        let (event, span) = self.inner.next()?;
        if !self.right_to_left {
            return Some((event, span));
        }
        match &event {
            Event::Start(Tag::Image { .. } | Tag::CodeBlock(_)) => self.skip_depth += 1,
            Event::End(TagEnd::Image | TagEnd::CodeBlock) => {
                self.skip_depth = self.skip_depth.saturating_sub(1)
            }
            Event::Text(text) if self.skip_depth == 0 => {
                let groups = groups(text);
                if !groups.is_empty() {
                    let mut at = 0;
                    for group in groups {
                        if group.start > at {
                            let piece = CowStr::from(text[at..group.start].to_owned());
                            self.queue.push_back((Event::Text(piece), span.clone()));
                        }
                        self.queue
                            .push_back((Event::InlineHtml(CowStr::Borrowed(OPEN)), span.clone()));
                        let digits = CowStr::from(text[group.clone()].to_owned());
                        self.queue.push_back((Event::Text(digits), span.clone()));
                        self.queue
                            .push_back((Event::InlineHtml(CowStr::Borrowed(CLOSE)), span.clone()));
                        at = group.end;
                    }
                    if at < text.len() {
                        let rest = CowStr::from(text[at..].to_owned());
                        self.queue.push_back((Event::Text(rest), span.clone()));
                    }
                    return self.queue.pop_front();
                }
            }
            _ => {}
        }
        Some((event, span))
    }
}

/// The byte ranges of the groups of digits in `text` that need isolating:
/// two or more runs of digits joined by single spaces, hyphens or
/// brackets, with six digits or more, and an optional `+` before.
pub fn groups(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !(bytes[i].is_ascii_digit() || bytes[i] == b'+' || bytes[i] == b'(') {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        let mut digits = 0;
        let mut runs = 0;
        let mut in_run = false;
        let mut j = i;
        while j < bytes.len() {
            let b = bytes[j];
            if b.is_ascii_digit() {
                digits += 1;
                if !in_run {
                    runs += 1;
                    in_run = true;
                }
                end = j + 1;
            } else if (b == b' ' || b == b'-' || b == b'(' || b == b')' || (b == b'+' && j == start))
                && bytes.get(j + 1).is_some_and(|n| n.is_ascii_digit() || *n == b'(')
            {
                in_run = false;
            } else if b == b')' {
                in_run = false;
                end = j + 1;
            } else {
                break;
            }
            j += 1;
        }
        if digits >= 6 && runs >= 2 {
            found.push(start..end);
        }
        i = j.max(i + 1);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_are_found_and_lone_numbers_are_not() {
        let text = "فون: 01642 304520 یا +44 1642 304520، (01642) 130700؛ سال 2024 میں 15 سفارشات";
        let found: Vec<&str> = groups(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["01642 304520", "+44 1642 304520", "(01642) 130700"]);
        assert!(groups("CSPR 2024/01 and 999").is_empty());
    }

    #[test]
    fn only_right_to_left_text_outside_images_and_code_is_isolated() {
        let render = |md: &str, rtl: bool| {
            let events: Vec<(Event<'_>, Range<usize>)> =
                pulldown_cmark::Parser::new(md).into_offset_iter().collect();
            let mut html = String::new();
            pulldown_cmark::html::push_html(
                &mut html,
                Isolated::new(events.into_iter(), rtl).map(|(e, _)| e),
            );
            html
        };
        let md = "فون 01642 304520\n\n![01642 304520](a.png)\n\n```\n01642 304520\n```\n";
        let rtl = render(md, true);
        assert!(
            rtl.contains("<p>فون <span dir=\"ltr\">01642 304520</span></p>"),
            "{rtl}"
        );
        assert!(rtl.contains("alt=\"01642 304520\""), "{rtl}");
        assert!(rtl.contains("<code>01642 304520\n</code>"), "{rtl}");
        assert!(
            !render(md, false).contains("<span"),
            "left-to-right text is left alone"
        );
    }
}
