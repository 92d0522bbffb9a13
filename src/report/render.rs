//! The report page: HTML with inline SVG charts and map, inline styles and a small inline
//! script (sortable tables). Deterministic: the same tables give the same bytes.

use super::data::{Facts, Seizure};
use crate::lexicon::geo::{country_point, COUNTRY_SHAPES};
use std::collections::BTreeMap;
use std::fmt::Write;

/// Colours of the drug series (the rest are `other`).
const PALETTE: [&str; 7] = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#7f7f7f"];
const TOP_DRUGS: usize = 6;

pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

fn num(v: f64) -> String {
    if v >= 100.0 || v.fract() == 0.0 {
        let r = v.round() as i64;
        let s = r.abs().to_string();
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        if r < 0 { format!("-{out}") } else { out }
    } else {
        format!("{v:.2}")
    }
}

const STYLE: &str = "body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0 auto;max-width:1100px;padding:1rem 1.5rem;color:#222}h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}.muted{color:#666;font-size:.9rem}table{border-collapse:collapse;width:100%;font-size:.88rem;margin:.5rem 0}th,td{border-bottom:1px solid #eee;padding:.25rem .4rem;text-align:left;vertical-align:top}th{background:#f6f6f6;cursor:pointer;user-select:none}td.n{text-align:right;font-variant-numeric:tabular-nums}.cards{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:6px;padding:.5rem .9rem;min-width:8rem}.card b{display:block;font-size:1.4rem}svg{max-width:100%;height:auto}.legend span{display:inline-block;margin-right:1rem;font-size:.85rem}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}blockquote{margin:.3rem 0 .3rem 1rem;color:#333;font-size:.88rem}.empty{color:#888;font-style:italic}";

/// Sortable tables; marks the page ready (the browser test reads it).
const SCRIPT: &str = r#"(function(){
  function key(td){var v=td.getAttribute('data-v');if(v!==null){return parseFloat(v);}return td.textContent.trim().toLowerCase();}
  document.querySelectorAll('table.sortable').forEach(function(t){
    t.querySelectorAll('th').forEach(function(th,i){
      th.addEventListener('click',function(){
        var body=t.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
        var asc=th.getAttribute('data-asc')!=='1';th.setAttribute('data-asc',asc?'1':'0');
        rows.sort(function(a,b){var x=key(a.cells[i]),y=key(b.cells[i]);if(x<y){return asc?-1:1;}if(x>y){return asc?1:-1;}return 0;});
        rows.forEach(function(r){body.appendChild(r);});
      });
    });
  });
  var charts=document.querySelectorAll('svg.chart').length;
  document.documentElement.setAttribute('data-charts',String(charts));
  document.documentElement.setAttribute('data-ready','1');
})();"#;

pub fn page(f: &Facts) -> String {
    let mut h = String::new();
    let incidents: Vec<&Seizure> = f.seizures.iter().filter(|s| !s.is_aggregate).collect();
    let total_kg: f64 = incidents.iter().filter_map(|s| s.kg).sum();
    let total_pills: i64 = incidents.iter().filter_map(|s| s.pills).sum();
    write!(h, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>interdict report</title><style>{STYLE}</style></head><body>").unwrap();
    write!(h, "<h1>interdict report</h1><p class=\"muted\">Run finished {}. Seizure figures count each cluster once (one real-world haul told by several sources); reported totals over a period are listed apart and never added to single incidents.</p>", esc(f.run_finished.as_deref().unwrap_or("(unknown)"))).unwrap();
    h.push_str("<div class=\"cards\">");
    for (label, v) in [("documents", f.documents.to_string()), ("seizure incidents", incidents.len().to_string()), ("kg seized (incidents)", num(total_kg)), ("pills seized (incidents)", num(total_pills as f64)), ("conflicts", f.conflicts.len().to_string()), ("rejected files", f.rejects.len().to_string())] {
        write!(h, "<div class=\"card\"><b>{}</b>{}</div>", esc(&v), esc(label)).unwrap();
    }
    h.push_str("</div>");

    h.push_str("<h2 id=\"by-month\">Seizures by month and drug</h2><p class=\"muted\">Single-incident seizure clusters per month of the event (or of publication when the text gives no date).</p>");
    h.push_str(&month_chart(&incidents));
    h.push_str("<h2 id=\"countries\">Top countries</h2><p class=\"muted\">Single-incident seizure clusters by the state that seized; kilograms summed beside them.</p>");
    h.push_str(&country_chart(&incidents));
    h.push_str("<h2 id=\"routes\">Routes</h2><p class=\"muted\">Legs of the routes the texts tell (origin, transit, destination), one per seizure cluster; a leg marked inferred joins a one-place route to the state that seized. Region codes (X..) have no point on the map.</p>");
    h.push_str(&map(f));
    h.push_str(&flow_table(f));
    h.push_str("<h2 id=\"conflicts\">Conflicts</h2><p class=\"muted\">Sources that disagree on the same figure (same table, state, period and metric), with who said what.</p>");
    h.push_str(&conflicts(f));
    h.push_str("<h2 id=\"clusters\">Biggest seizures and their evidence</h2>");
    h.push_str(&biggest(f));
    h.push_str("<h2 id=\"rejects\">Rejected files</h2>");
    h.push_str(&rejects(f));
    write!(h, "<script>{SCRIPT}</script></body></html>\n").unwrap();
    h
}

/// Drugs by incident count, the top ones with their colours, and `other`.
fn drug_colours(seizures: &[&Seizure]) -> Vec<(String, &'static str)> {
    let mut n: BTreeMap<&str, usize> = BTreeMap::new();
    for s in seizures {
        *n.entry(s.drug.as_str()).or_default() += 1;
    }
    let mut v: Vec<(&str, usize)> = n.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut out: Vec<(String, &str)> = v.iter().take(TOP_DRUGS).enumerate().map(|(i, (d, _))| (d.to_string(), PALETTE[i])).collect();
    if v.len() > TOP_DRUGS {
        out.push(("other".to_string(), PALETTE[TOP_DRUGS]));
    }
    out
}

fn month_chart(seizures: &[&Seizure]) -> String {
    let colours = drug_colours(seizures);
    let mut by: BTreeMap<String, BTreeMap<usize, usize>> = BTreeMap::new();
    for s in seizures {
        let Some(m) = &s.month else { continue };
        let k = colours.iter().position(|(d, _)| *d == s.drug).unwrap_or(colours.len().saturating_sub(1));
        *by.entry(m.clone()).or_default().entry(k).or_default() += 1;
    }
    // The latest three years at most.
    let months: Vec<(&String, &BTreeMap<usize, usize>)> = by.iter().rev().take(36).collect::<Vec<_>>().into_iter().rev().collect();
    if months.is_empty() {
        return "<p class=\"empty\">No dated seizure incidents.</p><svg class=\"chart\" width=\"0\" height=\"0\"></svg>".into();
    }
    // Whole-number ticks: four steps up to the tallest bar.
    let tallest = months.iter().map(|(_, m)| m.values().sum::<usize>()).max().unwrap_or(1).max(1);
    let step = tallest.div_ceil(4);
    let max = step * 4;
    let (w, hgt, left, bottom) = (900.0, 300.0, 40.0, 50.0);
    let bw = (w - left - 10.0) / months.len() as f64;
    let mut s = format!("<svg class=\"chart\" id=\"chart-months\" viewBox=\"0 0 {w} {hgt}\" role=\"img\" aria-label=\"Seizure incidents by month and drug\">");
    let plot = hgt - bottom - 10.0;
    for t in 0..=4 {
        let v = (step * t) as f64;
        let y = 10.0 + plot - plot * t as f64 / 4.0;
        write!(s, "<line x1=\"{left}\" x2=\"{w}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"#eee\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"end\">{}</text>", left - 4.0, y + 3.0, num(v)).unwrap();
    }
    for (i, (m, parts)) in months.iter().enumerate() {
        let x = left + i as f64 * bw;
        let mut y = 10.0 + plot;
        for (k, n) in parts.iter() {
            let hh = plot * *n as f64 / max as f64;
            y -= hh;
            let (drug, col) = &colours[*k];
            write!(s, "<rect x=\"{:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{hh:.1}\" fill=\"{col}\"><title>{} {}: {n}</title></rect>", x + 1.0, (bw - 2.0).max(1.0), esc(m), esc(drug)).unwrap();
        }
        if months.len() <= 12 || i % (months.len() / 12 + 1) == 0 {
            write!(s, "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"end\" transform=\"rotate(-45 {:.1} {:.1})\">{}</text>", x + bw / 2.0, hgt - bottom + 14.0, x + bw / 2.0, hgt - bottom + 14.0, esc(m)).unwrap();
        }
    }
    s.push_str("</svg><div class=\"legend\">");
    for (d, c) in &colours {
        write!(s, "<span><i style=\"background:{c}\"></i>{}</span>", esc(d)).unwrap();
    }
    s.push_str("</div>");
    s
}

fn country_chart(seizures: &[&Seizure]) -> String {
    let mut by: BTreeMap<&str, (usize, f64, i64)> = BTreeMap::new();
    for s in seizures {
        let e = by.entry(s.country.as_deref().unwrap_or("(unknown)")).or_default();
        e.0 += 1;
        e.1 += s.kg.unwrap_or(0.0);
        e.2 += s.pills.unwrap_or(0);
    }
    let mut v: Vec<(&str, (usize, f64, i64))> = by.into_iter().collect();
    v.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(b.1 .1.total_cmp(&a.1 .1)).then(a.0.cmp(b.0)));
    v.truncate(15);
    if v.is_empty() {
        return "<p class=\"empty\">No seizure incidents.</p><svg class=\"chart\" width=\"0\" height=\"0\"></svg>".into();
    }
    let max = v[0].1 .0.max(1) as f64;
    let row = 22.0;
    let hgt = row * v.len() as f64 + 10.0;
    let mut s = format!("<svg class=\"chart\" id=\"chart-countries\" viewBox=\"0 0 900 {hgt}\" role=\"img\" aria-label=\"Seizure incidents by country\">");
    for (i, (c, (n, kg, pills))) in v.iter().enumerate() {
        let y = 5.0 + i as f64 * row;
        let bw = 600.0 * *n as f64 / max;
        let mut amounts = Vec::new();
        if *kg > 0.0 {
            amounts.push(format!("{} kg", num(*kg)));
        }
        if *pills > 0 {
            amounts.push(format!("{} pills", num(*pills as f64)));
        }
        let amounts = amounts.join(", ");
        write!(s, "<text x=\"60\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"end\">{}</text><rect x=\"70\" y=\"{y:.1}\" width=\"{bw:.1}\" height=\"{:.1}\" fill=\"#1f77b4\"><title>{}: {n} incidents; {}</title></rect><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\">{n} · {}</text>", y + 14.0, esc(c), row - 6.0, esc(c), esc(&amounts), 76.0 + bw, y + 13.0, esc(&amounts)).unwrap();
    }
    s.push_str("</svg>");
    s
}

/// Longitude and latitude on the map (equirectangular, 960 x 480).
fn xy(lat: f64, lon: f64) -> (f64, f64) {
    ((lon + 180.0) / 360.0 * 960.0, (90.0 - lat) / 180.0 * 480.0)
}

fn map(f: &Facts) -> String {
    let shapes: BTreeMap<String, Vec<Vec<[f64; 2]>>> = serde_json::from_str(COUNTRY_SHAPES).unwrap_or_default();
    let mut s = String::from("<svg class=\"chart\" id=\"map\" viewBox=\"0 40 960 380\" role=\"img\" aria-label=\"Map of seizures and routes\"><defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"5\" markerHeight=\"5\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"#d62728\"/></marker></defs><rect x=\"0\" y=\"0\" width=\"960\" height=\"480\" fill=\"#eef4fa\"/>");
    let seized: BTreeMap<&str, usize> = f.seizures.iter().filter_map(|x| x.country.as_deref()).fold(BTreeMap::new(), |mut m, c| {
        *m.entry(c).or_default() += 1;
        m
    });
    for (iso, rings) in &shapes {
        let fill = if seized.contains_key(iso.as_str()) { "#cfd8c4" } else { "#e4e4e4" };
        let mut d = String::new();
        for r in rings {
            for (i, p) in r.iter().enumerate() {
                let (x, y) = xy(p[1], p[0]);
                write!(d, "{}{x:.1},{y:.1}", if i == 0 { "M" } else { "L" }).unwrap();
            }
            d.push('Z');
        }
        write!(s, "<path d=\"{d}\" fill=\"{fill}\" stroke=\"#fff\" stroke-width=\"0.5\"><title>{}</title></path>", esc(iso)).unwrap();
    }
    for fl in &f.flows {
        let (Some(a), Some(b)) = (country_point(&fl.from), country_point(&fl.to)) else { continue };
        let ((x1, y1), (x2, y2)) = (xy(a.0, a.1), xy(b.0, b.1));
        let width = 1.0 + (fl.seizures as f64).ln_1p() * 1.5;
        let dash = if fl.inferred { " stroke-dasharray=\"4 3\"" } else { "" };
        write!(s, "<line x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\" stroke=\"#d62728\" stroke-opacity=\"0.7\" stroke-width=\"{width:.1}\"{dash} marker-end=\"url(#arrow)\"><title>{} → {}: {} seizures</title></line>", esc(&fl.from), esc(&fl.to), fl.seizures).unwrap();
    }
    for x in &f.seizures {
        let Some((lat, lon, prec)) = &x.point else { continue };
        let (cx, cy) = xy(*lat, *lon);
        let r = 2.0 + x.kg.unwrap_or(0.0).sqrt().min(400.0) / 20.0 * 6.0 / 6.0;
        let (fill, stroke) = if prec == "country" { ("none", "#1f77b4") } else { ("#1f77b4", "#fff") };
        write!(s, "<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"{:.1}\" fill=\"{fill}\" fill-opacity=\"0.6\" stroke=\"{stroke}\" stroke-width=\"0.6\"><title>{} {} {} ({})</title></circle>", r.min(14.0), esc(&x.drug), x.kg.map(|k| format!("{} kg", num(k))).or(x.pills.map(|p| format!("{} pills", num(p as f64)))).unwrap_or_default(), esc(x.location.as_deref().or(x.country.as_deref()).unwrap_or("")), esc(prec)).unwrap();
    }
    s.push_str("</svg><p class=\"muted\">Filled dots: seizures placed at a city, province or a lexicon place; hollow dots: placed at the state's point (no place named, or a name that stands for several places). Dashed legs are inferred.</p>");
    s
}

fn flow_table(f: &Facts) -> String {
    if f.flows.is_empty() {
        return "<p class=\"empty\">No routes told.</p>".into();
    }
    let mut s = String::from("<table class=\"sortable\" id=\"flows\"><thead><tr><th>from</th><th>to</th><th>seizures</th><th>kg</th><th>pills</th><th>inferred</th></tr></thead><tbody>");
    for fl in &f.flows {
        write!(s, "<tr><td>{}</td><td>{}</td><td class=\"n\" data-v=\"{}\">{}</td><td class=\"n\" data-v=\"{}\">{}</td><td class=\"n\" data-v=\"{}\">{}</td><td>{}</td></tr>", esc(&fl.from), esc(&fl.to), fl.seizures, fl.seizures, fl.kg, num(fl.kg), fl.pills, num(fl.pills as f64), if fl.inferred { "yes" } else { "" }).unwrap();
    }
    s.push_str("</tbody></table>");
    s
}

fn conflicts(f: &Facts) -> String {
    if f.conflicts.is_empty() {
        return "<p class=\"empty\">No conflicting figures.</p>".into();
    }
    let mut s = String::from("<table class=\"sortable\" id=\"conflict-table\"><thead><tr><th>table</th><th>metric</th><th>country</th><th>period</th><th>min</th><th>max</th><th>who said what</th></tr></thead><tbody>");
    for c in &f.conflicts {
        let sides: Vec<String> = c.sides.iter().map(|(v, src)| format!("<b>{}</b>: {}", esc(v), esc(&src.join(", ")))).collect();
        write!(s, "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"n\" data-v=\"{}\">{}</td><td class=\"n\" data-v=\"{}\">{}</td><td>{}</td></tr>", esc(&c.table), esc(&c.metric), esc(c.country.as_deref().unwrap_or("")), esc(&c.period), c.min, num(c.min), c.max, num(c.max), sides.join("<br>")).unwrap();
    }
    s.push_str("</tbody></table>");
    s
}

fn biggest(f: &Facts) -> String {
    let mut v: Vec<&Seizure> = f.seizures.iter().filter(|s| !s.is_aggregate && (s.kg.is_some() || s.pills.is_some())).collect();
    v.sort_by(|a, b| b.kg.unwrap_or(0.0).total_cmp(&a.kg.unwrap_or(0.0)).then(b.pills.unwrap_or(0).cmp(&a.pills.unwrap_or(0))).then(a.cluster_id.cmp(&b.cluster_id)));
    v.truncate(10);
    if v.is_empty() {
        return "<p class=\"empty\">No seizure incidents.</p>".into();
    }
    let mut s = String::new();
    for x in v {
        let amount = x.kg.map(|k| format!("{} kg", num(k))).or(x.pills.map(|p| format!("{} pills", num(p as f64)))).unwrap_or_default();
        write!(s, "<h3 style=\"font-size:1rem;margin-bottom:.2rem\">{} of {} — {} {}</h3><p class=\"muted\">cluster {} · {} source(s)</p>", esc(&amount), esc(&x.drug), esc(x.country.as_deref().unwrap_or("")), esc(x.month.as_deref().unwrap_or("")), esc(&x.cluster_id), x.evidence.len()).unwrap();
        for (ev, src) in x.evidence.iter().take(3) {
            write!(s, "<blockquote>“{}” <span class=\"muted\">({})</span></blockquote>", esc(ev), esc(src)).unwrap();
        }
    }
    s
}

fn rejects(f: &Facts) -> String {
    if f.rejects.is_empty() {
        return "<p class=\"empty\">No file was rejected.</p>".into();
    }
    let mut s = String::from("<table class=\"sortable\" id=\"reject-table\"><thead><tr><th>source</th><th>stage</th><th>reason</th></tr></thead><tbody>");
    for (a, b, c) in &f.rejects {
        write!(s, "<tr><td>{}</td><td>{}</td><td>{}</td></tr>", esc(a), esc(b), esc(c)).unwrap();
    }
    s.push_str("</tbody></table>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::data::{Flow, Seizure};

    fn seizure(drug: &str, kg: f64, month: &str, country: &str) -> Seizure {
        Seizure { cluster_id: format!("c-{drug}-{kg}"), drug: drug.into(), kg: Some(kg), pills: None, country: Some(country.into()), month: Some(month.into()), is_aggregate: false, location: None, point: Some((33.0, 44.0, "city".into())), evidence: vec![("Police seized <b>drugs</b>.".into(), "a.txt".into())] }
    }

    #[test]
    fn page_escapes_text_and_draws_every_part() {
        let f = Facts {
            seizures: vec![seizure("captagon", 1100.0, "2025-03", "IRQ"), seizure("heroin", 5.0, "2025-04", "IRN")],
            flows: vec![Flow { from: "SYR".into(), to: "IRQ".into(), seizures: 1, kg: 1100.0, pills: 0, inferred: false }],
            documents: 2,
            ..Facts::default()
        };
        let h = page(&f);
        assert!(h.contains("&lt;b&gt;drugs&lt;/b&gt;") && !h.contains("<b>drugs</b>"));
        assert_eq!(h.matches("<svg class=\"chart\"").count(), 3);
        assert!(h.contains("id=\"chart-months\"") && h.contains("id=\"chart-countries\"") && h.contains("id=\"map\""));
        assert!(h.contains("SYR → IRQ: 1 seizures"));
        assert!(h.contains("1,100 kg of captagon"));
        // Nothing fetched from elsewhere.
        assert!(!h.contains("http://") && !h.contains("https://") && !h.contains(" src="));
        assert_eq!(h, page(&f));
    }

    #[test]
    fn numbers_read_as_people_write_them() {
        assert_eq!(num(1234567.0), "1,234,567");
        assert_eq!(num(2.5), "2.50");
        assert_eq!(num(40.0), "40");
    }
}
