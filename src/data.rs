//! Fetching config.json and the dataset, and handing the loaded atlas to the pages.
//! The only module that talks to the network.

use atlas_core::{Config, LoadError, Loaded};
use leptos::prelude::*;
use std::sync::Arc;

/// A loaded dataset and where it came from.
pub struct Dataset {
    pub config: Config,
    pub loaded: Loaded,
    /// The dataset's address.
    pub url: String,
    /// A `?data=` address that was refused because its origin is not allowed.
    pub refused: Option<String>,
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
    Ready(Arc<Dataset>),
    Failed(Failure),
}

/// The loading state, shared through context; `retry` starts a new load.
#[derive(Clone, Copy)]
pub struct DataContext {
    pub state: RwSignal<DataState>,
    pub retry: Callback<()>,
}

pub fn use_data() -> DataContext {
    expect_context::<DataContext>()
}

/// Starts loading (and provides the context). `data_param` is the `?data=` of the first URL.
pub fn provide_data(data_param: Option<String>) -> DataContext {
    let state = RwSignal::new(DataState::Loading);
    let attempt = StoredValue::new(0u32);
    let start = move || {
        attempt.update_value(|a| *a += 1);
        let this = attempt.get_value();
        state.set(DataState::Loading);
        let data_param = data_param.clone();
        leptos::task::spawn_local(async move {
            let result = load(data_param).await;
            // A newer attempt has started: this answer is stale.
            if attempt.get_value() == this {
                state.set(match result {
                    Ok(d) => DataState::Ready(Arc::new(d)),
                    Err(f) => DataState::Failed(f),
                });
            }
        });
    };
    start();
    let ctx = DataContext { state, retry: Callback::new(move |_| start()) };
    provide_context(ctx);
    ctx
}

async fn fetch_text(url: &str) -> Result<String, Failure> {
    let resp = gloo_net::http::Request::get(url).send().await.map_err(|_| Failure::Network)?;
    if !resp.ok() {
        return Err(Failure::Status(resp.status()));
    }
    resp.text().await.map_err(|_| Failure::Network)
}

async fn load(data_param: Option<String>) -> Result<Dataset, Failure> {
    // config.json is optional: without it, or with a broken one, the defaults hold.
    let config = match fetch_text("/config.json").await {
        Ok(text) => Config::parse(&text).unwrap_or_default(),
        Err(_) => Config::default(),
    };
    let own = crate::browser::own_origin();
    let mut refused = None;
    let mut url = resolve_or_self(&config.dataset_url);
    if let Some(p) = data_param.filter(|p| !p.is_empty()) {
        match crate::browser::resolve_url(&p) {
            Some((abs, origin)) if config.allows_dataset_origin(&origin, &own) => url = abs,
            _ => refused = Some(p),
        }
    }
    let text = fetch_text(&url).await?;
    // Marks for the benchmark (bench/run.mjs): download done, then parsed and indexed.
    crate::browser::performance_mark("atlas:dataset-fetched");
    let loaded = atlas_core::load(&text).map_err(Failure::Unreadable)?;
    crate::browser::performance_mark("atlas:dataset-ready");
    Ok(Dataset { config, loaded, url, refused })
}

fn resolve_or_self(u: &str) -> String {
    // The default dataset lives beside index.html; client routes are deeper, so resolve from the root.
    let rooted = if u.starts_with("http://") || u.starts_with("https://") || u.starts_with('/') { u.to_string() } else { format!("/{u}") };
    crate::browser::resolve_url(&rooted).map(|(abs, _)| abs).unwrap_or(rooted)
}
