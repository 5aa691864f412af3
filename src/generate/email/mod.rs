//! The e-mail edition of every newsletter and 7-minute briefing, beside
//! its page: `email.html` (the message as mail programs show it),
//! `email.txt` (its plain-text alternative) and `email.eml` (both in one
//! MIME message, ready to import into a mail program or a mailing tool).
//! A page with `email = false` in its front matter has none; neither has
//! a stand-in for an untranslated page.
//!
//! It reads bodies: the document hook turns each newsletter's and
//! briefing's rendered body into e-mail HTML and plain text
//! ([`body`]), in the parallel document pass, and keeps them by content
//! file (under `serve`, which renders a body again on request, they are
//! read when an edition is made instead, so that no body is held at all);
//! `write` puts each edition together ([`layout`]) with the board's
//! details from `site.toml`, checks its HTML ([`crate::checks::email`]) and
//! writes its files. The addresses are [`crate::addresses::email_edition`].

pub mod body;
pub mod layout;
pub mod styled;
pub mod styles;
pub mod text;

use std::borrow::Cow;
use std::hash::{Hash, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use super::memo::Memo;
use super::{Generator, Inputs};
use crate::addresses::{CONTACT_PAGE, email_edition, has_email_edition};
use crate::content::Kind;
use crate::dates::Date;
use crate::error::{Diagnostic, Error};
use crate::formats::mime::Message;
use crate::i18n::{Locales, direction};
use crate::markdown::Rendered;
use crate::output::Sink;
use crate::render::concern;
use crate::render::context::is_numbered;
use crate::site::{Site, translation_key};
use crate::urls::encode_path;
use body::{Body, Reading};
use layout::{Edition, Footer, Labels, Number};
use styles::Dir;

/// What every edition in one language shares: the board's name, the
/// interface text and the footer, made once per language.
#[derive(Debug)]
struct Language {
    board: String,
    labels: Labels,
    footer: Footer,
    /// "Newsletter" and "7-minute briefing", as an edition names its kind.
    newsletter: String,
    briefing: String,
}

impl Language {
    fn of(site: &Site, locales: &Locales, lang: &str) -> Language {
        let message = |id: &str| locales.message(lang, id, None);
        Language {
            board: board_name(site, locales, lang),
            labels: Labels {
                read_online: message("email-read-online"),
                in_this_issue: message("email-in-this-issue"),
                links: message("email-links"),
                concern_title: message("concern-title"),
                contact_us: message("footer-contact"),
                phone: message("contact-phone"),
                email: message("contact-email"),
            },
            footer: footer(site, locales, lang),
            newsletter: message("latest-kind-newsletter"),
            briefing: message("latest-kind-briefing"),
        }
    }
}

/// A body read for its edition, and the page address it was read for.
#[derive(Debug)]
struct Read {
    page_url: String,
    /// The body as the edition shows it; `None` when the caller renders
    /// bodies again on request ([`Inputs::bodies`]): it is read from there
    /// when the edition is made, and not kept.
    body: Option<Body>,
    /// Without `body`, a newsletter's [`Body::linked`] (its "In this
    /// issue"), read the first time an edition's inputs are weighed.
    linked: OnceLock<Vec<String>>,
    /// Which reading this is: no two share it.
    reading: u64,
}

/// The e-mail editions, with the bodies the document pass has shown them,
/// by content file.
#[derive(Debug, Default)]
pub struct EmailEditions {
    bodies: Mutex<FxHashMap<String, Read>>,
    /// The content files shown since the last `write`.
    shown: Mutex<FxHashSet<String>>,
    /// Counts the bodies read, for [`Read::reading`].
    readings: AtomicU64,
    /// Each content file's edition as last written, and what its check
    /// found.
    made: Memo,
}

impl EmailEditions {
    fn bodies(&self) -> std::sync::MutexGuard<'_, FxHashMap<String, Read>> {
        lock(&self.bodies)
    }
}

/// `mutex`, locked. A panic elsewhere while the lock was held leaves whole
/// entries.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Generator for EmailEditions {
    fn reads_bodies(&self) -> bool {
        true
    }

    fn document(&self, site: &Site, doc: usize, rendered: &Rendered, kept: bool) {
        let document = &site.documents[doc];
        if !matches!(document.kind, Kind::Briefing | Kind::Newsletter) {
            return;
        }
        lock(&self.shown).insert(document.file.clone());
        let page = site
            .page_for(&document.path.lang, &translation_key(document))
            .filter(|&i| has_email_edition(site, i));
        let Some(i) = page else {
            self.bodies().remove(&document.file);
            return;
        };
        let page_url = site.pages[i].url.clone();
        let body = (!kept).then(|| read_body(site, doc, &page_url, rendered));
        let reading = self.readings.fetch_add(1, Ordering::Relaxed);
        self.bodies().insert(
            document.file.clone(),
            Read {
                page_url,
                body,
                linked: OnceLock::new(),
                reading,
            },
        );
    }

    fn write(&self, inputs: &Inputs<'_>, sink: &dyn Sink) -> Result<Vec<Diagnostic>, Error> {
        let site = inputs.site;
        let editions: Vec<usize> = (0..site.pages.len())
            .filter(|&i| has_email_edition(site, i))
            .collect();
        let mut diagnostics = Vec::new();
        let from = site.config.email_from();
        if from.is_none() && !editions.is_empty() {
            diagnostics.push(
                Diagnostic::warning(
                    crate::checks::email::CHECK,
                    crate::config::FILE_NAME,
                    "the e-mail editions have no sender: site.toml has neither [email] from nor a [contact] email",
                )
                .with_hint("add [email] from = \"Your Board <news@your-board.org>\" to site.toml"),
            );
        }
        let from = from.as_ref().map(|m| (m.name.as_deref(), m.address.as_str()));
        let languages: FxHashMap<&str, Language> = site
            .config
            .languages
            .iter()
            .map(|l| (l.as_str(), Language::of(site, inputs.locales, l)))
            .collect();
        let bodies = self.bodies();
        // Under serve, after an edit to bodies alone, only the editions of
        // the documents shown since the last write can have changed; the
        // others keep their files and what their check found. After any
        // other change, an edition whose inputs are as they were is not
        // made again either ([`Memo`]).
        let shown = std::mem::take(&mut *lock(&self.shown));
        let (editions, kept): (Vec<usize>, Vec<usize>) = editions
            .into_iter()
            .partition(|&i| !inputs.only_shown || shown.contains(&site.doc(i).file));
        for &i in &kept {
            diagnostics.extend(self.made.found(&site.doc(i).file));
        }
        let one = |i: usize| -> Result<Vec<Diagnostic>, Error> {
            let doc = site.doc(i);
            let Some(read) = bodies.get(&doc.file).filter(|r| r.page_url == site.pages[i].url) else {
                return Ok(Vec::new());
            };
            let Some(language) = languages.get(site.pages[i].lang.as_str()) else {
                return Ok(Vec::new());
            };
            let d = site.pages[i].doc;
            // The body as the caller renders it again, read for this
            // edition.
            let again = || {
                inputs
                    .bodies
                    .map(|bodies| read_body(site, d, &read.page_url, &bodies.body(d)))
            };
            // A body read here for a newsletter's links, to make its
            // edition with if it must be made.
            let mut fresh = None;
            let linked: &[String] = match (&read.body, doc.kind) {
                (Some(body), _) => &body.linked,
                (None, Kind::Newsletter) => match read.linked.get() {
                    Some(linked) => linked,
                    None => {
                        let Some(body) = again() else {
                            return Ok(Vec::new());
                        };
                        let linked = read.linked.get_or_init(|| body.linked.clone());
                        fresh = Some(body);
                        linked
                    }
                },
                (None, _) => &[],
            };
            let edition = edition(site, inputs.locales, i, linked, language);
            let date = doc.front.date.as_ref().map_or(site.today, |d| *d.get_ref());
            let fingerprint = if sink.tracks() {
                let mut hasher = crate::fingerprint::hasher();
                (
                    &edition,
                    read.reading,
                    from,
                    date,
                    &site.config.base_url,
                    &doc.file,
                )
                    .hash(&mut hasher);
                hasher.finish()
            } else {
                0
            };
            self.made.make(&doc.file, fingerprint, sink, |sink| {
                let body = match (&read.body, fresh) {
                    (Some(body), _) => Cow::Borrowed(body),
                    (None, Some(body)) => Cow::Owned(body),
                    (None, None) => match again() {
                        Some(body) => Cow::Owned(body),
                        // A body is not kept here only when the caller
                        // can render it again.
                        None => return Ok(Vec::new()),
                    },
                };
                write_edition(site, i, &edition, &body, from, date, sink)
            })
        };
        let found: Vec<Result<Vec<Diagnostic>, Error>> = editions.par_iter().map(|&i| one(i)).collect();
        for result in found {
            diagnostics.extend(result?);
        }
        if !inputs.only_shown {
            self.made.sweep();
        }
        Ok(diagnostics)
    }
}

/// Document `doc`'s rendered body read for its edition at `page_url`.
fn read_body(site: &Site, doc: usize, page_url: &str, rendered: &Rendered) -> Body {
    let document = &site.documents[doc];
    let briefing = document.kind == Kind::Briefing;
    let reading = Reading {
        page_url,
        base_url: &site.config.base_url,
        dir: Dir::of(direction(&document.path.lang)),
        briefing,
        number_parts: briefing && !rendered.h2s().any(|h| is_numbered(&h.text)),
    };
    body::read(&rendered.html, reading)
}

/// Writes the three files of page `i`'s edition, which shows `edition`
/// and `body` and is dated `date`; returns what the check of its HTML
/// found.
fn write_edition(
    site: &Site,
    i: usize,
    edition: &Edition<'_>,
    body: &Body,
    from: Option<(Option<&str>, &str)>,
    date: Date,
    sink: &dyn Sink,
) -> Result<Vec<Diagnostic>, Error> {
    let page = &site.pages[i];
    let doc = site.doc(i);
    let html = layout::html(edition, body);
    let text = layout::text(edition, body);
    let eml = Message {
        from,
        subject: &doc.front.title,
        date,
        host: host(&site.config.base_url),
        language: &page.lang,
        text: &text,
        html: &html,
    }
    .to_eml();
    let [html_url, text_url, eml_url] = email_edition(&page.url);
    let found = crate::checks::email::check(&html, &doc.file, &html_url);
    sink.put(html_url.trim_start_matches('/'), html.as_bytes())?;
    sink.put(text_url.trim_start_matches('/'), text.as_bytes())?;
    sink.put(eml_url.trim_start_matches('/'), eml.as_bytes())?;
    Ok(found)
}

/// The host of `base_url`, for the `Message-ID`: "example.org".
fn host(base_url: &str) -> &str {
    let rest = base_url.split_once("://").map_or(base_url, |(_, rest)| rest);
    let end = rest.find(['/', ':', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..end];
    if host.is_empty() { "localhost" } else { host }
}

/// Everything page `i`'s edition shows besides its body, in its language.
fn edition<'a>(
    site: &Site,
    locales: &Locales,
    i: usize,
    linked: &[String],
    language: &'a Language,
) -> Edition<'a> {
    let page = &site.pages[i];
    let doc = site.doc(i);
    let lang = page.lang.as_str();
    let kind = match (doc.kind, &doc.front.issue) {
        (Kind::Newsletter, Some(issue)) => format!("{}: {issue}", language.newsletter),
        (Kind::Newsletter, None) => language.newsletter.clone(),
        _ => language.briefing.clone(),
    };
    let in_this_issue = if doc.kind == Kind::Newsletter {
        linked
            .iter()
            .filter_map(|path| site.by_url.get(path))
            .filter(|&&j| matches!(site.doc(j).kind, Kind::Review | Kind::Briefing))
            .map(|&j| {
                (
                    site.doc(j).front.title.clone(),
                    absolute(site, &site.pages[j].url),
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    Edition {
        lang: lang.to_owned(),
        dir: Dir::of(direction(lang)),
        board: language.board.clone(),
        kind,
        title: doc.front.title.clone(),
        description: doc.front.description.clone(),
        date: doc
            .front
            .date
            .as_ref()
            .map(|d| locales.long_date(lang, *d.get_ref())),
        permalink: absolute(site, &page.url),
        in_this_issue,
        labels: &language.labels,
        footer: &language.footer,
    }
}

/// The board's name: `[contact] organisation`, or the site's title.
fn board_name(site: &Site, locales: &Locales, lang: &str) -> String {
    match &site.config.contact.organisation {
        Some(name) => name.clone(),
        None => locales.text_or_message(lang, &site.config.title),
    }
}

/// The absolute address of the site path `path`.
fn absolute(site: &Site, path: &str) -> String {
    site.permalink(&encode_path(path))
}

/// The footer in `lang`: the numbers to call from `[concern]` (or the
/// board's phone), police 999, and the board's contact details.
fn footer(site: &Site, locales: &Locales, lang: &str) -> Footer {
    let message = |id: &str| locales.message(lang, id, None);
    let view = concern::view(&site.config);
    let mut numbers = Vec::new();
    if let Some(phone) = &view.phone {
        let label = if view.is_board {
            "concern-board"
        } else {
            "concern-front-door"
        };
        numbers.push(Number {
            label: message(label),
            text: phone.text.clone(),
            tel: phone.tel.clone(),
            hours: view.hours.clone(),
        });
    }
    if let Some(phone) = &view.out_of_hours {
        numbers.push(Number {
            label: message("concern-out-of-hours"),
            text: phone.text.clone(),
            tel: phone.tel.clone(),
            hours: None,
        });
    }
    numbers.push(Number {
        label: message("concern-police"),
        text: "999".to_owned(),
        tel: "tel:999".to_owned(),
        hours: None,
    });
    let contact = &site.config.contact;
    let mut contact_lines = vec![board_name(site, locales, lang)];
    contact_lines.extend(contact.team.iter().cloned());
    contact_lines.extend(contact.address.iter().cloned());
    contact_lines.extend(contact.postcode.iter().cloned());
    contact_lines.extend(contact.hours.iter().cloned());
    let default = &site.config.default_language;
    Footer {
        numbers,
        concern_text: view.text.clone().unwrap_or_else(|| message("concern-text")),
        concern_text_is_sites: view.text.is_some(),
        contact_lines,
        phone: contact
            .phone
            .as_ref()
            .map(|p| (p.trim().to_owned(), crate::urls::tel_uri(p))),
        email: contact.email.clone(),
        contact_url: absolute(
            site,
            &format!("{}{CONTACT_PAGE}", site.config.language_prefix(lang)),
        ),
        site_lang: (default != lang).then(|| default.clone()),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_host_comes_from_the_base_url() {
        assert_eq!(super::host("https://example.org"), "example.org");
        assert_eq!(super::host("https://example.org:8443/board"), "example.org");
        assert_eq!(super::host(""), "localhost");
    }
}
