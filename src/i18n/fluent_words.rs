//! Fluent syntax errors in words a comms officer can act on: what is wrong
//! on the line, and how to write it, with the parser's own words kept as a
//! detail for anyone who knows Fluent.

use std::ops::Range;

use fluent_syntax::parser::ErrorKind;

/// Where an unindented continuation line starts, for the caret: at the
/// start of its line, not where the parser gave up.
pub fn line_start(kind: &ErrorKind, text: &str, at: usize) -> Option<usize> {
    let continuation = matches!(
        kind,
        ErrorKind::ExpectedToken('=') | ErrorKind::ExpectedCharRange { .. }
    );
    (continuation && continues_a_message(text, at))
        .then(|| text[..at.min(text.len())].rfind('\n').map_or(0, |i| i + 1))
}

/// The message and hint for a syntax error of `kind` at `at` in `text`.
pub fn explain(kind: &ErrorKind, text: &str, at: &Range<usize>) -> (String, String) {
    let detail = format!("(Fluent: {kind})");
    let (what, hint): (String, String) = match kind {
        ErrorKind::ExpectedToken('=') | ErrorKind::ExpectedCharRange { .. } if continues_a_message(text, at.start) => (
            "this line continues the message above, but starts at the edge of the line, where a new message begins".into(),
            "indent it: start the line with a space or two".into(),
        ),
        ErrorKind::ExpectedToken('=') => (
            "a message is written `message-id = Text`, and this line has no `=`".into(),
            "write the message's id, ` = ` and its text; if the line continues the message above, indent it".into(),
        ),
        ErrorKind::ExpectedToken('}') => (
            "a `{` is not closed".into(),
            "close it: a placeholder is written `{ $name }`".into(),
        ),
        ErrorKind::ExpectedMessageField { entry_id } => (
            format!("`{entry_id}` has no text"),
            format!("write its text after the `=`: {entry_id} = Your text"),
        ),
        ErrorKind::UnbalancedClosingBrace => (
            "a `}` with no `{` before it".into(),
            "remove it, or, to show a brace as text, write {\"}\"}".into(),
        ),
        ErrorKind::ExpectedInlineExpression => (
            "nothing that can be shown follows the `{`".into(),
            "after `{` comes a variable such as `$name`, a message id, or text in quotes: { $name }".into(),
        ),
        ErrorKind::MissingDefaultVariant => (
            "a choice has no default: one of its variants must be marked with `*`".into(),
            "mark the usual case with `*`, as in *[other] {$count} pages".into(),
        ),
        ErrorKind::UnterminatedStringLiteral => (
            "a text in quotes inside `{ }` has no closing `\"`".into(),
            "close the quotes before the `}`".into(),
        ),
        _ => (
            "this line cannot be read as interface text".into(),
            "a message is written `message-id = Text`; continuation lines are indented".into(),
        ),
    };
    (format!("{what} {detail}"), hint)
}

/// Whether the line holding byte `at` of `text` starts at its edge right
/// after a line of a message: a continuation that was not indented.
fn continues_a_message(text: &str, at: usize) -> bool {
    let at = at.min(text.len());
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[start..];
    if line.starts_with([' ', '\t', '#', '\n']) || start == 0 {
        return false;
    }
    let before = text[..start.saturating_sub(1)].lines().last().unwrap_or_default();
    !before.trim().is_empty() && !before.starts_with('#')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_error(text: &str) -> (String, String) {
        let (_, errors) = fluent_syntax::parser::parse(text).unwrap_err();
        let e = &errors[0];
        explain(&e.kind, text, &e.pos)
    }

    #[test]
    fn an_unindented_continuation_is_named() {
        let (message, hint) =
            first_error("footer-privacy = This site sets no cookies\nand does not track you.\n");
        assert!(
            message.starts_with("this line continues the message above"),
            "{message}"
        );
        assert!(message.contains("(Fluent: "), "{message}");
        assert_eq!(hint, "indent it: start the line with a space or two");
        let text = "a = b\nc d\n";
        let (_, errors) = fluent_syntax::parser::parse(text).unwrap_err();
        assert_eq!(line_start(&errors[0].kind, text, errors[0].pos.start), Some(6));
    }

    #[test]
    fn common_mistakes_in_plain_words() {
        for (text, starts) in [
            ("greeting = Hello { $name\n", "a `{` is not closed"),
            ("greeting =\n", "`greeting` has no text"),
            ("greeting = Hello }\n", "a `}` with no `{` before it"),
            (
                "count = { $n ->\n    [one] one\n    [other] many\n}\n",
                "a choice has no default",
            ),
            ("just some words\n", "a message is written `message-id = Text`"),
        ] {
            let (message, _) = first_error(text);
            assert!(message.starts_with(starts), "{text:?}: {message}");
        }
    }
}
