//! `interdict report` end to end: a run of the sample data, the page it writes, and the
//! page opened in a real headless browser (Chromium from Debian's packages). Without a
//! browser the browser test says so and skips, unless INTERDICT_REQUIRE_BROWSER=1 (set
//! by `.ci/run`, which installs Chromium), where it must run.

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

fn run_and_report(name: &str) -> (PathBuf, String) {
    let out = tmp(name).join("out");
    let o = bin().args(["run", "-q", "--config"]).arg(root().join("pipeline.toml")).arg("--input").arg(root().join("data")).arg("--output").arg(&out).output().unwrap();
    assert!(o.status.success(), "run failed: {}", String::from_utf8_lossy(&o.stderr));
    let o = bin().args(["report", "--config"]).arg(root().join("pipeline.toml")).arg("--output").arg(&out).output().unwrap();
    assert!(o.status.success(), "report failed: {}", String::from_utf8_lossy(&o.stderr));
    let page = out.join("report.html");
    let html = std::fs::read_to_string(&page).unwrap();
    (page, html)
}

#[test]
fn the_report_is_one_self_contained_page_with_every_part() {
    let (_, html) = run_and_report("report-page");
    for id in ["chart-months", "chart-countries", "map", "flows", "conflicts", "clusters", "rejects"] {
        assert!(html.contains(&format!("id=\"{id}\"")), "no #{id}");
    }
    // The sample's route (cocaine shipped from Guayaquil, seized in Mersin) is a leg.
    assert!(html.contains("<td>ECU</td><td>TUR</td>"), "no ECU -> TUR flow");
    // The biggest cluster is shown with its sentence and its source.
    assert!(html.contains("5,700 kg of cocaine") && html.contains("feeds/regional_digest.json#2"));
    // Nothing is fetched from elsewhere: no links to scripts, styles or images.
    assert!(!html.contains("http://") && !html.contains("https://") && !html.contains(" src=") && !html.contains("<link"));
    // The country shapes are drawn (Iraq among them).
    assert!(html.contains("<title>IRQ</title>"));
}

#[test]
fn no_output_no_report() {
    let dir = tmp("report-none");
    let o = bin().args(["report", "--output"]).arg(&dir).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no manifest.json"));
    assert!(!dir.join("report.html").exists());
}

fn chromium() -> Option<PathBuf> {
    let candidates = [std::env::var("INTERDICT_CHROMIUM").unwrap_or_default(), "/usr/bin/chromium".into(), "/usr/bin/chromium-browser".into(), "/usr/bin/google-chrome".into()];
    candidates.into_iter().filter(|c| !c.is_empty()).map(PathBuf::from).find(|p| p.is_file())
}

fn headless(browser: &Path, profile: &Path, extra: &[&str], page: &Path) -> std::process::Output {
    Command::new(browser)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0"])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap()
}

#[test]
fn the_report_opens_in_a_headless_browser_without_console_errors() {
    let Some(browser) = chromium() else {
        assert!(std::env::var("INTERDICT_REQUIRE_BROWSER").is_err(), "INTERDICT_REQUIRE_BROWSER is set but no Chromium was found");
        eprintln!("skipped: no Chromium (apt-get install chromium)");
        return;
    };
    let (page, _) = run_and_report("report-browser");
    let dir = page.parent().unwrap().parent().unwrap().to_path_buf();
    let o = headless(&browser, &dir.join("profile"), &["--dump-dom"], &page);
    let dom = String::from_utf8_lossy(&o.stdout);
    let log = String::from_utf8_lossy(&o.stderr);
    // The page's script ran to its end and found the three charts.
    assert!(dom.contains("data-ready=\"1\""), "the page script did not finish; log:\n{log}");
    assert!(dom.contains("data-charts=\"3\""), "charts missing; log:\n{log}");
    // Chromium logs every console message (errors, uncaught exceptions) as `:CONSOLE`.
    let console: Vec<&str> = log.lines().filter(|l| l.contains(":CONSOLE")).collect();
    assert!(console.is_empty(), "console messages: {console:?}");
    // A screenshot of the page renders.
    let shot = dir.join("report.png");
    let o = headless(&browser, &dir.join("profile2"), &["--window-size=1200,2400", &format!("--screenshot={}", shot.display())], &page);
    let size = std::fs::metadata(&shot).map(|m| m.len()).unwrap_or(0);
    assert!(size > 20_000, "screenshot of {size} bytes; log:\n{}", String::from_utf8_lossy(&o.stderr));
}
