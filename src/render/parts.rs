//! Parts: the pieces of a page that are the same on every page of a
//! language and navigation state, such as the quick-exit bar, the site's
//! navigation and the footer.
//!
//! A theme (or a site) puts each one in `templates/parts/NAME.html`. It is
//! rendered once per language and navigation state (see
//! [`super::site_views`]) and build, with the context every page starts from
//! (`lang`, `dir`, `site`), the navigation items the page comes under
//! (`nav_current`) and no `page`, and every template then finds its HTML in
//! `site.parts.NAME`, ready to print. A page template that printed the same
//! header on ten thousand pages now prints one string.

use tera::Value;

use crate::checks::theme_links::Checker;
use crate::error::Diagnostic;
use crate::render::{SiteViews, Templates};

/// The folder of the templates that are parts.
pub const FOLDER: &str = "parts/";

/// `site`, the site value of `lang`, with every part rendered into
/// `site.parts` for pages under the navigation items at `nav_current`; and
/// the findings of the parts that could not be rendered (those are left
/// empty). `site` is returned as it is when the theme has no parts.
pub fn add(
    templates: &Templates,
    lang: &str,
    nav_current: &[String],
    site: Value,
) -> (Value, Vec<Diagnostic>) {
    let names = templates.names_under(FOLDER);
    if names.is_empty() {
        return (site, Vec::new());
    }
    let mut context = crate::render::language_context(lang, Some(&site));
    context.insert("nav_current", nav_current);
    let mut parts = tera::Map::default();
    let mut problems = Vec::new();
    for name in names {
        // A part that fails is left empty, so that the pages printing it
        // report nothing more: its own error already stops the build.
        let html = match templates.render(lang, name, &context) {
            Ok(html) => String::from_utf8_lossy(&html).into_owned(),
            Err(d) => {
                problems.push(d.with_hint(
                    "fix the part: it is rendered once per language and navigation state, without `page`, so it can use only `site`, `lang`, `dir` and `nav_current`",
                ));
                String::new()
            }
        };
        let key = name
            .trim_start_matches(FOLDER)
            .trim_end_matches(".html")
            .to_owned();
        parts.insert(key.into(), Value::safe_string(&html));
    }
    let mut with_parts = site.as_map().cloned().unwrap_or_default();
    with_parts.insert("parts".into(), Value::from(parts));
    (Value::from(with_parts), problems)
}

/// The links in the parts of every language in `views`, checked by
/// `links` ([`Checker::check_part`]), which remembers them, so pages that
/// print the parts are not blamed for them.
pub fn check_links(links: &mut Checker, views: &SiteViews, templates: &Templates) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (lang, states) in views.languages() {
        for (_, view) in states {
            let Some(parts) = view.get_from_path("parts").and_then(|p| p.as_map()) else {
                continue;
            };
            for (name, html) in parts {
                let Some(html) = html.as_str() else { continue };
                let origin = templates.origin(&format!("{FOLDER}{name}.html"));
                found.extend(links.check_part(lang, html.as_bytes(), &origin));
            }
        }
    }
    found
}
