//! JSON and JSON lines: records with the usual field names for title, text, date, url
//! and outlet. A `.json` file holds one record, an array of records, or an object with
//! an array under `articles`/`items`/`data`/`results`/`records`. Sources of records are
//! `path#N`, N counting from 1.

use super::Reject;
use crate::model::RawDoc;
use crate::rules::dates::parse_date_value;
use serde_json::Value;

const TITLE: &[&str] = &["title", "headline", "name", "heading"];
const TEXT: &[&str] = &["text", "body", "content", "article", "full_text", "fulltext", "article_body", "articleBody", "description", "summary"];
const DATE: &[&str] = &["published", "published_at", "publishedAt", "published_date", "publication_date", "pub_date", "pubDate", "date", "datePublished", "created_at", "timestamp", "time"];
const URL: &[&str] = &["url", "link", "href", "permalink"];
const OUTLET: &[&str] = &["source", "outlet", "publisher", "published_by", "publishedby", "site_name", "site", "source_name", "media", "newspaper", "paper", "publication", "agency", "domain"];
/// Words that name a field's role inside other field names ("outlet_name", "date_iso",
/// "pubTimestamp", "medio", "fecha"), for feeds whose names are in no list above.
const DATE_WORDS: &[&str] = &["date", "published", "publication", "fecha", "datum", "data", "ts", "timestamp", "time", "pub", "dateline", "utc", "publicado", "publicacion", "publicacao", "issued", "released", "posted", "created", "pvm", "dato"];
const OUTLET_WORDS: &[&str] = &["outlet", "publisher", "source", "media", "medio", "newspaper", "site", "publication", "paper", "channel", "fonte", "fuente", "org", "organisation", "organization", "wire", "brand", "medium", "avis", "zeitung", "journal", "lehti"];
const TITLE_WORDS: &[&str] = &["title", "headline", "heading", "hed", "titulo", "título", "titular", "titre", "titolo", "titel", "judul", "baslik", "rubrik", "overskrift", "otsikko", "tytul", "tytuł", "naslov"];
const TEXT_WORDS: &[&str] = &["text", "body", "content", "article", "story", "cuerpo", "texto", "corpo", "contenido", "conteudo", "conteúdo", "inhalt", "testo", "corps", "contenu", "artikel", "bericht", "isi", "berita", "brodtext", "brödtext", "tekst", "teksti", "leipateksti"];

/// "Dubai, 17 September 2025": a place and a date; the place is the story's too.
const DATELINE: &[&str] = &["dateline", "place", "location"];

fn field<'a>(obj: &'a serde_json::Map<String, Value>, names: &[&str]) -> Option<&'a Value> {
    for n in names {
        if let Some(v) = obj.get(*n) {
            if !v.is_null() {
                return Some(v);
            }
        }
        if let Some((_, v)) = obj.iter().find(|(k, v)| k.eq_ignore_ascii_case(n) && !v.is_null()) {
            return Some(v);
        }
    }
    None
}

/// The words of a field name: "outlet_name" -> [outlet, name], "pubTimestamp" -> [pub, timestamp].
fn name_words(key: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in key.chars() {
        if !c.is_alphanumeric() || (c.is_uppercase() && prev_lower) {
            if !cur.is_empty() {
                words.push(std::mem::take(&mut cur));
            }
        }
        if c.is_alphanumeric() {
            cur.extend(c.to_lowercase());
        }
        prev_lower = c.is_lowercase();
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}

/// The fields by their usual names (in the order of `names`), then the fields (in the
/// record's key order) whose name holds one of `words`, skipping `taken` fields.
fn fields_like<'a>(obj: &'a serde_json::Map<String, Value>, names: &'a [&str], words: &'a [&str], taken: &'a [&str]) -> impl Iterator<Item = &'a Value> + 'a {
    let by_name = names.iter().filter_map(move |n| obj.get(*n).filter(|v| !v.is_null()).or_else(|| obj.iter().find(|(k, v)| k.eq_ignore_ascii_case(n) && !v.is_null()).map(|(_, v)| v)));
    let by_word = obj
        .iter()
        .filter(move |(k, v)| !v.is_null() && !taken.iter().any(|t| k.eq_ignore_ascii_case(t)) && name_words(k).iter().any(|w| words.contains(&w.as_str())))
        .map(|(_, v)| v);
    by_name.chain(by_word)
}

/// A field by its exact usual names, else the first field whose name holds one of `words`.
fn field_like<'a>(obj: &'a serde_json::Map<String, Value>, names: &'a [&str], words: &'a [&str], taken: &'a [&str]) -> Option<&'a Value> {
    fields_like(obj, names, words, taken).next()
}

/// The publication date: the first of the date fields that holds a date ("dateline":
/// "ADDIS ABABA" holds none, so the next one, "published_ts", is read).
fn date_field(obj: &serde_json::Map<String, Value>) -> Option<chrono::NaiveDate> {
    fields_like(obj, DATE, DATE_WORDS, TEXT).find_map(|v| as_text(v).and_then(|d| parse_date_value(&d)))
}

/// The body of a record whose field has no usual name: the longest string of a field whose
/// name holds a word for it ("article_text", "story", "cuerpo"), else the longest string of
/// several sentences (at least 200 characters with spaces), not a URL.
fn body_like(obj: &serde_json::Map<String, Value>) -> Option<String> {
    let strings = || obj.iter().filter_map(|(k, v)| v.as_str().map(|t| (k, t))).filter(|(_, t)| !t.trim().is_empty() && !t.starts_with("http"));
    let named = strings().filter(|(k, _)| name_words(k).iter().any(|w| TEXT_WORDS.contains(&w.as_str()))).max_by_key(|(_, t)| t.len());
    named
        .or_else(|| strings().filter(|(_, t)| t.len() >= 200 && t.matches(' ').count() >= 20).max_by_key(|(_, t)| t.len()))
        .map(|(_, t)| t.to_string())
}

fn as_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(a) => Some(a.iter().filter_map(as_text).collect::<Vec<_>>().join("\n")),
        Value::Object(o) => field(o, &["name", "title", "text", "value"]).and_then(as_text),
        _ => None,
    }
}

pub(super) fn record(v: &Value, source: String, limits: &super::html::Limits) -> Result<RawDoc, Reject> {
    let reject = |reason: &str| Reject { source: source.clone(), stage: "ingest".into(), reason: reason.into() };
    let obj = v.as_object().ok_or_else(|| reject("record is not a JSON object"))?;
    let text = field(obj, TEXT).and_then(as_text).filter(|t| !t.trim().is_empty()).or_else(|| body_like(obj)).ok_or_else(|| {
        reject("record has no text field (expected one of text, body, content, article, story, description, or a field of several sentences)")
    })?;
    let text = if text.contains('<') && text.contains("</") {
        super::html::check_limits(&text, limits).map_err(|e| reject(&e.to_string()))?;
        super::html::read(&text, &source, limits).map(|d| d.text).unwrap_or(text)
    } else {
        text
    };
    // The dateline goes before the text, where a printed article has it, so that clean
    // reads its date and place as it does in plain text.
    let dateline = field(obj, DATELINE).and_then(as_text).map(|d| d.trim().to_string()).filter(|d| !d.is_empty() && d.len() < 120);
    let published = date_field(obj)
        .or_else(|| dateline.as_deref().and_then(|d| crate::rules::dates::find_full_dates(d).first().map(|m| m.date)));
    let text = match &dateline {
        Some(d) => format!("{d}\n\n{text}"),
        None => text,
    };
    Ok(RawDoc {
        source: source.clone(),
        format: "json".into(),
        title: field_like(obj, TITLE, TITLE_WORDS, TEXT).and_then(as_text).filter(|t| !t.trim().is_empty()),
        outlet: field_like(obj, OUTLET, OUTLET_WORDS, &[TEXT, URL].concat()).and_then(as_text).filter(|t| !t.trim().is_empty() && !t.starts_with("http")),
        url: field(obj, URL).and_then(as_text),
        published,
        text,
    })
}

pub fn read_json(text: &str, rel: &str, limits: &super::html::Limits) -> Vec<Result<RawDoc, Reject>> {
    let v: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return vec![Err(Reject { source: rel.into(), stage: "ingest".into(), reason: format!("malformed JSON at line {} column {}: {e}", e.line(), e.column()) })],
    };
    let list = match &v {
        Value::Array(a) => Some(a.clone()),
        Value::Object(o) => ["articles", "items", "data", "results", "records", "documents", "entries"].iter().find_map(|k| o.get(*k).and_then(|x| x.as_array()).cloned()),
        _ => None,
    };
    match list {
        Some(items) => items.iter().enumerate().map(|(i, r)| record(r, format!("{rel}#{}", i + 1), limits)).collect(),
        None => vec![record(&v, rel.to_string(), limits)],
    }
}

pub fn read_jsonl(text: &str, rel: &str, limits: &super::html::Limits) -> Vec<Result<RawDoc, Reject>> {
    let mut out = Vec::new();
    let mut n = 0;
    for line in text.lines() {
        if line.trim().is_empty() {
            continue;
        }
        n += 1;
        let source = format!("{rel}#{n}");
        out.push(match serde_json::from_str::<Value>(line) {
            Ok(v) => record(&v, source, limits),
            Err(e) => Err(Reject { source, stage: "ingest".into(), reason: format!("malformed JSON record: {e}") }),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_under_other_names() {
        let body = "Police seized 5 kg of heroin in Mombasa on Monday and arrested two men, the force said in a statement issued on Tuesday afternoon after a week of raids.";
        for key in ["story", "cuerpo", "article_text", "contenido"] {
            let docs = read_jsonl(&format!("{{\"hed\":\"A\",\"{key}\":\"{body}\"}}"), "f.jsonl", &Default::default());
            assert_eq!(docs[0].as_ref().map(|d| d.text.as_str()), Ok(body), "{key}");
        }
        // No name for it: the longest field of several sentences.
        let long = format!("{body} {body}");
        let docs = read_jsonl(&format!("{{\"hed\":\"A\",\"x1\":\"{long}\",\"x2\":\"short note\"}}"), "f.jsonl", &Default::default());
        assert_eq!(docs[0].as_ref().map(|d| d.text.clone()), Ok(long));
        // Nothing like a body: rejected with the reason.
        let docs = read_jsonl("{\"hed\":\"A\",\"x\":\"short\"}", "f.jsonl", &Default::default());
        assert!(docs[0].as_ref().is_err_and(|r| r.reason.contains("no text field")));
    }

    #[test]
    fn records_and_field_names() {
        let docs = read_jsonl("{\"headline\":\"A\",\"content\":\"Police seized 5 kg.\",\"date\":\"2025-01-02\",\"publisher\":\"X\"}\n\n{bad\n{\"title\":\"B\"}\n", "f.jsonl", &Default::default());
        assert_eq!(docs.len(), 3);
        let a = docs[0].as_ref().unwrap();
        assert_eq!((a.source.as_str(), a.title.as_deref(), a.outlet.as_deref()), ("f.jsonl#1", Some("A"), Some("X")));
        assert_eq!(a.published.map(|d| d.to_string()).as_deref(), Some("2025-01-02"));
        assert!(docs[1].as_ref().unwrap_err().reason.contains("malformed"));
        assert!(docs[2].as_ref().unwrap_err().reason.contains("no text field"));
    }

    #[test]
    fn dates_under_other_names() {
        let docs = read_jsonl("{\"headline\":\"A\",\"wire\":\"Continental Security Wire\",\"published_ts\":1739439000,\"dateline\":\"ADDIS ABABA\",\"story\":\"Police seized 8.4 kg of cocaine at the airport on Wednesday.\"}\n{\"headline_en\":\"B\",\"issued\":\"2025-05-09T10:40:00+03:00\",\"content\":\"Police seized 3 kg of heroin.\"}", "w.jsonl", &Default::default());
        assert_eq!(docs[0].as_ref().unwrap().published, chrono::NaiveDate::from_ymd_opt(2025, 2, 13), "a dateline without a date gives way to the timestamp");
        assert_eq!(docs[0].as_ref().unwrap().outlet.as_deref(), Some("Continental Security Wire"));
        assert_eq!(docs[1].as_ref().unwrap().published, chrono::NaiveDate::from_ymd_opt(2025, 5, 9));
    }

    #[test]
    fn newspaper_and_dateline_fields() {
        let docs = read_json("[{\"title\":\"A\",\"newspaper\":\"Emirates Evening Post\",\"dateline\":\"Dubai, 17 September 2025\",\"text\":\"Police seized 5 kg on Tuesday.\"}]", "f.json", &Default::default());
        let a = docs[0].as_ref().unwrap();
        assert_eq!(a.outlet.as_deref(), Some("Emirates Evening Post"));
        assert_eq!(a.published.map(|d| d.to_string()).as_deref(), Some("2025-09-17"));
        assert!(a.text.starts_with("Dubai, 17 September 2025\n"));
    }

    #[test]
    fn field_names_outside_the_lists() {
        let docs = read_json("[{\"source_url\":\"https://x.example/a\",\"outlet_name\":\"Tashkent Herald\",\"date_iso\":\"2025-05-20\",\"articleHed\":\"A\",\"text\":\"Police seized 5 kg.\"}]", "f.json", &Default::default());
        let a = docs[0].as_ref().unwrap();
        assert_eq!((a.title.as_deref(), a.outlet.as_deref()), (Some("A"), Some("Tashkent Herald")));
        assert_eq!(a.published.map(|d| d.to_string()).as_deref(), Some("2025-05-20"));
        assert_eq!(name_words("pubTimestamp"), vec!["pub", "timestamp"]);
        assert_eq!(name_words("date_ISO"), vec!["date", "iso"]);
    }

    #[test]
    fn arrays_and_single_objects() {
        let docs = read_json("[{\"title\":\"A\",\"body\":\"x\"},{\"title\":\"B\",\"text\":\"y\"}]", "f.json", &Default::default());
        assert_eq!(docs[1].as_ref().unwrap().source, "f.json#2");
        let docs = read_json("{\"title\":\"A\",\"body\":\"x\"}", "g.json", &Default::default());
        assert_eq!(docs[0].as_ref().unwrap().source, "g.json");
        assert!(read_json("{oops", "h.json", &Default::default())[0].is_err());
    }
}
