//! WARC files (`.warc`, `.warc.gz`; the format of Common Crawl News): each HTML
//! `response` record is one document, read as an HTML page, with source `path#N` (N the
//! record's position in the file, from 1) and its `WARC-Target-URI` as url. Other
//! records (requests, metadata, responses that are not HTML) are skipped and counted.
//!
//! The format is a run of records, each "WARC/1.x" and header lines, a blank line, a
//! block of `Content-Length` bytes and a blank line; a response's block is an HTTP
//! response (status line, headers, blank line, body). Work is linear in the file's
//! size, which `max_bytes` bounds.

use super::{decode, html, ReadError, Reject};
use crate::model::RawDoc;

/// What a WARC file gave: documents or rejects, and how many records were skipped.
pub struct WarcRead {
    pub docs: Vec<Result<RawDoc, Reject>>,
    pub skipped: usize,
}

/// The end of the line starting at `at` (the index after its "\n"), and the line
/// without its line break.
fn line(bytes: &[u8], at: usize) -> Option<(usize, &[u8])> {
    let rest = bytes.get(at..)?;
    let n = rest.iter().position(|&b| b == b'\n')?;
    let l = &rest[..n];
    Some((at + n + 1, l.strip_suffix(b"\r").unwrap_or(l)))
}

/// Header lines up to the blank line: (name in lower case, value), and where the
/// block after them starts.
fn headers(bytes: &[u8], mut at: usize) -> Option<(Vec<(String, String)>, usize)> {
    let mut out = Vec::new();
    loop {
        let (next, l) = line(bytes, at)?;
        at = next;
        if l.is_empty() {
            return Some((out, at));
        }
        let l = String::from_utf8_lossy(l);
        if let Some((k, v)) = l.split_once(':') {
            out.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
        }
    }
}

fn get<'a>(h: &'a [(String, String)], name: &str) -> Option<&'a str> {
    h.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

/// The HTML body of an HTTP response block, or why it is skipped (None: not HTML).
fn html_body(block: &[u8]) -> Result<Option<&[u8]>, String> {
    let Some((after_status, status)) = line(block, 0) else { return Err("HTTP response without a status line".into()) };
    if !status.starts_with(b"HTTP/") {
        return Err("HTTP response without a status line".into());
    }
    let Some((h, body_at)) = headers(block, after_status) else { return Err("HTTP headers without their end".into()) };
    let html = get(&h, "content-type").is_some_and(|t| {
        let t = t.to_ascii_lowercase();
        t.starts_with("text/html") || t.starts_with("application/xhtml")
    });
    if !html {
        return Ok(None);
    }
    if get(&h, "content-encoding").is_some_and(|e| !e.eq_ignore_ascii_case("identity")) {
        return Err(format!("HTTP body with content-encoding {}", get(&h, "content-encoding").unwrap_or("")));
    }
    Ok(Some(&block[body_at.min(block.len())..]))
}

pub fn read(bytes: &[u8], rel: &str, limits: &html::Limits) -> WarcRead {
    let mut out = WarcRead { docs: Vec::new(), skipped: 0 };
    let mut at = 0;
    let mut n = 0;
    while at < bytes.len() {
        // Blank lines between records.
        if matches!(bytes[at], b'\r' | b'\n') {
            at += 1;
            continue;
        }
        n += 1;
        let source = format!("{rel}#{n}");
        let bad = |reason: String| Err(Reject { source: source.clone(), stage: "ingest".into(), reason });
        let version = line(bytes, at).filter(|(_, l)| l.starts_with(b"WARC/"));
        let Some((h, block_at)) = version.and_then(|(next, _)| headers(bytes, next)) else {
            out.docs.push(bad(format!("WARC record {n}: no \"WARC/\" version line or headers where a record should start; the rest of the file is skipped")));
            break;
        };
        let Some(len) = get(&h, "content-length").and_then(|v| v.parse::<usize>().ok()) else {
            out.docs.push(bad(format!("WARC record {n}: no Content-Length; the rest of the file is skipped")));
            break;
        };
        let Some(block) = bytes.get(block_at..block_at.saturating_add(len)) else {
            out.docs.push(bad(format!("WARC record {n}: Content-Length {len} runs past the end of the file")));
            break;
        };
        at = block_at + len;
        let response = get(&h, "warc-type").is_some_and(|t| t.eq_ignore_ascii_case("response"));
        if !response {
            out.skipped += 1;
            continue;
        }
        match html_body(block) {
            Ok(None) => out.skipped += 1,
            Err(reason) => out.docs.push(bad(format!("WARC record {n}: {reason}"))),
            Ok(Some(body)) => {
                let doc = decode::decode(body).and_then(|text| {
                    if text.trim().is_empty() {
                        return Err(ReadError::Empty);
                    }
                    html::read(&text, &source, limits)
                });
                out.docs.push(doc.map(|mut d| {
                    d.url = get(&h, "warc-target-uri").map(|u| u.trim_matches(['<', '>']).to_string()).or(d.url);
                    d
                }).map_err(|e| Reject::new(&source, &e)));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, uri: &str, block: &str) -> String {
        format!("WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nContent-Length: {}\r\n\r\n{block}\r\n\r\n", block.len())
    }

    fn http(content_type: &str, body: &str) -> String {
        format!("HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n{body}", body.len())
    }

    #[test]
    fn html_responses_are_documents_the_rest_is_counted() {
        let page = "<html><head><title>Border police seize heroin</title></head><body><article><p>Police seized 12 kg of heroin in Van on Monday, officials said.</p></article></body></html>";
        let warc = [
            record("warcinfo", "", "software: test\r\n"),
            record("request", "https://news.example/a", "GET /a HTTP/1.1\r\n\r\n"),
            record("response", "https://news.example/a", &http("text/html; charset=utf-8", page)),
            record("response", "https://news.example/logo.png", &http("image/png", "PNG")),
            record("metadata", "https://news.example/a", "fetchTimeMs: 12\r\n"),
        ]
        .concat();
        let r = read(warc.as_bytes(), "cc/news.warc", &html::Limits { max_depth: 512, max_attributes: 1000 });
        assert_eq!(r.skipped, 4);
        assert_eq!(r.docs.len(), 1);
        let d = r.docs[0].as_ref().unwrap();
        assert_eq!(d.source, "cc/news.warc#3");
        assert_eq!(d.url.as_deref(), Some("https://news.example/a"));
        assert_eq!(d.title.as_deref(), Some("Border police seize heroin"));
        assert!(d.text.contains("12 kg of heroin"));
    }

    #[test]
    fn a_broken_record_is_rejected_and_ends_the_file() {
        let page = http("text/html", "<html><body><p>Customs seized 3 kg of cocaine.</p></body></html>");
        let good = record("response", "https://x/1", &page);
        let cut = format!("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999999\r\n\r\n{page}");
        let r = read(format!("{good}{cut}").as_bytes(), "a.warc", &html::Limits { max_depth: 512, max_attributes: 1000 });
        assert_eq!(r.docs.len(), 2);
        assert!(r.docs[0].is_ok());
        let e = r.docs[1].as_ref().unwrap_err();
        assert_eq!(e.source, "a.warc#2");
        assert!(e.reason.contains("runs past the end"), "{}", e.reason);
        let garbage = read(b"not a warc file at all\n", "b.warc", &html::Limits { max_depth: 512, max_attributes: 1000 });
        assert!(garbage.docs[0].as_ref().unwrap_err().reason.contains("no \"WARC/\" version line"));
    }
}
