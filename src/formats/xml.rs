//! XML text: escaping for element content and attribute values, for the
//! sitemap, the Atom feeds and the templates' autoescaping (HTML is
//! escaped the same way).

/// Escapes text for XML content and attributes.
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    xml_escape_into(&mut out, text);
    out
}

/// [`xml_escape`], appended to `out`.
pub fn xml_escape_into(out: &mut String, text: &str) {
    let _ = for_each_xml_piece(text, |piece| {
        out.push_str(piece);
        Ok::<(), std::convert::Infallible>(())
    });
}

/// [`xml_escape`], written straight into `out` (the shape Tera's escape
/// function has).
pub fn xml_escape_to(text: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    for_each_xml_piece(text, |piece| out.write_all(piece.as_bytes()))
}

/// Whether `text` is the same escaped as not: it holds none of the bytes
/// [`xml_escape`] replaces or drops.
pub fn is_xml_plain(text: &str) -> bool {
    next_xml_special(text.as_bytes()).is_none()
}

/// The position of the first byte of `bytes` that [`XML_SPECIAL`] marks.
///
/// Looks at eight bytes at a time first, with word arithmetic: a chunk
/// that has no byte below a space and none of `"`, `&`, `'`, `<` and `>` is
/// skipped whole. Only a chunk that may hold one is looked at byte by byte.
fn next_xml_special(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    // The high bit of each byte that is below `n` (n <= 0x80), and perhaps
    // of bytes above such a byte, never of others: zero exactly when no byte
    // is below `n`.
    let below = |word: u64, n: u8| word.wrapping_sub(ONES * u64::from(n)) & !word & HIGHS;
    let special = |b: &u8| XML_SPECIAL[usize::from(*b)];
    let chunks = bytes.chunks_exact(8);
    let tail = chunks.remainder();
    for (k, chunk) in chunks.enumerate() {
        let word = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or_default());
        // Setting one low bit makes `&` (0x26) and `'` (0x27) both 0x27,
        // and setting the next makes `<` (0x3C) and `>` (0x3E) both 0x3E,
        // with no other byte joining them.
        let maybe = below(word, 0x20)
            | below(word ^ (ONES * 0x22), 1)
            | below((word | ONES) ^ (ONES * 0x27), 1)
            | below((word | (ONES * 2)) ^ (ONES * 0x3E), 1);
        if maybe != 0
            && let Some(p) = chunk.iter().position(special)
        {
            return Some(k * 8 + p);
        }
    }
    tail.iter()
        .position(special)
        .map(|p| bytes.len() - tail.len() + p)
}

/// Which bytes XML text cannot hold as they are: the markup characters,
/// and the control characters XML 1.0 forbids (all below a space but tab,
/// line feed and carriage return). A table, so that the plain runs between
/// them, nearly all of any text, are skipped at a lookup a byte.
const XML_SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 0x20 {
        table[byte] = !matches!(byte as u8, b'\t' | b'\n' | b'\r');
        byte += 1;
    }
    table[b'&' as usize] = true;
    table[b'<' as usize] = true;
    table[b'>' as usize] = true;
    table[b'"' as usize] = true;
    table[b'\'' as usize] = true;
    table
};

/// What a byte marked in [`XML_SPECIAL`] becomes: its entity, or nothing
/// for a forbidden control character.
fn xml_replacement(byte: u8) -> &'static str {
    match byte {
        b'&' => "&amp;",
        b'<' => "&lt;",
        b'>' => "&gt;",
        b'"' => "&quot;",
        b'\'' => "&apos;",
        _ => "",
    }
}

/// Hands `piece` the escaped form of `text` in order: runs of the text
/// itself and replacements, none empty.
fn for_each_xml_piece<E>(text: &str, mut piece: impl FnMut(&str) -> Result<(), E>) -> Result<(), E> {
    let mut rest = text;
    while let Some(at) = next_xml_special(rest.as_bytes()) {
        // The special bytes are ASCII, so both cuts fall between characters.
        let (plain, special) = rest.split_at(at);
        if !plain.is_empty() {
            piece(plain)?;
        }
        let replacement = xml_replacement(special.as_bytes()[0]);
        if !replacement.is_empty() {
            piece(replacement)?;
        }
        rest = &special[1..];
    }
    if rest.is_empty() { Ok(()) } else { piece(rest) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::assert_finds_first_special;

    #[test]
    fn xml_escape_replaces_markup_and_drops_forbidden_control_characters() {
        assert_eq!(xml_escape(""), "");
        assert_eq!(xml_escape("plain text"), "plain text");
        assert_eq!(
            xml_escape(r#"<a href="x">Tom & Jerry's</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;"
        );
        assert_eq!(xml_escape("&&"), "&amp;&amp;");
        assert_eq!(xml_escape("a\u{0}b\u{1b}c\u{1f}"), "abc");
        assert_eq!(xml_escape("tab\tline\nreturn\r"), "tab\tline\nreturn\r");
        assert_eq!(xml_escape("Gdańsk – اردو <3"), "Gdańsk – اردو &lt;3");
    }

    /// Every byte value, at every position of texts of up to 20 bytes, among
    /// plain bytes and bytes that are close to the special ones: the
    /// eight-at-a-time search finds the first special byte, as a
    /// byte-by-byte one does.
    #[test]
    fn the_special_byte_search_finds_the_first_one_wherever_it_is() {
        let fillers = [
            b'a', b' ', b'\t', b'\n', b'!', b'#', b'%', b'(', b'=', b'?', b'0', 0x7F, 0x80, 0xFF,
        ];
        let special = |b: u8| XML_SPECIAL[usize::from(b)];
        assert_finds_first_special(next_xml_special, special, &fillers, b'<');
    }

    #[test]
    fn xml_escape_to_writes_what_xml_escape_returns() {
        for text in [
            "",
            "x",
            "<",
            "a<b",
            "<<>>",
            "\u{7}",
            "é&é",
            "ends with &",
            "& starts",
            "ok\u{0}",
        ] {
            let mut out = Vec::new();
            xml_escape_to(text, &mut out).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), xml_escape(text), "{text:?}");
        }
    }
}
