//! The training sessions' calendar files (RFC 5545), opened with two
//! independent parsers (`icalendar` and `ical`) as a calendar program
//! would open them, and checked for the values it shows.

use icalendar::{CalendarDateTime, Component, DatePerhapsTime, EventLike};

use crate::support::SiteTest;

fn built() -> SiteTest {
    let site = SiteTest::fixture("learning").build();
    site.assert_success();
    site
}

/// Every `.ics` file the build wrote.
fn calendars(site: &SiteTest) -> Vec<String> {
    let found: Vec<String> = site.files().into_iter().filter(|f| f.ends_with(".ics")).collect();
    assert_eq!(
        found,
        [
            "pl/training/future-session.ics",
            "pl/training/past-session.ics",
            "training/future-session.ics",
            "training/past-session.ics",
        ]
    );
    found
}

/// A session as a calendar program shows it.
#[derive(Debug, PartialEq)]
struct Shown {
    title: String,
    starts: String,
    ends: String,
    location: String,
    url: String,
}

fn local_time(value: Option<DatePerhapsTime>) -> String {
    match value {
        Some(DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone { date_time, tzid })) => {
            format!("{date_time} {tzid}")
        }
        other => panic!("not a local time with a time zone: {other:?}"),
    }
}

/// The file's one event, read with the `icalendar` crate, after checking
/// the file's structure with its generic parser: one calendar holding a
/// closed `VTIMEZONE` (with its two observances) and one `VEVENT`.
fn read_with_icalendar(path: &str, text: &str) -> Shown {
    let unfolded = icalendar::parser::unfold(text);
    let parsed = icalendar::parser::read_calendar(&unfolded).unwrap_or_else(|e| panic!("{path}: {e}"));
    let shape: Vec<(String, Vec<String>)> = parsed
        .components
        .iter()
        .map(|c| {
            let inner = c.components.iter().map(|i| i.name.to_string()).collect();
            (c.name.to_string(), inner)
        })
        .collect();
    assert_eq!(
        shape,
        [
            (
                "VTIMEZONE".to_owned(),
                vec!["DAYLIGHT".to_owned(), "STANDARD".to_owned()]
            ),
            ("VEVENT".to_owned(), vec![]),
        ],
        "{path}"
    );
    let calendar: icalendar::Calendar = text.parse().unwrap_or_else(|e| panic!("{path}: {e}"));
    let events: Vec<&icalendar::Event> = calendar.events().collect();
    assert_eq!(events.len(), 1, "{path}");
    let event = events[0];
    Shown {
        title: event.get_summary().unwrap_or_default().to_owned(),
        starts: local_time(event.get_start()),
        ends: local_time(event.get_end()),
        location: event.get_location().unwrap_or_default().to_owned(),
        url: event.get_url().unwrap_or_default().to_owned(),
    }
}

/// A property's value and parameters as the `ical` crate reads them.
pub fn ical_value<'a>(properties: &'a [ical::property::Property], name: &str) -> (&'a str, String) {
    let property = properties
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("no {name}"));
    let params = property
        .params
        .iter()
        .flatten()
        .map(|(k, v)| format!("{k}={}", v.join(",")))
        .collect::<Vec<_>>()
        .join(";");
    (property.value.as_deref().unwrap_or_default(), params)
}

/// The same file read with the `ical` crate, which refuses a component
/// that is not closed.
fn read_with_ical(path: &str, text: &str) -> ical::parser::ical::component::IcalCalendar {
    let mut parser = ical::IcalParser::new(text.as_bytes());
    let calendar = parser
        .next()
        .unwrap_or_else(|| panic!("{path}: no calendar"))
        .unwrap_or_else(|e| panic!("{path}: {e}"));
    assert!(parser.next().is_none(), "{path}: one calendar");
    assert_eq!(calendar.timezones.len(), 1, "{path}");
    assert_eq!(calendar.timezones[0].transitions.len(), 2, "{path}");
    assert_eq!(calendar.events.len(), 1, "{path}");
    calendar
}

#[test]
fn every_calendar_file_opens_in_two_independent_parsers_with_the_session_in_it() {
    let site = built();
    for path in calendars(&site) {
        let text = site.read(&path);
        read_with_icalendar(&path, &text);
        let calendar = read_with_ical(&path, &text);
        let zone = &calendar.timezones[0].properties;
        assert_eq!(ical_value(zone, "TZID").0, "Europe/London", "{path}");
        let event = &calendar.events[0].properties;
        let (_, params) = ical_value(event, "DTSTART");
        assert_eq!(params, "TZID=Europe/London", "{path}");
    }
    assert_eq!(
        read_with_icalendar("future", &site.read("training/future-session.ics")),
        Shown {
            title: "Safer sleep, a session; with commas".to_owned(),
            starts: "2027-01-20 09:30:00 Europe/London".to_owned(),
            ends: "2027-01-20 12:30:00 Europe/London".to_owned(),
            location: "Room 1, Civic Centre".to_owned(),
            url: "https://learning.example.org/training/future-session/".to_owned(),
        }
    );
    assert_eq!(
        read_with_icalendar("past, Polish", &site.read("pl/training/past-session.ics")),
        Shown {
            title: "Neglect toolkit".to_owned(),
            starts: "2026-03-11 09:30:00 Europe/London".to_owned(),
            ends: "2026-03-11 12:30:00 Europe/London".to_owned(),
            location: "Online".to_owned(),
            url: "https://learning.example.org/pl/training/past-session/".to_owned(),
        }
    );
}

#[test]
fn a_calendar_url_is_a_uri_not_escaped_text() {
    let site = SiteTest::with_files(&[
        ("site.toml", "title = \"T\"\nbase_url = \"https://e.org\"\n"),
        ("content/_index.md", "+++\ntitle = \"H\"\n+++\n"),
        (
            "content/training/a.md",
            "+++\ntitle = \"A, b; c\"\nslug = \"safer-sleep,part-1;am\"\nstarts = 2027-01-20T09:30:00\nends = 2027-01-20T12:30:00\n+++\n",
        ),
    ])
    .build();
    site.assert_success();
    let text = site.read("training/safer-sleep,part-1;am.ics");
    let shown = read_with_icalendar("a", &text);
    assert_eq!(shown.title, "A, b; c");
    assert_eq!(shown.url, "https://e.org/training/safer-sleep,part-1;am/");
    let calendar = read_with_ical("a", &text);
    assert_eq!(
        ical_value(&calendar.events[0].properties, "URL").0,
        "https://e.org/training/safer-sleep,part-1;am/"
    );
}

#[test]
fn the_repository_sites_calendar_files_open_too() {
    let site = SiteTest::fixture_from(env!("CARGO_MANIFEST_DIR")).build();
    site.assert_success();
    let files: Vec<String> = site.files().into_iter().filter(|f| f.ends_with(".ics")).collect();
    assert!(files.len() >= 6, "{files:?}");
    for path in files {
        let text = site.read(&path);
        let shown = read_with_icalendar(&path, &text);
        read_with_ical(&path, &text);
        assert!(!shown.title.is_empty(), "{path}");
        assert!(shown.starts.ends_with(" Europe/London"), "{path}");
        assert!(shown.starts < shown.ends, "{path}");
        let page = path.trim_end_matches(".ics");
        assert_eq!(
            shown.url,
            format!("https://lantern.example.org/{page}/"),
            "{path}"
        );
    }
}
