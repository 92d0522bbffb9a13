//! The filter stage: keep (or drop) documents before extraction by keyword, regex, state
//! mentioned, publication-date range or outlet. Criteria that are set must all hold
//! (any value of a list will do); `mode = "drop"` removes the documents that match.

use super::{options, typed, DocRows, DocStage, Flow, OptionError, Role, StageKind};
use crate::stages::StageConfig;
use crate::lexicon::Lexicon;
use crate::model::Doc;
use toml::de::DeValue;
use toml::Spanned;
use chrono::NaiveDate;
use regex::Regex;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct FilterOptions {
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub regex: Option<String>,
    /// ISO alpha-3 codes: the document names one of these states (name, demonym, capital, city, agency).
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub date_from: Option<String>,
    #[serde(default)]
    pub date_to: Option<String>,
    #[serde(default)]
    pub outlets: Vec<String>,
    /// "keep" (default) or "drop".
    #[serde(default)]
    pub mode: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Filter {
    pub stage: String,
    keywords: Vec<String>,
    regex: Option<Regex>,
    countries: Vec<String>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    outlets: Vec<String>,
    drop: bool,
}

fn date(s: &Option<String>, key: &str) -> Result<Option<NaiveDate>, OptionError> {
    match s {
        None => Ok(None),
        Some(s) => NaiveDate::parse_from_str(s, "%Y-%m-%d").map(Some).map_err(|_| OptionError::new(key, format!("`{key}` must be a date YYYY-MM-DD, found `{s}`"))),
    }
}

impl Filter {
    pub fn compile(stage: &str, o: &FilterOptions, lx: &Lexicon) -> Result<Filter, OptionError> {
        let regex = match &o.regex {
            Some(r) => Some(Regex::new(r).map_err(|e| OptionError::new("regex", format!("invalid regex: {e}")))?),
            None => None,
        };
        let drop = match o.mode.as_deref() {
            None | Some("keep") => false,
            Some("drop") => true,
            Some(m) => return Err(OptionError::new("mode", format!("mode must be \"keep\" or \"drop\", found `{m}`"))),
        };
        for c in &o.countries {
            if !lx.data.countries.contains_key(&c.to_uppercase()) {
                return Err(OptionError::new("countries", format!("unknown country code `{c}` (ISO alpha-3 of the lexicon)")));
            }
        }
        let f = Filter {
            stage: stage.to_string(),
            keywords: o.keywords.iter().map(|k| k.to_lowercase()).collect(),
            regex,
            countries: o.countries.iter().map(|c| c.to_uppercase()).collect(),
            from: date(&o.date_from, "date_from")?,
            to: date(&o.date_to, "date_to")?,
            outlets: o.outlets.iter().map(|k| k.to_lowercase()).collect(),
            drop,
        };
        if f.keywords.is_empty() && f.regex.is_none() && f.countries.is_empty() && f.from.is_none() && f.to.is_none() && f.outlets.is_empty() {
            return Err(OptionError::new("kind", "a filter needs at least one of keywords, regex, countries, date_from, date_to, outlets"));
        }
        Ok(f)
    }

    /// Does the document go on to extraction?
    pub fn passes(&self, doc: &Doc, lx: &Lexicon) -> bool {
        let text: String = doc.title.iter().map(String::as_str).chain(doc.sentences.iter().map(|s| s.text.as_str())).collect::<Vec<_>>().join("\n");
        let lower = text.to_lowercase();
        let mut hit = true;
        if !self.keywords.is_empty() {
            hit &= self.keywords.iter().any(|k| lower.contains(k));
        }
        if let Some(re) = &self.regex {
            hit &= re.is_match(&text);
        }
        if !self.countries.is_empty() {
            hit &= lx.places.find_all(&text).iter().any(|h| self.countries.contains(&h.value.iso3));
        }
        if self.from.is_some() || self.to.is_some() {
            hit &= doc.published_date.is_some_and(|d| self.from.is_none_or(|f| d >= f) && self.to.is_none_or(|t| d <= t));
        }
        if !self.outlets.is_empty() {
            hit &= doc.outlet.as_ref().is_some_and(|o| self.outlets.iter().any(|x| o.to_lowercase().contains(x)));
        }
        hit != self.drop
    }
}

pub struct FilterKind;

impl StageKind for FilterKind {
    fn name(&self) -> &'static str {
        "filter"
    }
    fn about(&self) -> &'static str {
        "keep (or drop) documents before extraction by keyword, regex, state mentioned, publication dates or outlet"
    }
    fn role(&self) -> Role {
        Role::Gate
    }
    fn options(&self) -> &'static [(&'static str, &'static str)] {
        &[
            ("keywords", "any of these words or phrases (case-insensitive)"),
            ("regex", "a regular expression the text must match"),
            ("countries", "ISO alpha-3 codes: the document names one of these states"),
            ("date_from", "publication date on or after (YYYY-MM-DD)"),
            ("date_to", "publication date on or before (YYYY-MM-DD)"),
            ("outlets", "any of these outlets (substring, case-insensitive)"),
            ("mode", "keep (default): keep matching documents; drop: drop them"),
        ]
    }
    fn check(&self, v: Spanned<DeValue<'_>>) -> Result<Option<String>, toml::de::Error> {
        typed::<FilterOptions>(v).map(|_| None)
    }
    fn check_built(&self, s: &StageConfig, _stages: &[StageConfig], lx: &Lexicon, _planable: bool) -> Vec<OptionError> {
        match options::<FilterOptions>(s) {
            Ok(o) => Filter::compile(&s.name, &o, lx).err().into_iter().collect(),
            // A type error is reported by `check`.
            Err(_) => Vec::new(),
        }
    }
    fn build_doc(&self, s: &StageConfig, lx: &Lexicon) -> Result<Box<dyn DocStage>, OptionError> {
        Ok(Box::new(Filter::compile(&s.name, &options(s)?, lx)?))
    }
}

impl DocStage for Filter {
    fn apply(&self, doc: &Doc, lx: &Lexicon, _out: &mut DocRows) -> Flow {
        if self.passes(doc, lx) { Flow::Keep } else { Flow::Drop }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RawDoc;

    #[test]
    fn keep_and_drop() {
        let lx = Lexicon::builtin();
        let doc = crate::clean::clean(&RawDoc { source: "a".into(), text: "Baghdad police seized 5 kg of heroin.".into(), published: NaiveDate::from_ymd_opt(2025, 3, 1), ..Default::default() }, &lx);
        let f = |o: FilterOptions| Filter::compile("f", &o, &lx).unwrap();
        assert!(f(FilterOptions { countries: vec!["IRQ".into()], ..Default::default() }).passes(&doc, &lx));
        assert!(!f(FilterOptions { countries: vec!["IRN".into()], ..Default::default() }).passes(&doc, &lx));
        assert!(!f(FilterOptions { keywords: vec!["heroin".into()], mode: Some("drop".into()), ..Default::default() }).passes(&doc, &lx));
        assert!(f(FilterOptions { date_from: Some("2025-01-01".into()), date_to: Some("2025-12-31".into()), ..Default::default() }).passes(&doc, &lx));
        assert!(!f(FilterOptions { date_from: Some("2025-06-01".into()), ..Default::default() }).passes(&doc, &lx));
        assert!(Filter::compile("f", &FilterOptions { regex: Some("(".into()), ..Default::default() }, &lx).is_err());
        assert!(Filter::compile("f", &FilterOptions { countries: vec!["XXX".into()], ..Default::default() }, &lx).is_err());
    }
}
