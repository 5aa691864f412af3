//! Counting a document's words, by their numbers in the vocabulary of its
//! language, in the parallel document pass.
//!
//! Each thread keeps what it has looked up (a word in lower case → its
//! number) and a dense array of counts by number, so a word costs one
//! lookup in the thread's own table and an addition; only a word the
//! thread has not met before takes the vocabulary's lock.

use std::cell::RefCell;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use rustc_hash::FxHashMap;

use super::index::{Terms, Vocabulary};
use super::words;

/// Gives each [`Vocabularies`] a number, so that a thread's table never
/// answers for another's.
static NEXT_OWNER: AtomicU64 = AtomicU64::new(1);

/// The vocabulary of every language, shared by the threads of the pass.
pub struct Vocabularies {
    owner: u64,
    by_language: Mutex<FxHashMap<String, Vocabulary>>,
}

impl Default for Vocabularies {
    fn default() -> Vocabularies {
        Vocabularies {
            owner: NEXT_OWNER.fetch_add(1, Ordering::Relaxed),
            by_language: Mutex::default(),
        }
    }
}

impl Vocabularies {
    /// The vocabularies, locked.
    pub fn lock(&self) -> std::sync::MutexGuard<'_, FxHashMap<String, Vocabulary>> {
        self.by_language
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The number of `lower` (a word in lower case) in `lang`.
    fn id(&self, lang: &str, lower: &str) -> u32 {
        let mut all = self.lock();
        if !all.contains_key(lang) {
            all.insert(lang.to_owned(), Vocabulary::new(lang));
        }
        all.get_mut(lang).map_or(0, |v| v.id(lower))
    }
}

/// What one thread keeps between documents.
#[derive(Default)]
struct Scratch {
    /// The [`Vocabularies`] the numbers below are from.
    owner: u64,
    /// By language: a word as written ("The", "the") → the number of the
    /// word in lower case; words of up to seven bytes in `short`, by
    /// [`packed`], the rest in `long`.
    known: FxHashMap<String, Known>,
    /// The document's count of each word, by number; zero between
    /// documents.
    weights: Vec<u32>,
    /// The numbers counted in this document.
    touched: Vec<u32>,
    /// A word in lower case.
    lower: String,
}

/// The words one thread has met in one language.
struct Known {
    /// The short words met last, by a hash of their [`packed`] key: one
    /// load and one comparison for a word met before, which most are.
    recent: Box<[(u64, u32)]>,
    short: FxHashMap<u64, u32>,
    long: FxHashMap<Box<str>, u32>,
}

/// How many short words [`Known::recent`] holds.
const RECENT: usize = 4096;

impl Default for Known {
    fn default() -> Known {
        Known {
            // No packed key is 0: its last byte is the word's length.
            recent: vec![(0, 0); RECENT].into_boxed_slice(),
            short: FxHashMap::default(),
            long: FxHashMap::default(),
        }
    }
}

impl Known {
    /// The number of the short word whose key is `key`, if met before.
    #[inline]
    fn short(&mut self, key: u64) -> Option<u32> {
        let slot = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 52) as usize % RECENT;
        let recent = &mut self.recent[slot];
        if recent.0 == key {
            return Some(recent.1);
        }
        let id = *self.short.get(&key)?;
        *recent = (key, id);
        Some(id)
    }
}

/// A word of up to seven bytes as one number: its bytes and its length,
/// so that two words have the same number only if they are the same.
/// Most words are this short, and a number is quicker to look up than a
/// string.
fn packed(word: &str) -> Option<u64> {
    let bytes = word.as_bytes();
    if bytes.len() > 7 {
        return None;
    }
    // Byte by byte rather than through a copy of unknown length, which
    // costs a call for every word.
    let mut key = (bytes.len() as u64) << 56;
    for (n, &byte) in bytes.iter().enumerate() {
        key |= u64::from(byte) << (8 * n);
    }
    Some(key)
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::default();
}

/// The words of the texts `parts` (each with the weight one of its words
/// counts for), in `lang`, by number, in the order they are first met.
pub fn count(vocabularies: &Vocabularies, lang: &str, parts: &[(&str, u32)]) -> Terms {
    SCRATCH.with_borrow_mut(|scratch| {
        if scratch.owner != vocabularies.owner {
            *scratch = Scratch {
                owner: vocabularies.owner,
                ..Scratch::default()
            };
        }
        let Scratch {
            known,
            weights,
            touched,
            lower,
            ..
        } = scratch;
        if !known.contains_key(lang) {
            known.insert(lang.to_owned(), Known::default());
        }
        let Some(known) = known.get_mut(lang) else {
            return Terms::new();
        };
        for &(text, weight) in parts {
            words::each_word(text, |word| {
                let key = packed(word);
                let found = match key {
                    Some(key) => known.short(key),
                    None => known.long.get(word).copied(),
                };
                let id = match found {
                    Some(id) => id,
                    None => {
                        lower.clear();
                        if word.is_ascii() {
                            lower.push_str(word);
                            lower.make_ascii_lowercase();
                        } else {
                            lower.push_str(&word.to_lowercase());
                        }
                        let id = vocabularies.id(lang, lower);
                        match key {
                            Some(key) => known.short.insert(key, id),
                            None => known.long.insert(word.into(), id),
                        };
                        id
                    }
                };
                let slot = id as usize;
                if slot >= weights.len() {
                    weights.resize(slot + 1, 0);
                }
                if weights[slot] == 0 {
                    touched.push(id);
                }
                weights[slot] += weight;
            });
        }
        let terms = touched
            .iter()
            .map(|&id| (id, std::mem::take(&mut weights[id as usize])))
            .collect();
        touched.clear();
        terms
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted_by_number_with_their_weights() {
        let vocabularies = Vocabularies::default();
        let terms = count(
            &vocabularies,
            "en",
            &[("Meeting meeting, child", 1), ("Meeting", 10)],
        );
        let mut all = vocabularies.lock();
        let english = all.get_mut("en").unwrap();
        let (meeting, child) = (english.id("meeting"), english.id("child"));
        assert_eq!(terms, [(meeting, 12), (child, 1)]);
    }

    #[test]
    fn a_thread_s_table_is_never_used_for_another_set_of_vocabularies() {
        let first = Vocabularies::default();
        count(&first, "en", &[("zebra apple", 1)]);
        let second = Vocabularies::default();
        let terms = count(&second, "en", &[("apple", 1)]);
        assert_eq!(terms, [(second.lock().get_mut("en").unwrap().id("apple"), 1)]);
        assert_eq!(terms, [(0, 1)]);
    }

    #[test]
    fn packed_words_differ_as_the_words_do() {
        assert_eq!(packed("a"), packed("a"));
        assert_ne!(packed("a"), packed("a\0"));
        assert_ne!(packed("ab"), packed("ba"));
        assert!(packed("seven77").is_some());
        assert_eq!(packed("eight888"), None);
        let vocabularies = Vocabularies::default();
        let terms = count(
            &vocabularies,
            "en",
            &[("child children Child CHILDREN childrens", 1)],
        );
        assert_eq!(terms.len(), 3);
    }

    #[test]
    fn counts_agree_with_a_plain_count_over_more_words_than_are_kept_recent() {
        // Twice as many short words as `recent` holds, so that many share
        // a place in it, and some long ones.
        let mut random = crate::test_random::Xorshift::new(0x2545_f491_4f6c_dd1d);
        let mut next = || random.next();
        let words: Vec<String> = (0..2 * RECENT)
            .map(|_| {
                let n = next();
                let length = 1 + (n % 10) as usize;
                (0..length)
                    .map(|k| char::from(b'a' + ((n >> (5 * k)) % 26) as u8))
                    .collect()
            })
            .collect();
        let text: Vec<&str> = (0..40_000)
            .map(|_| words[(next() % words.len() as u64) as usize].as_str())
            .collect();
        let text = text.join(" ");
        let vocabularies = Vocabularies::default();
        for _ in 0..2 {
            let terms = count(&vocabularies, "en", &[(&text, 1)]);
            let mut plain: FxHashMap<&str, u32> = FxHashMap::default();
            for word in text.split(' ') {
                *plain.entry(word).or_default() += 1;
            }
            let mut all = vocabularies.lock();
            let english = all.get_mut("en").unwrap();
            let mut expected: Vec<(u32, u32)> = plain.iter().map(|(w, n)| (english.id(w), *n)).collect();
            let mut counted = terms.clone();
            expected.sort_unstable();
            counted.sort_unstable();
            assert_eq!(counted, expected);
        }
    }

    #[test]
    fn counts_start_again_with_each_document() {
        let vocabularies = Vocabularies::default();
        count(&vocabularies, "pl", &[("dziecko dziecko", 1)]);
        let terms = count(&vocabularies, "pl", &[("dziecko", 1)]);
        assert_eq!(terms.iter().map(|t| t.1).collect::<Vec<_>>(), [1]);
    }
}
