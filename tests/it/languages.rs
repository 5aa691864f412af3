//! Languages: Fluent interface text with plural rules, right-to-left pages,
//! fallbacks for untranslated pages, and symmetric `hreflang` sets.

use std::collections::BTreeSet;

use scraper::{Html, Selector};

use crate::support::SiteTest;

fn select<'a>(html: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    html.select(&Selector::parse(css).unwrap()).collect()
}

#[test]
fn polish_plural_forms_for_1_2_5_22() {
    let site = SiteTest::fixture("multilingual").build();
    site.assert_success();
    let page = Html::parse_document(&site.read("pl/counts/index.html"));
    let items: Vec<String> = select(&page, ".counts li")
        .iter()
        .map(|li| li.text().collect())
        .collect();
    assert_eq!(
        items,
        [
            "1 rekomendacja",
            "2 rekomendacje",
            "5 rekomendacji",
            "22 rekomendacje"
        ]
    );
    let english = Html::parse_document(&site.read("counts/index.html"));
    let items: Vec<String> = select(&english, ".counts li")
        .iter()
        .map(|li| li.text().collect())
        .collect();
    assert_eq!(
        items,
        [
            "1 recommendation",
            "2 recommendations",
            "5 recommendations",
            "22 recommendations"
        ]
    );
}

#[test]
fn urdu_pages_are_right_to_left_with_urdu_interface_text() {
    let site = SiteTest::fixture("multilingual").build();
    site.assert_success();
    let page = Html::parse_document(&site.read("ur/leaflets/what-happens/index.html"));
    let html = select(&page, "html")[0];
    assert_eq!(html.value().attr("lang"), Some("ur"));
    assert_eq!(html.value().attr("dir"), Some("rtl"));
    let skip: String = select(&page, ".skip-link")[0].text().collect();
    assert_eq!(skip, "مرکزی مواد پر جائیں");
    // The site title is a Fluent message id, shown in each language.
    let polish = Html::parse_document(&site.read("pl/index.html"));
    let name: String = select(&polish, ".site-name")[0].text().collect();
    assert_eq!(name, "Partnerstwo Northbridge");
}

#[test]
fn untranslated_pages_fall_back_with_a_notice_and_the_original_language() {
    let site = SiteTest::fixture("multilingual").build();
    site.assert_success();
    let page = Html::parse_document(&site.read("pl/leaflets/what-happens/index.html"));
    let html = select(&page, "html")[0];
    assert_eq!(
        html.value().attr("lang"),
        Some("pl"),
        "the interface stays Polish"
    );
    let notice: String = select(&page, ".fallback-notice")[0].text().collect();
    assert!(notice.contains("nie została jeszcze przetłumaczona"), "{notice}");
    let article = select(&page, "article")[0];
    assert_eq!(
        article.value().attr("lang"),
        Some("en-GB"),
        "the English text is marked as English"
    );
    let text: String = article.text().collect();
    assert!(text.contains("A review looks at how agencies worked together."));
}

#[test]
fn hreflang_sets_are_symmetric() {
    let site = SiteTest::fixture("multilingual").build();
    site.assert_success();
    let pages = ["index.html", "pl/index.html", "ur/index.html"];
    let mut sets = Vec::new();
    for path in pages {
        let page = Html::parse_document(&site.read(path));
        let set: BTreeSet<(String, String)> = select(&page, "link[rel=alternate][hreflang]")
            .iter()
            .map(|l| {
                (
                    l.value().attr("hreflang").unwrap().to_owned(),
                    l.value().attr("href").unwrap().to_owned(),
                )
            })
            .collect();
        sets.push(set);
    }
    assert_eq!(sets[0], sets[1]);
    assert_eq!(sets[1], sets[2]);
    let langs: Vec<&str> = sets[0].iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(langs, ["en-GB", "pl", "ur", "x-default"]);
    // The sitemap carries the same alternates.
    let sitemap = site.read("sitemap.xml");
    assert!(
        sitemap.contains("hreflang=\"ur\" href=\"https://multi.example.org/ur/\""),
        "{sitemap}"
    );
}

#[test]
fn language_switcher_names_each_language_in_itself() {
    let site = SiteTest::fixture("multilingual").build();
    let page = Html::parse_document(&site.read("index.html"));
    let links: Vec<(String, String, String)> = select(&page, ".languages a")
        .iter()
        .map(|a| {
            let v = a.value();
            (
                v.attr("lang").unwrap().to_owned(),
                v.attr("hreflang").unwrap().to_owned(),
                a.text().collect(),
            )
        })
        .collect();
    assert_eq!(
        links,
        [
            ("en-GB".to_owned(), "en-GB".to_owned(), "English".to_owned()),
            ("pl".to_owned(), "pl".to_owned(), "Polski".to_owned()),
            ("ur".to_owned(), "ur".to_owned(), "اردو".to_owned()),
        ]
    );
}

#[test]
fn missing_messages_warn_and_a_message_missing_in_the_default_language_is_an_error() {
    let site = SiteTest::fixture("multilingual");
    site.write("locales/pl/extra.ftl", "only-in-polish = Tylko po polsku\n");
    let site = site.build();
    assert_eq!(site.status(), 1, "{}", site.stderr());
    let err = site.stderr();
    assert!(
        err.contains(
            "error[translations]: message `only-in-polish` exists in pl but not in the default language en-GB"
        ),
        "{err}"
    );
    let site = SiteTest::fixture("multilingual");
    site.write("locales/en-GB/extra.ftl", "only-in-english = Only in English\n");
    let site = site.build();
    site.assert_success();
    assert!(
        site.stderr().contains("warning[translations]"),
        "{}",
        site.stderr()
    );
    assert!(site.stderr().contains("only-in-english"), "{}", site.stderr());
}

#[test]
fn bad_language_input_is_named() {
    let site = SiteTest::fixture("multilingual");
    site.write(
        "content/leaflets/what-happens.fr.md",
        "+++\ntitle = \"Ce qui se passe\"\n+++\n",
    );
    site.write("content/leaflets/orphan.pl.md", "+++\ntitle = \"Sierota\"\n+++\n");
    site.write("locales/pl/broken.ftl", "good = Dobrze\nbad = { $x\n");
    let site = site.check();
    assert_eq!(site.status(), 1);
    let err = site.stderr();
    assert!(err.contains("content/leaflets/what-happens.fr.md"), "{err}");
    assert!(
        err.contains("language `fr`, which is not in site.toml's languages"),
        "{err}"
    );
    assert!(err.contains("content/leaflets/orphan.pl.md"), "{err}");
    assert!(err.contains("locales/pl/broken.ftl:2:"), "{err}");
}
