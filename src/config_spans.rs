//! Where each key of a pipeline.toml is written: lines from the `toml` crate's spans
//! (`DeTable`), so that every config problem names the line of its own key.

use std::collections::HashMap;
use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// Lines (1-based) of every key in a TOML text, by dotted path (`stages.clean.kind`,
/// `tests.0.name` for arrays of tables).
pub struct Spans {
    keys: HashMap<String, usize>,
    line_starts: Vec<usize>,
}

/// The children of a table or array with their dotted paths below `path` ("" at the
/// root), and the span their line is read from (the key's, or an array item's).
fn children<'a, 'i>(path: &str, v: &'a DeValue<'i>) -> Vec<(String, std::ops::Range<usize>, &'a Spanned<DeValue<'i>>)> {
    let join = |k: &str| if path.is_empty() { k.to_string() } else { format!("{path}.{k}") };
    match v {
        DeValue::Table(t) => t.iter().map(|(k, v)| (join(k.get_ref()), k.span(), v)).collect(),
        DeValue::Array(a) => a.iter().enumerate().map(|(i, v)| (join(&i.to_string()), v.span(), v)).collect(),
        _ => Vec::new(),
    }
}

impl Spans {
    /// The keys of the parsed text; an unparsable text gives no keys (its syntax error
    /// is reported on its own).
    pub fn new(text: &str, source: &Source<'_>) -> Self {
        let line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        let mut spans = Spans { keys: HashMap::new(), line_starts };
        if let Some(root) = &source.root {
            let root = DeValue::Table(root.get_ref().clone());
            // Explicit stack: nesting follows the file, never the call stack.
            let mut stack: Vec<(String, &DeValue<'_>)> = vec![(String::new(), &root)];
            while let Some((path, v)) = stack.pop() {
                for (p, span, child) in children(&path, v) {
                    let line = spans.line_of(span.start);
                    spans.keys.entry(p.clone()).or_insert(line);
                    stack.push((p, child.get_ref()));
                }
            }
        }
        spans
    }

    /// The line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= offset).max(1)
    }

    /// The line of the key at `path`, or of the nearest enclosing key that is written;
    /// 1 when none is.
    pub fn line(&self, path: &[&str]) -> usize {
        (1..=path.len()).rev().find_map(|n| self.keys.get(&path[..n].join("."))).copied().unwrap_or(1)
    }

    /// Whether the key at `path` is written.
    pub fn has(&self, path: &[&str]) -> bool {
        self.keys.contains_key(&path.join("."))
    }
}


/// A table of the config as the parser saw it, to deserialize typed options from with
/// errors that carry the span of the offending value.
pub struct Source<'i> {
    root: Option<Spanned<DeTable<'i>>>,
}

impl<'i> Source<'i> {
    pub fn new(text: &'i str) -> Self {
        Source { root: DeTable::parse(text).ok() }
    }

    /// The table at `path` without the keys in `skip`, as a value to deserialize.
    pub fn table(&self, path: &[&str], skip: &[&str]) -> Option<Spanned<DeValue<'i>>> {
        let root = self.root.as_ref()?;
        let mut span = root.span();
        let mut table: &DeTable<'i> = root.get_ref();
        for p in path {
            let v = table.get(*p)?;
            span = v.span();
            table = v.get_ref().as_table()?;
        }
        let mut out = DeTable::new();
        for (k, v) in table.iter().filter(|(k, _)| !skip.contains(&k.get_ref().as_ref())) {
            out.insert(k.clone(), v.clone());
        }
        Some(Spanned::new(span, DeValue::Table(out)))
    }

    /// The value at `path`.
    pub fn value(&self, path: &[&str]) -> Option<&Spanned<DeValue<'i>>> {
        let root = self.root.as_ref()?;
        let (last, parents) = path.split_last()?;
        let mut table: &DeTable<'i> = root.get_ref();
        for p in parents {
            table = table.get(*p)?.get_ref().as_table()?;
        }
        table.get(*last)
    }
}

/// Deserialize `T` from a spanned value; the error keeps the span of the bad value.
pub fn deserialize<'i, T: serde::de::DeserializeOwned>(v: Spanned<DeValue<'i>>) -> Result<T, toml::de::Error> {
    T::deserialize(toml::de::ValueDeserializer::from(v))
}

impl Source<'_> {
    /// The dotted path, below `path`, of the innermost key whose value holds `offset`
    /// (`stages.f.keywords`, `tests.1.expect.0.rows`); None when no key below `path` does.
    pub fn key_at(&self, path: &[&str], offset: usize) -> Option<String> {
        let top = self.value(path)?;
        // Tables written as `[a.b]` headers have spans that do not enclose their keys, so
        // every key below `path` is visited and the one with the tightest value span wins.
        let mut best: Option<(usize, String)> = None;
        let mut stack: Vec<(String, &DeValue<'_>)> = vec![(path.join("."), top.get_ref())];
        while let Some((p, v)) = stack.pop() {
            for (cp, _, val) in children(&p, v) {
                let sp = val.span();
                if sp.start <= offset && offset < sp.end.max(sp.start + 1) && best.as_ref().is_none_or(|(len, _)| sp.len() < *len) {
                    best = Some((sp.len(), cp.clone()));
                }
                stack.push((cp, val.get_ref()));
            }
        }
        best.map(|(_, p)| p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "# c\n[run]\nthreads = 2\n\n[stages.clean]\nkind = \"clean\"\n[stages.x]\nkind = \"sql\"\nquery = 5\n[[tests]]\nname = \"a\"\n[[tests]]\nname = \"b\"\n";

    #[test]
    fn lines_of_keys_and_sections() {
        let s = Spans::new(TEXT, &Source::new(TEXT));
        assert_eq!(s.line(&["run"]), 2);
        assert_eq!(s.line(&["run", "threads"]), 3);
        assert_eq!(s.line(&["stages", "clean"]), 5);
        assert_eq!(s.line(&["stages", "clean", "kind"]), 6);
        assert_eq!(s.line(&["stages", "x", "query"]), 9);
        assert_eq!(s.line(&["stages", "x", "nothing"]), 7, "falls back to the table");
        assert_eq!(s.line(&["tests", "1", "name"]), 13);
        assert!(!s.has(&["stages", "y"]));
    }

    #[test]
    fn type_errors_carry_the_span_of_the_value() {
        #[derive(serde::Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Q {
            query: String,
        }
        let src = Source::new(TEXT);
        let v = src.table(&["stages", "x"], &["kind"]).unwrap();
        let e = deserialize::<Q>(v).unwrap_err();
        let span = e.span().expect("a span");
        assert_eq!(Spans::new(TEXT, &src).line_of(span.start), 9);
        assert_eq!(src.key_at(&["stages", "x"], span.start).as_deref(), Some("stages.x.query"));
    }
}
