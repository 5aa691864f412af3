//! Which way a language is written, from its script: the script a tag
//! names ("pa-Arab"), else the language's likely script from CLDR's likely
//! subtags ("ckb" → Arabic script, "dv" → Thaana, "pa" → Gurmukhi), as the
//! `unic-langid` crate finds it.
//!
//! Asked for every page (its `dir`), so the answers are kept per tag.

use std::collections::HashMap;
use std::sync::{OnceLock, PoisonError, RwLock};

use unic_langid::{CharacterDirection, LanguageIdentifier};

/// `"rtl"` for a language written right to left, `"ltr"` for the rest (and
/// for anything that is not a language tag).
pub fn direction(lang: &str) -> &'static str {
    static KNOWN: OnceLock<RwLock<HashMap<String, &'static str>>> = OnceLock::new();
    let known = KNOWN.get_or_init(RwLock::default);
    if let Some(dir) = known.read().unwrap_or_else(PoisonError::into_inner).get(lang) {
        return dir;
    }
    let dir = of_script(lang);
    known
        .write()
        .unwrap_or_else(PoisonError::into_inner)
        .insert(lang.to_owned(), dir);
    dir
}

/// The direction of `lang`'s script, found afresh.
fn of_script(lang: &str) -> &'static str {
    let Ok(mut id) = lang.parse::<LanguageIdentifier>() else {
        return "ltr";
    };
    if id.script.is_none() {
        id.maximize();
    }
    match id.character_direction() {
        CharacterDirection::RTL => "rtl",
        _ => "ltr",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_to_left_by_script() {
        for lang in [
            "ar", "ar-EG", "ur", "fa", "he", "ps", "ckb", "sd", "dv", "ug", "ks", "pa-Arab", "yi", "syr",
            "ku-Arab", "az-Arab",
        ] {
            assert_eq!(direction(lang), "rtl", "{lang}");
        }
    }

    #[test]
    fn left_to_right_by_script() {
        for lang in [
            "en-GB",
            "pl",
            "pa",
            "cy",
            "ur-Latn",
            "sd-Deva",
            "ks-Deva",
            "ku",
            "az",
            "so",
            "bn",
            "zh-Hans",
            "",
            "not a tag",
        ] {
            assert_eq!(direction(lang), "ltr", "{lang}");
        }
    }
}
