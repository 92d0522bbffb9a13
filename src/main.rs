//! The `interdict` command line.

use anyhow::Context;
use clap::{Parser, Subcommand};
use interdict::config::{self, ConfigError};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit codes (also in the README).
const EXIT_FAILED: u8 = 1;
const EXIT_CONFIG: u8 = 2;
/// Another run is writing the output folder.
const EXIT_LOCKED: u8 = 3;
/// The input gave no documents and the output holds some: nothing was replaced.
const EXIT_EMPTY_INPUT: u8 = 4;
/// A data check of severity `error` failed (after a run, or `interdict check`).
const EXIT_CHECKS: u8 = 5;

#[derive(Parser)]
#[command(name = "interdict", version, about = "News about drug-law enforcement in, analysis-ready Parquet tables out")]
struct Cli {
    /// Log format on stderr: text, or json (one JSON object a line: logs, the run summary
    /// and errors with their exit code). Overrides run.log_format.
    #[arg(long, global = true, value_parser = ["text", "json"])]
    log_format: Option<String>,
    /// Colour in text logs: auto (only on a terminal, and not when NO_COLOR is set),
    /// always or never.
    #[arg(long, global = true, value_enum, default_value_t = Color::Auto)]
    color: Color,
    /// Only warnings and errors on stderr (no progress bar, no run summary in text).
    #[arg(long, short, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, PartialEq, clap::ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

/// Whether stderr speaks JSON (set once the log format is known).
static JSON_LOGS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// One JSON line on stderr, laid out as tracing's JSON lines are.
fn json_line(level: &str, message: &str, fields: serde_json::Value) {
    let mut f = serde_json::json!({ "message": message });
    if let (Some(o), serde_json::Value::Object(extra)) = (f.as_object_mut(), fields) {
        o.extend(extra);
    }
    let line = serde_json::json!({
        "timestamp": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        "level": level,
        "fields": f,
        "target": "interdict",
    });
    eprintln!("{line}");
}

/// An error for the person or the scheduler: plain text, or a JSON line with the exit code.
fn report_error(code: u8, message: &str) {
    if JSON_LOGS.load(std::sync::atomic::Ordering::Relaxed) {
        json_line("ERROR", message, serde_json::json!({ "exit_code": code }));
    } else {
        eprintln!("error: {message}");
    }
}

#[derive(Subcommand)]
enum Command {
    /// Run the pipeline over a folder of articles.
    Run {
        /// The pipeline file (default: ./pipeline.toml, or the built-in copy).
        #[arg(long)]
        config: Option<PathBuf>,
        /// Folder of articles, read recursively (overrides run.input).
        #[arg(long)]
        input: Option<PathBuf>,
        /// Output folder for the tables and manifest.json (overrides run.output).
        #[arg(long)]
        output: Option<PathBuf>,
        /// Worker threads; 0 = one per core (overrides run.threads).
        #[arg(long)]
        threads: Option<usize>,
        /// Extract every file again instead of reusing the previous run's state.
        #[arg(long)]
        full_refresh: bool,
        /// Print the plan (stages in order, inputs, tables and paths) and stop.
        #[arg(long)]
        dry_run: bool,
        /// Seconds to wait for another run that is writing the same output folder
        /// (default 0: stop at once with exit code 3).
        #[arg(long, default_value_t = 0.0)]
        lock_timeout: f64,
        /// Publish even when the input gives no documents while the output holds some
        /// (by default such a run, e.g. over an unmounted share, stops with exit code 4).
        #[arg(long)]
        allow_empty: bool,
        /// Skip the data checks (the contract's and [[checks]]) that follow a run.
        #[arg(long)]
        no_checks: bool,
    },
    /// Run the data checks (the contract's and the config's [[checks]]) on the output;
    /// exits 5 when a check of severity `error` fails.
    Check {
        /// The pipeline file whose [[checks]] to run.
        #[arg(long)]
        config: Option<PathBuf>,
        /// The output folder to check (overrides run.output).
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Write one self-contained HTML page about a run's output (charts, routes map,
    /// conflicts, biggest clusters, rejects): open it in any browser, offline.
    Report {
        /// The pipeline file whose run.output to read.
        #[arg(long)]
        config: Option<PathBuf>,
        /// The output folder to report on (overrides run.output).
        #[arg(long)]
        output: Option<PathBuf>,
        /// Where to write the page (default: OUTPUT/report.html).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Print the data dictionary of the tables a pipeline writes (columns, Parquet types,
    /// meanings, vocabularies), or write it as Markdown and JSON into a folder.
    Docs {
        /// The pipeline file (default: ./pipeline.toml, or the built-in copy).
        #[arg(long)]
        config: Option<PathBuf>,
        /// markdown or json (printed on stdout; ignored with --out).
        #[arg(long, default_value = "markdown", value_parser = ["markdown", "json"])]
        format: String,
        /// Write data-dictionary.md and data-dictionary.json into this folder instead.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Print the stage graph (Mermaid, or Graphviz DOT with --format dot).
    Graph {
        /// The pipeline file (default: ./pipeline.toml, or the built-in copy).
        #[arg(long)]
        config: Option<PathBuf>,
        #[arg(long, default_value = "mermaid", value_parser = ["mermaid", "dot"])]
        format: String,
    },
    /// Run the [[tests]] of a pipeline file.
    Test {
        /// The pipeline file whose [[tests]] to run.
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Check a configuration without running it; every problem is reported.
    Validate {
        /// The pipeline file to check (default: ./pipeline.toml, or the built-in copy).
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// List the stage kinds and their options.
    Stages,
    /// Show every fact of one document with the pieces and rule behind it, and the
    /// sentences that gave none.
    Explain {
        /// The article file (any input format).
        file: PathBuf,
        /// The pipeline file whose lexicon and options to use.
        #[arg(long)]
        config: Option<PathBuf>,
        /// text for a person, json for tools.
        #[arg(long, default_value = "text", value_parser = ["text", "json"])]
        format: String,
    },
}

/// Replace an object-store input or output (`s3://...`) of the config by its local
/// mirror, pulled up to date; returns the output's store, to push to after the run.
fn mirror_places(cfg: &mut config::Config) -> Result<Option<interdict::storage::Remote>, interdict::storage::StorageError> {
    use interdict::storage::{cache_dir, is_uri, Place};
    let input = cfg.input.to_string_lossy().to_string();
    if is_uri(&input) {
        match Place::parse(&input)? {
            Place::Local(p) => cfg.input = p,
            Place::Remote(r) => {
                let dir = cache_dir(&r.uri, "input");
                let fetched = r.pull_input(&dir)?;
                tracing::info!(input = %r.uri, mirror = %dir.display(), fetched, "input mirrored from the object store");
                cfg.input = dir;
            }
        }
    }
    let output = cfg.output.to_string_lossy().to_string();
    if !is_uri(&output) {
        return Ok(None);
    }
    match Place::parse(&output)? {
        Place::Local(p) => {
            cfg.output = p;
            Ok(None)
        }
        Place::Remote(r) => {
            let dir = cache_dir(&r.uri, "output");
            let pulled = r.pull_output(&dir)?;
            tracing::info!(output = %r.uri, mirror = %dir.display(), pulled, "output mirrored from the object store");
            cfg.output = dir;
            Ok(Some(r))
        }
    }
}

fn init_logs(format: &str, color: Color, quiet: bool) {
    let level = if quiet { "warn" } else { "info" };
    let filter = tracing_subscriber::EnvFilter::try_from_env("INTERDICT_LOG").unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(level));
    let ansi = match color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let b = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).with_ansi(ansi);
    if format == "json" {
        JSON_LOGS.store(true, std::sync::atomic::Ordering::Relaxed);
        b.json().init();
    } else {
        b.init();
    }
}

/// The config of a command that reads a published output (`check`, `report`): its
/// `run.output`, or `--output`, mirrored locally when it is an object-store URI.
fn published_output(config: Option<&PathBuf>, output: Option<PathBuf>) -> Result<config::Config, ExitCode> {
    let mut cfg = load(config)?;
    if let Some(o) = output {
        cfg.output = o;
    }
    cfg.input = PathBuf::new();
    if let Err(e) = mirror_places(&mut cfg) {
        report_error(EXIT_FAILED, &e.to_string());
        return Err(ExitCode::from(EXIT_FAILED));
    }
    Ok(cfg)
}

fn load(path: Option<&PathBuf>) -> Result<config::Config, ExitCode> {
    config::load(path.map(|p| p.as_path())).map_err(|e| {
        let code = match e {
            ConfigError::Invalid(_) | ConfigError::Read { .. } => EXIT_CONFIG,
        };
        if JSON_LOGS.load(std::sync::atomic::Ordering::Relaxed) {
            report_error(code, &e.to_string());
        } else {
            eprintln!("{e}");
        }
        ExitCode::from(code)
    })
}

/// Run the checks on `out` and report them; the exit code they call for.
fn run_checks(cfg: &config::Config, out: &std::path::Path, quiet: bool) -> ExitCode {
    let checks = interdict::checks::configured(cfg);
    let t = std::time::Instant::now();
    let outcomes = interdict::checks::run(&checks, out);
    let json = JSON_LOGS.load(std::sync::atomic::Ordering::Relaxed);
    let failed: Vec<&interdict::checks::Outcome> = outcomes.iter().filter(|o| !o.passed()).collect();
    let errors = failed.iter().filter(|o| o.severity == "error").count();
    for o in &failed {
        if json {
            json_line(if o.severity == "error" { "ERROR" } else { "WARN" }, "check failed", serde_json::json!({ "check": o.check, "severity": o.severity, "failures": o.failures, "detail": o.detail, "exit_code": if o.severity == "error" { EXIT_CHECKS } else { 0 } }));
        } else {
            eprintln!("check {}: {}: {}", if o.severity == "error" { "failed" } else { "warning" }, o.check, o.detail);
        }
    }
    let summary = format!("{} checks: {} passed, {} failed, {} warnings ({:.2}s)", outcomes.len(), outcomes.len() - failed.len(), errors, failed.len() - errors, t.elapsed().as_secs_f64());
    if json {
        json_line("INFO", "checks", serde_json::json!({ "checks": outcomes.len(), "passed": outcomes.len() - failed.len(), "failed": errors, "warnings": failed.len() - errors }));
    } else if !quiet || errors > 0 {
        eprintln!("{summary}");
    }
    if errors > 0 { ExitCode::from(EXIT_CHECKS) } else { ExitCode::SUCCESS }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.log_format.as_deref() == Some("json") {
        JSON_LOGS.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            report_error(EXIT_FAILED, &format!("{e:#}"));
            ExitCode::from(EXIT_FAILED)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Stages => {
            for k in interdict::stages::KINDS {
                println!("{}{}\n    {}", k.name(), if k.role().per_document() { " (per document)" } else { "" }, k.about());
                for (o, about) in k.options() {
                    println!("    - {o}: {about}");
                }
                println!("    common keys: kind, inputs, enabled");
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Validate { config } => {
            let cfg = match load(config.as_ref()) {
                Ok(c) => c,
                Err(code) => return Ok(code),
            };
            for w in &cfg.warnings {
                eprintln!("warning: {w}");
            }
            println!("{}: valid ({} stages: {})", cfg.file, cfg.stages.len(), cfg.stages.iter().map(|s| format!("{} ({})", s.name, s.kind)).collect::<Vec<_>>().join(" -> "));
            Ok(ExitCode::SUCCESS)
        }
        Command::Explain { file, config, format } => {
            let cfg = match load(config.as_ref()) {
                Ok(c) => c,
                Err(code) => return Ok(code),
            };
            let report = interdict::explain::explain(&cfg, &file, format == "json")?;
            print!("{}", report.output);
            // A rejected document is a failure for whoever asked to explain it.
            Ok(if report.all_read { ExitCode::SUCCESS } else { ExitCode::from(EXIT_FAILED) })
        }
        Command::Graph { config, format } => {
            let cfg = match load(config.as_ref()) {
                Ok(c) => c,
                Err(code) => return Ok(code),
            };
            print!("{}", interdict::plan::graph(&cfg, &format));
            Ok(ExitCode::SUCCESS)
        }
        Command::Test { config } => {
            let cfg = match load(config.as_ref()) {
                Ok(c) => c,
                Err(code) => return Ok(code),
            };
            if cfg.tests.is_empty() {
                println!("{}: no [[tests]]", cfg.file);
                return Ok(ExitCode::SUCCESS);
            }
            let (report, ok) = interdict::configtest::run_all(&cfg);
            print!("{report}");
            Ok(if ok { ExitCode::SUCCESS } else { ExitCode::from(EXIT_FAILED) })
        }
        Command::Docs { config, format, out } => {
            let cfg = match load(config.as_ref()) {
                Ok(c) => c,
                Err(code) => return Ok(code),
            };
            let docs = match interdict::dictionary::dictionary(&cfg) {
                Ok(d) => d,
                Err(e) => {
                    report_error(EXIT_CONFIG, &format!("{}: {e}", cfg.file));
                    return Ok(ExitCode::from(EXIT_CONFIG));
                }
            };
            let md = interdict::dictionary::markdown(&docs);
            let json = serde_json::to_string_pretty(&docs).expect("dictionary serializes") + "\n";
            match out {
                Some(dir) => {
                    let written = std::fs::create_dir_all(&dir)
                        .and_then(|_| std::fs::write(dir.join("data-dictionary.md"), &md))
                        .and_then(|_| std::fs::write(dir.join("data-dictionary.json"), &json));
                    if let Err(e) = written {
                        report_error(EXIT_FAILED, &format!("cannot write the data dictionary into {}: {e}", dir.display()));
                        return Ok(ExitCode::from(EXIT_FAILED));
                    }
                    if !cli.quiet {
                        eprintln!("wrote {} and {} ({} tables)", dir.join("data-dictionary.md").display(), dir.join("data-dictionary.json").display(), docs.len());
                    }
                }
                None if format == "json" => print!("{json}"),
                None => print!("{md}"),
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Report { config, output, out } => {
            let cfg = match published_output(config.as_ref(), output) {
                Ok(c) => c,
                Err(code) => return Ok(code),
            };
            match interdict::report::write(&cfg.output, out.as_deref()) {
                Ok(path) => {
                    if !cli.quiet {
                        eprintln!("report written to {}", path.display());
                    }
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => {
                    report_error(EXIT_FAILED, &e.to_string());
                    Ok(ExitCode::from(EXIT_FAILED))
                }
            }
        }
        Command::Check { config, output } => {
            let cfg = match published_output(config.as_ref(), output) {
                Ok(c) => c,
                Err(code) => return Ok(code),
            };
            let out = cfg.output.clone();
            if !out.join("manifest.json").is_file() {
                report_error(EXIT_FAILED, &format!("{} holds no interdict output (no manifest.json)", out.display()));
                return Ok(ExitCode::from(EXIT_FAILED));
            }
            Ok(run_checks(&cfg, &out, cli.quiet))
        }
        Command::Run { config, input, output, threads, full_refresh, dry_run, lock_timeout, allow_empty, no_checks } => {
            let mut cfg = match load(config.as_ref()) {
                Ok(c) => c,
                Err(code) => return Ok(code),
            };
            if let Some(i) = input {
                cfg.input = i;
            }
            if let Some(o) = output {
                cfg.output = o;
            }
            if let Some(t) = threads {
                cfg.threads = t;
            }
            // Object storage: the input and the previous output are mirrored into local
            // folders, the run works on those, and the output mirror is pushed after it.
            let remote_out = match mirror_places(&mut cfg) {
                Ok(r) => r,
                Err(e) => {
                    report_error(EXIT_FAILED, &format!("{e}; previous outputs are untouched"));
                    return Ok(ExitCode::from(EXIT_FAILED));
                }
            };
            if dry_run {
                print!("{}", interdict::plan::describe(&cfg));
                print!("{}", interdict::run::dry_run_files(&cfg, full_refresh).context("dry run failed")?);
                return Ok(ExitCode::SUCCESS);
            }
            init_logs(cli.log_format.as_deref().unwrap_or(&cfg.log_format), cli.color, cli.quiet);
            for w in &cfg.warnings {
                tracing::warn!("{w}");
            }
            tracing::info!(input = %cfg.input.display(), output = %cfg.output.display(), "run started");
            let t = std::time::Instant::now();
            let wait = std::time::Duration::from_secs_f64(if lock_timeout.is_finite() { lock_timeout.clamp(0.0, 1e9) } else { 0.0 });
            let out = match interdict::sink::Output::lock(&cfg.output, wait) {
                Ok(o) => o,
                Err(e @ interdict::sink::SinkError::Locked { .. }) => {
                    report_error(EXIT_LOCKED, &format!("{:#}", anyhow::Error::new(e)));
                    return Ok(ExitCode::from(EXIT_LOCKED));
                }
                Err(e) => return Err(anyhow::Error::new(e).context("cannot prepare the output folder; previous outputs are untouched")),
            };
            let progress = std::io::stderr().is_terminal() && !cli.quiet && !JSON_LOGS.load(std::sync::atomic::Ordering::Relaxed);
            let result = interdict::run::execute(&cfg, progress, full_refresh).context("run failed; previous outputs are untouched")?;
            if let Some(before) = out.documents().filter(|&n| n > 0 && result.manifest.documents == 0 && !allow_empty) {
                report_error(
                    EXIT_EMPTY_INPUT,
                    &format!(
                        "the input folder {} gave no documents ({} files, {} rejected) while the output {} holds {before}; nothing was replaced. Is the input mounted? Pass --allow-empty to publish empty tables.",
                        cfg.input.display(),
                        result.manifest.files_read,
                        result.manifest.rejected,
                        cfg.output.display()
                    ),
                );
                return Ok(ExitCode::from(EXIT_EMPTY_INPUT));
            }
            let manifest = interdict::run::write(&cfg, &out, result).context("writing outputs failed; previous outputs are untouched")?;
            if JSON_LOGS.load(std::sync::atomic::Ordering::Relaxed) {
                // The run summary as one structured event.
                let mut fields = serde_json::to_value(&manifest).unwrap_or_default();
                if let Some(o) = fields.as_object_mut() {
                    o.insert("seconds".into(), serde_json::json!(t.elapsed().as_secs_f64()));
                }
                json_line("INFO", "run summary", fields);
            } else if !cli.quiet {
                eprintln!("interdict run {} finished in {:.2}s", manifest.run_id, t.elapsed().as_secs_f64());
                eprintln!("  files {} ({} extracted, {} unchanged from the previous run)  documents {}  rejected {}  filtered out {}  records skipped {}", manifest.files_read, manifest.files_processed, manifest.files_reused, manifest.documents, manifest.rejected, manifest.filtered_out, manifest.records_skipped);
                if !manifest.full_refresh {
                    eprintln!("  incremental: {} month partitions rewritten, {} Parquet files written, {} state shards read, {} fact blocks clustered again", manifest.partitions_rewritten, manifest.files_written, manifest.shards_read, manifest.blocks_clustered);
                }
                for (table, n) in &manifest.rows {
                    eprintln!("  {table:28} {n:>7} rows");
                }
                for s in &manifest.stages {
                    eprintln!("  stage {:14} ({:11}) {:>8.3}s", s.name, s.kind, s.seconds);
                }
                eprintln!("  output: {}", cfg.output.display());
                if !manifest.removed_tables.is_empty() {
                    eprintln!("  removed from the output (no stage makes them any more): {}", manifest.removed_tables.join(", "));
                }
            }
            if let Some(remote) = &remote_out {
                match remote.push_output(&cfg.output) {
                    Ok((uploaded, deleted)) => tracing::info!(output = %remote.uri, uploaded, deleted, "output pushed to the object store"),
                    Err(e) => {
                        report_error(EXIT_FAILED, &format!("pushing the output failed: {e}; the store's manifest.json still names the previous run, and the next run sends the rest"));
                        return Ok(ExitCode::from(EXIT_FAILED));
                    }
                }
            }
            tracing::info!(run_id = %manifest.run_id, documents = manifest.documents, rejected = manifest.rejected, "run finished");
            // Data checks read what was published, as a BI tool will; the lock is still
            // held, so no other run changes it underneath.
            let code = if no_checks { ExitCode::SUCCESS } else { run_checks(&cfg, &cfg.output, cli.quiet) };
            drop(out);
            Ok(code)
        }
    }
}
