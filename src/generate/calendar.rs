//! An iCalendar file (RFC 5545) for each training session, beside its
//! page: `/training/<slug>.ics` (and `/pl/training/<slug>.ics`, …), so a
//! reader can add the session to their calendar.
//!
//! Times are the board's local time, written with `TZID=Europe/London` and
//! a `VTIMEZONE` that defines it. Everything is deterministic: the `UID`
//! comes from the default-language page's permalink (the same event in
//! every language), `DTSTAMP` from the page's `updated` or `date`, or
//! "today" when it has neither.

use super::Inputs;
use super::lines::Lines;
use crate::content::Kind;
use crate::dates::{Date, DateTime};
use crate::error::{Diagnostic, Error};
use crate::i18n::Locales;
use crate::render::Sink;
use crate::site::{Site, translation_key};

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

/// The path of the calendar file of the page at `url`: "/training/a/" →
/// "/training/a.ics".
pub fn ics_url(url: &str) -> String {
    format!("{}.ics", url.trim_end_matches('/'))
}

/// Whether a location means the session is held online.
pub fn is_online(location: &str) -> bool {
    location.trim().eq_ignore_ascii_case("online")
}

fn local(t: &DateTime) -> String {
    t.iso().replace(['-', ':'], "")
}

fn stamp(date: Date) -> String {
    format!("{}T000000Z", date.iso().replace('-', ""))
}

/// The calendar file of training page `i`, with its words in the page's
/// language; `None` when the session has no start and end.
pub fn ics(site: &Site, locales: &Locales, i: usize) -> Option<String> {
    let page = &site.pages[i];
    let doc = site.doc(i);
    let front = &doc.front;
    let (starts, ends) = (front.starts.as_ref()?.get_ref(), front.ends.as_ref()?.get_ref());
    let lang = &page.lang;
    let uid_page = site
        .page_for(&site.config.default_language, &translation_key(doc))
        .map_or(page.url.as_str(), |d| site.pages[d].url.as_str());
    let stamp_date = front
        .updated
        .or(front.date.as_ref().map(|d| *d.get_ref()))
        .unwrap_or(site.today);
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
    lines.text("UID", &site.permalink(uid_page));
    lines.raw("DTSTAMP", &stamp(stamp_date));
    lines.raw("DTSTART;TZID=Europe/London", &local(starts));
    lines.raw("DTEND;TZID=Europe/London", &local(ends));
    lines.text("SUMMARY", &front.title);
    if let Some(location) = &front.location {
        let text = if is_online(location) {
            locales.message(lang, "training-online", None)
        } else {
            location.clone()
        };
        lines.text("LOCATION", &text);
    }
    let mut description = Vec::new();
    description.extend(front.description.clone());
    if let Some(audience) = &front.audience {
        description.push(format!(
            "{}: {audience}",
            locales.message(lang, "training-audience", None)
        ));
    }
    if let Some(booking) = &front.booking {
        description.push(format!(
            "{}: {}",
            locales.message(lang, "training-booking", None),
            crate::urls::normalise(booking.get_ref())
        ));
    }
    if !description.is_empty() {
        lines.text("DESCRIPTION", &description.join("\n\n"));
    }
    lines.uri("URL", &site.permalink(&super::sitemap::encode_path(&page.url)));
    lines.raw("END", "VEVENT").raw("END", "VCALENDAR");
    Some(lines.finish())
}

/// Writes every training page's calendar file, in every language.
pub fn write(inputs: &Inputs<'_>, sink: &dyn Sink) -> Result<Vec<Diagnostic>, Error> {
    let site = inputs.site;
    for (i, page) in site.pages.iter().enumerate() {
        if site.doc(i).kind != Kind::Training {
            continue;
        }
        if let Some(text) = ics(site, inputs.locales, i) {
            sink.put(ics_url(&page.url).trim_start_matches('/'), text.as_bytes())?;
        }
    }
    Ok(Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_times() {
        assert_eq!(ics_url("/pl/training/a/"), "/pl/training/a.ics");
        let t: DateTime = toml::from_str::<toml::Table>("t = 2027-01-20T09:30:00")
            .unwrap()
            .get("t")
            .unwrap()
            .clone()
            .try_into()
            .unwrap();
        assert_eq!(local(&t), "20270120T093000");
        assert_eq!(stamp(Date::from_ymd(2026, 11, 26).unwrap()), "20261126T000000Z");
        assert!(is_online(" Online "));
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
