//! Tests of reading `site.toml`.
use super::*;

fn errors(text: &str) -> Vec<String> {
    Config::parse(text)
        .err()
        .unwrap_or_default()
        .into_iter()
        .map(|d| {
            let l = d.location.unwrap();
            format!(
                "{}:{}: {} ({})",
                l.line,
                l.column,
                d.message,
                d.hint.unwrap_or_default()
            )
        })
        .collect()
}

const MINIMAL: &str = "title = \"T\"\nbase_url = \"https://example.org/\"\n";

#[test]
fn minimal_config_gets_defaults() {
    let c = Config::parse(MINIMAL).unwrap();
    assert_eq!(c.languages, ["en-GB"]);
    assert_eq!(c.base_url, "https://example.org");
    assert_eq!(c.quick_exit.url, "https://www.bbc.co.uk/weather");
    assert_eq!(c.anonymisation.sections, ["reviews", "briefings"]);
    assert_eq!(c.language_prefix("en-GB"), "");
}

#[test]
fn misspelt_keys_point_at_the_key_with_a_suggestion() {
    let text = format!("{MINIMAL}[contact]\nphonee = \"1\"\n");
    assert_eq!(
        errors(&text),
        ["4:1: unknown key `contact.phonee` (did you mean `phone`?)"]
    );
}

#[test]
fn default_language_must_be_listed() {
    let text = format!("{MINIMAL}default_language = \"pl\"\nlanguages = [\"en-GB\"]\n");
    assert_eq!(
        errors(&text),
        ["3:1: the default language `pl` is not in `languages` (add \"pl\" to languages)"]
    );
}

#[test]
fn missing_title_and_wrong_types_are_reported() {
    assert_eq!(
        errors("base_url = \"https://e.org\"\n"),
        [
            "1:1: the required key `title` is missing (add a line such as: title = \"What is a serious case review?\")"
        ]
    );
    let bad = errors("title = 5\nbase_url = \"https://e.org\"\n");
    assert!(bad[0].starts_with("1:9: wrong kind of value"), "{bad:?}");
}

#[test]
fn syntax_errors_are_located() {
    let bad = errors("title = \"T\nbase_url = 1\n");
    assert!(bad[0].starts_with("1:"), "{bad:?}");
    assert!(bad[0].contains("not valid TOML"), "{bad:?}");
}

#[test]
fn dangerous_addresses_and_nonsense_grades_are_refused_where_they_are_written() {
    for (extra, expected) in [
        (
            "[quick_exit]\nurl = \" javascript:alert(1)\"\n",
            "4:1: [quick_exit] url: `javascript:alert(1)` is not a secure web address (it must start with https://)",
        ),
        (
            "[quick_exit]\nurl = \"data:text/html,hi\"\n",
            "4:1: [quick_exit] url: `data:text/html,hi` is not a secure web address (it must start with https://)",
        ),
        (
            "[quick_exit]\nurl = \"http://www.bbc.co.uk/weather\"\n",
            "4:1: [quick_exit] url: `http://www.bbc.co.uk/weather` is not a secure web address (it must start with https://)",
        ),
        (
            "[contact]\naddress = [\"1 High Road\", \"Redcar\"]\ntown = \"Middlesbrough\"\n",
            "5:1: [contact] town `Middlesbrough` is not one of the `address` lines (write the town as it is written in `address`, or add it there",
        ),
        (
            "[readability]\nmax_grade = nan\n",
            "4:1: [readability] max_grade is NaN, which is not a reading grade",
        ),
        (
            "[readability]\nmax_grade = inf\n",
            "4:1: [readability] max_grade is inf, which is not a reading grade",
        ),
        (
            "[readability]\nmax_grade = -3.0\n",
            "4:1: [readability] max_grade is -3, which is not a reading grade",
        ),
    ] {
        let found = errors(&format!("{MINIMAL}{extra}"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with(expected), "{found:?}");
    }
    let base = errors("title = \"T\"\nbase_url = \"javascript:alert(1)//https://e.org\"\n");
    assert!(
        base[0].starts_with("2:1: `javascript:alert(1)//https://e.org` is not a web address"),
        "{base:?}"
    );
    let tidy = Config::parse(&format!(
        "{MINIMAL}[quick_exit]\nurl = \"  https://www.bbc.co.uk/\tnews \"\n"
    ))
    .unwrap();
    assert_eq!(tidy.quick_exit.url, "https://www.bbc.co.uk/news");
}

#[test]
fn concern_numbers_and_link_are_checked() {
    let bad = errors(&format!(
        "{MINIMAL}[concern]\nfront_door = \"ring the office\"\nlink = \"javascript:alert(1)\"\n"
    ));
    assert_eq!(bad.len(), 2, "{bad:?}");
    assert!(
        bad[0].starts_with("4:1: [concern] front_door: `ring the office` is not a phone number"),
        "{bad:?}"
    );
    assert!(
        bad[1].starts_with("5:1: [concern] link: `javascript:alert(1)` is a `javascript:` address"),
        "{bad:?}"
    );
    let good = Config::parse(&format!(
        "{MINIMAL}[concern]\nfront_door = \"01642 130700\"\nlink = \"/worried/\"\n"
    ))
    .unwrap();
    assert!(good.warnings.is_empty());
    let example = Config::parse(&format!("{MINIMAL}[concern]\nfront_door = \"01632 960001\"\n")).unwrap();
    assert_eq!(example.warnings.len(), 1);
    assert_eq!(example.warnings[0].location.unwrap().line, 4);
}

#[test]
fn the_title_is_translated_only_into_the_sites_languages() {
    let ok =
        format!("{MINIMAL}languages = [\"en-GB\", \"cy\"]\n[title_translations]\ncy = \"Partneriaeth\"\n");
    let config = Config::parse(&ok).unwrap();
    assert_eq!(config.title_translations["cy"], "Partneriaeth");
    let text = format!(
        "{MINIMAL}languages = [\"en-GB\", \"cy\"]\n\n[title_translations]\ncy = \"Partneriaeth\"\nfr = \"Partenariat\"\n"
    );
    assert_eq!(
        errors(&text),
        [
            "7:1: [title_translations] gives the title in `fr`, which is not in `languages` (use one of the codes in `languages` (en-GB, cy), or add \"fr\" to languages)"
        ]
    );
}

#[test]
fn email_from_is_a_mailbox_or_the_contact_address() {
    let text = format!("{MINIMAL}[email]\nfrom = \"Safeguarding Partnership <news@example.org>\"\n");
    let from = Config::parse(&text).unwrap().email_from().unwrap();
    assert_eq!(from.name.as_deref(), Some("Safeguarding Partnership"));
    assert_eq!(from.address, "news@example.org");
    let text = format!("{MINIMAL}[email]\nfrom = \"news@example.org\"\n");
    assert_eq!(Config::parse(&text).unwrap().email_from().unwrap().name, None);
    let text = format!("{MINIMAL}[contact]\norganisation = \"The Board\"\nemail = \"board@example.org\"\n");
    let from = Config::parse(&text).unwrap().email_from().unwrap();
    assert_eq!(from.name.as_deref(), Some("The Board"));
    assert_eq!(from.address, "board@example.org");
    assert_eq!(Config::parse(MINIMAL).unwrap().email_from(), None);
}

#[test]
fn a_from_that_is_no_mailbox_is_an_error_at_its_line() {
    let hint = "write a name and an address, such as \"Safeguarding Partnership <news@example.org>\", or the address alone";
    for (from, why) in [
        (
            "news at example.org",
            "`news at example.org` is not an e-mail address",
        ),
        (
            "Board <news@example.org",
            "the address after `<` is not closed with `>`",
        ),
        (
            "Board\\r\\nBcc: x@y.org <news@example.org>",
            "it holds a line break or another control character",
        ),
        (
            "Board <news@localhost>",
            "`news@localhost` is not an e-mail address",
        ),
    ] {
        let text = format!("{MINIMAL}[email]\nfrom = \"{from}\"\n");
        assert_eq!(
            errors(&text),
            [format!("4:1: [email] from: {why} ({hint})")],
            "{from}"
        );
    }
}
