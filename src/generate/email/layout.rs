//! The whole e-mail around a body, as HTML and as plain text: the board's
//! name and the kind of publication, the title and date, "Read this on
//! the website", a newsletter's "In this issue", the body, and a footer
//! with who to call when worried about a child and the board's contact
//! details, in the edition's language.
//!
//! The HTML is a single centred column at most 600 px wide, laid out with
//! tables (Outlook on Windows lays out nothing else), every style inline
//! ([`super::styles`]); it narrows with the screen down to 320 px.

use std::fmt::Write as _;

use super::body::Body;
use super::styles::{self, ACCENT, BACKGROUND, CARD, Dir, FONTS, LINK, MUTED, RULE, TEXT, WIDTH};
use super::text::wrap;
use crate::formats::xml::xml_escape as esc;

/// The interface text an edition shows, in its language.
#[derive(Debug, Clone, Default, Hash)]
pub struct Labels {
    /// "Read this on the website".
    pub read_online: String,
    /// "In this issue".
    pub in_this_issue: String,
    /// "Links", over the plain text's references.
    pub links: String,
    /// "Worried about a child?".
    pub concern_title: String,
    /// "Contact us".
    pub contact_us: String,
    /// "Phone".
    pub phone: String,
    /// "Email".
    pub email: String,
}

/// A number to call, with its label and when it answers.
#[derive(Debug, Clone, Hash)]
pub struct Number {
    /// "Children's services".
    pub label: String,
    /// "01642 130700".
    pub text: String,
    /// "tel:+441642130700".
    pub tel: String,
    /// "Monday to Friday, 8.30am to 5pm", in the site's default language.
    pub hours: Option<String>,
}

/// The footer: who to call, and who the board is.
#[derive(Debug, Clone, Default, Hash)]
pub struct Footer {
    /// The numbers to call, police 999 last.
    pub numbers: Vec<Number>,
    /// The sentence under them.
    pub concern_text: String,
    /// Whether that sentence is the board's own, written in the site's
    /// default language, rather than the theme's in the edition's.
    pub concern_text_is_sites: bool,
    /// Lines of the board's contact block (name, team, address,
    /// postcode, hours), in the site's default language.
    pub contact_lines: Vec<String>,
    /// The board's phone number, as written and as `tel:`.
    pub phone: Option<(String, String)>,
    /// The board's e-mail address.
    pub email: Option<String>,
    /// The contact page, absolute.
    pub contact_url: String,
    /// The language the site's own words (hours, address) are in, when it
    /// is not the edition's.
    pub site_lang: Option<String>,
}

/// Everything an edition shows besides its body.
#[derive(Debug, Clone, Hash)]
pub struct Edition<'a> {
    /// "en-GB", "ur".
    pub lang: String,
    /// Its direction.
    pub dir: Dir,
    /// The board's name.
    pub board: String,
    /// "7-minute briefing", "Newsletter: Autumn 2026".
    pub kind: String,
    /// The page's title.
    pub title: String,
    /// Its description: the line mail programs show beside the subject.
    pub description: Option<String>,
    /// Its date, written out in the language.
    pub date: Option<String>,
    /// The page, absolute.
    pub permalink: String,
    /// The reviews and briefings a newsletter links to: (title, address).
    pub in_this_issue: Vec<(String, String)>,
    /// Interface text.
    pub labels: &'a Labels,
    /// The footer.
    pub footer: &'a Footer,
}

/// ` lang="en-GB" dir="auto"` for the site's own words in an edition of
/// another language, or nothing.
fn site_lang(footer: &Footer) -> String {
    footer
        .site_lang
        .as_ref()
        .map(|l| format!(" lang=\"{}\" dir=\"auto\"", esc(l)))
        .unwrap_or_default()
}

/// The edition as one HTML document.
pub fn html(edition: &Edition<'_>, body: &Body) -> String {
    let dir = edition.dir;
    let start = dir.start();
    let font = format!("font-family:{FONTS}");
    let mut out = String::with_capacity(body.html.len() + 8192);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{d}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n<meta name=\"supported-color-schemes\" content=\"light dark\">\n\
         <title>{title}</title>\n<style>{dark}</style>\n</head>\n\
         <body class=\"e-bg\" style=\"margin:0;padding:0;background-color:{BACKGROUND}\">\n",
        lang = esc(&edition.lang),
        d = dir.as_str(),
        title = esc(&edition.title),
        dark = styles::DARK_MODE,
    );
    if let Some(description) = &edition.description {
        let _ = writeln!(
            out,
            // Outlook on Windows shows hidden text; it skips what its
            // conditional comment says is not for it.
            "<!--[if !mso]><!--><div style=\"display:none;max-height:0;overflow:hidden\" aria-hidden=\"true\">{}</div><!--<![endif]-->",
            esc(description)
        );
    }
    let _ = write!(
        out,
        "<table role=\"presentation\" class=\"e-bg\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"background-color:{BACKGROUND}\">\n\
         <tr><td align=\"center\" style=\"padding:16px 8px\">\n\
         <table role=\"presentation\" class=\"e-card\" dir=\"{d}\" width=\"{WIDTH}\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" \
         style=\"width:100%;max-width:{WIDTH}px;table-layout:fixed;background-color:{CARD};border:1px solid {RULE};border-top:6px solid {ACCENT}\">\n\
         <tr><td class=\"e-muted\" style=\"padding:20px 24px 0;{font};font-size:15px;line-height:1.4;color:{MUTED};text-align:{start}\">\
         <strong>{board}</strong><br>{kind}</td></tr>\n\
         <tr><td style=\"padding:16px 24px 0;{font};font-size:17px;line-height:1.5;color:{TEXT};text-align:{start};word-wrap:break-word;overflow-wrap:break-word\">\n\
         <h1 style=\"margin:0 0 8px;font-size:28px;line-height:1.25;font-weight:700;color:{TEXT}\">{title}</h1>\n",
        d = dir.as_str(),
        board = esc(&edition.board),
        kind = esc(&edition.kind),
        title = esc(&edition.title),
    );
    if let Some(date) = &edition.date {
        let _ = writeln!(
            out,
            "<p class=\"e-muted\" style=\"margin:0 0 12px;font-size:15px;color:{MUTED}\">{}</p>",
            esc(date)
        );
    }
    let _ = writeln!(
        out,
        "<p style=\"margin:0 0 20px\"><a href=\"{}\" style=\"color:{LINK};text-decoration:underline;font-weight:700\">{}</a></p>",
        esc(&edition.permalink),
        esc(&edition.labels.read_online)
    );
    if !edition.in_this_issue.is_empty() {
        let _ = write!(
            out,
            "<table role=\"presentation\" class=\"e-box\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"margin:0 0 20px;background-color:#eaf2fa\">\
             <tr><td style=\"padding:12px 16px;{font};color:{TEXT};text-align:{start}\">\n\
             <h2 style=\"margin:0 0 8px;font-size:19px;line-height:1.3;font-weight:700;color:{TEXT}\">{}</h2>\n\
             <ul style=\"margin:0;padding-{start}:24px;padding-{end}:0\">\n",
            esc(&edition.labels.in_this_issue),
            end = dir.end(),
        );
        for (title, url) in &edition.in_this_issue {
            let _ = writeln!(
                out,
                "<li style=\"margin:0 0 6px\"><a href=\"{}\" style=\"color:{LINK};text-decoration:underline\">{}</a></li>",
                esc(url),
                esc(title)
            );
        }
        out.push_str("</ul>\n</td></tr></table>\n");
    }
    out.push_str(&body.html);
    out.push_str("\n</td></tr>\n");
    footer_html(&mut out, edition, &font);
    out.push_str("</table>\n</td></tr></table>\n</body>\n</html>\n");
    out
}

fn footer_html(out: &mut String, edition: &Edition<'_>, font: &str) {
    let footer = edition.footer;
    let start = edition.dir.start();
    let theirs = site_lang(footer);
    let link = format!("color:{LINK};text-decoration:underline");
    let _ = write!(
        out,
        "<tr><td class=\"e-muted\" style=\"padding:20px 24px 24px;border-top:1px solid {RULE};{font};font-size:15px;line-height:1.5;color:{TEXT};text-align:{start}\">\n\
         <h2 style=\"margin:0 0 8px;font-size:19px;line-height:1.3;font-weight:700;color:{TEXT}\">{}</h2>\n",
        esc(&edition.labels.concern_title)
    );
    for number in &footer.numbers {
        let _ = write!(
            out,
            "<p style=\"margin:0 0 8px\"><strong>{}</strong><br><a href=\"{}\" dir=\"ltr\" style=\"{link};font-size:19px;font-weight:700\">{}</a>",
            esc(&number.label),
            esc(&number.tel),
            esc(&number.text)
        );
        if let Some(hours) = &number.hours {
            let _ = write!(out, "<br><span{theirs}>{}</span>", esc(hours));
        }
        out.push_str("</p>\n");
    }
    let lang = if footer.concern_text_is_sites {
        theirs.as_str()
    } else {
        ""
    };
    let _ = writeln!(
        out,
        "<p style=\"margin:0 0 16px\"{lang}>{}</p>",
        esc(&footer.concern_text)
    );
    let _ = write!(out, "<p style=\"margin:0 0 8px;color:{MUTED}\"{theirs}>");
    for (i, line) in footer.contact_lines.iter().enumerate() {
        if i == 0 {
            let _ = write!(out, "<strong>{}</strong>", esc(line));
        } else {
            let _ = write!(out, "<br>{}", esc(line));
        }
    }
    if let Some((text, tel)) = &footer.phone {
        let _ = write!(
            out,
            "<br>{}: <a href=\"{}\" dir=\"ltr\" style=\"{link}\">{}</a>",
            esc(&edition.labels.phone),
            esc(tel),
            esc(text)
        );
    }
    if let Some(email) = &footer.email {
        let _ = write!(
            out,
            "<br>{}: <a href=\"mailto:{}\" style=\"{link}\">{}</a>",
            esc(&edition.labels.email),
            esc(email),
            esc(email)
        );
    }
    out.push_str("</p>\n");
    let _ = writeln!(
        out,
        "<p style=\"margin:0\"><a href=\"{}\" style=\"{link}\">{}</a></p>\n</td></tr>",
        esc(&footer.contact_url),
        esc(&edition.labels.contact_us)
    );
}

/// The edition as plain text: readable on its own, each line at most 72
/// columns where a word allows it.
pub fn text(edition: &Edition<'_>, body: &Body) -> String {
    let mut out = String::with_capacity(body.text.len() + 2048);
    out.push_str(&edition.board);
    out.push('\n');
    out.push_str(&edition.kind);
    out.push_str("\n\n");
    out.push_str(&underlined(&edition.title, '='));
    if let Some(date) = &edition.date {
        out.push_str(date);
        out.push_str("\n\n");
    }
    let _ = write!(out, "{}:\n{}\n\n", edition.labels.read_online, edition.permalink);
    if !edition.in_this_issue.is_empty() {
        out.push_str(&underlined(&edition.labels.in_this_issue, '-'));
        for (title, url) in &edition.in_this_issue {
            out.push_str(&wrap(title, "- ", "  "));
            let _ = writeln!(out, "  {url}");
        }
        out.push('\n');
    }
    out.push_str(&body.text);
    if !body.references.is_empty() {
        out.push('\n');
        out.push_str(&underlined(&edition.labels.links, '-'));
        for (n, url) in body.references.iter().enumerate() {
            let _ = writeln!(out, "[{}] {url}", n + 1);
        }
    }
    let footer = edition.footer;
    out.push_str("\n-- \n");
    out.push_str(&underlined(&edition.labels.concern_title, '-'));
    for number in &footer.numbers {
        let _ = write!(out, "{}: {}", number.label, number.text);
        if let Some(hours) = &number.hours {
            let _ = write!(out, " ({hours})");
        }
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&wrap(&footer.concern_text, "", ""));
    out.push('\n');
    for line in &footer.contact_lines {
        out.push_str(line);
        out.push('\n');
    }
    if let Some((text, _)) = &footer.phone {
        let _ = writeln!(out, "{}: {text}", edition.labels.phone);
    }
    if let Some(email) = &footer.email {
        let _ = writeln!(out, "{}: {email}", edition.labels.email);
    }
    let _ = writeln!(out, "{}: {}", edition.labels.contact_us, footer.contact_url);
    out
}

/// `text` wrapped, with a line of `mark` under it as wide as its widest
/// line, and a blank line after.
fn underlined(text: &str, mark: char) -> String {
    let wrapped = wrap(text, "", "");
    let width = wrapped
        .lines()
        .map(unicode_width::UnicodeWidthStr::width)
        .max()
        .unwrap_or(0)
        .max(3);
    let mut out = wrapped;
    out.extend(std::iter::repeat_n(mark, width));
    out.push_str("\n\n");
    out
}
