//! JSON strings, written straight into a `String`: the search index writes
//! some 30 MB of them at 10,000 pages, most of it page text with nothing
//! to escape, so runs without a special byte are found eight bytes at a
//! time and copied whole. The bytes are those `serde_json` writes.

/// Appends `text` to `out` as a JSON string, quotes included.
pub fn json_string_into(out: &mut String, text: &str) {
    out.reserve(text.len() + 2);
    out.push('"');
    let mut rest = text;
    while let Some(at) = next_json_special(rest.as_bytes()) {
        // The special bytes are ASCII, so both cuts fall between characters.
        let (plain, special) = rest.split_at(at);
        out.push_str(plain);
        push_escape(out, special.as_bytes()[0]);
        rest = &special[1..];
    }
    out.push_str(rest);
    out.push('"');
}

/// The escape of a byte [`next_json_special`] finds, as `serde_json`
/// writes it: a short escape where JSON has one, else `\u00XX`.
fn push_escape(out: &mut String, byte: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    match byte {
        b'"' => out.push_str("\\\""),
        b'\\' => out.push_str("\\\\"),
        b'\n' => out.push_str("\\n"),
        b'\r' => out.push_str("\\r"),
        b'\t' => out.push_str("\\t"),
        0x08 => out.push_str("\\b"),
        0x0C => out.push_str("\\f"),
        _ => {
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0xF)]));
        }
    }
}

/// Whether a JSON string must escape `byte`: a quote, a backslash or a
/// control character.
fn is_json_special(byte: u8) -> bool {
    byte < 0x20 || byte == b'"' || byte == b'\\'
}

/// The position of the first byte of `bytes` a JSON string must escape.
///
/// Eight bytes at a time first, with word arithmetic: a chunk with no
/// byte below a space, no `"` and no `\` is skipped whole; only a chunk
/// that may hold one is looked at byte by byte.
fn next_json_special(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    // The high bit of each byte that is below `n` (n <= 0x80), and perhaps
    // of bytes above such a byte, never of others: zero exactly when no
    // byte is below `n`.
    let below = |word: u64, n: u8| word.wrapping_sub(ONES * u64::from(n)) & !word & HIGHS;
    let chunks = bytes.chunks_exact(8);
    let tail = chunks.remainder();
    for (k, chunk) in chunks.enumerate() {
        let word = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or_default());
        let maybe = below(word, 0x20) | below(word ^ (ONES * 0x22), 1) | below(word ^ (ONES * 0x5C), 1);
        if maybe != 0
            && let Some(p) = chunk.iter().position(|&b| is_json_special(b))
        {
            return Some(k * 8 + p);
        }
    }
    tail.iter()
        .position(|&b| is_json_special(b))
        .map(|p| bytes.len() - tail.len() + p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::assert_finds_first_special;
    use crate::test_random::Xorshift;

    fn json_string(text: &str) -> String {
        let mut out = String::new();
        json_string_into(&mut out, text);
        out
    }

    #[test]
    fn the_special_byte_search_finds_the_first_one_wherever_it_is() {
        let fillers = [b'a', b' ', b'!', b'#', b'[', b']', b'0', 0x7F, 0x80, 0xFF];
        assert_finds_first_special(next_json_special, is_json_special, &fillers, b'"');
    }

    #[test]
    fn every_character_below_a_space_and_the_two_specials_are_escaped_as_serde_json_does() {
        for c in (0u8..0x80)
            .map(char::from)
            .chain(['é', 'ł', 'ع', '\u{2028}', '😀'])
        {
            let text = format!("a{c}b");
            assert_eq!(json_string(&text), serde_json::to_string(&text).unwrap(), "{c:?}");
        }
    }

    #[test]
    fn random_text_is_written_as_serde_json_writes_it_and_reads_back_the_same() {
        let alphabet: Vec<char> = "ab \"\\\n\t\r\u{1}\u{1f}/<é€😀".chars().collect();
        let mut random = Xorshift::new(0x6a50_4e5f_0001);
        for _ in 0..3000 {
            let len = random.below(40);
            let text: String = random.text(&alphabet, len);
            let written = json_string(&text);
            assert_eq!(written, serde_json::to_string(&text).unwrap());
            assert_eq!(serde_json::from_str::<String>(&written).unwrap(), text);
        }
    }
}
