//! The loading and failure states of the dataset: never a blank page.

use crate::data::{use_data, Failure, Progress};
use crate::i18n::{move_tr, tr};
use atlas_core::{LoadError, LoadProgress};
use leptos::prelude::*;

#[component]
pub fn Loading() -> impl IntoView {
    // A big dataset shows how much has come and how much is checked, not a frozen page.
    let progress = use_context::<crate::data::DataContext>().map(|d| d.progress);
    let megabytes = |b: f64| format!("{:.1}", b / 1_000_000.0);
    let so_far = move || {
        progress.and_then(|p| p.get()).map(|p| match p {
            Progress::Received { bytes, total } => view! {
                <progress data-testid="loading-progress" max=total value=bytes></progress>
                <span>{tr!("loading-progress", { "loaded" => megabytes(bytes), "total" => megabytes(total) })}</span>
            }
            .into_any(),
            Progress::Checked(LoadProgress { done, total }) => view! {
                <progress data-testid="loading-progress" max=total value=done></progress>
                <span>{tr!("loading-checked", { "done" => done, "total" => total })}</span>
            }
            .into_any(),
        })
    };
    view! {
        <div class="loading" role="status" data-testid="loading">
            <span class="spinner" aria-hidden="true"></span>
            {move_tr!("loading")}
            {so_far}
        </div>
    }
}

#[component]
pub fn LoadFailed(failure: Failure) -> impl IntoView {
    // A kept view of the last visit (public/kept-view.js) must not hide the failure.
    crate::browser::remove_loading_screen(false);
    let data = use_data();
    let detail = move || match &failure {
        Failure::Network => tr!("error-network"),
        Failure::Status(code) => tr!("error-status", { "status" => *code }),
        Failure::Unreadable(LoadError::NotJson(e)) => tr!("error-not-json", { "detail" => e.clone() }),
        Failure::Unreadable(LoadError::NotAtlas) => tr!("error-not-atlas"),
        Failure::Unreadable(LoadError::UnsupportedVersion(v)) => {
            tr!("error-version", { "format" => v.clone() })
        }
    };
    view! {
        <div class="load-error" role="alert" data-testid="load-error">
            <h1 id="page-title" tabindex="-1">{move_tr!("error-title")}</h1>
            <p>{detail}</p>
            {move || data.auto_retry_in.get().map(|s| view! {
                <p data-testid="auto-retry">{tr!("retry-auto", { "seconds" => s })}</p>
            })}
            <button type="button" class="button" on:click=move |_| data.retry.run(())>{move_tr!("retry")}</button>
        </div>
    }
}
