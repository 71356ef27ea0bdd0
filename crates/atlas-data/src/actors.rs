//! The actors that follow from the municipality reference CSV: every
//! municipality, the ELY Centres (until 2025) and the Economic Development
//! Centres (elinvoimakeskukset, ids `vitality-centre:N`, from 2026), the TE Offices (until 2024) and the employment areas (from 2025), the
//! Regional State Administrative Agencies, the regional councils and the
//! wellbeing services counties, with their successors and the relations between
//! them and the hand-written actors of `data/sources/actors.json`.
//!
//! Rules, in order:
//! - A source record always wins: nothing is generated for an area or a
//!   municipality that a source actor already stands for (a `municipality`
//!   actor with that single municipality; any actor with that `area`), nor under
//!   an id a source actor has.
//! - Åland is autonomous: an area whose municipalities all lie in Åland
//!   (`region:21`) is a placeholder of the reference data (Åland has no ELY
//!   Centre, employment area, wellbeing services county or regional council), so
//!   no mainland actor is made for it; the hand-written Åland actors cover it.
//!   Relations and successors are computed over mainland municipalities only.
//! - A wellbeing-county area of a single municipality (Helsinki: every real
//!   wellbeing services county has several) is that municipality, which
//!   organises these services itself.
//! - Each relation is stored once, on the actor that states it; the app shows
//!   the inverse side.
//!
//! - Every generated actor names the public sources of its facts (`sources`,
//!   checked on [`CHECKED`]); what no source states is marked `illustrative`
//!   (the TE Offices' names and areas, the regional councils).
//!
//! The texts of the generated actors (their tasks and descriptions, in English, Finnish and
//! Swedish) are data, in `data/sources/generated-actors.json`, where translators find them beside
//! the hand-written records; they are compiled in, so the importers need no source folder.
//!
//! Everything is built from the inputs in their given order, so the output is
//! deterministic.

use atlas_core::model::{Actor, ActorKind, Area, Level, Municipality, Relation, RelationKind, SourceRef};
use atlas_core::text::LocalisedText;
use atlas_core::time::Date;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

/// Statistics Finland's code of the region of Åland.
pub const ALAND_REGION: &str = "region:21";

/// Hand-written actors the generator links to; when one is missing, its links are left out with a warning.
const TEM: &str = "tem";
const STM: &str = "stm";
const PERMIT_AGENCY: &str = "lupa-ja-valvontavirasto";

const ELY_FROM: Date = date(2010, 1, 1);
/// The fifteen TE Offices of the ELY areas date from 1 January 2013 (facts-2026 A4).
const TE_OFFICES_FROM: Date = date(2013, 1, 1);
const TE_OFFICES_TO: Date = date(2024, 12, 31);
/// The employment areas began on 1 January 2025, the Economic Development Centres on
/// 1 January 2026; the ELY Centres and Regional State Administrative Agencies ended on
/// 31 December 2025 (the areas' dates in `build`, and an actor's when its area has none).
pub(crate) const EMPLOYMENT_AREAS_FROM: Date = date(2025, 1, 1);
/// The wellbeing services counties organise health, social and rescue services from 1 January
/// 2023 ([`wellbeing_counties_from_2023`]): set up in 2021, they are integration actors from that
/// day, as the employment areas are from theirs.
const WELLBEING_COUNTIES_FROM: Date = date(2023, 1, 1);
pub(crate) const VITALITY_CENTRES_FROM: Date = date(2026, 1, 1);
pub(crate) const REFORM_2026_TO: Date = date(2025, 12, 31);

/// A date written out (a day that exists: the constants above).
const fn date(year: i32, month: u32, day: u32) -> Date {
    Date { year, month, day }
}

/// The day the sources of the generated actors were checked: the audit of the dataset
/// against public sources (`../shared/research/facts-2026.md`), whose stored copies of
/// the sources reach March 2026.
pub const CHECKED: Date = date(2026, 3, 1);

/// A source of a generated actor's facts, checked on [`CHECKED`].
fn source(url: &str, title_en: &str, title_fi: &str) -> SourceRef {
    SourceRef {
        url: url.to_string(),
        title: Some(text(&[("en", title_en), ("fi", title_fi)])),
        checked: Some(CHECKED),
    }
}

fn koto24_actors_and_tasks() -> SourceRef {
    source(
        "https://kotoutuminen.fi/koto24-toimijat-ja-tehtavat",
        "Actors and tasks from 1 January 2025 (KOTO24)",
        "Toimijat ja tehtävät 1.1.2025 alkaen (KOTO24)",
    )
}

/// The Ministry of Social Affairs and Health on the wellbeing services counties, read on
/// 27 November 2026 (a stored copy of the page): the responsibility for health, social and
/// rescue services passed to them from the municipalities on 1 January 2023.
fn wellbeing_counties_from_2023() -> SourceRef {
    SourceRef {
        checked: Some(date(2026, 11, 27)),
        ..source(
            "https://stm.fi/en/wellbeing-services-counties",
            "Ministry of Social Affairs and Health: wellbeing services counties, responsible for health, social and rescue services from 1 January 2023",
            "Sosiaali- ja terveysministeriö: hyvinvointialueet, sote- ja pelastuspalvelujen järjestäjät 1.1.2023 alkaen (englanniksi)",
        )
    }
}

fn job_market_finland_integration() -> SourceRef {
    source(
        "https://tyomarkkinatori.fi/en/employment-and-statistics/evaluation-and-research/integration",
        "Job Market Finland: integration (the 15 TE Offices and the 45 employment areas)",
        "Työmarkkinatori: kotoutuminen (15 TE-toimistoa ja 45 työllisyysaluetta)",
    )
}

fn economic_development_centre_sources() -> Vec<SourceRef> {
    vec![
        source(
            "https://tem.fi/en/economic-development-centres",
            "Economic Development Centres (tem.fi)",
            "Elinvoimakeskukset (tem.fi, englanniksi)",
        ),
        source(
            "https://tem.fi/-/uudet-elinvoimakeskukset-edistavat-alueiden-elinvoimaisuutta",
            "The new Economic Development Centres (TEM release)",
            "Uudet elinvoimakeskukset edistävät alueiden elinvoimaisuutta (TEM)",
        ),
        source(
            "https://tem.fi/-/elinvoimakeskusten-ylijohtajat-nimitetty",
            "Directors-general of the Economic Development Centres appointed, 27.11.2025 (TEM)",
            "Elinvoimakeskusten ylijohtajat nimitetty 27.11.2025 (TEM)",
        ),
        source(
            "https://www.finlex.fi/fi/lainsaadanto/2025/531",
            "Act 531/2025 (Finlex)",
            "Laki 531/2025 (Finlex)",
        ),
    ]
}

/// The official English name of an elinvoimakeskus, "Economic Development Centre of X"
/// (tem.fi/en/economic-development-centres), from the reference CSV's "X Economic
/// Development Centre". The source writes Southwest and Southeast Finland (not
/// -ern); the other place names are the CSV's. A name of another form is kept.
pub fn economic_development_centre_en(csv: &str) -> String {
    match csv.strip_suffix(" Economic Development Centre") {
        Some(place) => {
            let place = place
                .replace("Southwestern Finland", "Southwest Finland")
                .replace("Southeastern Finland", "Southeast Finland");
            format!("Economic Development Centre of {place}")
        }
        None => csv.to_string(),
    }
}

/// A localised text from (language, text) pairs.
fn text(pairs: &[(&str, &str)]) -> LocalisedText {
    LocalisedText(
        pairs
            .iter()
            .map(|(l, t)| (l.to_string(), t.to_string()))
            .collect(),
    )
}

/// A name in English, Finnish and Swedish.
fn names(en: &str, fi: &str, sv: &str) -> LocalisedText {
    text(&[("en", en), ("fi", fi), ("sv", sv)])
}

/// Each language's text followed by the same language's `more` (a sentence added).
fn followed_by(t: &LocalisedText, more: &LocalisedText) -> LocalisedText {
    LocalisedText(
        t.0.iter()
            .map(|(l, s)| (l, format!("{s}{}", more.0.get(l).unwrap_or(""))))
            .collect(),
    )
}

fn relation(kind: RelationKind, target: &str) -> Relation {
    Relation {
        kind,
        target: target.to_string(),
    }
}

/// A generated actor with its id, name, level and kind, and nothing else yet.
fn actor(id: String, name: LocalisedText, level: Level, kind: ActorKind) -> Actor {
    Actor::named(id, name, level, kind)
}

/// The texts of `data/sources/generated-actors.json`.
const TEXTS_JSON: &str = include_str!("../../../data/sources/generated-actors.json");

/// The generated actors' texts: every task once, by name; the tasks of each kind of actor, by
/// name; and the kinds' descriptions.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Texts {
    tasks: BTreeMap<String, LocalisedText>,
    tasks_of: TasksOf,
    descriptions: Descriptions,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TasksOf {
    municipality: Vec<String>,
    aland_municipality: Vec<String>,
    wellbeing_county: Vec<String>,
    ely_centre: Vec<String>,
    vitality_centre: Vec<String>,
    te_office: Vec<String>,
    employment_area: Vec<String>,
    regional_council: Vec<String>,
    regional_state_agency: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Descriptions {
    employment_area: LocalisedText,
    vitality_centre: LocalisedText,
    /// Added to a centre's description when its area in the reference data includes Åland.
    vitality_centre_aland: LocalisedText,
    ely_centre: LocalisedText,
    te_office: LocalisedText,
    regional_state_agency: LocalisedText,
    /// A regional council whose Swedish name is descriptive.
    regional_council: LocalisedText,
    /// A regional council whose Swedish name is its own (`REGIONAL_COUNCILS_SV`).
    regional_council_official_sv: LocalisedText,
}

impl Texts {
    /// Reads the texts; every task a kind names must exist and every text have English,
    /// Finnish and Swedish.
    fn read() -> Result<Self, String> {
        let file = "data/sources/generated-actors.json";
        let texts: Texts = serde_json::from_str(TEXTS_JSON).map_err(|e| format!("{file}: {e}"))?;
        let t = &texts.tasks_of;
        let lists = [
            &t.municipality,
            &t.aland_municipality,
            &t.wellbeing_county,
            &t.ely_centre,
            &t.vitality_centre,
            &t.te_office,
            &t.employment_area,
            &t.regional_council,
            &t.regional_state_agency,
        ];
        for name in lists.into_iter().flatten() {
            if !texts.tasks.contains_key(name) {
                return Err(format!(
                    "{file}: tasks_of names a task {name:?} that tasks does not have"
                ));
            }
        }
        let d = &texts.descriptions;
        let all = texts.tasks.iter().map(|(n, t)| (n.as_str(), t)).chain([
            ("employment_area", &d.employment_area),
            ("vitality_centre", &d.vitality_centre),
            ("vitality_centre_aland", &d.vitality_centre_aland),
            ("ely_centre", &d.ely_centre),
            ("te_office", &d.te_office),
            ("regional_state_agency", &d.regional_state_agency),
            ("regional_council", &d.regional_council),
            ("regional_council_official_sv", &d.regional_council_official_sv),
        ]);
        for (name, t) in all {
            for l in ["en", "fi", "sv"] {
                if t.0.get(l).is_none_or(|s| s.is_empty()) {
                    return Err(format!("{file}: {name:?} has no text in {l:?}"));
                }
            }
        }
        Ok(texts)
    }

    /// The tasks of one kind of actor, in order.
    fn tasks(&self, names: &[String]) -> Vec<LocalisedText> {
        names.iter().filter_map(|n| self.tasks.get(n)).cloned().collect()
    }
}

/// The official Swedish names of the regional councils that the audit names (facts-2026 F2;
/// the others are descriptive).
const REGIONAL_COUNCILS_SV: [(&str, &str); 2] = [("01", "Nylands förbund"), ("05", "Tavastlands förbund")];

/// The official Finnish names of the mainland regional councils, by region code.
const REGIONAL_COUNCILS: [(&str, &str); 18] = [
    ("01", "Uudenmaan liitto"),
    ("02", "Varsinais-Suomen liitto"),
    ("04", "Satakuntaliitto"),
    ("05", "Hämeen liitto"),
    ("06", "Pirkanmaan liitto"),
    ("07", "Päijät-Hämeen liitto"),
    ("08", "Kymenlaakson liitto"),
    ("09", "Etelä-Karjalan liitto"),
    ("10", "Etelä-Savon maakuntaliitto"),
    ("11", "Pohjois-Savon liitto"),
    ("12", "Pohjois-Karjalan maakuntaliitto"),
    ("13", "Keski-Suomen liitto"),
    ("14", "Etelä-Pohjanmaan liitto"),
    ("15", "Pohjanmaan liitto"),
    ("16", "Keski-Pohjanmaan liitto"),
    ("17", "Pohjois-Pohjanmaan liitto"),
    ("18", "Kainuun liitto"),
    ("19", "Lapin liitto"),
];

/// The six mainland Regional State Administrative Agencies (2010–2025) and the regions of each.
struct Avi {
    id: &'static str,
    fi: &'static str,
    sv: &'static str,
    en: &'static str,
    regions: &'static [&'static str],
}

const AVIS: [Avi; 6] = [
    Avi {
        id: "avi-etela-suomi",
        fi: "Etelä-Suomen aluehallintovirasto",
        sv: "Regionförvaltningsverket i Södra Finland",
        en: "Regional State Administrative Agency for Southern Finland",
        regions: &["01", "05", "07", "08", "09"],
    },
    Avi {
        id: "avi-lounais-suomi",
        fi: "Lounais-Suomen aluehallintovirasto",
        sv: "Regionförvaltningsverket i Sydvästra Finland",
        en: "Regional State Administrative Agency for Southwestern Finland",
        regions: &["02", "04"],
    },
    Avi {
        id: "avi-lansi-ja-sisa-suomi",
        fi: "Länsi- ja Sisä-Suomen aluehallintovirasto",
        sv: "Regionförvaltningsverket i Västra och Inre Finland",
        en: "Regional State Administrative Agency for Western and Inland Finland",
        regions: &["06", "13", "14", "15", "16"],
    },
    Avi {
        id: "avi-ita-suomi",
        fi: "Itä-Suomen aluehallintovirasto",
        sv: "Regionförvaltningsverket i Östra Finland",
        en: "Regional State Administrative Agency for Eastern Finland",
        regions: &["10", "11", "12"],
    },
    Avi {
        id: "avi-pohjois-suomi",
        fi: "Pohjois-Suomen aluehallintovirasto",
        sv: "Regionförvaltningsverket i Norra Finland",
        en: "Regional State Administrative Agency for Northern Finland",
        regions: &["17", "18"],
    },
    Avi {
        id: "avi-lappi",
        fi: "Lapin aluehallintovirasto",
        sv: "Regionförvaltningsverket i Lappland",
        en: "Regional State Administrative Agency for Lapland",
        regions: &["19"],
    },
];

/// Lower-case ASCII words joined by `-`: "Itä-Uudenmaan hyvinvointialue" → "ita-uudenmaan-hyvinvointialue".
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'ä' | 'å' | 'á' | 'à' => 'a',
            'ö' | 'ó' => 'o',
            'é' | 'è' => 'e',
            'ü' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// What the generator made: the whole actor list, and things worth a warning.
pub struct Completed {
    pub actors: Vec<Actor>,
    pub warnings: Vec<String>,
}

/// The reference data, indexed.
struct Index<'a> {
    areas: &'a [Area],
    /// Area id → its municipalities' codes, in CSV (code) order.
    members: BTreeMap<&'a str, Vec<&'a str>>,
    aland: BTreeSet<&'a str>,
    municipality: BTreeMap<&'a str, &'a Municipality>,
}

impl<'a> Index<'a> {
    fn new(areas: &'a [Area], municipalities: &'a [Municipality]) -> Self {
        let mut members: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        let mut aland = BTreeSet::new();
        for m in municipalities {
            for a in &m.areas {
                members.entry(a.as_str()).or_default().push(m.code.as_str());
            }
            if m.areas.iter().any(|a| a == ALAND_REGION) {
                aland.insert(m.code.as_str());
            }
        }
        Self {
            areas,
            members,
            aland,
            municipality: municipalities.iter().map(|m| (m.code.as_str(), m)).collect(),
        }
    }

    fn of_kind(&self, kind: &'static str) -> impl Iterator<Item = &'a Area> + 'a {
        self.areas.iter().filter(move |a| a.kind == kind)
    }

    fn members(&self, area: &str) -> &[&'a str] {
        self.members.get(area).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The area's mainland municipalities.
    fn mainland(&self, area: &str) -> Vec<&'a str> {
        self.members(area)
            .iter()
            .copied()
            .filter(|c| !self.aland.contains(c))
            .collect()
    }

    /// Whether the area lies wholly in Åland (a placeholder of the reference data).
    fn is_aland_only(&self, area: &str) -> bool {
        let m = self.members(area);
        !m.is_empty() && m.iter().all(|c| self.aland.contains(c))
    }

    /// The areas of `kind` that share a mainland municipality with these municipalities, in area order.
    fn overlapping(&self, codes: &[&str], kind: &'static str) -> Vec<&'a str> {
        let wanted: BTreeSet<&str> = codes
            .iter()
            .filter(|c| !self.aland.contains(**c))
            .filter_map(|c| self.municipality.get(c))
            .flat_map(|m| m.areas.iter().map(String::as_str))
            .collect();
        self.of_kind(kind)
            .map(|a| a.id.as_str())
            .filter(|id| wanted.contains(id))
            .collect()
    }
}

/// The Finnish, Swedish and English names of an area, as the CSV gives them.
fn area_name(a: &Area) -> (String, String, String) {
    let get = |l: &str| {
        a.name
            .0
            .get(l)
            .map(str::to_string)
            .unwrap_or_else(|| a.name.get("fi").to_string())
    };
    (get("fi"), get("sv"), get("en"))
}

/// Replaces `from` by `to` in a name, or says that the name does not have the expected form.
fn rename(name: &str, from: &str, to: &str, errors: &mut Vec<String>) -> String {
    if name.contains(from) {
        name.replace(from, to)
    } else {
        errors.push(format!(
            "cannot derive a TE Office name from the ELY Centre name {name:?}: it does not contain {from:?}"
        ));
        name.to_string()
    }
}

/// What the generator works from, and what it has found wrong so far.
struct Generator<'a> {
    ix: Index<'a>,
    texts: Texts,
    source_ids: BTreeSet<String>,
    /// Area id → the source actor that stands for it.
    claimed: BTreeMap<String, String>,
    /// Municipality code → the actor that is that municipality.
    municipality_actor: BTreeMap<&'a str, String>,
    errors: Vec<String>,
    warnings: Vec<String>,
}

/// Area id → the id of the actor that stands for it.
type ActorOfArea<'a> = BTreeMap<&'a str, String>;

impl<'a> Generator<'a> {
    fn new(sources: &[Actor], ix: Index<'a>, texts: Texts) -> Self {
        let mut claimed: BTreeMap<String, String> = BTreeMap::new();
        for a in sources {
            if let Some(area) = &a.area {
                claimed.entry(area.clone()).or_insert_with(|| a.id.clone());
            }
        }
        let mut municipality_actor: BTreeMap<&'a str, String> = BTreeMap::new();
        for a in sources {
            if let ([code], ActorKind::Municipality) = (a.municipalities.as_slice(), a.kind) {
                if let Some((c, _)) = ix.municipality.get_key_value(code.as_str()) {
                    municipality_actor.entry(*c).or_insert_with(|| a.id.clone());
                }
            }
        }
        Self {
            ix,
            texts,
            source_ids: sources.iter().map(|a| a.id.clone()).collect(),
            claimed,
            municipality_actor,
            errors: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// The actors of the municipalities that no source actor stands for.
    fn municipalities(&mut self, municipalities: &'a [Municipality]) -> Vec<Actor> {
        let mut generated = Vec::new();
        for m in municipalities {
            if self.municipality_actor.contains_key(m.code.as_str()) {
                continue;
            }
            let id = format!("municipality:{}", m.code);
            if !self.source_ids.contains(&id) {
                let aland = self.ix.aland.contains(m.code.as_str());
                let t = &self.texts;
                let (tasks, source) = if aland {
                    (
                        t.tasks(&t.tasks_of.aland_municipality),
                        source(
                            "https://www.regeringen.ax/demokrati-hallbarhet/integration/integrationslagen",
                            "Åland's integration act (Government of Åland)",
                            "Ahvenanmaan kotoutumislaki (Ahvenanmaan maakunnan hallitus)",
                        ),
                    )
                } else {
                    (t.tasks(&t.tasks_of.municipality), koto24_actors_and_tasks())
                };
                generated.push(Actor {
                    tasks,
                    municipalities: vec![m.code.clone()],
                    sources: vec![source],
                    ..actor(id.clone(), m.name.clone(), Level::Local, ActorKind::Municipality)
                });
            }
            self.municipality_actor.insert(m.code.as_str(), id);
        }
        generated
    }

    /// The actors that are these municipalities.
    fn municipality_ids(&self, codes: &[&str]) -> Vec<String> {
        codes
            .iter()
            .filter_map(|c| self.municipality_actor.get(c).cloned())
            .collect()
    }

    /// The actor for an area: the source actor that stands for it, or a new one under `id`.
    /// Returns (actor id, whether to generate it).
    fn pick(&self, area: &Area, id: String) -> (String, bool) {
        match self.claimed.get(&area.id) {
            Some(source) => (source.clone(), false),
            None if self.source_ids.contains(&id) => (id, false),
            None => (id, true),
        }
    }

    /// The mainland areas of `kind`, each with the actor that stands for it: (area, actor id,
    /// whether to generate it), a new actor's id being `prefix:CODE`.
    fn mainland_areas(&self, kind: &'static str, prefix: &str) -> Vec<(&'a Area, String, bool)> {
        self.ix
            .of_kind(kind)
            .filter(|area| !self.ix.is_aland_only(&area.id))
            .map(|area| {
                let code = area.code.as_deref().unwrap_or_default();
                let (id, new) = self.pick(area, format!("{prefix}:{code}"));
                (area, id, new)
            })
            .collect()
    }

    /// Wellbeing services counties (Helsinki's own slot is Helsinki; Åland has none).
    fn wellbeing_counties(&self) -> (ActorOfArea<'a>, Vec<Actor>) {
        let mut wellbeing = ActorOfArea::new();
        let mut generated = Vec::new();
        for area in self.ix.of_kind("wellbeing_county") {
            if self.ix.is_aland_only(&area.id) {
                continue;
            }
            if let [only] = self.ix.members(&area.id) {
                if let Some(id) = self.municipality_actor.get(only) {
                    if !self.claimed.contains_key(&area.id) {
                        wellbeing.insert(area.id.as_str(), id.clone());
                        continue;
                    }
                }
            }
            let (fi, sv, en) = area_name(area);
            let (id, new) = self.pick(area, slug(&fi));
            if new {
                let t = &self.texts;
                generated.push(Actor {
                    tasks: t.tasks(&t.tasks_of.wellbeing_county),
                    area: Some(area.id.clone()),
                    valid_from: Some(WELLBEING_COUNTIES_FROM),
                    sources: vec![koto24_actors_and_tasks(), wellbeing_counties_from_2023()],
                    ..actor(
                        id.clone(),
                        names(&en, &fi, &sv),
                        Level::Regional,
                        ActorKind::WellbeingCounty,
                    )
                });
            }
            wellbeing.insert(area.id.as_str(), id);
        }
        (wellbeing, generated)
    }

    /// Employment areas, from 1 January 2025.
    fn employment_areas(&self) -> (ActorOfArea<'a>, Vec<Actor>) {
        let mut employment = ActorOfArea::new();
        let mut generated = Vec::new();
        for (area, id, new) in self.mainland_areas("employment_area", "employment-area") {
            if new {
                let (fi, sv, en) = area_name(area);
                let t = &self.texts;
                let name = names(
                    &format!("{en} (employment area)"),
                    &format!("{fi} (työllisyysalue)"),
                    &format!("{sv} (sysselsättningsområde)"),
                );
                generated.push(Actor {
                    description: Some(t.descriptions.employment_area.clone()),
                    tasks: t.tasks(&t.tasks_of.employment_area),
                    area: Some(area.id.clone()),
                    valid_from: Some(area.valid_from.unwrap_or(EMPLOYMENT_AREAS_FROM)),
                    sources: vec![
                        source("https://keusote.fi/mukana-valmistelemassa-uusia-tyo-ja-elinkeinopalveluita-seka-kotoutumispalveluita", "Keusote: 45 employment areas from the start of 2025", "Keusote: 45 työllisyysaluetta vuoden 2025 alusta"),
                        job_market_finland_integration(),
                        koto24_actors_and_tasks(),
                    ],
                    ..actor(id.clone(), name, Level::Local, ActorKind::EmploymentAuthority)
                });
            }
            employment.insert(area.id.as_str(), id);
        }
        (employment, generated)
    }

    /// Economic Development Centres (elinvoimakeskukset), from 1 January 2026.
    fn vitality_centres(&self, employment: &ActorOfArea<'a>) -> (ActorOfArea<'a>, Vec<Actor>) {
        let mut vitality = ActorOfArea::new();
        let mut generated = Vec::new();
        for (area, id, new) in self.mainland_areas("vitality_centre", "vitality-centre") {
            if new {
                let (fi, sv, en) = area_name(area);
                let mainland = self.ix.mainland(&area.id);
                let d = &self.texts.descriptions;
                let description = if mainland.len() < self.ix.members(&area.id).len() {
                    followed_by(&d.vitality_centre, &d.vitality_centre_aland)
                } else {
                    d.vitality_centre.clone()
                };
                let mut relations: Vec<Relation> = self
                    .municipality_ids(&mainland)
                    .iter()
                    .map(|m| relation(RelationKind::Cooperates, m))
                    .collect();
                relations.extend(
                    self.ix
                        .overlapping(&mainland, "employment_area")
                        .iter()
                        .filter_map(|e| employment.get(e))
                        .map(|e| relation(RelationKind::Cooperates, e)),
                );
                let t = &self.texts;
                generated.push(Actor {
                    description: Some(description),
                    tasks: t.tasks(&t.tasks_of.vitality_centre),
                    area: Some(area.id.clone()),
                    valid_from: Some(area.valid_from.unwrap_or(VITALITY_CENTRES_FROM)),
                    relations,
                    sources: economic_development_centre_sources(),
                    ..actor(
                        id.clone(),
                        names(&en, &fi, &sv),
                        Level::Regional,
                        ActorKind::RegionalAuthority,
                    )
                });
            }
            vitality.insert(area.id.as_str(), id);
        }
        (vitality, generated)
    }

    /// ELY Centres until 31 December 2025, and the TE Offices of the same areas until
    /// 31 December 2024. Returns the ELY Centres' ids (generated or not), the generated ELY
    /// Centres and the generated TE Offices.
    fn ely_centres_and_te_offices(
        &mut self,
        employment: &ActorOfArea<'a>,
        vitality: &ActorOfArea<'a>,
    ) -> (Vec<String>, Vec<Actor>, Vec<Actor>) {
        let mut ely_ids = Vec::new();
        let mut generated_ely = Vec::new();
        let mut generated_te = Vec::new();
        for (area, id, new) in self.mainland_areas("ely_centre", "ely-centre") {
            let code = area.code.clone().unwrap_or_default();
            let mainland = self.ix.mainland(&area.id);
            let (fi, sv, en) = area_name(area);
            let employment_ids = || -> Vec<String> {
                self.ix
                    .overlapping(&mainland, "employment_area")
                    .iter()
                    .filter_map(|e| employment.get(e))
                    .cloned()
                    .collect()
            };
            let te_id = format!("te-office:{code}");
            if !self.source_ids.contains(&te_id) {
                let name = names(
                    &rename(&en, "ELY Centre", "TE Office", &mut self.errors),
                    &rename(&fi, "ELY-keskus", "TE-toimisto", &mut self.errors),
                    &rename(&sv, "NTM-centralen", "TE-byrån", &mut self.errors),
                );
                let t = &self.texts;
                generated_te.push(Actor {
                    description: Some(t.descriptions.te_office.clone()),
                    tasks: t.tasks(&t.tasks_of.te_office),
                    area: Some(area.id.clone()),
                    valid_from: Some(TE_OFFICES_FROM),
                    valid_to: Some(TE_OFFICES_TO),
                    successors: employment_ids(),
                    illustrative: true,
                    sources: vec![job_market_finland_integration()],
                    ..actor(te_id.clone(), name, Level::Local, ActorKind::EmploymentAuthority)
                });
            }
            if new {
                let successors: Vec<String> = self
                    .ix
                    .overlapping(&mainland, "vitality_centre")
                    .iter()
                    .filter_map(|v| vitality.get(v))
                    .cloned()
                    .collect();
                if successors.is_empty() {
                    self.errors.push(format!("{}: no Economic Development Centre shares a municipality with it, so it would have no successor", area.id));
                }
                let mut relations = vec![relation(RelationKind::Steers, &te_id)];
                relations.extend(
                    self.municipality_ids(&mainland)
                        .iter()
                        .map(|m| relation(RelationKind::Cooperates, m)),
                );
                relations.extend(
                    employment_ids()
                        .iter()
                        .map(|e| relation(RelationKind::Cooperates, e)),
                );
                let t = &self.texts;
                generated_ely.push(Actor {
                    short_name: Some(text(&[("fi", "ELY"), ("sv", "NTM")])),
                    description: Some(t.descriptions.ely_centre.clone()),
                    tasks: t.tasks(&t.tasks_of.ely_centre),
                    area: Some(area.id.clone()),
                    valid_from: Some(ELY_FROM),
                    valid_to: Some(area.valid_to.unwrap_or(REFORM_2026_TO)),
                    successors,
                    relations,
                    sources: vec![
                        source("https://finlex.fi/fi/laki/alkup/2013/20131144", "Government Decree 1144/2013: the ELY Centres' names, areas and seats (Finlex)", "Valtioneuvoston asetus 1144/2013 ELY-keskusten nimistä, toimialueista ja toimipaikoista (Finlex)"),
                        source("https://tem.fi/-/uudet-elinvoimakeskukset-edistavat-alueiden-elinvoimaisuutta", "The new Economic Development Centres replace the ELY Centres (TEM release)", "Uudet elinvoimakeskukset edistävät alueiden elinvoimaisuutta (TEM)"),
                        source("https://kotoutuminen.fi/en/-/keha-centre-publishes-instructions-on-cost-reimbursements-under-the-integration-act-", "KEHA Centre publishes instructions on cost reimbursements under the Integration Act", "KEHA-keskuksen ohjeet kotoutumislain mukaisista korvauksista (englanniksi)"),
                    ],
                    ..actor(id.clone(), names(&en, &fi, &sv), Level::Regional, ActorKind::RegionalAuthority)
                });
            }
            ely_ids.push(id);
        }
        (ely_ids, generated_ely, generated_te)
    }

    /// Regional State Administrative Agencies, 2010–2025.
    fn regional_state_agencies(&mut self, wellbeing: &ActorOfArea<'a>) -> Vec<Actor> {
        let permit_agency = self.source_ids.contains(PERMIT_AGENCY);
        if !permit_agency {
            self.warnings.push(format!(
                "no source actor {PERMIT_AGENCY:?}: the Regional State Administrative Agencies get no successor"
            ));
        }
        let mut generated = Vec::new();
        for avi in &AVIS {
            if self.source_ids.contains(avi.id) {
                continue;
            }
            let mut codes: Vec<&str> = Vec::new();
            for r in avi.regions {
                let region = format!("region:{r}");
                if self.ix.members(&region).is_empty() {
                    self.warnings.push(format!(
                        "{}: the reference data has no municipalities in {region}",
                        avi.id
                    ));
                }
                codes.extend(self.ix.members(&region));
            }
            if codes.is_empty() {
                continue;
            }
            codes.sort_unstable();
            let relations: Vec<Relation> = self
                .ix
                .overlapping(&codes, "wellbeing_county")
                .iter()
                .filter_map(|w| wellbeing.get(w))
                .map(|w| relation(RelationKind::Supervises, w))
                .collect();
            let t = &self.texts;
            generated.push(Actor {
                short_name: Some(text(&[("fi", "AVI")])),
                description: Some(t.descriptions.regional_state_agency.clone()),
                tasks: t.tasks(&t.tasks_of.regional_state_agency),
                municipalities: codes.iter().map(|c| c.to_string()).collect(),
                valid_from: Some(ELY_FROM),
                valid_to: Some(REFORM_2026_TO),
                successors: if permit_agency {
                    vec![PERMIT_AGENCY.to_string()]
                } else {
                    vec![]
                },
                relations,
                sources: vec![source(
                    "https://avi.fi/en/reform-of-regional-state-administration",
                    "Reform of regional state administration (avi.fi)",
                    "Aluehallinnon uudistus (avi.fi, englanniksi)",
                )],
                ..actor(
                    avi.id.to_string(),
                    names(avi.en, avi.fi, avi.sv),
                    Level::Regional,
                    ActorKind::RegionalAuthority,
                )
            });
        }
        generated
    }

    /// Regional councils (Åland has none: its government is a source actor).
    fn regional_councils(&mut self) -> Vec<Actor> {
        let mut generated = Vec::new();
        for (area, id, new) in self.mainland_areas("region", "regional-council") {
            let code = area.code.clone().unwrap_or_default();
            if !new {
                continue;
            }
            let (fi, sv, en) = area_name(area);
            let official = REGIONAL_COUNCILS
                .iter()
                .find(|(c, _)| *c == code)
                .map(|(_, n)| n.to_string());
            let official_sv = REGIONAL_COUNCILS_SV
                .iter()
                .find(|(c, _)| *c == code)
                .map(|(_, n)| n.to_string());
            let d = &self.texts.descriptions;
            let description = if official_sv.is_none() {
                d.regional_council.clone()
            } else {
                d.regional_council_official_sv.clone()
            };
            if official.is_none() {
                self.warnings.push(format!(
                    "{}: no known Finnish name for its regional council; a descriptive one is used",
                    area.id
                ));
            }
            let name = names(
                &format!("Regional Council of {en}"),
                &official.unwrap_or_else(|| format!("Maakunnan liitto ({fi})")),
                &official_sv.unwrap_or_else(|| format!("Landskapsförbund ({sv})")),
            );
            let t = &self.texts;
            generated.push(Actor {
                description: Some(description),
                tasks: t.tasks(&t.tasks_of.regional_council),
                area: Some(area.id.clone()),
                illustrative: true,
                ..actor(id, name, Level::Regional, ActorKind::RegionalAuthority)
            });
        }
        generated
    }

    /// Relations stated by source actors and by the municipalities, by the actor that states them.
    fn stated_relations(
        &mut self,
        municipalities: &[Municipality],
        ely_ids: &[String],
        vitality: &ActorOfArea<'a>,
        wellbeing: &ActorOfArea<'a>,
        employment: &ActorOfArea<'a>,
    ) -> BTreeMap<String, Vec<Relation>> {
        let mut extra: BTreeMap<String, Vec<Relation>> = BTreeMap::new();
        let mut add = |from: &str, kind: RelationKind, target: &str| {
            extra
                .entry(from.to_string())
                .or_default()
                .push(relation(kind, target))
        };
        if self.source_ids.contains(TEM) {
            for id in ely_ids.iter().chain(vitality.values()) {
                add(TEM, RelationKind::Steers, id);
            }
        } else {
            self.warnings.push(format!(
                "no source actor {TEM:?}: nobody steers the ELY Centres and Economic Development Centres"
            ));
        }
        let mut wellbeing_in_order: Vec<&String> = Vec::new();
        for id in self
            .ix
            .of_kind("wellbeing_county")
            .filter_map(|a| wellbeing.get(a.id.as_str()))
        {
            if !wellbeing_in_order.contains(&id) {
                wellbeing_in_order.push(id);
            }
        }
        for (source, kind) in [
            (STM, RelationKind::Steers),
            (PERMIT_AGENCY, RelationKind::Supervises),
        ] {
            if self.source_ids.contains(source) {
                for id in &wellbeing_in_order {
                    add(source, kind, id);
                }
            } else {
                self.warnings.push(format!(
                    "no source actor {source:?}: its relations to the wellbeing services counties are left out"
                ));
            }
        }
        for m in municipalities {
            if self.ix.aland.contains(m.code.as_str()) {
                continue;
            }
            let Some(me) = self.municipality_actor.get(m.code.as_str()) else {
                continue;
            };
            for area in &m.areas {
                if let Some(e) = employment.get(area.as_str()) {
                    add(me, RelationKind::PartOf, e);
                }
                if let Some(w) = wellbeing.get(area.as_str()).filter(|w| *w != me) {
                    add(me, RelationKind::Cooperates, w);
                }
            }
        }
        extra
    }
}

/// Builds every generated actor and links them with the source actors.
pub fn complete(
    sources: Vec<Actor>,
    areas: &[Area],
    municipalities: &[Municipality],
) -> Result<Completed, Vec<String>> {
    let texts = Texts::read().map_err(|e| vec![e])?;
    let mut g = Generator::new(&sources, Index::new(areas, municipalities), texts);
    let generated_municipalities = g.municipalities(municipalities);
    let (wellbeing, generated_wellbeing) = g.wellbeing_counties();
    let (employment, generated_employment) = g.employment_areas();
    let (vitality, generated_vitality) = g.vitality_centres(&employment);
    let (ely_ids, generated_ely, generated_te) = g.ely_centres_and_te_offices(&employment, &vitality);
    let generated_avi = g.regional_state_agencies(&wellbeing);
    let generated_councils = g.regional_councils();
    let mut extra = g.stated_relations(municipalities, &ely_ids, &vitality, &wellbeing, &employment);
    let Generator {
        mut errors, warnings, ..
    } = g;

    let mut actors = sources;
    actors.extend(
        generated_ely
            .into_iter()
            .chain(generated_te)
            .chain(generated_vitality)
            .chain(generated_avi)
            .chain(generated_councils)
            .chain(generated_wellbeing)
            .chain(generated_employment)
            .chain(generated_municipalities),
    );
    for a in &mut actors {
        if let Some(relations) = extra.remove(&a.id) {
            for r in relations {
                if !a.relations.contains(&r) {
                    a.relations.push(r);
                }
            }
        }
    }
    let mut seen = BTreeSet::new();
    for a in &actors {
        if !seen.insert(a.id.as_str()) {
            errors.push(format!(
                "actor id {:?} is used twice (a source record and a generated one?)",
                a.id
            ));
        }
    }
    if errors.is_empty() {
        Ok(Completed { actors, warnings })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn official_english_names_of_the_economic_development_centres() {
        assert_eq!(
            economic_development_centre_en("Uusimaa Economic Development Centre"),
            "Economic Development Centre of Uusimaa"
        );
        assert_eq!(
            economic_development_centre_en("Southwestern Finland Economic Development Centre"),
            "Economic Development Centre of Southwest Finland"
        );
        assert_eq!(
            economic_development_centre_en("Southeastern Finland Economic Development Centre"),
            "Economic Development Centre of Southeast Finland"
        );
        assert_eq!(
            economic_development_centre_en("Economic Development Centre of Lapland"),
            "Economic Development Centre of Lapland"
        );
    }

    #[test]
    fn the_texts_of_data_sources_read_and_name_only_tasks_they_have() {
        let texts = Texts::read().unwrap();
        assert_eq!(texts.tasks(&texts.tasks_of.ely_centre).len(), 5);
        // The regional tasks are written once and shared by the ELY and the Economic
        // Development Centres.
        assert_eq!(
            texts.tasks(&texts.tasks_of.ely_centre)[..2],
            texts.tasks(&texts.tasks_of.vitality_centre)[..2]
        );
    }

    #[test]
    fn a_sentence_follows_in_each_language() {
        let more = followed_by(&names("A.", "B.", "C."), &text(&[("en", " X"), ("fi", " Y")]));
        assert_eq!(more, names("A. X", "B. Y", "C."));
    }

    #[test]
    fn slugs() {
        assert_eq!(
            slug("Itä-Uudenmaan hyvinvointialue"),
            "ita-uudenmaan-hyvinvointialue"
        );
        assert_eq!(
            slug("Vantaan ja Keravan hyvinvointialue"),
            "vantaan-ja-keravan-hyvinvointialue"
        );
        assert_eq!(slug("  Åland – Ö "), "aland-o");
    }

    fn area(id: &str, name: &str) -> Area {
        named(id, name, name, name)
    }

    fn named(id: &str, fi: &str, sv: &str, en: &str) -> Area {
        let (kind, code) = id.split_once(':').unwrap();
        Area {
            id: id.into(),
            kind: kind.into(),
            code: Some(code.into()),
            name: atlas_core::LocalisedText::new(&[("fi", fi), ("sv", sv), ("en", en)]),
            valid_from: None,
            valid_to: None,
        }
    }

    fn municipality(code: &str, areas: &[&str]) -> Municipality {
        Municipality {
            code: code.into(),
            name: atlas_core::LocalisedText::new(&[("fi", code)]),
            location: atlas_core::LatLon::new(61.5, 23.7),
            areas: areas.iter().map(|a| a.to_string()).collect(),
            languages: vec!["fi".into()],
        }
    }

    #[test]
    fn aland_placeholders_and_single_municipality_counties() {
        let areas = vec![
            area("region:06", "Pirkanmaa"),
            area("region:21", "Ahvenanmaa"),
            area("wellbeing_county:08", "Pirkanmaan hyvinvointialue"),
            area("wellbeing_county:90", "Helsingin kaupunki"),
            area("wellbeing_county:91", "Ahvenanmaa"),
            area("employment_area:39", "Tampereen seutu"),
            area("employment_area:46", "Ahvenanmaa"),
            area("vitality_centre:4", "Sisä-Suomen elinvoimakeskus"),
            named(
                "ely_centre:05",
                "Pirkanmaan ELY-keskus",
                "NTM-centralen i Birkaland",
                "Pirkanmaa ELY Centre",
            ),
            area("ely_centre:16", "Ahvenanmaa"),
        ];
        let municipalities = vec![
            municipality(
                "091",
                &[
                    "region:06",
                    "wellbeing_county:90",
                    "employment_area:39",
                    "vitality_centre:4",
                    "ely_centre:05",
                ],
            ),
            municipality(
                "478",
                &[
                    "region:21",
                    "wellbeing_county:91",
                    "employment_area:46",
                    "vitality_centre:4",
                    "ely_centre:16",
                ],
            ),
            municipality(
                "837",
                &[
                    "region:06",
                    "wellbeing_county:08",
                    "employment_area:39",
                    "vitality_centre:4",
                    "ely_centre:05",
                ],
            ),
            municipality(
                "020",
                &[
                    "region:06",
                    "wellbeing_county:08",
                    "employment_area:39",
                    "vitality_centre:4",
                    "ely_centre:05",
                ],
            ),
        ];
        let helsinki: Actor = serde_json::from_value(json!({
            "id": "helsinki", "name": {"fi": "Helsinki"}, "level": "local", "kind": "municipality", "municipalities": ["091"]
        }))
        .unwrap();
        let done = complete(vec![helsinki], &areas, &municipalities).unwrap();
        let ids: Vec<&str> = done.actors.iter().map(|a| a.id.as_str()).collect();
        assert!(
            ids.contains(&"ely-centre:05") && !ids.contains(&"ely-centre:16"),
            "{ids:?}"
        );
        assert!(
            ids.contains(&"employment-area:39") && !ids.contains(&"employment-area:46"),
            "{ids:?}"
        );
        assert!(
            ids.contains(&"pirkanmaan-hyvinvointialue")
                && !ids
                    .iter()
                    .any(|i| i.contains("helsingin") || i.contains("ahvenanmaa")),
            "{ids:?}"
        );
        assert!(
            ids.contains(&"municipality:478")
                && ids.contains(&"municipality:837")
                && !ids.contains(&"municipality:091"),
            "{ids:?}"
        );
        let find = |id: &str| done.actors.iter().find(|a| a.id == id).unwrap();
        assert_eq!(find("ely-centre:05").successors, ["vitality-centre:4"]);
        assert_eq!(find("te-office:05").successors, ["employment-area:39"]);
        assert_eq!(find("te-office:05").name.get("fi"), "Pirkanmaan TE-toimisto");
        // Åland's municipality is in the Economic Development Centre's area but gets no state relations.
        assert!(!find("vitality-centre:4")
            .relations
            .iter()
            .any(|r| r.target == "municipality:478"));
        assert!(find("municipality:478").relations.is_empty());
        let helsinki = find("helsinki");
        assert!(helsinki
            .relations
            .iter()
            .any(|r| r.kind == RelationKind::PartOf && r.target == "employment-area:39"));
        assert!(!helsinki.relations.iter().any(|r| r.target == "helsinki"));
        assert!(
            done.warnings.iter().any(|w| w.contains("\"tem\"")),
            "{:?}",
            done.warnings
        );
    }
}
