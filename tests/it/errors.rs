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

#[test]
fn an_error_found_while_pages_are_written_publishes_nothing() {
    let site = SiteTest::fixture("basic").build();
    site.assert_success();
    let before = site.read("about/index.html");
    // Found only once the body is rendered: a picture without a text
    // alternative, and a link to a page that does not exist.
    site.write(
        "content/about.md",
        "+++\ntitle = \"About us\"\ndescription = \"Who we are.\"\n+++\nNew text. ![](/logo.png) See [the old page](/nowhere/).\n",
    );
    let site = site.build();
    assert_eq!(site.status(), 1, "{}", site.stderr());
    assert!(site.stderr().contains("/nowhere/"), "{}", site.stderr());
    assert_eq!(site.read("about/index.html"), before);
    // Once fixed, the next build publishes the new text.
    site.write(
        "content/about.md",
        "+++\ntitle = \"About us\"\ndescription = \"Who we are.\"\n+++\nNew text.\n",
    );
    let site = site.build();
    site.assert_success();
    assert!(site.read("about/index.html").contains("New text."));
}

/// One mistake gives one error: a review whose front matter is broken is
/// not also reported, from other files, as a review or a page that does
/// not exist.
#[test]
fn a_broken_file_is_reported_once_not_again_by_the_files_that_name_it() {
    let site = SiteTest::with_files(&[
        (
            "site.toml",
            "title = \"T\"\nbase_url = \"https://t.example.org\"\nlanguages = [\"en-GB\", \"pl\"]\n",
        ),
        ("content/_index.md", "+++\ntitle = \"Home\"\n+++\n"),
        ("content/_index.pl.md", "+++\ntitle = \"Start\"\n+++\n"),
        (
            "content/reviews/child-d.md",
            "+++\ntitel = \"Child D\"\ndate = 2024-03-01\n+++\nA summary.\n",
        ),
        (
            "content/reviews/child-d.pl.md",
            "+++\ntitle = \"Dziecko D\"\ndate = 2024-03-01\n+++\nPodsumowanie.\n",
        ),
        (
            "content/briefings/b.md",
            "+++\ntitle = \"B\"\ndate = 2024-03-01\nreview = \"reviews/child-d.md\"\n+++\n## One\n",
        ),
    ])
    .check();
    assert_eq!(site.status(), 1, "{}", site.stderr());
    let stderr = site.stderr();
    let errors: Vec<&str> = stderr.lines().filter(|l| l.starts_with("error")).collect();
    assert_eq!(errors.len(), 1, "{stderr}");
    assert!(stderr.contains("content/reviews/child-d.md:2:1"), "{stderr}");
    assert!(!stderr.contains("does not exist"), "{stderr}");
}
