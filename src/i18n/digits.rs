//! The digits a language writes numbers in, from CLDR's default numbering
//! system for each locale ([`data/digits.tsv`](self), made by
//! `tools/cldr-data/digits.py`): Persian ۱۲۳, Bengali ১২৩, Central Kurdish
//! and Sindhi ١٢٣, Marathi and Nepali १२३, … Languages CLDR writes with the
//! Latin digits 0–9 (English, Polish, Urdu, and Arabic itself since CLDR
//! 42) are not in the table.
//!
//! Used for the numbers in interface text (a Fluent formatter, so plural
//! categories are still chosen from the number) and in dates.

use std::sync::LazyLock;

use fluent_bundle::FluentValue;
use fluent_bundle::memoizer::MemoizerKind;
use rustc_hash::FxHashMap;
use unic_langid::LanguageIdentifier;

/// Locale → its ten digits, for the locales that do not use 0–9.
static TABLE: LazyLock<FxHashMap<&'static str, &'static str>> = LazyLock::new(|| {
    include_str!("data/digits.tsv")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once('\t'))
        .filter(|(_, digits)| digits.chars().count() == 10)
        .collect()
});

/// The ten digits `lang` writes numbers in, when they are not 0–9: its own
/// entry, or that of the tag with its last parts taken off ("fa-IR" →
/// "fa").
pub fn of(lang: &str) -> Option<&'static str> {
    let mut tag = lang;
    loop {
        if let Some(digits) = TABLE.get(tag) {
            return Some(digits);
        }
        tag = &tag[..tag.rfind('-')?];
    }
}

/// `text` with each digit 0–9 written as `digits` has it.
pub fn localise(text: &str, digits: &str) -> String {
    let digits: Vec<char> = digits.chars().collect();
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(n) if c.is_ascii_digit() => digits.get(n as usize).copied().unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// A bundle's digits, worked out once per bundle from its language.
struct Digits(Option<&'static str>);

impl intl_memoizer::Memoizable for Digits {
    type Args = ();
    type Error = std::convert::Infallible;

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Digits, Self::Error> {
        Ok(Digits(of(&lang.to_string())))
    }
}

/// The Fluent formatter that writes a number in its bundle's digits (and
/// leaves every other value, and numbers in 0–9 languages, to Fluent).
pub fn formatter<M: MemoizerKind>(value: &FluentValue<'_>, memoizer: &M) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    memoizer
        .with_try_get_threadsafe::<Digits, _, _>((), |digits| {
            digits.0.map(|d| localise(&number.as_string(), d))
        })
        .ok()
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_come_from_cldr_and_fall_back_along_the_tag() {
        assert_eq!(of("fa"), Some("۰۱۲۳۴۵۶۷۸۹"));
        assert_eq!(of("fa-IR"), Some("۰۱۲۳۴۵۶۷۸۹"));
        assert_eq!(of("bn"), Some("০১২৩৪৫৬৭৮৯"));
        assert_eq!(of("ckb"), Some("٠١٢٣٤٥٦٧٨٩"));
        for latin in ["en-GB", "pl", "ur", "ar", "cy", "zh-Hans", "xx"] {
            assert_eq!(of(latin), None, "{latin}");
        }
        assert_eq!(of("ar-EG"), Some("٠١٢٣٤٥٦٧٨٩"));
        assert_eq!(localise("26 آبان 2026", "۰۱۲۳۴۵۶۷۸۹"), "۲۶ آبان ۲۰۲۶");
    }
}
