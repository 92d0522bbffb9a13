//! The `sink` kind: write every table as Parquet, atomically, with a run manifest. The
//! writing is in `crate::sink`.

use super::{typed, Role, StageKind};
use toml::de::DeValue;
use toml::Spanned;

pub struct Sink;

impl StageKind for Sink {
    fn name(&self) -> &'static str {
        "sink"
    }
    fn about(&self) -> &'static str {
        "write every table as Parquet under the output folder, atomically, with a run manifest"
    }
    fn role(&self) -> Role {
        Role::Sink
    }
    fn options(&self) -> &'static [(&'static str, &'static str)] {
        &[
            ("compression", "snappy or none (default snappy)"),
            ("partition_by", "published_month (default: tables of documents and facts as Hive partitions by month of publication, so a scheduled run rewrites only the months it touched) or none (one file per table)"),
        ]
    }
    fn check(&self, v: Spanned<DeValue<'_>>) -> Result<Option<String>, toml::de::Error> {
        typed::<crate::sink::SinkOptions>(v).map(|o| o.check())
    }
}
