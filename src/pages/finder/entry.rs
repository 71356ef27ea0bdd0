//! One entry of the finder's list, as the list and the first view (a pack's first page, shown
//! while the whole pack comes) both draw it: the same markup from either atlas.

use crate::browser::{format_km, language_name_in_text};
use crate::i18n::tr;
use atlas_core::search::Hit;
use atlas_core::time::LocalTime;
use atlas_core::Atlas;
use leptos::prelude::*;

/// The words every entry shows, in the UI language.
#[derive(Clone, PartialEq)]
pub struct ListLabels {
    open: String,
    closed: String,
    languages: String,
    separator: String,
}

impl ListLabels {
    /// In the UI language now.
    pub fn new() -> Self {
        Self {
            open: tr!("open-now"),
            closed: tr!("closed-now"),
            languages: tr!("service-languages"),
            separator: tr!("list-separator"),
        }
    }
}

/// One entry of the list, as much as its markup depends on.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Entry {
    pub service: usize,
    distance_bits: Option<u64>,
    open: Option<bool>,
    ui: &'static str,
}

/// The first `limit` of `hits` as entries, open or closed at `now`.
pub fn entries(atlas: &Atlas, hits: &[Hit], limit: usize, ui: &'static str, now: LocalTime) -> Vec<Entry> {
    hits.iter()
        .take(limit)
        .map(|h| Entry {
            service: h.service,
            distance_bits: h.distance_km.map(f64::to_bits),
            open: atlas.opening_hours(h.service).map(|oh| oh.is_open(now)),
            ui,
        })
        .collect()
}

/// The entry's markup. No handler and no reactive attribute of its own: the list's delegated
/// handlers and its highlight effect serve every entry (typing makes and drops dozens).
/// `new_tab`: inside an embed, a service opens in its own tab rather than inside the host's frame.
pub fn entry_view(
    atlas: &Atlas,
    e: Entry,
    labels: &ListLabels,
    highlighted: bool,
    new_tab: bool,
) -> impl IntoView {
    let (i, ui) = (e.service, e.ui);
    let s = &atlas.services[i];
    let name = s.name.pick(ui);
    let name_lang = name.filter(|p| p.lang != ui).map(|p| p.lang.to_string());
    let name = name.map(|p| p.text.to_string()).unwrap_or_default();
    let place = atlas.service_municipality(i).name.get(ui).to_string();
    let distance = e.distance_bits.map(|d| format_km(f64::from_bits(d), ui));
    let languages: Vec<String> = s.languages.iter().map(|l| language_name_in_text(l, ui)).collect();
    let href = format!("/{ui}/services/{}", s.id);
    let labels = labels.clone();
    view! {
        <li
            id=format!("service-{}", s.id)
            class=if highlighted { "result is-highlighted" } else { "result" }
            data-service-id=s.id.clone()
            data-index=i
        >
            <h2 class="result-name"><a href=href lang=name_lang dir="auto" target=new_tab.then_some("_blank")>{name}</a></h2>
            <p class="result-meta">
                <span>{place}</span>
                // Its own direction from its unit's script: "0.3 km" left to right, "0.3 كم" right
                // to left, so that an Arabic reader meets the number before the unit.
                {distance.map(|d| view! { " · "<bdi dir="auto" class="distance">{d}</bdi> })}
                // Not in a kept view (public/kept-view.js): open or closed changes with the hour.
                {e.open.map(|o| view! {
                    <span data-kept="no">
                        " · "<span class=if o { "badge open" } else { "badge" }>
                            {if o { labels.open } else { labels.closed }}
                        </span>
                    </span>
                })}
            </p>
            <p class="result-languages">{labels.languages}": "{languages.join(&labels.separator)}</p>
        </li>
    }
}
