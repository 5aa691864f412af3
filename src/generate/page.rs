//! The `page` a template sees for a page Lantern makes itself (the
//! recommendations tracker, theme pages, a contact page without content),
//! shaped like [`crate::render::context::PageView`] so that `base.html` and
//! its partials work unchanged, and the helper that renders one.

use rayon::prelude::*;
use serde::Serialize;

use super::Inputs;
use crate::error::{Diagnostic, Error};
use crate::i18n::direction;
use crate::output::{Sink, output_path};
use crate::render::base_context;
use crate::render::context::{LangLink, Link, Translation};

/// A generated page, as templates see it.
#[derive(Debug, Clone, Serialize)]
pub struct GeneratedView {
    /// Title: the `<h1>` and the `<title>`.
    pub title: String,
    /// One sentence about the page.
    pub description: Option<String>,
    /// Path.
    pub url: String,
    /// Absolute URL.
    pub permalink: String,
    /// Always `false`: generated pages speak the reader's language.
    pub is_fallback: bool,
    /// The language of the text.
    pub content_lang: String,
    /// Its direction.
    pub content_dir: &'static str,
    /// The page in every language.
    pub translations: Vec<Translation>,
    /// Home › … › this page.
    pub breadcrumbs: Vec<LangLink>,
    /// The navigation items this page comes under
    /// ([`crate::render::context::nav_current`]).
    pub nav_current: Vec<String>,
    /// Empty: generated pages have no Markdown headings.
    pub toc: Vec<Link>,
    /// Empty.
    pub themes: Vec<Link>,
    /// No publication date.
    pub date: Option<String>,
    /// No update date.
    pub updated: Option<String>,
    /// No Markdown body.
    pub content: String,
}

/// The view of the generated page at `path` (without a language prefix,
/// such as "/recommendations/") in `lang`; it exists in each of `langs`.
/// `parents` come between Home and the page in the breadcrumbs.
pub fn view(
    inputs: &Inputs<'_>,
    lang: &str,
    path: &str,
    langs: &[String],
    title: String,
    description: Option<String>,
    parents: Vec<Link>,
) -> GeneratedView {
    let site = inputs.site;
    let url = format!("{}{path}", site.config.language_prefix(lang));
    let translations = langs
        .iter()
        .map(|l| {
            let other = format!("{}{path}", site.config.language_prefix(l));
            Translation {
                code: l.clone(),
                name: inputs.locales.language_name(l).to_owned(),
                permalink: site.permalink(&other),
                url: other,
                dir: direction(l),
                current: l == lang,
            }
        })
        .collect();
    let in_lang = |link: Link| LangLink {
        title: link.title,
        url: link.url,
        lang: lang.to_owned(),
    };
    let mut breadcrumbs = vec![in_lang(Link {
        title: inputs.locales.message(lang, "breadcrumb-home", None),
        url: format!("{}/", site.config.language_prefix(lang)),
    })];
    breadcrumbs.extend(parents.into_iter().map(in_lang));
    breadcrumbs.push(in_lang(Link {
        title: title.clone(),
        url: url.clone(),
    }));
    GeneratedView {
        title,
        description,
        permalink: site.permalink(&url),
        nav_current: crate::render::context::nav_current(site, lang, &url),
        url,
        is_fallback: false,
        content_lang: lang.to_owned(),
        content_dir: direction(lang),
        translations,
        breadcrumbs,
        toc: Vec::new(),
        themes: Vec::new(),
        date: None,
        updated: None,
        content: String::new(),
    }
}

/// Renders `template` in `lang` with `page` and the `extra` context value
/// (moved in, not copied: a listing's can hold thousands of pages), into
/// the file for `page.url`. A template error is returned as a diagnostic,
/// not written. Under `serve`, a page whose template, `site` value, view,
/// extra value and link targets are all as they were when it was last
/// rendered is not rendered again ([`super::memo`]).
pub fn render(
    inputs: &Inputs<'_>,
    lang: &str,
    template: &str,
    page: &GeneratedView,
    extra: Option<Extra<'_>>,
    sink: &dyn Sink,
) -> Result<Vec<Diagnostic>, Error> {
    let path = output_path(&page.url);
    let fingerprint = if sink.tracks() {
        fingerprint(inputs, lang, template, page, extra.as_ref())
    } else {
        0
    };
    inputs.made.make(&path, fingerprint, sink, |sink| {
        let mut context = base_context(inputs.site_views, lang, &page.nav_current);
        context.insert("page", page);
        if let Some(Extra { name, value, .. }) = extra {
            let value = match value {
                ExtraValue::Hashed(value) => value,
                ExtraValue::Later(_, make) => make(),
            };
            context.insert_value(name, value);
        }
        // Under `serve`, room for the page as it was last time: a large
        // one (the tracker's is megabytes) is not grown and copied.
        let room = inputs.made.size(&path).map_or(0, |size| size + size / 8);
        let mut html = Vec::with_capacity(room.max(16 * 1024));
        match inputs.templates.render_to(lang, template, &context, &mut html) {
            Ok(()) => {
                let origin = inputs.templates.origin(template);
                let broken = inputs
                    .site_views
                    .links()
                    .check_page(&html, &page.url, lang, &origin);
                sink.put_made(&path, html)?;
                Ok(broken)
            }
            Err(d) => Ok(vec![d]),
        }
    })
}

/// The one value a generated page's template sees besides `page` and the
/// `site` value, by name: `tracker`, `theme`, … ([`extra`]).
pub struct Extra<'a> {
    name: &'static str,
    value: ExtraValue<'a>,
}

/// An [`Extra`]'s value, and what stands for it in the page's fingerprint.
enum ExtraValue<'a> {
    /// Made, and hashed itself ([`extra`]).
    Hashed(tera::Value),
    /// To make if the page is rendered, with a hash of what it is made
    /// from ([`extra_made_later`]).
    Later(u64, Box<dyn FnOnce() -> tera::Value + 'a>),
}

/// `value` as the [`Extra`] named `name`.
pub fn extra(name: &'static str, value: &impl Serialize) -> Option<Extra<'static>> {
    Some(Extra {
        name,
        value: ExtraValue::Hashed(tera::Value::from_serializable(value)),
    })
}

/// The [`Extra`] named `name`, made by `make` from inputs whose hash is
/// `made_from`, and only when the page is rendered: the page is rendered
/// again only when that hash changes (or anything else it is made from
/// does), and the value, which may be large, is neither hashed nor, under
/// `serve`, made for a page whose inputs are as they were.
pub fn extra_made_later<'a>(
    name: &'static str,
    made_from: u64,
    make: impl FnOnce() -> tera::Value + 'a,
) -> Option<Extra<'a>> {
    Some(Extra {
        name,
        value: ExtraValue::Later(made_from, Box::new(make)),
    })
}

/// What a generated page is rendered from, as a hash: its template (and
/// which load of the theme it is from), its `site` value, what its theme
/// links are checked against, its view and its extra value.
fn fingerprint(
    inputs: &Inputs<'_>,
    lang: &str,
    template: &str,
    page: &GeneratedView,
    extra: Option<&Extra<'_>>,
) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = crate::fingerprint::hasher();
    inputs.templates.stamp().hash(&mut hasher);
    template.hash(&mut hasher);
    lang.hash(&mut hasher);
    inputs.site_views.key(lang).hash(&mut hasher);
    inputs.site_views.links().key().hash(&mut hasher);
    crate::fingerprint::hash_serialised(&mut hasher, page);
    if let Some(extra) = extra {
        extra.name.hash(&mut hasher);
        match &extra.value {
            ExtraValue::Hashed(value) => crate::fingerprint::hash_value(&mut hasher, value),
            ExtraValue::Later(made_from, _) => made_from.hash(&mut hasher),
        }
    }
    hasher.finish()
}

/// Runs `each` for every language of the site, in parallel, and gathers
/// what they found; the first error stops the whole.
pub fn in_every_language(
    inputs: &Inputs<'_>,
    each: impl Fn(&str) -> Result<Vec<Diagnostic>, Error> + Sync,
) -> Result<Vec<Diagnostic>, Error> {
    let results: Vec<Result<Vec<Diagnostic>, Error>> = inputs
        .site
        .config
        .languages
        .par_iter()
        .map(|lang| each(lang))
        .collect();
    let mut diagnostics = Vec::new();
    for result in results {
        diagnostics.extend(result?);
    }
    Ok(diagnostics)
}
