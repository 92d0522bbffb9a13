//! pipeline.toml: loading and validation. Every problem is reported at once, each with
//! the file, line and key: unknown keys, unknown stage kinds, options of the wrong type,
//! inputs that name no stage, cycles (`a -> b -> a`).

use crate::config_spans::{self, Source, Spans};
use crate::lexicon::{Lexicon, LexiconData};
use crate::stages::{self, COMMON_KEYS};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

/// The configuration compiled into the binary: the shipped pipeline.toml.
pub const DEFAULT_CONFIG: &str = include_str!("../pipeline.toml");

#[derive(Debug, Clone, PartialEq)]
pub struct ConfigProblem {
    pub file: String,
    pub line: usize,
    pub key: String,
    pub message: String,
}

impl fmt::Display for ConfigProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}: {}", self.file, self.line, self.key, self.message)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("{} in the configuration:\n{}", if .0.len() == 1 { "1 problem".to_string() } else { format!("{} problems", .0.len()) }, .0.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<ConfigProblem>),
}

pub use crate::stages::StageConfig;

#[derive(Debug, Clone)]
pub struct Config {
    pub file: String,
    pub text: String,
    pub input: PathBuf,
    pub output: PathBuf,
    pub threads: usize,
    pub log_format: String,
    /// Time budget of one document's per-document stages (`run.document_timeout`,
    /// seconds; 0: none). A document over it is rejected and the run goes on.
    pub document_timeout: std::time::Duration,
    pub lexicon: Lexicon,
    /// Stages in a topological order (inputs before the stages that read them).
    pub stages: Vec<StageConfig>,
    /// Non-fatal findings (stages nobody reads).
    pub warnings: Vec<ConfigProblem>,
    /// `[[tests]]`: inputs and the rows stages must produce (`interdict test`).
    pub tests: Vec<ConfigTest>,
    /// `[[checks]]`: data tests on the published tables (`interdict check`).
    pub checks: Vec<crate::checks::CheckConfig>,
    /// Whether the contract's own checks run too (`run.contract_checks`, default true).
    pub contract_checks: bool,
}

/// A config test, as Vector's `vector test`: a text and the rows it must give.
#[derive(Debug, Clone, serde::Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ConfigTest {
    pub name: String,
    pub input: String,
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub expect: Vec<Expectation>,
}

#[derive(Debug, Clone, serde::Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Expectation {
    pub table: String,
    /// Exactly this many rows (when given).
    #[serde(default)]
    pub rows: Option<usize>,
    /// A row with these values must be there.
    #[serde(default)]
    pub fields: toml::Table,
}

const TOP_KEYS: &[&str] = &["run", "lexicon", "stages", "tests", "checks"];
const RUN_KEYS: &[&str] = &["input", "output", "threads", "log_format", "document_timeout", "contract_checks"];
const LEXICON_KEYS: &[&str] = &[
    "files", "drugs", "generic_drugs", "mixed_drugs", "mass_units", "pill_units", "currencies", "qualifiers", "countries",
    "international_bodies", "national_agencies", "outlets", "cues", "fiscal_year_start", "regions", "transport_modes", "places",
];

fn type_name(v: &toml::Value) -> &'static str {
    v.type_str()
}

/// Parse and validate a configuration; `file` names it in messages, `base` resolves
/// relative paths (lexicon files).
pub fn parse(text: &str, file: &str, base: &Path) -> Result<Config, ConfigError> {
    let mut problems = Vec::new();
    let mut warn = Vec::new();
    let p = |line: usize, key: &str, message: String| ConfigProblem { file: file.to_string(), line, key: key.to_string(), message };
    let doc: toml::Table = match text.parse::<toml::Table>() {
        Ok(t) => t,
        Err(e) => {
            let line = e.span().map(|s| text[..s.start.min(text.len())].lines().count().max(1)).unwrap_or(1);
            return Err(ConfigError::Invalid(vec![p(line, "(syntax)", e.message().to_string())]));
        }
    };
    let source = Source::new(text);
    let spans = Spans::new(text, &source);
    for k in doc.keys() {
        if !TOP_KEYS.contains(&k.as_str()) {
            problems.push(p(spans.line(&[k]), k, format!("unknown key{} (expected one of: {})", did_you_mean(k, TOP_KEYS), TOP_KEYS.join(", "))));
        }
    }
    // [run]
    let run = doc.get("run").and_then(|v| v.as_table()).cloned().unwrap_or_default();
    for (k, v) in &run {
        let line = spans.line(&["run", k]);
        match k.as_str() {
            "input" | "output" | "log_format" if !v.is_str() => problems.push(p(line, &format!("run.{k}"), format!("expected a string, found {}", type_name(v)))),
            "threads" if v.as_integer().is_none_or(|n| n < 0) => problems.push(p(line, "run.threads", "expected a whole number >= 0 (0 = all cores)".into())),
            "log_format" if !matches!(v.as_str(), Some("text" | "json")) => problems.push(p(line, "run.log_format", "expected \"text\" or \"json\"".into())),
            "contract_checks" if !v.is_bool() => problems.push(p(line, "run.contract_checks", format!("expected true or false, found {}", type_name(v)))),
            "document_timeout" if seconds(v).is_none() => problems.push(p(line, "run.document_timeout", format!("expected seconds, a number >= 0 (0 = no limit), found {}", type_name(v)))),
            _ if !RUN_KEYS.contains(&k.as_str()) => problems.push(p(line, &format!("run.{k}"), format!("unknown key{} (expected one of: {})", did_you_mean(k, RUN_KEYS), RUN_KEYS.join(", ")))),
            _ => {}
        }
    }
    // [lexicon]
    let mut lexdata = LexiconData::builtin();
    if let Some(lex) = doc.get("lexicon") {
        match lex.as_table() {
            None => problems.push(p(spans.line(&["lexicon"]), "lexicon", "expected a table".into())),
            Some(t) => {
                let mut unknown: Vec<&str> = vec!["files"];
                for k in t.keys().filter(|k| !LEXICON_KEYS.contains(&k.as_str())) {
                    problems.push(p(spans.line(&["lexicon", k]), &format!("lexicon.{k}"), format!("unknown key{} (expected one of: {})", did_you_mean(k, LEXICON_KEYS), LEXICON_KEYS.join(", "))));
                    unknown.push(k);
                }
                let files = t.get("files").cloned();
                // The text parsed as a whole above, so its spanned form is there too.
                let parsed = source.table(&["lexicon"], &unknown).map(config_spans::deserialize::<LexiconData>).unwrap_or_else(|| Ok(LexiconData::default()));
                match parsed {
                    Ok(d) => lexdata.merge(d),
                    Err(e) => {
                        let (line, key) = value_error_at(&spans, &source, &["lexicon"], &e);
                        problems.push(p(line, &key, e.message().to_string()));
                    }
                }
                if let Some(files) = files {
                    let line = spans.line(&["lexicon", "files"]);
                    match files.as_array() {
                        None => problems.push(p(line, "lexicon.files", "expected a list of paths".into())),
                        Some(list) => {
                            for f in list {
                                let Some(f) = f.as_str() else {
                                    problems.push(p(line, "lexicon.files", "expected a list of paths".into()));
                                    continue;
                                };
                                match LexiconData::from_file(&base.join(f)) {
                                    Ok(d) => lexdata.merge(d),
                                    Err(e) => problems.push(p(line, "lexicon.files", e.to_string())),
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    // Every bad lexicon entry at once (the build below stops at the first).
    let lex_problems = lexdata.problems();
    for e in &lex_problems {
        let path: Vec<String> = e.key_path().unwrap_or_default();
        let keys: Vec<&str> = std::iter::once("lexicon").chain(path.iter().map(String::as_str)).collect();
        problems.push(p(spans.line(&keys), &keys.join("."), e.to_string()));
    }
    let lexicon = if !lex_problems.is_empty() { None } else { match Lexicon::build(lexdata) {
        Ok(l) => Some(l),
        Err(e) => {
            // The entry at fault, where the error names one.
            let path: Vec<String> = e.key_path().unwrap_or_default();
            let keys: Vec<&str> = std::iter::once("lexicon").chain(path.iter().map(String::as_str)).collect();
            let line = if path.is_empty() { spans.line(&["lexicon"]) } else { spans.line(&keys) };
            problems.push(p(line, &keys.join("."), e.to_string()));
            None
        }
    } };
    // [stages.*]
    let mut stages_cfg: Vec<StageConfig> = Vec::new();
    match doc.get("stages").map(|v| v.as_table()) {
        None => problems.push(p(1, "stages", "no stages defined".into())),
        Some(None) => problems.push(p(spans.line(&["stages"]), "stages", "expected a table of stages".into())),
        Some(Some(st)) => {
            for (name, v) in st {
                let line = spans.line(&["stages", name]);
                let key = format!("stages.{name}");
                let Some(t) = v.as_table() else {
                    problems.push(p(line, &key, "expected a table".into()));
                    continue;
                };
                if t.get("enabled").and_then(|e| e.as_bool()) == Some(false) {
                    continue;
                }
                let kind = match t.get("kind").map(|k| k.as_str()) {
                    None => {
                        problems.push(p(line, &format!("{key}.kind"), "missing".into()));
                        continue;
                    }
                    Some(None) => {
                        problems.push(p(spans.line(&["stages", name, "kind"]), &format!("{key}.kind"), "expected a string".into()));
                        continue;
                    }
                    Some(Some(k)) => k.to_string(),
                };
                let Some(spec) = stages::kind(&kind) else {
                    problems.push(p(spans.line(&["stages", name, "kind"]), &format!("{key}.kind"), format!("unknown stage kind `{kind}` (known: {})", stages::KINDS.iter().map(|k| k.name()).collect::<Vec<_>>().join(", "))));
                    continue;
                };
                let mut options = toml::Table::new();
                for (k, val) in t {
                    if COMMON_KEYS.contains(&k.as_str()) {
                        continue;
                    }
                    if spec.options().iter().any(|(o, _)| o == k) {
                        options.insert(k.clone(), val.clone());
                    } else {
                        let known: Vec<&str> = spec.options().iter().map(|o| o.0).chain(COMMON_KEYS.iter().copied()).collect();
                        problems.push(p(spans.line(&["stages", name, k]), &format!("{key}.{k}"), format!("unknown key for {} `{kind}` stage{} (expected one of: {})", if kind.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" }, did_you_mean(k, &known), known.join(", "))));
                    }
                }
                match source.table(&["stages", name], COMMON_KEYS).map(|v| spec.check(v)) {
                    Some(Ok(None)) | None => {}
                    Some(Ok(Some(m))) => problems.push(p(line, &key, m)),
                    Some(Err(e)) => {
                        let (line, key) = value_error_at(&spans, &source, &["stages", name], &e);
                        problems.push(p(line, &key, e.message().to_string()));
                    }
                }
                let inputs = match t.get("inputs") {
                    None => Vec::new(),
                    Some(v) => match v.as_array().map(|a| a.iter().map(|x| x.as_str().map(str::to_string)).collect::<Option<Vec<_>>>()) {
                        Some(Some(list)) => list,
                        _ => {
                            problems.push(p(spans.line(&["stages", name, "inputs"]), &format!("{key}.inputs"), "expected a list of stage names".into()));
                            Vec::new()
                        }
                    },
                };
                let description = match t.get("description") {
                    None => None,
                    Some(toml::Value::String(d)) => Some(d.clone()),
                    Some(_) => {
                        problems.push(p(spans.line(&["stages", name, "description"]), &format!("{key}.description"), "expected a string".into()));
                        None
                    }
                };
                let mut column_descriptions = BTreeMap::new();
                match t.get("column_descriptions") {
                    None => {}
                    Some(toml::Value::Table(cols)) => {
                        for (c, d) in cols {
                            match d.as_str() {
                                Some(d) => {
                                    column_descriptions.insert(c.clone(), d.to_string());
                                }
                                None => problems.push(p(spans.line(&["stages", name, "column_descriptions", c]), &format!("{key}.column_descriptions.{c}"), "expected a string".into())),
                            }
                        }
                    }
                    Some(_) => problems.push(p(spans.line(&["stages", name, "column_descriptions"]), &format!("{key}.column_descriptions"), "expected a table of column = \"meaning\"".into())),
                }
                stages_cfg.push(StageConfig { name: name.clone(), kind, inputs, options, line, description, column_descriptions });
            }
        }
    }
    let names: BTreeSet<&str> = stages_cfg.iter().map(|s| s.name.as_str()).collect();
    for s in &stages_cfg {
        for i in &s.inputs {
            if !names.contains(i.as_str()) {
                problems.push(p(spans.line(&["stages", &s.name, "inputs"]), &format!("stages.{}.inputs", s.name), format!("`{i}` names no stage")));
            }
        }
    }
    let found_cycles = cycles(&stages_cfg);
    for cycle in &found_cycles {
        let first = stages_cfg.iter().find(|s| s.name == cycle[0]).map(|s| s.line).unwrap_or(1);
        problems.push(p(first, &format!("stages.{}.inputs", cycle[0]), format!("cycle: {}", cycle.join(" -> "))));
    }
    check_shape(&stages_cfg, &spans, file, &mut problems);
    if let Some(lx) = &lexicon {
        check_user_stages(&stages_cfg, &spans, file, lx, !found_cycles.is_empty(), &mut problems);
    }
    let mut tests = Vec::new();
    if let Some(v) = source.value(&["tests"]) {
        match config_spans::deserialize::<Vec<ConfigTest>>(v.clone()) {
            Ok(v) => tests = v,
            Err(e) => {
                let (line, key) = value_error_at(&spans, &source, &["tests"], &e);
                problems.push(p(line, &key, e.message().to_string()));
            }
        }
    }
    let mut checks = Vec::new();
    if let Some(v) = source.value(&["checks"]) {
        match config_spans::deserialize::<Vec<crate::checks::CheckConfig>>(v.clone()) {
            Ok(v) => {
                for (i, c) in v.iter().enumerate() {
                    let n = i.to_string();
                    for (key, message) in c.problems() {
                        problems.push(p(spans.line(&["checks", &n, key]), &format!("checks.{n}.{key}"), message));
                    }
                }
                checks = v;
            }
            Err(e) => {
                let (line, key) = value_error_at(&spans, &source, &["checks"], &e);
                problems.push(p(line, &key, e.message().to_string()));
            }
        }
    }
    let read: BTreeSet<&str> = stages_cfg.iter().flat_map(|s| s.inputs.iter().map(String::as_str)).collect();
    for s in &stages_cfg {
        if !read.contains(s.name.as_str()) && !stages::kind(&s.kind).is_some_and(|k| k.is_end()) {
            warn.push(p(s.line, &format!("stages.{}", s.name), "no stage reads this stage's output".into()));
        }
    }
    if !problems.is_empty() {
        problems.sort_by_key(|x| x.line);
        return Err(ConfigError::Invalid(problems));
    }
    let order = topo_order(&stages_cfg);
    let stages = order.into_iter().map(|i| stages_cfg[i].clone()).collect();
    Ok(Config {
        file: file.to_string(),
        text: text.to_string(),
        input: PathBuf::from(run.get("input").and_then(|v| v.as_str()).unwrap_or("data")),
        output: PathBuf::from(run.get("output").and_then(|v| v.as_str()).unwrap_or("outputs")),
        threads: run.get("threads").and_then(|v| v.as_integer()).unwrap_or(0) as usize,
        log_format: run.get("log_format").and_then(|v| v.as_str()).unwrap_or("text").to_string(),
        document_timeout: std::time::Duration::from_secs_f64(run.get("document_timeout").and_then(seconds).unwrap_or(DEFAULT_DOCUMENT_TIMEOUT)),
        lexicon: lexicon.expect("lexicon built when there are no problems"),
        stages,
        warnings: warn,
        tests,
        checks,
        contract_checks: run.get("contract_checks").and_then(|v| v.as_bool()).unwrap_or(true),
    })
}

/// ": did you mean `threads`?" for a key close to a known one (`run.thread`).
fn did_you_mean<S: AsRef<str>>(key: &str, known: &[S]) -> String {
    known
        .iter()
        .map(|k| (strsim::jaro_winkler(key, k.as_ref()), k.as_ref()))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| format!(": did you mean `{k}`?"))
        .unwrap_or_default()
}

/// Seconds one document may take in the per-document stages, by default.
pub const DEFAULT_DOCUMENT_TIMEOUT: f64 = 10.0;

fn seconds(v: &toml::Value) -> Option<f64> {
    let s = v.as_float().or_else(|| v.as_integer().map(|i| i as f64))?;
    (s.is_finite() && (0.0..=86_400.0).contains(&s)).then_some(s)
}

/// The line and dotted key of a deserialization error inside the table at `path`: the
/// key whose value the error's span falls in (`stages.f.keywords`), else the table.
fn value_error_at(spans: &Spans, source: &Source<'_>, path: &[&str], e: &toml::de::Error) -> (usize, String) {
    let Some(span) = e.span() else { return (spans.line(path), path.join(".")) };
    let line = spans.line_of(span.start);
    match source.key_at(path, span.start) {
        Some(k) => (line, k),
        None => (line.max(spans.line(path)), path.join(".")),
    }
}

/// The per-document stages form one chain: source -> clean -> gates -> extractors;
/// table stages read whatever they like. The rules are the kinds' roles (`stages`).
fn check_shape(stages_cfg: &[StageConfig], spans: &Spans, file: &str, problems: &mut Vec<ConfigProblem>) {
    for k in stages::KINDS {
        let n = stages_cfg.iter().filter(|s| s.kind == k.name()).count();
        let (min, max) = k.allowed();
        if n < min || n > max {
            let want = if min == max { format!("exactly {min}") } else if min == 0 { format!("at most {max}") } else { format!("at least {min}") };
            problems.push(ConfigProblem { file: file.into(), line: spans.line(&["stages"]), key: "stages".into(), message: format!("{want} `{}` stage is needed, found {n}", k.name()) });
        }
    }
    let chain_end = stages::chain_end(stages_cfg);
    for s in stages_cfg {
        if let Some(m) = stages::check_inputs(s, stages_cfg, chain_end.as_deref()) {
            problems.push(ConfigProblem { file: file.into(), line: spans.line(&["stages", &s.name, "inputs"]), key: format!("stages.{}.inputs", s.name), message: m });
        }
    }
}

/// What each stage's kind checks with the lexicon and the other stages (regexes compile,
/// queries plan), and that each table is written by one stage.
fn check_user_stages(stages_cfg: &[StageConfig], spans: &Spans, file: &str, lx: &Lexicon, has_cycles: bool, problems: &mut Vec<ConfigProblem>) {
    let p = |s: &StageConfig, key: &str, message: String| ConfigProblem {
        file: file.into(),
        line: spans.line(&["stages", &s.name, key]),
        key: format!("stages.{}.{key}", s.name),
        message,
    };
    // Table names: each written by one stage. Built-in tables first: a stage whose table
    // the user names is the one that clashes.
    let mut owner: BTreeMap<String, String> = BTreeMap::new();
    let mut ordered: Vec<&StageConfig> = stages_cfg.iter().collect();
    ordered.sort_by_key(|s| stages::kind(&s.kind).is_some_and(|k| k.table_key().is_some()));
    for s in ordered {
        let Some(k) = stages::kind(&s.kind) else { continue };
        for t in k.table_names(s) {
            if let Some(prev) = owner.get(&t) {
                problems.push(p(s, k.table_key().unwrap_or("kind"), format!("table `{t}` is already written by stage `{prev}`")));
            } else {
                owner.insert(t, s.name.clone());
            }
        }
    }
    for s in stages_cfg {
        let Some(k) = stages::kind(&s.kind) else { continue };
        for e in k.check_built(s, stages_cfg, lx, !has_cycles) {
            problems.push(p(s, &e.key, e.message));
        }
    }
}

/// Each cycle once, as the list of stage names around it (first name repeated at the end).
fn cycles(stages: &[StageConfig]) -> Vec<Vec<String>> {
    let idx: BTreeMap<&str, usize> = stages.iter().enumerate().map(|(i, s)| (s.name.as_str(), i)).collect();
    let mut state = vec![0u8; stages.len()];
    let mut stack: Vec<usize> = Vec::new();
    let mut found: Vec<Vec<String>> = Vec::new();
    fn dfs(i: usize, stages: &[StageConfig], idx: &BTreeMap<&str, usize>, state: &mut [u8], stack: &mut Vec<usize>, found: &mut Vec<Vec<String>>) {
        state[i] = 1;
        stack.push(i);
        for inp in &stages[i].inputs {
            let Some(&j) = idx.get(inp.as_str()) else { continue };
            if state[j] == 1 {
                let pos = stack.iter().position(|&x| x == j).unwrap();
                let mut c: Vec<String> = stack[pos..].iter().rev().map(|&x| stages[x].name.clone()).collect();
                let n = c.len();
                c.rotate_left(n - 1);
                c.push(c[0].clone());
                found.push(c);
            } else if state[j] == 0 {
                dfs(j, stages, idx, state, stack, found);
            }
        }
        stack.pop();
        state[i] = 2;
    }
    for i in 0..stages.len() {
        if state[i] == 0 {
            dfs(i, stages, &idx, &mut state, &mut stack, &mut found);
        }
    }
    found
}

fn topo_order(stages: &[StageConfig]) -> Vec<usize> {
    let mut done: Vec<usize> = Vec::new();
    let mut left: Vec<usize> = (0..stages.len()).collect();
    while !left.is_empty() {
        let pos = left
            .iter()
            .position(|&i| stages[i].inputs.iter().all(|inp| done.iter().any(|&d| stages[d].name == *inp)))
            .unwrap_or(0);
        done.push(left.remove(pos));
    }
    done
}

/// Load the config at `path`, or the embedded default when `path` is None and no
/// ./pipeline.toml exists.
pub fn load(path: Option<&Path>) -> Result<Config, ConfigError> {
    match path {
        Some(p) => {
            let text = std::fs::read_to_string(p).map_err(|source| ConfigError::Read { path: p.display().to_string(), source })?;
            parse(&text, &p.display().to_string(), p.parent().unwrap_or(Path::new(".")))
        }
        None if Path::new("pipeline.toml").exists() => load(Some(Path::new("pipeline.toml"))),
        None => parse(DEFAULT_CONFIG, "(built-in pipeline.toml)", Path::new(".")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<ConfigProblem> {
        match parse(text, "p.toml", Path::new(".")) {
            Err(ConfigError::Invalid(p)) => p,
            Ok(_) => Vec::new(),
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn default_config_is_valid() {
        let c = parse(DEFAULT_CONFIG, "pipeline.toml", Path::new(".")).unwrap();
        let kinds: Vec<&str> = c.stages.iter().map(|s| s.kind.as_str()).collect();
        assert_eq!(&kinds[..3], &["ingest", "clean", "extract"]);
    }

    #[test]
    fn reports_every_problem_with_its_line() {
        let text = DEFAULT_CONFIG.replace("[stages.clean]\n", "[stages.clean]\ncolour = \"red\"\n").replace("kind = \"aggregate\"", "kind = \"aggregate\"\nbogus = 1") + "\n[stages.loop_a]\nkind = \"sink\"\ninputs = [\"loop_b\"]\n[stages.loop_b]\nkind = \"sink\"\ninputs = [\"loop_a\", \"nowhere\"]\n";
        let ps = problems(&text);
        let keys: Vec<&str> = ps.iter().map(|p| p.key.as_str()).collect();
        assert!(keys.contains(&"stages.clean.colour"), "{ps:?}");
        assert!(keys.contains(&"stages.aggregate.bogus"), "{ps:?}");
        assert!(ps.iter().any(|p| p.message.contains("`nowhere` names no stage")), "{ps:?}");
        assert!(ps.iter().any(|p| p.message.contains("cycle: loop_a -> loop_b -> loop_a") || p.message.contains("cycle: loop_b -> loop_a -> loop_b")), "{ps:?}");
        let colour = ps.iter().find(|p| p.key == "stages.clean.colour").unwrap();
        assert_eq!(text.lines().nth(colour.line - 1).unwrap().trim(), "colour = \"red\"");
    }

    #[test]
    fn lexicon_places_regions_and_modes_are_checked_each_on_its_line() {
        let good = "[lexicon.places]\n\"Al-Qaim crossing\" = { country = \"IRQ\", latitude = 34.38, longitude = 41.02 }\n[lexicon.transport_modes]\nmaritime = [\"hovercraft\"]\n[lexicon.regions]\nXHA = [\"the Horn of Africa\"]\n[lexicon.fiscal_year_start]\nIRQ = 1\n";
        let text = DEFAULT_CONFIG.to_string() + good;
        let c = parse(&text, "p.toml", Path::new(".")).expect("valid");
        assert_eq!(c.lexicon.transport.lookup("hovercraft"), Some(&crate::model::TransportMode::Maritime));
        assert_eq!(c.lexicon.regions.lookup("the Horn of Africa").map(String::as_str), Some("XHA"));
        assert_eq!(c.lexicon.geo.locate("Al-Qaim crossing", Some("IRQ")).map(|g| g.latitude), Some(34.38));
        let bad = good.replace("latitude = 34.38", "latitude = 134.38").replace("maritime = ", "hovercraft = ").replace("XHA = ", "HOA = ");
        let ps = problems(&(DEFAULT_CONFIG.to_string() + &bad));
        let keys: Vec<(&str, usize)> = ps.iter().map(|p| (p.key.as_str(), p.line)).collect();
        let base = DEFAULT_CONFIG.lines().count();
        assert!(keys.contains(&("lexicon.places.Al-Qaim crossing", base + 2)), "{ps:?}");
        assert!(keys.contains(&("lexicon.transport_modes.hovercraft", base + 4)), "{ps:?}");
        assert!(keys.contains(&("lexicon.regions.HOA", base + 6)), "{ps:?}");
    }

    #[test]
    fn unknown_kind_and_bad_types() {
        let text = DEFAULT_CONFIG.to_string() + "\n[stages.extra]\nkind = \"magic\"\ninputs = [\"extract\"]\n";
        assert!(problems(&text).iter().any(|p| p.message.contains("unknown stage kind `magic`")));
        let text = DEFAULT_CONFIG.replace("threads = 0", "threads = \"many\"");
        assert!(problems(&text).iter().any(|p| p.key == "run.threads"));
    }
}
