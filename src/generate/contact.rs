//! The board's contact details in forms machines read: `/contact.vcf` (a
//! vCard 4.0 a phone can import), schema.org JSON-LD for the contact page,
//! and the `tel:` address of the phone number. Also a contact page in any
//! language that has no `content/contact.md` (or translation), so the link
//! in every page's footer always leads somewhere.
//!
//! Everything comes from `[contact]` in `site.toml`.

use super::page;
use super::sitemap::Entry;
use super::{Generator, Inputs};
use crate::addresses::{CONTACT_PAGE, VCARD};
use crate::error::{Diagnostic, Error};
use crate::formats::vcard::vcard;
use crate::output::{Sink, output_path};
use crate::site::Site;

/// Languages whose contact page Lantern must make itself.
fn missing_pages(site: &Site) -> Vec<String> {
    site.config
        .languages
        .iter()
        .filter(|l| {
            let url = format!("{}{CONTACT_PAGE}", site.config.language_prefix(l));
            !site.by_url.contains_key(&url)
        })
        .cloned()
        .collect()
}

/// The contact card, and a contact page in each language without one.
pub struct Contact;

impl Generator for Contact {
    /// Writes the vCard, and a contact page in each language without one.
    fn write(&self, inputs: &Inputs<'_>, sink: &dyn Sink) -> Result<Vec<Diagnostic>, Error> {
        let site = inputs.site;
        let default = &site.config.default_language;
        let name = inputs.locales.text_or_message(default, &site.config.title);
        let hours = inputs.locales.message(default, "contact-hours", None);
        sink.put(
            &output_path(VCARD),
            vcard(&site.config, &name, &hours, CONTACT_PAGE).as_bytes(),
        )?;
        let mut diagnostics = Vec::new();
        let missing = missing_pages(site);
        for lang in &missing {
            let title = inputs.locales.message(lang, "footer-contact", None);
            let view = page::view(inputs, lang, CONTACT_PAGE, &missing, title, None, Vec::new());
            diagnostics.extend(page::render(inputs, lang, "contact.html", &view, None, sink)?);
        }
        Ok(diagnostics)
    }
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
                    format!("{}{CONTACT_PAGE}", site.config.language_prefix(l)),
                )
            })
            .collect(),
        lastmod: None,
    }]
}
