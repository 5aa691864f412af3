//! What a section page (`_index.md`) lists: its pages in list order and its
//! sub-sections; for newsletters an archive by year, for training the
//! sessions to come before those that have ended, and for publication
//! sections the address of their feed.
//!
//! Part of rendering ([`super::pages`]); expired reviews are left out.

use super::context::{Link, SectionView, YearGroup, summary_value};
use crate::content::Kind;
use crate::site::Site;

/// How many publications the home page lists as the latest learning.
const LATEST_COUNT: usize = 3;

/// The list of section page `i`.
pub fn section_view(site: &Site, i: usize) -> SectionView {
    let page = &site.pages[i];
    let doc = site.doc(i);
    let path = &doc.path.section;
    let kind = Kind::of(path, false);
    let mut view = SectionView {
        pages: Vec::new(),
        subsections: Vec::new(),
        kind,
        feed_url: crate::addresses::has_section_feed(site, &page.lang, path)
            .then(|| crate::addresses::feed(site, &page.lang, Some(path))),
        years: Vec::new(),
        upcoming: Vec::new(),
        past: Vec::new(),
        latest: if path.is_empty() {
            super::context::latest(site, &page.lang, LATEST_COUNT)
        } else {
            Vec::new()
        },
    };
    let Some(section) = site.sections.get(&(page.lang.clone(), path.clone())) else {
        return view;
    };
    let members: Vec<usize> = section
        .members
        .iter()
        .copied()
        .filter(|&m| site.is_listed(m))
        .collect();
    view.pages = members.iter().map(|&m| summary_value(site, m)).collect();
    view.subsections = section
        .children
        .iter()
        .filter_map(|c| site.sections.get(&(page.lang.clone(), c.clone())))
        .filter_map(|s| s.index_page)
        .map(|j| Link {
            title: site.doc(j).front.title.clone(),
            url: site.pages[j].url.clone(),
        })
        .collect();
    match kind {
        Kind::Newsletter => view.years = by_year(site, &members),
        Kind::Training => (view.upcoming, view.past) = by_time(site, &members),
        _ => {}
    }
    view
}

/// Newest year first; in each year, newest first.
fn by_year(site: &Site, members: &[usize]) -> Vec<YearGroup> {
    let mut dated: Vec<(Option<crate::dates::Date>, usize)> = members
        .iter()
        .map(|&m| (site.doc(m).front.date.as_ref().map(|d| *d.get_ref()), m))
        .collect();
    // Undated last, then newest first; list order breaks ties.
    dated.sort_by(|(da, a), (db, b)| {
        da.is_none()
            .cmp(&db.is_none())
            .then_with(|| db.cmp(da))
            .then_with(|| site.list_order(*a, *b))
    });
    let mut years: Vec<YearGroup> = Vec::new();
    for (date, m) in dated {
        let year = date.map(|d| d.0.year().to_string()).unwrap_or_default();
        match years.last_mut() {
            Some(group) if group.year == year => group.pages.push(summary_value(site, m)),
            _ => years.push(YearGroup {
                year,
                pages: vec![summary_value(site, m)],
            }),
        }
    }
    years
}

/// Sessions still to come (soonest first), then those that have ended
/// (latest first), judged by "today".
fn by_time(site: &Site, members: &[usize]) -> (Vec<tera::Value>, Vec<tera::Value>) {
    let starts = |m: usize| site.doc(m).front.starts.as_ref().map(|s| *s.get_ref());
    let ended = |m: usize| {
        site.doc(m)
            .front
            .ends
            .as_ref()
            .is_some_and(|e| e.get_ref().date() < site.today)
    };
    let mut upcoming: Vec<usize> = members.iter().copied().filter(|&m| !ended(m)).collect();
    let mut past: Vec<usize> = members.iter().copied().filter(|&m| ended(m)).collect();
    upcoming.sort_by(|&a, &b| starts(a).cmp(&starts(b)).then_with(|| site.list_order(a, b)));
    past.sort_by(|&a, &b| starts(b).cmp(&starts(a)).then_with(|| site.list_order(a, b)));
    (
        upcoming.into_iter().map(|m| summary_value(site, m)).collect(),
        past.into_iter().map(|m| summary_value(site, m)).collect(),
    )
}
