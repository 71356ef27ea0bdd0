//! `atlas-data generate --services N --seed S`: a deterministic synthetic dataset for
//! testing the app and the tools at scale. `meta.sample` is true: every service is made up.
//!
//! Services are spread over the real municipalities of the reference CSV in proportion to
//! population. The CSV has no population column, so a stated proxy is used: approximate
//! populations of the 21 largest municipalities (in thousands, from Statistics Finland's
//! figures of about 2023, rounded; good enough to weight made-up data, not to quote) and
//! 8 500 for each of the others (roughly the rest of Finland's 5.6 million shared
//! out). Each service sits within 8 km of its municipality's centre. Languages follow the
//! municipality's official languages (Finnish and/or Swedish) plus English and the
//! languages most spoken by immigrants in Finland, each with its own likelihood.
//!
//! The output is streamed (one service serialised at a time) so a million services take
//! little memory; the same N, K and seed give byte-identical files, because the random
//! numbers come from SplitMix64 written out here (a crate's generator may change its
//! sequence between versions; this one cannot).

use crate::assemble::{self, Reference};
use crate::build::to_json;
use crate::err;
use crate::validate::printable;
use atlas_core::model::{
    Accessibility, Address, Appointment, Channel, Dataset, Meta, Phone, Service, Source, Wheelchair, FORMAT,
};
use atlas_core::time::Date;
use atlas_core::{LatLon, LocalisedText};
use std::io::Write;
use std::path::PathBuf;

const AFTER_HELP: &str = "\
Examples:
  atlas-data generate --services 1000 --seed 1 --out sample.json
  atlas-data generate --services 1000000 --seed 7 --invalid 25 --out big.json
  atlas-data generate --services 50 --seed 2 | atlas-data validate -

The same --services, --invalid and --seed always give the same bytes. With
--invalid K, K more records each break one rule of SPEC §1 (a bad language code,
a place outside Finland, an unknown municipality, a phone number in national
form, a bad e-mail address, opening hours that cannot be read, a repeated id, an
ftp address, an unknown channel, an impossible date, an id with capitals, no
languages), so that the validator reports exactly K errors: about half of the
records are left out, the others are kept without their broken field. A progress bar is
shown on standard error when it is a terminal.

Exit status: 0 written; 2 the output cannot be written, the municipality CSV
cannot be read, or a usage error.";

#[derive(Debug, Clone, PartialEq, clap::Args)]
#[command(about = "Write a deterministic synthetic dataset (meta.sample = true) for tests at scale", after_help = AFTER_HELP)]
pub struct GenerateArgs {
    /// How many valid services
    #[arg(long, value_name = "N")]
    pub services: usize,
    /// The random seed: the same seed gives the same dataset
    #[arg(long, value_name = "S")]
    pub seed: u64,
    /// How many invalid records to add (each breaks one rule)
    #[arg(long, value_name = "K", default_value_t = 0)]
    pub invalid: usize,
    /// The dataset to write [default: standard output]
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// The municipality reference CSV [default: ../shared/data/municipalities.csv]
    #[arg(long, value_name = "PATH")]
    pub municipalities: Option<PathBuf>,
}

/// SplitMix64 (Steele, Lea and Flood 2014): small, fast, and its sequence is fixed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn below(&mut self, n: usize) -> usize {
        ((self.unit() * n as f64) as usize).min(n.saturating_sub(1))
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
}

/// Approximate populations of the largest municipalities (code, thousands): the proxy's known part.
const LARGEST: [(&str, u32); 21] = [
    ("091", 674),
    ("049", 314),
    ("837", 255),
    ("092", 248),
    ("564", 214),
    ("853", 201),
    ("179", 147),
    ("297", 124),
    ("398", 121),
    ("609", 83),
    ("286", 79),
    ("167", 78),
    ("405", 73),
    ("109", 68),
    ("905", 68),
    ("743", 65),
    ("698", 65),
    ("491", 52),
    ("638", 51),
    ("285", 51),
    ("734", 51),
];
const OTHER_POPULATION: f64 = 8_500.0;

/// Languages beyond the official ones, with the chance that a service speaks each.
const EXTRA_LANGUAGES: [(&str, f64); 14] = [
    ("en", 0.75),
    ("ru", 0.30),
    ("uk", 0.25),
    ("ar", 0.20),
    ("et", 0.15),
    ("so", 0.12),
    ("fa", 0.12),
    ("ku", 0.06),
    ("zh", 0.06),
    ("vi", 0.05),
    ("tr", 0.05),
    ("th", 0.04),
    ("fr", 0.08),
    ("es", 0.06),
];

const CHANNELS: [(Channel, f64); 5] = [
    (Channel::InPerson, 0.9),
    (Channel::Phone, 0.8),
    (Channel::Online, 0.6),
    (Channel::Chat, 0.15),
    (Channel::Video, 0.2),
];
const TOPICS: [&str; 10] = [
    "residence",
    "work",
    "housing",
    "education",
    "health",
    "language_courses",
    "family",
    "social_security",
    "taxation",
    "integration_plan",
];
const GROUPS: [&str; 9] = [
    "all",
    "families",
    "youth",
    "women",
    "students",
    "workers",
    "asylum_seekers",
    "refugees",
    "seniors",
];
const HOURS: [&str; 6] = [
    "Mo-Fr 09:00-16:00; PH off",
    "Mo-Th 08:00-16:00; Fr 08:00-14:00; PH off",
    "Mo,We 12:00-18:00; Tu,Th 09:00-15:00; PH off",
    "Mo-Fr 10:00-12:00,13:00-15:00",
    "Tu-Sa 10:00-17:00",
    "24/7",
];

/// (fi, sv, en) kinds of service, for names.
const KINDS: [(&str, &str, &str); 5] = [
    ("Neuvontapiste", "Rådgivning", "Advice point"),
    (
        "Ohjaus- ja neuvontapalvelu",
        "Vägledningstjänst",
        "Guidance service",
    ),
    (
        "Työllisyyspalvelut",
        "Arbetskraftstjänster",
        "Employment services",
    ),
    (
        "Kotoutumispalvelut",
        "Integrationstjänster",
        "Integration services",
    ),
    ("Perheneuvonta", "Familjerådgivning", "Family advice"),
];

/// Cumulative weights over the municipalities, for choosing one in proportion to population.
fn weights(reference: &Reference) -> Vec<f64> {
    let mut total = 0.0;
    reference
        .municipalities
        .iter()
        .map(|m| {
            total += LARGEST
                .iter()
                .find(|(c, _)| *c == m.code)
                .map_or(OTHER_POPULATION, |(_, k)| *k as f64 * 1000.0);
            total
        })
        .collect()
}

fn pick_municipality(cumulative: &[f64], rng: &mut Rng) -> usize {
    let total = cumulative.last().copied().unwrap_or(0.0);
    let x = rng.unit() * total;
    cumulative
        .partition_point(|&c| c <= x)
        .min(cumulative.len().saturating_sub(1))
}

/// One valid synthetic service.
fn service(
    i: usize,
    width: usize,
    reference: &Reference,
    cumulative: &[f64],
    providers: &[Option<String>],
    rng: &mut Rng,
) -> Service {
    let index = pick_municipality(cumulative, rng);
    let m = &reference.municipalities[index];
    // Uniform in a disc of 8 km around the centre.
    let r = 8.0 * rng.unit().sqrt();
    let theta = rng.unit() * std::f64::consts::TAU;
    let lat = m.location.lat + r * theta.cos() / 111.32;
    let lon = m.location.lon + r * theta.sin() / (111.32 * m.location.lat.to_radians().cos());
    let (lat0, lat1, lon0, lon1) = atlas_core::geo::FINLAND_BOUNDS;
    let location = LatLon::new((lat * 1e5).round() / 1e5, (lon * 1e5).round() / 1e5);
    let location = LatLon::new(location.lat.clamp(lat0, lat1), location.lon.clamp(lon0, lon1));

    let (fi, sv, en) = KINDS[rng.below(KINDS.len())];
    let place = |l: &str| m.name.get(l).to_string();
    let n = i + 1;
    let name = LocalisedText::new(&[
        ("fi", &format!("{fi} {n}, {} (esimerkki)", place("fi"))),
        ("sv", &format!("{sv} {n}, {} (exempel)", place("sv"))),
        ("en", &format!("{en} {n}, {} (sample)", place("en"))),
    ]);
    let mut languages: Vec<String> = m.languages.clone();
    for (l, p) in EXTRA_LANGUAGES {
        if rng.chance(p) && !languages.iter().any(|x| x == l) {
            languages.push(l.to_string());
        }
    }
    let mut channels: Vec<Channel> = CHANNELS
        .iter()
        .filter(|(_, p)| rng.chance(*p))
        .map(|&(c, _)| c)
        .collect();
    if channels.is_empty() {
        channels.push(Channel::InPerson);
    }
    let mut topics: Vec<String> = TOPICS
        .iter()
        .filter(|_| rng.chance(0.35))
        .map(|t| t.to_string())
        .collect();
    if topics.is_empty() {
        topics.push(TOPICS[rng.below(TOPICS.len())].to_string());
    }
    let target_groups = if rng.chance(0.6) {
        vec!["all".to_string()]
    } else {
        vec![GROUPS[1 + rng.below(GROUPS.len() - 1)].to_string()]
    };
    let provider = providers.get(index).cloned().flatten();
    let id = format!("sample-{n:0width$}");
    let day = 1 + rng.below(28);
    // A fixed window (not "today"), so the output does not depend on when it is made.
    let month = 1 + rng.below(10);
    Service {
        description: Some(LocalisedText::new(&[
            (
                "fi",
                "Synteettinen esimerkkipalvelu testaukseen; ei todellinen palvelu.",
            ),
            (
                "en",
                "A synthetic sample service for testing; not a real service.",
            ),
        ])),
        provider,
        municipality: m.code.clone(),
        address: Some(Address {
            street: None,
            postal_code: None,
            post_office: Some(m.name.clone()),
        }),
        location,
        channels,
        languages,
        phones: vec![Phone {
            number: "+358 40 0000 000".into(),
            info: Some(LocalisedText::new(&[
                ("en", "Sample number"),
                ("fi", "Esimerkkinumero"),
            ])),
        }],
        email: Some(format!("{id}@example.org")),
        website: Some(format!("https://example.org/integration-atlas-sample/{id}")),
        opening_hours: Some(HOURS[rng.below(HOURS.len())].to_string()),
        appointment: Some(Appointment::ALL[rng.below(3)]),
        target_groups,
        topics,
        accessibility: Some(Accessibility {
            wheelchair: Some(Wheelchair::ALL[rng.below(4)]),
            info: None,
        }),
        last_verified: Date::new(2026, month as u32, day as u32),
        illustrative: false,
        sources: Vec::new(),
        id,
        name,
    }
}

/// The kinds of invalid record; each breaks exactly one rule.
pub const INVALID_KINDS: usize = 12;

/// A service to write, and for an invalid one a value the model cannot hold (a channel outside
/// the vocabulary, a date that is not one): (the field, its JSON) written in place of the field's.
struct Record {
    service: Service,
    replaced: Option<(&'static str, &'static str)>,
}

impl Record {
    fn write(&self, w: &mut dyn Write) -> std::io::Result<()> {
        let Some((field, value)) = self.replaced else {
            return serde_json::to_writer(w, &self.service).map_err(std::io::Error::other);
        };
        let text = serde_json::to_string(&self.service).map_err(std::io::Error::other)?;
        // The field's value as written: an unescaped `"field":` is a key (a quote inside a text is escaped).
        let old = match field {
            "channels" => serde_json::to_string(&self.service.channels),
            _ => serde_json::to_string(&self.service.last_verified),
        }
        .map_err(std::io::Error::other)?;
        let key = format!("\"{field}\":");
        let text = text.replacen(&format!("{key}{old}"), &format!("{key}{value}"), 1);
        w.write_all(text.as_bytes())
    }
}

/// Breaks one rule of a valid service, by kind (`used_id` is an id already used).
fn spoil(mut s: Service, kind: usize, used_id: Option<&str>) -> Record {
    const PIGEON: (&str, &str) = ("channels", r#"["carrier_pigeon"]"#);
    let mut replaced = None;
    match kind % INVALID_KINDS {
        0 => s.languages.push("Finnish".into()),
        1 => s.location = LatLon::new(52.52, 13.40),
        2 => s.municipality = "999".into(),
        3 => s.phones[0].number = "040 000 0000".into(),
        4 => s.email = Some("not-an-address".into()),
        5 => s.opening_hours = Some("sometimes".into()),
        6 => match used_id {
            Some(id) => s.id = id.to_string(),
            None => replaced = Some(PIGEON),
        },
        7 => s.website = Some("ftp://example.org/file".into()),
        8 => replaced = Some(PIGEON),
        9 => replaced = Some(("last_verified", r#""2026-13-45""#)),
        10 => s.id = s.id.to_uppercase(),
        _ => s.languages = Vec::new(),
    }
    Record { service: s, replaced }
}

fn meta(n: usize, k: usize, seed: u64) -> Meta {
    Meta {
        title: LocalisedText::new(&[
            ("en", &format!("Synthetic sample dataset: {n} services (seed {seed})")),
            ("fi", &format!("Synteettinen esimerkkiaineisto: {n} palvelua (siemen {seed})")),
        ]),
        publisher: LocalisedText::new(&[("en", "atlas-data generate")]),
        published: None,
        license: Some("CC0-1.0".into()),
        sample: true,
        sources: vec![Source {
            name: LocalisedText::new(&[(
                "en",
                &format!("Generated by atlas-data generate --services {n} --invalid {k} --seed {seed}; municipalities from Statistics Finland and the National Land Survey of Finland"),
            )]),
            url: None,
            license: Some("CC-BY-4.0".into()),
            attribution: Some("Statistics Finland, National Land Survey of Finland (CC BY 4.0)".into()),
        }],
        contact: None,
    }
}

/// Writes the dataset to `w`, calling `tick` after each service.
pub fn generate(
    n: usize,
    k: usize,
    seed: u64,
    reference: &Reference,
    w: &mut impl Write,
    mut tick: impl FnMut(),
) -> std::io::Result<()> {
    let frame = Dataset {
        format: FORMAT.to_string(),
        meta: meta(n, k, seed),
        areas: reference.areas.clone(),
        municipalities: reference.municipalities.clone(),
        actors: reference.actors.clone(),
        services: Vec::new(),
        programmes: Vec::new(),
        legislation: Vec::new(),
    };
    let text = to_json(&frame).map_err(std::io::Error::other)?;
    let marker = " \"services\": []";
    let (head, tail) = text
        .split_once(marker)
        .ok_or_else(|| std::io::Error::other("internal error: no services list in the frame"))?;
    w.write_all(head.as_bytes())?;
    w.write_all(b" \"services\": [")?;
    let cumulative = weights(reference);
    // Each municipality's own actor, when the reference has one (looked up once, not per service).
    let actor_ids: std::collections::HashSet<&str> = reference.actors.iter().map(|a| a.id.as_str()).collect();
    let providers: Vec<Option<String>> = reference
        .municipalities
        .iter()
        .map(|m| Some(format!("municipality:{}", m.code)).filter(|p| actor_ids.contains(p.as_str())))
        .collect();
    let width = (n + k).max(1).to_string().len();
    let mut rng = Rng::new(seed);
    // The id a "repeated id" record repeats: the latest valid one, so each repeat names another service.
    let mut last_valid: Option<String> = None;
    let mut written = 0usize;
    let mut emit = |w: &mut dyn Write, r: &Record| -> std::io::Result<()> {
        w.write_all(if written == 0 { b"\n  " } else { b",\n  " })?;
        r.write(&mut *w)?;
        written += 1;
        Ok(())
    };
    // The K invalid records are spread evenly among the N valid ones.
    let mut next_invalid = 0usize;
    for i in 0..n + k {
        let invalid_here = next_invalid < k && i == (next_invalid + 1) * (n + k) / (k + 1);
        let s = service(i, width, reference, &cumulative, &providers, &mut rng);
        let r = if invalid_here {
            let kind = next_invalid;
            next_invalid += 1;
            spoil(s, kind, last_valid.as_deref())
        } else {
            last_valid = Some(s.id.clone());
            Record {
                service: s,
                replaced: None,
            }
        };
        emit(w, &r)?;
        tick();
    }
    w.write_all(if written == 0 { b"]" } else { b"\n ]" })?;
    w.write_all(tail.as_bytes())?;
    w.flush()
}

/// The most records one run writes (about 100 GB of JSON): beyond it is surely a typo.
pub const MAX_RECORDS: usize = 100_000_000;

pub fn run(args: &GenerateArgs) -> i32 {
    if args.services.saturating_add(args.invalid) > MAX_RECORDS {
        err!("atlas-data: error: --services plus --invalid is at most {MAX_RECORDS}");
        return 2;
    }
    let reference = match Reference::read(
        &args
            .municipalities
            .clone()
            .unwrap_or_else(assemble::default_municipalities),
    ) {
        Ok(r) => r,
        Err(e) => {
            err!("atlas-data: error: {}", printable(&e.join("; ")));
            return 2;
        }
    };
    let total = args.services.saturating_add(args.invalid);
    let bar = crate::progress::items(total as u64, "generating services");
    let mut count = 0u64;
    let tick = || {
        count += 1;
        if count.is_multiple_of(4096) {
            bar.set_position(count);
        }
    };
    let out_path = args.out.clone().unwrap_or_else(|| PathBuf::from("-"));
    let result = crate::output::write_streamed(&out_path, |mut w| {
        generate(args.services, args.invalid, args.seed, &reference, &mut w, tick)
    });
    bar.finish_and_clear();
    crate::output::report(&out_path, result, || {
        format!(
            "{} services and {} invalid records (seed {})",
            args.services, args.invalid, args.seed
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import_csv::tests::reference;

    fn text(n: usize, k: usize, seed: u64) -> String {
        let mut buf = Vec::new();
        generate(n, k, seed, &reference(), &mut buf, || {}).unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn deterministic_counts_and_exactly_k_problems() {
        let a = text(300, INVALID_KINDS, 42);
        assert_eq!(a, text(300, INVALID_KINDS, 42));
        assert_ne!(a, text(300, INVALID_KINDS, 43));
        let loaded = atlas_core::load(&a).unwrap();
        assert!(loaded.atlas.meta.sample);
        assert_eq!(loaded.problems.len(), INVALID_KINDS, "{:#?}", loaded.problems);
        let (left_out, dropped) = (
            loaded.left_out(atlas_core::RecordKind::Service),
            loaded.dropped(atlas_core::RecordKind::Service),
        );
        assert_eq!(
            left_out + dropped,
            INVALID_KINDS,
            "each invalid record is its own service"
        );
        assert!(
            left_out >= 4 && dropped >= 4,
            "both kinds: {left_out} left out, {dropped} dropped"
        );
        assert_eq!(loaded.atlas.services.len(), 300 + dropped);
        let mut kinds: Vec<&str> = loaded
            .problems
            .iter()
            .map(|p| p.message.split(':').next().unwrap_or(""))
            .collect();
        kinds.sort();
        kinds.dedup();
        assert!(kinds.len() >= 10, "varied kinds: {kinds:?}");
    }

    #[test]
    fn no_services_and_no_invalid() {
        let loaded = atlas_core::load(&text(0, 0, 1)).unwrap();
        assert!(loaded.problems.is_empty() && loaded.atlas.services.is_empty());
        let loaded = atlas_core::load(&text(0, 3, 1)).unwrap();
        assert_eq!(loaded.problems.len(), 3);
    }

    #[test]
    fn spread_follows_population() {
        let loaded = atlas_core::load(&text(4000, 0, 9)).unwrap();
        let count = |code: &str| {
            loaded
                .atlas
                .services
                .iter()
                .filter(|s| s.municipality == code)
                .count()
        };
        // Helsinki is about 12% of the proxy's 5.5 million; a small municipality about 0.15%.
        let helsinki = count("091");
        assert!((350..=620).contains(&helsinki), "{helsinki}");
        assert!(count("005") < 30, "{}", count("005"));
        for s in &loaded.atlas.services {
            let m = loaded.atlas.municipality(&s.municipality).unwrap();
            assert!(s.location.distance_km(&m.location) <= 8.1, "{}", s.id);
            assert!(
                s.languages.iter().any(|l| m.languages.contains(l)),
                "{}: {:?}",
                s.id,
                s.languages
            );
        }
        // Swedish-speaking municipalities get Swedish services.
        let sv = loaded
            .atlas
            .services
            .iter()
            .filter(|s| s.municipality == "905")
            .all(|s| s.languages.contains(&"sv".to_string()));
        assert!(sv, "Vaasa is bilingual");
    }

    #[test]
    fn the_largest_are_the_municipalities_named() {
        let r = reference();
        for (code, _) in LARGEST {
            assert!(r.municipalities.iter().any(|m| m.code == code), "{code}");
        }
        let name = |code: &str| {
            r.municipalities
                .iter()
                .find(|m| m.code == code)
                .map(|m| m.name.get("fi").to_string())
        };
        assert_eq!(name("091").as_deref(), Some("Helsinki"));
        assert_eq!(name("049").as_deref(), Some("Espoo"));
        assert_eq!(name("564").as_deref(), Some("Oulu"));
        assert_eq!(name("734").as_deref(), Some("Salo"));
    }
}
