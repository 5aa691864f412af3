//! The shape of `src/`, read from its text: no two modules import each
//! other (directly or round a longer loop), `render` never reaches into
//! `generate`, and clap is known only to the command line.
//!
//! A module is a file (`a/mod.rs` is `a`). Every `crate::…` and `super::…`
//! path in a file's code (its tests left out) is an import of the longest
//! module that path names. Modules are compared where their paths part: an
//! import from `checks::links` of `render::parts` makes `checks` depend on
//! `render`, and one from `serve::engine` of `serve::publish::write_pages`
//! makes `engine` depend on `publish`. A module's use of its own parent or
//! children is the tree itself, not an import.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type Module = Vec<String>;

/// Every module of `src/`, with the text of its code (tests left out).
fn modules() -> BTreeMap<Module, String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = BTreeMap::new();
    for entry in walkdir::WalkDir::new(&src) {
        let path = entry.unwrap().into_path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let mut module: Module = path
            .strip_prefix(&src)
            .unwrap()
            .with_extension("")
            .iter()
            .map(|part| part.to_string_lossy().into_owned())
            .collect();
        if module.last().is_some_and(|m| m == "mod" || m == "lib") {
            module.pop();
        }
        if module.last().is_some_and(|m| m == "tests") {
            continue;
        }
        found.insert(module, code_of(&path));
    }
    found
}

/// The text of a file without comments and without its `mod tests`.
fn code_of(path: &PathBuf) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => &text,
    };
    text.lines()
        .map(|line| match line.find("//") {
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The modules `module`'s code imports.
fn imports(module: &Module, code: &str, all: &BTreeMap<Module, String>) -> BTreeSet<Module> {
    let path = regex::Regex::new(r"\b(crate|(?:super::)+)((?:::)?\w+(?:::\w+)*)").unwrap();
    let group = regex::Regex::new(r"use crate::\{([^;]*)\};").unwrap();
    let word = regex::Regex::new(r"\w+(?:::\w+)*").unwrap();
    let longest = |parts: Vec<String>| -> Option<Module> {
        (1..=parts.len())
            .rev()
            .map(|n| parts[..n].to_vec())
            .find(|m| all.contains_key(m))
    };
    let split = |text: &str| -> Vec<String> {
        text.split("::")
            .filter(|p| !p.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let mut found = BTreeSet::new();
    for m in path.captures_iter(code) {
        let base: Module = if &m[1] == "crate" {
            Vec::new()
        } else {
            let ups = m[1].matches("super").count();
            module[..module.len().saturating_sub(ups)].to_vec()
        };
        let mut parts = base.clone();
        parts.extend(split(&m[2]));
        found.extend(longest(parts).or(Some(base)));
    }
    for m in group.captures_iter(code) {
        for name in word.find_iter(&m[1]) {
            found.extend(longest(split(name.as_str())));
        }
    }
    found.remove(module);
    found
}

/// Module → the modules it depends on, compared where their paths part.
fn dependencies() -> BTreeMap<Module, BTreeSet<Module>> {
    let all = modules();
    let mut graph: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (module, code) in &all {
        for target in imports(module, code, &all) {
            let common = module.iter().zip(&target).take_while(|(a, b)| a == b).count();
            if common == module.len() || common == target.len() {
                continue;
            }
            graph
                .entry(module[..=common].to_vec())
                .or_default()
                .insert(target[..=common].to_vec());
        }
    }
    graph
}

/// Every loop in `graph`, each as the modules on it.
fn loops(graph: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<Module>> {
    // A module is on a loop when one of the modules it depends on leads
    // back to it; the loop is the modules both reachable from it and
    // leading to it.
    let reach = |from: &Module| -> BTreeSet<Module> {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.clone()];
        while let Some(m) = todo.pop() {
            for next in graph.get(&m).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    todo.push(next.clone());
                }
            }
        }
        seen
    };
    let mut found: Vec<Vec<Module>> = Vec::new();
    for module in graph.keys() {
        let ahead = reach(module);
        if !ahead.contains(module) || found.iter().any(|l| l.contains(module)) {
            continue;
        }
        let on_loop: Vec<Module> = ahead.into_iter().filter(|m| reach(m).contains(module)).collect();
        found.push(on_loop);
    }
    found
}

#[test]
fn no_two_modules_import_each_other() {
    let graph = dependencies();
    let found: Vec<Vec<String>> = loops(&graph)
        .into_iter()
        .map(|l| l.iter().map(|m| m.join("::")).collect())
        .collect();
    assert!(found.is_empty(), "modules in a loop of imports: {found:?}");
}

#[test]
fn the_reading_of_imports_finds_a_loop_when_there_is_one() {
    let graph: BTreeMap<Module, BTreeSet<Module>> = [
        (vec!["a".into()], [vec!["b".to_owned()]].into()),
        (vec!["b".into()], [vec!["c".to_owned()]].into()),
        (vec!["c".into()], [vec!["a".to_owned()]].into()),
        (vec!["d".into()], [vec!["a".to_owned()]].into()),
    ]
    .into();
    assert_eq!(loops(&graph).len(), 1);
    assert_eq!(loops(&graph)[0].len(), 3);
    // And the modules of `src/` are read: the pipeline imports render.
    let deps = dependencies();
    assert!(deps[&vec!["pipeline".to_owned()]].contains(&vec!["render".to_owned()]));
    assert!(
        deps[&vec!["serve".to_owned(), "engine".to_owned()]]
            .contains(&vec!["serve".to_owned(), "publish".to_owned()])
    );
}

#[test]
fn render_never_imports_generate() {
    let graph = dependencies();
    for (module, targets) in &graph {
        if module[0] == "render" {
            assert!(
                !targets.iter().any(|t| t[0] == "generate"),
                "{module:?} imports generate"
            );
        }
    }
    let render = &graph[&vec!["render".to_owned()]];
    assert!(!render.contains(&vec!["generate".to_owned()]), "{render:?}");
}

#[test]
fn only_the_command_line_knows_clap() {
    let knows: Vec<String> = modules()
        .into_iter()
        .filter(|(_, code)| code.contains("clap"))
        .map(|(module, _)| module.join("::"))
        .collect();
    assert_eq!(knows, ["cli", "main"]);
}
