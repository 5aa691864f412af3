//! HTML as a stream of tags and text, for the HTML that Lantern writes
//! itself: pulldown-cmark's and ammonia's output (every attribute quoted,
//! every `<`, `&` and `"` in text escaped) and the e-mail edition's own.
//! It is not a browser's parser: it never fails, and anything it does not
//! take for a tag is text.
//!
//! The e-mail edition reads a page's body through it ([`crate::generate`])
//! and its check reads the edition back ([`crate::checks`]).

use std::borrow::Cow;

/// A piece of HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token<'a> {
    /// `<name a="b">`: the name in lower case, the attributes with their
    /// entities decoded, and whether it ended `/>`.
    Start {
        /// "a", "img", …
        name: Cow<'a, str>,
        /// (name in lower case, value), in order.
        attributes: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    },
    /// `</name>`, the name in lower case.
    End(Cow<'a, str>),
    /// Text, as written (entities not decoded).
    Text(&'a str),
}

/// The tokens of `html`, in order; comments and doctypes are left out.
pub fn tokens(html: &str) -> Tokens<'_> {
    Tokens { html, at: 0 }
}

/// An iterator over [`Token`]s.
#[derive(Debug)]
pub struct Tokens<'a> {
    html: &'a str,
    at: usize,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            let rest = &self.html[self.at..];
            if rest.is_empty() {
                return None;
            }
            if !rest.starts_with('<') {
                let end = rest.find('<').unwrap_or(rest.len());
                let end = if end == 0 { 1 } else { end };
                self.at += end;
                return Some(Token::Text(&rest[..end]));
            }
            if let Some(inner) = rest.strip_prefix("<!--") {
                self.at += 4 + inner.find("-->").map_or(inner.len(), |e| e + 3);
                continue;
            }
            if rest.starts_with("<!") || rest.starts_with("<?") {
                self.at += rest.find('>').map_or(rest.len(), |e| e + 1);
                continue;
            }
            match tag(rest) {
                Some((token, length)) => {
                    self.at += length;
                    return Some(token);
                }
                None => {
                    self.at += 1;
                    return Some(Token::Text(&rest[..1]));
                }
            }
        }
    }
}

/// The tag at the start of `text` (which starts with `<`) and its length,
/// or `None` if it is not a whole tag.
fn tag(text: &str) -> Option<(Token<'_>, usize)> {
    let bytes = text.as_bytes();
    let closing = bytes.get(1) == Some(&b'/');
    let start = if closing { 2 } else { 1 };
    let name_len = bytes[start..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
        .count();
    if name_len == 0 || !bytes[start].is_ascii_alphabetic() {
        return None;
    }
    let name = lower(&text[start..start + name_len]);
    let mut at = start + name_len;
    if closing {
        let end = text[at..].find('>')? + at;
        return Some((Token::End(name), end + 1));
    }
    let mut attributes = Vec::new();
    loop {
        while bytes
            .get(at)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'/')
        {
            at += 1;
        }
        match bytes.get(at)? {
            b'>' => return Some((Token::Start { name, attributes }, at + 1)),
            _ => {
                let len = bytes[at..]
                    .iter()
                    .take_while(|b| !b.is_ascii_whitespace() && !b"=>/\"'".contains(b))
                    .count()
                    .max(1);
                let key = lower(&text[at..at + len]);
                at += len;
                let mut value = Cow::Borrowed("");
                if bytes.get(at) == Some(&b'=') {
                    at += 1;
                    match bytes.get(at)? {
                        q @ (b'"' | b'\'') => {
                            let end = text[at + 1..].find(char::from(*q))? + at + 1;
                            value = decode(&text[at + 1..end]);
                            at = end + 1;
                        }
                        _ => {
                            let len = bytes[at..]
                                .iter()
                                .take_while(|b| !b.is_ascii_whitespace() && **b != b'>')
                                .count();
                            value = decode(&text[at..at + len]);
                            at += len;
                        }
                    }
                }
                attributes.push((key, value));
            }
        }
    }
}

/// `text` in lower case, borrowed when it already is.
fn lower(text: &str) -> Cow<'_, str> {
    if text.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(text.to_ascii_lowercase())
    } else {
        Cow::Borrowed(text)
    }
}

/// `text` with its character references decoded: the named ones Lantern's
/// writers use (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;` `&nbsp;`) and
/// every numeric one. Any other `&` stays as it is.
pub fn decode(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest[1..].find(';').map(|e| e + 1).filter(|e| *e <= 12);
        let decoded = end.and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .map(|hex| u32::from_str_radix(hex, 16))
                    .or_else(|| name.strip_prefix('#').map(str::parse::<u32>))
                    .and_then(Result::ok)
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The value of attribute `name` in `attributes`.
pub fn attribute<'b>(attributes: &'b [(Cow<'_, str>, Cow<'_, str>)], name: &str) -> Option<&'b str> {
    attributes
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start(name: &'static str, attributes: &[(&'static str, &'static str)]) -> Token<'static> {
        Token::Start {
            name: Cow::Borrowed(name),
            attributes: attributes
                .iter()
                .map(|(k, v)| (Cow::Borrowed(*k), Cow::Borrowed(*v)))
                .collect(),
        }
    }

    #[test]
    fn tags_attributes_and_text_are_read() {
        let html = "<p class=\"a\">x &amp; y<!-- c --><IMG SRC='/a.png' alt=b disabled /></p>";
        let found: Vec<Token<'_>> = tokens(html).collect();
        assert_eq!(
            found,
            [
                start("p", &[("class", "a")]),
                Token::Text("x &amp; y"),
                start("img", &[("src", "/a.png"), ("alt", "b"), ("disabled", "")]),
                Token::End(Cow::Borrowed("p")),
            ]
        );
    }

    #[test]
    fn anything_that_is_not_a_whole_tag_is_text() {
        for html in [
            "a < b",
            "<",
            "<p",
            "<p class=\"",
            "</",
            "<a href=x",
            "<1>",
            "<ż>",
            "&#xffffffff;",
        ] {
            let text: String = tokens(html)
                .map(|t| match t {
                    Token::Text(t) => t.to_owned(),
                    other => panic!("{html}: {other:?}"),
                })
                .collect();
            assert_eq!(text, html);
        }
    }

    #[test]
    fn references_are_decoded() {
        assert_eq!(
            decode("a &amp; b &lt;&#39;&#x41;&nbsp;&bogus; &"),
            "a & b <'A\u{a0}&bogus; &"
        );
    }
}
