//! Writing a rebuild: everything through the staging folder the first
//! time, then in place, only the pages a change may affect whose inputs
//! really changed, and only the files whose bytes did.

use std::collections::{BTreeSet, HashMap};
use std::hash::{Hash, Hasher};
use std::path::Path;

use rayon::prelude::*;

use super::affected::{self, Pending};
use super::outcome::Outcome;
use super::outputs::{Published, Recording};
use super::state::State;
use crate::error::{Diagnostic, Error, sort};
use crate::markdown::{Bodies, Rendered};
use crate::output::Staging;
use crate::output::output_path;
use crate::pipeline;
use crate::render::{self, SiteViews};

/// Builds everything into a staging folder and swaps it in; `None` (and
/// the findings in `outcome`) if a page or generated file failed.
pub fn replace_all(
    state: &State,
    templates: &render::Templates,
    output: &Path,
    outcome: &mut Outcome,
) -> Result<Option<Published>, Error> {
    let staging = Staging::begin(output)?;
    let recording = Recording::new(&staging);
    // The site values (with the parts) are worked out once: for the pages
    // now, and to tell later rebuilds whether they changed.
    let (site_views, mut problems) = pipeline::site_views(&state.prepared.analysis);
    let written = pipeline::write_all(&state.prepared.analysis, templates, &site_views, &recording);
    match written {
        Ok(mut written) => problems.append(&mut written),
        Err(e) => {
            staging.discard();
            return Err(e);
        }
    }
    let failed = problems.iter().any(Diagnostic::is_error);
    outcome.diagnostics.append(&mut problems);
    sort(&mut outcome.diagnostics);
    let files = recording.into_hashes();
    if failed {
        staging.abort();
        return Ok(None);
    }
    staging.commit()?;
    outcome.published = true;
    outcome.replaced = true;
    outcome.rendered = state.prepared.analysis.site.pages.len();
    outcome.written = files.keys().cloned().collect();
    outcome.written.sort();
    Ok(Some(Published {
        dir: output.to_path_buf(),
        files,
        fingerprints: HashMap::new(),
        site_views: view_keys(&site_views),
    }))
}

/// A page rendered again: output path, HTML, and the fingerprint of what it
/// was rendered from (none when it was rendered whatever its inputs).
type RenderedPage = (String, Vec<u8>, Option<u64>);

/// Renders the pages `pending` may affect and writes those whose bytes
/// changed; false (and the findings in `outcome`) if a page failed.
pub fn write_pages(
    state: &State,
    published: &mut Published,
    pending: &Pending,
    site_views: &SiteViews,
    outcome: &mut Outcome,
) -> Result<bool, Error> {
    let analysis = &state.prepared.analysis;
    let site = &analysis.site;
    let Some(templates) = analysis.templates.as_ref() else {
        return Ok(false);
    };
    let keys = view_keys(site_views);
    let views: BTreeSet<String> = keys
        .iter()
        .filter(|(lang, key)| published.site_views.get(*lang) != Some(key))
        .map(|(lang, _)| lang.clone())
        .collect();
    let affected = affected::pages(site, &analysis.theme, pending, &views);
    let again = pipeline::Again::new(analysis);
    let previous = &published.fingerprints;
    let results: Vec<Result<Option<RenderedPage>, Diagnostic>> = affected
        .candidates
        .par_iter()
        .map(|&i| {
            let path = output_path(&site.pages[i].url);
            let fingerprint = if affected.forced.contains(&i) {
                None
            } else {
                let print = fingerprint(state, &keys, i);
                if previous.get(&path) == Some(&print) {
                    return Ok(None);
                }
                Some(print)
            };
            let body = &again.body(site.pages[i].doc);
            let html = render::page(site, &analysis.locales, templates, site_views, i, body)?;
            if let Some(broken) = render::theme_links_of(site, templates, site_views, i, body, &html)
                .into_iter()
                .next()
            {
                return Err(broken);
            }
            Ok(Some((path, html, fingerprint)))
        })
        .collect();
    let mut pages = Vec::new();
    for result in results {
        match result {
            Ok(Some(page)) => pages.push(page),
            Ok(None) => {}
            Err(problem) => outcome.diagnostics.push(problem),
        }
    }
    if outcome.errors() > 0 {
        sort(&mut outcome.diagnostics);
        return Ok(false);
    }
    outcome.rendered = pages.len();
    for (path, html, fingerprint) in pages {
        match fingerprint {
            Some(print) => published.fingerprints.insert(path.clone(), print),
            None => published.fingerprints.remove(&path),
        };
        if published.put(&path, &html)? {
            outcome.written.push(path);
        }
    }
    published.site_views = keys;
    Ok(true)
}

/// What page `i` is rendered from, as a hash: its template, its context
/// (with the shared `site` value and its body standing in as hashes).
fn fingerprint(state: &State, view_keys: &HashMap<String, u64>, i: usize) -> u64 {
    let site = &state.prepared.analysis.site;
    let page = &site.pages[i];
    let no_views = SiteViews::default();
    let (template, context) = render::page_context(
        site,
        &state.prepared.analysis.locales,
        &no_views,
        i,
        &Rendered::default(),
    );
    let mut hasher = crate::fingerprint::hasher();
    template.hash(&mut hasher);
    view_keys.get(&page.lang).hash(&mut hasher);
    state.body_keys[page.doc].hash(&mut hasher);
    for name in render::PAGE_CONTEXT_NAMES {
        name.hash(&mut hasher);
        match context.get(name) {
            Some(value) => crate::fingerprint::hash_value(&mut hasher, value),
            None => hasher.write_u8(0),
        }
    }
    hasher.finish()
}

/// Language → hash of its `site` context values (one per navigation state).
fn view_keys(site_views: &SiteViews) -> HashMap<String, u64> {
    site_views.keys().clone()
}
