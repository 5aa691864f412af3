//! The text of rendered HTML, as search reads it and shows it in a
//! result's snippet: tags gone, entities decoded, a space where one block
//! ends and the next begins, runs of white space made one space. Search
//! reads a body this way only when it had raw HTML; otherwise it reads the
//! text the renderer made beside the HTML (`Rendered::text`).

use crate::formats::html::decode;

/// Whether `name` (in lower case) is a tag that sits inside a line of
/// text: no space where it starts or ends.
fn is_inline(name: &str) -> bool {
    matches!(
        name,
        "a" | "abbr"
            | "b"
            | "bdi"
            | "bdo"
            | "cite"
            | "code"
            | "del"
            | "dfn"
            | "em"
            | "i"
            | "ins"
            | "kbd"
            | "mark"
            | "q"
            | "s"
            | "samp"
            | "small"
            | "span"
            | "strong"
            | "sub"
            | "sup"
            | "time"
            | "u"
            | "var"
    )
}

/// Whether `name` (in lower case) is an element whose content is not text
/// a reader reads.
fn is_skipped(name: &str) -> bool {
    matches!(name, "script" | "style" | "svg" | "template")
}

/// `name` in lower case: borrowed as it is when it has no capital.
fn lower_name(name: &str) -> std::borrow::Cow<'_, str> {
    if name.bytes().any(|b| b.is_ascii_uppercase()) {
        std::borrow::Cow::Owned(name.to_ascii_lowercase())
    } else {
        std::borrow::Cow::Borrowed(name)
    }
}

/// A space at the end of `text`, unless it is empty or has one.
fn space(text: &mut String) {
    if !text.is_empty() && !text.ends_with(' ') {
        text.push(' ');
    }
}

/// `raw` (text as written in HTML) onto `text`: entities decoded, each
/// run of ASCII white space made one space (a no-break space stays). One
/// pass over the bytes: text is copied a run at a time, and a run ends
/// only at an entity or at white space that is not a single space between
/// two words.
fn push_text(text: &mut String, raw: &str) {
    let bytes = raw.as_bytes();
    let mut run = 0;
    let mut at = 0;
    while at < bytes.len() {
        let b = bytes[at];
        if b != b'&' && !b.is_ascii_whitespace() {
            at += 1;
            continue;
        }
        // A lone space after a word and before the next stays in the run.
        if b == b' ' && at > run && bytes.get(at + 1).is_none_or(|n| !n.is_ascii_whitespace()) {
            at += 1;
            continue;
        }
        // ASCII white space and "&" are never part of a longer UTF-8
        // sequence, so every run ends on a character boundary.
        text.push_str(&raw[run..at]);
        if b == b'&' {
            // The entity and the text up to the next white space.
            let stop = bytes[at..]
                .iter()
                .position(u8::is_ascii_whitespace)
                .map_or(bytes.len(), |e| at + e);
            text.push_str(&decode(&raw[at..stop]));
            at = stop;
        } else {
            space(text);
            at += 1;
        }
        run = at;
    }
    text.push_str(&raw[run..]);
}

/// The text of `html` (Lantern's own: every attribute quoted). Read by
/// hand, a tag at a time, without taking attributes apart: search reads
/// every body of a build.
pub fn of(html: &str) -> String {
    let bytes = html.as_bytes();
    let mut text = String::with_capacity(html.len() / 2);
    let mut skipping: Option<std::borrow::Cow<'_, str>> = None;
    let mut at = 0;
    while at < bytes.len() {
        let end = memchr::memchr(b'<', &bytes[at..]).map_or(bytes.len(), |e| at + e);
        if skipping.is_none() && end > at {
            push_text(&mut text, &html[at..end]);
        }
        if end == bytes.len() {
            break;
        }
        if html[end..].starts_with("<!--") {
            at = html[end..].find("-->").map_or(bytes.len(), |e| end + e + 3);
            continue;
        }
        let closing = bytes.get(end + 1) == Some(&b'/');
        let name_start = end + 1 + usize::from(closing);
        let name_end = bytes[name_start..]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .map_or(bytes.len(), |e| name_start + e);
        if name_end == name_start {
            // Not a tag: a "<" in text.
            if skipping.is_none() {
                text.push('<');
            }
            at = end + 1;
            continue;
        }
        let name = lower_name(&html[name_start..name_end]);
        let mut quote = None;
        let mut close = name_end;
        while close < bytes.len() {
            let b = bytes[close];
            match quote {
                Some(q) if b == q => quote = None,
                Some(_) => {}
                None if b == b'"' || b == b'\'' => quote = Some(b),
                None if b == b'>' => break,
                None => {}
            }
            close += 1;
        }
        at = close + 1;
        match (closing, &skipping) {
            (false, None) if is_skipped(&name) => skipping = Some(name),
            (true, Some(skipped)) if *skipped == name => skipping = None,
            (_, None) if !is_inline(&name) => space(&mut text),
            _ => {}
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
        assert_eq!(
            of(html),
            "Why it matters Ask who else\u{a0}lives & visits. One Two"
        );
    }

    #[test]
    fn quoted_attributes_comments_and_stray_brackets() {
        let html = "<p title=\"a > b\" class='x>y'>One</p><!-- <p>hidden</p> --><p>2 < 3</p><P>Up</P>";
        assert_eq!(of(html), "One 2 < 3 Up");
    }

    #[test]
    fn scripts_and_pictures_are_not_text() {
        assert_eq!(of("<p>a</p><svg><title>chart</title></svg><p>b</p>"), "a b");
    }

    /// What [`push_text`] does, by its definition: entities decoded in
    /// each run of text between white space, and the runs joined by one
    /// space, with none at the start of an empty text.
    fn by_definition(text: &mut String, raw: &str) {
        for (n, part) in raw.split(|c: char| c.is_ascii_whitespace()).enumerate() {
            if n > 0 {
                space(text);
            }
            text.push_str(&decode(part));
        }
    }

    #[test]
    fn text_is_copied_as_its_definition_says_on_random_input() {
        let alphabet: Vec<char> = "ab  \n\t\r&;#x41amp;ł儿\u{a0}".chars().collect();
        let mut random = crate::test_random::Xorshift::new(0x9e37_79b9_7f4a_7c15);
        for _ in 0..5000 {
            let length = random.below(20);
            let raw = random.text(&alphabet, length);
            for before in ["", "x", "x "] {
                let (mut fast, mut slow) = (before.to_owned(), before.to_owned());
                push_text(&mut fast, &raw);
                by_definition(&mut slow, &raw);
                assert_eq!(fast, slow, "{before:?} + {raw:?}");
            }
        }
    }

    #[test]
    fn cuts_fall_between_words() {
        assert_eq!(cut("one two three", 100), "one two three");
        assert_eq!(cut("one two three", 9), "one two");
        assert_eq!(cut("ąąąąą", 3), "ą");
    }
}
