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
    /// A leaflet for parents, in content/.
    Leaflet,
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
    pub const ALL: [NewKind; 6] = [
        NewKind::Leaflet,
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
            NewKind::Leaflet => "a leaflet for parents, in content/",
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
        NewKind::Leaflet => include_str!("files/new/leaflet.md"),
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
        NewKind::Leaflet => "",
        NewKind::Briefing => "briefings",
        NewKind::Newsletter => "newsletters",
        NewKind::Training => "training",
        NewKind::Page => "",
    }
}

/// The page name `name` stands for: itself when it is one clean URL
/// segment, else its slug ("Child B" → "child-b") with a note saying so.
/// A name that could lead out of its folder, or has nothing to keep, is
/// refused.
pub fn page_name(name: &str) -> Result<(String, Option<String>), String> {
    let trimmed = name.trim();
    if let Err(why) = check_slug(&trimmed.replace(char::is_whitespace, "-")) {
        return Err(format!("`{name}` cannot be a page's name: {why}"));
    }
    let clean = slugify(trimmed);
    if clean.is_empty() {
        return Err(format!(
            "`{name}` cannot be a page's name: use letters and digits, such as child-e"
        ));
    }
    if clean == name {
        return Ok((clean, None));
    }
    let note = format!(
        "a page's name is used in its address, so `{name}` became `{clean}` (lower-case letters, digits and hyphens)"
    );
    Ok((clean, Some(note)))
}

/// What `lantern new` wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Created {
    /// The new file, relative to the site root.
    pub path: PathBuf,
    /// What was changed in the name asked for, if anything.
    pub note: Option<String>,
    /// Whether it is a translation's first draft (a copy of its original).
    pub is_translation: bool,
}

/// Writes the new page.
pub fn run(request: &Request<'_>, config: &Config) -> Result<Created, Error> {
    let (slug, note) = page_name(request.slug).map_err(Error::Usage)?;
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
    let original = folder.join(format!("{slug}.md"));
    // Never written through a link that leads out of the site.
    if let Some(refused) = crate::site_files::refuse_outside(request.root, &request.root.join(&folder)) {
        return Err(Error::Usage(format!(
            "{}: {}; Lantern writes new pages only inside the site",
            refused.file, refused.message
        )));
    }
    let (path, text) = match lang {
        Some(code) => {
            let from = request.root.join(&original);
            let Ok(text) = std::fs::read_to_string(&from) else {
                return Err(Error::Usage(format!(
                    "{} does not exist: a translation needs its original; create it first with `lantern new {} {slug}`",
                    original.display(),
                    kind_name(request.kind),
                )));
            };
            let path = folder.join(format!("{slug}.{code}.md"));
            (path, translation_draft(&text, &original.to_string_lossy(), code))
        }
        None => {
            let mut values = Values::new(request.today, &title_from_slug(&slug));
            if request.kind == NewKind::Newsletter
                && let Some(issue) = super::issue_from_slug(&slug, request.today)
            {
                values = values.with("issue", issue);
            }
            if request.kind == NewKind::Review {
                values = values.with("reference", next_reference(request.root, request.today));
            }
            (original, values.fill(template_text(request.kind)))
        }
    };
    write_new(&request.root.join(&path), &text)?;
    Ok(Created {
        path,
        note,
        is_translation: lang.is_some(),
    })
}

/// A translation's first draft: the original's text, marked as a draft
/// that needs translating (a comment at the top of the front matter says
/// so), so the translator starts from the page as it is and nothing is
/// published until they remove `draft = true`.
pub fn translation_draft(original: &str, original_file: &str, lang: &str) -> String {
    let text = original.trim_start_matches('\u{feff}');
    let Some(rest) = text.strip_prefix("+++") else {
        return text.to_owned();
    };
    let (newline, rest) = match rest.strip_prefix("\r\n") {
        Some(rest) => ("\r\n", rest),
        None => ("\n", rest.strip_prefix('\n').unwrap_or(rest)),
    };
    let end = rest
        .find(&format!("{newline}+++"))
        .map_or(rest.len(), |i| i + newline.len());
    let (front, body) = rest.split_at(end);
    let mut lines: Vec<String> = front
        .lines()
        .filter(|line| !line.trim_start().starts_with("draft ") && !line.trim_start().starts_with("draft="))
        .map(str::to_owned)
        .collect();
    lines.insert(
        0,
        format!(
            "# Needs translation into {lang}: a copy of {original_file}. Translate the title, the description and the text, then remove `draft = true` to publish it."
        ),
    );
    lines.insert(1, "draft = true".to_owned());
    format!("+++{newline}{}{newline}{body}", lines.join(newline))
}

/// The next free review reference of this year: "CSPR 2026/03" after the
/// references `content/reviews/` already holds for 2026.
fn next_reference(root: &Path, today: Date) -> String {
    let year = today.0.year();
    let pattern = regex::Regex::new(r#"(?m)^\s*reference\s*=\s*"[^"/]*?(\d{4})/(\d+)""#).ok();
    let reviews = root.join(crate::content::FOLDER).join("reviews");
    let highest = std::fs::read_dir(reviews)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| std::fs::read_to_string(entry.path()).ok())
        .flat_map(|text| {
            pattern
                .iter()
                .flat_map(|p| {
                    p.captures_iter(&text)
                        .map(|c| (c[1].to_owned(), c[2].to_owned()))
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>()
        })
        .filter(|(y, _)| *y == year.to_string())
        .filter_map(|(_, n)| n.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    format!("CSPR {year}/{:02}", highest + 1)
}

fn kind_name(kind: NewKind) -> &'static str {
    match kind {
        NewKind::Leaflet => "leaflet",
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
    fn names_become_clean_slugs_and_only_dangerous_ones_are_refused() {
        for bad in ["", "a/b", "..", "../x", ".hidden", "c:x", "a\\b", "?!", "x\u{7}"] {
            assert!(page_name(bad).is_err(), "{bad:?}");
        }
        for good in ["child-e", "2027", "żółw"] {
            assert_eq!(page_name(good), Ok((good.to_owned(), None)), "{good:?}");
        }
        for (name, slug) in [
            ("Child B", "child-b"),
            ("Child-E", "child-e"),
            ("child_e", "child-e"),
            (" spring 2027 ", "spring-2027"),
        ] {
            let (clean, note) = page_name(name).unwrap();
            assert_eq!(clean, slug, "{name:?}");
            assert!(note.unwrap().contains(&format!("became `{slug}`")), "{name:?}");
        }
    }

    #[test]
    fn a_translation_starts_as_a_marked_draft_copy_of_its_original() {
        let original = "+++\ntitle = \"Child B\"\ndraft = false\ndate = 2026-01-01\n+++\nWhat happened.\n";
        let draft = translation_draft(original, "content/reviews/child-b.md", "pl");
        assert_eq!(
            draft,
            "+++\n# Needs translation into pl: a copy of content/reviews/child-b.md. Translate the title, the description and the text, then remove `draft = true` to publish it.\ndraft = true\ntitle = \"Child B\"\ndate = 2026-01-01\n+++\nWhat happened.\n"
        );
        let crlf = translation_draft("+++\r\ntitle = \"A\"\r\n+++\r\nText.\r\n", "content/a.md", "ur");
        assert!(crlf.starts_with("+++\r\n# Needs translation into ur"), "{crlf:?}");
        assert!(
            crlf.ends_with("draft = true\r\ntitle = \"A\"\r\n+++\r\nText.\r\n"),
            "{crlf:?}"
        );
        let split = crate::content::front_matter::split(&draft, "a.pl.md").unwrap();
        let front =
            crate::content::front_matter::parse(&draft, &split, "a.pl.md", crate::content::Kind::Review)
                .unwrap();
        assert!(front.draft);
        assert_eq!(front.title, "Child B");
    }

    #[test]
    fn review_references_count_on_from_the_highest_of_the_year() {
        let dir = tempfile::tempdir().unwrap();
        let reviews = dir.path().join("content/reviews");
        std::fs::create_dir_all(&reviews).unwrap();
        let today = Date::from_ymd(2026, 11, 26).unwrap();
        assert_eq!(next_reference(dir.path(), today), "CSPR 2026/01");
        std::fs::write(reviews.join("a.md"), "+++\nreference = \"CSPR 2026/01\"\n+++\n").unwrap();
        std::fs::write(reviews.join("b.md"), "+++\nreference = \"SCR 2026/07\"\n+++\n").unwrap();
        std::fs::write(reviews.join("c.md"), "+++\nreference = \"CSPR 2025/09\"\n+++\n").unwrap();
        assert_eq!(next_reference(dir.path(), today), "CSPR 2026/08");
    }
}
