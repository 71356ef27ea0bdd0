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

/// The `dir` of a block whose whole content is `text`: "auto" when the text shown is a fallback
/// in another language than the UI's, so that the block takes that text's direction and
/// alignment (an English-only name on an Arabic page reads from the left, as English does);
/// none otherwise (the page's own).
fn block_dir(text: &LocalisedText, lang: Signal<&'static str>) -> impl Fn() -> Option<&'static str> {
    let text = text.clone();
    move || {
        let ui = lang.get();
        text.pick(ui).filter(|p| p.lang != ui).map(|_| "auto")
    }
}

/// A record's page title: its name or title, the heading the page's focus and title start from.
#[component]
pub fn LocalisedTitle(text: LocalisedText, #[prop(into)] lang: Signal<&'static str>) -> impl IntoView {
    let dir = block_dir(&text, lang);
    view! { <h1 id="page-title" tabindex="-1" dir=dir><Localised text=text lang=lang/></h1> }
}

/// A paragraph of text from data: a record's description or summary (`class` "lead" under its
/// title).
#[component]
pub fn LocalisedParagraph(
    text: LocalisedText,
    #[prop(into)] lang: Signal<&'static str>,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let dir = block_dir(&text, lang);
    view! { <p class=(!class.is_empty()).then_some(class) dir=dir><Localised text=text lang=lang/></p> }
}

/// An item of a list of texts from data (an actor's tasks).
#[component]
pub fn LocalisedItem(text: LocalisedText, #[prop(into)] lang: Signal<&'static str>) -> impl IntoView {
    let dir = block_dir(&text, lang);
    view! { <li dir=dir><Localised text=text lang=lang/></li> }
}
