//! Files for other programs: the training sessions' iCalendar files, the
//! contact vCard, and the contact page's `tel:`, `mailto:` and JSON-LD.

use crate::support::SiteTest;

fn built() -> SiteTest {
    let site = SiteTest::fixture("learning").build();
    site.assert_success();
    site
}

/// Content lines, unfolded (RFC 5545 §3.1, RFC 6350 §3.2), after checking
/// every physical line ends in CRLF and is at most 75 octets.
fn unfold(text: &str) -> Vec<String> {
    assert!(text.ends_with("\r\n"), "ends with CRLF");
    let physical: Vec<&str> = text.strip_suffix("\r\n").unwrap().split("\r\n").collect();
    let mut lines: Vec<String> = Vec::new();
    for line in physical {
        assert!(!line.contains('\n'), "bare LF in {line:?}");
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        match line.strip_prefix(' ') {
            Some(rest) => lines.last_mut().unwrap().push_str(rest),
            None => lines.push(line.to_owned()),
        }
    }
    lines
}

fn value<'a>(lines: &'a [String], name: &str) -> Vec<&'a str> {
    lines
        .iter()
        .filter_map(|l| {
            let (key, value) = l.split_once(':')?;
            (key == name).then_some(value)
        })
        .collect()
}

#[test]
fn each_session_has_an_icalendar_file() {
    let site = built();
    let lines = unfold(&site.read("training/future-session.ics"));
    assert_eq!(lines.first().unwrap(), "BEGIN:VCALENDAR");
    assert_eq!(lines.last().unwrap(), "END:VCALENDAR");
    assert_eq!(value(&lines, "VERSION"), ["2.0"]);
    assert_eq!(
        value(&lines, "BEGIN"),
        ["VCALENDAR", "VTIMEZONE", "DAYLIGHT", "STANDARD", "VEVENT"]
    );
    assert_eq!(
        value(&lines, "END"),
        ["DAYLIGHT", "STANDARD", "VTIMEZONE", "VEVENT", "VCALENDAR"]
    );
    assert_eq!(value(&lines, "TZID"), ["Europe/London"]);
    assert_eq!(
        value(&lines, "UID"),
        ["https://learning.example.org/training/future-session/"]
    );
    assert_eq!(value(&lines, "DTSTAMP"), ["20260901T000000Z"]);
    assert_eq!(value(&lines, "DTSTART;TZID=Europe/London"), ["20270120T093000"]);
    assert_eq!(value(&lines, "DTEND;TZID=Europe/London"), ["20270120T123000"]);
    assert_eq!(
        value(&lines, "SUMMARY"),
        ["Safer sleep\\, a session\\; with commas"]
    );
    assert_eq!(value(&lines, "LOCATION"), ["Room 1\\, Civic Centre"]);
    assert_eq!(
        value(&lines, "URL"),
        ["https://learning.example.org/training/future-session/"]
    );
    let description = value(&lines, "DESCRIPTION")[0];
    assert!(description.starts_with("A long description"), "{description}");
    assert!(
        description.contains(
            "żółw żółw żółw.\\n\\nWho it is for: Health visitors\\n\\nHow to book: training@example.org"
        ),
        "{description}"
    );
}

#[test]
fn a_translated_calendar_is_the_same_event_in_its_language() {
    let site = built();
    let lines = unfold(&site.read("pl/training/past-session.ics"));
    assert_eq!(
        value(&lines, "UID"),
        ["https://learning.example.org/training/past-session/"]
    );
    assert_eq!(
        value(&lines, "URL"),
        ["https://learning.example.org/pl/training/past-session/"]
    );
    assert_eq!(value(&lines, "LOCATION"), ["Online"]);
    assert!(value(&lines, "DESCRIPTION")[0].contains("Dla kogo: Everyone"));
}

#[test]
fn the_vcard_carries_the_contact_details() {
    let site = built();
    let lines = unfold(&site.read("contact.vcf"));
    assert_eq!(lines.first().unwrap(), "BEGIN:VCARD");
    assert_eq!(lines.last().unwrap(), "END:VCARD");
    assert_eq!(value(&lines, "VERSION"), ["4.0"]);
    assert_eq!(value(&lines, "FN"), ["Learning Board\\; North & South"]);
    assert_eq!(
        value(&lines, "ORG"),
        ["Learning Board\\; North & South;Business Unit"]
    );
    assert_eq!(
        value(&lines, "ADR;TYPE=work"),
        [";;Civic Centre\\nHigh Road;Middlesbrough;North Yorkshire;TS1 2AB;"]
    );
    assert_eq!(
        value(&lines, "TEL;VALUE=uri;TYPE=\"work,voice\""),
        ["tel:+441642000111"]
    );
    assert_eq!(value(&lines, "EMAIL;TYPE=work"), ["board@example.org"]);
    assert_eq!(value(&lines, "URL"), ["https://learning.example.org/contact/"]);
    assert_eq!(
        value(&lines, "NOTE"),
        ["Opening hours: Monday to Friday\\, 9am to 5pm"]
    );
}

#[test]
fn the_contact_page_links_phone_email_and_vcard_and_carries_json_ld() {
    let site = built();
    let page = site.read("contact/index.html");
    let html = scraper::Html::parse_document(&page);
    let link = |css: &str| -> (String, String) {
        let a = html
            .select(&scraper::Selector::parse(css).unwrap())
            .next()
            .expect(css);
        (a.value().attr("href").unwrap().to_owned(), a.text().collect())
    };
    assert_eq!(
        link("a[href^='tel:']"),
        ("tel:+441642000111".to_owned(), "01642 000111".to_owned())
    );
    assert_eq!(
        link("a[href^='mailto:']"),
        (
            "mailto:board@example.org".to_owned(),
            "board@example.org".to_owned()
        )
    );
    assert!(page.contains("Monday to Friday, 9am to 5pm"));
    assert!(page.contains("review panel chair"));
    assert!(page.contains(
        "<a href=\"/contact.vcf\" type=\"text/vcard\" download>Add to your contacts (vCard, 1 KB)</a>"
    ));
    let start = page.find("<script type=\"application/ld+json\">").unwrap();
    let json = &page[start..];
    let json = &json[json.find('>').unwrap() + 1..json.find("</script>").unwrap()];
    let data: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(data["@type"], "Organization");
    assert_eq!(data["name"], "Learning Board; North & South");
    assert_eq!(data["telephone"], "+441642000111");
    assert_eq!(data["address"]["postalCode"], "TS1 2AB");
    assert_eq!(data["contactPoint"]["contactType"], "Business Unit");
}

#[test]
fn a_contact_page_is_made_where_there_is_none() {
    // The Polish page falls back to the English text; "basic" has no contact.md.
    let site = built();
    assert!(site.read("pl/contact/index.html").contains("Dodaj do kontaktów"));
    let basic = SiteTest::fixture("basic").build();
    basic.assert_success();
    assert!(basic.read("contact/index.html").contains("<h1>Contact us</h1>"));
}
