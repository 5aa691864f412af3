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

use context::Word;
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
    "Center",
    "Centre",
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
    "Infants",
    "Inquiry",
    "Institute",
    "Juniors",
    "Lane",
    "Law",
    "Library",
    "Line",
    "Lodge",
    "Ltd",
    "Manor",
    "Mews",
    "Mosque",
    "Nursery",
    "Park",
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
    "Way",
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
///
/// Only words that start with a capital are looked at, and their
/// neighbours only when a rule needs them: most of a text is skipped
/// eight bytes at a time.
pub(super) fn find(text: &str, english: bool) -> Vec<Range<usize>> {
    let mut found: Vec<Range<usize>> = Vec::new();
    let mut key = String::new();
    let mut from = 0;
    while let Some(word) = context::next_capitalised(text, from) {
        from = word.end;
        let Some(start) = name_start(text, word, &mut key, english) else {
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

/// What the lists say about `word`; nothing unless it is capitalised.
fn entry_of(text: &str, word: &Word, key: &mut String) -> Entry {
    if !word.capitalised {
        return Entry::default();
    }
    key_into(word.core(text), key);
    LISTS.entry(key)
}

/// Where the name that `word` belongs to starts (at its title, if it has
/// one), or `None` if `word` is not part of a name.
fn name_start(text: &str, word: Word, key: &mut String, english: bool) -> Option<usize> {
    // Part of a link, an address or a file name: "/Sarah-Jones", "@Grace".
    if text
        .get(..word.start)
        .and_then(|b| b.chars().next_back())
        .is_some_and(|c| matches!(c, '/' | '@' | '_' | '\\' | '='))
    {
        return None;
    }
    let entry = entry_of(text, &word, key);
    let prev = context::word_before(text, &word).filter(|p| word.follows(p, text));
    let title = prev.filter(|p| TITLES.contains(&p.text(text)));
    if !entry.is_name() && title.is_none() {
        return None;
    }
    // "Hope Street", "Nick Gibbs Ward": the noun that ends a place's name.
    let ends_a_place =
        PLACE_NOUNS.contains(&word.core(text)) && prev.is_some_and(|p| p.capitalised) && title.is_none();
    if ends_a_place
        || prev.is_some_and(|p| matches!(p.text(text), "St" | "Saint"))
        || names_a_place_or_label(text, word)
    {
        return None;
    }
    if let Some(p) = title
        && (!entry.not_name || entry.is_name())
    {
        return Some(p.start);
    }
    if !entry.is_name() {
        return None;
    }
    let next = context::word_after(text, &word).filter(|n| n.follows(&word, text));
    let prev_entry = prev.map(|p| entry_of(text, &p, key)).unwrap_or_default();
    let next_entry = next.map(|n| entry_of(text, &n, key)).unwrap_or_default();
    let clear = |e: Entry| e.is_name() && !e.word && !e.not_name;
    let paired = clear(prev_entry) || clear(next_entry);
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
    let pair_of_names = (entry.given && next_entry.surname && !next_entry.not_name)
        || (entry.surname && prev_entry.given && !prev_entry.not_name);
    let evidence = (pair_of_names && !context::title_case_line(text, word.start))
        || (word.possessive && entry.given && !prev.is_some_and(|p| is_determiner(&p, text)))
        || after_role
        || (entry.given && !word.possessive && next.is_some_and(|n| acts(&n, text)))
        || prev.is_some_and(|p| matches!(p.text(text), "named" | "called"))
        || (entry.given && mid_sentence_capital(text, &word, prev, next.filter(|_| !next_entry.is_name())));
    evidence.then_some(word.start)
}

/// Whether `word`, a given name that is also an everyday word, has a
/// capital that nothing else explains: not at a sentence start, not after
/// a determiner, not before a capitalised word that is no name (`next`,
/// when it is not one), not in a title-case line.
fn mid_sentence_capital(text: &str, word: &Word, prev: Option<Word>, next: Option<Word>) -> bool {
    // Only a lower-case word just before makes the capital stand out
    // ("with Grace"); after a digit or a bracket it may be a code or a label.
    if !prev.is_some_and(|p| !is_determiner(&p, text) && !p.capitalised)
        || next.is_some_and(|n| n.capitalised)
    {
        return false;
    }
    !context::sentence_start(text, word.start) && !context::title_case_line(text, word.start)
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

/// Whether the capitalised words from `word` on end in a place noun
/// ("James Cook University Hospital") or an anonymised letter ("Young
/// Person C"), so that they name a place or an anonymised person.
fn names_a_place_or_label(text: &str, mut word: Word) -> bool {
    for _ in 0..4 {
        let Some(next) = context::word_after(text, &word).filter(|n| n.follows(&word, text)) else {
            break;
        };
        let core = next.core(text);
        if PLACE_NOUNS.contains(&core)
            || (core.len() == 1 && core.starts_with(|c: char| c.is_ascii_uppercase()))
        {
            return true;
        }
        if !next.capitalised {
            break;
        }
        word = next;
    }
    false
}

/// Whether only one space or hyphen lies between `end` and `start`.
fn joined(text: &str, end: usize, start: usize) -> bool {
    matches!(text.get(end..start), Some(" " | "-"))
}
