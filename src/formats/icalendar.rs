//! A training session as an iCalendar file (RFC 5545).
//!
//! Times are the board's local time, written with `TZID=Europe/London` and
//! a `VTIMEZONE` that defines it. The text is deterministic: the same event
//! gives the same bytes.

use super::lines::Lines;
use crate::dates::{Date, DateTime};

/// One session, in the words of one language.
#[derive(Debug, Clone)]
pub struct Event<'a> {
    /// The same in every language: the default-language page's permalink.
    pub uid: String,
    /// When the event's description last changed (`DTSTAMP`).
    pub stamp: Date,
    /// Local start time.
    pub starts: &'a DateTime,
    /// Local end time.
    pub ends: &'a DateTime,
    /// The session's title.
    pub summary: &'a str,
    /// Where it is held, in words.
    pub location: Option<String>,
    /// What a reader needs besides: description, audience, booking.
    pub description: Option<String>,
    /// The session's page, as a URI.
    pub url: String,
}

/// Europe/London: GMT in winter, BST from the last Sunday of March to the
/// last Sunday of October.
const LONDON: [(&str, &str); 17] = [
    ("BEGIN", "VTIMEZONE"),
    ("TZID", "Europe/London"),
    ("BEGIN", "DAYLIGHT"),
    ("TZOFFSETFROM", "+0000"),
    ("TZOFFSETTO", "+0100"),
    ("TZNAME", "BST"),
    ("DTSTART", "19700329T010000"),
    ("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"),
    ("END", "DAYLIGHT"),
    ("BEGIN", "STANDARD"),
    ("TZOFFSETFROM", "+0100"),
    ("TZOFFSETTO", "+0000"),
    ("TZNAME", "GMT"),
    ("DTSTART", "19701025T020000"),
    ("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
    ("END", "STANDARD"),
    ("END", "VTIMEZONE"),
];

fn local(t: &DateTime) -> String {
    t.iso().replace(['-', ':'], "")
}

fn stamp(date: Date) -> String {
    format!("{}T000000Z", date.iso().replace('-', ""))
}

/// The calendar file of `event`.
pub fn calendar(event: &Event<'_>) -> String {
    let mut lines = Lines::default();
    lines.raw("BEGIN", "VCALENDAR").raw("VERSION", "2.0");
    lines.text(
        "PRODID",
        &format!("-//Lantern//Lantern {}//EN", env!("CARGO_PKG_VERSION")),
    );
    lines.raw("CALSCALE", "GREGORIAN").raw("METHOD", "PUBLISH");
    for (name, value) in LONDON {
        lines.raw(name, value);
    }
    lines.raw("BEGIN", "VEVENT");
    lines.text("UID", &event.uid);
    lines.raw("DTSTAMP", &stamp(event.stamp));
    lines.raw("DTSTART;TZID=Europe/London", &local(event.starts));
    lines.raw("DTEND;TZID=Europe/London", &local(event.ends));
    lines.text("SUMMARY", event.summary);
    if let Some(location) = &event.location {
        lines.text("LOCATION", location);
    }
    if let Some(description) = &event.description {
        lines.text("DESCRIPTION", description);
    }
    lines.uri("URL", &event.url);
    lines.raw("END", "VEVENT").raw("END", "VCALENDAR");
    lines.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_times() {
        let t: DateTime = toml::from_str::<toml::Table>("t = 2027-01-20T09:30:00")
            .unwrap()
            .get("t")
            .unwrap()
            .clone()
            .try_into()
            .unwrap();
        assert_eq!(local(&t), "20270120T093000");
        assert_eq!(stamp(Date::from_ymd(2026, 11, 26).unwrap()), "20261126T000000Z");
    }

    #[test]
    fn the_time_zone_is_one_closed_component() {
        let mut open = Vec::new();
        for (name, value) in LONDON {
            match name {
                "BEGIN" => open.push(value),
                "END" => assert_eq!(open.pop(), Some(value)),
                _ => assert!(!open.is_empty(), "{name} outside a component"),
            }
        }
        assert!(open.is_empty(), "left open: {open:?}");
        assert_eq!(LONDON.last(), Some(&("END", "VTIMEZONE")));
    }
}
