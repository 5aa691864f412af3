//! The sitemap read with an XML parser (`roxmltree`) as a search engine
//! reads it (sitemaps.org protocol 0.9, with `xhtml:link` alternates), and
//! every Atom feed of the fixture sites read with `feed-rs`.

use std::collections::BTreeMap;

use crate::support::SiteTest;

const SITEMAP: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML: &str = "http://www.w3.org/1999/xhtml";

/// Each `<url>`: its `<loc>` and its alternates (hreflang → href).
type Urls = BTreeMap<String, BTreeMap<String, String>>;

fn child_text<'a>(node: roxmltree::Node<'a, 'a>, name: &str) -> Option<&'a str> {
    node.children()
        .find(|c| c.has_tag_name((SITEMAP, name)))
        .and_then(|c| c.text())
}

/// The URLs of a `<urlset>`, checking each `<loc>` is an absolute URL
/// made only of the characters a URL may hold (non-ASCII percent-encoded).
fn read_urlset(text: &str) -> Urls {
    let doc = roxmltree::Document::parse(text).unwrap_or_else(|e| panic!("{e}: {text}"));
    let root = doc.root_element();
    assert!(root.has_tag_name((SITEMAP, "urlset")), "{text}");
    let mut urls = Urls::new();
    for url in root.children().filter(|n| n.has_tag_name((SITEMAP, "url"))) {
        let loc = child_text(url, "loc").expect("a <loc>").to_owned();
        assert_uri(&loc);
        let mut alternates = BTreeMap::new();
        for link in url.children().filter(|n| n.has_tag_name((XHTML, "link"))) {
            assert_eq!(link.attribute("rel"), Some("alternate"));
            let href = link.attribute("href").expect("href").to_owned();
            assert_uri(&href);
            alternates.insert(link.attribute("hreflang").expect("hreflang").to_owned(), href);
        }
        assert!(urls.insert(loc.clone(), alternates).is_none(), "{loc} twice");
    }
    urls
}

fn assert_uri(url: &str) {
    assert!(url.starts_with("https://"), "{url}");
    assert!(
        url.bytes()
            .all(|b| b.is_ascii_graphic() && !b"<>\"{}|\\^`".contains(&b)),
        "not a URI: {url}"
    );
}

#[test]
fn the_sitemap_lists_each_page_once_with_alternates_that_lead_to_listed_pages() {
    let site = SiteTest::fixture("learning").build();
    site.assert_success();
    let urls = read_urlset(&site.read("sitemap.xml"));
    let base = "https://learning.example.org/";
    for (loc, alternates) in &urls {
        let path = loc.strip_prefix(base).expect(loc);
        assert!(site.exists(&format!("{path}index.html")), "{loc} was not written");
        for href in alternates.values() {
            assert!(urls.contains_key(href), "{loc}: alternate {href} is not listed");
            assert_eq!(&urls[href], alternates, "{href} and {loc} disagree");
        }
        if !alternates.is_empty() {
            assert!(alternates.contains_key("x-default"), "{loc}");
        }
    }
    let review = &urls["https://learning.example.org/reviews/child-a/"];
    assert_eq!(
        review.iter().map(|(l, h)| format!("{l} {h}")).collect::<Vec<_>>(),
        [
            "en-GB https://learning.example.org/reviews/child-a/",
            "pl https://learning.example.org/pl/reviews/child-a/",
            "x-default https://learning.example.org/reviews/child-a/",
        ]
    );
    for page in [
        "",
        "reviews/child-b/",
        "training/future-session/",
        "contact/",
        "themes/neglect/",
    ] {
        assert!(urls.contains_key(&format!("{base}{page}")), "{page}");
    }
    assert!(
        site.read("robots.txt")
            .contains("Sitemap: https://learning.example.org/sitemap.xml\n")
    );
    assert!(
        !site.exists("sitemap-1.xml"),
        "one file is enough below the limit"
    );
}

#[test]
fn addresses_outside_ascii_are_percent_encoded_in_the_sitemap() {
    let site = SiteTest::with_files(&[
        (
            "site.toml",
            "title = \"T\"\nbase_url = \"https://e.org\"\nlanguages = [\"en-GB\", \"pl\"]\n",
        ),
        ("content/_index.md", "+++\ntitle = \"H\"\n+++\n"),
        ("content/_index.pl.md", "+++\ntitle = \"S\"\n+++\n"),
        ("content/turtle.md", "+++\ntitle = \"Turtle\"\n+++\nA turtle.\n"),
        (
            "content/turtle.pl.md",
            "+++\ntitle = \"Żółw\"\nslug = \"żółw\"\n+++\nŻółw.\n",
        ),
    ])
    .build();
    site.assert_success();
    assert!(site.exists("pl/żółw/index.html"));
    let urls = read_urlset(&site.read("sitemap.xml"));
    let encoded = "https://e.org/pl/%C5%BC%C3%B3%C5%82w/";
    assert!(urls.contains_key(encoded), "{urls:?}");
    assert_eq!(urls["https://e.org/turtle/"]["pl"], encoded);
}

#[test]
fn every_feed_of_every_fixture_opens_with_its_entries_leading_to_written_pages() {
    for fixture in ["learning", "multilingual", "basic"] {
        let site = SiteTest::fixture(fixture).build();
        site.assert_success();
        let feeds: Vec<String> = site
            .files()
            .into_iter()
            .filter(|f| f.ends_with("feed.xml"))
            .collect();
        assert!(!feeds.is_empty(), "{fixture}");
        for path in feeds {
            let feed = feed_rs::parser::parse(site.read(&path).as_bytes())
                .unwrap_or_else(|e| panic!("{fixture} {path}: {e}"));
            assert!(
                feed.id.ends_with(&format!("/{path}")),
                "{fixture} {path}: {}",
                feed.id
            );
            assert!(feed.title.is_some(), "{fixture} {path}");
            for entry in &feed.entries {
                let title = entry
                    .title
                    .as_ref()
                    .map(|t| t.content.clone())
                    .unwrap_or_default();
                assert!(!title.is_empty(), "{fixture} {path}: an entry without a title");
                assert!(entry.updated.is_some(), "{fixture} {path}: {title}");
                let link = &entry.links[0].href;
                assert_eq!(link, &entry.id, "{fixture} {path}: {title}");
                let page = link.split_once(".example.org/").map(|x| x.1).expect(link);
                assert!(
                    site.exists(&format!("{page}index.html")),
                    "{fixture} {path}: {title} leads to {link}, which was not written"
                );
            }
        }
    }
}

#[test]
fn the_repository_sites_sitemap_and_feeds_open_too() {
    let site = SiteTest::fixture_from(env!("CARGO_MANIFEST_DIR")).build();
    site.assert_success();
    let urls = read_urlset(&site.read("sitemap.xml"));
    for (loc, alternates) in &urls {
        let path = loc.strip_prefix("https://lantern.example.org/").expect(loc);
        assert!(site.exists(&format!("{path}index.html")), "{loc} was not written");
        for href in alternates.values() {
            assert_eq!(&urls[href], alternates, "{href} and {loc} disagree");
        }
    }
    assert_eq!(
        urls["https://lantern.example.org/information-for-parents/"]
            .keys()
            .collect::<Vec<_>>(),
        ["en-GB", "pl", "ur", "x-default"]
    );
    for path in site.files().into_iter().filter(|f| f.ends_with("feed.xml")) {
        let feed =
            feed_rs::parser::parse(site.read(&path).as_bytes()).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert!(!feed.entries.is_empty(), "{path}");
    }
}
