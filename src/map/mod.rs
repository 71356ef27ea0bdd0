//! The map of services: Leaflet draws the tiles; clustering is done in Rust
//! (`atlas_core::cluster`) for the view, and the points and clusters are painted on one canvas
//! (`points.rs`), with no element per point: a click or a tap is matched to the point under it
//! in Rust (`atlas_core::hit`). Points are not in the tab order and the canvas is hidden from
//! screen readers: the result list is the complete keyboard and screen-reader path to every
//! service.

pub mod leaflet;
mod overview;
mod points;

pub use overview::OverviewMap;

use crate::data::LoadedDataset;
use crate::i18n::tr;
use crate::state::MapView;
use atlas_core::cluster::{in_cell, Cluster, Grid, Places, CELL_PX};
use atlas_core::geo::LatLon;
use atlas_core::hit::{topmost, Disc};
use atlas_core::text::escape_html;
use atlas_core::{LocalisedText, Query};
use leaflet::{bounds, lat_lng, options};
use leptos::html;
use leptos::prelude::*;
use points::{cluster_radius, disc_at, Mark, HIGHLIGHT_SCALE, ORIGIN_R, SINGLE_R};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// For one municipality's services: cells as wide as a marker, so that only markers that would
/// overlap are grouped, and the view may come this close, so that a town's services stand apart.
const ONE_PLACE_CELL_PX: f64 = 24.0;
const ONE_PLACE_MAX_ZOOM: u8 = 16;
const MAX_FIT_ZOOM: u8 = 13;
/// Around a position, as close as a street: the nearest services are often a few hundred
/// metres away, which at 13 are one cluster under the person's mark.
const NEAR_MAX_ZOOM: u8 = 15;
/// A point answers a click or a tap this far beyond its drawn edge (CSS pixels): a finger is
/// less exact than a mouse.
const HIT_SLOP: f64 = 3.0;
/// A popup's width beyond its text: the content's inline margins (20 + 24 px, style/main.css),
/// the wrapper's 1 px padding on each side and the 1 px Leaflet adds to the measured width.
const POPUP_CHROME_PX: f64 = 47.0;
/// How far from the map's edges Leaflet pans an opening popup (its `autoPanPadding`).
const POPUP_PAN_PADDING_PX: f64 = 8.0;
/// Leaflet's own default widest popup text, kept where the map is wide enough for it.
const POPUP_MAX_WIDTH_PX: f64 = 300.0;

/// Live Leaflet objects of one mounted map.
struct LiveMap {
    map: leaflet::Map,
    points: points::Canvas,
    /// Every service's place, made ready for clustering once (a draw clusters every hit).
    places: Places,
    /// The points drawn now (see `draw`).
    drawn: Drawn,
    /// The popup open now, and the service it shows: closed when the service leaves the results.
    popup: Option<(usize, leaflet::Popup)>,
    /// Kept alive as long as the map: Leaflet calls them.
    _handlers: Vec<Closure<dyn FnMut(JsValue)>>,
    _leave: Closure<dyn FnMut()>,
    /// Tells Leaflet when the container's size changes (a phone's list/map toggle shows
    /// a map that was laid out at zero size); disconnected when the map goes.
    resize: Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)>,
}

/// The points on the map, and what they were drawn for.
#[derive(Default)]
struct Drawn {
    zoom: f64,
    /// The grid the points were clustered on.
    grid: Option<Grid>,
    lang: &'static str,
    /// Each point: a cluster (of one, for a single service), in the order painted.
    clusters: Vec<Cluster>,
    /// Each point's disc in world pixels at `zoom` (the highlighted one as large as it is drawn),
    /// which a click is matched against.
    discs: Vec<Disc>,
    /// The point drawn over the others: the one holding the highlighted service.
    on_top: Option<usize>,
    /// How many services the points stand for.
    services: usize,
    /// Where distances are measured from, marked under the points (the person's position stays
    /// in the page: it is painted, never sent).
    origin: Option<LatLon>,
    /// A cluster's count as shown, its title and its width, by count: typing changes counts
    /// among a few hundred values, and formatting a number or a message is dear next to a look-up.
    labels: HashMap<usize, (String, String, f64)>,
}

impl Drawn {
    /// The point that shows service `i` (one of `ids`, the services drawn): itself or its cluster.
    fn point_of(&self, places: &Places, ids: &[usize], i: usize) -> Option<usize> {
        let cell = places.cell_of(i, self.grid.as_ref()?)?;
        if !ids.contains(&i) {
            return None;
        }
        in_cell(&self.clusters, cell)
    }

    /// Draws point `p` over the others (and larger), the one before back in its place.
    fn set_on_top(&mut self, p: Option<usize>) {
        if let Some(d) = self.on_top.and_then(|o| self.discs.get_mut(o)) {
            d.r /= HIGHLIGHT_SCALE;
        }
        self.on_top = p.filter(|&p| p < self.discs.len());
        if let Some(d) = self.on_top.and_then(|o| self.discs.get_mut(o)) {
            d.r *= HIGHLIGHT_SCALE;
        }
    }

    /// The point under a place in the map's container, if the map shows the zoom drawn.
    fn hit(&self, map: &leaflet::Map, (x, y): (f64, f64)) -> Option<usize> {
        if map.get_zoom() != self.zoom {
            return None;
        }
        let view = map.get_pixel_bounds().min();
        let (x, y) = (view.x() + x, view.y() + y);
        let slop = |d: &Disc| Disc {
            r: d.r + 1.0 + HIT_SLOP,
            ..*d
        };
        let discs: Vec<Disc> = self.discs.iter().map(slop).collect();
        topmost(&discs, self.on_top, x, y)
    }
}

#[component]
pub fn ServiceMap(
    dataset: Arc<LoadedDataset>,
    /// The services to show, by position in the atlas.
    services: Signal<Vec<usize>>,
    /// The service a list entry points at (hover or focus): its point lights up.
    highlighted: RwSignal<Option<usize>>,
    /// Set when a point is chosen: the list brings the entry into view.
    selected: RwSignal<Option<usize>>,
    /// The place or position the services are chosen by, as a query with only those set (the
    /// default for none): the map fits them when it changes.
    fit_key: Signal<Query>,
    /// The services are one municipality's (an embed for a town, say): see `ONE_PLACE_CELL_PX`.
    one_place: Signal<bool>,
    lang: Signal<&'static str>,
    /// Where the map looks, kept by the page: where the map opens when it holds one (the way
    /// back from a service), written after every move.
    view: StoredValue<Option<MapView>>,
    /// Called when the person leaves for a service from a popup's link.
    on_leave: Callback<()>,
) -> impl IntoView {
    // Opened where it was left: the first fit to the results is not made again.
    let opened_at_kept_view = view.get_value().is_some();
    let node = NodeRef::<html::Div>::new();
    let live: Rc<RefCell<Option<LiveMap>>> = Rc::new(RefCell::new(None));
    let live = StoredValue::new_local(live);

    let redraw = move || {
        let live = live.get_value();
        let Ok(mut guard) = live.try_borrow_mut() else {
            return;
        };
        let Some(m) = guard.as_mut() else { return };
        let cell = if one_place.get_untracked() {
            ONE_PLACE_CELL_PX
        } else {
            CELL_PX
        };
        let lit = highlighted.get_untracked();
        m.drawn.origin = fit_key.with_untracked(|k| k.near);
        services.with_untracked(|ids| draw(m, ids, cell, lang.get_untracked(), lit));
    };

    let inputs = MapInputs {
        dataset: dataset.clone(),
        services,
        fit_key,
        one_place,
        selected,
        lang,
        view,
        on_leave,
        redraw,
    };
    // The map is made once the list has painted: Leaflet's set-up is the dearest part of the
    // first view after the dataset (issue 13), and the list is what a person reads first. In
    // place of a pack's first view, whose map was on the screen a moment ago and whose list was
    // this one's, it is made at once: after the paint, the box stood empty for 70–80 ms.
    let made = RwSignal::new(false);
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        let inputs = inputs.clone();
        let when: fn(Box<dyn FnOnce()>) = if overview::taken_over() {
            |f| f()
        } else {
            |f| crate::browser::after_paint(f)
        };
        when(Box::new(move || {
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
        }));
    });

    // New results: draw them. When the place or position changes (or a link
    // names one), fit the view to the results; when it is cleared, go back home.
    let dataset_fit = dataset.clone();
    let (home, home_zoom) = (dataset.config.map_center, dataset.config.map_zoom);
    // Its value: the key the live map was last fitted for (None before the map is made, so
    // that the first run with a map fits the view as a first run does).
    Effect::new(move |prev_key: Option<Option<Query>>| {
        services.track();
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
        let kept_view = prev_key.is_none() && opened_at_kept_view;
        if prev_key.as_ref() != Some(&key) && !kept_view {
            if key != Query::default() && services.with_untracked(|ids| !ids.is_empty()) {
                services
                    .with_untracked(|ids| fit(&map, &dataset_fit, ids, one_place.get_untracked(), key.near));
            } else if prev_key.is_some() {
                map.set_view(&lat_lng(home[0], home[1]), home_zoom);
            }
        }
        redraw();
        Some(key)
    });

    // A list entry pointed at: its point is painted again, lit (the points stay as they are).
    Effect::new(move |_| {
        let now = highlighted.get();
        if let Ok(mut guard) = live.get_value().try_borrow_mut() {
            if let Some(m) = guard.as_mut() {
                let p = now.and_then(|i| services.with_untracked(|ids| m.drawn.point_of(&m.places, ids, i)));
                m.drawn.set_on_top(p);
                paint(m);
            }
        }
    });

    // Leaflet's controls speak the UI language, and follow it when it changes (the map stays);
    // an open popup, written in the language left, is closed.
    Effect::new(move |prev: Option<&'static str>| {
        let now = lang.get();
        made.track();
        if let Some(el) = node.get_untracked() {
            label_controls(&el);
        }
        if prev.is_some_and(|p| p != now) {
            if let Ok(mut g) = live.get_value().try_borrow_mut() {
                if let Some(m) = g.as_mut() {
                    if let Some((_, p)) = m.popup.take() {
                        m.map.close_popup(&p);
                    }
                }
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
        <div class="map" node_ref=node data-kept="empty" role="region" aria-label=move || { lang.track(); tr!("map-label") }></div>
    }
}

/// What making the map needs from its component.
#[derive(Clone)]
struct MapInputs<R> {
    dataset: Arc<LoadedDataset>,
    services: Signal<Vec<usize>>,
    fit_key: Signal<Query>,
    one_place: Signal<bool>,
    selected: RwSignal<Option<usize>>,
    lang: Signal<&'static str>,
    view: StoredValue<Option<MapView>>,
    on_leave: Callback<()>,
    /// Draws the services again (after a move, a resize).
    redraw: R,
}

/// What a click on a point does, found while the map's state is borrowed and done after.
enum Chosen {
    Service(usize),
    Cluster((f64, f64, f64, f64)),
}

/// Makes the Leaflet map in `el`: tiles, the points' canvas, and the handlers for moves,
/// resizes, clicks and the pointer over points. `live` is where the component keeps it (a
/// click reads the drawn points from there).
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
        view,
        on_leave,
        redraw,
    } = inputs;
    // Honour prefers-reduced-motion: no zoom, fade or marker animations.
    let animate = !crate::browser::prefers_reduced_motion();
    let map = home_map(el, &dataset.config, animate, &[]);
    if let Some(v) = view.try_get_value().flatten() {
        map.set_view(&lat_lng(v.lat, v.lon), v.zoom);
    }
    let points = points::Canvas::new(&map, animate);
    // Redraw after the move, not inside Leaflet's event: the move may have
    // started inside a redraw (a fit, a cluster click).
    let redraw_moved = redraw.clone();
    // And the view kept where the page can find it (from the event: a handler holding the map
    // would be a cycle).
    let on_move = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
        let moved: leaflet::Map = leaflet::get(&event, "target").unchecked_into();
        let centre = moved.get_center();
        let at = |k: &str| leaflet::get(&centre, k).as_f64();
        if let (Some(lat), Some(lon)) = (at("lat"), at("lng")) {
            let _ = view.try_set_value(Some(MapView {
                lat,
                lon,
                zoom: moved.get_zoom(),
            }));
        }
        request_animation_frame(redraw_moved.clone())
    });
    map.on("moveend", on_move.as_ref().unchecked_ref());
    map.on("viewreset", on_move.as_ref().unchecked_ref());
    // When the container changes size, Leaflet must measure it again; coming out of
    // `display: none`, the view is also fitted again, as it could not be at zero size.
    let was_hidden = Rc::new(Cell::new(el.client_width() == 0));
    let (map_r, el_r, dataset_r, redraw_r) = (map.clone(), el.clone(), dataset.clone(), redraw.clone());
    // Holds the map's own cell, as the click handler does: the cycle is broken when the map is
    // cleaned up.
    let live_r = live.clone();
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        let hidden = el_r.client_width() == 0;
        if hidden {
            was_hidden.set(true);
            return;
        }
        map_r.invalidate_size();
        // An open popup keeps within the map's new width (a phone turned, a window narrowed).
        if let Ok(g) = live_r.try_borrow() {
            if let Some((_, p)) = g.as_ref().and_then(|m| m.popup.as_ref()) {
                leaflet::set_options(p, &popup_options(&el_r));
                p.update();
                if crate::browser::prefers_reduced_motion() {
                    pan_into_view(&map_r, &el_r, p);
                }
            }
        }
        if was_hidden.replace(false)
            && fit_key.with_untracked(|k| *k != Query::default())
            && services.with_untracked(|ids| !ids.is_empty())
        {
            let near = fit_key.with_untracked(|k| k.near);
            services.with_untracked(|ids| fit(&map_r, &dataset_r, ids, one_place.get_untracked(), near));
        }
        request_animation_frame(redraw_r.clone());
    });
    let resize = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref())
        .ok()
        .map(|o| {
            o.observe(el);
            (o, on_resize)
        });
    let leave = Closure::<dyn FnMut()>::new(move || on_leave.run(()));
    let leave_fn: js_sys::Function = leave.as_ref().clone().unchecked_into();
    // A click (or a tap: Leaflet sends none after a drag) on a point: a service opens its popup,
    // made now, and is chosen in the list; a cluster is zoomed to.
    let on_click = {
        let (map, live, dataset, el) = (map.clone(), live.clone(), dataset.clone(), el.clone());
        // Holds the map's own cell: the cycle is broken when the map is cleaned up (`take`).
        Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
            let at: leaflet::Point = leaflet::get(&event, "containerPoint").unchecked_into();
            let chosen = live.try_borrow().ok().and_then(|g| {
                let m = g.as_ref()?;
                let c = &m.drawn.clusters[m.drawn.hit(&m.map, (at.x(), at.y()))?];
                Some(match c.count {
                    1 => Chosen::Service(c.first),
                    _ => Chosen::Cluster(c.bounds),
                })
            });
            match chosen {
                Some(Chosen::Service(i)) => {
                    let l = dataset.loaded.atlas.services[i].location;
                    let content = popup(&dataset, i, lang.get_untracked(), &leave_fn);
                    let p = leaflet::popup(&popup_options(&el))
                        .set_lat_lng(&lat_lng(l.lat, l.lon))
                        .set_content(&content)
                        .open_on(&map);
                    if crate::browser::prefers_reduced_motion() {
                        pan_into_view(&map, &el, &p);
                    }
                    // Its close button is made on opening, labelled by Leaflet in English.
                    label_controls(&el);
                    if let Ok(mut g) = live.try_borrow_mut() {
                        if let Some(m) = g.as_mut() {
                            m.popup = Some((i, p));
                        }
                    }
                    selected.set(Some(i));
                }
                Some(Chosen::Cluster((s, w, n, e))) => {
                    map.fit_bounds(
                        &bounds(s, w, n, e),
                        &options(&[("padding", lat_lng(40.0, 40.0)), ("maxZoom", 18.into())]),
                    );
                }
                None => {}
            }
        })
    };
    map.on("click", on_click.as_ref().unchecked_ref());
    // The pointer over a point makes it a link's pointer and shows the point's title (a
    // service's name, a cluster's count): looked up once per frame at most.
    let pointer: Rc<Cell<Option<(f64, f64)>>> = Rc::default();
    let on_pointer = {
        let (live, pointer) = (live.clone(), pointer.clone());
        let el: web_sys::HtmlElement = el.clone().into();
        let lang_now = lang;
        let dataset = dataset.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
            let at = (event_type(&event) == "mousemove").then(|| {
                let p: leaflet::Point = leaflet::get(&event, "containerPoint").unchecked_into();
                (p.x(), p.y())
            });
            if pointer.replace(at).is_some() {
                return; // a frame is already asked for
            }
            let (live, pointer, el, dataset) = (live.clone(), pointer.clone(), el.clone(), dataset.clone());
            request_animation_frame(move || {
                let Some((x, y)) = pointer.take() else {
                    let _ = el.style().remove_property("cursor");
                    let _ = el.remove_attribute("title");
                    return;
                };
                let Ok(g) = live.try_borrow() else { return };
                let Some(m) = g.as_ref() else { return };
                let hit = m.drawn.hit(&m.map, (x, y));
                match hit.map(|p| &m.drawn.clusters[p]) {
                    Some(c) => {
                        let _ = el.style().set_property("cursor", "pointer");
                        let title = match c.count {
                            1 => dataset.loaded.atlas.services[c.first]
                                .name
                                .get(lang_now.get_untracked()),
                            n => m.drawn.labels.get(&n).map_or("", |l| l.1.as_str()),
                        };
                        let _ = el.set_attribute("title", title);
                    }
                    None => {
                        let _ = el.style().remove_property("cursor");
                        let _ = el.remove_attribute("title");
                    }
                }
            });
        })
    };
    map.on("mousemove", on_pointer.as_ref().unchecked_ref());
    map.on("mouseout", on_pointer.as_ref().unchecked_ref());
    // The keyboard in a popup: Escape closes it from its link or its close button too (Leaflet's
    // own Escape listens only while the map itself has the focus), and a popup that goes with the
    // focus inside it (its close button, Escape) gives the focus back to the map, not to the page.
    let on_popup_key = {
        let map = map.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
            let Ok(key) = leaflet::get(&event, "originalEvent").dyn_into::<web_sys::KeyboardEvent>() else {
                return;
            };
            let in_popup = key
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|t| t.closest(".leaflet-popup").ok().flatten().is_some());
            if key.key() == "Escape" && in_popup {
                key.prevent_default();
                map.close_popup_any();
            }
        })
    };
    map.on("keydown", on_popup_key.as_ref().unchecked_ref());
    let on_popup_close = {
        let el: web_sys::HtmlElement = el.clone().into();
        Closure::<dyn FnMut(JsValue)>::new(move |_event: JsValue| {
            // The focus was in the popup (which Leaflet fades out, still there now) or is lost.
            let doc = crate::browser::document();
            let lost = match (doc.active_element(), doc.body()) {
                (None, _) => true,
                (Some(a), body) => {
                    body.is_some_and(|b| a == *b.as_ref())
                        || a.closest(".leaflet-popup").ok().flatten().is_some()
                }
            };
            if lost {
                let _ = el.focus();
            }
        })
    };
    map.on("popupclose", on_popup_close.as_ref().unchecked_ref());
    LiveMap {
        map,
        points,
        places: Places::new(dataset.loaded.atlas.services.iter().map(|s| s.location)),
        drawn: Drawn::default(),
        popup: None,
        _handlers: vec![on_move, on_click, on_pointer, on_popup_key, on_popup_close],
        _leave: leave,
        resize,
    }
}

/// A Leaflet map in `el` at the deployment's home view, with its tiles and zoom buttons, and
/// `more` options: the finder's map and the overview's before it look the same.
fn home_map(
    el: &web_sys::HtmlElement,
    config: &atlas_core::config::Config,
    animate: bool,
    more: &[(&str, JsValue)],
) -> leaflet::Map {
    let mut all = vec![
        ("zoomControl", true.into()),
        ("zoomAnimation", animate.into()),
        ("fadeAnimation", animate.into()),
        ("markerZoomAnimation", animate.into()),
    ];
    all.extend(more.iter().cloned());
    let map = leaflet::map(el, &options(&all));
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
    map
}

/// A popup's options for a map `map_width` px wide: Leaflet's default widest text (300 px) and
/// its padding are wider than a phone's map, which cut the text off and put the close button
/// out of reach; the text is kept narrow enough for the whole popup to fit, and Leaflet pans
/// the map to bring it into view.
fn popup_options(map: &web_sys::HtmlElement) -> JsValue {
    let width = f64::from(map.client_width());
    let max_width = (width - POPUP_CHROME_PX - 2.0 * POPUP_PAN_PADDING_PX).clamp(0.0, POPUP_MAX_WIDTH_PX);
    let pad = POPUP_PAN_PADDING_PX;
    options(&[
        ("maxWidth", max_width.into()),
        // Leaflet's default 50 px, never above the widest.
        ("minWidth", max_width.min(50.0).into()),
        // Leaflet's pan into view is always animated: with reduced motion it is done at once
        // (`pan_into_view`) instead.
        ("autoPan", (!crate::browser::prefers_reduced_motion()).into()),
        (
            "autoPanPaddingTopLeft",
            leaflet::point(pad, popup_top_padding(map)),
        ),
        ("autoPanPaddingBottomRight", leaflet::point(pad, pad)),
    ])
}

/// How far below the map's top edge a popup is brought: below the zoom buttons, which stand
/// over popups, so that they cover neither its text nor its close button (in Arabic the close
/// button is on the zoom buttons' side, and on a touch screen they are 44 px each).
fn popup_top_padding(map: &web_sys::HtmlElement) -> f64 {
    let below_zoom = map
        .query_selector(".leaflet-control-zoom")
        .ok()
        .flatten()
        .map(|zoom| zoom.get_bounding_client_rect().bottom() - map.get_bounding_client_rect().top());
    below_zoom.unwrap_or(0.0).max(0.0) + POPUP_PAN_PADDING_PX
}

/// Brings an open popup whole into the map's view without animation (what Leaflet's auto-pan
/// does, animated), for a person who asked for reduced motion.
fn pan_into_view(map: &leaflet::Map, el: &web_sys::HtmlElement, popup: &leaflet::Popup) {
    let Some(box_) = popup.get_element() else {
        return;
    };
    let (c, p) = (el.get_bounding_client_rect(), box_.get_bounding_client_rect());
    let pad = POPUP_PAN_PADDING_PX;
    // Leaflet's own rule: the right or bottom edge in first, then the left or top edge wins.
    let axis = |start: f64, end: f64, size: f64, start_pad: f64| {
        let mut d = (end + pad - size).max(0.0);
        if start - d - start_pad < 0.0 {
            d = start - start_pad;
        }
        d
    };
    let dx = axis(p.left() - c.left(), p.right() - c.left(), c.width(), pad);
    let dy = axis(
        p.top() - c.top(),
        p.bottom() - c.top(),
        c.height(),
        popup_top_padding(el),
    );
    if dx != 0.0 || dy != 0.0 {
        map.pan_by(&leaflet::point(dx, dy), &options(&[("animate", false.into())]));
    }
}

/// Labels Leaflet's controls inside the map's container `el` in the UI language: the zoom
/// buttons (Leaflet writes their titles once, when the map is made) and an open popup's close
/// button (Leaflet 1.9 labels it "Close popup", with no option to change it).
fn label_controls(el: &web_sys::HtmlElement) {
    let labels = [
        (".leaflet-control-zoom-in", tr!("map-zoom-in")),
        (".leaflet-control-zoom-out", tr!("map-zoom-out")),
        (".leaflet-popup-close-button", tr!("map-popup-close")),
    ];
    for (selector, label) in labels {
        let Ok(found) = el.query_selector_all(selector) else {
            continue;
        };
        for i in 0..found.length() {
            let Some(Ok(button)) = found.item(i).map(|n| n.dyn_into::<web_sys::Element>()) else {
                continue;
            };
            let _ = button.set_attribute("title", &label);
            let _ = button.set_attribute("aria-label", &label);
        }
    }
    // Leaflet's own link in the attribution: its tooltip in the UI language (its name, the
    // link's text and so its accessible name, stays "Leaflet").
    if let Ok(Some(link)) =
        el.query_selector(".leaflet-control-attribution a[href^=\"https://leafletjs.com\"]")
    {
        let _ = link.set_attribute("title", &tr!("map-leaflet-title"));
    }
}

/// A Leaflet event's type (`mousemove`, `mouseout`).
fn event_type(event: &JsValue) -> String {
    leaflet::get(event, "type").as_string().unwrap_or_default()
}

/// Fits the view to the services `ids`; measuring from `near`, to it and the services nearest
/// it (`atlas_core::geo::frame_nearest`): all of them would be the whole country.
fn fit(map: &leaflet::Map, dataset: &LoadedDataset, ids: &[usize], one_place: bool, near: Option<LatLon>) {
    let services = &dataset.loaded.atlas.services;
    let places = ids.iter().map(|&i| services[i].location);
    let (s, w, n, e) = match near {
        Some(origin) => {
            let (sw, ne) = atlas_core::geo::frame_nearest(origin, places, atlas_core::geo::FRAMED_NEAREST);
            (sw.lat, sw.lon, ne.lat, ne.lon)
        }
        None => places.fold((90.0f64, 180.0f64, -90.0f64, -180.0f64), |(s, w, n, e), l| {
            (s.min(l.lat), w.min(l.lon), n.max(l.lat), e.max(l.lon))
        }),
    };
    let max_zoom = if one_place {
        ONE_PLACE_MAX_ZOOM
    } else if near.is_some() {
        NEAR_MAX_ZOOM
    } else {
        MAX_FIT_ZOOM
    };
    // Around a position, the nearest services keep clear of the zoom buttons in the corner.
    let pad = if near.is_some() { 48.0 } else { 30.0 };
    map.fit_bounds(
        &bounds(s, w, n, e),
        &options(&[("maxZoom", max_zoom.into()), ("padding", lat_lng(pad, pad))]),
    );
}

/// Clusters the services inside the view and paints them, `lit` (the highlighted service) on
/// top. Every draw is a whole one: a paint costs a few hundred discs, far less than the
/// elements it replaces.
fn draw(m: &mut LiveMap, ids: &[usize], cell_px: f64, lang: &'static str, lit: Option<usize>) {
    let b = m.map.get_bounds();
    let view = (b.south(), b.west(), b.north(), b.east());
    let zoom = m.map.get_zoom();
    let grid = Grid::new(zoom, cell_px, Some(view));
    let clusters = m.places.cluster(ids, &grid);
    let d = &mut m.drawn;
    if d.lang != lang {
        d.labels.clear();
        d.lang = lang;
    }
    d.zoom = zoom;
    d.grid = Some(grid);
    let mut discs = Vec::with_capacity(clusters.len());
    for c in &clusters {
        let r = match c.count {
            1 => SINGLE_R,
            n => {
                let points = &m.points;
                let (_, _, width) = d.labels.entry(n).or_insert_with(|| {
                    let count = crate::browser::format_number(n as f64, 0, lang);
                    let title = tr!("map-cluster", { "count" => n });
                    let width = points.measure(&count);
                    (count, title, width)
                });
                cluster_radius(*width)
            }
        };
        discs.push(disc_at(c.centre, zoom, r));
    }
    d.services = clusters.iter().map(|c| c.count).sum();
    d.clusters = clusters;
    d.discs = discs;
    d.on_top = None;
    d.set_on_top(lit.and_then(|i| d.point_of(&m.places, ids, i)));
    // A popup whose service has left the results goes with it.
    if let Some((i, p)) = &m.popup {
        if !ids.contains(i) {
            m.map.close_popup(p);
            m.popup = None;
        }
    }
    paint(m);
}

/// Paints the drawn points over the view as it is now.
fn paint(m: &mut LiveMap) {
    let d = &m.drawn;
    let marks: Vec<Mark> = d
        .clusters
        .iter()
        .zip(&d.discs)
        .map(|(c, disc)| Mark {
            disc: *disc,
            label: (c.count > 1).then(|| d.labels.get(&c.count).map_or("", |l| l.0.as_str())),
        })
        .collect();
    let origin = d.origin.map(|o| disc_at(o, d.zoom, ORIGIN_R));
    m.points
        .paint(&m.map, d.zoom, &marks, d.on_top, d.services, origin);
}

/// The popup, built from DOM nodes: data strings only ever become text, never HTML.
fn popup(dataset: &LoadedDataset, i: usize, lang: &str, on_leave: &js_sys::Function) -> web_sys::HtmlElement {
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
    // A fallback is marked with its language, and set in its own direction (as `Localised` does):
    // an English name's parentheses would otherwise be mirrored in an Arabic popup.
    if let Some(p) = name.filter(|p| p.lang != lang) {
        let _ = title.set_attribute("lang", p.lang);
        let _ = title.set_attribute("dir", "auto");
    }
    let _ = root.append_child(&title);
    let address = el("p", "popup-address", None);
    // Street numbers and postal codes keep their order inside right-to-left text.
    let _ = address.set_attribute("dir", "auto");
    // A street or place from the data in a fallback language is marked with its language.
    let add = |text: &LocalisedText| {
        let Some(p) = text.pick(lang) else { return false };
        let part = el("span", "", Some(p.text));
        if p.lang != lang {
            let _ = part.set_attribute("lang", p.lang);
        }
        address.append_child(&part).is_ok()
    };
    let add_text = |text: &str| {
        let _ = address.append_child(&doc.create_text_node(text));
    };
    if let Some(a) = &s.address {
        if a.street.as_ref().is_some_and(&add) {
            add_text(", ");
        }
        if let Some(code) = a.postal_code.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
            add_text(&format!("{code} "));
        }
    }
    add(atlas.address_place(i));
    let _ = root.append_child(&address);
    let langs: Vec<String> = s
        .languages
        .iter()
        .map(|l| crate::browser::language_name_in_text(l, lang))
        .collect();
    let _ = root.append_child(&el(
        "p",
        "popup-languages",
        Some(&format!(
            "{}: {}",
            tr!("service-languages"),
            langs.join(&tr!("list-separator"))
        )),
    ));
    let link = el("a", "popup-link", Some(&tr!("open-service-page")));
    let _ = link.set_attribute("href", &format!("/{lang}/services/{}", s.id));
    let _ = link.add_event_listener_with_callback("click", on_leave);
    if crate::browser::in_frame() {
        let _ = link.set_attribute("target", "_blank");
    }
    let _ = root.append_child(&link);
    root.unchecked_into()
}
