//! `lantern check`: every check, nothing written. The `planted` fixture is
//! full of personal data, accessibility faults and broken links; each must
//! be found exactly once, at exactly its place, in both output formats.

use crate::support::SiteTest;

/// Standard error without the timing, which changes from run to run.
fn without_timing(text: &str) -> String {
    let re = regex::Regex::new(r" in \d+ ms").unwrap();
    re.replace_all(text, " in [time]").into_owned()
}

#[test]
fn planted_faults_are_all_found_in_the_human_format() {
    let site = SiteTest::fixture("planted").check();
    assert_eq!(site.status(), 1, "{}", site.stderr());
    assert!(site.stdout().is_empty(), "{}", site.stdout());
    assert!(
        !site.root.join("public").exists(),
        "check must not write the site"
    );
    insta::assert_snapshot!(without_timing(&site.stderr()));
}

#[test]
fn planted_faults_are_all_found_in_the_json_format() {
    let site = SiteTest::fixture("planted").run(&["check", "--format", "json"]);
    assert_eq!(site.status(), 1, "{}", site.stderr());
    let findings: serde_json::Value = serde_json::from_str(&site.stdout()).unwrap();
    for finding in findings.as_array().unwrap() {
        let mut keys: Vec<&str> = finding.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        // Personal data findings also say what kind they are.
        if finding["check"] == "anonymisation" {
            let categories = [
                "name",
                "postcode",
                "phone",
                "email",
                "nhs-number",
                "ni-number",
                "date-of-birth",
                "address",
                "deny",
            ];
            assert!(categories.iter().any(|c| finding["category"] == *c), "{finding}");
            keys.retain(|k| *k != "category");
        }
        assert_eq!(
            keys,
            ["check", "column", "file", "hint", "line", "message", "severity"],
            "{finding}"
        );
    }
    insta::assert_snapshot!(site.stdout());
    // The coverage table goes to standard error, so standard output stays
    // one JSON array of findings.
    assert!(
        site.stderr().contains("translation coverage:"),
        "{}",
        site.stderr()
    );
}

#[test]
fn build_runs_the_same_checks_and_publishes_nothing() {
    let site = SiteTest::fixture("planted").build();
    assert_eq!(site.status(), 1, "{}", site.stderr());
    assert!(!site.root.join("public").exists());
    let stderr = site.stderr();
    assert!(stderr.contains("error[anonymisation]"), "{stderr}");
    assert!(stderr.contains("error[accessibility]"), "{stderr}");
    assert!(stderr.contains("error[links]"), "{stderr}");
    assert!(stderr.contains("translation coverage:"), "{stderr}");
    assert!(
        stderr.contains("nothing was published: 25 errors, 7 warnings"),
        "{stderr}"
    );
}

#[test]
fn warnings_alone_do_not_stop_publication() {
    let site = SiteTest::fixture("planted");
    // Remove every error; keep the readability and translation warnings.
    std::fs::remove_dir_all(site.root.join("content/reviews")).unwrap();
    std::fs::remove_dir_all(site.root.join("content/briefings")).unwrap();
    std::fs::remove_file(site.root.join("content/_index.pl.md")).unwrap();
    site.write(
        "content/_index.md",
        "+++\ntitle = \"Planted Board\"\n+++\n\nRead the [guide for parents](/guide/).\n",
    );
    site.write(
        "content/guide.md",
        "+++\ntitle = \"A guide\"\n+++\n\n## The panel\n\nNotwithstanding the considerable organisational complexities, the \
         multi-agency partnership's comprehensive arrangements necessitate interdisciplinary collaboration \
         between practitioners, notwithstanding institutional considerations.\n\nConsequently, practitioners' \
         documentation demonstrated insufficient consideration of intergenerational vulnerabilities. \
         Organisational accountability necessitates comprehensive multidisciplinary evaluation.\n",
    );
    let site = site.build();
    site.assert_success();
    let stderr = site.stderr();
    assert!(stderr.contains("warning[readability]"), "{stderr}");
    assert!(stderr.contains("0 errors, 3 warnings"), "{stderr}");
    assert!(site.exists("guide/index.html"));
}

#[test]
fn the_repository_site_checks_without_errors() {
    let site = SiteTest::fixture_from(env!("CARGO_MANIFEST_DIR")).check();
    site.assert_success();
    let stderr = site.stderr();
    assert!(stderr.contains(": 0 errors,"), "{stderr}");
    assert!(stderr.contains("translation coverage:"), "{stderr}");
}
