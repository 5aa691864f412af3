//! The e-mail edition of newsletters and briefings: each `email.eml` is
//! opened with an independent MIME parser (`mail-parser`) as a mail
//! program would open it, each `email.html` with an HTML parser
//! (`scraper`), and what they find is checked against the page.

use mail_parser::{MessageParser, MimeHeaders};
use scraper::{Html, Selector};

use crate::support::SiteTest;

const BASE: &str = "https://partnership.example.org";

fn built() -> SiteTest {
    let site = SiteTest::fixture("email").build();
    site.assert_success();
    site
}

fn bytes(site: &SiteTest, path: &str) -> Vec<u8> {
    std::fs::read(site.public(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn select<'a>(html: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    html.select(&Selector::parse(css).unwrap()).collect()
}

fn text_of(element: &scraper::ElementRef<'_>) -> String {
    element.text().collect::<String>().trim().to_owned()
}

#[test]
fn the_message_opens_in_a_mime_parser_with_its_headers_and_both_parts() {
    let site = built();
    let eml = bytes(&site, "newsletters/autumn-2026/email.eml");
    let message = MessageParser::default().parse(&eml).expect("a MIME message");
    // RFC 2047 encoded-words, decoded back to the title as written.
    assert_eq!(
        message.subject(),
        Some("Jesień 2026: the autumn newsletter — “safer sleep”")
    );
    let from = message.from().and_then(|f| f.first()).expect("a From");
    assert_eq!(from.name(), Some("Łódź Partnership — News"));
    assert_eq!(from.address(), Some("news@partnership.example.org"));
    assert_eq!(
        message.date().map(|d| d.to_rfc3339()),
        Some("2026-10-15T00:00:00Z".to_owned())
    );
    assert!(
        message
            .message_id()
            .is_some_and(|id| id.ends_with("@partnership.example.org"))
    );
    let content_type = message.content_type().expect("a Content-Type");
    assert_eq!(
        (content_type.ctype(), content_type.subtype()),
        ("multipart", Some("alternative"))
    );
    // Both alternatives are the files beside it, byte for byte once decoded.
    assert_eq!(message.text_body_count(), 1);
    assert_eq!(message.html_body_count(), 1);
    let text = message.body_text(0).expect("a text part");
    let html = message.body_html(0).expect("an HTML part");
    assert_eq!(
        text.replace("\r\n", "\n"),
        site.read("newsletters/autumn-2026/email.txt")
    );
    assert_eq!(
        html.replace("\r\n", "\n"),
        site.read("newsletters/autumn-2026/email.html")
    );
    for part in message.parts.iter().skip(1) {
        let ct = part.content_type().expect("each part has a type");
        assert_eq!(ct.attribute("charset"), Some("UTF-8"));
        assert_eq!(part.content_transfer_encoding(), Some("quoted-printable"));
    }
}

#[test]
fn every_line_ends_with_crlf_and_fits_in_78_characters() {
    let site = built();
    for path in [
        "newsletters/autumn-2026/email.eml",
        "briefings/safer-sleep/email.eml",
        "ur/newsletters/autumn-2026/email.eml",
    ] {
        let eml = String::from_utf8(bytes(&site, path)).unwrap();
        assert!(eml.is_ascii(), "{path}: 7-bit only");
        assert!(eml.ends_with("\r\n"));
        for (n, line) in eml.split("\r\n").enumerate() {
            assert!(
                !line.contains('\n') && !line.contains('\r'),
                "{path}:{n}: a bare line break"
            );
            assert!(line.len() <= 78, "{path}:{n}: {} characters: {line}", line.len());
        }
    }
}

#[test]
fn every_address_in_the_html_is_absolute_and_every_image_has_alt_text_and_a_width() {
    let site = built();
    for path in [
        "newsletters/autumn-2026/email.html",
        "briefings/safer-sleep/email.html",
        "ur/newsletters/autumn-2026/email.html",
    ] {
        let html = Html::parse_document(&site.read(path));
        let mut addresses = 0;
        for element in select(&html, "[href], [src]") {
            let value = element.attr("href").or(element.attr("src")).unwrap();
            assert!(
                ["https://", "mailto:", "tel:"]
                    .iter()
                    .any(|s| value.starts_with(s)),
                "{path}: {value}"
            );
            addresses += 1;
        }
        assert!(addresses > 5, "{path}");
        assert!(select(&html, "script, form, link, iframe").is_empty(), "{path}");
        for image in select(&html, "img") {
            assert!(!image.attr("alt").unwrap_or_default().is_empty(), "{path}");
            assert!(image.attr("width").is_some(), "{path}");
        }
        assert!(select(&html, "[id], [class~=table-wrap]").is_empty(), "{path}");
    }
    let html = Html::parse_document(&site.read("newsletters/autumn-2026/email.html"));
    let image = &select(&html, "img")[0];
    assert_eq!(image.attr("src"), Some(format!("{BASE}/images/cot.png").as_str()));
    assert_eq!(image.attr("alt"), Some("A cot with a firm flat mattress"));
    let hrefs: Vec<&str> = select(&html, "a").iter().filter_map(|a| a.attr("href")).collect();
    for expected in [
        format!("{BASE}/newsletters/autumn-2026/"),
        format!("{BASE}/reviews/child-a/"),
        format!("{BASE}/briefings/safer-sleep/#what-to-do"),
        "mailto:board@example.org".to_owned(),
        "https://www.nspcc.org.uk/".to_owned(),
        "tel:+441642130700".to_owned(),
        "tel:999".to_owned(),
        format!("{BASE}/contact/"),
    ] {
        assert!(hrefs.contains(&expected.as_str()), "{expected} in {hrefs:?}");
    }
}

#[test]
fn the_html_is_one_centred_column_of_600_pixels_with_inline_styles() {
    let site = built();
    let html = Html::parse_document(&site.read("newsletters/autumn-2026/email.html"));
    let card = select(&html, "table.e-card")[0];
    assert_eq!(card.attr("width"), Some("600"));
    assert!(card.attr("style").unwrap().contains("max-width:600px"));
    assert_eq!(select(&html, "td[align=center]").len(), 1);
    for element in select(&html, "h1, h2, p, li, a, table, th, td") {
        assert!(element.attr("style").is_some(), "{}", element.html());
    }
    let style = text_of(&select(&html, "style")[0]);
    assert!(
        style.starts_with("@media (prefers-color-scheme: dark)"),
        "{style}"
    );
    assert_eq!(
        select(&html, "meta[name=color-scheme]")[0].attr("content"),
        Some("light dark")
    );
}

#[test]
fn a_newsletter_lists_the_reviews_and_briefings_it_links_to() {
    let site = built();
    let html = Html::parse_document(&site.read("newsletters/autumn-2026/email.html"));
    let box_ = select(&html, "table.e-box")[0];
    let items: Vec<(String, String)> = box_
        .select(&Selector::parse("li a").unwrap())
        .map(|a| (text_of(&a), a.attr("href").unwrap().to_owned()))
        .collect();
    assert_eq!(
        items,
        [
            (
                "Safer sleep for babies".to_owned(),
                format!("{BASE}/briefings/safer-sleep/")
            ),
            (
                "The review about Child A".to_owned(),
                format!("{BASE}/reviews/child-a/")
            ),
        ]
    );
    assert_eq!(
        text_of(&box_.select(&Selector::parse("h2").unwrap()).next().unwrap()),
        "In this issue"
    );
    let text = site.read("newsletters/autumn-2026/email.txt");
    assert!(text.contains(&format!(
        "In this issue\n-------------\n\n- Safer sleep for babies\n  {BASE}/briefings/safer-sleep/\n"
    )));
}

#[test]
fn a_briefing_keeps_its_seven_parts_numbered_and_headed() {
    let site = built();
    let html = Html::parse_document(&site.read("briefings/safer-sleep/email.html"));
    let parts: Vec<String> = select(&html, "td:not(.e-muted) > h2")
        .iter()
        .map(text_of)
        .collect();
    assert_eq!(
        parts,
        [
            "1. Background",
            "2. Why it matters",
            "3. Key information: the risks",
            "4. Key information: fathers",
            "5. Key information: other adults",
            "6. Things to remember",
            "7. What to do",
        ]
    );
    let text = site.read("briefings/safer-sleep/email.txt");
    assert!(text.contains("1. Background\n=============\n\nOne.\n"), "{text}");
    assert!(
        text.contains("7. What to do\n=============\n\nSeven.\n"),
        "{text}"
    );
}

#[test]
fn the_plain_text_stands_on_its_own() {
    let site = built();
    let text = site.read("newsletters/autumn-2026/email.txt");
    for expected in [
        "Jesień 2026: the autumn newsletter — “safer sleep”\n==================================================\n",
        "Read the briefing on safer sleep [1], then the review about Child A [2],\nand the same briefing again [3].",
        "Write to the team <board@example.org>",
        "- Agency: Health\n  Status: Done\n- Agency: Police\n  Status: Running late\n",
        "[A cot with a firm flat mattress]",
        "> Warning\n\n> Never share a bed with a baby after drinking alcohol.\n",
        &format!(
            "Links\n-----\n\n[1] {BASE}/briefings/safer-sleep/\n[2] {BASE}/reviews/child-a/\n[3] {BASE}/briefings/safer-sleep/#what-to-do\n[4] https://www.nspcc.org.uk/\n"
        ),
        "Children's services: 01642 130700 (Monday to Friday, 8.30am to 5pm)\nOut of hours: 01642 524552\nA child in immediate danger: 999\n",
        &format!("Contact us: {BASE}/contact/\n"),
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    assert!(!text.contains('<') || !text.contains("</"), "no markup");
}

#[test]
fn a_right_to_left_edition_is_mirrored_and_in_its_own_language() {
    let site = built();
    let html = Html::parse_document(&site.read("ur/newsletters/autumn-2026/email.html"));
    let root = select(&html, "html")[0];
    assert_eq!((root.attr("lang"), root.attr("dir")), (Some("ur"), Some("rtl")));
    assert_eq!(select(&html, "table.e-card")[0].attr("dir"), Some("rtl"));
    let footer = select(&html, "td.e-muted h2")[0];
    assert_eq!(text_of(&footer), "کسی بچے کے بارے میں فکرمند ہیں؟");
    assert!(
        select(&html, "td.e-muted")[0]
            .attr("style")
            .unwrap()
            .contains("text-align:right")
    );
    let read_online = select(&html, "a")
        .into_iter()
        .find(|a| a.attr("href") == Some(&format!("{BASE}/ur/newsletters/autumn-2026/")))
        .expect("a link to the page");
    assert_eq!(text_of(&read_online), "یہ ویب سائٹ پر پڑھیں");
    // The board's own words stay marked as English.
    assert!(
        select(&html, "span[lang=en-GB]")
            .iter()
            .any(|s| text_of(s).starts_with("Monday"))
    );
    let eml = bytes(&site, "ur/newsletters/autumn-2026/email.eml");
    let message = MessageParser::default().parse(&eml).unwrap();
    assert_eq!(message.subject(), Some("خزاں 2026 کا نیوز لیٹر"));
    assert_eq!(message.header_raw("Content-Language").map(str::trim), Some("ur"));
}

#[test]
fn a_page_that_opts_out_and_an_untranslated_stand_in_have_no_edition() {
    let site = built();
    for path in [
        "newsletters/spring-2026/email.html",
        "newsletters/spring-2026/email.txt",
        "newsletters/spring-2026/email.eml",
        "ur/briefings/safer-sleep/email.html",
        "reviews/child-a/email.html",
    ] {
        assert!(!site.public(path).exists(), "{path}");
    }
    assert!(site.public("newsletters/spring-2026/index.html").exists());
}

#[test]
fn two_builds_write_the_same_editions() {
    let first = built();
    let second = built();
    for path in [
        "newsletters/autumn-2026/email.eml",
        "briefings/safer-sleep/email.eml",
    ] {
        assert_eq!(bytes(&first, path), bytes(&second, path), "{path}");
    }
}

#[test]
fn without_any_sender_the_edition_is_written_with_a_warning() {
    let site = SiteTest::fixture("email");
    let config = std::fs::read_to_string(site.root.join("site.toml")).unwrap();
    let config = config.replace("email = \"board@example.org\"\n", "").replace(
        "[email]\nfrom = \"Łódź Partnership — News <news@partnership.example.org>\"\n",
        "",
    );
    site.write("site.toml", &config);
    let site = site.build();
    site.assert_success();
    assert!(
        site.stderr().contains(
            "warning[email]: the e-mail editions have no sender: site.toml has neither [email] from nor a [contact] email"
        ),
        "{}",
        site.stderr()
    );
    let eml = bytes(&site, "briefings/safer-sleep/email.eml");
    let message = MessageParser::default().parse(&eml).unwrap();
    assert!(message.from().is_none());
    assert_eq!(message.subject(), Some("Safer sleep for babies"));
}

#[test]
fn the_contact_address_stands_in_for_a_missing_email_from() {
    let site = SiteTest::fixture("email");
    let config = std::fs::read_to_string(site.root.join("site.toml")).unwrap();
    let config = config.replace(
        "[email]\nfrom = \"Łódź Partnership — News <news@partnership.example.org>\"\n",
        "",
    );
    site.write("site.toml", &config);
    let site = site.build();
    site.assert_success();
    let eml = bytes(&site, "briefings/safer-sleep/email.eml");
    let message = MessageParser::default().parse(&eml).unwrap();
    let from = message.from().and_then(|f| f.first()).unwrap();
    assert_eq!(from.name(), Some("Łódź & District Safeguarding Partnership"));
    assert_eq!(from.address(), Some("board@example.org"));
}

#[test]
fn a_bad_from_stops_the_build_at_its_line() {
    let site = SiteTest::fixture("email");
    let config = std::fs::read_to_string(site.root.join("site.toml")).unwrap();
    site.write(
        "site.toml",
        &config.replace("<news@partnership.example.org>", "news at partnership"),
    );
    let site = site.build();
    assert_eq!(site.status(), 1);
    assert!(
        site.stderr().contains(
            "error[config]: [email] from: `Łódź Partnership — News news at partnership` is not an e-mail address\n   ┌─ site.toml:22:1"
        ),
        "{}",
        site.stderr()
    );
}

#[test]
fn email_on_a_page_that_has_no_edition_is_an_unknown_key() {
    let site = SiteTest::fixture("email");
    site.write(
        "content/reviews/child-a.md",
        "+++\ntitle = \"The review about Child A\"\nemail = false\n+++\n\nText.\n",
    );
    let site = site.build();
    assert_eq!(site.status(), 1);
    assert!(
        site.stderr()
            .contains("`email` is only for 7-minute briefings and newsletters"),
        "{}",
        site.stderr()
    );
}

#[test]
fn an_edition_shares_its_pages_checks_and_is_not_published_when_they_fail() {
    let site = SiteTest::fixture("email");
    site.write(
        "content/briefings/safer-sleep.md",
        &std::fs::read_to_string(site.root.join("content/briefings/safer-sleep.md"))
            .unwrap()
            .replace(
                "One.",
                "One. See [the old page](/briefings/gone/). Sarah Jones, aged 3, was seen.",
            ),
    );
    let site = site.build();
    assert_eq!(site.status(), 1);
    let stderr = site.stderr();
    assert!(stderr.contains("content/briefings/safer-sleep.md:"), "{stderr}");
    assert!(stderr.contains("broken link"), "{stderr}");
    assert!(stderr.contains("Sarah Jones"), "{stderr}");
    assert!(!site.public("briefings/safer-sleep/email.html").exists());
    assert!(!site.public("briefings/safer-sleep/email.eml").exists());
}
