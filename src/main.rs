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

#[derive(Parser)]
#[command(name = "interdict", version, about = "News about drug-law enforcement in, analysis-ready Parquet tables out")]
struct Cli {
    /// Log format: text or json (overrides run.log_format).
    #[arg(long, global = true)]
    log_format: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the pipeline over a folder of articles.
    Run {
        #[arg(long)]
        config: Option<PathBuf>,
        #[arg(long)]
        input: Option<PathBuf>,
        #[arg(long)]
        output: Option<PathBuf>,
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
    },
    /// Print the stage graph (Mermaid, or Graphviz DOT with --format dot).
    Graph {
        #[arg(long)]
        config: Option<PathBuf>,
        #[arg(long, default_value = "mermaid", value_parser = ["mermaid", "dot"])]
        format: String,
    },
    /// Run the [[tests]] of a pipeline file.
    Test {
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Check a configuration without running it; every problem is reported.
    Validate {
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// List the stage kinds and their options.
    Stages,
    /// Show every fact of one document with the pieces and rule behind it, and the
    /// sentences that gave none.
    Explain {
        file: PathBuf,
        #[arg(long)]
        config: Option<PathBuf>,
    },
}

fn init_logs(format: &str) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("INTERDICT_LOG").unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let b = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if format == "json" {
        b.json().init();
    } else {
        b.init();
    }
}

fn load(path: Option<&PathBuf>) -> Result<config::Config, ExitCode> {
    config::load(path.map(|p| p.as_path())).map_err(|e| {
        eprintln!("{e}");
        ExitCode::from(match e {
            ConfigError::Invalid(_) | ConfigError::Read { .. } => EXIT_CONFIG,
        })
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(EXIT_FAILED)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Stages => {
            for k in interdict::stages::KINDS {
                println!("{}{}\n    {}", k.name, if k.per_document { " (per document)" } else { "" }, k.about);
                for (o, about) in k.options {
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
        Command::Explain { file, config } => {
            let cfg = match load(config.as_ref()) {
                Ok(c) => c,
                Err(code) => return Ok(code),
            };
            let text = interdict::explain::explain(&cfg, &file).map_err(anyhow::Error::msg)?;
            print!("{text}");
            Ok(ExitCode::SUCCESS)
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
        Command::Run { config, input, output, threads, full_refresh, dry_run, lock_timeout, allow_empty } => {
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
            if dry_run {
                print!("{}", interdict::plan::describe(&cfg));
                return Ok(ExitCode::SUCCESS);
            }
            init_logs(cli.log_format.as_deref().unwrap_or(&cfg.log_format));
            for w in &cfg.warnings {
                tracing::warn!("{w}");
            }
            tracing::info!(input = %cfg.input.display(), output = %cfg.output.display(), "run started");
            let t = std::time::Instant::now();
            let wait = std::time::Duration::from_secs_f64(if lock_timeout.is_finite() { lock_timeout.clamp(0.0, 1e9) } else { 0.0 });
            let out = match interdict::sink::Output::lock(&cfg.output, wait) {
                Ok(o) => o,
                Err(e @ interdict::sink::SinkError::Locked { .. }) => {
                    eprintln!("error: {e}");
                    return Ok(ExitCode::from(EXIT_LOCKED));
                }
                Err(e) => return Err(anyhow::Error::new(e).context("cannot prepare the output folder; previous outputs are untouched")),
            };
            let result = interdict::pipeline::execute(&cfg, std::io::stderr().is_terminal(), full_refresh).context("run failed; previous outputs are untouched")?;
            if let Some(before) = out.documents().filter(|&n| n > 0 && result.manifest.documents == 0 && !allow_empty) {
                eprintln!(
                    "error: the input folder {} gave no documents ({} files, {} rejected) while the output {} holds {before}; nothing was replaced. Is the input mounted? Pass --allow-empty to publish empty tables.",
                    cfg.input.display(),
                    result.manifest.files_read,
                    result.manifest.rejected,
                    cfg.output.display()
                );
                return Ok(ExitCode::from(EXIT_EMPTY_INPUT));
            }
            let manifest = interdict::pipeline::write(&cfg, &out, result).context("writing outputs failed; previous outputs are untouched")?;
            if !manifest.removed_tables.is_empty() {
                eprintln!("  removed from the output (no stage makes them any more): {}", manifest.removed_tables.join(", "));
            }
            eprintln!("interdict run {} finished in {:.2}s", manifest.run_id, t.elapsed().as_secs_f64());
            eprintln!("  files {} ({} extracted, {} unchanged from the previous run)  documents {}  rejected {}  filtered out {}", manifest.files_read, manifest.files_processed, manifest.files_reused, manifest.documents, manifest.rejected, manifest.filtered_out);
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
            tracing::info!(run_id = %manifest.run_id, documents = manifest.documents, rejected = manifest.rejected, "run finished");
            Ok(ExitCode::SUCCESS)
        }
    }
}
