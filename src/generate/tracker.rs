//! The recommendations tracker, `/recommendations/` in every language: every
//! recommendation of every review, one section per status (overdue first,
//! then in progress, not started and complete), with counts, an in-page list
//! of the sections so it can be filtered without JavaScript, and a chart of
//! each review's recommendations by status drawn as inline SVG, with a data
//! table as its text equivalent.
//!
//! A recommendation is overdue when its due date is before "today" and it
//! is not complete ([`crate::render::context::is_overdue`]); "today" is the
//! build date or `SOURCE_DATE_EPOCH`'s, so a build is reproducible. Expired
//! reviews' recommendations stay, without a link to the review.
//!
//! The page can list thousands of recommendations. Each is rendered on its
//! own through `partials/tracker-item.html` ([`ITEM_TEMPLATE`]), and the
//! page's template prints them already made; under `serve` a review's are
//! kept with a hash of what they were made from, so that an edit to one
//! review renders only its recommendations again, and the page is not
//! rendered at all when no review it lists changed.

use std::sync::{Mutex, MutexGuard, PoisonError};

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;

use super::page::{self, GeneratedView};
use super::sitemap::Entry;
use super::{Generator, Inputs};
use crate::addresses::TRACKER;
use crate::content::Kind;
use crate::content::front_matter::Recommendation;
use crate::dates::Date;
use crate::error::{Diagnostic, Error};
use crate::i18n::direction;
use crate::output::Sink;
use crate::render::base_context;
use crate::render::context::{is_overdue, recommendations_value};
use crate::site::Site;

/// The groups, in the order the page shows them.
pub const GROUPS: [&str; 4] = ["overdue", "in-progress", "not-started", "complete"];

/// What `recommendations.html` sees as `tracker` ([`TrackerView::value`]).
#[derive(Debug, Clone)]
pub struct TrackerView {
    /// "Today", `YYYY-MM-DD`: the day overdue is judged on.
    pub today: String,
    /// Recommendations in all.
    pub total: usize,
    /// One group per status, in [`GROUPS`] order, empty ones included.
    pub groups: Vec<Group>,
    /// Each review with its counts, for the chart's data table.
    pub reviews: Vec<ReviewRow>,
    /// The chart, when there is anything to draw.
    pub chart: Option<Chart>,
}

/// The recommendations with one status.
#[derive(Debug, Clone)]
pub struct Group {
    /// `overdue`, `in-progress`, `not-started` or `complete`.
    pub key: &'static str,
    /// The section's id: "status-overdue".
    pub id: String,
    /// Them, earliest due first.
    pub items: Vec<Item>,
}

/// One recommendation on the tracker.
#[derive(Debug, Clone)]
pub struct Item {
    /// What `partials/tracker-item.html` saw as `item`: its `review` (a
    /// [`ReviewRef`], one value shared by all its recommendations), `url`
    /// (a link to it on the review page, none once expired), `rec` (a
    /// [`RecommendationView`](crate::render::context::RecommendationView),
    /// the value its review page shows, [`recommendations_value`]) and
    /// `html`, what the partial made of them.
    pub value: tera::Value,
    /// That HTML alone.
    pub html: tera::Value,
    /// When it is due, to sort by.
    due: Option<Date>,
}

/// A review as the tracker names it.
#[derive(Debug, Clone, Hash, Serialize)]
pub struct ReviewRef {
    /// Its title.
    pub title: String,
    /// Its page in this language; none once it has expired.
    pub url: Option<String>,
    /// "CSPR 2024/01".
    pub reference: Option<String>,
    /// How a recommendation's heading names it: the reference, or the title.
    pub name: String,
    /// The language of its text (the default language for a fallback).
    pub content_lang: String,
    /// That language's direction.
    pub content_dir: &'static str,
    /// Whether it has been taken down.
    pub expired: bool,
}

/// A review's recommendations counted by group.
#[derive(Debug, Clone)]
pub struct ReviewRow {
    /// The review: a [`ReviewRef`], the value its items share.
    pub review: tera::Value,
    /// Counts in [`GROUPS`] order.
    pub counts: Vec<usize>,
    /// All its recommendations.
    pub total: usize,
    /// Its label on the chart ([`short_label`]).
    label: String,
    /// The language the label is written in.
    lang: String,
}

/// A template map of `entries`.
fn map<const N: usize>(entries: [(&'static str, tera::Value); N]) -> tera::Value {
    let map: tera::Map = entries
        .into_iter()
        .map(|(key, value)| (tera::value::Key::from(key), value))
        .collect();
    tera::Value::from(map)
}

impl TrackerView {
    /// The view as a template value. Built by hand rather than serialised:
    /// serialising would copy every review's and recommendation's value,
    /// where this shares them.
    pub fn value(&self) -> tera::Value {
        let groups: Vec<tera::Value> = self
            .groups
            .iter()
            .map(|group| {
                let items: Vec<tera::Value> = group.items.iter().map(|item| item.value.clone()).collect();
                let mut html = String::with_capacity(
                    group
                        .items
                        .iter()
                        .map(|item| item.html.as_str().map_or(0, str::len) + 5)
                        .sum(),
                );
                for item in &group.items {
                    html.push_str("\n    ");
                    html.push_str(item.html.as_str().unwrap_or_default());
                }
                map([
                    ("key", group.key.into()),
                    ("id", group.id.as_str().into()),
                    ("count", group.items.len().into()),
                    ("items", items.into()),
                    ("html", tera::Value::safe_string(&html)),
                ])
            })
            .collect();
        let reviews: Vec<tera::Value> = self
            .reviews
            .iter()
            .map(|row| {
                map([
                    ("review", row.review.clone()),
                    ("counts", row.counts.clone().into()),
                    ("total", row.total.into()),
                ])
            })
            .collect();
        map([
            ("today", self.today.as_str().into()),
            ("total", self.total.into()),
            ("groups", groups.into()),
            ("reviews", reviews.into()),
            (
                "chart",
                self.chart
                    .as_ref()
                    .map_or_else(tera::Value::none, tera::Value::from_serializable),
            ),
        ])
    }
}

/// A stacked horizontal bar chart, drawn for the width it is shown at:
/// each review's label on a line of its own above its bar, bars and their
/// parts placed in percentages of the width, text in CSS pixels, so that
/// the text stays legible on a phone and the bars fill a wide screen.
#[derive(Debug, Clone, Serialize)]
pub struct Chart {
    /// Height in CSS pixels.
    pub height: u32,
    /// One row per review.
    pub rows: Vec<ChartRow>,
}

/// One review's label and bar.
#[derive(Debug, Clone, Serialize)]
pub struct ChartRow {
    /// Short label: the reference, or the start of the title.
    pub label: String,
    /// The language the label is written in (the review's).
    pub lang: String,
    /// Baseline of the label.
    pub label_y: u32,
    /// Top of the bar.
    pub y: u32,
    /// Baseline of the counts written on the bar.
    pub text_y: u32,
    /// Height of the bar.
    pub height: u32,
    /// Its parts, in [`GROUPS`] order, empty ones left out.
    pub segments: Vec<Segment>,
}

/// One status's part of a bar, placed in percentages of the chart's width
/// from the start of the line: the left in left-to-right pages (`x`), the
/// right in right-to-left ones (`x_rtl`).
#[derive(Debug, Clone, Serialize)]
pub struct Segment {
    /// The group.
    pub key: &'static str,
    /// Left edge, left to right ("12.50%").
    pub x: String,
    /// Left edge when the bar grows from the right.
    pub x_rtl: String,
    /// Width ("25.00%").
    pub width: String,
    /// Where the count is written, left to right.
    pub text_x: String,
    /// Where the count is written when the bar grows from the right.
    pub text_x_rtl: String,
    /// How many recommendations.
    pub count: usize,
    /// Whether the part is wide enough to write its count in.
    pub labelled: bool,
}

/// The group a recommendation belongs in on `today`.
pub fn group_of(rec: &Recommendation, today: Date) -> &'static str {
    if is_overdue(rec, today) {
        "overdue"
    } else {
        rec.status.as_str()
    }
}

/// The reviews on the tracker in `lang`, in list order.
fn review_pages(site: &Site, lang: &str) -> Vec<usize> {
    let mut pages: Vec<usize> = (0..site.pages.len())
        .filter(|&i| site.pages[i].lang == lang && site.doc(i).kind == Kind::Review)
        .collect();
    pages.sort_by(|&a, &b| site.list_order(a, b));
    pages
}

/// One review on the tracker in one language, with what its
/// recommendations are rendered from.
pub struct Review {
    /// Its page's address, expired or not.
    address: String,
    /// As the tracker names it.
    reference: ReviewRef,
    /// That, as a template value, shared by its items.
    value: tera::Value,
    /// Its page, whose recommendations its items show: made into template
    /// values only when they are rendered ([`render_items`]).
    page: usize,
    /// Each one's group ([`GROUPS`]) and due date.
    places: Vec<(usize, Option<Date>)>,
    /// A hash of everything its items are made from: it, its
    /// recommendations and "today".
    made_from: u64,
}

impl Review {
    /// Link to its `n`th recommendation (from 0), while it is not expired.
    fn item_url(&self, n: usize) -> Option<String> {
        self.reference.url.as_ref().map(|u| format!("{u}#rec-{}", n + 1))
    }
}

/// The reviews with recommendations on the tracker in `lang`, in list order.
pub fn reviews(site: &Site, lang: &str) -> Vec<Review> {
    use std::hash::{Hash, Hasher};
    review_pages(site, lang)
        .into_iter()
        .filter(|&i| !site.doc(i).front.recommendations.is_empty())
        .map(|i| {
            let doc = site.doc(i);
            let expired = site.is_expired(doc);
            let reference = ReviewRef {
                title: doc.front.title.clone(),
                url: (!expired).then(|| site.pages[i].url.clone()),
                reference: doc.front.reference.clone(),
                name: doc
                    .front
                    .reference
                    .clone()
                    .unwrap_or_else(|| doc.front.title.clone()),
                content_lang: doc.path.lang.clone(),
                content_dir: direction(&doc.path.lang),
                expired,
            };
            let mut hasher = crate::fingerprint::hasher();
            (&reference, &doc.front.recommendations, site.today).hash(&mut hasher);
            let places = doc
                .front
                .recommendations
                .iter()
                .map(|rec| {
                    let group = GROUPS
                        .iter()
                        .position(|g| *g == group_of(rec, site.today))
                        .unwrap_or(0);
                    (group, rec.due)
                })
                .collect();
            Review {
                address: site.pages[i].url.clone(),
                // Text and flags: serialising them cannot fail.
                value: tera::Value::try_from_serializable(&reference).unwrap_or_else(|_| tera::Value::none()),
                reference,
                page: i,
                places,
                made_from: hasher.finish(),
            }
        })
        .collect()
}

/// The tracker's data in `lang`, from its `reviews` and each one's
/// recommendations rendered (in the same order).
pub fn tracker_view(site: &Site, reviews: &[Review], rendered: &[Rendered]) -> TrackerView {
    let mut groups: Vec<Group> = GROUPS
        .iter()
        .map(|key| Group {
            key,
            id: format!("status-{key}"),
            items: Vec::new(),
        })
        .collect();
    let mut rows = Vec::new();
    for (review, rendered) in reviews.iter().zip(rendered) {
        let mut counts = vec![0; GROUPS.len()];
        for ((&(group, due), value), html) in review.places.iter().zip(&rendered.items).zip(&rendered.html) {
            counts[group] += 1;
            groups[group].items.push(Item {
                value: value.clone(),
                html: html.clone(),
                due,
            });
        }
        rows.push(ReviewRow {
            review: review.value.clone(),
            total: counts.iter().sum(),
            counts,
            label: short_label(&review.reference),
            lang: review.reference.content_lang.clone(),
        });
    }
    for group in &mut groups {
        // Earliest due first; undated last; the review order otherwise.
        group.items.sort_by_key(|item| (item.due.is_none(), item.due));
    }
    TrackerView {
        today: site.today.iso(),
        total: rows.iter().map(|r| r.total).sum(),
        chart: chart(&rows),
        groups,
        reviews: rows,
    }
}

/// A row: the label's line, the bar, and space below.
const ROW: u32 = 72;
const LABEL: u32 = 24;
const BAR: u32 = 32;
/// The whole width, in hundredths of a percent.
const SPAN: u32 = 10_000;

/// Lays out one bar per review on a common scale.
fn chart(reviews: &[ReviewRow]) -> Option<Chart> {
    let max = reviews.iter().map(|r| r.total).max().filter(|m| *m > 0)?;
    let rows = reviews
        .iter()
        .enumerate()
        .map(|(n, row)| {
            let top = 4 + ROW * u32::try_from(n).unwrap_or(u32::MAX / ROW - 1);
            let mut x = 0;
            let mut before = 0;
            let segments = GROUPS
                .iter()
                .zip(&row.counts)
                .filter(|(_, count)| **count > 0)
                .map(|(key, &count)| {
                    // Edges from running totals, so rounding never leaves gaps.
                    before += count;
                    let end = scale(before, max, SPAN);
                    let width = end - x;
                    let middle = x + width / 2;
                    let segment = Segment {
                        key,
                        x: percent(x),
                        x_rtl: percent(SPAN - end),
                        width: percent(width),
                        text_x: percent(middle),
                        text_x_rtl: percent(SPAN - middle),
                        count,
                        // Room for a count of three digits on a 320 px phone.
                        labelled: width >= 900,
                    };
                    x = end;
                    segment
                })
                .collect();
            ChartRow {
                label: row.label.clone(),
                lang: row.lang.clone(),
                label_y: top + 17,
                y: top + LABEL,
                text_y: top + LABEL + 22,
                height: BAR,
                segments,
            }
        })
        .collect::<Vec<_>>();
    let height = 8 + ROW * u32::try_from(rows.len()).unwrap_or(0);
    Some(Chart { height, rows })
}

/// Hundredths of a percent as a length: 1250 → "12.50%".
fn percent(hundredths: u32) -> String {
    format!("{}.{:02}%", hundredths / 100, hundredths % 100)
}

fn scale(count: usize, max: usize, span: u32) -> u32 {
    let count = u64::try_from(count).unwrap_or(u64::MAX);
    let max = u64::try_from(max).unwrap_or(1).max(1);
    u32::try_from(count.saturating_mul(u64::from(span)) / max).unwrap_or(span)
}

/// The reference, or the title cut to fit one line of a phone's width.
fn short_label(review: &ReviewRef) -> String {
    let text = review.reference.as_deref().unwrap_or(&review.title);
    if text.chars().count() <= 40 {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(39).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The template each recommendation is rendered through.
pub const ITEM_TEMPLATE: &str = "partials/tracker-item.html";

/// The recommendations tracker, in every language. Under `serve` it keeps
/// each review's recommendations as last rendered, so that after an edit
/// only the edited review's are rendered again.
#[derive(Default)]
pub struct Tracker {
    /// Language → review page's address → its recommendations rendered.
    rendered: Mutex<FxHashMap<String, FxHashMap<String, Rendered>>>,
}

/// One review's recommendations rendered, and from what.
#[derive(Clone)]
pub struct Rendered {
    /// A hash of the review's [`Review::made_from`], the templates and the
    /// values they see besides.
    fingerprint: u64,
    /// Each as the partial saw it, with `html` added ([`Item::value`]).
    items: Vec<tera::Value>,
    /// Each one's HTML.
    html: Vec<tera::Value>,
}

impl Tracker {
    fn lock(&self) -> MutexGuard<'_, FxHashMap<String, FxHashMap<String, Rendered>>> {
        self.rendered.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Every review's recommendations in `lang`, rendered with `page` in
    /// view: taken from last time where a review's fingerprint is the same
    /// (only under `serve`, whose sinks track what they hold), rendered
    /// otherwise, side by side.
    fn items(
        &self,
        inputs: &Inputs<'_>,
        lang: &str,
        page: &GeneratedView,
        reviews: &[Review],
        sink: &dyn Sink,
    ) -> Result<Vec<Rendered>, Diagnostic> {
        use std::hash::{Hash, Hasher};
        let keep = sink.tracks();
        let mut before = if keep {
            self.lock().remove(lang).unwrap_or_default()
        } else {
            FxHashMap::default()
        };
        let page_value = tera::Value::from_serializable(page);
        let mut common = crate::fingerprint::hasher();
        (inputs.templates.stamp(), lang, inputs.site_views.key(lang)).hash(&mut common);
        crate::fingerprint::hash_serialised(&mut common, page);
        let common = common.finish();
        let wanted: Vec<(u64, Option<Rendered>)> = reviews
            .iter()
            .map(|review| {
                let fingerprint = (common, review.made_from);
                let mut hasher = crate::fingerprint::hasher();
                fingerprint.hash(&mut hasher);
                let fingerprint = hasher.finish();
                let held = before
                    .remove(&review.address)
                    .filter(|r| r.fingerprint == fingerprint);
                (fingerprint, held)
            })
            .collect();
        let rendered: Vec<Result<Rendered, Diagnostic>> = reviews
            .par_iter()
            .zip(wanted)
            .map(|(review, (fingerprint, held))| match held {
                Some(held) => Ok(held),
                None => render_items(inputs, lang, &page_value, &page.nav_current, review, fingerprint),
            })
            .collect();
        let rendered: Vec<Rendered> = rendered.into_iter().collect::<Result<_, _>>()?;
        if keep {
            let kept = reviews
                .iter()
                .zip(&rendered)
                .map(|(review, r)| (review.address.clone(), r.clone()))
                .collect();
            self.lock().insert(lang.to_owned(), kept);
        }
        Ok(rendered)
    }
}

/// `review`'s recommendations, each rendered through [`ITEM_TEMPLATE`]
/// with `page` (the tracker's view) as the tracker's own template sees it.
fn render_items(
    inputs: &Inputs<'_>,
    lang: &str,
    page: &tera::Value,
    nav_current: &[String],
    review: &Review,
    fingerprint: u64,
) -> Result<Rendered, Diagnostic> {
    let mut context = base_context(inputs.site_views, lang, nav_current);
    context.insert_value("page", page.clone());
    let mut out = Vec::with_capacity(4 * 1024);
    let recs = recommendations_value(inputs.site, inputs.site.pages[review.page].doc);
    let recs = recs.as_array().unwrap_or_default();
    let mut rendered = Rendered {
        fingerprint,
        items: Vec::with_capacity(recs.len()),
        html: Vec::with_capacity(recs.len()),
    };
    for (n, rec) in recs.iter().enumerate() {
        let (review_value, url) = (review.value.clone(), tera::Value::from(review.item_url(n)));
        context.insert_value(
            "item",
            map([
                ("review", review_value.clone()),
                ("url", url.clone()),
                ("rec", rec.clone()),
            ]),
        );
        out.clear();
        inputs
            .templates
            .render_to(lang, ITEM_TEMPLATE, &context, &mut out)?;
        let html = tera::Value::safe_string(&String::from_utf8_lossy(&out));
        rendered.items.push(map([
            ("review", review_value),
            ("url", url),
            ("rec", rec.clone()),
            ("html", html.clone()),
        ]));
        rendered.html.push(html);
    }
    Ok(rendered)
}

impl Generator for Tracker {
    /// Writes the tracker in every language.
    fn write(&self, inputs: &Inputs<'_>, sink: &dyn Sink) -> Result<Vec<Diagnostic>, Error> {
        use std::hash::{Hash, Hasher};
        let site = inputs.site;
        page::in_every_language(inputs, |lang| {
            let title = inputs.locales.message(lang, "tracker-title", None);
            let description = inputs.locales.message(lang, "tracker-description", None);
            let view: GeneratedView = page::view(
                inputs,
                lang,
                TRACKER,
                &site.config.languages,
                title,
                Some(description),
                Vec::new(),
            );
            let reviews = reviews(site, lang);
            let rendered = match self.items(inputs, lang, &view, &reviews, sink) {
                Ok(rendered) => rendered,
                Err(d) => return Ok(vec![d]),
            };
            let mut made_from = crate::fingerprint::hasher();
            site.today.hash(&mut made_from);
            for review in &reviews {
                review.made_from.hash(&mut made_from);
            }
            // Thousands of recommendations: under `serve`, the page's value
            // is made only when a review it lists (or "today") changed.
            page::render(
                inputs,
                lang,
                "recommendations.html",
                &view,
                page::extra_made_later("tracker", made_from.finish(), || {
                    tracker_view(site, &reviews, &rendered).value()
                }),
                sink,
            )
        })
    }
}

/// The tracker in the sitemap: changed when its newest listed review did.
pub fn sitemap_entries(site: &Site) -> Vec<Entry> {
    let lastmod = site
        .documents
        .iter()
        .filter(|d| d.kind == Kind::Review && !site.is_expired(d))
        .filter_map(|d| d.front.updated.or(d.front.date.as_ref().map(|s| *s.get_ref())))
        .max();
    vec![Entry {
        versions: site
            .config
            .languages
            .iter()
            .map(|l| (l.clone(), format!("{}{TRACKER}", site.config.language_prefix(l))))
            .collect(),
        lastmod,
    }]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(counts: [usize; 4]) -> ReviewRow {
        let review = ReviewRef {
            title: "A very long review title that goes on and on, past forty characters".into(),
            url: None,
            reference: None,
            name: "A".into(),
            content_lang: "en-GB".into(),
            content_dir: "ltr",
            expired: false,
        };
        ReviewRow {
            label: short_label(&review),
            lang: review.content_lang.clone(),
            review: tera::Value::from_serializable(&review),
            counts: counts.to_vec(),
            total: counts.iter().sum(),
        }
    }

    #[test]
    fn bars_share_one_scale_and_have_no_gaps() {
        let chart = chart(&[row([1, 1, 0, 2]), row([0, 0, 0, 2])]).unwrap();
        let first = &chart.rows[0];
        let places: Vec<(&str, &str, &str)> = first
            .segments
            .iter()
            .map(|s| (s.x.as_str(), s.width.as_str(), s.x_rtl.as_str()))
            .collect();
        assert_eq!(
            places,
            [
                ("0.00%", "25.00%", "75.00%"),
                ("25.00%", "25.00%", "50.00%"),
                ("50.00%", "50.00%", "0.00%")
            ]
        );
        let second: Vec<(&str, &str)> = chart.rows[1]
            .segments
            .iter()
            .map(|s| (s.x.as_str(), s.width.as_str()))
            .collect();
        assert_eq!(second, [("0.00%", "50.00%")]);
        assert_eq!(first.segments[0].text_x, "12.50%");
        assert_eq!(first.segments[0].text_x_rtl, "87.50%");
        assert_eq!(first.label, "A very long review title that goes on a…");
        assert!(
            chart.rows[1].label_y > first.y + first.height,
            "each label is below the bar above it"
        );
    }

    #[test]
    fn nothing_to_draw_without_recommendations() {
        assert!(chart(&[]).is_none());
        assert!(chart(&[row([0, 0, 0, 0])]).is_none());
    }
}
