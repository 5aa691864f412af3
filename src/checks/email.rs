//! The e-mail edition's HTML, checked as mail programs and their readers
//! need it: no script and no event handler (mail programs strip them, and
//! a message that carries them is taken for spam), no form, no stylesheet
//! from elsewhere (`<link rel="stylesheet">`, `@import`: never fetched,
//! and a request that tells the sender who opened the message), no
//! relative address (it leads nowhere from a mailbox), and no image
//! without alt text (many programs show no images until asked).
//!
//! Run by the e-mail edition generator on every edition it writes; its
//! text and links share the page's source, which the checks of one
//! document and the links check have read already.

use crate::error::Diagnostic;
use crate::formats::html::{Token, attribute, tokens};

/// The name findings are reported under.
pub const CHECK: &str = "email";

/// Elements that run code or embed another document.
const SCRIPTED: [&str; 5] = ["script", "iframe", "object", "embed", "applet"];
/// Elements of a form.
const FORM: [&str; 5] = ["form", "input", "button", "select", "textarea"];
/// Attributes that hold an address.
const ADDRESSES: [&str; 6] = ["href", "src", "action", "formaction", "background", "poster"];

/// What is wrong with the e-mail HTML `html`, in words, each once.
pub fn problems(html: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut in_style = false;
    for token in tokens(html) {
        match token {
            Token::Start { name, attributes } => {
                in_style = name == "style";
                if SCRIPTED.contains(&name.as_ref()) {
                    found.push(format!("it has a <{name}> element"));
                }
                if FORM.contains(&name.as_ref()) {
                    found.push(format!("it has a form (<{name}>)"));
                }
                let rel = attribute(&attributes, "rel").unwrap_or_default();
                if name == "link"
                    && rel
                        .split_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("stylesheet"))
                {
                    found.push("it links an external stylesheet".to_owned());
                }
                if name == "img" && attribute(&attributes, "alt").is_none_or(|a| a.trim().is_empty()) {
                    let src = attribute(&attributes, "src").unwrap_or_default();
                    found.push(format!("the image {src} has no alt text"));
                }
                for (key, value) in &attributes {
                    if key.starts_with("on") {
                        found.push(format!("<{name}> has a script in `{key}`"));
                    }
                    if ADDRESSES.contains(&key.as_ref()) && !is_absolute(value) {
                        found.push(format!("<{name} {key}=\"{value}\"> is not an absolute address"));
                    }
                }
            }
            Token::Text(text) if in_style => {
                if text.to_ascii_lowercase().contains("@import") {
                    found.push("its stylesheet imports another (`@import`)".to_owned());
                }
                if text.contains("url(") {
                    found.push("its stylesheet loads a file (`url(…)`)".to_owned());
                }
            }
            Token::End(name) if name == "style" => in_style = false,
            _ => {}
        }
    }
    let mut seen = std::collections::HashSet::new();
    found.retain(|f| seen.insert(f.clone()));
    found
}

/// Whether `address` leads somewhere from a mailbox: `https:`, `http:`,
/// `mailto:` or `tel:`.
fn is_absolute(address: &str) -> bool {
    let address = crate::urls::normalise(address);
    match crate::urls::scheme(&address).as_deref() {
        Some("https" | "http") => address.contains("://"),
        Some("mailto" | "tel") => true,
        _ => false,
    }
}

/// An error for each problem of the edition `edition` ("/a/email.html")
/// made from `file`.
pub fn check(html: &str, file: &str, edition: &str) -> Vec<Diagnostic> {
    problems(html)
        .into_iter()
        .map(|problem| {
            Diagnostic::error(CHECK, file, format!("the e-mail edition {edition} cannot be sent: {problem}"))
                .with_hint("mail programs show only plain, absolute, script-free HTML: change what the page's body or the theme adds")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clean_edition_has_no_problem() {
        let html = "<!DOCTYPE html><html><head><style>@media (prefers-color-scheme: dark) { .a { color: #fff; } }</style></head>\
                    <body><a href=\"https://e.org/\">a</a><a href=\"mailto:a@e.org\">m</a><a href=\"tel:999\">999</a>\
                    <img src=\"https://e.org/i.png\" alt=\"A cot\" width=\"552\"></body></html>";
        assert_eq!(problems(html), Vec::<String>::new());
    }

    #[test]
    fn scripts_forms_stylesheets_relative_addresses_and_images_without_alt_are_found() {
        let html = "<script>x()</script><form action=\"https://e.org/\"><input></form>\
                    <link rel=\"Stylesheet\" href=\"https://e.org/a.css\"><style>@IMPORT url(a.css);</style>\
                    <a href=\"/contact/\" onclick=\"x()\">c</a><a href=\"javascript:x()\">j</a><a href=\"//e.org/\">p</a>\
                    <img src=\"https://e.org/i.png\"><img src=\"https://e.org/j.png\" alt=\" \">";
        assert_eq!(
            problems(html),
            [
                "it has a <script> element",
                "it has a form (<form>)",
                "it has a form (<input>)",
                "it links an external stylesheet",
                "its stylesheet imports another (`@import`)",
                "its stylesheet loads a file (`url(…)`)",
                "<a href=\"/contact/\"> is not an absolute address",
                "<a> has a script in `onclick`",
                "<a href=\"javascript:x()\"> is not an absolute address",
                "<a href=\"//e.org/\"> is not an absolute address",
                "the image https://e.org/i.png has no alt text",
                "the image https://e.org/j.png has no alt text",
            ]
        );
    }

    #[test]
    fn findings_name_the_file_and_the_edition() {
        let found = check(
            "<script></script>",
            "content/briefings/a.md",
            "/briefings/a/email.html",
        );
        assert_eq!(found[0].file, "content/briefings/a.md");
        assert_eq!(
            found[0].message,
            "the e-mail edition /briefings/a/email.html cannot be sent: it has a <script> element"
        );
    }
}
