//! International phone numbers: a `+`, a country code and the number, in
//! any grouping ("+48 612 345 678", "+92 300 1234567", "+1 (555) 010-4477").
//!
//! Part of [`super::scan`], beside the UK phone detector (which keeps `+44`
//! numbers, whose lengths it checks against the UK plan). A number counts
//! when its digits, country code included, are 9 to 15 (the E.164 limit), so
//! that scores, sums and changes ("+5", "+2.5 %", "+10 on last year") stay
//! quiet.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::{PersonalData, is_word_char, next_char, prev_char};

/// A `+`, a country code, then groups of digits with a space, hyphen, dot
/// or brackets between them. Validated in [`find`].
pub(super) const PATTERN: &str = r"\+\x20?[1-9][0-9]{0,2}(?:[\x20\-.\xA0]?\(?[0-9]{1,6}\)?){1,6}";
pub(super) static INTERNATIONAL: LazyLock<Regex> = LazyLock::new(|| super::compile(PATTERN));

/// Fewest and most digits of a whole number, country code included.
const DIGITS: Range<usize> = 9..16;

/// Every international number in `text` that is not a UK one.
pub(super) fn find(text: &str, out: &mut Vec<(Range<usize>, PersonalData)>) {
    for m in INTERNATIONAL.find_iter(text) {
        if is_word_char(prev_char(text, m.start())) {
            continue;
        }
        let s = m.as_str().trim_end_matches(|c: char| !c.is_ascii_digit());
        let digits: String = s.chars().filter(char::is_ascii_digit).collect();
        if digits.starts_with("44") || !DIGITS.contains(&digits.len()) {
            continue;
        }
        let end = m.start() + s.len();
        if is_word_char(next_char(text, end)) {
            continue;
        }
        out.push((m.start()..end, PersonalData::PhoneNumber));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        find(text, &mut out);
        out.into_iter().map(|(r, _)| &text[r]).collect::<Vec<_>>()
    }

    #[test]
    fn international_numbers_fire() {
        let cases = [
            ("call +48 612 345 678 today", "+48 612 345 678"),
            ("+92 300 1234567", "+92 300 1234567"),
            ("(+1 (555) 010-4477)", "+1 (555) 010-4477"),
            ("+234 803 123 4567.", "+234 803 123 4567"),
            ("+40-721-234-567", "+40-721-234-567"),
            ("+880 1712 345678", "+880 1712 345678"),
            ("+252612345678", "+252612345678"),
        ];
        for (text, number) in cases {
            assert_eq!(found(text), [number], "{text}");
        }
    }

    #[test]
    fn look_alikes_are_quiet() {
        let cases = [
            "attendance rose +5 points",
            "+2.5 % on last year",
            "+10 on 2023",
            "scores of +12 and +15",
            "+44 1642 304520",
            "C++ 2024",
            "a+48 612 345 678",
            "+48 612 345 678abc",
        ];
        for text in cases {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
    }
}
