//! Tables in a Markdown body, as the default theme needs them.
//!
//! Each table sits in a `.table-wrap` region that scrolls sideways on its
//! own when the table is wider than a phone, so the page never does (WCAG
//! 1.4.10). A scrolling region must be reachable by keyboard and named, so
//! the wrapper has `tabindex="0"`, `role="region"` and is labelled by the
//! heading above the table (or a plain "Table" in the page's language).
//! Column alignment becomes a class: pulldown-cmark would write an inline
//! `style`, which the theme's Content-Security-Policy forbids.

use pulldown_cmark::{Alignment, Event, Tag, TagEnd};

use super::escape;

/// Rewrites the events of the tables in one body.
#[derive(Debug, Default)]
pub(super) struct Tables {
    aligns: Vec<Alignment>,
    in_head: bool,
    column: usize,
}

impl Tables {
    /// The events to write instead of `event`, or `None` when it is not part
    /// of a table. `heading` is the id of the heading the table comes under;
    /// `label` names the table when there is none.
    pub(super) fn rewrite<'a>(
        &mut self,
        event: &Event<'a>,
        heading: Option<&str>,
        label: &str,
    ) -> Option<Vec<Event<'a>>> {
        let events = match event {
            Event::Start(Tag::Table(aligns)) => {
                self.aligns = aligns.clone();
                let name = match heading {
                    Some(id) => format!("aria-labelledby=\"{}\"", escape(id)),
                    None => format!("aria-label=\"{}\"", escape(label)),
                };
                vec![
                    Event::Html(
                        format!("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" {name}>").into(),
                    ),
                    Event::Start(Tag::Table(vec![Alignment::None; aligns.len()])),
                ]
            }
            Event::End(TagEnd::Table) => vec![event.clone(), Event::Html("</div>\n".into())],
            Event::Start(Tag::TableHead) => {
                self.in_head = true;
                self.column = 0;
                vec![event.clone()]
            }
            Event::End(TagEnd::TableHead) => {
                self.in_head = false;
                vec![event.clone()]
            }
            Event::Start(Tag::TableRow) => {
                self.column = 0;
                vec![event.clone()]
            }
            Event::Start(Tag::TableCell) => {
                let align = self.aligns.get(self.column).copied().unwrap_or(Alignment::None);
                self.column += 1;
                vec![Event::Html(open_cell(self.in_head, align).into())]
            }
            Event::End(TagEnd::TableCell) => {
                vec![Event::Html(if self.in_head { "</th>" } else { "</td>" }.into())]
            }
            _ => return None,
        };
        Some(events)
    }
}

/// The start tag of a header (`th`) or body (`td`) cell, with its column's
/// alignment as a class.
fn open_cell(head: bool, align: Alignment) -> &'static str {
    match (head, align) {
        (true, Alignment::None) => "<th>",
        (true, Alignment::Left) => "<th class=\"align-start\">",
        (true, Alignment::Center) => "<th class=\"align-center\">",
        (true, Alignment::Right) => "<th class=\"align-end\">",
        (false, Alignment::None) => "<td>",
        (false, Alignment::Left) => "<td class=\"align-start\">",
        (false, Alignment::Center) => "<td class=\"align-center\">",
        (false, Alignment::Right) => "<td class=\"align-end\">",
    }
}
