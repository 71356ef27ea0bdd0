//! Text from the dataset in the UI language, or its fallback marked with its own
//! `lang`, so a screen reader pronounces it right.

use atlas_core::LocalisedText;
use leptos::prelude::*;

/// Renders a localised text as a `<span>`; a fallback carries `lang` (and `dir="auto"`).
#[component]
pub fn Localised(text: LocalisedText, #[prop(into)] lang: Signal<&'static str>) -> impl IntoView {
    move || {
        let ui = lang.get();
        match text.pick(ui) {
            Some(p) if p.lang == ui => view! { <span>{p.text.to_string()}</span> }.into_any(),
            Some(p) => {
                view! { <span lang=p.lang.to_string() dir="auto">{p.text.to_string()}</span> }.into_any()
            }
            None => ().into_any(),
        }
    }
}
