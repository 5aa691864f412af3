//! Addresses an author writes (in `site.toml`, front matter and Markdown),
//! read the way a browser reads them, so that a check cannot be fooled by
//! spelling: the WHATWG URL parser drops leading and trailing control
//! characters and spaces, and tabs and newlines anywhere, and schemes are
//! case-insensitive, so ` JaVa\tScript:alert(1)` is a `javascript:` URL.
//!
//! Only `https:`, `http:`, `mailto:` and `tel:` addresses, and addresses
//! within the site, ever reach a page; a phone number becomes a `tel:`
//! address by [`tel_uri`]. Pure functions, tested by table.

use std::borrow::Cow;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

/// Which addresses a value may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Allowed {
    /// Only `https://host…` (where "Leave this site" goes).
    Https,
    /// `https:` or `http:` with a host (the site's own address).
    Web,
    /// `https:`, `http:`, `mailto:`, `tel:`, a bare e-mail address, or an
    /// address within the site starting with `/` (a booking link).
    Link,
}

/// The schemes a link on a page may have.
pub const SAFE_SCHEMES: [&str; 4] = ["https", "http", "mailto", "tel"];

/// `value` as a browser's URL parser first sees it: without leading and
/// trailing C0 controls and spaces, and without tabs and newlines.
pub fn normalise(value: &str) -> Cow<'_, str> {
    let trimmed = value.trim_matches(|c: char| c <= ' ');
    if trimmed.contains(['\t', '\n', '\r']) {
        Cow::Owned(
            trimmed
                .chars()
                .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
                .collect(),
        )
    } else {
        Cow::Borrowed(trimmed)
    }
}

/// The scheme of a normalised address, lower-cased, if it has one
/// (`javascript` for `JavaScript:x`); `None` for a relative address.
pub fn scheme(normalised: &str) -> Option<String> {
    let colon = normalised.find(':')?;
    let candidate = &normalised[..colon];
    let mut chars = candidate.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic() && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
        .then(|| candidate.to_ascii_lowercase())
}

/// Whether a link or image address written in Markdown is safe to put on
/// a page: relative, or with one of [`SAFE_SCHEMES`].
pub fn is_safe_link(dest: &str) -> bool {
    scheme(&normalise(dest)).is_none_or(|s| SAFE_SCHEMES.contains(&s.as_str()))
}

/// Whether `dest` (normalised) leads to another host: `https://…`,
/// `http://…` or `//…` that does not start with the site's `base_url`.
pub fn is_other_host(dest: &str, base_url: &str) -> bool {
    let dest = normalise(dest);
    let lower = dest.to_ascii_lowercase();
    let absolute = lower.starts_with("//")
        || lower.starts_with("\\\\")
        || lower.starts_with("/\\")
        || matches!(scheme(&dest).as_deref(), Some("http" | "https"));
    let own = !base_url.is_empty() && lower.starts_with(&format!("{}/", base_url.to_ascii_lowercase()));
    absolute && !own
}

/// Checks a URL value against what it may hold; returns the normalised
/// value, or why it is refused and how to write it.
pub fn check(value: &str, allowed: Allowed) -> Result<String, (String, String)> {
    let normal = normalise(value);
    let shown = value.trim();
    let scheme = scheme(&normal);
    let has_host = |s: &str| {
        let rest = s.split_once("://").map(|(_, rest)| rest).unwrap_or_default();
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        !host.is_empty() && !host.contains('\\')
    };
    let web_hint = "write a web address that starts with https://, such as \"https://www.bbc.co.uk/weather\"";
    match (allowed, scheme.as_deref()) {
        (Allowed::Https, Some("https")) if has_host(&normal) => Ok(normal.into_owned()),
        (Allowed::Https, _) => Err((
            format!("`{shown}` is not a secure web address (it must start with https://)"),
            web_hint.to_owned(),
        )),
        (Allowed::Web, Some("https" | "http")) if has_host(&normal) => Ok(normal.into_owned()),
        (Allowed::Web, _) => Err((format!("`{shown}` is not a web address"), web_hint.to_owned())),
        (Allowed::Link, Some("https" | "http")) if has_host(&normal) => Ok(normal.into_owned()),
        (Allowed::Link, Some("mailto" | "tel")) => Ok(normal.into_owned()),
        (Allowed::Link, None) if is_email(&normal) => Ok(normal.into_owned()),
        (Allowed::Link, None)
            if normal.starts_with('/') && !normal.starts_with("//") && !normal.starts_with("/\\") =>
        {
            Ok(normal.into_owned())
        }
        (Allowed::Link, Some(other)) if !matches!(other, "https" | "http") => Err((
            format!("`{shown}` is a `{other}:` address, which Lantern never puts on a page"),
            "use a web address (https://…), an e-mail address, mailto: or tel:".to_owned(),
        )),
        (Allowed::Link, _) => Err((
            format!("`{shown}` is not a web address, an e-mail address or a page of this site"),
            "write the whole address, starting with https://, an e-mail address, or a page of this site starting with /"
                .to_owned(),
        )),
    }
}

/// Whether `value` is written like an e-mail address (`name@host`, no
/// spaces, no slash).
fn is_email(value: &str) -> bool {
    match value.split_once('@') {
        Some((name, host)) => {
            !name.is_empty()
                && host.contains('.')
                && !value.contains(|c: char| c.is_whitespace() || matches!(c, '/' | '\\' | '<' | '>' | '"'))
        }
        None => false,
    }
}

/// A phone number as a `tel:` URI in international form: a UK number
/// starting 0 becomes +44; "00" becomes "+"; short numbers (999, 111) stay.
pub fn tel_uri(phone: &str) -> String {
    // "+44 (0)1642 …": the bracketed 0 is dialled only from inside the UK.
    let digits: String = phone
        .replace("(0)", "")
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    let number = if phone.trim_start().starts_with('+') {
        format!("+{digits}")
    } else if let Some(rest) = digits.strip_prefix("00") {
        format!("+{rest}")
    } else if let Some(rest) = digits.strip_prefix('0') {
        format!("+44{rest}")
    } else {
        digits
    };
    format!("tel:{number}")
}

/// What a path cannot hold as it is: besides controls, spaces and every
/// byte outside ASCII, the characters RFC 3986 does not allow in a path,
/// and `%`, `?` and `#`, which would be read as an escape, a query or a
/// fragment.
const NOT_IN_PATH: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// A site path as a URI path: "/pl/żółw/" → "/pl/%C5%BC%C3%B3%C5%82w/"
/// (borrowed as it is when nothing needs encoding, as for most paths).
pub fn encode_path(path: &str) -> Cow<'_, str> {
    Cow::from(utf8_percent_encode(path, NOT_IN_PATH))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_outside_ascii_and_reserved_characters_are_percent_encoded() {
        for (path, uri) in [
            ("/reviews/child-d/", "/reviews/child-d/"),
            ("/pl/żółw/", "/pl/%C5%BC%C3%B3%C5%82w/"),
            ("/ur/ملاقات/", "/ur/%D9%85%D9%84%D8%A7%D9%82%D8%A7%D8%AA/"),
            ("/a b/100%?#x/", "/a%20b/100%25%3F%23x/"),
            ("/a,b;c(d)~e/", "/a,b;c(d)~e/"),
        ] {
            assert_eq!(encode_path(path), uri, "{path}");
        }
    }

    #[test]
    fn phone_numbers_become_international_tel_uris() {
        for (phone, uri) in [
            ("01642 304520", "tel:+441642304520"),
            ("+44 (0)1642 304520", "tel:+441642304520"),
            ("0044 1642 304520", "tel:+441642304520"),
            ("999", "tel:999"),
        ] {
            assert_eq!(tel_uri(phone), uri, "{phone}");
        }
    }

    #[test]
    fn values_are_read_as_a_browser_reads_them() {
        for (value, allowed, ok) in [
            ("https://www.bbc.co.uk/weather", Allowed::Https, true),
            ("  https://www.bbc.co.uk/weather\n", Allowed::Https, true),
            ("HTTPS://example.org", Allowed::Https, true),
            ("http://example.org", Allowed::Https, false),
            ("javascript:alert(1)", Allowed::Https, false),
            (" JaVa\tScRiPt:alert(1)", Allowed::Https, false),
            ("https:", Allowed::Https, false),
            ("https:///path", Allowed::Https, false),
            ("data:text/html,<script>x</script>", Allowed::Https, false),
            ("//evil.example", Allowed::Https, false),
            ("https://e.org", Allowed::Web, true),
            ("http://e.org", Allowed::Web, true),
            ("ftp://e.org", Allowed::Web, false),
            ("https://book.example.org/session", Allowed::Link, true),
            ("mailto:training@board.org", Allowed::Link, true),
            ("tel:01642 130700", Allowed::Link, true),
            ("training@board.org", Allowed::Link, true),
            ("/contact/", Allowed::Link, true),
            ("\u{0}\u{1f} javascript:alert(1)", Allowed::Link, false),
            ("java\nscript:alert(1)", Allowed::Link, false),
            ("vbscript:msgbox", Allowed::Link, false),
            ("data:text/html,hi", Allowed::Link, false),
            ("file:///etc/passwd", Allowed::Link, false),
            ("//evil.example/x", Allowed::Link, false),
            ("/\\evil.example/x", Allowed::Link, false),
            ("www.example.org/book", Allowed::Link, false),
            ("Book at training@board.org", Allowed::Link, false),
        ] {
            assert_eq!(check(value, allowed).is_ok(), ok, "{value:?} as {allowed:?}");
        }
        assert_eq!(
            check(" https://e.org/a\tb ", Allowed::Https).unwrap(),
            "https://e.org/ab"
        );
        assert_eq!(
            check("JavaScript:alert(1)", Allowed::Link).unwrap_err().0,
            "`JavaScript:alert(1)` is a `javascript:` address, which Lantern never puts on a page"
        );
    }

    #[test]
    fn links_and_hosts() {
        for (dest, safe) in [
            ("/a/", true),
            ("../b.md", true),
            ("#part", true),
            ("https://e.org", true),
            ("mailto:a@b.org", true),
            ("javascript:alert(1)", false),
            ("  JAVASCRIPT:x", false),
            ("data:image/png;base64,AA", false),
            ("vbscript:x", false),
        ] {
            assert_eq!(is_safe_link(dest), safe, "{dest}");
        }
        let base = "https://board.example.org";
        for (dest, other) in [
            ("https://cdn.example.com/a.png", true),
            ("//cdn.example.com/a.png", true),
            ("HTTP://cdn.example.com/a.png", true),
            ("https://board.example.org/images/a.png", false),
            ("/images/a.png", false),
            ("images/a.png", false),
        ] {
            assert_eq!(is_other_host(dest, base), other, "{dest}");
        }
    }
}
