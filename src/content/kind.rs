//! The kinds of page Lantern knows, decided by the section a file is in.

use serde::Serialize;

/// What a content file is, which decides its front-matter keys, template
/// and the generated pages it appears in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Any other page, such as a leaflet for parents.
    Page,
    /// A section's own page (`_index.md`), including the home page.
    Section,
    /// A review summary (`reviews/`).
    Review,
    /// A 7-minute briefing (`briefings/`).
    Briefing,
    /// A newsletter (`newsletters/`).
    Newsletter,
    /// A training or awareness session (`training/`).
    Training,
}

impl Kind {
    /// The kind of a file in `section` (its folder under `content/`, "" for
    /// the top) that is or is not an `_index.md`.
    pub fn of(section: &str, is_index: bool) -> Kind {
        if is_index {
            return Kind::Section;
        }
        match section.split('/').next().unwrap_or_default() {
            "reviews" => Kind::Review,
            "briefings" => Kind::Briefing,
            "newsletters" => Kind::Newsletter,
            "training" => Kind::Training,
            _ => Kind::Page,
        }
    }

    /// The folder this kind lives in, if it has one.
    pub fn section_name(self) -> Option<&'static str> {
        match self {
            Kind::Review => Some("reviews"),
            Kind::Briefing => Some("briefings"),
            Kind::Newsletter => Some("newsletters"),
            Kind::Training => Some("training"),
            Kind::Page | Kind::Section => None,
        }
    }

    /// "review summaries", "7-minute briefings", … for messages.
    pub fn plural_name(self) -> &'static str {
        match self {
            Kind::Review => "review summaries",
            Kind::Briefing => "7-minute briefings",
            Kind::Newsletter => "newsletters",
            Kind::Training => "training sessions",
            Kind::Page => "pages",
            Kind::Section => "section pages",
        }
    }

    /// The template a page of this kind uses unless its front matter says.
    pub fn default_template(self) -> &'static str {
        match self {
            Kind::Page => "page.html",
            Kind::Section => "section.html",
            Kind::Review => "review.html",
            Kind::Briefing => "briefing.html",
            Kind::Newsletter => "newsletter.html",
            Kind::Training => "training.html",
        }
    }

    /// Whether pages of this kind appear in feeds and theme pages.
    pub fn is_publication(self) -> bool {
        matches!(self, Kind::Review | Kind::Briefing | Kind::Newsletter)
    }
}
