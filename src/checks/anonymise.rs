//! The anonymisation guard: finds personal data in the text of safeguarding
//! practice review summaries before they are published.
//!
//! This module sits in Lantern's checks stage. For every page in the sections
//! configured in `site.toml` `[anonymisation]`, the checks stage calls [`scan`]
//! on the text of the Markdown body and on each front matter string, with one
//! [`Rules`] built once from the configured `deny` and `allow` lists (the
//! board's own contact details are added to `allow`, so the partnership's
//! phone number and address do not fire). [`scan`] returns byte ranges into
//! the text it was given; the caller maps them to `file:line:column` and
//! reports each one as an error, using [`PersonalData::label`] to say what was
//! found and [`PersonalData::hint`] to say how to fix it.
//!
//! The detectors are UK-specific heuristics: postcodes (checked against the
//! real postcode areas), phone numbers, e-mail addresses, NHS numbers (only
//! with a valid modulus-11 check digit), National Insurance numbers (only with
//! a valid prefix), dates near a word such as "born" or "DOB", street
//! addresses, and every `deny` entry. They lean towards firing on real
//! personal data while staying quiet on the reference codes, meeting dates,
//! ages and agency names that reviews are full of; they are not a guarantee
//! that a page is anonymous.
//!
//! The module has no state besides [`Rules`]; every regular expression is
//! compiled once, either in a `LazyLock` or when [`Rules::new`] runs.

mod gate;
mod international;
mod names;

#[cfg(test)]
use regex::RegexSet;
use regex::{Regex, RegexBuilder};
use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use gate::Gate;

/// Words and phrases configured in `site.toml` `[anonymisation]` plus the board's own contact details.
///
/// `deny` lists names and places that must never appear (matched as whole
/// words, case-insensitively, also in possessive and plural forms); `allow`
/// lists text that may appear even though a detector would fire on it, such
/// as the partnership's own phone number. Build it once with [`Rules::new`]
/// and share it between threads: the matchers are compiled there. If the
/// public lists are changed afterwards, [`scan`] notices and compiles the
/// changed lists on each call, which is correct but slower.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    /// Names and places that must not appear in a page, such as a family's surname.
    pub deny: Vec<String>,
    /// Text that may appear although a detector would fire on it, such as the board's own phone number.
    pub allow: Vec<String>,
    compiled: Compiled,
}

impl Rules {
    /// Builds the rules and compiles their matchers once.
    ///
    /// Blank entries are ignored. Never fails: an entry too large for one
    /// combined matcher is matched on its own.
    pub fn new(deny: Vec<String>, allow: Vec<String>) -> Rules {
        let compiled = Compiled::new(&deny, &allow);
        Rules {
            deny,
            allow,
            compiled,
        }
    }
}

/// The kinds of personal data that [`scan`] finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonalData {
    /// A full UK postcode such as "TS7 9JF", or an outward code such as "TS7" written next to a street.
    Postcode,
    /// A UK phone number such as "01642 304520" or "+44 1642 304520".
    PhoneNumber,
    /// An e-mail address.
    EmailAddress,
    /// A ten-digit NHS number with a valid check digit.
    NhsNumber,
    /// A National Insurance number such as "AB 12 34 56 C".
    NationalInsuranceNumber,
    /// A date written near "born", "DOB", "date of birth" or "birthday".
    DateOfBirth,
    /// A house number and street name, or a street named as where someone lived.
    StreetAddress,
    /// An entry of the `deny` list in site.toml.
    DeniedTerm,
    /// A person's name, such as "Sarah", "Tyler's" or "Mrs Kowalska".
    Name,
}

impl PersonalData {
    /// What was found, in words that fit "this page contains …".
    pub fn label(self) -> &'static str {
        match self {
            PersonalData::Postcode => "a UK postcode",
            PersonalData::PhoneNumber => "a phone number",
            PersonalData::EmailAddress => "an e-mail address",
            PersonalData::NhsNumber => "an NHS number",
            PersonalData::NationalInsuranceNumber => "a National Insurance number",
            PersonalData::DateOfBirth => "a date of birth",
            PersonalData::StreetAddress => "a street address",
            PersonalData::DeniedTerm => "a name or place on the deny list",
            PersonalData::Name => "a person's name",
        }
    }

    /// A short, stable name for the kind, for machine-readable reports.
    pub fn category(self) -> &'static str {
        match self {
            PersonalData::Postcode => "postcode",
            PersonalData::PhoneNumber => "phone",
            PersonalData::EmailAddress => "email",
            PersonalData::NhsNumber => "nhs-number",
            PersonalData::NationalInsuranceNumber => "ni-number",
            PersonalData::DateOfBirth => "date-of-birth",
            PersonalData::StreetAddress => "address",
            PersonalData::DeniedTerm => "deny",
            PersonalData::Name => "name",
        }
    }

    /// How to fix it, in plain words.
    pub fn hint(self) -> &'static str {
        match self {
            PersonalData::Postcode => {
                "remove it, or describe the area in general terms, such as 'in the town'"
            }
            PersonalData::PhoneNumber => {
                "remove it, or name the service instead; if it is the partnership's own number, add it to allow in site.toml"
            }
            PersonalData::EmailAddress => {
                "remove it, or name the service instead; if it is the partnership's own address, add it to allow in site.toml"
            }
            PersonalData::NhsNumber => "remove it: a published review never needs an NHS number",
            PersonalData::NationalInsuranceNumber => {
                "remove it: a published review never needs a National Insurance number"
            }
            PersonalData::DateOfBirth => "give the child's age instead, such as 'aged 3'",
            PersonalData::StreetAddress => {
                "replace it with a general description such as 'the family's home'"
            }
            PersonalData::DeniedTerm => {
                "replace it with the anonymised name used in the review, such as 'Child D'"
            }
            PersonalData::Name => {
                "use the anonymised form the review uses, such as Child D or 'her mother'; if the board means to publish this name (such as its chair's), add it to allow in site.toml"
            }
        }
    }

    /// Which kind wins when two findings of the same length overlap.
    fn specificity(self) -> u8 {
        match self {
            PersonalData::NhsNumber => 7,
            PersonalData::NationalInsuranceNumber => 6,
            PersonalData::EmailAddress => 5,
            PersonalData::DateOfBirth => 4,
            PersonalData::Postcode => 3,
            PersonalData::PhoneNumber => 2,
            PersonalData::StreetAddress => 1,
            PersonalData::DeniedTerm => 0,
            PersonalData::Name => 0,
        }
    }
}

/// One piece of personal data found by [`scan`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Byte range in the scanned text; always on `char` boundaries.
    pub range: std::ops::Range<usize>,
    /// What kind of personal data it is.
    pub kind: PersonalData,
    /// The text at `range`, exactly as it appears in the scanned text.
    pub text: String,
}

/// All personal data in `text`, sorted by start, non-overlapping (when two overlap keep the longer / more specific).
///
/// Findings that equal an `allow` entry (ignoring case and spacing; phone
/// numbers and postcodes are compared in a canonical form, so "(01642)
/// 304520" matches an allowed "+44 1642 304520"), or lie inside an occurrence
/// of one, are left out before overlaps are resolved.
pub fn scan(text: &str, rules: &Rules) -> Vec<Finding> {
    scan_in(text, rules, Language::English)
}

/// The language a scanned text is written in, as far as names go: the
/// everyday words that tell a name from a word ("Hope", "Will") are English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    /// English: a name that is not an everyday word is found on its own.
    English,
    /// Any other: a name is found only with a title ("Pani Kowalska") or
    /// beside another name ("Zofia Nowak").
    Other,
}

/// [`scan`] for a text in `language`.
pub fn scan_in(text: &str, rules: &Rules, language: Language) -> Vec<Finding> {
    let fresh;
    let compiled = if rules.compiled.is_for(&rules.deny, &rules.allow) {
        &rules.compiled
    } else {
        fresh = Compiled::new(&rules.deny, &rules.allow);
        &fresh
    };

    let mut raw: Vec<(Range<usize>, PersonalData)> = Vec::new();
    let gate = Gate::of(text);
    if gate.may(Detector::Postcode) {
        find_postcodes(text, &mut raw);
    }
    if gate.may(Detector::OutwardCode) {
        find_outward_codes(text, &mut raw);
    }
    if gate.may(Detector::Phone) {
        find_phone_numbers(text, &mut raw);
    }
    if gate.may(Detector::InternationalPhone) {
        international::find(text, &mut raw);
    }
    if gate.may(Detector::Nhs) {
        find_nhs_numbers(text, &mut raw);
    }
    if gate.may(Detector::Ni) {
        find_ni_numbers(text, &mut raw);
    }
    if gate.may(Detector::BirthWord) {
        find_dates_of_birth(text, &mut raw);
    }
    if gate.may(Detector::NumberedStreet) {
        find_numbered_streets(text, &mut raw);
    }
    if gate.may(Detector::Email) {
        find_emails(text, &mut raw);
    }
    if gate.may(Detector::NamedStreet) {
        find_named_streets(text, &mut raw);
    }
    if let Some(deny) = &compiled.deny {
        raw.extend(
            deny.find_all(text)
                .into_iter()
                .map(|r| (r, PersonalData::DeniedTerm)),
        );
    }
    // A name inside another finding (a street, a deny entry) is that finding.
    for name in names::find(text, language == Language::English) {
        if !raw.iter().any(|(r, _)| r.start < name.end && name.start < r.end) {
            raw.push((name, PersonalData::Name));
        }
    }

    if !raw.is_empty() && (compiled.allow.is_some() || !compiled.allow_keys.is_empty()) {
        let allowed: Vec<Range<usize>> = compiled
            .allow
            .as_ref()
            .map(|m| m.find_all(text))
            .unwrap_or_default();
        raw.retain(|(range, kind)| {
            // An allowed name covers every mention of it ("Mr Thompson"
            // when "Thompson" is allowed); other findings must lie inside.
            let inside = allowed.iter().any(|a| {
                if *kind == PersonalData::Name {
                    a.start < range.end && range.start < a.end
                } else {
                    a.start <= range.start && range.end <= a.end
                }
            });
            let equal = text
                .get(range.clone())
                .is_some_and(|s| compiled.allow_keys.contains(&finding_key(*kind, s)));
            !(inside || equal)
        });
    }

    resolve_overlaps(raw)
        .into_iter()
        .filter_map(|(range, kind)| {
            text.get(range.clone()).map(|s| Finding {
                range,
                kind,
                text: s.to_string(),
            })
        })
        .collect()
}

/// Sorts findings and keeps, of every overlapping pair, the longer one, or
/// the more specific one when they are the same length.
fn resolve_overlaps(mut raw: Vec<(Range<usize>, PersonalData)>) -> Vec<(Range<usize>, PersonalData)> {
    raw.retain(|(r, _)| r.start < r.end);
    raw.sort_by(|a, b| {
        a.0.start
            .cmp(&b.0.start)
            .then(b.0.end.cmp(&a.0.end))
            .then(b.1.specificity().cmp(&a.1.specificity()))
    });
    let mut kept: Vec<(Range<usize>, PersonalData)> = Vec::with_capacity(raw.len());
    for (range, kind) in raw {
        if let Some(last) = kept.last_mut() {
            if range.start < last.0.end {
                let (new_len, old_len) = (range.len(), last.0.len());
                if new_len > old_len || (new_len == old_len && kind.specificity() > last.1.specificity()) {
                    *last = (range, kind);
                }
                continue;
            }
        }
        kept.push((range, kind));
    }
    kept
}

// ---------------------------------------------------------------------------
// Deny and allow lists
// ---------------------------------------------------------------------------

/// The compiled form of the deny and allow lists, remembering which lists it
/// was compiled from.
#[derive(Debug, Clone, Default)]
struct Compiled {
    deny_source: Vec<String>,
    allow_source: Vec<String>,
    deny: Option<TermMatcher>,
    allow: Option<TermMatcher>,
    allow_keys: HashSet<String>,
}

impl Compiled {
    fn new(deny: &[String], allow: &[String]) -> Compiled {
        let mut allow_keys = HashSet::new();
        for entry in allow {
            if entry.trim().is_empty() {
                continue;
            }
            allow_keys.insert(text_key(entry));
            if let Some(phone) = phone_key(entry) {
                allow_keys.insert(format!("p:{phone}"));
            }
            allow_keys.insert(format!("c:{}", postcode_key(entry)));
        }
        Compiled {
            deny_source: deny.to_vec(),
            allow_source: allow.to_vec(),
            deny: TermMatcher::new(deny, true),
            allow: TermMatcher::new(allow, false),
            allow_keys,
        }
    }

    fn is_for(&self, deny: &[String], allow: &[String]) -> bool {
        self.deny_source == deny && self.allow_source == allow
    }
}

/// The key under which a finding is compared with the allow list.
fn finding_key(kind: PersonalData, s: &str) -> String {
    match kind {
        PersonalData::PhoneNumber => match phone_key(s) {
            Some(phone) => format!("p:{phone}"),
            None => text_key(s),
        },
        PersonalData::Postcode => format!("c:{}", postcode_key(s)),
        _ => text_key(s),
    }
}

/// Lower case with runs of whitespace folded to one space.
fn text_key(s: &str) -> String {
    let words: Vec<String> = s.split_whitespace().map(|w| w.to_lowercase()).collect();
    format!("t:{}", words.join(" "))
}

/// Upper-case letters and digits only.
fn postcode_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// The national form ("01642304520") of something that looks like a UK phone number.
fn phone_key(s: &str) -> Option<String> {
    let digits: String = s.chars().filter(|c| c.is_ascii_digit()).collect();
    let national = national_number(&digits);
    (national.len() >= 8 && national.starts_with('0')).then_some(national)
}

/// Turns "44…", "0044…" and "44 (0)…" into the national "0…" form.
fn national_number(digits: &str) -> String {
    let digits = digits.strip_prefix("00").unwrap_or(digits);
    match digits.strip_prefix("44") {
        Some(rest) if rest.len() >= 7 => {
            if rest.starts_with('0') {
                rest.to_string()
            } else {
                format!("0{rest}")
            }
        }
        _ => digits.to_string(),
    }
}

/// Finds occurrences of a list of words and phrases: case-insensitive,
/// whole words, flexible whitespace, optionally with possessive and plural
/// endings.
#[derive(Debug, Clone)]
struct TermMatcher {
    regexes: Vec<Regex>,
    /// Entries that could not be compiled at all, matched literally.
    literals: Vec<String>,
}

impl TermMatcher {
    fn new(entries: &[String], endings: bool) -> Option<TermMatcher> {
        let mut alternatives: Vec<(String, String)> = entries
            .iter()
            .filter_map(|entry| {
                let words: Vec<&str> = entry.split_whitespace().collect();
                if words.is_empty() {
                    return None;
                }
                let pattern: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
                Some((pattern.join(r"\s+"), words.join(" ")))
            })
            .collect();
        if alternatives.is_empty() {
            return None;
        }
        // Longest first, so that "Oak Tree Primary" wins over "Oak".
        alternatives.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        alternatives.dedup_by(|a, b| a.0 == b.0);

        let ending = if endings { r"(?:['’]s|s['’]?|es)?" } else { "" };
        let build = |alts: &[&str]| {
            RegexBuilder::new(&format!(
                r"\b{{start-half}}(?:{}){ending}\b{{end-half}}",
                alts.join("|")
            ))
            .case_insensitive(true)
            .size_limit(64 << 20)
            .dfa_size_limit(64 << 20)
            .build()
        };
        let all: Vec<&str> = alternatives.iter().map(|(p, _)| p.as_str()).collect();
        let mut matcher = TermMatcher {
            regexes: Vec::new(),
            literals: Vec::new(),
        };
        match build(&all) {
            Ok(re) => matcher.regexes.push(re),
            Err(_) => {
                for (pattern, literal) in &alternatives {
                    match build(&[pattern.as_str()]) {
                        Ok(re) => matcher.regexes.push(re),
                        Err(_) => matcher.literals.push(literal.clone()),
                    }
                }
            }
        }
        Some(matcher)
    }

    fn find_all(&self, text: &str) -> Vec<Range<usize>> {
        let mut found: Vec<Range<usize>> = self
            .regexes
            .iter()
            .flat_map(|re| re.find_iter(text).map(|m| m.range()))
            .collect();
        for literal in &self.literals {
            for (start, s) in text.match_indices(literal.as_str()) {
                let end = start + s.len();
                if !is_word_char(prev_char(text, start)) && !is_word_char(next_char(text, end)) {
                    found.push(start..end);
                }
            }
        }
        found
    }
}

// ---------------------------------------------------------------------------
// Small text helpers
// ---------------------------------------------------------------------------

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).expect("valid regex")
}

/// The detectors, each with its own pattern and a condition for
/// [`Gate`] (and, in the tests, one pattern each in `PATTERNS`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Detector {
    Postcode,
    OutwardCode,
    Phone,
    Nhs,
    Ni,
    BirthWord,
    NumberedStreet,
    Email,
    NamedStreet,
    InternationalPhone,
}

/// Every detector's pattern, in [`Detector`]'s order: what [`Gate`] must
/// never rule out.
#[cfg(test)]
static PATTERNS: LazyLock<RegexSet> = LazyLock::new(|| {
    RegexSet::new([
        POSTCODE_PATTERN.to_owned(),
        OUTWARD_CODE_PATTERN.to_owned(),
        PHONE_PATTERN.to_owned(),
        NHS_PATTERN.to_owned(),
        NI_PATTERN.to_owned(),
        BIRTH_WORD_PATTERN.to_owned(),
        expand(NUMBERED_STREET_PATTERN),
        EMAIL_PATTERN.to_owned(),
        expand(NAMED_STREET_PATTERN),
        international::PATTERN.to_owned(),
    ])
    .expect("valid regexes")
});

/// Substitutes the shared pieces of the street patterns.
fn expand(pattern: &str) -> String {
    pattern
        .replace("%GAP%", GAP)
        .replace("%NAME%", NAME)
        .replace("%SUFFIX%", STREET_SUFFIXES)
        .replace("%VERB%", LIVING_VERBS)
}

fn prev_char(text: &str, at: usize) -> Option<char> {
    text.get(..at).and_then(|s| s.chars().next_back())
}

fn next_char(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|s| s.chars().next())
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '_')
}

fn is_digit(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_ascii_digit())
}

/// The char before the char before `at`.
fn prev_prev_char(text: &str, at: usize) -> Option<char> {
    let mut chars = text.get(..at)?.chars();
    chars.next_back()?;
    chars.next_back()
}

/// At most `max` bytes at the end of `s`, starting on a char boundary.
fn tail(s: &str, max: usize) -> &str {
    let mut start = s.len().saturating_sub(max);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    s.get(start..).unwrap_or("")
}

/// At most `max` bytes at the start of `s`, ending on a char boundary.
fn head(s: &str, max: usize) -> &str {
    let mut end = max.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or("")
}

/// The text on the same line before `at`, at most `max` bytes.
fn line_before(text: &str, at: usize, max: usize) -> &str {
    let before = tail(text.get(..at).unwrap_or(""), max);
    match before.rfind('\n') {
        Some(i) => &before[i + 1..],
        None => before,
    }
}

/// The text on the same line after `at`, at most `max` bytes.
fn line_after(text: &str, at: usize, max: usize) -> &str {
    let after = head(text.get(at..).unwrap_or(""), max);
    match after.find('\n') {
        Some(i) => &after[..i],
        None => after,
    }
}

/// The word just before `at` on the same line, without surrounding punctuation.
fn word_before(text: &str, at: usize) -> &str {
    line_before(text, at, 40)
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

// ---------------------------------------------------------------------------
// Postcodes
// ---------------------------------------------------------------------------

/// The UK postcode areas (plus BF for BFPO and BX for non-geographic codes).
const POSTCODE_AREAS: &[&str] = &[
    "AB", "AL", "B", "BA", "BB", "BD", "BF", "BH", "BL", "BN", "BR", "BS", "BT", "BX", "CA", "CB", "CF",
    "CH", "CM", "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT", "DY", "E",
    "EC", "EH", "EN", "EX", "FK", "FY", "G", "GL", "GU", "GY", "HA", "HD", "HG", "HP", "HR", "HS", "HU",
    "HX", "IG", "IM", "IP", "IV", "JE", "KA", "KT", "KW", "KY", "L", "LA", "LD", "LE", "LL", "LN", "LS",
    "LU", "M", "ME", "MK", "ML", "N", "NE", "NG", "NN", "NP", "NR", "NW", "OL", "OX", "PA", "PE", "PH", "PL",
    "PO", "PR", "RG", "RH", "RM", "S", "SA", "SE", "SG", "SK", "SL", "SM", "SN", "SO", "SP", "SR", "SS",
    "ST", "SW", "SY", "TA", "TD", "TF", "TN", "TQ", "TR", "TS", "TW", "UB", "W", "WA", "WC", "WD", "WF",
    "WN", "WR", "WS", "WV", "YO", "ZE",
];

/// A full postcode in any case, with or without the space.
const POSTCODE_PATTERN: &str =
    r"(?-u:\b)([A-Za-z]{1,2}[0-9][A-Za-z0-9]?)([\t\x20\xA0])?([0-9][A-Za-z]{2})(?-u:\b)";
static POSTCODE: LazyLock<Regex> = LazyLock::new(|| compile(POSTCODE_PATTERN));

/// An outward code on its own, in capitals.
const OUTWARD_CODE_PATTERN: &str = r"(?-u:\b)[A-Z]{1,2}[0-9][A-Z0-9]?(?-u:\b)";
static OUTWARD_CODE: LazyLock<Regex> = LazyLock::new(|| compile(OUTWARD_CODE_PATTERN));

/// Whether an upper-case outward code ("TS7", "SW1A") is a real one.
fn valid_outward(outward: &str) -> bool {
    if !outward.is_ascii() {
        return false;
    }
    let bytes = outward.as_bytes();
    let letters = bytes.iter().take_while(|b| b.is_ascii_uppercase()).count();
    if !(1..=2).contains(&letters) || !POSTCODE_AREAS.contains(&&outward[..letters]) {
        return false;
    }
    match &bytes[letters..] {
        [d] => d.is_ascii_digit(),
        [d, e] if d.is_ascii_digit() && e.is_ascii_digit() => true,
        [d, l] if d.is_ascii_digit() && letters == 1 => b"ABCDEFGHJKPSTUW".contains(l),
        [d, l] if d.is_ascii_digit() => b"ABEHMNPRVWXY".contains(l),
        _ => false,
    }
}

/// Whether an upper-case inward code ("9JF") is well formed.
fn valid_inward(inward: &str) -> bool {
    match inward.as_bytes() {
        [d, a, b] => {
            d.is_ascii_digit()
                && [a, b]
                    .iter()
                    .all(|l| l.is_ascii_uppercase() && !b"CIKMOV".contains(l))
        }
        _ => false,
    }
}

fn find_postcodes(text: &str, out: &mut Vec<(Range<usize>, PersonalData)>) {
    for caps in POSTCODE.captures_iter(text) {
        let (Some(all), Some(outward), Some(inward)) = (caps.get(0), caps.get(1), caps.get(3)) else {
            continue;
        };
        let spaced = caps.get(2).is_some();
        let capitals = !all.as_str().chars().any(|c| c.is_ascii_lowercase());
        if !capitals {
            // Lower case only with the space, and never "b1 2nd".
            let ordinal = ["st", "nd", "rd", "th"].iter().any(|o| {
                inward
                    .as_str()
                    .get(1..)
                    .is_some_and(|s| s.eq_ignore_ascii_case(o))
            });
            if !spaced || ordinal {
                continue;
            }
        }
        if valid_outward(&outward.as_str().to_ascii_uppercase())
            && valid_inward(&inward.as_str().to_ascii_uppercase())
            && !joined_to_code(text, all.range())
        {
            out.push((all.range(), PersonalData::Postcode));
        }
    }
}

/// Whether `range` is joined by `/`, `-` or `_` to letters or digits on
/// either side, as in a case reference ("REF/TS7 9JF-2") or a file code:
/// then it is part of that code, not a postcode.
fn joined_to_code(text: &str, range: Range<usize>) -> bool {
    let joiner = |c: Option<char>| matches!(c, Some('/' | '-' | '_'));
    let after = text.get(range.end..).unwrap_or_default();
    let mut after_chars = after.chars();
    (joiner(prev_char(text, range.start)) && is_word_char(prev_prev_char(text, range.start)))
        || (joiner(after_chars.next()) && is_word_char(after_chars.next()))
}

/// Outward codes on their own ("TS7") where a street name stands beside them.
fn find_outward_codes(text: &str, out: &mut Vec<(Range<usize>, PersonalData)>) {
    for m in OUTWARD_CODE.find_iter(text) {
        if valid_outward(m.as_str()) && next_to_street(text, m.range()) && !joined_to_code(text, m.range()) {
            out.push((m.range(), PersonalData::Postcode));
        }
    }
}

/// Whether a street name ("Daisy Lane") is among the capitalised words just
/// before or after `range` on the same line, as in "Daisy Lane, TS7".
fn next_to_street(text: &str, range: Range<usize>) -> bool {
    let separator = |c: char| c.is_whitespace() || c == ',';
    let before: Vec<&str> = line_before(text, range.start, 80)
        .split(separator)
        .filter(|w| !w.is_empty())
        .collect();
    let nearest_first: Vec<&str> = before.iter().rev().take(4).copied().collect();
    for (i, word) in nearest_first.iter().enumerate() {
        if !is_capitalised(word) {
            break;
        }
        if is_street_suffix(word)
            && nearest_first
                .get(i + 1)
                .is_some_and(|w| is_capitalised(w) || w.starts_with(|c: char| c.is_ascii_digit()))
        {
            return true;
        }
    }
    let after: Vec<&str> = line_after(text, range.end, 80)
        .split(separator)
        .filter(|w| !w.is_empty())
        .take(4)
        .collect();
    for (i, word) in after.iter().enumerate() {
        if !is_capitalised(word) {
            break;
        }
        if i > 0 && is_street_suffix(word) {
            return true;
        }
    }
    false
}

// ---------------------------------------------------------------------------
// Phone numbers
// ---------------------------------------------------------------------------

/// A run of digits that starts like a UK phone number. Validated and trimmed
/// in code.
static PHONE: LazyLock<Regex> = LazyLock::new(|| compile(PHONE_PATTERN));
const PHONE_PATTERN: &str = r"(?x)
        (?:
            (?: \+ \x20? | (?-u:\b) 00 \x20? ) 44 [\x20\-]? (?: \(0\) [\x20\-]? )?
                \(? [1-9] [0-9]{1,4} \)?
          | \( 0 [0-9]{2,5} \)
          | (?-u:\b) 0 [0-9]{2,10}
        )
        (?: [\x20\-.\xA0]? [0-9]{2,8} ){0,4}
        ";

/// Whether national digits ("01642304520") have the length of a UK number.
fn valid_national(national: &str) -> bool {
    let b = national.as_bytes();
    if b.len() < 8 || b[0] != b'0' || !b.iter().all(u8::is_ascii_digit) {
        return false;
    }
    matches!(
        (b[1], b.len()),
        (b'1' | b'2' | b'3' | b'5' | b'7' | b'8' | b'9', 11) | (b'1' | b'8', 10) | (b'8', 8 | 9)
    )
}

fn find_phone_numbers(text: &str, out: &mut Vec<(Range<usize>, PersonalData)>) {
    for m in PHONE.find_iter(text) {
        // Part of a longer code such as an ISBN or a date: "978-0-19-…", "2024/0164…".
        let before = prev_char(text, m.start());
        if matches!(before, Some('-' | '/' | '.' | ':' | '£' | '$' | '€'))
            && (is_digit(prev_prev_char(text, m.start())) || matches!(before, Some('£' | '$' | '€')))
        {
            continue;
        }
        if word_before(text, m.start()).eq_ignore_ascii_case("isbn") {
            continue;
        }
        let s = m.as_str();
        // Candidate ends: the end of every run of digits, longest first, so
        // "01642 304520 2 times" gives "01642 304520".
        let ends: Vec<usize> = s
            .char_indices()
            .filter(|&(i, c)| {
                c.is_ascii_digit() && !s[i + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit())
            })
            .map(|(i, c)| i + c.len_utf8())
            .collect();
        for &end in ends.iter().rev() {
            let candidate = &s[..end];
            let digits: String = candidate.chars().filter(char::is_ascii_digit).collect();
            if !valid_national(&national_number(&digits)) {
                continue;
            }
            let abs_end = m.start() + end;
            let after = next_char(text, abs_end);
            if after.is_some_and(|c| c.is_alphanumeric()) {
                break;
            }
            if matches!(after, Some('-' | '/' | '.')) && is_digit(next_char(text, abs_end + 1)) {
                break;
            }
            out.push((m.start()..abs_end, PersonalData::PhoneNumber));
            break;
        }
    }
}

// ---------------------------------------------------------------------------
// E-mail addresses
// ---------------------------------------------------------------------------

const EMAIL_PATTERN: &str =
    r"[\w.%+'\-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?-u:\b)";
static EMAIL: LazyLock<Regex> = LazyLock::new(|| compile(EMAIL_PATTERN));

fn find_emails(text: &str, out: &mut Vec<(Range<usize>, PersonalData)>) {
    for m in EMAIL.find_iter(text) {
        let s = m.as_str();
        let trimmed = s.trim_start_matches(['.', '\'', '-']);
        if trimmed.starts_with('@') {
            continue;
        }
        let start = m.start() + (s.len() - trimmed.len());
        out.push((start..m.end(), PersonalData::EmailAddress));
    }
}

// ---------------------------------------------------------------------------
// NHS numbers
// ---------------------------------------------------------------------------

const NHS_PATTERN: &str = r"(?-u:\b)[0-9]{3}([\x20\-]?)[0-9]{3}([\x20\-]?)[0-9]{4}(?-u:\b)";
static NHS: LazyLock<Regex> = LazyLock::new(|| compile(NHS_PATTERN));

/// Whether ten digits carry a valid NHS modulus-11 check digit.
fn valid_nhs(digits: &[u8]) -> bool {
    if digits.len() != 10 || digits.iter().all(|&d| d == digits[0]) {
        return false;
    }
    let sum: u32 = digits[..9]
        .iter()
        .zip((2..=10u32).rev())
        .map(|(&d, w)| u32::from(d) * w)
        .sum();
    let check = match 11 - sum % 11 {
        11 => 0,
        10 => return false,
        c => c,
    };
    u32::from(digits[9]) == check
}

fn find_nhs_numbers(text: &str, out: &mut Vec<(Range<usize>, PersonalData)>) {
    for caps in NHS.captures_iter(text) {
        let (Some(all), Some(sep1), Some(sep2)) = (caps.get(0), caps.get(1), caps.get(2)) else {
            continue;
        };
        if sep1.as_str() != sep2.as_str() {
            continue;
        }
        // Not when it continues a longer run of digits: "12 943 476 5919".
        let before = prev_char(text, all.start());
        if matches!(before, Some(' ' | '-' | '.' | '/' | ',')) && is_digit(prev_prev_char(text, all.start()))
        {
            continue;
        }
        let after = next_char(text, all.end());
        if matches!(after, Some(' ' | '-' | '.' | '/' | ',')) && is_digit(next_char(text, all.end() + 1)) {
            continue;
        }
        // An ISBN-10 has a modulus-11 check digit too.
        if word_before(text, all.start()).eq_ignore_ascii_case("isbn") {
            continue;
        }
        let digits: Vec<u8> = all
            .as_str()
            .bytes()
            .filter(u8::is_ascii_digit)
            .map(|b| b - b'0')
            .collect();
        if valid_nhs(&digits) {
            out.push((all.range(), PersonalData::NhsNumber));
        }
    }
}

// ---------------------------------------------------------------------------
// National Insurance numbers
// ---------------------------------------------------------------------------

const NI_PATTERN: &str =
    r"(?-u:\b)([A-Za-z]{2})\x20?[0-9]{2}\x20?[0-9]{2}\x20?[0-9]{2}\x20?([A-Da-d])(?-u:\b)";
static NI: LazyLock<Regex> = LazyLock::new(|| compile(NI_PATTERN));

fn valid_ni_prefix(prefix: &str) -> bool {
    let b = prefix.as_bytes();
    if b.len() != 2 {
        return false;
    }
    !b"DFIQUV".contains(&b[0])
        && !b"DFIOQUV".contains(&b[1])
        && !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].contains(&prefix)
}

fn find_ni_numbers(text: &str, out: &mut Vec<(Range<usize>, PersonalData)>) {
    for caps in NI.captures_iter(text) {
        let (Some(all), Some(prefix)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        let s = all.as_str();
        let upper = !s.chars().any(|c| c.is_ascii_lowercase());
        let lower_compact = !s.chars().any(|c| c.is_ascii_uppercase()) && !s.contains(' ');
        if (upper || lower_compact) && valid_ni_prefix(&prefix.as_str().to_ascii_uppercase()) {
            out.push((all.range(), PersonalData::NationalInsuranceNumber));
        }
    }
}

// ---------------------------------------------------------------------------
// Dates of birth
// ---------------------------------------------------------------------------

/// Words that make a nearby date a date of birth.
const BIRTH_WORD_PATTERN: &str = r"(?i)(?-u:\b)(?:(?:born|dob|date\s+of\s+birth|birth[\x20\-]?date|birthday|gave\s+birth|birth\s+of)(?-u:\b)|d\.\x20?o\.\x20?b(?-u:\b)\.?)";
static BIRTH_WORD: LazyLock<Regex> = LazyLock::new(|| compile(BIRTH_WORD_PATTERN));

/// A date written in one of the usual ways. Validated in code.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    const MONTH: &str = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
    compile(
        &r"(?ix)
        (?-u:\b)
        (?:
            ([0-9]{1,2}) (?:st|nd|rd|th)? [\t\x20\xA0]* (?:of [\t\x20\xA0]+)? (?:%MONTH%)
                (?: \.? ,? [\t\x20\xA0]+ (?: [0-9]{4} | '[0-9]{2} ) )?
          | (?:%MONTH%) \.? [\t\x20\xA0]+ ([0-9]{1,2}) (?:st|nd|rd|th)? (?: ,? [\t\x20\xA0]+ [0-9]{4} )?
          | ([0-9]{1,2}) [/.\-] ([0-9]{1,2}) [/.\-] (?: [0-9]{4} | [0-9]{2} )
          | [0-9]{4} [/\-] ([0-9]{1,2}) [/\-] ([0-9]{1,2})
        )
        (?-u:\b)
        "
        .replace("%MONTH%", MONTH),
    )
});

fn number(m: Option<regex::Match<'_>>) -> Option<u32> {
    m.and_then(|m| m.as_str().parse().ok())
}

/// Whether the parts of a date that the regex captured make sense.
fn valid_date(caps: &regex::Captures<'_>) -> bool {
    let day_ok = |d: u32| (1..=31).contains(&d);
    if let Some(d) = number(caps.get(1)).or(number(caps.get(2))) {
        return day_ok(d);
    }
    if let (Some(a), Some(b)) = (number(caps.get(3)), number(caps.get(4))) {
        // Day first in the UK; accept month first too.
        return (day_ok(a) && (1..=12).contains(&b)) || ((1..=12).contains(&a) && day_ok(b));
    }
    if let (Some(m), Some(d)) = (number(caps.get(5)), number(caps.get(6))) {
        return (1..=12).contains(&m) && day_ok(d);
    }
    false
}

/// Counts the words (tokens with a letter or digit) in `s`.
fn word_count(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Whether a sentence ends inside `gap`: ". The", "? A", or a blank line.
fn crosses_sentence(gap: &str) -> bool {
    if gap.contains("\n\n") || gap.contains("\n\r\n") {
        return true;
    }
    let chars: Vec<char> = gap.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        matches!(c, '.' | '!' | '?' | ';')
            && chars.get(i + 1).is_some_and(|c| c.is_whitespace())
            && chars[i + 1..]
                .iter()
                .find(|c| !c.is_whitespace())
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    })
}

/// Whether `gap` holds a year of its own ("born in 2019 and on 3 March …").
fn contains_year(gap: &str) -> bool {
    gap.split(|c: char| !c.is_ascii_digit())
        .any(|run| run.len() == 4 && (run.starts_with("19") || run.starts_with("20")))
}

fn find_dates_of_birth(text: &str, out: &mut Vec<(Range<usize>, PersonalData)>) {
    // (range, how many words may stand between the date and this word when the word comes after)
    let words: Vec<(Range<usize>, usize)> = BIRTH_WORD
        .find_iter(text)
        .map(|all| {
            let lower = all.as_str().to_ascii_lowercase();
            let after_limit = if lower.starts_with("born") {
                5
            } else if lower.starts_with("gave") {
                2
            } else if lower.starts_with("birth") && lower.ends_with("of") {
                0
            } else {
                3
            };
            (all.range(), after_limit)
        })
        .collect();
    if words.is_empty() {
        return;
    }
    const MAX_GAP_BYTES: usize = 120;
    // "born on 3 March 2019": the word comes first.
    let word_then_date = |word: &Range<usize>, date: &Range<usize>| {
        word.end <= date.start
            && date.start - word.end <= MAX_GAP_BYTES
            && text
                .get(word.end..date.start)
                .is_some_and(|gap| word_count(gap) <= 6 && !crosses_sentence(gap) && !contains_year(gap))
    };
    // "3 March 2019 (date of birth)": the date comes first.
    let date_then_word = |date: &Range<usize>, word: &Range<usize>, limit: usize| {
        limit > 0
            && date.end <= word.start
            && word.start - date.end <= MAX_GAP_BYTES
            && text
                .get(date.end..word.start)
                .is_some_and(|gap| word_count(gap) <= limit && !crosses_sentence(gap) && !contains_year(gap))
    };
    let dates: Vec<Range<usize>> = DATE
        .captures_iter(text)
        .filter(valid_date)
        .filter_map(|caps| caps.get(0).map(|m| m.range()))
        .collect();
    for date in &dates {
        let near = words.iter().any(|(word, limit)| {
            word_then_date(word, date)
                || (date_then_word(date, word, *limit)
                    // Not when the word has a date of its own: "pregnant on
                    // 3 March, and gave birth on 1 September".
                    && !dates.iter().any(|other| word_then_date(word, other)))
        });
        if near {
            out.push((date.clone(), PersonalData::DateOfBirth));
        }
    }
}

// ---------------------------------------------------------------------------
// Street addresses
// ---------------------------------------------------------------------------

/// Spaces, or a single line break, between the words of an address.
const GAP: &str = r"(?:[\t\x20\xA0]+|[\t\x20\xA0]*\r?\n[\t\x20\xA0]*)";

/// A capitalised word of a street name.
const NAME: &str = r"\p{Lu}[\p{L}'’\-]*";

const STREET_SUFFIXES: &str = "Road|Rd|Street|St|Lane|Avenue|Ave|Close|Drive|Way|Crescent|Court|Place|Terrace|Grove|Gardens|Square|Walk|Row|Mews|Hill|Park|View|Rise|Green";

fn is_street_suffix(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    STREET_SUFFIXES.split('|').any(|s| s == word)
}

/// "12 Daisy Lane", "4a Acacia Avenue", "Flat 3, 12 Daisy Lane".
const NUMBERED_STREET_PATTERN: &str = r"(?-u:\b)(?:(?:Flat|Apartment|Apt\.?|Unit)%GAP%[0-9]{1,4}[A-Za-z]?,?%GAP%)?[0-9]{1,3}[A-Za-z]?,?%GAP%((?:%NAME%%GAP%){1,3})(%SUFFIX%)(?-u:\b)";
static NUMBERED_STREET: LazyLock<Regex> = LazyLock::new(|| compile(&expand(NUMBERED_STREET_PATTERN)));

/// The verbs before a named street.
const LIVING_VERBS: &str =
    "lived|lives|living|live|moved|moving|moves|resided|resides|residing|stayed|stays|staying";

/// "lived on Daisy Lane", "moved to Acacia Avenue".
const NAMED_STREET_PATTERN: &str = r"(?-u:\b)(?i:%VERB%)%GAP%(?i:on|at|to|in|into)%GAP%(?:(?i:the)%GAP%)?(((?:%NAME%%GAP%){1,3})(%SUFFIX%))(?-u:\b)";
static NAMED_STREET: LazyLock<Regex> = LazyLock::new(|| compile(&expand(NAMED_STREET_PATTERN)));

/// Words before a number that say it is not a house number.
const NOT_HOUSE_NUMBER_AFTER: &[&str] = &[
    "aged",
    "age",
    "ages",
    "year",
    "years",
    "section",
    "sections",
    "paragraph",
    "para",
    "page",
    "pages",
    "appendix",
    "chapter",
    "figure",
    "table",
    "part",
    "step",
    "stage",
    "phase",
    "recommendation",
    "recommendations",
    "finding",
    "findings",
    "point",
    "number",
    "no",
    "item",
    "annex",
    "question",
    "version",
    "week",
    "weeks",
    "day",
    "days",
    "month",
    "months",
    "over",
    "under",
    "about",
    "around",
    "approximately",
    "than",
    "of",
    "the",
    "all",
    "and",
    "or",
];

/// First words of a street name that say it is a heading or a phrase instead.
const NOT_STREET_NAME: &[&str] = &[
    "A",
    "An",
    "Any",
    "Each",
    "Either",
    "Every",
    "Her",
    "His",
    "Its",
    "Key",
    "My",
    "Neither",
    "No",
    "Our",
    "Section",
    "Step",
    "Table",
    "That",
    "Their",
    "These",
    "This",
    "Those",
    "Your",
    "Child",
    "Children",
    "Learning",
    "Recommendation",
    "Recommendations",
    "Finding",
    "Findings",
    "Practice",
    "Part",
    "Chapter",
    "Appendix",
    "Figure",
    "Stage",
    "Phase",
];

/// Words before "Court" that make it a court of law.
const COURTS_OF_LAW: &[&str] = &[
    "Family",
    "Crown",
    "County",
    "Magistrates",
    "Magistrates'",
    "Magistrates’",
    "Youth",
    "High",
    "Supreme",
    "Coroner's",
    "Coroner’s",
    "Coroners",
    "Appeal",
    "Civil",
    "Criminal",
    "Juvenile",
    "Royal",
    "Combined",
];

/// Whether the name words and suffix of a street look like a real street.
fn plausible_street(text: &str, names: &str, suffix: &str, end: usize) -> bool {
    let words: Vec<&str> = names.split_whitespace().collect();
    let Some(first) = words.first() else {
        return false;
    };
    if NOT_STREET_NAME.contains(first) {
        return false;
    }
    if *first == "The" {
        // "12 The Green, Stokesley" but not "2 The Way Forward".
        let rest = line_after(text, end, 40).trim_start();
        if words.len() > 1 || rest.starts_with(|c: char| c.is_alphanumeric()) {
            return false;
        }
    }
    if suffix == "Court" && words.last().is_some_and(|w| COURTS_OF_LAW.contains(w)) {
        return false;
    }
    true
}

fn find_numbered_streets(text: &str, out: &mut Vec<(Range<usize>, PersonalData)>) {
    for caps in NUMBERED_STREET.captures_iter(text) {
        let (Some(all), Some(names), Some(suffix)) = (caps.get(0), caps.get(1), caps.get(2)) else {
            continue;
        };
        let before = prev_char(text, all.start());
        if matches!(before, Some('£' | '$' | '€' | '#' | '§' | '+' | '×'))
            || (matches!(before, Some('.' | ',' | '/' | '-' | ':'))
                && is_digit(prev_prev_char(text, all.start())))
        {
            continue;
        }
        let previous = word_before(text, all.start()).to_lowercase();
        if NOT_HOUSE_NUMBER_AFTER.contains(&previous.as_str()) {
            continue;
        }
        if plausible_street(text, names.as_str(), suffix.as_str(), all.end()) {
            out.push((all.range(), PersonalData::StreetAddress));
        }
    }
}

fn find_named_streets(text: &str, out: &mut Vec<(Range<usize>, PersonalData)>) {
    for caps in NAMED_STREET.captures_iter(text) {
        let (Some(street), Some(names), Some(suffix)) = (caps.get(1), caps.get(2), caps.get(3)) else {
            continue;
        };
        if plausible_street(text, names.as_str(), suffix.as_str(), street.end()) {
            out.push((street.range(), PersonalData::StreetAddress));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_hold_each_detectors_pattern_at_its_index() {
        let detectors: [(Detector, &Regex); 10] = [
            (Detector::Postcode, &POSTCODE),
            (Detector::OutwardCode, &OUTWARD_CODE),
            (Detector::Phone, &PHONE),
            (Detector::Nhs, &NHS),
            (Detector::Ni, &NI),
            (Detector::BirthWord, &BIRTH_WORD),
            (Detector::NumberedStreet, &NUMBERED_STREET),
            (Detector::Email, &EMAIL),
            (Detector::NamedStreet, &NAMED_STREET),
            (Detector::InternationalPhone, &international::INTERNATIONAL),
        ];
        assert_eq!(PATTERNS.len(), detectors.len());
        for (detector, regex) in detectors {
            assert_eq!(PATTERNS.patterns()[detector as usize], regex.as_str());
        }
        let gate = Gate::of("Call 01642 304520 or write to a@b.org; she lived on Daisy Lane.");
        assert!(gate.may(Detector::Phone), "{gate:?}");
        assert!(gate.may(Detector::Email), "{gate:?}");
        assert!(gate.may(Detector::NamedStreet), "{gate:?}");
        assert!(!gate.may(Detector::BirthWord), "{gate:?}");
        assert_eq!(Gate::of("Nothing personal here."), Gate::of(""));
    }

    fn no_rules() -> Rules {
        Rules::new(Vec::new(), Vec::new())
    }

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    /// Every case must produce a finding of `kind` whose text is `expected`.
    fn assert_fires(kind: PersonalData, cases: &[(&str, &str)], rules: &Rules) {
        for (input, expected) in cases {
            // Names have their own exact tests (`names`); any other finding
            // besides the one expected is a fault.
            let scanned = scan(input, rules);
            let found: Vec<(PersonalData, &str)> = scanned
                .iter()
                .map(|f| (f.kind, f.text.as_str()))
                .filter(|(k, _)| *k != PersonalData::Name || kind == PersonalData::Name)
                .collect();
            assert_eq!(found, [(kind, *expected)], "in {input:?}");
        }
    }

    /// No case may produce any finding but a name (the look-alikes here
    /// are for the other detectors; names have their own in `names`).
    fn assert_quiet(cases: &[&str], rules: &Rules) {
        for input in cases {
            let mut found = scan(input, rules);
            found.retain(|f| f.kind != PersonalData::Name);
            assert!(found.is_empty(), "expected nothing in {input:?}, got {found:?}");
        }
    }

    #[test]
    fn postcodes_fire() {
        assert_fires(
            PersonalData::Postcode,
            &[
                ("TS7 9JF", "TS7 9JF"),
                ("The family lived near SW1A 1AA.", "SW1A 1AA"),
                ("M1 1AE", "M1 1AE"),
                ("(B33 8TH)", "B33 8TH"),
                ("CR2 6XH", "CR2 6XH"),
                ("DN55 1PT", "DN55 1PT"),
                ("postcode ts7 9jf", "ts7 9jf"),
                ("TS79JF", "TS79JF"),
                ("EC1A 1BB", "EC1A 1BB"),
                ("W1A 0AX", "W1A 0AX"),
                ("Daisy Lane, TS7", "TS7"),
                ("TS7 Daisy Lane", "TS7"),
            ],
            &no_rules(),
        );
        // A street address and its outward code: two findings, each its own.
        let found = scan("12 Acacia Avenue, Middlesbrough TS5", &no_rules());
        let kinds: Vec<(PersonalData, &str)> = found.iter().map(|f| (f.kind, f.text.as_str())).collect();
        assert_eq!(
            kinds,
            [
                (PersonalData::StreetAddress, "12 Acacia Avenue"),
                (PersonalData::Postcode, "TS5")
            ]
        );
    }

    #[test]
    fn postcode_look_alikes_are_quiet() {
        assert_quiet(
            &[
                "CSPR 2024/01",
                "SCR 2018/02",
                "Recommendation R1 was accepted.",
                "The LSCB met.",
                "They drove up the A1 road.",
                "ts79jf",
                "In Y6 2nd term",
                "b1 2nd",
                "QQ1 1AA",
                "TS7 9CI",
                "Middlesbrough TS7",
                "TS7 on its own",
                "KS2 results",
                "COVID-19",
                "the M1 near Park Lane",
            ],
            &no_rules(),
        );
    }

    /// A postcode-shaped run joined to other letters or digits by `/`, `-`
    /// or `_` is part of a case reference or a file code.
    #[test]
    fn reference_codes_are_not_postcodes() {
        assert_quiet(
            &[
                "See REF/TS7 9JF-2 in the case file.",
                "Case CS-TS7 9JF was closed.",
                "The form TS7 9JF/2024 was filed.",
                "File TS79JF-v2.pdf is attached.",
                "Code LS12/TS7 9JF",
                "Minutes_TS7 9JF_draft",
                "Daisy Lane, REF/TS7",
            ],
            &no_rules(),
        );
        assert_fires(
            PersonalData::Postcode,
            &[
                ("They lived at TS7 9JF.", "TS7 9JF"),
                ("(TS7 9JF)", "TS7 9JF"),
                ("TS7 9JF - a flat", "TS7 9JF"),
                ("Redcar/Middlesbrough TS7 9JF", "TS7 9JF"),
            ],
            &no_rules(),
        );
    }

    #[test]
    fn phone_numbers_fire() {
        assert_fires(
            PersonalData::PhoneNumber,
            &[
                ("01642 304520", "01642 304520"),
                ("+44 1642 304520", "+44 1642 304520"),
                ("07700 900123", "07700 900123"),
                ("call (01642) 304 520.", "(01642) 304 520"),
                ("Childline on 0800 1111", "0800 1111"),
                ("0161 496 0000", "0161 496 0000"),
                ("+44 (0)1642 304520", "+44 (0)1642 304520"),
                ("01642-304520", "01642-304520"),
                ("020 7946 0018", "020 7946 0018"),
                ("+447700900123", "+447700900123"),
                ("0044 20 7946 0018", "0044 20 7946 0018"),
                ("call 01642 304520 2 times", "01642 304520"),
                ("01642304520", "01642304520"),
                ("her cousin on +48 612 345 678", "+48 612 345 678"),
                ("+92 300 1234567", "+92 300 1234567"),
                ("+1 (555) 010-4477", "+1 (555) 010-4477"),
            ],
            &no_rules(),
        );
    }

    #[test]
    fn phone_look_alikes_are_quiet() {
        assert_quiet(
            &[
                "In 2024 the panel met.",
                "CSPR 2024/01",
                "It cost £1,642 in total.",
                "ISBN 978-0-19-852663-6",
                "ISBN 0198526636",
                "The panel met on 2024-03-01.",
                "Call 999, 111 or 101.",
                "0.75 of the cases",
                "from 09.30-10.30",
                "03/03/2024",
                "1,642,304,520",
                "007",
            ],
            &no_rules(),
        );
        // A valid NHS number is the NHS rule's job, never a phone number.
        for input in ["943 476 5919", "083 016 6130"] {
            let found = scan(input, &no_rules());
            assert_eq!(found.len(), 1, "{input}: {found:?}");
            assert_eq!(found[0].kind, PersonalData::NhsNumber, "{input}");
        }
    }

    #[test]
    fn emails_fire() {
        assert_fires(
            PersonalData::EmailAddress,
            &[
                ("jo.bloggs@example.com", "jo.bloggs@example.com"),
                ("JO@EXAMPLE.CO.UK", "JO@EXAMPLE.CO.UK"),
                (
                    "first.last+tag@sub.domain.org.uk",
                    "first.last+tag@sub.domain.org.uk",
                ),
                ("a_b-c@x-y.net", "a_b-c@x-y.net"),
                (
                    "Contact: safeguarding@example.gov.uk.",
                    "safeguarding@example.gov.uk",
                ),
                ("<jo@example.com>", "jo@example.com"),
                ("zoë@example.com", "zoë@example.com"),
                ("x@y.io", "x@y.io"),
                ("mail me at jo@example.com, please", "jo@example.com"),
                ("(jo@example.com)", "jo@example.com"),
                ("'jo@example.com'", "jo@example.com"),
            ],
            &no_rules(),
        );
    }

    #[test]
    fn email_look_alikes_are_quiet() {
        assert_quiet(
            &[
                "Follow @LanternLSCP",
                "jo@",
                "@example.com",
                "jo@localhost",
                "a@b",
                "email at example dot com",
                "Child D @ school",
                "jo@example.c",
                "2@3.45",
                "user@@example.com",
                "name at domain.org",
            ],
            &no_rules(),
        );
    }

    #[test]
    fn nhs_numbers_fire() {
        assert_fires(
            PersonalData::NhsNumber,
            &[
                ("943 476 5919", "943 476 5919"),
                ("9434765919", "9434765919"),
                ("943-476-5919", "943-476-5919"),
                ("NHS number: 943 476 5919.", "943 476 5919"),
                ("401 023 2137", "401 023 2137"),
                ("1860913903", "1860913903"),
                ("996 030 8243", "996 030 8243"),
                ("628-194-8211", "628-194-8211"),
                ("(9935181901)", "9935181901"),
                ("NHS 937 865 7974", "937 865 7974"),
                ("543 231 9489", "543 231 9489"),
            ],
            &no_rules(),
        );
    }

    #[test]
    fn nhs_look_alikes_are_quiet() {
        assert_quiet(
            &[
                "943 476 5918",
                "943 476 5910",
                "9434765911",
                "19434765919",
                "94347659190",
                "12 943 476 5919",
                "943 476 5919 2",
                "0000000000",
                "943 4765 919",
                "943 476-5919",
                "401 023 2138",
            ],
            &no_rules(),
        );
    }

    #[test]
    fn ni_numbers_fire() {
        assert_fires(
            PersonalData::NationalInsuranceNumber,
            &[
                ("AB 12 34 56 C", "AB 12 34 56 C"),
                ("AB123456C", "AB123456C"),
                ("ab123456c", "ab123456c"),
                ("JG 10 37 56 A", "JG 10 37 56 A"),
                ("AB 123456 C", "AB 123456 C"),
                ("NI number: ZX 98 76 54 D.", "ZX 98 76 54 D"),
                ("CE 12 34 56 B", "CE 12 34 56 B"),
                ("TT123456A", "TT123456A"),
                ("PW 65 43 21 C", "PW 65 43 21 C"),
                ("HK 11 22 33 D", "HK 11 22 33 D"),
            ],
            &no_rules(),
        );
    }

    #[test]
    fn ni_look_alikes_are_quiet() {
        assert_quiet(
            &[
                "QQ 12 34 56 C",
                "BG 12 34 56 A",
                "GB123456A",
                "NK 12 34 56 B",
                "TN 12 34 56 C",
                "ZZ 12 34 56 D",
                "DA 12 34 56 A",
                "AO 12 34 56 A",
                "AB 12 34 56 E",
                "AB12345C",
                "Ab 12 34 56 C",
                "ab 12 34 56 c",
            ],
            &no_rules(),
        );
    }

    #[test]
    fn dates_of_birth_fire() {
        assert_fires(
            PersonalData::DateOfBirth,
            &[
                ("Child D was born on 3 March 2019.", "3 March 2019"),
                ("DOB: 03/03/2019", "03/03/2019"),
                ("D.O.B. 3.3.19", "3.3.19"),
                ("date of birth 2019-03-03", "2019-03-03"),
                ("born March 3rd, 2019", "March 3rd, 2019"),
                ("born on the 3rd of March 2019", "3rd of March 2019"),
                ("3 March 2019 (date of birth)", "3 March 2019"),
                (
                    "Child D was born prematurely at 32 weeks on 3 March 2019.",
                    "3 March 2019",
                ),
                ("Her birthday is 3 March.", "3 March"),
                ("On 3 March 2019, Child D was born.", "3 March 2019"),
                ("Date of Birth: 14/11/2018", "14/11/2018"),
                ("Mother gave birth on 12 Jan 2020.", "12 Jan 2020"),
            ],
            &no_rules(),
        );
    }

    #[test]
    fn date_look_alikes_are_quiet() {
        assert_quiet(
            &[
                "The panel met on 3 March 2024.",
                "Child D was aged 3.",
                "Child D was a 3-year-old.",
                "Child D was born in 2019.",
                "Child D was born in 2019 and on 3 March 2024 a referral was made.",
                "The panel met on 3 March 2024. Child D was born in 2019.",
                "Child D was born. The panel met on 3 March 2024.",
                "A pre-birth assessment was completed on 3 March 2019.",
                "The meeting on 03/03/2024 discussed the newborn.",
                "The panel met on 3 March 2024 after the birth of Child D.",
                "Concerns were borne out on 3 March 2024.",
                "In 2019 the family moved.",
            ],
            &no_rules(),
        );
    }

    #[test]
    fn a_birth_word_belongs_to_its_own_date() {
        let text = "She was pregnant on 3 March 2019 and gave birth on 1 September 2019.";
        let found = scan(text, &no_rules());
        let texts: Vec<&str> = found.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(texts, vec!["1 September 2019"]);
    }

    #[test]
    fn street_addresses_fire() {
        assert_fires(
            PersonalData::StreetAddress,
            &[
                ("They lived at 12 Daisy Lane.", "12 Daisy Lane"),
                ("4a Acacia Avenue", "4a Acacia Avenue"),
                ("27 High Street", "27 High Street"),
                ("Flat 3, 12 Daisy Lane", "Flat 3, 12 Daisy Lane"),
                ("The family lived on Daisy Lane.", "Daisy Lane"),
                ("Mother lives at Acacia Avenue.", "Acacia Avenue"),
                ("In May they moved to Church Road.", "Church Road"),
                ("120 St Mary's Road", "120 St Mary's Road"),
                ("9 Orchard Close", "9 Orchard Close"),
                ("15 The Green, Stokesley", "15 The Green"),
                ("living at Green Park View", "Green Park View"),
                ("33 Kings Rd", "33 Kings Rd"),
                ("7B Mill Hill", "7B Mill Hill"),
                ("lived at 12\nDaisy Lane", "12\nDaisy Lane"),
            ],
            &no_rules(),
        );
    }

    #[test]
    fn street_look_alikes_are_quiet() {
        assert_quiet(
            &[
                "3 Key Information",
                "This is the Way forward.",
                "a Green paper",
                "A 7-minute briefing",
                "Children's Social Care",
                "3 Child Protection Conference",
                "aged 3",
                "12 months",
                "5 Park",
                "2 The Way Forward",
                "There were 3 Family Court hearings.",
                "In 2019 Green Lane School opened.",
                "R2 Lane",
                "moved to Children's Social Care",
                "lived in the West Locality",
                "Section 4 High Street",
            ],
            &no_rules(),
        );
    }

    #[test]
    fn deny_entries_fire() {
        let rules = Rules::new(
            strings(&["Smith", "Oak Tree Primary", "Zoë", "Kowalski", "  "]),
            Vec::new(),
        );
        assert_fires(
            PersonalData::DeniedTerm,
            &[
                ("Smith", "Smith"),
                ("mr smith said", "smith"),
                ("Smith's house", "Smith's"),
                ("the Smiths' house", "Smiths'"),
                ("the Smiths", "Smiths"),
                ("at Oak  Tree\nPrimary today", "Oak  Tree\nPrimary"),
                ("zoë", "zoë"),
                ("ZOË", "ZOË"),
                ("Kowalski’s flat", "Kowalski’s"),
                ("(Kowalski)", "Kowalski"),
                ("Panią Kowalski widziano", "Kowalski"),
            ],
            &rules,
        );
        assert_quiet(
            &[
                "Smithson",
                "Blacksmith",
                "Zoëlle",
                "Oak Tree",
                "Primary",
                "Oak Tree Primaryschool",
                "smithy",
                "Kowalskiego",
                "Child D",
                "Mother",
            ],
            &rules,
        );
    }

    #[test]
    fn allow_entries_win() {
        let rules = Rules::new(
            strings(&["Daisy"]),
            strings(&["TS7 9JF", "+44 1642 304520", "Daisy Lane", "info@example.org"]),
        );
        assert_quiet(
            &[
                "Write to us at TS7 9JF.",
                "write to ts7 9jf",
                "Call 01642 304520.",
                "Call (01642) 304520.",
                "Call +44 1642 304520.",
                "They lived on Daisy Lane.",
                "They lived on daisy lane.",
                "Mail INFO@example.org",
            ],
            &rules,
        );
        // The allow entry covers "Daisy Lane", not a house on it.
        assert_fires(
            PersonalData::StreetAddress,
            &[("12 Daisy Lane", "12 Daisy Lane")],
            &rules,
        );
        assert_fires(PersonalData::DeniedTerm, &[("Daisy said", "Daisy")], &rules);
    }

    #[test]
    fn changed_public_lists_are_honoured() {
        let mut rules = Rules::new(Vec::new(), Vec::new());
        assert!(scan("Smith", &rules).is_empty());
        rules.deny.push("Smith".to_string());
        assert_eq!(scan("Smith", &rules).len(), 1);
        assert_eq!(scan("Smith", &Rules::default()).len(), 0);
    }

    #[test]
    fn findings_are_sorted_non_overlapping_and_exact() {
        let rules = Rules::new(strings(&["Smith", "Daisy"]), Vec::new());
        let text = "Child D (DOB: 03/03/2019) lived with Mrs Smith at Flat 3, 12 Daisy Lane, \
                    Middlesbrough TS7 9JF. Call 01642 304520 or e-mail jo.smith@example.com. \
                    NHS 943 476 5919, NI AB 12 34 56 C. Smith's sister lives at Acacia Avenue.";
        let found = scan(text, &rules);
        let kinds: Vec<PersonalData> = found.iter().map(|f| f.kind).collect();
        assert_eq!(
            kinds,
            vec![
                PersonalData::DateOfBirth,
                PersonalData::DeniedTerm,
                PersonalData::StreetAddress,
                PersonalData::Postcode,
                PersonalData::PhoneNumber,
                PersonalData::EmailAddress,
                PersonalData::NhsNumber,
                PersonalData::NationalInsuranceNumber,
                PersonalData::DeniedTerm,
                PersonalData::StreetAddress,
            ],
            "{found:#?}"
        );
        for pair in found.windows(2) {
            assert!(pair[0].range.end <= pair[1].range.start, "{pair:?}");
        }
        for f in &found {
            assert_eq!(&text[f.range.clone()], f.text);
        }
    }

    #[test]
    fn overlaps_keep_the_longer_finding() {
        let raw = vec![
            (0..5, PersonalData::DeniedTerm),
            (3..20, PersonalData::StreetAddress),
            (18..25, PersonalData::Postcode),
            (30..40, PersonalData::PhoneNumber),
            (30..40, PersonalData::NhsNumber),
        ];
        assert_eq!(
            resolve_overlaps(raw),
            vec![
                (3..20, PersonalData::StreetAddress),
                (30..40, PersonalData::NhsNumber)
            ]
        );
    }

    #[test]
    fn labels_and_hints_are_plain_words() {
        for kind in [
            PersonalData::Postcode,
            PersonalData::PhoneNumber,
            PersonalData::EmailAddress,
            PersonalData::NhsNumber,
            PersonalData::NationalInsuranceNumber,
            PersonalData::DateOfBirth,
            PersonalData::StreetAddress,
            PersonalData::DeniedTerm,
        ] {
            assert!(!kind.label().is_empty());
            assert!(kind.hint().len() > 10);
        }
        assert_eq!(PersonalData::DateOfBirth.label(), "a date of birth");
        assert_eq!(
            PersonalData::DeniedTerm.label(),
            "a name or place on the deny list"
        );
    }

    #[test]
    fn rules_are_shared_between_threads() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Rules>();
        assert_send_sync::<Finding>();
    }

    #[test]
    fn unicode_never_panics() {
        let rules = Rules::new(strings(&["Łódź", "عائشہ", "🙂"]), strings(&["ść"]));
        let samples = [
            "",
            " ",
            "\n\n",
            "عائشہ نے 3 مارچ 2019 کو جنم لیا۔ فون ٠١٦٤٢ ٣٠٤٥٢٠",
            "Zażółć gęślą jaźń, ul. Długa 12, 80-001 Gdańsk, tel. 58 123 45 67",
            "Łódź’s 🙂🙂 born 3 March 2019 👨‍👩‍👧 12 Daisy Lane é́́ TS7 9JF",
            "\u{200b}01642\u{a0}304520\u{feff}",
            "ＴＳ７ ９ＪＦ ０１６４２",
            "K 9JF TS7 9\u{212a}F born 3 ſept 2019",
        ];
        for sample in samples {
            let found = scan(sample, &rules);
            for f in &found {
                assert_eq!(&sample[f.range.clone()], f.text);
            }
            // Every char-boundary slice, too.
            let bounds: Vec<usize> = sample
                .char_indices()
                .map(|(i, _)| i)
                .chain([sample.len()])
                .collect();
            for &start in &bounds {
                let _ = scan(&sample[start..], &rules);
                let _ = scan(&sample[..start], &rules);
            }
        }
        let found = scan("born 3 March 2019 in Łódź", &rules);
        assert!(found.iter().any(|f| f.text == "Łódź"));
    }

    /// A small xorshift generator, so the random test is repeatable.
    fn next(seed: &mut u64) -> u64 {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        *seed
    }

    #[test]
    fn random_input_never_panics() {
        let palette: Vec<char> = "0123456789 aAbBsStT.,-/()+@'’\n\u{a0}éłعہ🙂\u{212a}ſ"
            .chars()
            .collect();
        let pieces = [
            "born ",
            "DOB",
            " Lane",
            "Daisy",
            "TS7",
            " 9JF",
            "01642",
            "+44",
            "(0)",
            " March ",
            "lived on ",
            "Flat ",
            "@x.com",
            "AB",
            "943",
            "Smith's",
            "12 ",
            " 2019",
        ];
        let rules = Rules::new(strings(&["Smith", "Daisy Lane"]), strings(&["TS7 9JF"]));
        let mut seed = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..3000 {
            let mut sample = String::new();
            for _ in 0..next(&mut seed) % 40 {
                let r = next(&mut seed);
                if r % 3 == 0 {
                    sample.push_str(pieces[(r / 3) as usize % pieces.len()]);
                } else {
                    sample.push(palette[(r / 3) as usize % palette.len()]);
                }
            }
            let found = scan(&sample, &rules);
            for pair in found.windows(2) {
                assert!(pair[0].range.end <= pair[1].range.start, "{sample:?}");
            }
            for f in &found {
                assert_eq!(&sample[f.range.clone()], f.text, "{sample:?}");
            }
        }
    }

    #[test]
    fn long_prose_completes() {
        let paragraph = "The panel met on 3 March 2024 to consider the learning. Children's \
            Social Care, the West Locality health visiting team and the police shared \
            information about Child D, who was aged 3. Recommendation 4 asks the partnership \
            to review the 7-minute briefing by 2025, and CSPR 2024/01 records the decision. \
            Mother said she felt unheard; practitioners described a Green paper and the Way \
            forward.\n\n";
        let mut text = String::new();
        while text.len() < 200 * 1024 {
            text.push_str(paragraph);
        }
        let rules = Rules::new(
            (0..300).map(|i| format!("Surname{i}")).collect(),
            strings(&["01642 304520"]),
        );
        assert!(scan(&text, &rules).is_empty());
        text.push_str("Call 01642 304521.");
        assert_eq!(scan(&text, &rules).len(), 1);
    }
}
