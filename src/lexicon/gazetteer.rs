//! A phrase matcher: many phrases compiled into one case-insensitive regex, each mapped
//! to a value. Whole-word matching, longest phrase first; a trailing `*` matches any
//! word ending ("seiz*" matches seize, seized, seizure).
//!
//! The regex runs over an ASCII stand-in of the text (each non-ASCII character replaced
//! by as many bytes of `x`, space or `~` as it has, so offsets are unchanged), and the
//! phrases are compiled the same way; each match is then looked up in the original
//! text. On ASCII text the regex's fast engines handle word boundaries; on non-ASCII
//! text they would give way to a far slower one (seconds for a page of Arabic).

use regex::Regex;
use std::borrow::Cow;
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

/// The ASCII stand-in of a text, byte for byte: word characters become `x`, white
/// space a space, anything else `~`.
fn ascii_stand_in(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let fill = if is_word_char(c) {
                'x'
            } else if c.is_whitespace() {
                ' '
            } else {
                '~'
            };
            out.extend(std::iter::repeat_n(fill, c.len_utf8()));
        }
    }
    Cow::Owned(out)
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
            let escaped: Vec<String> = body.split(' ').map(|w| regex::escape(&ascii_stand_in(w))).collect();
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
        let hay = ascii_stand_in(text);
        re.find_iter(&hay)
            .filter_map(|m| {
                // The stand-in keeps offsets and char boundaries of the original.
                let found = text.get(m.start()..m.end())?;
                self.lookup(found).map(|v| Hit { start: m.start(), end: m.end(), text: found.to_string(), value: v.clone() })
            })
            .collect()
    }

    pub fn contains(&self, text: &str) -> bool {
        let Some(re) = &self.regex else { return false };
        let hay = ascii_stand_in(text);
        if matches!(hay, Cow::Borrowed(_)) {
            return re.is_match(text);
        }
        re.find_iter(&hay).any(|m| text.get(m.start()..m.end()).is_some_and(|f| self.lookup(f).is_some()))
    }

    /// The hit of a match found in the stand-in of `text[offset..]`.
    fn hit(&self, text: &str, offset: usize, m: regex::Match) -> Option<Hit<V>> {
        let (start, end) = (offset + m.start(), offset + m.end());
        let found = text.get(start..end)?;
        self.lookup(found).map(|v| Hit { start, end, text: found.to_string(), value: v.clone() })
    }

    /// The phrase matched exactly at the start of `text`, if any (the first match
    /// `find_all` would give, when it starts at 0). An anchored search over a window at
    /// the start (cut at white space, so word boundaries are right): its cost does not
    /// grow with the length of the text.
    pub fn at_start(&self, text: &str) -> Option<Hit<V>> {
        let re = self
            .anchored
            .get_or_init(|| (!self.alternation.is_empty()).then(|| Regex::new(&format!("(?i)^(?:{})", self.alternation)).expect("gazetteer regex")))
            .as_ref()?;
        let cut = crate::text::ceil_char_boundary(text, 4 * self.max_len + 64);
        let end = text[cut..].find(char::is_whitespace).map_or(text.len(), |i| cut + i);
        let window = &text[..end];
        let hay = ascii_stand_in(window);
        re.find(&hay).and_then(|m| self.hit(window, 0, m))
    }

    /// The phrase that ends exactly at the end of `text` (ignoring trailing spaces), if any.
    /// Only a window at the end of the text is searched (with the character before it as
    /// context for word boundaries), so the cost does not grow with the text.
    pub fn at_end(&self, text: &str) -> Option<Hit<V>> {
        let re = self.regex.as_ref()?;
        let t = text.trim_end();
        // Start the window at a word start well before the longest phrase could begin.
        let mut from = crate::text::floor_char_boundary(t, t.len().saturating_sub(2 * self.max_len + 16));
        if from > 0 {
            from = t[..from].rfind(char::is_whitespace).map(|i| i + t[i..].chars().next().map_or(1, char::len_utf8)).unwrap_or(0);
        }
        let ctx = t[..from].char_indices().next_back().map_or(0, |(i, _)| i);
        let hay = ascii_stand_in(&t[ctx..]);
        let mut pos = from - ctx;
        while pos <= hay.len() {
            let m = re.find_at(&hay, pos)?;
            if m.end() == hay.len() {
                return self.hit(t, ctx, m);
            }
            pos = if m.end() > m.start() { m.end() } else { crate::text::ceil_char_boundary(&hay, m.end() + 1) };
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
    fn non_ascii_text_and_phrases() {
        let g = Gazetteer::new(vec![("bogotá", 1), ("côte d'ivoire", 2), ("méth", 3), ("ضبط", 4), ("seiz*", 5)]);
        let hits = g.find_all("À BOGOTÁ, la police de Côte  d'Ivoire a saisi (ضبط) 5 kg; seizió méthane");
        let got: Vec<(i32, &str)> = hits.iter().map(|h| (h.value, h.text.as_str())).collect();
        assert_eq!(got, vec![(1, "BOGOTÁ"), (2, "Côte  d'Ivoire"), (4, "ضبط"), (5, "seizió")]);
        assert!(g.find_all("Bogotó").is_empty());
        assert!(g.contains("в Bogotá") && !g.contains("в Bogotó"));
        assert_eq!(g.at_start("Bogotá police").map(|h| h.value), Some(1));
        assert_eq!(g.at_end("police in Côte d'Ivoire ").map(|h| h.value), Some(2));
        assert!(g.at_end("police in Côte d'Ivoirex").is_none());
        let arabic = "ضبطت الشرطة ".repeat(20_000);
        let t = std::time::Instant::now();
        g.find_all(&arabic);
        assert!(t.elapsed() < std::time::Duration::from_secs(20), "hang detector");
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
