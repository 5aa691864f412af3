//! The e-mail edition's look, as inline `style` attributes: mail programs
//! drop or ignore stylesheets (Gmail keeps only inline styles in many of
//! its apps, Outlook on Windows renders with Word), so every element
//! carries its own. System fonts, colours that keep their contrast when a
//! mail program darkens them, and sides that mirror for right-to-left
//! languages.

/// The system fonts of each platform, then a sans-serif.
pub const FONTS: &str = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
/// Text.
pub const TEXT: &str = "#1f1f1f";
/// Quieter text: labels, dates.
pub const MUTED: &str = "#4b4f54";
/// Links.
pub const LINK: &str = "#1d5fa8";
/// Lines and borders.
pub const RULE: &str = "#d0cfcd";
/// The page around the message.
pub const BACKGROUND: &str = "#f3f2f1";
/// The message's own background.
pub const CARD: &str = "#ffffff";
/// The accent of headings and boxes.
pub const ACCENT: &str = "#1d70b8";
/// The width of the message's column, in CSS pixels.
pub const WIDTH: u32 = 600;
/// The widest an image is shown: the column less its padding.
pub const IMAGE_WIDTH: u32 = 552;

/// The `<style>` element: the only rules a stylesheet must hold, because
/// no inline style can say them: darker colours for readers whose mail
/// program is set to dark mode (Apple Mail, Outlook on the web and on
/// phones read it; the others darken the message themselves, and the
/// inline colours are chosen to survive that).
pub const DARK_MODE: &str = "@media (prefers-color-scheme: dark) {\
 .e-bg { background-color: #121212 !important; }\
 .e-card { background-color: #1e1e1e !important; border-color: #3a3a3a !important; }\
 .e-card, .e-card p, .e-card li, .e-card h1, .e-card h2, .e-card h3, .e-card td, .e-card th { color: #ececec !important; }\
 .e-card a { color: #8cc4ff !important; }\
 .e-muted, .e-muted p { color: #c4c4c4 !important; }\
 .e-box { background-color: #24303c !important; }\
 .e-card th { border-color: #ececec !important; }\
 }";

/// Which way the edition's language is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dir {
    /// Left to right.
    Ltr,
    /// Right to left: starts and ends of lines swap sides.
    Rtl,
}

impl Dir {
    /// From a language's `dir` value ("ltr" or "rtl").
    pub fn of(dir: &str) -> Dir {
        if dir == "rtl" { Dir::Rtl } else { Dir::Ltr }
    }

    /// "ltr" or "rtl".
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }

    /// The side a line starts on: "left" or "right".
    pub fn start(self) -> &'static str {
        match self {
            Dir::Ltr => "left",
            Dir::Rtl => "right",
        }
    }

    /// The side a line ends on.
    pub fn end(self) -> &'static str {
        match self {
            Dir::Ltr => "right",
            Dir::Rtl => "left",
        }
    }
}

/// The elements that have a style of their own.
const NAMES: [&str; 20] = [
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "div",
    "table",
    "th",
    "td",
    "img",
    "pre",
    "code",
    "hr",
];

/// The classes the Markdown renderer writes that change an element's
/// style, as [`build`] reads them.
const VARIANTS: [&str; 7] = [
    "",
    "alert-title",
    "alert",
    "alert alert-warning",
    "footnote-definition",
    "align-end",
    "align-center",
];

/// Which of [`VARIANTS`] `class` is, for an element `name`.
fn variant(name: &str, class: &str) -> usize {
    match name {
        "p" if class == "alert-title" => 1,
        "div" if class.split(' ').any(|c| c == "alert") => {
            if class.contains("alert-warning") || class.contains("alert-caution") {
                3
            } else {
                2
            }
        }
        "div" if class.contains("footnote-definition") => 4,
        "th" | "td" if class.contains("align-end") => 5,
        "th" | "td" if class.contains("align-center") => 6,
        _ => 0,
    }
}

/// Every element's style, written once for each direction, for briefings
/// and for the rest: (direction, briefing) → name → variant.
static TABLES: std::sync::LazyLock<Vec<Vec<Option<String>>>> = std::sync::LazyLock::new(|| {
    let mut tables = Vec::new();
    for dir in [Dir::Ltr, Dir::Rtl] {
        for briefing in [false, true] {
            tables.push(
                NAMES
                    .iter()
                    .flat_map(|name| {
                        VARIANTS
                            .iter()
                            .map(move |class| build(name, class, dir, briefing))
                    })
                    .collect(),
            );
        }
    }
    tables
});

/// The inline style of a body element `name` (with its `class`, as the
/// Markdown renderer wrote it), or `None` for one that needs none.
pub fn of(name: &str, class: &str, dir: Dir, briefing: bool) -> Option<&'static str> {
    let slot = NAMES.iter().position(|n| *n == name)?;
    let table = usize::from(dir == Dir::Rtl) * 2 + usize::from(briefing);
    TABLES[table][slot * VARIANTS.len() + variant(name, class)].as_deref()
}

/// The style [`of`] gives, written out.
fn build(name: &str, class: &str, dir: Dir, briefing: bool) -> Option<String> {
    let (start, end) = (dir.start(), dir.end());
    let style = match name {
        "h1" => format!("margin:0 0 16px;font-size:28px;line-height:1.25;font-weight:700;color:{TEXT}"),
        "h2" if briefing => format!(
            "margin:28px 0 12px;padding-top:12px;border-top:4px solid {ACCENT};font-size:22px;line-height:1.3;font-weight:700;color:{TEXT}"
        ),
        "h2" => format!("margin:28px 0 12px;font-size:22px;line-height:1.3;font-weight:700;color:{TEXT}"),
        "h3" => format!("margin:24px 0 8px;font-size:19px;line-height:1.3;font-weight:700;color:{TEXT}"),
        "h4" | "h5" | "h6" => format!("margin:20px 0 8px;font-size:17px;font-weight:700;color:{TEXT}"),
        "p" if class == "alert-title" => "margin:0 0 8px;font-weight:700".to_owned(),
        "p" => "margin:0 0 16px".to_owned(),
        "a" => format!("color:{LINK};text-decoration:underline"),
        "ul" | "ol" => format!("margin:0 0 16px;padding-{start}:28px;padding-{end}:0"),
        "li" => "margin:0 0 8px".to_owned(),
        "blockquote" => {
            format!("margin:0 0 16px;padding:0 0 0 0;padding-{start}:16px;border-{start}:4px solid {RULE}")
        }
        "div" if class.split(' ').any(|c| c == "alert") => {
            let warning = class.contains("alert-warning") || class.contains("alert-caution");
            let (rule, fill) = if warning {
                ("#d4351c", "#fcefec")
            } else {
                (ACCENT, "#eaf2fa")
            };
            format!(
                "margin:0 0 16px;padding:12px 16px;border-{start}:6px solid {rule};background-color:{fill}"
            )
        }
        "div" if class.contains("footnote-definition") => "margin:0 0 8px;font-size:15px".to_owned(),
        "table" => "width:100%;border-collapse:collapse;margin:0 0 16px;font-size:15px".to_owned(),
        "th" | "td" => {
            let align = if class.contains("align-end") {
                end
            } else if class.contains("align-center") {
                "center"
            } else {
                start
            };
            let rule = if name == "th" {
                format!("2px solid {TEXT}")
            } else {
                format!("1px solid {RULE}")
            };
            format!("padding:6px 8px;border-bottom:{rule};text-align:{align};vertical-align:top")
        }
        "img" => "display:block;max-width:100%;height:auto;border:0".to_owned(),
        "pre" => format!(
            "margin:0 0 16px;padding:12px;background-color:{BACKGROUND};white-space:pre-wrap;word-wrap:break-word;font-family:Menlo,Consolas,monospace;font-size:14px"
        ),
        "code" => "font-family:Menlo,Consolas,monospace;font-size:15px".to_owned(),
        "hr" => format!("border:0;border-top:1px solid {RULE};margin:24px 0"),
        _ => return None,
    };
    Some(style)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_styled_element_is_in_the_tables_and_sides_mirror() {
        for name in NAMES.iter().filter(|n| **n != "div") {
            assert!(of(name, "", Dir::Ltr, false).is_some(), "{name}");
        }
        assert_eq!(of("div", "", Dir::Ltr, false), None, "a plain div");
        assert_eq!(of("span", "", Dir::Ltr, false), None);
        assert_eq!(
            of("td", "align-end", Dir::Ltr, false),
            Some("padding:6px 8px;border-bottom:1px solid #d0cfcd;text-align:right;vertical-align:top")
        );
        assert_eq!(
            of("td", "align-end", Dir::Rtl, false),
            Some("padding:6px 8px;border-bottom:1px solid #d0cfcd;text-align:left;vertical-align:top")
        );
        assert!(
            of("div", "alert alert-caution", Dir::Rtl, false)
                .unwrap()
                .contains("border-right:6px solid #d4351c")
        );
        assert!(of("h2", "", Dir::Ltr, true).unwrap().contains("border-top"));
        assert!(!of("h2", "", Dir::Ltr, false).unwrap().contains("border-top"));
    }
}
