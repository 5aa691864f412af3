//! The board's contact details in forms machines read: `/contact.vcf` (a
//! vCard 4.0 a phone can import), schema.org JSON-LD for the contact page,
//! and the `tel:` address of the phone number. Also a contact page in any
//! language that has no `content/contact.md` (or translation), so the link
//! in every page's footer always leads somewhere.
//!
//! Everything comes from `[contact]` in `site.toml`.

use serde::Serialize;

use super::lines::{Lines, escape_text};
use super::page;
use super::sitemap::Entry;
use super::{Inputs, kilobytes};
use crate::config::{Config, Contact};
use crate::error::{Diagnostic, Error};
use crate::render::Sink;
use crate::site::Site;

/// Where the vCard is written.
pub const VCARD_PATH: &str = "contact.vcf";

/// The contact page's path, after the language prefix.
pub const PAGE_PATH: &str = "/contact/";

/// What templates see as `site.contact_card`.
#[derive(Debug, Clone, Serialize)]
pub struct ContactCard {
    /// The phone number as a `tel:` URI, such as "tel:+441642304520".
    pub tel: Option<String>,
    /// The vCard's path.
    pub vcard_url: String,
    /// The vCard's size in words: "1 KB".
    pub vcard_size: String,
    /// schema.org data, JSON escaped for a `<script>` element.
    pub json_ld: String,
}

/// The contact card for `config`; `name` is the site's title, used when
/// there is no organisation.
pub fn card(config: &Config, name: &str, hours_label: &str) -> ContactCard {
    ContactCard {
        tel: config.contact.phone.as_deref().map(tel_uri),
        vcard_url: format!("/{VCARD_PATH}"),
        vcard_size: kilobytes(vcard(config, name, hours_label).len()),
        json_ld: json_ld(config, name),
    }
}

/// A phone number as a `tel:` URI in international form: a UK number
/// starting 0 becomes +44; "00" becomes "+"; short numbers (999, 111) stay.
pub fn tel_uri(phone: &str) -> String {
    // "+44 (0)1642 …": the bracketed 0 is dialled only from inside the UK.
    let digits: String = phone
        .replace("(0)", "")
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    let number = if phone.trim_start().starts_with('+') {
        format!("+{digits}")
    } else if let Some(rest) = digits.strip_prefix("00") {
        format!("+{rest}")
    } else if let Some(rest) = digits.strip_prefix('0') {
        format!("+44{rest}")
    } else {
        digits
    };
    format!("tel:{number}")
}

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

/// The vCard 4.0 of the organisation.
pub fn vcard(config: &Config, name: &str, hours_label: &str) -> String {
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
        lines.raw("TEL;VALUE=uri;TYPE=\"work,voice\"", &tel_uri(phone));
    }
    if let Some(email) = &contact.email {
        lines.text("EMAIL;TYPE=work", email);
    }
    lines.raw("URL", &format!("{}{PAGE_PATH}", config.base_url));
    if let Some(hours) = &contact.hours {
        lines.text("NOTE", &format!("{hours_label}: {hours}"));
    }
    lines.raw("END", "VCARD");
    lines.finish()
}

/// schema.org `Organization` data, safe inside `<script>`: `<`, `>` and
/// `&` are written as JSON escapes, so `</script>` in the data cannot end
/// the element.
pub fn json_ld(config: &Config, name: &str) -> String {
    let contact = &config.contact;
    let mut org = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": contact.organisation.as_deref().unwrap_or(name),
        "url": format!("{}/", config.base_url),
    });
    let phone = contact
        .phone
        .as_deref()
        .map(|p| tel_uri(p).trim_start_matches("tel:").to_owned());
    if let Some(phone) = &phone {
        org["telephone"] = phone.clone().into();
    }
    if let Some(email) = &contact.email {
        org["email"] = email.clone().into();
    }
    if !contact.address.is_empty() || contact.postcode.is_some() {
        let mut address = serde_json::json!({ "@type": "PostalAddress" });
        let parts = PostalAddress::of(contact);
        if !parts.street.is_empty() {
            address["streetAddress"] = parts.street.join(", ").into();
        }
        if let Some(town) = parts.locality {
            address["addressLocality"] = town.into();
        }
        if !parts.region.is_empty() {
            address["addressRegion"] = parts.region.join(", ").into();
        }
        if let Some(postcode) = &contact.postcode {
            address["postalCode"] = postcode.clone().into();
        }
        org["address"] = address;
    }
    if let Some(team) = &contact.team {
        let mut point = serde_json::json!({ "@type": "ContactPoint", "contactType": team });
        if let Some(phone) = &phone {
            point["telephone"] = phone.clone().into();
        }
        if let Some(email) = &contact.email {
            point["email"] = email.clone().into();
        }
        point["availableLanguage"] = config.languages.clone().into();
        org["contactPoint"] = point;
    }
    let json = serde_json::to_string(&org).unwrap_or_default();
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// Languages whose contact page Lantern must make itself.
fn missing_pages(site: &Site) -> Vec<String> {
    site.config
        .languages
        .iter()
        .filter(|l| {
            let url = format!("{}{PAGE_PATH}", site.config.language_prefix(l));
            !site.by_url.contains_key(&url)
        })
        .cloned()
        .collect()
}

/// Writes the vCard, and a contact page in each language without one.
pub fn write(inputs: &Inputs<'_>, sink: &dyn Sink) -> Result<Vec<Diagnostic>, Error> {
    let site = inputs.site;
    let default = &site.config.default_language;
    let name = inputs.locales.text_or_message(default, &site.config.title);
    let hours = inputs.locales.message(default, "contact-hours", None);
    sink.put(VCARD_PATH, vcard(&site.config, &name, &hours).as_bytes())?;
    let mut diagnostics = Vec::new();
    let missing = missing_pages(site);
    for lang in &missing {
        let title = inputs.locales.message(lang, "footer-contact", None);
        let view = page::view(inputs, lang, PAGE_PATH, &missing, title, None, Vec::new());
        diagnostics.extend(page::render(
            inputs,
            lang,
            "contact.html",
            &view,
            tera::Context::new(),
            sink,
        )?);
    }
    Ok(diagnostics)
}

/// The generated contact pages, if any, for the sitemap.
pub fn sitemap_entries(site: &Site) -> Vec<Entry> {
    let missing = missing_pages(site);
    if missing.is_empty() {
        return Vec::new();
    }
    vec![Entry {
        versions: missing
            .iter()
            .map(|l| {
                (
                    l.clone(),
                    format!("{}{PAGE_PATH}", site.config.language_prefix(l)),
                )
            })
            .collect(),
        lastmod: None,
    }]
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
    fn phone_numbers_become_international_tel_uris() {
        for (phone, uri) in [
            ("01642 304520", "tel:+441642304520"),
            ("+44 (0)1642 304520", "tel:+441642304520"),
            ("0044 1642 304520", "tel:+441642304520"),
            ("999", "tel:999"),
        ] {
            assert_eq!(tel_uri(phone), uri, "{phone}");
        }
    }

    #[test]
    fn json_ld_cannot_close_the_script_element() {
        let c = config("organisation = \"A </script><script>alert(1)</script> & B\"\n");
        let json = json_ld(&c, "T");
        assert!(
            !json.contains('<') && !json.contains('>') && !json.contains('&'),
            "{json}"
        );
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back["name"], "A </script><script>alert(1)</script> & B");
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
    fn json_ld_names_street_town_county_and_postcode() {
        let c = config(
            "address = [\"Civic Centre\", \"High Road\", \"Redcar\", \"Cleveland\"]\ntown = \"Redcar\"\npostcode = \"TS1 1AA\"\n",
        );
        let back: serde_json::Value = serde_json::from_str(&json_ld(&c, "T")).unwrap();
        assert_eq!(
            back["address"],
            serde_json::json!({
                "@type": "PostalAddress",
                "streetAddress": "Civic Centre, High Road",
                "addressLocality": "Redcar",
                "addressRegion": "Cleveland",
                "postalCode": "TS1 1AA",
            })
        );
        let card = vcard(&c, "T", "Hours");
        assert!(
            card.contains("ADR;TYPE=work:;;Civic Centre\\nHigh Road;Redcar;Cleveland;TS1 1AA;\r\n"),
            "{card}"
        );
    }

    #[test]
    fn vcard_escapes_and_uses_crlf() {
        let c = config(
            "organisation = \"Board; North, South\"\naddress = [\"1 Lane\", \"Town\"]\npostcode = \"TS1 1AA\"\nphone = \"01642 304520\"\n",
        );
        let card = vcard(&c, "T", "Hours");
        assert!(card.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\n"), "{card}");
        assert!(card.contains("FN:Board\\; North\\, South\r\n"), "{card}");
        assert!(
            card.contains("ADR;TYPE=work:;;1 Lane;Town;;TS1 1AA;\r\n"),
            "{card}"
        );
        assert!(!card.replace("\r\n", "").contains('\n'), "{card}");
    }
}
