//! An e-mail message as a mail program imports it (`.eml`): RFC 5322
//! headers, a MIME `multipart/alternative` body (RFC 2045, 2046) with a
//! plain-text part and an HTML part, both UTF-8 and quoted-printable, and
//! non-ASCII header text as RFC 2047 encoded-words.
//!
//! Every line ends with CRLF and is at most 78 characters long. The text
//! is deterministic: the boundary and the `Message-ID` come from a hash
//! of the message itself and the `Date` from the edition's date, so two
//! builds of the same content write the same bytes.

use crate::dates::Date;

/// The longest line a header or a body line is written in (RFC 5322
/// asks for 78 characters, and allows 998).
const MAX_LINE: usize = 76;

/// One message with two alternatives.
#[derive(Debug, Clone)]
pub struct Message<'a> {
    /// Who it comes from: a display name, if any, and an address.
    pub from: Option<(Option<&'a str>, &'a str)>,
    /// The subject, in any script.
    pub subject: &'a str,
    /// The day it is dated (written as midnight UTC).
    pub date: Date,
    /// The host the `Message-ID` is made on ("example.org").
    pub host: &'a str,
    /// The language of its text ("en-GB"), for `Content-Language`.
    pub language: &'a str,
    /// The plain-text alternative.
    pub text: &'a str,
    /// The HTML alternative, a whole document.
    pub html: &'a str,
}

impl Message<'_> {
    /// The message as an `.eml` file.
    pub fn to_eml(&self) -> String {
        let text = quoted_printable(self.text);
        let html = quoted_printable(self.html);
        let mut hash = Fnv::default();
        for part in [self.subject, self.host, &text, &html] {
            hash.write(part.as_bytes());
            hash.write(&[0]);
        }
        let hash = hash.0;
        // "=_" can never stand in a quoted-printable body, where "=" is
        // always followed by two hexadecimal digits or a line break.
        let boundary = format!("=_lantern_{hash:016x}");
        let mut out = String::with_capacity(text.len() + html.len() + 1024);
        if let Some((name, address)) = self.from {
            let value = match name {
                Some(name) => format!("{} <{address}>", display_name(name)),
                None => address.to_owned(),
            };
            header(&mut out, "From", &value);
        }
        header(&mut out, "Subject", &encoded_words(self.subject));
        header(&mut out, "Date", &rfc5322_date(self.date));
        header(
            &mut out,
            "Message-ID",
            &format!("<{hash:016x}.edition@{}>", self.host),
        );
        header(&mut out, "MIME-Version", "1.0");
        header(&mut out, "Content-Language", self.language);
        // Outlook opens a message marked so as a draft, ready to send.
        header(&mut out, "X-Unsent", "1");
        header(
            &mut out,
            "Content-Type",
            &format!("multipart/alternative; boundary=\"{boundary}\""),
        );
        out.push_str("\r\n");
        for (kind, body) in [("plain", &text), ("html", &html)] {
            out.push_str(&format!("--{boundary}\r\n"));
            out.push_str(&format!("Content-Type: text/{kind}; charset=UTF-8\r\n"));
            out.push_str("Content-Transfer-Encoding: quoted-printable\r\n\r\n");
            out.push_str(body);
            out.push_str("\r\n");
        }
        out.push_str(&format!("--{boundary}--\r\n"));
        out
    }
}

/// FNV-1a, 64 bits: a hash whose value is fixed by its definition, not by
/// a library's version, so the boundary never changes between builds.
#[derive(Debug)]
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Writes `Name: value`, folded at spaces so that no line passes
/// [`MAX_LINE`] where a space allows it.
fn header(out: &mut String, name: &str, value: &str) {
    let mut line = name.len() + 1;
    out.push_str(name);
    out.push(':');
    for (i, word) in value.split(' ').enumerate() {
        if i > 0 && line + 1 + word.len() > MAX_LINE {
            out.push_str("\r\n");
            line = 0;
        }
        out.push(' ');
        out.push_str(word);
        line += 1 + word.len();
    }
    out.push_str("\r\n");
}

/// A display name as a header writes it: as it is when it is plain ASCII
/// words, quoted when it holds punctuation RFC 5322 reserves, and as
/// encoded-words when it is not ASCII.
fn display_name(name: &str) -> String {
    if !name.is_ascii() {
        return encoded_words(name);
    }
    if name.chars().any(|c| "()<>[]:;@\\,.\"".contains(c)) {
        let escaped = name.replace('\\', "\\\\").replace('"', "\\\"");
        return format!("\"{escaped}\"");
    }
    name.to_owned()
}

/// Header text: as it is when it is printable ASCII, or else as RFC 2047
/// encoded-words (`=?UTF-8?B?…?=`), each at most 75 characters and never
/// splitting a character, separated by spaces where the header folds.
pub fn encoded_words(text: &str) -> String {
    let text: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if text.is_ascii() && !text.contains("=?") {
        return text;
    }
    // 39 bytes make 52 base64 characters: with `=?UTF-8?B?` and `?=`, 64,
    // which leaves room for the longest header name before the first.
    let mut words = Vec::new();
    let mut chunk = String::new();
    for c in text.chars() {
        if chunk.len() + c.len_utf8() > 39 {
            words.push(format!("=?UTF-8?B?{}?=", base64(chunk.as_bytes())));
            chunk.clear();
        }
        chunk.push(c);
    }
    if !chunk.is_empty() {
        words.push(format!("=?UTF-8?B?{}?=", base64(chunk.as_bytes())));
    }
    words.join(" ")
}

/// Base64 (RFC 4648), with padding.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for group in bytes.chunks(3) {
        let n = group
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= group.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Quoted-printable (RFC 2045 § 6.7): every line break as CRLF, every byte
/// outside printable ASCII (and `=`) as `=XX`, a space or tab before a
/// line break encoded, soft line breaks (`=` at the end) keeping every
/// line within 76 characters, and a line (after a hard or a soft break)
/// that would start with "From " or "." starting with it encoded, so that
/// no mail program changes it.
pub fn quoted_printable(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len() + bytes.len() / 4);
    for (n, line) in bytes.split(|b| *b == b'\n').enumerate() {
        if n > 0 {
            out.extend_from_slice(b"\r\n");
        }
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        quoted_printable_line(line, &mut out);
    }
    // Only ASCII was written.
    String::from_utf8(out).unwrap_or_default()
}

/// Which bytes stand for themselves in quoted-printable anywhere but at
/// the end of a line: printable ASCII other than `=`, space and tab. A
/// table, so that a run of them (words and the spaces between) is found
/// at a lookup a byte.
const LITERAL: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 33;
    while byte <= 126 {
        table[byte] = byte != b'=' as usize;
        byte += 1;
    }
    table[b' ' as usize] = true;
    table[b'\t' as usize] = true;
    table
};

/// One line without its line break, encoded onto `out`. Runs of bytes
/// that stand for themselves, most of a line, are copied whole.
fn quoted_printable_line(line: &[u8], out: &mut Vec<u8>) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    // A soft line break "=" must fit after the widest piece.
    const ROOM: usize = MAX_LINE - 1;
    // A space or tab ending the line must be encoded; any other stands
    // for itself, in the runs below.
    let literal_end = match line.last() {
        Some(b' ' | b'\t') => line.len() - 1,
        _ => line.len(),
    };
    let mut width = 0;
    let mut i = 0;
    while i < line.len() {
        if width == ROOM {
            out.extend_from_slice(b"=\r\n");
            width = 0;
        }
        let b = line[i];
        // A written line, after a hard or a soft break, never starts with
        // "." or "F" ("From ").
        let starts_line = width == 0 && (b == b'.' || b == b'F');
        if i < literal_end && LITERAL[usize::from(b)] && !starts_line {
            let run = line[i..literal_end]
                .iter()
                .take(ROOM - width)
                .take_while(|b| LITERAL[usize::from(**b)])
                .count();
            out.extend_from_slice(&line[i..i + run]);
            width += run;
            i += run;
            continue;
        }
        if width + 3 > ROOM {
            out.extend_from_slice(b"=\r\n");
            width = 0;
        }
        out.extend_from_slice(&[b'=', HEX[usize::from(b >> 4)], HEX[usize::from(b & 15)]]);
        width += 3;
        i += 1;
    }
}

/// Midnight UTC of `date` as RFC 5322 writes a date: "Thu, 15 Oct 2026
/// 00:00:00 +0000".
pub fn rfc5322_date(date: Date) -> String {
    let d = date.0;
    let weekday = match d.weekday() {
        time::Weekday::Monday => "Mon",
        time::Weekday::Tuesday => "Tue",
        time::Weekday::Wednesday => "Wed",
        time::Weekday::Thursday => "Thu",
        time::Weekday::Friday => "Fri",
        time::Weekday::Saturday => "Sat",
        time::Weekday::Sunday => "Sun",
    };
    let month = &format!("{:?}", d.month())[..3];
    format!("{weekday}, {:02} {month} {:04} 00:00:00 +0000", d.day(), d.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_rfc_examples() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded);
        }
    }

    #[test]
    fn quoted_printable_keeps_lines_short_and_encodes_what_it_must() {
        assert_eq!(quoted_printable("a=b\ncaf\u{e9} \n"), "a=3Db\r\ncaf=C3=A9=20\r\n");
        assert_eq!(quoted_printable("From here\n.dot"), "=46rom here\r\n=2Edot");
        let long = "\u{627}".repeat(60);
        let encoded = quoted_printable(&long);
        assert!(encoded.split("\r\n").all(|l| l.len() <= 76), "{encoded}");
        assert!(encoded.split("=\r\n").all(|l| !l.ends_with('=')));
        let plain = "a".repeat(200);
        let encoded = quoted_printable(&plain);
        assert!(encoded.split("\r\n").all(|l| l.len() <= 76), "{encoded}");
        assert_eq!(encoded.replace("=\r\n", ""), plain);
        assert_eq!(quoted_printable("a\r\nb\rc"), "a\r\nb=0Dc");
        // After a soft line break too.
        let dot = format!("{}.b From", "a".repeat(75));
        assert_eq!(
            quoted_printable(&dot),
            format!("{}=\r\n=2Eb From", "a".repeat(75))
        );
        let from = format!("{} From", "a".repeat(74));
        assert_eq!(quoted_printable(&from), format!("{} =\r\n=46rom", "a".repeat(74)));
    }

    #[test]
    fn random_text_reads_back_as_a_mail_program_decodes_it_in_short_lines() {
        let alphabet: Vec<char> = "ab F. \t=\né\u{627}~".chars().collect();
        let mut random = crate::test_random::Xorshift::new(0x9e37_0001);
        for _ in 0..2000 {
            let len = random.below(300);
            let text: String = random.text(&alphabet, len);
            let encoded = quoted_printable(&text);
            for line in encoded.split("\r\n") {
                assert!(line.len() <= MAX_LINE, "{line:?} in {encoded:?}");
                assert!(!line.ends_with([' ', '\t']), "{line:?} in {encoded:?}");
                assert!(!line.starts_with(['.', 'F']), "{line:?} in {encoded:?}");
            }
            let message = format!(
                "Content-Type: text/plain; charset=utf-8\r\n\
                 Content-Transfer-Encoding: quoted-printable\r\n\r\n{encoded}"
            );
            let parsed = mail_parser::MessageParser::default()
                .parse(message.as_bytes())
                .unwrap();
            let decoded = parsed.body_text(0).unwrap_or_default().replace("\r\n", "\n");
            assert_eq!(decoded, text, "{encoded:?}");
        }
    }

    #[test]
    fn header_text_outside_ascii_becomes_encoded_words() {
        assert_eq!(encoded_words("Autumn newsletter"), "Autumn newsletter");
        assert_eq!(encoded_words("Zdrowy sen"), "Zdrowy sen");
        assert_eq!(
            encoded_words("Biuletyn — jesień"),
            "=?UTF-8?B?Qml1bGV0eW4g4oCUIGplc2llxYQ=?="
        );
        let long = encoded_words(&"ż".repeat(40));
        assert!(
            long.split(' ')
                .all(|w| w.len() <= 75 && w.starts_with("=?UTF-8?B?"))
        );
    }

    #[test]
    fn dates_are_written_as_rfc_5322_says() {
        let date = Date::from_ymd(2026, 10, 15).unwrap();
        assert_eq!(rfc5322_date(date), "Thu, 15 Oct 2026 00:00:00 +0000");
    }

    #[test]
    fn display_names_are_quoted_or_encoded() {
        assert_eq!(display_name("Safeguarding Board"), "Safeguarding Board");
        assert_eq!(display_name("Board, Redcar"), "\"Board, Redcar\"");
        assert_eq!(display_name("Rada \"A\""), "\"Rada \\\"A\\\"\"");
        assert!(display_name("Łódź").starts_with("=?UTF-8?B?"));
    }
}
