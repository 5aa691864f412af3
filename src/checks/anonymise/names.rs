//! Finds people's names: given names ("her mother, Sarah,"), given name and
//! surname, possessives ("Tyler's teacher"), and a title with a surname
//! ("Mrs Kowalska", "Dr Patel").
//!
//! Part of [`super::scan`]. The text is cut into words once; only words with
//! a capital are looked up, in the hash sets of [`lists`] (built once). A
//! name that is not an everyday word ("Sarah", "Kowalska") is a finding
//! wherever it stands. A name that is also an everyday word ("Hope",
//! "Will", "Grace", "Baker") or a month, place or faith ("May", "Jordan",
//! "Christian") is one only with evidence: a title before it, another name
//! beside it, a possessive, a comma after a family role ("her mother,
//! Grace,"), "named" or "called" before it, or (for given names) a capital
//! in the middle of a sentence that no other capitalised word explains.
//! Words before an organisation's or a place's noun ("Jubilee House",
//! "Alder Hey Hospital") or after "St" are never names.

mod context;
mod lists;
#[cfg(test)]
mod tests;

use std::ops::Range;

use context::{Word, words};
use lists::{Entry, LISTS, key_into};

/// Titles that put a name after them.
const TITLES: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mx",
    "Dr",
    "Prof",
    "Professor",
    "Pan",
    "Pani",
];

/// Capitalised nouns that make the words before them an organisation's,
/// a building's or a place's name.
const PLACE_NOUNS: &[&str] = &[
    "Academy",
    "Act",
    "Avenue",
    "Board",
    "Borough",
    "Centre",
    "Center",
    "Chapel",
    "Church",
    "Clinic",
    "College",
    "Commission",
    "Cottage",
    "Council",
    "County",
    "Court",
    "Crescent",
    "Drive",
    "Estate",
    "Farm",
    "Foundation",
    "Fund",
    "Gardens",
    "Group",
    "Gurdwara",
    "Helpline",
    "Home",
    "Homes",
    "Hospital",
    "House",
    "Hub",
    "Line",
    "Park",
    "Infants",
    "Inquiry",
    "Institute",
    "Juniors",
    "Lane",
    "Library",
    "Lodge",
    "Ltd",
    "Manor",
    "Mosque",
    "Nursery",
    "Partnership",
    "Police",
    "Practice",
    "Primary",
    "Programme",
    "Project",
    "Report",
    "Road",
    "School",
    "Service",
    "Services",
    "Society",
    "Square",
    "Station",
    "Street",
    "Surgery",
    "Team",
    "Temple",
    "Terrace",
    "Tower",
    "Town",
    "Trust",
    "Unit",
    "University",
    "Village",
    "Ward",
];

/// Family roles after which "role, Name" names that person.
const ROLES: &[&str] = &[
    "mother",
    "father",
    "mum",
    "dad",
    "brother",
    "sister",
    "son",
    "daughter",
    "aunt",
    "uncle",
    "grandmother",
    "grandfather",
    "grandma",
    "grandad",
    "nan",
    "cousin",
    "partner",
    "boyfriend",
    "girlfriend",
    "stepfather",
    "stepmother",
    "stepdad",
    "stepmum",
    "husband",
    "wife",
    "sibling",
    "baby",
    "child",
    "carer",
    "friend",
    "neighbour",
    "half-brother",
    "half-sister",
    "niece",
    "nephew",
];

/// Verbs that, right after a capitalised word, make it a person
/// ("Poppy lived", "Blessing told").
const PERSON_VERBS: &[&str] = &[
    "told",
    "said",
    "says",
    "lived",
    "lives",
    "moved",
    "attended",
    "arrived",
    "disclosed",
    "asked",
    "went",
    "spoke",
    "called",
    "rang",
    "missed",
    "stayed",
    "cried",
    "reported",
    "refused",
    "worked",
    "explained",
    "died",
    "left",
    "returned",
    "described",
    "stated",
    "admitted",
    "denied",
    "complained",
    "visited",
    "wanted",
    "needed",
    "felt",
    "thought",
    "knew",
    "ran",
    "walked",
    "hit",
    "screamed",
    "wrote",
    "texted",
    "agreed",
    "declined",
    "started",
    "stopped",
    "became",
    "tried",
    "answered",
];

/// Words after which a capitalised everyday word is a noun, not a name.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "our", "their", "its", "his", "her", "my", "your", "every",
    "each", "any", "no", "of",
];

/// Every name in `text`, as byte ranges (a title and the name after it, or
/// a given name and surname, are one range; a possessive `'s` is left out).
/// Unless the text is `english`, every name needs a title or a second name
/// beside it: the lists of everyday words are English.
pub(super) fn find(text: &str, english: bool) -> Vec<Range<usize>> {
    let words = words(text);
    let mut key = String::new();
    let entries: Vec<Entry> = words
        .iter()
        .map(|w| {
            if w.capitalised {
                key_into(w.core(text), &mut key);
                LISTS.entry(&key)
            } else {
                Entry::default()
            }
        })
        .collect();
    let mut found: Vec<Range<usize>> = Vec::new();
    for (i, word) in words.iter().enumerate() {
        if !word.capitalised {
            continue;
        }
        let Some(start) = name_start(text, &words, &entries, i, english) else {
            continue;
        };
        let range = start..word.core_end;
        match found.last_mut() {
            // A name right after another ("Grace Nowak") joins it.
            Some(last) if joined(text, last.end, range.start) => last.end = range.end,
            _ => found.push(range),
        }
    }
    found
}

/// Where the name that word `i` belongs to starts (at its title, if it has
/// one), or `None` if word `i` is not part of a name.
fn name_start(text: &str, words: &[Word], entries: &[Entry], i: usize, english: bool) -> Option<usize> {
    let word = &words[i];
    let entry = entries[i];
    let prev = i
        .checked_sub(1)
        .and_then(|p| words.get(p))
        .filter(|p| word.follows(p, text));
    let next = words.get(i + 1).filter(|n| n.follows(word, text));
    if prev.is_some_and(|p| matches!(p.text(text), "St" | "Saint")) || names_a_place_or_label(text, words, i)
    {
        return None;
    }
    if let Some(p) = prev.filter(|p| TITLES.contains(&p.text(text)))
        && !(entry.not_name && !entry.is_name())
    {
        return Some(p.start);
    }
    if !entry.is_name() {
        return None;
    }
    let beside_clear_name = |j: Option<usize>| {
        j.and_then(|j| Some((words.get(j)?, entries.get(j)?)))
            .is_some_and(|(w, e)| w.capitalised && e.is_name() && !e.word && !e.not_name)
    };
    let paired = (prev.is_some() && beside_clear_name(i.checked_sub(1)))
        || (next.is_some() && beside_clear_name(Some(i + 1)));
    if !english {
        return (paired && !entry.not_name).then_some(word.start);
    }
    let after_role = context::after_role_comma(text, word.start, ROLES);
    if entry.not_name {
        return (paired || after_role).then_some(word.start);
    }
    if !entry.word || paired {
        return Some(word.start);
    }
    let ambiguous_pair = |j: Option<usize>, given_here: bool| {
        j.and_then(|j| Some((words.get(j)?, entries.get(j)?)))
            .is_some_and(|(w, e)| {
                w.capitalised && !e.not_name && (if given_here { e.surname } else { e.given })
            })
    };
    let pair_of_names = (next.is_some() && entry.given && ambiguous_pair(Some(i + 1), true))
        || (prev.is_some() && entry.surname && ambiguous_pair(i.checked_sub(1), false));
    let evidence = (pair_of_names && !context::title_case_line(text, word.start))
        || (word.possessive && entry.given && !prev.is_some_and(|p| is_determiner(p, text)))
        || after_role
        || (entry.given && !word.possessive && next.is_some_and(|n| acts(n, text)))
        || prev.is_some_and(|p| matches!(p.text(text), "named" | "called"))
        || (entry.given && mid_sentence_capital(text, words, entries, i));
    evidence.then_some(word.start)
}

/// Whether word `i`, a given name that is also an everyday word, has a
/// capital that nothing else explains: not at a sentence start, not after
/// a determiner, not in a run of capitalised words, not in a title-case line.
fn mid_sentence_capital(text: &str, words: &[Word], entries: &[Entry], i: usize) -> bool {
    let word = &words[i];
    if context::sentence_start(text, word.start) || context::title_case_line(text, word.start) {
        return false;
    }
    // Only a lower-case word just before makes the capital stand out
    // ("with Grace"); after a digit or a bracket it may be a code or a label.
    let prev = i
        .checked_sub(1)
        .and_then(|p| words.get(p))
        .filter(|p| word.follows(p, text));
    if !prev.is_some_and(|p| !is_determiner(p, text) && !p.capitalised) {
        return false;
    }
    let next = words.get(i + 1).filter(|n| n.follows(word, text));
    !next.is_some_and(|n| n.capitalised && !entries.get(i + 1).is_some_and(|e| e.is_name()))
}

/// Whether `word` is a verb of what people do, or "was born".
fn acts(word: &Word, text: &str) -> bool {
    let w = word.text(text);
    PERSON_VERBS.contains(&w) || (w == "was" && text.get(word.end..).is_some_and(|r| r.starts_with(" born")))
}

fn is_determiner(word: &Word, text: &str) -> bool {
    let w = word.text(text);
    DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(w))
}

/// Whether the capitalised words from word `i` on end in a place noun
/// ("James Cook University Hospital") or an anonymised letter ("Young
/// Person C"), so that they name a place or an anonymised person.
fn names_a_place_or_label(text: &str, words: &[Word], i: usize) -> bool {
    for pair in words.get(i..).unwrap_or_default().windows(2).take(4) {
        let [before, word] = pair else { break };
        if !word.follows(before, text) {
            break;
        }
        let core = word.core(text);
        if PLACE_NOUNS.contains(&core)
            || (core.len() == 1 && core.starts_with(|c: char| c.is_ascii_uppercase()))
        {
            return true;
        }
        if !word.capitalised {
            break;
        }
    }
    false
}

/// Whether only one space or hyphen lies between `end` and `start`.
fn joined(text: &str, end: usize, start: usize) -> bool {
    matches!(text.get(end..start), Some(" " | "-"))
}
