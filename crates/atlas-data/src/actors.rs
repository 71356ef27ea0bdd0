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
//! Everything is built from the inputs in their given order, so the output is
//! deterministic.

use atlas_core::model::{Actor, Area, Municipality, Relation};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};

/// Statistics Finland's code of the region of Åland.
pub const ALAND_REGION: &str = "region:21";

/// Hand-written actors the generator links to; when one is missing, its links are left out with a warning.
const TEM: &str = "tem";
const STM: &str = "stm";
const PERMIT_AGENCY: &str = "lupa-ja-valvontavirasto";

const ELY_FROM: &str = "2010-01-01";
/// The fifteen TE Offices of the ELY areas date from 1 January 2013 (facts-2026 A4).
const TE_OFFICES_FROM: &str = "2013-01-01";
const TE_OFFICES_TO: &str = "2024-12-31";

/// The day the sources of the generated actors were checked: the audit of the dataset
/// against public sources (`../shared/research/facts-2026.md`), whose stored copies of
/// the sources reach March 2026.
pub const CHECKED: &str = "2026-03-01";

/// A source of a generated actor's facts, checked on [`CHECKED`].
fn source(url: &str, title_en: &str, title_fi: &str) -> Value {
    json!({"url": url, "title": {"en": title_en, "fi": title_fi}, "checked": CHECKED})
}

fn koto24_actors_and_tasks() -> Value {
    source(
        "https://kotoutuminen.fi/koto24-toimijat-ja-tehtavat",
        "Actors and tasks from 1 January 2025 (KOTO24)",
        "Toimijat ja tehtävät 1.1.2025 alkaen (KOTO24)",
    )
}

fn job_market_finland_integration() -> Value {
    source(
        "https://tyomarkkinatori.fi/en/employment-and-statistics/evaluation-and-research/integration",
        "Job Market Finland: integration (the 15 TE Offices and the 45 employment areas)",
        "Työmarkkinatori: kotoutuminen (15 TE-toimistoa ja 45 työllisyysaluetta)",
    )
}

fn economic_development_centre_sources() -> Vec<Value> {
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

/// A localised text as JSON.
fn t(en: &str, fi: &str, sv: &str) -> Value {
    json!({"en": en, "fi": fi, "sv": sv})
}

fn municipality_tasks() -> Vec<Value> {
    vec![
        t(
            "General and coordination responsibility for local integration",
            "Kotoutumisen edistämisen yleis- ja yhteensovittamisvastuu paikallisesti",
            "Allmänt ansvar och samordningsansvar för främjandet av integration på lokal nivå",
        ),
        t(
            "From 1 January 2025, overall responsibility for promoting integration, including the municipality's integration programme of initial-phase services",
            "1.1.2025 alkaen kokonaisvastuu kotoutumisen edistämisestä, mukaan lukien kunnan kotoutumisohjelma eli alkuvaiheen kotoutumispalvelut",
            "Från 1.1.2025 helhetsansvar för främjandet av integration, inklusive kommunens integrationsprogram med tjänsterna i det inledande skedet",
        ),
    ]
}

fn aland_municipality_tasks() -> Vec<Value> {
    vec![t(
        "Municipal services for all residents, immigrants included. On Åland, integration is promoted under Åland's own legislation (ÅFS 2012:74); the Finnish Integration Acts do not apply",
        "Kunnan palvelut kaikille asukkaille, myös maahanmuuttajille. Ahvenanmaalla kotoutumista edistetään maakunnan oman lainsäädännön (ÅFS 2012:74) mukaan; valtakunnan kotoutumislait eivät koske Ahvenanmaata",
        "Kommunal service för alla invånare, också invandrare. På Åland främjas integrationen enligt åländsk lagstiftning (ÅFS 2012:74); rikets integrationslagar tillämpas inte",
    )]
}

fn wellbeing_county_tasks() -> Vec<Value> {
    vec![
        t(
            "Social, health care and rescue services",
            "Sosiaali- ja terveyspalvelut sekä pelastustoimi",
            "Social- och hälsovårdstjänster samt räddningsväsendet",
        ),
        t(
            "Supporting integration through social welfare and health care services",
            "Kotoutumisen tukeminen sosiaali- ja terveyspalveluin",
            "Stöd för integration genom social- och hälsovårdstjänster",
        ),
        t(
            "Cooperation with the municipalities of its area, among other things in receiving refugees",
            "Yhteistyö alueensa kuntien kanssa, muun muassa pakolaisten vastaanotossa",
            "Samarbete med kommunerna i området, bland annat i mottagandet av flyktingar",
        ),
    ]
}

fn regional_integration_task() -> Value {
    t(
        "Promoting immigrant integration in the region: coordination, development and monitoring",
        "Kotoutumisen edistäminen alueella: koordinointi, kehittäminen ja seuranta",
        "Främjande av integration i regionen: samordning, utveckling och uppföljning",
    )
}

fn support_municipalities_task() -> Value {
    t(
        "Supporting municipalities in integration",
        "Kuntien tukeminen kotoutumisen edistämisessä",
        "Stöd till kommunerna i integrationsarbetet",
    )
}

fn municipal_places_task() -> Value {
    t(
        "Agreements with municipalities on municipal places for persons who receive international protection",
        "Sopimukset kuntien kanssa kansainvälistä suojelua saavien kuntapaikoista",
        "Avtal med kommunerna om kommunplatser för personer som får internationellt skydd",
    )
}

fn ely_tasks() -> Vec<Value> {
    vec![
        regional_integration_task(),
        support_municipalities_task(),
        t(
            "Steering employment services in integration matters (the TE Offices until the end of 2024)",
            "Työvoimapalvelujen ohjaus kotoutumiseen liittyvissä asioissa (vuoden 2024 loppuun TE-toimistot)",
            "Styrning av arbetskraftsservicen i integrationsfrågor (till utgången av 2024 TE-byråerna)",
        ),
        municipal_places_task(),
        t(
            "Coordinating the regional advisory boards for ethnic relations",
            "Alueellisten etnisten suhteiden neuvottelukuntien koordinointi",
            "Samordning av de regionala delegationerna för etniska relationer",
        ),
    ]
}

fn vitality_centre_tasks() -> Vec<Value> {
    vec![
        regional_integration_task(),
        support_municipalities_task(),
        t(
            "Promoting regional employment and the availability of skilled labour, together with the employment areas",
            "Alueellisen työllisyyden ja osaavan työvoiman saatavuuden edistäminen yhdessä työllisyysalueiden kanssa",
            "Främjande av sysselsättningen i regionen och tillgången på kunnig arbetskraft, tillsammans med sysselsättningsområdena",
        ),
        municipal_places_task(),
    ]
}

fn te_office_tasks() -> Vec<Value> {
    vec![
        t("Public employment and business services", "Julkiset työvoima- ja yrityspalvelut", "Offentlig arbetskrafts- och företagsservice"),
        t(
            "Initial assessments and integration plans for immigrants registered as jobseekers, and directing them to integration training",
            "Työnhakijoiksi ilmoittautuneiden maahanmuuttajien alkukartoitukset ja kotoutumissuunnitelmat sekä ohjaus kotoutumiskoulutukseen",
            "Inledande kartläggningar och integrationsplaner för invandrare som anmält sig som arbetssökande samt hänvisning till integrationsutbildning",
        ),
    ]
}

fn employment_area_tasks() -> Vec<Value> {
    vec![
        t(
            "Public employment services for jobseekers and employers",
            "Julkiset työvoimapalvelut työnhakijoille ja työnantajille",
            "Offentlig arbetskraftsservice för arbetssökande och arbetsgivare",
        ),
        t(
            "The services of the municipality's integration programme for immigrants who are jobseekers",
            "Kunnan kotoutumisohjelmaan sisältyvät palvelut työnhakijoina oleville maahanmuuttajille",
            "Tjänsterna i kommunens integrationsprogram för invandrare som är arbetssökande",
        ),
    ]
}

fn regional_council_tasks() -> Vec<Value> {
    vec![
        t(
            "Regional development and regional land-use planning",
            "Maakunnan kehittäminen ja maakuntakaavoitus",
            "Regionutveckling och landskapsplanering",
        ),
        t(
            "Can address immigration and integration in the regional strategy and in regional cooperation",
            "Voi käsitellä maahanmuuttoa ja kotoutumista maakuntastrategiassa ja alueellisessa yhteistyössä",
            "Kan behandla invandring och integration i landskapsstrategin och i det regionala samarbetet",
        ),
    ]
}

fn avi_tasks() -> Vec<Value> {
    vec![t(
        "Permits, guidance and supervision in its area, for example in social welfare and health care, early childhood education and education",
        "Lupa-, ohjaus- ja valvontatehtävät alueellaan, esimerkiksi sosiaali- ja terveydenhuollossa, varhaiskasvatuksessa ja opetuksessa",
        "Tillstånd, styrning och tillsyn i sitt område, till exempel inom social- och hälsovården, småbarnspedagogiken och undervisningen",
    )]
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
            .cloned()
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

fn relation(kind: &str, target: &str) -> Value {
    json!({"kind": kind, "target": target})
}

/// Builds every generated actor and links them with the source actors.
pub fn complete(
    sources: Vec<Actor>,
    areas: &[Area],
    municipalities: &[Municipality],
) -> Result<Completed, Vec<String>> {
    let ix = Index::new(areas, municipalities);
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let source_ids: BTreeSet<String> = sources.iter().map(|a| a.id.clone()).collect();
    // Area id → the source actor that stands for it.
    let mut claimed: BTreeMap<String, String> = BTreeMap::new();
    for a in &sources {
        if let Some(area) = &a.area {
            claimed.entry(area.clone()).or_insert_with(|| a.id.clone());
        }
    }

    // Municipality code → the actor that is that municipality.
    let mut municipality_actor: BTreeMap<&str, String> = BTreeMap::new();
    for a in &sources {
        if let ([code], "municipality") = (a.municipalities.as_slice(), a.kind.as_str()) {
            if let Some((c, _)) = ix.municipality.get_key_value(code.as_str()) {
                municipality_actor.entry(*c).or_insert_with(|| a.id.clone());
            }
        }
    }
    let mut generated_municipalities = Vec::new();
    for m in municipalities {
        if municipality_actor.contains_key(m.code.as_str()) {
            continue;
        }
        let id = format!("municipality:{}", m.code);
        if !source_ids.contains(&id) {
            let aland = ix.aland.contains(m.code.as_str());
            let tasks = if aland {
                aland_municipality_tasks()
            } else {
                municipality_tasks()
            };
            let sources = if aland {
                vec![source(
                    "https://www.regeringen.ax/demokrati-hallbarhet/integration/integrationslagen",
                    "Åland's integration act (Government of Åland)",
                    "Ahvenanmaan kotoutumislaki (Ahvenanmaan maakunnan hallitus)",
                )]
            } else {
                vec![koto24_actors_and_tasks()]
            };
            generated_municipalities.push(json!({
                "id": id, "name": m.name, "level": "local", "kind": "municipality",
                "tasks": tasks, "area": null, "municipalities": [m.code], "sources": sources,
            }));
        }
        municipality_actor.insert(m.code.as_str(), id);
    }
    let municipality_ids = |codes: &[&str]| -> Vec<String> {
        codes
            .iter()
            .filter_map(|c| municipality_actor.get(c).cloned())
            .collect()
    };

    // Picks the actor for an area: the source actor that stands for it, or a new one under `id`.
    // Returns (actor id, whether to generate it).
    let pick = |area: &Area, id: String| -> (String, bool) {
        match claimed.get(&area.id) {
            Some(source) => (source.clone(), false),
            None if source_ids.contains(&id) => (id, false),
            None => (id, true),
        }
    };

    // Wellbeing services counties (Helsinki's own slot is Helsinki; Åland has none).
    let mut wellbeing: BTreeMap<&str, String> = BTreeMap::new();
    let mut generated_wellbeing = Vec::new();
    for area in ix.of_kind("wellbeing_county") {
        if ix.is_aland_only(&area.id) {
            continue;
        }
        if let [only] = ix.members(&area.id) {
            if let Some(id) = municipality_actor.get(only) {
                if !claimed.contains_key(&area.id) {
                    wellbeing.insert(area.id.as_str(), id.clone());
                    continue;
                }
            }
        }
        let (fi, sv, en) = area_name(area);
        let (id, new) = pick(area, slug(&fi));
        if new {
            generated_wellbeing.push(json!({
                "id": id, "name": {"en": en, "fi": fi, "sv": sv}, "level": "regional", "kind": "wellbeing_county",
                "tasks": wellbeing_county_tasks(), "area": area.id, "municipalities": [],
                "sources": [koto24_actors_and_tasks()],
            }));
        }
        wellbeing.insert(area.id.as_str(), id);
    }

    // Employment areas, from 1 January 2025.
    let mut employment: BTreeMap<&str, String> = BTreeMap::new();
    let mut generated_employment = Vec::new();
    for area in ix.of_kind("employment_area") {
        if ix.is_aland_only(&area.id) {
            continue;
        }
        let code = area.code.clone().unwrap_or_default();
        let (id, new) = pick(area, format!("employment-area:{code}"));
        if new {
            let (fi, sv, en) = area_name(area);
            generated_employment.push(json!({
                "id": id,
                "name": {"en": format!("{en} (employment area)"), "fi": format!("{fi} (työllisyysalue)"), "sv": format!("{sv} (sysselsättningsområde)")},
                "level": "local", "kind": "employment_authority",
                "description": t(
                    "Municipal employment area: since 1 January 2025 the municipalities of the area organise public employment services together (a large municipality may do so alone), instead of the TE Offices. The name is the area's name in the reference data.",
                    "Kuntien työllisyysalue: 1.1.2025 alkaen alueen kunnat järjestävät julkiset työvoimapalvelut yhdessä (suuri kunta voi järjestää ne yksin) TE-toimistojen sijaan. Nimi on alueen nimi viitetiedoissa.",
                    "Kommunernas sysselsättningsområde: sedan 1.1.2025 ordnar kommunerna i området den offentliga arbetskraftsservicen tillsammans (en stor kommun kan ordna den ensam) i stället för TE-byråerna. Namnet är områdets namn i referensdata.",
                ),
                "tasks": employment_area_tasks(), "area": area.id, "municipalities": [],
                "valid_from": area.valid_from.clone().unwrap_or_else(|| "2025-01-01".into()),
                "sources": [
                    source("https://keusote.fi/mukana-valmistelemassa-uusia-tyo-ja-elinkeinopalveluita-seka-kotoutumispalveluita", "Keusote: 45 employment areas from the start of 2025", "Keusote: 45 työllisyysaluetta vuoden 2025 alusta"),
                    job_market_finland_integration(),
                    koto24_actors_and_tasks(),
                ],
            }));
        }
        employment.insert(area.id.as_str(), id);
    }

    // Economic Development Centres (elinvoimakeskukset), from 1 January 2026.
    let mut vitality: BTreeMap<&str, String> = BTreeMap::new();
    let mut generated_vitality = Vec::new();
    for area in ix.of_kind("vitality_centre") {
        if ix.is_aland_only(&area.id) {
            continue;
        }
        let code = area.code.clone().unwrap_or_default();
        let (id, new) = pick(area, format!("vitality-centre:{code}"));
        if new {
            let (fi, sv, en) = area_name(area);
            let mainland = ix.mainland(&area.id);
            let mut description = [
                "One of the ten Economic Development Centres (elinvoimakeskukset) that began on 1 January 2026 and took over the ELY Centres' migration and integration tasks. The Economic Development Centres belong to the administrative branch of the Ministry of Economic Affairs and Employment. Since 1 January 2025 the national integration tasks (reimbursements, legal advice, monitoring, support for professionals) have lain with the KEHA Centre.".to_string(),
                "Yksi kymmenestä 1.1.2026 aloittaneesta elinvoimakeskuksesta, jotka jatkavat ELY-keskusten maahanmuutto- ja kotoutumistehtäviä. Elinvoimakeskukset kuuluvat työ- ja elinkeinoministeriön hallinnonalaan. Valtakunnalliset kotoutumistehtävät (korvaukset, oikeudellinen neuvonta, seuranta, ammattilaisten tuki) ovat 1.1.2025 alkaen kuuluneet KEHA-keskukselle.".to_string(),
                "En av de tio livskraftscentraler som inledde sin verksamhet 1.1.2026 och tog över NTM-centralernas uppgifter inom migration och integration. Livskraftscentralerna hör till arbets- och näringsministeriets förvaltningsområde. De nationella integrationsuppgifterna (ersättningar, juridisk rådgivning, uppföljning, stöd för yrkesfolk) har sedan 1.1.2025 legat hos KEHA-centret.".to_string(),
            ];
            if mainland.len() < ix.members(&area.id).len() {
                description[0].push_str(" Its area in the reference data includes Åland, where integration is largely a matter for Åland's own authorities.");
                description[1].push_str(" Viitetiedoissa sen alueeseen kuuluu myös Ahvenanmaa, jossa kotoutuminen kuuluu pääosin maakunnan omille viranomaisille.");
                description[2].push_str(" I referensdata ingår även Åland i dess område; på Åland hör integrationen till stor del till de åländska myndigheterna.");
            }
            let mut relations: Vec<Value> = municipality_ids(&mainland)
                .iter()
                .map(|m| relation("cooperates", m))
                .collect();
            relations.extend(
                ix.overlapping(&mainland, "employment_area")
                    .iter()
                    .filter_map(|e| employment.get(e))
                    .map(|e| relation("cooperates", e)),
            );
            generated_vitality.push(json!({
                "id": id, "name": {"en": en, "fi": fi, "sv": sv}, "level": "regional", "kind": "regional_authority",
                "description": t(&description[0], &description[1], &description[2]),
                "tasks": vitality_centre_tasks(), "area": area.id, "municipalities": [],
                "valid_from": area.valid_from.clone().unwrap_or_else(|| "2026-01-01".into()),
                "relations": relations, "sources": economic_development_centre_sources(),
            }));
        }
        vitality.insert(area.id.as_str(), id);
    }

    // ELY Centres until 31 December 2025, and the TE Offices of the same areas until 31 December 2024.
    let mut ely_ids = Vec::new();
    let mut generated_ely = Vec::new();
    let mut generated_te = Vec::new();
    for area in ix.of_kind("ely_centre") {
        if ix.is_aland_only(&area.id) {
            continue;
        }
        let code = area.code.clone().unwrap_or_default();
        let mainland = ix.mainland(&area.id);
        let (fi, sv, en) = area_name(area);
        let te_id = format!("te-office:{code}");
        let te_new = !source_ids.contains(&te_id);
        if te_new {
            let successors: Vec<&String> = ix
                .overlapping(&mainland, "employment_area")
                .iter()
                .filter_map(|e| employment.get(e))
                .collect();
            generated_te.push(json!({
                "id": te_id,
                "name": {
                    "en": rename(&en, "ELY Centre", "TE Office", &mut errors),
                    "fi": rename(&fi, "ELY-keskus", "TE-toimisto", &mut errors),
                    "sv": rename(&sv, "NTM-centralen", "TE-byrån", &mut errors),
                },
                "level": "local", "kind": "employment_authority",
                "description": t(
                    "Employment and Economic Development Office (TE Office). Fifteen TE Offices, one per ELY Centre area, worked from 1 January 2013 (before that there were many local offices); their services passed to the municipal employment areas on 1 January 2025. Illustrative record: the name and area follow the ELY Centre area of the same name and have not been checked against a published list of TE Offices; the Swedish name is descriptive (the official form was probably \"… arbets- och näringsbyrå\", which has not been checked).",
                    "Työ- ja elinkeinotoimisto (TE-toimisto). Viisitoista TE-toimistoa, yksi kunkin ELY-keskuksen alueella, toimi 1.1.2013 alkaen (sitä ennen paikallisia toimistoja oli paljon); niiden palvelut siirtyivät kuntien työllisyysalueille 1.1.2025. Havainnollistava tietue: nimi ja alue on johdettu samannimisen ELY-keskuksen alueesta, eikä niitä ole tarkistettu julkaistusta TE-toimistojen luettelosta; ruotsinkielinen nimi on kuvaileva (virallinen muoto oli luultavasti \"… arbets- och näringsbyrå\", mitä ei ole tarkistettu).",
                    "Arbets- och näringsbyrå (TE-byrå). Femton TE-byråer, en per NTM-centralens område, verkade från 1.1.2013 (dessförinnan fanns många lokala byråer); deras tjänster övergick till kommunernas sysselsättningsområden 1.1.2025. Illustrativ post: namnet och området följer NTM-centralens område med samma namn och har inte kontrollerats mot en publicerad förteckning över TE-byråerna; det svenska namnet är beskrivande (den officiella formen var troligen \"… arbets- och näringsbyrå\", vilket inte har kontrollerats).",
                ),
                "tasks": te_office_tasks(), "area": area.id, "municipalities": [],
                "valid_from": TE_OFFICES_FROM, "valid_to": TE_OFFICES_TO, "successors": successors, "illustrative": true,
                "sources": [job_market_finland_integration()],
            }));
        }
        let (id, new) = pick(area, format!("ely-centre:{code}"));
        if new {
            let successors: Vec<&String> = ix
                .overlapping(&mainland, "vitality_centre")
                .iter()
                .filter_map(|v| vitality.get(v))
                .collect();
            if successors.is_empty() {
                errors.push(format!("{}: no Economic Development Centre shares a municipality with it, so it would have no successor", area.id));
            }
            let mut relations = vec![relation("steers", &te_id)];
            relations.extend(
                municipality_ids(&mainland)
                    .iter()
                    .map(|m| relation("cooperates", m)),
            );
            relations.extend(
                ix.overlapping(&mainland, "employment_area")
                    .iter()
                    .filter_map(|e| employment.get(e))
                    .map(|e| relation("cooperates", e)),
            );
            generated_ely.push(json!({
                "id": id, "name": {"en": en, "fi": fi, "sv": sv}, "short_name": {"fi": "ELY", "sv": "NTM"},
                "level": "regional", "kind": "regional_authority",
                "description": t(
                    "Centre for Economic Development, Transport and the Environment (ELY Centre). The fifteen ELY Centres ended on 31 December 2025; their migration and integration tasks passed to the Economic Development Centres. Since 1 January 2025 the national integration tasks had lain with the KEHA Centre; in 2025 the ELY Centres decided some of the reimbursements, which the KEHA Centre paid.",
                    "Elinkeino-, liikenne- ja ympäristökeskus (ELY-keskus). Viidentoista ELY-keskuksen toiminta päättyi 31.12.2025; maahanmuutto- ja kotoutumistehtävät siirtyivät elinvoimakeskuksille. Valtakunnalliset kotoutumistehtävät olivat 1.1.2025 alkaen KEHA-keskuksella; vuonna 2025 ELY-keskukset päättivät osasta korvauksista, jotka KEHA-keskus maksoi.",
                    "Närings-, trafik- och miljöcentral (NTM-central). De femton NTM-centralernas verksamhet upphörde 31.12.2025; uppgifterna inom migration och integration övergick till livskraftscentralerna. De nationella integrationsuppgifterna låg sedan 1.1.2025 hos KEHA-centret; 2025 beslutade NTM-centralerna om en del av ersättningarna, som KEHA-centret betalade ut.",
                ),
                "tasks": ely_tasks(), "area": area.id, "municipalities": [],
                "valid_from": ELY_FROM, "valid_to": area.valid_to.clone().unwrap_or_else(|| "2025-12-31".into()),
                "successors": successors, "relations": relations,
                "sources": [
                    source("https://finlex.fi/fi/laki/alkup/2013/20131144", "Government Decree 1144/2013: the ELY Centres' names, areas and seats (Finlex)", "Valtioneuvoston asetus 1144/2013 ELY-keskusten nimistä, toimialueista ja toimipaikoista (Finlex)"),
                    source("https://tem.fi/-/uudet-elinvoimakeskukset-edistavat-alueiden-elinvoimaisuutta", "The new Economic Development Centres replace the ELY Centres (TEM release)", "Uudet elinvoimakeskukset edistävät alueiden elinvoimaisuutta (TEM)"),
                    source("https://kotoutuminen.fi/en/-/keha-centre-publishes-instructions-on-cost-reimbursements-under-the-integration-act-", "KEHA Centre publishes instructions on cost reimbursements under the Integration Act", "KEHA-keskuksen ohjeet kotoutumislain mukaisista korvauksista (englanniksi)"),
                ],
            }));
        }
        ely_ids.push(id);
    }

    // Regional State Administrative Agencies, 2010–2025.
    let permit_agency = source_ids.contains(PERMIT_AGENCY);
    if !permit_agency {
        warnings.push(format!(
            "no source actor {PERMIT_AGENCY:?}: the Regional State Administrative Agencies get no successor"
        ));
    }
    let mut generated_avi = Vec::new();
    for avi in &AVIS {
        if source_ids.contains(avi.id) {
            continue;
        }
        let mut codes: Vec<&str> = Vec::new();
        for r in avi.regions {
            let region = format!("region:{r}");
            if ix.members(&region).is_empty() {
                warnings.push(format!(
                    "{}: the reference data has no municipalities in {region}",
                    avi.id
                ));
            }
            codes.extend(ix.members(&region));
        }
        if codes.is_empty() {
            continue;
        }
        codes.sort_unstable();
        let relations: Vec<Value> = ix
            .overlapping(&codes, "wellbeing_county")
            .iter()
            .filter_map(|w| wellbeing.get(w))
            .map(|w| relation("supervises", w))
            .collect();
        generated_avi.push(json!({
            "id": avi.id, "name": {"en": avi.en, "fi": avi.fi, "sv": avi.sv}, "short_name": {"fi": "AVI"},
            "level": "regional", "kind": "regional_authority",
            "description": t(
                "Regional State Administrative Agency. The six agencies ended on 31 December 2025; most of their permit, guidance and supervision tasks passed to the national Finnish Supervisory Agency.",
                "Aluehallintovirasto. Kuuden aluehallintoviraston toiminta päättyi 31.12.2025; suurin osa niiden lupa-, ohjaus- ja valvontatehtävistä siirtyi valtakunnalliselle Lupa- ja valvontavirastolle.",
                "Regionförvaltningsverk. De sex regionförvaltningsverkens verksamhet upphörde 31.12.2025; största delen av deras tillstånds-, styrnings- och tillsynsuppgifter övergick till det riksomfattande Tillstånds- och tillsynsverket.",
            ),
            "tasks": avi_tasks(), "area": null, "municipalities": codes,
            "valid_from": ELY_FROM, "valid_to": "2025-12-31",
            "successors": if permit_agency { vec![PERMIT_AGENCY] } else { vec![] },
            "relations": relations,
            "sources": [source("https://avi.fi/en/reform-of-regional-state-administration", "Reform of regional state administration (avi.fi)", "Aluehallinnon uudistus (avi.fi, englanniksi)")],
        }));
    }

    // Regional councils (Åland has none: its government is a source actor).
    let mut generated_councils = Vec::new();
    for area in ix.of_kind("region") {
        if ix.is_aland_only(&area.id) {
            continue;
        }
        let code = area.code.clone().unwrap_or_default();
        let (id, new) = pick(area, format!("regional-council:{code}"));
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
        let descriptive_sv = official_sv.is_none();
        if official.is_none() {
            warnings.push(format!(
                "{}: no known Finnish name for its regional council; a descriptive one is used",
                area.id
            ));
        }
        generated_councils.push(json!({
            "id": id,
            "name": {
                "en": format!("Regional Council of {en}"),
                "fi": official.unwrap_or_else(|| format!("Maakunnan liitto ({fi})")),
                "sv": official_sv.unwrap_or_else(|| format!("Landskapsförbund ({sv})")),
            },
            "level": "regional", "kind": "regional_authority",
            "description": if descriptive_sv { t(
                "Regional council (maakunnan liitto), a joint municipal authority of the region's municipalities. The Finnish name is the council's own; the English and Swedish names here are descriptive. Illustrative record: its tasks are described in general terms, and no published source was recorded for it.",
                "Maakunnan liitto, maakunnan kuntien kuntayhtymä. Suomenkielinen nimi on liiton oma; englannin- ja ruotsinkielinen nimi ovat tässä kuvailevia. Havainnollistava tietue: tehtävät on kuvattu yleisellä tasolla, eikä tietueelle ole kirjattu julkaistua lähdettä.",
                "Landskapsförbund, en samkommun för kommunerna i landskapet. Det finska namnet är förbundets eget; det svenska och det engelska namnet här är beskrivande. Illustrativ post: uppgifterna beskrivs i allmänna drag, och ingen publicerad källa har antecknats för posten.",
            ) } else { t(
                "Regional council (maakunnan liitto), a joint municipal authority of the region's municipalities. The Finnish and Swedish names are the council's own (the Swedish one still to be verified against the council's pages); the English name here is descriptive. Illustrative record: its tasks are described in general terms, and no published source was recorded for it.",
                "Maakunnan liitto, maakunnan kuntien kuntayhtymä. Suomen- ja ruotsinkielinen nimi ovat liiton omat (ruotsinkielinen on vielä tarkistettava liiton sivuilta); englanninkielinen nimi on tässä kuvaileva. Havainnollistava tietue: tehtävät on kuvattu yleisellä tasolla, eikä tietueelle ole kirjattu julkaistua lähdettä.",
                "Landskapsförbund, en samkommun för kommunerna i landskapet. Det finska och det svenska namnet är förbundets egna (det svenska ska ännu kontrolleras mot förbundets sidor); det engelska namnet här är beskrivande. Illustrativ post: uppgifterna beskrivs i allmänna drag, och ingen publicerad källa har antecknats för posten.",
            ) },
            "tasks": regional_council_tasks(), "area": area.id, "municipalities": [], "illustrative": true,
        }));
    }

    // Relations stated by source actors and by the municipalities.
    let mut extra: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    let mut add = |from: &str, kind: &str, target: &str| {
        extra
            .entry(from.to_string())
            .or_default()
            .push(relation(kind, target))
    };
    if source_ids.contains(TEM) {
        for id in ely_ids.iter().chain(vitality.values()) {
            add(TEM, "steers", id);
        }
    } else {
        warnings.push(format!(
            "no source actor {TEM:?}: nobody steers the ELY Centres and Economic Development Centres"
        ));
    }
    let mut wellbeing_in_order: Vec<&String> = Vec::new();
    for id in ix
        .of_kind("wellbeing_county")
        .filter_map(|a| wellbeing.get(a.id.as_str()))
    {
        if !wellbeing_in_order.contains(&id) {
            wellbeing_in_order.push(id);
        }
    }
    for (source, kind) in [(STM, "steers"), (PERMIT_AGENCY, "supervises")] {
        if source_ids.contains(source) {
            for id in &wellbeing_in_order {
                add(source, kind, id);
            }
        } else {
            warnings.push(format!(
                "no source actor {source:?}: its relations to the wellbeing services counties are left out"
            ));
        }
    }
    for m in municipalities {
        if ix.aland.contains(m.code.as_str()) {
            continue;
        }
        let me = &municipality_actor[m.code.as_str()];
        for area in &m.areas {
            if let Some(e) = employment.get(area.as_str()) {
                add(me, "part_of", e);
            }
            if let Some(w) = wellbeing.get(area.as_str()).filter(|w| *w != me) {
                add(me, "cooperates", w);
            }
        }
    }

    let mut actors = sources;
    let generated = generated_ely
        .into_iter()
        .chain(generated_te)
        .chain(generated_vitality)
        .chain(generated_avi)
        .chain(generated_councils)
        .chain(generated_wellbeing)
        .chain(generated_employment)
        .chain(generated_municipalities);
    for value in generated {
        let id = value["id"].as_str().unwrap_or_default().to_string();
        match serde_json::from_value::<Actor>(value) {
            Ok(a) => actors.push(a),
            Err(e) => errors.push(format!(
                "internal error: generated actor {id} does not fit the model: {e}"
            )),
        }
    }
    for a in &mut actors {
        if let Some(relations) = extra.remove(&a.id) {
            for r in relations {
                let r: Relation = serde_json::from_value(r).expect("a relation is two strings");
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
            .any(|r| r.kind == "part_of" && r.target == "employment-area:39"));
        assert!(!helsinki.relations.iter().any(|r| r.target == "helsinki"));
        assert!(
            done.warnings.iter().any(|w| w.contains("\"tem\"")),
            "{:?}",
            done.warnings
        );
    }
}
