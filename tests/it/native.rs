//! Every language native: a site in English, Welsh, Arabic, Polish and Urdu
//! (`tests/fixtures/five-languages`) whose Welsh and Arabic interface text
//! Lantern ships, and whose pages are only partly translated. Every
//! interface string is in the page's language, every language is named in
//! itself, and whatever is shown in another language says so.

use scraper::{ElementRef, Html, Node, Selector};

use crate::support::SiteTest;

fn select<'a>(html: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    html.select(&Selector::parse(css).unwrap()).collect()
}

fn text(element: &ElementRef<'_>) -> String {
    element.text().collect::<String>().trim().to_owned()
}

/// The words of `text` in Latin script: runs of two letters or more ("R1"
/// is a recommendation's id, not a word), leaving out the units of a file
/// size ("KB"), which are no language's.
fn latin_words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .filter(|w| w.chars().all(|c| !c.is_alphabetic() || is_latin(c)))
        .filter(|w| !matches!(*w, "KB" | "MB"))
        .collect()
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c)
}

/// Text that is no language's: a web or e-mail address.
fn is_no_language(text: &str) -> bool {
    let t = text.trim();
    t.contains("://") || (t.contains('@') && !t.contains(' '))
}

/// Every run of Latin-script words in the body of `html` whose nearest
/// `lang` is the page's own (a right-to-left one): text the page shows in
/// another language without saying so. The head is left out: `<title>`
/// and attributes cannot hold an element that would mark them.
fn unmarked_latin(html: &Html) -> Vec<String> {
    let page_lang = select(html, "html")[0]
        .value()
        .attr("lang")
        .unwrap_or_default()
        .to_owned();
    let mut found = Vec::new();
    for node in html.tree.nodes() {
        let Node::Text(t) = node.value() else { continue };
        let words = latin_words(t);
        if words.is_empty() || is_no_language(t) {
            continue;
        }
        let mut lang = None;
        let mut in_head = false;
        for ancestor in node.ancestors() {
            if let Node::Element(e) = ancestor.value() {
                if matches!(e.name(), "head" | "script" | "style") {
                    in_head = true;
                }
                if lang.is_none() {
                    lang = e.attr("lang");
                }
            }
        }
        if !in_head && lang == Some(page_lang.as_str()) {
            found.push(words.join(" "));
        }
    }
    found
}

fn site() -> SiteTest {
    let site = SiteTest::fixture("five-languages").build();
    site.assert_success();
    site
}

#[test]
fn a_run_of_latin_words_without_its_language_is_found() {
    let page = Html::parse_document(
        r#"<html lang="ar" dir="rtl"><head><title>Site</title></head><body>
        <p>مرحبا Leave this site</p><p lang="en-GB">Marked</p><p>https://e.org/ar/</p><p>٢ KB</p></body></html>"#,
    );
    assert_eq!(unmarked_latin(&page), ["Leave this site"]);
}

#[test]
fn right_to_left_pages_mark_every_latin_word_with_its_language() {
    let site = site();
    let pages: Vec<String> = site
        .files()
        .into_iter()
        .filter(|f| (f.starts_with("ar/") || f.starts_with("ur/")) && f.ends_with(".html"))
        .collect();
    assert!(pages.len() >= 10, "{pages:?}");
    let mut unmarked = Vec::new();
    for file in &pages {
        let page = Html::parse_document(&site.read(file));
        for words in unmarked_latin(&page) {
            unmarked.push(format!("{file}: {words}"));
        }
    }
    assert!(
        unmarked.is_empty(),
        "Latin words not marked with their language:\n{}",
        unmarked.join("\n")
    );
}

#[test]
fn arabic_pages_speak_arabic_and_name_each_language_in_itself() {
    let site = site();
    let page = Html::parse_document(&site.read("ar/index.html"));
    let html = select(&page, "html")[0];
    assert_eq!(
        (html.value().attr("lang"), html.value().attr("dir")),
        (Some("ar"), Some("rtl"))
    );
    for (css, expected) in [
        (".skip-link", "انتقل إلى المحتوى الرئيسي"),
        (".quick-exit", "غادر هذا الموقع"),
        (".concern-title", "هل أنت قلق على طفل؟"),
        (".footer-links li a", "اتصل بنا"),
    ] {
        assert_eq!(text(&select(&page, css)[0]), expected, "{css}");
    }
    let press = select(&page, ".quick-exit")[0]
        .value()
        .attr("data-press-2")
        .unwrap();
    assert_eq!(press, "اضغط Shift مرتين أخريين لمغادرة هذا الموقع");
    let nav = select(&page, ".site-nav")[0];
    assert_eq!(nav.value().attr("aria-label"), Some("القائمة الرئيسية"));
    let languages: Vec<(String, String, String)> = select(&page, ".languages a")
        .iter()
        .map(|a| {
            let v = a.value();
            (
                v.attr("lang").unwrap().to_owned(),
                v.attr("dir").unwrap().to_owned(),
                text(a),
            )
        })
        .collect();
    let expected = [
        ("en-GB", "ltr", "English"),
        ("cy", "ltr", "Cymraeg"),
        ("ar", "rtl", "العربية"),
        ("pl", "ltr", "Polski"),
        ("ur", "rtl", "اردو"),
    ];
    assert_eq!(
        languages,
        expected.map(|(l, d, n)| (l.to_owned(), d.to_owned(), n.to_owned()))
    );
    // The site's name has no Arabic form: English, marked and isolated.
    let name = select(&page, ".site-name span")[0];
    assert_eq!(
        (name.value().attr("lang"), name.value().attr("dir")),
        (Some("en-GB"), Some("ltr"))
    );
}

#[test]
fn a_fallback_page_names_the_readers_language_and_the_one_it_is_shown_in() {
    let site = site();
    let arabic = Html::parse_document(&site.read("ar/reviews/child-a/index.html"));
    assert_eq!(
        text(&select(&arabic, ".fallback-notice")[0]),
        "لم تُترجم هذه الصفحة إلى العربية بعد، لذلك تظهر باللغة الإنجليزية."
    );
    let title = select(&arabic, "h1")[0];
    assert_eq!(
        (title.value().attr("lang"), title.value().attr("dir")),
        (Some("en-GB"), Some("ltr"))
    );
    let welsh = Html::parse_document(&site.read("cy/reviews/child-a/index.html"));
    assert_eq!(
        text(&select(&welsh, ".fallback-notice")[0]),
        "Nid yw'r dudalen hon wedi'i chyfieithu i'r Gymraeg eto, felly mae'n cael ei dangos yn yr iaith hon: Saesneg."
    );
    // Its date is written out in Welsh, the interface language.
    assert!(text(&select(&welsh, ".page-meta")[0]).contains("14 Mawrth 2025"));
}

#[test]
fn titles_and_navigation_labels_are_translated_per_language() {
    let site = site();
    let welsh = Html::parse_document(&site.read("cy/index.html"));
    let name = select(&welsh, ".site-name span")[0];
    assert_eq!(text(&name), "Partneriaeth Diogelu Plant Northbridge");
    assert_eq!(name.value().attr("lang"), None, "in the page's own language");
    let nav = select(&welsh, ".site-nav a")[0];
    assert_eq!(
        (text(&nav), nav.value().attr("lang")),
        ("Crynodebau adolygiadau".to_owned(), None)
    );
    // Not translated into Urdu: the English label, marked.
    let urdu = Html::parse_document(&site.read("ur/index.html"));
    let nav = select(&urdu, ".site-nav a")[0];
    assert_eq!(
        (text(&nav), nav.value().attr("lang"), nav.value().attr("dir")),
        ("Review summaries".to_owned(), Some("en-GB"), Some("ltr"))
    );
    assert_eq!(
        text(&select(&urdu, ".site-name span")[0]),
        "نارتھ برج سیف گارڈنگ چلڈرن پارٹنرشپ"
    );
}

#[test]
fn the_coverage_table_says_whose_interface_text_is_unchecked() {
    let site = SiteTest::fixture("five-languages").check();
    let table = site.stderr();
    for lang in ["cy", "ar", "pl", "ur"] {
        let row = table
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("{lang} ")))
            .unwrap_or_else(|| panic!("{table}"));
        assert!(row.ends_with("not checked by a professional translator"), "{row}");
        // Every interface message in the language itself: none falls back.
        // The second count in the row ("2/4 ( 50%)  148/148 (100%)").
        let messages = row.split_whitespace().filter(|t| t.contains('/')).nth(1).unwrap();
        let (present, total) = messages.split_once('/').unwrap();
        assert_eq!(present, total, "{row}");
    }
    let english = table
        .lines()
        .find(|l| l.trim_start().starts_with("en-GB "))
        .unwrap();
    assert!(english.ends_with("checked"), "{english}");
}
