//! The few browser facilities the app needs, each behind a small safe function.

use leptos::prelude::{on_cleanup, Effect, Get, NodeRef, SetValue, StoredValue, UpdateValue, WithValue};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = DisplayNames)]
    type DisplayNames;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DisplayNames", catch)]
    fn new(locales: &JsValue, options: &JsValue) -> Result<DisplayNames, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn of(this: &DisplayNames, code: &str) -> Result<JsValue, JsValue>;
}

/// Per UI language: the browser's language namer, and the names it has given so far.
/// Lists and filters name the same few languages on every keystroke: each is asked once.
struct Namer {
    display: Option<DisplayNames>,
    names: HashMap<String, String>,
}

thread_local! {
    static LANGUAGE_NAMES: RefCell<HashMap<String, Namer>> = RefCell::new(HashMap::new());
}

/// The name of a language (ISO 639 code) in the UI language, as a label standing alone begins
/// (a filter's checkbox, a chip): "Suomi", "Українська".
pub fn language_name(code: &str, ui: &str) -> String {
    capitalise(&language_name_in_text(code, ui))
}

/// The name of a language (ISO 639 code) in the UI language as it stands inside a sentence or
/// a list ("Kielet: suomi, englanti", "Мови: фінська, англійська"), from the browser's own
/// CLDR data (Intl.DisplayNames), which writes each language's names as that language does
/// there: every language named without a translation table of our own. Falls back to the code.
pub fn language_name_in_text(code: &str, ui: &str) -> String {
    LANGUAGE_NAMES.with(|cache| {
        let mut cache = cache.borrow_mut();
        if !cache.contains_key(ui) {
            let opts = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&opts, &"type".into(), &"language".into());
            let display = DisplayNames::new(&JsValue::from_str(ui), &opts).ok();
            cache.insert(
                ui.to_string(),
                Namer {
                    display,
                    names: HashMap::new(),
                },
            );
        }
        let Some(namer) = cache.get_mut(ui) else {
            return code.to_string();
        };
        if let Some(name) = namer.names.get(code) {
            return name.clone();
        }
        let asked = namer
            .display
            .as_ref()
            .and_then(|n| n.of(code).ok())
            .and_then(|v| v.as_string());
        let name = match asked {
            Some(n) if !n.is_empty() && n != code => n,
            _ => code.to_string(),
        };
        namer.names.insert(code.to_string(), name.clone());
        name
    })
}

/// The first letter in upper case, as a label begins. By JavaScript's `toUpperCase`,
/// the same Unicode mapping as Rust's `char::to_uppercase`, whose table (13 KB, used nowhere
/// else) it keeps out of the wasm.
fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => String::from(js_sys::JsString::from(f).to_upper_case()) + c.as_str(),
        None => String::new(),
    }
}

pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Runs `f` once the browser has painted what is on the screen now (the frame after the next).
pub fn after_paint(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(f, std::time::Duration::ZERO)
    });
}

/// Leaflet's script: already run, asked for (the first time, here), or not to be had.
enum Leaflet {
    Ran,
    Loading(web_sys::Element),
    Unavailable,
}

/// Leaflet is not among the page's first scripts: running its 150 KB takes about 50 ms on a slow
/// phone, and as a deferred script it ran before the wasm could start (issue 13). index.html
/// preloads it, so asking for it here only runs it, after the first list.
fn leaflet() -> Leaflet {
    const ID: &str = "leaflet-script";
    let Some(window) = web_sys::window() else {
        return Leaflet::Unavailable;
    };
    if js_sys::Reflect::has(&window, &"L".into()).unwrap_or(false) {
        return Leaflet::Ran;
    }
    let Some(document) = window.document() else {
        return Leaflet::Unavailable;
    };
    if let Some(script) = document.get_element_by_id(ID) {
        return Leaflet::Loading(script);
    }
    let Ok(script) = document.create_element("script") else {
        return Leaflet::Unavailable;
    };
    script.set_id(ID);
    let _ = script.set_attribute("src", "/leaflet.js");
    match document.body() {
        Some(body) if body.append_child(&script).is_ok() => Leaflet::Loading(script),
        _ => Leaflet::Unavailable,
    }
}

/// Runs `f` once Leaflet (`window.L`) has run, asking for it the first time. If it never loads,
/// `f` never runs: no map, the rest of the page works.
pub fn with_leaflet(f: impl FnOnce() + 'static) {
    match leaflet() {
        Leaflet::Ran => f(),
        // Every map waiting for it runs once it has run (a script's `load` comes after it ran).
        Leaflet::Loading(script) => {
            let _ = script.add_event_listener_with_callback("load", Closure::once_into_js(f).unchecked_ref());
        }
        Leaflet::Unavailable => {}
    }
}

/// How long work that follows the map waits for Leaflet at most.
const LEAFLET_PATIENCE: std::time::Duration = std::time::Duration::from_secs(2);

/// Runs `f` once Leaflet has run (a map waiting for it in `with_leaflet` is then made, in the same
/// `load` event), or once it is clear that it will not soon: its script failed, or
/// `LEAFLET_PATIENCE` has passed. For work that should come after the map but never wait on it
/// for long.
pub fn after_leaflet(f: impl FnOnce() + 'static) {
    let script = match leaflet() {
        Leaflet::Loading(script) => script,
        Leaflet::Ran | Leaflet::Unavailable => return f(),
    };
    let once = std::rc::Rc::new(std::cell::Cell::new(Some(Box::new(f) as Box<dyn FnOnce()>)));
    let run = move || {
        if let Some(f) = once.take() {
            f()
        }
    };
    for event in ["load", "error"] {
        let _ = script
            .add_event_listener_with_callback(event, Closure::once_into_js(run.clone()).unchecked_ref());
    }
    leptos::prelude::set_timeout(run, LEAFLET_PATIENCE);
}

/// config.json's text as public/preload.js asked for it (the promise it leaves in
/// `window.atlasConfig`, which the app takes rather than asking again): `None` without
/// preload.js, `Some(None)` when config.json could not be had.
pub async fn preloaded_config() -> Option<Option<String>> {
    let window = web_sys::window()?;
    let promise = js_sys::Reflect::get(&window, &"atlasConfig".into())
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    let text = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    Some(text.as_string())
}

/// A gzip-compressed answer's body, inflated by the browser's own `DecompressionStream` (the
/// pack travels compressed from any host, and no inflater is built into the wasm). `None`
/// when the browser has none, or the body is not whole gzip (cut short or damaged). The bytes stay
/// in the browser's memory, not the wasm's: a reader copies them a part at a time.
pub async fn gunzip(response: &JsValue) -> Option<js_sys::Uint8Array> {
    use js_sys::{Array, Function, Reflect};
    let window = web_sys::window()?;
    let class = |name: &str| {
        Reflect::get(&window, &name.into())
            .ok()?
            .dyn_into::<Function>()
            .ok()
    };
    let inflater = Reflect::construct(&class("DecompressionStream")?, &Array::of1(&"gzip".into())).ok()?;
    let body = Reflect::get(response, &"body".into()).ok()?;
    let pipe = Reflect::get(&body, &"pipeThrough".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    let inflated = pipe.call1(&body, &inflater).ok()?;
    let whole = Reflect::construct(&class("Response")?, &Array::of1(&inflated)).ok()?;
    let read = Reflect::get(&whole, &"arrayBuffer".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    let promise = read.call0(&whole).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    let buffer = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer))
}

/// Waits until `promise` settles, or `ms` milliseconds.
pub async fn settled_within(promise: &js_sys::Promise, ms: i32) {
    let timer = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let first = js_sys::Promise::race(&js_sys::Array::of2(promise, &timer));
    let _ = wasm_bindgen_futures::JsFuture::from(first).await;
}

/// A promise and the function that settles it: a task tells another, waiting in a
/// `Promise.race`, that it is done.
pub fn promise_and_settle() -> (js_sys::Promise, js_sys::Function) {
    let mut settle = None;
    let promise = js_sys::Promise::new(&mut |resolve, _| settle = Some(resolve));
    // The executor runs at once, inside `Promise::new`.
    (
        promise,
        settle.unwrap_or_else(|| js_sys::Function::new_no_args("")),
    )
}

/// The next animation frame. A page in the background gets none until it is shown again: a
/// caller waiting on frames bounds its wait another way.
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.request_animation_frame(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A named point on the page's performance timeline (read by the benchmark; costs nothing else).
pub fn performance_mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Resolves in a new task, after the page has had the chance to draw and to handle input.
/// A message to itself rather than a timer: timers in a background tab wait a second or more,
/// messages do not.
pub async fn next_task() {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        return;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        channel.port1().set_onmessage(Some(&resolve));
        let _ = channel.port2().post_message(&wasm_bindgen::JsValue::NULL);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    channel.port1().set_onmessage(None);
}

/// A date in the reader's language, e.g. 22.11.2026 in Finnish (`YYYY-MM-DD` if the browser
/// cannot say it).
pub fn format_date(d: atlas_core::time::Date, ui: &str) -> String {
    let date = js_sys::Date::new_with_year_month_day(d.year as u32, d.month as i32 - 1, d.day as i32);
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"dateStyle".into(), &"medium".into());
    date.to_locale_date_string(ui, &opts)
        .as_string()
        .unwrap_or_else(|| d.to_string())
}

/// A distance in kilometres in the reader's language and unit: "0,3 km" in Finnish, "0,3 км" in
/// Ukrainian, "0.3 كم" in Arabic; one decimal under 10 km, none above (Intl.NumberFormat's
/// short unit).
pub fn format_km(km: f64, ui: &str) -> String {
    let decimals = if km < 10.0 { 1 } else { 0 };
    format_with(
        ui,
        Style {
            min_decimals: 0,
            max_decimals: decimals,
            unit: Some("kilometer"),
        },
        km,
    )
    .unwrap_or_else(|| format!("{km:.prec$} km", prec = decimals as usize))
}

/// What an Intl.NumberFormat is made with here (its key in the cache of formats).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Style {
    min_decimals: u32,
    max_decimals: u32,
    /// An Intl unit ("kilometer"), shown short.
    unit: Option<&'static str>,
}

thread_local! {
    static NUMBER_FORMATS: RefCell<HashMap<(String, Style), js_sys::Function>> = RefCell::new(HashMap::new());
}

/// `value` formatted by the reader's Intl.NumberFormat of that style (made once per language
/// and style); `None` when the browser gives no text.
fn format_with(ui: &str, style: Style, value: f64) -> Option<String> {
    let format = NUMBER_FORMATS.with(|cache| {
        cache
            .borrow_mut()
            .entry((ui.to_string(), style))
            .or_insert_with(|| {
                let opts = js_sys::Object::new();
                let set = |k: &str, v: JsValue| {
                    let _ = js_sys::Reflect::set(&opts, &k.into(), &v);
                };
                set("minimumFractionDigits", JsValue::from(style.min_decimals));
                set("maximumFractionDigits", JsValue::from(style.max_decimals));
                if let Some(unit) = style.unit {
                    set("style", "unit".into());
                    set("unit", unit.into());
                    set("unitDisplay", "short".into());
                }
                js_sys::Intl::NumberFormat::new(&js_sys::Array::of1(&JsValue::from_str(ui)), &opts).format()
            })
            .clone()
    });
    format
        .call1(&JsValue::NULL, &JsValue::from_f64(value))
        .ok()
        .and_then(|v| v.as_string())
}

/// A number in the reader's format with exactly `decimals` decimals: "92,3" in Finnish,
/// "92.3" in English, with the reader's grouping (Intl.NumberFormat, kept per language).
pub fn format_number(value: f64, decimals: u32, ui: &str) -> String {
    let style = Style {
        min_decimals: decimals,
        max_decimals: decimals,
        unit: None,
    };
    format_with(ui, style, value).unwrap_or_else(|| format!("{value:.prec$}", prec = decimals as usize))
}

pub fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

/// The first element matching a CSS selector, if any.
pub fn query_selector(selector: &str) -> Option<web_sys::Element> {
    document().query_selector(selector).ok().flatten()
}

pub fn own_origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// Resolves a URL against the page; returns (absolute URL, origin), or None when it is not http(s).
pub fn resolve_url(url: &str) -> Option<(String, String)> {
    let base = web_sys::window()?.location().href().ok()?;
    let u = web_sys::Url::new_with_base(url, &base).ok()?;
    matches!(u.protocol().as_str(), "http:" | "https:").then(|| (u.href(), u.origin()))
}

/// The id of the element that has the focus, if it has one.
pub fn active_element_id() -> Option<String> {
    document()
        .active_element()
        .map(|e| e.id())
        .filter(|id| !id.is_empty())
}

/// Moves keyboard focus to an element (a page heading after navigation, say).
pub fn focus_by_id(id: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Moves keyboard focus to the first field (input or select) inside an element (a panel just
/// opened).
pub fn focus_first_control(id: &str) {
    if let Some(el) = document()
        .query_selector(&format!("#{id} input, #{id} select"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Moves keyboard focus to an element without scrolling to it (the page was put back where
/// it was already).
pub fn focus_without_scrolling(el: &web_sys::Element) {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"preventScroll".into(), &JsValue::TRUE);
    if let Ok(focus) =
        js_sys::Reflect::get(el, &"focus".into()).and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let _ = focus.call1(el, &options);
    }
}

/// Scrolls the element into view, `block` saying where (its top at the window's, `Start`, or
/// just enough, `Nearest`); below a sticky bar (`keep_below_sticky_bar`).
pub fn scroll_into_view(id: &str, block: web_sys::ScrollLogicalPosition) {
    if let Some(el) = document().get_element_by_id(id) {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(block);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}

/// While the calling view lives, calls `on_height` with the element and its height whenever its
/// size changes (a ResizeObserver, disconnected with the view).
pub fn watch_height(
    node: NodeRef<leptos::html::Div>,
    on_height: impl FnMut(&web_sys::Element, f64) + 'static,
) {
    let live = StoredValue::new_local(None::<(web_sys::ResizeObserver, Closure<dyn FnMut(js_sys::Array)>)>);
    let mut on_height = Some(on_height);
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        if live.with_value(|l| l.is_some()) {
            return;
        }
        let Some(mut on_height) = on_height.take() else {
            return;
        };
        let target: web_sys::Element = el.clone().into();
        let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| {
            on_height(&target, target.get_bounding_client_rect().height());
        });
        let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
            return;
        };
        observer.observe(&el);
        live.set_value(Some((observer, on_resize)));
    });
    on_cleanup(move || {
        if let Some((observer, _)) = live.try_update_value(|l| l.take()).flatten() {
            observer.disconnect();
        }
    });
}

/// While the calling view lives, keeps the CSS property `--sticky-bar` of the bar's parent (only
/// its part of the page is styled again when it changes) at the height of `bar`, a bar stuck to
/// the window's top (a phone's finder toolbar), and a little air: the scroll margin of what lies
/// below the bar (style/main.css), so that what the browser brings into view (a focused element,
/// `scroll_into_view`) comes below the bar, not under it. A CSS value could not know the height:
/// the bar wraps onto a second line in some languages and widths. Where the bar is not shown (a
/// desktop) its height is 0. Not a scroll padding of the whole page: that would count the bar's
/// own buttons as hidden and scroll when one is focused.
pub fn keep_below_sticky_bar(bar: NodeRef<leptos::html::Div>) {
    const AIR_PX: f64 = 8.0;
    watch_height(bar, |bar, height| {
        let Some(parent) = bar
            .parent_element()
            .and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        let style = parent.style();
        let _ = if height > 0.0 {
            style.set_property("--sticky-bar", &format!("{}px", height + AIR_PX))
        } else {
            style.remove_property("--sticky-bar").map(|_| ())
        };
    });
}

/// Whether the person asked the system for less motion.
pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Why a position could not be had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PositionError {
    Denied,
    Unavailable,
}

/// Asks the browser for the position once. The position is handed to `done`
/// and kept in memory by the caller: it is never sent anywhere.
pub fn request_position(done: impl Fn(Result<(f64, f64), PositionError>) + 'static) {
    let done = std::rc::Rc::new(done);
    let geo = web_sys::window().and_then(|w| w.navigator().geolocation().ok());
    let Some(geo) = geo else {
        done(Err(PositionError::Unavailable));
        return;
    };
    let ok_done = done.clone();
    let ok = Closure::once_into_js(move |p: web_sys::Position| {
        let c = p.coords();
        ok_done(Ok((c.latitude(), c.longitude())));
    });
    let err = Closure::once_into_js(move |e: web_sys::PositionError| {
        done(Err(if e.code() == web_sys::PositionError::PERMISSION_DENIED {
            PositionError::Denied
        } else {
            PositionError::Unavailable
        }));
    });
    let opts = web_sys::PositionOptions::new();
    opts.set_timeout(15_000);
    opts.set_maximum_age(60_000);
    let _ = geo.get_current_position_with_error_callback_and_options(
        ok.unchecked_ref(),
        Some(err.unchecked_ref()),
        &opts,
    );
}

/// Tells the page's service worker bridge (public/boot.js) that the dataset at `url` parsed and
/// validated, so the service worker may keep it for offline use in place of the last one. When
/// the worker kept the network's answer aside itself (`x-atlas-pending`), `bytes` is `None` and
/// nothing is copied; on a first visit (no worker in the way yet) the bytes (already out of wasm
/// memory) are moved to the worker, not copied again. An event on `window` rather than a direct call: without boot.js
/// (the component tests) nobody listens and nothing happens.
pub fn dataset_validated(url: &str, bytes: Option<&js_sys::Uint8Array>) {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &JsValue::from_str("url"), &JsValue::from_str(url));
    if let Some(bytes) = bytes {
        let _ = js_sys::Reflect::set(&detail, &JsValue::from_str("body"), &bytes.buffer());
    }
    dispatch("atlas-dataset-validated", &detail);
}

/// Tells the service worker bridge that the newer dataset it answered for `url` did not
/// validate: the worker drops it and keeps its last good copy.
pub fn dataset_refused(url: &str) {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &JsValue::from_str("url"), &JsValue::from_str(url));
    dispatch("atlas-dataset-refused", &detail);
}

/// Asks public/kept-view.js to keep what the page shows now (the finder's first list of an
/// unfiltered address), so that the next visit to this address shows it before the app has run
/// (the kept view). An event rather than a call: without kept-view.js nothing happens.
pub fn keep_view() {
    dispatch("atlas-keep-view", &js_sys::Object::new());
}

/// Tells public/kept-view.js to forget the kept views: a newer dataset is shown, so the lists they
/// show are out of date.
pub fn forget_kept_views() {
    dispatch("atlas-forget-kept-views", &js_sys::Object::new());
}

/// Takes index.html's loading screen away, with the kept view on it if there is one: the app's
/// own page is drawn. `unless_kept`: only a plain loading screen (a kept view waits for the
/// finder's first list, or a failure to show).
pub fn remove_loading_screen(unless_kept: bool) {
    if let Some(screen) = document().get_element_by_id("boot") {
        if !(unless_kept && screen.has_attribute("data-kept")) {
            screen.remove();
        }
    }
}

fn dispatch(name: &str, detail: &js_sys::Object) {
    let Some(window) = web_sys::window() else { return };
    let init = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&init, &JsValue::from_str("detail"), detail);
    let Ok(ctor) = js_sys::Reflect::get(&window, &JsValue::from_str("CustomEvent")) else {
        return;
    };
    let Ok(ctor) = ctor.dyn_into::<js_sys::Function>() else {
        return;
    };
    let args = js_sys::Array::of2(&JsValue::from_str(name), &init);
    if let Ok(event) = js_sys::Reflect::construct(&ctor, &args).and_then(|e| e.dyn_into::<web_sys::Event>()) {
        let _ = window.dispatch_event(&event);
    }
}

/// The window this page is framed in, when it runs inside a frame (an embed on another site).
pub fn parent_window() -> Option<web_sys::Window> {
    let w = web_sys::window()?;
    let p = w.parent().ok()??;
    (!js_sys::Object::is(&p, &w)).then_some(p)
}

/// Whether the page runs inside a frame (an embed on another site, say).
pub fn in_frame() -> bool {
    parent_window().is_some()
}

/// Hands every `message` event the window receives to `handle` (which checks where it came
/// from), until the reactive owner that called this is cleaned up.
pub fn listen_for_messages(handle: impl FnMut(web_sys::MessageEvent) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(handle);
    if window
        .add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref())
        .is_err()
    {
        return;
    }
    // Browser objects are not Send: kept in local storage for the cleanup.
    let listener = StoredValue::new_local(Some((window, on_message)));
    on_cleanup(move || {
        if let Some((w, h)) = listener.try_update_value(|l| l.take()).flatten() {
            let _ = w.remove_event_listener_with_callback("message", h.as_ref().unchecked_ref());
        }
    });
}

/// Offers `text` as a file download named `name`, made in the browser (Blob and
/// object URL): nothing is sent anywhere.
pub fn download_text(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document()
        .create_element("a")
        .map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>())
    {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Copies text to the clipboard; `done(true)` when the browser confirms.
pub fn copy_text(text: &str, done: impl Fn(bool) + 'static) {
    let clipboard = web_sys::window()
        .map(|w| w.navigator())
        .and_then(|n| js_sys::Reflect::get(&n, &"clipboard".into()).ok())
        .filter(|c| !c.is_undefined() && !c.is_null());
    let write = clipboard
        .as_ref()
        .and_then(|c| js_sys::Reflect::get(c, &"writeText".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let (Some(c), Some(write)) = (clipboard, write) else {
        done(false);
        return;
    };
    let Ok(promise) = write
        .call1(&c, &JsValue::from_str(text))
        .and_then(|p| p.dyn_into::<js_sys::Promise>())
    else {
        done(false);
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Opens the browser's print dialogue.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Whether the page is laid out for a phone (the stylesheet's 48 rem breakpoint).
pub fn is_narrow() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(max-width: 48rem)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// The page's vertical scroll, in CSS pixels.
pub fn window_scroll_y() -> f64 {
    web_sys::window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0)
}

pub fn window_scroll_to(y: f64) {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, y);
    }
}

/// An element's own vertical scroll (a list that scrolls inside the page).
pub fn scroll_top_by_id(id: &str) -> i32 {
    document()
        .get_element_by_id(id)
        .and_then(|e| e.parent_element())
        .map(|p| p.scroll_top())
        .unwrap_or(0)
}

pub fn set_scroll_top_by_id(id: &str, y: i32) {
    if let Some(p) = document().get_element_by_id(id).and_then(|e| e.parent_element()) {
        p.set_scroll_top(y);
    }
}

/// The current query string (`?…` or "").
pub fn location_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The current address, whole.
pub fn location_href() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Offers the page through the system's share sheet (the Web Share API) where the
/// browser has one; `done(false)` when it has none or sharing failed, so the
/// caller can fall back to copying the link. Cancelling the sheet counts as done.
pub fn share(title: &str, url: &str, done: impl Fn(bool) + 'static) {
    let navigator = web_sys::window().map(|w| w.navigator());
    let share = navigator
        .as_ref()
        .and_then(|n| js_sys::Reflect::get(n, &"share".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let (Some(n), Some(share)) = (navigator, share) else {
        done(false);
        return;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    let Ok(promise) = share
        .call1(&n, &data)
        .and_then(|p| p.dyn_into::<js_sys::Promise>())
    else {
        done(false);
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => done(true),
            // The person closed the sheet: nothing more to do.
            Err(e)
                if js_sys::Reflect::get(&e, &"name".into())
                    .ok()
                    .and_then(|n| n.as_string())
                    .as_deref()
                    == Some("AbortError") =>
            {
                done(true)
            }
            Err(_) => done(false),
        }
    });
}
