//! The "Worried about a child?" block every page shows: the numbers to
//! call, from `[concern]` in `site.toml`, or the board's own `[contact]`
//! phone when a site has no `[concern]`, so that no site is without a
//! number. Police 999 is the theme's own.
//!
//! Part of the page context ([`super::context::SiteView`]); the theme lays
//! it out in `partials/concern.html`.

use serde::Serialize;

use crate::config::Config;
use crate::urls::tel_uri;

/// A phone number as written and as a `tel:` link.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Phone {
    /// As people write it: "01642 130700".
    pub text: String,
    /// "tel:+441642130700".
    pub tel: String,
}

impl Phone {
    fn of(number: &str) -> Phone {
        Phone {
            text: number.trim().to_owned(),
            tel: tel_uri(number),
        }
    }
}

/// What templates see as `site.concern`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ConcernView {
    /// The number to call: children's services' front door, or the
    /// board's own phone when the site has no `[concern]`.
    pub phone: Option<Phone>,
    /// Whether `phone` is the board's own number.
    pub is_board: bool,
    /// When `phone` answers, as written in `site.toml`.
    pub hours: Option<String>,
    /// The out-of-hours number.
    pub out_of_hours: Option<Phone>,
    /// The board's own sentence, instead of the theme's.
    pub text: Option<String>,
    /// A page with more about reporting a concern.
    pub link: Option<String>,
    /// The language `hours` and `text` are written in (the default one).
    pub text_lang: String,
}

/// The block's values for `config`.
pub fn view(config: &Config) -> ConcernView {
    let text_lang = config.default_language.clone();
    match &config.concern {
        Some(concern) if concern.front_door.is_some() || concern.out_of_hours.is_some() => ConcernView {
            phone: concern.front_door.as_deref().map(Phone::of),
            is_board: false,
            hours: concern.front_door_hours.clone(),
            out_of_hours: concern.out_of_hours.as_deref().map(Phone::of),
            text: concern.text.clone(),
            link: concern.link.clone(),
            text_lang,
        },
        concern => ConcernView {
            phone: config.contact.phone.as_deref().map(Phone::of),
            is_board: true,
            hours: config.contact.hours.clone(),
            out_of_hours: None,
            text: concern.as_ref().and_then(|c| c.text.clone()),
            link: concern.as_ref().and_then(|c| c.link.clone()),
            text_lang,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "title = \"T\"\nbase_url = \"https://e.org\"\n";

    #[test]
    fn concern_numbers_or_the_boards_phone_stand_in() {
        let with = Config::parse(&format!(
            "{BASE}[contact]\nphone = \"01642 304520\"\n[concern]\nfront_door = \"01642 130700\"\nfront_door_hours = \"Monday to Friday\"\nout_of_hours = \"01642 524552\"\n"
        ))
        .unwrap();
        let view = view(&with);
        assert_eq!(view.phone.unwrap().tel, "tel:+441642130700");
        assert_eq!(view.out_of_hours.unwrap().text, "01642 524552");
        assert!(!view.is_board);
        let without = Config::parse(&format!(
            "{BASE}[contact]\nphone = \"01642 304520\"\nhours = \"9 to 5\"\n"
        ))
        .unwrap();
        let view = super::view(&without);
        assert!(view.is_board);
        assert_eq!(view.phone.unwrap().tel, "tel:+441642304520");
        assert_eq!(view.hours.as_deref(), Some("9 to 5"));
        let nothing = Config::parse(BASE).unwrap();
        assert_eq!(super::view(&nothing).phone, None);
    }
}
