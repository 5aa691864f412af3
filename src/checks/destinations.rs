//! Where a page's links and images lead, as far as a reader's safety and
//! privacy go: no link or image with a scheme other than `https:`,
//! `http:`, `mailto:` or `tel:` (a `javascript:` or `data:` address, however
//! it is spelt), and no image from another host, in Markdown or in raw HTML,
//! since the site promises that a page makes no request to any other host.
//!
//! Part of the checks of one document ([`super::document`]), on the body
//! as rendered; [`super::links`] checks where the site's own links lead.

use crate::content::Document;
use crate::error::Diagnostic;
use crate::markdown::Rendered;
use crate::urls::{is_other_host, is_safe_link, normalise, scheme};

/// Every unsafe link or image of `doc`, and every image from another host.
pub fn check(doc: &Document, body: &Rendered, base_url: &str) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let references = body
        .links
        .iter()
        .map(|r| (r, "link"))
        .chain(body.images.iter().map(|r| (r, "image")));
    for (reference, what) in references {
        if !is_safe_link(&reference.url) {
            let scheme = scheme(&normalise(&reference.url)).unwrap_or_default();
            found.push(
                body_error(
                    doc,
                    reference.span.clone(),
                    format!("this {what} has a `{scheme}:` address, which Lantern never puts on a page"),
                )
                .with_hint("link to a web address (https://…), a page of this site, mailto: or tel:"),
            );
        } else if what == "image" && is_other_host(&reference.url, base_url) {
            found.push(other_host(doc, Some(reference.span.clone()), &reference.url));
        }
    }
    if body.had_raw_html {
        for src in raw_image_sources(&body.html) {
            if is_other_host(&src, base_url) && !body.images.iter().any(|i| i.url.trim() == src) {
                let escaped = src.replace('&', "&amp;");
                let span = [src.as_str(), escaped.as_str()]
                    .into_iter()
                    .find_map(|written| doc.body().find(written).map(|at| at..at + written.len()));
                found.push(other_host(doc, span, &src));
            }
        }
    }
    found
}

fn other_host(doc: &Document, span: Option<std::ops::Range<usize>>, src: &str) -> Diagnostic {
    let message =
        format!("this image comes from another website ({src}), which would tell that site who is reading");
    let hint = "save the image in static/ and use its address on this site, such as /images/name.png";
    match span {
        Some(span) => body_error(doc, span, message).with_hint(hint),
        None => Diagnostic::error("links", &doc.file, message).with_hint(hint),
    }
}

/// An error at `span` of the body.
fn body_error(doc: &Document, span: std::ops::Range<usize>, message: String) -> Diagnostic {
    let span = span.start + doc.body_start..span.end + doc.body_start;
    Diagnostic::error("links", &doc.file, message).at(&doc.text, span)
}

/// The `src` of every `<img>` in sanitised HTML (attributes in double
/// quotes, as the sanitiser writes them), unescaped.
fn raw_image_sources(html: &str) -> Vec<String> {
    let mut sources = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("<img ") {
        rest = &rest[at + 5..];
        let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
        if let Some(start) = tag
            .find(" src=\"")
            .map(|i| i + 6)
            .or_else(|| tag.starts_with("src=\"").then_some(5))
        {
            let value = &tag[start..];
            let value = &value[..value.find('"').unwrap_or(value.len())];
            sources.push(value.replace("&amp;", "&"));
        }
    }
    sources
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::content::path;
    use crate::markdown::{AlertTitles, render};

    fn findings(body: &str) -> Vec<String> {
        let config = Config::parse("title = \"T\"\nbase_url = \"https://board.example.org\"\n").unwrap();
        let text = format!("+++\ntitle = \"X\"\n+++\n{body}");
        let doc = Document::parse("content/x.md", text, path::parse("x.md", &config).unwrap()).unwrap();
        let rendered = render(doc.body(), &AlertTitles::default());
        check(&doc, &rendered, &config.base_url)
            .into_iter()
            .map(|d| {
                let at = d
                    .location
                    .map(|l| format!("{}:{}", l.line, l.column))
                    .unwrap_or_default();
                format!("{at} {}", d.message)
            })
            .collect()
    }

    #[test]
    fn unsafe_schemes_are_errors_at_their_place_and_never_reach_the_page() {
        let body = "[a](javascript:alert(1)) [b]( JaVaScRiPt:x) ![c](data:image/png;base64,AA)\n[d](vbscript:x) [ok](https://e.org) [mail](mailto:a@b.org)\n";
        assert_eq!(
            findings(body),
            [
                "4:1 this link has a `javascript:` address, which Lantern never puts on a page",
                "4:26 this link has a `javascript:` address, which Lantern never puts on a page",
                "5:1 this link has a `vbscript:` address, which Lantern never puts on a page",
                "4:45 this image has a `data:` address, which Lantern never puts on a page",
            ]
        );
        let html = render(body, &AlertTitles::default()).html;
        let lower = html.to_ascii_lowercase();
        assert!(
            !lower.contains("javascript") && !lower.contains("data:") && !lower.contains("vbscript"),
            "{html}"
        );
    }

    #[test]
    fn images_from_other_hosts_are_errors_in_markdown_and_raw_html() {
        let body = "![Chart](https://cdn.example.com/chart.png)\n\n<p><img src=\"https://tracker.example.net/p.gif?a=1&amp;b=2\" alt=\"\"></p>\n\n![Own](https://board.example.org/a.png) ![Local](/a.png) <img src=\"/b.png\" alt=\"b\">\n";
        let found = findings(body);
        assert_eq!(found.len(), 2, "{found:#?}");
        assert!(
            found[0]
                .starts_with("4:1 this image comes from another website (https://cdn.example.com/chart.png)")
        );
        assert!(
            found[1].starts_with(
                "6:14 this image comes from another website (https://tracker.example.net/p.gif?a=1&b=2)"
            ),
            "{found:#?}"
        );
    }
}
