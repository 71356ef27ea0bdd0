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
pub mod state;

/// Mounts the app on `<body>`, in place of index.html's loading screen.
pub fn mount() {
    console_error_panic_hook::set_once();
    if let Some(screen) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        screen.remove();
    }
    leptos::mount::mount_to_body(app::App);
}
