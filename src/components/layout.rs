//! The page frame: skip link, header with navigation and language menu, the
//! demonstration-data notice, and the footer.

use crate::components::localised::Localised;
use crate::data::{use_data, DataState};
use crate::i18n::{endonym, is_ui_language, set_language, ui_language, ui_languages};
use crate::i18n::{move_tr, tr};
use crate::state::query_suffix;
use leptos::prelude::*;
use leptos_router::components::{Outlet, A};
use leptos_router::hooks::{use_location, use_params_map};

/// Follows the route's language; returns whether it is a UI language.
fn use_route_language() -> impl Fn() -> bool + Copy + Send + Sync + 'static {
    let params = use_params_map();
    let route_lang = move || params.read().get("lang").unwrap_or_default();
    // Set before the first render so the page never flashes in another language.
    set_language(&route_lang());
    Effect::new(move |_| set_language(&route_lang()));
    move || is_ui_language(&route_lang())
}

#[component]
pub fn Layout() -> impl IntoView {
    let known = use_route_language();

    // After a navigation (not the first load), move focus to the new page's heading and
    // announce the new page's title (asked for by the page as it renders, so read a frame
    // later). A switch to a language whose messages are still on their way changes the path
    // first and the words later: the title is announced once the page speaks the path's
    // language, not the old language's title.
    let location = use_location();
    let lang = ui_language();
    let announcement = RwSignal::new(String::new());
    Effect::new(move |prev: Option<(String, &'static str, bool)>| {
        let path = location.pathname.get();
        let ui = lang.get();
        let path_lang = path.split('/').nth(1).unwrap_or_default();
        let settled = path_lang == ui || !is_ui_language(path_lang);
        let Some((prev_path, prev_ui, announced)) = prev else {
            return (path, ui, true);
        };
        let moved = prev_path != path;
        let due = moved || prev_ui != ui || !announced;
        if moved {
            request_animation_frame(|| crate::browser::focus_by_id("page-title"));
        }
        if due && settled {
            request_animation_frame(move || announcement.set(crate::state::page_title()));
        }
        (path, ui, !due || settled)
    });

    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        crate::browser::focus_by_id("main");
    };
    // On a phone the pages' links fold under one button, so that the language menu, the search
    // box and the first results fit the first screen; a page chosen (a new path) folds them again,
    // and so does Escape, the keyboard back on the button.
    let pages_open = RwSignal::new(false);
    Effect::new(move |_| {
        location.pathname.track();
        pages_open.set(false);
    });
    let fold_on_escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && pages_open.get_untracked() {
            pages_open.set(false);
            crate::browser::focus_by_id("pages-toggle");
        }
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip>{move_tr!("skip-to-content")}</a>
        <p class="visually-hidden" role="status" aria-live="polite" data-testid="route-announcer">{move || announcement.get()}</p>
        <header class="site-header" on:keydown=fold_on_escape>
            <A href=move || format!("/{}/", lang.get()) attr:class="site-name">{move_tr!("app-name")}</A>
            <button
                type="button"
                id="pages-toggle"
                class="pages-toggle"
                aria-controls="site-pages"
                aria-expanded=move || pages_open.get().to_string()
                on:click=move |_| pages_open.update(|open| *open = !*open)
            >
                {move_tr!("nav-menu")}
            </button>
            <nav id="site-pages" class="site-pages" class:is-open=move || pages_open.get() aria-label=move_tr!("nav-label")>
                <ul>
                    // Exact: every page's path starts with the finder's, which is not the current page on them.
                    <li><A href=move || format!("/{}/", lang.get()) exact=true>{move_tr!("nav-finder")}</A></li>
                    <li><A href=move || format!("/{}/actors", lang.get())>{move_tr!("nav-actors")}</A></li>
                    <li><A href=move || format!("/{}/programmes", lang.get())>{move_tr!("nav-programmes")}</A></li>
                    <li><A href=move || format!("/{}/network", lang.get())>{move_tr!("nav-network")}</A></li>
                    <li><A href=move || format!("/{}/data", lang.get())>{move_tr!("nav-data")}</A></li>
                </ul>
            </nav>
            <LanguageMenu/>
        </header>
        <SampleNotice/>
        <main id="main" tabindex="-1">
            <Show when=known fallback=|| view! { <crate::components::not_found::NotFound/> }>
                <Outlet/>
            </Show>
        </main>
        <Footer/>
    }
}

/// The frame of `/{lang}/embed`: no header, footer or language menu, only the
/// demonstration notice, a link to the same view in full, and the page. It tells
/// the host page its height and takes filter messages from it (docs/EMBEDDING.md).
#[component]
pub fn EmbedLayout() -> impl IntoView {
    let known = use_route_language();
    let lang = ui_language();
    let location = use_location();
    let frame = NodeRef::<leptos::html::Div>::new();
    crate::embed::report_height(frame);
    let set_search = crate::state::use_set_search();
    crate::embed::listen_for_filters(move |mut q: atlas_core::Query| {
        // The host chose map, list or both when it embedded the view; a filter message keeps that.
        if q.view.is_none() {
            q.view = <atlas_core::Query as atlas_core::UrlState>::from_query_string(
                &location.search.get_untracked(),
            )
            .view;
        }
        set_search(atlas_core::UrlState::to_query_string(&q), true);
    });
    let full_view = move || format!("/{}/{}", lang.get(), query_suffix(&location.search.get()));
    view! {
        <div class="embed-frame" node_ref=frame>
            <SampleNotice/>
            <p class="full-view">
                <a href=full_view target="_blank" rel="noopener" data-testid="full-view">
                    {move_tr!("embed-full-view")}<span class="visually-hidden">" "{move_tr!("opens-new-tab")}</span>
                </a>
            </p>
            <main id="main" tabindex="-1">
                <Show when=known fallback=|| view! { <crate::components::not_found::NotFound/> }>
                    <Outlet/>
                </Show>
            </main>
        </div>
    }
}

/// Links to the same page and filters in each UI language.
#[component]
fn LanguageMenu() -> impl IntoView {
    let location = use_location();
    let lang = ui_language();
    let link_for = move |code: &str| {
        let path = location.pathname.get();
        let rest = path
            .trim_start_matches('/')
            .split_once('/')
            .map(|(_, r)| r)
            .unwrap_or("");
        format!("/{code}/{rest}{}", query_suffix(&location.search.get()))
    };
    view! {
        <nav class="language-menu" aria-label=move_tr!("ui-language")>
            <ul>
                {ui_languages()
                    .into_iter()
                    .map(|code| {
                        view! {
                            <li>
                                <a
                                    href=move || link_for(code)
                                    hreflang=code
                                    lang=code
                                    aria-current=move || (lang.get() == code).then_some("true")
                                >
                                    {endonym(code)}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// Shown on every page while the dataset says it holds demonstration records, from the
/// finder's first view too (the same dataset's `meta`, checked against its digest), so that
/// the notice is there from the first list and nothing moves when the whole dataset comes.
#[component]
fn SampleNotice() -> impl IntoView {
    let data = use_data();
    let lang = ui_language();
    let offline = data.offline;
    // Whether the data is demonstration data, and when it is from (so a copy kept for offline
    // use is not taken for today's).
    let about = move |meta: &atlas_core::model::Meta| {
        let sample = meta.sample.then(|| {
            view! {
                <p class="sample-notice" role="note" data-testid="sample-notice">
                    <strong>{move_tr!("sample-title")}</strong>" "{move_tr!("sample-text")}
                </p>
            }
        });
        let date = meta.published.map(|date| {
            view! {
                <p class="data-date" data-testid="data-date">
                    {move || offline.get().then(|| view! { <strong>{move_tr!("offline-data")}</strong>" " })}
                    {move || tr!("data-from", { "date" => crate::browser::format_date(date, lang.get()) })}
                </p>
            }
        });
        view! { {sample}{date} }
    };
    move || match data.state.get() {
        DataState::Ready(d) => {
            // A shared link asked for a dataset from an origin this deployment does not allow.
            let refused = d.refused.clone().map(|url| {
                view! {
                    <p class="refused-notice" role="alert" data-testid="refused-notice">
                        {move_tr!("refused-data")}" "<code>{url}</code>
                    </p>
                }
            });
            view! { {refused}{about(&d.loaded.atlas.meta)} }.into_any()
        }
        DataState::Loading => data
            .first_view
            .get()
            .map(|first| about(&first.atlas.meta))
            .into_any(),
        DataState::Failed(_) => ().into_any(),
    }
}

#[component]
fn Footer() -> impl IntoView {
    let data = use_data();
    let lang = ui_language();
    // The dataset's sources, folded: on a phone, in the page's language, they were about 1000 px
    // of the publishers' own (often English) words at the end of every page. Open, or on the
    // data page in full.
    let attribution = move || match data.state.get() {
        DataState::Ready(d) => {
            let sources = d.loaded.atlas.meta.sources.clone();
            let count = sources.len();
            let items = sources
                .into_iter()
                .map(|s| {
                    let text = s.attribution.clone();
                    // The name and its attribution isolated as one phrase, in the direction of its
                    // first words: in Arabic an English name and attribution read as one English
                    // sentence, not as two runs in right-to-left order around the colon; the
                    // attribution isolated again, so that its brackets stay its own.
                    view! {
                        <li>
                            <bdi>
                                <Localised text=s.name lang=lang/>
                                {text.map(|t| view! { ": "<bdi>{t}</bdi> })}
                            </bdi>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <details class="footer-sources">
                    <summary>{move || tr!("footer-sources", { "count" => count })}</summary>
                    <ul class="attribution">{items}</ul>
                </details>
            }
            .into_any()
        }
        _ => ().into_any(),
    };
    // The site's operator (config.json `contact`, SPEC §2).
    let contact = move || {
        data.config.get().and_then(|c| c.contact).map(|c| {
            let email = c.email.map(|e| {
                let href = format!("mailto:{e}");
                view! { " "<a href=href>{e}</a> }
            });
            let url = c.url.map(|u| {
                let href = u.clone();
                view! { " "<a href=href rel="noopener noreferrer external">{u}</a> }
            });
            view! { <p data-testid="footer-contact">{move_tr!("footer-contact")}":"{email}{url}</p> }
        })
    };
    view! {
        <footer class="site-footer">
            <p>{move_tr!("footer-privacy")}</p>
            {contact}
            {attribution}
            <p>
                <A href=move || format!("/{}/data", lang.get())>{move_tr!("nav-data")}</A>
                " · "
                <A href=move || format!("/{}/accessibility", lang.get())>{move_tr!("footer-accessibility")}</A>
                " · "
                <A href=move || format!("/{}/embed-code", lang.get())>{move_tr!("nav-embed-code")}</A>
            </p>
        </footer>
    }
}
