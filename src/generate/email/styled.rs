//! A body's HTML as a mail program shows it reliably: each element with
//! its style inline ([`super::styles`]), every address absolute, images
//! with a width and their alt text, and nothing a mail program drops or
//! a reader's screen reader stumbles on (ids, classes, ARIA roles of the
//! site's scrolling table regions).

use super::styles::{self, Dir, IMAGE_WIDTH};

use crate::formats::html::{Token, attribute};
use crate::formats::xml::xml_escape_into;

/// Attributes that pass into the e-mail as they are.
const KEPT: [&str; 12] = [
    "alt", "title", "width", "height", "colspan", "rowspan", "scope", "lang", "dir", "start", "reversed",
    "abbr",
];

/// The style of an image without a width of its own: the column's width.
const FULL_WIDTH_IMAGE: &str = "display:block;width:100%;max-width:552px;height:auto;border:0";

/// Elements that never have an end tag.
const VOID: [&str; 6] = ["img", "br", "hr", "wbr", "col", "source"];

/// Writes the e-mail's HTML from body tokens.
#[derive(Debug)]
pub struct HtmlWriter {
    out: String,
    dir: Dir,
    briefing: bool,
    /// For each open `<div>`: whether it was left out (the site's
    /// scrolling wrapper around a table).
    divs: Vec<bool>,
}

impl HtmlWriter {
    /// A writer for a body in a language written `dir`; a briefing's h2
    /// parts are set apart.
    pub fn new(dir: Dir, briefing: bool, capacity: usize) -> HtmlWriter {
        HtmlWriter {
            out: String::with_capacity(capacity),
            dir,
            briefing,
            divs: Vec::new(),
        }
    }

    /// Writes one token; `url` is the absolute form of its `href` or
    /// `src`, and `number` text to put before a heading ("1. ").
    pub fn token(&mut self, token: &Token<'_>, url: Option<&str>, number: Option<&str>) {
        match token {
            Token::Text(text) => self.out.push_str(text),
            Token::End(name) => {
                if name == "div" && self.divs.pop().unwrap_or(false) {
                    return;
                }
                if !VOID.contains(&name.as_ref()) {
                    self.out.push_str("</");
                    self.out.push_str(name);
                    self.out.push('>');
                }
            }
            Token::Start { name, attributes } => {
                let class = attribute(attributes, "class").unwrap_or_default();
                if name == "div" {
                    let dropped = class.split(' ').any(|c| c == "table-wrap");
                    self.divs.push(dropped);
                    if dropped {
                        return;
                    }
                }
                self.out.push('<');
                self.out.push_str(name);
                for (key, value) in attributes {
                    if KEPT.contains(&key.as_ref()) {
                        self.attribute(key, value);
                    }
                }
                match (name.as_ref(), url) {
                    ("a", Some(url)) => self.attribute("href", url),
                    ("img", Some(url)) => self.attribute("src", url),
                    _ => {}
                }
                let mut style = styles::of(name, class, self.dir, self.briefing);
                if name == "img" {
                    if attribute(attributes, "alt").is_none() {
                        self.attribute("alt", "");
                    }
                    if attribute(attributes, "width").is_none() {
                        // Outlook on Windows reads the attribute; the
                        // others scale the image to the column.
                        self.attribute("width", &IMAGE_WIDTH.to_string());
                        style = Some(FULL_WIDTH_IMAGE);
                    }
                }
                // Boxes with a background of their own darken with the
                // rest in dark mode (see `styles::DARK_MODE`).
                let boxed = name == "pre" || (name == "div" && class.split(' ').any(|c| c == "alert"));
                if boxed {
                    self.attribute("class", "e-box");
                }
                if name == "table" {
                    // A data table keeps its meaning: no layout role.
                    self.attribute("width", "100%");
                }
                if let Some(style) = style {
                    self.attribute("style", style);
                }
                self.out.push('>');
                if let Some(number) = number {
                    xml_escape_into(&mut self.out, number);
                }
            }
        }
    }

    fn attribute(&mut self, key: &str, value: &str) {
        self.out.push(' ');
        self.out.push_str(key);
        self.out.push_str("=\"");
        xml_escape_into(&mut self.out, value);
        self.out.push('"');
    }

    /// The HTML written.
    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_full_width_image_is_as_wide_as_the_column_allows() {
        let width = format!("max-width:{}px", super::IMAGE_WIDTH);
        assert!(super::FULL_WIDTH_IMAGE.contains(&width));
    }
}
