//! A small, static map of places (an actor's municipalities, say). Decorative
//! beside the list it illustrates, so it is hidden from screen readers.

use crate::data::LoadedDataset;
use crate::map::leaflet::{self, bounds, lat_lng, options};
use atlas_core::LatLon;
use leptos::html;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn PlacesMap(
    dataset: Arc<LoadedDataset>,
    places: Vec<LatLon>,
    /// How close the map may zoom in to fit the places (one place: a street's view).
    #[prop(default = 9)]
    max_zoom: u8,
) -> impl IntoView {
    let node = NodeRef::<html::Div>::new();
    let live = StoredValue::new_local(None::<leaflet::Map>);
    let config = dataset.config.clone();
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        if live.with_value(|m| m.is_some()) || places.is_empty() {
            return;
        }
        let (places, tile_url) = (places.clone(), config.tile_url.clone());
        crate::browser::with_leaflet(move || {
            // Leaflet may run after the person has left the page, or after a second run of
            // this effect has made the map.
            if !el.is_connected() || live.try_with_value(|m| m.is_some()).unwrap_or(true) {
                return;
            }
            live.set_value(Some(make_places_map(&el, &tile_url, &places, max_zoom)));
        });
    });
    on_cleanup(move || {
        if let Some(m) = live.try_update_value(|m| m.take()).flatten() {
            m.remove();
        }
    });
    let attribution = dataset.config.tile_attribution.clone();
    view! {
        <div class="places-map" node_ref=node aria-hidden="true"></div>
        <p class="hint map-attribution">{attribution}</p>
    }
}

fn make_places_map(
    el: &web_sys::HtmlDivElement,
    tile_url: &str,
    places: &[LatLon],
    max_zoom: u8,
) -> leaflet::Map {
    // No controls and no attribution links inside: the map is hidden from assistive
    // technology, so nothing in it may take focus. The attribution is shown below it.
    let map = leaflet::map(
        el,
        &options(&[
            ("zoomControl", false.into()),
            ("attributionControl", false.into()),
            ("keyboard", false.into()),
            ("dragging", false.into()),
            ("scrollWheelZoom", false.into()),
        ]),
    );
    leaflet::tile_layer(tile_url, &options(&[])).add_to(&map);
    let group = leaflet::layer_group().add_to(&map);
    let (mut s, mut w, mut n, mut e) = (90.0f64, 180.0f64, -90.0f64, -180.0f64);
    for p in places {
        let icon = leaflet::div_icon(&options(&[
            ("className", "atlas-place".into()),
            ("iconSize", lat_lng(10.0, 10.0)),
        ]));
        group.add_layer(&leaflet::marker(
            &lat_lng(p.lat, p.lon),
            &options(&[
                ("icon", icon.into()),
                ("keyboard", false.into()),
                ("interactive", false.into()),
            ]),
        ));
        (s, w, n, e) = (s.min(p.lat), w.min(p.lon), n.max(p.lat), e.max(p.lon));
    }
    map.fit_bounds(
        &bounds(s, w, n, e),
        &options(&[("maxZoom", max_zoom.into()), ("padding", lat_lng(20.0, 20.0))]),
    );
    map
}
