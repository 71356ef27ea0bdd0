//! The network view's measures: great-circle distances from each municipality's centre to its
//! nearest service, coverage within a distance, the services and languages of an area, shares,
//! and why a kind of area has none on a day.

use crate::atlas::Atlas;
use crate::spatial::PointIndex;
use crate::time::Date;
use std::collections::BTreeSet;

/// Why a kind has no areas on a day, so that an empty table can say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoAreas {
    /// The kind's areas begin later, on this date (e.g. Economic Development Centres in 2026).
    NotYet(Date),
    /// The kind's areas ended before the day, on this date (e.g. ELY Centres, 31.12.2025).
    Ended(Date),
    /// The dataset has no area of this kind at all.
    None,
}

/// `None` when the kind has areas on `day`; else why not.
pub fn why_no_areas(atlas: &Atlas, kind: &str, day: Date) -> Option<NoAreas> {
    if !atlas.areas_on(kind, day).is_empty() {
        return None;
    }
    let of_kind: Vec<_> = atlas.areas.iter().filter(|a| a.kind == kind).collect();
    let starts = of_kind
        .iter()
        .filter_map(|a| a.valid_from)
        .filter(|&d| d > day)
        .min();
    let ends = of_kind
        .iter()
        .filter_map(|a| a.valid_to)
        .filter(|&d| d < day)
        .max();
    Some(match (starts, ends) {
        (Some(d), _) => NoAreas::NotYet(d),
        (None, Some(d)) => NoAreas::Ended(d),
        (None, None) => NoAreas::None,
    })
}

/// The distance from each municipality's centre to its nearest service, in km
/// (great-circle), with that service's position; `None` when there are no services.
/// Computed once per dataset, with a spatial index (the network view asks on every change of
/// its distance, date or sort; at 100,000 services every municipality against every service
/// took seconds).
pub fn nearest_services(atlas: &Atlas) -> &[Option<(usize, f64)>] {
    atlas.nearest_services.get_or_init(|| {
        let index = PointIndex::new(atlas.services.iter().map(|s| s.location));
        atlas
            .municipalities
            .iter()
            .map(|m| index.nearest(&m.location))
            .collect()
    })
}

/// Whether a municipality counts as covered: a service no farther than `km`.
pub fn is_covered(nearest: Option<(usize, f64)>, km: f64) -> bool {
    nearest.is_some_and(|(_, d)| d <= km)
}

/// Per municipality (position): its services (positions, in order). Gathered once per dataset:
/// an area's services were found by asking every service for each area (at 100,000 services
/// the areas table took 0.35 s natively).
fn municipality_services(atlas: &Atlas) -> &[Vec<usize>] {
    atlas.municipality_services.get_or_init(|| {
        let mut by = vec![Vec::new(); atlas.municipalities.len()];
        for s in 0..atlas.services.len() {
            by[atlas.service_municipality[s]].push(s);
        }
        by
    })
}

/// Services (positions, in order) whose municipality belongs to `area`.
pub fn area_services(atlas: &Atlas, area: &str) -> Vec<usize> {
    let by = municipality_services(atlas);
    let mut out: Vec<usize> = atlas
        .area_municipalities(area)
        .into_iter()
        .flat_map(|m| by[m].iter().copied())
        .collect();
    out.sort_unstable();
    out
}

/// The languages some service offers anywhere in the dataset, sorted.
pub fn all_service_languages(atlas: &Atlas) -> BTreeSet<String> {
    // Every interned language is some service's. Extended rather than collected: collecting a
    // set sorts first, with one more copy of the standard library's stable sort in the wasm.
    let mut all = BTreeSet::new();
    all.extend(atlas.languages.words.iter().cloned());
    all
}

/// The languages the given services offer, sorted: each service's language ids marked, then
/// named once (not a string copied per service).
pub fn languages_of(atlas: &Atlas, services: &[usize]) -> BTreeSet<String> {
    let mut offered = vec![false; atlas.languages.words.len()];
    for &s in services {
        for &id in atlas.languages.of(s) {
            offered[id as usize] = true;
        }
    }
    let mut named = BTreeSet::new(); // extended, not collected: see all_service_languages
    named.extend(
        offered
            .iter()
            .zip(&atlas.languages.words)
            .filter(|(&on, _)| on)
            .map(|(_, w)| w.clone()),
    );
    named
}

/// `part` of `whole` in per cent; `None` for an empty whole.
pub fn share(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| 100.0 * part as f64 / whole as f64)
}
