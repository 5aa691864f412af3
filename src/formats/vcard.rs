//! The board's contact card as a vCard 4.0 (RFC 6350) a phone can import,
//! from `[contact]` in `site.toml`.

use super::lines::{Lines, escape_text};
use crate::config::{Config, Contact};

/// The `[contact] address` lines in the parts address books and
/// schema.org name.
#[derive(Debug, PartialEq, Eq)]
pub struct PostalAddress<'a> {
    /// The lines before the town: building and street.
    pub street: Vec<&'a str>,
    /// The town.
    pub locality: Option<&'a str>,
    /// The lines after the town: a county, say.
    pub region: Vec<&'a str>,
}

impl<'a> PostalAddress<'a> {
    /// Splits the address at the town: the line `town` names (trimmed
    /// lines compared), or else the last line of two or more. A single line
    /// without a `town` is the street.
    pub fn of(contact: &'a Contact) -> PostalAddress<'a> {
        let lines: Vec<&str> = contact.address.iter().map(|l| l.trim()).collect();
        let at = match &contact.town {
            Some(town) => lines.iter().position(|l| *l == town.trim()),
            None if lines.len() >= 2 => Some(lines.len() - 1),
            None => None,
        };
        match at {
            Some(at) => PostalAddress {
                street: lines[..at].to_vec(),
                locality: Some(lines[at]),
                region: lines[at + 1..].to_vec(),
            },
            None => PostalAddress {
                street: lines,
                locality: None,
                region: Vec::new(),
            },
        }
    }
}

/// The vCard 4.0 of the organisation; `name` is the site's title, used
/// when there is no organisation, and `page_url` the contact page's path.
pub fn vcard(config: &Config, name: &str, hours_label: &str, page_url: &str) -> String {
    let contact = &config.contact;
    let org = contact.organisation.as_deref().unwrap_or(name);
    let mut lines = Lines::default();
    lines.raw("BEGIN", "VCARD").raw("VERSION", "4.0");
    lines.raw("KIND", "org");
    lines.text("FN", org);
    let mut units = vec![escape_text(org)];
    units.extend(contact.team.as_deref().map(escape_text));
    lines.raw("ORG", &units.join(";"));
    if !contact.address.is_empty() || contact.postcode.is_some() {
        let parts = PostalAddress::of(contact);
        // Post-office box; extended address; street; locality; region;
        // postal code; country (RFC 6350 §6.3.1). The extended address is
        // left empty, as the RFC advises: a building's name is a line of
        // the street.
        let fields = [
            String::new(),
            String::new(),
            escape_text(&parts.street.join("\n")),
            escape_text(parts.locality.unwrap_or_default()),
            escape_text(&parts.region.join(", ")),
            escape_text(contact.postcode.as_deref().unwrap_or_default()),
            String::new(),
        ];
        lines.raw("ADR;TYPE=work", &fields.join(";"));
    }
    if let Some(phone) = &contact.phone {
        lines.raw("TEL;VALUE=uri;TYPE=\"work,voice\"", &crate::urls::tel_uri(phone));
    }
    if let Some(email) = &contact.email {
        lines.text("EMAIL;TYPE=work", email);
    }
    lines.raw("URL", &format!("{}{page_url}", config.base_url));
    if let Some(hours) = &contact.hours {
        lines.text("NOTE", &format!("{hours_label}: {hours}"));
    }
    lines.raw("END", "VCARD");
    lines.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(contact: &str) -> Config {
        Config::parse(&format!(
            "title = \"T\"\nbase_url = \"https://e.org\"\n[contact]\n{contact}"
        ))
        .unwrap()
    }

    #[test]
    fn the_address_splits_at_the_town() {
        let split = |contact: &str| {
            let c = config(contact);
            let parts = PostalAddress::of(&c.contact);
            (
                parts.street.join("|"),
                parts.locality.unwrap_or("-").to_owned(),
                parts.region.join("|"),
            )
        };
        let cases = [
            ("address = [\"A\", \"B\", \"Ormesby\"]", ("A|B", "Ormesby", "")),
            ("address = [\"Town Hall\"]", ("Town Hall", "-", "")),
            ("address = []", ("", "-", "")),
            (
                "address = [\"A\", \" Redcar \", \"Cleveland\"]\ntown = \"Redcar\"",
                ("A", "Redcar", "Cleveland"),
            ),
            ("address = [\"Redcar\"]\ntown = \"Redcar\"", ("", "Redcar", "")),
        ];
        for (contact, (street, town, region)) in cases {
            assert_eq!(
                split(contact),
                (street.into(), town.into(), region.into()),
                "{contact}"
            );
        }
    }

    #[test]
    fn vcard_escapes_and_uses_crlf() {
        let c = config(
            "organisation = \"Board; North, South\"\naddress = [\"1 Lane\", \"Town\"]\npostcode = \"TS1 1AA\"\nphone = \"01642 304520\"\n",
        );
        let card = vcard(&c, "T", "Hours", "/contact/");
        assert!(card.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\n"), "{card}");
        assert!(card.contains("FN:Board\\; North\\, South\r\n"), "{card}");
        assert!(
            card.contains("ADR;TYPE=work:;;1 Lane;Town;;TS1 1AA;\r\n"),
            "{card}"
        );
        assert!(!card.replace("\r\n", "").contains('\n'), "{card}");
    }

    #[test]
    fn the_card_links_to_the_contact_page() {
        let card = vcard(&config(""), "T", "Hours", "/contact/");
        assert!(card.contains("URL:https://e.org/contact/\r\n"), "{card}");
    }
}
