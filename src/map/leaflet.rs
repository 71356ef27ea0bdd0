//! Thin bindings to the parts of Leaflet (a global `L`, loaded from
//! node_modules by index.html) that the map uses.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[derive(Clone)]
    pub type Map;
    #[wasm_bindgen(js_namespace = L, js_name = map)]
    pub fn map(el: &web_sys::HtmlElement, options: &JsValue) -> Map;
    #[wasm_bindgen(method, js_name = setView)]
    pub fn set_view(this: &Map, center: &JsValue, zoom: f64) -> Map;
    #[wasm_bindgen(method, js_name = fitBounds)]
    pub fn fit_bounds(this: &Map, bounds: &JsValue, options: &JsValue) -> Map;
    #[wasm_bindgen(method, js_name = getZoom)]
    pub fn get_zoom(this: &Map) -> f64;
    #[wasm_bindgen(method, js_name = getBounds)]
    pub fn get_bounds(this: &Map) -> LatLngBounds;
    #[wasm_bindgen(method)]
    pub fn on(this: &Map, event: &str, handler: &js_sys::Function) -> Map;
    #[wasm_bindgen(method)]
    pub fn remove(this: &Map) -> Map;
    #[wasm_bindgen(method, js_name = invalidateSize)]
    pub fn invalidate_size(this: &Map) -> Map;
    #[wasm_bindgen(method, js_name = getCenter)]
    pub fn get_center(this: &Map) -> JsValue;
    #[wasm_bindgen(method, js_name = getSize)]
    pub fn get_size(this: &Map) -> Point;
    /// The view in world pixels at the current zoom (`min` is the container's top left).
    #[wasm_bindgen(method, js_name = getPixelBounds)]
    pub fn get_pixel_bounds(this: &Map) -> PixelBounds;
    #[wasm_bindgen(method, js_name = containerPointToLayerPoint)]
    pub fn container_point_to_layer_point(this: &Map, point: &JsValue) -> Point;
    /// A place in world pixels at `zoom`.
    #[wasm_bindgen(method)]
    pub fn project(this: &Map, at: &JsValue, zoom: f64) -> Point;
    #[wasm_bindgen(method, js_name = getZoomScale)]
    pub fn get_zoom_scale(this: &Map, to_zoom: f64, from_zoom: f64) -> f64;
    /// A new pane of the map pane (moved with it while dragged), by name.
    #[wasm_bindgen(method, js_name = createPane)]
    pub fn create_pane(this: &Map, name: &str) -> web_sys::HtmlElement;
    #[wasm_bindgen(method, js_name = closePopup)]
    pub fn close_popup(this: &Map, popup: &Popup) -> Map;
    /// Closes whichever popup is open.
    #[wasm_bindgen(method, js_name = closePopup)]
    pub fn close_popup_any(this: &Map) -> Map;
    /// Moves the view by `offset` pixels (`{animate: false}`: at once).
    #[wasm_bindgen(method, js_name = panBy)]
    pub fn pan_by(this: &Map, offset: &JsValue, options: &JsValue) -> Map;

    /// The map's zoom buttons (Leaflet's `zoomControl`), when it has them.
    #[wasm_bindgen(method, getter, js_name = zoomControl)]
    pub fn zoom_control(this: &Map) -> Option<ZoomControl>;

    pub type ZoomControl;
    /// Greys the buttons out: they no longer zoom.
    #[wasm_bindgen(method)]
    pub fn disable(this: &ZoomControl) -> ZoomControl;

    #[derive(Clone)]
    pub type Point;
    #[wasm_bindgen(method, getter)]
    pub fn x(this: &Point) -> f64;
    #[wasm_bindgen(method, getter)]
    pub fn y(this: &Point) -> f64;

    pub type PixelBounds;
    #[wasm_bindgen(method, getter)]
    pub fn min(this: &PixelBounds) -> Point;

    #[derive(Clone)]
    pub type Popup;
    #[wasm_bindgen(js_namespace = L, js_name = popup)]
    pub fn popup(options: &JsValue) -> Popup;
    #[wasm_bindgen(method, js_name = setLatLng)]
    pub fn set_lat_lng(this: &Popup, at: &JsValue) -> Popup;
    #[wasm_bindgen(method, js_name = setContent)]
    pub fn set_content(this: &Popup, content: &web_sys::HtmlElement) -> Popup;
    #[wasm_bindgen(method, js_name = openOn)]
    pub fn open_on(this: &Popup, map: &Map) -> Popup;
    /// Lays the open popup out again (after its options change) and pans it into view.
    #[wasm_bindgen(method)]
    pub fn update(this: &Popup);
    /// The popup's element (its container), while it is open.
    #[wasm_bindgen(method, js_name = getElement)]
    pub fn get_element(this: &Popup) -> Option<web_sys::HtmlElement>;
    /// Merges `options` into a Leaflet object's options.
    #[wasm_bindgen(js_namespace = L, js_name = setOptions)]
    pub fn set_options(object: &JsValue, options: &JsValue);

    #[derive(Clone)]
    pub type LatLngBounds;
    #[wasm_bindgen(method, js_name = getSouth)]
    pub fn south(this: &LatLngBounds) -> f64;
    #[wasm_bindgen(method, js_name = getWest)]
    pub fn west(this: &LatLngBounds) -> f64;
    #[wasm_bindgen(method, js_name = getNorth)]
    pub fn north(this: &LatLngBounds) -> f64;
    #[wasm_bindgen(method, js_name = getEast)]
    pub fn east(this: &LatLngBounds) -> f64;

    #[derive(Clone)]
    pub type Layer;
    #[wasm_bindgen(js_namespace = L, js_name = tileLayer)]
    pub fn tile_layer(url: &str, options: &JsValue) -> Layer;
    #[wasm_bindgen(js_namespace = L, js_name = layerGroup)]
    pub fn layer_group() -> Layer;
    #[wasm_bindgen(method, js_name = addTo)]
    pub fn add_to(this: &Layer, map: &Map) -> Layer;
    #[wasm_bindgen(method, js_name = addLayer)]
    pub fn add_layer(this: &Layer, layer: &Marker) -> Layer;

    #[derive(Clone)]
    pub type Marker;
    #[wasm_bindgen(js_namespace = L, js_name = marker)]
    pub fn marker(at: &JsValue, options: &JsValue) -> Marker;

    #[derive(Clone)]
    pub type Icon;
    #[wasm_bindgen(js_namespace = L, js_name = divIcon)]
    pub fn div_icon(options: &JsValue) -> Icon;
}

/// `[lat, lon]` as Leaflet takes it.
pub fn lat_lng(lat: f64, lon: f64) -> JsValue {
    js_sys::Array::of2(&lat.into(), &lon.into()).into()
}

/// `[x, y]`, a point in pixels as Leaflet takes it.
pub fn point(x: f64, y: f64) -> JsValue {
    js_sys::Array::of2(&x.into(), &y.into()).into()
}

/// `[[south, west], [north, east]]`.
pub fn bounds(s: f64, w: f64, n: f64, e: f64) -> JsValue {
    js_sys::Array::of2(&lat_lng(s, w), &lat_lng(n, e)).into()
}

/// A plain JS object from key/value pairs.
pub fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}

/// `object[key]`, or `undefined`.
pub fn get(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}
