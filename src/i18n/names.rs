//! Language names from Unicode CLDR: each language's name in itself (what
//! the language switcher shows) and in the languages Lantern ships interface
//! text for (what the fallback notice says).
//!
//! The table, `data/language-names.tsv`, is written from CLDR's JSON data by
//! `tools/cldr-data/convert.py` and read once per process; [`super::Locales`]
//! asks it once per language and build.

use std::sync::OnceLock;

use fluent_syntax::ast::Pattern;
use unic_langid::LanguageIdentifier;

/// `in \t of \t name` lines, from CLDR, sorted by `in` and `of`.
const TABLE: &str = include_str!("data/language-names.tsv");

/// The table's rows, as (written in, language named, name), in order:
/// the text is split once per process, and each name is then found by a
/// binary search.
fn table() -> &'static [(&'static str, &'static str, &'static str)] {
    static ROWS: OnceLock<Vec<(&str, &str, &str)>> = OnceLock::new();
    ROWS.get_or_init(|| {
        TABLE
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| {
                let mut fields = line.split('\t');
                Some((fields.next()?, fields.next()?, fields.next()?))
            })
            .collect()
    })
}

/// The name of `of` written in `written_in`, if the table has it.
fn lookup(written_in: &str, of: &str) -> Option<&'static str> {
    let rows = table();
    rows.binary_search_by(|(w, o, _)| (*w, *o).cmp(&(written_in, of)))
        .ok()
        .map(|i| rows[i].2)
}

/// The keys CLDR may know a tag by, most specific first: "pa-Arab-PK" →
/// ["pa-Arab", "pa"]. A tag that is not a language tag has none.
fn keys(tag: &str) -> Vec<String> {
    let Ok(id) = tag.parse::<LanguageIdentifier>() else {
        return Vec::new();
    };
    let language = id.language.as_str().to_owned();
    match id.script {
        Some(script) => vec![format!("{language}-{}", script.as_str()), language],
        None => vec![language],
    }
}

/// The name of language `tag` in itself, as a menu shows it on its own:
/// "Polski", "العربية", "Cymraeg", "ਪੰਜਾਬੀ". `None` when CLDR has no
/// locale for the language.
pub fn autonym(tag: &str) -> Option<String> {
    keys(tag)
        .iter()
        .find_map(|key| lookup(key, key))
        .map(capitalise_first)
}

/// The name of language `of` written in language `written_in`, as it stands
/// inside a sentence ("angielski" in Polish): `None` when the table has no
/// such name (it holds names in the languages Lantern ships).
pub fn name_in(of: &str, written_in: &str) -> Option<&'static str> {
    let (of, written_in) = (keys(of), keys(written_in));
    written_in
        .iter()
        .find_map(|w| of.iter().find_map(|o| lookup(w, o)))
}

/// Whether a message names the page's language or the default one
/// (`{ $page-language }`, `{ $default-language }`), anywhere in it.
pub fn uses_language_names(pattern: &Pattern<&str>) -> bool {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    let named = |e: &InlineExpression<&str>| matches!(e, InlineExpression::VariableReference { id } if matches!(id.name, "page-language" | "default-language"));
    pattern.elements.iter().any(|element| match element {
        PatternElement::Placeable {
            expression: Expression::Inline(e),
        } => named(e),
        PatternElement::Placeable {
            expression: Expression::Select { selector, variants },
        } => named(selector) || variants.iter().any(|v| uses_language_names(&v.value)),
        PatternElement::TextElement { .. } => false,
    })
}

/// "polski" → "Polski": a name shown on its own starts like a sentence.
/// Scripts without case are left as they are.
fn capitalise_first(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_is_named_in_itself() {
        let cases = [
            ("ar", "العربية"),
            ("pl", "Polski"),
            ("ur", "اردو"),
            ("cy", "Cymraeg"),
            ("ro", "Română"),
            ("pa", "ਪੰਜਾਬੀ"),
            ("pa-Arab", "پنجابی"),
            ("en-GB", "English"),
            ("zh-Hans", "简体中文"),
            ("pt-BR", "Português"),
            ("ckb", "کوردیی ناوەندی"),
            ("so", "Soomaali"),
            ("uk", "Українська"),
            ("ti", "ትግርኛ"),
        ];
        for (tag, name) in cases {
            assert_eq!(autonym(tag).as_deref(), Some(name), "{tag}");
        }
    }

    #[test]
    fn the_table_is_in_order_with_one_name_for_each_pair() {
        let rows = table();
        assert!(rows.len() > 4000, "{}", rows.len());
        assert!(rows.windows(2).all(|w| (w[0].0, w[0].1) < (w[1].0, w[1].1)));
    }

    #[test]
    fn a_language_cldr_lacks_has_no_name() {
        assert_eq!(autonym("xx"), None);
        assert_eq!(autonym("not a tag"), None);
    }

    #[test]
    fn a_message_that_names_a_language_is_found_even_inside_a_plural() {
        let text = "a = Not in { $page-language }\nb = { $n ->\n   *[other] in { $default-language }\n}\nc = { $page }\n";
        let resource = fluent_bundle::FluentResource::try_new(text.to_owned()).unwrap();
        let found: Vec<&str> = resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m),
                _ => None,
            })
            .filter(|m| m.value.as_ref().is_some_and(uses_language_names))
            .map(|m| m.id.name)
            .collect();
        assert_eq!(found, ["a", "b"]);
    }

    #[test]
    fn names_inside_sentences_keep_their_case() {
        assert_eq!(name_in("en-GB", "pl"), Some("angielski"));
        assert_eq!(name_in("ar", "en"), Some("Arabic"));
        assert_eq!(name_in("ar", "en-GB"), Some("Arabic"));
        assert_eq!(name_in("cy", "ar"), Some("الويلزية"));
        assert_eq!(name_in("en", "zh-Hans"), Some("英语"));
        assert_eq!(name_in("ar", "xx"), None);
    }
}
