//! Hostile and broken input: every case in `tests/fixtures/bad/` gives its
//! exact diagnostic (snapshot), nothing panics, and nothing is published
//! from a broken site.

use crate::support::SiteTest;

/// Builds `bad/<case>`, expects exit status 1 and no `public/`, and
/// returns the report.
fn refused(case: &str) -> String {
    let site = SiteTest::fixture(&format!("bad/{case}")).build();
    assert_eq!(site.status(), 1, "{case}: {}", site.stderr());
    assert!(
        !site.root.join("public").exists(),
        "{case}: a broken site was published"
    );
    assert!(!site.stderr().contains("panicked"), "{case}: {}", site.stderr());
    site.stderr()
}

macro_rules! refused_cases {
    ($($name:ident => $case:literal,)*) => {
        $(
            #[test]
            fn $name() {
                insta::assert_snapshot!(refused($case));
            }
        )*
    };
}

refused_cases! {
    unclosed_front_matter => "unclosed-front-matter",
    invalid_toml => "invalid-toml",
    wrong_types => "wrong-types",
    unknown_keys => "unknown-keys",
    empty_file => "empty-file",
    invalid_utf8 => "invalid-utf8",
    nul_byte => "nul-byte",
    same_url => "same-url",
    slug_with_a_slash => "slug-slash",
    slug_with_dot_dot => "slug-dotdot",
    slug_with_a_drive_letter => "slug-drive",
    orphan_translation => "orphan-translation",
    unknown_language => "unknown-language",
    template_syntax_error => "template-syntax",
    template_missing => "template-missing",
    template_unknown_function => "template-unknown-function",
    template_t_as_a_function => "template-t-function",
    template_render_error => "template-render-error",
    fluent_syntax_error => "ftl-syntax",
    static_file_collides_with_a_page => "static-collision",
    pages_collide_with_generated_files => "generated-collision",
    a_language_folder_collides_with_translations => "language-folder",
    quick_exit_url_with_an_unsafe_scheme => "quick-exit-url",
    unsafe_links_booking_and_images_from_other_hosts => "unsafe-links",
    interface_text_that_is_not_utf8 => "ftl-not-utf8",
    interface_text_that_refers_to_itself => "ftl-cycle",
    a_reading_grade_that_is_not_a_number => "max-grade",
    a_date_written_the_uk_way => "uk-date",
    curly_quotes_from_a_word_processor => "curly-quotes",
    a_quote_inside_a_quoted_title => "quote-inside",
    a_status_that_is_not_one_of_the_allowed_values => "unknown-status",
    a_translation_whose_name_is_near_a_page => "misnamed-translation",
    a_misspelt_message_id => "ftl-misspelt-id",
    an_unindented_continuation_line => "ftl-continuation",
}

#[test]
fn an_invalid_source_date_epoch_is_a_usage_error_naming_the_variable() {
    for bad in ["soon", "-5", "1.5e9"] {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_lantern"))
            .args(["build", "--root"])
            .arg(crate::support::fixture_path("basic"))
            .arg("--output")
            .arg(std::env::temp_dir().join("lantern-never-written"))
            .env("SOURCE_DATE_EPOCH", bad)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{bad}: {err}");
        assert!(err.contains(&format!("SOURCE_DATE_EPOCH is `{bad}`")), "{err}");
        assert!(!std::env::temp_dir().join("lantern-never-written").exists());
    }
}

#[test]
fn a_collision_gives_the_same_report_every_time() {
    let first = refused("generated-collision");
    for _ in 0..4 {
        assert_eq!(refused("generated-collision"), first);
    }
}

#[test]
fn byte_order_mark_and_crlf_line_endings_work() {
    let site = SiteTest::fixture("bad/bom-crlf").build();
    site.assert_success();
    let main = site.main("a/index.html");
    assert!(main.contains("<h2 id=\"part-one\">Part one</h2>"), "{main}");
}

#[test]
fn file_names_with_spaces_capitals_and_other_scripts_are_slugified_predictably() {
    let site = SiteTest::fixture("bad/odd-file-names").build();
    site.assert_success();
    for path in [
        "my-page-ünïcode/index.html",
        "żółw-ąę/index.html",
        "leaflets/read-me/index.html",
    ] {
        assert!(site.exists(path), "{path} missing: {:?}", site.files());
    }
}

#[test]
fn a_twenty_megabyte_page_builds() {
    let site = SiteTest::fixture("bad/bom-crlf");
    let paragraph = "Parents and carers can ask the board about the review at any time. ".repeat(12) + "\n\n";
    let mut body = String::from("+++\ntitle = \"Long\"\n+++\n");
    while body.len() < 20 * 1024 * 1024 {
        body.push_str("## A part\n\n");
        body.push_str(&paragraph.repeat(20));
    }
    site.write("content/long.md", &body);
    let site = site.build();
    site.assert_success();
    assert!(std::fs::metadata(site.public("long/index.html")).unwrap().len() > 20 * 1024 * 1024);
}

#[test]
fn ten_thousand_nested_blockquotes_and_lists_do_not_overflow_the_stack() {
    let site = SiteTest::fixture("bad/bom-crlf");
    let quotes = format!("+++\ntitle = \"Quotes\"\n+++\n{} deep\n", ">".repeat(10_000));
    let lists: String = (0..10_000)
        .map(|i| format!("{}- item\n", "  ".repeat(i)))
        .collect();
    site.write("content/quotes.md", &quotes);
    site.write(
        "content/lists.md",
        &format!("+++\ntitle = \"Lists\"\n+++\n{lists}"),
    );
    let site = site.build();
    site.assert_success();
    assert!(site.read("quotes/index.html").contains("deep"));
}

#[test]
fn an_unreadable_file_is_named() {
    use std::os::unix::fs::PermissionsExt;
    let site = SiteTest::fixture("bad/bom-crlf");
    let file = site.root.join("content/locked.md");
    std::fs::write(&file, "+++\ntitle = \"Locked\"\n+++\n").unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Root reads every file: run as an unprivileged user where we are root.
    let site = site.run_unprivileged(&["build"]);
    assert_eq!(site.status(), 2, "{}", site.stderr());
    let err = site.stderr();
    assert!(err.contains("content/locked.md"), "{err}");
    assert!(err.contains("could not read the file"), "{err}");
    assert!(!site.root.join("public").exists());
}

#[test]
fn titles_with_markup_are_shown_as_text() {
    let site = SiteTest::fixture("bad/bom-crlf");
    site.write(
        "content/x.md",
        "+++\ntitle = \"<script>alert(1)</script> & co\"\n+++\nBody\n",
    );
    let site = site.build();
    site.assert_success();
    let html = scraper::Html::parse_document(&site.read("x/index.html"));
    let scripts: Vec<_> = html
        .select(&scraper::Selector::parse("script").unwrap())
        .filter(|s| s.value().attr("src").is_none())
        .collect();
    assert!(scripts.is_empty(), "an inline script reached the page");
    let h1: String = html
        .select(&scraper::Selector::parse("h1").unwrap())
        .next()
        .unwrap()
        .text()
        .collect();
    assert_eq!(h1, "<script>alert(1)</script> & co");
}

#[test]
fn raw_html_is_sanitised_in_the_built_page() {
    let site = SiteTest::fixture("bad/bom-crlf");
    site.write(
        "content/x.md",
        concat!(
            "+++\ntitle = \"X\"\n+++\n",
            "<script>alert(1)</script>\n\n",
            "<iframe src=\"https://tracker.example\"></iframe>\n\n",
            "<style>body{display:none}</style>\n\n",
            "<p onclick=\"steal()\" onmouseover=\"steal()\">Hover</p>\n\n",
            // Markdown links with such addresses are errors (see
            // `unsafe-links`); in raw HTML they are removed.
            "<a href=\"javascript:alert(2)\">b</a> <a href=\"data:text/html,hi\">c</a>\n\n",
            "<img src=\"javascript:x\" alt=\"y\"> <a href=\" JaVa&#x09;Script:alert(3)\">d</a>\n\n",
            "<svg><script>alert(3)</script><circle onload=\"x()\"/></svg>\n",
        ),
    );
    let site = site.build();
    site.assert_success();
    let html = scraper::Html::parse_document(&site.main("x/index.html"));
    let any = |css: &str| html.select(&scraper::Selector::parse(css).unwrap()).count();
    assert_eq!(any("script, iframe, style, svg"), 0);
    for element in html.select(&scraper::Selector::parse("*").unwrap()) {
        for (name, value) in element.value().attrs() {
            assert!(!name.starts_with("on"), "event handler {name} survived");
            let value = value.trim().to_ascii_lowercase();
            assert!(
                !value.starts_with("javascript:") && !value.starts_with("data:"),
                "{name}={value} survived"
            );
        }
    }
}

#[test]
fn a_killed_build_leaves_the_previous_site_intact() {
    let site = SiteTest::fixture("bad/bom-crlf").build();
    site.assert_success();
    let staging = site.root.join(".public.lantern-staging/many");
    let mut killed_mid_write = false;
    // Each try gives the build 3000 pages to write, and kills it once it
    // has written some of them but not all; a build that finishes first is
    // tried again with new text.
    for attempt in 0..6 {
        for i in 0..3000 {
            site.write(
                &format!("content/many/p{i}.md"),
                &format!("+++\ntitle = \"Page {i}\"\n+++\nText {i}, version {attempt}.\n"),
            );
        }
        let before = site.files();
        let started = std::time::SystemTime::now();
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_lantern"))
            .args(["build", "--root"])
            .arg(&site.root)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let written_now = || {
            walkdir::WalkDir::new(&staging)
                .into_iter()
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_file())
                .filter(|e| e.metadata().ok().and_then(|m| m.modified().ok()) >= Some(started))
                .count()
        };
        while child.try_wait().unwrap().is_none() {
            if written_now() >= 20 {
                child.kill().unwrap();
                child.wait().unwrap();
                let written = written_now();
                assert!(written < 3000, "the build had written every page: {written}");
                killed_mid_write = true;
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
        if killed_mid_write {
            assert_eq!(site.files(), before, "the old site changed");
            break;
        }
    }
    assert!(
        killed_mid_write,
        "every build finished before it could be killed while writing"
    );
    // The next build recovers from the leftover staging folder.
    let site = site.build();
    site.assert_success();
    assert!(site.exists("many/p2999/index.html"));
}
