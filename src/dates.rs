//! Dates in front matter, and "today".
//!
//! Front matter writes dates as TOML dates (`date = 2024-03-01`) and training
//! sessions as local date-times (`starts = 2027-01-20T09:30:00`). "Today" is
//! the build date, or the `SOURCE_DATE_EPOCH` date when it is set, so that two
//! builds of the same content on the same day are byte-identical.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date without a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub time::Date);

/// A local date and time without a time zone (the board's own time).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime(pub time::PrimitiveDateTime);

impl Date {
    /// Builds a date from its parts, if it exists in the calendar.
    pub fn from_ymd(year: i32, month: u8, day: u8) -> Option<Date> {
        let month = time::Month::try_from(month).ok()?;
        time::Date::from_calendar_date(year, month, day).ok().map(Date)
    }

    /// `YYYY-MM-DD`.
    pub fn iso(&self) -> String {
        let mut out = String::with_capacity(10);
        self.push_iso(&mut out);
        out
    }

    /// [`Date::iso`], onto the end of `out`. (Lists and feeds write tens of
    /// thousands of dates; the digits are put down without `format!`.)
    fn push_iso(&self, out: &mut String) {
        match u32::try_from(self.0.year()) {
            Ok(year) if year <= 9999 => push_padded(out, year, 4),
            _ => out.push_str(&format!("{:04}", self.0.year())),
        }
        out.push('-');
        push_padded(out, u32::from(u8::from(self.0.month())), 2);
        out.push('-');
        push_padded(out, u32::from(self.0.day()), 2);
    }

    /// Midnight UTC of this date as RFC 3339, for feeds and sitemaps.
    pub fn rfc3339(&self) -> String {
        let mut out = String::with_capacity(20);
        self.push_iso(&mut out);
        out.push_str("T00:00:00Z");
        out
    }
}

impl DateTime {
    /// The calendar date of this moment.
    pub fn date(&self) -> Date {
        Date(self.0.date())
    }

    /// `YYYY-MM-DDTHH:MM:SS`.
    pub fn iso(&self) -> String {
        let mut out = String::with_capacity(19);
        self.date().push_iso(&mut out);
        out.push('T');
        push_padded(&mut out, u32::from(self.0.hour()), 2);
        out.push(':');
        push_padded(&mut out, u32::from(self.0.minute()), 2);
        out.push(':');
        push_padded(&mut out, u32::from(self.0.second()), 2);
        out
    }

    /// `HH:MM`.
    pub fn hhmm(&self) -> String {
        format!("{:02}:{:02}", self.0.hour(), self.0.minute())
    }
}

/// `value`'s last `width` digits, with leading zeros.
fn push_padded(out: &mut String, value: u32, width: u32) {
    for place in (0..width).rev() {
        let digit = value / 10u32.pow(place) % 10;
        out.push(char::from(b'0' + digit as u8));
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

/// A TOML date, or a quoted `"YYYY-MM-DD"` string, which authors often write.
#[derive(Deserialize)]
#[serde(untagged)]
enum RawDate {
    Toml(toml::value::Datetime),
    Text(String),
}

impl RawDate {
    fn into_datetime(self) -> Result<toml::value::Datetime, String> {
        match self {
            RawDate::Toml(d) => Ok(d),
            RawDate::Text(s) => s
                .trim()
                .parse()
                .map_err(|_| match day_month_year(&s) {
                    Some((iso, words)) => format!(
                        "`{s}` is written day/month/year; dates are written year-month-day ({iso} is {words}), without quotes"
                    ),
                    None => format!("`{s}` is not a date; write it as YYYY-MM-DD, for example 2024-03-01"),
                }),
        }
    }
}

fn calendar_date(d: &toml::value::Datetime) -> Result<time::Date, String> {
    let Some(date) = d.date else {
        return Err(format!("`{d}` has no date; write it as YYYY-MM-DD"));
    };
    Date::from_ymd(i32::from(date.year), date.month, date.day)
        .map(|d| d.0)
        .ok_or_else(|| format!("{d} is not a day in the calendar"))
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = RawDate::deserialize(d)
            .map_err(|_| serde::de::Error::custom("expected a date such as 2024-03-01"))?;
        let datetime = raw.into_datetime().map_err(serde::de::Error::custom)?;
        if datetime.time.is_some() {
            return Err(serde::de::Error::custom(format!(
                "`{datetime}` has a time; this key takes a date only, such as 2024-03-01"
            )));
        }
        calendar_date(&datetime)
            .map(Date)
            .map_err(serde::de::Error::custom)
    }
}

impl<'de> Deserialize<'de> for DateTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = RawDate::deserialize(d)
            .map_err(|_| serde::de::Error::custom("expected a date and time such as 2027-01-20T09:30:00"))?;
        let datetime = raw.into_datetime().map_err(serde::de::Error::custom)?;
        let date = calendar_date(&datetime).map_err(serde::de::Error::custom)?;
        let Some(t) = datetime.time else {
            return Err(serde::de::Error::custom(format!(
                "`{datetime}` has no time; write it as 2027-01-20T09:30:00"
            )));
        };
        let time = time::Time::from_hms(t.hour, t.minute, t.second)
            .map_err(|_| serde::de::Error::custom(format!("`{datetime}` is not a time of day")))?;
        Ok(DateTime(time::PrimitiveDateTime::new(date, time)))
    }
}

/// Today's date: from `SOURCE_DATE_EPOCH` (seconds since 1970, UTC) when
/// set, else the system clock (UTC). A value that is not a whole number of
/// seconds from 1970 to the year 9999 is a usage error: a build that asked
/// to be reproducible must not silently use the clock.
pub fn today() -> Result<Date, crate::error::Error> {
    today_from(std::env::var("SOURCE_DATE_EPOCH").ok().as_deref()).map_err(crate::error::Error::Usage)
}

/// [`today`] with the environment variable's value passed in (empty counts
/// as not set).
pub fn today_from(source_date_epoch: Option<&str>) -> Result<Date, String> {
    let Some(value) = source_date_epoch.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(Date(time::OffsetDateTime::now_utc().date()));
    };
    value
        .parse::<i64>()
        .ok()
        .filter(|secs| *secs >= 0)
        .and_then(|secs| time::OffsetDateTime::from_unix_timestamp(secs).ok())
        .map(|moment| Date(moment.date()))
        .ok_or_else(|| {
            format!(
                "SOURCE_DATE_EPOCH is `{value}`, which is not a number of seconds since 1970-01-01 (such as 1795651200); set it to one, or unset it to use today's date"
            )
        })
}

/// A date written day, month, year: its ISO form and its words
/// ("2024-03-01", "1 March 2024").
pub fn day_month_year(value: &str) -> Option<(String, String)> {
    let pattern = regex::Regex::new(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$").ok()?;
    let parts = pattern.captures(value.trim())?;
    let day: u8 = parts[1].parse().ok()?;
    let month: u8 = parts[2].parse().ok()?;
    let mut year: i32 = parts[3].parse().ok()?;
    if parts[3].len() == 2 {
        year += 2000;
    }
    let date = Date::from_ymd(year, month, day)?;
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let words = format!("{day} {} {year}", MONTHS[usize::from(month) - 1]);
    Some((date.iso(), words))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_with_every_digit() {
        let date = |y, m, d| Date::from_ymd(y, m, d).unwrap();
        assert_eq!(date(2026, 11, 26).iso(), "2026-11-26");
        assert_eq!(date(5, 1, 2).iso(), "0005-01-02");
        assert_eq!(date(987, 10, 9).rfc3339(), "0987-10-09T00:00:00Z");
        assert_eq!(date(2026, 11, 26).to_string(), "2026-11-26");
    }

    #[derive(Deserialize)]
    struct Doc {
        d: Date,
    }

    #[derive(Deserialize)]
    struct Session {
        t: DateTime,
    }

    #[test]
    fn toml_dates_and_quoted_dates_parse() {
        let a: Doc = toml::from_str("d = 2024-03-01").unwrap();
        let b: Doc = toml::from_str("d = \"2024-03-01\"").unwrap();
        assert_eq!(a.d, b.d);
        assert_eq!(a.d.iso(), "2024-03-01");
    }

    #[test]
    fn bad_dates_are_errors_in_plain_words() {
        for (text, expected) in [
            // TOML's own reading of a date that is not on the calendar.
            ("d = 2024-02-30", "invalid date, expected day between 01 and 29"),
            (
                "d = \"March 2024\"",
                "`March 2024` is not a date; write it as YYYY-MM-DD, for example 2024-03-01",
            ),
            (
                "d = 2024-03-01T10:00:00",
                "`2024-03-01T10:00:00` has a time; this key takes a date only, such as 2024-03-01",
            ),
            ("d = 5", "expected a date such as 2024-03-01"),
        ] {
            let err = toml::from_str::<Doc>(text).err().unwrap().to_string();
            // The message is the report's last line, under the caret.
            assert_eq!(err.trim_end().lines().last(), Some(expected), "{text}: {err}");
        }
    }

    #[test]
    fn dates_written_day_first_are_read_for_the_message_only() {
        assert_eq!(
            day_month_year("5.11.26"),
            Some(("2026-11-05".to_owned(), "5 November 2026".to_owned()))
        );
        assert_eq!(
            day_month_year("01/03/2024"),
            Some(("2024-03-01".to_owned(), "1 March 2024".to_owned()))
        );
        assert_eq!(day_month_year("31/02/2024"), None);
        assert_eq!(day_month_year("2024-03-01"), None);
        let err = toml::from_str::<Doc>("d = \"01/03/2024\"")
            .err()
            .unwrap()
            .to_string();
        assert_eq!(
            err.trim_end().lines().last(),
            Some(
                "`01/03/2024` is written day/month/year; dates are written year-month-day (2024-03-01 is 1 March 2024), without quotes"
            )
        );
    }

    #[test]
    fn date_times_need_a_time() {
        let s: Session = toml::from_str("t = 2027-01-20T09:30:00").unwrap();
        assert_eq!(s.t.iso(), "2027-01-20T09:30:00");
        assert!(toml::from_str::<Session>("t = 2027-01-20").is_err());
    }

    #[test]
    fn source_date_epoch_sets_today() {
        assert_eq!(today_from(Some("1700000000")).unwrap().iso(), "2023-11-14");
        assert_eq!(today_from(Some(" 0\n")).unwrap().iso(), "1970-01-01");
        // Unset or empty: the clock's date (read before and after, in case
        // the test runs across midnight).
        for unset in [None, Some("")] {
            let before = time::OffsetDateTime::now_utc().date();
            let today = today_from(unset).unwrap().0;
            let after = time::OffsetDateTime::now_utc().date();
            assert!(today == before || today == after, "{unset:?}: {today}");
        }
        for bad in [
            "soon",
            "1.5",
            "-1",
            "1e9",
            "99999999999999999999",
            "253402300800000",
        ] {
            let err = today_from(Some(bad)).unwrap_err();
            assert!(
                err.starts_with(&format!("SOURCE_DATE_EPOCH is `{bad}`")),
                "{bad}: {err}"
            );
        }
    }
}
