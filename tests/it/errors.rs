//! Broken sites: every error reported with file, line and column, and
//! nothing published.

use crate::support::SiteTest;

#[test]
fn broken_front_matter_keeps_the_last_good_site_and_lists_every_error() {
    let site = SiteTest::fixture("basic").build();
    site.assert_success();
    let before = site.read("about/index.html");
    site.write("content/about.md", "+++\ntitel = \"About\"\n+++\nText\n");
    site.write(
        "content/reviews/child-d.md",
        "+++\ntitle = \"Child D\"\ndate = 2024-13-01\n+++\n",
    );
    let site = site.build();
    assert_eq!(site.status(), 1, "{}", site.stderr());
    assert_eq!(site.read("about/index.html"), before);
    insta::assert_snapshot!(site.stderr());
}

#[test]
fn an_output_folder_inside_content_is_refused() {
    let site = SiteTest::fixture("basic");
    let inside = site.root.join("content/out").display().to_string();
    let site = site.run(&["build", "--output", &inside]);
    assert_eq!(site.status(), 2);
    assert!(!site.root.join("content/out").exists());
    assert!(
        site.stderr().contains("refusing to build into"),
        "{}",
        site.stderr()
    );
}
