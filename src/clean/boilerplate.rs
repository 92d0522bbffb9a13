//! Boilerplate lines that are not the article: comment policies and everything after a
//! comments heading, share prompts, "/ End" markers, stray one-character lines, bullets.

use regex::Regex;
use std::sync::LazyLock;

static COMMENTS_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:comments?|\d+\s+comments?|leave a (?:comment|reply)|post a comment|add a comment|join the discussion|reader comments|related (?:stories|articles|news|posts)|read more|more stories|you may also like|recommended(?: for you)?)\s*:?$").unwrap()
});

static DROP_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:share(?: this(?: article| story)?)?(?: on \w+)?|tweet|print|email|follow us.*|subscribe.*|sign up.*|click here.*|advertisement|read also:?.*|see also:?.*|tags?:.*|photo:.*|image:.*|source:\s*$|/\s*end|end\s*/|-+\s*end\s*-*|auther\s*:?|author\s*:?|id\s*:?|\d{1,9}|all rights reserved.*|copyright.*|©.*|we use cookies.*|accept(?: all)? cookies.*|cookie (?:policy|settings).*)$").unwrap()
});

static POLICY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:moderates all comments|community guidelines|comments (?:are|that) (?:not|do not)|we will not tolerate|approved for publication|to be approved|constructive criticism|relevant to the article)").unwrap()
});

/// Remove boilerplate lines; strip trailing "/ End" markers and bullets.
pub fn strip(lines: Vec<String>) -> Vec<String> {
    let mut out = Vec::new();
    let mut seen_body = 0usize;
    for line in lines {
        let mut l = line.trim().trim_start_matches(['•', '●', '▪', '·', '*', '-', '–']).trim().to_string();
        for end in ["/ End", "/End", "/ end"] {
            if let Some(x) = l.strip_suffix(end) {
                l = x.trim_end().to_string();
            }
        }
        if l.is_empty() {
            out.push(String::new());
            continue;
        }
        if COMMENTS_START.is_match(&l) && seen_body >= 2 {
            break;
        }
        if DROP_LINE.is_match(&l) || POLICY.is_match(&l) || l.chars().count() <= 2 {
            continue;
        }
        if l.len() > 60 {
            seen_body += 1;
        }
        out.push(l);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_comments_and_markers() {
        let lines = vec![
            "A long enough first paragraph of the article about seizures in the region.".to_string(),
            "A second long paragraph that says more about what the police did there./ End".to_string(),
            "X".to_string(),
            "Comments".to_string(),
            "This site moderates all comments.".to_string(),
        ];
        let out = strip(lines);
        assert_eq!(out.len(), 2);
        assert!(out[1].ends_with("there."));
    }
}
