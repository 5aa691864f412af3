//! Pure serialisers: values in, text out, no files and no site. Each
//! format other programs read has one writer here, so the pages that
//! describe a file (its size in a link) and the generators that write it
//! make the same bytes.
//!
//! - [`xml`]: escaping for XML and HTML text
//! - [`html`]: the HTML Lantern writes, read back tag by tag
//! - [`lines`]: content lines as iCalendar and vCard fold them
//! - [`icalendar`]: a training session as an iCalendar file
//! - [`vcard`]: the board's contact card
//! - [`json`]: JSON strings, for the search index
//! - [`json_ld`]: schema.org data for the contact page
//! - [`mime`]: an e-mail message with text and HTML alternatives

pub mod html;
pub mod icalendar;
pub mod json;
pub mod json_ld;
pub mod lines;
pub mod mime;
pub mod vcard;
pub mod xml;

/// A file size in words for link text: "1 KB", "12 KB" (rounded up, so a
/// reader is never surprised by a larger download).
pub fn kilobytes(bytes: usize) -> String {
    format!("{} KB", bytes.div_ceil(1024).max(1))
}

/// The first byte of `bytes` that `special` marks, found by `find`, is
/// the one a byte-by-byte look finds: with every byte value at every
/// place of texts of up to 20 bytes of each of `fillers`, and with
/// `marker` (a special byte) at the end as well. For the escapers'
/// eight-bytes-at-a-time searches.
#[cfg(test)]
pub(crate) fn assert_finds_first_special(
    find: fn(&[u8]) -> Option<usize>,
    special: fn(u8) -> bool,
    fillers: &[u8],
    marker: u8,
) {
    let bytewise = |b: &[u8]| b.iter().position(|&c| special(c));
    for len in 0..=20 {
        for &filler in fillers {
            let mut text = vec![filler; len];
            assert_eq!(find(&text), bytewise(&text), "{filler} x {len}");
            for at in 0..len {
                for byte in 0..=255u8 {
                    text[at] = byte;
                    assert_eq!(find(&text), bytewise(&text), "{byte} at {at} in {filler} x {len}");
                    // A second special byte later must not be found first.
                    if at + 1 < len {
                        text[len - 1] = marker;
                        assert_eq!(find(&text), bytewise(&text), "{byte} at {at}, {marker} last");
                        text[len - 1] = filler;
                    }
                }
                text[at] = filler;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_round_up_to_whole_kilobytes() {
        assert_eq!(kilobytes(0), "1 KB");
        assert_eq!(kilobytes(1024), "1 KB");
        assert_eq!(kilobytes(1025), "2 KB");
    }
}
