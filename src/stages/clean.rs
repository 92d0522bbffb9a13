//! The `clean` kind: normalise the text, read header lines, drop boilerplate, split
//! sentences. The work is in `crate::clean`; the document chain (`chain`) calls it.

use super::{no_options, Role, StageKind};
use toml::de::DeValue;
use toml::Spanned;

pub struct Clean;

impl StageKind for Clean {
    fn name(&self) -> &'static str {
        "clean"
    }
    fn about(&self) -> &'static str {
        "normalise Unicode, quotes, dashes and spaces; read header lines (title, outlet, date, dateline); drop boilerplate; split sentences"
    }
    fn role(&self) -> Role {
        Role::Clean
    }
    fn check(&self, v: Spanned<DeValue<'_>>) -> Result<Option<String>, toml::de::Error> {
        no_options(v)
    }
}
