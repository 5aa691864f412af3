//! Re-reading changed content files into the [`State`]: a document whose
//! body alone changed is replaced where it stands; one whose front matter
//! changed, or that came or went, makes the site be put together again
//! (from the documents in memory, without reading the others).

use std::collections::BTreeSet;

use rayon::prelude::*;

use super::state::{Facts, State, body_key, redo_document};
use crate::content::{self, Document};
use crate::error::{Diagnostic, Error, display_path};
use crate::markdown::Rendered;
use crate::pipeline::{self, Options};
use crate::site::{Site, translation_key};

/// What a change to content files did.
#[derive(Debug, Default)]
pub struct ContentChange {
    /// Anything at all (a file's text, or its findings).
    pub any: bool,
    /// Translation keys of documents whose body alone changed.
    pub bodies: BTreeSet<String>,
    /// Documents whose front matter changed, or that came or went (their
    /// facts before and after).
    pub touched: Vec<Facts>,
}

/// One document with what was derived from it: the key of its body, and
/// its body and findings unless it is to be rendered again.
struct Entry {
    doc: Document,
    key: u64,
    done: Option<(Rendered, Vec<Diagnostic>)>,
}

impl State {
    /// Re-reads the content files among `changed` (paths relative to the
    /// root), walking `content/` again only when files may have come or gone.
    pub fn apply_content(&mut self, options: &Options, changed: &[String]) -> Result<ContentChange, Error> {
        let root = &options.root;
        let mut to_read: BTreeSet<String> = changed.iter().filter(|f| self.is_known(f)).cloned().collect();
        // Files no longer there, and documents that leave the site.
        let mut gone = BTreeSet::new();
        let mut removed = BTreeSet::new();
        let walk = changed
            .iter()
            .any(|f| !self.is_known(f) || !root.join(f).is_file());
        let mut change = ContentChange::default();
        // Whether anything but bodies changed: a file came, went, failed,
        // became a draft or stopped being one, or the walk found otherwise.
        let mut other = walk;
        if walk {
            let (found, walk_findings) = content::find(root)?;
            let read = &mut self.prepared.read;
            change.any |= walk_findings != read.walk;
            read.walk = walk_findings;
            let found: BTreeSet<String> = found.iter().map(|p| display_path(root, p)).collect();
            let known = self
                .prepared
                .analysis
                .site
                .documents
                .iter()
                .map(|d| &d.file)
                .chain(self.prepared.read.failed.keys())
                .chain(&self.prepared.read.drafts);
            gone.extend(known.filter(|f| !found.contains(*f)).cloned());
            to_read.extend(found.iter().filter(|f| !self.is_known(f)).cloned());
            to_read.retain(|f| found.contains(f));
        }
        let config = &self.prepared.analysis.site.config;
        let read: Vec<(String, Result<Document, Vec<Diagnostic>>)> = to_read
            .par_iter()
            .map(|file| (file.clone(), content::read(root, &root.join(file), config)))
            .collect();
        let mut replaced = Vec::new();
        let mut added = Vec::new();
        for (file, result) in read {
            let old = self.document(&file);
            let failed_before = self.prepared.read.failed.remove(&file);
            let was_draft = self.prepared.read.drafts.remove(&file);
            match result {
                Ok(doc) if doc.front.draft && !options.drafts => {
                    other = true;
                    self.prepared.read.drafts.insert(file.clone());
                    change.any |= !was_draft;
                    if old.is_some() {
                        removed.insert(file);
                    }
                }
                Ok(doc) => match old {
                    Some(i) => {
                        other |= failed_before.is_some() || was_draft;
                        let before = &self.prepared.analysis.site.documents[i];
                        if before.text == doc.text {
                            continue;
                        }
                        change.any = true;
                        if before.text[..before.body_start] == doc.text[..doc.body_start] {
                            change.bodies.insert(translation_key(&doc));
                        } else {
                            change.touched.push(Facts::of(before));
                            change.touched.push(Facts::of(&doc));
                        }
                        replaced.push((i, doc));
                    }
                    None => {
                        other = true;
                        change.any = true;
                        change.touched.push(Facts::of(&doc));
                        added.push(doc);
                    }
                },
                Err(problems) => {
                    other = true;
                    change.any |= failed_before.as_ref() != Some(&problems);
                    self.prepared.read.failed.insert(file.clone(), problems);
                    if old.is_some() {
                        removed.insert(file);
                    }
                }
            }
        }
        for file in &gone {
            change.any |=
                self.prepared.read.failed.remove(file).is_some() | self.prepared.read.drafts.remove(file);
        }
        removed.extend(gone);
        for file in &removed {
            if let Some(i) = self.document(file) {
                change.any = true;
                change
                    .touched
                    .push(Facts::of(&self.prepared.analysis.site.documents[i]));
            }
        }
        if change.touched.is_empty() {
            // Only bodies changed: the site's shape is the same.
            let changed: Vec<usize> = replaced.iter().map(|(i, _)| *i).collect();
            for (i, doc) in replaced {
                self.replace_body(options, i, doc);
            }
            if other && change.any {
                self.refresh_site_wide();
            } else if change.any {
                let analysis = &self.prepared.analysis;
                self.site_wide
                    .bodies_changed(&analysis.site, &analysis.bodies, &changed);
            }
        } else {
            match self.reassemble(options, replaced, added, &removed) {
                Some((read_again, found)) => self.site_wide_after(&read_again, found),
                None => self.refresh_site_wide(),
            }
        }
        Ok(change)
    }

    fn replace_body(&mut self, options: &Options, i: usize, doc: Document) {
        self.body_keys[i] = body_key(&doc, &self.titles);
        self.prepared.analysis.site.replace_document(i, doc);
        let (body, found) = redo_document(self, i, options);
        self.prepared.analysis.bodies[i] = body;
        self.findings[i] = found;
    }

    /// Puts the documents back together into a new site; the documents
    /// read anew are rendered and checked once it stands. The old site is
    /// kept in [`State::retired`] until [`State::tidy`]. When no file came
    /// or went, returns the documents read again, each where it was, and
    /// the site-wide findings that need no body
    /// ([`crate::checks::without_bodies`]), worked out as the site was
    /// assembled.
    fn reassemble(
        &mut self,
        options: &Options,
        replaced: Vec<(usize, Document)>,
        added: Vec<Document>,
        removed: &BTreeSet<String>,
    ) -> Option<(Vec<usize>, Vec<Diagnostic>)> {
        let analysis = &mut self.prepared.analysis;
        let config = analysis.site.config.clone();
        let placeholder = Site::assemble(config.clone(), Vec::new(), options.today).0;
        let mut old = std::mem::replace(&mut analysis.site, placeholder);
        let old_documents = std::mem::take(&mut old.documents);
        // Letting go of the old site's pages, indexes and list values takes
        // a while at thousands of pages: it waits until the rebuild is done.
        self.retired = Some(old);
        if added.is_empty() && removed.is_empty() {
            // The same files: the documents stay where they are.
            let mut documents = old_documents;
            let mut redo = Vec::with_capacity(replaced.len());
            for (i, doc) in replaced {
                self.body_keys[i] = body_key(&doc, &self.titles);
                documents[i] = doc;
                redo.push(i);
            }
            let unreadable = self.prepared.read.unreadable();
            let found = self.assemble_with(options, config, documents, |site| {
                crate::checks::without_bodies(site, &unreadable)
            });
            if let Some(old) = &self.retired {
                // The list entries of the documents not read again are as
                // they were: each is made from its document and address.
                self.prepared
                    .analysis
                    .site
                    .keep_values_of(old, |d| !redo.contains(&d));
            }
            self.redo(options, &redo);
            return Some((redo, found));
        }
        let bodies = std::mem::take(&mut self.prepared.analysis.bodies);
        let keys = std::mem::take(&mut self.body_keys);
        let findings = std::mem::take(&mut self.findings);
        let mut entries: Vec<Option<Entry>> = old_documents
            .into_iter()
            .zip(bodies)
            .zip(keys)
            .zip(findings)
            .map(|(((doc, body), key), findings)| {
                Some(Entry {
                    doc,
                    key,
                    done: Some((body, findings)),
                })
            })
            .collect();
        let titles = &self.titles;
        let fresh = |doc: Document| Entry {
            key: body_key(&doc, titles),
            doc,
            done: None,
        };
        for (i, doc) in replaced {
            entries[i] = Some(fresh(doc));
        }
        let mut entries: Vec<Entry> = entries
            .into_iter()
            .flatten()
            .filter(|e| !removed.contains(&e.doc.file))
            .collect();
        // The documents kept are in order of their files already.
        if !added.is_empty() {
            entries.extend(added.into_iter().map(fresh));
            entries.sort_by(|a, b| a.doc.file.cmp(&b.doc.file));
        }
        let mut documents = Vec::with_capacity(entries.len());
        let mut done = Vec::with_capacity(entries.len());
        for entry in entries {
            documents.push(entry.doc);
            self.body_keys.push(entry.key);
            done.push(entry.done);
        }
        self.assemble(options, config, documents);
        let state = &*self;
        let results: Vec<(Rendered, Vec<Diagnostic>)> = done
            .into_par_iter()
            .enumerate()
            .map(|(i, done)| done.unwrap_or_else(|| redo_document(state, i, options)))
            .collect();
        let (bodies, findings) = results.into_iter().unzip();
        self.prepared.analysis.bodies = bodies;
        self.findings = findings;
        None
    }

    /// Makes the site of `documents` the site.
    fn assemble(&mut self, options: &Options, config: crate::config::Config, documents: Vec<Document>) {
        self.assemble_with(options, config, documents, |_| ());
    }

    /// Makes the site of `documents` the site, running `beside` on it
    /// while its generated addresses are checked
    /// ([`pipeline::assemble_with`]).
    fn assemble_with<T: Send>(
        &mut self,
        options: &Options,
        config: crate::config::Config,
        documents: Vec<Document>,
        beside: impl FnOnce(&crate::site::Site) -> T + Send,
    ) -> T {
        let analysis = &mut self.prepared.analysis;
        let (site, generated, assembled, besides) = pipeline::assemble_with(
            config,
            documents,
            options.today,
            &analysis.theme,
            &mut self.collisions,
            beside,
        );
        analysis.site = site;
        analysis.generated = generated;
        self.prepared.assembled = assembled;
        besides
    }
}
