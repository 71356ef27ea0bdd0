//! Reading an untrusted dataset: every rule of SPEC §1. A record that breaks a
//! rule is left out with its reasons; the rest loads. Only a file that is not
//! JSON, or not this format, fails as a whole.

use crate::atlas::Atlas;
use crate::model::{self, vocab, Actor, Area, Legislation, Meta, Municipality, Programme, Service};
use crate::text::LocalisedText;
use crate::time::Date;
use serde::de::{DeserializeOwned, IgnoredAny};
use serde_json::value::RawValue;
use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::future::Future;
use std::task::{Context, Poll, Waker};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RecordKind {
    Meta,
    Area,
    Municipality,
    Actor,
    Service,
    Programme,
    Legislation,
}

impl RecordKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Meta => "meta",
            Self::Area => "area",
            Self::Municipality => "municipality",
            Self::Actor => "actor",
            Self::Service => "service",
            Self::Programme => "programme",
            Self::Legislation => "legislation",
        }
    }
}

/// One broken rule. Each left-out record has at least one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub kind: RecordKind,
    /// The record's id (or code); `#N` (its position) when it has none.
    pub id: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}: {}", self.kind.as_str(), self.id, self.message)
    }
}

/// Why a whole file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON at all; the parser's message, with line and column.
    NotJson(String),
    /// JSON, but not an `integration-atlas` document.
    NotAtlas,
    /// An `integration-atlas` document of a major version this app does not read.
    UnsupportedVersion(String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotJson(e) => write!(f, "the file is not valid JSON: {e}"),
            Self::NotAtlas => write!(f, "the file is JSON but not an Integration Atlas dataset (\"format\" must be \"{}\")", model::FORMAT),
            Self::UnsupportedVersion(v) => write!(f, "the dataset has format \"{v}\", which this version cannot read (it reads \"{}\")", model::FORMAT),
        }
    }
}

/// A loaded dataset and what was left out of it.
#[derive(Debug)]
pub struct Loaded {
    pub atlas: Atlas,
    pub problems: Vec<Problem>,
}

impl Loaded {
    /// How many records of a kind were left out.
    pub fn left_out(&self, kind: RecordKind) -> usize {
        let mut ids: Vec<&str> = self.problems.iter().filter(|p| p.kind == kind).map(|p| p.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        ids.len()
    }
}

/// Reads a dataset at once (the CLI, tests): [`load_pausing`] without pauses.
pub fn load(json: &str) -> Result<Loaded, LoadError> {
    run_to_end(load_pausing(json, |_| std::future::ready(())))
}

/// How far a load has come: records read of the records in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadProgress {
    pub done: usize,
    pub total: usize,
}

/// Records read between two calls of the `pause` of [`load_pausing`].
pub const PAUSE_EVERY: usize = 250;

/// Reads a dataset, calling `pause` with the progress after every [`PAUSE_EVERY`] records and
/// once more before the indexes are built, and awaiting what it returns: the browser passes a
/// pause that lets the page draw and answer between batches, so a 50 MB file shows how far
/// the check has come instead of freezing the tab.
///
/// The file is read in two passes: a scan that splits it into records (keeping each as
/// borrowed raw JSON, not as a tree of values), then each record into its type. A record
/// that cannot be read costs only itself.
pub async fn load_pausing<F, P>(json: &str, pause: F) -> Result<Loaded, LoadError>
where
    F: FnMut(LoadProgress) -> P,
    P: Future<Output = ()>,
{
    let top = read_top_level(json)?;
    match top.get("format").and_then(|f| serde_json::from_str::<String>(f.get()).ok()).as_deref() {
        Some(model::FORMAT) => {}
        Some(f) if f.starts_with("integration-atlas/") => return Err(LoadError::UnsupportedVersion(f.chars().take(60).collect())),
        _ => return Err(LoadError::NotAtlas),
    }
    let mut v = Validator::default();
    let mut meta = match top.get("meta") {
        None => Meta::default(),
        Some(m) => serde_json::from_str::<Meta>(m.get()).unwrap_or_else(|e| {
            v.problem(RecordKind::Meta, "meta", format!("unreadable, ignored: {}", without_position(&e)));
            Meta::default()
        }),
    };
    // A bad contact costs only itself: the app builds a mailto: or a link from it.
    if let Some(c) = meta.contact.as_mut() {
        if c.email.as_deref().is_some_and(|e| !is_email(e)) {
            v.problem(RecordKind::Meta, "meta", "contact.email is not an e-mail address, dropped".to_string());
            c.email = None;
        }
        if c.url.as_deref().is_some_and(|u| !is_web_url(u)) {
            v.problem(RecordKind::Meta, "meta", "contact.url is not an http(s) address, dropped".to_string());
            c.url = None;
        }
        if c.email.is_none() && c.url.is_none() {
            meta.contact = None;
        }
    }
    let mut list = |key: &str, kind: RecordKind| split_list(&top, key, kind, &mut v);
    let (areas, municipalities, actors, services, programmes, legislation) = (
        list("areas", RecordKind::Area),
        list("municipalities", RecordKind::Municipality),
        list("actors", RecordKind::Actor),
        list("services", RecordKind::Service),
        list("programmes", RecordKind::Programme),
        list("legislation", RecordKind::Legislation),
    );
    let total = [&areas, &municipalities, &actors, &services, &programmes, &legislation].iter().map(|l| l.len()).sum();
    let mut pacer = Pacer { pause, progress: LoadProgress { done: 0, total } };

    let areas: Vec<Area> = v.records(&mut pacer, RecordKind::Area, &areas, "id", |a: &Area| &a.id, |v, a: &Area| {
        v.check_id(&a.id);
        v.check_text("name", &a.name);
        v.check_word("kind", &a.kind);
        v.check_optional_date("valid_from", &a.valid_from);
        v.check_optional_date("valid_to", &a.valid_to);
    }).await;
    let area_ids: HashSet<&str> = areas.iter().map(|a| a.id.as_str()).collect();

    let municipalities: Vec<Municipality> = v.records(&mut pacer, RecordKind::Municipality, &municipalities, "code", |m: &Municipality| &m.code, |v, m: &Municipality| {
        if !(m.code.len() == 3 && m.code.bytes().all(|b| b.is_ascii_digit())) {
            v.error("code must be the three-digit Statistics Finland code");
        }
        v.check_text("name", &m.name);
        v.check_location(&m.location);
        for a in &m.areas {
            v.check_ref("areas", a, &area_ids);
        }
    }).await;
    let municipality_codes: HashSet<&str> = municipalities.iter().map(|m| m.code.as_str()).collect();

    // Actors refer to each other: drop the broken ones, then those whose references
    // pointed at a dropped one, until nothing changes.
    let mut actors: Vec<Actor> = v.records(&mut pacer, RecordKind::Actor, &actors, "id", |a: &Actor| &a.id, |v, a: &Actor| {
        v.check_id(&a.id);
        v.check_text("name", &a.name);
        v.check_one_of("level", &a.level, vocab::LEVELS);
        v.check_one_of("kind", &a.kind, vocab::ACTOR_KINDS);
        for t in &a.tasks {
            v.check_text("tasks", t);
        }
        if let Some(area) = &a.area {
            v.check_ref("area", area, &area_ids);
        }
        for m in &a.municipalities {
            v.check_ref("municipalities", m, &municipality_codes);
        }
        v.check_optional_url("website", &a.website);
        v.check_optional_date("valid_from", &a.valid_from);
        v.check_optional_date("valid_to", &a.valid_to);
        if let (Some(f), Some(t)) = (a.valid_from.as_deref().and_then(Date::parse), a.valid_to.as_deref().and_then(Date::parse)) {
            if t < f {
                v.error("valid_to is before valid_from");
            }
        }
        for r in &a.relations {
            v.check_one_of("relations[].kind", &r.kind, vocab::RELATION_KINDS);
        }
    }).await;
    for a in &mut actors {
        model::keep_usable_sources(&mut a.sources);
    }
    loop {
        let ids: HashSet<String> = actors.iter().map(|a| a.id.clone()).collect();
        let before = actors.len();
        actors.retain(|a| {
            let missing: Vec<String> = a
                .successors
                .iter()
                .map(|s| ("successors", s))
                .chain(a.relations.iter().map(|r| ("relations[].target", &r.target)))
                .filter(|(_, id)| !ids.contains(id.as_str()))
                .map(|(field, id)| format!("{field}: no actor \"{}\"", clip(id)))
                .collect();
            for m in &missing {
                v.problems.push(Problem { kind: RecordKind::Actor, id: a.id.clone(), message: m.clone() });
            }
            missing.is_empty()
        });
        if actors.len() == before {
            break;
        }
    }
    let actor_ids: HashSet<&str> = actors.iter().map(|a| a.id.as_str()).collect();

    let mut services: Vec<Service> = v.records(&mut pacer, RecordKind::Service, &services, "id", |s: &Service| &s.id, |v, s: &Service| {
        v.check_id(&s.id);
        v.check_text("name", &s.name);
        if let Some(p) = &s.provider {
            v.check_ref("provider", p, &actor_ids);
        }
        v.check_ref("municipality", &s.municipality, &municipality_codes);
        v.check_location(&s.location);
        for c in &s.channels {
            v.check_one_of("channels", c, vocab::CHANNELS);
        }
        if s.languages.is_empty() {
            v.error("languages: at least one language is needed");
        }
        for l in &s.languages {
            if !is_language_code(l) {
                v.error(format!("languages: \"{}\" is not an ISO 639 code", clip(l)));
            }
        }
        for p in &s.phones {
            if !is_international_phone(&p.number) {
                v.error(format!("phones: \"{}\" is not a number in international form (+358 …)", clip(&p.number)));
            }
        }
        if let Some(e) = &s.email {
            if !is_email(e) {
                v.error(format!("email: \"{}\" is not an e-mail address", clip(e)));
            }
        }
        v.check_optional_url("website", &s.website);
        if let Some(h) = &s.opening_hours {
            if let Err(e) = crate::hours::OpeningHours::parse(h) {
                v.error(format!("opening_hours: {e}"));
            }
        }
        if let Some(a) = &s.appointment {
            v.check_one_of("appointment", a, vocab::APPOINTMENT);
        }
        if let Some(w) = s.accessibility.as_ref().and_then(|a| a.wheelchair.as_ref()) {
            v.check_one_of("accessibility.wheelchair", w, vocab::WHEELCHAIR);
        }
        for w in s.target_groups.iter().chain(&s.topics) {
            v.check_word("target_groups/topics", w);
        }
        v.check_optional_date("last_verified", &s.last_verified);
    }).await;

    let mut programmes: Vec<Programme> = v.records(&mut pacer, RecordKind::Programme, &programmes, "id", |p: &Programme| &p.id, |v, p: &Programme| {
        v.check_id(&p.id);
        v.check_text("title", &p.title);
        v.check_word("kind", &p.kind);
        for m in &p.municipalities {
            v.check_ref("municipalities", m, &municipality_codes);
        }
        if let Some(r) = &p.responsible {
            v.check_ref("responsible", r, &actor_ids);
        }
        if let Some(period) = &p.period {
            v.check_optional_date("period.start", &period.start);
            v.check_optional_date("period.end", &period.end);
        }
        if let Some(a) = &p.adopted {
            v.check_optional_date("adopted.date", &a.date);
        }
        v.check_optional_url("url", &p.url);
    }).await;

    let mut legislation: Vec<Legislation> = v.records(&mut pacer, RecordKind::Legislation, &legislation, "id", |l: &Legislation| &l.id, |v, l: &Legislation| {
        v.check_id(&l.id);
        v.check_text("title", &l.title);
        v.check_optional_date("in_force_from", &l.in_force_from);
        v.check_optional_date("in_force_to", &l.in_force_to);
        v.check_optional_url("url", &l.url);
    }).await;

    // A source that breaks a rule is dropped; its record stays (SPEC §1: a bad optional
    // field costs only itself). A bad contact address was dropped with the meta above.
    for s in services.iter_mut().map(|s| &mut s.sources).chain(programmes.iter_mut().map(|p| &mut p.sources)).chain(legislation.iter_mut().map(|l| &mut l.sources)) {
        model::keep_usable_sources(s);
    }

    // The indexes take a while on a big file too: the last progress says all records are read.
    pacer.pause_now().await;
    let atlas = Atlas::new(meta, areas, municipalities, actors, services, programmes, legislation);
    Ok(Loaded { atlas, problems: v.problems })
}

/// Collects the problems of the record being checked.
#[derive(Default)]
struct Validator {
    problems: Vec<Problem>,
    current: Vec<String>,
}

impl Validator {
    fn problem(&mut self, kind: RecordKind, id: &str, message: String) {
        // Parser and opening-hours messages quote the input unclipped.
        self.problems.push(Problem { kind, id: id.to_string(), message: clip_message(&message) });
    }

    fn error(&mut self, message: impl Into<String>) {
        self.current.push(message.into());
    }

    /// Reads a list of records, keeping those that deserialize, pass `check`, and have a new id.
    async fn records<T, F, P>(
        &mut self,
        pacer: &mut Pacer<F>,
        kind: RecordKind,
        items: &[&RawValue],
        id_field: &str,
        id_of: impl Fn(&T) -> &str,
        check: impl Fn(&mut Self, &T),
    ) -> Vec<T>
    where
        T: DeserializeOwned,
        F: FnMut(LoadProgress) -> P,
        P: Future<Output = ()>,
    {
        let mut seen = HashSet::new();
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            pacer.record_done().await;
            let position = || format!("#{}", i + 1);
            let record = match serde_json::from_str::<T>(item.get()) {
                Ok(record) => record,
                Err(e) => {
                    let id = id_in(item, id_field).filter(|id| !id.is_empty()).map_or_else(position, |id| clip(&id));
                    self.problem(kind, &id, unreadable::<T>(item, e));
                    continue;
                }
            };
            let id = Some(id_of(&record)).filter(|id| !id.is_empty()).map_or_else(position, clip);
            self.current.clear();
            check(self, &record);
            if !seen.insert(id.clone()) {
                self.current.push(format!("duplicate {id_field}: an earlier {} has it", kind.as_str()));
            }
            if self.current.is_empty() {
                out.push(record);
            } else {
                for m in std::mem::take(&mut self.current) {
                    self.problem(kind, &id, m);
                }
            }
        }
        out
    }

    fn check_id(&mut self, id: &str) {
        if !is_valid_id(id) {
            self.error("id must match ^[a-z0-9][a-z0-9:_-]{0,63}$");
        }
    }

    fn check_text(&mut self, field: &str, t: &LocalisedText) {
        if t.is_empty() {
            self.error(format!("{field}: needs text in at least one language"));
        }
        if t.0.keys().any(|l| !is_language_code(l)) {
            self.error(format!("{field}: language keys must be ISO 639 codes"));
        }
    }

    fn check_word(&mut self, field: &str, w: &str) {
        if w.is_empty() || !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
            self.error(format!("{field}: \"{}\" is not a lower-case word", clip(w)));
        }
    }

    fn check_one_of(&mut self, field: &str, value: &str, allowed: &[&str]) {
        if !allowed.contains(&value) {
            self.error(format!("{field}: \"{}\" is not one of {}", clip(value), allowed.join(", ")));
        }
    }

    fn check_ref(&mut self, field: &str, target: &str, known: &HashSet<&str>) {
        if !known.contains(target) {
            self.error(format!("{field}: \"{}\" refers to no record", clip(target)));
        }
    }

    fn check_location(&mut self, l: &crate::geo::LatLon) {
        if !l.is_in_finland() {
            self.error("location must be WGS84 inside lat 59–70.5, lon 19–32");
        }
    }

    fn check_optional_date(&mut self, field: &str, d: &Option<String>) {
        if let Some(d) = d {
            if Date::parse(d).is_none() {
                self.error(format!("{field}: \"{}\" is not an ISO date (YYYY-MM-DD)", clip(d)));
            }
        }
    }

    fn check_optional_url(&mut self, field: &str, u: &Option<String>) {
        if let Some(u) = u {
            if !is_web_url(u) {
                self.error(format!("{field}: only http and https addresses are allowed"));
            }
        }
    }
}

/// `unreadable record: phones[0].number: invalid type: ...`: the serde message with the
/// field it is about. The path is found by a second, tracking pass, only on failure.
fn unreadable<T: DeserializeOwned>(item: &RawValue, e: serde_json::Error) -> String {
    let mut de = serde_json::Deserializer::from_str(item.get());
    match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Err(tracked) if tracked.path().iter().next().is_some() => {
            format!("unreadable record: {}: {}", tracked.path(), without_position(tracked.inner()))
        }
        _ => format!("unreadable record: {}", without_position(&e)),
    }
}

/// A serde_json message without its "at line 1 column 80": the place is inside the record,
/// whose id the report already gives, not in the file.
fn without_position(e: &serde_json::Error) -> String {
    let message = e.to_string();
    let place = format!(" at line {} column {}", e.line(), e.column());
    message.strip_suffix(&place).unwrap_or(&message).to_string()
}

/// The whole file as its top-level members, each kept as raw JSON. Only here can the file
/// fail as a whole: broken JSON anywhere in it, or JSON that is not an object.
fn read_top_level(json: &str) -> Result<BTreeMap<String, &RawValue>, LoadError> {
    // A map, not a struct: a repeated key keeps its last value, as JSON readers commonly do.
    serde_json::from_str::<BTreeMap<String, &RawValue>>(json).map_err(|e| {
        if e.is_data() {
            // Valid JSON of another shape, or broken JSON that the map reader stopped before:
            // a scan that skips every value tells which (without a nesting limit: it keeps
            // no stack, so deep nesting is only as dangerous as long text).
            match serde_json::from_str::<IgnoredAny>(json) {
                Ok(_) => LoadError::NotAtlas,
                Err(e) => LoadError::NotJson(e.to_string()),
            }
        } else {
            LoadError::NotJson(e.to_string())
        }
    })
}

/// A top-level list split into its records; missing is empty, anything but an array is a
/// problem and reads as empty.
fn split_list<'a>(top: &BTreeMap<String, &'a RawValue>, key: &str, kind: RecordKind, v: &mut Validator) -> Vec<&'a RawValue> {
    let Some(raw) = top.get(key) else { return Vec::new() };
    serde_json::from_str::<Vec<&RawValue>>(raw.get()).unwrap_or_else(|_| {
        v.problem(kind, "*", format!("the list of {kind}s is not a JSON array; none was read", kind = kind.as_str()));
        Vec::new()
    })
}

/// The id (or code) of a record that could not be read, when it has a readable one.
fn id_in(item: &RawValue, id_field: &str) -> Option<String> {
    let members = serde_json::from_str::<BTreeMap<String, &RawValue>>(item.get()).ok()?;
    serde_json::from_str::<String>(members.get(id_field)?.get()).ok()
}

/// Counts the records read and calls the pause every [`PAUSE_EVERY`].
struct Pacer<F> {
    pause: F,
    progress: LoadProgress,
}

impl<F, P> Pacer<F>
where
    F: FnMut(LoadProgress) -> P,
    P: Future<Output = ()>,
{
    async fn record_done(&mut self) {
        self.progress.done += 1;
        if self.progress.done.is_multiple_of(PAUSE_EVERY) {
            self.pause_now().await;
        }
    }

    async fn pause_now(&mut self) {
        (self.pause)(self.progress).await;
    }
}

/// Runs a future whose every await is ready at once (as [`load`]'s are) to its end.
fn run_to_end<T>(future: impl Future<Output = T>) -> T {
    let mut future = std::pin::pin!(future);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        // With no await that waits, the first poll finishes; the loop only guards the type.
        if let Poll::Ready(value) = future.as_mut().poll(&mut cx) {
            return value;
        }
    }
}

/// Cuts a value quoted in a message, so hostile megabyte strings stay out of reports.
fn clip(s: &str) -> String {
    if s.chars().count() <= 64 {
        s.to_string()
    } else {
        s.chars().take(64).chain("…".chars()).collect()
    }
}

/// Clips every quoted value in a message to 64 characters, and the whole message
/// to 512 (a value with quotes of its own could otherwise slip past the first cut).
fn clip_message(m: &str) -> String {
    const QUOTED: usize = 64;
    const WHOLE: usize = 512;
    let mut out = String::with_capacity(m.len().min(WHOLE + 4));
    let (mut inside, mut n) = (false, 0);
    let mut chars = m.chars();
    while let Some(c) = chars.next() {
        if !inside || c == '"' {
            inside ^= c == '"';
            n = 0;
            out.push(c);
            continue;
        }
        // An escaped character (`\"` in a serde message) counts as one.
        let escaped = if c == '\\' { chars.next() } else { None };
        n += 1;
        if n <= QUOTED {
            out.push(c);
            out.extend(escaped);
        } else if n == QUOTED + 1 {
            out.push('…');
        }
    }
    clip_to(out, WHOLE)
}

fn clip_to(s: String, max: usize) -> String {
    if s.chars().count() <= max {
        s
    } else {
        s.chars().take(max).chain("…".chars()).collect()
    }
}

pub fn is_valid_id(id: &str) -> bool {
    let b = id.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && (b[0].is_ascii_lowercase() || b[0].is_ascii_digit())
        && b.iter().all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b':' | b'_' | b'-'))
}

/// ISO 639-1 (two letters) or 639-3 (three letters), lower case.
pub fn is_language_code(l: &str) -> bool {
    (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_lowercase())
}

/// An absolute http(s) address with a host and no spaces or control characters.
pub fn is_web_url(u: &str) -> bool {
    let rest = u.strip_prefix("https://").or_else(|| u.strip_prefix("http://"));
    match rest {
        Some(r) => {
            let host = r.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty() && !u.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
        }
        None => false,
    }
}

pub fn is_email(e: &str) -> bool {
    match e.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && e.len() <= 254
                && !e.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | ',' | ';' | ':' | '?' | '&' | '/' | '\\'))
                && !domain.contains('@')
        }
        None => false,
    }
}

/// `+` and 6–15 digits, with optional spaces or hyphens between them.
pub fn is_international_phone(n: &str) -> bool {
    let Some(rest) = n.strip_prefix('+') else { return false };
    let digits = rest.bytes().filter(u8::is_ascii_digit).count();
    rest.bytes().all(|b| b.is_ascii_digit() || b == b' ' || b == b'-')
        && rest.starts_with(|c: char| c.is_ascii_digit())
        && (6..=15).contains(&digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_helpers() {
        assert!(is_valid_id("ih-tampere") && is_valid_id("region:06") && !is_valid_id("Ih") && !is_valid_id("-a"));
        assert!(!is_valid_id(&"a".repeat(65)));
        assert!(is_web_url("https://tem.fi/en") && !is_web_url("javascript:alert(1)") && !is_web_url("data:text/html,x"));
        assert!(!is_web_url("https://") && !is_web_url("https://a b"));
        assert!(is_email("info@example.org") && !is_email("info@") && !is_email("a b@c.fi") && !is_email("x@y"));
        assert!(is_international_phone("+358 40 123 4567") && !is_international_phone("040 123 4567") && !is_international_phone("+358 abc"));
    }

    #[test]
    fn wrong_types_name_the_field() {
        let json = r#"{"format": "integration-atlas/1", "services": [
            {"id": "a", "name": {"en": "a"}, "municipality": "x", "location": {"lat": 60, "lon": 25}, "languages": "fi"},
            {"id": "b", "name": {"en": "b"}, "municipality": "x", "location": {"lat": 60, "lon": 25}, "languages": ["fi"], "phones": [{"number": 358}]},
            {"id": "c", "municipality": "x", "location": {"lat": 60, "lon": 25}}]}"#;
        let messages: Vec<String> = load(json).unwrap().problems.into_iter().map(|p| p.message).collect();
        assert!(messages[0].starts_with("unreadable record: languages: invalid type: string \"fi\", expected a sequence"), "{messages:?}");
        assert!(messages[1].starts_with("unreadable record: phones[0].number: invalid type: integer `358`"), "{messages:?}");
        assert!(messages[2].starts_with("unreadable record: missing field `name`"), "{messages:?}");
    }

    fn service(id: &str, extra: &str) -> String {
        format!(r#"{{"id": "{id}", "name": {{"en": "{id}"}}, "municipality": "837", "location": {{"lat": 61.5, "lon": 23.8}}, "languages": ["fi"]{extra}}}"#)
    }

    fn dataset(services: &[String]) -> String {
        format!(
            r#"{{"format": "integration-atlas/1", "municipalities": [{{"code": "837", "name": {{"fi": "Tampere"}}, "location": {{"lat": 61.5, "lon": 23.8}}}}], "services": [{}]}}"#,
            services.join(",")
        )
    }

    #[test]
    fn pauses_report_progress_up_to_every_record() {
        let services: Vec<String> = (0..600).map(|i| service(&format!("s{i}"), "")).collect();
        let json = dataset(&services);
        let mut seen = Vec::new();
        let loaded = run_to_end(load_pausing(&json, |p| {
            seen.push(p);
            std::future::ready(())
        }))
        .unwrap();
        assert_eq!(loaded.atlas.services.len(), 600);
        let done: Vec<usize> = seen.iter().map(|p| p.done).collect();
        assert_eq!(done, [250, 500, 601], "one municipality and 600 services");
        assert!(seen.iter().all(|p| p.total == 601));
    }

    #[test]
    fn deep_nesting_costs_only_its_record() {
        let deep = format!("{}1{}", "[".repeat(100_000), "]".repeat(100_000));
        let json = dataset(&[
            service("known-field", &format!(r#", "description": {{"en": {deep}}}"#)),
            service("unknown-field", &format!(r#", "x-note": {deep}"#)),
            service("fine", ""),
        ]);
        let loaded = load(&json).unwrap();
        let ids: Vec<&str> = loaded.atlas.services.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids.len(), 2, "{:?}", loaded.problems);
        assert!(ids.contains(&"unknown-field") && ids.contains(&"fine"));
        assert_eq!(loaded.problems.len(), 1);
        assert_eq!(loaded.problems[0].id, "known-field");
        assert!(loaded.problems[0].message.starts_with("unreadable record: description.en: invalid type: sequence"), "{}", loaded.problems[0].message);
    }

    #[test]
    fn the_file_fails_as_a_whole_only_when_it_is_not_json_or_not_an_object() {
        let not_json = |r: Result<Loaded, LoadError>| matches!(r, Err(LoadError::NotJson(_)));
        assert!(not_json(load(&"[".repeat(100_000))));
        assert!(not_json(load(r#"{"format": "integration-atlas/1", "services": [{"id": "a",}]}"#)));
        assert!(not_json(load(r#"{"format": "integration-atlas/1"} x"#)));
        assert!(matches!(load("[1, 2]"), Err(LoadError::NotAtlas)));
        assert!(matches!(load(r#"{"format": 1}"#), Err(LoadError::NotAtlas)));
        assert!(matches!(load(r#"{"format": "integration-atlas/2"}"#), Err(LoadError::UnsupportedVersion(_))));
        // A repeated member keeps its last value; a list that is not an array is a problem.
        let loaded = load(r#"{"format": "x", "format": "integration-atlas/1", "services": 3}"#).unwrap();
        assert_eq!(loaded.problems[0].message, "the list of services is not a JSON array; none was read");
    }

    #[test]
    fn an_unreadable_record_keeps_its_id_and_its_message_has_no_position() {
        let json = dataset(&[r#"{"id": "x\u0031", "name": 7}"#.to_string(), "42".to_string()]);
        let problems = load(&json).unwrap().problems;
        assert_eq!((problems[0].id.as_str(), problems[1].id.as_str()), ("x1", "#2"));
        assert_eq!(problems[0].message, "unreadable record: name: invalid type: integer `7`, expected a map");
        assert!(!problems[1].message.contains("line"), "{}", problems[1].message);
    }

    #[test]
    fn long_values_are_clipped_in_messages() {
        let long = "A".repeat(100_000);
        let json = format!(
            r#"{{"format": "integration-atlas/1", "services": [{{"id": "a", "name": "{long}"}}, {{"id": "b", "name": {{"en": "b"}}, "municipality": "x", "location": {{"lat": 60, "lon": 25}}, "languages": ["fi"], "opening_hours": "Mo {long}"}}]}}"#
        );
        let loaded = load(&json).unwrap();
        assert!(loaded.problems.len() >= 2);
        for p in &loaded.problems {
            assert!(p.message.chars().count() < 600, "{}", &p.message[..200]);
        }
        assert!(loaded.problems[0].message.contains("expected"), "{}", loaded.problems[0].message);
        assert_eq!(clip_message(r#"found "ab\"c" here"#), r#"found "ab\"c" here"#);
        let m = clip_message(&format!("x \"{long}\" y"));
        assert!(m.starts_with("x \"AAAA") && m.ends_with("…\" y"), "{m}");
        assert_eq!(clip_message(&"B".repeat(600)).chars().count(), 513);
    }
}
