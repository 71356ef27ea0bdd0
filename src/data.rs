//! Fetching config.json and the dataset, and handing the loaded atlas to the pages.
//! The only module that talks to the network.

use atlas_core::retry;
use atlas_core::{Config, LoadError, LoadProgress, Loaded};
use leptos::prelude::*;
use std::sync::Arc;

/// The dataset as the app holds it: checked and indexed (`Loaded`), with the config it was
/// loaded under and where it came from. (Not `atlas_core::model::Dataset`, the file's records.)
pub struct LoadedDataset {
    pub config: Config,
    pub loaded: Loaded,
    /// The dataset's address.
    pub url: String,
    /// A `?data=` address that was refused because its origin is not allowed.
    pub refused: Option<String>,
    /// The network could not be reached: this is the copy the service worker (public/sw.js)
    /// kept from the last visit whose dataset loaded.
    pub offline: bool,
    /// Read from the dataset's static pack (config.json's `pack_url`): a service's description
    /// and contact details are in the pack's shards, fetched by its page.
    pub pack: Option<Pack>,
    /// Why the configured pack was not used and the dataset was read instead (the data page
    /// says so).
    pub pack_refused: Option<PackRefusal>,
}

impl LoadedDataset {
    /// Whether this is the deployment's own dataset (config.json's), whose exports `atlas-data
    /// build` wrote beside it; not one opened from a `?data=` link.
    pub fn is_deployments_own(&self) -> bool {
        is_deployments_dataset(&self.url, &self.config)
    }
}

/// Whether `url` is the dataset config.json names (its pack and exports are the deployment's).
fn is_deployments_dataset(url: &str, config: &Config) -> bool {
    url == resolve_or_self(&config.dataset_url)
}

/// The pack a dataset was read from.
pub struct Pack {
    /// The pack's address; its shards are `{url}.d/{k}.json`.
    pub url: String,
    pub info: atlas_core::pack::PackInfo,
}

impl Pack {
    /// The address of the shard that holds service `i`, and the record's place in it.
    pub fn shard_of(&self, i: usize) -> (String, usize) {
        let (k, place) = self.info.shard_of(i);
        (format!("{}.d/{k}.json", self.url), place)
    }
}

/// Why a configured pack was not used.
#[derive(Debug, Clone, PartialEq)]
pub enum PackRefusal {
    /// The pack could not be fetched (or is not on an allowed origin).
    Unreachable,
    /// The dataset's `.sha256` could not be fetched or read: the pack cannot be checked.
    Unchecked,
    /// The browser cannot inflate it (no `DecompressionStream`), or it is not whole gzip.
    NotInflated,
    Refused(atlas_core::pack::PackError),
}

/// How the dataset's answer came, from the headers public/sw.js adds.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Origin {
    /// Straight from the network, the page not controlled by the service worker (a first
    /// visit): the app hands the worker a copy of the bytes, after the first paint.
    Network,
    /// From the network through the worker, which keeps the answer aside until the app says it
    /// validated (`x-atlas-pending`): nothing is copied.
    Pending,
    /// The worker's kept copy, answered at once (`x-atlas-cached`): the app shows it, then asks
    /// the network in the background whether there is a newer one.
    Kept,
    /// The worker's kept copy because the network could not be reached (`x-atlas-from-cache`).
    Offline,
    /// The deployment's pack (public/sw.js passes packs through): nothing for the worker.
    Pack,
}

/// Why nothing could be shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// The request failed: offline, blocked, or the server did not answer.
    Network,
    /// The server answered with an HTTP error status.
    Status(u16),
    /// The body could not be read, or is not an Integration Atlas dataset.
    Unreadable(LoadError),
}

#[derive(Clone)]
pub enum DataState {
    Loading,
    Ready(Arc<LoadedDataset>),
    Failed(Failure),
}

/// The loading state, shared through context; `retry` starts a new load.
#[derive(Clone, Copy)]
pub struct DataContext {
    pub state: RwSignal<DataState>,
    pub retry: Callback<()>,
    /// Seconds until the next automatic retry, while one is scheduled.
    pub auto_retry_in: RwSignal<Option<u32>>,
    /// How far the load has come, while that is known.
    pub progress: RwSignal<Option<Progress>>,
    /// config.json, once read (before the dataset; the defaults when it is missing or broken).
    pub config: RwSignal<Option<Config>>,
    /// The shown dataset is the service worker's kept copy and the network could not be
    /// reached to check it (known at once, or after the background check).
    pub offline: RwSignal<bool>,
    /// While a pack loads: its first view, for the finder to show until the whole pack is read.
    /// None once the load has ended.
    pub first_view: RwSignal<Option<Arc<FirstView>>>,
}

/// A pack's first view (`atlas_core::pack::Made::first_view`), read and checked as a pack.
pub struct FirstView {
    /// The first page of the finder's unfiltered list in each UI language, with the meta, areas
    /// and municipalities, and of the actors only those services' providers, by name.
    pub atlas: atlas_core::Atlas,
    /// The map's clusters of all the services, at the zooms a map opens at.
    pub overview: Arc<atlas_core::overview::Overview>,
    /// Set by the finder once the view is on the screen: its list painted and, where the map
    /// shows, the overview painted on it. The pack's inflating and reading (seconds of the
    /// page's turns at 100,000 services) wait for it: begun before, they held the map's making
    /// back by 0.8 s.
    shown: std::sync::atomic::AtomicBool,
}

impl FirstView {
    pub fn set_shown(&self) {
        self.shown.store(true, std::sync::atomic::Ordering::Relaxed);
    }

    /// Until the view is on the screen, or `FIRST_VIEW_WAIT_MS` have passed.
    async fn until_shown(&self) {
        let since = crate::browser::now_ms();
        while !self.shown.load(std::sync::atomic::Ordering::Relaxed)
            && crate::browser::now_ms() - since < f64::from(FIRST_VIEW_WAIT_MS)
        {
            crate::browser::next_frame().await;
        }
    }
}

/// How far a load has come: the download (while its size is known), then the check.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Progress {
    Received { bytes: f64, total: f64 },
    Checked(LoadProgress),
}

/// Whether a failure may pass by trying again (the policy is `atlas_core::retry`).
fn may_pass(f: &Failure) -> bool {
    match f {
        Failure::Network => true,
        Failure::Status(code) => retry::status_may_pass(*code),
        Failure::Unreadable(e) => retry::unreadable_may_pass(e),
    }
}

pub fn use_data() -> DataContext {
    expect_context::<DataContext>()
}

/// Starts loading (and provides the context). `data_param` is the `?data=` of the first URL.
pub fn provide_data(data_param: Option<String>) -> DataContext {
    let state = RwSignal::new(DataState::Loading);
    let auto_retry_in = RwSignal::new(None);
    let progress = RwSignal::new(None);
    let config = RwSignal::new(None);
    let offline = RwSignal::new(false);
    let first_view = RwSignal::new(None);
    let attempt = StoredValue::new(0u32);
    // Automatic retries since the last manual start (or success).
    let automatic = StoredValue::new(0usize);
    let start = StoredValue::new(None::<Callback<()>>);
    let run = Callback::new(move |()| {
        attempt.update_value(|a| *a += 1);
        let this = attempt.get_value();
        auto_retry_in.set(None);
        progress.set(None);
        state.set(DataState::Loading);
        let data_param = data_param.clone();
        leptos::task::spawn_local(async move {
            let slot = FirstViewSlot {
                view: first_view,
                state,
                attempt,
                this,
            };
            let result = load(data_param, progress, config, slot).await;
            // A newer attempt has started: this answer is stale.
            if attempt.get_value() != this {
                return;
            }
            first_view.set(None);
            match result {
                Ok((d, origin, copy)) => {
                    automatic.set_value(0);
                    offline.set(d.offline);
                    let url = d.url.clone();
                    state.set(DataState::Ready(Arc::new(d)));
                    // What the service worker needs, and the background check of a kept copy,
                    // wait until the first list is on the screen.
                    crate::browser::after_paint(move || {
                        if attempt.get_value() != this {
                            return;
                        }
                        match origin {
                            Origin::Network => {
                                let copy = match copy {
                                    ForWorker::Js(js) => Some(js),
                                    ForWorker::Bytes(b) => Some(js_sys::Uint8Array::from(&b[..])),
                                    ForWorker::Nothing => None,
                                };
                                crate::browser::dataset_validated(&url, copy.as_ref());
                            }
                            Origin::Pending => crate::browser::dataset_validated(&url, None),
                            Origin::Offline | Origin::Pack => {}
                            Origin::Kept => {
                                leptos::task::spawn_local(revalidate(url, state, offline, attempt, this));
                            }
                        }
                    });
                }
                Err(f) => {
                    let n = automatic.get_value();
                    if let Some(delay) = retry::next_delay(may_pass(&f), n) {
                        automatic.set_value(n + 1);
                        auto_retry_in.set(Some(delay));
                        set_timeout(
                            move || {
                                if attempt.get_value() == this {
                                    if let Some(again) = start.get_value() {
                                        again.run(());
                                    }
                                }
                            },
                            std::time::Duration::from_secs(u64::from(delay)),
                        );
                    }
                    state.set(DataState::Failed(f));
                }
            }
        });
    });
    start.set_value(Some(run));
    run.run(());
    // The person's retry starts the back-off afresh.
    let retry = Callback::new(move |()| {
        automatic.set_value(0);
        run.run(());
    });
    let ctx = DataContext {
        state,
        retry,
        auto_retry_in,
        progress,
        config,
        offline,
        first_view,
    };
    provide_context(ctx);
    ctx
}

/// The headers public/sw.js adds to a dataset's answer: its kept copy because the network could
/// not be reached; its kept copy answered at once (stale-while-revalidate); a network answer it
/// keeps aside until the app says it validated.
const FROM_CACHE_HEADER: &str = "x-atlas-from-cache";
const KEPT_HEADER: &str = "x-atlas-cached";
const PENDING_HEADER: &str = "x-atlas-pending";
/// Asks the worker for the network's answer, compared with its kept copy (`revalidate`).
const REVALIDATE_HEADER: &str = "x-atlas-revalidate";

/// How long a server may take to start answering before the request counts as failed (and is
/// retried). Only the wait for the answer's start: a big file on a slow line may take longer.
const ANSWER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(20);

/// Asks for `url`: the answer whose status is a success, its body not yet read.
async fn send(url: &str, revalidate: bool) -> Result<gloo_net::http::Response, Failure> {
    let abort = web_sys::AbortController::new().ok();
    let signal = abort.as_ref().map(|a| a.signal());
    let timer = abort.map(|a| set_timeout_with_handle(move || a.abort(), ANSWER_TIMEOUT));
    let mut request = gloo_net::http::Request::get(url).abort_signal(signal.as_ref());
    if revalidate {
        request = request.header(REVALIDATE_HEADER, "1");
    }
    let sent = request.send().await;
    if let Some(Ok(handle)) = timer {
        handle.clear();
    }
    let resp = sent.map_err(|_| Failure::Network)?;
    if !resp.ok() {
        return Err(Failure::Status(resp.status()));
    }
    Ok(resp)
}

/// The body of `url` as bytes (never a JS string) and how it came.
async fn fetch_bytes(
    url: &str,
    progress: Option<RwSignal<Option<Progress>>>,
    revalidate: bool,
) -> Result<(Vec<u8>, Origin, u16), Failure> {
    let resp = send(url, revalidate).await?;
    let headers = resp.headers();
    let origin = if headers.get(FROM_CACHE_HEADER).is_some() {
        Origin::Offline
    } else if headers.get(KEPT_HEADER).is_some() {
        Origin::Kept
    } else if headers.get(PENDING_HEADER).is_some() {
        Origin::Pending
    } else {
        Origin::Network
    };
    let status = resp.status();
    // The size is only the body's when the server sent it as it is (not compressed).
    let total = headers
        .get("content-length")
        .filter(|_| headers.get("content-encoding").is_none())
        .and_then(|n| n.parse::<u64>().ok())
        .filter(|n| *n > 0)
        .map(|n| n as f64);
    let bytes = match (progress, total) {
        (Some(progress), Some(total)) => {
            let raw: wasm_bindgen::JsValue = web_sys::Response::from(resp).into();
            read_with_progress(&raw, total, progress).await?
        }
        _ => resp.binary().await.map_err(|_| Failure::Network)?,
    };
    Ok((bytes, origin, status))
}

/// Reads a body chunk by chunk into wasm memory, telling `progress` how far it got, so a big
/// dataset shows how much has come rather than a spinner alone.
async fn read_with_progress(
    resp: &wasm_bindgen::JsValue,
    total: f64,
    progress: RwSignal<Option<Progress>>,
) -> Result<Vec<u8>, Failure> {
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    let get = |obj: &JsValue, key: &str| {
        js_sys::Reflect::get(obj, &JsValue::from_str(key)).map_err(|_| Failure::Network)
    };
    let call = |obj: &JsValue, key: &str| -> Result<JsValue, Failure> {
        let f = get(obj, key)?
            .dyn_into::<js_sys::Function>()
            .map_err(|_| Failure::Network)?;
        f.call0(obj).map_err(|_| Failure::Network)
    };
    let body = get(resp, "body")?;
    let reader = call(&body, "getReader")?;
    // The server's length is a claim: memory is reserved as the body arrives, never ahead of it.
    let claimed = (total > 0.0).then_some(total);
    let mut bytes = Vec::new();
    loop {
        let promise = call(&reader, "read")?
            .dyn_into::<js_sys::Promise>()
            .map_err(|_| Failure::Network)?;
        let chunk = JsFuture::from(promise).await.map_err(|_| Failure::Network)?;
        if get(&chunk, "done")?.as_bool().unwrap_or(true) {
            break;
        }
        let value = get(&chunk, "value")?
            .dyn_into::<js_sys::Uint8Array>()
            .map_err(|_| Failure::Network)?;
        let start = bytes.len();
        let needed = start + value.length() as usize;
        if needed > bytes.capacity() {
            bytes.reserve_exact(atlas_core::capacity::body_capacity(claimed, needed) - start);
        }
        bytes.resize(needed, 0);
        value.copy_to(&mut bytes[start..]);
        progress.set(Some(Progress::Received {
            bytes: bytes.len() as f64,
            total,
        }));
    }
    Ok(bytes)
}

/// The bytes as text without a second copy when they are UTF-8 (as `Response.text()` reads
/// them otherwise: bytes that are not UTF-8 as U+FFFD). A leading byte order mark is skipped
/// by `text_of`.
fn into_text(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

fn text_of(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Parses, validates and indexes a dataset, giving the page a task's turn now and then.
async fn check(
    text: &str,
    progress: Option<RwSignal<Option<Progress>>>,
) -> Result<atlas_core::Checked, Failure> {
    atlas_core::check_pausing(text_of(text), pauses(progress, SLICE_MS))
        .await
        .map_err(Failure::Unreadable)
}

/// The work between two pauses of a long check: a browser counts a task over 50 ms as long.
const SLICE_MS: f64 = 40.0;

/// The pause a long check awaits between batches of records: after about `slice_ms` of work, it
/// shows how far the check has come and gives the page a task's turn to draw it and to answer
/// input.
fn pauses(
    progress: Option<RwSignal<Option<Progress>>>,
    slice_ms: f64,
) -> impl FnMut(LoadProgress) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()>>> {
    let mut since = crate::browser::now_ms();
    move |checked| {
        let now = crate::browser::now_ms();
        let due = now - since >= slice_ms;
        if due {
            since = now;
            if let Some(progress) = progress {
                progress.set(Some(Progress::Checked(checked)));
            }
        }
        Box::pin(async move {
            if due {
                crate::browser::next_task().await;
            }
        })
    }
}

async fn load(
    data_param: Option<String>,
    progress: RwSignal<Option<Progress>>,
    config_signal: RwSignal<Option<Config>>,
    first_view: FirstViewSlot,
) -> Result<(LoadedDataset, Origin, ForWorker), Failure> {
    // config.json and the dataset (or its pack) are both requested by public/preload.js while
    // the wasm still downloads: the app takes config.json's answer from it, and the dataset's
    // request takes the answer its preload started.
    // config.json is optional: without it, or with a broken one, the defaults hold.
    crate::browser::performance_mark("atlas:config-requested");
    let text = match crate::browser::preloaded_config().await {
        Some(text) => text,
        None => fetch_bytes("/config.json", None, false)
            .await
            .ok()
            .map(|(bytes, ..)| into_text(bytes)),
    };
    let config = text
        .and_then(|t| Config::parse(text_of(&t)).ok())
        .unwrap_or_default();
    crate::browser::performance_mark("atlas:config-received");
    config_signal.set(Some(config.clone()));
    let own = crate::browser::own_origin();
    let mut refused = None;
    let mut url = resolve_or_self(&config.dataset_url);
    if let Some(p) = data_param.filter(|p| !p.is_empty()) {
        match crate::browser::resolve_url(&p) {
            Some((abs, origin)) if config.allows_dataset_origin(&origin, &own) => url = abs,
            _ => refused = Some(p),
        }
    }
    // The deployment's pack, for its own dataset (not a `?data=` one), when it is the pack of
    // the dataset published now; else the dataset itself, and the data page says why.
    let mut pack_refused = None;
    if let (Some(pack_url), true) = (&config.pack_url, is_deployments_dataset(&url, &config)) {
        crate::browser::performance_mark("atlas:dataset-requested");
        match load_pack(pack_url, &config, &own, &url, progress, first_view).await {
            Ok((loaded, pack)) => {
                crate::browser::performance_mark("atlas:dataset-ready");
                let dataset = LoadedDataset {
                    config,
                    loaded,
                    url,
                    refused,
                    offline: false,
                    pack: Some(pack),
                    pack_refused: None,
                };
                return Ok((dataset, Origin::Pack, ForWorker::Nothing));
            }
            Err(r) => pack_refused = Some(r),
        }
    }
    crate::browser::performance_mark("atlas:dataset-requested");
    let (bytes, origin, _) = fetch_bytes(&url, Some(progress), false).await?;
    // Marks for the benchmark (bench/run.mjs): download done, then parsed and indexed.
    crate::browser::performance_mark("atlas:dataset-received");
    let text = into_text(bytes);
    let checked = check(&text, Some(progress)).await?;
    // Only a first visit's network answer goes to the worker, after the first paint. A large
    // one moves out of wasm memory now (one memory copy, no text decoding), and the text goes
    // before the indexes are built, so that they reuse its room; a small one waits in wasm
    // memory and is copied after.
    let copy = match origin {
        Origin::Network if text.len() > KEEP_IN_WASM_BYTES => {
            let js = js_sys::Uint8Array::from(text.as_bytes());
            drop(text);
            ForWorker::Js(js)
        }
        Origin::Network => ForWorker::Bytes(text.into_bytes()),
        _ => {
            drop(text);
            ForWorker::Nothing
        }
    };
    let loaded = checked.index();
    crate::browser::performance_mark("atlas:dataset-ready");
    Ok((
        LoadedDataset {
            config,
            loaded,
            url,
            refused,
            offline: origin == Origin::Offline,
            pack: None,
            pack_refused,
        },
        origin,
        copy,
    ))
}

/// Service `i`'s full record: from the dataset itself, or with a pack from the shard that holds
/// it, checked as a record of the dataset (`None` when the shard cannot be had or does not hold
/// that service whole).
pub async fn full_service(dataset: &LoadedDataset, i: usize) -> Option<atlas_core::model::Service> {
    let atlas = &dataset.loaded.atlas;
    let Some(pack) = &dataset.pack else {
        return atlas.services.get(i).cloned();
    };
    let (url, place) = pack.shard_of(i);
    let (bytes, ..) = fetch_bytes(&url, None, false).await.ok()?;
    atlas_core::pack::service_in_shard(&into_text(bytes), place, atlas, i)
}

/// Reads the pack at `pack_url` (config.json's), checked against the digest the dataset at
/// `dataset_url` is published with (its `.sha256`), and indexes it.
async fn load_pack(
    pack_url: &str,
    config: &Config,
    own: &str,
    dataset_url: &str,
    progress: RwSignal<Option<Progress>>,
    first_view: FirstViewSlot,
) -> Result<(Loaded, Pack), PackRefusal> {
    let pack_url = resolve_or_self(pack_url);
    match crate::browser::resolve_url(&pack_url) {
        Some((_, origin)) if config.allows_dataset_origin(&origin, own) => {}
        _ => return Err(PackRefusal::Unreachable),
    }
    // Both were asked for by public/preload.js: these requests take its answers.
    let (sums, ..) = fetch_bytes(&format!("{dataset_url}.sha256"), None, false)
        .await
        .map_err(|_| PackRefusal::Unchecked)?;
    let digest = atlas_core::pack::digest_in_sums(&into_text(sums)).ok_or(PackRefusal::Unchecked)?;
    // The first view first (a few dozen kilobytes against megabytes; asked for by
    // public/preload.js only where it is shown): read while the pack downloads, before the pack
    // is inflated and read. Read alongside, it came after the pack at 10,000 services: its answer
    // and inflating need several of the page's turns, which the pack's work (slices of 40 ms)
    // held. Waited for, until it is on the screen, at most FIRST_VIEW_WAIT_MS; a slower one still
    // shows if it comes in time.
    if opens_on_first_view() {
        let (done, settle) = crate::browser::promise_and_settle();
        let url = format!("{pack_url}.d/first.pack");
        let digest = digest.clone();
        leptos::task::spawn_local(async move {
            load_first_view(url, digest, first_view).await;
            let _ = settle.call0(&wasm_bindgen::JsValue::UNDEFINED);
        });
        crate::browser::settled_within(&done, FIRST_VIEW_WAIT_MS).await;
    }
    let response = send(&pack_url, false)
        .await
        .map_err(|_| PackRefusal::Unreachable)?;
    let raw: wasm_bindgen::JsValue = web_sys::Response::from(response).into();
    let inflated = crate::browser::gunzip(&raw)
        .await
        .ok_or(PackRefusal::NotInflated)?;
    crate::browser::performance_mark("atlas:dataset-received");
    let (checked, info) = open_inflated(inflated, &digest, Some(progress))
        .await
        .map_err(PackRefusal::Refused)?;
    Ok((checked.index(), Pack { url: pack_url, info }))
}

/// Opens an inflated pack (the pack, or its first view: one copy of the reader in the wasm),
/// read from the browser's copy a part at a time: the whole pack is never in wasm memory beside
/// the records made from it (a wasm memory never shrinks).
async fn open_inflated(
    inflated: js_sys::Uint8Array,
    digest: &str,
    progress: Option<RwSignal<Option<Progress>>>,
) -> Result<(atlas_core::Checked, atlas_core::pack::PackInfo), atlas_core::pack::PackError> {
    let len = inflated.length() as usize;
    let read =
        move |at: usize, out: &mut [u8]| inflated.subarray(at as u32, (at + out.len()) as u32).copy_to(out);
    let slice_ms = if progress.is_some() {
        SLICE_MS
    } else {
        f64::INFINITY
    };
    atlas_core::pack::open_from_pausing(len, read, digest, pauses(progress, slice_ms)).await
}

/// Where a pack's first view goes: shown only while the load that asked for it is the current
/// one and has not ended (the whole pack may be read first when it came from a cache).
struct FirstViewSlot {
    view: RwSignal<Option<Arc<FirstView>>>,
    state: RwSignal<DataState>,
    attempt: StoredValue<u32>,
    this: u32,
}

impl FirstViewSlot {
    /// Shows the view, if its load is still the current one: the view as shown.
    fn put(&self, view: FirstView) -> Option<Arc<FirstView>> {
        let current = self.attempt.get_value() == self.this;
        if !current || !matches!(self.state.get_untracked(), DataState::Loading) {
            return None;
        }
        let view = Arc::new(view);
        self.view.set(Some(view.clone()));
        crate::browser::performance_mark("atlas:first-view-ready");
        Some(view)
    }
}

/// How long the pack waits for its first view: one that slow (the pack downloads meanwhile) is
/// not worth more.
const FIRST_VIEW_WAIT_MS: i32 = 1000;

/// Whether the page opened on the finder's unfiltered list (`/` or `/{lang}/`), the one page a
/// pack's first view answers.
fn opens_on_first_view() -> bool {
    use atlas_core::UrlState;
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let finder = !path.trim_matches('/').contains('/');
    finder && atlas_core::Query::from_query_string(&crate::browser::location_search()).is_first_view()
}

/// Reads a pack's first view, checked as a pack against the same digest, and shows it, until it
/// is on the screen. Without one (a pack made before first views, a network failure, a refusal)
/// the finder shows the loading state until the whole pack is read: nothing else depends on it.
async fn load_first_view(url: String, digest: String, slot: FirstViewSlot) {
    let Ok(response) = send(&url, false).await else {
        return;
    };
    let raw: wasm_bindgen::JsValue = web_sys::Response::from(response).into();
    let Some(inflated) = crate::browser::gunzip(&raw).await else {
        return;
    };
    let Ok((checked, info)) = open_inflated(inflated, &digest, None).await else {
        return;
    };
    let shown = slot.put(FirstView {
        atlas: checked.index().atlas,
        overview: Arc::new(info.overview),
        shown: Default::default(),
    });
    if let Some(view) = shown {
        view.until_shown().await;
    }
}

/// A first visit's dataset for the service worker: its bytes, in wasm memory or already copied out.
enum ForWorker {
    Nothing,
    Bytes(Vec<u8>),
    Js(js_sys::Uint8Array),
}

/// Datasets up to this size wait in wasm memory for the first paint before they are copied out.
const KEEP_IN_WASM_BYTES: usize = 16 << 20;

/// The shown dataset is the worker's kept copy: ask the network (through the worker, which
/// compares the answer with its copy) whether there is a newer one. A newer dataset replaces
/// the shown one only once it has loaded and validated; a broken one is ignored (the kept copy
/// stays, the worker drops its pending answer); no network means "offline".
async fn revalidate(
    url: String,
    state: RwSignal<DataState>,
    offline: RwSignal<bool>,
    attempt: StoredValue<u32>,
    this: u32,
) {
    let current = || attempt.get_value() == this;
    let fetched = fetch_bytes(&url, None, true).await;
    if !current() {
        return;
    }
    // Marks say how the check ended (the benchmark and the end-to-end tests read them).
    let mark = |how: &str| crate::browser::performance_mark(&format!("atlas:revalidated-{how}"));
    let bytes = match fetched {
        // The worker could not reach the network (an answer, not an error: no console noise).
        Ok((_, Origin::Offline, _)) => {
            offline.set(true);
            return mark("offline");
        }
        Ok((_, _, 204)) => return mark("unchanged"),
        Ok((bytes, Origin::Pending, _)) => bytes,
        Ok(_) => return mark("unchanged"),
        Err(Failure::Network) => {
            offline.set(true);
            return mark("offline");
        }
        Err(_) => return mark("failed"),
    };
    let text = into_text(bytes);
    let Ok(checked) = check(&text, None).await else {
        crate::browser::dataset_refused(&url);
        return mark("refused");
    };
    drop(text);
    let loaded = checked.index();
    if !current() {
        return;
    }
    let previous = state.with_untracked(|s| match s {
        DataState::Ready(d) => Some((d.config.clone(), d.refused.clone())),
        _ => None,
    });
    let Some((config, refused)) = previous else { return };
    offline.set(false);
    // The kept views show the older dataset's lists; the finder keeps a new one as it draws.
    crate::browser::forget_kept_views();
    state.set(DataState::Ready(Arc::new(LoadedDataset {
        config,
        loaded,
        url: url.clone(),
        refused,
        offline: false,
        pack: None,
        pack_refused: None,
    })));
    crate::browser::dataset_validated(&url, None);
    mark("newer");
}

fn resolve_or_self(u: &str) -> String {
    // The default dataset lives beside index.html; client routes are deeper, so resolve from the root.
    let rooted = if u.starts_with("http://") || u.starts_with("https://") || u.starts_with('/') {
        u.to_string()
    } else {
        format!("/{u}")
    };
    crate::browser::resolve_url(&rooted)
        .map(|(abs, _)| abs)
        .unwrap_or(rooted)
}
