//! Search, on the site itself and in each language, with no third party:
//! `/search/` (and `/pl/search/`, …) with its script `search.js`, the
//! index it reads, and `/search/a-z/`, every page of the language in
//! alphabetical order, which needs no script at all.
//!
//! [`Search`] reads bodies: the document hook reads each body's text (the
//! text the renderer made beside the HTML, or, for a body with raw HTML,
//! the text of its sanitised HTML: [`text`]), splits it into words
//! ([`words`]) and counts them
//! ([`counting`]), in the parallel document pass; `write` makes each
//! language's index ([`index`]) from the pages in that language whose
//! text is in it (a stand-in for an untranslated page is found in the
//! language its text is in, where its original is). The two pages are
//! [`pages::SearchPages`], which reads no body and so writes beside the
//! pass.
//!
//! Under `serve`, an edit to a body reads that body again, and writes
//! only the shards that hold one of its words, old or new, and its entry.
//!
//! Every address is in [`crate::addresses`]: [`crate::addresses::SEARCH`],
//! [`crate::addresses::SEARCH_A_Z`], [`search_shard`] and
//! [`search_entry`]; which pages are indexed is
//! [`crate::addresses::search_indexed`] ([`search_pages`]).

pub mod counting;
pub mod index;
pub mod pages;
pub mod text;
pub mod words;

use std::borrow::Cow;
use std::hash::{Hash, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use super::memo::Memo;
use super::{Generator, Inputs};
use crate::addresses::{
    SEARCH_ENTRIES_PER_FILE, search_entry, search_pages, search_shard, search_shard_count,
};
use crate::content::Kind;
use crate::error::{Diagnostic, Error};
use crate::i18n::Locales;
use crate::markdown::Rendered;
use crate::output::{Sink, output_path};
use crate::site::Site;
use index::{Entry, Postings, Terms, Vocabulary, entries_json};

/// The most text of a page its entry keeps for the snippet, in bytes.
pub const ENTRY_TEXT: usize = 2500;

/// How much a word counts where it is: in the title, the description (or
/// a review's reference), a heading (besides its count in the body) and
/// the body.
const TITLE_WEIGHT: u32 = 10;
const DESCRIPTION_WEIGHT: u32 = 3;
const HEADING_WEIGHT: u32 = 2;
const BODY_WEIGHT: u32 = 1;

/// A document as search has read it.
#[derive(Debug)]
struct Read {
    /// The language its text is in.
    lang: String,
    /// Its words, with weights.
    terms: Terms,
    /// The start of its text, for the snippet; `None` when the caller
    /// renders bodies again on request ([`Inputs::bodies`]): it is cut
    /// from there when its entry is made, and not kept.
    text: Option<String>,
    /// Which reading this is: no two share it.
    reading: u64,
}

/// The search indexes, with what the document pass has read.
#[derive(Default)]
pub struct Search {
    /// By language.
    vocabularies: counting::Vocabularies,
    /// By content file.
    read: Mutex<FxHashMap<String, Read>>,
    /// The words the documents read again since the last `write` had at
    /// that write, by content file.
    replaced: Mutex<FxHashMap<String, Terms>>,
    /// Each language's postings at the last `write`, with the pages they
    /// are over: `serve` changes them after an edit to a body.
    kept: Mutex<FxHashMap<String, Kept>>,
    /// Counts the documents read, for [`Read::reading`].
    readings: AtomicU64,
    /// The index files as last written.
    made: Memo,
}

/// A language's postings, and the pages they are over.
struct Kept {
    /// A hash of the pages, each with its number in
    /// [`crate::site::Site::pages`] and its content file.
    pages: u64,
    postings: Postings,
}

/// The [`Kept::pages`] of `pages`.
fn pages_key(site: &Site, pages: &[usize]) -> u64 {
    let mut hasher = crate::fingerprint::hasher();
    for &i in pages {
        (i, &site.doc(i).file).hash(&mut hasher);
    }
    hasher.finish()
}

/// `mutex`, locked. A panic elsewhere while the lock was held leaves whole
/// entries.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The words whose weight differs between `before` and `after`, those in
/// only one of them included, in order of their numbers.
fn changed_words(before: &Terms, after: &Terms) -> Vec<u32> {
    let (mut before, mut after) = (before.clone(), after.clone());
    before.sort_unstable();
    after.sort_unstable();
    let mut changed = Vec::new();
    let (mut a, mut b) = (before.iter().peekable(), after.iter().peekable());
    loop {
        match (a.peek(), b.peek()) {
            (Some(x), Some(y)) if x.0 == y.0 => {
                if x.1 != y.1 {
                    changed.push(x.0);
                }
                a.next();
                b.next();
            }
            (Some(x), Some(y)) if x.0 < y.0 => {
                changed.push(x.0);
                a.next();
            }
            (Some(_), Some(y)) => {
                changed.push(y.0);
                b.next();
            }
            (Some(x), None) => {
                changed.push(x.0);
                a.next();
            }
            (None, Some(y)) => {
                changed.push(y.0);
                b.next();
            }
            (None, None) => return changed,
        }
    }
}

impl Generator for Search {
    fn reads_bodies(&self) -> bool {
        true
    }

    fn document(&self, site: &Site, doc: usize, rendered: &Rendered, kept: bool) {
        let document = &site.documents[doc];
        let body = shown_text(rendered);
        let mut parts = vec![
            (&*body, BODY_WEIGHT),
            (document.front.title.as_str(), TITLE_WEIGHT),
        ];
        for also in [&document.front.description, &document.front.reference]
            .into_iter()
            .flatten()
        {
            parts.push((also, DESCRIPTION_WEIGHT));
        }
        for heading in &rendered.headings {
            parts.push((&heading.text, HEADING_WEIGHT));
        }
        let lang = document.path.lang.clone();
        let terms = counting::count(&self.vocabularies, &lang, &parts);
        let read = Read {
            lang: lang.clone(),
            terms,
            text: (!kept).then(|| text::cut(&body, ENTRY_TEXT).to_owned()),
            reading: self.readings.fetch_add(1, Ordering::Relaxed),
        };
        let before = lock(&self.read).insert(document.file.clone(), read);
        if let Some(before) = before {
            // Read again (serve): the words it had at the last write are
            // kept, to take out of the postings and to find the shards
            // to write again.
            lock(&self.replaced)
                .entry(document.file.clone())
                .or_insert(before.terms);
        }
    }

    fn write(&self, inputs: &Inputs<'_>, sink: &dyn Sink) -> Result<Vec<Diagnostic>, Error> {
        let site = inputs.site;
        let replaced = std::mem::take(&mut *lock(&self.replaced));
        let vocabularies = self.vocabularies.lock();
        let read = lock(&self.read);
        for lang in &site.config.languages {
            let pages = search_pages(site, lang);
            let pages_key = pages_key(site, &pages);
            let prefix = site.config.language_prefix(lang);
            let empty = Vocabulary::new(lang);
            let vocabulary = vocabularies.get(lang).unwrap_or(&empty);
            let no_terms = Terms::new();
            let reads: Vec<Option<&Read>> = pages
                .iter()
                .map(|&i| read.get(&site.doc(i).file).filter(|r| r.lang == *lang))
                .collect();
            let mut kept = lock(&self.kept);
            let reuse = kept.get(lang.as_str()).is_some_and(|k| k.pages == pages_key);
            if reuse {
                // The pages are as they were: only the postings of those
                // read again change.
                if let Some(k) = kept.get_mut(lang.as_str()) {
                    for (n, &i) in pages.iter().enumerate() {
                        let file = &site.doc(i).file;
                        if let (Some(before), Some(now)) = (replaced.get(file), reads[n]) {
                            k.postings.replace(vocabulary, n as u32, before, &now.terms);
                        }
                    }
                }
            } else {
                let terms: Vec<&Terms> = reads.iter().map(|r| r.map_or(&no_terms, |r| &r.terms)).collect();
                let postings = Postings::of(vocabulary, &terms);
                kept.insert(
                    lang.clone(),
                    Kept {
                        pages: pages_key,
                        postings,
                    },
                );
            }
            let Some(Kept { postings, .. }) = kept.get(lang.as_str()) else {
                continue;
            };
            let shards = search_shard_count(pages.len());
            let by_shard = postings.shard_of_words(vocabulary, shards);
            let only = reuse.then(|| {
                // The words the pages read again gained, lost or count
                // differently since the last write: the shards they are
                // (or were) in, and every shard that lists postings of
                // their groups. The other shards are as they were.
                let changed: Vec<u32> = replaced
                    .iter()
                    .filter_map(|(file, before)| {
                        read.get(file)
                            .filter(|r| r.lang == *lang)
                            .map(|now| changed_words(before, &now.terms))
                    })
                    .flatten()
                    .collect();
                let groups: FxHashSet<u32> = changed.iter().map(|&w| vocabulary.group_of(w)).collect();
                let mut only: FxHashSet<usize> =
                    changed.iter().map(|&w| vocabulary.shard_of(w, shards)).collect();
                only.extend(
                    by_shard
                        .iter()
                        .enumerate()
                        .filter(|(_, ids)| ids.iter().any(|&w| groups.contains(&vocabulary.group_of(w))))
                        .map(|(n, _)| n),
                );
                only
            });
            by_shard.par_iter().enumerate().try_for_each(|(n, ids)| {
                let path = output_path(&search_shard(&prefix, n));
                let same = only.as_ref().is_some_and(|only| !only.contains(&n));
                if same && self.made.hold(&path, sink).is_some() {
                    return Ok(());
                }
                self.made
                    .record(&path, sink, |sink| {
                        sink.put(&path, postings.shard(vocabulary, ids).as_bytes())
                            .map(|()| Vec::new())
                    })
                    .map(drop)
            })?;
            let labels = Labels::of(inputs.locales, lang);
            pages
                .par_chunks(SEARCH_ENTRIES_PER_FILE)
                .enumerate()
                .try_for_each(|(n, chunk)| {
                    let first = n * SEARCH_ENTRIES_PER_FILE;
                    let path = output_path(&search_entry(&prefix, n));
                    let reads = &reads[first..first + chunk.len()];
                    let fingerprint = entries_fingerprint(site, inputs, chunk, reads);
                    self.made
                        .make(&path, fingerprint, sink, |sink| {
                            let texts: Vec<Cow<'_, str>> = chunk
                                .iter()
                                .zip(reads)
                                .map(|(&i, read)| snippet(inputs, i, *read))
                                .collect();
                            let entries: Vec<Entry<'_>> = chunk
                                .iter()
                                .zip(&texts)
                                .map(|(&i, text)| entry(site, inputs.locales, &labels, i, text))
                                .collect();
                            let json = entries_json(&entries);
                            sink.put(&path, json.as_bytes()).map(|()| Vec::new())
                        })
                        .map(drop)
                })?;
        }
        if !inputs.only_shown {
            self.made.sweep();
        }
        Ok(Vec::new())
    }
}

/// What the entries of `pages`, read as `reads`, are made from, as a hash:
/// each page's address, front matter and reading, and the interface text
/// (by which load of the theme it is from). The text itself stands in as
/// its reading.
fn entries_fingerprint(site: &Site, inputs: &Inputs<'_>, pages: &[usize], reads: &[Option<&Read>]) -> u64 {
    let mut hasher = crate::fingerprint::hasher();
    inputs.templates.stamp().hash(&mut hasher);
    for (&i, read) in pages.iter().zip(reads) {
        let doc = site.doc(i);
        let front = &doc.front;
        (&site.pages[i].url, &site.pages[i].lang, kind_name(site, i)).hash(&mut hasher);
        (&front.title, &front.reference, &front.description).hash(&mut hasher);
        front.date.as_ref().map(|d| *d.get_ref()).hash(&mut hasher);
        read.map(|r| r.reading).hash(&mut hasher);
    }
    hasher.finish()
}

/// The kind names of one language.
pub(crate) struct Labels(FxHashMap<&'static str, String>);

impl Labels {
    const KINDS: [&'static str; 7] = [
        "leaflet",
        "page",
        "section",
        "review",
        "briefing",
        "newsletter",
        "training",
    ];

    pub(crate) fn of(locales: &Locales, lang: &str) -> Labels {
        Labels(
            Labels::KINDS
                .iter()
                .map(|k| (*k, locales.message(lang, &format!("search-kind-{k}"), None)))
                .collect(),
        )
    }

    pub(crate) fn get(&self, kind: &str) -> &str {
        self.0.get(kind).map_or("", String::as_str)
    }
}

/// What a page is, as a result names it.
pub(crate) fn kind_name(site: &Site, i: usize) -> &'static str {
    let doc = site.doc(i);
    match doc.kind {
        Kind::Page if doc.path.section.split('/').next() == Some("leaflets") => "leaflet",
        kind => crate::generate::feeds::kind_key(kind),
    }
}

/// The text a search result shows of `rendered`: the text the renderer
/// made beside the HTML, unless raw HTML was sanitised; then the HTML
/// shown is read.
fn shown_text(rendered: &Rendered) -> Cow<'_, str> {
    if rendered.had_raw_html {
        text::of(&rendered.html).into()
    } else {
        rendered.text.trim_end().into()
    }
}

/// The text page `i`'s entry shows for its snippet, as `read` (none when
/// its text is in another language): kept from the document pass, or cut
/// from its body rendered again ([`Inputs::bodies`]).
fn snippet<'a>(inputs: &Inputs<'_>, i: usize, read: Option<&'a Read>) -> Cow<'a, str> {
    match (read, inputs.bodies) {
        (Some(Read { text: Some(text), .. }), _) => Cow::Borrowed(text),
        (Some(_), Some(bodies)) => {
            let body = bodies.body(inputs.site.pages[i].doc);
            Cow::Owned(text::cut(&shown_text(&body), ENTRY_TEXT).to_owned())
        }
        (Some(_), None) | (None, _) => Cow::Borrowed(""),
    }
}

/// Page `i`'s entry, with `text` for its snippet.
fn entry<'a>(site: &'a Site, locales: &Locales, labels: &'a Labels, i: usize, text: &'a str) -> Entry<'a> {
    let doc = site.doc(i);
    let lang = &site.pages[i].lang;
    Entry {
        url: &site.pages[i].url,
        title: &doc.front.title,
        kind: labels.get(kind_name(site, i)),
        reference: doc.front.reference.as_deref(),
        date: doc
            .front
            .date
            .as_ref()
            .map(|d| locales.long_date(lang, *d.get_ref())),
        description: doc.front.description.as_deref(),
        text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_words_are_those_gained_lost_or_counted_differently() {
        let before: Terms = vec![(1, 1), (2, 5), (4, 1)];
        let after: Terms = vec![(1, 1), (2, 6), (3, 1)];
        assert_eq!(changed_words(&before, &after), [2, 3, 4]);
        assert_eq!(changed_words(&before, &before), Vec::<u32>::new());
        assert_eq!(changed_words(&Terms::new(), &after), [1, 2, 3]);
        let shuffled: Terms = vec![(4, 1), (1, 1), (2, 5)];
        assert_eq!(changed_words(&shuffled, &before), Vec::<u32>::new());
        assert_eq!(changed_words(&shuffled, &after), [2, 3, 4]);
    }
}
