//! A page's rendered body, read once, as the e-mail edition needs it: the
//! HTML part's body ([`super::styled`]), the plain-text part's
//! ([`super::text`]), and the pages of the site it links to (a
//! newsletter's "In this issue"). Every address becomes absolute.

use super::styled::HtmlWriter;
use super::styles::Dir;
use super::text::TextWriter;
use crate::checks::links::{Destination, resolve};
use crate::formats::html::{Token, attribute, tokens};
use crate::urls::encode_path;

/// What the edition keeps of a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body {
    /// The body as e-mail HTML.
    pub html: String,
    /// The body as plain text.
    pub text: String,
    /// The absolute addresses the plain text refers to as `[1]`, `[2]`, ….
    pub references: Vec<String>,
    /// The site paths the body links to, in order, each once.
    pub linked: Vec<String>,
}

/// How to read a body.
#[derive(Debug, Clone, Copy)]
pub struct Reading<'a> {
    /// The page's address ("/briefings/safer-sleep/").
    pub page_url: &'a str,
    /// The site's public address (`https://example.org`).
    pub base_url: &'a str,
    /// Which way its language is written.
    pub dir: Dir,
    /// Whether it is a briefing, whose h2 parts are set apart.
    pub briefing: bool,
    /// Whether to number the h2 parts (a briefing whose author did not).
    pub number_parts: bool,
}

/// Reads the rendered body `html`.
pub fn read(html: &str, reading: Reading<'_>) -> Body {
    let mut styled = HtmlWriter::new(reading.dir, reading.briefing, html.len() + html.len() / 2);
    let mut text = TextWriter::default();
    let mut linked: Vec<String> = Vec::new();
    let mut part = 0;
    for token in tokens(html) {
        let mut url = None;
        let mut number = None;
        if let Token::Start { name, attributes } = &token {
            let key = match name.as_ref() {
                "a" => "href",
                "img" => "src",
                _ => "",
            };
            if let Some(written) = attribute(attributes, key) {
                url = Some(absolute(written, reading.page_url, reading.base_url));
                if let Destination::Internal { path, .. } =
                    resolve(written, reading.page_url, reading.base_url)
                    && name == "a"
                    && path != reading.page_url
                    && !linked.contains(&path)
                {
                    linked.push(path);
                }
            }
            if name == "h2" && reading.number_parts {
                part += 1;
                number = Some(format!("{part}. "));
            }
        }
        styled.token(&token, url.as_deref(), number.as_deref());
        text.token(&token, url.as_deref(), number.as_deref());
    }
    let (mut text, references) = text.finish();
    let mut html = styled.finish();
    // Kept until the editions are written, and by serve between rebuilds.
    crate::compact::string(&mut html);
    crate::compact::string(&mut text);
    Body {
        html,
        text,
        references,
        linked,
    }
}

/// `link`, written on the page at `page_url`, as an absolute address: a
/// path of the site after `base_url` (percent-encoded), another host's
/// address, `mailto:` and `tel:` as they are.
pub fn absolute(link: &str, page_url: &str, base_url: &str) -> String {
    match resolve(link, page_url, base_url) {
        Destination::Internal { path, fragment } => {
            let mut url = format!("{base_url}{}", encode_path(&path));
            if let Some(fragment) = fragment.filter(|f| !f.is_empty()) {
                url.push('#');
                url.push_str(&encode_path(&fragment));
            }
            url
        }
        Destination::Nothing => format!("{base_url}{}", encode_path(page_url)),
        Destination::Elsewhere => {
            let link = crate::urls::normalise(link);
            match link.strip_prefix("//") {
                Some(rest) => format!("https://{rest}"),
                None => link.into_owned(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_address_becomes_absolute() {
        let page = "/pl/newsletters/jesień/";
        let base = "https://e.org";
        for (written, expected) in [
            ("/briefings/a/", "https://e.org/briefings/a/"),
            ("../b/", "https://e.org/pl/newsletters/b/"),
            ("#part", "https://e.org/pl/newsletters/jesie%C5%84/#part"),
            ("", "https://e.org/pl/newsletters/jesie%C5%84/"),
            ("https://e.org/contact/", "https://e.org/contact/"),
            ("https://other.org/x?y=1", "https://other.org/x?y=1"),
            ("//other.org/x", "https://other.org/x"),
            ("mailto:a@e.org", "mailto:a@e.org"),
            ("tel:+441642130700", "tel:+441642130700"),
            ("/images/a b.png", "https://e.org/images/a%20b.png"),
        ] {
            assert_eq!(absolute(written, page, base), expected, "{written}");
        }
    }

    #[test]
    fn a_briefing_body_is_styled_numbered_and_linked() {
        let html = "<h2 id=\"background\">Background</h2>\n<p>See <a href=\"/reviews/child-d/\">the review</a>.</p>\n\
             <div class=\"table-wrap\" role=\"region\" tabindex=\"0\"><table><thead><tr><th class=\"align-start\">A</th></tr></thead>\
             <tbody><tr><td class=\"align-end\">1</td></tr></tbody></table></div>\n<p><img src=\"/i.png\" alt=\"A cot\"></p>";
        let body = read(
            html,
            Reading {
                page_url: "/briefings/safer-sleep/",
                base_url: "https://e.org",
                dir: Dir::Rtl,
                briefing: true,
                number_parts: true,
            },
        );
        assert!(
            body.html
                .starts_with("<h2 style=\"margin:28px 0 12px;padding-top:12px;border-top:4px solid"),
            "{}",
            body.html
        );
        assert!(body.html.contains(">1. Background</h2>"), "{}", body.html);
        assert!(body.html.contains("<a href=\"https://e.org/reviews/child-d/\" style=\"color:#1d5fa8;text-decoration:underline\">the review</a>"));
        assert!(
            !body.html.contains("table-wrap") && !body.html.contains("id=") && !body.html.contains("class=")
        );
        assert!(
            body.html.contains("text-align:left;vertical-align:top\">1</td>"),
            "right to left: the end is the left"
        );
        assert!(
            body.html
                .contains("<img alt=\"A cot\" src=\"https://e.org/i.png\" width=\"552\" style=")
        );
        assert_eq!(body.linked, ["/reviews/child-d/"]);
        assert_eq!(body.references, ["https://e.org/reviews/child-d/"]);
        assert!(
            body.text.starts_with("1. Background\n============="),
            "{}",
            body.text
        );
        assert!(body.text.contains("See the review [1]."));
        assert!(body.text.contains("- A: 1"));
        assert!(body.text.contains("[A cot]"));
    }
}
