//! Atom feeds (parsed with feed-rs) and the sitemap's generated pages and
//! `hreflang` alternates.

use feed_rs::model::Feed;

use crate::support::SiteTest;

fn built() -> SiteTest {
    let site = SiteTest::fixture("learning").build();
    site.assert_success();
    site
}

fn feed(site: &SiteTest, path: &str) -> Feed {
    feed_rs::parser::parse(site.read(path).as_bytes()).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn titles(feed: &Feed) -> Vec<String> {
    feed.entries
        .iter()
        .map(|e| e.title.as_ref().unwrap().content.clone())
        .collect()
}

#[test]
fn the_main_feed_lists_every_publication_newest_first() {
    let site = built();
    let feed = feed(&site, "feed.xml");
    assert_eq!(feed.id, "https://learning.example.org/feed.xml");
    assert_eq!(
        feed.title.as_ref().unwrap().content,
        "Learning Board: new publications"
    );
    assert_eq!(feed.authors[0].name, "Learning Board; North & South");
    assert_eq!(
        titles(&feed),
        [
            "Autumn 2026 newsletter",
            "Was not brought",
            "The review about Child B",
            "Spring 2025 newsletter",
            "The review about Child A",
        ]
    );
    // `updated` is the newest entry's, not the build time.
    assert_eq!(feed.updated.unwrap().to_rfc3339(), "2026-10-15T00:00:00+00:00");
    let newsletter = &feed.entries[0];
    assert_eq!(
        newsletter.id,
        "https://learning.example.org/newsletters/autumn-2026/"
    );
    assert_eq!(
        newsletter.links[0].href,
        "https://learning.example.org/newsletters/autumn-2026/"
    );
    assert_eq!(newsletter.links[0].rel.as_deref(), Some("alternate"));
    assert_eq!(
        newsletter.summary.as_ref().unwrap().content,
        "Autumn news & more <b>news</b>."
    );
    let review = &feed.entries[4];
    assert_eq!(review.updated.unwrap().to_rfc3339(), "2026-10-01T00:00:00+00:00");
    assert_eq!(
        review.published.unwrap().to_rfc3339(),
        "2018-05-01T00:00:00+00:00"
    );
    let self_link = feed
        .links
        .iter()
        .find(|l| l.rel.as_deref() == Some("self"))
        .unwrap();
    assert_eq!(self_link.href, "https://learning.example.org/feed.xml");
}

#[test]
fn each_publication_section_has_its_feed_linked_from_its_page() {
    let site = built();
    assert_eq!(
        titles(&feed(&site, "reviews/feed.xml")),
        ["The review about Child B", "The review about Child A"]
    );
    assert_eq!(titles(&feed(&site, "briefings/feed.xml")), ["Was not brought"]);
    assert_eq!(feed(&site, "newsletters/feed.xml").entries.len(), 2);
    assert!(!site.exists("training/feed.xml"));
    let section = site.read("reviews/index.html");
    assert!(
        section.contains("<link rel=\"alternate\" type=\"application/atom+xml\""),
        "{section}"
    );
    assert!(section.contains("href=\"/reviews/feed.xml\""), "{section}");
    assert!(site.read("index.html").contains("href=\"/feed.xml\""));
}

#[test]
fn a_language_feed_includes_its_fallback_pages_marked_with_their_language() {
    let site = built();
    let feed = feed(&site, "pl/feed.xml");
    assert_eq!(feed.id, "https://learning.example.org/pl/feed.xml");
    assert_eq!(
        feed.title.as_ref().unwrap().content,
        "Learning Board: nowe publikacje"
    );
    assert_eq!(feed.entries.len(), 5);
    let polish = feed
        .entries
        .iter()
        .find(|e| e.id.ends_with("/pl/reviews/child-a/"))
        .unwrap();
    assert_eq!(
        polish.title.as_ref().unwrap().content,
        "Analiza dotycząca dziecka A"
    );
    let text = site.read("pl/feed.xml");
    assert!(text.contains("<entry xml:lang=\"en-GB\">"), "{text}");
    assert!(site.read("pl/index.html").contains("href=\"/pl/feed.xml\""));
}

/// The `<url>` blocks of the sitemap.
fn urls(sitemap: &str) -> Vec<&str> {
    sitemap.split("<url>").skip(1).collect()
}

#[test]
fn the_sitemap_has_generated_pages_with_their_alternates() {
    let site = built();
    let sitemap = site.read("sitemap.xml");
    let tracker = urls(&sitemap)
        .into_iter()
        .find(|u| u.contains("<loc>https://learning.example.org/pl/recommendations/</loc>"))
        .expect("the Polish tracker is in the sitemap");
    for alternate in [
        "hreflang=\"en-GB\" href=\"https://learning.example.org/recommendations/\"",
        "hreflang=\"pl\" href=\"https://learning.example.org/pl/recommendations/\"",
        "hreflang=\"x-default\" href=\"https://learning.example.org/recommendations/\"",
    ] {
        assert!(tracker.contains(alternate), "{alternate} missing in {tracker}");
    }
    let review = urls(&sitemap)
        .into_iter()
        .find(|u| u.contains("<loc>https://learning.example.org/reviews/child-a/</loc>"))
        .unwrap();
    assert!(review.contains("hreflang=\"pl\" href=\"https://learning.example.org/pl/reviews/child-a/\""));
    for generated in ["/themes/", "/themes/neglect/", "/pl/themes/zaniedbanie/"] {
        let loc = format!("<loc>https://learning.example.org{generated}</loc>");
        assert!(sitemap.contains(&loc), "{loc} missing");
    }
    // A theme's page changed when the newest page it lists did.
    for (theme, newest) in [("neglect", "2026-10-02"), ("information-sharing", "2018-05-01")] {
        let block = urls(&sitemap)
            .into_iter()
            .find(|u| u.contains(&format!("/themes/{theme}/</loc>")))
            .unwrap();
        assert!(block.contains(&format!("<lastmod>{newest}</lastmod>")), "{block}");
    }
    // A theme only one language has: no alternates.
    let zaniedbanie = urls(&sitemap)
        .into_iter()
        .find(|u| u.contains("/pl/themes/zaniedbanie/</loc>"))
        .unwrap();
    assert!(!zaniedbanie.contains("xhtml:link"), "{zaniedbanie}");
    assert!(
        !sitemap.contains("/pl/reviews/child-b/"),
        "fallbacks are not in the sitemap"
    );
}
