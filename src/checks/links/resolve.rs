//! Links as written → paths of the site: `../child-t/` on the page
//! `/pl/reviews/child-d/` is `/pl/reviews/child-t/`; the site's own
//! absolute address counts as internal; other hosts and schemes
//! (`mailto:`, `tel:`) are not checked. Pure, tested by table in
//! `super::tests`.

/// Where a link as written leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    /// Another site, or a scheme the build does not write (`mailto:`, `tel:`…).
    Elsewhere,
    /// A path of this site, from its root, percent-decoded, without query;
    /// and the fragment, if any.
    Internal {
        /// "/reviews/child-d/".
        path: String,
        /// "what-happened", without the `#`.
        fragment: Option<String>,
    },
    /// The link has no address at all: `[text]()`.
    Nothing,
}

/// Resolves `dest` (as written in a page whose URL is `page_url`) against
/// the site whose public address is `base_url`.
pub fn resolve(dest: &str, page_url: &str, base_url: &str) -> Destination {
    let dest = dest.trim();
    if dest.is_empty() {
        return Destination::Nothing;
    }
    let local = match strip_base(dest, base_url) {
        Some(local) => local,
        None if dest.starts_with("//") || crate::urls::scheme(dest).is_some() => {
            return Destination::Elsewhere;
        }
        None => dest,
    };
    let (before_fragment, fragment) = match local.split_once('#') {
        Some((before, fragment)) => (before, Some(percent_decode(fragment))),
        None => (local, None),
    };
    let without_query = before_fragment.split('?').next().unwrap_or_default();
    let joined = if without_query.is_empty() {
        page_url.to_owned()
    } else if without_query.starts_with('/') {
        without_query.to_owned()
    } else {
        let folder = page_url.rfind('/').map_or("/", |i| &page_url[..=i]);
        format!("{folder}{without_query}")
    };
    Destination::Internal {
        path: normalise(&percent_decode(&joined)),
        fragment,
    }
}

/// `dest` without the site's own address, when it starts with it.
fn strip_base<'a>(dest: &'a str, base_url: &str) -> Option<&'a str> {
    if base_url.is_empty() {
        return None;
    }
    let rest = dest.strip_prefix(base_url)?;
    if rest.is_empty() {
        Some("/")
    } else if rest.starts_with(['/', '#', '?']) {
        Some(rest)
    } else {
        None
    }
}

/// Removes `.` and `..` segments (never above the root) and doubled slashes.
pub(super) fn normalise(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').collect();
    for (i, segment) in segments.iter().enumerate() {
        let last = i + 1 == segments.len();
        match *segment {
            "." | "" if !last => {}
            ".." => {
                parts.pop();
                if last {
                    parts.push("");
                }
            }
            "." => parts.push(""),
            s => parts.push(s),
        }
    }
    let mut out = String::with_capacity(path.len() + 1);
    for part in &parts {
        out.push('/');
        out.push_str(part);
    }
    if out.is_empty() { "/".to_owned() } else { out }
}

/// Decodes `%XX` escapes (leaving malformed ones as written, and the whole
/// text as written when the bytes it spells are not UTF-8).
pub(super) fn percent_decode(text: &str) -> String {
    match percent_encoding::percent_decode_str(text).decode_utf8() {
        Ok(decoded) => decoded.into_owned(),
        Err(_) => text.to_owned(),
    }
}
