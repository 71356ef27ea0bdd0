//! The static pack (SPEC §2 `pack_url`): what the finder and the other pages need of a dataset,
//! in one compact binary file made from a checked `integration-atlas/1` dataset, and every
//! service's full record in shards of JSON that a page fetches when it needs one (the model is
//! Pagefind's fragments: a phone downloads the list's data, never the descriptions and phone
//! numbers of a hundred thousand services).
//!
//! The JSON stays the one published contract. A pack names the SHA-256 and size of the file it
//! was made from, and a reader uses it only when the dataset's published digest (its `.sha256`)
//! is the same: a stale pack is refused. The reader is total: any bytes give a pack or a
//! [`PackError`], never a panic or a reservation larger than the bytes, and what it gives keeps
//! every rule `load` applies (the same checks run on it), so a damaged or forged pack is refused
//! as a whole and the caller reads the JSON instead.
//!
//! Layout: [`MAGIC`], the format's version as a little-endian `u16` (read before anything else,
//! so that a newer pack is told apart from a damaged one), then the body in postcard.

use crate::cluster::Places;
use crate::geo::LatLon;
use crate::load::{Checked, LoadError, LoadProgress, Problem, Reason, RecordKind, ServiceRules};
use crate::model::{self, Address, Appointment, Channel, Service, SourceRef};
use crate::overview::Overview;
use crate::text::{texts_from_entries, Lent, LocalisedText};
use crate::time::Date;
use crate::{Atlas, Effect};
use serde::{Deserialize, Serialize};
use std::future::Future;

/// The first bytes of every pack.
pub const MAGIC: &[u8; 8] = b"ATLSPACK";
/// The version this code writes and reads.
pub const VERSION: u16 = 2;
/// The oldest version it reads: version 1 is version 2 without the first view's overview (a
/// deployment's pack made before it keeps working, its map waiting for the pack as before).
pub const OLDEST_READ: u16 = 1;
/// Services per shard unless the maker is told otherwise: about 100 KB of JSON for the
/// generated records, one request for a service's page.
pub const SHARD_SIZE: u32 = 100;

/// The dataset file a pack was made from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    /// Its SHA-256, lower-case hex.
    pub sha256: String,
    /// Its length in bytes.
    pub bytes: u64,
}

/// What a reader learns of a pack besides its records.
#[derive(Debug, Clone, PartialEq)]
pub struct PackInfo {
    pub stamp: Stamp,
    /// Services per shard: service `i` is record `i % shard_size` of shard `i / shard_size`.
    pub shard_size: u32,
    /// A first view's clusters of all the dataset's services; empty in the pack itself.
    pub overview: Overview,
}

impl PackInfo {
    /// The shard that holds service `i`, and the record's place in it.
    pub fn shard_of(&self, i: usize) -> (usize, usize) {
        let n = self.shard_size.max(1) as usize;
        (i / n, i % n)
    }
}

/// Services of each UI language's first page in a pack's first view: the finder's list shows
/// twenty at a time (`src/pages/finder/result_list.rs`, `PAGE`).
pub const FIRST_VIEW_PAGE: usize = 20;

/// A made pack: its bytes, its shards' JSON texts in order (`shard_of`), and its first view.
pub struct Made {
    pub pack: Vec<u8>,
    pub shards: Vec<String>,
    /// A pack of its own of the same format and stamp, read by the same reader: what its list
    /// needs of the rest (`first_view_rest`), and of the services only the first page of the finder's unfiltered list in
    /// each UI language (its first [`FIRST_VIEW_PAGE`] by name), in the dataset's order, so that
    /// their order among themselves is theirs among all. The finder shows that page while the
    /// whole pack comes and is read (at 100,000 services, a few dozen kilobytes against megabytes),
    /// and its map the clusters of all the services ([`Overview`]).
    pub first_view: Vec<u8>,
}

/// Why a pack was not used; the caller reads the dataset's JSON instead.
#[derive(Debug, Clone, PartialEq)]
pub enum PackError {
    /// The bytes do not start as a pack.
    NotAPack,
    /// A pack of another version of this format.
    Version(u16),
    /// Made from another file than the dataset published now.
    Stale,
    /// Cut short or damaged: it does not decode.
    Unreadable,
    /// It decodes, but a record breaks a rule of the dataset format (damaged or forged).
    BreaksARule(String),
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotAPack => write!(f, "not an Integration Atlas pack"),
            Self::Version(v) => write!(
                f,
                "a pack of version {v}; this reader knows versions {OLDEST_READ} to {VERSION}"
            ),
            Self::Stale => write!(f, "made from another version of the dataset"),
            Self::Unreadable => write!(f, "cut short or damaged"),
            Self::BreaksARule(m) => write!(f, "a record breaks a rule: {m}"),
        }
    }
}

/// The digest a `sha256sum` line names (`<64 hex>  <file>`), lower-case.
pub fn digest_in_sums(text: &str) -> Option<String> {
    let hex = text.split_whitespace().next()?;
    (hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit())).then(|| hex.to_ascii_lowercase())
}

/// Makes the pack of a checked dataset's records (`Checked::records`; no indexes needed) and
/// problems, read from the file `stamp` names.
pub fn make(d: &model::Dataset, problems: &[Problem], stamp: Stamp, shard_size: u32) -> Made {
    let shard_size = shard_size.max(1);
    let rest = model::Dataset {
        format: model::FORMAT.into(),
        meta: d.meta.clone(),
        areas: d.areas.clone(),
        municipalities: d.municipalities.clone(),
        actors: d.actors.clone(),
        services: Vec::new(),
        programmes: d.programmes.clone(),
        legislation: d.legislation.clone(),
    };
    let rest = serde_json::to_string(&rest).unwrap_or_default();
    let mut first: Vec<u32> = crate::UI_LANGUAGES
        .iter()
        .flat_map(|lang| {
            crate::atlas::by_name(&d.services, lang)
                .into_iter()
                .take(FIRST_VIEW_PAGE)
        })
        .collect();
    first.sort_unstable();
    first.dedup();
    let first_rest = serde_json::to_string(&first_view_rest(d, &first)).unwrap_or_default();
    let first_view = encode(&Body {
        stamp: stamp.clone(),
        shard_size,
        rest: first_rest,
        services: first
            .iter()
            .map(|&i| PackedService::from(&d.services[i as usize]))
            .collect(),
        problems: Vec::new(),
        overview: Overview::of(&Places::new(d.services.iter().map(|s| s.location))),
    });
    let pack = encode(&Body {
        stamp,
        shard_size,
        rest,
        services: d.services.iter().map(PackedService::from).collect(),
        problems: problems.iter().map(PackedProblem::from).collect(),
        overview: Overview::default(),
    });
    let shards = d
        .services
        .chunks(shard_size as usize)
        .map(|chunk| serde_json::to_string(chunk).unwrap_or_default())
        .collect();
    Made {
        pack,
        shards,
        first_view,
    }
}

/// Everything but the services as the first view keeps it: what its list needs to be read and
/// checked (the meta and areas), of the municipalities only its services' (a list names each
/// service's municipality; the finder's place filter is not drawn before the pack), and of the
/// actors only its services' providers (a service must name one), as a list may name them: their
/// names, level and kind, without the descriptions, tasks and links to other actors that only the
/// actors' pages show, from the pack. At 100,000 services this is a tenth of the whole rest, which
/// a cheap phone took 0.3 s to read; reading all 308 municipalities was still a third of the first
/// view's reading at 10,000 services.
fn first_view_rest(d: &model::Dataset, first: &[u32]) -> model::Dataset {
    let services = || first.iter().map(|&i| &d.services[i as usize]);
    let providers: std::collections::HashSet<&str> =
        services().filter_map(|s| s.provider.as_deref()).collect();
    let places: std::collections::HashSet<&str> = services().map(|s| s.municipality.as_str()).collect();
    let actors = d
        .actors
        .iter()
        .filter(|a| providers.contains(a.id.as_str()))
        .map(|a| model::Actor {
            short_name: a.short_name.clone(),
            illustrative: a.illustrative,
            ..model::Actor::named(a.id.clone(), a.name.clone(), a.level, a.kind)
        })
        .collect();
    let municipalities = d
        .municipalities
        .iter()
        .filter(|m| places.contains(m.code.as_str()))
        .cloned()
        .collect();
    model::Dataset {
        format: model::FORMAT.into(),
        meta: d.meta.clone(),
        areas: d.areas.clone(),
        municipalities,
        actors,
        services: Vec::new(),
        programmes: Vec::new(),
        legislation: Vec::new(),
    }
}

/// A pack's bytes: the magic, the version, the body.
fn encode<S: Serialize>(body: &Body<S>) -> Vec<u8> {
    let mut pack = MAGIC.to_vec();
    pack.extend_from_slice(&VERSION.to_le_bytes());
    // Writing plain data into a Vec cannot fail.
    pack.extend(postcard::to_allocvec(body).unwrap_or_default());
    pack
}

/// Reads a pack (taking its bytes, which it lets go once decoded) whose dataset's published
/// digest is `published_sha256`: its records, checked
/// (with the problems `load` found in the dataset when the pack was made), ready for
/// [`Checked::index`]. `pause` is awaited every [`crate::load::PAUSE_EVERY`] services, as in
/// [`crate::check_pausing`].
pub async fn open_pausing<F, P>(
    bytes: Vec<u8>,
    published_sha256: &str,
    pause: F,
) -> Result<(Checked, PackInfo), PackError>
where
    F: FnMut(LoadProgress) -> P,
    P: Future<Output = ()>,
{
    let len = bytes.len();
    let read = move |at: usize, out: &mut [u8]| out.copy_from_slice(&bytes[at..at + out.len()]);
    open_from_pausing(len, read, published_sha256, pause).await
}

/// [`open_pausing`] from a pack of `len` bytes held elsewhere (the app: in the browser's memory,
/// where it was inflated), of which `read(at, out)` copies `out.len()` bytes from offset `at`.
/// They are read a chunk at a time, so that the whole pack is never in this memory beside the
/// records made from it (at 100,000 services, 33 MB at the high-water mark); `read` is let go
/// once the pack is decoded. The answer is the same as from the bytes at once.
pub async fn open_from_pausing<R, F, P>(
    len: usize,
    read: R,
    published_sha256: &str,
    pause: F,
) -> Result<(Checked, PackInfo), PackError>
where
    R: FnMut(usize, &mut [u8]),
    F: FnMut(LoadProgress) -> P,
    P: Future<Output = ()>,
{
    open_in_chunks(len, read, CHUNK, published_sha256, pause).await
}

/// [`open_from_pausing`], copying `chunk` bytes at a time.
async fn open_in_chunks<R, F, P>(
    len: usize,
    read: R,
    chunk: usize,
    published_sha256: &str,
    mut pause: F,
) -> Result<(Checked, PackInfo), PackError>
where
    R: FnMut(usize, &mut [u8]),
    F: FnMut(LoadProgress) -> P,
    P: Future<Output = ()>,
{
    let (head, services, problems, overview) = decode(Chunks::new(len, read, chunk))?;
    if !head.stamp.sha256.eq_ignore_ascii_case(published_sha256.trim()) {
        return Err(PackError::Stale);
    }
    let mut checked = crate::check_pausing(&head.rest, |_| std::future::ready(()))
        .await
        .map_err(|e| match e {
            LoadError::NotJson(_) | LoadError::NotAtlas | LoadError::UnsupportedVersion(_) => {
                PackError::Unreadable
            }
        })?;
    if let Some(p) = checked.problems.first() {
        return Err(PackError::BreaksARule(p.message.clone()));
    }
    let total = services.len();
    let mut services = services;
    {
        let d = &checked.records;
        let mut rules = ServiceRules::new(&d.actors, &d.municipalities);
        for (done, s) in services.iter_mut().enumerate() {
            if done % crate::load::PAUSE_EVERY == 0 {
                pause(LoadProgress { done, total }).await;
            }
            rules.check(s).map_err(|p| PackError::BreaksARule(p.message))?;
        }
    }
    pause(LoadProgress { done: total, total }).await;
    checked.records.services = services;
    checked.problems = problems
        .into_iter()
        .map(PackedProblem::into_problem)
        .collect::<Option<_>>()
        .ok_or(PackError::Unreadable)?;
    let info = PackInfo {
        stamp: head.stamp,
        shard_size: head.shard_size.max(1),
        overview,
    };
    Ok((checked, info))
}

/// A service read from the pack and made a record at once, one at a time: the packed form of
/// all of them is never held beside the records (at 100,000 services, tens of megabytes more
/// at the memory's high-water mark).
#[derive(Deserialize)]
#[serde(try_from = "PackedService")]
struct Unpacked(Service);

impl TryFrom<PackedService> for Unpacked {
    type Error = PackError;
    fn try_from(p: PackedService) -> Result<Self, PackError> {
        p.into_service().map(Unpacked)
    }
}

/// The fewest bytes a packed service takes: a byte for each field's length or tag (an empty text
/// or list, a missing value), eight for each coordinate. The services' list is reserved for no
/// more than the pack's remaining bytes could hold, whatever count it claims.
const LEAST_PACKED_SERVICE: usize = 30;

/// A pack's bytes, copied a chunk at a time from where they are held.
struct Chunks<R> {
    read: R,
    len: usize,
    /// How many of the pack's bytes have been copied into `buf`.
    copied: usize,
    buf: Vec<u8>,
    /// Where the next value starts in `buf`.
    at: usize,
    /// The bytes copied at a time (more when one value is longer).
    chunk: usize,
}

/// The bytes copied at a time by the app's reader.
const CHUNK: usize = 1 << 20;

impl<R: FnMut(usize, &mut [u8])> Chunks<R> {
    fn new(len: usize, read: R, chunk: usize) -> Self {
        Self {
            read,
            len,
            copied: 0,
            buf: Vec::new(),
            at: 0,
            chunk: chunk.max(1),
        }
    }

    /// The bytes not yet copied or read.
    fn remaining(&self) -> usize {
        self.len - self.copied + (self.buf.len() - self.at)
    }

    /// Copies more of the pack after what is left unread: a chunk, or as much as is left unread
    /// (so a long value is tried again a bounded number of times). False at the pack's end.
    fn more(&mut self) -> bool {
        if self.copied == self.len {
            return false;
        }
        self.buf.drain(..self.at);
        self.at = 0;
        let n = self.chunk.max(self.buf.len()).min(self.len - self.copied);
        let start = self.buf.len();
        self.buf.resize(start + n, 0);
        (self.read)(self.copied, &mut self.buf[start..]);
        self.copied += n;
        true
    }

    /// The next value; a value cut by the chunk's end is read again with more bytes.
    fn take<T: serde::de::DeserializeOwned>(&mut self) -> Result<T, PackError> {
        loop {
            let tried = postcard::take_from_bytes::<T>(&self.buf[self.at..]).map(|(v, rest)| (v, rest.len()));
            match tried {
                Ok((value, left)) => {
                    self.at = self.buf.len() - left;
                    return Ok(value);
                }
                Err(postcard::Error::DeserializeUnexpectedEnd) if self.more() => {}
                Err(_) => return Err(PackError::Unreadable),
            }
        }
    }

    /// The first bytes, which `take` does not read: at most `n`, fewer at the pack's end.
    fn first(&mut self, n: usize) -> &[u8] {
        while self.buf.len() - self.at < n && self.more() {}
        let end = (self.at + n).min(self.buf.len());
        let start = self.at;
        self.at = end;
        &self.buf[start..end]
    }
}

/// The body's first fields (`Body`'s, read before its services).
#[derive(Deserialize)]
struct Head {
    stamp: Stamp,
    shard_size: u32,
    rest: String,
}

/// Decodes a pack: the body's head, its services (each made a record as it is read), its
/// problems and its overview, as `Body` writes them.
fn decode<R: FnMut(usize, &mut [u8])>(
    mut bytes: Chunks<R>,
) -> Result<(Head, Vec<Service>, Vec<PackedProblem>, Overview), PackError> {
    if bytes.first(MAGIC.len()) != MAGIC.as_slice() {
        return Err(PackError::NotAPack);
    }
    let version: [u8; 2] = bytes.first(2).try_into().map_err(|_| PackError::NotAPack)?;
    let version = u16::from_le_bytes(version);
    if !(OLDEST_READ..=VERSION).contains(&version) {
        return Err(PackError::Version(version));
    }
    let head: Head = bytes.take()?;
    // A list's length is written as a varint, as a u64 is.
    let count = usize::try_from(bytes.take::<u64>()?).map_err(|_| PackError::Unreadable)?;
    let mut services = Vec::with_capacity(count.min(bytes.remaining() / LEAST_PACKED_SERVICE));
    for _ in 0..count {
        services.push(bytes.take::<Unpacked>()?.0);
    }
    services.shrink_to_fit();
    let problems = bytes.take()?;
    let overview: Overview = if version >= 2 {
        bytes.take()?
    } else {
        Overview::default()
    };
    if !overview.is_sound() {
        return Err(PackError::Unreadable);
    }
    Ok((head, services, problems, overview))
}

/// Service `i`'s full record from its shard's text (`PackInfo::shard_of`), checked as a record
/// of the dataset: none when the shard does not hold a service of that id that keeps every rule.
pub fn service_in_shard(shard: &str, place: usize, atlas: &Atlas, i: usize) -> Option<Service> {
    let expected = atlas.services.get(i)?;
    let records: Vec<&serde_json::value::RawValue> = serde_json::from_str(shard).ok()?;
    let item = records.get(place)?;
    let (mut s, dropped) = crate::load::read_tolerant::<Service>(item, &[]).ok()?;
    if !dropped.is_empty() || s.id != expected.id {
        return None;
    }
    ServiceRules::new(&atlas.actors, &atlas.municipalities)
        .check(&mut s)
        .ok()?;
    Some(s)
}

/// The pack's body: written with `PackedService`s; read by `decode` field by field, as `Head`,
/// then each service as an `Unpacked` one (the same bytes), then the problems.
#[derive(Serialize)]
struct Body<S> {
    stamp: Stamp,
    shard_size: u32,
    /// Everything but the services, as an `integration-atlas/1` document: small at any scale,
    /// read by `check_pausing` like any file.
    rest: String,
    services: Vec<S>,
    /// What `load` left out of the dataset or dropped, for the data page.
    problems: Vec<PackedProblem>,
    /// In a first view, the map's clusters of all the services; empty in the pack itself.
    overview: Overview,
}

/// Localised text as a list of (code, text) pairs (postcard reads no maps it cannot size; pairs
/// are as compact), read straight into a text without a string of its own per pair.
struct Pairs(LocalisedText);

impl Serialize for Pairs {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut list = s.serialize_seq(Some(self.0 .0.len()))?;
        for pair in self.0 .0.iter() {
            list.serialize_element(&pair)?;
        }
        list.end()
    }
}

impl<'de> Deserialize<'de> for Pairs {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct List;
        impl<'de> serde::de::Visitor<'de> for List {
            type Value = Pairs;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list of pairs")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Pairs, A::Error> {
                texts_from_entries(|| seq.next_element::<(Lent<'de>, Lent<'de>)>()).map(Pairs)
            }
        }
        d.deserialize_seq(List)
    }
}

fn pairs(t: &LocalisedText) -> Pairs {
    Pairs(t.clone())
}

fn text(p: Pairs) -> LocalisedText {
    p.0
}

/// A service as the finder, its map, the network view and the data page read it: everything
/// but the description, phones, e-mail, website and accessibility, which only the service's own
/// page shows (from its shard).
#[derive(Serialize, Deserialize)]
struct PackedService {
    id: String,
    name: Pairs,
    provider: Option<String>,
    municipality: String,
    address: Option<(Option<Pairs>, Option<String>, Option<Pairs>)>,
    lat: f64,
    lon: f64,
    channels: Vec<u8>,
    languages: Vec<String>,
    opening_hours: Option<String>,
    appointment: Option<u8>,
    target_groups: Vec<String>,
    topics: Vec<String>,
    last_verified: Option<String>,
    illustrative: bool,
    sources: Vec<(String, Option<Pairs>, Option<String>)>,
}

impl From<&Service> for PackedService {
    fn from(s: &Service) -> Self {
        Self {
            id: s.id.clone(),
            name: pairs(&s.name),
            provider: s.provider.clone(),
            municipality: s.municipality.clone(),
            address: s.address.as_ref().map(|a| {
                (
                    a.street.as_ref().map(pairs),
                    a.postal_code.clone(),
                    a.post_office.as_ref().map(pairs),
                )
            }),
            lat: s.location.lat,
            lon: s.location.lon,
            channels: s.channels.iter().map(|c| *c as u8).collect(),
            languages: s.languages.clone(),
            opening_hours: s.opening_hours.clone(),
            appointment: s.appointment.map(|a| a as u8),
            target_groups: s.target_groups.clone(),
            topics: s.topics.clone(),
            last_verified: s.last_verified.map(|d| d.to_string()),
            illustrative: s.illustrative,
            sources: s
                .sources
                .iter()
                .map(|r| {
                    (
                        r.url.clone(),
                        r.title.as_ref().map(pairs),
                        r.checked.map(|d| d.to_string()),
                    )
                })
                .collect(),
        }
    }
}

fn date(d: Option<String>) -> Result<Option<Date>, PackError> {
    d.map(|d| Date::parse(&d).ok_or(PackError::Unreadable))
        .transpose()
}

fn word<T: Copy>(all: &[T], i: u8) -> Result<T, PackError> {
    all.get(usize::from(i)).copied().ok_or(PackError::Unreadable)
}

impl PackedService {
    fn into_service(self) -> Result<Service, PackError> {
        Ok(Service {
            id: self.id,
            name: text(self.name),
            description: None,
            provider: self.provider,
            municipality: self.municipality,
            address: self.address.map(|(street, postal_code, post_office)| Address {
                street: street.map(text),
                postal_code,
                post_office: post_office.map(text),
            }),
            location: LatLon::new(self.lat, self.lon),
            channels: self
                .channels
                .into_iter()
                .map(|c| word(Channel::ALL, c))
                .collect::<Result<_, _>>()?,
            languages: self.languages,
            phones: Vec::new(),
            email: None,
            website: None,
            opening_hours: self.opening_hours,
            appointment: self.appointment.map(|a| word(Appointment::ALL, a)).transpose()?,
            target_groups: self.target_groups,
            topics: self.topics,
            accessibility: None,
            last_verified: date(self.last_verified)?,
            illustrative: self.illustrative,
            sources: self
                .sources
                .into_iter()
                .map(|(url, title, checked)| {
                    Ok(SourceRef {
                        url,
                        title: title.map(text),
                        checked: date(checked)?,
                    })
                })
                .collect::<Result<_, PackError>>()?,
        })
    }
}

/// A problem as the pack keeps it: its reason by code, value and (for a word outside a closed
/// vocabulary) the vocabulary's words.
#[derive(Serialize, Deserialize)]
struct PackedProblem {
    kind: u8,
    id: String,
    field: String,
    left_out: bool,
    code: String,
    value: Option<String>,
    allowed: Vec<String>,
    message: String,
}

impl From<&Problem> for PackedProblem {
    fn from(p: &Problem) -> Self {
        let allowed = match &p.reason {
            Reason::NotOneOf(_, words) => words.iter().map(|w| w.to_string()).collect(),
            _ => Vec::new(),
        };
        Self {
            kind: RecordKind::ALL.iter().position(|k| *k == p.kind).unwrap_or(0) as u8,
            id: p.id.clone(),
            field: p.field.clone(),
            left_out: p.effect == Effect::LeftOut,
            code: p.reason.code().into(),
            value: p.reason.value().map(str::to_string),
            allowed,
            message: p.message.clone(),
        }
    }
}

impl PackedProblem {
    fn into_problem(self) -> Option<Problem> {
        Some(Problem {
            kind: *RecordKind::ALL.get(usize::from(self.kind))?,
            id: self.id,
            field: self.field,
            effect: if self.left_out {
                Effect::LeftOut
            } else {
                Effect::FieldDropped
            },
            reason: Reason::from_parts(&self.code, self.value, &self.allowed)?,
            message: self.message,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DIGEST: &str = "5f0c0a1b2c3d4e5f60718293a4b5c6d7e8f901122334455667788990abbccdde";

    fn made() -> Made {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../public/data/atlas.json"
        ))
        .expect("the published dataset");
        let checked = crate::check(&text).unwrap();
        let stamp = Stamp {
            sha256: DIGEST.into(),
            bytes: 1,
        };
        make(&checked.records, &checked.problems, stamp, 100)
    }

    /// What a reader gives, comparable: the records, the problems and the pack's stamp, or why not.
    fn opened(bytes: &[u8], chunk: usize) -> Result<(model::Dataset, Vec<Problem>, Stamp), PackError> {
        let read = |at: usize, out: &mut [u8]| out.copy_from_slice(&bytes[at..at + out.len()]);
        let future = open_in_chunks(bytes.len(), read, chunk, DIGEST, |_| std::future::ready(()));
        let mut future = std::pin::pin!(future);
        let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
        match future.as_mut().poll(&mut cx) {
            std::task::Poll::Ready(r) => r.map(|(c, info)| (c.records, c.problems, info.stamp)),
            std::task::Poll::Pending => panic!("the reader waited on a ready pause"),
        }
    }

    #[test]
    fn read_in_chunks_a_pack_gives_what_it_gives_at_once() {
        let pack = made().pack;
        let whole = opened(&pack, pack.len()).expect("the pack opens");
        assert!(whole.0.services.len() > 10);
        let rest = model::Dataset {
            services: Vec::new(),
            ..whole.0.clone()
        };
        assert!(serde_json::to_string(&rest).unwrap().len() > 4096 * 2);
        // Chunks that cut values anywhere, a value longer than a chunk (the rest of the dataset)
        // among them.
        for chunk in [1, 2, 7, 64, 1000, 4096, pack.len() - 1, CHUNK] {
            assert_eq!(opened(&pack, chunk), Ok(whole.clone()), "chunks of {chunk}");
        }
    }

    #[test]
    fn read_in_chunks_a_cut_or_damaged_pack_gives_what_it_gives_at_once() {
        let pack = made().pack;
        let n = pack.len();
        for cut in (0..n).step_by(n / 40).chain([1, 8, 9, 10, 11, n - 1]) {
            let cut = &pack[..cut];
            let at_once = opened(cut, cut.len().max(1));
            assert!(at_once.is_err(), "a cut at {}", cut.len());
            for chunk in [1, 3, 100] {
                assert_eq!(
                    opened(cut, chunk),
                    at_once,
                    "a cut at {} in chunks of {chunk}",
                    cut.len()
                );
            }
        }
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..60 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mut damaged = pack.clone();
            let at = (seed as usize) % n;
            damaged[at] ^= (seed >> 32) as u8 | 1;
            let at_once = opened(&damaged, n);
            for chunk in [5, 333] {
                assert_eq!(opened(&damaged, chunk), at_once, "byte {at} in chunks of {chunk}");
            }
        }
    }

    #[test]
    fn a_text_is_written_and_read_as_a_list_of_pairs() {
        // The layout of version 1: a list of (code, text) string pairs, as a map of strings wrote.
        let t = LocalisedText::new(&[("sv", "Tammerfors"), ("fi", "Tampere"), ("uk", "Тампере")]);
        let as_pairs: Vec<(String, String)> = t.0.iter().map(|(c, x)| (c.into(), x.into())).collect();
        let bytes = postcard::to_allocvec(&Pairs(t.clone())).unwrap();
        assert_eq!(bytes, postcard::to_allocvec(&as_pairs).unwrap());
        assert_eq!(postcard::from_bytes::<Pairs>(&bytes).unwrap().0, t);
        // Pairs out of order, a code twice: read as the JSON reader reads an object.
        let unsorted = vec![("sv", "a"), ("fi", "b"), ("sv", "c")];
        let read = postcard::from_bytes::<Pairs>(&postcard::to_allocvec(&unsorted).unwrap()).unwrap();
        assert_eq!(read.0, LocalisedText::new(&[("fi", "b"), ("sv", "c")]));
    }

    #[test]
    fn a_count_beyond_the_bytes_reserves_no_more_than_they_hold() {
        // The least packed service is as long as the reservation assumes.
        let least = PackedService {
            id: String::new(),
            name: Pairs(LocalisedText::default()),
            provider: None,
            municipality: String::new(),
            address: None,
            lat: 0.0,
            lon: 0.0,
            channels: Vec::new(),
            languages: Vec::new(),
            opening_hours: None,
            appointment: None,
            target_groups: Vec::new(),
            topics: Vec::new(),
            last_verified: None,
            illustrative: false,
            sources: Vec::new(),
        };
        assert_eq!(postcard::to_allocvec(&least).unwrap().len(), LEAST_PACKED_SERVICE);
        // A head, then a count of a billion services and nothing after it: refused as cut
        // short, without reserving room for a billion.
        let head = empty_body();
        let mut pack = MAGIC.to_vec();
        pack.extend_from_slice(&VERSION.to_le_bytes());
        let body = postcard::to_allocvec(&head).unwrap();
        // The body's last three bytes are its empty lists' lengths (services, problems, the
        // overview's levels).
        pack.extend_from_slice(&body[..body.len() - 3]);
        pack.extend_from_slice(&postcard::to_allocvec(&1_000_000_000u64).unwrap());
        pack.extend(std::iter::repeat_n(0u8, 300));
        assert_eq!(opened(&pack, 64), Err(PackError::Unreadable));
    }

    /// A pack's body with nothing in it.
    fn empty_body() -> Body<PackedService> {
        Body {
            stamp: Stamp {
                sha256: DIGEST.into(),
                bytes: 1,
            },
            shard_size: 100,
            rest: String::new(),
            services: Vec::new(),
            problems: Vec::new(),
            overview: Overview::default(),
        }
    }

    #[test]
    fn a_forged_overview_is_refused() {
        // An overview as postcard writes one: its levels, each a zoom and its points.
        type Levels = Vec<(u8, Vec<(f32, f32, u32)>)>;
        let pack_with = |levels: Levels| {
            let head = empty_body();
            let mut pack = encode(&head);
            pack.pop();
            pack.extend(postcard::to_allocvec(&levels).unwrap());
            pack
        };
        let decoded = |pack: &[u8]| {
            decode(Chunks::new(
                pack.len(),
                |at, out: &mut [u8]| out.copy_from_slice(&pack[at..at + out.len()]),
                64,
            ))
            .map(|(.., overview)| overview)
        };
        let sound = decoded(&pack_with(vec![
            (5, vec![(60.2, 24.9, 2), (65.0, 25.5, 1)]),
            (6, vec![(60.2, 24.9, 3)]),
        ]));
        assert_eq!(sound.map(|o| o.at(5.0).map(<[_]>::len)), Ok(Some(2)));
        for forged in [
            vec![(5, vec![(60.2, 24.9, 0)])],
            vec![(5, vec![(60.2, 24.9, 2)]), (6, vec![(60.2, 24.9, 3)])],
            vec![(5, vec![(f32::NAN, 24.9, 1)])],
            vec![(5, vec![(10.0, 24.9, 1)])],
            vec![(200, vec![(60.2, 24.9, 1)])],
            vec![(6, vec![(60.2, 24.9, 1)]), (5, vec![(60.2, 24.9, 1)])],
        ] {
            assert_eq!(
                decoded(&pack_with(forged.clone())),
                Err(PackError::Unreadable),
                "{forged:?}"
            );
        }
    }
}
