//! A first, quick look at a text: which personal-data detectors could
//! match anywhere in it.
//!
//! Each detector's pattern needs something that is quick to look for: an
//! e-mail address needs an `@`, an outward code a capital letter before a
//! digit, an NHS number ten digits in groups of 3, 3 and 4, a street a
//! suffix such as "Road". [`Gate::of`] looks for all of them, mostly in one
//! pass from one group of digits to the next, and for words with searches
//! that skip ahead on their literal text. A detector whose condition fails
//! cannot match and is skipped; one whose condition holds runs its full
//! pattern, so no finding is lost.
//!
//! Each condition is looser than its pattern, never stricter: the tests
//! check this against the detectors' own patterns on the test texts and on
//! many generated ones. Two patterns match far more than their detectors
//! keep, and so do their conditions if they follow the pattern: a run of
//! digits in a link ("…-00563/") starts like a phone number, and a
//! recommendation's id ("R1") looks like an outward code. Their conditions
//! follow what a finding needs instead: a phone number has at least eight
//! digits, and an outward code is a real postcode area's and stands beside
//! a street name. For these two the tests check the conditions against
//! the detectors' findings.

use std::ops::Range;
use std::sync::LazyLock;

use memchr::memmem;
use regex::Regex;

use super::{BIRTH_WORD, Detector, LIVING_VERBS, STREET_SUFFIXES};

/// A verb before a named street ("lived", "moved", …), in any case.
static LIVING_VERB: LazyLock<Regex> = LazyLock::new(|| super::compile(&format!("(?i:{LIVING_VERBS})")));

/// A street suffix ("Road", "St", …) at the end of a word.
static STREET_SUFFIX: LazyLock<Regex> =
    LazyLock::new(|| super::compile(&format!("(?:{STREET_SUFFIXES})(?-u:\\b)")));

/// The detectors that may match in a text, a bit for each [`Detector`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Gate(u16);

impl Gate {
    /// Whether `detector` may match somewhere in the text.
    pub(super) fn may(self, detector: Detector) -> bool {
        self.0 & bit(detector) != 0
    }

    /// The detectors that may match in `text`.
    pub(super) fn of(text: &str) -> Gate {
        let b = text.as_bytes();
        let mut found = 0u16;
        if memchr::memchr(b'@', b).is_some() {
            found |= bit(Detector::Email);
        }
        if memmem::find(b, b"+44").is_some() || memmem::find(b, b"+ 44").is_some() {
            found |= bit(Detector::Phone);
        }
        // An international number: a plus sign, maybe a space, a digit.
        let plus_digit = memchr::memchr_iter(b'+', b).any(|i| {
            let next = if at(b, i + 1) == b' ' {
                at(b, i + 2)
            } else {
                at(b, i + 1)
            };
            next.is_ascii_digit()
        });
        if plus_digit {
            found |= bit(Detector::InternationalPhone);
        }
        if BIRTH_WORD.is_match(text) {
            found |= bit(Detector::BirthWord);
        }
        let mut runs = Runs::default();
        let mut from = 0;
        while let Some(start) = next_digit(&b[from..]).map(|p| from + p) {
            let end = start + b[start..].iter().take_while(|c| c.is_ascii_digit()).count();
            found |= digits_at(b, start..end, &mut runs);
            from = end;
        }
        if STREET_SUFFIX.is_match(text) {
            if runs.numbered {
                found |= bit(Detector::NumberedStreet);
            }
            if LIVING_VERB.is_match(text) {
                found |= bit(Detector::NamedStreet);
            }
        } else {
            // An outward code is kept only beside a street name.
            found &= !bit(Detector::OutwardCode);
        }
        Gate(found)
    }
}

/// The position of the first ASCII digit in `bytes`.
///
/// Looks at eight bytes at a time: a text is mostly letters, and its digits
/// come a few to a line.
fn next_digit(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const LOWS: u64 = u64::from_le_bytes([0x7F; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    let chunks = bytes.chunks_exact(8);
    let tail = chunks.remainder();
    for (k, chunk) in chunks.enumerate() {
        let word = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or_default());
        // Each byte's low seven bits, so that no sum below carries into the
        // next byte; a byte's high bit then says whether it was at least
        // '0' (0x30), and at least ':' (0x3A), the byte after '9'. Bytes
        // with their own high bit set (beyond ASCII) are left out.
        let low = word & LOWS;
        let at_least_zero = low.wrapping_add(ONES * 0x50);
        let past_nine = low.wrapping_add(ONES * 0x46);
        let digits = at_least_zero & !past_nine & !word & HIGHS;
        if digits != 0 {
            return Some(k * 8 + digits.trailing_zeros() as usize / 8);
        }
    }
    tail.iter()
        .position(u8::is_ascii_digit)
        .map(|p| bytes.len() - tail.len() + p)
}

fn bit(detector: Detector) -> u16 {
    1 << detector as u16
}

/// The byte at `i`, or 0 past the end.
fn at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

/// A character of an ASCII word (`(?-u:\b)` looks at these); 0 (past the
/// end) is not one.
fn is_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// Whether an ASCII word boundary comes before position `i`, which holds a
/// word character.
fn starts_word(b: &[u8], i: usize) -> bool {
    i == 0 || !is_word(b[i - 1])
}

/// What the groups of digits read so far tell about the next one.
#[derive(Debug, Default)]
struct Runs {
    /// The groups just before the next (the nearer first) when joined to
    /// it by one space or hyphen, else 0.
    groups: [usize; 2],
    /// Whether one can be the number of a numbered street.
    numbered: bool,
    /// The digits of the phone number that may have started at or before
    /// the last group and run on through it; 0 when none may have.
    phone_digits: usize,
    /// Where the last group ended.
    last_end: usize,
}

/// The detectors the group of digits at `run` may start or end, given the
/// groups before it (`runs`), which it then joins.
fn digits_at(b: &[u8], run: Range<usize>, runs: &mut Runs) -> u16 {
    let (start, end, len) = (run.start, run.end, run.len());
    let mut found = 0;
    // An outward code ("TS7"): the one or two capitals of a postcode area
    // at the start of a word, then one or two digits.
    let letters = b[..start]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    if (1..=2).contains(&letters)
        && len <= 2
        && starts_word(b, start - letters)
        && super::POSTCODE_AREAS
            .iter()
            .any(|area| area.as_bytes() == &b[start - letters..start])
    {
        found |= bit(Detector::OutwardCode);
    }
    // A phone number: its digits so far, if this group goes on one that
    // may be part of one, or starts one.
    let mut phone_digits = if runs.phone_digits > 0 && joins_phone_digits(&b[runs.last_end..start]) {
        runs.phone_digits + len
    } else {
        0
    };
    if starts_word(b, start) {
        // A phone number starts: "01642…", "(01642)", "0044…", "00 44…".
        if b[start] == b'0'
            && (len >= 3 || (len == 2 && b[start + 1] == b'0' && b[end..].starts_with(b" 44")))
        {
            phone_digits = phone_digits.max(len);
        }
        // A house number: one to three digits, maybe a letter and a comma,
        // then a space or line break and a name.
        if !runs.numbered && len <= 3 {
            let mut j = end;
            if at(b, j).is_ascii_alphabetic() {
                j += 1;
            }
            if at(b, j) == b',' {
                j += 1;
            }
            runs.numbered = is_gap(b, j) && name_starts_after_gap(b, j);
        }
    }
    // The inward code of a postcode: a digit, two letters and a word
    // boundary, after an outward code.
    if at(b, end).is_ascii_alphabetic()
        && at(b, end + 1).is_ascii_alphabetic()
        && !is_word(at(b, end + 2))
        && outward_ends_before(b, end - 1)
    {
        found |= bit(Detector::Postcode);
    }
    // Every valid number has at least eight digits (`valid_national`).
    if phone_digits >= 8 {
        found |= bit(Detector::Phone);
    }
    runs.phone_digits = phone_digits;
    runs.last_end = end;
    let [one, two] = runs.groups;
    // NHS: 3 3 4 digits, with a space or hyphen between them or not.
    if len == 10 || (len == 4 && (one == 6 || (one == 3 && two == 3))) || (len == 7 && one == 3) {
        found |= bit(Detector::Nhs);
    }
    // National Insurance: 2 2 2 digits, then a letter from A to D.
    let pairs = len == 6 || (len == 4 && one == 2) || (len == 2 && (one == 4 || (one == 2 && two == 2)));
    let letter = |k: usize| matches!(at(b, k), b'A'..=b'D' | b'a'..=b'd') && !is_word(at(b, k + 1));
    if pairs && (letter(end) || (at(b, end) == b' ' && letter(end + 1))) {
        found |= bit(Detector::Ni);
    }
    let joined = matches!(at(b, end), b' ' | b'-') && at(b, end + 1).is_ascii_digit();
    runs.groups = if joined { [len, one] } else { [0, 0] };
    found
}

/// Whether `gap` can come between two groups of digits of one phone number:
/// one to four of a space, hyphen, dot, bracket or no-break space, as in
/// "(01642) 304520" or "0044 (0) 1642". (The pattern allows at most three.)
fn joins_phone_digits(gap: &[u8]) -> bool {
    (1..=4).contains(&gap.len())
        && gap
            .iter()
            .all(|c| matches!(c, b' ' | b'-' | b'.' | b'(' | b')' | 0xC2 | 0xA0))
}

/// Whether a space, tab, line break or no-break space starts at `i`.
fn is_gap(b: &[u8], i: usize) -> bool {
    matches!(at(b, i), b' ' | b'\t' | b'\r' | b'\n')
        || b.get(i..).is_some_and(|r| r.starts_with(&[0xC2, 0xA0]))
}

/// Whether, after the gap at `i`, comes what can start a name: a capital
/// letter, or any letter beyond ASCII.
fn name_starts_after_gap(b: &[u8], mut i: usize) -> bool {
    while is_gap(b, i) {
        i += if at(b, i) == 0xC2 { 2 } else { 1 };
    }
    at(b, i).is_ascii_uppercase() || at(b, i) >= 0x80
}

/// Whether an outward code ("TS7", "SW1A") can end just before the inward
/// code at `inward`, with or without one separator between them.
fn outward_ends_before(b: &[u8], inward: usize) -> bool {
    let end = if inward >= 1 && matches!(b[inward - 1], b' ' | b'\t') {
        inward.checked_sub(2)
    } else if inward >= 2 && b[inward - 2] == 0xC2 && b[inward - 1] == 0xA0 {
        inward.checked_sub(3)
    } else {
        inward.checked_sub(1)
    };
    let Some(p) = end else { return false };
    let back = |k: usize| p.checked_sub(k).map_or(0, |q| b[q]);
    // "…L9" or "…L9X": a letter, a digit and maybe one more letter or digit.
    (b[p].is_ascii_digit() && back(1).is_ascii_alphabetic())
        || (b[p].is_ascii_alphanumeric() && back(1).is_ascii_digit() && back(2).is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::super::PATTERNS;
    use super::*;

    const ALL: [Detector; 9] = [
        Detector::Postcode,
        Detector::OutwardCode,
        Detector::Phone,
        Detector::Nhs,
        Detector::Ni,
        Detector::BirthWord,
        Detector::NumberedStreet,
        Detector::Email,
        Detector::NamedStreet,
    ];

    /// Whether `detector` finds something in `text`: for phone numbers and
    /// outward codes, whether it keeps a finding; for the others, whether
    /// its pattern matches.
    fn finds(detector: Detector, text: &str) -> bool {
        let mut found = Vec::new();
        match detector {
            Detector::Phone => super::super::find_phone_numbers(text, &mut found),
            Detector::OutwardCode => super::super::find_outward_codes(text, &mut found),
            _ => return PATTERNS.matches(text).matched(detector as usize),
        }
        !found.is_empty()
    }

    /// Fails, naming the text, if the gate rules out a detector that finds
    /// something in it.
    fn assert_lets_through(text: &str) {
        let gate = Gate::of(text);
        for detector in ALL {
            assert!(
                !finds(detector, text) || gate.may(detector),
                "the gate rules out {detector:?}, which finds something in {text:?}"
            );
        }
    }

    #[test]
    fn lets_through_every_kind_of_personal_data() {
        let cases = [
            ("She lived at TS7 0AB until May.", Detector::Postcode),
            ("postcode sw1a\u{a0}1aa here", Detector::Postcode),
            ("M11AE", Detector::Postcode),
            ("Daisy Lane, TS7", Detector::OutwardCode),
            ("at SW1A, Acacia Avenue", Detector::OutwardCode),
            ("Call 01642 304520.", Detector::Phone),
            ("Call (01642) 304520.", Detector::Phone),
            ("Call +44 1642 304520.", Detector::Phone),
            ("Call 00 44 1642 304520.", Detector::Phone),
            ("Call 0044 (0) 1642 304520.", Detector::Phone),
            ("Call 0044 (0) (1642) 304520.", Detector::Phone),
            ("Call (01642)\u{a0}304520.", Detector::Phone),
            ("Call 01642\u{a0}304\u{a0}520.", Detector::Phone),
            ("NHS 943 476 5919", Detector::Nhs),
            ("NHS 943-476-5919", Detector::Nhs),
            ("NI QQ 12 34 56 C", Detector::Ni),
            ("She was BORN in", Detector::BirthWord),
            ("date of Birth", Detector::BirthWord),
            ("D. O. B. 1 May", Detector::BirthWord),
            ("DoB", Detector::BirthWord),
            ("at 12, Daisy\nLane.", Detector::NumberedStreet),
            ("Flat 3 14B Acacia Avenue", Detector::NumberedStreet),
            ("write to a.b@example.org", Detector::Email),
            ("had moved to\u{a0}Daisy Road", Detector::NamedStreet),
        ];
        for (text, detector) in cases {
            assert!(
                finds(detector, text),
                "{detector:?} should find something in {text:?}"
            );
            assert!(
                Gate::of(text).may(detector),
                "the gate rules out {detector:?} for {text:?}"
            );
            assert_lets_through(text);
        }
    }

    #[test]
    fn rules_out_what_plain_prose_cannot_hold() {
        let text = "In 2023 the review found that 3 agencies did not share information. \
                    The Family Court and the school (Year 6) took part; see section 4th-5.";
        let gate = Gate::of(text);
        for detector in ALL {
            assert!(!gate.may(detector), "{detector:?} let through for plain prose");
        }
        assert_lets_through(text);
    }

    #[test]
    fn finds_the_first_digit_wherever_it_is() {
        // Every byte value, alone and before a digit, at every place in
        // and past the first eight bytes.
        for byte in 0..=255u8 {
            for place in 0..20 {
                let mut bytes = vec![b'x'; 24];
                bytes[place] = byte;
                let expected = bytes.iter().position(u8::is_ascii_digit);
                assert_eq!(next_digit(&bytes), expected, "{byte:#x} at {place}");
                bytes[place + 3] = b'7';
                let expected = bytes.iter().position(u8::is_ascii_digit);
                assert_eq!(next_digit(&bytes), expected, "{byte:#x} at {place}, 7 after");
            }
        }
        assert_eq!(next_digit("é9".as_bytes()), Some(2));
        assert_eq!(next_digit(b""), None);
    }

    #[test]
    fn rules_out_digits_and_codes_no_finding_can_come_from() {
        let texts = [
            "See [the briefing](/briefings/7-minute-briefing-neglect-00563/) and R1, R2.",
            "The TS7 area, and the 01642 30 exchange.",
            "Call 0164 2.",
        ];
        for text in texts {
            let gate = Gate::of(text);
            for detector in [Detector::Phone, Detector::OutwardCode] {
                assert!(!gate.may(detector), "{detector:?} let through for {text:?}");
            }
            assert_lets_through(text);
        }
    }

    #[test]
    fn lets_through_every_text_the_patterns_match_in_the_fixtures() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut checked = 0;
        for dir in ["tests/fixtures", "content"] {
            for entry in walkdir::WalkDir::new(root.join(dir)).into_iter().flatten() {
                if entry.path().extension().is_some_and(|e| e == "md") {
                    let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
                    assert_lets_through(&text);
                    checked += 1;
                }
            }
        }
        assert!(checked > 20, "only {checked} fixture files found");
    }

    /// 40,000 texts of one to `longest` of `pieces` strung together at
    /// random, from `seed` (fixed, so that a failure repeats).
    fn generated(
        pieces: &'static [&'static str],
        longest: usize,
        mut seed: u64,
    ) -> impl Iterator<Item = String> {
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        (0..40_000).map(move |_| {
            let len = 1 + next(longest);
            (0..len).map(|_| pieces[next(pieces.len())]).collect()
        })
    }

    #[test]
    fn lets_through_every_generated_text_the_patterns_match() {
        // Pieces of personal data and of the text around it, strung
        // together at random (a fixed seed, so failures repeat).
        const PIECES: &[&str] = &[
            "0",
            "00",
            "44",
            "+",
            "+44",
            "(",
            ")",
            "(0",
            " ",
            "  ",
            "\t",
            "\n",
            "\r\n",
            "\u{a0}",
            "-",
            ".",
            ",",
            "@",
            "_",
            "a",
            "b",
            "d",
            "o",
            "B",
            "D",
            "d.",
            "o.",
            "b.",
            "born",
            "Birth",
            "DOB",
            "date",
            "ſ",
            "\u{212a}",
            "é",
            "’",
            "TS7",
            "SW1A",
            "M1",
            "1AA",
            "0AB",
            "4th",
            "7",
            "12",
            "123",
            "4567",
            "943",
            "5919",
            "QQ",
            "C",
            "A",
            "Road",
            "Court",
            "St",
            "Green",
            "Way",
            "lived",
            "moved",
            "on",
            "at",
            "the",
            "Daisy",
            "Lane",
            "Avenue",
            "1642",
            "0044",
            "(0)",
            "-00563/",
            "R1",
            "Acacia",
            "Flat",
            "Unit",
            "Apt.",
            "x",
            "example",
            "org",
            "01642",
            "304520",
            "2024",
            "stayed",
            "ſtays",
            "reſided",
            "Lives",
            "MOVED",
            "476",
            "34",
            "56",
            "123456",
            "9434765919",
            "birthday",
            "Dobson",
            "of",
        ];
        let mut matched = 0;
        for text in generated(PIECES, 14, 0x2545_f491_4f6c_dd1d) {
            if PATTERNS.is_match(&text) {
                matched += 1;
            }
            assert_lets_through(&text);
        }
        // The generated texts do exercise the patterns.
        assert!(
            matched > 4_000,
            "only {matched} generated texts hold personal data"
        );
    }
    #[test]
    fn lets_through_every_generated_phone_number_and_outward_code() {
        // Groups of digits, what may join them, and codes beside streets:
        // the conditions that follow a finding rather than a pattern.
        const PIECES: &[&str] = &[
            "0",
            "00",
            "01",
            "016",
            "0164",
            "01642",
            "0800",
            "07700",
            "0044",
            "44",
            "+44",
            "+ 44",
            "1642",
            "304",
            "520",
            "304520",
            "9",
            "12",
            "123",
            "4567",
            "12345678",
            "(",
            ")",
            "(0)",
            " ",
            "-",
            ".",
            "/",
            ":",
            "\u{a0}",
            "  ",
            "a",
            "x",
            "ISBN ",
            "£",
            "TS7",
            "TS17",
            "SW1A",
            "M1",
            "R1",
            "B12",
            "QQ9",
            "E",
            "W",
            "Daisy",
            "Lane",
            "Road",
            "Daisy Lane, ",
            "Acacia Avenue ",
            ", Daisy Road",
            ", ",
            "the",
            "\n",
            "01642 304520",
            "0044 1642 304520",
        ];
        let mut kept = [0; 2];
        for text in generated(PIECES, 10, 0x9e37_79b9_7f4a_7c15) {
            for (n, detector) in [Detector::Phone, Detector::OutwardCode].into_iter().enumerate() {
                let found = finds(detector, &text);
                kept[n] += usize::from(found);
                assert!(
                    !found || Gate::of(&text).may(detector),
                    "the gate rules out {detector:?}, which finds something in {text:?}"
                );
            }
        }
        // The generated texts do hold both.
        assert!(
            kept[0] > 1_000 && kept[1] > 250,
            "only {kept:?} generated findings"
        );
    }
}
