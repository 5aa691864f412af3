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
