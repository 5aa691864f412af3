//! Markdown rendering with the detectors the checks run on it: any text
//! renders, and every recorded span slices the source.
#![no_main]

use lantern::checks::{anonymise, readability};
use lantern::markdown::{AlertTitles, render};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let rendered = render(text, &AlertTitles::default());
    for heading in &rendered.headings {
        assert!(text.get(heading.span.clone()).is_some());
    }
    for link in rendered.links.iter().chain(&rendered.images) {
        assert!(text.get(link.span.clone()).is_some());
    }
    assert!(!rendered.html.contains("<script"));
    let rules = anonymise::Rules::new(vec!["Smith".to_owned()], vec![]);
    for finding in anonymise::scan(text, &rules) {
        assert_eq!(&text[finding.range.clone()], finding.text);
    }
    let _ = readability::measure(text);
});
