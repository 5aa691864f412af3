//! The text of a rendered body, as search reads it and shows it in a
//! result's snippet: tags gone, entities decoded, a space where one block
//! ends and the next begins, runs of white space made one space.

use crate::formats::html::{Token, decode, tokens};

/// Tags that sit inside a line of text: no space where they start or end.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s",
    "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
];

/// Elements whose content is not text a reader reads.
const SKIPPED: &[&str] = &["script", "style", "svg", "template"];

/// The text of `html`.
pub fn of(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut skipping: Option<String> = None;
    let space = |text: &mut String| {
        if !text.is_empty() && !text.ends_with(' ') {
            text.push(' ');
        }
    };
    for token in tokens(html) {
        match token {
            Token::Start { name, .. } => {
                if skipping.is_none() && SKIPPED.contains(&&*name) {
                    skipping = Some(name.into_owned());
                } else if !INLINE.contains(&&*name) {
                    space(&mut text);
                }
            }
            Token::End(name) => {
                if skipping.as_deref() == Some(&*name) {
                    skipping = None;
                } else if !INLINE.contains(&&*name) {
                    space(&mut text);
                }
            }
            Token::Text(raw) if skipping.is_none() => {
                for (n, part) in decode(raw).split_whitespace().enumerate() {
                    if n > 0 || raw.starts_with(char::is_whitespace) {
                        space(&mut text);
                    }
                    text.push_str(part);
                }
                if raw.ends_with(char::is_whitespace) {
                    space(&mut text);
                }
            }
            Token::Text(_) => {}
        }
    }
    let kept = text.trim_end().len();
    text.truncate(kept);
    text
}

/// At most `max` bytes of `text`, cut at a word's end where one is near.
pub fn cut(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    match text[..end].rfind(' ') {
        Some(space) if space > max / 2 => &text[..space],
        _ => &text[..end],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_part_words_and_inline_tags_do_not() {
        let html = "<h2 id=\"a\">Why it <em>matters</em></h2>\n<p>Ask <strong>who</strong> else&nbsp;lives &amp; visits.</p><ul><li>One</li><li>Two</li></ul>";
        assert_eq!(of(html), "Why it matters Ask who else lives & visits. One Two");
    }

    #[test]
    fn scripts_and_pictures_are_not_text() {
        assert_eq!(of("<p>a</p><svg><title>chart</title></svg><p>b</p>"), "a b");
    }

    #[test]
    fn cuts_fall_between_words() {
        assert_eq!(cut("one two three", 100), "one two three");
        assert_eq!(cut("one two three", 9), "one two");
        assert_eq!(cut("ąąąąą", 3), "ą");
    }
}
