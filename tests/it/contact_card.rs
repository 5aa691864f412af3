//! The contact card (`/contact.vcf`, vCard 4.0, RFC 6350), opened with two
//! independent parsers (`vcard4` and `ical`) as an address book would open
//! it, and the contact page's schema.org data beside it.

use crate::calendars::ical_value;
use crate::support::SiteTest;

fn built() -> SiteTest {
    let site = SiteTest::fixture("learning").build();
    site.assert_success();
    site
}

#[test]
fn the_contact_card_opens_in_two_independent_parsers_with_the_town_in_its_place() {
    let site = built();
    let text = site.read("contact.vcf");
    let cards = vcard4::parse(&text).unwrap_or_else(|e| panic!("contact.vcf: {e}"));
    assert_eq!(cards.len(), 1);
    let card = &cards[0];
    assert_eq!(card.formatted_name[0].value, "Learning Board; North & South");
    // vcard4 unescapes `\;` before it splits ORG into its units, so the
    // name's own semicolon splits it too; the raw value is checked below.
    assert_eq!(
        card.org[0].value.join(";"),
        "Learning Board; North & South;Business Unit"
    );
    assert_eq!(card.address.len(), 1);
    let address = &card.address[0].value;
    assert_eq!(address.po_box.as_deref().unwrap_or_default(), "");
    assert_eq!(address.extended_address.as_deref().unwrap_or_default(), "");
    assert_eq!(address.street_address.as_deref(), Some("Civic Centre\nHigh Road"));
    assert_eq!(address.locality.as_deref(), Some("Middlesbrough"));
    assert_eq!(address.region.as_deref(), Some("North Yorkshire"));
    assert_eq!(address.postal_code.as_deref(), Some("TS1 2AB"));
    let phone = match &card.tel[0] {
        vcard4::property::TextOrUriProperty::Uri(uri) => uri.value.to_string(),
        vcard4::property::TextOrUriProperty::Text(text) => text.value.clone(),
    };
    assert_eq!(phone, "tel:+441642000111");
    assert_eq!(card.email[0].value, "board@example.org");
    assert_eq!(
        card.url[0].value.to_string(),
        "https://learning.example.org/contact/"
    );

    let mut parser = ical::VcardParser::new(text.as_bytes());
    let contact = parser
        .next()
        .expect("a contact")
        .unwrap_or_else(|e| panic!("contact.vcf: {e}"));
    assert!(parser.next().is_none(), "one contact");
    let (adr, params) = ical_value(&contact.properties, "ADR");
    assert_eq!(
        adr,
        ";;Civic Centre\\nHigh Road;Middlesbrough;North Yorkshire;TS1 2AB;"
    );
    assert_eq!(params, "TYPE=work");
    assert_eq!(ical_value(&contact.properties, "EMAIL").0, "board@example.org");
    assert_eq!(
        ical_value(&contact.properties, "ORG").0,
        "Learning Board\\; North & South;Business Unit"
    );
}

#[test]
fn the_contact_page_data_agrees_with_the_card() {
    let site = built();
    let page = site.read("contact/index.html");
    let start = page
        .find("<script type=\"application/ld+json\">")
        .expect("JSON-LD");
    let json = &page[start..];
    let json = &json[json.find('>').unwrap() + 1..json.find("</script>").unwrap()];
    let data: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(data["address"]["@type"], "PostalAddress");
    assert_eq!(data["address"]["streetAddress"], "Civic Centre, High Road");
    assert_eq!(data["address"]["addressLocality"], "Middlesbrough");
    assert_eq!(data["address"]["addressRegion"], "North Yorkshire");
    assert_eq!(data["address"]["postalCode"], "TS1 2AB");
    // The page itself shows every line, the town included, as written.
    assert!(
        page.contains(
            "<address>Civic Centre<br>High Road<br>Middlesbrough<br>North Yorkshire<br>TS1 2AB</address>"
        ),
        "{page}"
    );
}

#[test]
fn without_a_town_the_last_address_line_is_the_town() {
    let site = SiteTest::with_files(&[
        (
            "site.toml",
            "title = \"T\"\nbase_url = \"https://e.org\"\n[contact]\norganisation = \"Board\"\naddress = [\"West Locality\", \"Daisy Lane\", \"Ormesby\"]\npostcode = \"TS7 9JF\"\n",
        ),
        ("content/_index.md", "+++\ntitle = \"H\"\n+++\n"),
    ])
    .build();
    site.assert_success();
    let cards = vcard4::parse(site.read("contact.vcf")).unwrap();
    let address = &cards[0].address[0].value;
    assert_eq!(
        address.street_address.as_deref(),
        Some("West Locality\nDaisy Lane")
    );
    assert_eq!(address.locality.as_deref(), Some("Ormesby"));
    assert_eq!(address.postal_code.as_deref(), Some("TS7 9JF"));
}

#[test]
fn the_repository_sites_card_has_its_town() {
    let site = SiteTest::fixture_from(env!("CARGO_MANIFEST_DIR")).build();
    site.assert_success();
    let cards = vcard4::parse(site.read("contact.vcf")).unwrap();
    let card = &cards[0];
    assert_eq!(
        card.formatted_name[0].value,
        "Redcar & Cleveland Safeguarding Children Board"
    );
    let address = &card.address[0].value;
    assert_eq!(
        address.street_address.as_deref(),
        Some("West Locality\nDaisy Lane")
    );
    assert_eq!(address.locality.as_deref(), Some("Ormesby"));
    assert_eq!(address.postal_code.as_deref(), Some("TS7 9JF"));
    assert_eq!(card.email[0].value, "safeguarding.board@example.org");
}
