//! Outputs that do not come from one content file: static files, the 404
//! page, `robots.txt`, the sitemap, the recommendations tracker
//! ([`tracker`]), theme pages ([`themes`]), Atom feeds ([`feeds`]), the
//! contact card and schema.org data ([`contact`]) and training calendars
//! ([`calendar`]).
//!
//! Runs beside [`crate::render::pages`], into the same sink. Every address
//! written here is listed in [`crate::addresses`], which checks before a
//! build writes anything that no page or static file takes one.

pub mod calendar;
pub mod contact;
pub mod feeds;
pub mod lines;
pub mod page;
pub mod sitemap;
pub mod themes;
pub mod tracker;

use crate::error::{Diagnostic, Error};
use crate::render::{Sink, Templates, base_context};
use crate::site::Site;
use crate::theme::Theme;

/// Everything a generator needs.
pub struct Inputs<'a> {
    /// The assembled site.
    pub site: &'a Site,
    /// Interface text.
    pub locales: &'a crate::i18n::Locales,
    /// Templates.
    pub templates: &'a Templates,
    /// The `site` context values, by language and navigation state.
    pub site_views: &'a crate::render::SiteViews,
}

/// Every generated file and the static files, into `sink`. Their
/// addresses were checked against the pages' and each other's before the
/// build began writing ([`crate::addresses::collisions`]).
pub fn all(theme: &Theme, inputs: &Inputs<'_>, sink: &dyn Sink) -> Result<Vec<Diagnostic>, Error> {
    let site = inputs.site;
    let mut diagnostics = fixed_pages(inputs, sink)?;
    diagnostics.extend(tracker::write(inputs, sink)?);
    diagnostics.extend(themes::write(inputs, sink)?);
    diagnostics.extend(contact::write(inputs, sink)?);
    diagnostics.extend(calendar::write(inputs, sink)?);
    feeds::write(inputs, sink)?;
    for (path, text) in sitemap::render(site, &sitemap_extra(site), sitemap::MAX_URLS) {
        sink.put(&path, text.as_bytes())?;
    }
    static_files(theme, sink)?;
    Ok(diagnostics)
}

/// The pages Lantern makes that the sitemap lists besides content pages:
/// the tracker, theme pages and contact pages it makes.
pub fn sitemap_extra(site: &Site) -> Vec<sitemap::Entry> {
    let mut extra = tracker::sitemap_entries(site);
    extra.extend(themes::sitemap_entries(site));
    extra.extend(contact::sitemap_entries(site));
    extra
}

/// Copies the theme's and site's static files.
pub fn static_files(theme: &Theme, sink: &dyn Sink) -> Result<(), Error> {
    for (path, file) in &theme.static_files {
        sink.put(path, &file.bytes)?;
    }
    Ok(())
}

/// Where the stylesheet that tells print the site's address is written.
pub const SITE_ADDRESS_PATH: &str = "site-address.css";

/// `:root { --site-address: "https://example.org"; }`: printed pages put it
/// before the addresses of the site's own pages, so a printed link can be
/// typed in. A CSS string, with `"`, `\` and line breaks escaped.
fn site_address_css(base_url: &str) -> String {
    let mut quoted = String::with_capacity(base_url.len() + 2);
    for c in base_url.chars() {
        match c {
            '"' | '\\' => {
                quoted.push('\\');
                quoted.push(c);
            }
            '\n' | '\r' | '\u{c}' => quoted.push_str("\\a "),
            '<' => quoted.push_str("\\3c "),
            c => quoted.push(c),
        }
    }
    format!(":root {{ --site-address: \"{quoted}\"; }}\n")
}

/// `404.html` in the default language, `robots.txt`, and the stylesheet
/// with the site's address for print.
pub fn fixed_pages(inputs: &Inputs<'_>, sink: &dyn Sink) -> Result<Vec<Diagnostic>, Error> {
    let site = inputs.site;
    let lang = &site.config.default_language;
    let nav_current = crate::render::context::nav_current(site, lang, "/404.html");
    let mut context = base_context(inputs.site_views, lang, &nav_current);
    let title = inputs.locales.message(lang, "not-found-title", None);
    context.insert(
        "page",
        &serde_json::json!({
            "title": title,
            "url": "/404.html",
            "translations": [],
            "breadcrumbs": [],
            "nav_current": nav_current,
        }),
    );
    let mut diagnostics = Vec::new();
    match inputs.templates.render(lang, "404.html", &context) {
        Ok(html) => {
            let origin = inputs.templates.origin("404.html");
            diagnostics.extend(
                inputs
                    .site_views
                    .links()
                    .check_page(&html, "/404.html", lang, &origin),
            );
            sink.put("404.html", &html)?;
        }
        Err(d) => diagnostics.push(d),
    }
    let robots = format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}/sitemap.xml\n",
        site.config.base_url
    );
    sink.put("robots.txt", robots.as_bytes())?;
    sink.put(
        SITE_ADDRESS_PATH,
        site_address_css(&site.config.base_url).as_bytes(),
    )?;
    Ok(diagnostics)
}

/// Escapes text for XML content and attributes.
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    xml_escape_into(&mut out, text);
    out
}

/// [`xml_escape`], appended to `out`.
pub fn xml_escape_into(out: &mut String, text: &str) {
    let _ = for_each_xml_piece(text, |piece| {
        out.push_str(piece);
        Ok::<(), std::convert::Infallible>(())
    });
}

/// [`xml_escape`], written straight into `out` (the shape Tera's escape
/// function has).
pub fn xml_escape_to(text: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    for_each_xml_piece(text, |piece| out.write_all(piece.as_bytes()))
}

/// Whether `text` is the same escaped as not: it holds none of the bytes
/// [`xml_escape`] replaces or drops.
pub fn is_xml_plain(text: &str) -> bool {
    next_xml_special(text.as_bytes()).is_none()
}

/// The position of the first byte of `bytes` that [`XML_SPECIAL`] marks.
///
/// Looks at eight bytes at a time first, with word arithmetic: a chunk
/// that has no byte below a space and none of `"`, `&`, `'`, `<` and `>` is
/// skipped whole. Only a chunk that may hold one is looked at byte by byte.
fn next_xml_special(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    // The high bit of each byte that is below `n` (n <= 0x80), and perhaps
    // of bytes above such a byte, never of others: zero exactly when no byte
    // is below `n`.
    let below = |word: u64, n: u8| word.wrapping_sub(ONES * u64::from(n)) & !word & HIGHS;
    let special = |b: &u8| XML_SPECIAL[usize::from(*b)];
    let chunks = bytes.chunks_exact(8);
    let tail = chunks.remainder();
    for (k, chunk) in chunks.enumerate() {
        let word = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or_default());
        // Setting one low bit makes `&` (0x26) and `'` (0x27) both 0x27,
        // and setting the next makes `<` (0x3C) and `>` (0x3E) both 0x3E,
        // with no other byte joining them.
        let maybe = below(word, 0x20)
            | below(word ^ (ONES * 0x22), 1)
            | below((word | ONES) ^ (ONES * 0x27), 1)
            | below((word | (ONES * 2)) ^ (ONES * 0x3E), 1);
        if maybe != 0
            && let Some(p) = chunk.iter().position(special)
        {
            return Some(k * 8 + p);
        }
    }
    tail.iter()
        .position(special)
        .map(|p| bytes.len() - tail.len() + p)
}

/// Which bytes XML text cannot hold as they are: the markup characters,
/// and the control characters XML 1.0 forbids (all below a space but tab,
/// line feed and carriage return). A table, so that the plain runs between
/// them, nearly all of any text, are skipped at a lookup a byte.
const XML_SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 0x20 {
        table[byte] = !matches!(byte as u8, b'\t' | b'\n' | b'\r');
        byte += 1;
    }
    table[b'&' as usize] = true;
    table[b'<' as usize] = true;
    table[b'>' as usize] = true;
    table[b'"' as usize] = true;
    table[b'\'' as usize] = true;
    table
};

/// What a byte marked in [`XML_SPECIAL`] becomes: its entity, or nothing
/// for a forbidden control character.
fn xml_replacement(byte: u8) -> &'static str {
    match byte {
        b'&' => "&amp;",
        b'<' => "&lt;",
        b'>' => "&gt;",
        b'"' => "&quot;",
        b'\'' => "&apos;",
        _ => "",
    }
}

/// Hands `piece` the escaped form of `text` in order: runs of the text
/// itself and replacements, none empty.
fn for_each_xml_piece<E>(text: &str, mut piece: impl FnMut(&str) -> Result<(), E>) -> Result<(), E> {
    let mut rest = text;
    while let Some(at) = next_xml_special(rest.as_bytes()) {
        // The special bytes are ASCII, so both cuts fall between characters.
        let (plain, special) = rest.split_at(at);
        if !plain.is_empty() {
            piece(plain)?;
        }
        let replacement = xml_replacement(special.as_bytes()[0]);
        if !replacement.is_empty() {
            piece(replacement)?;
        }
        rest = &special[1..];
    }
    if rest.is_empty() { Ok(()) } else { piece(rest) }
}

/// A file size in words for link text: "1 KB", "12 KB" (rounded up, so a
/// reader is never surprised by a larger download).
pub fn kilobytes(bytes: usize) -> String {
    format!("{} KB", bytes.div_ceil(1024).max(1))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_site_address_is_a_css_string() {
        assert_eq!(
            super::site_address_css("https://example.org"),
            ":root { --site-address: \"https://example.org\"; }\n"
        );
        assert_eq!(
            super::site_address_css("https://e.org/\"x\\</style>"),
            ":root { --site-address: \"https://e.org/\\\"x\\\\\\3c /style>\"; }\n"
        );
    }

    use super::*;

    #[test]
    fn xml_escape_replaces_markup_and_drops_forbidden_control_characters() {
        assert_eq!(xml_escape(""), "");
        assert_eq!(xml_escape("plain text"), "plain text");
        assert_eq!(
            xml_escape(r#"<a href="x">Tom & Jerry's</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;"
        );
        assert_eq!(xml_escape("&&"), "&amp;&amp;");
        assert_eq!(xml_escape("a\u{0}b\u{1b}c\u{1f}"), "abc");
        assert_eq!(xml_escape("tab\tline\nreturn\r"), "tab\tline\nreturn\r");
        assert_eq!(xml_escape("Gdańsk – اردو <3"), "Gdańsk – اردو &lt;3");
    }

    /// Every byte value, at every position of texts of up to 20 bytes, among
    /// plain bytes and bytes that are close to the special ones: the
    /// eight-at-a-time search finds the first special byte, as a
    /// byte-by-byte one does.
    #[test]
    fn the_special_byte_search_finds_the_first_one_wherever_it_is() {
        let bytewise = |b: &[u8]| b.iter().position(|&c| XML_SPECIAL[usize::from(c)]);
        let fillers = [
            b'a', b' ', b'\t', b'\n', b'!', b'#', b'%', b'(', b'=', b'?', b'0', 0x7F, 0x80, 0xFF,
        ];
        for len in 0..=20 {
            for filler in fillers {
                let mut text = vec![filler; len];
                assert_eq!(next_xml_special(&text), bytewise(&text), "{filler} x {len}");
                for at in 0..len {
                    for byte in 0..=255u8 {
                        text[at] = byte;
                        assert_eq!(
                            next_xml_special(&text),
                            bytewise(&text),
                            "{byte} at {at} in {filler} x {len}"
                        );
                        // A second special byte later must not be found first.
                        if at + 1 < len {
                            text[len - 1] = b'<';
                            assert_eq!(next_xml_special(&text), bytewise(&text), "{byte} at {at}, < last");
                            text[len - 1] = filler;
                        }
                    }
                    text[at] = filler;
                }
            }
        }
    }

    #[test]
    fn xml_escape_to_writes_what_xml_escape_returns() {
        for text in [
            "",
            "x",
            "<",
            "a<b",
            "<<>>",
            "\u{7}",
            "é&é",
            "ends with &",
            "& starts",
            "ok\u{0}",
        ] {
            let mut out = Vec::new();
            xml_escape_to(text, &mut out).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), xml_escape(text), "{text:?}");
        }
    }

    #[test]
    fn sizes_round_up_to_whole_kilobytes() {
        assert_eq!(kilobytes(0), "1 KB");
        assert_eq!(kilobytes(1024), "1 KB");
        assert_eq!(kilobytes(1025), "2 KB");
    }
}
