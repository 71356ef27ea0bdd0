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
                Ok(d) => {
                    automatic.set_value(0);
                    state.set(DataState::Ready(Arc::new(d)));
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
    };
    provide_context(ctx);
    ctx
}

/// The header public/sw.js adds to a dataset it answers from its cache.
const FROM_CACHE_HEADER: &str = "x-atlas-from-cache";

/// How long a server may take to start answering before the request counts as failed (and is
/// retried). Only the wait for the answer's start: a big file on a slow line may take longer.
const ANSWER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(20);

async fn fetch_text(
    url: &str,
    progress: Option<RwSignal<Option<Progress>>>,
) -> Result<(String, bool), Failure> {
    let abort = web_sys::AbortController::new().ok();
    let signal = abort.as_ref().map(|a| a.signal());
    let timer = abort.map(|a| set_timeout_with_handle(move || a.abort(), ANSWER_TIMEOUT));
    let sent = gloo_net::http::Request::get(url)
        .abort_signal(signal.as_ref())
        .send()
        .await;
    if let Some(Ok(handle)) = timer {
        handle.clear();
    }
    let resp = sent.map_err(|_| Failure::Network)?;
    if !resp.ok() {
        return Err(Failure::Status(resp.status()));
    }
    let from_cache = resp.headers().get(FROM_CACHE_HEADER).is_some();
    let total = resp
        .headers()
        .get("content-length")
        .and_then(|n| n.parse::<f64>().ok())
        .filter(|n| *n > 0.0);
    let text = match (progress, total) {
        (Some(progress), Some(total)) => {
            let raw: wasm_bindgen::JsValue = web_sys::Response::from(resp).into();
            read_with_progress(&raw, total, progress).await?
        }
        _ => resp.text().await.map_err(|_| Failure::Network)?,
    };
    Ok((text, from_cache))
}

/// Reads a body chunk by chunk, telling `progress` how far it got, so a big dataset shows how
/// much has come rather than a spinner alone. Decodes as `Response.text()` does: UTF-8, a
/// leading byte order mark dropped, bytes that are not UTF-8 as U+FFFD.
async fn read_with_progress(
    resp: &wasm_bindgen::JsValue,
    total: f64,
    progress: RwSignal<Option<Progress>>,
) -> Result<String, Failure> {
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
    let text = String::from_utf8_lossy(&bytes);
    Ok(text.strip_prefix('\u{feff}').unwrap_or(&text).to_string())
}

async fn load(
    data_param: Option<String>,
    progress: RwSignal<Option<Progress>>,
    config_signal: RwSignal<Option<Config>>,
) -> Result<LoadedDataset, Failure> {
    // config.json is optional: without it, or with a broken one, the defaults hold.
    let config = match fetch_text("/config.json", None).await {
        Ok((text, _)) => Config::parse(&text).unwrap_or_default(),
        Err(_) => Config::default(),
    };
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
    let (text, offline) = fetch_text(&url, Some(progress)).await?;
    // Marks for the benchmark (bench/run.mjs): download done, then parsed and indexed.
    crate::browser::performance_mark("atlas:dataset-fetched");
    // After about 40 ms of work, show how far the check has come and give the page a task's
    // turn to draw it and to answer input (a browser counts a task over 50 ms as long).
    const WORK_MS: f64 = 40.0;
    let mut since = crate::browser::now_ms();
    let pause = move |checked| {
        let now = crate::browser::now_ms();
        let due = now - since >= WORK_MS;
        if due {
            since = now;
            progress.set(Some(Progress::Checked(checked)));
        }
        async move {
            if due {
                crate::browser::next_task().await;
            }
        }
    };
    let loaded = atlas_core::load_pausing(&text, pause)
        .await
        .map_err(Failure::Unreadable)?;
    crate::browser::performance_mark("atlas:dataset-ready");
    if !offline {
        crate::browser::dataset_validated(&url, &text);
    }
    Ok(LoadedDataset {
        config,
        loaded,
        url,
        refused,
        offline,
    })
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
