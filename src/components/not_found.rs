//! "Not found": the page for any address the app does not know, also shown by the layout for an
//! unknown language and by the route guards for an `{id}` that names no record.

use crate::i18n::{is_ui_language, ui_language};
use crate::i18n::{move_tr, tr};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFound() -> impl IntoView {
    let lang = ui_language();
    let home = move || {
        let l = lang.get();
        format!("/{}/", if is_ui_language(l) { l } else { "fi" })
    };
    crate::state::use_page_title(move || tr!("not-found-title"));
    view! {
        <div class="not-found">
            <h1 id="page-title" tabindex="-1">{move_tr!("not-found-title")}</h1>
            <p>{move_tr!("not-found-text")}</p>
            <p><A href=home>{move_tr!("back-to-finder")}</A></p>
        </div>
    }
}
