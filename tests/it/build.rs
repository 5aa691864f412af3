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

/// The list of addresses is the build's own: every file a build writes is
/// a content page, a static file or an address of
/// `lantern::addresses::generated`, and every generated address is written.
#[test]
fn the_files_a_build_writes_are_the_pages_the_static_files_and_the_generated_addresses() {
    for fixture in ["basic", "multilingual", "components", "email"] {
        let site = SiteTest::fixture(fixture).build();
        site.assert_success();
        let options = lantern::pipeline::Options {
            root: site.root.clone(),
            output: site.root.join("public"),
            drafts: false,
            base_url: None,
            today: lantern::dates::today().unwrap(),
        };
        let prepared = lantern::pipeline::prepare(&options).unwrap().unwrap();
        let analysis = &prepared.analysis;
        let generated: std::collections::BTreeSet<String> = lantern::addresses::generated(&analysis.site)
            .into_iter()
            .map(|(url, _)| lantern::output::output_path(&url))
            .collect();
        let mut expected: std::collections::BTreeSet<String> = analysis
            .site
            .pages
            .iter()
            .map(|p| lantern::output::output_path(&p.url))
            .chain(analysis.theme.static_files.keys().cloned())
            .chain(generated.iter().cloned())
            .collect();
        expected.insert(lantern::site_files::MARKER.to_owned());
        let written: std::collections::BTreeSet<String> = site.files().into_iter().collect();
        let unlisted: Vec<_> = written.difference(&expected).collect();
        let unwritten: Vec<_> = generated.difference(&written).collect();
        assert!(
            unlisted.is_empty(),
            "{fixture}: written but not listed: {unlisted:?}"
        );
        assert!(
            unwritten.is_empty(),
            "{fixture}: listed but not written: {unwritten:?}"
        );
    }
}
