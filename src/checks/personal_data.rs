//! The anonymisation guard: personal data in a review or briefing is an
//! error, so a name, address or date of birth is never published by mistake;
//! on every other page it is a warning, so that nothing passes unseen.
//!
//! Part of the checks stage. The detectors are in [`super::anonymise`]; this
//! module decides how much a finding weighs (an error in the top-level
//! sections listed in `[anonymisation] sections`, a warning elsewhere), builds their word lists from site.toml (the
//! `allow` list plus the board's own `[contact]` details, which are public)
//! and turns each finding into a diagnostic at its line and column. It scans
//! the raw text of the file, front matter and body together, so a title, a
//! recommendation or a progress note is covered as well as the summary.

use std::sync::{Arc, Mutex};

use super::anonymise::{self, Language, PersonalData, Rules};
use crate::config::Config;
use crate::content::Document;
use crate::error::{Diagnostic, Severity};

/// The rules for `config`: its `deny` list, and its `allow` list with the
/// board's own phone number, postcode, address lines and e-mail address.
pub fn rules(config: &Config) -> Rules {
    let (deny, allow) = word_lists(config);
    Rules::new(deny.to_vec(), allow.cloned().collect())
}

/// The `deny` and `allow` lists [`rules`] is built from, borrowed from
/// `config`.
fn word_lists(config: &Config) -> (&[String], impl Iterator<Item = &String> + Clone) {
    let contact = &config.contact;
    let concern = config.concern.as_ref();
    let allow = config
        .anonymisation
        .allow
        .iter()
        .chain(&contact.address)
        .chain(
            [&contact.postcode, &contact.phone, &contact.email]
                .into_iter()
                .flatten(),
        )
        // The numbers to call when worried about a child are public too.
        .chain(concern.and_then(|c| c.front_door.as_ref()))
        .chain(concern.and_then(|c| c.out_of_hours.as_ref()))
        .filter(|entry| !entry.trim().is_empty());
    (&config.anonymisation.deny, allow)
}

/// [`rules`] for `config`, compiled once and reused while the word lists
/// stay the same (every document of a build, and every rebuild of `serve`).
/// Telling that they are the same copies nothing.
pub fn rules_cached(config: &Config) -> Arc<Rules> {
    type Cached = (Vec<String>, Vec<String>, Arc<Rules>);
    static CACHE: Mutex<Option<Cached>> = Mutex::new(None);
    let (deny, allow) = word_lists(config);
    let mut cache = CACHE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((cached_deny, cached_allow, rules)) = cache.as_ref()
        && cached_deny == deny
        && cached_allow.iter().eq(allow.clone())
    {
        return Arc::clone(rules);
    }
    let rules = Arc::new(rules(config));
    *cache = Some((deny.to_vec(), allow.cloned().collect(), Arc::clone(&rules)));
    rules
}

/// Whether `doc` is in one of the anonymised sections (by its top-level
/// folder under content/), where a finding is an error.
pub fn applies_to(doc: &Document, config: &Config) -> bool {
    let top = doc.path.section.split('/').next().unwrap_or_default();
    !top.is_empty() && config.anonymisation.sections.iter().any(|s| s == top)
}

/// Every piece of personal data in `doc`, front matter and body, each
/// reported with `severity` ([`applies_to`] says which fits).
pub fn check(doc: &Document, rules: &Rules, severity: Severity) -> Vec<Diagnostic> {
    let language = if doc.path.lang.starts_with("en") {
        Language::English
    } else {
        Language::Other
    };
    // A training session's venue and booking address are there to be public.
    let public: Vec<&str> = [
        doc.front.location.as_deref(),
        doc.front.booking.as_ref().map(|b| b.get_ref().as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    anonymise::scan_in(&doc.text, rules, language)
        .into_iter()
        .filter(|finding| !public.iter().any(|p| p.contains(finding.text.as_str())))
        .map(|finding| {
            let place = if finding.range.start < doc.body_start {
                "in the front matter"
            } else {
                "in the text"
            };
            let text = finding.text.split_whitespace().collect::<Vec<_>>().join(" ");
            let message = format!("personal data {place}: {} \"{text}\"", finding.kind.label());
            let diagnostic = match severity {
                Severity::Error => Diagnostic::error("anonymisation", &doc.file, message),
                Severity::Warning => Diagnostic::warning("anonymisation", &doc.file, message),
            };
            diagnostic
                .at(&doc.text, finding.range)
                .with_hint(hint(finding.kind))
                .with_category(finding.kind.category())
        })
        .collect()
}

/// The detector's fix, and how to let through what is not personal.
fn hint(kind: PersonalData) -> String {
    let fix = kind.hint();
    // A deny entry is there on purpose; other detectors can be mistaken.
    if fix.contains("allow") || kind == PersonalData::DeniedTerm {
        fix.to_owned()
    } else {
        format!("{fix}; if it is not personal data, add it to `allow` under [anonymisation] in site.toml")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::path;

    fn config(extra: &str) -> Config {
        Config::parse(&format!("title = \"T\"\nbase_url = \"https://e.org\"\n{extra}")).unwrap()
    }

    fn doc(config: &Config, file: &str, text: &str) -> Document {
        let rel = file.strip_prefix("content/").unwrap();
        Document::parse(file, text.to_owned(), path::parse(rel, config).unwrap()).unwrap()
    }

    fn found(config: &Config, text: &str) -> Vec<String> {
        let d = doc(config, "content/reviews/x.md", text);
        check(&d, &rules(config), Severity::Error)
            .into_iter()
            .map(|d| {
                let l = d.location.unwrap();
                format!("{}:{}: {}", l.line, l.column, d.message)
            })
            .collect()
    }

    /// Every page is scanned: in the listed sections a finding is an
    /// error, elsewhere a warning, and the board's own details stay quiet.
    #[test]
    fn pages_outside_the_listed_sections_give_warnings() {
        let c = config("[contact]\nphone = \"01642 304520\"\n[anonymisation]\nsections = [\"reviews\"]\n");
        let text = "+++\ntitle = \"T\"\n+++\nBaby Lily was born on 3 March 2026 at 12 Daisy Lane. Call us on 01642 304520.\n";
        let d = doc(&c, "content/newsletters/x.md", text);
        assert!(!applies_to(&d, &c));
        let found: Vec<(Severity, Option<&str>)> = check(&d, &rules(&c), Severity::Warning)
            .into_iter()
            .map(|d| (d.severity, d.category))
            .collect();
        assert_eq!(
            found,
            [
                (Severity::Warning, Some("name")),
                (Severity::Warning, Some("date-of-birth")),
                (Severity::Warning, Some("address")),
            ]
        );
    }

    /// A training session's venue and booking address are public.
    #[test]
    fn a_training_sessions_venue_and_booking_address_are_quiet() {
        let c = config("");
        let text = "+++\ntitle = \"T\"\nlocation = \"Jubilee House, 12 High Street, TS7 9JF\"\nbooking = \"training@example.org\"\n+++\nBook at training@example.org; ask for Mrs Kowalska.\n";
        let d = doc(&c, "content/training/x.md", text);
        let found: Vec<String> = check(&d, &rules(&c), Severity::Warning)
            .into_iter()
            .map(|d| d.message)
            .collect();
        assert_eq!(
            found,
            ["personal data in the text: a person's name \"Mrs Kowalska\""]
        );
    }

    /// A board lets through a name it means to publish with `allow`; an
    /// allowed name covers every mention that overlaps it.
    #[test]
    fn names_are_errors_unless_allowed() {
        let text = "+++\ntitle = \"T\"\n+++\nThe chair, Jane Smith, thanked Tyler's mother. Ms Smith wrote the foreword.\n";
        assert_eq!(
            found(&config(""), text),
            [
                "4:12: personal data in the text: a person's name \"Jane Smith\"",
                "4:32: personal data in the text: a person's name \"Tyler\"",
                "4:48: personal data in the text: a person's name \"Ms Smith\"",
            ]
        );
        assert_eq!(
            found(&config("[anonymisation]\nallow = [\"Jane Smith\"]\n"), text),
            [
                "4:32: personal data in the text: a person's name \"Tyler\"",
                "4:48: personal data in the text: a person's name \"Ms Smith\"",
            ]
        );
        assert_eq!(
            found(&config("[anonymisation]\nallow = [\"Smith\", \"Tyler\"]\n"), text),
            Vec::<String>::new()
        );
        let d = doc(&config(""), "content/reviews/x.md", text);
        let hint = check(&d, &rules(&config("")), Severity::Error)[0]
            .hint
            .clone()
            .unwrap();
        assert!(
            hint.starts_with("use the anonymised form the review uses, such as Child D or 'her mother'"),
            "{hint}"
        );
    }

    #[test]
    fn the_listed_top_level_sections_give_errors() {
        let c = config("[anonymisation]\nsections = [\"reviews\"]\n");
        let page = "+++\ntitle = \"T\"\n+++\n";
        assert!(applies_to(&doc(&c, "content/reviews/a.md", page), &c));
        assert!(applies_to(&doc(&c, "content/reviews/old/a.md", page), &c));
        assert!(!applies_to(&doc(&c, "content/briefings/a.md", page), &c));
        assert!(!applies_to(&doc(&c, "content/reviews.md", page), &c));
        assert!(!applies_to(&doc(&c, "content/_index.md", page), &c));
    }

    #[test]
    fn front_matter_and_body_are_located_in_the_file() {
        let c = config("");
        let text = "+++\ntitle = \"They lived at 12 Daisy Lane\"\n[[recommendations]]\nid = \"R1\"\ntext = \"Call 01642 304521\"\nstatus = \"complete\"\n+++\n\nChild D was born on 3 March 2019.\n";
        assert_eq!(
            found(&c, text),
            [
                "2:24: personal data in the front matter: a street address \"12 Daisy Lane\"",
                "5:14: personal data in the front matter: a phone number \"01642 304521\"",
                "9:21: personal data in the text: a date of birth \"3 March 2019\"",
            ]
        );
    }

    #[test]
    fn the_boards_contact_details_and_allow_entries_are_not_findings() {
        let c = config(
            "[contact]\naddress = [\"West Locality\", \"Daisy Lane\"]\npostcode = \"TS7 9JF\"\nphone = \"01642 304520\"\nemail = \"board@example.org\"\n[anonymisation]\nallow = [\"Oak House\"]\ndeny = [\"Kowalski\"]\n",
        );
        let text = "+++\ntitle = \"T\"\n+++\nWrite to West Locality, Daisy Lane, TS7 9JF, call 01642 304520 or e-mail board@example.org.\n\nMrs Kowalski lived at Oak House.\n";
        assert_eq!(
            found(&c, text),
            ["6:5: personal data in the text: a name or place on the deny list \"Kowalski\""]
        );
    }

    /// The cached rules follow the word lists: each change to `deny`,
    /// `allow` or the contact details is seen by the next call.
    #[test]
    fn cached_rules_follow_each_change_of_the_word_lists() {
        let text = "+++\ntitle = \"T\"\n+++\nCall 01642 304520 about Oak House.\n";
        let findings = |extra: &str| {
            let c = config(extra);
            let d = doc(&c, "content/reviews/x.md", text);
            check(&d, &rules_cached(&c), Severity::Error).len()
        };
        let phone_allowed = "[anonymisation]\nallow = [\"01642 304520\"]\n";
        let phone_is_contact = "[contact]\nphone = \"01642 304520\"\n";
        let name_denied = "[anonymisation]\nallow = [\"01642 304520\"]\ndeny = [\"Oak House\"]\n";
        for _ in 0..2 {
            assert_eq!(findings(""), 1);
            assert_eq!(findings(phone_allowed), 0);
            assert_eq!(findings(""), 1);
            assert_eq!(findings(phone_is_contact), 0);
            assert_eq!(findings(name_denied), 1);
            assert_eq!(findings(phone_allowed), 0);
        }
    }

    #[test]
    fn what_anonymised_reviews_contain_is_quiet() {
        let c = config("");
        let text = "+++\ntitle = \"Learning from the review about Child D\"\nreference = \"CSPR 2024/01\"\ndate = 2024-03-01\nagencies = [\"Health\", \"Children's Social Care\", \"Police\"]\n[[recommendations]]\nid = \"R1\"\ntext = \"Health visitors see the child at every visit.\"\ndue = 2024-09-30\nstatus = \"in-progress\"\n[[recommendations.progress]]\ndate = 2024-06-14\nnote = \"A pre-birth assessment checklist was agreed on 3 June 2024.\"\n+++\n\nChild D was aged 3 and lived with Mother. In 2019 the family moved. The panel met on 3 March 2024. R1 is complete; see CSPR 2024/01.\n";
        assert_eq!(found(&c, text), Vec::<String>::new());
    }
}
