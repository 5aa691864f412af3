//! `lantern build` on good sites: what it writes.

use crate::support::SiteTest;

#[test]
fn basic_site_builds_pages_sections_and_fixed_files() {
    let site = SiteTest::fixture("basic").build();
    site.assert_success();
    for file in [
        "index.html",
        "about/index.html",
        "reviews/index.html",
        "reviews/child-d/index.html",
        "404.html",
        "robots.txt",
        "sitemap.xml",
        "style.css",
    ] {
        assert!(site.exists(file), "{file} missing; have {:?}", site.files());
    }
    let page = site.read("about/index.html");
    assert!(page.contains("<html lang=\"en-GB\" dir=\"ltr\">"), "{page}");
    assert!(page.contains("<title>About us – Basic Board</title>"), "{page}");
    insta::assert_snapshot!(site.main("about/index.html"));
}

#[test]
fn the_repository_site_builds_without_errors() {
    let site = crate::support::SiteTest::fixture_from(env!("CARGO_MANIFEST_DIR")).build();
    site.assert_success();
    assert!(site.stderr().contains("0 errors"), "{}", site.stderr());
}
