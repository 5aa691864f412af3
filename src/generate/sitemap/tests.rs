//! The sitemap's addresses and its split into an index and parts, on a
//! small site with the limit lowered, read back with an XML parser.

use super::*;
use crate::addresses::{MAX_SITEMAP_URLS, sitemap_file_names};
use crate::config::Config;
use crate::content::{Document, path};

const NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";

/// Three pages in English, two of them in Polish too.
fn site() -> Site {
    let config =
        Config::parse("title = \"T\"\nbase_url = \"https://e.org\"\nlanguages = [\"en-GB\", \"pl\"]\n")
            .unwrap();
    let files = [
        ("_index.md", "+++\ntitle = \"Home\"\n+++\n"),
        ("_index.pl.md", "+++\ntitle = \"Start\"\n+++\n"),
        ("turtle.md", "+++\ntitle = \"Turtle\"\ndate = 2026-03-01\n+++\n"),
        (
            "turtle.pl.md",
            "+++\ntitle = \"Żółw\"\nslug = \"żółw\"\ndate = 2026-04-01\n+++\n",
        ),
        ("about.md", "+++\ntitle = \"About\"\n+++\n"),
    ];
    let docs = files
        .iter()
        .map(|(rel, text)| {
            let file = format!("content/{rel}");
            Document::parse(&file, (*text).to_owned(), path::parse(rel, &config).unwrap()).unwrap()
        })
        .collect();
    let (site, problems) = Site::assemble(config, docs, Date::from_ymd(2026, 11, 26).unwrap());
    assert!(problems.is_empty(), "{problems:?}");
    site
}

/// The texts of the `name` elements inside each `parent` element of the root.
fn locs(text: &str, parent: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(text).unwrap_or_else(|e| panic!("{e}: {text}"));
    doc.root_element()
        .children()
        .filter(|n| n.has_tag_name((NS, parent)))
        .map(|n| {
            let loc = n.children().find(|c| c.has_tag_name((NS, "loc"))).unwrap();
            loc.text().unwrap().to_owned()
        })
        .collect()
}

#[test]
fn file_names_split_past_the_limit() {
    assert_eq!(sitemap_file_names(0, 3), ["sitemap.xml"]);
    assert_eq!(sitemap_file_names(3, 3), ["sitemap.xml"]);
    assert_eq!(
        sitemap_file_names(4, 3),
        ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"]
    );
    assert_eq!(sitemap_file_names(7, 3).len(), 4);
    assert_eq!(
        sitemap_file_names(2, 0),
        ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"]
    );
    assert_eq!(
        sitemap_file_names(MAX_SITEMAP_URLS, MAX_SITEMAP_URLS),
        ["sitemap.xml"]
    );
    assert_eq!(
        sitemap_file_names(MAX_SITEMAP_URLS + 1, MAX_SITEMAP_URLS).len(),
        3
    );
}

#[test]
fn below_the_limit_one_file_holds_every_address() {
    let site = site();
    let files = render(&site, &[], MAX_SITEMAP_URLS);
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].0, "sitemap.xml");
    assert_eq!(
        locs(&files[0].1, "url"),
        [
            "https://e.org/",
            "https://e.org/about/",
            "https://e.org/pl/",
            "https://e.org/pl/%C5%BC%C3%B3%C5%82w/",
            "https://e.org/turtle/",
        ]
    );
    assert_eq!(url_count(&site, &[]), 5);
}

#[test]
fn past_a_lowered_limit_the_sitemap_is_an_index_of_parts() {
    let site = site();
    let extra = [Entry {
        versions: vec![("en-GB".to_owned(), "/recommendations/".to_owned())],
        lastmod: None,
    }];
    let whole = locs(&render(&site, &extra, MAX_SITEMAP_URLS)[0].1, "url");
    assert_eq!(whole.len(), 6);
    let files = render(&site, &extra, 4);
    let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names, ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"]);
    let index = roxmltree::Document::parse(&files[0].1).unwrap();
    assert!(index.root_element().has_tag_name((NS, "sitemapindex")));
    assert_eq!(
        locs(&files[0].1, "sitemap"),
        ["https://e.org/sitemap-1.xml", "https://e.org/sitemap-2.xml"]
    );
    // Each part's last change is its newest page's.
    assert!(
        files[0].1.contains("<lastmod>2026-04-01</lastmod>"),
        "{}",
        files[0].1
    );
    let parts: Vec<Vec<String>> = files[1..].iter().map(|(_, text)| locs(text, "url")).collect();
    assert_eq!(parts[0].len(), 4);
    assert_eq!(parts[1].len(), 2);
    assert_eq!(parts.concat(), whole, "every address once, in order");
    // The alternates stay with their address.
    assert!(
        files[2]
            .1
            .contains("hreflang=\"pl\" href=\"https://e.org/pl/%C5%BC%C3%B3%C5%82w/\"")
    );
}

#[test]
fn the_list_of_addresses_names_every_sitemap_file_a_build_writes() {
    let site = site();
    let extra = crate::generate::sitemap_extra(&site);
    for limit in [1, 2, 3, 7, 100, MAX_SITEMAP_URLS] {
        let written: Vec<String> = render(&site, &extra, limit)
            .into_iter()
            .map(|(name, _)| format!("/{name}"))
            .collect();
        let listed: Vec<String> = crate::addresses::sitemap_files(&site, limit)
            .into_iter()
            .map(|(url, _)| url)
            .collect();
        assert_eq!(written, listed, "limit {limit}");
    }
    let all: Vec<String> = crate::addresses::generated(&site)
        .into_iter()
        .map(|(u, _)| u)
        .collect();
    assert!(all.contains(&"/sitemap.xml".to_owned()));
    assert!(!all.iter().any(|u| u.starts_with("/sitemap-")), "{all:?}");
}
