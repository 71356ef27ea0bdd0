//! `/{lang}/embed-code`: builds the iframe snippet for a chosen view (UI
//! language, place, service languages, topic, map/list/both, size), with a live
//! preview beside it. The choices live in this page's URL; the snippet is
//! written by `atlas_core::embed::EmbedCode`.

use crate::browser::{copy_text, language_name, listen_for_messages, own_origin};
use crate::components::guards::with_dataset;
use crate::components::place::{parse_place, place_options, place_value};
use crate::data::LoadedDataset;
use crate::i18n::{endonym, topic_name, ui_language, ui_languages, InLanguage};
use crate::i18n::{move_tr, tr};
use crate::state::{use_today, use_url_state};
use atlas_core::embed::Controls;
use atlas_core::embed::{EmbedCode, HEIGHT_MESSAGE, START_HEIGHT};
use atlas_core::query::View;
use leptos::html;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn EmbedCodePage() -> impl IntoView {
    with_dataset(|d| view! { <EmbedCodeBuilder dataset=d/> })
}

/// Sizes the preview by its height messages, as the snippet's script does on a host page.
fn follow_preview_height(frame: NodeRef<html::Iframe>, height: RwSignal<u32>) {
    listen_for_messages(move |ev: web_sys::MessageEvent| {
        let Some(f) = frame.get_untracked() else {
            return;
        };
        let from_preview = match (ev.source(), f.content_window()) {
            (Some(s), Some(w)) => js_sys::Object::is(&s, &w),
            _ => false,
        };
        if !from_preview {
            return;
        }
        let data = ev.data();
        let kind = js_sys::Reflect::get(&data, &"type".into())
            .ok()
            .and_then(|t| t.as_string());
        let h = js_sys::Reflect::get(&data, &"height".into())
            .ok()
            .and_then(|h| h.as_f64());
        if let (Some(k), Some(h)) = (kind, h) {
            if k == HEIGHT_MESSAGE && h.is_finite() {
                height.set(h.ceil().clamp(300.0, 20_000.0) as u32);
            }
        }
    });
}

#[component]
fn EmbedCodeBuilder(dataset: Arc<LoadedDataset>) -> impl IntoView {
    let lang = ui_language();
    let (state, set) = use_url_state::<EmbedCode>();
    let origin = own_origin();
    let origin_snip = origin.clone();
    let embed_url = Memo::new(move |_| state.with(|s| s.embed_url(&origin, lang.get())));
    // The frame's title is its name on the host's page, so it is in the embed's language: none
    // while that language's messages are on their way (the snippet waits for it, so that it is
    // never copied with the builder's title), the builder's own if they cannot be had.
    let frame_title = Memo::new(move |_| {
        let ui = state
            .with(|s| s.ui.clone())
            .unwrap_or_else(|| lang.get().to_string());
        match crate::i18n::message_in(&ui, "embed-iframe-title") {
            InLanguage::Found(title) => Some(title),
            InLanguage::Loading => None,
            InLanguage::Missing => Some(tr!("embed-iframe-title")),
        }
    });
    let snippet = Memo::new(move |_| {
        let title = frame_title.get()?;
        Some(state.with(|s| s.snippet(&origin_snip, lang.get(), &title)))
    });
    let copied = RwSignal::new(None::<bool>);
    Effect::new(move |_| {
        snippet.track();
        copied.set(None);
    });
    let copy = move |_| {
        if let Some(snippet) = snippet.get_untracked() {
            copy_text(&snippet, move |ok| copied.set(Some(ok)));
        }
    };

    let atlas = dataset.clone();
    let place = move || state.with(|s| place_value(s.municipality.as_deref(), s.area.as_deref()));
    // The kinds of area that exist today (former ELY Centres do not), by the areas' dates.
    let today = use_today();
    let options = move || {
        let a = &atlas.loaded.atlas;
        place_options(a, lang.get(), true, &a.area_kinds_on(today.get()), &place())
    };
    let languages: Vec<String> = dataset
        .loaded
        .atlas
        .service_languages()
        .into_iter()
        .map(|(l, _)| l)
        .collect();
    let topics = dataset.loaded.atlas.service_vocabulary(|s| &s.topics);

    let frame = NodeRef::<html::Iframe>::new();
    let preview_height = RwSignal::new(START_HEIGHT);
    follow_preview_height(frame, preview_height);
    // Set through the CSSOM (`style:`), which a strict CSP allows; a `style` attribute it would block.
    let preview_width = move || {
        state
            .get()
            .width
            .map(|w| format!("{w}px"))
            .unwrap_or_else(|| "100%".into())
    };
    let preview_px = move || format!("{}px", state.get().height.unwrap_or_else(|| preview_height.get()));
    let size_input = move |which: &'static str| {
        move |ev| {
            let v = event_target_value(&ev)
                .trim()
                .parse::<u32>()
                .ok()
                .map(|n| n.clamp(atlas_core::embed::MIN_SIZE, atlas_core::embed::MAX_SIZE));
            set(
                &move |s| {
                    if which == "width" {
                        s.width = v
                    } else {
                        s.height = v
                    }
                },
                true,
            );
        }
    };
    let view_value = move || match state.with(|s| s.view) {
        Some(View::Map) => "map",
        Some(View::List) => "list",
        None => "both",
    };

    crate::state::use_page_title(move || tr!("embed-code-title"));
    view! {
        <div class="embed-code-page">
            <h1 id="page-title" tabindex="-1">{move_tr!("embed-code-title")}</h1>
            <p class="lead">{move_tr!("embed-code-intro")}</p>
            <div class="embed-code-layout">
                <form class="embed-code-form" on:submit=|ev| ev.prevent_default()>
                    <div class="field">
                        <label for="embed-ui">{move_tr!("embed-ui-language")}</label>
                        <select id="embed-ui" on:change=move |ev| { let v = event_target_value(&ev); set(&move |s| s.ui = Some(v.clone()), false) }>
                            {ui_languages().into_iter().map(|code| view! {
                                <option value=code lang=code selected=move || state.with(|s| s.ui.as_deref().unwrap_or(lang.get()) == code)>{endonym(code)}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="embed-place">{move_tr!("filter-place")}</label>
                        <select id="embed-place" prop:value=place
                            on:change=move |ev| { let v = event_target_value(&ev); set(&move |s| (s.municipality, s.area) = parse_place(&v), false) }>
                            <option value="">{move_tr!("place-all")}</option>
                            {options}
                        </select>
                    </div>
                    <fieldset class="field">
                        <legend>{move_tr!("filter-languages")}</legend>
                        <ul class="checkbox-list">
                            {languages.into_iter().map(|code| {
                                let (c1, c2, c3) = (code.clone(), code.clone(), code.clone());
                                view! {
                                    <li><label>
                                        <input type="checkbox" value=code.clone()
                                            prop:checked=move || state.with(|s| s.languages.contains(&c1))
                                            on:change=move |ev| {
                                                let on = event_target_checked(&ev);
                                                let c = c2.clone();
                                                set(&move |s| { s.languages.retain(|l| *l != c); if on { s.languages.push(c.clone()); } }, false)
                                            }/>
                                        " "{move || language_name(&c3, lang.get())}
                                    </label></li>
                                }
                            }).collect_view()}
                        </ul>
                    </fieldset>
                    <div class="field">
                        <label for="embed-topic">{move_tr!("filter-topic")}</label>
                        <select id="embed-topic" on:change=move |ev| { let v = event_target_value(&ev); set(&move |s| s.topic = Some(v.clone()).filter(|v| !v.is_empty()), false) }>
                            <option value="">{move_tr!("filter-any")}</option>
                            {topics.into_iter().map(|t| { let (t2, t3) = (t.clone(), t.clone()); view! {
                                <option value=t selected=move || state.with(|s| s.topic.as_deref() == Some(t3.as_str()))>{move || topic_name(&t2)}</option>
                            } }).collect_view()}
                        </select>
                    </div>
                    <fieldset class="field">
                        <legend>{move_tr!("embed-view")}</legend>
                        {[("both", None), ("map", Some(View::Map)), ("list", Some(View::List))].into_iter().map(|(key, v)| view! {
                            <label class="radio">
                                <input type="radio" name="embed-view" value=key prop:checked=move || view_value() == key
                                    on:change=move |_| set(&move |s| s.view = v, false)/>
                                " "{move || match key { "map" => tr!("view-map"), "list" => tr!("view-list"), _ => tr!("embed-view-both") }}
                            </label>
                        }).collect_view()}
                    </fieldset>
                    <fieldset class="field">
                        <legend>{move_tr!("embed-controls")}</legend>
                        {[Controls::All, Controls::Search, Controls::None].into_iter().map(|c| view! {
                            <label class="radio">
                                <input type="radio" name="embed-controls" value=c.param().unwrap_or("all")
                                    prop:checked=move || state.with(|s| s.controls == c)
                                    on:change=move |_| set(&move |s| s.controls = c, false)/>
                                " "{move || match c {
                                    Controls::All => tr!("embed-controls-all"),
                                    Controls::Search => tr!("embed-controls-search"),
                                    Controls::None => tr!("embed-controls-none"),
                                }}
                            </label>
                        }).collect_view()}
                    </fieldset>
                    <div class="field">
                        <label for="embed-width">{move_tr!("embed-width")}</label>
                        <input id="embed-width" type="number" min="300" max="4000" step="10" inputmode="numeric" aria-describedby="embed-width-hint"
                            prop:value=move || state.with(|s| s.width.map(|w| w.to_string()).unwrap_or_default()) on:change=size_input("width")/>
                        <p class="hint" id="embed-width-hint">{move_tr!("embed-width-hint")}</p>
                    </div>
                    <div class="field">
                        <label for="embed-height">{move_tr!("embed-height")}</label>
                        <input id="embed-height" type="number" min="300" max="4000" step="10" inputmode="numeric" aria-describedby="embed-height-hint"
                            prop:value=move || state.with(|s| s.height.map(|w| w.to_string()).unwrap_or_default()) on:change=size_input("height")/>
                        <p class="hint" id="embed-height-hint">{move_tr!("embed-height-hint")}</p>
                    </div>
                </form>
                <div class="embed-code-output">
                    <h2>{move_tr!("embed-snippet")}</h2>
                    <label for="embed-snippet" class="visually-hidden">{move_tr!("embed-snippet")}</label>
                    <textarea id="embed-snippet" readonly rows="10" dir="ltr" aria-busy=move || snippet.with(Option::is_none).then_some("true")
                        prop:value=move || snippet.get().unwrap_or_default()></textarea>
                    <p>
                        <button type="button" class="button" on:click=copy data-testid="copy-snippet"
                            disabled=move || snippet.with(Option::is_none)>{move_tr!("embed-copy")}</button>
                        " "
                        <span role="status" data-testid="copy-status">{move || match copied.get() {
                            Some(true) => tr!("embed-copied"),
                            Some(false) => tr!("embed-copy-failed"),
                            None => String::new(),
                        }}</span>
                    </p>
                    <h2>{move_tr!("embed-url")}</h2>
                    <p class="embed-url"><a href=move || embed_url.get() dir="ltr" data-testid="embed-url">{move || embed_url.get()}</a></p>
                    <h2>{move_tr!("embed-preview")}</h2>
                    <iframe node_ref=frame class="embed-preview" src=move || embed_url.get() title=move || frame_title.get().unwrap_or_else(|| tr!("embed-iframe-title")) style:width=preview_width style:height=preview_px></iframe>
                </div>
            </div>
        </div>
    }
}
