//! Component tests: real components mounted in headless Chromium
//! (wasm-bindgen-test; `scripts/test.sh` runs them).
#![cfg(target_arch = "wasm32")]

use atlas_core::hours::OpeningHours;
use atlas_core::LocalisedText;
use integration_atlas::components::hours::OpeningHoursView;
use integration_atlas::components::localised::Localised;
use integration_atlas::i18n::I18nProvider;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> web_sys::HtmlElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

#[wasm_bindgen_test]
fn localised_text_in_the_ui_language_has_no_lang_of_its_own() {
    let el = container();
    let text = LocalisedText::new(&[("fi", "Tampere"), ("sv", "Tammerfors")]);
    leptos::mount::mount_to(el.clone(), move || view! { <Localised text=text.clone() lang="sv"/> }).forget();
    assert_eq!(el.text_content().as_deref(), Some("Tammerfors"));
    assert!(el.query_selector("span[lang]").unwrap().is_none());
}

#[wasm_bindgen_test]
fn localised_fallback_is_marked_with_its_language() {
    let el = container();
    // No English: the fallback order en → fi → sv gives Finnish, marked lang="fi".
    let text = LocalisedText::new(&[("sv", "Tammerfors"), ("fi", "Tampere")]);
    leptos::mount::mount_to(el.clone(), move || view! { <Localised text=text.clone() lang="en"/> }).forget();
    let span = el.query_selector("span[lang]").unwrap().expect("a span with lang");
    assert_eq!(span.get_attribute("lang").as_deref(), Some("fi"));
    assert_eq!(span.text_content().as_deref(), Some("Tampere"));
}

#[wasm_bindgen_test]
fn opening_hours_are_grouped_into_days_in_words() {
    let el = container();
    let hours = OpeningHours::parse("Mo-Fr 09:00-16:00; We 12:00-18:00; PH off").unwrap();
    leptos::mount::mount_to(el.clone(), move || {
        view! {
            <I18nProvider>
                <OpeningHoursView hours=hours.clone() open_now=Signal::stored(true)/>
            </I18nProvider>
        }
    })
    .forget();
    let dds = el.query_selector_all("dl.hours dd").unwrap();
    // Mon–Tue, Wed, Thu–Fri, Sat–Sun, public holidays.
    assert_eq!(dds.length(), 5);
    let text = |i| dds.item(i).unwrap().text_content().unwrap();
    assert_eq!(text(0), "9:00–16:00");
    assert_eq!(text(1), "12:00–18:00");
    assert_eq!(text(2), "9:00–16:00");
    assert!(el.query_selector(".open-now.is-open").unwrap().is_some());
}
