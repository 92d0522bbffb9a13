//! The `sample` kind: keep a fixed share of the documents, chosen by a hash of their
//! source, so that a trial run over a big archive is small and the same on every run
//! (and on every thread count). A gate in the document chain, like `filter`.

use super::{options, typed, DocRows, DocStage, Flow, OptionError, Role, StageKind};
use crate::stages::StageConfig;
use crate::lexicon::Lexicon;
use crate::model::Doc;
use serde::Deserialize;
use toml::de::DeValue;
use toml::Spanned;

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SampleOptions {
    /// The share of documents kept, from 0 to 1.
    pub fraction: f64,
    /// Another seed keeps another sample of the same size.
    #[serde(default)]
    pub seed: u64,
}

impl SampleOptions {
    fn problem(&self) -> Option<OptionError> {
        (!(0.0..=1.0).contains(&self.fraction)).then(|| OptionError::new("fraction", format!("fraction must be from 0 to 1, found {}", self.fraction)))
    }
}

pub struct Sample;

impl StageKind for Sample {
    fn name(&self) -> &'static str {
        "sample"
    }
    fn about(&self) -> &'static str {
        "keep a fixed share of the documents, chosen by a hash of their source (the same documents on every run)"
    }
    fn role(&self) -> Role {
        Role::Gate
    }
    fn options(&self) -> &'static [(&'static str, &'static str)] {
        &[("fraction", "the share of documents kept, from 0 to 1"), ("seed", "another seed keeps another sample of the same size (default 0)")]
    }
    fn check(&self, v: Spanned<DeValue<'_>>) -> Result<Option<String>, toml::de::Error> {
        typed::<SampleOptions>(v).map(|o| o.problem().map(|e| e.message))
    }
    fn build_doc(&self, s: &StageConfig, _lx: &Lexicon) -> Result<Box<dyn DocStage>, OptionError> {
        let o: SampleOptions = options(s)?;
        match o.problem() {
            Some(e) => Err(e),
            None => Ok(Box::new(o)),
        }
    }
}

impl SampleOptions {
    /// A document's place in [0, 1): the first 8 bytes of SHA-256 of the seed and source.
    fn position(&self, source: &str) -> f64 {
        use sha2::Digest;
        let mut h = sha2::Sha256::new();
        h.update(self.seed.to_le_bytes());
        h.update(source.as_bytes());
        let d = h.finalize();
        u64::from_le_bytes(d[..8].try_into().expect("8 bytes")) as f64 / (u64::MAX as f64 + 1.0)
    }
}

impl DocStage for SampleOptions {
    fn apply(&self, doc: &Doc, _lx: &Lexicon, _out: &mut DocRows) -> Flow {
        if self.position(&doc.source) < self.fraction { Flow::Keep } else { Flow::Drop }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_about_the_fraction_and_the_same_documents() {
        let o = SampleOptions { fraction: 0.25, seed: 0 };
        let kept: Vec<usize> = (0..4000).filter(|i| o.position(&format!("doc{i}.txt")) < o.fraction).collect();
        assert!((900..1100).contains(&kept.len()), "{}", kept.len());
        let again: Vec<usize> = (0..4000).filter(|i| o.position(&format!("doc{i}.txt")) < o.fraction).collect();
        assert_eq!(kept, again);
        let other = SampleOptions { fraction: 0.25, seed: 7 };
        assert_ne!(kept, (0..4000).filter(|i| other.position(&format!("doc{i}.txt")) < 0.25).collect::<Vec<_>>());
        assert!(SampleOptions { fraction: 1.5, seed: 0 }.problem().is_some());
        assert!((0..100).all(|i| SampleOptions { fraction: 1.0, seed: 0 }.position(&i.to_string()) < 1.0));
    }
}
