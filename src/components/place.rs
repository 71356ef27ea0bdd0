//! The "place" choice shared by the finder and the list pages: one select over
//! municipalities and areas, whose value is `m:CODE` or `a:AREA-ID` ("" for all).

use crate::i18n::area_kind_name;
use crate::i18n::tr;
use atlas_core::text::sort_key;
use atlas_core::Atlas;
use leptos::prelude::*;

/// The select's value for a query's municipality and area.
pub fn place_value(municipality: Option<&str>, area: Option<&str>) -> String {
    match (municipality, area) {
        (Some(m), _) => format!("m:{m}"),
        (None, Some(a)) => format!("a:{a}"),
        _ => String::new(),
    }
}

/// The municipality and area a select value stands for.
pub fn parse_place(v: &str) -> (Option<String>, Option<String>) {
    (
        v.strip_prefix("m:").map(String::from),
        v.strip_prefix("a:").map(String::from),
    )
}

/// The `<optgroup>`s: municipalities (when asked), then the areas of each kind, each sorted by name in `ui`.
pub fn place_options(
    atlas: &Atlas,
    ui: &str,
    with_municipalities: bool,
    kinds: &[&str],
    selected: &str,
) -> impl IntoView {
    let group = |label: String, mut items: Vec<(String, String)>| {
        items.sort_by_cached_key(|(_, name)| sort_key(name, ui));
        let options = items
            .into_iter()
            .map(|(v, n)| {
                let sel = v == selected;
                view! { <option value=v selected=sel>{n}</option> }
            })
            .collect_view();
        view! { <optgroup label=label>{options}</optgroup> }
    };
    let municipalities = with_municipalities.then(|| {
        group(
            tr!("place-municipalities"),
            atlas
                .municipalities
                .iter()
                .map(|m| (format!("m:{}", m.code), m.name.get(ui).to_string()))
                .collect(),
        )
    });
    let areas = kinds
        .iter()
        .map(|kind| {
            group(
                area_kind_name(kind),
                atlas
                    .areas_of_kind(kind)
                    .map(|a| (format!("a:{}", a.id), a.name.get(ui).to_string()))
                    .collect(),
            )
        })
        .collect_view();
    view! { {municipalities}{areas} }
}
