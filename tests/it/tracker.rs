//! The recommendations tracker: grouping by status, overdue judged against
//! "today" (`SOURCE_DATE_EPOCH`), counts, the chart and its data table.

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

/// The recommendation headings in each status section, as "REF: R1".
fn groups(html: &Html) -> Vec<(String, Vec<String>)> {
    select(html, "section.status-group")
        .iter()
        .map(|section| {
            let id = section.value().attr("id").unwrap().to_owned();
            let items = section
                .select(&Selector::parse("h3.rec-title").unwrap())
                .map(|h| text(&h))
                .collect();
            (id, items)
        })
        .collect()
}

/// Builds the fixture with "today" at `epoch` (seconds since 1970).
fn build_on(epoch: &str) -> SiteTest {
    let site = SiteTest::fixture("learning");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_lantern"))
        .args(["build", "--root"])
        .arg(&site.root)
        .env("SOURCE_DATE_EPOCH", epoch)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    site
}

#[test]
fn overdue_means_due_before_today_and_not_complete() {
    // 2026-11-26: R1 was due yesterday, R2 is due today, R3 tomorrow.
    let site = SiteTest::fixture("learning").build();
    site.assert_success();
    let html = Html::parse_document(&site.read("recommendations/index.html"));
    assert_eq!(
        groups(&html),
        [
            (
                "status-overdue".to_owned(),
                vec!["SCR 2018/01: recommendation R1".to_owned()]
            ),
            (
                "status-in-progress".to_owned(),
                vec!["SCR 2018/01: recommendation R3".to_owned()]
            ),
            (
                "status-not-started".to_owned(),
                vec![
                    "SCR 2018/01: recommendation R2".to_owned(),
                    "CSPR 2025/01: recommendation R1".to_owned()
                ]
            ),
            (
                "status-complete".to_owned(),
                vec![
                    "SCR 2015/01: recommendation R1".to_owned(),
                    "SCR 2018/01: recommendation R4".to_owned()
                ]
            ),
        ]
    );
    // The overdue one says so in words, next to its real status.
    let overdue = &select(&html, "#status-overdue li.rec")[0];
    let facts = text(overdue);
    assert!(facts.contains("In progress Overdue"), "{facts}");
    assert!(facts.contains("Due by 25 November 2026"), "{facts}");
    assert!(
        facts.contains("Latest progress 10 June 2026: Newest note."),
        "{facts}"
    );
    // Counts in words, linking to each section.
    let counts: Vec<String> = select(&html, ".status-filter a").iter().map(text).collect();
    assert_eq!(
        counts,
        ["1 overdue", "1 in progress", "2 not started", "2 complete"]
    );
    let hrefs: Vec<&str> = select(&html, ".status-filter a")
        .iter()
        .map(|a| a.value().attr("href").unwrap())
        .collect();
    assert_eq!(
        hrefs,
        [
            "#status-overdue",
            "#status-in-progress",
            "#status-not-started",
            "#status-complete"
        ]
    );
}

#[test]
fn two_days_later_more_is_overdue() {
    let site = build_on("1795824000"); // 2026-11-28
    let html = Html::parse_document(&site.read("recommendations/index.html"));
    let overdue = &groups(&html)[0];
    assert_eq!(
        overdue.1,
        [
            "SCR 2018/01: recommendation R1",
            "SCR 2018/01: recommendation R2",
            "SCR 2018/01: recommendation R3"
        ]
    );
}

#[test]
fn expired_reviews_stay_on_the_tracker_without_a_link() {
    let site = SiteTest::fixture("learning").build();
    let html = Html::parse_document(&site.read("recommendations/index.html"));
    let complete = select(&html, "#status-complete li.rec");
    let expired = complete
        .iter()
        .find(|li| text(li).contains("SCR 2015/01"))
        .unwrap();
    assert!(expired.select(&Selector::parse("a").unwrap()).next().is_none());
    assert!(
        text(expired).contains("(no longer published)"),
        "{}",
        text(expired)
    );
    let live = complete
        .iter()
        .find(|li| text(li).contains("SCR 2018/01"))
        .unwrap();
    let link = live.select(&Selector::parse("h3 a").unwrap()).next().unwrap();
    assert_eq!(link.value().attr("href"), Some("/reviews/child-a/#rec-4"));
    // The anchor exists on the review page.
    assert!(site.read("reviews/child-a/index.html").contains("id=\"rec-4\""));
}

#[test]
fn the_chart_is_svg_with_a_text_equivalent() {
    let site = SiteTest::fixture("learning").build();
    let page = site.read("recommendations/index.html");
    let html = Html::parse_document(&page);
    let svg = &select(&html, "figure.chart svg")[0];
    assert_eq!(svg.value().attr("role"), Some("img"));
    let caption = svg.value().attr("aria-labelledby").unwrap();
    assert_eq!(
        text(&select(&html, &format!("#{caption}"))[0]),
        "Recommendations of each review, by status"
    );
    assert!(!page.contains("style="), "inline styles are blocked by the CSP");
    let main = site.main("recommendations/index.html");
    assert!(!main.contains("<script"), "the tracker needs no JavaScript");
    // One bar per review, parts in status order.
    let labels: Vec<String> = select(&html, "svg text.chart-label").iter().map(text).collect();
    assert_eq!(labels, ["CSPR 2025/01", "SCR 2018/01", "SCR 2015/01"]);
    // The data table says the same in numbers, with header cells scoped.
    let cells = Selector::parse("th, td").unwrap();
    let rows: Vec<String> = select(&html, "table.chart-data tbody tr")
        .iter()
        .map(|tr| {
            tr.select(&cells)
                .map(|c| text(&c))
                .collect::<Vec<_>>()
                .join(" | ")
        })
        .collect();
    assert_eq!(
        rows,
        [
            "The review about Child B (CSPR 2025/01) | 0 | 0 | 1 | 0 | 1",
            "The review about Child A (SCR 2018/01) | 1 | 1 | 1 | 1 | 4",
            "The review about Family Z (SCR 2015/01) | 0 | 0 | 0 | 1 | 1",
        ]
    );
    assert_eq!(select(&html, "table.chart-data th[scope=col]").len(), 6);
    assert_eq!(select(&html, "table.chart-data th[scope=row]").len(), 3);
}

#[test]
fn every_language_has_a_tracker_with_its_own_words_and_plurals() {
    let site = SiteTest::fixture("learning").build();
    let html = Html::parse_document(&site.read("pl/recommendations/index.html"));
    let counts: Vec<String> = select(&html, ".status-filter a").iter().map(text).collect();
    assert_eq!(
        counts,
        ["1 po terminie", "0 w toku", "1 nierozpoczęta", "1 zakończona"]
    );
    assert_eq!(text(&select(&html, ".status-filter p")[0]), "Są 3 rekomendacje:");
    // The Polish review's own text, and the English fallback's marked as English.
    let items: Vec<String> = select(&html, "p.rec-text").iter().map(text).collect();
    assert!(items.contains(&"Termin minął wczoraj.".to_owned()), "{items:?}");
    let fallback = select(&html, "p.rec-text[lang=en-GB]");
    assert_eq!(fallback.len(), 2, "Child B's and Family Z's text is English");
}

#[test]
fn a_page_or_static_file_cannot_take_a_generated_address() {
    let site = SiteTest::with_files(&[
        ("site.toml", "title = \"T\"\nbase_url = \"https://e.org\"\n"),
        ("content/_index.md", "+++\ntitle = \"H\"\n+++\n"),
        ("content/recommendations.md", "+++\ntitle = \"Mine\"\n+++\n"),
        ("static/feed.xml", "<feed/>"),
    ])
    .build();
    assert_eq!(site.status(), 1, "{}", site.stderr());
    let stderr = site.stderr();
    assert!(
        stderr.contains(
            "this page would be published at /recommendations/, which is already the address of the recommendations tracker"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "this static file would be published at /feed.xml, which is already the address of an Atom feed"
        ),
        "{stderr}"
    );
}
