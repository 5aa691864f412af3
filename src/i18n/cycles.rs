//! Messages that refer to themselves, directly or through others
//! (`a = { b }`, `b = { a }`): Fluent cannot resolve them and would print
//! `{a}` on every page, so each is an error at its definition.
//!
//! Part of loading interface text ([`super::Locales::load`]), run once per
//! language on its finished bundle.

use std::collections::BTreeMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::resolver::ResolverError;
use fluent_bundle::{FluentError, FluentResource};

use super::Definition;
use crate::error::Diagnostic;

/// An error for each message of `bundle` (defined where `defined` says)
/// that leads back to itself.
pub(super) fn check(
    bundle: &FluentBundle<FluentResource>,
    defined: &BTreeMap<String, Definition>,
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (id, definition) in defined {
        let Some(message) = bundle.get_message(id) else {
            continue;
        };
        let patterns = message
            .value()
            .into_iter()
            .chain(message.attributes().map(|a| a.value()));
        let mut errors = Vec::new();
        for pattern in patterns {
            bundle.format_pattern(pattern, None, &mut errors);
        }
        let cyclic = errors
            .iter()
            .any(|e| matches!(e, FluentError::ResolverError(ResolverError::Cyclic)));
        if cyclic {
            found.push(
                Diagnostic::error(
                    "translations",
                    &definition.file,
                    format!("message `{id}` refers to itself, directly or through other messages, so it can never be shown"),
                )
                .at_location(definition.location)
                .with_hint("write the text itself instead of the `{ … }` reference that leads back to this message"),
            );
        }
    }
    found
}
