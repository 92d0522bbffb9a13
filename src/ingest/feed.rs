//! News feeds: RSS 2.0 `<item>`s and Atom `<entry>`s, each one document (`path#N`, N
//! counting from 1). An item's elements become a record read like a JSON record
//! (title, link, date, outlet, body), so the field rules live in one place
//! (`json::record`). The body is the longest of `content:encoded`, `content`,
//! `description` and `summary`, usually escaped HTML; an item without an outlet of its
//! own (`<source>`) takes the feed's title before a " - " or " | " section name.
//!
//! quick-xml reads the file as a stream of events, so no nesting depth in the input can
//! exhaust the stack; the depth kept is capped all the same.

use super::json::record;
use super::{html::Limits, ReadError, Reject};
use crate::model::RawDoc;
use quick_xml::events::Event;
use serde_json::{Map, Value};

/// Deeper element nesting than this is refused (no feed needs more than a few levels).
const MAX_DEPTH: usize = 256;

/// An element name as the record's key: the body elements under the names the record
/// rules know, an author kept apart from the outlet.
fn key_of(name: &str) -> Option<&'static str> {
    Some(match name {
        "title" => "title",
        "link" => "link",
        "pubDate" | "published" | "dc:date" | "issued" => "pubDate",
        "updated" | "modified" => "updated",
        "content:encoded" | "content" => "content",
        "description" => "description",
        "summary" => "summary",
        "source" => "source",
        "dc:creator" | "author" | "creator" => "author",
        "dc:publisher" | "publisher" => "publisher",
        _ => return None,
    })
}

/// The outlet part of a feed's title ("Mekong Wire - Drugs & Border Security").
fn outlet_of_feed(title: &str) -> String {
    [" - ", " | ", " – ", " — ", ": "].iter().fold(title.trim(), |t, sep| t.split(sep).next().unwrap_or(t).trim()).to_string()
}

fn resolve_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        _ => return None,
    })
}

/// The items of a feed, in file order.
fn items(text: &str) -> Result<(Vec<Map<String, Value>>, Option<String>), ReadError> {
    let mut reader = quick_xml::Reader::from_str(text);
    reader.config_mut().check_end_names = false;
    let mut stack: Vec<String> = Vec::new();
    let mut items = Vec::new();
    let mut feed_title: Option<String> = None;
    // The open item: its record, its depth, and the field being read (key, depth, text).
    let mut item: Option<(Map<String, Value>, usize)> = None;
    let mut field: Option<(&'static str, usize, String)> = None;
    let mut top_title: Option<String> = None;
    loop {
        let ev = reader.read_event().map_err(|e| ReadError::MalformedXml { at: reader.buffer_position(), message: e.to_string() })?;
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(ev, Event::Empty(_));
                let name = String::from_utf8_lossy(e.name().as_ref()).to_string();
                let depth = stack.len();
                let local = name.rsplit(':').next().unwrap_or(&name).to_string();
                if item.is_none() && (local == "item" || local == "entry") {
                    if !empty {
                        item = Some((Map::new(), depth));
                    }
                } else if let Some((rec, d)) = item.as_mut() {
                    if depth == *d + 1 && field.is_none() {
                        // An Atom link is an attribute; its text is empty.
                        if local == "link" {
                            if let Ok(Some(href)) = e.try_get_attribute("href") {
                                let rel = e.try_get_attribute("rel").ok().flatten().map(|a| String::from_utf8_lossy(&a.value).to_string());
                                if rel.as_deref().is_none_or(|r| r == "alternate") {
                                    rec.insert("link".into(), Value::String(String::from_utf8_lossy(&href.value).to_string()));
                                }
                            }
                        }
                        if let Some(k) = key_of(&name) {
                            if !empty {
                                field = Some((k, depth, String::new()));
                            }
                        }
                    }
                } else if local == "title" && !empty && depth <= 2 && feed_title.is_none() {
                    top_title = Some(String::new());
                }
                if !empty {
                    if stack.len() >= MAX_DEPTH {
                        return Err(ReadError::XmlDepth(MAX_DEPTH));
                    }
                    stack.push(name);
                }
            }
            Event::End(_) => {
                stack.pop();
                let depth = stack.len();
                if field.as_ref().is_some_and(|(_, d, _)| *d == depth) {
                    let (k, _, t) = field.take().unwrap();
                    if let Some((rec, _)) = item.as_mut() {
                        // An Atom <source> holds its <title>, <id> and <link>: its title is the
                        // first line.
                        let t = if k == "source" { t.trim().lines().next().unwrap_or("").trim().to_string() } else { t.trim().to_string() };
                        // The longest body wins; other fields keep their first value.
                        let longer = rec.get(k).and_then(Value::as_str).is_none_or(|old| old.len() < t.len());
                        if !t.is_empty() && (longer && matches!(k, "content" | "description" | "summary") || !rec.contains_key(k)) {
                            rec.insert(k.into(), Value::String(t));
                        }
                    }
                } else if item.as_ref().is_some_and(|(_, d)| *d == depth) {
                    items.push(item.take().unwrap().0);
                } else if let Some(t) = top_title.take() {
                    feed_title = Some(t.trim().to_string()).filter(|t| !t.is_empty());
                }
            }
            Event::Text(t) => {
                let s = t.decode().map_err(|e| ReadError::XmlText(e.to_string()))?;
                push(&mut field, &mut top_title, &s);
            }
            Event::CData(t) => {
                let s = t.decode().map_err(|e| ReadError::XmlText(e.to_string()))?;
                push(&mut field, &mut top_title, &s);
            }
            Event::GeneralRef(r) => {
                let s = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => {
                        let name = r.decode().map_err(|e| ReadError::XmlText(e.to_string()))?;
                        resolve_entity(&name).map(String::from).unwrap_or_else(|| format!("&{name};"))
                    }
                };
                push(&mut field, &mut top_title, &s);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok((items, feed_title.map(|t| outlet_of_feed(&t))))
}

fn push(field: &mut Option<(&'static str, usize, String)>, top_title: &mut Option<String>, s: &str) {
    if let Some((_, _, t)) = field.as_mut() {
        t.push_str(s);
    } else if let Some(t) = top_title.as_mut() {
        t.push_str(s);
    }
}

/// The documents of an RSS or Atom feed.
pub fn read(text: &str, rel: &str, limits: &Limits) -> Vec<Result<RawDoc, Reject>> {
    let reject = |e: ReadError| vec![Err(Reject::new(rel, &e))];
    let (items, feed) = match items(text) {
        Ok(x) => x,
        Err(e) => return reject(e),
    };
    if items.is_empty() {
        return reject(ReadError::NoFeedItems);
    }
    items
        .into_iter()
        .enumerate()
        .map(|(i, mut rec)| {
            if !rec.contains_key("source") && !rec.contains_key("publisher") {
                if let Some(f) = &feed {
                    rec.insert("publisher".into(), Value::String(f.clone()));
                }
            }
            if !rec.contains_key("pubDate") {
                if let Some(u) = rec.remove("updated") {
                    rec.insert("pubDate".into(), u);
                }
            }
            let mut d = record(&Value::Object(rec), format!("{rel}#{}", i + 1), limits)?;
            d.format = "rss".into();
            Ok(d)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour Wire | Security</title><link>https://x.example/</link>
<item><title>Customs seize 40 kg of heroin &amp; arrest two</title><link>https://x.example/a</link>
<pubDate>Tue, 11 Mar 2025 09:00:00 +0700</pubDate><dc:creator>A. Writer</dc:creator>
<description>&lt;p&gt;Short.&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>Customs officers seized 40 kg of heroin at the port on Monday and arrested two men.</p><p>The drugs were hidden in rice.</p>]]></content:encoded></item>
<item><title>Second</title><source url="https://y.example/rss">Gulf Post</source><pubDate>Wed, 12 Mar 2025 10:00:00 GMT</pubDate>
<description>Police arrested 12 people in raids on Tuesday, the ministry said in a statement.</description></item>
</channel></rss>"#;

    #[test]
    fn rss_items_are_documents() {
        let docs: Vec<RawDoc> = read(RSS, "feed.xml", &Default::default()).into_iter().map(Result::unwrap).collect();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].source, "feed.xml#1");
        assert_eq!(docs[0].title.as_deref(), Some("Customs seize 40 kg of heroin & arrest two"));
        assert_eq!(docs[0].outlet.as_deref(), Some("Harbour Wire"), "the feed's title before its section");
        assert_eq!(docs[0].published, chrono::NaiveDate::from_ymd_opt(2025, 3, 11));
        assert!(docs[0].text.contains("seized 40 kg of heroin") && docs[0].text.contains("hidden in rice"), "{}", docs[0].text);
        assert!(!docs[0].text.contains("<p>"));
        assert_eq!(docs[1].outlet.as_deref(), Some("Gulf Post"), "an item's own source");
        assert_eq!(docs[1].url, None);
        assert!(docs[1].text.starts_with("Police arrested 12"));
    }

    #[test]
    fn atom_entries_are_documents() {
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>Andes Monitor</title>
<entry><title type="html">Police find 2 tonnes of cocaine</title><link rel="alternate" href="https://z.example/1"/>
<published>2025-06-02T08:00:00Z</published><summary>Police found 2 tonnes of cocaine in a container in the port on Sunday, the force said.</summary></entry></feed>"#;
        let docs: Vec<RawDoc> = read(atom, "a.atom", &Default::default()).into_iter().map(Result::unwrap).collect();
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].url.as_deref(), Some("https://z.example/1"));
        assert_eq!(docs[0].outlet.as_deref(), Some("Andes Monitor"));
        assert_eq!(docs[0].published, chrono::NaiveDate::from_ymd_opt(2025, 6, 2));
    }

    #[test]
    fn broken_feeds_are_rejected_with_a_reason() {
        let r = read("<rss><channel><title>x</title></channel></rss>", "e.xml", &Default::default());
        assert!(r[0].as_ref().unwrap_err().reason.contains("no RSS <item>"));
        let deep = format!("<rss>{}</rss>", "<a>".repeat(5000));
        let r = read(&deep, "d.xml", &Default::default());
        assert!(r[0].as_ref().unwrap_err().reason.contains("nested more than"), "{:?}", r[0]);
        let r = read("<rss><item><title>a</title><description>Police seized drugs</description></item>", "t.xml", &Default::default());
        assert_eq!(r.len(), 1, "an unclosed feed still gives its items or a reject, never a panic");
    }
}
