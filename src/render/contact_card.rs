//! What templates see as `site.contact_card`: the board's phone number as
//! a `tel:` address, the contact card's address and size, and schema.org
//! data, from `[contact]` in `site.toml`. The card itself is
//! [`crate::formats::vcard`]'s, written by the contact generator.

use serde::Serialize;

use crate::addresses::{CONTACT_PAGE, VCARD};
use crate::config::Config;
use crate::formats::json_ld::json_ld;
use crate::formats::kilobytes;
use crate::formats::vcard::vcard;
use crate::urls::tel_uri;

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
        vcard_url: VCARD.to_owned(),
        vcard_size: kilobytes(vcard(config, name, hours_label, CONTACT_PAGE).len()),
        json_ld: json_ld(config, name),
    }
}
