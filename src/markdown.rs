//! Markdown → HTML with pulldown-cmark (the fourth stage), and everything
//! the checks need to know about the page in the same pass: headings (with unique ids), links,
//! images, tables and prose blocks, each with its byte range in the source.
//!
//! CommonMark plus tables, footnotes, strikethrough, smart punctuation,
//! heading attributes and GitHub-style alerts (`> [!WARNING]`), rendered as
//! inset and warning boxes. Raw HTML is allowed but the page is then passed
//! through ammonia's allow-list, so no script, event handler or
//! `javascript:` URL survives; a Markdown link or image with such an
//! address keeps its text and loses the address.

use memchr::memmem;
use rustc_hash::FxHashSet;
use std::ops::Range;
use std::sync::LazyLock;

use pulldown_cmark::{BlockQuoteKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Serialize;

use crate::content::path::slugify;

mod numbers;
mod table;

/// The interface text the renderer writes into a body, in the page's
/// language: the titles of alert boxes, and the name of a table that has no
/// heading above it.
#[derive(Debug, Clone)]
pub struct AlertTitles {
    /// `[!NOTE]`
    pub note: String,
    /// `[!TIP]`
    pub tip: String,
    /// `[!IMPORTANT]`
    pub important: String,
    /// `[!WARNING]`
    pub warning: String,
    /// `[!CAUTION]`
    pub caution: String,
    /// The accessible name of a table's scrolling region when no heading
    /// comes before the table.
    pub table: String,
    /// Whether the language is written right to left: then groups of
    /// digits such as a phone number are isolated left to right, so that
    /// "01642 304520" is not shown as "304520 01642".
    pub right_to_left: bool,
}

impl Default for AlertTitles {
    fn default() -> Self {
        AlertTitles {
            note: "Note".to_owned(),
            tip: "Tip".to_owned(),
            important: "Important".to_owned(),
            warning: "Warning".to_owned(),
            caution: "Caution".to_owned(),
            table: "Table".to_owned(),
            right_to_left: false,
        }
    }
}

/// A heading of the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Heading {
    /// 1 to 6.
    pub level: u8,
    /// Its id (h2 and h3 always have one; others only when written `{#id}`).
    pub id: Option<String>,
    /// Its text.
    pub text: String,
    /// Where it is in the body.
    #[serde(skip)]
    pub span: Range<usize>,
}

/// A link or an image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// The destination as written.
    pub url: String,
    /// The link text, or the image's alt text.
    pub text: String,
    /// Where it is in the body.
    pub span: Range<usize>,
}

/// A table: whether its header row has any text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// Whether the header row has text in at least one cell.
    pub has_header: bool,
    /// Where it is in the body.
    pub span: Range<usize>,
}

/// A paragraph or list item's text, for the readability check.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Prose {
    /// The text without markup.
    pub text: String,
    /// (offset in `text`, offset in the body) at the start of each piece.
    pub map: Vec<(usize, usize)>,
}

impl Prose {
    /// The body offset of byte `at` of `text`.
    pub fn source_offset(&self, at: usize) -> usize {
        let i = self.map.partition_point(|(t, _)| *t <= at).saturating_sub(1);
        self.map.get(i).map_or(0, |(t, s)| s + (at - t))
    }
}

/// A rendered Markdown body and what was found in it.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    /// The HTML.
    pub html: String,
    /// Every heading, in order.
    pub headings: Vec<Heading>,
    /// Every link, in order.
    pub links: Vec<Reference>,
    /// Every image, in order.
    pub images: Vec<Reference>,
    /// Every table, in order.
    pub tables: Vec<Table>,
    /// Paragraphs and list items, for readability.
    pub prose: Vec<Prose>,
    /// Every literal `id` in the HTML: headings', footnotes' and raw
    /// HTML's, for links to `#fragments`.
    pub ids: Vec<String>,
    /// Whether the body had raw HTML (and so was sanitised).
    pub had_raw_html: bool,
    /// The text a reader reads, for search, made beside the HTML: every
    /// text but an image's (its alt text is not shown), a space between
    /// blocks. Without the renderer's own words (an alert's title, a
    /// footnote's number) and the raw HTML's: when the body had raw HTML
    /// ([`Rendered::had_raw_html`]), the sanitised HTML is what is shown.
    /// Emptied once the generators have read it.
    pub text: String,
}

impl Rendered {
    /// Drops the HTML and what only the checks of this document read
    /// (prose, tables), keeping what the site-wide checks need (headings,
    /// links, images, ids): a build writes each page as soon as its body is
    /// rendered, so a large site's bodies never sit in memory whole.
    pub fn slim(&mut self) {
        self.html = String::new();
        self.text = String::new();
        self.prose = Vec::new();
        self.tables = Vec::new();
    }

    /// Slims the body ([`Rendered::slim`]) and gives back the room the
    /// renderer left at the end of each list, for a body kept between
    /// rebuilds (`serve`), whose HTML is rendered again when a page needs
    /// it ([`Bodies`]).
    pub fn slim_to_keep(&mut self) {
        self.slim();
        crate::compact::vec(&mut self.headings);
        crate::compact::vec(&mut self.links);
        crate::compact::vec(&mut self.images);
        crate::compact::vec(&mut self.ids);
    }

    /// The h2 headings, for an "On this page" list.
    pub fn h2s(&self) -> impl Iterator<Item = &Heading> {
        self.headings.iter().filter(|h| h.level == 2)
    }
}

/// Rendered bodies by document number, for a caller that keeps its
/// documents between rebuilds but not their bodies' HTML (`serve`): each
/// is rendered again from its source when asked for, as the document
/// pass rendered it.
pub trait Bodies: Sync {
    /// Document `doc`'s body, rendered whole (its HTML and text included).
    fn body(&self, doc: usize) -> Rendered;
}

/// Ids the theme uses itself, which a heading must never take.
const RESERVED_IDS: [&str; 14] = [
    "main",
    "main-content",
    "top",
    "on-this-page",
    "skip",
    "site-header",
    "page-themes-title",
    "contact-details",
    "review-recommendations",
    "review-briefings",
    "briefing-parts-title",
    "session-details",
    "sessions-upcoming",
    "sessions-past",
];

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_GFM
}

/// Renders a Markdown body.
pub fn render(body: &str, titles: &AlertTitles) -> Rendered {
    let mut state = State::new();
    let mut tables = table::Tables::default();
    // About one event for every twelve bytes of Markdown.
    let mut events: Vec<Event<'_>> = Vec::with_capacity(body.len() / 12);
    let mut heading: Option<PendingHeading<'_>> = None;
    let parsed = Parser::new_ext(body, options()).into_offset_iter();
    let isolated = numbers::Isolated::new(parsed, titles.right_to_left);
    for (event, span) in isolated {
        state.observe(&event, &span);
        let event = defuse(event);
        if let Some(pending) = heading.as_mut() {
            if let Event::End(TagEnd::Heading(_)) = event {
                if let Some(pending) = heading.take() {
                    events.extend(state.finish_heading(pending));
                }
            } else {
                pending.events.push(event);
            }
            continue;
        }
        let under = state.rendered.headings.last().and_then(|h| h.id.as_deref());
        if let Some(rewritten) = tables.rewrite(&event, under, &titles.table) {
            events.extend(rewritten);
            continue;
        }
        match event {
            Event::Start(Tag::Heading {
                level, id, classes, ..
            }) => {
                heading = Some(PendingHeading {
                    level,
                    id,
                    classes,
                    span,
                    events: Vec::new(),
                });
            }
            Event::Start(Tag::BlockQuote(Some(kind))) => {
                events.push(Event::Html(alert_open(kind, titles).into()));
            }
            Event::End(TagEnd::BlockQuote(Some(_))) => events.push(Event::Html("</div>\n".into())),
            // The isolation of digits in right-to-left text is the
            // renderer's own markup, not the author's raw HTML.
            Event::InlineHtml(ref html)
                if html.as_ref() == numbers::OPEN || html.as_ref() == numbers::CLOSE =>
            {
                events.push(event);
            }
            Event::Html(_) | Event::InlineHtml(_) => {
                state.rendered.had_raw_html = true;
                events.push(event);
            }
            other => events.push(other),
        }
    }
    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    let mut rendered = state.rendered;
    rendered.html = if rendered.had_raw_html {
        SANITISER.clean(&html).to_string()
    } else {
        html
    };
    rendered.ids = html_ids(&rendered.html);
    rendered
}

/// Every literal `id` attribute in HTML or a template, its value in double
/// quotes, single quotes or none (`id="x"`, `id='x'`, `id=x`), but not
/// those a template computes (`id="{{ … }}"`).
pub fn html_ids(html: &str) -> Vec<String> {
    // memmem's vector search: this runs over every page's whole HTML.
    static ID: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new("id="));
    let bytes = html.as_bytes();
    let mut ids = Vec::new();
    let mut from = 0;
    while let Some(at) = ID.find(&bytes[from..]).map(|i| from + i) {
        let mut start = at + 3;
        // The value ends at its closing quote, or unquoted at a space or `>`.
        let end = match bytes.get(start) {
            Some(&quote @ (b'"' | b'\'')) => {
                start += 1;
                memchr::memchr(quote, &bytes[start..]).map(|i| start + i)
            }
            Some(_) => bytes[start..]
                .iter()
                .position(|b| b.is_ascii_whitespace() || *b == b'>')
                .map(|i| start + i),
            None => None,
        };
        let Some(end) = end else {
            break;
        };
        // Every cut is at an ASCII byte, so between characters.
        let before = html[..at].chars().next_back();
        let value = &html[start..end];
        if before.is_some_and(char::is_whitespace) && !value.is_empty() && !value.contains(['{', '}']) {
            ids.push(if value.contains('&') {
                unescape_attribute(value)
            } else {
                value.to_owned()
            });
        }
        from = end.max(at + 3);
    }
    ids
}

fn unescape_attribute(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn alert_open(kind: BlockQuoteKind, titles: &AlertTitles) -> String {
    let (class, title) = match kind {
        BlockQuoteKind::Note => ("note", &titles.note),
        BlockQuoteKind::Tip => ("tip", &titles.tip),
        BlockQuoteKind::Important => ("important", &titles.important),
        BlockQuoteKind::Warning => ("warning", &titles.warning),
        BlockQuoteKind::Caution => ("caution", &titles.caution),
    };
    format!(
        "<div class=\"alert alert-{class}\" role=\"note\">\n<p class=\"alert-title\">{}</p>\n",
        escape(title)
    )
}

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    pulldown_cmark_escape::escape_html(&mut out, text).ok();
    out
}

/// A heading whose events are held back until its text (and so its id)
/// is known.
struct PendingHeading<'a> {
    level: HeadingLevel,
    id: Option<CowStr<'a>>,
    classes: Vec<CowStr<'a>>,
    span: Range<usize>,
    events: Vec<Event<'a>>,
}

/// Whether an element sits inside a line of text (no space in the text
/// where it starts or ends).
fn is_inline(tag: TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}

/// What the single pass collects besides HTML.
struct State {
    rendered: Rendered,
    ids: FxHashSet<String>,
    open_refs: Vec<(bool, Reference)>,
    prose: Option<(usize, Prose)>,
    depth: usize,
    table: Option<Table>,
    in_table_head: bool,
    in_code_block: bool,
}

impl State {
    fn new() -> State {
        State {
            rendered: Rendered::default(),
            ids: FxHashSet::default(),
            open_refs: Vec::new(),
            prose: None,
            depth: 0,
            table: None,
            in_table_head: false,
            in_code_block: false,
        }
    }

    /// A space at the end of the text, where a block starts or ends.
    fn text_break(&mut self) {
        let text = &mut self.rendered.text;
        if !text.is_empty() && !text.ends_with(' ') {
            text.push(' ');
        }
    }

    /// `text` onto the body's text, white space made one space: a code
    /// block's is taken apart for that, other text holds no line break
    /// (each is an event of its own), so at most a space where the text
    /// already ends with one is left out.
    fn push_text(&mut self, text: &str) {
        if self.in_code_block {
            for word in text.split_ascii_whitespace() {
                self.text_break();
                self.rendered.text.push_str(word);
            }
            if text.ends_with(|c: char| c.is_ascii_whitespace()) {
                self.text_break();
            }
            return;
        }
        let ends_with_space = self.rendered.text.is_empty() || self.rendered.text.ends_with(' ');
        let text = match text.strip_prefix(' ') {
            Some(rest) if ends_with_space => rest,
            _ => text,
        };
        self.rendered.text.push_str(text);
    }

    /// Records links, images, tables, prose and text from every event.
    fn observe(&mut self, event: &Event<'_>, span: &Range<usize>) {
        match event {
            Event::Start(tag) => {
                if !is_inline(tag.to_end()) {
                    self.text_break();
                }
                self.depth += 1;
                match tag {
                    Tag::Link { dest_url, .. } => self.open_refs.push((false, reference(dest_url, span))),
                    Tag::Image { dest_url, .. } => self.open_refs.push((true, reference(dest_url, span))),
                    Tag::Table(_) => {
                        self.table = Some(Table {
                            has_header: false,
                            span: span.clone(),
                        })
                    }
                    Tag::TableHead => self.in_table_head = true,
                    Tag::CodeBlock(_) => self.in_code_block = true,
                    Tag::Paragraph | Tag::Item if self.prose.is_none() => {
                        // The text without markup is about as long as the
                        // source, so it is given that room at once.
                        let prose = Prose {
                            text: String::with_capacity(span.len() + 16),
                            map: Vec::with_capacity(4),
                        };
                        self.prose = Some((self.depth, prose));
                    }
                    _ => {}
                }
            }
            Event::End(tag) => {
                if !is_inline(*tag) {
                    self.text_break();
                }
                match tag {
                    TagEnd::Link | TagEnd::Image => {
                        if let Some((is_image, r)) = self.open_refs.pop() {
                            if is_image {
                                self.rendered.images.push(r);
                            } else {
                                self.rendered.links.push(r);
                            }
                        }
                    }
                    TagEnd::Table => self.rendered.tables.extend(self.table.take()),
                    TagEnd::TableHead => self.in_table_head = false,
                    TagEnd::CodeBlock => self.in_code_block = false,
                    _ => {}
                }
                if self.prose.as_ref().is_some_and(|(d, _)| *d == self.depth) {
                    if let Some((_, prose)) = self.prose.take() {
                        if !prose.text.trim().is_empty() {
                            self.rendered.prose.push(prose);
                        }
                    }
                }
                self.depth = self.depth.saturating_sub(1);
            }
            Event::Text(text) | Event::Code(text) => {
                if !self.open_refs.iter().any(|(is_image, _)| *is_image) {
                    self.push_text(text);
                }
                for (_, r) in &mut self.open_refs {
                    r.text.push_str(text);
                }
                if self.in_table_head && !text.trim().is_empty() {
                    if let Some(t) = self.table.as_mut() {
                        t.has_header = true;
                    }
                }
                if let Some((_, prose)) = self.prose.as_mut() {
                    prose.map.push((prose.text.len(), span.start));
                    prose.text.push_str(text);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                self.text_break();
                if let Some((_, prose)) = self.prose.as_mut() {
                    prose.text.push(' ');
                }
                for (_, r) in &mut self.open_refs {
                    r.text.push(' ');
                }
            }
            _ => {}
        }
    }

    /// Gives a finished heading its id and records it.
    fn finish_heading<'a>(&mut self, pending: PendingHeading<'a>) -> Vec<Event<'a>> {
        let PendingHeading {
            level,
            id: explicit,
            classes,
            span,
            events: buffer,
        } = pending;
        self.depth = self.depth.saturating_sub(1);
        let text: String = buffer
            .iter()
            .filter_map(|e| match e {
                Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                _ => None,
            })
            .collect();
        let level_number = level as u8;
        let wanted = match explicit {
            Some(id) => Some(id.to_string()),
            None if (2..=3).contains(&level_number) => Some(slugify(&text)),
            None => None,
        };
        let id = wanted.map(|w| self.unique_id(if w.is_empty() { "section".to_owned() } else { w }));
        self.rendered.headings.push(Heading {
            level: level_number,
            id: id.clone(),
            text: text.trim().to_owned(),
            span,
        });
        let mut out = Vec::with_capacity(buffer.len() + 2);
        out.push(Event::Start(Tag::Heading {
            level,
            id: id.map(CowStr::from),
            classes,
            attrs: Vec::new(),
        }));
        out.extend(buffer);
        out.push(Event::End(TagEnd::Heading(level)));
        out
    }

    fn unique_id(&mut self, wanted: String) -> String {
        let mut id = wanted.clone();
        let mut n = 1;
        while RESERVED_IDS.contains(&id.as_str()) || !self.ids.insert(id.clone()) {
            id = format!("{wanted}-{n}");
            n += 1;
        }
        id
    }
}

/// A link or image whose address has a scheme other than those of
/// [`crate::urls::SAFE_SCHEMES`] (`javascript:`, `data:`, …) keeps its
/// text but loses its address: such an address never reaches a page (the
/// links check reports it).
fn defuse(event: Event<'_>) -> Event<'_> {
    match event {
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) if !crate::urls::is_safe_link(&dest_url) => Event::Start(Tag::Link {
            link_type,
            dest_url: CowStr::Borrowed(""),
            title,
            id,
        }),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) if !crate::urls::is_safe_link(&dest_url) => Event::Start(Tag::Image {
            link_type,
            dest_url: CowStr::Borrowed(""),
            title,
            id,
        }),
        other => other,
    }
}

fn reference(url: &str, span: &Range<usize>) -> Reference {
    Reference {
        url: url.to_owned(),
        text: String::new(),
        span: span.clone(),
    }
}

/// The allow-list for raw HTML: ammonia's safe defaults, plus the
/// attributes the theme's styles rely on.
static SANITISER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder
        .add_generic_attributes([
            "id",
            "class",
            "role",
            "dir",
            "lang",
            "aria-label",
            "aria-labelledby",
            "aria-hidden",
        ])
        .add_tag_attributes("div", ["tabindex"])
        .add_tag_attributes("td", ["colspan", "rowspan"])
        .add_tag_attributes("th", ["colspan", "rowspan", "scope"])
        .add_tag_attributes("a", ["hreflang", "type"])
        .add_tags(["figure", "figcaption", "details", "summary", "aside", "section"])
        .rm_tags(["img"])
        .add_tags(["img"])
        .add_tag_attributes("img", ["alt", "src", "width", "height", "loading"])
        .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect())
        .link_rel(None);
    builder
});

#[cfg(test)]
mod tests {
    use super::*;

    fn html(md: &str) -> String {
        render(md, &AlertTitles::default()).html
    }

    #[test]
    fn headings_get_unique_ids_and_reserved_ids_are_avoided() {
        let r = render(
            "## Why it matters\n\n## Why it matters\n\n### Main\n\n#### Deep\n\n## X {#top}\n",
            &AlertTitles::default(),
        );
        let ids: Vec<_> = r.headings.iter().map(|h| h.id.clone()).collect();
        assert_eq!(
            ids,
            [
                Some("why-it-matters".to_owned()),
                Some("why-it-matters-1".to_owned()),
                Some("main-1".to_owned()),
                None,
                Some("top-1".to_owned())
            ]
        );
        assert!(
            r.html.contains("<h2 id=\"why-it-matters\">Why it matters</h2>"),
            "{}",
            r.html
        );
    }

    #[test]
    fn alerts_become_labelled_boxes() {
        let out = html("> [!WARNING]\n> Do not share this.\n");
        assert_eq!(
            out,
            "<div class=\"alert alert-warning\" role=\"note\">\n<p class=\"alert-title\">Warning</p>\n<p>Do not share this.</p>\n</div>\n"
        );
    }

    #[test]
    fn tables_footnotes_strikethrough_and_smart_quotes() {
        let out = html("| A | B |\n|---|---|\n| 1 | 2 |\n\n~~old~~ \"new\"[^1]\n\n[^1]: A note.\n");
        assert!(
            out.contains(
                "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"Table\"><table>"
            ),
            "{out}"
        );
        assert!(out.contains("<del>old</del>"), "{out}");
        assert!(out.contains("“new”"), "{out}");
        assert!(out.contains("footnote-definition"), "{out}");
    }

    #[test]
    fn tables_scroll_in_a_named_focusable_region_and_align_by_class() {
        let out = html("## Progress\n\n| Item | Count |\n|:-----|------:|\n| A | 1 |\n");
        assert_eq!(
            out,
            "<h2 id=\"progress\">Progress</h2>\n\
             <div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"progress\"><table>\
             <thead><tr><th class=\"align-start\">Item</th><th class=\"align-end\">Count</th></tr></thead>\
             <tbody>\n<tr><td class=\"align-start\">A</td><td class=\"align-end\">1</td></tr>\n</tbody></table>\n</div>\n"
        );
        let sanitised = html("<b>raw</b>\n\n## Totals\n\n| A |\n|:-:|\n| 1 |\n");
        assert!(
            sanitised.contains("role=\"region\" tabindex=\"0\" aria-labelledby=\"totals\""),
            "{sanitised}"
        );
        assert!(
            sanitised.contains("<th class=\"align-center\">A</th>"),
            "{sanitised}"
        );
        assert!(!sanitised.contains("style"), "{sanitised}");
    }

    #[test]
    fn links_images_and_tables_are_recorded_with_spans() {
        let body = "See [the leaflet](/leaflet/) and ![A child](/a.png).\n\n| | |\n|-|-|\n|1|2|\n";
        let r = render(body, &AlertTitles::default());
        assert_eq!(r.links[0].url, "/leaflet/");
        assert_eq!(r.links[0].text, "the leaflet");
        assert_eq!(&body[r.links[0].span.clone()], "[the leaflet](/leaflet/)");
        assert_eq!(r.images[0].text, "A child");
        assert!(!r.tables[0].has_header);
    }

    #[test]
    fn text_is_what_a_reader_reads_and_the_html_shows() {
        let body = "## Why it *matters*\n\nA child&apos;s [plan](/plan/),\nfor ![a drawing](/d.png) **now**.[^1]\n\n\
| Who | When |\n|---|---|\n| Social worker | Today |\n\n> [!WARNING]\n> Call 999.\n\n```\ncode  here\n```\n\n[^1]: A note.\n";
        let r = render(body, &AlertTitles::default());
        assert_eq!(
            r.text.trim_end(),
            "Why it matters A child's plan, for now. Who When Social worker Today Call 999. code here A note."
        );
        let shown = crate::generate::search::text::of(&r.html);
        for word in crate::generate::search::words::words(r.text.trim_end()) {
            assert!(shown.contains(word), "{word} is not shown: {shown}");
        }
    }

    #[test]
    fn prose_maps_back_to_source_offsets() {
        let body = "Intro.\n\n- First *item* here\n- Second\n";
        let r = render(body, &AlertTitles::default());
        let texts: Vec<_> = r.prose.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["Intro.", "First item here", "Second"]);
        let item = &r.prose[1];
        let at = item.text.find("here").unwrap();
        assert_eq!(&body[item.source_offset(at)..item.source_offset(at) + 4], "here");
    }

    #[test]
    fn raw_html_is_sanitised() {
        let out = html(
            "<script>alert(1)</script>\n\n<p onclick=\"x()\">Hi <a href=\"javascript:alert(1)\">x</a> <img src=\"data:image/png;base64,AAAA\" alt=\"d\"></p>\n\n<iframe src=\"https://e.org\"></iframe><style>p{}</style>\n",
        );
        assert!(!out.contains("<script"), "{out}");
        assert!(!out.contains("onclick"), "{out}");
        assert!(!out.contains("javascript:"), "{out}");
        assert!(!out.contains("data:"), "{out}");
        assert!(!out.contains("<iframe"), "{out}");
        assert!(!out.contains("<style"), "{out}");
        assert!(out.contains("Hi"), "{out}");
    }

    #[test]
    fn ids_are_found_in_any_quotes() {
        assert_eq!(
            html_ids("<p id='single'><p id=\"double\"><p id=bare><p id=end>"),
            ["single", "double", "bare", "end"]
        );
        assert_eq!(
            html_ids("<a id='it&apos;s \"x\"'></a><b id='{{ y }}'><c data-id='no'><d id=''><e id='open"),
            ["it's \"x\""],
            "computed, empty and unclosed ids, and other attributes, are not ids"
        );
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let deep = ">".repeat(10_000) + " deep\n";
        let list = (0..10_000)
            .map(|i| format!("{}- x\n", "  ".repeat(i)))
            .collect::<String>();
        assert!(html(&deep).contains("deep"));
        assert!(html(&list).contains("<li>"));
    }
}
