//! Tests of the interface text Lantern ships (`locales/<lang>/*.ftl`):
//! each language says whether a translator has checked it, has every
//! message, and has a variant for every plural category of its language,
//! chosen for a real number of that category.

use std::collections::BTreeSet;
use std::path::Path;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use unic_langid::LanguageIdentifier;

/// Each shipped language's CLDR plural categories (as Fluent's rules,
/// CLDR 37, choose them), each with a number that falls in it.
const PLURALS: &[(&str, &[(&str, f64)])] = &[
    ("en-GB", &[("one", 1.0), ("other", 2.0)]),
    (
        "cy",
        &[
            ("zero", 0.0),
            ("one", 1.0),
            ("two", 2.0),
            ("few", 3.0),
            ("many", 6.0),
            ("other", 7.0),
        ],
    ),
    (
        "ar",
        &[
            ("zero", 0.0),
            ("one", 1.0),
            ("two", 2.0),
            ("few", 3.0),
            ("many", 11.0),
            ("other", 100.0),
        ],
    ),
    (
        "pl",
        &[("one", 1.0), ("few", 22.0), ("many", 5.0), ("other", 1.5)],
    ),
    ("ro", &[("one", 1.0), ("few", 19.0), ("other", 20.0)]),
    ("ur", &[("one", 1.0), ("other", 2.0)]),
    ("pa", &[("one", 0.0), ("other", 2.0)]),
    ("bn", &[("one", 1.0), ("other", 2.0)]),
    ("gu", &[("one", 1.0), ("other", 2.0)]),
    ("pt", &[("one", 1.0), ("other", 2.0)]),
    ("es", &[("one", 1.0), ("other", 2.0)]),
    (
        "lt",
        &[("one", 21.0), ("few", 2.0), ("many", 0.5), ("other", 10.0)],
    ),
    ("so", &[("one", 1.0), ("other", 2.0)]),
    (
        "uk",
        &[("one", 21.0), ("few", 3.0), ("many", 11.0), ("other", 1.5)],
    ),
    ("fa", &[("one", 1.0), ("other", 2.0)]),
    ("zh-Hans", &[("other", 1.0)]),
];

fn shipped() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut found = Vec::new();
    for dir in std::fs::read_dir(&root).unwrap().flatten() {
        let lang = dir.file_name().to_string_lossy().into_owned();
        let mut text = String::new();
        let mut files: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|f| f.path())
            .collect();
        files.sort();
        for file in files.iter().filter(|f| f.extension().is_some_and(|e| e == "ftl")) {
            text.push_str(&std::fs::read_to_string(file).unwrap());
            text.push('\n');
        }
        found.push((lang, text));
    }
    found.sort();
    found
}

fn ids(text: &str) -> BTreeSet<String> {
    let resource = FluentResource::try_new(text.to_owned()).unwrap();
    resource
        .entries()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_shipped_language_is_complete_and_says_who_checked_it() {
    let languages = shipped();
    let english = &languages.iter().find(|(l, _)| l == "en-GB").unwrap().1;
    let expected = ids(english);
    let mut names: Vec<&str> = languages.iter().map(|(l, _)| l.as_str()).collect();
    names.sort_unstable();
    let mut listed: Vec<&str> = PLURALS.iter().map(|(l, _)| *l).collect();
    listed.sort_unstable();
    assert_eq!(
        names, listed,
        "every shipped language has its plural samples here"
    );
    for (lang, text) in &languages {
        assert!(
            super::translator_checked(text).is_some(),
            "{lang}: the header says whether a professional translator has checked it"
        );
        assert!(FluentResource::try_new(text.clone()).is_ok(), "{lang}: syntax");
        let own = ids(text);
        let missing: Vec<_> = expected.difference(&own).collect();
        let extra: Vec<_> = own.difference(&expected).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang}: missing {missing:?}, extra {extra:?}"
        );
    }
}

/// The first text of a pattern, trimmed: enough to tell variants apart.
fn first_text(pattern: &Pattern<&str>) -> String {
    pattern
        .elements
        .iter()
        .find_map(|e| match e {
            PatternElement::TextElement { value } if !value.trim().is_empty() => {
                Some(value.trim().to_owned())
            }
            _ => None,
        })
        .unwrap_or_default()
}

#[test]
fn every_plural_category_of_each_language_has_its_own_variant() {
    for (lang, text) in shipped() {
        let (_, samples) = PLURALS.iter().find(|(l, _)| *l == lang).unwrap();
        let langid: LanguageIdentifier = lang.parse().unwrap();
        // The rules are by language, as Fluent finds them.
        let language = LanguageIdentifier::from_parts(langid.language, None, None, &[]);
        let rules =
            intl_pluralrules::PluralRules::create(language, intl_pluralrules::PluralRuleType::CARDINAL)
                .unwrap();
        let categories: BTreeSet<String> = samples
            .iter()
            .map(|(category, n)| {
                let chosen = format!("{:?}", rules.select(*n).unwrap()).to_lowercase();
                assert_eq!(&chosen, category, "{lang}: {n} is {category}");
                chosen
            })
            .collect();
        let resource = FluentResource::try_new(text.clone()).unwrap();
        let mut bundle = FluentBundle::new(vec![langid]);
        bundle.set_use_isolating(false);
        bundle
            .add_resource(FluentResource::try_new(text.clone()).unwrap())
            .unwrap();
        let mut plural_messages = 0;
        for entry in resource.entries() {
            let Entry::Message(message) = entry else { continue };
            let Some(pattern) = &message.value else { continue };
            for element in &pattern.elements {
                let PatternElement::Placeable {
                    expression: Expression::Select { selector, variants },
                } = element
                else {
                    continue;
                };
                let InlineExpression::VariableReference { id } = selector else {
                    continue;
                };
                plural_messages += 1;
                let keys: BTreeSet<String> = variants
                    .iter()
                    .filter_map(|v| match &v.key {
                        VariantKey::Identifier { name } => Some((*name).to_owned()),
                        VariantKey::NumberLiteral { .. } => None,
                    })
                    .collect();
                assert_eq!(
                    keys, categories,
                    "{lang}: {} has a variant for each category",
                    message.id.name
                );
                for (category, n) in *samples {
                    let variant = variants
                        .iter()
                        .find(|v| matches!(&v.key, VariantKey::Identifier { name } if name == category))
                        .unwrap();
                    let mut args = FluentArgs::new();
                    args.set(id.name, *n);
                    // The one other value a plural message is given: the
                    // query that search found so many pages for.
                    args.set("query", "x");
                    let mut errors = Vec::new();
                    let shown = bundle.format_pattern(
                        bundle.get_message(message.id.name).unwrap().value().unwrap(),
                        Some(&args),
                        &mut errors,
                    );
                    assert!(errors.is_empty(), "{lang}: {}: {errors:?}", message.id.name);
                    let expected = first_text(&variant.value);
                    assert!(
                        shown.contains(&expected),
                        "{lang}: {} with {n} ({category}) shows {shown:?}, not the {category} variant {expected:?}",
                        message.id.name
                    );
                }
            }
        }
        assert!(plural_messages >= 6, "{lang}: {plural_messages} plural messages");
    }
}

#[test]
fn right_to_left_interface_text_holds_no_latin_word() {
    // Only the quick-exit countdown names the key as it is printed on the
    // keyboard ("Shift"); it is read out from an attribute, not shown.
    for (lang, text) in shipped()
        .into_iter()
        .filter(|(l, _)| super::direction(l) == "rtl")
    {
        let resource = FluentResource::try_new(text.clone()).unwrap();
        for entry in resource.entries() {
            let Entry::Message(message) = entry else { continue };
            if message.id.name == "quick-exit-press" {
                continue;
            }
            let source = &text[..];
            let line = source
                .lines()
                .find(|l| l.starts_with(&format!("{} =", message.id.name)))
                .unwrap_or_default();
            let latin = line
                .split_once('=')
                .map(|(_, value)| value)
                .unwrap_or_default()
                .split(|c: char| !c.is_ascii_alphabetic() && c != '$' && c != '-')
                .any(|w| w.len() >= 2 && !w.starts_with('$') && w.chars().all(|c| c.is_ascii_alphabetic()));
            assert!(!latin, "{lang}: {line}");
        }
    }
}
