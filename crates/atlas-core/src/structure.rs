//! Who does what: actors and programmes as they stood on a given day, their
//! relations in both directions, and the list filters of SPEC §3.

use crate::atlas::Atlas;
use crate::model::{Actor, ActorKind, Level, Programme, RelationKind};
use crate::query::{free_text, non_empty, token, url_params, Param, UrlState};
use crate::text::{fold, words};
use crate::time::Date;

/// Whether a record with these validity dates existed on `day` (open ends are unbounded).
pub fn valid_on(from: Option<Date>, to: Option<Date>, day: Date) -> bool {
    from.is_none_or(|f| f <= day) && to.is_none_or(|t| day <= t)
}

impl Actor {
    pub fn is_valid_on(&self, day: Date) -> bool {
        valid_on(self.valid_from, self.valid_to, day)
    }

    /// Whether the actor had ended by `day` (its last day was before it): a former actor on that
    /// day.
    pub fn has_ended_by(&self, day: Date) -> bool {
        self.valid_to.is_some_and(|last| last < day)
    }

    /// The day within the actor's lifetime nearest to `day`: `day` itself while the actor
    /// existed, else its last day (a former actor) or its first (one not yet begun). An actor's
    /// relations are shown as they stood on it, so a former actor's page still shows the
    /// relations it had.
    pub fn nearest_day_of_life(&self, day: Date) -> Date {
        match (self.valid_from, self.valid_to) {
            (Some(first), _) if day < first => first,
            (_, Some(last)) if last < day => last,
            _ => day,
        }
    }
}

/// Where the facts of one kind of record come from (SPEC §1 `sources`, `illustrative`):
/// how many records there are, how many name a source, how many are marked
/// illustrative, and how many do neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Provenance {
    pub total: usize,
    pub sourced: usize,
    pub illustrative: usize,
    pub neither: usize,
}

impl Provenance {
    fn count<'a>(records: impl Iterator<Item = (&'a [crate::model::SourceRef], bool)>) -> Self {
        let mut p = Self::default();
        for (sources, illustrative) in records {
            p.total += 1;
            match (!sources.is_empty(), illustrative) {
                (true, _) => p.sourced += 1,
                (false, true) => p.illustrative += 1,
                (false, false) => p.neither += 1,
            }
        }
        p
    }
}

impl Atlas {
    /// The [`Provenance`] of the actors, services, programmes or legislation; `None` for
    /// kinds without sources. A record with sources counts as sourced even when it is
    /// also marked illustrative.
    pub fn provenance(&self, kind: crate::load::RecordKind) -> Option<Provenance> {
        use crate::load::RecordKind as K;
        Some(match kind {
            K::Actor => Provenance::count(self.actors.iter().map(|r| (r.sources.as_slice(), r.illustrative))),
            K::Service => Provenance::count(
                self.services
                    .iter()
                    .map(|r| (r.sources.as_slice(), r.illustrative)),
            ),
            K::Programme => Provenance::count(
                self.programmes
                    .iter()
                    .map(|r| (r.sources.as_slice(), r.illustrative)),
            ),
            K::Legislation => Provenance::count(
                self.legislation
                    .iter()
                    .map(|r| (r.sources.as_slice(), r.illustrative)),
            ),
            K::Meta | K::Area | K::Municipality => return None,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProgrammeStatus {
    Valid,
    Expired,
    Upcoming,
}

impl ProgrammeStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Valid => "valid",
            Self::Expired => "expired",
            Self::Upcoming => "upcoming",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "valid" => Some(Self::Valid),
            "expired" => Some(Self::Expired),
            "upcoming" => Some(Self::Upcoming),
            _ => None,
        }
    }
}

impl Programme {
    /// The programme's status on `day`; one without a period counts as valid.
    pub fn status_on(&self, day: Date) -> ProgrammeStatus {
        let period = self.period.as_ref();
        let start = period.and_then(|p| p.start);
        let end = period.and_then(|p| p.end);
        if start.is_some_and(|s| day < s) {
            ProgrammeStatus::Upcoming
        } else if end.is_some_and(|e| day > e) {
            ProgrammeStatus::Expired
        } else {
            ProgrammeStatus::Valid
        }
    }

    /// A municipality's own programme (under either Act), as opposed to national ones.
    pub fn is_municipal(&self) -> bool {
        matches!(
            self.kind.as_str(),
            "municipal_integration_programme" | "integration_programme"
        )
    }
}

/// One relation seen from an actor: to whom, of what kind, and in which direction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub kind: RelationKind,
    pub other: usize,
    /// True when the other actor states the relation (it points at this one).
    pub incoming: bool,
}

/// An actor's relations on a day ([`Atlas::links_on`]), each group in [`Atlas::links`]' order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinksOn {
    pub held: Vec<Link>,
    pub other_times: Vec<Link>,
}

/// The actor list's filters (SPEC §3): `q`, `level`, `kind`, `area`, `at`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ActorQuery {
    pub q: String,
    pub level: Option<Level>,
    pub kind: Option<ActorKind>,
    pub area: Option<String>,
    pub at: Option<Date>,
}

impl UrlState for ActorQuery {
    const PARAMS: &'static [Param<Self>] = url_params![
        "q": |q, v| q.q = free_text(v), |q| non_empty(&q.q);
        "level": |q, v| q.level = Level::parse(v), |q| q.level.map(|l| l.as_str().into());
        "kind": |q, v| q.kind = ActorKind::parse(v), |q| q.kind.map(|k| k.as_str().into());
        "area": |q, v| q.area = token(v), |q| q.area.clone();
        "at": |q, v| q.at = Date::parse(v), |q| q.at.map(|d| d.to_string());
    ];
}

/// The programme list's filters (SPEC §3): `q`, `kind`, `municipality`, `area`, `status`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProgrammeQuery {
    pub q: String,
    pub kind: Option<String>,
    pub municipality: Option<String>,
    pub area: Option<String>,
    pub status: Option<ProgrammeStatus>,
}

impl UrlState for ProgrammeQuery {
    const PARAMS: &'static [Param<Self>] = url_params![
        "q": |q, v| q.q = free_text(v), |q| non_empty(&q.q);
        "kind": |q, v| q.kind = token(v), |q| q.kind.clone();
        "municipality": |q, v| q.municipality = token(v), |q| q.municipality.clone();
        "area": |q, v| q.area = token(v), |q| q.area.clone();
        "status": |q, v| q.status = ProgrammeStatus::parse(v), |q| q.status.map(|s| s.as_str().into());
    ];
}

/// Every typed word is in the key, as typed or, written in Cyrillic, romanised ("Тампере":
/// tampere), as the finder reads it. Each word's spellings are made once per query
/// ([`spellings`]).
fn text_matches(words: &[Vec<String>], key: &str) -> bool {
    words.iter().all(|w| w.iter().any(|s| key.contains(s.as_str())))
}

/// The folded words of a list's typed text, each with its romanisations.
fn spellings(q: &str) -> Vec<Vec<String>> {
    words(q).into_iter().map(crate::translit::spellings).collect()
}

/// What a list shows of each actor besides its own texts, in the reader's language, which its
/// search also reads: the names of the actor's kind and level ("міністерство" on the Ukrainian
/// page finds the ministries). The app words them; the core matches.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShownWords {
    pub kinds: Vec<(ActorKind, String)>,
    pub levels: Vec<(Level, String)>,
}

impl Atlas {
    /// Actors matching the list filters, as the structure stood on `q.at` (or `today`); the
    /// typed words are looked for in the actor's names, tasks and area, and in `shown`.
    pub fn find_actors(&self, q: &ActorQuery, today: Date, shown: &ShownWords) -> Vec<usize> {
        let day = q.at.unwrap_or(today);
        let words = spellings(&q.q);
        // Folded once a query, not once an actor.
        fn fold_all<T: Copy>(ws: &[(T, String)]) -> Vec<(T, String)> {
            ws.iter().map(|(x, w)| (*x, fold(w))).collect()
        }
        let shown = &ShownWords {
            kinds: fold_all(&shown.kinds),
            levels: fold_all(&shown.levels),
        };
        (0..self.actors.len())
            .filter(|&i| {
                let a = &self.actors[i];
                a.is_valid_on(day)
                    && q.level.is_none_or(|l| l == a.level)
                    && q.kind.is_none_or(|k| k == a.kind)
                    && q.area.as_ref().is_none_or(|area| self.actor_in_area(a, area))
                    && (words.is_empty() || text_matches(&words, &self.actor_key(a, shown)))
            })
            .collect()
    }

    /// Whether an actor works in an area: its own area, or a municipality of the area.
    pub fn actor_in_area(&self, a: &Actor, area: &str) -> bool {
        if a.area.as_deref() == Some(area) {
            return true;
        }
        let in_area = |code: &String| {
            self.municipality(code)
                .is_some_and(|m| m.areas.iter().any(|x| x == area))
        };
        a.municipalities.iter().any(in_area)
            || a.area.as_ref().is_some_and(|own| {
                self.area_municipalities(own)
                    .iter()
                    .any(|&m| self.municipalities[m].areas.iter().any(|x| x == area))
            })
    }

    /// `shown` folded.
    fn actor_key(&self, a: &Actor, shown: &ShownWords) -> String {
        let mut key: String = a.name.values().map(fold).collect::<Vec<_>>().join(" ");
        let area = a.area.as_deref().and_then(|x| self.area(x)).map(|x| &x.name);
        for t in a.short_name.iter().chain(a.tasks.iter()).chain(area) {
            for v in t.values() {
                key.push(' ');
                key.push_str(&fold(v));
            }
        }
        let kind = shown.kinds.iter().filter(|(k, _)| *k == a.kind).map(|(_, w)| w);
        let level = shown.levels.iter().filter(|(l, _)| *l == a.level).map(|(_, w)| w);
        for w in kind.chain(level) {
            key.push(' ');
            key.push_str(w);
        }
        key
    }

    /// The municipalities (positions) that belong to an area.
    pub fn area_municipalities(&self, area: &str) -> Vec<usize> {
        (0..self.municipalities.len())
            .filter(|&i| self.municipalities[i].areas.iter().any(|a| a == area))
            .collect()
    }

    /// The municipalities an actor covers: its own list, or its area's.
    pub fn actor_municipalities(&self, a: &Actor) -> Vec<usize> {
        let mut out: Vec<usize> = a
            .municipalities
            .iter()
            .filter_map(|c| self.municipality_position(c))
            .collect();
        if let Some(area) = &a.area {
            out.extend(self.area_municipalities(area));
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Relations of an actor in both directions: the ones it states and the ones stated about it.
    pub fn links(&self, actor: usize) -> Vec<Link> {
        let id = &self.actors[actor].id;
        let mut out: Vec<Link> = self.actors[actor]
            .relations
            .iter()
            .filter_map(|r| {
                self.actor_position(&r.target).map(|other| Link {
                    kind: r.kind,
                    other,
                    incoming: false,
                })
            })
            .collect();
        for (i, a) in self.actors.iter().enumerate() {
            for r in a.relations.iter().filter(|r| r.target == *id) {
                out.push(Link {
                    kind: r.kind,
                    other: i,
                    incoming: true,
                });
            }
        }
        out
    }

    /// An actor's relations split by `day`: the ones that held on it, and the ones that held only
    /// before or after it. A relation has no dates of its own (SPEC §1), so it holds while both
    /// its actors exist.
    pub fn links_on(&self, actor: usize, day: Date) -> LinksOn {
        let here = self.actors[actor].is_valid_on(day);
        let (held, other_times) = self
            .links(actor)
            .into_iter()
            .partition(|l| here && self.actors[l.other].is_valid_on(day));
        LinksOn { held, other_times }
    }

    /// The actors whose successors include this one.
    pub fn predecessors(&self, actor: usize) -> Vec<usize> {
        let id = &self.actors[actor].id;
        (0..self.actors.len())
            .filter(|&i| self.actors[i].successors.contains(id))
            .collect()
    }

    /// Programmes matching the list filters, with their status on `today`.
    pub fn find_programmes(&self, q: &ProgrammeQuery, today: Date) -> Vec<usize> {
        let words = spellings(&q.q);
        (0..self.programmes.len())
            .filter(|&i| {
                let p = &self.programmes[i];
                q.kind.as_ref().is_none_or(|k| *k == p.kind)
                    && q.status.is_none_or(|s| p.status_on(today) == s)
                    && q.municipality
                        .as_ref()
                        .is_none_or(|m| p.municipalities.contains(m))
                    && q.area.as_ref().is_none_or(|a| {
                        p.municipalities
                            .iter()
                            .any(|m| self.municipality(m).is_some_and(|m| m.areas.contains(a)))
                    })
                    && (words.is_empty()
                        || text_matches(&words, &p.title.values().map(fold).collect::<Vec<_>>().join(" ")))
            })
            .collect()
    }

    /// For every municipality (by position): the municipal programmes valid for it on `day`.
    pub fn valid_programmes_by_municipality(&self, day: Date) -> Vec<Vec<usize>> {
        let mut out = vec![Vec::new(); self.municipalities.len()];
        for (i, p) in self.programmes.iter().enumerate() {
            if p.is_municipal() && p.status_on(day) == ProgrammeStatus::Valid {
                for m in p
                    .municipalities
                    .iter()
                    .filter_map(|c| self.municipality_position(c))
                {
                    out[m].push(i);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_actor_has_ended_only_after_its_last_day() {
        let doc = serde_json::json!({"format": "integration-atlas/1", "actors": [
            {"id": "ely", "name": {"fi": "E"}, "level": "regional", "kind": "agency", "valid_from": "2010-01-01", "valid_to": "2025-12-31"},
            {"id": "open", "name": {"fi": "O"}, "level": "national", "kind": "agency"}]});
        let a = crate::load(&doc.to_string()).unwrap().atlas;
        let day = |s: &str| Date::parse(s).unwrap();
        let (ely, open) = (&a.actors[0], &a.actors[1]);
        assert!(!ely.has_ended_by(day("2023-06-15")), "it existed then");
        assert!(!ely.has_ended_by(day("2025-12-31")), "its last day");
        assert!(ely.has_ended_by(day("2026-01-01")));
        assert!(!open.has_ended_by(day("2100-01-01")), "no end");
    }

    #[test]
    fn a_relation_holds_while_both_its_actors_exist() {
        // The ministry steered the ELY Centre until it ended and steers its successor from its
        // first day; the ELY Centre steered a TE Office that ended a year before it.
        let doc = serde_json::json!({"format": "integration-atlas/1", "actors": [
            {"id": "tem", "name": {"fi": "T"}, "level": "national", "kind": "ministry",
             "relations": [{"kind": "steers", "target": "ely"}, {"kind": "steers", "target": "centre"}]},
            {"id": "ely", "name": {"fi": "E"}, "level": "regional", "kind": "agency", "valid_from": "2010-01-01", "valid_to": "2025-12-31",
             "relations": [{"kind": "steers", "target": "te"}]},
            {"id": "centre", "name": {"fi": "C"}, "level": "regional", "kind": "agency", "valid_from": "2026-01-01"},
            {"id": "te", "name": {"fi": "TE"}, "level": "regional", "kind": "agency", "valid_to": "2024-12-31"}]});
        let a = crate::load(&doc.to_string()).unwrap().atlas;
        let day = |s: &str| Date::parse(s).unwrap();
        let others = |links: &[Link]| {
            links
                .iter()
                .map(|l| a.actors[l.other].id.as_str())
                .collect::<Vec<_>>()
        };
        let tem = a.links_on(0, day("2026-11-27"));
        assert_eq!(others(&tem.held), ["centre"]);
        assert_eq!(others(&tem.other_times), ["ely"]);
        let tem = a.links_on(0, day("2025-12-31"));
        assert_eq!(
            (others(&tem.held), others(&tem.other_times)),
            (vec!["ely"], vec!["centre"])
        );
        // Stated by the other actor, and before either began: nothing held.
        let ely = a.links_on(1, day("2009-12-31"));
        assert!(ely.held.is_empty());
        assert_eq!(others(&ely.other_times), ["te", "tem"]);
        assert!(ely.other_times[1].incoming);

        // A former actor's page shows its last day, one not yet begun its first.
        let (ely, centre) = (&a.actors[1], &a.actors[2]);
        assert_eq!(ely.nearest_day_of_life(day("2026-11-27")), day("2025-12-31"));
        assert_eq!(ely.nearest_day_of_life(day("2000-05-01")), day("2010-01-01"));
        assert_eq!(ely.nearest_day_of_life(day("2020-05-01")), day("2020-05-01"));
        assert_eq!(centre.nearest_day_of_life(day("2025-06-01")), day("2026-01-01"));
        assert_eq!(
            a.actors[0].nearest_day_of_life(day("1990-01-01")),
            day("1990-01-01")
        );
        let ely_last = a.links_on(1, ely.nearest_day_of_life(day("2026-11-27")));
        assert_eq!(
            (others(&ely_last.held), others(&ely_last.other_times)),
            (vec!["tem"], vec!["te"])
        );
    }

    #[test]
    fn a_list_search_reads_cyrillic_as_the_finder_does() {
        let doc = serde_json::json!({"format": "integration-atlas/1", "actors": [
            {"id": "tampere", "name": {"fi": "Tampereen kaupunki", "en": "City of Tampere"}, "level": "local", "kind": "municipality"},
            {"id": "oulu", "name": {"fi": "Oulun kaupunki"}, "level": "local", "kind": "municipality"}]});
        let a = crate::load(&doc.to_string()).unwrap().atlas;
        let day = Date::parse("2026-11-27").unwrap();
        let found = |q: &str| {
            let query = ActorQuery {
                q: q.into(),
                ..Default::default()
            };
            a.find_actors(&query, day, &ShownWords::default())
                .into_iter()
                .map(|i| a.actors[i].id.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(found("Tampere"), ["tampere"]);
        assert_eq!(found("Тампере"), ["tampere"], "romanised");
        assert_eq!(found("тампере кау"), ["tampere"], "every word");
        assert!(found("Тампере Оулу").is_empty());
    }

    #[test]
    fn a_list_search_reads_the_kind_level_and_area_the_list_shows() {
        let doc = serde_json::json!({"format": "integration-atlas/1",
            "areas": [{"id": "pirkanmaa", "kind": "region", "name": {"fi": "Pirkanmaa", "en": "Pirkanmaa Region"}}],
            "actors": [
            {"id": "tem", "name": {"fi": "Työ- ja elinkeinoministeriö"}, "level": "national", "kind": "ministry"},
            {"id": "tampere", "name": {"fi": "Tampereen kaupunki"}, "level": "local", "kind": "municipality", "area": "pirkanmaa"}]});
        let a = crate::load(&doc.to_string()).unwrap().atlas;
        let day = Date::parse("2026-11-27").unwrap();
        let shown = ShownWords {
            kinds: vec![
                (ActorKind::Ministry, "Міністерство".into()),
                (ActorKind::Municipality, "Муніципалітет".into()),
            ],
            levels: vec![
                (Level::National, "Національний рівень".into()),
                (Level::Local, "Місцевий рівень".into()),
            ],
        };
        let found = |q: &str, shown: &ShownWords| {
            let query = ActorQuery {
                q: q.into(),
                ..Default::default()
            };
            a.find_actors(&query, day, shown)
                .into_iter()
                .map(|i| a.actors[i].id.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(found("міністерство", &shown), ["tem"]);
        assert_eq!(found("національний", &shown), ["tem"]);
        assert_eq!(found("місцевий муніципалітет", &shown), ["tampere"]);
        assert!(
            found("міністерство", &ShownWords::default()).is_empty(),
            "only as shown"
        );
        // The area's name in any of its languages.
        assert_eq!(found("pirkanmaa region", &ShownWords::default()), ["tampere"]);
    }

    #[test]
    fn provenance_counts() {
        use crate::load::RecordKind;
        let doc = serde_json::json!({"format": "integration-atlas/1", "actors": [
            {"id": "a", "name": {"fi": "A"}, "level": "national", "kind": "agency", "sources": [{"url": "https://tem.fi", "checked": "2026-03-01"}]},
            {"id": "b", "name": {"fi": "B"}, "level": "national", "kind": "agency", "illustrative": true},
            {"id": "c", "name": {"fi": "C"}, "level": "national", "kind": "agency", "illustrative": true, "sources": [{"url": "https://tem.fi"}]},
            {"id": "d", "name": {"fi": "D"}, "level": "national", "kind": "agency"}]});
        let a = crate::load(&doc.to_string()).unwrap().atlas;
        assert_eq!(
            a.provenance(RecordKind::Actor),
            Some(Provenance {
                total: 4,
                sourced: 2,
                illustrative: 1,
                neither: 1
            })
        );
        assert_eq!(a.provenance(RecordKind::Programme), Some(Provenance::default()));
        assert_eq!(a.provenance(RecordKind::Area), None);
    }

    #[test]
    fn validity_and_status() {
        let d = |s| Date::parse(s).unwrap();
        assert!(valid_on(None, Some(d("2025-12-31")), d("2025-12-31")));
        assert!(!valid_on(None, Some(d("2025-12-31")), d("2026-01-01")));
        assert!(!valid_on(Some(d("2026-01-01")), None, d("2025-06-01")));
        assert!(valid_on(None, None, d("1999-01-01")));
        let p = Programme {
            id: "p".into(),
            kind: "integration_programme".into(),
            title: Default::default(),
            municipalities: vec![],
            responsible: None,
            period: Some(crate::model::Period {
                start: Some(d("2025-01-01")),
                end: Some(d("2028-12-31")),
            }),
            adopted: None,
            url: None,
            summary: None,
            illustrative: false,
            sources: vec![],
        };
        assert_eq!(p.status_on(d("2024-12-31")), ProgrammeStatus::Upcoming);
        assert_eq!(p.status_on(d("2026-11-22")), ProgrammeStatus::Valid);
        assert_eq!(p.status_on(d("2029-01-01")), ProgrammeStatus::Expired);
    }

    #[test]
    fn list_queries_round_trip() {
        let q = ActorQuery::from_query_string("?level=regional&at=2024-06-01&q=ely%20keskus&kind=%3Cx%3E");
        assert_eq!(q.at, Date::parse("2024-06-01"));
        assert_eq!(q.level, Some(Level::Regional));
        assert_eq!(q.kind, None);
        // A word outside the vocabulary is no filter (as a bad date is).
        assert_eq!(
            ActorQuery::from_query_string("?level=cosmic&kind=ngo").level,
            None
        );
        assert_eq!(
            ActorQuery::from_query_string("?kind=religious_community").kind,
            Some(ActorKind::ReligiousCommunity)
        );
        assert_eq!(
            q.to_query_string(),
            "?q=ely%20keskus&level=regional&at=2024-06-01"
        );
        let p = ProgrammeQuery::from_query_string("?status=expired&municipality=853");
        assert_eq!(p.status, Some(ProgrammeStatus::Expired));
        assert_eq!(p.to_query_string(), "?municipality=853&status=expired");
        assert_eq!(ProgrammeQuery::from_query_string("?status=bogus").status, None);
    }
}
