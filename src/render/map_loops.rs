//! Template loops over a map's keys and values. Tera's maps are hash maps,
//! whose order is drawn afresh in every run, so such a loop could write a
//! page differently from one build to the next (and `serve` would rewrite
//! it after every save). Each one is a warning that points to `| pairs`,
//! which Lantern gives in key order.

use crate::error::Diagnostic;

/// A warning for every `{% for key, value in … %}` in `text`, the source of
/// the template at `origin`, outside comments and raw blocks.
pub fn warnings(origin: &str, text: &str) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(offset) = text[at..].find('{') {
        let start = at + offset;
        let rest = &text[start..];
        if rest.starts_with("{#") {
            at = rest.find("#}").map_or(text.len(), |end| start + end + 2);
            continue;
        }
        if !rest.starts_with("{%") {
            at = start + 1;
            continue;
        }
        let close = rest.find("%}").map_or(rest.len(), |end| end + 2);
        let statement = rest[2..close]
            .trim_end_matches("%}")
            .trim_matches(['-', '+'])
            .trim();
        at = start + close;
        if statement == "raw" {
            at = rest
                .find("endraw")
                .and_then(|end| rest[end..].find("%}").map(|close| start + end + close + 2))
                .unwrap_or(text.len());
            continue;
        }
        if is_key_value_loop(statement) {
            found.push(
                Diagnostic::warning(
                    "templates",
                    origin,
                    "this loop goes through a map's keys and values, which have no set order, \
                     so the page can come out different from one build to the next",
                )
                .at(text, start..start + close)
                .with_hint(
                    "loop over the map's pairs, which come in key order: \
                     `{% for pair in MAP | pairs %}`, with `pair[0]` the key and `pair[1]` the value",
                ),
            );
        }
    }
    found
}

/// Whether a tag's statement is `for KEY, VALUE in …`.
fn is_key_value_loop(statement: &str) -> bool {
    let Some(rest) = statement.strip_prefix("for") else {
        return false;
    };
    if !rest.starts_with(char::is_whitespace) {
        return false;
    }
    let mut names = String::new();
    for word in rest.split_whitespace() {
        if word == "in" {
            return names.contains(',');
        }
        names.push_str(word);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<usize> {
        warnings("templates/t.html", text)
            .iter()
            .filter_map(|d| d.location.map(|l| l.line))
            .collect()
    }

    #[test]
    fn a_key_value_loop_is_found_in_every_spelling() {
        let text = "<ul>\n{% for k, v in page %}{% endfor %}\n{%- for k,v in site -%}{% endfor %}\n\
                    {%for  key ,value  in  x%}{% endfor %}\n{% for a,b in m %}{% endfor %}\n";
        assert_eq!(lines(text), vec![2, 3, 4, 5]);
        let found = warnings("templates/t.html", text);
        assert_eq!(found[0].file, "templates/t.html");
        assert_eq!(found[0].location.map(|l| l.column), Some(1));
        assert_eq!(found[0].span, Some(5..27));
        assert!(found[0].hint.as_deref().is_some_and(|h| h.contains("| pairs")));
        assert!(!found[0].is_error());
    }

    #[test]
    fn other_loops_comments_and_raw_blocks_are_left_alone() {
        let text = "{% for p in section.pages %}{% endfor %}\n{% for pair in m | pairs %}{% endfor %}\n\
                    {# {% for k, v in m %} #}\n{% raw %}{% for k, v in m %}{% endraw %}\n\
                    {% set format = 1 %}{{ a, b }}{% fork, v in m %}\n{% for k, v in m %}{% endfor %}";
        assert_eq!(lines(text), vec![6]);
    }

    #[test]
    fn an_unclosed_tag_or_comment_ends_the_search() {
        assert_eq!(lines("{# {% for k, v in m %}"), Vec::<usize>::new());
        assert_eq!(lines("{% raw %}{% for k, v in m %}"), Vec::<usize>::new());
        assert_eq!(lines("x\n{% for k, v in m"), vec![2]);
    }
}
