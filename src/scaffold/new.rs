//! `lantern new review|briefing|newsletter|training|page SLUG [--lang CODE]`:
//! writes `content/<section>/<slug>.md` (or `<slug>.<lang>.md`) with every
//! front-matter key its kind takes, dated today and marked `draft = true`,
//! so that `lantern serve --drafts` previews it at once.
//!
//! Refuses a slug that is not one clean URL segment, a language that
//! site.toml does not list, a translation whose original does not exist,
//! a file that exists already, and a folder that is a link out of the site
//! (exit status 2 for all of them).

use std::path::{Path, PathBuf};

use super::{Values, title_from_slug, write_new};
use crate::config::Config;
use crate::content::path::{check_slug, slugify};
use crate::dates::Date;
use crate::error::Error;

/// The kinds of page `lantern new` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewKind {
    /// A review summary, in content/reviews/.
    Review,
    /// A 7-minute briefing, in content/briefings/.
    Briefing,
    /// A newsletter, in content/newsletters/.
    Newsletter,
    /// A training session, in content/training/.
    Training,
    /// A page, in content/.
    Page,
}

impl NewKind {
    /// Every kind, in the order help lists them.
    pub const ALL: [NewKind; 5] = [
        NewKind::Review,
        NewKind::Briefing,
        NewKind::Newsletter,
        NewKind::Training,
        NewKind::Page,
    ];

    /// The word for it on the command line: "review", "page", …
    pub fn name(self) -> &'static str {
        kind_name(self)
    }

    /// What it writes, for help: "a review summary, in content/reviews/".
    pub fn describe(self) -> &'static str {
        match self {
            NewKind::Review => "a review summary, in content/reviews/",
            NewKind::Briefing => "a 7-minute briefing, in content/briefings/",
            NewKind::Newsletter => "a newsletter, in content/newsletters/",
            NewKind::Training => "a training session, in content/training/",
            NewKind::Page => "a page, in content/",
        }
    }
}

/// What to create.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    /// The site's folder.
    pub root: &'a Path,
    /// The kind of page.
    pub kind: NewKind,
    /// Its slug.
    pub slug: &'a str,
    /// Its language, when not the default.
    pub lang: Option<&'a str>,
    /// "Today".
    pub today: Date,
}

/// The template of each kind, with its `{{…}}` placeholders.
pub fn template_text(kind: NewKind) -> &'static str {
    match kind {
        NewKind::Review => include_str!("files/new/review.md"),
        NewKind::Briefing => include_str!("files/new/briefing.md"),
        NewKind::Newsletter => include_str!("files/new/newsletter.md"),
        NewKind::Training => include_str!("files/new/training.md"),
        NewKind::Page => include_str!("files/new/page.md"),
    }
}

/// The folder under `content/` of each kind.
fn section(kind: NewKind) -> &'static str {
    match kind {
        NewKind::Review => "reviews",
        NewKind::Briefing => "briefings",
        NewKind::Newsletter => "newsletters",
        NewKind::Training => "training",
        NewKind::Page => "",
    }
}

/// Checks that `slug` is one clean URL segment: lower case, letters and
/// digits joined by single hyphens.
pub fn check(slug: &str) -> Result<(), String> {
    if let Err(why) = check_slug(slug) {
        return Err(format!("`{slug}` cannot be a page's name: {why}"));
    }
    let clean = slugify(slug);
    if clean != slug {
        let suggestion = if clean.is_empty() {
            "such as child-e".to_owned()
        } else {
            format!("such as {clean}")
        };
        return Err(format!(
            "`{slug}` cannot be a page's name: use lower-case letters, digits and single hyphens, {suggestion}"
        ));
    }
    Ok(())
}

/// Writes the new page; returns its path relative to the site root.
pub fn run(request: &Request<'_>, config: &Config) -> Result<PathBuf, Error> {
    check(request.slug).map_err(Error::Usage)?;
    let lang = match request.lang {
        Some(code) if !config.languages.iter().any(|l| l == code) => {
            return Err(Error::Usage(format!(
                "site.toml does not list the language `{code}`; its languages are {}. Add it to `languages` first",
                config.languages.join(", ")
            )));
        }
        Some(code) if !config.is_default_language(code) => Some(code),
        _ => None,
    };
    let folder = Path::new(crate::content::FOLDER).join(section(request.kind));
    let original = folder.join(format!("{}.md", request.slug));
    let relative = match lang {
        Some(code) => {
            if !request.root.join(&original).is_file() {
                return Err(Error::Usage(format!(
                    "{} does not exist: a translation needs its original; create it first with `lantern new {} {}`",
                    original.display(),
                    kind_name(request.kind),
                    request.slug
                )));
            }
            folder.join(format!("{}.{code}.md", request.slug))
        }
        None => original,
    };
    // Never written through a link that leads out of the site.
    if let Some(refused) = crate::site_files::refuse_outside(request.root, &request.root.join(&folder)) {
        return Err(Error::Usage(format!(
            "{}: {}; Lantern writes new pages only inside the site",
            refused.file, refused.message
        )));
    }
    let text = Values::new(request.today, &title_from_slug(request.slug)).fill(template_text(request.kind));
    write_new(&request.root.join(&relative), &text)?;
    Ok(relative)
}

fn kind_name(kind: NewKind) -> &'static str {
    match kind {
        NewKind::Review => "review",
        NewKind::Briefing => "briefing",
        NewKind::Newsletter => "newsletter",
        NewKind::Training => "training",
        NewKind::Page => "page",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_must_be_one_clean_segment() {
        for bad in [
            "", "a/b", "..", "../x", "a b", "Child-E", "child_e", "child--e", "-e", "é?",
        ] {
            assert!(check(bad).is_err(), "{bad:?}");
        }
        for good in ["child-e", "2027", "żółw"] {
            assert!(check(good).is_ok(), "{good:?}");
        }
        assert!(check("Child-E").unwrap_err().contains("such as child-e"));
    }
}
