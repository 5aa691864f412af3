use super::*;
use crate::markdown::{AlertTitles, render};

/// The rules broken by a body, with the Markdown each fault points at.
fn found(body: &str) -> Vec<(Rule, String)> {
    let rendered = render(body, &AlertTitles::default());
    faults(body, 0, &rendered)
        .into_iter()
        .map(|f| (f.rule, body[f.span].trim_end().to_owned()))
        .collect()
}

/// Each body breaks `rule` exactly once, at the given Markdown.
fn assert_fires(rule: Rule, cases: &[(&str, &str)]) {
    for (body, at) in cases {
        assert_eq!(found(body), [(rule, (*at).to_owned())], "{body:?}");
    }
}

/// No body breaks any rule.
fn assert_quiet(cases: &[&str]) {
    for body in cases {
        assert_eq!(found(body), [], "{body:?}");
    }
}

#[test]
fn images_without_alt_text_fire() {
    assert_fires(
        Rule::ImageWithoutAlt,
        &[
            ("![](photo.jpg)", "![](photo.jpg)"),
            ("![ ](photo.jpg)", "![ ](photo.jpg)"),
            ("Text ![](a.png) more.", "![](a.png)"),
            (
                "![](a.png \"A title is not alt text\")",
                "![](a.png \"A title is not alt text\")",
            ),
            ("![][logo]\n\n[logo]: /logo.png", "![][logo]"),
            ("- ![](a.png)", "![](a.png)"),
            ("> ![](a.png)", "![](a.png)"),
            ("| Photo |\n|---|\n| ![](a.png) |", "![](a.png)"),
            ("## Photos\n\n![](a.png)", "![](a.png)"),
            ("![\n](a.png)", "![\n](a.png)"),
        ],
    );
}

#[test]
fn images_with_alt_text_and_html_images_are_quiet() {
    assert_quiet(&[
        "![A nurse weighing a baby](a.png)",
        "![Chart: referrals by month](chart.svg)",
        "![*Emphasised* alt](a.png)",
        "![`code` alt](a.png)",
        "![x](a.png)",
        "<img src=\"divider.png\" alt=\"\">",
        "<img src=\"a.png\" alt=\"A family\">",
        "![Logo][logo]\n\n[logo]: /logo.png",
        "[![Home](/logo.png)](/)",
        "Not an image: !\\[](a.png)",
        "`![](a.png)` in code",
        "```\n![](a.png)\n```",
    ]);
}

#[test]
fn heading_faults_fire() {
    let cases: &[(&str, Rule, &str)] = &[
        ("### Starts at h3", Rule::SkippedHeadingLevel, "### Starts at h3"),
        (
            "#### Starts at h4",
            Rule::SkippedHeadingLevel,
            "#### Starts at h4",
        ),
        ("## A\n\n#### C", Rule::SkippedHeadingLevel, "#### C"),
        ("## A\n\n### B\n\n##### D", Rule::SkippedHeadingLevel, "##### D"),
        (
            "## A\n\n### B\n\n## C\n\n#### D",
            Rule::SkippedHeadingLevel,
            "#### D",
        ),
        ("A\n---\n\n#### D", Rule::SkippedHeadingLevel, "#### D"),
        ("# Title again", Rule::SecondH1, "# Title again"),
        ("## A\n\n# B", Rule::SecondH1, "# B"),
        ("Title\n=====", Rule::SecondH1, "Title\n====="),
        (
            "> ## Quote\n>\n> #### Deep",
            Rule::SkippedHeadingLevel,
            "#### Deep",
        ),
        (
            "- ## In a list\n\n  ###### Deep",
            Rule::SkippedHeadingLevel,
            "###### Deep",
        ),
    ];
    for (body, rule, at) in cases {
        assert_eq!(found(body), [(*rule, (*at).to_owned())], "{body:?}");
    }
}

#[test]
fn heading_look_alikes_are_quiet() {
    assert_quiet(&[
        "## A\n\n### B\n\n#### C",
        "## A\n\n### B\n\n## C",
        "## A\n\n### B\n\n#### C\n\n## D",
        "## A\n\n### B\n\n#### C\n\n##### D\n\n###### E\n\n## F",
        "## A\n---",
        "Text\n\n## A",
        "#hashtag is not a heading",
        "\\# Not a heading",
        "```\n# code comment\n#### nope\n```",
        "    # indented code",
        "## A {#custom-id}\n\n### B",
        "## A\n\n### B\n\n### C\n\n## D\n\n### E",
    ]);
}

#[test]
fn link_text_faults_fire() {
    let cases: &[(&str, Rule, &str)] = &[
        ("[](/contact/)", Rule::EmptyLink, "[](/contact/)"),
        ("[ ](/contact/)", Rule::EmptyLink, "[ ](/contact/)"),
        (
            "[click here](/contact/)",
            Rule::VagueLinkText,
            "[click here](/contact/)",
        ),
        (
            "[Click Here.](/contact/)",
            Rule::VagueLinkText,
            "[Click Here.](/contact/)",
        ),
        ("To book, [here](/book/)!", Rule::VagueLinkText, "[here](/book/)"),
        (
            "[Read more…](/reviews/)",
            Rule::VagueLinkText,
            "[Read more…](/reviews/)",
        ),
        ("[more](/reviews/)", Rule::VagueLinkText, "[more](/reviews/)"),
        ("[this link](/x/)", Rule::VagueLinkText, "[this link](/x/)"),
        ("[LINK](/x/)", Rule::VagueLinkText, "[LINK](/x/)"),
        ("[*read* more](/x/)", Rule::VagueLinkText, "[*read* more](/x/)"),
        ("(**[here](/x/)**)", Rule::VagueLinkText, "[here](/x/)"),
        (
            "[kliknij tutaj](/pl/x/)",
            Rule::VagueLinkText,
            "[kliknij tutaj](/pl/x/)",
        ),
        (
            "[Czytaj więcej](/pl/x/)",
            Rule::VagueLinkText,
            "[Czytaj więcej](/pl/x/)",
        ),
        (
            "[یہاں کلک کریں](/ur/x/)",
            Rule::VagueLinkText,
            "[یہاں کلک کریں](/ur/x/)",
        ),
        (
            "[مزید پڑھیں](/ur/x/)",
            Rule::VagueLinkText,
            "[مزید پڑھیں](/ur/x/)",
        ),
        (
            "<https://www.nspcc.org.uk/>",
            Rule::VagueLinkText,
            "<https://www.nspcc.org.uk/>",
        ),
        (
            "[www.nspcc.org.uk](https://www.nspcc.org.uk/)",
            Rule::VagueLinkText,
            "[www.nspcc.org.uk](https://www.nspcc.org.uk/)",
        ),
        (
            "[/contact/](/contact/)",
            Rule::VagueLinkText,
            "[/contact/](/contact/)",
        ),
        (
            "| A |\n|---|\n| [here](/x/) |",
            Rule::VagueLinkText,
            "[here](/x/)",
        ),
    ];
    for (body, rule, at) in cases {
        assert_eq!(found(body), [(*rule, (*at).to_owned())], "{body:?}");
    }
}

#[test]
fn link_text_look_alikes_are_quiet() {
    assert_quiet(&[
        "[Contact us](/contact/)",
        "[How to contact the review panel](/contact/)",
        "[Read more about safer sleep](/briefings/safer-sleep/)",
        "[More support for parents](/support/)",
        "[Here to help: our services](/services/)",
        "[Link between neglect and attendance](/x/)",
        "[board@example.org](mailto:board@example.org)",
        "<board@example.org>",
        "[01642 304520](tel:01642304520)",
        "[NSPCC: keeping children safe online](https://www.nspcc.org.uk/)",
        "[Więcej o bezpiecznym śnie](/pl/x/)",
        "[ہم سے رابطہ کریں](/ur/contact/)",
        "[![Home page](/logo.png)](/)",
        "Click here to see nothing: there is no link.",
    ]);
}

#[test]
fn document_links_without_type_or_size_fire() {
    let cases: &[(&str, &str)] = &[
        ("[Annual report](/docs/report.pdf)", "type and size"),
        ("[Annual report (PDF)](/docs/report.pdf)", "size"),
        ("[Annual report (240 KB)](/docs/report.pdf)", "type"),
        ("[Annual report, PDF](/docs/report.PDF?v=2#page=3)", "size"),
        ("[Toolkit (PDF, 2 MB)](/docs/toolkit.docx)", "type"),
        ("[Toolkit](/docs/toolkit.doc)", "type and size"),
        ("[Data (Excel)](/docs/data.xlsx)", "size"),
        ("[Data](https://example.org/data.csv)", "type and size"),
        ("[Slides (1.5 MB)](/docs/slides.pptx)", "type"),
        ("[Letter](/docs/letter.odt)", "type and size"),
        ("[Letter](/docs/letter.rtf)", "type and size"),
        ("[The PDFs list (3 KB)](/docs/list.pdf)", "type"),
    ];
    for (body, missing) in cases {
        let rendered = render(body, &AlertTitles::default());
        let all = faults(body, 0, &rendered);
        assert_eq!(all.len(), 1, "{body:?}: {all:?}");
        assert_eq!(all[0].rule, Rule::DocumentWithoutTypeOrSize, "{body:?}");
        assert!(
            all[0].message.contains(&format!("without its {missing}:")),
            "{body:?}: {}",
            all[0].message
        );
    }
}

#[test]
fn document_links_with_type_and_size_and_other_links_are_quiet() {
    assert_quiet(&[
        "[Annual report (PDF, 240 KB)](/docs/report.pdf)",
        "[Annual report (pdf, 240kb)](/docs/report.pdf)",
        "[Annual report (PDF, 1.2 MB)](/docs/report.pdf)",
        "[Annual report (PDF, 1,2 MB)](/docs/report.pdf)",
        "[Toolkit (Word document, 80 KB)](/docs/toolkit.docx)",
        "[Toolkit (DOCX, 80 KB)](/docs/toolkit.docx)",
        "[Data (Excel spreadsheet, 12 KB)](/docs/data.xlsx)",
        "[Data (CSV, 900 bytes)](/docs/data.csv)",
        "[Slides (PowerPoint, 3 MB)](/docs/slides.pptx)",
        "[Raport roczny (PDF, 240 KB)](/pl/docs/raport.pdf)",
        "[The PDF guide](/guides/pdf/)",
        "[Report page](/reports/report.html)",
        "[Version 1.2](/changes/v1.2/)",
    ]);
}

#[test]
fn tables_without_header_fire_and_with_header_are_quiet() {
    assert_fires(
        Rule::TableWithoutHeader,
        &[
            ("| | |\n|-|-|\n| 1 | 2 |", "| | |"),
            ("|  |\n|--|\n| x |", "|  |"),
            ("Text.\n\n| | |\n|---|---|\n| a | b |\n\nMore.", "| | |"),
            ("| | |\n|:--|--:|\n| left | right |", "| | |"),
            ("- Item\n\n  | | |\n  |-|-|\n  | 1 | 2 |", "| | |"),
            ("> | | |\n> |-|-|\n> | 1 | 2 |", "| | |"),
            ("| |\n|-|", "| |"),
            ("|   |   |   |\n|---|---|---|\n| a | b | c |", "|   |   |   |"),
            ("## Data\n\n| | |\n|-|-|\n| 1 | 2 |", "| | |"),
        ],
    );
    assert_quiet(&[
        "| Agency | Role |\n|---|---|\n| Health | Visits |",
        "| | Role |\n|---|---|\n| Health | Visits |",
        "| `code` |\n|---|\n| x |",
        "| A |\n|:-:|",
        "Not | a | table",
        "| *Agency* | Role |\n|---|---|\n| Health | Visits |",
        "| [Agency](/agencies/) | Role |\n|---|---|\n| Health | Visits |",
        "- Item\n\n  | Agency |\n  |-|\n  | Health |",
        "> | Agency |\n> |-|\n> | Health |",
        "| 2024 | 2025 |\n|---|---|\n| 3 | 4 |",
        "```\n| | |\n|-|-|\n```",
        "| Agency |\n|---|\n| |",
    ]);
}

#[test]
fn same_text_to_different_places_fires_once_per_later_link() {
    let body = "[Contact us](/contact/) and [contact  US](/help/).\n\n[Contact us](/contact)\n";
    let rendered = render(body, &AlertTitles::default());
    let all = faults(body, 0, &rendered);
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].rule, Rule::SameTextDifferentPlaces);
    assert_eq!(&body[all[0].span.clone()], "[contact  US](/help/)");
    assert_eq!(
        all[0].message,
        "the link text \"contact  US\" leads to /help/, but the same text leads to /contact/ on line 1"
    );
    assert_quiet(&[
        "[Contact us](/contact/) [Contact us](/contact/)",
        "[Contact us](/contact/) [Contact us](/contact/index.html)",
        "[Contact us](/contact/) [Get in touch](/help/)",
        "[Review](/reviews/a/)\n\n[Review of Child D](/reviews/d/)",
    ]);
    // Vague texts are reported once, as vague.
    let rules: Vec<Rule> = found("[here](/a/) and [here](/b/)")
        .into_iter()
        .map(|(r, _)| r)
        .collect();
    assert_eq!(rules, [Rule::VagueLinkText, Rule::VagueLinkText]);
}

#[test]
fn faults_come_in_source_order() {
    let body = "### Skip\n\n![](a.png) [here](/x/)\n\n| |\n|-|\n| 1 |\n";
    let rules: Vec<Rule> = found(body).into_iter().map(|(r, _)| r).collect();
    assert_eq!(
        rules,
        [
            Rule::SkippedHeadingLevel,
            Rule::ImageWithoutAlt,
            Rule::VagueLinkText,
            Rule::TableWithoutHeader
        ]
    );
}
