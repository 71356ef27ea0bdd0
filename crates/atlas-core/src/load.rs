//! Reading an untrusted dataset: every rule of SPEC §1. A record that breaks a
//! rule is left out with its reasons; the rest loads. Only a file that is not
//! JSON, or not this format, fails as a whole.

use crate::atlas::Atlas;
use crate::model::{self, Actor, Area, Legislation, Meta, Municipality, Programme, Service};
use crate::rules::{is_email, is_international_phone, is_language_code, is_valid_id, is_web_url};
use crate::text::{clip, LocalisedText};
use crate::time::{self, Date};
use rustc_hash::FxHashSet;
use serde::de::{DeserializeOwned, IgnoredAny};
use serde_json::value::RawValue;
use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
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
    /// Every kind, in the file's order (meta first).
    pub const ALL: [RecordKind; 7] = [
        Self::Meta,
        Self::Area,
        Self::Municipality,
        Self::Actor,
        Self::Service,
        Self::Programme,
        Self::Legislation,
    ];

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

/// What a broken rule cost: the whole record, or only the field that broke it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Effect {
    /// The record's id, name, a required reference or its location broke a rule: it is left out.
    LeftOut,
    /// An optional field (or one value of a list) broke a rule: it is dropped, the record is kept.
    FieldDropped,
}

impl Effect {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::LeftOut => "left_out",
            Self::FieldDropped => "field_dropped",
        }
    }
}

/// Why a rule was broken, with the (clipped) value where it helps; the app words it in the
/// UI language, [`Reason::english`] for the CLI and reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// The value has the wrong type or shape; the parser's message (English).
    Unreadable(String),
    BadId,
    BadMunicipalityCode,
    NoText,
    BadTextLanguage,
    NotAWord(String),
    NotOneOf(String, &'static [&'static str]),
    NoRecord(String),
    BadLocation,
    BadDate(String),
    BadUrl,
    BadEmail(String),
    BadPhone(String),
    BadLanguage(String),
    NoLanguage,
    BadHours(String),
    EndBeforeStart,
    Duplicate(String),
    NotAList,
}

impl Reason {
    /// A stable name for the reason (the JSON report, the app's translations).
    pub fn code(&self) -> &'static str {
        match self {
            Self::Unreadable(_) => "unreadable",
            Self::BadId => "bad_id",
            Self::BadMunicipalityCode => "bad_municipality_code",
            Self::NoText => "no_text",
            Self::BadTextLanguage => "bad_text_language",
            Self::NotAWord(_) => "not_a_word",
            Self::NotOneOf(..) => "not_one_of",
            Self::NoRecord(_) => "no_record",
            Self::BadLocation => "bad_location",
            Self::BadDate(_) => "bad_date",
            Self::BadUrl => "bad_url",
            Self::BadEmail(_) => "bad_email",
            Self::BadPhone(_) => "bad_phone",
            Self::BadLanguage(_) => "bad_language",
            Self::NoLanguage => "no_language",
            Self::BadHours(_) => "bad_hours",
            Self::EndBeforeStart => "end_before_start",
            Self::Duplicate(_) => "duplicate",
            Self::NotAList => "not_a_list",
        }
    }

    /// The reason again from its [`code`](Self::code), [`value`](Self::value) and, for a word
    /// outside a closed vocabulary, that vocabulary's words (a pack keeps problems so); none
    /// when they do not make one.
    pub fn from_parts(code: &str, value: Option<String>, allowed: &[String]) -> Option<Self> {
        let v = || value.clone();
        Some(match code {
            "unreadable" => Self::Unreadable(v()?),
            "bad_id" => Self::BadId,
            "bad_municipality_code" => Self::BadMunicipalityCode,
            "no_text" => Self::NoText,
            "bad_text_language" => Self::BadTextLanguage,
            "not_a_word" => Self::NotAWord(v()?),
            "not_one_of" => {
                let words = model::VOCABULARIES
                    .iter()
                    .copied()
                    .find(|words| words.iter().eq(allowed.iter()))?;
                Self::NotOneOf(v()?, words)
            }
            "no_record" => Self::NoRecord(v()?),
            "bad_location" => Self::BadLocation,
            "bad_date" => Self::BadDate(v()?),
            "bad_url" => Self::BadUrl,
            "bad_email" => Self::BadEmail(v()?),
            "bad_phone" => Self::BadPhone(v()?),
            "bad_language" => Self::BadLanguage(v()?),
            "no_language" => Self::NoLanguage,
            "bad_hours" => Self::BadHours(v()?),
            "end_before_start" => Self::EndBeforeStart,
            "duplicate" => Self::Duplicate(v()?),
            "not_a_list" => Self::NotAList,
            _ => return None,
        })
    }

    /// The value or detail the reason quotes, if any (already clipped).
    pub fn value(&self) -> Option<&str> {
        match self {
            Self::Unreadable(v)
            | Self::NotAWord(v)
            | Self::NotOneOf(v, _)
            | Self::NoRecord(v)
            | Self::BadDate(v)
            | Self::BadEmail(v)
            | Self::BadPhone(v)
            | Self::BadLanguage(v)
            | Self::BadHours(v)
            | Self::Duplicate(v) => Some(v),
            _ => None,
        }
    }

    /// The reason in English, without the field.
    pub fn english(&self) -> String {
        match self {
            Self::Unreadable(d) => format!("unreadable: {d}"),
            Self::BadId => "must match ^[a-z0-9][a-z0-9:_-]{0,63}$".into(),
            Self::BadMunicipalityCode => "must be the three-digit Statistics Finland code".into(),
            Self::NoText => "needs text in at least one language".into(),
            Self::BadTextLanguage => "language keys must be ISO 639 codes".into(),
            Self::NotAWord(v) => format!("\"{v}\" is not a lower-case word"),
            Self::NotOneOf(v, allowed) => format!("\"{v}\"{}{}", model::NOT_ONE_OF, allowed.join(", ")),
            Self::NoRecord(v) => format!("\"{v}\" refers to no record"),
            Self::BadLocation => "must be WGS84 inside lat 59–70.5, lon 19–32".into(),
            Self::BadDate(v) => time::not_a_date(v),
            Self::BadUrl => "only http and https addresses are allowed".into(),
            Self::BadEmail(v) => format!("\"{v}\" is not an e-mail address"),
            Self::BadPhone(v) => format!("\"{v}\" is not a number in international form (+358 …)"),
            Self::BadLanguage(v) => format!("\"{v}\" is not an ISO 639 code"),
            Self::NoLanguage => "at least one language is needed".into(),
            Self::BadHours(d) => d.clone(),
            Self::EndBeforeStart => "is before the start date".into(),
            Self::Duplicate(field) => format!("duplicate {field}: an earlier record has it"),
            Self::NotAList => "is not a JSON array; none of it was read".into(),
        }
    }
}

/// One broken rule: a record left out, or a field dropped from a record that is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub kind: RecordKind,
    /// The record's id (or code); `#N` (its position) when it has none; `*` for a whole list.
    pub id: String,
    /// The field the rule is about (`email`, `phones[1]`, `location`); empty for the whole record.
    pub field: String,
    pub effect: Effect,
    pub reason: Reason,
    /// In English: `field: reason` (the CLI, logs).
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
            Self::NotAtlas => write!(
                f,
                "the file is JSON but not an Integration Atlas dataset (\"format\" must be \"{}\")",
                model::FORMAT
            ),
            Self::UnsupportedVersion(v) => write!(
                f,
                "the dataset has format \"{v}\", which this version cannot read (it reads \"{}\")",
                model::FORMAT
            ),
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
        let mut ids: Vec<&str> = self
            .problems
            .iter()
            .filter(|p| p.kind == kind && p.effect == Effect::LeftOut)
            .map(|p| p.id.as_str())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids.len()
    }

    /// How many fields (or values of a list) were dropped from kept records of a kind.
    pub fn dropped(&self, kind: RecordKind) -> usize {
        self.problems
            .iter()
            .filter(|p| p.kind == kind && p.effect == Effect::FieldDropped)
            .count()
    }
}

/// Reads a dataset at once (the CLI, tests): [`load_pausing`] without pauses.
pub fn load(json: &str) -> Result<Loaded, LoadError> {
    run_to_end(load_pausing(json, |_| std::future::ready(())))
}

/// A dataset's records, read and checked, before their indexes are built. It holds nothing of
/// the text it was read from, so a caller can let a big text go before [`Checked::index`]: the
/// indexes then reuse its memory (the app does; a wasm memory never shrinks, so its high-water
/// mark is what a phone pays).
#[derive(Debug)]
pub struct Checked {
    pub(crate) records: model::Dataset,
    pub(crate) problems: Vec<Problem>,
}

/// Reads and checks a dataset at once, without its indexes (the CLI's `pack`): [`check_pausing`]
/// without pauses.
pub fn check(json: &str) -> Result<Checked, LoadError> {
    run_to_end(check_pausing(json, |_| std::future::ready(())))
}

impl Checked {
    /// The records that were kept.
    pub fn records(&self) -> &model::Dataset {
        &self.records
    }

    /// What was left out or dropped, and why.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// Builds the indexes (`Atlas::new`).
    pub fn index(self) -> Loaded {
        Loaded {
            atlas: Atlas::new(self.records),
            problems: self.problems,
        }
    }
}

/// [`check_pausing`], then the indexes.
pub async fn load_pausing<F, P>(json: &str, pause: F) -> Result<Loaded, LoadError>
where
    F: FnMut(LoadProgress) -> P,
    P: Future<Output = ()>,
{
    Ok(check_pausing(json, pause).await?.index())
}

/// How far a load has come: records read of the records in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadProgress {
    pub done: usize,
    pub total: usize,
}

/// Records read between two calls of the `pause` of [`load_pausing`].
pub const PAUSE_EVERY: usize = 250;

/// Reads and checks a dataset's records (its indexes are [`Checked::index`]), calling `pause`
/// with the progress after every [`PAUSE_EVERY`] records and once more at the end, and
/// awaiting what it returns: the browser passes a
/// pause that lets the page draw and answer between batches, so a 50 MB file shows how far
/// the check has come instead of freezing the tab.
///
/// The file is read in two passes: a scan that splits it into records (keeping each as
/// borrowed raw JSON, not as a tree of values), then each record into its type. A record
/// that cannot be read costs only itself.
pub async fn check_pausing<'p, F, P>(json: &str, mut pause: F) -> Result<Checked, LoadError>
where
    F: FnMut(LoadProgress) -> P + 'p,
    P: Future<Output = ()> + 'p,
{
    let mut erased = move |progress| -> Pin<Box<dyn Future<Output = ()> + 'p>> { Box::pin(pause(progress)) };
    check_erased(json, &mut erased).await
}

/// A caller's pause behind one type, so that the checks are compiled once, whatever pause a
/// caller gives (the app's, a pack's, none), rather than once per caller.
type Pause<'p> = dyn FnMut(LoadProgress) -> Pin<Box<dyn Future<Output = ()> + 'p>> + 'p;

async fn check_erased(json: &str, pause: &mut Pause<'_>) -> Result<Checked, LoadError> {
    let top = read_top_level(json)?;
    match top
        .get("format")
        .and_then(|f| serde_json::from_str::<String>(f.get()).ok())
        .as_deref()
    {
        Some(model::FORMAT) => {}
        Some(f) if f.starts_with("integration-atlas/") => {
            return Err(LoadError::UnsupportedVersion(f.chars().take(60).collect()))
        }
        _ => return Err(LoadError::NotAtlas),
    }
    let mut v = Validator::default();
    let mut meta = match top.get("meta") {
        None => Meta::default(),
        Some(m) => match read_tolerant::<Meta>(m, &[]) {
            // A value that does not read (`published` that is not a date) costs only itself.
            Ok((meta, dropped)) => {
                for d in dropped {
                    v.problem(RecordKind::Meta, "meta", &d.field, Effect::FieldDropped, d.reason);
                }
                meta
            }
            Err(d) => {
                v.problem(RecordKind::Meta, "meta", &d.field, Effect::LeftOut, d.reason);
                Meta::default()
            }
        },
    };
    // A bad contact costs only itself: the app builds a mailto: or a link from it.
    if let Some(c) = meta.contact.as_mut() {
        if let Some(e) = c.email.take() {
            if is_email(&e) {
                c.email = Some(e);
            } else {
                v.problem(
                    RecordKind::Meta,
                    "meta",
                    "contact.email",
                    Effect::FieldDropped,
                    Reason::BadEmail(clip(&e)),
                );
            }
        }
        if c.url.as_deref().is_some_and(|u| !is_web_url(u)) {
            v.problem(
                RecordKind::Meta,
                "meta",
                "contact.url",
                Effect::FieldDropped,
                Reason::BadUrl,
            );
            c.url = None;
        }
        if c.email.is_none() && c.url.is_none() {
            meta.contact = None;
        }
    }
    // The data page links the dataset's sources: a link from data is only http(s).
    for (i, source) in meta.sources.iter_mut().enumerate() {
        if source.url.as_deref().is_some_and(|u| !is_web_url(u)) {
            v.problem(
                RecordKind::Meta,
                "meta",
                &format!("sources[{i}].url"),
                Effect::FieldDropped,
                Reason::BadUrl,
            );
            source.url = None;
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
    let total = [
        &areas,
        &municipalities,
        &actors,
        &services,
        &programmes,
        &legislation,
    ]
    .iter()
    .map(|l| l.len())
    .sum();
    let mut pacer = Pacer {
        pause,
        progress: LoadProgress { done: 0, total },
    };

    // Required fields: a record whose one of these cannot be read is left out.
    let areas: Vec<Area> = v
        .records(
            &mut pacer,
            RecordKind::Area,
            &areas,
            "id",
            &["id", "kind", "name"],
            |a: &Area| &a.id,
            |v, a: &mut Area| {
                v.check_id(&a.id);
                v.check_name("name", &a.name);
                v.required_word("kind", &a.kind);
                v.refused("valid_from");
                v.refused("valid_to");
                v.end_after_start("valid_to", a.valid_from, &mut a.valid_to);
            },
        )
        .await;
    let area_ids: FxHashSet<&str> = areas.iter().map(|a| a.id.as_str()).collect();

    let municipalities: Vec<Municipality> = v
        .records(
            &mut pacer,
            RecordKind::Municipality,
            &municipalities,
            "code",
            &["code", "name", "location"],
            |m: &Municipality| &m.code,
            |v, m: &mut Municipality| {
                if !(m.code.len() == 3 && m.code.bytes().all(|b| b.is_ascii_digit())) {
                    v.leave_out("code", Reason::BadMunicipalityCode);
                }
                v.check_name("name", &m.name);
                v.check_location(&m.location);
                v.retain("areas", &mut m.areas, |a| reference(a, &area_ids));
                v.retain("languages", &mut m.languages, |l| language(l));
            },
        )
        .await;
    let municipality_codes: FxHashSet<&str> = municipalities.iter().map(|m| m.code.as_str()).collect();

    let mut actors: Vec<Actor> = v
        .records(
            &mut pacer,
            RecordKind::Actor,
            &actors,
            "id",
            &["id", "name", "level", "kind"],
            |a: &Actor| &a.id,
            |v, a: &mut Actor| {
                v.check_id(&a.id);
                v.check_name("name", &a.name);
                v.refused("level");
                v.refused("kind");
                v.optional_text("short_name", &mut a.short_name);
                v.optional_text("description", &mut a.description);
                v.retain("tasks", &mut a.tasks, text);
                if let Some(area) = &a.area {
                    if let Err(r) = reference(area, &area_ids) {
                        v.drop_field("area", r);
                        a.area = None;
                    }
                }
                v.retain("municipalities", &mut a.municipalities, |m| {
                    reference(m, &municipality_codes)
                });
                v.optional_url("website", &mut a.website);
                v.refused("valid_from");
                v.refused("valid_to");
                v.end_after_start("valid_to", a.valid_from, &mut a.valid_to);
                v.refused("relations");
                v.retain("sources", &mut a.sources, usable_source);
            },
        )
        .await;
    // Actors refer to each other: a successor or relation to an actor that is not there is
    // dropped (the actor stays).
    let known: FxHashSet<String> = actors.iter().map(|a| a.id.clone()).collect();
    for a in &mut actors {
        v.current.clear();
        v.retain("successors", &mut a.successors, |s| {
            if known.contains(s) {
                Ok(())
            } else {
                Err(Reason::NoRecord(clip(s)))
            }
        });
        v.retain("relations", &mut a.relations, |r| {
            if known.contains(&r.target) {
                Ok(())
            } else {
                Err(Reason::NoRecord(clip(&r.target)))
            }
        });
        let id = clip(&a.id);
        v.flush(RecordKind::Actor, &id, true);
    }
    let actor_ids: FxHashSet<&str> = actors.iter().map(|a| a.id.as_str()).collect();

    let services: Vec<Service> = v
        .records(
            &mut pacer,
            RecordKind::Service,
            &services,
            "id",
            &["id", "name", "municipality", "location", "provider", "languages"],
            |s: &Service| &s.id,
            |v, s: &mut Service| check_service(v, s, &actor_ids, &municipality_codes),
        )
        .await;

    let programmes: Vec<Programme> = v
        .records(
            &mut pacer,
            RecordKind::Programme,
            &programmes,
            "id",
            &["id", "kind", "title"],
            |p: &Programme| &p.id,
            |v, p: &mut Programme| {
                v.check_id(&p.id);
                v.check_name("title", &p.title);
                v.required_word("kind", &p.kind);
                v.retain("municipalities", &mut p.municipalities, |m| {
                    reference(m, &municipality_codes)
                });
                if let Some(r) = &p.responsible {
                    if let Err(reason) = reference(r, &actor_ids) {
                        v.drop_field("responsible", reason);
                        p.responsible = None;
                    }
                }
                v.refused("period.start");
                v.refused("period.end");
                if let Some(period) = &mut p.period {
                    v.end_after_start("period.end", period.start, &mut period.end);
                }
                v.refused("adopted.date");
                if let Some(a) = &mut p.adopted {
                    v.optional_text("adopted.by", &mut a.by);
                }
                v.optional_url("url", &mut p.url);
                v.optional_text("summary", &mut p.summary);
                v.retain("sources", &mut p.sources, usable_source);
            },
        )
        .await;

    let legislation: Vec<Legislation> = v
        .records(
            &mut pacer,
            RecordKind::Legislation,
            &legislation,
            "id",
            &["id", "number", "title"],
            |l: &Legislation| &l.id,
            |v, l: &mut Legislation| {
                v.check_id(&l.id);
                v.check_name("title", &l.title);
                v.refused("in_force_from");
                v.refused("in_force_to");
                v.optional_url("url", &mut l.url);
                v.retain("sources", &mut l.sources, usable_source);
            },
        )
        .await;

    // The indexes take a while on a big file too: the last progress says all records are read.
    pacer.pause_now().await;
    Ok(Checked {
        records: model::Dataset {
            format: model::FORMAT.to_string(),
            meta,
            areas,
            municipalities,
            actors,
            services,
            programmes,
            legislation,
        },
        problems: v.problems,
    })
}

/// The rules of one service record, once: `check_pausing` applies them to a file's records,
/// `pack` to a pack's (`check_packed_services`) and to a record from its shards.
fn check_service(
    v: &mut Validator,
    s: &mut Service,
    actor_ids: &FxHashSet<&str>,
    municipality_codes: &FxHashSet<&str>,
) {
    v.check_id(&s.id);
    v.check_name("name", &s.name);
    if let Some(p) = &s.provider {
        if let Err(r) = reference(p, actor_ids) {
            v.leave_out("provider", r);
        }
    }
    if let Err(r) = reference(&s.municipality, municipality_codes) {
        v.leave_out("municipality", r);
    }
    v.check_location(&s.location);
    v.optional_text("description", &mut s.description);
    v.refused("channels");
    v.retain("languages", &mut s.languages, |l| language(l));
    if s.languages.is_empty() {
        // The finder is about languages: a service in none is left out (the schema requires one).
        v.leave_out("languages", Reason::NoLanguage);
    }
    v.retain("phones", &mut s.phones, |p| {
        if is_international_phone(&p.number) {
            Ok(())
        } else {
            Err(Reason::BadPhone(clip(&p.number)))
        }
    });
    if let Some(e) = &s.email {
        if !is_email(e) {
            v.drop_field("email", Reason::BadEmail(clip(e)));
            s.email = None;
        }
    }
    v.optional_url("website", &mut s.website);
    if let Some(h) = s
        .opening_hours
        .as_deref()
        .filter(|h| !v.readable_hours.contains(*h))
    {
        match crate::hours::OpeningHours::parse(h) {
            Ok(_) if v.readable_hours.len() < READABLE_HOURS_KEPT => {
                v.readable_hours.insert(h.into());
            }
            Ok(_) => {}
            Err(e) => {
                v.drop_field("opening_hours", Reason::BadHours(clip_message(&e.to_string())));
                s.opening_hours = None;
            }
        }
    }
    v.refused("appointment");
    v.refused("accessibility.wheelchair");
    if let Some(a) = &mut s.accessibility {
        v.optional_text("accessibility.info", &mut a.info);
    }
    if let Some(a) = &mut s.address {
        v.optional_text("address.street", &mut a.street);
        v.optional_text("address.post_office", &mut a.post_office);
    }
    v.retain("target_groups", &mut s.target_groups, |w| word(w));
    v.retain("topics", &mut s.topics, |w| word(w));
    v.refused("last_verified");
    v.retain("sources", &mut s.sources, usable_source);
}

/// The rules of a service record for records that come checked already: a pack's, and a
/// record from its shards (`pack.rs`). A pack is made from a checked dataset, so a record that
/// breaks a rule here is damaged or forged: the first problem is the answer, and the caller
/// refuses what the record came in.
pub(crate) struct ServiceRules<'a> {
    actor_ids: FxHashSet<&'a str>,
    municipality_codes: FxHashSet<&'a str>,
    seen: FxHashSet<String>,
    v: Validator,
}

impl<'a> ServiceRules<'a> {
    pub(crate) fn new(actors: &'a [Actor], municipalities: &'a [Municipality]) -> Self {
        Self {
            actor_ids: actors.iter().map(|a| a.id.as_str()).collect(),
            municipality_codes: municipalities.iter().map(|m| m.code.as_str()).collect(),
            seen: FxHashSet::default(),
            v: Validator::default(),
        }
    }

    /// Whether `s` keeps every rule, with an id no earlier record of these had.
    pub(crate) fn check(&mut self, s: &mut Service) -> Result<(), Problem> {
        self.v.current.clear();
        check_service(&mut self.v, s, &self.actor_ids, &self.municipality_codes);
        self.v.checked();
        if !self.seen.insert(s.id.clone()) {
            self.v.leave_out("id", Reason::Duplicate("id".into()));
        }
        if self.v.current.is_empty() {
            // Nearly every record: no problem to word (nor its id to quote).
            return Ok(());
        }
        let kept = !self.v.current.iter().any(|(_, out, _)| *out);
        self.v.flush(RecordKind::Service, &clip(&s.id), kept);
        match self.v.problems.drain(..).next() {
            Some(p) => Err(p),
            None => Ok(()),
        }
    }
}

/// The most opening hours texts [`Validator`] remembers as readable.
const READABLE_HOURS_KEPT: usize = 1024;

/// Collects the problems of the record being checked.
#[derive(Default)]
struct Validator {
    problems: Vec<Problem>,
    /// The record being checked: (field, leaves the record out, reason).
    current: Vec<(String, bool, Reason)>,
    /// The values of the record being checked that their type refused when it was read (a date
    /// that is not one, a word outside its vocabulary), until `check` lists them in their place.
    refusals: Vec<Dropped>,
    /// The places of the list values reading took out of the record being checked (list, place
    /// in the file), which `retain` counts so that a value's label is its place in the file.
    taken: Vec<(String, usize)>,
    /// Opening hours texts already read without a problem: services share a few, and reading
    /// each once took a tenth of a 100,000-service pack's check. At most
    /// [`READABLE_HOURS_KEPT`], so that a file of texts all different costs no memory for them.
    readable_hours: FxHashSet<Box<str>>,
}

fn message(kind: RecordKind, field: &str, effect: Effect, reason: &Reason) -> String {
    match reason {
        Reason::Unreadable(d) if effect == Effect::LeftOut && field.is_empty() => {
            format!("unreadable record: {d}")
        }
        Reason::Unreadable(d) if effect == Effect::LeftOut => format!("unreadable record: {field}: {d}"),
        Reason::NotAList => format!(
            "the list of {kind}s is not a JSON array; none was read",
            kind = kind.as_str()
        ),
        Reason::BadId | Reason::BadMunicipalityCode | Reason::BadLocation => {
            format!("{field} {}", reason.english())
        }
        Reason::Duplicate(_) => reason.english().replace("record", kind.as_str()),
        _ if field.is_empty() => reason.english(),
        _ => format!("{field}: {}", reason.english()),
    }
}

/// A source the app can show (`SourceRef::problem` says why not): one that is not is dropped,
/// and its record kept.
fn usable_source(s: &model::SourceRef) -> Result<(), Reason> {
    s.problem().map_or(Ok(()), |(_, reason)| Err(reason))
}

impl Validator {
    fn problem(&mut self, kind: RecordKind, id: &str, field: &str, effect: Effect, reason: Reason) {
        // Parser and opening-hours messages quote the input unclipped.
        let reason = match reason {
            Reason::Unreadable(d) => Reason::Unreadable(clip_message(&d)),
            r => r,
        };
        let message = clip_message(&message(kind, field, effect, &reason));
        self.problems.push(Problem {
            kind,
            id: id.to_string(),
            field: clip(field),
            effect,
            reason,
            message,
        });
    }

    /// A broken rule that leaves the record out.
    fn leave_out(&mut self, field: &str, reason: Reason) {
        self.current.push((field.to_string(), true, reason));
    }

    /// A broken rule that drops the field (the caller removes it).
    fn drop_field(&mut self, field: &str, reason: Reason) {
        self.current.push((field.to_string(), false, reason));
    }

    /// Reports the current record's problems; `kept` is false when any leaves it out.
    fn flush(&mut self, kind: RecordKind, id: &str, kept: bool) {
        let effect = if kept {
            Effect::FieldDropped
        } else {
            Effect::LeftOut
        };
        for (field, _, reason) in std::mem::take(&mut self.current) {
            self.problem(kind, id, &field, effect, reason);
        }
    }

    /// Reads a list of records, keeping those that deserialize, pass `check`, and have a new id.
    /// A field that cannot be read, or breaks a rule, is dropped unless it is `required`.
    #[allow(clippy::too_many_arguments)]
    async fn records<T>(
        &mut self,
        pacer: &mut Pacer<'_, '_>,
        kind: RecordKind,
        items: &[&RawValue],
        id_field: &str,
        required: &[&str],
        id_of: impl Fn(&T) -> &str,
        check: impl Fn(&mut Self, &mut T),
    ) -> Vec<T>
    where
        T: DeserializeOwned,
    {
        let mut seen = FxHashSet::default();
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            pacer.record_done().await;
            let position = || format!("#{}", i + 1);
            self.current.clear();
            self.taken.clear();
            let mut record = match read_tolerant::<T>(item, required) {
                Ok((record, dropped)) => {
                    self.read(dropped);
                    record
                }
                Err(d) => {
                    let id = id_in(item, id_field)
                        .filter(|id| !id.is_empty())
                        .map_or_else(position, |id| clip(&id));
                    self.current.clear();
                    self.problem(kind, &id, &d.field, Effect::LeftOut, d.reason);
                    continue;
                }
            };
            let id = Some(id_of(&record))
                .filter(|id| !id.is_empty())
                .map_or_else(position, clip);
            check(self, &mut record);
            self.checked();
            if !seen.insert(id.clone()) {
                self.leave_out(id_field, Reason::Duplicate(id_field.to_string()));
            }
            let kept = !self.current.iter().any(|(_, out, _)| *out);
            self.flush(kind, &id, kept);
            // The places reading took out are this record's (a later `retain` counts none).
            self.taken.clear();
            if kept {
                out.push(record);
            }
        }
        out
    }

    /// What reading the record dropped: values of the wrong shape are listed first; values
    /// their type refused where `check` names their field (`refused`), in the order of the rules.
    fn read(&mut self, dropped: Vec<Dropped>) {
        for d in dropped {
            if let Some(place) = &d.place {
                self.taken.push(place.clone());
            }
            if matches!(d.reason, Reason::Unreadable(_)) {
                self.current.push((d.field, d.leaves_out, d.reason));
            } else {
                self.refusals.push(d);
            }
        }
    }

    /// A refusal `check` did not name (every typed field is named there) is listed last.
    fn checked(&mut self) {
        for d in std::mem::take(&mut self.refusals) {
            self.current.push((d.field, d.leaves_out, d.reason));
        }
    }

    fn check_id(&mut self, id: &str) {
        if !is_valid_id(id) {
            self.leave_out("id", Reason::BadId);
        }
    }

    /// A required text (a name or title): a bad one leaves the record out.
    fn check_name(&mut self, field: &str, t: &LocalisedText) {
        if let Err(r) = text(t) {
            self.leave_out(field, r);
        }
    }

    fn optional_text(&mut self, field: &str, t: &mut Option<LocalisedText>) {
        if let Some(Err(r)) = t.as_ref().map(text) {
            self.drop_field(field, r);
            *t = None;
        }
    }

    fn required_word(&mut self, field: &str, w: &str) {
        if let Err(r) = word(w) {
            self.leave_out(field, r);
        }
    }

    /// Lists here what reading refused in `field`: a date that is not one, a word outside its
    /// vocabulary (the value was dropped when the record was read; a required word, `level`,
    /// leaves the record out); in a list, each value as `field[i]`. So a record's problems keep
    /// the order of its rules.
    fn refused(&mut self, field: &str) {
        for d in self.refusals_in(field) {
            self.current.push((d.field, d.leaves_out, d.reason));
        }
    }

    /// The refusals in `field`, taken out of those still to be listed (in the order read).
    fn refusals_in(&mut self, field: &str) -> Vec<Dropped> {
        let (of_field, rest) = std::mem::take(&mut self.refusals)
            .into_iter()
            .partition(|d| names(field, &d.field));
        self.refusals = rest;
        of_field
    }

    fn check_location(&mut self, l: &crate::geo::LatLon) {
        if !l.is_in_finland() {
            self.leave_out("location", Reason::BadLocation);
        }
    }

    /// An end date before its start is dropped (the start is kept).
    fn end_after_start(&mut self, field: &str, start: Option<Date>, end: &mut Option<Date>) {
        if let (Some(f), Some(t)) = (start, *end) {
            if t < f {
                self.drop_field(field, Reason::EndBeforeStart);
                *end = None;
            }
        }
    }

    fn optional_url(&mut self, field: &str, u: &mut Option<String>) {
        if u.as_deref().is_some_and(|u| !is_web_url(u)) {
            self.drop_field(field, Reason::BadUrl);
            *u = None;
        }
    }

    /// Drops the values of a list that break a rule, each as `field[i]` (its place in the file:
    /// the places of values reading took out are counted, and the values their type refused
    /// listed in their places among these).
    fn retain<T>(&mut self, field: &str, list: &mut Vec<T>, ok: impl Fn(&T) -> Result<(), Reason>) {
        let mut places = self.places(field);
        let current = &mut self.current;
        list.retain(|item| {
            let place = places.next(current);
            match ok(item) {
                Ok(()) => true,
                Err(r) => {
                    current.push((format!("{field}[{place}]"), false, r));
                    false
                }
            }
        });
        places.finish(current);
    }

    /// The places in the file of the values of the list `field`: those reading took out, with
    /// the refusals among them, are skipped (and the refusals listed).
    fn places(&mut self, field: &str) -> Places {
        let mut taken: Vec<usize> = self
            .taken
            .iter()
            .filter(|(list, _)| list == field)
            .map(|&(_, place)| place)
            .collect();
        taken.sort_unstable();
        let mut refusals = self.refusals_in(field);
        // Reading meets a list's values front to back, so its refusals come in the order of their
        // places (one of the whole list last): reversed, they are popped in that order.
        refusals.reverse();
        taken.reverse();
        Places {
            next: 0,
            taken,
            refusals,
        }
    }
}

/// Counts the places of a list's values in the file while `retain` goes through them.
struct Places {
    next: usize,
    /// Places reading took out, the first last.
    taken: Vec<usize>,
    /// What reading refused in the list, the first last.
    refusals: Vec<Dropped>,
}

impl Places {
    /// The place of the next value kept by reading; the refusals before it are listed.
    fn next(&mut self, current: &mut Vec<(String, bool, Reason)>) -> usize {
        while self.taken.last() == Some(&self.next) {
            self.taken.pop();
            while let Some(d) = self
                .refusals
                .pop_if(|d| d.place.as_ref().is_some_and(|p| p.1 == self.next))
            {
                current.push((d.field, d.leaves_out, d.reason));
            }
            self.next += 1;
        }
        self.next += 1;
        self.next - 1
    }

    /// Lists the refusals after the last value.
    fn finish(mut self, current: &mut Vec<(String, bool, Reason)>) {
        while let Some(d) = self.refusals.pop() {
            current.push((d.field, d.leaves_out, d.reason));
        }
    }
}

/// Whether a value's place (`channels[2]`, `period.start`) is in `field` (`channels`, `period.start`).
fn names(field: &str, place: &str) -> bool {
    place
        .strip_prefix(field)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('['))
}

fn text(t: &LocalisedText) -> Result<(), Reason> {
    if t.is_empty() {
        Err(Reason::NoText)
    } else if t.0.keys().any(|l| !is_language_code(l)) {
        Err(Reason::BadTextLanguage)
    } else {
        Ok(())
    }
}

fn word(w: &str) -> Result<(), Reason> {
    if w.is_empty() || !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
        Err(Reason::NotAWord(clip(w)))
    } else {
        Ok(())
    }
}

fn reference(target: &str, known: &FxHashSet<&str>) -> Result<(), Reason> {
    if known.contains(target) {
        Ok(())
    } else {
        Err(Reason::NoRecord(clip(target)))
    }
}

fn language(l: &str) -> Result<(), Reason> {
    if is_language_code(l) {
        Ok(())
    } else {
        Err(Reason::BadLanguage(clip(l)))
    }
}

/// Most times a record is read again, each without a value that did not read, before the rest
/// of it is given up.
const MOST_DROPS: usize = 64;
/// Most values one list can lose one by one before the whole list is dropped.
const MOST_DROPS_IN_A_LIST: usize = 8;

/// A value reading dropped: its place in the record (`phones[0]`, `period.start`, or `""` for
/// the record as a whole), why, and whether that leaves the record out (a required field).
#[derive(Debug)]
pub(crate) struct Dropped {
    field: String,
    reason: Reason,
    leaves_out: bool,
    /// For one value of a list: the list and the value's place in the file.
    place: Option<(String, usize)>,
}

impl Dropped {
    fn new(field: String, reason: Reason, leaves_out: bool) -> Self {
        Self {
            field,
            reason,
            leaves_out,
            place: None,
        }
    }
}

/// Why the parser refused a value, from its message (without the position): a date that is not
/// one, a word outside its vocabulary (the messages of `Date`'s and the vocabularies' readers:
/// `time::NOT_A_DATE`, `model::NOT_ONE_OF`), each checked again against its rule; for any
/// other message the value has the wrong shape (`Reason::Unreadable`).
fn reason_of(detail: &str) -> Reason {
    refusal(detail).unwrap_or_else(|| Reason::Unreadable(detail.to_string()))
}

fn refusal(detail: &str) -> Option<Reason> {
    let quoted = |s: &'_ str| s.strip_prefix('"')?.strip_suffix('"').map(str::to_string);
    if let Some(text) = detail.strip_suffix(time::NOT_A_DATE).and_then(quoted) {
        return Date::parse(&text).is_none().then(|| Reason::BadDate(clip(&text)));
    }
    let (word, words) = detail.rsplit_once(model::NOT_ONE_OF)?;
    let word = quoted(word)?;
    let words = model::VOCABULARIES.iter().find(|w| w.join(", ") == words)?;
    (!words.contains(&word.as_str())).then(|| Reason::NotOneOf(clip(&word), words))
}

/// A list without the values its type refused, and their positions in it with their reasons.
type Refused = (Box<RawValue>, Vec<(usize, Reason)>);

/// A list without every value whose text at `inner` (a path of members inside each value; none
/// for the value itself) its type refuses as `refused` says (a word outside the same vocabulary,
/// a text that is not a date), and those values' positions in the list with their reasons. None
/// unless the value at `at`, where the parser stopped, is such a text (a source whose date is not
/// one is refused as a whole: it goes alone), or when the list does not read.
fn refuse_all(list: &RawValue, at: usize, inner: &[Segment], refused: &Reason) -> Option<Refused> {
    let text_at = |value: &RawValue| -> Option<String> {
        let mut value = value;
        for segment in inner {
            let Segment::Key(key) = segment else {
                return None;
            };
            value = serde_json::from_str::<BTreeMap<String, &RawValue>>(value.get())
                .ok()?
                .remove(key.as_str())?;
        }
        serde_json::from_str(value.get()).ok()
    };
    let reason = |value: &RawValue| -> Option<Reason> {
        let text = text_at(value)?;
        match refused {
            Reason::NotOneOf(_, words) if !words.contains(&text.as_str()) => {
                Some(Reason::NotOneOf(clip(&text), words))
            }
            Reason::BadDate(_) if Date::parse(&text).is_none() => Some(Reason::BadDate(clip(&text))),
            _ => None,
        }
    };
    let mut kept = Vec::new();
    let mut out = Vec::new();
    for (index, value) in serde_json::from_str::<Vec<&RawValue>>(list.get())
        .ok()?
        .into_iter()
        .enumerate()
    {
        match reason(value) {
            Some(r) => out.push((index, r)),
            None => kept.push(value),
        }
    }
    if !out.iter().any(|(index, _)| *index == at) {
        return None;
    }
    Some((serde_json::value::to_raw_value(&kept).ok()?, out))
}

/// The place in the file of the value at `index` of a list from which the values at `taken`
/// (places in the file, ascending) were taken out; the place joins them.
fn place_in_file(taken: &mut Vec<usize>, index: usize) -> usize {
    let mut place = index;
    for &t in taken.iter() {
        if t <= place {
            place += 1;
        }
    }
    let at = taken.partition_point(|&t| t < place);
    taken.insert(at, place);
    place
}

/// Reads a record; when it does not read, drops the optional field (or the one value of an
/// optional list) the parser stopped at, and tries again. A value its type refused (a date that
/// is not one, a word outside its vocabulary) goes alone, also inside an optional object
/// (`period.start`), with that reason; a required word so refused (an actor's `level`) is read
/// as the vocabulary's first word so that the rest of the record is still checked, and leaves the
/// record out. `Ok` has the record and the dropped values; `Err` the required field (or `""`)
/// that broke it. The fast path (a record that reads) costs one parse, as before.
pub(crate) fn read_tolerant<T: DeserializeOwned>(
    item: &RawValue,
    required: &[&str],
) -> Result<(T, Vec<Dropped>), Dropped> {
    let first = match serde_json::from_str::<T>(item.get()) {
        Ok(record) => return Ok((record, Vec::new())),
        Err(e) => e,
    };
    let Ok(members) = serde_json::from_str::<BTreeMap<String, Box<RawValue>>>(item.get()) else {
        return Err(split_unreadable(unreadable::<T>(item, first)));
    };
    // Only the reading is of the record's type: what to take out is decided once for all types.
    let mut tolerant = Tolerant {
        members,
        ..Tolerant::default()
    };
    loop {
        let text = serde_json::to_string(&tolerant.members).unwrap_or_default();
        match read_tracked::<T>(&text) {
            Ok(record) => return Ok((record, tolerant.dropped)),
            Err((path, shown, error)) => tolerant.take_out(&path, shown, &error, required)?,
        }
    }
}

/// A record being read again and again, each time without the value it stopped at.
#[derive(Default)]
struct Tolerant {
    members: BTreeMap<String, Box<RawValue>>,
    dropped: Vec<Dropped>,
    tries: usize,
    /// Per field, how many times a value was taken out of it, and for a list the places in the
    /// file of the values taken out of it (ascending).
    taken: BTreeMap<String, (usize, Vec<usize>)>,
}

impl Tolerant {
    /// Takes out the value at `path` (the parser's `error` there), or says why the record is
    /// left out (`shown`: the path as text).
    fn take_out(
        &mut self,
        path: &[Segment],
        shown: String,
        error: &serde_json::Error,
        required: &[&str],
    ) -> Result<(), Dropped> {
        let detail = without_position(error);
        let reason = reason_of(&detail);
        let field = match path.first() {
            Some(Segment::Key(key)) => key.clone(),
            _ => return Err(Dropped::new(String::new(), Reason::Unreadable(detail), true)),
        };
        if self.tries >= MOST_DROPS || !self.members.contains_key(&field) {
            return Err(Dropped::new(shown, reason, true));
        }
        self.tries += 1;
        let refused = !matches!(reason, Reason::Unreadable(_));
        if required.contains(&field.as_str()) {
            // A required word outside its vocabulary: read as the first word of it, so that the
            // record's other rules are still checked; the record is left out all the same.
            if let (Reason::NotOneOf(_, words), 1) = (&reason, path.len()) {
                if let Ok(word) = RawValue::from_string(format!("\"{}\"", words[0])) {
                    self.members.insert(field.clone(), word);
                    self.dropped.push(Dropped::new(field, reason, true));
                    return Ok(());
                }
            }
            return Err(Dropped::new(shown, reason, true));
        }
        let value = &self.members[&field];
        // A refused value inside an optional object (`period.start`, `accessibility.wheelchair`):
        // only it goes.
        if let (true, [_, Segment::Key(inner)]) = (refused, path) {
            let fewer = serde_json::from_str::<BTreeMap<String, Box<RawValue>>>(value.get())
                .ok()
                .filter(|m| m.contains_key(inner))
                .and_then(|mut m| {
                    m.remove(inner);
                    RawValue::from_string(serde_json::to_string(&m).ok()?).ok()
                });
            if let Some(object) = fewer {
                self.members.insert(field.clone(), object);
                self.dropped
                    .push(Dropped::new(format!("{field}.{inner}"), reason, false));
                return Ok(());
            }
        }
        let (count, places) = self.taken.entry(field.clone()).or_default();
        *count += 1;
        if let Some(&Segment::Index(index)) = path.get(1) {
            // Refused values in a list (words outside the vocabulary): every value of the list
            // refused so goes at once, each listed, so that many cost one more reading, not one
            // each. Any other value alone, up to a number of them.
            let taken = match refused
                .then(|| refuse_all(value, index, &path[2..], &reason))
                .flatten()
            {
                Some(all) => Some(all),
                None if *count <= MOST_DROPS_IN_A_LIST => {
                    without(value, index).map(|list| (list, vec![(index, reason)]))
                }
                None => None,
            };
            match taken {
                Some((list, out)) => {
                    self.members.insert(field.clone(), list);
                    for (k, (index, reason)) in out.into_iter().enumerate() {
                        // The k values before this one are out of the list already.
                        let place = place_in_file(places, index - k);
                        self.dropped.push(Dropped {
                            field: format!("{field}[{place}]"),
                            reason,
                            leaves_out: false,
                            place: Some((field.clone(), place)),
                        });
                    }
                    return Ok(());
                }
                // The list is dropped whole (the reason is that of its value that did not read).
                None => {
                    self.members.remove(&field);
                    self.dropped.push(Dropped::new(field, reason_of(&detail), false));
                    return Ok(());
                }
            }
        }
        self.members.remove(&field);
        self.dropped.push(Dropped::new(field, reason, false));
        Ok(())
    }
}

/// A list without its value at `index`; None when it does not read or has no such value.
fn without(list: &RawValue, index: usize) -> Option<Box<RawValue>> {
    let mut list = serde_json::from_str::<Vec<&RawValue>>(list.get()).ok()?;
    if index >= list.len() {
        return None;
    }
    list.remove(index);
    serde_json::value::to_raw_value(&list).ok()
}

/// One step of the path to the value a record's parser stopped at: a member, or a list's item.
#[derive(Debug, Clone, PartialEq)]
enum Segment {
    Key(String),
    Index(usize),
    /// An enum's variant (serde_path_to_error only).
    #[cfg_attr(not(feature = "field-paths"), allow(dead_code))]
    Other,
}

/// `phones[0].number`, as serde_path_to_error writes a path (`.` for none).
#[cfg_attr(feature = "field-paths", allow(dead_code))]
fn path_text(path: &[Segment]) -> String {
    let mut out = String::new();
    for s in path {
        match s {
            Segment::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Segment::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
            Segment::Other => out.push_str(".?"),
        }
    }
    if out.is_empty() {
        out.push('.');
    }
    out
}

/// Reads a record, and on failure says where in it the parser stopped. With the `field-paths`
/// feature (the CLI) serde_path_to_error follows the parser through the record's types; without
/// it (the app, where that second copy of every record type's reader cost about 60 KB of wasm)
/// the place of the error in the text is looked up in the text's members and lists
/// (`locate`), which names the same value for the errors serde_json reports at a value.
/// On failure: the path, the path as text (`phones[0].number`), the error.
type Tracked = (Vec<Segment>, String, serde_json::Error);

#[cfg(feature = "field-paths")]
fn read_tracked<T: DeserializeOwned>(text: &str) -> Result<T, Tracked> {
    let mut de = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize::<_, T>(&mut de).map_err(|tracked| {
        let path = tracked
            .path()
            .iter()
            .map(|s| match s {
                serde_path_to_error::Segment::Map { key } => Segment::Key(key.clone()),
                serde_path_to_error::Segment::Seq { index } => Segment::Index(*index),
                _ => Segment::Other,
            })
            .collect();
        let shown = tracked.path().to_string();
        (path, shown, tracked.into_inner())
    })
}

#[cfg(not(feature = "field-paths"))]
fn read_tracked<T: DeserializeOwned>(text: &str) -> Result<T, Tracked> {
    serde_json::from_str::<T>(text).map_err(|e| {
        let path = locate(text, &e);
        let shown = path_text(&path);
        (path, shown, e)
    })
}

/// The members and list items, outermost first, whose text holds the place `e` reports
/// (serde_json reports a wrong value at its first character or just after it, a missing field
/// just after its object).
#[cfg_attr(feature = "field-paths", allow(dead_code))]
fn locate(text: &str, e: &serde_json::Error) -> Vec<Segment> {
    let mut path = Vec::new();
    if e.line() == 0 {
        return path;
    }
    let line_start: usize = text.split_inclusive('\n').take(e.line() - 1).map(str::len).sum();
    let at = line_start + e.column();
    let base = text.as_ptr() as usize;
    let span = |raw: &RawValue| {
        let start = raw.get().as_ptr() as usize - base;
        (start, start + raw.get().len())
    };
    let mut value: &str = text;
    for _ in 0..64 {
        let trimmed = value.trim_start();
        let next = if trimmed.starts_with('{') {
            serde_json::from_str::<BTreeMap<String, &RawValue>>(value)
                .ok()
                .and_then(|members| {
                    members.into_iter().find_map(|(k, raw)| {
                        let (s, e) = span(raw);
                        (s <= at && at <= e).then(|| (Segment::Key(k), raw.get()))
                    })
                })
        } else if trimmed.starts_with('[') {
            serde_json::from_str::<Vec<&RawValue>>(value)
                .ok()
                .and_then(|items| {
                    items.into_iter().enumerate().find_map(|(i, raw)| {
                        let (s, e) = span(raw);
                        (s <= at && at <= e).then(|| (Segment::Index(i), raw.get()))
                    })
                })
        } else {
            None
        };
        match next {
            Some((segment, inner)) => {
                path.push(segment);
                value = inner;
            }
            None => break,
        }
    }
    path
}

/// `("languages", "invalid type: ...")` from `unreadable record: languages: invalid type: ...`:
/// a record that is not an object, left out.
fn split_unreadable(m: String) -> Dropped {
    let m = m.strip_prefix("unreadable record: ").unwrap_or(&m).to_string();
    match m.split_once(": ") {
        Some((path, rest)) if !path.contains(' ') => Dropped::new(path.to_string(), reason_of(rest), true),
        _ => Dropped::new(String::new(), Reason::Unreadable(m), true),
    }
}

/// `unreadable record: phones[0].number: invalid type: ...`: the serde message with the
/// field it is about. The path is found by a second, tracking pass, only on failure.
fn unreadable<T: DeserializeOwned>(item: &RawValue, e: serde_json::Error) -> String {
    match read_tracked::<T>(item.get()) {
        Err((path, shown, tracked)) if !path.is_empty() => {
            format!("unreadable record: {}: {}", shown, without_position(&tracked))
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
fn split_list<'a>(
    top: &BTreeMap<String, &'a RawValue>,
    key: &str,
    kind: RecordKind,
    v: &mut Validator,
) -> Vec<&'a RawValue> {
    let Some(raw) = top.get(key) else {
        return Vec::new();
    };
    serde_json::from_str::<Vec<&RawValue>>(raw.get()).unwrap_or_else(|_| {
        v.problem(kind, "*", "", Effect::LeftOut, Reason::NotAList);
        Vec::new()
    })
}

/// The id (or code) of a record that could not be read, when it has a readable one.
fn id_in(item: &RawValue, id_field: &str) -> Option<String> {
    let members = serde_json::from_str::<BTreeMap<String, &RawValue>>(item.get()).ok()?;
    serde_json::from_str::<String>(members.get(id_field)?.get()).ok()
}

/// Counts the records read and calls the pause every [`PAUSE_EVERY`].
struct Pacer<'a, 'p> {
    pause: &'a mut Pause<'p>,
    progress: LoadProgress,
}

impl Pacer<'_, '_> {
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

#[cfg(test)]
mod tests {
    /// `locate` (the app's way, without serde_path_to_error) names the same value as
    /// serde_path_to_error (the CLI's) for the kinds of error a record meets.
    #[cfg(feature = "field-paths")]
    #[test]
    fn locate_agrees_with_serde_path_to_error() {
        let cases = [
            r#"{"id":"s1","phones":[{"number":"1"},{"number":358}],"name":{"fi":"x"}}"#,
            r#"{"id":"s1","phones":[{"number":"1"},{"kind":"x"}]}"#,
            r#"{"id":"s1","location":{"lat":"north","lon":23.1}}"#,
            r#"{"id":"s1","languages":["fi", 7]}"#,
            r#"{"id": "s1",
  "channels": ["in_person", "carrier pigeon"],
  "name": {"fi": "x"}}"#,
            r#"{"id":"s1","name":{"fi":"x"},"municipality":"837","provider":"p","location":{"lat":61.5,"lon":23.7},"languages":["fi"],"topics":["work"],"hours":17}"#,
            r#"{"name":{"fi":"x"}}"#,
            r#"{"id":5}"#,
        ];
        for case in cases {
            let Err(e) = serde_json::from_str::<Service>(case) else {
                continue;
            };
            let (path, shown, _) = read_tracked::<Service>(case).expect_err("fails the same");
            let found = locate(case, &e);
            assert_eq!(found, path, "{case}: {e}");
            if !path.contains(&Segment::Other) {
                assert_eq!(path_text(&found), shown, "{case}");
            }
        }
        // A value its type refuses (a date, a word of a vocabulary; a source whose date is not
        // one, at the source): both ways name it, and it is the place `read_tolerant` drops.
        fn agree<T: DeserializeOwned>(case: &str, place: &str) {
            let e = serde_json::from_str::<T>(case).map(|_| ()).expect_err(case);
            let Err((path, shown, tracked)) = read_tracked::<T>(case) else {
                panic!("{case} reads when tracked");
            };
            assert_eq!(locate(case, &e), path, "{case}: {e}");
            assert_eq!(shown, place, "{case}");
            assert!(
                !matches!(reason_of(&without_position(&tracked)), Reason::Unreadable(_)),
                "{case}: {tracked}"
            );
        }
        let service = r#""id":"s1","name":{"fi":"x"},"municipality":"837","location":{"lat":61.5,"lon":23.7},"languages":["fi"]"#;
        agree::<Service>(
            &format!(r#"{{{service},"last_verified":"2026-13-45"}}"#),
            "last_verified",
        );
        agree::<Service>(
            &format!(r#"{{{service},"appointment":"maybe","email":"x"}}"#),
            "appointment",
        );
        agree::<Service>(
            &format!(r#"{{{service},"accessibility":{{"wheelchair":"wings","info":{{"en":"x"}}}}}}"#),
            "accessibility.wheelchair",
        );
        agree::<Service>(
            &format!(r#"{{{service},"channels":["phone","pigeon"]}}"#),
            "channels[1]",
        );
        agree::<Service>(
            &format!(
                r#"{{{service},"sources":[{{"url":"https://a.fi"}},{{"url":"https://b.fi","checked":"1.3.2026"}}]}}"#
            ),
            "sources[1]",
        );
        agree::<Service>(
            &format!(
                r#"{{{service},"sources":[{{"url":"https://b.fi","checked":"1.3.2026"}}],"topics":["work"]}}"#
            ),
            "sources[0]",
        );
        let actor = r#""id":"a","name":{"fi":"A"},"kind":"ngo""#;
        agree::<Actor>(&format!(r#"{{{actor},"level":"cosmic"}}"#), "level");
        agree::<Actor>(
            &format!(
                r#"{{{actor},"level":"local","relations":[{{"kind":"funds","target":"b"}},{{"kind":"bosses","target":"b"}}]}}"#
            ),
            "relations[1].kind",
        );
        agree::<Programme>(
            r#"{"id":"p","kind":"x","title":{"fi":"P"},"period":{"start":"2022-01-32","end":"2025-12-31"}}"#,
            "period.start",
        );
        agree::<Meta>(r#"{"published":"1.11.2026","sample":true}"#, "published");
    }

    use super::*;

    #[test]
    fn wrong_types_name_the_field() {
        let json = r#"{"format": "integration-atlas/1", "services": [
            {"id": "a", "name": {"en": "a"}, "municipality": "x", "location": {"lat": 60, "lon": 25}, "languages": "fi"},
            {"id": "b", "name": {"en": "b"}, "municipality": "x", "location": {"lat": 60, "lon": 25}, "languages": ["fi"], "phones": [{"number": 358}]},
            {"id": "c", "municipality": "x", "location": {"lat": 60, "lon": 25}}]}"#;
        let messages: Vec<String> = load(json)
            .unwrap()
            .problems
            .into_iter()
            .map(|p| p.message)
            .collect();
        assert!(
            messages[0].starts_with(
                "unreadable record: languages: invalid type: string \"fi\", expected a sequence"
            ),
            "{messages:?}"
        );
        // Record b is left out for its municipality; its unreadable phone is listed too.
        assert!(
            messages[1].starts_with("unreadable record: phones[0]: invalid type: integer `358`"),
            "{messages:?}"
        );
        assert!(
            messages[2].starts_with("municipality: \"x\" refers to no record"),
            "{messages:?}"
        );
        assert!(
            messages[3].starts_with("unreadable record: missing field `name`"),
            "{messages:?}"
        );
    }

    #[test]
    fn the_checked_records_outlive_their_text_and_index_as_load_does() {
        let json = dataset(&[service("a", ""), service("b", r#", "email": "not an address""#)]);
        let checked = run_to_end(check_pausing(&json, |_| std::future::ready(())));
        let loaded = load(&json).unwrap();
        // The text goes before the indexes are built (the app does this to lower its peak).
        drop(json);
        let indexed = checked.unwrap().index();
        assert_eq!(indexed.atlas.services, loaded.atlas.services);
        assert_eq!(indexed.problems, loaded.problems);
    }

    #[test]
    fn a_bad_optional_field_costs_only_itself() {
        let json = dataset(&[
            service(
                "bad-email",
                r#", "email": "not an address", "phones": [{"number": "+358 40 123 4567"}], "website": "https://example.org/""#,
            ),
            service(
                "hostile",
                r#", "website": "javascript:alert(1)", "email": "<b>@x", "opening_hours": "<img src=x>", "appointment": "maybe", "last_verified": "2026-13-45""#,
            ),
            service(
                "wrong-types",
                r#", "email": 42, "phones": [{"number": "+358 40 123 4567"}, {"number": 7}, "x"], "accessibility": "yes", "address": [1], "channels": ["phone", "pigeon"], "topics": ["Work", "work"]"#,
            ),
            service(
                "bad-lists",
                r#", "languages": ["fi", "Finnish"], "target_groups": ["all", ""]"#,
            ),
        ]);
        let loaded = load(&json).unwrap();
        let ids: Vec<&str> = loaded.atlas.services.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            ["bad-email", "hostile", "wrong-types", "bad-lists"],
            "{:#?}",
            loaded.problems
        );
        assert!(
            loaded.problems.iter().all(|p| p.effect == Effect::FieldDropped),
            "{:#?}",
            loaded.problems
        );
        assert_eq!(loaded.left_out(RecordKind::Service), 0);
        let s = |id: &str| loaded.atlas.service(id).unwrap();
        assert_eq!(s("bad-email").email, None);
        assert_eq!(
            (s("bad-email").phones.len(), s("bad-email").website.as_deref()),
            (1, Some("https://example.org/"))
        );
        let h = s("hostile");
        assert!(
            h.website.is_none()
                && h.email.is_none()
                && h.opening_hours.is_none()
                && h.appointment.is_none()
                && h.last_verified.is_none()
        );
        let w = s("wrong-types");
        assert_eq!(
            (w.email.as_deref(), w.phones.len(), w.accessibility.is_none()),
            (None, 1, true)
        );
        assert!(w.address.as_ref().is_none_or(|a| a.street.is_none()));
        assert_eq!(
            (w.channels.as_slice(), w.topics.as_slice()),
            (&[model::Channel::Phone][..], &["work".to_string()][..])
        );
        assert_eq!(s("bad-lists").languages, ["fi"]);
        let fields = |id: &str| -> Vec<(&str, &str)> {
            loaded
                .problems
                .iter()
                .filter(|p| p.id == id)
                .map(|p| (p.field.as_str(), p.reason.code()))
                .collect()
        };
        assert_eq!(fields("bad-email"), [("email", "bad_email")]);
        assert_eq!(
            fields("hostile"),
            [
                ("email", "bad_email"),
                ("website", "bad_url"),
                ("opening_hours", "bad_hours"),
                ("appointment", "not_one_of"),
                ("last_verified", "bad_date")
            ]
        );
        let wrong = fields("wrong-types");
        for f in ["email", "phones[1]", "accessibility", "channels[1]", "topics[0]"] {
            assert!(wrong.iter().any(|(field, _)| *field == f), "{f} in {wrong:?}");
        }
        assert_eq!(
            fields("bad-lists"),
            [
                ("languages[1]", "bad_language"),
                ("target_groups[1]", "not_a_word")
            ]
        );
        assert_eq!(loaded.dropped(RecordKind::Service), loaded.problems.len());
        // The quoted values are clipped and the messages name the field.
        assert_eq!(
            loaded.problems[0].message,
            "email: \"not an address\" is not an e-mail address"
        );
    }

    /// Dates and the words of closed vocabularies are typed in the model: a value its type
    /// refuses is dropped when the record is read, alone (inside an object too), and listed
    /// with the rule it breaks, as a field that breaks a rule is.
    #[test]
    fn a_bad_date_or_word_costs_only_its_field() {
        let json = r#"{"format": "integration-atlas/1",
            "meta": {"title": {"en": "T"}, "published": "1.11.2026", "sample": true},
            "areas": [{"id": "region:06", "kind": "region", "name": {"fi": "P"}, "valid_from": "2026-02-30", "valid_to": "2030-01-01"}],
            "municipalities": [{"code": "837", "name": {"fi": "Tampere"}, "location": {"lat": 61.5, "lon": 23.8}}],
            "actors": [
                {"id": "b", "name": {"fi": "B"}, "level": "local", "kind": "ngo"},
                {"id": "a", "name": {"fi": "A"}, "level": "national", "kind": "ministry", "valid_from": "2020-01-01", "valid_to": "2026-2-3",
                 "relations": [{"kind": "funds", "target": "b"}, {"kind": "bosses", "target": "b"}, {"kind": "steers", "target": "b"}],
                 "sources": [{"url": "https://a.fi", "checked": "2026-03-01"}, {"url": "https://b.fi", "checked": " 2026-01-01"}, {"url": "https://c.fi"}]}],
            "services": [{"id": "s", "name": {"en": "S"}, "municipality": "837", "location": {"lat": 61.5, "lon": 23.8}, "languages": ["fi"],
                 "channels": ["phone", "carrier_pigeon", "chat"], "appointment": "maybe",
                 "accessibility": {"wheelchair": "wings", "info": {"en": "A ramp"}}, "last_verified": "2026-13-45"}],
            "programmes": [{"id": "p", "kind": "integration_programme", "title": {"fi": "P"},
                 "period": {"start": "2022-01-32", "end": "2025-12-31"}, "adopted": {"date": "12.12.2022", "by": {"fi": "Valtuusto"}}}],
            "legislation": [{"id": "l", "number": "1/2000", "title": {"fi": "L"}, "in_force_from": "2025-01-01", "in_force_to": "2024-12-31x"}]}"#;
        let loaded = load(json).unwrap();
        let a = &loaded.atlas;
        assert_eq!(
            (
                a.areas.len(),
                a.actors.len(),
                a.services.len(),
                a.programmes.len(),
                a.legislation.len()
            ),
            (1, 2, 1, 1, 1),
            "{:#?}",
            loaded.problems
        );
        assert!(loaded.problems.iter().all(|p| p.effect == Effect::FieldDropped));
        let listed: Vec<(&str, &str, &str, Option<&str>)> = loaded
            .problems
            .iter()
            .map(|p| (p.id.as_str(), p.field.as_str(), p.reason.code(), p.reason.value()))
            .collect();
        assert_eq!(
            listed,
            [
                ("meta", "published", "bad_date", Some("1.11.2026")),
                ("region:06", "valid_from", "bad_date", Some("2026-02-30")),
                ("a", "valid_to", "bad_date", Some("2026-2-3")),
                ("a", "relations[1]", "not_one_of", Some("bosses")),
                ("a", "sources[1]", "bad_date", Some(" 2026-01-01")),
                ("s", "channels[1]", "not_one_of", Some("carrier_pigeon")),
                ("s", "appointment", "not_one_of", Some("maybe")),
                ("s", "accessibility.wheelchair", "not_one_of", Some("wings")),
                ("s", "last_verified", "bad_date", Some("2026-13-45")),
                ("p", "period.start", "bad_date", Some("2022-01-32")),
                ("p", "adopted.date", "bad_date", Some("12.12.2022")),
                ("l", "in_force_to", "bad_date", Some("2024-12-31x")),
            ]
        );
        // The messages are those of the rules (the CLI's report), the vocabulary's words in full.
        let message = |id: &str, field: &str| {
            loaded
                .problems
                .iter()
                .find(|p| p.id == id && p.field == field)
                .map(|p| p.message.clone())
                .unwrap()
        };
        assert_eq!(
            message("p", "period.start"),
            "period.start: \"2022-01-32\" is not an ISO date (YYYY-MM-DD)"
        );
        assert_eq!(
            message("s", "appointment"),
            "appointment: \"maybe\" is not one of none, recommended, required"
        );
        let channel = loaded.problems.iter().find(|p| p.field == "channels[1]").unwrap();
        assert_eq!(
            channel.reason,
            Reason::NotOneOf("carrier_pigeon".into(), model::Channel::WORDS)
        );
        // Everything else of each record is kept.
        let day = |s: &str| Date::parse(s);
        assert_eq!(a.meta.published, None);
        assert!(a.meta.sample);
        assert_eq!(
            (a.areas[0].valid_from, a.areas[0].valid_to),
            (None, day("2030-01-01"))
        );
        let actor = a.actor("a").unwrap();
        assert_eq!((actor.valid_from, actor.valid_to), (day("2020-01-01"), None));
        let relations: Vec<model::RelationKind> = actor.relations.iter().map(|r| r.kind).collect();
        assert_eq!(
            relations,
            [model::RelationKind::Funds, model::RelationKind::Steers]
        );
        let sources: Vec<&str> = actor.sources.iter().map(|s| s.url.as_str()).collect();
        assert_eq!(sources, ["https://a.fi", "https://c.fi"]);
        assert_eq!(actor.sources[0].checked, day("2026-03-01"));
        let s = &a.services[0];
        assert_eq!(s.channels, [model::Channel::Phone, model::Channel::Chat]);
        assert_eq!((s.appointment, s.last_verified), (None, None));
        let access = s.accessibility.as_ref().unwrap();
        assert_eq!(
            (access.wheelchair, access.info.as_ref().map(|i| i.get("en"))),
            (None, Some("A ramp"))
        );
        let p = &a.programmes[0];
        let period = p.period.as_ref().unwrap();
        assert_eq!((period.start, period.end), (None, day("2025-12-31")));
        let adopted = p.adopted.as_ref().unwrap();
        assert_eq!(
            (adopted.date, adopted.by.as_ref().map(|b| b.get("fi"))),
            (None, Some("Valtuusto"))
        );
        let l = &a.legislation[0];
        assert_eq!((l.in_force_from, l.in_force_to), (day("2025-01-01"), None));
        // What is kept reads again without a problem.
        let again = load(&a.to_json()).unwrap();
        assert_eq!(again.problems, vec![]);
    }

    /// A required word outside its vocabulary (an actor's `level`, `kind`) leaves the record out,
    /// and the record's other rules are still checked and listed, in their order.
    #[test]
    fn a_bad_required_word_leaves_the_record_out_with_every_reason() {
        let json = r#"{"format": "integration-atlas/1", "actors": [
            {"id": "BAD", "name": {"fi": "A"}, "level": "cosmic", "kind": "wizard", "website": "ftp://x", "valid_from": "x"},
            {"id": "b", "name": {"fi": "B"}, "level": "Local", "kind": "ngo"},
            {"id": "c", "name": {"fi": "C"}, "level": 5, "kind": "ngo"},
            {"id": "d", "name": {"fi": "D"}, "level": "local", "kind": "ngo"}]}"#;
        let loaded = load(json).unwrap();
        let ids: Vec<&str> = loaded.atlas.actors.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["d"]);
        let listed: Vec<(&str, &str, Effect, &str)> = loaded
            .problems
            .iter()
            .map(|p| (p.id.as_str(), p.field.as_str(), p.effect, p.reason.code()))
            .collect();
        assert_eq!(
            listed,
            [
                ("BAD", "id", Effect::LeftOut, "bad_id"),
                ("BAD", "level", Effect::LeftOut, "not_one_of"),
                ("BAD", "kind", Effect::LeftOut, "not_one_of"),
                ("BAD", "website", Effect::LeftOut, "bad_url"),
                ("BAD", "valid_from", Effect::LeftOut, "bad_date"),
                ("b", "level", Effect::LeftOut, "not_one_of"),
                // Not a text at all: the value's shape, as before.
                ("c", "level", Effect::LeftOut, "unreadable"),
            ]
        );
        assert_eq!(
            loaded.problems[5].reason,
            Reason::NotOneOf("Local".into(), model::Level::WORDS)
        );
        assert_eq!(
            loaded.problems[5].message,
            "level: \"Local\" is not one of national, regional, local, civil_society"
        );
        assert_eq!(loaded.left_out(RecordKind::Actor), 3);
    }

    /// Many words outside the vocabulary in one list are each dropped and listed at their place
    /// in the file (one more reading for all of them), the list's other values kept; the places
    /// count values taken out for another reason too.
    #[test]
    fn every_bad_word_of_a_list_is_listed_at_its_place() {
        let words: Vec<String> = (0..20).map(|i| format!("\"w{i}\"")).collect();
        let json = dataset(&[
            service(
                "many",
                &format!(
                    r#", "channels": [{}, "phone", {}, "video"]"#,
                    words[..12].join(", "),
                    words[12..].join(", ")
                ),
            ),
            service(
                "mixed",
                r#", "channels": ["x", 5, "y", "chat"], "phones": [{"number": "+358 40 123 4567"}, {"number": 1}, {"number": "0401234567"}, {"number": 2}, "+358 9 123"]"#,
            ),
        ]);
        let loaded = load(&json).unwrap();
        let many = loaded.atlas.service("many").unwrap();
        assert_eq!(many.channels, [model::Channel::Phone, model::Channel::Video]);
        let fields = |id: &str| -> Vec<(String, &str)> {
            loaded
                .problems
                .iter()
                .filter(|p| p.id == id)
                .map(|p| (p.field.clone(), p.reason.code()))
                .collect()
        };
        let expected: Vec<(String, &str)> = (0..12)
            .chain(13..21)
            .map(|i| (format!("channels[{i}]"), "not_one_of"))
            .collect();
        assert_eq!(fields("many"), expected);
        let mixed = loaded.atlas.service("mixed").unwrap();
        assert_eq!(mixed.channels, [model::Channel::Chat]);
        assert_eq!(mixed.phones.len(), 1);
        let listed = fields("mixed");
        for (field, code) in [
            ("channels[0]", "not_one_of"),
            ("channels[1]", "unreadable"),
            ("channels[2]", "not_one_of"),
            ("phones[1]", "unreadable"),
            ("phones[2]", "bad_phone"),
            ("phones[3]", "unreadable"),
            ("phones[4]", "unreadable"),
        ] {
            assert!(
                listed.contains(&(field.to_string(), code)),
                "{field} in {listed:?}"
            );
        }
        assert_eq!(listed.len(), 7, "{listed:?}");
    }

    #[test]
    fn only_id_name_required_references_and_location_leave_a_record_out() {
        let json = format!(
            r#"{{"format": "integration-atlas/1", "actors": [{{"id": "p", "name": {{"en": "P"}}, "level": "local", "kind": "ngo", "successors": ["gone"], "relations": [{{"kind": "steers", "target": "gone"}}, {{"kind": "funds", "target": "p"}}], "area": "nowhere", "valid_from": "2020-01-01", "valid_to": "2019-01-01"}}],
                "municipalities": [{{"code": "837", "name": {{"fi": "Tampere"}}, "location": {{"lat": 61.5, "lon": 23.8}}, "areas": ["nowhere"]}}],
                "services": [{},{},{},{},{},{}],
                "programmes": [{{"id": "prog", "kind": "integration_programme", "title": {{"fi": "X"}}, "responsible": "gone", "municipalities": ["837", "999"], "url": "ftp://x"}}]}}"#,
            service("BAD", ""),
            service("no-name", r#", "name": {}"#).replacen(r#""name": {"en": "no-name"}, "#, "", 1),
            service("far", "").replace("61.5", "52.5"),
            service("no-municipality", "").replace("\"837\"", "\"999\""),
            service("no-provider", r#", "provider": "gone""#),
            service("kept", r#", "provider": "p""#),
        );
        let loaded = load(&json).unwrap();
        let services: Vec<&str> = loaded.atlas.services.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(services, ["kept"], "{:#?}", loaded.problems);
        assert_eq!(loaded.left_out(RecordKind::Service), 5);
        let out: Vec<(&str, &str)> = loaded
            .problems
            .iter()
            .filter(|p| p.kind == RecordKind::Service)
            .map(|p| (p.id.as_str(), p.field.as_str()))
            .collect();
        assert_eq!(
            out,
            [
                ("BAD", "id"),
                ("no-name", "name"),
                ("far", "location"),
                ("no-municipality", "municipality"),
                ("no-provider", "provider")
            ]
        );
        // The actor keeps its valid relation and loses the dangling ones, its unknown area and the
        // end date before its start; the municipality and programme lose their bad references.
        let p = loaded.atlas.actor("p").unwrap();
        assert!(
            p.successors.is_empty() && p.relations.len() == 1 && p.area.is_none() && p.valid_to.is_none()
        );
        assert_eq!(loaded.dropped(RecordKind::Actor), 4, "{:#?}", loaded.problems);
        assert!(loaded.atlas.municipalities[0].areas.is_empty());
        let prog = &loaded.atlas.programmes[0];
        assert!(prog.responsible.is_none() && prog.url.is_none() && prog.municipalities == ["837"]);
        assert_eq!(loaded.dropped(RecordKind::Programme), 3);
    }

    #[test]
    fn what_is_kept_reads_again_without_a_problem() {
        let json = dataset(&[
            service(
                "a",
                r#", "email": "x", "phones": [{"number": 1}, {"number": "+358 40 1"}], "website": "javascript:x", "accessibility": {"wheelchair": "wings"}, "languages": ["fi", "Suomi"]"#,
            ),
            service(
                "b",
                r#", "opening_hours": "Mo 25:00-26:00", "address": {"street": {"Finnish": "x"}, "postal_code": 33100}"#,
            ),
        ]);
        let first = load(&json).unwrap();
        assert_eq!(
            (first.atlas.services.len(), first.left_out(RecordKind::Service)),
            (2, 0),
            "{:#?}",
            first.problems
        );
        let again = load(&first.atlas.to_json()).unwrap();
        assert_eq!(
            again.problems,
            vec![],
            "dropping is complete: nothing kept breaks a rule"
        );
        assert_eq!(again.atlas.services, first.atlas.services);
    }

    #[test]
    fn an_unreadable_meta_field_costs_only_itself() {
        let loaded = load(r#"{"format": "integration-atlas/1", "meta": {"title": {"en": "T"}, "sources": 5, "sample": true}}"#).unwrap();
        assert!(loaded.atlas.meta.sample);
        assert_eq!(loaded.atlas.meta.title.get("en"), "T");
        assert_eq!(
            (loaded.problems[0].field.as_str(), loaded.problems[0].effect),
            ("sources", Effect::FieldDropped)
        );
    }

    #[test]
    fn a_dataset_source_whose_address_is_not_http_loses_only_its_address() {
        let loaded = load(
            r#"{"format": "integration-atlas/1", "meta": {"sources": [
                {"name": {"en": "A"}, "url": "javascript:alert(1)"},
                {"name": {"en": "B"}, "url": "https://example.org/b"}]}}"#,
        )
        .unwrap();
        let sources = &loaded.atlas.meta.sources;
        assert_eq!(sources.len(), 2);
        assert_eq!(sources[0].url, None);
        assert_eq!(sources[1].url.as_deref(), Some("https://example.org/b"));
        assert_eq!(loaded.problems.len(), 1);
        let p = &loaded.problems[0];
        assert_eq!(
            (p.field.as_str(), p.effect),
            ("sources[0].url", Effect::FieldDropped)
        );
        assert_eq!(p.reason, Reason::BadUrl);
    }

    #[test]
    fn a_list_of_many_unreadable_values_is_dropped_whole_and_quickly() {
        let phones = vec![r#"{"number": 1}"#; 50_000].join(",");
        let json = dataset(&[service("many", &format!(r#", "phones": [{phones}]"#))]);
        let loaded = load(&json).unwrap();
        assert_eq!(loaded.atlas.services.len(), 1);
        assert!(loaded.atlas.services[0].phones.is_empty());
        assert!(
            loaded.problems.len() <= MOST_DROPS_IN_A_LIST + 1,
            "{}",
            loaded.problems.len()
        );
        assert_eq!(loaded.problems.last().unwrap().field, "phones");
    }

    fn service(id: &str, extra: &str) -> String {
        format!(
            r#"{{"id": "{id}", "name": {{"en": "{id}"}}, "municipality": "837", "location": {{"lat": 61.5, "lon": 23.8}}, "languages": ["fi"]{extra}}}"#
        )
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
        // The description is optional: it is dropped and the service kept.
        assert_eq!(
            ids,
            ["known-field", "unknown-field", "fine"],
            "{:?}",
            loaded.problems
        );
        assert!(loaded.atlas.services[0].description.is_none());
        assert_eq!(loaded.problems.len(), 1);
        assert_eq!(loaded.problems[0].id, "known-field");
        assert_eq!(loaded.problems[0].effect, Effect::FieldDropped);
        assert!(
            loaded.problems[0]
                .message
                .starts_with("description: unreadable: invalid type: sequence"),
            "{}",
            loaded.problems[0].message
        );
    }

    #[test]
    fn the_file_fails_as_a_whole_only_when_it_is_not_json_or_not_an_object() {
        let not_json = |r: Result<Loaded, LoadError>| matches!(r, Err(LoadError::NotJson(_)));
        assert!(not_json(load(&"[".repeat(100_000))));
        assert!(not_json(load(
            r#"{"format": "integration-atlas/1", "services": [{"id": "a",}]}"#
        )));
        assert!(not_json(load(r#"{"format": "integration-atlas/1"} x"#)));
        assert!(matches!(load("[1, 2]"), Err(LoadError::NotAtlas)));
        assert!(matches!(load(r#"{"format": 1}"#), Err(LoadError::NotAtlas)));
        assert!(matches!(
            load(r#"{"format": "integration-atlas/2"}"#),
            Err(LoadError::UnsupportedVersion(_))
        ));
        // A repeated member keeps its last value; a list that is not an array is a problem.
        let loaded = load(r#"{"format": "x", "format": "integration-atlas/1", "services": 3}"#).unwrap();
        assert_eq!(
            loaded.problems[0].message,
            "the list of services is not a JSON array; none was read"
        );
    }

    #[test]
    fn an_unreadable_record_keeps_its_id_and_its_message_has_no_position() {
        let json = dataset(&[r#"{"id": "x\u0031", "name": 7}"#.to_string(), "42".to_string()]);
        let problems = load(&json).unwrap().problems;
        assert_eq!((problems[0].id.as_str(), problems[1].id.as_str()), ("x1", "#2"));
        assert_eq!(
            problems[0].message,
            "unreadable record: name: invalid type: integer `7`, expected a map"
        );
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
        assert!(
            loaded.problems[0].message.contains("expected"),
            "{}",
            loaded.problems[0].message
        );
        assert_eq!(clip_message(r#"found "ab\"c" here"#), r#"found "ab\"c" here"#);
        let m = clip_message(&format!("x \"{long}\" y"));
        assert!(m.starts_with("x \"AAAA") && m.ends_with("…\" y"), "{m}");
        assert_eq!(clip_message(&"B".repeat(600)).chars().count(), 513);
    }
}
