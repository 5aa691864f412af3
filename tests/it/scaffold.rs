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
    for bad in ["a/b", "..", "../escape", "", "?!", ".hidden", "c:x"] {
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
fn new_turns_a_name_into_a_page_name_titles_it_and_numbers_it() {
    let site = SiteTest::fixture("learning").run(&["new", "review", "Child E"]);
    site.assert_success();
    assert!(
        site.stderr()
            .contains("note: a page's name is used in its address, so `Child E` became `child-e`"),
        "{}",
        site.stderr()
    );
    let review = std::fs::read_to_string(site.root.join("content/reviews/child-e.md")).unwrap();
    assert!(review.contains("title = \"Child E\"\n"), "{review}");
    // The next free reference of the year, whatever the others are.
    let year = lantern::dates::today().unwrap().iso()[..4].to_owned();
    let first = format!("reference = \"CSPR {year}/01\"");
    assert!(review.contains(&first), "{review}");
    let site = site.run(&["new", "review", "child-f"]);
    site.assert_success();
    let second = std::fs::read_to_string(site.root.join("content/reviews/child-f.md")).unwrap();
    assert!(
        second.contains(&format!("reference = \"CSPR {year}/02\"")),
        "{second}"
    );
    // A newsletter's issue comes from its name.
    let site = site.run(&["new", "newsletter", "spring-2027"]);
    site.assert_success();
    let news = std::fs::read_to_string(site.root.join("content/newsletters/spring-2027.md")).unwrap();
    assert!(news.contains("issue = \"Spring 2027\"\n"), "{news}");
    // A leaflet, at the top of content/, not yet on the home page.
    let site = site.run(&["new", "leaflet", "what-happens-at-a-review"]);
    site.assert_success();
    let leaflet = std::fs::read_to_string(site.root.join("content/what-happens-at-a-review.md")).unwrap();
    assert!(
        leaflet.contains("title = \"What happens at a review\"\n"),
        "{leaflet}"
    );
    assert!(leaflet.contains("featured = false\n"), "{leaflet}");
    let site = site.run(&["build", "--drafts"]);
    site.assert_success();
    assert!(site.exists("what-happens-at-a-review/index.html"));
    assert!(site.exists("reviews/child-e/index.html") && site.exists("reviews/child-f/index.html"));
}

#[test]
fn a_new_translation_starts_from_its_originals_text() {
    let site = SiteTest::fixture("learning");
    let original = std::fs::read_to_string(site.root.join("content/reviews/child-b.md")).unwrap();
    let site = site.run(&["new", "review", "child-b", "--lang", "pl"]);
    site.assert_success();
    assert!(
        site.stderr()
            .contains("a copy of the original, marked as a draft to translate"),
        "{}",
        site.stderr()
    );
    let copy = std::fs::read_to_string(site.root.join("content/reviews/child-b.pl.md")).unwrap();
    assert!(
        copy.starts_with("+++\n# Needs translation into pl: a copy of content/reviews/child-b.md."),
        "{copy}"
    );
    let body = |text: &str| text.split("+++").nth(2).unwrap_or_default().to_owned();
    assert_eq!(body(&copy), body(&original));
    // A draft: the Polish page still shows the English text, with its notice.
    let site = site.build();
    site.assert_success();
    let page = site.read("pl/reviews/child-b/index.html");
    assert!(page.contains("fallback-notice"), "{page}");
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
    // The example leaflet is the home page's featured card.
    assert!(
        home.contains("<li class=\"card card-primary\">\n    <h2 class=\"card-title\"><a href=\"/example-leaflet/\">Reviews: information for parents</a></h2>"),
        "{home}"
    );
}

/// Every shell line of a workflow: GitHub's `run:` steps, GitLab's
/// `before_script:` and `script:` entries.
fn shell_lines(yaml: &yaml_rust2::Yaml) -> Vec<String> {
    use yaml_rust2::Yaml;
    let mut lines = Vec::new();
    match yaml {
        Yaml::Hash(map) => {
            for (key, value) in map {
                match (key.as_str(), value) {
                    (Some("run"), Yaml::String(text)) => lines.extend(text.lines().map(str::to_owned)),
                    (Some("script" | "before_script"), Yaml::Array(items)) => {
                        for item in items {
                            lines.extend(item.as_str().unwrap_or_default().lines().map(str::to_owned));
                        }
                    }
                    _ => lines.extend(shell_lines(value)),
                }
            }
        }
        Yaml::Array(items) => items.iter().for_each(|i| lines.extend(shell_lines(i))),
        _ => {}
    }
    lines
}

#[test]
fn init_writes_workflows_that_parse_and_run_commands_that_exist() {
    use yaml_rust2::YamlLoader;
    let dir = tempfile::tempdir().unwrap();
    let output = lantern(&["init", "site"], dir.path());
    assert!(output.status.success(), "{}", stderr(&output));
    let root = dir.path().join("site");
    let read = |path: &str| {
        let text = std::fs::read_to_string(root.join(path)).unwrap();
        // `${{ … }}` is GitHub's own; `{{name}}` would be an unfilled one of ours.
        assert!(
            !text.replace("${{", "").contains("{{"),
            "{path} has an unfilled placeholder"
        );
        YamlLoader::load_from_str(&text)
            .unwrap_or_else(|e| panic!("{path} is not YAML: {e}"))
            .remove(0)
    };
    let github = read(".github/workflows/lantern.yml");
    let gitlab = read(".gitlab-ci.yml");
    // GitHub: pull requests are checked; the main branch is built and
    // deployed to Pages, after the check.
    assert!(!github["on"]["pull_request"].is_badvalue());
    assert_eq!(github["on"]["push"]["branches"][0].as_str(), Some("main"));
    assert_eq!(github["jobs"]["publish"]["needs"].as_str(), Some("check"));
    assert_eq!(
        github["jobs"]["publish"]["permissions"]["pages"].as_str(),
        Some("write")
    );
    let uses: Vec<&str> = github["jobs"]["publish"]["steps"]
        .as_vec()
        .unwrap()
        .iter()
        .filter_map(|s| s["uses"].as_str())
        .collect();
    assert!(uses.contains(&"actions/deploy-pages@v4"), "{uses:?}");
    assert_eq!(
        github["jobs"]["publish"]["steps"]
            .as_vec()
            .unwrap()
            .iter()
            .find(|s| s["uses"].as_str() == Some("actions/upload-pages-artifact@v3"))
            .unwrap()["with"]["path"]
            .as_str(),
        Some("public")
    );
    // GitLab: merge requests are checked; the `pages` job publishes public/.
    assert_eq!(gitlab["pages"]["artifacts"]["paths"][0].as_str(), Some("public"));
    assert_eq!(
        gitlab["check"]["rules"][0]["if"].as_str(),
        Some("$CI_PIPELINE_SOURCE == \"merge_request_event\"")
    );
    // Every lantern command they run exists, with every option it is given;
    // and so do cargo install's options.
    let mut commands = Vec::new();
    for workflow in [&github, &gitlab] {
        for line in shell_lines(workflow) {
            let words: Vec<&str> = line.split_whitespace().collect();
            for (at, word) in words.iter().enumerate() {
                if *word == "lantern" && at + 1 < words.len() && !words[at + 1].starts_with(['>', '"', '$']) {
                    commands.push(
                        words[at + 1..]
                            .iter()
                            .take_while(|w| !w.starts_with(['|', ';', '&']))
                            .map(|w| w.to_string())
                            .collect::<Vec<_>>(),
                    );
                }
                if *word == "cargo" && words.get(at + 1) == Some(&"install") {
                    let help = Command::new("cargo")
                        .args(["install", "--help"])
                        .output()
                        .unwrap();
                    let help = String::from_utf8_lossy(&help.stdout);
                    for flag in words[at + 2..].iter().filter(|w| w.starts_with("--")) {
                        assert!(help.contains(*flag), "cargo install has no {flag}");
                    }
                }
            }
        }
    }
    let subcommands: Vec<&str> = commands.iter().map(|c| c[0].as_str()).collect();
    assert!(
        subcommands.contains(&"check") && subcommands.contains(&"build"),
        "{commands:?}"
    );
    for command in &commands {
        let help = lantern(&[command[0].as_str(), "--help"], &root);
        assert!(help.status.success(), "lantern {} does not exist", command[0]);
        let help = String::from_utf8_lossy(&help.stdout);
        for flag in command[1..].iter().filter(|w| w.starts_with("--")) {
            assert!(
                help.contains(flag.as_str()),
                "lantern {} has no {flag}",
                command[0]
            );
        }
    }
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

#[test]
fn version_and_help_say_what_lantern_is_and_can_do() {
    let dir = tempfile::tempdir().unwrap();
    let version = lantern(&["--version"], dir.path());
    assert_eq!(
        String::from_utf8_lossy(&version.stdout),
        format!("lantern {}\n", env!("CARGO_PKG_VERSION"))
    );
    let help = lantern(&["help"], dir.path());
    assert!(help.status.success());
    let help = String::from_utf8_lossy(&help.stdout);
    for command in ["build", "serve", "check", "new", "init"] {
        assert!(
            help.lines()
                .any(|l| l.trim_start().starts_with(&format!("{command} "))),
            "{command} is not listed:\n{help}"
        );
    }
    let new = lantern(&["help", "new"], dir.path());
    let new = String::from_utf8_lossy(&new.stdout);
    assert!(
        new.contains("leaflet:") && new.contains("a leaflet for parents, in content/"),
        "{new}"
    );
}
