//! The search index of one language, as files a browser fetches: the
//! words, in shards, and each page's entry.
//!
//! * A *shard* holds every form whose first two characters
//!   ([`words::key`]) hash ([`bucket`]) to it, each with the stem groups it
//!   belongs to, and each group's postings: the pages that have a word of
//!   the group, with a weight (a word in the title counts most, then the
//!   description and headings, then the body). A query of one word reads
//!   one shard. The number of shards follows from the number of pages
//!   ([`crate::addresses::search_shard_count`]), so every file's address is known before the build
//!   writes anything, and an edit to a body never adds or removes one.
//! * A page's *entry* holds what its result shows: address, title, kind,
//!   date and the text its snippet is cut from, eight pages' entries to a
//!   file ([`crate::addresses::SEARCH_ENTRIES_PER_FILE`]). The reader
//!   fetches the files of the first results only.
//!
//! Shard: `{"w":{"form":[group,…],…},"g":[[page,weight,page,weight,…],…]}`,
//! forms in code-point order, pages as the difference from the one before.

use rustc_hash::FxHashMap;

use super::words::{self, Stems};
use crate::formats::json::json_string_into;

/// The shard of the forms whose key is `key`, of `shards` (a power of
/// two): FNV-1a of the key's UTF-8, as `search.js` computes it.
pub fn bucket(key: &str, shards: usize) -> usize {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in key.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash as usize & (shards - 1)
}

/// A word as the index knows it.
#[derive(Debug)]
struct Word {
    /// What a reader's typing is matched against.
    form: Box<str>,
    /// Its stem group.
    group: u32,
}

/// Every word one language's documents have used, in lower case, each
/// with its form and stem group. Words are numbered in the order they were
/// met, which differs from build to build; nothing written depends on the
/// numbers.
pub struct Vocabulary {
    stems: Stems,
    ids: FxHashMap<Box<str>, u32>,
    words: Vec<Word>,
    groups: FxHashMap<Box<str>, u32>,
}

impl Vocabulary {
    /// An empty vocabulary for `lang`.
    pub fn new(lang: &str) -> Vocabulary {
        Vocabulary {
            stems: Stems::of(lang),
            ids: FxHashMap::default(),
            words: Vec::new(),
            groups: FxHashMap::default(),
        }
    }

    /// The number of `lower`, a word in lower case.
    pub fn id(&mut self, lower: &str) -> u32 {
        if let Some(&id) = self.ids.get(lower) {
            return id;
        }
        let mut form = String::new();
        words::fold_into(lower, &mut form);
        let stem = self.stems.stem(lower, &form);
        let next = self.groups.len() as u32;
        let group = *self.groups.entry(stem.into_boxed_str()).or_insert(next);
        let id = self.words.len() as u32;
        self.words.push(Word {
            form: form.into_boxed_str(),
            group,
        });
        self.ids.insert(lower.into(), id);
        id
    }

    /// The stem group of word `id`.
    pub fn group_of(&self, id: u32) -> u32 {
        self.words[id as usize].group
    }

    /// The shard, of `shards`, that word `id` is in while a page uses it.
    pub fn shard_of(&self, id: u32, shards: usize) -> usize {
        bucket(words::key(&self.words[id as usize].form), shards)
    }

    /// How many stem groups there are.
    fn group_count(&self) -> usize {
        self.groups.len()
    }
}

/// One page's words: (word number, weight), each word once, in any order.
pub type Terms = Vec<(u32, u32)>;

/// The postings of every stem group over the pages of one index, and
/// how many pages use each word.
pub struct Postings {
    /// By group: (page, weight), by page.
    by_group: Vec<Vec<(u32, u32)>>,
    /// By word: how many indexed pages use it.
    uses: Vec<u32>,
}

impl Postings {
    /// The postings of `pages`, page `n` having the terms `pages[n]`. A
    /// long list is cut in two, each half made on its own thread, and the
    /// second half's postings put after the first's.
    pub fn of(vocabulary: &Vocabulary, pages: &[&Terms]) -> Postings {
        Postings::of_from(vocabulary, pages, 0)
    }

    /// [`Postings::of`], the first of `pages` being page `first`.
    fn of_from(vocabulary: &Vocabulary, pages: &[&Terms], first: u32) -> Postings {
        const ON_ONE_THREAD: usize = 2048;
        if pages.len() > ON_ONE_THREAD {
            let half = pages.len() / 2;
            let (mut before, after) = rayon::join(
                || Postings::of_from(vocabulary, &pages[..half], first),
                || Postings::of_from(vocabulary, &pages[half..], first + half as u32),
            );
            for (list, more) in before.by_group.iter_mut().zip(after.by_group) {
                list.extend(more);
            }
            for (uses, more) in before.uses.iter_mut().zip(after.uses) {
                *uses += more;
            }
            return before;
        }
        let mut by_group: Vec<Vec<(u32, u32)>> = vec![Vec::new(); vocabulary.group_count()];
        let mut uses = vec![0; vocabulary.words.len()];
        for (n, terms) in pages.iter().enumerate() {
            let page = first + n as u32;
            for &(word, weight) in terms.iter() {
                uses[word as usize] += 1;
                let list = &mut by_group[vocabulary.words[word as usize].group as usize];
                match list.last_mut() {
                    Some(last) if last.0 == page => last.1 += weight,
                    _ => list.push((page, weight)),
                }
            }
        }
        Postings { by_group, uses }
    }

    /// Takes page `page`, whose words were `before` and are now `after`
    /// (each word once, in any order), from its old postings to its new ones: what
    /// `serve` does after an edit to a body, instead of making every
    /// posting again.
    pub fn replace(&mut self, vocabulary: &Vocabulary, page: u32, before: &Terms, after: &Terms) {
        self.by_group.resize_with(vocabulary.group_count(), Vec::new);
        self.uses.resize(vocabulary.words.len(), 0);
        for &(word, _) in before {
            self.uses[word as usize] -= 1;
            let list = &mut self.by_group[vocabulary.group_of(word) as usize];
            if let Ok(at) = list.binary_search_by_key(&page, |p| p.0) {
                list.remove(at);
            }
        }
        for &(word, weight) in after {
            self.uses[word as usize] += 1;
            let list = &mut self.by_group[vocabulary.group_of(word) as usize];
            match list.binary_search_by_key(&page, |p| p.0) {
                Ok(at) => list[at].1 += weight,
                Err(at) => list.insert(at, (page, weight)),
            }
        }
    }

    /// The shard of every word an indexed page uses, of `shards`.
    pub fn shard_of_words(&self, vocabulary: &Vocabulary, shards: usize) -> Vec<Vec<u32>> {
        let mut by_shard = vec![Vec::new(); shards];
        for id in 0..vocabulary.words.len() as u32 {
            if self.uses.get(id as usize).is_some_and(|n| *n > 0) {
                by_shard[vocabulary.shard_of(id, shards)].push(id);
            }
        }
        by_shard
    }

    /// Shard text for the words `ids`.
    pub fn shard(&self, vocabulary: &Vocabulary, ids: &[u32]) -> String {
        let mut forms: Vec<(&str, u32)> = ids
            .iter()
            .map(|&id| {
                let word = &vocabulary.words[id as usize];
                (&*word.form, word.group)
            })
            .collect();
        forms.sort_unstable();
        forms.dedup();
        let mut local: FxHashMap<u32, usize> = FxHashMap::default();
        let mut order: Vec<u32> = Vec::new();
        let mut out = String::from("{\"w\":{");
        let mut previous: Option<&str> = None;
        for &(form, group) in &forms {
            let n = *local.entry(group).or_insert_with(|| {
                order.push(group);
                order.len() - 1
            });
            if previous == Some(form) {
                out.push(',');
            } else {
                if previous.is_some() {
                    out.push_str("],");
                }
                json_string_into(&mut out, form);
                out.push_str(":[");
                previous = Some(form);
            }
            out.push_str(itoa::Buffer::new().format(n));
        }
        if previous.is_some() {
            out.push(']');
        }
        out.push_str("},\"g\":[");
        let mut number = itoa::Buffer::new();
        for (n, &group) in order.iter().enumerate() {
            if n > 0 {
                out.push(',');
            }
            out.push('[');
            let mut last = 0;
            for (i, &(page, weight)) in self.by_group[group as usize].iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(number.format(page - last));
                out.push(',');
                out.push_str(number.format(weight));
                last = page;
            }
            out.push(']');
        }
        out.push_str("]}\n");
        out
    }
}

/// What one result shows, fetched for the first results only. In JSON
/// ([`entries_json`]) each field has a one-letter name, and a field
/// without a value is left out.
#[derive(Debug)]
pub struct Entry<'a> {
    /// The page's address.
    pub url: &'a str,
    /// Its title.
    pub title: &'a str,
    /// What it is: "Leaflet", "Review summary", …
    pub kind: &'a str,
    /// A review's reference: "CSPR 2025/02".
    pub reference: Option<&'a str>,
    /// When it was published, written out in the page's language.
    pub date: Option<String>,
    /// Its description.
    pub description: Option<&'a str>,
    /// Its text, for the snippet.
    pub text: &'a str,
}

/// `entries` as a JSON array: `{"u", "t", "k", "r", "d", "s", "x"}` for
/// url, title, kind, reference, date, description and text, in that
/// order.
pub fn entries_json(entries: &[Entry<'_>]) -> String {
    let size: usize = entries
        .iter()
        .map(|e| e.text.len() + e.title.len() + e.url.len() + 100)
        .sum();
    let mut out = String::with_capacity(size);
    out.push('[');
    for (n, entry) in entries.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        let fields = [
            ("u", Some(entry.url)),
            ("t", Some(entry.title)),
            ("k", Some(entry.kind)),
            ("r", entry.reference),
            ("d", entry.date.as_deref()),
            ("s", entry.description),
            ("x", Some(entry.text)),
        ];
        out.push('{');
        for (k, (name, value)) in fields.into_iter().filter_map(|(n, v)| Some(n).zip(v)).enumerate() {
            if k > 0 {
                out.push(',');
            }
            out.push('"');
            out.push_str(name);
            out.push_str("\":");
            json_string_into(&mut out, value);
        }
        out.push('}');
    }
    out.push(']');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(vocabulary: &mut Vocabulary, words: &[(&str, u32)]) -> Terms {
        let mut terms: Terms = words.iter().map(|&(w, n)| (vocabulary.id(w), n)).collect();
        terms.sort_unstable();
        terms
    }

    #[test]
    fn entries_are_a_json_array_without_the_fields_that_have_no_value() {
        let entries = [
            Entry {
                url: "/reviews/child-d/",
                title: "Child \"D\"",
                kind: "Review summary",
                reference: Some("CSPR 2025/02"),
                date: Some("3 March 2025".to_owned()),
                description: Some("What we learnt.\nAnd then?"),
                text: "Line one\\two\ttabbed \u{1}ł",
            },
            Entry {
                url: "/",
                title: "Home",
                kind: "Page",
                reference: None,
                date: None,
                description: None,
                text: "",
            },
        ];
        let json = entries_json(&entries);
        let read: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(
            read,
            serde_json::json!([
                {
                    "u": "/reviews/child-d/",
                    "t": "Child \"D\"",
                    "k": "Review summary",
                    "r": "CSPR 2025/02",
                    "d": "3 March 2025",
                    "s": "What we learnt.\nAnd then?",
                    "x": "Line one\\two\ttabbed \u{1}ł"
                },
                { "u": "/", "t": "Home", "k": "Page", "x": "" }
            ])
        );
        // In the order the script and the snapshots expect.
        assert!(json.starts_with("[{\"u\":\"/reviews/child-d/\",\"t\":"), "{json}");
        assert_eq!(entries_json(&[]), "[]");
    }

    #[test]
    fn buckets_are_fnv_1a() {
        // FNV-1a of "a" is 0xe40c292c.
        assert_eq!(bucket("a", 1 << 31), 0xe40c_292c & 0x7fff_ffff);
        assert!(bucket("me", 16) < 16);
    }

    #[test]
    fn a_shard_lists_forms_groups_and_postings() {
        let mut vocabulary = Vocabulary::new("en");
        let one = terms(&mut vocabulary, &[("meeting", 10), ("child", 1)]);
        let two = terms(&mut vocabulary, &[("meetings", 2), ("meet", 1)]);
        let three = terms(&mut vocabulary, &[("meeting", 1)]);
        let postings = Postings::of(&vocabulary, &[&one, &two, &three]);
        let ids: Vec<u32> = ["meeting", "meetings", "meet"]
            .iter()
            .map(|w| vocabulary.id(w))
            .collect();
        assert_eq!(
            postings.shard(&vocabulary, &ids),
            "{\"w\":{\"meet\":[0],\"meeting\":[0],\"meetings\":[0]},\"g\":[[0,10,1,3,1,1]]}\n"
        );
        let shards = postings.shard_of_words(&vocabulary, 8);
        assert_eq!(shards.iter().map(Vec::len).sum::<usize>(), 4);
        let me = bucket("me", 8);
        assert_eq!(shards[me].len(), 3);
    }

    #[test]
    fn postings_made_in_halves_are_those_made_in_one() {
        let mut vocabulary = Vocabulary::new("en");
        let words = ["meeting", "meetings", "child", "review", "plan"];
        let pages: Vec<Terms> = (0..5000u32)
            .map(|n| {
                let mut page: Terms = words
                    .iter()
                    .enumerate()
                    .filter(|(k, _)| (n as usize + k) % 3 != 0)
                    .map(|(k, w)| (vocabulary.id(w), n % 7 + k as u32 + 1))
                    .collect();
                page.sort_unstable();
                page
            })
            .collect();
        let refs: Vec<&Terms> = pages.iter().collect();
        let halves = Postings::of(&vocabulary, &refs);
        let mut one = Postings {
            by_group: vec![Vec::new(); vocabulary.group_count()],
            uses: vec![0; vocabulary.words.len()],
        };
        for (n, terms) in pages.iter().enumerate() {
            for &(word, weight) in terms {
                one.uses[word as usize] += 1;
                let list = &mut one.by_group[vocabulary.words[word as usize].group as usize];
                match list.last_mut() {
                    Some(last) if last.0 == n as u32 => last.1 += weight,
                    _ => list.push((n as u32, weight)),
                }
            }
        }
        assert_eq!(halves.by_group, one.by_group);
        assert_eq!(halves.uses, one.uses);
        // A page's words may come in any order.
        let reversed: Vec<Terms> = pages.iter().map(|t| t.iter().rev().copied().collect()).collect();
        let refs: Vec<&Terms> = reversed.iter().collect();
        let backwards = Postings::of(&vocabulary, &refs);
        assert_eq!(backwards.by_group, one.by_group);
    }

    #[test]
    fn replacing_a_page_s_words_gives_the_postings_made_anew() {
        let mut vocabulary = Vocabulary::new("en");
        let mut pages: Vec<Terms> = vec![
            terms(&mut vocabulary, &[("meeting", 1), ("child", 2)]),
            terms(&mut vocabulary, &[("meetings", 1), ("plan", 1)]),
            terms(&mut vocabulary, &[("child", 1)]),
        ];
        let refs: Vec<&Terms> = pages.iter().collect();
        let mut kept = Postings::of(&vocabulary, &refs);
        let now = terms(&mut vocabulary, &[("meet", 4), ("zebra", 1), ("child", 1)]);
        kept.replace(&vocabulary, 1, &pages[1], &now);
        pages[1] = now;
        let refs: Vec<&Terms> = pages.iter().collect();
        let anew = Postings::of(&vocabulary, &refs);
        assert_eq!(kept.by_group, anew.by_group);
        assert_eq!(kept.uses, anew.uses);
        let plan = vocabulary.id("plan") as usize;
        assert_eq!(kept.uses[plan], 0);
    }

    #[test]
    fn words_no_page_uses_are_left_out() {
        let mut vocabulary = Vocabulary::new("en");
        let _gone = terms(&mut vocabulary, &[("meeting", 1)]);
        let kept = terms(&mut vocabulary, &[("child", 1)]);
        let postings = Postings::of(&vocabulary, &[&kept]);
        let shards = postings.shard_of_words(&vocabulary, 8);
        assert_eq!(shards.iter().map(Vec::len).sum::<usize>(), 1);
    }
}
