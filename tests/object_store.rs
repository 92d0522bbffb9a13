//! Input and output on S3, against a local S3-compatible server (moto's, from the Python
//! registry: `pip install "moto[server]"`), started by the test. A run to and from the
//! store gives the same tables as on disk, stays incremental, and a run that fails
//! leaves the store's output as it was.
//!
//! Without moto the test says so and passes, unless INTERDICT_REQUIRE_S3 is set, as
//! `.ci/run` does after installing it.

mod common;

use common::{bin, root, tmp};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn moto_available() -> bool {
    Command::new("python3").args(["-c", "import moto.server, boto3"]).stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok_and(|s| s.success())
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn start_server() -> (Server, String) {
    let port = free_port();
    let child = Command::new("python3").args(["-m", "moto.server", "-H", "127.0.0.1", "-p", &port.to_string()]).stdout(Stdio::null()).stderr(Stdio::null()).spawn().expect("moto server starts");
    let server = Server(child);
    let t = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(t.elapsed() < Duration::from_secs(60), "moto server did not listen on {port}");
        std::thread::sleep(Duration::from_millis(200));
    }
    (server, format!("http://127.0.0.1:{port}"))
}

/// boto3 against the server: make a bucket, upload a folder, download a prefix.
fn s3(endpoint: &str, script: &str, args: &[&str]) {
    let prelude = format!("import boto3, os, sys\ns3 = boto3.client('s3', endpoint_url='{endpoint}', aws_access_key_id='test', aws_secret_access_key='test', region_name='us-east-1')\n");
    let o = Command::new("python3").arg("-c").arg(prelude + script).args(args).output().unwrap();
    assert!(o.status.success(), "boto3: {}", String::from_utf8_lossy(&o.stderr));
}

const UPLOAD: &str = "bucket, prefix, root = sys.argv[1:4]\nfor d, _, fs in os.walk(root):\n    for f in fs:\n        p = os.path.join(d, f)\n        s3.upload_file(p, bucket, prefix + '/' + os.path.relpath(p, root).replace(os.sep, '/'))\n";
const DOWNLOAD: &str = "bucket, prefix, root = sys.argv[1:4]\nfor page in s3.get_paginator('list_objects_v2').paginate(Bucket=bucket, Prefix=prefix + '/'):\n    for o in page.get('Contents', []):\n        p = os.path.join(root, o['Key'][len(prefix) + 1:])\n        os.makedirs(os.path.dirname(p), exist_ok=True)\n        s3.download_file(bucket, o['Key'], p)\n";

fn interdict(endpoint: &str, cache: &Path) -> Command {
    let mut c = bin();
    c.env("AWS_ACCESS_KEY_ID", "test")
        .env("AWS_SECRET_ACCESS_KEY", "test")
        .env("AWS_REGION", "us-east-1")
        .env("AWS_ENDPOINT", endpoint)
        .env("AWS_ALLOW_HTTP", "true")
        .env("INTERDICT_CACHE", cache);
    c
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            copy_dir(&p, &to.join(p.file_name().unwrap()));
        } else {
            std::fs::copy(&p, to.join(p.file_name().unwrap())).unwrap();
        }
    }
}

fn manifest(dir: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap()
}

#[test]
fn a_run_to_and_from_s3_gives_the_same_tables_as_on_disk() {
    if !moto_available() {
        assert!(std::env::var_os("INTERDICT_REQUIRE_S3").is_none(), "INTERDICT_REQUIRE_S3 is set but moto[server] is not installed");
        eprintln!("skipped: no local S3 server (pip install \"moto[server]\")");
        return;
    }
    let dir = tmp("s3");
    let (_server, endpoint) = start_server();
    let input = dir.join("in");
    copy_dir(&root().join("data"), &input);
    s3(&endpoint, "s3.create_bucket(Bucket='news')", &[]);
    s3(&endpoint, UPLOAD, &["news", "feeds/in", input.to_str().unwrap()]);
    let cache = dir.join("cache");

    // The same articles on disk and on S3.
    let disk = dir.join("disk");
    let o = bin().args(["run", "-q", "--input"]).arg(&input).arg("--output").arg(&disk).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = interdict(&endpoint, &cache).args(["run", "-q", "--input", "s3://news/feeds/in", "--output", "s3://news/tables"]).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let fetched = dir.join("fetched1");
    s3(&endpoint, DOWNLOAD, &["news", "tables", fetched.to_str().unwrap()]);
    common::assert_same_tables(&disk, &fetched);
    assert!(!common::parquet_files(&fetched).is_empty());
    assert_eq!(manifest(&fetched)["documents"], manifest(&disk)["documents"]);
    assert!(fetched.join("_interdict_state").is_dir(), "the state travels with the output, for the next run");

    // One more article: the S3 run reuses what it read before, as on disk.
    let extra = dir.join("extra");
    std::fs::create_dir_all(&extra).unwrap();
    std::fs::write(extra.join("late.txt"), "Customs seize cocaine at Antwerp\nPublished: 2025-05-02\n\nBelgian customs seized 2.3 tonnes of cocaine in a banana container at the port of Antwerp on Thursday.\n").unwrap();
    copy_dir(&extra, &input);
    s3(&endpoint, UPLOAD, &["news", "feeds/in", extra.to_str().unwrap()]);
    let o = bin().args(["run", "-q", "--input"]).arg(&input).arg("--output").arg(&disk).output().unwrap();
    assert!(o.status.success());
    // A fresh machine (an empty cache) gets the previous output and state from the store.
    let cache2 = dir.join("cache2");
    let o = interdict(&endpoint, &cache2).args(["run", "-q", "--input", "s3://news/feeds/in", "--output", "s3://news/tables"]).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let fetched2 = dir.join("fetched2");
    s3(&endpoint, DOWNLOAD, &["news", "tables", fetched2.to_str().unwrap()]);
    common::assert_same_tables(&disk, &fetched2);
    let m = manifest(&fetched2);
    assert_eq!(m["files_processed"], 1, "only the new article is extracted: {m}");
    assert_eq!(m["full_refresh"], false);

    // `interdict check` reads the output from the store too.
    let o = interdict(&endpoint, &dir.join("cache3")).args(["check", "-q", "--output", "s3://news/tables"]).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));

    // A run that fails (a config whose SQL cannot run on this data) leaves the store's
    // output as it was.
    let bad = dir.join("bad.toml");
    let base = std::fs::read_to_string(root().join("pipeline.toml")).unwrap();
    std::fs::write(&bad, base + "\n[stages.broken]\nkind = \"sql\"\ninputs = [\"deduplicate\"]\nquery = \"SELECT CAST(source AS INT) AS n FROM documents\"\n").unwrap();
    let o = interdict(&endpoint, &cache2).args(["run", "-q", "--full-refresh", "--config"]).arg(&bad).args(["--input", "s3://news/feeds/in", "--output", "s3://news/tables"]).output().unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", String::from_utf8_lossy(&o.stderr));
    let fetched3 = dir.join("fetched3");
    s3(&endpoint, DOWNLOAD, &["news", "tables", fetched3.to_str().unwrap()]);
    common::assert_same_tables(&fetched2, &fetched3);
    assert_eq!(manifest(&fetched3), m);

    // A bucket that does not exist is an error naming it, not a crash.
    let o = interdict(&endpoint, &cache).args(["run", "-q", "--input", "s3://nobucket/in", "--output", "s3://news/tables"]).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("s3://nobucket/in"), "{}", String::from_utf8_lossy(&o.stderr));
}
