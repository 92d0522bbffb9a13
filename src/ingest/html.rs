//! HTML pages: the article text without scripts, styles, navigation, cookie banners,
//! comment sections and related-story lists; title, outlet and publication date from
//! `<title>`, `og:site_name`, `article:published_time` and similar metadata.

use super::error::ReadError;
use crate::model::RawDoc;
use crate::rules::dates::parse_date_value;
use scraper::{ElementRef, Html, Node, Selector};

const SKIP_TAGS: &[&str] = &["script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe", "svg", "button", "select", "template", "figure", "figcaption"];
const SKIP_MARKERS: &[&str] = &["cookie", "consent", "banner", "comment", "related", "share", "social", "newsletter", "subscribe", "advert", "promo", "sidebar", "menu", "breadcrumb", "recommend", "popular", "trending", "more-stories", "read-more", "tags", "byline-share", "footer", "header", "nav"];
const BLOCK_TAGS: &[&str] = &["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "section", "article", "br", "tr", "pre", "time"];

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("selector")
}

fn skipped(el: &ElementRef) -> bool {
    let v = el.value();
    if SKIP_TAGS.contains(&v.name()) {
        return true;
    }
    let marks = format!("{} {} {}", v.attr("class").unwrap_or(""), v.attr("id").unwrap_or(""), v.attr("role").unwrap_or("")).to_lowercase();
    SKIP_MARKERS.iter().any(|m| marks.split(|c: char| !c.is_alphanumeric() && c != '-').any(|w| w == *m || w.starts_with(&format!("{m}-")) || w.ends_with(&format!("-{m}")) || w.starts_with(&format!("{m}s"))))
        || v.attr("aria-hidden") == Some("true")
        || v.attr("hidden").is_some()
}

/// The text of an element's subtree, blocks on lines of their own. An explicit stack
/// instead of recursion, so deep nesting cannot overflow the thread's stack.
fn collect(root: ElementRef, out: &mut String) {
    enum Step<'a> {
        Visit(ego_tree::NodeRef<'a, Node>),
        Newline,
    }
    let mut stack: Vec<Step> = root.children().rev().map(Step::Visit).collect();
    while let Some(step) = stack.pop() {
        let child = match step {
            Step::Newline => {
                out.push('\n');
                continue;
            }
            Step::Visit(c) => c,
        };
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) => {
                let Some(ce) = ElementRef::wrap(child) else { continue };
                if skipped(&ce) {
                    continue;
                }
                // Cells of a table row are told apart by " | ", as Markdown writes them.
                if matches!(e.name(), "td" | "th") {
                    let after_cell = child.prev_siblings().any(|p| p.value().as_element().is_some_and(|pe| matches!(pe.name(), "td" | "th")));
                    out.push_str(if after_cell { " | " } else { " " });
                }
                let block = BLOCK_TAGS.contains(&e.name());
                if block {
                    out.push('\n');
                    stack.push(Step::Newline);
                }
                stack.extend(child.children().rev().map(Step::Visit));
            }
            _ => {}
        }
    }
}

/// Limits a page must keep before it is parsed: the HTML parser's work grows with the
/// square of the nesting depth and of the attributes of one element.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_depth: usize,
    pub max_attributes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_depth: 512, max_attributes: 1000 }
    }
}

const VOID: &[&str] = &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image", "isindex"];
/// Elements the parser closes by itself when the next one opens (`<p>`, `<li>` ...).
const SELF_CLOSING: &[&str] = &["p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rtc", "rp", "colgroup", "caption", "html", "head", "body"];
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext", "noscript"];

fn find_ci(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle)).map(|p| p + from)
}

/// One linear pass over the markup: the deepest nesting of elements (void and
/// self-closing elements aside) and the most attributes on one element. A page over a
/// limit is refused with the figure and the limit.
pub fn check_limits(html: &str, limits: &Limits) -> Result<(), ReadError> {
    let b = html.as_bytes();
    let (mut i, mut depth, mut deepest) = (0usize, 0usize, 0usize);
    while let Some(off) = b[i..].iter().position(|&c| c == b'<') {
        i += off + 1;
        if b[i..].starts_with(b"!--") {
            i = find_ci(b, i + 3, b"-->").map(|p| p + 3).unwrap_or(b.len());
            continue;
        }
        if matches!(b.get(i), Some(b'!' | b'?')) {
            i = b[i..].iter().position(|&c| c == b'>').map(|p| i + p + 1).unwrap_or(b.len());
            continue;
        }
        let closing = b.get(i) == Some(&b'/');
        if closing {
            i += 1;
        }
        let name_len = b[i..].iter().take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b':' | b'_')).count();
        if name_len == 0 || !b[i].is_ascii_alphabetic() {
            continue;
        }
        let name = html[i..i + name_len].to_ascii_lowercase();
        i += name_len;
        // Attributes up to the end of the tag, quoted values skipped.
        let mut attrs = 0usize;
        let ws = |c: u8| c.is_ascii_whitespace() || c == b'/';
        loop {
            while i < b.len() && ws(b[i]) {
                i += 1;
            }
            if i >= b.len() || b[i] == b'>' {
                break;
            }
            attrs += 1;
            i += 1; // a name has at least one character
            while i < b.len() && !ws(b[i]) && b[i] != b'=' && b[i] != b'>' {
                i += 1;
            }
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if b.get(i) == Some(&b'=') {
                i += 1;
                while i < b.len() && b[i].is_ascii_whitespace() {
                    i += 1;
                }
                match b.get(i) {
                    Some(&q) if q == b'"' || q == b'\'' => i = b[i + 1..].iter().position(|&c| c == q).map(|p| i + 1 + p + 1).unwrap_or(b.len()),
                    _ => {
                        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                            i += 1;
                        }
                    }
                }
            }
        }
        if attrs > limits.max_attributes {
            return Err(ReadError::HtmlAttributes { name, attributes: attrs, limit: limits.max_attributes });
        }
        if VOID.contains(&name.as_str()) || SELF_CLOSING.contains(&name.as_str()) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
            continue;
        }
        depth += 1;
        deepest = deepest.max(depth);
        if RAW_TEXT.contains(&name.as_str()) {
            // Its content is text up to its end tag.
            let end = format!("</{name}");
            i = find_ci(b, i, end.as_bytes()).unwrap_or(b.len());
        }
    }
    if deepest > limits.max_depth {
        return Err(ReadError::HtmlDepth { depth: deepest, limit: limits.max_depth });
    }
    Ok(())
}

fn meta(doc: &Html, keys: &[&str]) -> Option<String> {
    for k in keys {
        for attr in ["property", "name", "itemprop"] {
            if let Some(m) = doc.select(&sel(&format!("meta[{attr}=\"{k}\"]"))).next() {
                if let Some(c) = m.value().attr("content").map(str::trim).filter(|c| !c.is_empty()) {
                    return Some(c.to_string());
                }
            }
        }
    }
    None
}

/// Fields of schema.org JSON-LD (`<script type="application/ld+json">`): the first
/// NewsArticle-like object's headline, datePublished and publisher name.
fn json_ld(doc: &Html) -> (Option<String>, Option<String>, Option<String>) {
    fn walk(v: &serde_json::Value, out: &mut (Option<String>, Option<String>, Option<String>)) {
        match v {
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            serde_json::Value::Object(o) => {
                if let Some(g) = o.get("@graph") {
                    walk(g, out);
                }
                let is_article = o.get("@type").map(|t| t.to_string().to_lowercase()).is_some_and(|t| t.contains("article") || t.contains("posting") || t.contains("report"));
                if is_article {
                    if out.0.is_none() {
                        out.0 = o.get("headline").and_then(|h| h.as_str()).map(str::to_string);
                    }
                    if out.1.is_none() {
                        out.1 = o.get("datePublished").or(o.get("dateCreated")).and_then(|h| h.as_str()).map(str::to_string);
                    }
                    if out.2.is_none() {
                        out.2 = o.get("publisher").and_then(|p| p.get("name").or(Some(p))).and_then(|n| n.as_str()).map(str::to_string);
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = (None, None, None);
    for s in doc.select(&sel("script[type=\"application/ld+json\"]")) {
        let t: String = s.text().collect();
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(t.trim()) {
            walk(&v, &mut out);
        }
    }
    out
}

pub fn read(text: &str, rel: &str, limits: &Limits) -> Result<RawDoc, ReadError> {
    check_limits(text, limits)?;
    let doc = Html::parse_document(text);
    let root = ["article", "main", "[role=main]", "body"]
        .iter()
        .find_map(|s| doc.select(&sel(s)).next())
        .or_else(|| Some(doc.root_element()))
        .unwrap();
    let mut body = String::new();
    collect(root, &mut body);
    let lines: Vec<String> = body.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|l| !l.is_empty()).collect();
    if lines.is_empty() {
        return Err(ReadError::HtmlNoText);
    }
    let (ld_title, ld_date, ld_publisher) = json_ld(&doc);
    let title = meta(&doc, &["og:title", "twitter:title", "headline"])
        .or(ld_title)
        .or_else(|| doc.select(&sel("title")).next().map(|t| t.text().collect::<String>().trim().to_string()))
        .filter(|t| !t.is_empty());
    let outlet = meta(&doc, &["og:site_name", "application-name", "publisher", "author:publisher"]).or(ld_publisher);
    let published = meta(&doc, &["article:published_time", "datePublished", "date", "pubdate", "publishdate", "dc.date", "DC.date.issued", "sailthru.date", "parsely-pub-date"])
        .or(ld_date)
        .or_else(|| doc.select(&sel("time[datetime]")).next().and_then(|t| t.value().attr("datetime").map(str::to_string)))
        .and_then(|d| parse_date_value(&d));
    let url = meta(&doc, &["og:url"]).or_else(|| doc.select(&sel("link[rel=canonical]")).next().and_then(|l| l.value().attr("href").map(str::to_string)));
    // The headline repeated at the top of the body is not body text.
    let lines: Vec<String> = lines.into_iter().filter(|l| Some(l) != title.as_ref()).collect();
    Ok(RawDoc { source: rel.into(), format: "html".into(), title, outlet, url, published, text: lines.join("\n") })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_cells_are_told_apart() {
        let page = "<html><body><article><p>Seizures in 2024:</p><table><tr><th>Drug</th><th>Weight (kg)</th></tr><tr><td>Cocaine</td><td>41.2</td></tr></table></article></body></html>";
        let d = read(page, "t.html", &Limits::default()).unwrap();
        let lines: Vec<&str> = d.text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        assert_eq!(lines, vec!["Seizures in 2024:", "Drug | Weight (kg)", "Cocaine | 41.2"]);
    }

    #[test]
    fn json_ld_metadata() {
        let page = r#"<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":"Customs seize cocaine","datePublished":"2025-02-03T08:00:00+01:00","publisher":{"@type":"Organization","name":"Port Herald"}}]}</script></head>
<body><div class="story"><p>Customs officers seized 400 kg of cocaine in the port on Monday.</p></div></body></html>"#;
        let d = read(page, "b.html", &Limits::default()).unwrap();
        assert_eq!(d.title.as_deref(), Some("Customs seize cocaine"));
        assert_eq!(d.outlet.as_deref(), Some("Port Herald"));
        assert_eq!(d.published.map(|x| x.to_string()).as_deref(), Some("2025-02-03"));
    }

    #[test]
    fn strips_boilerplate_and_reads_metadata() {
        let page = r#"<html><head><title>Police seize heroin | Daily</title>
<meta property="og:site_name" content="The Daily"><meta property="article:published_time" content="2025-06-03T09:15:00Z">
<script>var x = "seized 9 tons";</script><style>p{}</style></head>
<body><nav>Home News</nav><div class="cookie-banner">We use cookies</div>
<article><h1>Police seize heroin</h1><p>Police seized 5 kg of heroin.</p><p>Two men were arrested.</p></article>
<section class="related-stories"><li>Police seized 7 tons</li></section><div id="comments">Great job</div></body></html>"#;
        let d = read(page, "a.html", &Limits::default()).unwrap();
        assert_eq!(d.title.as_deref(), Some("Police seize heroin | Daily"));
        assert_eq!(d.outlet.as_deref(), Some("The Daily"));
        assert_eq!(d.published.map(|x| x.to_string()).as_deref(), Some("2025-06-03"));
        assert!(d.text.contains("Police seized 5 kg of heroin."));
        assert!(!d.text.contains("9 tons") && !d.text.contains("7 tons") && !d.text.contains("cookies") && !d.text.contains("Great job"));
    }

    #[test]
    fn deep_or_wide_markup_is_refused_before_parsing() {
        let l = Limits::default();
        let deep = format!("<html><body>{}Police seized 5 kg.{}</body></html>", "<span>".repeat(100_000), "</span>".repeat(100_000));
        assert_eq!(check_limits(&deep, &l).unwrap_err().to_string(), "HTML nested 100000 deep, limit 512 (stages.ingest.max_html_depth)");
        let unclosed = format!("<div>{}", "<b>".repeat(600));
        assert!(check_limits(&unclosed, &l).unwrap_err().to_string().contains("nested 601 deep"));
        let attrs: String = (0..5000).map(|i| format!(" a{i}=\"x y\"")).collect();
        assert!(check_limits(&format!("<p{attrs}>x</p>"), &l).unwrap_err().to_string().contains("<p> has 5000 attributes"));
        // Ordinary pages: unclosed <p> and <li>, void elements, scripts with markup inside.
        let ok = format!("<html><body>{}<ul>{}</ul><script>{}</script><!-- <div><div> --></body></html>", "<p>text<br><img src=x>".repeat(2000), "<li>item".repeat(2000), "'<div>'".repeat(2000));
        check_limits(&ok, &l).unwrap();
        let d = read(&format!("<html><body>{}<p>Police seized 5 kg of heroin.</p>{}</body></html>", "<div>".repeat(400), "</div>".repeat(400)), "d.html", &l).unwrap();
        assert_eq!(d.text, "Police seized 5 kg of heroin.");
    }
}
