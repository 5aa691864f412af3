//! schema.org `Organization` data for the contact page, as JSON-LD that
//! is safe inside a `<script>` element.

use super::vcard::PostalAddress;
use crate::config::Config;

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
        .map(|p| crate::urls::tel_uri(p).trim_start_matches("tel:").to_owned());
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
        let card = super::super::vcard::vcard(&c, "T", "Hours", "/contact/");
        assert!(
            card.contains("ADR;TYPE=work:;;Civic Centre\\nHigh Road;Redcar;Cleveland;TS1 1AA;\r\n"),
            "{card}"
        );
    }
}
