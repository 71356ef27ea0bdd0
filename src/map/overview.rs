//! The finder's map while a pack loads: Leaflet's tiles at the deployment's home view, and on
//! the points' canvas the pack's overview (`atlas_core::overview`), every service's cluster as
//! the finder's map will draw it there. At 100,000 services the map shows where the services are
//! seconds before the pack is read. It is a picture, like the rest of the first view: nothing
//! on it moves or answers a press until the finder's own map takes its place.

use super::leaflet;
use super::points::{cluster_radius, disc_at, Canvas, Mark, SINGLE_R};
use crate::i18n::tr;
use atlas_core::config::Config;
use atlas_core::overview::Overview;
use leptos::html;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::JsValue;

#[component]
pub fn OverviewMap(
    overview: Arc<Overview>,
    config: Config,
    lang: Signal<&'static str>,
    /// Called once the overview is painted, or at once where the map is hidden.
    on_shown: Callback<()>,
) -> impl IntoView {
    let node = NodeRef::<html::Div>::new();
    let live: Rc<RefCell<Option<(leaflet::Map, Canvas)>>> = Rc::default();
    let live = StoredValue::new_local(live);
    // Made after the list's paint, as the finder's map is; not at all where the map is hidden
    // (a phone shows the list first, and its toggle waits for the finder).
    let to_make = overview.clone();
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        let (overview, config) = (to_make.clone(), config.clone());
        crate::browser::after_paint(move || {
            if el.client_width() == 0 {
                return on_shown.run(());
            }
            crate::browser::with_leaflet(move || {
                let Some(cell) = live.try_get_value() else { return };
                if cell.borrow().is_some() || !el.is_connected() {
                    return;
                }
                let animate = !crate::browser::prefers_reduced_motion();
                let still: JsValue = false.into();
                let map = super::home_map(
                    &el,
                    &config,
                    animate,
                    &[
                        ("dragging", still.clone()),
                        ("touchZoom", still.clone()),
                        ("scrollWheelZoom", still.clone()),
                        ("doubleClickZoom", still.clone()),
                        ("boxZoom", still.clone()),
                        ("keyboard", still),
                    ],
                );
                // Its zoom buttons are where the finder's will be, greyed out as the toolbar's are.
                if let Some(zoom) = map.zoom_control() {
                    zoom.disable();
                }
                super::label_controls(&el);
                let mut canvas = Canvas::new(&map, animate);
                paint(&map, &mut canvas, &overview, lang.get_untracked());
                *cell.borrow_mut() = Some((map, canvas));
                on_shown.run(());
            })
        });
    });
    // The counts are numbers in the UI language's digits: painted again when it changes.
    Effect::new(move |prev: Option<&'static str>| {
        let now = lang.get();
        if prev.is_some_and(|p| p != now) {
            if let Ok(mut g) = live.get_value().try_borrow_mut() {
                if let Some((map, canvas)) = g.as_mut() {
                    paint(map, canvas, &overview, now);
                }
            }
            if let Some(el) = node.get_untracked() {
                super::label_controls(&el);
            }
        }
        now
    });
    on_cleanup(move || {
        if let Some((map, _)) = live.get_value().borrow_mut().take() {
            map.remove();
            // The finder's map, if it comes in this render; not one made later, elsewhere.
            TAKEN_OVER.set(true);
            request_animation_frame(|| TAKEN_OVER.set(false));
        }
    });
    view! {
        <div class="map" node_ref=node role="region" aria-label=move || { lang.track(); tr!("map-label") }></div>
    }
}

thread_local! {
    /// An overview's map left the screen and the finder's takes its place (`taken_over`).
    static TAKEN_OVER: Cell<bool> = const { Cell::new(false) };
}

/// Whether the finder's map is made in place of an overview's that has just left the screen
/// (the first view gives way to the finder in one render): asked once, by that map.
pub fn taken_over() -> bool {
    TAKEN_OVER.replace(false)
}

/// Paints the overview's clusters at the map's zoom (none when it holds no clusters for it).
fn paint(map: &leaflet::Map, canvas: &mut Canvas, overview: &Overview, lang: &str) {
    let zoom = map.get_zoom();
    let points = overview.at(zoom).unwrap_or_default();
    let labels: Vec<Option<String>> = points
        .iter()
        .map(|p| (p.count() > 1).then(|| crate::browser::format_number(p.count() as f64, 0, lang)))
        .collect();
    let marks: Vec<Mark> = points
        .iter()
        .zip(&labels)
        .map(|(p, label)| {
            let r = label
                .as_deref()
                .map_or(SINGLE_R, |l| cluster_radius(canvas.measure(l)));
            Mark {
                disc: disc_at(p.centre(), zoom, r),
                label: label.as_deref(),
            }
        })
        .collect();
    let services = points.iter().map(|p| p.count()).sum();
    canvas.paint(map, zoom, &marks, None, services, None);
}
