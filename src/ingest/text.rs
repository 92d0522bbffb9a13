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
            let t = t.trim_start_matches('#').trim_start_matches('>').trim();
            let t = t.replace("**", "").replace("__", "").replace('`', "");
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
    fn markdown_heading_is_title() {
        let d = read("# Police seize heroin\n\nPublished: 14 May 2025\n\nPolice **seized** [5 kg](http://x) of heroin.", "a.md", "markdown");
        assert_eq!(d.title.as_deref(), Some("Police seize heroin"));
        assert!(d.text.contains("Police seized 5 kg of heroin."));
    }
}
