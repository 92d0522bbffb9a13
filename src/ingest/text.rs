//! Plain text and Markdown: the text as it is (header lines are read by clean);
//! Markdown markup is reduced to text, a leading `# Heading` becomes the title.

use crate::model::RawDoc;

pub fn read(text: &str, rel: &str, format: &str) -> RawDoc {
    let mut title = None;
    let body = if format == "markdown" {
        let mut out = Vec::new();
        for line in text.lines() {
            let t = line.trim();
            if let Some(h) = t.strip_prefix("# ") {
                if title.is_none() {
                    title = Some(h.trim().to_string());
                    continue;
                }
            }
            // A table: its rows keep their cells ("Cocaine | 41.2"), the rule under its
            // header goes.
            if t.starts_with('|') && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ')) {
                continue;
            }
            let t = t.trim_start_matches('#').trim_start_matches('>').trim();
            let t = if t.starts_with('|') && t.ends_with('|') && t.len() > 1 { t[1..t.len() - 1].trim() } else { t };
            let t = t.replace("**", "").replace("__", "").replace('`', "");
            // "*Selangor Wire — Kuala Lumpur, 22 July 2025*": a line in italics.
            let t = if t.len() > 2 && ((t.starts_with('*') && t.ends_with('*')) || (t.starts_with('_') && t.ends_with('_'))) { t[1..t.len() - 1].to_string() } else { t };
            // "*Gulf Tides Weekly* · 18 June 2025": words in italics.
            static ITALICS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| regex::Regex::new(r"(^|[\s(\[])[*_]([^*_\s](?:[^*_]*[^*_\s])?)[*_]($|[\s)\].,;:!?·—–-])").unwrap());
            let t = ITALICS.replace_all(&t, "$1$2$3").to_string();
            // [text](url) -> text
            static LINK: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| regex::Regex::new(r"\[([^\]]*)\]\([^)]*\)").unwrap());
            out.push(LINK.replace_all(&t, "$1").to_string());
        }
        out.join("\n")
    } else {
        text.to_string()
    };
    RawDoc { source: rel.into(), format: format.into(), title, text: body, ..Default::default() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_tables_keep_their_cells() {
        let d = read("# Seizures\n\n| Drug | kg |\n|---|:--:|\n| Cocaine | 41.2 |\n", "a.md", "markdown");
        let lines: Vec<&str> = d.text.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(lines, vec!["Drug | kg", "Cocaine | 41.2"]);
    }

    #[test]
    fn markdown_heading_is_title() {
        let d = read("# Police seize heroin\n\nPublished: 14 May 2025\n\nPolice **seized** [5 kg](http://x) of heroin.", "a.md", "markdown");
        assert_eq!(read("# T\n\n*Gulf Tides Weekly* · 18 June 2025\n\n* a list item * 2\n", "b.md", "markdown").text, "\nGulf Tides Weekly · 18 June 2025\n\n* a list item * 2");
        assert_eq!(d.title.as_deref(), Some("Police seize heroin"));
        assert!(d.text.contains("Police seized 5 kg of heroin."));
    }
}
