//! Native benchmarks of the core: parse (JSON → values), load (parse, validate and index: what the
//! app does once per dataset), search (one finder query), cluster (the map's grid for a view) and
//! the nearest service to each municipality (the network view).
//!
//!   cargo bench -p atlas-core                                   the default dataset
//!   ATLAS_BENCH_DATASET=bench/.data/services-100000.json cargo bench -p atlas-core
//!
//! scripts/bench.sh runs it on the largest generated dataset. Numbers and how to read them: BENCHMARKS.md.

use atlas_core::cluster::cluster;
use atlas_core::query::Query;
use atlas_core::spatial::PointIndex;
use atlas_core::time::helsinki_time;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use std::path::PathBuf;

fn dataset() -> (String, String) {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let path = std::env::var_os("ATLAS_BENCH_DATASET")
        .map(PathBuf::from)
        .map(|p| if p.is_absolute() { p } else { repo.join(p) })
        .unwrap_or_else(|| repo.join("public/data/atlas.json"));
    match std::fs::read_to_string(&path) {
        Ok(text) => (path.display().to_string(), text),
        Err(e) => {
            eprintln!("cannot read the benchmark dataset {}: {e}", path.display());
            std::process::exit(2)
        }
    }
}

fn benches(c: &mut Criterion) {
    let (name, text) = dataset();
    let loaded = match atlas_core::load(&text) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{name} is not a dataset the app can load: {e:?}");
            std::process::exit(2)
        }
    };
    let atlas = &loaded.atlas;
    let services = atlas.services.len() as u64;
    eprintln!("dataset: {name}, {} bytes, {services} services", text.len());
    // A fixed moment (a Tuesday at noon, Finnish time) so that `open=now` does the same work each run.
    let now = helsinki_time(1_795_694_400_000.0);

    let mut g = c.benchmark_group("dataset");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("parse JSON", |b| {
        b.iter(|| serde_json::from_str::<serde_json::Value>(&text).map(|v| v.is_object()))
    });
    g.bench_function("load (parse, validate, index)", |b| {
        b.iter_batched(
            || (),
            |_| atlas_core::load(&text).map(|l| l.atlas.services.len()),
            BatchSize::PerIteration,
        )
    });
    g.finish();

    let mut g = c.benchmark_group("search");
    g.throughput(Throughput::Elements(services));
    let queries = [
        ("no filter", Query::default()),
        (
            "language",
            Query {
                languages: vec!["ar".into()],
                ..Query::default()
            },
        ),
        (
            "text",
            Query {
                q: "neuvonta".into(),
                ..Query::default()
            },
        ),
        (
            "text prefix, one letter",
            Query {
                q: "a".into(),
                ..Query::default()
            },
        ),
        // The typo-tolerant path: a word of eight letters with a typo, and a Cyrillic spelling.
        (
            "text with a typo",
            Query {
                q: "tamprere".into(),
                ..Query::default()
            },
        ),
        (
            "text in Cyrillic",
            Query {
                q: "Гельсінкі".into(),
                ..Query::default()
            },
        ),
        (
            "open now",
            Query {
                open_now: true,
                ..Query::default()
            },
        ),
    ];
    for (label, query) in &queries {
        g.bench_function(*label, |b| b.iter(|| atlas.search(query, "fi", now).hits.len()));
    }
    g.finish();

    let mut g = c.benchmark_group("cluster");
    g.throughput(Throughput::Elements(services));
    let points: Vec<_> = atlas
        .services
        .iter()
        .enumerate()
        .map(|(i, s)| (i, s.location))
        .collect();
    g.bench_function("whole country, zoom 5", |b| {
        b.iter(|| cluster(points.iter().copied(), 5.0, 64.0, None).len())
    });
    g.bench_function("Helsinki view, zoom 11", |b| {
        b.iter(|| cluster(points.iter().copied(), 11.0, 64.0, Some((60.1, 24.8, 60.3, 25.2))).len())
    });
    g.finish();

    // The network view's first question (issue 18): every municipality's nearest service,
    // with the spatial index, and by looking at every service as it was done before.
    let mut g = c.benchmark_group("nearest service per municipality");
    g.sample_size(10);
    g.bench_function("spatial index (build and ask)", |b| {
        b.iter(|| {
            let index = PointIndex::new(atlas.services.iter().map(|s| s.location));
            atlas
                .municipalities
                .iter()
                .filter_map(|m| index.nearest(&m.location))
                .count()
        })
    });
    g.bench_function("every service", |b| {
        b.iter(|| {
            atlas
                .municipalities
                .iter()
                .filter_map(|m| {
                    atlas
                        .services
                        .iter()
                        .map(|s| m.location.distance_km(&s.location))
                        .min_by(f64::total_cmp)
                })
                .count()
        })
    });
    g.finish();
}

criterion_group!(core, benches);
criterion_main!(core);
