//! Checks on one document's front matter that types alone cannot express:
//! duplicate recommendation ids, progress reported in the future, keys a
//! kind of page needs, a session that ends before it starts, a booking
//! address that is not a safe link ([`crate::urls`]).
//!
//! Runs after [`super::load`]; "today" comes from [`crate::dates::today`].

use std::collections::HashMap;

use crate::dates::Date;
use crate::error::Diagnostic;

use super::{Document, Kind};

/// Every problem in `doc`'s front matter, given today's date.
pub fn validate(doc: &Document, today: Date) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let front = &doc.front;
    if matches!(doc.kind, Kind::Review | Kind::Briefing | Kind::Newsletter) && front.date.is_none() {
        problems.push(
            doc.front_matter_error(0..0, format!("{} need a `date`", doc.kind.plural_name()))
                .with_hint("add the publication date, such as: date = 2024-03-01"),
        );
    }
    let mut ids: HashMap<&str, ()> = HashMap::new();
    for rec in &front.recommendations {
        if ids.insert(rec.id.get_ref().as_str(), ()).is_some() {
            problems.push(
                doc.front_matter_error(
                    rec.id.span(),
                    format!("recommendation id `{}` is used twice", rec.id.get_ref()),
                )
                .with_hint("give each recommendation its own id: R1, R2, R3, …"),
            );
        }
        for progress in &rec.progress {
            if *progress.date.get_ref() > today {
                problems.push(
                    doc.front_matter_error(
                        progress.date.span(),
                        format!(
                            "progress on {} is dated {}, which is in the future (today is {today})",
                            rec.id.get_ref(),
                            progress.date.get_ref()
                        ),
                    )
                    .with_hint("date a progress report on or before the day it was made"),
                );
            }
        }
    }
    if let Some(booking) = &front.booking {
        if let Err((message, hint)) = crate::urls::check(booking.get_ref(), crate::urls::Allowed::Link) {
            problems.push(
                doc.front_matter_error(booking.span(), format!("`booking`: {message}"))
                    .with_hint(hint),
            );
        }
    }
    if doc.kind == Kind::Training {
        match (&front.starts, &front.ends) {
            (Some(starts), Some(ends)) if ends.get_ref() <= starts.get_ref() => problems.push(
                doc.front_matter_error(ends.span(), "the session ends before it starts")
                    .with_hint("check `starts` and `ends`: ends must be later than starts"),
            ),
            (Some(_), Some(_)) => {}
            _ => problems.push(
                doc.front_matter_error(0..0, "a training session needs `starts` and `ends`")
                    .with_hint(
                        "add, for example: starts = 2027-01-20T09:30:00 and ends = 2027-01-20T12:30:00",
                    ),
            ),
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::content::path;

    fn doc(file: &str, text: &str) -> Document {
        let config = Config::parse("title = \"T\"\nbase_url = \"https://e.org\"\n").unwrap();
        let relative = file.strip_prefix("content/").unwrap();
        Document::parse(file, text.to_owned(), path::parse(relative, &config).unwrap()).unwrap()
    }

    fn messages(doc: &Document) -> Vec<String> {
        let today = Date::from_ymd(2024, 6, 1).unwrap();
        validate(doc, today)
            .into_iter()
            .map(|d| format!("{}: {}", d.location.unwrap().line, d.message))
            .collect()
    }

    #[test]
    fn duplicate_ids_and_future_progress_are_located() {
        let text = "+++\ntitle = \"R\"\ndate = 2024-01-01\n\n[[recommendations]]\nid = \"R1\"\ntext = \"a\"\nstatus = \"complete\"\n\n[[recommendations]]\nid = \"R1\"\ntext = \"b\"\nstatus = \"complete\"\n[[recommendations.progress]]\ndate = 2024-07-01\nnote = \"n\"\n+++\n";
        assert_eq!(
            messages(&doc("content/reviews/r.md", text)),
            [
                "11: recommendation id `R1` is used twice",
                "15: progress on R1 is dated 2024-07-01, which is in the future (today is 2024-06-01)",
            ]
        );
    }

    #[test]
    fn publications_need_a_date_and_pages_do_not() {
        assert_eq!(
            messages(&doc("content/newsletters/n.md", "+++\ntitle = \"N\"\n+++\n")),
            ["2: newsletters need a `date`"]
        );
        assert!(messages(&doc("content/about.md", "+++\ntitle = \"A\"\n+++\n")).is_empty());
    }

    #[test]
    fn training_needs_a_sensible_time_span() {
        let backwards = "+++\ntitle = \"S\"\nstarts = 2027-01-20T12:00:00\nends = 2027-01-20T09:00:00\n+++\n";
        assert_eq!(
            messages(&doc("content/training/s.md", backwards)),
            ["4: the session ends before it starts"]
        );
        let missing = "+++\ntitle = \"S\"\n+++\n";
        assert_eq!(
            messages(&doc("content/training/s.md", missing)),
            ["2: a training session needs `starts` and `ends`"]
        );
    }

    #[test]
    fn a_booking_address_must_be_a_safe_link() {
        let session = |booking: &str| {
            format!(
                "+++\ntitle = \"S\"\nstarts = 2027-01-20T09:00:00\nends = 2027-01-20T12:00:00\nbooking = \"{booking}\"\n+++\n"
            )
        };
        for ok in [
            "https://book.example.org/s",
            "training@board.org",
            "mailto:t@b.org",
            "tel:01642 130700",
            "/contact/",
        ] {
            assert!(
                messages(&doc("content/training/s.md", &session(ok))).is_empty(),
                "{ok}"
            );
        }
        assert_eq!(
            messages(&doc("content/training/s.md", &session(" JaVa\\tScript:alert(1)"))),
            [
                "5: `booking`: `JaVa\tScript:alert(1)` is a `javascript:` address, which Lantern never puts on a page"
            ]
        );
        assert_eq!(
            messages(&doc("content/training/s.md", &session("data:text/html,hi"))),
            ["5: `booking`: `data:text/html,hi` is a `data:` address, which Lantern never puts on a page"]
        );
    }
}
