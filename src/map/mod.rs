//! The map of services: Leaflet draws tiles and markers; clustering is done in
//! Rust (`atlas_core::cluster`) and only the clusters inside the view reach Leaflet.
//! Markers are not in the tab order: the result list is the complete
//! keyboard and screen-reader path to every service.

pub mod leaflet;

use crate::data::LoadedDataset;
use atlas_core::cluster::{cluster, Cluster};
use atlas_core::text::escape_html;
use leaflet::options as options_of;
use leaflet::{bounds, lat_lng, options};
use leptos::html;
use leptos::prelude::*;
use leptos_fluent::{tr, I18n};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Cluster cells this many screen pixels wide.
const CELL_PX: f64 = 64.0;
/// For one municipality's services: cells as wide as a marker, so that only markers that would
/// overlap are grouped, and the view may come this close, so that a town's services stand apart.
const ONE_PLACE_CELL_PX: f64 = 24.0;
const ONE_PLACE_MAX_ZOOM: u8 = 16;
const MAX_FIT_ZOOM: u8 = 13;

/// Live Leaflet objects of one mounted map.
struct LiveMap {
    map: leaflet::Map,
    markers: leaflet::Layer,
    /// The markers drawn now, kept from one draw to the next (see `draw`).
    drawn: Drawn,
    /// One click handler and one popup maker for every marker: each marker carries what
    /// they need in its Leaflet options (`atlasService`, `atlasCell`), so that a draw
    /// makes no closure per marker and a popup is built only when it opens.
    marker_click: Closure<dyn FnMut(JsValue)>,
    popup_content: Closure<dyn FnMut(JsValue) -> JsValue>,
    /// The icon every single service's marker is made from.
    single_icon: leaflet::Icon,
    /// Kept alive as long as the map: Leaflet calls them.
    _handlers: Vec<Closure<dyn FnMut()>>,
    /// Tells Leaflet when the container's size changes (a phone's list/map toggle shows
    /// a map that was laid out at zero size); disconnected when the map goes.
    resize: Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)>,
}

/// What a marker stands for: one service, or the cluster of a grid cell.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum MarkerKey {
    Service(usize),
    Cell(i64, i64),
}

struct DrawnMarker {
    marker: leaflet::Marker,
    /// A cluster's count, and the element showing it (None for a single service).
    count: usize,
    label: Option<web_sys::Element>,
    /// Where the marker is drawn, in world units (see `LatLon::to_world`).
    at: (f64, f64),
    members: Vec<usize>,
    /// The members' bounding box, which a click on a cluster zooms to.
    bounds: (f64, f64, f64, f64),
}

/// The markers on the map, and what they were drawn for: another zoom, cell size or
/// language makes other cells and titles, so every marker is made again.
#[derive(Default)]
struct Drawn {
    zoom: f64,
    cell_px: f64,
    lang: &'static str,
    markers: HashMap<MarkerKey, DrawnMarker>,
    /// A cluster's count as shown and its title, by count: typing changes counts among a few
    /// hundred values, and formatting a number or a message is dear next to a look-up.
    labels: HashMap<usize, (String, String)>,
}

impl Drawn {
    fn label(&mut self, count: usize, i18n: I18n) -> &(String, String) {
        let lang = self.lang;
        self.labels.entry(count).or_insert_with(|| {
            (
                crate::browser::format_number(count as f64, 0, lang),
                tr!(i18n, "map-cluster", { "count" => count }),
            )
        })
    }
}

#[component]
pub fn ServiceMap(
    dataset: Arc<LoadedDataset>,
    /// The services to show, by position in the atlas.
    services: Signal<Vec<usize>>,
    /// The service a list entry points at (hover or focus): its marker lights up.
    highlighted: RwSignal<Option<usize>>,
    /// Set when a marker is chosen: the list brings the entry into view.
    selected: RwSignal<Option<usize>>,
    /// The place or position the services are chosen by ("" for none): the map fits them when it changes.
    fit_key: Signal<String>,
    /// The services are one municipality's (an embed for a town, say): see `ONE_PLACE_CELL_PX`.
    one_place: Signal<bool>,
    lang: Signal<&'static str>,
    /// Called when the person leaves for a service from a popup's link.
    on_leave: Callback<()>,
) -> impl IntoView {
    let node = NodeRef::<html::Div>::new();
    // Drawing also runs from Leaflet's events, outside any reactive owner: keep the i18n handle.
    let i18n = expect_context::<I18n>();
    let live: Rc<RefCell<Option<LiveMap>>> = Rc::new(RefCell::new(None));
    let live = StoredValue::new_local(live);

    let dataset_draw = dataset.clone();
    let redraw = move || {
        let live = live.get_value();
        let Ok(mut guard) = live.try_borrow_mut() else {
            return;
        };
        let Some(m) = guard.as_mut() else { return };
        let ids = services.get_untracked();
        let cell = if one_place.get_untracked() {
            ONE_PLACE_CELL_PX
        } else {
            CELL_PX
        };
        draw(m, &dataset_draw, &ids, cell, lang.get_untracked(), i18n);
        if let Some(h) = highlighted.get_untracked() {
            set_highlight(m, None, Some(h));
        }
    };

    let inputs = MapInputs {
        dataset: dataset.clone(),
        services,
        fit_key,
        one_place,
        selected,
        lang,
        on_leave,
        i18n,
        redraw: redraw.clone(),
    };
    // The map is made once the list has painted: Leaflet's set-up is the dearest part of the
    // first view after the dataset (issue 13), and the list is what a person reads first.
    let made = RwSignal::new(false);
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        let inputs = inputs.clone();
        crate::browser::after_paint(move || {
            crate::browser::with_leaflet(move || {
                // Gone before the frame came (the person left the page): nothing to make.
                let Some(live_rc) = live.try_get_value() else {
                    return;
                };
                if live_rc.borrow().is_some() || !el.is_connected() {
                    return;
                }
                let map = make_map(&el, &live_rc, inputs);
                *live_rc.borrow_mut() = Some(map);
                made.set(true);
            })
        });
    });

    // New results: draw them. When the place or position changes (or a link
    // names one), fit the view to the results; when it is cleared, go back home.
    let dataset_fit = dataset.clone();
    let (home, home_zoom) = (dataset.config.map_center, dataset.config.map_zoom);
    // Its value: the key the live map was last fitted for (None before the map is made, so
    // that the first run with a map fits the view as a first run does).
    Effect::new(move |prev_key: Option<Option<String>>| {
        let ids = services.get();
        let key = fit_key.get();
        lang.track();
        made.track();
        // Take the map out of the cell before fitting: Leaflet may fire `moveend` at once.
        let map = live
            .get_value()
            .try_borrow()
            .ok()
            .and_then(|g| g.as_ref().map(|m| m.map.clone()));
        let map = map?;
        let prev_key = prev_key.flatten();
        if prev_key.as_ref() != Some(&key) {
            if !key.is_empty() && !ids.is_empty() {
                fit(&map, &dataset_fit, &ids, one_place.get_untracked());
            } else if prev_key.is_some() {
                map.set_view(&lat_lng(home[0], home[1]), home_zoom);
            }
        }
        redraw();
        Some(key)
    });

    Effect::new(move |prev: Option<Option<usize>>| {
        let now = highlighted.get();
        if let Ok(mut guard) = live.get_value().try_borrow_mut() {
            if let Some(m) = guard.as_mut() {
                set_highlight(m, prev.flatten(), now);
            }
        }
        now
    });

    on_cleanup(move || {
        if let Some(m) = live.get_value().borrow_mut().take() {
            if let Some((observer, _)) = &m.resize {
                observer.disconnect();
            }
            m.map.remove();
        }
    });

    view! {
        <div class="map" node_ref=node role="region" aria-label=move || { lang.track(); tr!("map-label") }></div>
    }
}

/// What making the map needs from its component.
#[derive(Clone)]
struct MapInputs<R> {
    dataset: Arc<LoadedDataset>,
    services: Signal<Vec<usize>>,
    fit_key: Signal<String>,
    one_place: Signal<bool>,
    selected: RwSignal<Option<usize>>,
    lang: Signal<&'static str>,
    on_leave: Callback<()>,
    i18n: I18n,
    /// Draws the services again (after a move, a resize).
    redraw: R,
}

/// Makes the Leaflet map in `el`: tiles, the marker layer, and the handlers for moves,
/// resizes, marker clicks and popups. `live` is where the component keeps it (a marker's
/// click reads the drawn clusters from there).
fn make_map<R: Fn() + Clone + 'static>(
    el: &web_sys::HtmlDivElement,
    live: &Rc<RefCell<Option<LiveMap>>>,
    inputs: MapInputs<R>,
) -> LiveMap {
    let MapInputs {
        dataset,
        services,
        fit_key,
        one_place,
        selected,
        lang,
        on_leave,
        i18n,
        redraw,
    } = inputs;
    let config = &dataset.config;
    // Honour prefers-reduced-motion: no zoom, fade or marker animations.
    let animate = !crate::browser::prefers_reduced_motion();
    let map = leaflet::map(
        el,
        &options(&[
            ("zoomControl", true.into()),
            ("keyboard", true.into()),
            ("zoomAnimation", animate.into()),
            ("fadeAnimation", animate.into()),
            ("markerZoomAnimation", animate.into()),
        ]),
    );
    map.set_view(
        &lat_lng(config.map_center[0], config.map_center[1]),
        config.map_zoom,
    );
    leaflet::tile_layer(
        &config.tile_url,
        &options(&[
            ("attribution", escape_html(&config.tile_attribution).into()),
            ("maxZoom", 18.into()),
        ]),
    )
    .add_to(&map);
    let markers = leaflet::layer_group().add_to(&map);
    // Redraw after the move, not inside Leaflet's event: the move may have
    // started inside a redraw (a fit, a cluster click).
    let redraw_moved = redraw.clone();
    let on_move = Closure::<dyn FnMut()>::new(move || request_animation_frame(redraw_moved.clone()));
    map.on("moveend", on_move.as_ref().unchecked_ref());
    // When the container changes size, Leaflet must measure it again; coming out of
    // `display: none`, the view is also fitted again, as it could not be at zero size.
    let was_hidden = Rc::new(std::cell::Cell::new(el.client_width() == 0));
    let (map_r, el_r, dataset_r, redraw_r) = (map.clone(), el.clone(), dataset.clone(), redraw.clone());
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        let hidden = el_r.client_width() == 0;
        if hidden {
            was_hidden.set(true);
            return;
        }
        map_r.invalidate_size();
        if was_hidden.replace(false) {
            let ids = services.get_untracked();
            if !fit_key.get_untracked().is_empty() && !ids.is_empty() {
                fit(&map_r, &dataset_r, &ids, one_place.get_untracked());
            }
        }
        request_animation_frame(redraw_r.clone());
    });
    let resize = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref())
        .ok()
        .map(|o| {
            o.observe(el);
            (o, on_resize)
        });
    let marker_click = {
        let (map, live) = (map.clone(), live.clone());
        // Holds the map's own cell: the cycle is broken when the map is cleaned up (`take`).
        Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
            let options = leaflet::get(&leaflet::get(&event, "target"), "options");
            if let Some(i) = leaflet::get(&options, "atlasService").as_f64() {
                selected.set(Some(i as usize));
                return;
            }
            let cell = leaflet::get(&options, "atlasCell");
            let key = MarkerKey::Cell(
                js_sys::Reflect::get_u32(&cell, 0)
                    .ok()
                    .and_then(|v| v.as_f64())
                    .unwrap_or(f64::NAN) as i64,
                js_sys::Reflect::get_u32(&cell, 1)
                    .ok()
                    .and_then(|v| v.as_f64())
                    .unwrap_or(f64::NAN) as i64,
            );
            let found = live.try_borrow().ok().and_then(|g| {
                g.as_ref()
                    .and_then(|m| m.drawn.markers.get(&key).map(|d| d.bounds))
            });
            if let Some((s, w, n, e)) = found {
                map.fit_bounds(
                    &bounds(s, w, n, e),
                    &options_of(&[("padding", lat_lng(40.0, 40.0)), ("maxZoom", 18.into())]),
                );
            }
        })
    };
    let dataset_popup = dataset.clone();
    let leave = Closure::<dyn FnMut()>::new(move || on_leave.run(()));
    let leave_fn: js_sys::Function = leave.as_ref().clone().unchecked_into();
    let popup_content = Closure::<dyn FnMut(JsValue) -> JsValue>::new(move |layer: JsValue| {
        let options = leaflet::get(&layer, "options");
        match leaflet::get(&options, "atlasService").as_f64() {
            Some(i) => popup(&dataset_popup, i as usize, lang.get_untracked(), i18n, &leave_fn).into(),
            None => JsValue::from_str(""),
        }
    });
    LiveMap {
        map,
        markers,
        drawn: Drawn::default(),
        marker_click,
        popup_content,
        single_icon: leaflet::div_icon(&options(&[
            ("className", "atlas-marker".into()),
            // Fixed markup, no data in it.
            ("html", "<span class=\"atlas-marker-inner\"></span>".into()),
            ("iconSize", lat_lng(22.0, 22.0)),
        ])),
        _handlers: vec![on_move, leave],
        resize,
    }
}

fn fit(map: &leaflet::Map, dataset: &LoadedDataset, ids: &[usize], one_place: bool) {
    let services = &dataset.loaded.atlas.services;
    let (mut s, mut w, mut n, mut e) = (90.0f64, 180.0f64, -90.0f64, -180.0f64);
    for &i in ids {
        let l = services[i].location;
        s = s.min(l.lat);
        w = w.min(l.lon);
        n = n.max(l.lat);
        e = e.max(l.lon);
    }
    let max_zoom = if one_place {
        ONE_PLACE_MAX_ZOOM
    } else {
        MAX_FIT_ZOOM
    };
    map.fit_bounds(
        &bounds(s, w, n, e),
        &options(&[("maxZoom", max_zoom.into()), ("padding", lat_lng(30.0, 30.0))]),
    );
}

/// Draws the services' markers and clusters inside the view, keeping every marker that
/// still stands for the same service or cell: typing a letter changes a few counts and
/// adds or removes a few markers, rather than making them all again.
fn draw(
    m: &mut LiveMap,
    dataset: &LoadedDataset,
    ids: &[usize],
    cell_px: f64,
    lang: &'static str,
    i18n: I18n,
) {
    let atlas = &dataset.loaded.atlas;
    let b = m.map.get_bounds();
    let view = (b.south(), b.west(), b.north(), b.east());
    let zoom = m.map.get_zoom();
    let clusters = cluster(
        ids.iter().map(|&i| (i, atlas.services[i].location)),
        zoom,
        cell_px,
        Some(view),
    );
    let d = &m.drawn;
    if d.zoom != zoom || d.cell_px != cell_px || d.lang != lang {
        m.markers.clear_layers();
        m.drawn = Drawn {
            zoom,
            cell_px,
            lang,
            ..Default::default()
        };
    }
    let mut before = std::mem::take(&mut m.drawn.markers);
    // World units to screen pixels at this zoom.
    let px = 256.0 * 2f64.powf(zoom);
    let mut next = HashMap::with_capacity(clusters.len());
    for c in clusters {
        let key = match c.count {
            1 => MarkerKey::Service(c.members[0]),
            _ => MarkerKey::Cell(c.cell.0, c.cell.1),
        };
        let drawn = match before.remove(&key) {
            Some(mut kept) => {
                if kept.count != c.count {
                    update_cluster(&kept, m.drawn.label(c.count, i18n));
                }
                // A cluster sits at its members' mean: moved only when that is a pixel away.
                let at = c.centre.to_world();
                if (at.0 - kept.at.0).abs() * px >= 1.0 || (at.1 - kept.at.1).abs() * px >= 1.0 {
                    kept.marker.set_lat_lng(&lat_lng(c.centre.lat, c.centre.lon));
                    kept.at = at;
                }
                kept.count = c.count;
                kept.bounds = c.bounds;
                kept.members = c.members;
                kept
            }
            None => {
                let marker = match key {
                    MarkerKey::Service(i) => single_marker(m, dataset, i, lang),
                    MarkerKey::Cell(..) => cluster_marker(m, &c, i18n),
                };
                m.markers.add_layer(&marker.marker);
                DrawnMarker {
                    at: c.centre.to_world(),
                    bounds: c.bounds,
                    members: c.members,
                    ..marker
                }
            }
        };
        next.insert(key, drawn);
    }
    for (_, gone) in before {
        m.markers.remove_layer(&gone.marker);
    }
    m.drawn.markers = next;
}

/// The icon element of the marker holding service `i`, if it is drawn.
fn icon_of(m: &LiveMap, i: usize) -> Option<web_sys::HtmlElement> {
    let d = &m.drawn.markers;
    d.get(&MarkerKey::Service(i))
        .or_else(|| d.values().find(|dm| dm.count > 1 && dm.members.contains(&i)))
        .and_then(|dm| dm.marker.element())
}

fn set_highlight(m: &mut LiveMap, old: Option<usize>, new: Option<usize>) {
    if let Some(el) = old.and_then(|i| icon_of(m, i)) {
        let _ = el.class_list().remove_1("is-highlighted");
    }
    if let Some(el) = new.and_then(|i| icon_of(m, i)) {
        let _ = el.class_list().add_1("is-highlighted");
    }
}

fn single_marker(m: &LiveMap, dataset: &LoadedDataset, i: usize, lang: &str) -> DrawnMarker {
    let s = &dataset.loaded.atlas.services[i];
    let marker = leaflet::marker(
        &lat_lng(s.location.lat, s.location.lon),
        &options(&[
            ("icon", m.single_icon.clone().into()),
            ("keyboard", false.into()),
            ("title", s.name.get(lang).into()),
            ("atlasService", (i as f64).into()),
        ]),
    );
    marker.bind_popup_with(m.popup_content.as_ref().unchecked_ref());
    marker.marker_on("click", m.marker_click.as_ref().unchecked_ref());
    DrawnMarker {
        marker,
        count: 1,
        label: None,
        at: (0.0, 0.0),
        members: Vec::new(),
        bounds: (0.0, 0.0, 0.0, 0.0),
    }
}

fn cluster_marker(m: &mut LiveMap, c: &Cluster, i18n: I18n) -> DrawnMarker {
    let (count, title) = m.drawn.label(c.count, i18n).clone();
    let label = crate::browser::document().create_element("span").expect("span");
    label.set_class_name("atlas-marker-inner");
    label.set_text_content(Some(&count));
    let icon = leaflet::div_icon(&options(&[
        ("className", "atlas-cluster".into()),
        ("html", label.clone().into()),
        ("iconSize", lat_lng(36.0, 36.0)),
    ]));
    let marker = leaflet::marker(
        &lat_lng(c.centre.lat, c.centre.lon),
        &options(&[
            ("icon", icon.into()),
            ("keyboard", false.into()),
            ("title", title.into()),
            // The cell is the marker's for its life: a click finds the cluster's bounds by it.
            (
                "atlasCell",
                js_sys::Array::of2(&(c.cell.0 as f64).into(), &(c.cell.1 as f64).into()).into(),
            ),
        ]),
    );
    marker.marker_on("click", m.marker_click.as_ref().unchecked_ref());
    DrawnMarker {
        marker,
        count: c.count,
        label: Some(label),
        at: (0.0, 0.0),
        members: Vec::new(),
        bounds: c.bounds,
    }
}

/// A kept cluster marker whose count changed: its number and its title.
fn update_cluster(kept: &DrawnMarker, (count, title): &(String, String)) {
    if let Some(label) = &kept.label {
        label.set_text_content(Some(count));
    }
    if let Some(el) = kept.marker.element() {
        let _ = el.set_attribute("title", title);
    }
}

/// The popup, built from DOM nodes: data strings only ever become text, never HTML.
fn popup(
    dataset: &LoadedDataset,
    i: usize,
    lang: &str,
    i18n: I18n,
    on_leave: &js_sys::Function,
) -> web_sys::HtmlElement {
    let atlas = &dataset.loaded.atlas;
    let s = &atlas.services[i];
    let doc = crate::browser::document();
    let el = |tag: &str, class: &str, text: Option<&str>| {
        let e = doc.create_element(tag).expect("element");
        if !class.is_empty() {
            e.set_class_name(class);
        }
        if let Some(t) = text {
            e.set_text_content(Some(t));
        }
        e
    };
    let root = el("div", "popup", None);
    let name = s.name.pick(lang);
    let title = el("p", "popup-name", name.map(|p| p.text));
    if let Some(p) = name.filter(|p| p.lang != lang) {
        let _ = title.set_attribute("lang", p.lang);
    }
    let _ = root.append_child(&title);
    let m = atlas.service_municipality(i);
    let mut address = Vec::new();
    if let Some(a) = &s.address {
        if let Some(st) = &a.street {
            address.push(st.get(lang).to_string());
        }
        let po = a
            .post_office
            .as_ref()
            .map(|p| p.get(lang).to_string())
            .unwrap_or_else(|| m.name.get(lang).to_string());
        address.push(
            format!("{} {}", a.postal_code.as_deref().unwrap_or(""), po)
                .trim()
                .to_string(),
        );
    } else {
        address.push(m.name.get(lang).to_string());
    }
    let address = el("p", "popup-address", Some(&address.join(", ")));
    // Street numbers and postal codes keep their order inside right-to-left text.
    let _ = address.set_attribute("dir", "auto");
    let _ = root.append_child(&address);
    let langs: Vec<String> = s
        .languages
        .iter()
        .map(|l| crate::browser::language_name(l, lang))
        .collect();
    let _ = root.append_child(&el(
        "p",
        "popup-languages",
        Some(&format!(
            "{}: {}",
            tr!(i18n, "service-languages"),
            langs.join(", ")
        )),
    ));
    let link = el("a", "popup-link", Some(&tr!(i18n, "open-service-page")));
    let _ = link.set_attribute("href", &format!("/{lang}/services/{}", s.id));
    let _ = link.add_event_listener_with_callback("click", on_leave);
    if crate::browser::in_frame() {
        let _ = link.set_attribute("target", "_blank");
    }
    let _ = root.append_child(&link);
    root.unchecked_into()
}
