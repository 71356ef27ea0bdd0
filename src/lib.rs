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
    // Marks for the benchmark's startup timeline (bench/run.mjs): the wasm has been compiled and
    // instantiated and runs; then the first view has been built and mounted.
    browser::performance_mark("atlas:wasm-ready");
    console_error_panic_hook::set_once();
    // The UI language's messages first (index.html has asked for them already), so the first
    // view is drawn in its language. (wasm-bindgen's executor: Leptos starts its own only in
    // `mount_to_body`.)
    wasm_bindgen_futures::spawn_local(async {
        i18n::load_start_language().await;
        browser::performance_mark("atlas:translations-ready");
        // A kept view (public/kept-view.js) stays over the app until the finder has drawn its list.
        browser::remove_loading_screen(true);
        leptos::mount::mount_to_body(app::App);
        browser::performance_mark("atlas:mounted");
    });
}
