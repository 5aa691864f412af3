//! How search reads text: the words of a text, each word's *form* (what a
//! reader's typing is matched against) and its *stem* (what joins the
//! forms of one word: "meeting", "meetings" and "meet").
//!
//! The reader's side does the same in `search.js`, and the two must agree
//! character for character: a word is a run of letters, digits and marks
//! (`\p{L}\p{N}\p{M}`), with apostrophes inside it; each Chinese or
//! Japanese character is a word of its own. A form is the word in lower
//! case, decomposed (NFKD), without accents, Arabic vowel marks, tatweel
//! or apostrophes, with the letters that people type either way made one
//! ([`FOLDS`]): so "Zaniedbanie" is found by "zaniedbanie", "Łódź" by
//! "lodz" and "إساءة" by "اساءه". `tests/it/search.rs` runs both sides on
//! the same words.
//!
//! Stems come from the Snowball algorithms (the `snowstem` crate) for the
//! languages Snowball covers; a language it does not cover is matched by
//! form and by prefix alone.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The pattern of a word, as `search.js` writes it: letters, digits and
/// marks, with apostrophes inside. [`each_word`] reads words by hand, to
/// this pattern, without a regular expression: it is most of the work
/// search adds to a build.
pub const WORD_PATTERN: &str = r"[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*";

/// Letters folded into the letter a reader is likely to type instead,
/// besides what removing accents does: Polish ł, Scandinavian ø and æ,
/// German ß, dotless ı, final sigma, and the Arabic letters written more
/// than one way (alef wasla, teh marbuta, alef maksura and the Persian
/// yeh and keheh).
pub const FOLDS: &[(char, &str)] = &[
    ('ł', "l"),
    ('đ', "d"),
    ('ø', "o"),
    ('æ', "ae"),
    ('œ', "oe"),
    ('ß', "ss"),
    ('ı', "i"),
    ('ς', "σ"),
    ('ٱ', "ا"),
    ('ة', "ه"),
    ('ى', "ي"),
    ('ی', "ي"),
    ('ک', "ك"),
];

/// The first digit of each run of ten decimal digits that a form writes
/// as 0–9: Arabic-Indic, Persian, Devanagari, Bengali, Gurmukhi and
/// Gujarati.
pub const DIGIT_ZEROS: [char; 6] = ['\u{660}', '\u{6F0}', '\u{966}', '\u{9E6}', '\u{A66}', '\u{AE6}'];

/// Whether `c` is dropped from a form: combining accents, Cyrillic
/// combining marks, Arabic vowel marks and Quranic marks, tatweel, and
/// apostrophes.
pub fn is_dropped(c: char) -> bool {
    matches!(c,
        '\u{300}'..='\u{36F}'
        | '\u{483}'..='\u{489}'
        | '\u{64B}'..='\u{65F}'
        | '\u{670}'
        | '\u{6D6}'..='\u{6ED}'
        | '\u{640}'
        | '\'' | '’')
}

/// Whether `c` is a Chinese or Japanese character, each one a word.
pub fn is_ideograph(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FFFF}')
}

/// The form of `lower`, a word already in lower case, into `out`.
pub fn fold_into(lower: &str, out: &mut String) {
    out.clear();
    if lower.is_ascii() {
        out.extend(lower.chars().filter(|&c| c != '\''));
        return;
    }
    for c in lower.nfkd() {
        if is_dropped(c) {
            continue;
        }
        if let Some((_, to)) = FOLDS.iter().find(|(from, _)| *from == c) {
            out.push_str(to);
        } else if let Some(digit) = DIGIT_ZEROS
            .iter()
            .find_map(|&zero| (c as u32).checked_sub(zero as u32).filter(|d| *d < 10))
        {
            out.push(char::from(b'0' + digit as u8));
        } else {
            out.push(c);
        }
    }
}

/// The form of `word`.
pub fn fold(word: &str) -> String {
    let mut out = String::new();
    fold_into(&lower(word), &mut out);
    out
}

/// `word` in lower case, as JavaScript's `toLowerCase` makes it.
pub fn lower(word: &str) -> String {
    if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.to_lowercase()
    }
}

/// Whether `c` is a letter, a digit or a mark (`[\p{L}\p{N}\p{M}]`).
/// Alphabetic characters that are symbols (the circled and squared
/// letters) are not.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if matches!(c, '\u{24B6}'..='\u{24E9}' | '\u{1F130}'..='\u{1F149}' | '\u{1F150}'..='\u{1F169}' | '\u{1F170}'..='\u{1F189}')
    {
        return false;
    }
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Whether `c` may join two runs of letters into one word.
fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Whether each ASCII byte is a letter or a digit.
const ASCII_WORD: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Whether `byte` starts or continues a word: an ASCII letter or digit,
/// or any byte of a character outside ASCII (which is then decoded).
#[inline]
fn may_be_word(byte: u8) -> bool {
    byte >= 0x80 || ASCII_WORD[byte as usize]
}

/// The high bit of each byte of `x` set where that byte is an ASCII
/// letter or digit, eight bytes at once. Each test adds a constant to
/// every byte's low seven bits, which never carries into the next byte:
/// `v + (0x80 - lo)` has its high bit set where `v >= lo`, and
/// `v + (0x7f - hi)` where `v > hi`.
#[inline]
fn ascii_word_bytes(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let v = x & !HIGH;
    let at_least = |v: u64, lo: u8| v + u64::from(0x80 - lo) * ONES;
    let above = |v: u64, hi: u8| v + u64::from(0x7f - hi) * ONES;
    // Upper case folded to lower: only letters land in a..z.
    let folded = v | (0x20 * ONES);
    let letter = at_least(folded, b'a') & !above(folded, b'z');
    let digit = at_least(v, b'0') & !above(v, b'9');
    (letter | digit) & !x & HIGH
}

/// The end of the run of ASCII letters and digits at `at` in `bytes`:
/// eight bytes at a time, then one at a time.
#[inline]
fn ascii_word_end(bytes: &[u8], mut at: usize) -> usize {
    while let Some(chunk) = bytes.get(at..at + 8) {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        let stops = !ascii_word_bytes(u64::from_le_bytes(eight)) & 0x8080_8080_8080_8080;
        if stops != 0 {
            return at + (stops.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    while at < bytes.len() && bytes[at] < 0x80 && ASCII_WORD[bytes[at] as usize] {
        at += 1;
    }
    at
}

/// The character at `at` in `text` (a character boundary), and its
/// width in bytes.
#[inline]
fn char_at(text: &str, at: usize) -> (char, usize) {
    let byte = text.as_bytes()[at];
    if byte < 0x80 {
        return (byte as char, 1);
    }
    let c = text[at..].chars().next().unwrap_or_default();
    (c, c.len_utf8())
}

/// Calls `each` with every word of `text`, in order
/// ([`WORD_PATTERN`]); a Chinese or Japanese character is a word of its
/// own. A run of ASCII letters and digits is read eight bytes at a time
/// (`ascii_word_end`); only characters outside ASCII are decoded.
pub fn each_word<'a>(text: &'a str, mut each: impl FnMut(&'a str)) {
    let bytes = text.as_bytes();
    let len = bytes.len();
    let mut at = 0;
    loop {
        // Up to the next word's first character.
        while at < len && !may_be_word(bytes[at]) {
            at += 1;
        }
        if at == len {
            return;
        }
        if bytes[at] >= 0x80 {
            let (c, width) = char_at(text, at);
            if !is_word_char(c) {
                at += width;
                continue;
            }
        }
        let start = at;
        let mut ideographs = false;
        // To the end of the word: letters and digits, and an apostrophe
        // with a letter or digit after it.
        loop {
            at = ascii_word_end(bytes, at);
            if at == len {
                break;
            }
            let (c, width) = char_at(text, at);
            if c.is_ascii() && !is_apostrophe(c) {
                break;
            }
            if is_word_char(c) {
                ideographs |= is_ideograph(c);
                at += width;
                continue;
            }
            let joins = is_apostrophe(c) && at + width < len && is_word_char(char_at(text, at + width).0);
            if !joins {
                break;
            }
            at += width;
        }
        let word = &text[start..at];
        if ideographs {
            split_ideographs(word, &mut each);
        } else {
            each(word);
        }
    }
}

/// Calls `each` with the pieces of `word`: each Chinese or Japanese
/// character, and the runs between them.
fn split_ideographs<'a>(word: &'a str, each: &mut impl FnMut(&'a str)) {
    let mut start = 0;
    for (at, c) in word.char_indices() {
        if is_ideograph(c) {
            if start < at {
                each(&word[start..at]);
            }
            each(&word[at..at + c.len_utf8()]);
            start = at + c.len_utf8();
        }
    }
    if start < word.len() {
        each(&word[start..]);
    }
}

/// The words of `text`.
pub fn words(text: &str) -> Vec<&str> {
    let mut all = Vec::new();
    each_word(text, |w| all.push(w));
    all
}

/// The first one or two characters of a form: the key of the shard of
/// the index it is in. A one-character form is its own key.
pub fn key(form: &str) -> &str {
    let end = form.char_indices().nth(2).map_or(form.len(), |(at, _)| at);
    &form[..end]
}

/// A stemmer for a language, if Snowball has one for it.
pub struct Stems(Option<snowstem::Stemmer>);

impl Stems {
    /// The stemmer for `lang` (a BCP 47 tag: its language subtag is
    /// read).
    pub fn of(lang: &str) -> Stems {
        use snowstem::Algorithm;
        let language = lang.split(['-', '_']).next().unwrap_or_default();
        let algorithm = match language {
            "ar" => Some(Algorithm::Arabic),
            "cs" => Some(Algorithm::Czech),
            "da" => Some(Algorithm::Danish),
            "de" => Some(Algorithm::German),
            "el" => Some(Algorithm::Greek),
            "en" => Some(Algorithm::English),
            "es" => Some(Algorithm::Spanish),
            "fi" => Some(Algorithm::Finnish),
            "fr" => Some(Algorithm::French),
            "hu" => Some(Algorithm::Hungarian),
            "it" => Some(Algorithm::Italian),
            "nb" | "nn" | "no" => Some(Algorithm::Norwegian),
            "nl" => Some(Algorithm::Dutch),
            "pl" => Some(Algorithm::Polish),
            "pt" => Some(Algorithm::Portuguese),
            "ro" => Some(Algorithm::Romanian),
            "ru" => Some(Algorithm::Russian),
            "sv" => Some(Algorithm::Swedish),
            "ta" => Some(Algorithm::Tamil),
            "tr" => Some(Algorithm::Turkish),
            _ => None,
        };
        Stems(algorithm.map(snowstem::Stemmer::create))
    }

    /// Whether the language has a stemmer.
    pub fn stems(&self) -> bool {
        self.0.is_some()
    }

    /// The stem of `lower` (a word in lower case, accents kept), folded as
    /// a form is; the form itself where there is no stemmer.
    pub fn stem(&self, lower: &str, form: &str) -> String {
        match &self.0 {
            Some(stemmer) if !lower.chars().any(is_ideograph) => fold(&stemmer.stem(lower)),
            _ => form.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_drop_case_accents_and_apostrophes() {
        assert_eq!(fold("Zaniedbanie"), "zaniedbanie");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("ŚWIADCZENIA"), "swiadczenia");
        assert_eq!(fold("parent's"), "parents");
        assert_eq!(fold("parent’s"), "parents");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("ΟΔΟΣ"), "οδοσ");
        assert_eq!(fold("café"), "cafe");
    }

    #[test]
    fn arabic_letter_variants_are_one() {
        assert_eq!(fold("إساءة"), "اساءه");
        assert_eq!(fold("أطفال"), "اطفال");
        assert_eq!(fold("آمن"), "امن");
        assert_eq!(fold("مُسَاعَدَة"), "مساعده");
        assert_eq!(fold("علـــى"), "علي");
        assert_eq!(fold("کودک"), fold("كودك"));
        assert_eq!(fold("یک"), fold("يك"));
    }

    #[test]
    fn native_digits_are_0_to_9() {
        assert_eq!(fold("۲۰۲۴"), "2024");
        assert_eq!(fold("٢٠٢٤"), "2024");
        assert_eq!(fold("২০২৪"), "2024");
    }

    #[test]
    fn indic_vowel_signs_are_kept() {
        // Bengali "শিশু" (child): its vowel signs are marks, and part of
        // the word.
        assert_eq!(fold("শিশু").chars().count(), 4);
        assert_eq!(words("শিশু সুরক্ষা"), ["শিশু", "সুরক্ষা"]);
    }

    #[test]
    fn words_follow_the_pattern_the_script_uses() {
        let pattern = regex::Regex::new(WORD_PATTERN).unwrap();
        for text in [
            "A child's \"safety\" (plan), 2024—review. 'quoted' it's''s ’x’ a’’b",
            "Zaniedbanie ŁÓDŹ, إساءة أطفال، مُسَاعَدَة; শিশু সুরক্ষা ২০২৪ Ⓐⓑⓒ 🅰 Ⅻ ½ x²",
        ] {
            let by_pattern: Vec<&str> = pattern.find_iter(text).map(|m| m.as_str()).collect();
            assert_eq!(words(text), by_pattern, "{text}");
        }
    }

    /// Asserts that the words of `text` are those `pattern` finds, each
    /// Chinese or Japanese character a word of its own.
    fn assert_follows_the_pattern(pattern: &regex::Regex, text: &str) {
        let mut by_pattern = Vec::new();
        for m in pattern.find_iter(text) {
            split_ideographs(m.as_str(), &mut |w| by_pattern.push(w));
        }
        assert_eq!(words(text), by_pattern, "{text:?}");
    }

    #[test]
    fn words_follow_the_pattern_on_random_text() {
        let pattern = regex::Regex::new(WORD_PATTERN).unwrap();
        let alphabet: Vec<char> = "ab Z9'’ ,.\u{301}ąŁ儿童ⓐ½-\nا\u{64b}শি".chars().collect();
        let mut random = crate::test_random::Xorshift::new(0x2545_f491_4f6c_dd1d);
        for _ in 0..2000 {
            let text: String = random.text(&alphabet, 24);
            assert_follows_the_pattern(&pattern, &text);
        }
    }

    #[test]
    fn eight_bytes_at_once_agree_with_one_at_a_time() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut eight = [b'a'; 8];
                eight[at] = b;
                let mask = ascii_word_bytes(u64::from_le_bytes(eight));
                let expected = b.is_ascii_alphanumeric();
                assert_eq!(mask >> (8 * at + 7) & 1 == 1, expected, "byte {b:#x} at {at}");
            }
        }
        let text = b"meetings0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz review";
        assert_eq!(ascii_word_end(text, 0), text.len() - 7);
        assert_eq!(ascii_word_end(b"child's", 0), 5);
        assert_eq!(ascii_word_end("dziecko\u{142}".as_bytes(), 0), 7);
    }

    #[test]
    fn long_words_follow_the_pattern_on_random_text() {
        let pattern = regex::Regex::new(WORD_PATTERN).unwrap();
        let letters: Vec<char> = "abcdefghijZ0189".chars().collect();
        let others: Vec<char> = " '’.,-\nął儿\u{301}".chars().collect();
        let mut random = crate::test_random::Xorshift::new(0x853c_49e6_748f_ea9b);
        for _ in 0..2000 {
            let text: String = (0..64)
                .map(|_| {
                    let state = random.next();
                    // Mostly letters, so that many runs are longer than
                    // eight bytes.
                    let n = (state >> 8) as usize;
                    if state % 8 == 0 {
                        others[n % others.len()]
                    } else {
                        letters[n % letters.len()]
                    }
                })
                .collect();
            assert_follows_the_pattern(&pattern, &text);
        }
    }

    #[test]
    fn words_split_on_anything_else() {
        assert_eq!(
            words("A child's \"safety\" (plan), 2024—review."),
            ["A", "child's", "safety", "plan", "2024", "review"]
        );
        assert_eq!(words("儿童保护会议"), ["儿", "童", "保", "护", "会", "议"]);
        assert_eq!(words("ab儿童cd"), ["ab", "儿", "童", "cd"]);
    }

    #[test]
    fn keys_are_two_characters() {
        assert_eq!(key("meeting"), "me");
        assert_eq!(key("a"), "a");
        assert_eq!(key("łó"), "łó");
        assert_eq!(key("儿"), "儿");
    }

    #[test]
    fn stems_join_the_forms_of_a_word() {
        let english = Stems::of("en-GB");
        let stem = |w: &str| english.stem(&lower(w), &fold(w));
        assert_eq!(stem("meetings"), stem("meeting"));
        assert_eq!(stem("Parents"), stem("parent"));
        let polish = Stems::of("pl");
        let stem = |w: &str| polish.stem(&lower(w), &fold(w));
        assert_eq!(stem("zaniedbania"), stem("zaniedbanie"));
        assert_eq!(stem("dzieci"), stem("dzieciom"));
        let welsh = Stems::of("cy");
        assert!(!welsh.stems());
        assert_eq!(welsh.stem("plant", "plant"), "plant");
    }
}
