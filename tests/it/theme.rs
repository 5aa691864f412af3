//! The default theme's markup: what every page carries (skip link, quick
//! exit, landmarks), tables that scroll in a named region, no inline style
//! or script, and text in another language marked with `lang`.

use crate::support::SiteTest;

#[test]
fn every_page_has_the_skip_link_quick_exit_and_landmarks_in_order() {
    let site = SiteTest::fixture("components").build();
    site.assert_success();
    for file in [
        "index.html",
        "components/index.html",
        "ur/components/index.html",
        "404.html",
    ] {
        let page = site.read(file);
        let order: Vec<Option<usize>> = [
            "<a class=\"skip-link\" href=\"#main-content\">",
            "id=\"quick-exit\"",
            "role=\"status\" id=\"quick-exit-status\"",
            "<header class=\"site-header\">",
            "<main id=\"main-content\" tabindex=\"-1\">",
            "<footer class=\"site-footer\">",
        ]
        .iter()
        .map(|marker| page.find(marker))
        .collect();
        assert!(order.iter().all(Option::is_some), "{file}: {order:?}\n{page}");
        assert!(
            order.windows(2).all(|w| w[0] < w[1]),
            "{file}: out of order {order:?}"
        );
        assert!(
            page.find("<a ")
                .map(|at| page[at..].starts_with("<a class=\"skip-link\""))
                == Some(true),
            "{file}: the skip link is not the first link"
        );
        assert!(!page.contains(" style=\""), "{file} has an inline style");
        assert_eq!(inline_code(&page), Vec::<String>::new(), "{file}");
    }
    // The reading of scripts and handlers finds them, however written.
    assert_eq!(
        inline_code(
            "<p onClick=\"x()\">a</p><script type=\"module\">x()</script><SCRIPT>y()</SCRIPT>\
             <script src=\"/a.js\"></script><script type=\"application/ld+json\">{}</script>"
        )
        .len(),
        3
    );
}

/// Every piece of code a page carries inline: a script element without
/// `src` (of any type but JSON-LD data, which browsers do not run), and
/// every `on…` handler attribute, as HTML parsers read them.
fn inline_code(page: &str) -> Vec<String> {
    let html = scraper::Html::parse_document(page);
    let mut found = Vec::new();
    for element in html.select(&scraper::Selector::parse("*").unwrap()) {
        let e = element.value();
        if e.name() == "script" && e.attr("src").is_none() && e.attr("type") != Some("application/ld+json") {
            found.push(element.html());
        }
        found.extend(
            e.attrs()
                .filter(|(name, _)| name.starts_with("on"))
                .map(|(name, value)| format!("{name}={value}")),
        );
    }
    found
}

#[test]
fn the_navigation_marks_the_section_a_page_is_in_and_no_other() {
    let site = SiteTest::fixture("basic").build();
    site.assert_success();
    let nav = |file: &str| {
        let page = site.read(file);
        let start = page
            .find("<nav class=\"site-nav\"")
            .unwrap_or_else(|| panic!("{file}: no navigation\n{page}"));
        let end = start + page[start..].find("</nav>").unwrap_or_default();
        page[start..end].to_owned()
    };
    let current = "<li><a href=\"/reviews/\" aria-current=\"page\">Review summaries</a></li>";
    for file in ["reviews/index.html", "reviews/child-d/index.html"] {
        let nav = nav(file);
        assert!(nav.contains(current), "{file}: {nav}");
        assert_eq!(nav.matches("aria-current").count(), 1, "{file}: {nav}");
    }
    for file in [
        "index.html",
        "about/index.html",
        "404.html",
        "recommendations/index.html",
    ] {
        let nav = nav(file);
        assert!(
            nav.contains("<li><a href=\"/reviews/\">Review summaries</a></li>"),
            "{file}: {nav}"
        );
        assert!(!nav.contains("aria-current"), "{file}: {nav}");
    }
}

#[test]
fn the_quick_exit_link_carries_the_shift_messages_in_the_page_language() {
    let site = SiteTest::fixture("components").build();
    let english = site.read("components/index.html");
    assert!(
        english.contains("href=\"https://www.bbc.co.uk/weather\" rel=\"noreferrer\" data-press-1=\"Press Shift 1 more time to leave this site\" data-press-2=\"Press Shift 2 more times to leave this site\">Leave this site</a>"),
        "{english}"
    );
    let urdu = site.read("ur/components/index.html");
    assert!(
        urdu.contains("data-press-2=\"سائٹ چھوڑنے کے لیے Shift مزید 2 بار دبائیں\""),
        "{urdu}"
    );
    // The site has no page on staying safe online, so nothing links to one.
    assert!(!urdu.contains("staying-safe-online"), "{urdu}");
    site.write(
        "content/staying-safe-online.md",
        "+++\ntitle = \"Staying safe online\"\n+++\nHow to hide your visit.\n",
    );
    let site = site.build();
    site.assert_success();
    let urdu = site.read("ur/components/index.html");
    assert!(
        urdu.contains("<a href=\"/ur/staying-safe-online/\">آن لائن محفوظ رہنا</a>"),
        "{urdu}"
    );
}

#[test]
fn tables_scroll_in_a_region_named_by_their_heading() {
    let site = SiteTest::fixture("components").build();
    let page = site.read("components/index.html");
    assert!(
        page.contains("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"progress-at-a-glance\"><table><thead><tr><th class=\"align-start\">Recommendation</th>"),
        "{page}"
    );
    assert!(
        page.contains("<th class=\"align-end\">Due</th><th class=\"align-center\">Status</th>"),
        "{page}"
    );
}

#[test]
fn fallback_titles_in_navigation_and_lists_are_marked_with_their_language() {
    let site = SiteTest::fixture_from(env!("CARGO_MANIFEST_DIR")).build();
    site.assert_success();
    let home = site.read("ur/index.html");
    // The section is translated (reviews/_index.ur.md): its own title.
    assert!(
        home.contains("<li><a href=\"/ur/reviews/\">جائزوں کے خلاصے</a></li>"),
        "{home}"
    );
    // A newsletter that is not: English, marked, isolated from the Urdu.
    assert!(
        home.contains(
            "<h3 class=\"summary-title\" lang=\"en-GB\" dir=\"ltr\"><a href=\"/ur/newsletters/autumn-2026/\">"
        ),
        "{home}"
    );
    assert!(
        home.contains("<section class=\"latest\" aria-labelledby=\"latest-learning\">"),
        "{home}"
    );
    assert!(home.contains("<p class=\"summary-kind\">نیوز لیٹر</p>"), "{home}");
    let english = site.read("index.html");
    assert!(
        english.contains("<h2 class=\"card-title\"><a href=\"/information-for-parents/\">Serious case reviews: information for parents</a></h2>"),
        "{english}"
    );
    assert!(
        english.contains("<h2 class=\"card-title\"><a href=\"/contact/\">Contact us</a></h2>"),
        "{english}"
    );
}

#[test]
fn a_featured_page_is_a_card_on_every_home_page_marked_where_untranslated() {
    let site = SiteTest::fixture("multilingual");
    site.write(
        "content/leaflets/what-happens.md",
        "+++\ntitle = \"What happens in a review\"\ndescription = \"How a review works.\"\nfeatured = true\n+++\nA review looks at how agencies worked together.\n",
    );
    let site = site.build();
    site.assert_success();
    let card = |file: &str| {
        let home = site.read(file);
        let start = home
            .find("<li class=\"card card-primary\">")
            .unwrap_or_else(|| panic!("{file}: no card\n{home}"));
        home[start..start + home[start..].find("</li>").unwrap()].to_owned()
    };
    // English: the page itself.
    let english = card("index.html");
    assert!(
        english.contains("<a href=\"/leaflets/what-happens/\">What happens in a review</a>"),
        "{english}"
    );
    assert!(english.contains("<p>How a review works.</p>"), "{english}");
    // Urdu has a translation, which takes the card, unmarked: a translation
    // is featured when its original is.
    let urdu = card("ur/index.html");
    assert!(urdu.contains("href=\"/ur/leaflets/what-happens/\""), "{urdu}");
    assert!(!urdu.contains("lang="), "{urdu}");
    // Polish has none: the English text stands in, marked as English.
    let polish = card("pl/index.html");
    assert!(
        polish.contains("<h2 class=\"card-title\" lang=\"en-GB\" dir=\"ltr\"><a href=\"/pl/leaflets/what-happens/\">What happens in a review</a></h2>"),
        "{polish}"
    );
    assert!(
        polish.contains("<p lang=\"en-GB\" dir=\"ltr\">How a review works.</p>"),
        "{polish}"
    );
    // A draft is featured nowhere.
    std::fs::remove_file(site.root.join("content/leaflets/what-happens.ur.md")).unwrap();
    site.write(
        "content/leaflets/what-happens.md",
        "+++\ntitle = \"What happens in a review\"\nfeatured = true\ndraft = true\n+++\nText.\n",
    );
    let site = site.build();
    site.assert_success();
    for file in ["index.html", "pl/index.html", "ur/index.html"] {
        assert!(!site.read(file).contains("card card-primary"), "{file}");
    }
}

#[test]
fn a_sites_part_is_printed_on_every_page_in_that_pages_language() {
    let site = SiteTest::fixture("components");
    site.write(
        "templates/parts/footer.html",
        "<footer class=\"site-footer\"><p id=\"mine\">{{ lang }} {{ dir }} {{ \"footer-privacy\" | t }}</p>",
    );
    let site = site.build();
    site.assert_success();
    for (file, lang, dir) in [
        ("index.html", "en-GB", "ltr"),
        ("components/index.html", "en-GB", "ltr"),
        ("ur/components/index.html", "ur", "rtl"),
        ("404.html", "en-GB", "ltr"),
    ] {
        let page = site.read(file);
        let mine = page
            .split("<p id=\"mine\">")
            .nth(1)
            .and_then(|rest| rest.split("</p>").next())
            .unwrap_or_else(|| panic!("{file} has no part\n{page}"));
        assert!(mine.starts_with(&format!("{lang} {dir} ")), "{file}: {mine}");
        assert_eq!(
            page.matches("<footer class=\"site-footer\">").count(),
            1,
            "{file}"
        );
    }
    assert_ne!(
        site.read("index.html").split("<p id=\"mine\">").nth(1),
        site.read("ur/components/index.html")
            .split("<p id=\"mine\">")
            .nth(1),
        "each language has its own part"
    );
}

#[test]
fn a_part_that_reads_the_page_is_an_error_at_its_line_and_nothing_is_published() {
    let site = SiteTest::fixture("components");
    site.write(
        "templates/parts/header.html",
        "<a class=\"skip-link\" href=\"#main-content\">skip</a>\n<p>{{ page.title }}</p>",
    );
    let site = site.build();
    assert_eq!(site.status(), 1, "{}", site.stderr());
    let stderr = site.stderr();
    assert!(stderr.contains("templates/parts/header.html:2:"), "{stderr}");
    assert!(stderr.contains("without `page`"), "{stderr}");
    assert!(
        stderr.contains("nothing was published: 1 error,"),
        "one error, the part's, and none for the pages that print it: {stderr}"
    );
    assert!(!site.exists("index.html"), "nothing is published");
}

#[test]
fn a_part_sees_the_navigation_items_its_page_comes_under() {
    let site = SiteTest::fixture("basic");
    site.write(
        "templates/parts/footer.html",
        "<footer class=\"site-footer\"><p id=\"nav\">[{{ nav_current | join(sep=\",\") }}]</p>",
    );
    let site = site.build();
    site.assert_success();
    for (file, under) in [
        ("reviews/index.html", "[/reviews/]"),
        ("reviews/child-d/index.html", "[/reviews/]"),
        ("index.html", "[]"),
        ("about/index.html", "[]"),
        ("recommendations/index.html", "[]"),
        ("404.html", "[]"),
    ] {
        let page = site.read(file);
        assert!(
            page.contains(&format!("<p id=\"nav\">{under}</p>")),
            "{file} is under {under}\n{page}"
        );
    }
}

#[test]
fn a_part_that_fails_in_every_navigation_state_is_reported_once() {
    let site = SiteTest::fixture("basic");
    site.write("templates/parts/footer.html", "<footer>\n{{ page.title }}");
    let site = site.build();
    assert_eq!(site.status(), 1, "{}", site.stderr());
    let stderr = site.stderr();
    assert_eq!(
        stderr.matches("templates/parts/footer.html:2:").count(),
        1,
        "{stderr}"
    );
    assert!(stderr.contains("nothing was published: 1 error,"), "{stderr}");
}

#[test]
fn a_loop_over_a_maps_entries_is_a_warning_and_its_pairs_come_in_key_order() {
    let site = SiteTest::fixture("components");
    site.write(
        "templates/parts/footer.html",
        "<footer class=\"site-footer\">\n<p id=\"keys\">{% for pair in site | pairs %}{{ pair[0] }} {% endfor %}</p>\n\
         {%- for key, value in site.contact %}{% endfor %}",
    );
    let site = site.build();
    site.assert_success();
    let stderr = site.stderr();
    assert!(
        stderr.contains("warning[templates]: this loop goes through a map's keys and values"),
        "{stderr}"
    );
    assert!(stderr.contains("templates/parts/footer.html:3:1"), "{stderr}");
    assert!(stderr.contains("| pairs"), "{stderr}");
    let page = site.read("index.html");
    let keys: Vec<&str> = page
        .split("<p id=\"keys\">")
        .nth(1)
        .and_then(|rest| rest.split("</p>").next())
        .unwrap_or_default()
        .split_whitespace()
        .collect();
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    assert!(keys.len() > 10 && keys.contains(&"title"), "{keys:?}");
    assert_eq!(keys, sorted);
}

#[test]
fn who_to_call_is_on_every_page_and_first_on_every_home_page() {
    let site = SiteTest::with_files(&[
        (
            "site.toml",
            "title = \"Board\"\nbase_url = \"https://board.example.org\"\nlanguages = [\"en-GB\", \"pl\"]\n\
             [contact]\nphone = \"01642 304520\"\n\
             [concern]\nfront_door = \"01642 130700\"\nfront_door_hours = \"Monday to Friday\"\nout_of_hours = \"01642 524552\"\n",
        ),
        ("content/_index.md", "+++\ntitle = \"Home\"\n+++\nWelcome.\n"),
        ("content/about.md", "+++\ntitle = \"About\"\n+++\nAbout us.\n"),
    ])
    .build();
    site.assert_success();
    for page in [
        "index.html",
        "pl/index.html",
        "about/index.html",
        "pl/about/index.html",
        "404.html",
        "recommendations/index.html",
    ] {
        let html = scraper::Html::parse_document(&site.read(page));
        let footer = scraper::Selector::parse("footer .concern a[href^='tel:']").unwrap();
        let tels: Vec<_> = html
            .select(&footer)
            .map(|a| a.value().attr("href").unwrap().to_owned())
            .collect();
        assert_eq!(
            tels,
            ["tel:+441642130700", "tel:+441642524552", "tel:999"],
            "{page}"
        );
    }
    for home in ["index.html", "pl/index.html"] {
        let html = scraper::Html::parse_document(&site.read(home));
        let first = scraper::Selector::parse("main > *").unwrap();
        let block = html.select(&first).next().unwrap();
        assert_eq!(
            block.value().attr("class"),
            Some("concern concern-home"),
            "{home}"
        );
        let ids = scraper::Selector::parse("[id^='concern-title']").unwrap();
        assert_eq!(
            html.select(&ids).count(),
            2,
            "{home}: the home block and the footer's"
        );
    }
    assert!(site.read("pl/index.html").contains("Martwisz się o dziecko?"));
    // Without [concern], the board's own phone stands in.
    let site = SiteTest::with_files(&[
        ("site.toml", "title = \"Board\"\nbase_url = \"https://board.example.org\"\n[contact]\nphone = \"01642 304520\"\n"),
        ("content/_index.md", "+++\ntitle = \"Home\"\n+++\nWelcome.\n"),
    ])
    .build();
    site.assert_success();
    let home = site.read("index.html");
    assert!(
        home.contains("<a class=\"concern-phone\" href=\"tel:+441642304520\" dir=\"ltr\">01642 304520</a>"),
        "{home}"
    );
    assert!(
        !home.contains("staying-safe-online") && !home.contains("/accessibility/"),
        "links to pages the site lacks"
    );
}

#[test]
fn a_theme_link_to_a_page_the_site_lacks_is_an_error_naming_the_template() {
    let default = |name: &str| {
        std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("themes/default/templates")
                .join(name),
        )
        .unwrap()
    };
    let footer = default("parts/footer.html").replace(
        "<ul class=\"footer-links\">",
        "<ul class=\"footer-links\"><li><a href=\"/staying-safe-online/\">Hide your visit</a></li>",
    );
    let page = default("page.html").replace(
        "{% block main -%}",
        "{% block main -%}<a href=\"/annual-report.pdf\">Report</a>",
    );
    let tracker = default("recommendations.html").replace(
        "{% block main %}",
        "{% block main %}<img src=\"/images/chart.png\" alt=\"\">",
    );
    let site = SiteTest::with_files(&[
        (
            "site.toml",
            "title = \"Board\"\nbase_url = \"https://board.example.org\"\nlanguages = [\"en-GB\", \"pl\"]\n",
        ),
        ("content/_index.md", "+++\ntitle = \"Home\"\n+++\nWelcome.\n"),
        ("content/about.md", "+++\ntitle = \"About\"\n+++\nAbout us.\n"),
        ("templates/parts/footer.html", &footer),
        ("templates/page.html", &page),
        ("templates/recommendations.html", &tracker),
    ])
    .build();
    assert_eq!(site.status(), 1, "{}", site.stderr());
    let err = site.stderr();
    for (template, path) in [
        ("templates/parts/footer.html", "/staying-safe-online/"),
        ("templates/page.html", "/annual-report.pdf"),
        ("templates/recommendations.html", "/images/chart.png"),
    ] {
        let finding = format!(
            "error[links]: the theme links to {path}, which is not a page or file of this site\n  --> {template}\n"
        );
        assert_eq!(err.matches(&finding).count(), 1, "{template}: {err}");
    }
    assert!(!site.root.join("public").exists());
}

#[test]
fn briefing_parts_the_author_numbered_are_not_numbered_again() {
    let parts = |numbered: bool| {
        [
            "Background",
            "Why it matters",
            "Information",
            "More information",
            "Still more",
            "Remember",
            "What to do",
        ]
        .iter()
        .enumerate()
        .map(|(i, t)| {
            if numbered {
                format!("## {}. {t}\n\nText.\n\n", i + 1)
            } else {
                format!("## {t}\n\nText.\n\n")
            }
        })
        .collect::<String>()
    };
    let site = SiteTest::with_files(&[
        (
            "site.toml",
            "title = \"Board\"\nbase_url = \"https://board.example.org\"\n",
        ),
        ("content/_index.md", "+++\ntitle = \"Home\"\n+++\nWelcome.\n"),
        ("content/briefings/_index.md", "+++\ntitle = \"Briefings\"\n+++\n"),
        (
            "content/briefings/numbered.md",
            &format!(
                "+++\ntitle = \"Numbered\"\ndate = 2026-01-01\n+++\n{}",
                parts(true)
            ),
        ),
        (
            "content/briefings/plain.md",
            &format!("+++\ntitle = \"Plain\"\ndate = 2026-01-01\n+++\n{}", parts(false)),
        ),
    ])
    .build();
    site.assert_success();
    let numbered = site.main("briefings/numbered/index.html");
    assert!(
        numbered.contains("<ol class=\"numbered-by-author\">"),
        "{numbered}"
    );
    assert!(
        numbered.contains("class=\"prose briefing-parts numbered-by-author\""),
        "{numbered}"
    );
    let plain = site.main("briefings/plain/index.html");
    assert!(!plain.contains("numbered-by-author"), "{plain}");
}

#[test]
fn links_in_a_body_are_left_to_the_markdown_check_not_blamed_on_the_template() {
    let site = SiteTest::with_files(&[
        ("site.toml", "title = \"Board\"\nbase_url = \"https://board.example.org\"\n"),
        ("content/_index.md", "+++\ntitle = \"Home\"\n+++\nWelcome.\n"),
        (
            "content/about.md",
            "+++\ntitle = \"About\"\n+++\nSee [the report](/nowhere/) and <a href=\"/nowhere-raw/\">this</a>.\n",
        ),
    ])
    .build();
    assert_eq!(site.status(), 1, "{}", site.stderr());
    let err = site.stderr();
    assert!(
        err.contains("broken link: /nowhere/ is not a page or file of this site"),
        "{err}"
    );
    assert!(!err.contains("the theme links to"), "{err}");
}
