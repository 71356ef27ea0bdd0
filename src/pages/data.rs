//! `/{lang}/data`: about the dataset: title, publisher, date, licence, sources
//! with attribution, counts by record kind (with how many name a source and how many
//! are illustrative), and every record left out, with why.

use crate::browser::{format_date, format_number};
use crate::components::guards::with_dataset;
use crate::components::localised::Localised;
use crate::data::{LoadedDataset, PackRefusal};
use crate::i18n::ui_language;
use crate::i18n::{move_tr, tr};
use atlas_core::pack::PackError;
use atlas_core::{Effect, Problem, Reason, RecordKind};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn DataPage() -> impl IntoView {
    with_dataset(|d| view! { <AboutData dataset=d/> })
}

fn kind_name(k: RecordKind) -> String {
    match k {
        RecordKind::Meta => tr!("kind-meta"),
        RecordKind::Area => tr!("kind-areas"),
        RecordKind::Municipality => tr!("kind-municipalities"),
        RecordKind::Actor => tr!("kind-actors"),
        RecordKind::Service => tr!("kind-services"),
        RecordKind::Programme => tr!("kind-programmes"),
        RecordKind::Legislation => tr!("kind-legislation"),
    }
}

/// Why a rule was broken, in the UI language; the value quoted is data, shown as text.
fn reason_text(r: &Reason) -> String {
    let value = r.value().unwrap_or("").to_string();
    match r {
        Reason::Unreadable(_) => tr!("reason-unreadable"),
        Reason::BadId => tr!("reason-bad_id"),
        Reason::BadMunicipalityCode => tr!("reason-bad_municipality_code"),
        Reason::NoText => tr!("reason-no_text"),
        Reason::BadTextLanguage => tr!("reason-bad_text_language"),
        Reason::NotAWord(_) => tr!("reason-not_a_word", { "value" => value }),
        Reason::NotOneOf(..) => tr!("reason-not_one_of", { "value" => value }),
        Reason::NoRecord(_) => tr!("reason-no_record", { "value" => value }),
        Reason::BadLocation => tr!("reason-bad_location"),
        Reason::BadDate(_) => tr!("reason-bad_date", { "value" => value }),
        Reason::BadUrl => tr!("reason-bad_url"),
        Reason::BadEmail(_) => tr!("reason-bad_email", { "value" => value }),
        Reason::BadPhone(_) => tr!("reason-bad_phone", { "value" => value }),
        Reason::BadLanguage(_) => tr!("reason-bad_language", { "value" => value }),
        Reason::NoLanguage => tr!("reason-no_language"),
        Reason::BadHours(_) => tr!("reason-bad_hours"),
        Reason::EndBeforeStart => tr!("reason-end_before_start"),
        Reason::Duplicate(_) => tr!("reason-duplicate"),
        Reason::NotAList => tr!("reason-not_a_list"),
    }
}

fn effect_text(e: Effect) -> String {
    match e {
        Effect::LeftOut => tr!("effect-left_out"),
        Effect::FieldDropped => tr!("effect-field_dropped"),
    }
}

#[component]
fn ProblemRow(p: Problem) -> impl IntoView {
    // The parser's detail (wrong type, opening-hours syntax) stays in English, marked as such.
    let detail = match &p.reason {
        Reason::Unreadable(d) | Reason::BadHours(d) => Some(d.clone()),
        _ => None,
    };
    let field = if p.field.is_empty() {
        "–".to_string()
    } else {
        p.field.clone()
    };
    let reason = p.reason.clone();
    view! {
        <tr data-effect=p.effect.as_str() data-reason=p.reason.code()>
            <td>{move || kind_name(p.kind)}</td>
            <td><code>{p.id.clone()}</code></td>
            <td><code>{field}</code></td>
            <td>{move || effect_text(p.effect)}</td>
            <td>
                {move || reason_text(&reason)}
                {detail.map(|d| view! { " " <span class="detail" lang="en" dir="ltr">{d}</span> })}
            </td>
        </tr>
    }
}

/// What the page offers to download: the dataset and the format's JSON Schema; for the
/// deployment's own dataset also what `atlas-data build` wrote beside it (`atlas.json` →
/// `atlas.json.sha256`, `atlas.csv`, `atlas.geojson`, `atlas.hsds.json`). A dataset opened from a
/// link has none that anyone made.
fn downloads(dataset_url: &str, own: bool) -> Vec<(&'static str, String)> {
    let mut out = vec![("dataset", dataset_url.to_string())];
    if own {
        out.push(("checksum", format!("{dataset_url}.sha256")));
    }
    out.push(("schema", "/schema/integration-atlas-1.schema.json".to_string()));
    if let (true, Some(stem)) = (own, dataset_url.strip_suffix(".json")) {
        out.push(("csv", format!("{stem}.csv")));
        out.push(("geojson", format!("{stem}.geojson")));
        out.push(("hsds", format!("{stem}.hsds.json")));
    }
    out
}

fn download_name(key: &str) -> String {
    match key {
        "dataset" => tr!("data-dl-dataset"),
        "checksum" => tr!("data-dl-checksum"),
        "schema" => tr!("data-dl-schema"),
        "csv" => tr!("data-dl-csv"),
        "geojson" => tr!("data-dl-geojson"),
        _ => tr!("data-dl-hsds"),
    }
}

/// Whether the dataset was read from the deployment's pack, or why that pack was not used.
fn pack_status(dataset: &LoadedDataset) -> Option<impl IntoView> {
    let status = match (&dataset.pack, &dataset.pack_refused) {
        (Some(pack), _) => view! {
            <code>{pack.url.clone()}</code><br/>
            {move_tr!("data-pack-used")}
        }
        .into_any(),
        (None, Some(refusal)) => {
            let refusal = refusal.clone();
            view! { {move || tr!("data-pack-refused", { "reason" => refusal_text(&refusal) })} }.into_any()
        }
        (None, None) => return None,
    };
    let code = dataset.pack_refused.as_ref().map_or("used", refusal_code);
    Some(view! {
        <dt>{move_tr!("data-pack")}</dt>
        <dd data-testid="pack-status" data-pack=code>{status}</dd>
    })
}

fn refusal_code(r: &PackRefusal) -> &'static str {
    match r {
        PackRefusal::Unreachable => "unreachable",
        PackRefusal::Unchecked => "unchecked",
        PackRefusal::NotInflated => "not-inflated",
        PackRefusal::Refused(PackError::Stale) => "stale",
        PackRefusal::Refused(PackError::Version(_)) => "version",
        PackRefusal::Refused(PackError::NotAPack | PackError::Unreadable) => "damaged",
        PackRefusal::Refused(PackError::BreaksARule(_)) => "breaks-rule",
    }
}

fn refusal_text(r: &PackRefusal) -> String {
    match refusal_code(r) {
        "unreachable" => tr!("pack-unreachable"),
        "unchecked" => tr!("pack-unchecked"),
        "not-inflated" => tr!("pack-not-inflated"),
        "stale" => tr!("pack-stale"),
        "version" => tr!("pack-version"),
        "damaged" => tr!("pack-damaged"),
        _ => tr!("pack-breaks-rule"),
    }
}

#[component]
fn AboutData(dataset: Arc<LoadedDataset>) -> impl IntoView {
    let lang = ui_language();
    let loaded = &dataset.loaded;
    let a = &loaded.atlas;
    let meta = a.meta.clone();
    let counts = [
        (RecordKind::Service, a.services.len()),
        (RecordKind::Municipality, a.municipalities.len()),
        (RecordKind::Area, a.areas.len()),
        (RecordKind::Actor, a.actors.len()),
        (RecordKind::Programme, a.programmes.len()),
        (RecordKind::Legislation, a.legislation.len()),
    ]
    .map(|(k, n)| (k, n, loaded.left_out(k), loaded.dropped(k), a.provenance(k)));
    let problems = loaded.problems.clone();
    let published = meta.published;
    let url = dataset.url.clone();
    let own = dataset.is_deployments_own();
    crate::state::use_page_title(move || tr!("data-title"));
    view! {
        <article class="data-page">
            <h1 id="page-title" tabindex="-1">{move_tr!("data-title")}</h1>
            <dl class="facts">
                <dt>{move_tr!("data-name")}</dt>
                <dd><Localised text=meta.title.clone() lang=lang/></dd>
                <dt>{move_tr!("data-publisher")}</dt>
                <dd><Localised text=meta.publisher.clone() lang=lang/></dd>
                {published.map(|p| {
                    view! {
                        <dt>{move_tr!("data-published")}</dt>
                        <dd><time datetime=p.to_string()>{move || format_date(p, lang.get())}</time></dd>
                    }
                })}
                <dt>{move_tr!("data-license")}</dt>
                <dd>{meta.license.clone().unwrap_or_else(|| "–".into())}</dd>
                <dt>{move_tr!("data-address")}</dt>
                <dd><code>{url}</code></dd>
                {pack_status(&dataset)}
            </dl>
            {meta.sample.then(|| view! { <p class="sample-inline">{move_tr!("sample-text")}</p> })}

            <h2>{move_tr!("data-downloads")}</h2>
            <p>{if own { move_tr!("data-downloads-intro") } else { move_tr!("data-downloads-linked") }}</p>
            <ul class="downloads" data-testid="downloads">
                {downloads(&dataset.url, own).into_iter().map(|(key, href)| view! {
                    <li><a href=href download="" data-download=key>{move || download_name(key)}</a></li>
                }).collect_view()}
            </ul>

            {(!meta.sources.is_empty()).then(|| view! {
            <h2>{move_tr!("data-sources")}</h2>
            <ul class="sources">
                {meta.sources.into_iter().map(|s| {
                    // `load` keeps only an http(s) address (SPEC §1).
                    view! {
                        <li>
                            {match s.url.clone() {
                                Some(u) => view! { <a href=u rel="noopener noreferrer external"><Localised text=s.name.clone() lang=lang/></a> }.into_any(),
                                None => view! { <Localised text=s.name.clone() lang=lang/> }.into_any(),
                            }}
                            // Each isolated with its brackets: in Arabic, an English licence's brackets
                            // and words would otherwise mix with the name's.
                            {s.license.map(|l| view! { " "<bdi class="license">"("{l}")"</bdi> })}
                            {s.attribution.map(|t| view! { <br/><bdi class="attribution">{t}</bdi> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            })}

            <h2>{move_tr!("data-counts")}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-label=move || tr!("data-counts")>
            <table class="counts">
                <thead><tr>
                    <th scope="col">{move_tr!("data-kind")}</th>
                    <th scope="col">{move_tr!("data-shown")}</th>
                    <th scope="col">{move_tr!("data-left-out")}</th>
                    <th scope="col">{move_tr!("data-dropped")}</th>
                    <th scope="col">{move_tr!("data-sourced")}</th>
                    <th scope="col">{move_tr!("data-illustrative")}</th>
                </tr></thead>
                <tbody>
                    {counts.into_iter().map(|(k, n, out, dropped, provenance)| {
                        // Areas and municipalities come from the reference data and carry no sources.
                        let (sourced, illustrative) = match provenance {
                            Some(p) => (p.sourced.to_string(), p.illustrative.to_string()),
                            None => ("–".to_string(), "–".to_string()),
                        };
                        view! {
                            <tr data-kind=k.as_str()>
                                <th scope="row">{move || kind_name(k)}</th>
                                <td>{move || format_number(n as f64, 0, lang.get())}</td>
                                <td>{out}</td>
                                <td>{dropped}</td>
                                <td data-testid="sourced">{sourced}</td><td data-testid="illustrative">{illustrative}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            </div>

            <h2>{move_tr!("data-problems")}</h2>
            {if problems.is_empty() {
                view! { <p>{move_tr!("data-no-problems")}</p> }.into_any()
            } else {
                view! {
                    <p>{move_tr!("data-problems-intro")}</p>
                    <div class="table-scroll" tabindex="0" role="region" aria-label=move || tr!("data-problems")>
                    <table class="problems" data-testid="problems">
                        <thead><tr>
                            <th scope="col">{move_tr!("data-kind")}</th>
                            <th scope="col">{move_tr!("data-id")}</th>
                            <th scope="col">{move_tr!("data-field")}</th>
                            <th scope="col">{move_tr!("data-effect")}</th>
                            <th scope="col">{move_tr!("data-reason")}</th>
                        </tr></thead>
                        <tbody>
                            {problems.into_iter().map(|p| view! { <ProblemRow p=p/> }).collect_view()}
                        </tbody>
                    </table>
                    </div>
                }.into_any()
            }}
        </article>
    }
}
