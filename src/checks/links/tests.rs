use super::*;
use crate::config::Config;
use crate::content::path;
use crate::dates::Date;
use crate::markdown::{AlertTitles, render};

const BASE: &str = "https://lantern.example.org";

fn internal(path: &str, fragment: Option<&str>) -> Destination {
    Destination::Internal {
        path: path.to_owned(),
        fragment: fragment.map(str::to_owned),
    }
}

#[test]
fn destinations_resolve_against_the_page_and_the_site() {
    let page = "/pl/reviews/child-d/";
    let cases: &[(&str, Destination)] = &[
        ("/contact/", internal("/contact/", None)),
        ("/contact", internal("/contact", None)),
        ("../child-t/", internal("/pl/reviews/child-t/", None)),
        ("../../briefings/x/", internal("/pl/briefings/x/", None)),
        ("../../../../../x/", internal("/x/", None)),
        ("./", internal("/pl/reviews/child-d/", None)),
        ("..", internal("/pl/reviews/", None)),
        ("photo.jpg", internal("/pl/reviews/child-d/photo.jpg", None)),
        (
            "#what-happened",
            internal("/pl/reviews/child-d/", Some("what-happened")),
        ),
        ("/reviews/child-d/#r1", internal("/reviews/child-d/", Some("r1"))),
        (
            "/themes/neglect/?page=2#top",
            internal("/themes/neglect/", Some("top")),
        ),
        (
            "/pl/o-nas/%C5%BC%C3%B3%C5%82w/",
            internal("/pl/o-nas/żółw/", None),
        ),
        ("/a//b/./c", internal("/a/b/c", None)),
        ("  /contact/  ", internal("/contact/", None)),
        (
            "https://lantern.example.org/contact/",
            internal("/contact/", None),
        ),
        ("https://lantern.example.org", internal("/", None)),
        (
            "https://lantern.example.org#main-content",
            internal("/pl/reviews/child-d/", Some("main-content")),
        ),
        ("#", internal("/pl/reviews/child-d/", Some(""))),
        ("", Destination::Nothing),
        ("   ", Destination::Nothing),
    ];
    for (dest, expected) in cases {
        assert_eq!(&resolve(dest, page, BASE), expected, "{dest:?}");
    }
}

#[test]
fn external_and_other_schemes_are_not_checked() {
    for dest in [
        "https://www.nspcc.org.uk/",
        "http://example.org/x.pdf",
        "https://lantern.example.org.evil.com/",
        "https://lantern.example.orgx/",
        "//cdn.example.org/a.js",
        "mailto:board@example.org",
        "tel:01642304520",
        "MAILTO:x@y.z",
        "ftp://files.example.org/",
        "data:text/plain,hi",
        "javascript:alert(1)",
    ] {
        assert_eq!(resolve(dest, "/", BASE), Destination::Elsewhere, "{dest:?}");
    }
}

/// A small site: an English review with headings and a footnote, its Polish
/// translation missing (so /pl/reviews/child-d/ is a fallback), a training
/// session, and a static PDF.
fn fixture() -> (Site, Vec<Rendered>, Targets) {
    let config = Config::parse(&format!(
        "title = \"T\"\nbase_url = \"{BASE}\"\nlanguages = [\"en-GB\", \"pl\"]\n"
    ))
    .unwrap();
    let files = [
        ("content/_index.md", "+++\ntitle = \"Home\"\n+++\nWelcome.\n"),
        ("content/_index.pl.md", "+++\ntitle = \"Start\"\n+++\nWitamy.\n"),
        (
            "content/reviews/child-d.md",
            "+++\ntitle = \"D\"\nthemes = [\"Information sharing\"]\n+++\n## What happened\n\nText.[^n]\n\n### Later {#later-on}\n\n[^n]: A note.\n\n<p id=\"raw-id\">x</p>\n",
        ),
        (
            "content/training/safer-sleep.md",
            "+++\ntitle = \"S\"\nstarts = 2026-01-10T10:00:00\nends = 2026-01-10T12:00:00\n+++\nA session.\n",
        ),
        (
            "content/training/_index.md",
            "+++\ntitle = \"Training\"\n+++\nSessions.\n",
        ),
    ];
    let docs = files
        .iter()
        .map(|(file, text)| {
            let rel = file.strip_prefix("content/").unwrap();
            Document::parse(file, (*text).to_owned(), path::parse(rel, &config).unwrap()).unwrap()
        })
        .collect();
    let (site, problems) = Site::assemble(config, docs, Date::from_ymd(2026, 1, 1).unwrap());
    assert!(problems.is_empty(), "{problems:?}");
    let bodies: Vec<Rendered> = site
        .documents
        .iter()
        .map(|d| render(d.body(), &AlertTitles::default()))
        .collect();
    let mut theme = Theme::default();
    theme.static_files.insert(
        "docs/annual-report.pdf".to_owned(),
        crate::theme::File {
            origin: "static/docs/annual-report.pdf".to_owned(),
            bytes: std::borrow::Cow::Borrowed(b"%PDF"),
            disk: None,
        },
    );
    theme.templates.insert(
        "base.html".to_owned(),
        crate::theme::File {
            origin: "(built-in theme)/templates/base.html".to_owned(),
            bytes: std::borrow::Cow::Borrowed(
                b"<main id=\"main-content\"><a data-id=\"nope\" id=\"{{ x }}\"></a></main>",
            ),
            disk: None,
        },
    );
    let mut targets = Targets::without_bodies(&site, &theme, &crate::addresses::generated(&site));
    targets.add_bodies(&bodies);
    (site, bodies, targets)
}

/// The messages for each link of a page written `body` in section
/// `reviews`, published at the URLs given.
fn broken(targets: &Targets, urls: &[&str], body: &str) -> Vec<String> {
    let config =
        Config::parse("title = \"T\"\nbase_url = \"https://e.org\"\nlanguages = [\"en-GB\", \"pl\"]\n")
            .unwrap();
    let text = format!("+++\ntitle = \"X\"\n+++\n{body}");
    let doc = Document::parse(
        "content/reviews/x.md",
        text,
        path::parse("reviews/x.md", &config).unwrap(),
    )
    .unwrap();
    let rendered = render(doc.body(), &AlertTitles::default());
    check(&doc, &rendered, urls, targets, BASE)
        .into_iter()
        .map(|d| format!("{} | {}", d.message, d.hint.unwrap_or_default()))
        .collect()
}

#[test]
fn links_that_lead_somewhere_are_quiet() {
    let (_, _, targets) = fixture();
    let good = [
        "[home](/)",
        "[start](/pl/)",
        "[review](/reviews/child-d/)",
        "[review](/reviews/child-d)",
        "[review](/reviews/child-d/index.html)",
        "[Polish fallback](/pl/reviews/child-d/)",
        "[part](/reviews/child-d/#what-happened)",
        "[explicit id](/reviews/child-d/#later-on)",
        "[footnote](/reviews/child-d/#n)",
        "[raw HTML id](/reviews/child-d/#raw-id)",
        "[skip](/reviews/child-d/#main-content)",
        "[top](/reviews/child-d/#top)",
        "[sibling](../child-d/)",
        "[report (PDF, 1 KB)](/docs/annual-report.pdf)",
        "[report (PDF, 1 KB)](/docs/annual-report.pdf#page=2)",
        "![A chart](/docs/annual-report.pdf)",
        "[theme](/themes/information-sharing/)",
        "[Polish theme](/pl/themes/information-sharing/)",
        "[tracker](/pl/recommendations/)",
        "[feed](/feed.xml)",
        "[reviews feed](/pl/reviews/feed.xml)",
        "[calendar](/training/safer-sleep.ics)",
        "[card](/contact.vcf)",
        "[sitemap](/sitemap.xml)",
        "[absolute](https://lantern.example.org/reviews/child-d/)",
        "[NSPCC](https://www.nspcc.org.uk/)",
        "[mail](mailto:board@example.org)",
    ];
    for link in good {
        assert_eq!(
            broken(&targets, &["/reviews/x/", "/pl/reviews/x/"], link),
            Vec::<String>::new(),
            "{link}"
        );
    }
}

#[test]
fn links_that_lead_nowhere_are_errors() {
    let (_, _, targets) = fixture();
    let cases = [
        (
            "[a](/reviews/child-e/)",
            "broken link: /reviews/child-e/ is not a page or file of this site | did you mean /reviews/child-d/?",
        ),
        (
            "[a](/Reviews/child-d/)",
            "broken link: /Reviews/child-d/ is not a page or file of this site | did you mean /reviews/child-d/?",
        ),
        (
            "[a](/reviews/child-d/#what-hapened)",
            "broken link: /reviews/child-d/ has no part with the id #what-hapened | did you mean #what-happened?",
        ),
        (
            "[a](/reviews/child-d/#nope)",
            "broken link: /reviews/child-d/ has no part with the id #nope | the parts of that page are #later-on, #n, #raw-id, #what-happened",
        ),
        (
            "[a](/#nothing)",
            "broken link: / has no part with the id #nothing | that page has no headings to link to; link to the page without a #fragment",
        ),
        (
            "[a](#missing)",
            "broken link: this page has no part with the id #missing | that page has no headings to link to; link to the page without a #fragment",
        ),
        (
            "[a](child-d.md)",
            "broken link: /reviews/x/child-d.md is not a page or file of this site | link to the page's address, /reviews/child-d/, not to its Markdown file",
        ),
        (
            "[a](/content/reviews/child-d.md)",
            "broken link: /content/reviews/child-d.md is not a page or file of this site | link to the page's address, /reviews/child-d/, not to its Markdown file",
        ),
        (
            "![A chart](/docs/annual-report.pfd)",
            "broken image: /docs/annual-report.pfd is not a page or file of this site | did you mean /docs/annual-report.pdf?",
        ),
        (
            "[a]()",
            "this link has no address | write where the link leads between the brackets: [text](/contact/)",
        ),
        (
            "[a](/themes/unknown-theme/)",
            "broken link: /themes/unknown-theme/ is not a page or file of this site | check the address; a file must be in static/ to be published",
        ),
        (
            "[Report (PDF, 1 KB)](/annual-report.pdf)",
            "broken link: /annual-report.pdf is not a page or file of this site | did you mean /docs/annual-report.pdf?",
        ),
        (
            "[a](/pl/contact.vcf)",
            "broken link: /pl/contact.vcf is not a page or file of this site | did you mean /pl/contact/?",
        ),
        (
            "[a](/training/other.ics)",
            "broken link: /training/other.ics is not a page or file of this site | check the address; a file must be in static/ to be published",
        ),
    ];
    for (link, expected) in cases {
        assert_eq!(
            broken(&targets, &["/reviews/x/", "/pl/reviews/x/"], link),
            [expected],
            "{link}"
        );
    }
}

#[test]
fn a_relative_link_broken_in_one_language_names_that_page() {
    let (_, _, targets) = fixture();
    // From /reviews/x/, "../../pl/" is /pl/; from /pl/reviews/x/ it is /pl/pl/.
    assert_eq!(
        broken(&targets, &["/reviews/x/", "/pl/reviews/x/"], "[a](../../pl/)"),
        [
            "broken link: /pl/pl/ is not a page or file of this site from the page /pl/reviews/x/ | this relative address works from one language's page but not from another's: write it from the site's root, starting with /"
        ]
    );
}

#[test]
fn a_broken_link_is_located_at_its_markdown() {
    let (_, _, targets) = fixture();
    let config = Config::parse("title = \"T\"\nbase_url = \"https://e.org\"\n").unwrap();
    let text = "+++\ntitle = \"X\"\n+++\n\nSee *the* [old page](/old/) now.\n".to_owned();
    let doc = Document::parse(
        "content/x.md",
        text.clone(),
        path::parse("x.md", &config).unwrap(),
    )
    .unwrap();
    let rendered = render(doc.body(), &AlertTitles::default());
    let found = check(&doc, &rendered, &["/x/"], &targets, BASE);
    let location = found[0].location.unwrap();
    assert_eq!((location.line, location.column), (5, 11));
    assert_eq!(&text[found[0].span.clone().unwrap()], "[old page](/old/)");
}

#[test]
fn generated_outputs_cover_every_language() {
    let (site, _, _) = fixture();
    let outputs: Vec<String> = crate::addresses::generated(&site)
        .into_iter()
        .map(|(url, _)| url)
        .collect();
    for path in [
        "/feed.xml",
        "/pl/feed.xml",
        "/recommendations/",
        "/pl/recommendations/",
        "/reviews/feed.xml",
        "/pl/reviews/feed.xml",
        "/themes/information-sharing/",
        "/pl/themes/information-sharing/",
        "/training/safer-sleep.ics",
        "/pl/training/safer-sleep.ics",
        "/contact.vcf",
        "/404.html",
        "/themes/",
        "/pl/themes/",
    ] {
        assert!(outputs.iter().any(|o| o == path), "{path} not in {outputs:?}");
    }
    for path in [
        "/briefings/feed.xml",
        "/pl/contact.vcf",
        "/training.ics",
        "/pl/training.ics",
    ] {
        assert!(!outputs.iter().any(|o| o == path), "{path} in {outputs:?}");
    }
}

#[test]
fn ids_come_from_headings_footnotes_raw_html_and_templates() {
    let (_, bodies, targets) = fixture();
    let ids: Vec<String> = ids_of(&bodies[2]).into_iter().collect();
    assert_eq!(ids, ["later-on", "n", "raw-id", "what-happened"]);
    assert!(targets.theme_ids.contains("main-content"));
    assert!(!targets.theme_ids.contains("nope"));
    assert_eq!(
        crate::markdown::html_ids("<p id=\"a&amp;b\" data-id=\"c\"><i\nid=\"d\">"),
        ["a&b", "d"]
    );
    assert_eq!(
        crate::markdown::html_ids("<a id=\"x\"></a><b id=\"{{ y }}\"> <é id=\"ü\"><c id=\"z"),
        ["x", "ü"],
        "computed ids, and one without its closing quote, are not ids"
    );
    assert!(
        crate::markdown::html_ids("id=\"first\"").is_empty(),
        "an id needs a space before it"
    );
}

#[test]
fn a_page_whose_file_did_not_parse_is_still_a_target() {
    let (site, _, mut targets) = fixture();
    assert!(!targets.contains("/about-us/"));
    targets.add_unreadable("content/About Us.md", &site.config);
    targets.add_unreadable("content/reviews/_index.pl.md", &site.config);
    targets.add_unreadable("not-content/x.md", &site.config);
    for path in ["/about-us/", "/pl/about-us/", "/reviews/", "/pl/reviews/"] {
        assert!(targets.contains(path), "{path}");
    }
    assert!(!targets.contains("/x/"));
}

#[test]
fn percent_escapes_decode_as_utf8_or_stay_as_written() {
    for (text, decoded) in [
        ("/pl/o-nas/%C5%BC%C3%B3%C5%82w/", "/pl/o-nas/żółw/"),
        ("/pl/%c5%bc/", "/pl/ż/"),
        ("/a%20b", "/a b"),
        ("/100%", "/100%"),
        ("/%zz%2", "/%zz%2"),
        ("/%C5/", "/%C5/"),
        ("no escapes", "no escapes"),
    ] {
        assert_eq!(percent_decode(text), decoded, "{text}");
    }
}
