//! The finder's search box and filters. Each control shows what the URL says and writes its
//! change back; the chips above the list (chips.rs) show the chosen ones and clear them. The
//! search box stands before the filters' panel, so that a phone, whose panel is folded, shows it.

use super::{use_set_query, FinderContext};
use crate::browser::language_name;
use crate::components::place::{parse_place, place_options, place_value};
use crate::i18n::{channel_word_name, group_name, topic_name};
use crate::i18n::{move_tr, tr};
use crate::state::use_today;
use atlas_core::text::sort_key;
use atlas_core::{Query, UrlState};
use leptos::prelude::*;

#[component]
pub fn Filters() -> impl IntoView {
    view! {
        <div class="filters">
            <LanguageFilter/>
            <PlaceFilter/>
            <div class="filter-row">
                <VocabularySelect field="channel"/>
                <VocabularySelect field="topic"/>
                <VocabularySelect field="group"/>
            </div>
            <OpenNow/>
        </div>
    }
}

#[component]
pub fn SearchBox() -> impl IntoView {
    let query = expect_context::<FinderContext>().query;
    let set_query = use_set_query();
    // The address this box last wrote (as the URL writes it: a link's `near` is rounded there).
    // A search is one history entry: its first keystroke adds one, the next keystrokes replace
    // it, for as long as nothing else has changed the query (else typing would overwrite the
    // entry of the choice made just before, and Back would undo both).
    let written = StoredValue::new(None::<String>);
    let on_input = move |ev: leptos::ev::Event| {
        let now = query.get_untracked();
        let continues = written.with_value(|w| w.as_deref() == Some(now.to_query_string().as_str()));
        let q = Query {
            q: event_target_value(&ev),
            ..now
        };
        written.set_value(Some(q.to_query_string()));
        set_query(q, continues)
    };
    view! {
        <div class="field search-field">
            <label for="finder-q">{move_tr!("search-label")}</label>
            <input
                id="finder-q"
                type="search"
                autocomplete="off"
                aria-describedby="finder-q-hint"
                prop:value=move || query.get().q
                on:input=on_input
            />
            <p class="hint" id="finder-q-hint">{move_tr!("search-hint")}</p>
        </div>
    }
}

#[component]
fn LanguageFilter() -> impl IntoView {
    let ctx = expect_context::<FinderContext>();
    let (query, results, lang) = (ctx.query, ctx.results, ctx.lang);
    let all_languages = ctx.dataset.loaded.atlas.service_languages();
    let set_query = use_set_query();
    let boxes = move || {
        let ui = lang.get();
        all_languages
            .iter()
            .map(|(code, _)| {
                let code = code.clone();
                let id = format!("lang-{code}");
                let c1 = code.clone();
                let c2 = code.clone();
                let c3 = code.clone();
                let set_query = set_query.clone();
                let checked = move || query.with(|q| q.languages.contains(&c1));
                let count = move || results.with(|r| r.language_counts.get(&c2).copied().unwrap_or(0));
                let toggle = move |_| {
                    let mut q = query.get_untracked();
                    if q.languages.contains(&c3) {
                        q.languages.retain(|l| *l != c3);
                    } else {
                        q.languages.push(c3.clone());
                    }
                    set_query(q, false)
                };
                view! {
                    <li>
                        <input type="checkbox" id=id.clone() value=code.clone() prop:checked=checked on:change=toggle/>
                        <label for=id>
                            // Named in the UI language (Intl), so in the page's own language: no `lang`.
                            {language_name(&code, ui)}
                            " "
                            <span class="count">"(" {count} ")"</span>
                        </label>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="field language-filter">
            <legend>{move_tr!("filter-languages")}</legend>
            <p class="hint">{move_tr!("filter-languages-hint")}</p>
            <ul class="checkbox-list">{boxes}</ul>
        </fieldset>
    }
}

/// One select for "where": the whole country, a municipality, or an area.
#[component]
fn PlaceFilter() -> impl IntoView {
    let ctx = expect_context::<FinderContext>();
    let (query, lang) = (ctx.query, ctx.lang);
    let dataset = ctx.dataset.clone();
    let set_query = use_set_query();
    // The kinds of area that exist today (former ELY Centres do not), by the areas' dates.
    let today = use_today();
    // A memo, so that the 300-odd options are rebuilt when the place changes, not on every keystroke.
    let current =
        Memo::new(move |_| query.with(|q| place_value(q.municipality.as_deref(), q.area.as_deref())));
    let on_change = move |ev: leptos::ev::Event| {
        let mut q = query.get_untracked();
        (q.municipality, q.area) = parse_place(&event_target_value(&ev));
        set_query(q, false)
    };
    let options = move || {
        let selected = current.get();
        view! {
            <option value="" selected=selected.is_empty()>{tr!("place-all")}</option>
            {place_options(&dataset.loaded.atlas, lang.get(), true, &dataset.loaded.atlas.area_kinds_on(today.get()), &selected)}
        }
    };
    view! {
        <div class="field">
            <label for="finder-place">{move_tr!("filter-place")}</label>
            <select id="finder-place" on:change=on_change prop:value=current>{options}</select>
        </div>
    }
}

/// A select over one of the services' vocabularies: channel, topic or target group.
#[component]
fn VocabularySelect(field: &'static str) -> impl IntoView {
    let ctx = expect_context::<FinderContext>();
    let (query, lang) = (ctx.query, ctx.lang);
    let atlas = &ctx.dataset.loaded.atlas;
    let values = match field {
        "channel" => atlas.service_vocabulary(|s| &s.channels),
        "topic" => atlas.service_vocabulary(|s| &s.topics),
        _ => atlas.service_vocabulary(|s| &s.target_groups),
    };
    let name = move |v: &str| match field {
        "channel" => channel_word_name(v),
        "topic" => topic_name(v),
        _ => group_name(v),
    };
    let get = move |q: &Query| match field {
        "channel" => q.channel.clone(),
        "topic" => q.topic.clone(),
        _ => q.group.clone(),
    };
    // A memo: the options are rebuilt when this choice changes, not on every keystroke.
    let current = Memo::new(move |_| query.with(|q| get(q)).unwrap_or_default());
    let set_query = use_set_query();
    let on_change = move |ev: leptos::ev::Event| {
        let v = Some(event_target_value(&ev)).filter(|v| !v.is_empty());
        let mut q = query.get_untracked();
        match field {
            "channel" => q.channel = v,
            "topic" => q.topic = v,
            _ => q.group = v,
        }
        set_query(q, false)
    };
    let label = move || match field {
        "channel" => tr!("filter-channel"),
        "topic" => tr!("filter-topic"),
        _ => tr!("filter-group"),
    };
    let id = format!("finder-{field}");
    let options = move || {
        let selected = current.get();
        let mut items: Vec<(String, String)> = values.iter().map(|v| (v.clone(), name(v))).collect();
        let ui = lang.get();
        items.sort_by_cached_key(|(_, n)| sort_key(n, ui));
        view! {
            <option value="" selected=selected.is_empty()>{tr!("filter-any")}</option>
            {items
                .into_iter()
                .map(|(v, n)| {
                    let sel = v == selected;
                    view! { <option value=v selected=sel>{n}</option> }
                })
                .collect_view()}
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=on_change prop:value=current>{options}</select>
        </div>
    }
}

#[component]
fn OpenNow() -> impl IntoView {
    let query = expect_context::<FinderContext>().query;
    let set_query = use_set_query();
    let toggle = move |_| {
        let q = query.get_untracked();
        set_query(
            Query {
                open_now: !q.open_now,
                ..q
            },
            false,
        )
    };
    view! {
        <div class="field checkbox-field">
            <input type="checkbox" id="finder-open" prop:checked=move || query.get().open_now on:change=toggle/>
            <label for="finder-open">{move_tr!("filter-open-now")}</label>
        </div>
    }
}
