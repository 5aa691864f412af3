//! An iCalendar file for each training session, beside its page:
//! `/training/<slug>.ics` (and `/pl/training/<slug>.ics`, …), so a reader
//! can add the session to their calendar. What the file says is
//! [`crate::render::calendar`]'s; its address is
//! [`crate::addresses::ics_url`].

use super::{Generator, Inputs};
use crate::addresses::ics_url;
use crate::content::Kind;
use crate::error::{Diagnostic, Error};
use crate::output::Sink;
use crate::render::calendar::ics;

/// The calendar file of every training session ([`crate::render::calendar`]).
pub struct Calendars;

impl Generator for Calendars {
    /// Writes every training page's calendar file, in every language.
    fn write(&self, inputs: &Inputs<'_>, sink: &dyn Sink) -> Result<Vec<Diagnostic>, Error> {
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
}
