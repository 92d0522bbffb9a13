//! Sinks: tables to Parquet files and the run manifest, published all at once by one
//! writer at a time (`publish`), so a failed or killed run leaves the previous output
//! whole.

pub mod parquet;
pub mod publish;
pub mod read;
pub mod table;

use ::parquet::basic::Compression;
pub use publish::{Output, Staging};
pub use table::{ColumnData, Table};

pub use self::parquet::SinkError;

pub fn compression(name: &str) -> Option<Compression> {
    match name {
        "snappy" => Some(Compression::SNAPPY),
        "none" | "uncompressed" => Some(Compression::UNCOMPRESSED),
        _ => None,
    }
}

/// The Hive folder key of the monthly partitions (`seizures/month=2025-03/`). It is not
/// the column's name: pyarrow's `read_table` and pandas' `read_parquet` type a folder key
/// as a dictionary and refuse a string column of the same name inside the files.
pub const PARTITION_KEY: &str = "month";

/// Options of the sink stage (`[stages.sink]`).
#[derive(Debug, Clone, serde::Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SinkOptions {
    /// `snappy` or `none`.
    #[serde(default = "snappy")]
    pub compression: String,
    /// `published_month`: the tables of documents and facts are folders with one Hive
    /// partition per month of publication (`seizures/month=2025-03/`), so a
    /// scheduled run rewrites only the months it touched; `none`: one file per table.
    #[serde(default = "by_month")]
    pub partition_by: String,
}

fn snappy() -> String {
    "snappy".into()
}
fn by_month() -> String {
    PARTITION_BY[0].into()
}

pub const PARTITION_BY: &[&str] = &["published_month", "none"];

impl Default for SinkOptions {
    fn default() -> Self {
        SinkOptions { compression: snappy(), partition_by: by_month() }
    }
}

impl SinkOptions {
    pub fn check(&self) -> Option<String> {
        if compression(&self.compression).is_none() {
            return Some(format!("unknown compression `{}` (snappy or none)", self.compression));
        }
        if !PARTITION_BY.contains(&self.partition_by.as_str()) {
            return Some(format!("unknown partition_by `{}` ({})", self.partition_by, PARTITION_BY.join(" or ")));
        }
        None
    }

    pub fn partitioned(&self) -> bool {
        self.partition_by != "none"
    }

    /// The partition of a document published on `date` ("" when tables are single files).
    pub fn partition(&self, date: Option<chrono::NaiveDate>) -> String {
        if !self.partitioned() {
            return String::new();
        }
        match date {
            Some(d) => format!("{}={}", PARTITION_KEY, d.format("%Y-%m")),
            None => UNDATED.to_string(),
        }
    }

    /// Where a table's partition goes, relative to the output folder.
    pub fn path(&self, table: &str, partition: &str) -> String {
        if partition.is_empty() {
            format!("{table}.parquet")
        } else {
            format!("{table}/{partition}/part-0.parquet")
        }
    }

    /// The partition that holds an empty table's schema when it has no rows at all.
    pub fn empty_partition(&self) -> String {
        if self.partitioned() { UNDATED.to_string() } else { String::new() }
    }
}

/// The layout of what a run writes for a given input and config. A new value makes the
/// next run a full one, so no output mixes files of two layouts (2: the partition value
/// is a column of each file too; 3: the columns carry their descriptions; 4: the partition
/// folders are `month=`, no longer the name of the column inside the files; 5: the state holds
/// sentence types, event types and scopes as enums).
pub const OUTPUT_FORMAT: &str = "output-format-8";

/// The partition of documents with no publication date.
pub const UNDATED: &str = "month=unknown";
