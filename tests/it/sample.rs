//! Sample text left from `lantern init` and `lantern new`: a warning under
//! `check`, an error that stops `build`, and a warning again under
//! `build --drafts`, each at its file and line.

use crate::support::SiteTest;

fn site() -> SiteTest {
    SiteTest::with_files(&[
        (
            "site.toml",
            "title = \"T\"\nbase_url = \"https://www.tees-safeguarding.org.uk\"\n",
        ),
        (
            "content/_index.md",
            "+++\ntitle = \"Home\"\n+++\nWrite to us at safeguarding@example.org.\n",
        ),
        (
            "content/reviews/child-d.md",
            "+++\ntitle = \"Child D\"\ndate = 2024-03-01\nreference = \"CSPR 2024/01\"\n+++\nThe family moved often.\n",
        ),
        (
            "content/reviews/child-f.md",
            "+++\ntitle = \"Child F\"\ndate = 2024-06-01\nreference = \"SCR 2019/03\"\n+++\nA review.\n",
        ),
        (
            "content/reviews/child-g.md",
            "+++\ntitle = \"Child G\"\ndate = 2024-06-01\nreference = \"SCR 2019/03\"\n+++\nIts addendum.\n",
        ),
        (
            "content/reviews/child-e.md",
            "+++\ntitle = \"Child E\"\ndate = 2024-05-01\nreference = \"CSPR 2024/01\"\n+++\nAn example review summary. Replace it with your own.\n",
        ),
    ])
}

fn findings(stderr: &str, prefix: &str) -> Vec<String> {
    let lines: Vec<&str> = stderr.lines().collect();
    lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.starts_with(prefix))
        .map(|(i, l)| format!("{} {}", lines.get(i + 1).map_or("", |n| n.trim()), l))
        .collect()
}

#[test]
fn sample_text_is_a_warning_under_check() {
    let site = site().check();
    assert_eq!(site.status(), 0, "{}", site.stderr());
    let found = findings(&site.stderr(), "warning[sample-text]");
    assert_eq!(
        found,
        [
            "┌─ content/_index.md:4:16 warning[sample-text]: an example address or number: \"safeguarding@example.org\"",
            "┌─ content/reviews/child-e.md:4:1 warning[sample-text]: the reference \"CSPR 2024/01\" is also the reference of content/reviews/child-d.md",
            "┌─ content/reviews/child-e.md:6:1 warning[sample-text]: sample text from `lantern init` or `lantern new`: \"An example review summary.\"",
            "┌─ content/reviews/child-e.md:6:28 warning[sample-text]: sample text from `lantern init` or `lantern new`: \"Replace it with your own.\"",
        ],
        "{}",
        site.stderr()
    );
}

/// Two reviews may share another reference on purpose: a warning only.
#[test]
fn a_shared_reference_of_another_form_is_only_a_warning() {
    let site = site().build();
    let found = findings(&site.stderr(), "warning[references]");
    assert_eq!(
        found,
        [
            "┌─ content/reviews/child-g.md:4:1 warning[references]: the reference \"SCR 2019/03\" is also the reference of content/reviews/child-f.md"
        ],
        "{}",
        site.stderr()
    );
}

#[test]
fn sample_text_stops_a_build_but_not_a_preview_with_drafts() {
    let site = site().build();
    assert_eq!(site.status(), 1, "{}", site.stderr());
    assert_eq!(
        findings(&site.stderr(), "error[sample-text]").len(),
        4,
        "{}",
        site.stderr()
    );
    assert!(!site.exists("index.html"));
    let site = site.run(&["build", "--drafts"]);
    site.assert_success();
    assert_eq!(
        findings(&site.stderr(), "warning[sample-text]").len(),
        4,
        "{}",
        site.stderr()
    );
}

/// A site whose own address is an example one (a test site, this
/// repository's) uses example addresses on purpose.
#[test]
fn example_addresses_are_quiet_on_an_example_site() {
    let site = site();
    site.write(
        "site.toml",
        "title = \"T\"\nbase_url = \"https://www.example.org\"\n",
    );
    let site = site.check();
    assert!(!site.stderr().contains("an example address"), "{}", site.stderr());
}
