//! Which pages a change may affect, so that `serve` looks again at those
//! alone: the dependency rules between documents, templates and interface
//! text, and the pages that read them.
//!
//! A content page shows its own document, and other documents only through
//! their front matter and address: its translations (the language
//! switcher), the members of its section (a section page's list), the
//! section pages above it (breadcrumbs), and the reviews and briefings that
//! name each other. Whether a candidate really changed is then decided by
//! comparing what it would be rendered from ([`super::engine`]), never by
//! these rules alone. Generated files (sitemap, feeds, …) are not here: they
//! are produced again after every change and compared byte for byte.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::state::{Facts, review_key};
use crate::render::template_for;
use crate::site::Site;
use crate::theme::Theme;

/// What changed since the output folder was last brought up to date.
#[derive(Debug, Default)]
pub struct Pending {
    /// Everything (settings changed, or nothing is known).
    pub all: bool,
    /// Translation keys of documents whose body alone changed.
    pub bodies: BTreeSet<String>,
    /// Documents whose front matter changed, or that came or went.
    pub touched: Vec<Facts>,
    /// Templates that changed.
    pub templates: BTreeSet<String>,
    /// Languages whose interface text changed.
    pub languages: BTreeSet<String>,
    /// Whether any theme file (a template, interface text, a static file)
    /// was read again.
    pub theme: bool,
}

impl Pending {
    /// Whether nothing is waiting.
    pub fn is_empty(&self) -> bool {
        !self.all
            && self.bodies.is_empty()
            && self.touched.is_empty()
            && self.templates.is_empty()
            && self.languages.is_empty()
            && !self.theme
    }

    /// Whether the only changes are to documents' bodies: their front
    /// matter, the settings and the theme are as they were, so only the
    /// generators that read bodies can make different files.
    pub fn bodies_only(&self) -> bool {
        !self.bodies.is_empty()
            && !self.all
            && self.touched.is_empty()
            && self.templates.is_empty()
            && self.languages.is_empty()
            && !self.theme
    }
}

/// The pages to look at again.
#[derive(Debug, Default)]
pub struct Affected {
    /// Pages that may have changed: rendered again if what they are
    /// rendered from changed.
    pub candidates: BTreeSet<usize>,
    /// Pages to render again whatever their inputs (their template or
    /// interface text changed).
    pub forced: HashSet<usize>,
}

/// The pages of `site` that `pending` may affect; `views` are the languages
/// whose shared `site` context changed (navigation, title, …): all their
/// pages change.
pub fn pages(site: &Site, theme: &Theme, pending: &Pending, views: &BTreeSet<String>) -> Affected {
    let mut affected = Affected::default();
    let every = 0..site.pages.len();
    if pending.all {
        affected.forced = every.clone().collect();
        affected.candidates = every.collect();
        return affected;
    }
    let candidates = &mut affected.candidates;
    for key in &pending.bodies {
        candidates.extend(pages_of_key(site, key));
    }
    for facts in &pending.touched {
        let versions: Vec<usize> = pages_of_key(site, &facts.key).collect();
        // A page in another language may have shown this document (as a
        // fallback) and now shows its translation, or the other way round:
        // the reviews named by any version may change.
        let mut reviews: BTreeSet<String> = facts.review.iter().cloned().collect();
        for &page in &versions {
            if let Some(review) = &site.doc(page).front.review {
                reviews.insert(review_key(review.get_ref()));
            }
        }
        candidates.extend(versions);
        candidates.extend(section_pages(site, &facts.section));
        for review in &reviews {
            candidates.extend(pages_of_key(site, review));
        }
    }
    let touched_keys: HashSet<&str> = pending.touched.iter().map(|f| f.key.as_str()).collect();
    let sections: Vec<&str> = pending
        .touched
        .iter()
        .filter(|f| f.is_index && !f.section.is_empty())
        .map(|f| f.section.as_str())
        .collect();
    if !touched_keys.is_empty() || !views.is_empty() {
        for i in every.clone() {
            let page = &site.pages[i];
            let doc = site.doc(i);
            // A briefing shows the title of the review it names.
            let names_touched = doc
                .front
                .review
                .as_ref()
                .is_some_and(|r| touched_keys.contains(review_key(r.get_ref()).as_str()));
            // Breadcrumbs show the titles of the section pages above.
            let below_touched = sections
                .iter()
                .any(|s| doc.path.section == *s || doc.path.section.starts_with(&format!("{s}/")));
            if views.contains(&page.lang) {
                affected.forced.insert(i);
            } else if names_touched || below_touched {
                candidates.insert(i);
            }
        }
    }
    if !pending.templates.is_empty() || !pending.languages.is_empty() {
        let uses = TemplateUses::of(theme);
        for i in every {
            let lang = &site.pages[i].lang;
            if pending.languages.contains(lang) || uses.any(&template_for(site, i), &pending.templates) {
                affected.forced.insert(i);
            }
        }
    }
    affected.candidates.extend(affected.forced.iter().copied());
    affected
}

/// Every language's page with translation `key`.
fn pages_of_key<'a>(site: &'a Site, key: &'a str) -> impl Iterator<Item = usize> + 'a {
    site.config
        .languages
        .iter()
        .filter_map(move |lang| site.page_for(lang, key))
}

/// The section pages of `section` and every section above it, in every
/// language (their lists show their members and sub-sections).
fn section_pages<'a>(site: &'a Site, section: &'a str) -> impl Iterator<Item = usize> + 'a {
    let mut chain = vec![section.to_owned()];
    let mut current = section;
    while let Some((parent, _)) = current.rsplit_once('/') {
        chain.push(parent.to_owned());
        current = parent;
    }
    if !section.is_empty() {
        chain.push(String::new());
    }
    site.config.languages.iter().flat_map(move |lang| {
        chain
            .iter()
            .filter_map(|s| site.sections.get(&(lang.clone(), s.clone())))
            .filter_map(|s| s.index_page)
            .collect::<Vec<_>>()
    })
}

/// Which templates each template uses: those it `extends` or `include`s,
/// and those defining the components it calls.
pub struct TemplateUses {
    direct: HashMap<String, Vec<String>>,
}

impl TemplateUses {
    /// Reads the references out of every template of `theme`.
    pub fn of(theme: &Theme) -> TemplateUses {
        let tags: HashMap<&String, Tags> = theme
            .templates
            .iter()
            .map(|(name, file)| (name, Tags::of(&file.text())))
            .collect();
        let defined_in: HashMap<&str, &String> = tags
            .iter()
            .flat_map(|(name, tags)| tags.components.iter().map(move |c| (c.as_str(), *name)))
            .collect();
        let direct = tags
            .iter()
            .map(|(name, tags)| {
                let mut uses = tags.templates.clone();
                uses.extend(
                    tags.calls
                        .iter()
                        .filter_map(|c| defined_in.get(c.as_str()))
                        .map(|t| (*t).clone()),
                );
                ((*name).clone(), uses)
            })
            .collect();
        TemplateUses { direct }
    }

    /// Whether `template`, or a template it uses, is among `changed`.
    pub fn any(&self, template: &str, changed: &BTreeSet<String>) -> bool {
        let mut stack = vec![template];
        let mut seen = HashSet::new();
        while let Some(name) = stack.pop() {
            if !seen.insert(name) {
                continue;
            }
            if changed.contains(name) {
                return true;
            }
            if let Some(used) = self.direct.get(name) {
                stack.extend(used.iter().map(String::as_str));
            }
        }
        false
    }
}

/// What one template's tags name.
#[derive(Debug, Default, PartialEq)]
struct Tags {
    /// Templates quoted in `{% extends %}` and `{% include %}`.
    templates: Vec<String>,
    /// Components it defines: `{% component name(…) %}`.
    components: Vec<String>,
    /// Components it calls: `{{ <name … /> }}` or `{% <name …> %}`.
    calls: Vec<String>,
}

impl Tags {
    fn of(source: &str) -> Tags {
        let mut tags = Tags::default();
        let mut rest = source;
        while let Some(start) = rest.find(['{']) {
            let after = &rest[start + 1..];
            let close = match after.chars().next() {
                Some('%') => "%}",
                Some('{') => "}}",
                _ => {
                    rest = after;
                    continue;
                }
            };
            let after = &after[1..];
            let Some(end) = after.find(close) else {
                break;
            };
            let tag = after[..end].trim_matches(|c: char| c == '-' || c.is_whitespace());
            if let Some(call) = tag.strip_prefix('<').filter(|call| !call.starts_with('/')) {
                tags.calls.push(component_name(call));
            } else {
                let mut words = tag.split_whitespace();
                match words.next().unwrap_or_default() {
                    "extends" | "include" if close == "%}" => tags.templates.extend(quoted(tag)),
                    "component" if close == "%}" => {
                        tags.components
                            .push(component_name(words.next().unwrap_or_default()));
                    }
                    _ => {}
                }
            }
            rest = &after[end + close.len()..];
        }
        tags
    }
}

/// The component name at the start of `text`: `recs.facts` in
/// `recs.facts(rec, cl)` or `recs.facts rec={rec} />`.
fn component_name(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '-'))
        .collect()
}

/// Every `"…"` or `'…'` string in `text`.
fn quoted(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = text.char_indices();
    while let Some((i, c)) = chars.next() {
        if c == '"' || c == '\'' {
            let start = i + 1;
            for (j, d) in chars.by_ref() {
                if d == c {
                    out.push(text[start..j].to_owned());
                    break;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_read_from_tags() {
        let source = r#"{% extends "base.html" %}{%- include 'partials/nav.html' -%}
{% component cards.item(p, level) %}<p>{{ p }}</p>{% endcomponent cards.item %}
{{ <recs.facts rec={rec} /> }}{%- <box title="x"> -%}in{% </box> %}{% include ["a.html", "b.html"] ignore missing %}
{{ "not.html" }}{% if x %}"nor.html"{% endif %}{{ a < b }}"#;
        assert_eq!(
            Tags::of(source),
            Tags {
                templates: ["base.html", "partials/nav.html", "a.html", "b.html"]
                    .map(String::from)
                    .into(),
                components: vec!["cards.item".to_owned()],
                calls: vec!["recs.facts".to_owned(), "box".to_owned()],
            }
        );
    }

    #[test]
    fn uses_follow_chains() {
        let uses = TemplateUses {
            direct: HashMap::from([
                ("page.html".to_owned(), vec!["base.html".to_owned()]),
                ("base.html".to_owned(), vec!["partials/nav.html".to_owned()]),
                ("section.html".to_owned(), vec!["section.html".to_owned()]),
            ]),
        };
        let changed = BTreeSet::from(["partials/nav.html".to_owned()]);
        assert!(uses.any("page.html", &changed));
        assert!(!uses.any("section.html", &changed));
        assert!(uses.any("missing.html", &BTreeSet::from(["missing.html".to_owned()])));
    }
}
