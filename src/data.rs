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
            let result = load(data_param, progress, config).await;
            // A newer attempt has started: this answer is stale.
            if attempt.get_value() != this {
                return;
            }
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
                            Origin::Offline => {}
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

/// The body of `url` as bytes (never a JS string) and how it came.
async fn fetch_bytes(
    url: &str,
    progress: Option<RwSignal<Option<Progress>>>,
    revalidate: bool,
) -> Result<(Vec<u8>, Origin, u16), Failure> {
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
        .and_then(|n| n.parse::<f64>().ok())
        .filter(|n| *n > 0.0);
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
    // After about 40 ms of work, show how far the check has come and give the page a task's
    // turn to draw it and to answer input (a browser counts a task over 50 ms as long).
    const WORK_MS: f64 = 40.0;
    let mut since = crate::browser::now_ms();
    let pause = move |checked| {
        let now = crate::browser::now_ms();
        let due = now - since >= WORK_MS;
        if due {
            since = now;
            if let Some(progress) = progress {
                progress.set(Some(Progress::Checked(checked)));
            }
        }
        async move {
            if due {
                crate::browser::next_task().await;
            }
        }
    };
    atlas_core::check_pausing(text_of(text), pause)
        .await
        .map_err(Failure::Unreadable)
}

async fn load(
    data_param: Option<String>,
    progress: RwSignal<Option<Progress>>,
    config_signal: RwSignal<Option<Config>>,
) -> Result<(LoadedDataset, Origin, ForWorker), Failure> {
    // config.json and the default dataset are both requested by index.html's preloads
    // (public/preload.js) while the wasm still downloads: these two requests take the answers
    // the preloads started rather than waiting on each other.
    // config.json is optional: without it, or with a broken one, the defaults hold.
    crate::browser::performance_mark("atlas:config-requested");
    let config = match fetch_bytes("/config.json", None, false).await {
        Ok((bytes, _, _)) => Config::parse(text_of(&into_text(bytes))).unwrap_or_default(),
        Err(_) => Config::default(),
    };
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
        },
        origin,
        copy,
    ))
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
    state.set(DataState::Ready(Arc::new(LoadedDataset {
        config,
        loaded,
        url: url.clone(),
        refused,
        offline: false,
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
