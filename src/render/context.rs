//! The data each template sees: small, plain structs built per page (never
//! the whole site), serialised into the Tera context.
//!
//! Templates get `lang`, `dir`, `site` (the same for every page of a
//! language) and `page`; list templates also get `section`. Everything a
//! template shows is decided here, so the theme only lays it out.

use serde::Serialize;

use crate::config::Contact;
use crate::content::front_matter::{Recommendation, Status};
use crate::content::{Document, Kind};
use crate::dates::Date;
use crate::i18n::{Locales, direction};
use crate::markdown::Rendered;
use crate::site::Site;

/// What every page of one language shares.
#[derive(Debug, Clone, Serialize)]
pub struct SiteView {
    /// The site's name in this language.
    pub title: String,
    /// The language the name is written in: this language when site.toml
    /// gives the name in it (`[title_translations]`, or `title` as a
    /// message this language has), else the default one.
    pub title_lang: String,
    /// The public base URL, without a trailing slash.
    pub base_url: String,
    /// The default language's code.
    pub default_language: String,
    /// This language's home page path.
    pub home_url: String,
    /// The contact page path in this language.
    pub contact_url: String,
    /// The accessibility statement's path in this language, if the site
    /// has one (`content/accessibility.md`).
    pub accessibility_url: Option<String>,
    /// The path in this language of the page on hiding a visit
    /// (`[quick_exit] safety_page`), if the site has it.
    pub safety_url: Option<String>,
    /// Who to call when worried about a child.
    pub concern: super::concern::ConcernView,
    /// The recommendations tracker path in this language.
    pub recommendations_url: String,
    /// The Atom feed path in this language.
    pub feed_url: String,
    /// Where "Leave this site" goes.
    pub quick_exit_url: String,
    /// Whether to show the emergency notice.
    pub emergency_notice: bool,
    /// The board's contact details.
    pub contact: Contact,
    /// The top-level sections, for the navigation.
    pub nav: Vec<LangLink>,
    /// The themes index path in this language.
    pub themes_url: String,
    /// The search page's path in this language.
    pub search_url: String,
    /// The contact details as a `tel:` link, vCard and schema.org data.
    pub contact_card: super::contact_card::ContactCard,
    /// The pages marked `featured = true` (their originals, for a
    /// translation), as the home page shows them: lightest `weight` first,
    /// then by title.
    pub featured: Vec<Featured>,
}

/// A featured page, as a card on the home page.
#[derive(Debug, Clone, Serialize)]
pub struct Featured {
    /// Its title.
    pub title: String,
    /// Its address in the language of the view.
    pub url: String,
    /// Its description, if it has one.
    pub description: Option<String>,
    /// The language its text is in (the original's, for a fallback).
    pub lang: String,
    /// That language's direction.
    pub dir: &'static str,
}

/// The featured pages of `lang` ([`SiteView::featured`]).
fn featured(site: &Site, lang: &str) -> Vec<Featured> {
    let default = &site.config.default_language;
    let is_featured = |i: usize| {
        let key = crate::site::translation_key(site.doc(i));
        site.page_for(default, &key)
            .map_or(site.doc(i).front.featured, |o| site.doc(o).front.featured)
    };
    let mut pages: Vec<usize> = (0..site.pages.len())
        .filter(|&i| site.pages[i].lang == lang && site.is_listed(i) && is_featured(i))
        .collect();
    pages.sort_by(|&a, &b| {
        let (x, y) = (&site.doc(a).front, &site.doc(b).front);
        (x.weight.unwrap_or(i64::MAX), &x.title).cmp(&(y.weight.unwrap_or(i64::MAX), &y.title))
    });
    pages
        .into_iter()
        .map(|i| {
            let doc = site.doc(i);
            Featured {
                title: doc.front.title.clone(),
                url: site.pages[i].url.clone(),
                description: doc.front.description.clone(),
                lang: doc.path.lang.clone(),
                dir: crate::i18n::direction(&doc.path.lang),
            }
        })
        .collect()
}

/// A link with its text.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Link {
    /// Link text.
    pub title: String,
    /// Path from the site root.
    pub url: String,
}

/// A link whose text may be in another language than the page it is on:
/// a fallback page's title in the navigation or the breadcrumbs.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct LangLink {
    /// Link text.
    pub title: String,
    /// Path from the site root.
    pub url: String,
    /// Language of the text, so the template can mark it with `lang`.
    pub lang: String,
}

/// A page in another language, for the switcher and `hreflang`.
#[derive(Debug, Clone, Serialize)]
pub struct Translation {
    /// Language code.
    pub code: String,
    /// The language's own name: "Polski", "اردو".
    pub name: String,
    /// Path of the page in that language.
    pub url: String,
    /// Absolute URL, for `<link rel="alternate">`.
    pub permalink: String,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// Whether this is the page being shown.
    pub current: bool,
}

/// A page as a list shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// Title.
    pub title: String,
    /// Path.
    pub url: String,
    /// Kind of page.
    pub kind: Kind,
    /// Publication date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// One-sentence description.
    pub description: Option<String>,
    /// Newsletter issue.
    pub issue: Option<String>,
    /// Review reference.
    pub reference: Option<String>,
    /// Language of the text (differs from the page's for fallbacks).
    pub content_lang: String,
    /// Training: when it starts, `YYYY-MM-DDTHH:MM:SS`.
    pub starts: Option<String>,
    /// Training: its start time, `HH:MM`.
    pub starts_time: Option<String>,
    /// Training: where, as written.
    pub location: Option<String>,
    /// Training: whether it is held online.
    pub online: bool,
}

/// A recommendation as the review page and tracker show it.
#[derive(Debug, Clone, Serialize)]
pub struct RecommendationView {
    /// "R1".
    pub id: String,
    /// What is recommended.
    pub text: String,
    /// Agencies responsible.
    pub agencies: Vec<String>,
    /// Intended outcome.
    pub outcome: Option<String>,
    /// Due date, `YYYY-MM-DD`.
    pub due: Option<String>,
    /// `not-started`, `in-progress` or `complete`.
    pub status: &'static str,
    /// Past due and not complete.
    pub overdue: bool,
    /// The latest progress report.
    pub latest: Option<ProgressView>,
    /// Every progress report, newest first.
    pub progress: Vec<ProgressView>,
}

/// A progress report.
#[derive(Debug, Clone, Serialize)]
pub struct ProgressView {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// What was reported.
    pub note: String,
}

/// A review's own data.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewView {
    /// "CSPR 2024/01".
    pub reference: Option<String>,
    /// `cspr` or `scr`.
    pub kind: &'static str,
    /// Agencies involved.
    pub agencies: Vec<String>,
    /// Take-down date.
    pub expires: Option<String>,
    /// Whether it has been taken down.
    pub expired: bool,
    /// Its recommendations: a list of [`RecommendationView`]s, the one the
    /// tracker shows too ([`recommendations_value`]).
    pub recommendations: tera::Value,
    /// Briefings that name it.
    pub briefings: Vec<Link>,
}

/// A training session's own data.
#[derive(Debug, Clone, Serialize)]
pub struct TrainingView {
    /// Start, `YYYY-MM-DDTHH:MM:SS`.
    pub starts: Option<String>,
    /// End.
    pub ends: Option<String>,
    /// Start time, `HH:MM`.
    pub starts_time: Option<String>,
    /// End time, `HH:MM`.
    pub ends_time: Option<String>,
    /// Where, or "online".
    pub location: Option<String>,
    /// Who it is for.
    pub audience: Option<String>,
    /// Booking URL or e-mail.
    pub booking: Option<String>,
    /// Whether the booking is an e-mail address.
    pub booking_is_email: bool,
    /// Path of the session's iCalendar file.
    pub ics_url: String,
    /// Its size in words: "1 KB".
    pub ics_size: String,
    /// Whether it is still to come.
    pub upcoming: bool,
    /// Whether it starts and ends on the same day.
    pub same_day: bool,
    /// Whether it is held online.
    pub online: bool,
}

/// Everything about the page being rendered.
#[derive(Debug, Clone, Serialize)]
pub struct PageView {
    /// Title.
    pub title: String,
    /// Description.
    pub description: Option<String>,
    /// Path.
    pub url: String,
    /// Absolute URL.
    pub permalink: String,
    /// Kind of page.
    pub kind: Kind,
    /// Publication date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Last update, `YYYY-MM-DD`.
    pub updated: Option<String>,
    /// The body as HTML.
    pub content: String,
    /// "On this page": the h2s, when there are three or more.
    pub toc: Vec<Link>,
    /// Whether the author numbered the page's parts themselves ("## 1.
    /// Background"), so the theme does not number them again.
    pub parts_numbered: bool,
    /// Its themes, each with the address of its page (empty for a page
    /// that is on no theme page: a draft or an expired review).
    pub themes: Vec<Link>,
    /// Default-language content shown because no translation exists.
    pub is_fallback: bool,
    /// A draft, built for a preview with `--drafts`: shown with a banner,
    /// kept out of search engines.
    pub draft: bool,
    /// The language of the text.
    pub content_lang: String,
    /// Its direction.
    pub content_dir: &'static str,
    /// The page in every language that has it.
    pub translations: Vec<Translation>,
    /// Home › Section › Page.
    pub breadcrumbs: Vec<LangLink>,
    /// The navigation items this page comes under ([`nav_current`]).
    pub nav_current: Vec<String>,
    /// Review data.
    pub review: Option<ReviewView>,
    /// Briefing: the review it comes from.
    pub from_review: Option<Link>,
    /// Newsletter issue.
    pub issue: Option<String>,
    /// Training data.
    pub training: Option<TrainingView>,
}

/// A section page's list.
#[derive(Debug, Clone, Serialize)]
pub struct SectionView {
    /// Pages in the section, in list order ([`Summary`] each).
    pub pages: Vec<tera::Value>,
    /// Sub-sections.
    pub subsections: Vec<Link>,
    /// The home page only: the newest review summaries, briefings and
    /// newsletters in this language, newest first.
    pub latest: Vec<tera::Value>,
    /// The kind of the section's pages: "review", "newsletter", "page", …
    pub kind: Kind,
    /// Its Atom feed, for publication sections.
    pub feed_url: Option<String>,
    /// Newsletters: the archive by year, newest first.
    pub years: Vec<YearGroup>,
    /// Training: sessions still to come, soonest first.
    pub upcoming: Vec<tera::Value>,
    /// Training: sessions that have ended, latest first.
    pub past: Vec<tera::Value>,
}

/// The pages of one year, for an archive.
#[derive(Debug, Clone, Serialize)]
pub struct YearGroup {
    /// "2026", or "" for undated pages.
    pub year: String,
    /// Its pages, newest first ([`Summary`] each).
    pub pages: Vec<tera::Value>,
}

/// Builds the shared view for `lang`.
pub fn site_view(site: &Site, locales: &Locales, lang: &str) -> SiteView {
    let prefix = site.config.language_prefix(lang);
    let (title, title_lang) = locales.site_title(&site.config, lang);
    let nav = nav_pages(site, lang)
        .map(|i| LangLink {
            title: site.doc(i).front.title.clone(),
            url: site.pages[i].url.clone(),
            lang: site.doc(i).path.lang.clone(),
        })
        .collect();
    SiteView {
        title,
        title_lang,
        base_url: site.config.base_url.clone(),
        default_language: site.config.default_language.clone(),
        home_url: format!("{prefix}/"),
        contact_url: format!("{prefix}{}", crate::addresses::CONTACT_PAGE),
        accessibility_url: page_url(site, lang, "accessibility"),
        safety_url: page_url(site, lang, &site.config.quick_exit.safety_page),
        concern: super::concern::view(&site.config),
        recommendations_url: format!("{prefix}{}", crate::addresses::TRACKER),
        feed_url: crate::addresses::feed(site, lang, None),
        quick_exit_url: site.config.quick_exit.url.clone(),
        emergency_notice: site.config.emergency_notice,
        contact: site.config.contact.clone(),
        nav,
        themes_url: format!("{prefix}{}", crate::addresses::THEMES),
        search_url: format!("{prefix}{}", crate::addresses::SEARCH),
        featured: featured(site, lang),
        contact_card: {
            let default = &site.config.default_language;
            super::contact_card::card(
                &site.config,
                &locales.text_or_message(default, &site.config.title),
                &locales.message(default, "contact-hours", None),
            )
        },
    }
}

/// The address in `lang` of the content page with translation key `key`
/// ("staying-safe-online"), if the site has it (a fallback page counts).
fn page_url(site: &Site, lang: &str, key: &str) -> Option<String> {
    let key = key.trim_matches('/').trim_end_matches(".md");
    site.page_for(lang, key).map(|i| site.pages[i].url.clone())
}

/// The pages the navigation of `lang` links to ([`Site::nav`]).
fn nav_pages<'a>(site: &'a Site, lang: &str) -> impl Iterator<Item = usize> + 'a {
    site.nav.get(lang).into_iter().flatten().copied()
}

/// The addresses of the navigation's items that the page at `url` (in
/// `lang`) comes under: those `url` starts with. The theme marks those
/// items `aria-current`, with a list lookup rather than a string test per
/// item on every page.
pub fn nav_current(site: &Site, lang: &str, url: &str) -> Vec<String> {
    nav_pages(site, lang)
        .map(|i| &site.pages[i].url)
        .filter(|nav_url| url.starts_with(nav_url.as_str()))
        .cloned()
        .collect()
}

/// A list entry for page `i` (lists take it through [`summary_value`]).
fn summary(site: &Site, i: usize) -> Summary {
    let doc = site.doc(i);
    Summary {
        title: doc.front.title.clone(),
        url: site.pages[i].url.clone(),
        kind: doc.kind,
        date: doc.front.date.as_ref().map(|d| d.get_ref().iso()),
        description: doc.front.description.clone(),
        issue: doc.front.issue.clone(),
        reference: doc.front.reference.clone(),
        content_lang: doc.path.lang.clone(),
        starts: doc.front.starts.as_ref().map(|s| s.get_ref().iso()),
        starts_time: doc.front.starts.as_ref().map(|s| s.get_ref().hhmm()),
        location: doc.front.location.clone(),
        online: doc
            .front
            .location
            .as_deref()
            .is_some_and(super::calendar::is_online),
    }
}

/// A hash of everything page `i`'s list entry ([`summary_value`]) is made
/// from, worked out without making it: a list whose entries' hashes are
/// as they were shows the same entries.
pub fn summary_made_from(site: &Site, i: usize, hasher: &mut impl std::hash::Hasher) {
    use std::hash::Hash;
    let doc = site.doc(i);
    let front = &doc.front;
    (
        &front.title,
        &site.pages[i].url,
        doc.kind,
        front.date.as_ref().map(|d| d.get_ref()),
        &front.description,
        &front.issue,
        &front.reference,
        &doc.path.lang,
        front.starts.as_ref().map(|s| s.get_ref()),
        &front.location,
    )
        .hash(hasher);
}

/// Page `i`'s list entry (a [`Summary`]) as a template value. It is made the
/// first time a list shows the page, and every list after shares it: a page
/// is in its section's list, on each of its themes' pages and perhaps on
/// the home page.
pub fn summary_value(site: &Site, i: usize) -> tera::Value {
    // Text, dates as text, a kind and a flag: serialising them cannot fail.
    let make =
        || tera::Value::try_from_serializable(&summary(site, i)).unwrap_or_else(|_| tera::Value::none());
    match site.list_entries.get(i) {
        Some(entry) => entry.get_or_init(make).clone(),
        None => make(),
    }
}

/// The `count` newest listed publications (reviews, briefings, newsletters)
/// in `lang`, newest first, for the home page's "latest learning".
pub fn latest(site: &Site, lang: &str, count: usize) -> Vec<tera::Value> {
    let mut found: Vec<usize> = (0..site.pages.len())
        .filter(|&i| site.pages[i].lang == lang && site.is_listed(i))
        .filter(|&i| site.doc(i).kind.is_publication() && site.doc(i).front.date.is_some())
        .collect();
    let date = |i: usize| site.doc(i).front.date.as_ref().map(|d| *d.get_ref());
    found.sort_by(|&a, &b| {
        date(b)
            .cmp(&date(a))
            .then_with(|| site.pages[a].url.cmp(&site.pages[b].url))
    });
    found
        .into_iter()
        .take(count)
        .map(|i| summary_value(site, i))
        .collect()
}

/// The language versions of page `i`.
pub fn translations(site: &Site, locales: &Locales, i: usize) -> Vec<Translation> {
    site.translations(i)
        .into_iter()
        .map(|t| {
            let page = &site.pages[t];
            Translation {
                code: page.lang.clone(),
                name: locales.language_name(&page.lang).to_owned(),
                url: page.url.clone(),
                permalink: site.permalink(&page.url),
                dir: direction(&page.lang),
                current: t == i,
            }
        })
        .collect()
}

/// Home › Section › … › this page, in the page's language.
pub fn breadcrumbs(site: &Site, locales: &Locales, i: usize) -> Vec<LangLink> {
    let page = &site.pages[i];
    let doc = site.doc(i);
    let prefix = site.config.language_prefix(&page.lang);
    let mut crumbs = vec![LangLink {
        title: locales.message(&page.lang, "breadcrumb-home", None),
        url: format!("{prefix}/"),
        lang: page.lang.clone(),
    }];
    let mut path = String::new();
    for part in doc.path.section.split('/').filter(|p| !p.is_empty()) {
        if !path.is_empty() {
            path.push('/');
        }
        path.push_str(part);
        if let Some(index) = site
            .sections
            .get(&(page.lang.clone(), path.clone()))
            .and_then(|s| s.index_page)
        {
            if index != i {
                crumbs.push(LangLink {
                    title: site.doc(index).front.title.clone(),
                    url: site.pages[index].url.clone(),
                    lang: site.doc(index).path.lang.clone(),
                });
            }
        }
    }
    if page.url != format!("{prefix}/") {
        crumbs.push(LangLink {
            title: doc.front.title.clone(),
            url: page.url.clone(),
            lang: doc.path.lang.clone(),
        });
    }
    crumbs
}

/// The tracker's and review page's view of one recommendation.
pub fn recommendation_view(rec: &Recommendation, today: Date) -> RecommendationView {
    let mut progress: Vec<ProgressView> = rec
        .progress
        .iter()
        .map(|p| ProgressView {
            date: p.date.get_ref().iso(),
            note: p.note.clone(),
        })
        .collect();
    progress.sort_by(|a, b| b.date.cmp(&a.date));
    RecommendationView {
        id: rec.id.get_ref().clone(),
        text: rec.text.clone(),
        agencies: rec.agencies.clone(),
        outcome: rec.outcome.clone(),
        due: rec.due.map(|d| d.iso()),
        status: rec.status.as_str(),
        overdue: is_overdue(rec, today),
        latest: progress.first().cloned(),
        progress,
    }
}

/// Document `d`'s recommendations as a template value: a list of
/// [`RecommendationView`]s, in the order written. Made once per build and
/// shared by its review pages in every language and the tracker.
pub fn recommendations_value(site: &Site, d: usize) -> tera::Value {
    // Text, dates as text, a status and a flag: serialising them cannot fail.
    let make = || {
        let views: Vec<RecommendationView> = site.documents[d]
            .front
            .recommendations
            .iter()
            .map(|r| recommendation_view(r, site.today))
            .collect();
        tera::Value::try_from_serializable(&views).unwrap_or_else(|_| tera::Value::none())
    };
    match site.recommendation_lists.get(d) {
        Some(list) => list.get_or_init(make).clone(),
        None => make(),
    }
}

/// Past due and not complete.
pub fn is_overdue(rec: &Recommendation, today: Date) -> bool {
    rec.status != Status::Complete && rec.due.is_some_and(|due| due < today)
}

/// Whether a heading starts with its own number: "1. Background",
/// "2) Why it matters", "3: Key information".
pub fn is_numbered(heading: &str) -> bool {
    let rest = heading
        .trim_start()
        .trim_start_matches(|c: char| c.is_ascii_digit());
    rest.len() < heading.trim_start().len() && rest.starts_with(['.', ')', ':'])
}

/// The page view of page `i`, with its rendered body.
pub fn page_view(site: &Site, locales: &Locales, i: usize, body: &Rendered) -> PageView {
    let page = &site.pages[i];
    let doc: &Document = site.doc(i);
    let prefix = site.config.language_prefix(&page.lang);
    let mut toc: Vec<Link> = body
        .h2s()
        .filter_map(|h| {
            h.id.as_ref().map(|id| Link {
                title: h.text.clone(),
                url: format!("#{id}"),
            })
        })
        .collect();
    // The review template's own sections, after the body's.
    if doc.kind == Kind::Review && !site.is_expired(doc) && !doc.front.recommendations.is_empty() {
        toc.push(Link {
            title: locales.message(&page.lang, "review-recommendations", None),
            url: "#review-recommendations".to_owned(),
        });
    }
    let parts_numbered = body.h2s().any(|h| is_numbered(&h.text));
    let listed = site.is_listed(i);
    if toc.len() < 3 {
        toc.clear();
    }
    PageView {
        parts_numbered,
        title: doc.front.title.clone(),
        description: doc.front.description.clone(),
        url: page.url.clone(),
        permalink: site.permalink(&page.url),
        kind: doc.kind,
        date: doc.front.date.as_ref().map(|d| d.get_ref().iso()),
        updated: doc.front.updated.map(|d| d.iso()),
        content: body.html.clone(),
        toc,
        themes: doc
            .front
            .themes
            .iter()
            .map(|t| (t, crate::content::path::slugify(t)))
            // A theme of punctuation alone has no page to link to.
            .filter(|(_, slug)| !slug.is_empty())
            .map(|(t, slug)| Link {
                title: t.clone(),
                // A draft or expired page is on no theme's page, which may
                // then not exist: its themes are shown, not linked.
                url: if listed {
                    crate::addresses::theme_page(&prefix, &slug)
                } else {
                    String::new()
                },
            })
            .collect(),
        is_fallback: page.is_fallback,
        draft: doc.front.draft,
        content_lang: doc.path.lang.clone(),
        content_dir: direction(&doc.path.lang),
        translations: translations(site, locales, i),
        breadcrumbs: breadcrumbs(site, locales, i),
        nav_current: nav_current(site, &page.lang, &page.url),
        review: (doc.kind == Kind::Review).then(|| review_view(site, page.doc, &page.lang)),
        from_review: doc.front.review.as_ref().and_then(|r| {
            let key = r.get_ref().trim_end_matches(".md");
            site.page_for(&page.lang, key).map(|t| Link {
                title: site.doc(t).front.title.clone(),
                url: site.pages[t].url.clone(),
            })
        }),
        issue: doc.front.issue.clone(),
        training: (doc.kind == Kind::Training).then(|| training_view(site, locales, i)),
    }
}

fn review_view(site: &Site, d: usize, lang: &str) -> ReviewView {
    let doc = &site.documents[d];
    let key = crate::site::translation_key(doc);
    let mut briefing_pages: Vec<usize> = site
        .briefings_of
        .get(&key)
        .into_iter()
        .flatten()
        .filter_map(|briefing| site.page_for(lang, briefing))
        .collect();
    briefing_pages.sort_unstable();
    let briefings = briefing_pages
        .into_iter()
        .map(|j| Link {
            title: site.doc(j).front.title.clone(),
            url: site.pages[j].url.clone(),
        })
        .collect();
    ReviewView {
        reference: doc.front.reference.clone(),
        kind: match doc.front.kind.unwrap_or_default() {
            crate::content::front_matter::ReviewKind::Cspr => "cspr",
            crate::content::front_matter::ReviewKind::Scr => "scr",
        },
        agencies: doc.front.agencies.clone(),
        expires: doc.front.expires.map(|d| d.iso()),
        expired: site.is_expired(doc),
        recommendations: recommendations_value(site, d),
        briefings,
    }
}

fn training_view(site: &Site, locales: &Locales, i: usize) -> TrainingView {
    let front = &site.doc(i).front;
    let ics = super::calendar::ics(site, locales, i).unwrap_or_default();
    // Refused unless safe ([`crate::urls::check`]); a bare e-mail address
    // gets `mailto:` from the template.
    let booking = front
        .booking
        .as_ref()
        .map(|b| crate::urls::normalise(b.get_ref()).into_owned());
    let booking_is_email = booking
        .as_deref()
        .is_some_and(|b| crate::urls::scheme(b).is_none() && b.contains('@') && !b.contains('/'));
    TrainingView {
        starts: front.starts.as_ref().map(|s| s.get_ref().iso()),
        ends: front.ends.as_ref().map(|s| s.get_ref().iso()),
        starts_time: front.starts.as_ref().map(|s| s.get_ref().hhmm()),
        ends_time: front.ends.as_ref().map(|s| s.get_ref().hhmm()),
        location: front.location.clone(),
        audience: front.audience.clone(),
        booking,
        booking_is_email,
        ics_url: crate::addresses::ics_url(&site.pages[i].url),
        ics_size: crate::formats::kilobytes(ics.len()),
        upcoming: front
            .ends
            .as_ref()
            .is_some_and(|e| e.get_ref().date() >= site.today),
        same_day: match (&front.starts, &front.ends) {
            (Some(s), Some(e)) => s.get_ref().date() == e.get_ref().date(),
            _ => true,
        },
        online: front.location.as_deref().is_some_and(super::calendar::is_online),
    }
}

#[cfg(test)]
mod tests {
    use std::hash::Hasher;

    use super::*;
    use crate::config::Config;
    use crate::content::path;

    /// The list entry and its hash of each page of a site of `files`
    /// (path under `content/`, front matter), in page order, by address.
    fn entries(files: &[(&str, &str)]) -> Vec<(String, (tera::Value, u64))> {
        let config =
            Config::parse("title = \"T\"\nbase_url = \"https://e.org\"\nlanguages = [\"en-GB\", \"cy\"]\n")
                .unwrap();
        let docs = files
            .iter()
            .map(|(rel, front)| {
                let text = format!("+++\n{front}+++\nBody\n");
                Document::parse(
                    &format!("content/{rel}"),
                    text,
                    path::parse(rel, &config).unwrap(),
                )
                .unwrap()
            })
            .collect();
        let (site, _) = Site::assemble(config, docs, Date::from_ymd(2026, 1, 1).unwrap());
        (0..site.pages.len())
            .map(|i| {
                let mut hasher = crate::fingerprint::hasher();
                summary_made_from(&site, i, &mut hasher);
                (
                    site.pages[i].url.clone(),
                    (summary_value(&site, i), hasher.finish()),
                )
            })
            .collect()
    }

    /// The list entry and its hash of the first page of a site of one
    /// file, `file`, with front matter `front`.
    fn entry(front: &str, file: &str) -> (tera::Value, u64) {
        let rel = file.strip_prefix("content/").unwrap();
        entries(&[(rel, front)]).swap_remove(0).1
    }

    #[test]
    fn a_list_entrys_hash_changes_whenever_the_entry_does() {
        // Each kind's fields, and another value for each.
        let kinds: [(&str, &[(&str, &str)]); 3] = [
            (
                "content/training/sleep.md",
                &[
                    ("title = \"Safer sleep\"\n", "title = \"Safe sleep\"\n"),
                    ("date = 2026-03-01\n", "date = 2026-03-02\n"),
                    ("description = \"One line.\"\n", "description = \"Another.\"\n"),
                    ("starts = 2026-04-01T10:00:00\n", "starts = 2026-04-01T11:00:00\n"),
                    ("location = \"Online\"\n", "location = \"Town hall\"\n"),
                ],
            ),
            (
                "content/newsletters/spring.md",
                &[
                    ("title = \"Spring\"\n", "title = \"Spring\"\n"),
                    ("issue = \"1\"\n", "issue = \"2\"\n"),
                ],
            ),
            (
                "content/reviews/child-a.md",
                &[
                    ("title = \"Child A\"\n", "title = \"Child A\"\n"),
                    ("reference = \"CSPR 1\"\n", "reference = \"CSPR 2\"\n"),
                ],
            ),
        ];
        for (file, fields) in kinds {
            let front: Vec<&str> = fields.iter().map(|(one, _)| *one).collect();
            let (value, hash) = entry(&front.concat(), file);
            assert_eq!(
                entry(&front.concat(), file),
                (value.clone(), hash),
                "the same twice"
            );
            for (n, (one, other)) in fields.iter().enumerate() {
                if one == other {
                    continue;
                }
                let mut changed = front.clone();
                changed[n] = other;
                let (v, h) = entry(&changed.concat(), file);
                assert_ne!(v, value, "{other}");
                assert_ne!(h, hash, "{other}");
            }
        }
        // Its address and kind.
        let front = "title = \"Safer sleep\"\ndate = 2026-03-01\n";
        let (value, hash) = entry(front, "content/briefings/sleep.md");
        for file in ["content/briefings/sleep-2.md", "content/training/sleep.md"] {
            let (v, h) = entry(front, file);
            assert_ne!(v, value, "{file}");
            assert_ne!(h, hash, "{file}");
        }
    }

    #[test]
    fn a_translation_has_a_list_entry_of_its_own_where_its_stand_in_was() {
        let front = "title = \"Sleep\"\n";
        let by_address = |files: &[(&str, &str)]| {
            entries(files)
                .into_iter()
                .collect::<std::collections::BTreeMap<_, _>>()
        };
        let before = by_address(&[("briefings/sleep.md", front)]);
        let after = by_address(&[("briefings/sleep.md", front), ("briefings/sleep.cy.md", front)]);
        let (stand_in, translation) = (&before["/cy/briefings/sleep/"], &after["/cy/briefings/sleep/"]);
        assert_ne!(stand_in.0, translation.0);
        assert_ne!(stand_in.1, translation.1);
        assert_eq!(before["/briefings/sleep/"], after["/briefings/sleep/"]);
    }
}
