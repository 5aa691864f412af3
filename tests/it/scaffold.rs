//! `lantern new` and `lantern init`: what they write, that it builds, and
//! what they refuse.

use std::path::Path;
use std::process::{Command, Output};

use crate::support::SiteTest;

fn lantern(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lantern"))
        .args(args)
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", "1795651200")
        .output()
        .unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn new_writes_a_draft_of_each_kind_that_builds() {
    let mut site = SiteTest::fixture("learning");
    for kind in ["review", "briefing", "newsletter", "training", "page"] {
        site = site.run(&["new", kind, "made-today"]);
        site.assert_success();
    }
    let review = std::fs::read_to_string(site.root.join("content/reviews/made-today.md")).unwrap();
    for key in [
        "title = \"Made today\"",
        "date = 2026-11-26",
        "draft = true",
        "reference = ",
        "kind = \"cspr\"",
        "agencies = ",
        "themes = ",
        "[[recommendations]]",
        "outcome = ",
        "due = 2027-11-26",
        "status = \"not-started\"",
    ] {
        assert!(review.contains(key), "{key} missing in\n{review}");
    }
    let training = std::fs::read_to_string(site.root.join("content/training/made-today.md")).unwrap();
    for key in [
        "starts = 2026-12-24T09:30:00",
        "ends = 2026-12-24T12:30:00",
        "location = ",
        "audience = ",
        "booking = ",
    ] {
        assert!(training.contains(key), "{key} missing in\n{training}");
    }
    assert!(site.root.join("content/made-today.md").is_file());
    // Drafts are left out of a normal build and shown with --drafts, with
    // no errors and no warnings.
    let site = site.build();
    site.assert_success();
    assert!(!site.exists("reviews/made-today/index.html"));
    let site = site.run(&["build", "--drafts"]);
    site.assert_success();
    // The fixture is bilingual, so untranslated pages warn; nothing else may.
    let stderr = site.stderr();
    assert!(stderr.contains("(0 errors, "), "{stderr}");
    let others: Vec<&str> = stderr
        .lines()
        .filter(|l| {
            l.starts_with("warning[")
                && !l.starts_with("warning[translations]")
                && !l.starts_with("warning[sample-text]")
        })
        .collect();
    assert!(others.is_empty(), "{stderr}");
    // The guidance `new` writes is recognised as sample text.
    assert!(stderr.contains("warning[sample-text]"), "{stderr}");
    for page in [
        "reviews/made-today/index.html",
        "briefings/made-today/index.html",
        "newsletters/made-today/index.html",
        "training/made-today/index.html",
        "training/made-today.ics",
        "made-today/index.html",
    ] {
        assert!(site.exists(page), "{page} missing");
    }
}

#[test]
fn new_writes_a_translation_next_to_its_original() {
    let site = SiteTest::fixture("learning").run(&["new", "review", "child-a", "--lang", "pl"]);
    assert_eq!(site.status(), 2, "child-a.pl.md exists already");
    assert!(site.stderr().contains("already exists"), "{}", site.stderr());
    let site = site.run(&["new", "briefing", "brief-a", "--lang", "pl"]);
    site.assert_success();
    assert!(site.root.join("content/briefings/brief-a.pl.md").is_file());
    let site = site.run(&["new", "page", "nowhere", "--lang", "pl"]);
    assert_eq!(site.status(), 2);
    assert!(site.stderr().contains("needs its original"), "{}", site.stderr());
    let site = site.run(&["new", "page", "x", "--lang", "fr"]);
    assert_eq!(site.status(), 2);
    assert!(
        site.stderr().contains("does not list the language `fr`"),
        "{}",
        site.stderr()
    );
}

#[test]
fn new_refuses_bad_slugs_and_existing_files() {
    let site = SiteTest::fixture("learning").run(&["new", "review", "child-a"]);
    assert_eq!(site.status(), 2);
    assert!(
        site.stderr()
            .contains("child-a.md already exists; Lantern will not overwrite it"),
        "{}",
        site.stderr()
    );
    let before = std::fs::read_to_string(site.root.join("content/reviews/child-a.md")).unwrap();
    assert!(before.contains("Due yesterday"), "the file is unchanged");
    let mut site = site;
    for bad in [
        "a/b",
        "..",
        "../escape",
        "two words",
        "",
        "Child-E",
        "child_e",
        "why?",
    ] {
        site = site.run(&["new", "page", bad]);
        assert_eq!(site.status(), 2, "{bad:?}: {}", site.stderr());
        assert!(
            site.stderr().contains("cannot be a page's name"),
            "{bad:?}: {}",
            site.stderr()
        );
    }
    assert!(!site.root.join("escape.md").exists());
    assert!(!site.root.join("content/a").exists());
}

#[test]
fn new_never_writes_through_a_folder_linked_out_of_the_site() {
    let site = SiteTest::fixture("basic");
    let outside = site.root.parent().unwrap().join("elsewhere");
    std::fs::create_dir_all(&outside).unwrap();
    std::os::unix::fs::symlink(&outside, site.root.join("content/briefings")).unwrap();
    let site = site.run(&["new", "briefing", "was-not-brought"]);
    assert_eq!(site.status(), 2, "{}", site.stderr());
    assert!(
        site.stderr().contains("content/briefings: this is a link to")
            && site
                .stderr()
                .contains("Lantern writes new pages only inside the site"),
        "{}",
        site.stderr()
    );
    assert_eq!(std::fs::read_dir(&outside).unwrap().count(), 0);
}

#[test]
fn init_creates_a_site_that_builds_as_a_preview_until_its_samples_are_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let output = lantern(&["init", "new-site"], dir.path());
    assert!(output.status.success(), "{}", stderr(&output));
    let root = dir.path().join("new-site");
    for file in [
        "site.toml",
        "content/_index.md",
        "content/contact.md",
        "content/reviews/example-review.md",
        "content/briefings/example-briefing.md",
        "content/newsletters/first-newsletter.md",
        "content/training/example-session.md",
        "locales/en-GB/site.ftl",
    ] {
        assert!(root.join(file).is_file(), "{file} missing");
    }
    // Its example pages are sample text: a build refuses to publish them,
    // naming each file and line, and a preview with drafts shows them.
    let refused = lantern(&["build", "--root", "new-site"], dir.path());
    let text = stderr(&refused);
    assert_eq!(refused.status.code(), Some(1), "{text}");
    let errors: Vec<&str> = text.lines().filter(|l| l.starts_with("error")).collect();
    assert!(!errors.is_empty(), "{text}");
    assert!(
        errors.iter().all(|l| l.starts_with("error[sample-text]")),
        "{text}"
    );
    assert!(text.contains("content/reviews/example-review.md:3:"), "{text}");
    assert!(!root.join("public").exists());
    let built = lantern(&["build", "--drafts", "--root", "new-site"], dir.path());
    let text = stderr(&built);
    assert!(built.status.success(), "{text}");
    assert!(text.contains("(0 errors, "), "{text}");
    // The warnings are the sample text, and the example phone numbers in
    // site.toml, until the board puts in its own.
    let warnings = text.lines().filter(|l| l.starts_with("warning"));
    assert!(
        warnings
            .clone()
            .all(|l| l.starts_with("warning[sample-text]") || l.starts_with("warning[config]")),
        "{text}"
    );
    assert_eq!(
        text.matches("is an example number, kept for drama").count(),
        3,
        "{text}"
    );
    let public = root.join("public");
    for file in [
        "index.html",
        "contact/index.html",
        "contact.vcf",
        "recommendations/index.html",
        "themes/neglect/index.html",
        "training/example-session.ics",
        "feed.xml",
        "sitemap.xml",
    ] {
        assert!(public.join(file).is_file(), "{file} missing");
    }
    // The sample message overrides the theme's.
    let home = std::fs::read_to_string(public.join("index.html")).unwrap();
    assert!(home.contains("We do not collect any personal data."), "{home}");
}

#[test]
fn init_refuses_a_folder_that_is_not_empty() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
    let output = lantern(&["init", "."], dir.path());
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("is not empty"), "{}", stderr(&output));
    assert!(!dir.path().join("site.toml").exists());
    // An empty folder is fine.
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    assert!(lantern(&["init", "empty"], dir.path()).status.success());
}
