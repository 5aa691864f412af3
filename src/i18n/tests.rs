//! Tests of loading interface text.
use super::*;
use crate::theme::File;

#[test]
fn message_starts_are_the_first_line_defining_each_id() {
    let text = "# comment = not a message\nskip-link = Skip\n    .title = An attribute\n\
                -brand = Lantern\nwelcome =\n    Hello\nskip-link = Again\nskip-links=Many\n\
                indented = no\n  not-a-message = x\n";
    let starts = message_starts(text);
    // The line that defines each id, by a plain search from the top.
    for id in ["skip-link", "-brand", "welcome", "skip-links", "indented"] {
        let line = text
            .split_inclusive('\n')
            .position(|l| {
                l.strip_prefix(id)
                    .is_some_and(|r| r.trim_start().starts_with('='))
            })
            .unwrap();
        let offset: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
        let (at, location) = starts[id];
        assert_eq!(at, offset, "{id}");
        assert_eq!(location, Location::of_offset(text, offset), "{id}");
    }
    assert!(
        !starts.contains_key("not-a-message"),
        "indented lines define nothing"
    );
    assert!(!starts.contains_key("# comment"));
    assert_eq!(starts["skip-link"].1.line, 2, "the first definition");
}

fn file(origin: &str, text: &str) -> File {
    File {
        origin: origin.to_owned(),
        bytes: std::borrow::Cow::Owned(text.as_bytes().to_vec()),
        disk: None,
    }
}

fn locales(files: &[(&str, &str, &str)]) -> (Locales, Vec<String>) {
    let config = Config::parse(
        "title = \"T\"\nbase_url = \"https://e.org\"\nlanguages = [\"en-GB\", \"pl\", \"ur\"]\n",
    )
    .unwrap();
    let theme = Theme {
        locales: files
            .iter()
            .map(|(l, o, t)| ((*l).to_owned(), file(o, t)))
            .collect(),
        ..Theme::default()
    };
    let (l, d) = Locales::load(&theme, &config);
    (
        l,
        d.into_iter()
            .map(|d| format!("{}: {}: {}", d.severity, d.file, d.message))
            .collect(),
    )
}

const EN: &str = "recs = { $count ->\n    [one] {$count} recommendation\n   *[other] {$count} recommendations\n}\nskip = Skip to main content\n";
const PL: &str = "recs = { $count ->\n    [one] {$count} rekomendacja\n    [few] {$count} rekomendacje\n   *[many] {$count} rekomendacji\n}\nskip = Przejdź do treści\n";

#[test]
fn polish_plurals() {
    let (l, d) = locales(&[
        ("en-GB", "en.ftl", EN),
        ("pl", "pl.ftl", PL),
        ("ur", "ur.ftl", "skip = مواد پر جائیں\nrecs = {$count}\n"),
    ]);
    assert!(d.is_empty(), "{d:?}");
    let got: Vec<_> = [1, 2, 5, 22]
        .into_iter()
        .map(|n| {
            let mut args = FluentArgs::new();
            args.set("count", n);
            l.message("pl", "recs", Some(&args))
        })
        .collect();
    assert_eq!(
        got,
        [
            "1 rekomendacja",
            "2 rekomendacje",
            "5 rekomendacji",
            "22 rekomendacje"
        ]
    );
}

#[test]
fn missing_messages_fall_back_and_are_reported() {
    let (l, d) = locales(&[
        ("en-GB", "en.ftl", EN),
        ("pl", "pl.ftl", "skip = Przejdź\nextra = X\n"),
    ]);
    assert_eq!(l.message("pl", "recs", None), "{$count} recommendations");
    assert_eq!(l.message("pl", "nothing", None), "nothing");
    assert_eq!(
        l.all_ids().into_iter().collect::<Vec<_>>(),
        ["extra", "recs", "skip"]
    );
    assert!(
        d.contains(
            &"error: pl.ftl: message `extra` exists in pl but not in the default language en-GB".to_owned()
        ),
        "{d:?}"
    );
    assert!(
        d.iter()
            .any(|m| m.starts_with("warning: pl.ftl: 1 message(s) missing in pl")),
        "{d:?}"
    );
}

#[test]
fn site_messages_override_the_theme() {
    let theme = file("(built-in theme)/locales/en-GB/main.ftl", "skip = Skip\n");
    let site = file("locales/en-GB/site.ftl", "skip = Jump to content\n");
    let config = Config::parse("title = \"T\"\nbase_url = \"https://e.org\"\n").unwrap();
    let t = Theme {
        locales: vec![("en-GB".into(), theme), ("en-GB".into(), site)],
        ..Theme::default()
    };
    let (l, d) = Locales::load(&t, &config);
    assert!(d.is_empty(), "{d:?}");
    assert_eq!(l.message("en-GB", "skip", None), "Jump to content");
}

#[test]
fn a_message_defined_twice_is_an_error_at_its_definition() {
    let config = Config::parse("title = \"T\"\nbase_url = \"https://e.org\"\n").unwrap();
    let theme = Theme {
        locales: vec![(
            "en-GB".into(),
            file(
                "locales/en-GB/site.ftl",
                "# Ours\nskip = Skip\nhome = Home\nskip = Jump\n",
            ),
        )],
        ..Theme::default()
    };
    let (_, d) = Locales::load(&theme, &config);
    let twice: Vec<_> = d
        .iter()
        .filter(|d| d.message.contains("`skip` is defined twice"))
        .collect();
    assert_eq!(twice.len(), 1, "{d:?}");
    let location = twice[0].location.expect("located");
    assert_eq!((location.line, location.column), (2, 1));
}

#[test]
fn syntax_errors_are_located() {
    let (_, d) = locales(&[("en-GB", "en.ftl", "ok = fine\nbroken = { $x\n")]);
    assert!(
        d.iter()
            .any(|m| m.starts_with("error: en.ftl: a `{` is not closed (Fluent: ")),
        "{d:?}"
    );
}

#[test]
fn a_language_without_its_own_folder_uses_its_nearest_relative() {
    let available = ["en-GB", "en-US", "pl", "ur"];
    assert_eq!(source_language("en", available.into_iter()), Some("en-GB"));
    assert_eq!(source_language("en-US", available.into_iter()), Some("en-US"));
    assert_eq!(source_language("pl-PL", available.into_iter()), Some("pl"));
    assert_eq!(source_language("fr", available.into_iter()), None);
}

#[test]
fn a_message_that_leads_back_to_itself_is_an_error_at_its_definition() {
    let config = Config::parse("title = \"T\"\nbase_url = \"https://e.org\"\n").unwrap();
    let text = "ok = Fine { $name }\nloop = Again { loop }\nping = { pong }\npong = { ping }\n";
    let theme = Theme {
        locales: vec![("en-GB".into(), file("locales/en-GB/site.ftl", text))],
        ..Theme::default()
    };
    let (_, d) = Locales::load(&theme, &config);
    let cyclic: Vec<String> = d
        .iter()
        .filter(|d| d.message.contains("refers to itself"))
        .map(|d| {
            format!(
                "{}:{}",
                d.location.unwrap().line,
                d.message.split('`').nth(1).unwrap()
            )
        })
        .collect();
    assert_eq!(cyclic, ["2:loop", "3:ping", "4:pong"]);
}

#[test]
fn a_file_that_is_not_utf8_is_an_error_at_the_first_bad_byte() {
    let config = Config::parse("title = \"T\"\nbase_url = \"https://e.org\"\n").unwrap();
    let mut bytes = b"ok = Fine\nbad = Caf".to_vec();
    bytes.push(0xe9);
    bytes.extend_from_slice(b"\n");
    let theme = Theme {
        locales: vec![(
            "en-GB".into(),
            File {
                origin: "locales/en-GB/site.ftl".to_owned(),
                bytes: std::borrow::Cow::Owned(bytes),
                disk: None,
            },
        )],
        ..Theme::default()
    };
    let (_, d) = Locales::load(&theme, &config);
    let bad = d
        .iter()
        .find(|d| d.message == "the file is not valid UTF-8 text")
        .expect("reported");
    let location = bad.location.unwrap();
    assert_eq!(
        (bad.file.as_str(), location.line, location.column),
        ("locales/en-GB/site.ftl", 2, 10)
    );
}

#[test]
fn a_site_may_name_a_language_cldr_lacks_in_that_language_alone() {
    let config = Config::parse(
        "title = \"T\"\nbase_url = \"https://e.org\"\nlanguages = [\"en-GB\", \"xx\", \"pl\"]\n",
    )
    .unwrap();
    let theme = Theme {
        locales: vec![
            ("en-GB".into(), file("(built-in)/locales/en-GB/lantern.ftl", EN)),
            ("pl".into(), file("(built-in)/locales/pl/lantern.ftl", PL)),
            (
                "xx".into(),
                file("locales/xx/site.ftl", "language-name = Ekspo\nskip = Skipo\n"),
            ),
        ],
        ..Theme::default()
    };
    let (l, d) = Locales::load(&theme, &config);
    assert_eq!(l.language_name("xx"), "Ekspo");
    assert_eq!(l.language_name("pl"), "Polski", "from CLDR");
    assert_eq!(l.language_name("en-GB"), "English");
    assert!(
        !d.iter().any(|d| d.message.contains("language-name")),
        "not a message the default language lacks: {d:?}"
    );
}

#[test]
fn numbers_and_dates_are_written_in_the_languages_own_digits() {
    let config = Config::parse(
        "title = \"T\"\nbase_url = \"https://e.org\"\nlanguages = [\"en-GB\", \"fa\", \"bn\", \"ar\"]\n",
    )
    .unwrap();
    let theme = Theme {
        locales: vec![
            (
                "en-GB".to_owned(),
                file(
                    "en.ftl",
                    "pages = { $n ->\n    [one] { $n } page\n   *[other] { $n } pages\n}\ndate-long = { $day } { $month } { $year }\nmonth-11 = November\n",
                ),
            ),
            (
                "fa".to_owned(),
                file(
                    "fa.ftl",
                    "pages = { $n } صفحه\ndate-long = { $day } { $month } { $year }\nmonth-11 = نوامبر\n",
                ),
            ),
            (
                "bn".to_owned(),
                file(
                    "bn.ftl",
                    "pages = { $n ->\n    [one] { $n }টি পৃষ্ঠা\n   *[other] { $n }টি পৃষ্ঠা\n}\ndate-long = { $day } { $month } { $year }\nmonth-11 = নভেম্বর\n",
                ),
            ),
            (
                "ar".to_owned(),
                file(
                    "ar.ftl",
                    "pages = { $n } صفحات\ndate-long = { $day } { $month } { $year }\nmonth-11 = نوفمبر\n",
                ),
            ),
        ],
        ..Theme::default()
    };
    let (locales, _) = Locales::load(&theme, &config);
    let mut args = FluentArgs::new();
    args.set("n", 12);
    assert_eq!(locales.message("fa", "pages", Some(&args)), "۱۲ صفحه");
    assert_eq!(locales.message("bn", "pages", Some(&args)), "১২টি পৃষ্ঠা");
    // Arabic is written with 0–9 by CLDR's default; English too.
    assert_eq!(locales.message("ar", "pages", Some(&args)), "12 صفحات");
    assert_eq!(locales.message("en-GB", "pages", Some(&args)), "12 pages");
    let date = crate::dates::Date::from_ymd(2026, 11, 26).unwrap();
    assert_eq!(locales.long_date("fa", date), "۲۶ نوامبر ۲۰۲۶");
    assert_eq!(locales.long_date("bn", date), "২৬ নভেম্বর ২০২৬");
    assert_eq!(locales.long_date("en-GB", date), "26 November 2026");
}
