//! `lantern init DIR`: a new, working site in an empty (or new) folder:
//! `site.toml`, a home page, an example leaflet for parents (featured on
//! the home page), a contact page, an accessibility statement, a page on
//! staying safe online, a section with one example each of review,
//! briefing, newsletter and training session, a `locales/` folder with one
//! message that overrides the default theme's, and the workflows that
//! check and publish the site on GitHub (Actions and Pages) and GitLab (CI
//! and Pages). It uses the theme built
//! into the binary, so it needs no `themes/` folder, and `lantern serve`
//! and `lantern build --drafts` show it with no errors. Its example pages
//! are sample text ([`crate::checks::sample`]): `lantern build` refuses to
//! publish them until they are replaced.

use std::path::Path;

use super::{Values, write_new};
use crate::dates::Date;
use crate::error::Error;

/// Every file of a new site: (path, text with placeholders).
pub const FILES: [(&str, &str); 19] = [
    ("site.toml", include_str!("files/init/site.toml")),
    (".gitignore", include_str!("files/init/gitignore")),
    ("content/_index.md", include_str!("files/init/content/_index.md")),
    (
        "content/example-leaflet.md",
        include_str!("files/init/content/example-leaflet.md"),
    ),
    (
        ".github/workflows/lantern.yml",
        include_str!("files/init/ci/github.yml"),
    ),
    (".gitlab-ci.yml", include_str!("files/init/ci/gitlab.yml")),
    (
        "content/contact.md",
        include_str!("files/init/content/contact.md"),
    ),
    (
        "content/accessibility.md",
        include_str!("files/init/content/accessibility.md"),
    ),
    (
        "content/staying-safe-online.md",
        include_str!("files/init/content/staying-safe-online.md"),
    ),
    (
        "content/reviews/_index.md",
        include_str!("files/init/content/reviews/_index.md"),
    ),
    (
        "content/reviews/example-review.md",
        include_str!("files/init/content/reviews/example-review.md"),
    ),
    (
        "content/briefings/_index.md",
        include_str!("files/init/content/briefings/_index.md"),
    ),
    (
        "content/briefings/example-briefing.md",
        include_str!("files/init/content/briefings/example-briefing.md"),
    ),
    (
        "content/newsletters/_index.md",
        include_str!("files/init/content/newsletters/_index.md"),
    ),
    (
        "content/newsletters/first-newsletter.md",
        include_str!("files/init/content/newsletters/first-newsletter.md"),
    ),
    (
        "content/training/_index.md",
        include_str!("files/init/content/training/_index.md"),
    ),
    (
        "content/training/example-session.md",
        include_str!("files/init/content/training/example-session.md"),
    ),
    (
        "locales/en-GB/site.ftl",
        include_str!("files/init/locales/en-GB/site.ftl"),
    ),
    ("static/.gitkeep", ""),
];

/// Creates the site in `dir`, which must be empty or not exist yet.
pub fn run(dir: &Path, today: Date) -> Result<(), Error> {
    if dir.exists() {
        if !dir.is_dir() {
            return Err(Error::Usage(format!(
                "{} is a file, not a folder: choose a new folder for the site",
                dir.display()
            )));
        }
        let mut entries = std::fs::read_dir(dir).map_err(|e| Error::io("could not read", dir, e))?;
        if entries.next().is_some() {
            return Err(Error::Usage(format!(
                "{} is not empty; Lantern creates a site only in a new or empty folder, so that nothing is overwritten",
                dir.display()
            )));
        }
    }
    let values = Values::new(today, "");
    for (path, text) in FILES {
        write_new(&dir.join(path), &values.fill(text))?;
    }
    Ok(())
}
