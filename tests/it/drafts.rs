//! Drafts: left out of a build, and with `--drafts` published only as a
//! preview: a visible banner, `noindex`, and no place in lists, feeds or
//! the sitemap.

use crate::support::SiteTest;

const DRAFT: &str = "+++\ntitle = \"Child E\"\ndate = 2024-05-01\nreference = \"CSPR 2024/02\"\ndraft = true\n+++\nA summary still being written.\n";

fn with_draft() -> SiteTest {
    let site = SiteTest::fixture("basic");
    site.write("content/reviews/child-e.md", DRAFT);
    site
}

#[test]
fn a_draft_is_left_out_of_a_build() {
    let site = with_draft().build();
    site.assert_success();
    assert!(!site.exists("reviews/child-e/index.html"));
}

#[test]
fn a_draft_built_with_drafts_carries_a_banner_and_noindex() {
    let site = with_draft().run(&["build", "--drafts"]);
    site.assert_success();
    let draft = site.read("reviews/child-e/index.html");
    assert!(
        draft.contains("<meta name=\"robots\" content=\"noindex\">"),
        "{draft}"
    );
    assert!(
        site.main("reviews/child-e/index.html")
            .contains("Draft — not published"),
        "{draft}"
    );
    let final_page = site.read("reviews/child-d/index.html");
    assert!(
        !final_page.contains("noindex") && !final_page.contains("Draft — not published"),
        "{final_page}"
    );
}

#[test]
fn a_draft_stays_out_of_lists_feeds_and_the_sitemap() {
    let site = with_draft().run(&["build", "--drafts"]);
    site.assert_success();
    for file in site.files() {
        if file.starts_with("reviews/child-e/") {
            continue;
        }
        let is_text = [".html", ".xml", ".txt", ".json"]
            .iter()
            .any(|e| file.ends_with(e));
        if is_text {
            let text = site.read(&file);
            assert!(
                !text.contains("child-e") && !text.contains("Child E"),
                "{file} names the draft:\n{text}"
            );
        }
    }
    assert!(site.read("sitemap.xml").contains("child-d"));
}
