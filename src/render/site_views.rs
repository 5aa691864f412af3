//! The `site` value every page's context starts from: one for each language
//! and navigation state, with the theme's parts rendered into `site.parts`.
//!
//! A navigation state is the list of navigation items a page comes under
//! (`nav_current`, the items whose address its own starts with). Those
//! addresses are all beginnings of the page's address, so each is a
//! beginning of the longest: a page's state is the state of that item's own
//! page. A language therefore has at most one state more than it has
//! navigation items (the extra one: under none of them), and the parts,
//! which may mark the current item, are rendered once for each.

use std::collections::HashMap;

use tera::Value;

/// The `site` values of each language, by navigation state.
#[derive(Default)]
pub struct SiteViews {
    by_lang: HashMap<String, Vec<(Vec<String>, Value)>>,
    /// What the links the theme writes are checked against, with the
    /// parts' links already checked.
    links: crate::checks::theme_links::Checker,
    /// Language → hash of its values, worked out when first asked for.
    keys: std::sync::OnceLock<HashMap<String, u64>>,
}

impl SiteViews {
    /// Adds the `site` value of pages in `lang` under the navigation items
    /// at `nav_current`.
    pub fn insert(&mut self, lang: &str, nav_current: Vec<String>, view: Value) {
        self.keys = std::sync::OnceLock::new();
        self.by_lang
            .entry(lang.to_owned())
            .or_default()
            .push((nav_current, view));
    }

    /// The `site` value of a page in `lang` under the navigation items at
    /// `nav_current`; the language's first one if that state has none
    /// (every state has one, see the module's notes).
    pub fn get(&self, lang: &str, nav_current: &[String]) -> Option<&Value> {
        let states = self.by_lang.get(lang)?;
        states
            .iter()
            .find(|(state, _)| state == nav_current)
            .or(states.first())
            .map(|(_, view)| view)
    }

    /// The checker of the links the theme writes.
    pub fn links(&self) -> &crate::checks::theme_links::Checker {
        &self.links
    }

    /// The checker of the links the theme writes, the values let go.
    pub fn into_links(self) -> crate::checks::theme_links::Checker {
        self.links
    }

    /// Sets the checker of the links the theme writes.
    pub fn set_links(&mut self, links: crate::checks::theme_links::Checker) {
        self.links = links;
    }

    /// Language → a hash of its values in every navigation state: equal
    /// values hash alike, whatever order their maps were built in.
    pub fn keys(&self) -> &HashMap<String, u64> {
        self.keys.get_or_init(|| {
            self.by_lang
                .iter()
                .map(|(lang, states)| {
                    use std::hash::{Hash, Hasher};
                    let mut hasher = crate::fingerprint::hasher();
                    for (state, view) in states {
                        state.hash(&mut hasher);
                        crate::fingerprint::hash_value(&mut hasher, view);
                    }
                    (lang.clone(), hasher.finish())
                })
                .collect()
        })
    }

    /// [`SiteViews::keys`] of `lang` (0 for a language with no values).
    pub fn key(&self, lang: &str) -> u64 {
        self.keys().get(lang).copied().unwrap_or_default()
    }

    /// Each language (in no set order) with its values by navigation
    /// state, in the order they were added.
    pub fn languages(&self) -> impl Iterator<Item = (&str, &[(Vec<String>, Value)])> {
        self.by_lang
            .iter()
            .map(|(lang, states)| (lang.as_str(), states.as_slice()))
    }
}

/// The navigation states of `lang`: under none of its items, then under
/// each item (as its own page is), without repeats.
pub fn nav_states(site: &crate::site::Site, lang: &str) -> Vec<Vec<String>> {
    let mut states = vec![Vec::new()];
    for url in site
        .nav
        .get(lang)
        .into_iter()
        .flatten()
        .map(|&i| &site.pages[i].url)
    {
        let state = super::context::nav_current(site, lang, url);
        if !states.contains(&state) {
            states.push(state);
        }
    }
    states
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_gets_the_value_of_its_language_and_state_or_else_its_languages_first() {
        let mut views = SiteViews::default();
        views.insert("en-GB", Vec::new(), Value::from("none"));
        views.insert("en-GB", vec!["/reviews/".to_owned()], Value::from("reviews"));
        views.insert("pl", Vec::new(), Value::from("pl"));
        let get = |lang: &str, state: &[&str]| {
            let state: Vec<String> = state.iter().map(|s| (*s).to_owned()).collect();
            views
                .get(lang, &state)
                .and_then(|v| v.as_str().map(str::to_owned))
        };
        assert_eq!(get("en-GB", &["/reviews/"]).as_deref(), Some("reviews"));
        assert_eq!(get("en-GB", &[]).as_deref(), Some("none"));
        assert_eq!(get("en-GB", &["/elsewhere/"]).as_deref(), Some("none"));
        assert_eq!(get("pl", &["/reviews/"]).as_deref(), Some("pl"));
        assert_eq!(get("ur", &[]), None);
    }
}
