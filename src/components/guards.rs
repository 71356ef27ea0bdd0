//! Route guards: a page renders only once what it shows is there. Until the dataset is loaded
//! the loading state, on failure the error with a retry, and for a route's `{id}` that names no
//! record, "not found".

use crate::components::loading::{LoadFailed, Loading};
use crate::components::not_found::NotFound;
use crate::data::{use_data, DataState, LoadedDataset};
use leptos::prelude::*;
use std::sync::Arc;

/// Renders `page` once the dataset is loaded; until then a loading state, and on
/// failure a clear message with a retry button.
pub fn with_dataset<V: IntoView + 'static>(
    page: impl Fn(Arc<LoadedDataset>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    with_dataset_or(|| view! { <Loading/> }, page)
}

/// [`with_dataset`] with a page's own loading state (the finder's first view).
pub fn with_dataset_or<L: IntoView + 'static, V: IntoView + 'static>(
    loading: impl Fn() -> L + Send + Sync + 'static,
    page: impl Fn(Arc<LoadedDataset>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let data = use_data();
    move || match data.state.get() {
        DataState::Loading => loading().into_any(),
        DataState::Failed(f) => view! { <LoadFailed failure=f/> }.into_any(),
        DataState::Ready(d) => page(d).into_any(),
    }
}

/// Renders the record that the route's `{id}` names (found by `find`), or "not found".
pub fn with_record<T, V>(
    find: impl Fn(&atlas_core::Atlas, &str) -> Option<T> + Send + Sync + 'static,
    page: impl Fn(Arc<LoadedDataset>, T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    V: IntoView + 'static,
{
    let params = leptos_router::hooks::use_params_map();
    with_dataset(move |d| {
        let id = params.read().get("id").unwrap_or_default();
        match find(&d.loaded.atlas, &id) {
            Some(record) => page(d.clone(), record).into_any(),
            None => view! { <NotFound/> }.into_any(),
        }
    })
}
