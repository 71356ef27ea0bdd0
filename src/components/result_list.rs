//! The result list: the complete, accessible alternative to the map. Only the
//! first page of results is rendered; "show more" adds the next.

use crate::browser::{format_km, language_name, scroll_into_view};
use crate::app::Clock;
use crate::pages::finder::FinderContext;
use atlas_core::time::helsinki_time;
use leptos::prelude::*;
use leptos_fluent::{move_tr, tr};

const PAGE: usize = 50;

#[component]
pub fn ResultList(highlighted: RwSignal<Option<usize>>, selected: RwSignal<Option<usize>>) -> impl IntoView {
    let ctx = expect_context::<FinderContext>();
    let (results, lang, query) = (ctx.results, ctx.lang, ctx.query);
    let dataset = ctx.dataset.clone();
    let clock = expect_context::<Clock>().0;
    let limit = RwSignal::new(PAGE);
    // A new query starts from the first page.
    Effect::new(move |_| {
        query.track();
        limit.set(PAGE);
    });
    // A marker was chosen: show its entry, paging on if needed, and scroll to it.
    let ds = dataset.clone();
    Effect::new(move |_| {
        let Some(i) = selected.get() else { return };
        let pos = results.with_untracked(|r| r.hits.iter().position(|h| h.service == i));
        if let Some(pos) = pos {
            if pos >= limit.get_untracked() {
                limit.set(pos + 1);
            }
            highlighted.set(Some(i));
            let id = format!("service-{}", ds.loaded.atlas.services[i].id);
            request_animation_frame(move || scroll_into_view(&id));
        }
    });

    let items = move || {
        let ui = lang.get();
        let now = helsinki_time(clock.get());
        let atlas = &dataset.loaded.atlas;
        results.with(|r| {
            r.hits
                .iter()
                .take(limit.get())
                .map(|h| {
                    let i = h.service;
                    let s = &atlas.services[i];
                    let name = s.name.pick(ui);
                    let name_lang = name.filter(|p| p.lang != ui).map(|p| p.lang.to_string());
                    let name = name.map(|p| p.text.to_string()).unwrap_or_default();
                    let place = atlas.service_municipality(i).name.get(ui).to_string();
                    let distance = h.distance_km.map(|d| format_km(d, ui));
                    let languages: Vec<String> = s.languages.iter().map(|l| language_name(l, ui)).collect();
                    let open = atlas.opening_hours(i).map(|oh| oh.is_open(now));
                    let href = format!("/{ui}/services/{}", s.id);
                    // Inside an embed, a service opens in its own tab rather than inside the host's frame.
                    let new_tab = crate::browser::in_frame();
                    view! {
                        <li
                            id=format!("service-{}", s.id)
                            class="result"
                            class:is-highlighted=move || highlighted.get() == Some(i)
                            data-service-id=s.id.clone()
                            on:mouseenter=move |_| highlighted.set(Some(i))
                            on:mouseleave=move |_| highlighted.set(None)
                            on:focusin=move |_| highlighted.set(Some(i))
                            on:focusout=move |_| highlighted.set(None)
                        >
                            <h2 class="result-name"><a href=href lang=name_lang dir="auto" target=new_tab.then_some("_blank")>{name}</a></h2>
                            <p class="result-meta">
                                <span>{place}</span>
                                {distance.map(|d| view! { " · "<span class="distance">{d}</span> })}
                                {open.map(|o| view! {
                                    " · "<span class=if o { "badge open" } else { "badge" }>
                                        {if o { tr!("open-now") } else { tr!("closed-now") }}
                                    </span>
                                })}
                            </p>
                            <p class="result-languages">{tr!("service-languages")}": "{languages.join(", ")}</p>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let more = move || results.with(|r| r.hits.len()) > limit.get();
    view! {
        <div class="results">
            <ul class="result-list" id="results">{items}</ul>
            <Show when=move || results.with(|r| r.hits.is_empty())>
                <p class="no-results">{move_tr!("no-results")}</p>
            </Show>
            <Show when=more>
                <button type="button" class="button secondary" on:click=move |_| limit.update(|l| *l += PAGE)>
                    {move_tr!("show-more")}
                </button>
            </Show>
        </div>
    }
}
