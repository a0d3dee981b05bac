//! The floors hold: no import circle between the folders and top-level files of `src/`,
//! directly or round a loop; none between the files of `src/routine/`; and `src/routine/`
//! imports nothing but itself and `fonts.rs` (ARCHITECTURE.md says why). Read from every
//! `crate::`, `super::` and `self::` path in `src/`, in `use` lines and inline, with
//! comments, strings and `#[cfg(test)]` items left out; a failure names each loop and
//! the line of every import in it.
//!
//! A test binary of its own: it reads source text and needs nothing from the program.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::Path;

/// What `src/routine/` may import besides itself: the fonts, to say which characters
/// the window cannot draw.
const ROUTINE_MAY_IMPORT: [&str; 2] = ["src/routine/", "src/fonts.rs"];

/// The imports of the program's own `src/`.
fn program() -> Graph {
    Graph::read(&sources(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))))
}

#[test]
fn no_import_circle_between_the_folders_and_files_of_src() {
    let graph = program();
    // The reader reads: the window imports the routine, the printables import their words.
    for (from, to) in [
        ("src/app.rs", "src/routine/"),
        ("src/export/", "src/i18n/"),
        ("src/i18n/", "src/routine/"),
    ] {
        assert!(
            graph.top.contains_key(&(from.into(), to.into())),
            "no import {from} -> {to} found"
        );
    }
    let loops = loops(&graph.top);
    assert!(
        loops.is_empty(),
        "import circles between the parts of src/:\n{}",
        loops.join("\n")
    );
}

#[test]
fn no_import_circle_between_the_files_of_routine() {
    let graph = program();
    assert!(
        graph
            .routine
            .contains_key(&("src/routine/load.rs".into(), "src/routine/read.rs".into())),
        "the reader found no import load.rs -> read.rs"
    );
    let loops = loops(&graph.routine);
    assert!(
        loops.is_empty(),
        "import circles inside src/routine/:\n{}",
        loops.join("\n")
    );
}

#[test]
fn routine_imports_nothing_from_the_floors_above_it() {
    let graph = program();
    let upward: Vec<String> = graph
        .top
        .iter()
        .filter(|((from, to), _)| {
            from == "src/routine/" && !ROUTINE_MAY_IMPORT.contains(&to.as_str())
        })
        .map(|((_, to), at)| format!("  src/routine/ -> {to} ({at})"))
        .collect();
    assert!(
        upward.is_empty(),
        "src/routine/ imports from above it:\n{}",
        upward.join("\n")
    );
}

/// The reader on made-up sources: it must find what is planted and nothing else, or the
/// tests above could pass by reading nothing.
#[test]
fn the_reader_finds_a_planted_circle_and_skips_tests_comments_and_strings() {
    let files = [
        (
            "src/lib.rs",
            "pub mod a; pub mod b; pub mod c; pub mod routine;",
        ),
        (
            "src/a.rs",
            "use crate::b::{self, X};\n// crate::c::x\nconst S: &str = \"crate::c::y\";\nconst R: &str = r#\"crate::c::w\"#;",
        ),
        (
            "src/b.rs",
            "pub struct X;\nfn f() -> char { crate::a::g(); '\"' }\n#[cfg(test)]\nmod tests {\n    use crate::c::Z;\n}\n",
        ),
        ("src/c.rs", "pub struct Z;"),
        (
            "src/routine/mod.rs",
            "mod model;\nmod walk;\npub use model::*;\npub use walk::Place;",
        ),
        (
            "src/routine/model.rs",
            "use super::Place;\npub struct Level;",
        ),
        (
            "src/routine/walk.rs",
            "pub struct Place(super::Level);\nfn f() { crate::c::Z; }",
        ),
    ];
    let files: Vec<Source> = files
        .iter()
        .map(|(path, text)| Source::new(path, text))
        .collect();
    let graph = Graph::read(&files);
    let top: BTreeSet<_> = graph.top.keys().cloned().collect();
    let edge = |from: &str, to: &str| (from.to_owned(), to.to_owned());
    let expected = BTreeSet::from([
        edge("src/a.rs", "src/b.rs"),
        edge("src/b.rs", "src/a.rs"),
        edge("src/routine/", "src/c.rs"),
    ]);
    assert_eq!(top, expected);
    let loops_found = loops(&graph.top);
    assert_eq!(loops_found.len(), 1, "{loops_found:?}");
    assert!(
        loops_found[0].contains("src/a.rs -> src/b.rs (src/a.rs:1 crate::b::self)")
            && loops_found[0].contains("src/b.rs -> src/a.rs (src/b.rs:2 crate::a::g)"),
        "{}",
        loops_found[0]
    );
    let inside = loops(&graph.routine);
    assert_eq!(inside.len(), 1, "{inside:?}");
    assert!(
        inside[0].contains("model.rs -> src/routine/walk.rs (src/routine/model.rs:1 super::Place)"),
        "{}",
        inside[0]
    );
}

/// One source file: where it is, which module it is, and its code as tokens.
struct Source {
    path: String,
    module: Vec<String>,
    tokens: Vec<Token>,
}

impl Source {
    fn new(path: &str, text: &str) -> Source {
        let inside = path.strip_prefix("src/").expect("a path under src/");
        let inside = inside.strip_suffix(".rs").expect("a .rs file");
        let mut module: Vec<String> = inside.split('/').map(str::to_owned).collect();
        if matches!(module.last().map(String::as_str), Some("mod" | "lib")) {
            module.pop();
        }
        Source {
            path: path.to_owned(),
            module,
            tokens: without_tests(tokens(&code_only(text))),
        }
    }
}

/// Every `.rs` file under `src/` but `main.rs`, the binary's own crate root, which
/// nothing can import.
fn sources(src: &Path) -> Vec<Source> {
    let mut found = Vec::new();
    let mut folders = vec![src.to_owned()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path.strip_prefix(src.parent().unwrap()).unwrap();
                let relative = relative.to_string_lossy().replace('\\', "/");
                if relative != "src/main.rs" {
                    let text = std::fs::read_to_string(&path).unwrap();
                    found.push(Source::new(&relative, &text));
                }
            }
        }
    }
    found.sort_by(|a, b| a.path.cmp(&b.path));
    found
}

/// The text with comments, strings and character literals blanked out (line breaks
/// kept, so lines still count).
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let before = i.checked_sub(1).map(|j| chars[j]);
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(chars[i]));
                    i += 1;
                }
            }
        } else if c == 'r'
            && matches!(next, Some('"' | '#'))
            && !before.is_some_and(|b| is_ident(b) && b != 'b')
        {
            // A raw string: r"…", r#"…"#, br"…".
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                match chars.get(j) {
                    None => break,
                    Some('"') if (0..hashes).all(|h| chars.get(j + 1 + h) == Some(&'#')) => {
                        j += 1 + hashes;
                        break;
                    }
                    Some(&other) => out.push(blank(other)),
                }
                j += 1;
            }
            i = j;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                if let Some(&inner) = chars.get(i) {
                    out.push(blank(inner));
                }
                i += 1;
            }
            i += 1;
        } else if c == '\'' && next == Some('\\') {
            // An escaped character: '\n', '\'', '\u{00e6}'.
            i += 2;
            while i < chars.len() && chars[i] != '\'' {
                i += 1;
            }
            i += 1;
        } else if c == '\'' && chars.get(i + 2) == Some(&'\'') {
            i += 3;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Word(String),
    /// `::`
    PathSep,
    Punct(char),
}

#[derive(Debug, Clone)]
struct Token {
    kind: Kind,
    line: usize,
}

fn tokens(code: &str) -> Vec<Token> {
    let mut found = Vec::new();
    let mut line = 1;
    let mut chars = code.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\n' {
            line += 1;
        } else if c.is_alphanumeric() || c == '_' {
            let mut word = String::from(c);
            while let Some(&n) = chars.peek().filter(|n| n.is_alphanumeric() || **n == '_') {
                word.push(n);
                chars.next();
            }
            found.push(Token {
                kind: Kind::Word(word),
                line,
            });
        } else if c == ':' && chars.peek() == Some(&':') {
            chars.next();
            found.push(Token {
                kind: Kind::PathSep,
                line,
            });
        } else if !c.is_whitespace() {
            found.push(Token {
                kind: Kind::Punct(c),
                line,
            });
        }
    }
    found
}

fn is(token: Option<&Token>, kind: &Kind) -> bool {
    token.is_some_and(|t| &t.kind == kind)
}

fn word(token: Option<&Token>) -> Option<&str> {
    match token.map(|t| &t.kind) {
        Some(Kind::Word(w)) => Some(w),
        _ => None,
    }
}

/// The index after the bracket that closes the one at `open`.
fn after_closing(tokens: &[Token], open: usize) -> usize {
    let mut depth = 0i32;
    for (i, token) in tokens.iter().enumerate().skip(open) {
        match token.kind {
            Kind::Punct('(' | '[' | '{') => depth += 1,
            Kind::Punct(')' | ']' | '}') => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
    }
    tokens.len()
}

/// The tokens without the items under `#[cfg(test)]` (and without the whole file under
/// `#![cfg(test)]`).
fn without_tests(tokens: Vec<Token>) -> Vec<Token> {
    let cfg_test = |at: usize| -> Option<usize> {
        let inner = is(tokens.get(at + 1), &Kind::Punct('!'));
        let start = at + 1 + usize::from(inner);
        let expected = ["[", "cfg", "(", "test", ")", "]"];
        let matches = expected.iter().enumerate().all(|(k, e)| {
            tokens.get(start + k).is_some_and(|t| match &t.kind {
                Kind::Word(w) => w == e,
                Kind::Punct(p) => e.len() == 1 && e.starts_with(*p),
                Kind::PathSep => false,
            })
        });
        matches.then_some(if inner {
            usize::MAX
        } else {
            start + expected.len()
        })
    };
    let mut kept = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !is(tokens.get(i), &Kind::Punct('#')) {
            kept.push(tokens[i].clone());
            i += 1;
            continue;
        }
        match cfg_test(i) {
            Some(usize::MAX) => return Vec::new(),
            Some(mut j) => {
                // Further attributes, then the item: up to its `;` or its closing `}`.
                while is(tokens.get(j), &Kind::Punct('#')) {
                    j = after_closing(&tokens, j + 1);
                }
                let mut depth = 0i32;
                while j < tokens.len() {
                    match tokens[j].kind {
                        Kind::Punct('(' | '[') => depth += 1,
                        Kind::Punct(')' | ']') => depth -= 1,
                        Kind::Punct('{') if depth == 0 => {
                            j = after_closing(&tokens, j);
                            break;
                        }
                        Kind::Punct(';') if depth == 0 => {
                            j += 1;
                            break;
                        }
                        _ => {}
                    }
                    j += 1;
                }
                i = j;
            }
            None => {
                kept.push(tokens[i].clone());
                i += 1;
            }
        }
    }
    kept
}

/// A path as written, and where.
struct Written {
    segments: Vec<String>,
    glob: bool,
    alias: Option<String>,
    line: usize,
}

/// Reads a path or use tree from `at`: `a::b`, `a::{b, c::{self, d}}`, `a::*`,
/// `a::b as c`. Returns the index after it.
fn use_tree(
    tokens: &[Token],
    mut at: usize,
    mut prefix: Vec<String>,
    out: &mut Vec<Written>,
) -> usize {
    let line = tokens.get(at).map_or(0, |t| t.line);
    loop {
        match tokens.get(at).map(|t| &t.kind) {
            Some(Kind::Punct('{')) => {
                at += 1;
                while at < tokens.len() && !is(tokens.get(at), &Kind::Punct('}')) {
                    at = use_tree(tokens, at, prefix.clone(), out);
                    if is(tokens.get(at), &Kind::Punct(',')) {
                        at += 1;
                    } else if !is(tokens.get(at), &Kind::Punct('}')) {
                        return at;
                    }
                }
                return at + 1;
            }
            Some(Kind::Punct('*')) => {
                out.push(Written {
                    segments: prefix,
                    glob: true,
                    alias: None,
                    line,
                });
                return at + 1;
            }
            Some(Kind::Word(segment)) => {
                prefix.push(segment.clone());
                at += 1;
                if is(tokens.get(at), &Kind::PathSep) {
                    at += 1;
                    continue;
                }
                let alias = if word(tokens.get(at)) == Some("as") {
                    at += 2;
                    word(tokens.get(at - 1)).map(str::to_owned)
                } else {
                    None
                };
                out.push(Written {
                    segments: prefix,
                    glob: false,
                    alias,
                    line,
                });
                return at;
            }
            _ => {
                if !prefix.is_empty() {
                    out.push(Written {
                        segments: prefix,
                        glob: false,
                        alias: None,
                        line,
                    });
                }
                return at;
            }
        }
    }
}

/// A path made absolute from the crate's root, if it is one of the crate's.
fn absolute(
    module: &[String],
    segments: &[String],
    children: &BTreeSet<Vec<String>>,
) -> Option<Vec<String>> {
    let (first, rest) = segments.split_first()?;
    let mut path = match first.as_str() {
        "crate" => Vec::new(),
        "self" => module.to_vec(),
        "super" => module[..module.len().saturating_sub(1)].to_vec(),
        name => {
            let mut child = module.to_vec();
            child.push(name.to_owned());
            if !children.contains(&child) {
                return None;
            }
            module.to_vec()
        }
    };
    if !matches!(first.as_str(), "crate" | "self" | "super") {
        path.push(first.clone());
    }
    let mut rest = rest.iter().peekable();
    while rest.peek().is_some_and(|s| *s == "super") {
        rest.next();
        path.pop();
    }
    path.extend(rest.filter(|s| *s != "self").cloned());
    Some(path)
}

/// A use or inline path read from one file, made absolute.
struct Import {
    file: usize,
    /// The module it is written in (an inline module included).
    module: Vec<String>,
    path: Vec<String>,
    written: String,
    glob: bool,
    alias: Option<String>,
    line: usize,
    in_use_line: bool,
}

/// The imports found, as edges from one part to another, each with where it was first
/// written: between the parts of `src/` (`top`) and between the files of `src/routine/`.
struct Graph {
    top: BTreeMap<(String, String), String>,
    routine: BTreeMap<(String, String), String>,
}

impl Graph {
    fn read(files: &[Source]) -> Graph {
        // Modules, inline ones included, with the file each lives in.
        let mut modules: BTreeMap<Vec<String>, usize> = BTreeMap::new();
        for (f, file) in files.iter().enumerate() {
            modules.insert(file.module.clone(), f);
        }
        let mut imports = Vec::new();
        let mut defined: Vec<BTreeSet<String>> = vec![BTreeSet::new(); files.len()];
        let children: BTreeSet<Vec<String>> = modules.keys().cloned().collect();
        for (f, file) in files.iter().enumerate() {
            let tokens = &file.tokens;
            let mut inline: Vec<(String, i32)> = Vec::new();
            let mut depth = 0i32;
            let mut i = 0;
            while i < tokens.len() {
                let mut module = file.module.clone();
                module.extend(inline.iter().map(|(name, _)| name.clone()));
                match &tokens[i].kind {
                    Kind::Punct('{') => depth += 1,
                    Kind::Punct('}') => {
                        if inline.last().is_some_and(|(_, d)| *d == depth) {
                            inline.pop();
                        }
                        depth -= 1;
                    }
                    Kind::Word(w) if is_definition(w) => {
                        if let Some(name) = word(tokens.get(i + 1)) {
                            defined[f].insert(name.to_owned());
                            if w == "mod" && is(tokens.get(i + 2), &Kind::Punct('{')) {
                                let mut inner = module.clone();
                                inner.push(name.to_owned());
                                modules.insert(inner, f);
                                inline.push((name.to_owned(), depth + 1));
                            }
                        }
                    }
                    Kind::Word(w) if w == "macro_rules" => {
                        if let Some(name) = word(tokens.get(i + 2)) {
                            defined[f].insert(name.to_owned());
                        }
                    }
                    Kind::Word(w) if w == "use" => {
                        let mut written = Vec::new();
                        let end = use_tree(tokens, i + 1, Vec::new(), &mut written);
                        for w in written {
                            if let Some(path) = absolute(&module, &w.segments, &children) {
                                imports.push(Import {
                                    file: f,
                                    module: module.clone(),
                                    path,
                                    written: w.segments.join("::"),
                                    glob: w.glob,
                                    alias: w.alias,
                                    line: w.line,
                                    in_use_line: true,
                                });
                            }
                        }
                        i = end;
                        continue;
                    }
                    Kind::Word(w)
                        if matches!(w.as_str(), "crate" | "super" | "self")
                            && is(tokens.get(i + 1), &Kind::PathSep)
                            && !is(
                                i.checked_sub(1).and_then(|p| tokens.get(p)),
                                &Kind::PathSep,
                            ) =>
                    {
                        let mut written = Vec::new();
                        let end = use_tree(tokens, i, Vec::new(), &mut written);
                        for w in written {
                            if let Some(path) = absolute(&module, &w.segments, &children) {
                                imports.push(Import {
                                    file: f,
                                    module: module.clone(),
                                    path,
                                    written: w.segments.join("::"),
                                    glob: false,
                                    alias: None,
                                    line: w.line,
                                    in_use_line: false,
                                });
                            }
                        }
                        i = end.max(i + 1);
                        continue;
                    }
                    _ => {}
                }
                i += 1;
            }
        }
        let resolver = Resolver {
            files,
            modules: &modules,
            defined: &defined,
            imports: &imports,
        };
        let mut top = BTreeMap::new();
        let mut routine = BTreeMap::new();
        for import in &imports {
            let rooted = import.written.starts_with("crate")
                || import.written.starts_with("super")
                || import.written.starts_with("self");
            if !rooted || (import.in_use_line && import.path.is_empty()) {
                continue;
            }
            let from = &files[import.file];
            let at = format!("{}:{} {}", from.path, import.line, import.written);
            if let Some(to) = resolver.part(&import.path) {
                let from_part = part_of(from);
                if from_part != to {
                    top.entry((from_part, to)).or_insert_with(|| at.clone());
                }
            }
            let in_routine = |file: &Source| file.module.first().is_some_and(|m| m == "routine");
            if in_routine(from)
                && let Some(home) = resolver.home(&import.path, 0)
                && in_routine(&files[home])
                && files[home].path != from.path
            {
                routine
                    .entry((from.path.clone(), files[home].path.clone()))
                    .or_insert(at);
            }
        }
        Graph { top, routine }
    }
}

fn is_definition(word: &str) -> bool {
    matches!(
        word,
        "struct" | "enum" | "fn" | "type" | "const" | "static" | "trait" | "union" | "mod"
    )
}

/// The part of `src/` a file belongs to: its folder, or itself at the top.
fn part_of(file: &Source) -> String {
    let rest = file.path.strip_prefix("src/").unwrap_or(&file.path);
    match rest.split_once('/') {
        Some((folder, _)) => format!("src/{folder}/"),
        None => file.path.clone(),
    }
}

struct Resolver<'a> {
    files: &'a [Source],
    modules: &'a BTreeMap<Vec<String>, usize>,
    defined: &'a [BTreeSet<String>],
    imports: &'a [Import],
}

impl Resolver<'_> {
    /// The part of `src/` a path names: the top-level module it goes through.
    fn part(&self, path: &[String]) -> Option<String> {
        let module = path
            .first()
            .map(|first| vec![first.clone()])
            .unwrap_or_default();
        let file = self
            .modules
            .get(&module)
            .or_else(|| self.modules.get(&Vec::new()))?;
        Some(part_of(&self.files[*file]))
    }

    /// The file an item is defined in, following the imports and re-exports of the
    /// modules the path goes through (so a folder's `mod.rs` that re-exports its files
    /// is no file of its own in the path).
    fn home(&self, path: &[String], depth: usize) -> Option<usize> {
        if depth > 16 {
            return None;
        }
        let (k, file) = (0..=path.len())
            .rev()
            .find_map(|k| self.modules.get(&path[..k]).map(|f| (k, *f)))?;
        let Some(name) = path.get(k) else {
            return Some(file);
        };
        if self.defined[file].contains(name) {
            return Some(file);
        }
        let module = &path[..k];
        let here = |import: &&Import| import.in_use_line && import.module.as_slice() == module;
        for import in self.imports.iter().filter(here).filter(|i| !i.glob) {
            let named = import.alias.as_ref().or(import.path.last());
            if named == Some(name) {
                let mut target = import.path.clone();
                target.extend(path[k + 1..].iter().cloned());
                return self.home(&target, depth + 1).or(Some(file));
            }
        }
        for import in self.imports.iter().filter(here).filter(|i| i.glob) {
            let mut target = import.path.clone();
            target.extend(path[k..].iter().cloned());
            if let Some(found) = self.home(&target, depth + 1)
                && found != file
                && self.defined[found].contains(name)
            {
                return Some(found);
            }
        }
        Some(file)
    }
}

/// The loops in the graph: through each import that closes one, the shortest, each
/// written as its imports with where each is first written.
fn loops(edges: &BTreeMap<(String, String), String>) -> Vec<String> {
    let mut next: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (from, to) in edges.keys() {
        next.entry(from).or_default().push(to);
    }
    let reaches = |from: &str, to: &str| -> Option<Vec<String>> {
        // The shortest way from `from` to `to`, as the parts passed.
        let mut came_from: BTreeMap<&str, &str> = BTreeMap::new();
        let mut queue = VecDeque::from([from]);
        while let Some(part) = queue.pop_front() {
            for &n in next.get(part).map(Vec::as_slice).unwrap_or_default() {
                if n == to {
                    let mut way = vec![to.to_owned(), part.to_owned()];
                    let mut at = part;
                    while at != from {
                        at = came_from[at];
                        way.push(at.to_owned());
                    }
                    way.reverse();
                    return Some(way);
                }
                if n != from && !came_from.contains_key(n) {
                    came_from.insert(n, part);
                    queue.push_back(n);
                }
            }
        }
        None
    };
    // Through each import that closes a loop, the shortest loop, each loop once.
    let mut seen: BTreeSet<Vec<String>> = BTreeSet::new();
    let mut found = Vec::new();
    for (from, to) in edges.keys() {
        let Some(back) = reaches(to, from) else {
            continue;
        };
        let mut way = vec![from.clone()];
        way.extend(back);
        let ring = &way[..way.len() - 1];
        let first = (0..ring.len()).min_by_key(|i| &ring[*i]).unwrap_or(0);
        let mut canonical = ring[first..].to_vec();
        canonical.extend_from_slice(&ring[..first]);
        if !seen.insert(canonical.clone()) {
            continue;
        }
        canonical.push(canonical[0].clone());
        let steps: Vec<String> = canonical
            .windows(2)
            .map(|pair| {
                let at = &edges[&(pair[0].clone(), pair[1].clone())];
                format!("  {} -> {} ({at})", pair[0], pair[1])
            })
            .collect();
        found.push(format!(
            "loop {}:\n{}",
            canonical.join(" -> "),
            steps.join("\n")
        ));
    }
    found
}
