//! The mistakes people make when they write TOML by hand (in `site.toml`
//! or a page's front matter), recognised and explained in plain words, each
//! with the line written as it should be:
//!
//! - a date written the UK way, `date = 01/03/2024`;
//! - curly quotes pasted from a word processor, `title = “Spring”`;
//! - a double quote inside a quoted text, `title = "Our "Spring" news"`;
//! - a value that is not one of those a key takes, `status = "in progress"`.
//!
//! [`crate::toml_file`] asks here first, and falls back on the parser's
//! own words for anything else.

use std::ops::Range;

/// A mistake explained: where it is in the TOML text, what is wrong, and
/// how to write it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plain {
    /// The value at fault, as a range of the TOML text.
    pub span: Range<usize>,
    /// What is wrong.
    pub message: String,
    /// The line as it should be written.
    pub hint: String,
}

/// A `key = value` line: the key, the value (trimmed) and where the value
/// starts in the whole text.
struct Line<'a> {
    key: &'a str,
    value: &'a str,
    value_at: usize,
}

/// The `key = value` line that holds byte `at` of `toml`.
fn line_at(toml: &str, at: usize) -> Option<Line<'_>> {
    let at = at.min(toml.len());
    let start = toml[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = toml[start..].find('\n').map_or(toml.len(), |i| start + i);
    let line = toml[start..end].trim_end_matches('\r');
    let equals = line.find('=')?;
    let key = line[..equals].trim();
    let after = &line[equals + 1..];
    let value = after.trim();
    if key.is_empty() || value.is_empty() {
        return None;
    }
    let value_at = start + equals + 1 + (after.len() - after.trim_start().len());
    Some(Line { key, value, value_at })
}

/// A syntax error at `span` of `toml`, explained if it is one of the usual
/// mistakes.
pub fn explain(toml: &str, span: Range<usize>) -> Option<Plain> {
    let line = line_at(toml, span.start)?;
    uk_date(&line)
        .or_else(|| curly_quotes(&line))
        .or_else(|| quote_inside(&line))
}

/// `01/03/2024`, `1.3.24`, `01-03-2024`: a date written day, month, year.
fn uk_date(line: &Line<'_>) -> Option<Plain> {
    let value = line.value.trim_matches('"');
    let (iso, words) = crate::dates::day_month_year(value)?;
    Some(Plain {
        span: line.value_at..line.value_at + line.value.len(),
        message: format!(
            "`{value}` is written day/month/year; dates are written year-month-day ({iso} is {words})"
        ),
        hint: format!("write it as {} = {iso}, without quotes", line.key),
    })
}

/// The quotation marks a word processor or keyboard layout types instead
/// of `"` and `'`.
const CURLY: [char; 10] = ['“', '”', '„', '‟', '‘', '’', '‚', '‛', '«', '»'];

/// `title = “Spring newsletter”`.
fn curly_quotes(line: &Line<'_>) -> Option<Plain> {
    let first = line.value.chars().next()?;
    if !CURLY.contains(&first) {
        return None;
    }
    let inner = line.value.trim_matches(|c| CURLY.contains(&c) || c == '"');
    Some(Plain {
        span: line.value_at..line.value_at + line.value.len(),
        message: format!(
            "{first} is a curly quote, as a word processor types it; text here must be in straight quotes, \""
        ),
        hint: format!("write it as {} = {}", line.key, quoted(inner)),
    })
}

/// `title = "Our "Spring" newsletter"`: the text ends at its second `"`.
fn quote_inside(line: &Line<'_>) -> Option<Plain> {
    let value = line.value;
    if !value.starts_with('"') || value.starts_with("\"\"\"") || !value.ends_with('"') || value.len() < 3 {
        return None;
    }
    let inner = &value[1..value.len() - 1];
    let closes_early = inner
        .char_indices()
        .any(|(i, c)| c == '"' && !inner[..i].ends_with('\\'));
    if !closes_early {
        return None;
    }
    let escaped = inner.replace("\\\"", "\"").replace('"', "\\\"");
    let hint = if inner.contains('\'') {
        format!(
            "write each \" inside the text as \\\": {} = \"{escaped}\"",
            line.key
        )
    } else {
        format!(
            "put the text in single quotes: {key} = '{inner}' (or write each \" inside it as \\\": {key} = \"{escaped}\")",
            key = line.key
        )
    };
    Some(Plain {
        span: line.value_at..line.value_at + value.len(),
        message: "a double quote inside the text ends it early, and the rest of the line cannot be read"
            .to_owned(),
        hint,
    })
}

/// `text` as a TOML string: in double quotes, or single quotes when it
/// holds a double quote (and no single one).
fn quoted(text: &str) -> String {
    if text.contains('"') && !text.contains('\'') {
        format!("'{text}'")
    } else {
        format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

/// serde's "unknown variant `in progress`, expected one of `not-started`,
/// `in-progress`, `complete`" for the value at `span`, said in plain words
/// with the nearest allowed value.
pub fn unknown_value(toml: &str, span: Range<usize>, message: &str) -> Option<Plain> {
    let rest = message.strip_prefix("unknown variant `")?;
    let (given, expected) = rest.split_once('`')?;
    let allowed: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    if allowed.is_empty() {
        return None;
    }
    let line = line_at(toml, span.start)?;
    let normalised = given.trim().to_lowercase().replace([' ', '_'], "-");
    let nearest = allowed
        .iter()
        .copied()
        .find(|a| *a == normalised)
        .or_else(|| crate::schema::closest(&normalised, allowed.iter().copied()));
    let listed = match allowed.split_last() {
        Some((last, [])) => format!("`{last}`"),
        Some((last, rest)) => format!(
            "{} or `{last}`",
            rest.iter()
                .map(|a| format!("`{a}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        None => String::new(),
    };
    let hint = match nearest {
        Some(near) => format!("did you mean `{near}`? Write {} = \"{near}\"", line.key),
        None => format!("write one of them, such as {} = \"{}\"", line.key, allowed[0]),
    };
    Some(Plain {
        span,
        message: format!("`{given}` is not a value `{}` takes: it takes {listed}", line.key),
        hint,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn explained(toml: &str, at: &str) -> Plain {
        let start = toml.find(at).unwrap();
        explain(toml, start..start + 1).unwrap_or_else(|| panic!("not explained: {toml}"))
    }

    #[test]
    fn uk_dates_are_turned_round() {
        let toml = "title = \"A\"\ndate = 01/03/2024\n";
        let plain = explained(toml, "01/");
        assert_eq!(&toml[plain.span.clone()], "01/03/2024");
        assert_eq!(
            plain.message,
            "`01/03/2024` is written day/month/year; dates are written year-month-day (2024-03-01 is 1 March 2024)"
        );
        assert_eq!(plain.hint, "write it as date = 2024-03-01, without quotes");
    }

    #[test]
    fn curly_quotes_are_named_and_straightened() {
        let plain = explained("title = “Spring newsletter”\n", "“");
        assert_eq!(
            plain.message,
            "“ is a curly quote, as a word processor types it; text here must be in straight quotes, \""
        );
        assert_eq!(plain.hint, "write it as title = \"Spring newsletter\"");
        let plain = explained("title = „Biuletyn”\n", "„");
        assert_eq!(plain.hint, "write it as title = \"Biuletyn\"");
    }

    #[test]
    fn a_quote_inside_a_text_is_explained_both_ways() {
        let plain = explained("title = \"Our \"Spring\" newsletter\"\n", "Spring");
        assert_eq!(
            plain.hint,
            "put the text in single quotes: title = 'Our \"Spring\" newsletter' (or write each \" inside it as \\\": title = \"Our \\\"Spring\\\" newsletter\")"
        );
        let plain = explained("title = \"Mum's \"new\" leaflet\"\n", "new");
        assert_eq!(
            plain.hint,
            "write each \" inside the text as \\\": title = \"Mum's \\\"new\\\" leaflet\""
        );
    }

    #[test]
    fn other_syntax_errors_are_left_to_the_parser() {
        for toml in ["title = \"A\"\nx = [1,\n", "= 3\n", "title = \"unclosed\n"] {
            assert_eq!(explain(toml, 0..1), None, "{toml}");
        }
    }

    #[test]
    fn an_unknown_value_suggests_the_nearest_allowed_one() {
        let toml = "[[recommendations]]\ntext = \"A\"\nstatus = \"in progress\"\n";
        let at = toml.find("\"in").unwrap();
        let message =
            "unknown variant `in progress`, expected one of `not-started`, `in-progress`, `complete`";
        let plain = unknown_value(toml, at..at + 13, message).unwrap();
        assert_eq!(
            plain.message,
            "`in progress` is not a value `status` takes: it takes `not-started`, `in-progress` or `complete`"
        );
        assert_eq!(
            plain.hint,
            "did you mean `in-progress`? Write status = \"in-progress\""
        );
        let plain = unknown_value(toml, at..at + 13, "unknown variant `zzz`, expected `a` or `b`").unwrap();
        assert_eq!(plain.hint, "write one of them, such as status = \"a\"");
        assert_eq!(unknown_value(toml, at..at + 1, "invalid type: integer"), None);
    }
}
