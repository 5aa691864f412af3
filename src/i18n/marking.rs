//! Marking text shown in another language than the page's: its own `lang`,
//! and where its direction differs, its own `dir` (an element with `dir` is
//! isolated from the text around it, so the bidirectional algorithm cannot
//! carry English words into a right-to-left sentence or the other way).
//!
//! Used by the templates' `t` filter (an untranslated message) and
//! `lang_attrs` filter (a fallback title, the site's name, a board's own
//! text in `site.toml`).

use super::direction;

/// ` lang="…"` and, where the direction differs from `page_lang`'s,
/// ` dir="…"` for text in `text_lang`; nothing when the languages are the
/// same.
pub fn lang_attrs(text_lang: &str, page_lang: &str) -> String {
    if text_lang == page_lang || text_lang.is_empty() {
        return String::new();
    }
    let mut out = String::with_capacity(24);
    out.push_str(" lang=\"");
    pulldown_cmark_escape::escape_html(&mut out, text_lang).ok();
    out.push('"');
    let dir = direction(text_lang);
    if dir != direction(page_lang) {
        out.push_str(" dir=\"");
        out.push_str(dir);
        out.push('"');
    }
    out
}

/// `text`, escaped, in a `<span>` marked as `text_lang` on a `page_lang`
/// page; escaped alone when the languages are the same.
pub fn span(text: &str, text_lang: &str, page_lang: &str) -> String {
    span_html(&escape(text), text_lang, page_lang)
}

/// `text` escaped for HTML, between tags or in an attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    pulldown_cmark_escape::escape_html(&mut out, text).ok();
    out
}

/// [`span`] for `html` that is already HTML.
pub fn span_html(html: &str, text_lang: &str, page_lang: &str) -> String {
    let attrs = lang_attrs(text_lang, page_lang);
    if attrs.is_empty() {
        return html.to_owned();
    }
    let mut out = String::with_capacity(html.len() + attrs.len() + 13);
    out.push_str("<span");
    out.push_str(&attrs);
    out.push('>');
    out.push_str(html);
    out.push_str("</span>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_in_another_language_says_which_and_which_way() {
        assert_eq!(
            span("Leave this site", "en-GB", "ar"),
            r#"<span lang="en-GB" dir="ltr">Leave this site</span>"#
        );
        assert_eq!(
            span("Tom & Jerry", "en-GB", "pl"),
            r#"<span lang="en-GB">Tom &amp; Jerry</span>"#
        );
        assert_eq!(span("Przejdź", "pl", "pl"), "Przejdź");
        assert_eq!(lang_attrs("ur", "en-GB"), r#" lang="ur" dir="rtl""#);
        assert_eq!(lang_attrs("ar", "ur"), r#" lang="ar""#);
        assert_eq!(lang_attrs("ar", "ar"), "");
    }
}
