//! What a training page's calendar file says: the session of page `i` as
//! an [`Event`], in the page's language, and the file's text
//! ([`crate::formats::icalendar`]). The page links to the file and gives
//! its size; the calendar generator writes it.
//!
//! The `UID` comes from the default-language page's permalink (the same
//! event in every language), `DTSTAMP` from the page's `updated` or
//! `date`, or "today" when it has neither.

use crate::formats::icalendar::{Event, calendar};
use crate::i18n::Locales;
use crate::site::{Site, translation_key};

/// Whether a location means the session is held online.
pub fn is_online(location: &str) -> bool {
    location.trim().eq_ignore_ascii_case("online")
}

/// The session of training page `i`, with its words in the page's
/// language; `None` when it has no start and end.
pub fn event<'a>(site: &'a Site, locales: &Locales, i: usize) -> Option<Event<'a>> {
    let page = &site.pages[i];
    let doc = site.doc(i);
    let front = &doc.front;
    let (starts, ends) = (front.starts.as_ref()?.get_ref(), front.ends.as_ref()?.get_ref());
    let lang = &page.lang;
    let uid_page = site
        .page_for(&site.config.default_language, &translation_key(doc))
        .map_or(page.url.as_str(), |d| site.pages[d].url.as_str());
    let stamp = front
        .updated
        .or(front.date.as_ref().map(|d| *d.get_ref()))
        .unwrap_or(site.today);
    let location = front.location.as_ref().map(|location| {
        if is_online(location) {
            locales.message(lang, "training-online", None)
        } else {
            location.clone()
        }
    });
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
    Some(Event {
        uid: site.permalink(uid_page),
        stamp,
        starts,
        ends,
        summary: &front.title,
        location,
        description: (!description.is_empty()).then(|| description.join("\n\n")),
        url: site.permalink(&crate::urls::encode_path(&page.url)),
    })
}

/// The calendar file of training page `i`; `None` when the session has no
/// start and end.
pub fn ics(site: &Site, locales: &Locales, i: usize) -> Option<String> {
    event(site, locales, i).map(|event| calendar(&event))
}

#[cfg(test)]
mod tests {
    #[test]
    fn online_is_a_word_in_any_case_and_spacing() {
        assert!(super::is_online(" Online "));
        assert!(super::is_online("ONLINE"));
        assert!(!super::is_online("Online and in person"));
    }
}
