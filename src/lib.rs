//! Integration Atlas, the web app: a thin view over `atlas-core`.
//! See ARCHITECTURE.md for the map of the code.

pub mod app;
pub mod browser;
pub mod components;
pub mod data;
pub mod embed;
pub mod i18n;
pub mod map;
pub mod pages;

/// Mounts the app on `<body>`.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
