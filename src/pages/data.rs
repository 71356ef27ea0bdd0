//! `/{lang}/data`: about the dataset: title, publisher, date, licence, sources
//! with attribution, counts by record kind (with how many name a source and how many
//! are illustrative), and every record left out, with why.

use crate::browser::format_date;
use crate::components::localised::Localised;
use crate::components::status::with_dataset;
use crate::data::Dataset;
use crate::i18n::ui_language;
use atlas_core::RecordKind;
use leptos::prelude::*;
use leptos_fluent::{move_tr, tr};
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

#[component]
fn AboutData(dataset: Arc<Dataset>) -> impl IntoView {
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
    .map(|(k, n)| (k, n, loaded.left_out(k), a.provenance(k)));
    let problems = loaded.problems.clone();
    let published = meta.published.clone();
    let url = dataset.url.clone();
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
                    let shown = p.clone();
                    view! {
                        <dt>{move_tr!("data-published")}</dt>
                        <dd><time datetime=p>{move || format_date(&shown, lang.get())}</time></dd>
                    }
                })}
                <dt>{move_tr!("data-license")}</dt>
                <dd>{meta.license.clone().unwrap_or_else(|| "–".into())}</dd>
                <dt>{move_tr!("data-address")}</dt>
                <dd><code>{url}</code></dd>
            </dl>
            {meta.sample.then(|| view! { <p class="sample-inline">{move_tr!("sample-text")}</p> })}

            <h2>{move_tr!("data-sources")}</h2>
            <ul class="sources">
                {meta.sources.into_iter().map(|s| {
                    let link = s.url.clone().filter(|u| atlas_core::load::is_web_url(u));
                    view! {
                        <li>
                            {match link {
                                Some(u) => view! { <a href=u rel="noopener noreferrer external"><Localised text=s.name.clone() lang=lang/></a> }.into_any(),
                                None => view! { <Localised text=s.name.clone() lang=lang/> }.into_any(),
                            }}
                            {s.license.map(|l| view! { " ("{l}")" })}
                            {s.attribution.map(|t| view! { <br/><span class="attribution">{t}</span> })}
                        </li>
                    }
                }).collect_view()}
            </ul>

            <h2>{move_tr!("data-counts")}</h2>
            <table class="counts">
                <thead><tr>
                    <th scope="col">{move_tr!("data-kind")}</th>
                    <th scope="col">{move_tr!("data-shown")}</th>
                    <th scope="col">{move_tr!("data-left-out")}</th>
                    <th scope="col">{move_tr!("data-sourced")}</th>
                    <th scope="col">{move_tr!("data-illustrative")}</th>
                </tr></thead>
                <tbody>
                    {counts.into_iter().map(|(k, n, out, provenance)| {
                        // Areas and municipalities come from the reference data and carry no sources.
                        let (sourced, illustrative) = match provenance {
                            Some(p) => (p.sourced.to_string(), p.illustrative.to_string()),
                            None => ("–".to_string(), "–".to_string()),
                        };
                        view! {
                            <tr data-kind=k.as_str()>
                                <th scope="row">{move || kind_name(k)}</th><td>{n}</td><td>{out}</td>
                                <td data-testid="sourced">{sourced}</td><td data-testid="illustrative">{illustrative}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>

            <h2>{move_tr!("data-problems")}</h2>
            {if problems.is_empty() {
                view! { <p>{move_tr!("data-no-problems")}</p> }.into_any()
            } else {
                view! {
                    <p>{move_tr!("data-problems-intro")}</p>
                    <table class="problems" data-testid="problems">
                        <thead><tr>
                            <th scope="col">{move_tr!("data-kind")}</th>
                            <th scope="col">{move_tr!("data-id")}</th>
                            <th scope="col">{move_tr!("data-reason")}</th>
                        </tr></thead>
                        <tbody>
                            {problems.into_iter().map(|p| view! {
                                <tr><td>{move || kind_name(p.kind)}</td><td><code>{p.id.clone()}</code></td><td lang="en">{p.message.clone()}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </article>
    }
}
