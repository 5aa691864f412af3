//! Review, briefing, newsletter and training pages, section lists, theme
//! pages and expiry: what each shows.

use scraper::{Html, Selector};

use crate::support::SiteTest;

fn select<'a>(html: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    html.select(&Selector::parse(css).unwrap()).collect()
}

fn text(element: &scraper::ElementRef<'_>) -> String {
    element
        .text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn texts(html: &Html, css: &str) -> Vec<String> {
    select(html, css).iter().map(text).collect()
}

fn built() -> SiteTest {
    let site = SiteTest::fixture("learning").build();
    site.assert_success();
    site
}

#[test]
fn a_review_shows_its_reference_kind_agencies_recommendations_and_briefings() {
    let site = built();
    let html = Html::parse_document(&site.read("reviews/child-a/index.html"));
    assert_eq!(
        texts(&html, ".review-facts dd"),
        ["SCR 2018/01", "Serious case review", "Health, Police"]
    );
    assert_eq!(
        texts(&html, ".recommendations h3"),
        [
            "Recommendation R1",
            "Recommendation R2",
            "Recommendation R3",
            "Recommendation R4"
        ]
    );
    assert_eq!(
        texts(&html, ".recommendations .status-tag"),
        ["In progress", "Not started", "In progress", "Complete"]
    );
    // Only R1 is overdue: due yesterday. R2 is due today, R4 is complete.
    assert_eq!(texts(&html, ".recommendations .overdue-flag"), ["Overdue"]);
    assert_eq!(select(&html, "li.rec-overdue").len(), 1);
    let r1 = text(&select(&html, "#rec-1")[0]);
    for part in [
        "Intended outcome Outcome one.",
        "Due by 25 November 2026",
        "Latest progress 10 June 2026: Newest note.",
        "All 2 progress reports",
    ] {
        assert!(r1.contains(part), "{part} missing in {r1}");
    }
    assert_eq!(texts(&html, ".review-briefings a"), ["Was not brought"]);
    // A review without `kind` is a child safeguarding practice review.
    let b = Html::parse_document(&site.read("reviews/child-b/index.html"));
    assert!(texts(&b, ".review-facts dd").contains(&"Child safeguarding practice review".to_owned()));
    insta::assert_snapshot!(site.main("reviews/child-a/index.html"));
}

#[test]
fn a_briefing_numbers_its_seven_parts_and_links_its_review() {
    let site = built();
    let html = Html::parse_document(&site.read("briefings/brief-a/index.html"));
    assert_eq!(select(&html, ".briefing-contents ol li").len(), 7);
    assert_eq!(select(&html, ".briefing-parts > h2").len(), 7);
    let back = &select(&html, ".briefing-review a")[0];
    assert_eq!(back.value().attr("href"), Some("/reviews/child-a/"));
    assert!(
        site.read("components.css")
            .contains(".briefing-parts > h2::before")
    );
}

#[test]
fn newsletters_show_their_issue_and_the_section_is_an_archive_by_year() {
    let site = built();
    let page = Html::parse_document(&site.read("newsletters/autumn-2026/index.html"));
    assert_eq!(texts(&page, ".issue-label"), ["Issue: Autumn 2026"]);
    let section = Html::parse_document(&site.read("newsletters/index.html"));
    assert_eq!(texts(&section, ".archive h2"), ["2026", "2025"]);
    assert_eq!(
        texts(&section, ".archive h3"),
        ["Autumn 2026 newsletter", "Spring 2025 newsletter"]
    );
}

#[test]
fn training_pages_show_the_session_and_link_its_calendar() {
    let site = built();
    let html = Html::parse_document(&site.read("training/future-session/index.html"));
    assert_eq!(
        texts(&html, ".session-facts dt"),
        ["When", "Where", "Who it is for", "How to book"]
    );
    assert_eq!(
        texts(&html, ".session-facts dd"),
        [
            "20 January 2027, 09:30 to 12:30",
            "Room 1, Civic Centre",
            "Health visitors",
            "training@example.org"
        ]
    );
    assert_eq!(
        select(&html, ".session-facts a")[0].value().attr("href"),
        Some("mailto:training@example.org")
    );
    let calendar = &select(&html, ".calendar-link a")[0];
    assert_eq!(
        calendar.value().attr("href"),
        Some("/training/future-session.ics")
    );
    assert_eq!(text(calendar), "Add to your calendar (iCalendar, 2 KB)");
    assert!(site.exists("training/future-session.ics"));
    assert!(site.exists("pl/training/future-session.ics"));
    let past = Html::parse_document(&site.read("training/past-session/index.html"));
    assert_eq!(
        texts(&past, ".session-past"),
        ["This session has already taken place."]
    );
    assert!(texts(&past, ".session-facts dd").contains(&"Online".to_owned()));
    // The section: sessions to come first, then those that have ended.
    let section = Html::parse_document(&site.read("training/index.html"));
    assert_eq!(
        texts(&section, ".sessions h2"),
        ["Upcoming sessions", "Past sessions"]
    );
    assert_eq!(
        texts(&section, ".sessions h3"),
        ["Safer sleep, a session; with commas", "Neglect toolkit"]
    );
}

#[test]
fn theme_pages_list_publications_by_kind_newest_first() {
    let site = built();
    let index = Html::parse_document(&site.read("themes/index.html"));
    assert_eq!(
        texts(&index, ".theme-index li"),
        ["Information sharing (1 page)", "Neglect (4 pages)"]
    );
    let neglect = Html::parse_document(&site.read("themes/neglect/index.html"));
    assert_eq!(texts(&neglect, "h1"), ["Neglect"]);
    assert_eq!(
        texts(&neglect, ".theme-group h2"),
        ["Review summaries", "7-minute briefings", "Newsletters"]
    );
    // Newest first; the expired review is gone.
    assert_eq!(
        texts(&neglect, ".theme-group h3"),
        [
            "The review about Child B",
            "The review about Child A",
            "Was not brought",
            "Spring 2025 newsletter"
        ]
    );
    // Every theme link on a page leads to a theme page, in each language.
    for (page, theme) in [
        (
            "reviews/child-a/index.html",
            "themes/information-sharing/index.html",
        ),
        (
            "pl/reviews/child-a/index.html",
            "pl/themes/zaniedbanie/index.html",
        ),
        ("pl/reviews/child-b/index.html", "pl/themes/neglect/index.html"),
    ] {
        let prefix = theme.trim_end_matches("index.html");
        assert!(site.read(page).contains(&format!("href=\"/{prefix}\"")), "{page}");
        assert!(site.exists(theme), "{theme}");
    }
}

#[test]
fn an_expired_review_shows_a_notice_and_leaves_every_list() {
    let site = built();
    let page = site.read("reviews/old-review/index.html");
    assert!(page.contains("<h1>The review about Family Z</h1>"), "{page}");
    assert!(page.contains("No longer published"), "{page}");
    assert!(!page.contains("A recommendation of an expired review"));
    for file in [
        "reviews/index.html",
        "themes/neglect/index.html",
        "feed.xml",
        "reviews/feed.xml",
        "sitemap.xml",
    ] {
        assert!(
            !site.read(file).contains("old-review"),
            "{file} lists the expired review"
        );
    }
}

#[test]
fn review_front_matter_mistakes_are_errors_at_their_line_and_column() {
    let site = SiteTest::with_files(&[
        ("site.toml", "title = \"T\"\nbase_url = \"https://e.org\"\n"),
        ("content/_index.md", "+++\ntitle = \"H\"\n+++\n"),
        (
            "content/reviews/status.md",
            "+++\ntitle = \"R\"\ndate = 2024-01-01\n\n[[recommendations]]\nid = \"R1\"\ntext = \"a\"\nstatus = \"done\"\n+++\n",
        ),
        ("content/reviews/date.md", "+++\ntitle = \"S\"\ndate = 2024-02-30\n+++\n"),
        (
            "content/reviews/twice.md",
            "+++\ntitle = \"T\"\ndate = 2024-01-01\n\n[[recommendations]]\nid = \"R1\"\ntext = \"a\"\nstatus = \"complete\"\n\n[[recommendations]]\nid = \"R1\"\ntext = \"b\"\nstatus = \"in-progress\"\n\n[[recommendations.progress]]\ndate = 2026-11-27\nnote = \"tomorrow\"\n+++\n",
        ),
        (
            "content/reviews/today.md",
            "+++\ntitle = \"U\"\ndate = 2024-01-01\n\n[[recommendations]]\nid = \"R1\"\ntext = \"a\"\nstatus = \"complete\"\n\n[[recommendations.progress]]\ndate = 2026-11-26\nnote = \"today is fine\"\n+++\n",
        ),
        (
            "content/briefings/b.md",
            "+++\ntitle = \"B\"\ndate = 2024-01-01\nreview = \"reviews/twise.md\"\n+++\n",
        ),
    ])
    .run(&["check", "--format", "json"]);
    assert_eq!(site.status(), 1, "{}", site.stderr());
    let findings: serde_json::Value = serde_json::from_str(&site.stdout()).unwrap();
    let errors: Vec<String> = findings
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| {
            format!(
                "{}:{}:{}: {}",
                d["file"].as_str().unwrap(),
                d["line"],
                d["column"],
                d["message"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(errors.len(), 5, "{errors:#?}");
    for (expected, what) in [
        (
            "content/briefings/b.md:4:10: `review` names reviews/twise.md, which does not exist",
            "dangling review",
        ),
        ("content/reviews/date.md:3:8: ", "impossible date"),
        ("content/reviews/status.md:8:10: ", "wrong status"),
        (
            "content/reviews/twice.md:11:6: recommendation id `R1` is used twice",
            "duplicate id",
        ),
        (
            "content/reviews/twice.md:16:8: progress on R1 is dated 2026-11-27, which is in the future (today is 2026-11-26)",
            "future progress",
        ),
    ] {
        assert!(
            errors.iter().any(|e| e.starts_with(expected)),
            "{what}: no {expected:?} in {errors:#?}"
        );
    }
    let status = errors.iter().find(|e| e.contains("status.md")).unwrap();
    assert!(
        status.contains("not-started") && status.contains("complete"),
        "{status}"
    );
}
