//! A phrase matcher: many phrases compiled into one case-insensitive regex, each mapped
//! to a value. Whole-word matching, longest phrase first; a trailing `*` matches any
//! word ending ("seiz*" matches seize, seized, seizure).

use regex::Regex;
use std::collections::HashMap;
use std::sync::OnceLock;

/// How many bytes a trailing `*` is taken to match at most when bounding `at_end`'s
/// window (a word longer than this at the very end of a text may be missed).
const WILDCARD_SPAN: usize = 64;

#[derive(Debug, Clone)]
pub struct Gazetteer<V: Clone> {
    regex: Option<Regex>,
    /// The same alternation anchored at the start of the text, for `at_start` (compiled
    /// on first use).
    anchored: OnceLock<Option<Regex>>,
    alternation: String,
    /// The longest text a phrase can match (bytes, with room for case variants that are
    /// longer in UTF-8), which bounds the window `at_end` searches.
    max_len: usize,
    exact: HashMap<String, V>,
    prefixes: Vec<(String, V)>,
}

/// One phrase found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit<V> {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: V,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Lower-case and fold the spaces of a phrase, so that lookups match what was compiled.
pub fn key(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

impl<V: Clone> Gazetteer<V> {
    pub fn new<I, S>(entries: I) -> Self
    where
        I: IntoIterator<Item = (S, V)>,
        S: AsRef<str>,
    {
        let mut exact = HashMap::new();
        let mut prefixes = Vec::new();
        let mut patterns: Vec<(usize, String)> = Vec::new();
        let mut max_len = 0usize;
        for (phrase, value) in entries {
            let phrase = key(phrase.as_ref());
            if phrase.is_empty() || phrase == "*" {
                continue;
            }
            let (body, wildcard) = match phrase.strip_suffix('*') {
                Some(b) => (b.to_string(), true),
                None => (phrase.clone(), false),
            };
            let first = body.chars().next().unwrap();
            let last = body.chars().last().unwrap();
            let mut pat = String::new();
            if is_word_char(first) {
                pat.push_str(r"\b");
            }
            // Spaces in a phrase match any run of white space.
            let escaped: Vec<String> = body.split(' ').map(regex::escape).collect();
            pat.push_str(&escaped.join(r"\s+"));
            if wildcard {
                pat.push_str(r"\w*");
            }
            if is_word_char(last) || wildcard {
                pat.push_str(r"\b");
            }
            if wildcard {
                if !prefixes.iter().any(|(p, _): &(String, V)| *p == body) {
                    prefixes.push((body.clone(), value));
                }
            } else {
                exact.entry(phrase.clone()).or_insert(value);
            }
            max_len = max_len.max(3 * body.len() + usize::from(wildcard) * WILDCARD_SPAN);
            patterns.push((body.len() + usize::from(wildcard) * 100, pat));
        }
        // Longest first, so that "crystal meth" wins over "meth"; then by text for a stable regex.
        patterns.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        patterns.dedup_by(|a, b| a.1 == b.1);
        prefixes.sort_by(|a, b| b.0.len().cmp(&a.0.len()));
        let alternation = patterns.iter().map(|(_, p)| p.as_str()).collect::<Vec<_>>().join("|");
        let regex = if patterns.is_empty() {
            None
        } else {
            Some(Regex::new(&format!("(?i)(?:{alternation})")).expect("gazetteer regex"))
        };
        Gazetteer { regex, anchored: OnceLock::new(), alternation, max_len, exact, prefixes }
    }

    /// The value of a phrase as written (any case, any spacing).
    pub fn lookup(&self, text: &str) -> Option<&V> {
        let k = key(text);
        if let Some(v) = self.exact.get(&k) {
            return Some(v);
        }
        self.prefixes.iter().find(|(p, _)| k.starts_with(p.as_str())).map(|(_, v)| v)
    }

    pub fn find_all(&self, text: &str) -> Vec<Hit<V>> {
        let Some(re) = &self.regex else { return Vec::new() };
        re.find_iter(text)
            .filter_map(|m| {
                self.lookup(m.as_str()).map(|v| Hit {
                    start: m.start(),
                    end: m.end(),
                    text: m.as_str().to_string(),
                    value: v.clone(),
                })
            })
            .collect()
    }

    pub fn contains(&self, text: &str) -> bool {
        self.regex.as_ref().is_some_and(|r| r.is_match(text))
    }

    fn hit(&self, m: regex::Match) -> Option<Hit<V>> {
        self.lookup(m.as_str()).map(|v| Hit { start: m.start(), end: m.end(), text: m.as_str().to_string(), value: v.clone() })
    }

    /// The phrase matched exactly at the start of `text`, if any (the first match
    /// `find_all` would give, when it starts at 0). An anchored search: its cost does not
    /// grow with the length of the text.
    pub fn at_start(&self, text: &str) -> Option<Hit<V>> {
        let re = self
            .anchored
            .get_or_init(|| (!self.alternation.is_empty()).then(|| Regex::new(&format!("(?i)^(?:{})", self.alternation)).expect("gazetteer regex")))
            .as_ref()?;
        re.find(text).and_then(|m| self.hit(m))
    }

    /// The phrase that ends exactly at the end of `text` (ignoring trailing spaces), if any.
    /// Only a window at the end of the text is searched (with the text before it as
    /// context for word boundaries), so the cost does not grow with the text.
    pub fn at_end(&self, text: &str) -> Option<Hit<V>> {
        let re = self.regex.as_ref()?;
        let t = text.trim_end();
        // Start the window at a word start well before the longest phrase could begin.
        let mut from = crate::text::floor_char_boundary(t, t.len().saturating_sub(2 * self.max_len + 16));
        if from > 0 {
            from = t[..from].rfind(char::is_whitespace).map(|i| i + t[i..].chars().next().map_or(1, char::len_utf8)).unwrap_or(0);
        }
        let mut pos = from;
        while pos <= t.len() {
            let m = re.find_at(t, pos)?;
            if m.end() == t.len() {
                return self.hit(m);
            }
            pos = if m.end() > m.start() { m.end() } else { crate::text::ceil_char_boundary(t, m.end() + 1) };
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_phrase_and_wildcards() {
        let g = Gazetteer::new(vec![("meth", 1), ("crystal meth", 2), ("seiz*", 3), ("$", 4)]);
        let hits = g.find_all("Police seized crystal  meth and $5");
        let vals: Vec<i32> = hits.iter().map(|h| h.value).collect();
        assert_eq!(vals, vec![3, 2, 4]);
        assert!(g.find_all("methane").is_empty());
        assert_eq!(g.lookup("Seizure"), Some(&3));
    }

    #[test]
    fn at_end_and_start() {
        let g = Gazetteer::new(vec![("more than", "at_least"), ("over", "at_least")]);
        assert_eq!(g.at_end("seized more than ").unwrap().value, "at_least");
        assert!(g.at_end("moreover").is_none());
        assert!(g.at_start("over 5").is_some());
    }

    #[test]
    fn at_end_and_start_agree_with_find_all() {
        let g = Gazetteer::new(vec![("more than", 1), ("than", 2), ("over", 3), ("seiz*", 4), ("a total of", 5), ("of", 6), ("$", 7)]);
        let slow_end = |t: &str| {
            let t = t.trim_end();
            g.find_all(t).into_iter().filter(|h| h.end == t.len()).min_by_key(|h| h.start)
        };
        let slow_start = |t: &str| g.find_all(t).into_iter().find(|h| h.start == 0);
        let long = format!("{} seized more than", "word ".repeat(500));
        for t in ["seized more than ", "more than", "x more than", "moreover", "then over", "a total of", "in a total of  ", "seizures", "they seized", "US$", "", " ", "\u{0661}\u{0662} over", "İ over", long.as_str(), "over the top", "seized 5"] {
            assert_eq!(g.at_end(t), slow_end(t), "at_end {t:?}");
            assert_eq!(g.at_start(t), slow_start(t), "at_start {t:?}");
        }
        assert_eq!(g.at_end(&long).unwrap().value, 1);
        let empty: Gazetteer<()> = Gazetteer::new(Vec::<(String, ())>::new());
        assert!(empty.at_end("x").is_none() && empty.at_start("x").is_none());
    }
}
