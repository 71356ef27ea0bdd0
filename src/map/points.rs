//! The one canvas the finder's map draws its points on (single services and clusters): no
//! element per point, so thousands of results cost a repaint, not thousands of nodes.
//!
//! The canvas lives in a pane of Leaflet's map pane, so it moves with the map while it is dragged
//! and is painted again when the move ends; it reaches a tenth of the view beyond each edge (the
//! margin `atlas_core::cluster` keeps points in), so what a drag brings into view is already
//! there. A zoom animation scales it as Leaflet scales its own layers. It takes no pointer
//! events: Leaflet's map gets every press, drag and wheel as if it were not there, and the map's
//! clicks and pointer moves are matched to points by geometry (`atlas_core::hit`, in the caller).
//! It is hidden from assistive technology: the result list is the path to every service.

use super::leaflet;
use atlas_core::geo::LatLon;
use atlas_core::hit::Disc;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The look of `style/main.css`'s former `.atlas-marker` and `.atlas-cluster`: a single service
/// is a brand-blue dot in a white ring, a cluster a white disc in a brand-blue ring with its count
/// in dark blue; the one the list points at is the focus orange, a third larger. Each has a thin
/// dark outer line, so that white and blue keep ≥ 3:1 against light and dark tiles alike.
const BRAND: &str = "#0b4f8a";
const BRAND_DARK: &str = "#083a66";
const FOCUS: &str = "#b3470b";
const OUTLINE: &str = "rgba(0, 0, 0, 0.5)";
const INK: &str = "#1a1a1a";
/// Radii in CSS pixels (22 and 36 px wide, as the markers were), and the highlighted one's scale.
pub const SINGLE_R: f64 = 11.0;
pub const CLUSTER_R: f64 = 18.0;
pub const HIGHLIGHT_SCALE: f64 = 1.35;
/// Where distances are measured from: a white disc in a dark ring around a dark centre, smaller
/// than a service's dot and unlike it (a target, not a place to open), under the points.
pub const ORIGIN_R: f64 = 9.0;
/// A point's disc in world pixels at `zoom`: where the map draws a place, `r` pixels wide.
pub fn disc_at(place: LatLon, zoom: f64, r: f64) -> Disc {
    let (x, y) = place.to_world();
    // World units to world pixels at this zoom.
    let px = 256.0 * 2f64.powf(zoom);
    Disc {
        x: x * px,
        y: y * px,
        r,
    }
}

/// A cluster's radius: wide enough for its count (`label_width`, as `Canvas::measure` gives
/// it), with room to spare inside the ring.
pub fn cluster_radius(label_width: f64) -> f64 {
    CLUSTER_R.max(label_width / 2.0 + 7.0)
}

/// The count's font: the page's own, bold, 0.85 rem.
const FONT_PX: f64 = 13.6;
const FONT_FAMILY: &str =
    "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\", \"Noto Sans Arabic\", sans-serif";
/// How far the canvas reaches beyond the view on each side, as a share of the view.
const PAD: f64 = 0.1;

/// What a zoom animation needs of the last paint, shared with Leaflet's `zoomanim` handler
/// (which may run while the map's own state is borrowed).
struct Painted {
    zoom: f64,
    center: JsValue,
    /// The canvas's top left, in container pixels (minus the padding).
    offset: (f64, f64),
}

pub struct Canvas {
    canvas: web_sys::HtmlCanvasElement,
    ctx: web_sys::CanvasRenderingContext2d,
    painted: Rc<RefCell<Option<Painted>>>,
    draws: u32,
    /// The points inside the map's box at the last paint, as `data-marks` says them (reused).
    described: String,
    /// Kept alive as long as the canvas: Leaflet calls it.
    _zoom_anim: Option<Closure<dyn FnMut(JsValue)>>,
}

/// A point to paint: its disc (world pixels at the painted zoom) and, for a cluster, its count.
pub struct Mark<'a> {
    pub disc: Disc,
    pub label: Option<&'a str>,
}

impl Canvas {
    /// Adds the canvas to `map`, in a pane of its own above the tiles (where Leaflet's marker
    /// pane is). With `animate`, it follows Leaflet's zoom animations.
    pub fn new(map: &leaflet::Map, animate: bool) -> Canvas {
        let pane = map.create_pane("atlasPoints");
        let _ = pane.style().set_property("z-index", "600");
        let _ = pane.style().set_property("pointer-events", "none");
        let canvas: web_sys::HtmlCanvasElement = crate::browser::document()
            .create_element("canvas")
            .expect("canvas")
            .unchecked_into();
        canvas.set_class_name(if animate {
            "atlas-points leaflet-zoom-animated"
        } else {
            "atlas-points"
        });
        let _ = canvas.set_attribute("aria-hidden", "true");
        let style = canvas.style();
        let _ = style.set_property("position", "absolute");
        let _ = style.set_property("left", "0");
        let _ = style.set_property("top", "0");
        let _ = style.set_property("pointer-events", "none");
        // The map is never mirrored, so neither are its labels.
        let _ = canvas.set_attribute("dir", "ltr");
        let _ = pane.append_child(&canvas);
        let ctx: web_sys::CanvasRenderingContext2d = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .expect("2d context")
            .unchecked_into();
        let painted: Rc<RefCell<Option<Painted>>> = Rc::default();
        let zoom_anim = animate.then(|| {
            let (m, canvas, painted) = (map.clone(), canvas.clone(), painted.clone());
            let anim = Closure::<dyn FnMut(JsValue)>::new(move |e: JsValue| {
                let (center, zoom) = (leaflet::get(&e, "center"), leaflet::get(&e, "zoom"));
                if let (Some(p), Some(zoom)) = (painted.borrow().as_ref(), zoom.as_f64()) {
                    zoom_transform(&m, &canvas, p, &center, zoom);
                }
            });
            map.on("zoomanim", anim.as_ref().unchecked_ref());
            anim
        });
        Canvas {
            canvas,
            ctx,
            painted,
            draws: 0,
            described: String::new(),
            _zoom_anim: zoom_anim,
        }
    }

    /// Paints `marks` (world pixels at `zoom`, the map's zoom now) over the view as it is now,
    /// `on_top` last and larger, and `origin` (where distances are measured from) under them.
    /// `services` is how many services the marks stand for.
    pub fn paint(
        &mut self,
        map: &leaflet::Map,
        zoom: f64,
        marks: &[Mark],
        on_top: Option<usize>,
        services: usize,
        origin: Option<Disc>,
    ) {
        let size = map.get_size();
        let (w, h) = (size.x(), size.y());
        let (pad_x, pad_y) = ((w * PAD).round(), (h * PAD).round());
        let (cw, ch) = (w + 2.0 * pad_x, h + 2.0 * pad_y);
        // Backing pixels at the screen's density, so that points and counts stay sharp.
        let dpr = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio()).max(1.0);
        let (bw, bh) = ((cw * dpr).round() as u32, (ch * dpr).round() as u32);
        if self.canvas.width() != bw || self.canvas.height() != bh {
            self.canvas.set_width(bw);
            self.canvas.set_height(bh);
            let style = self.canvas.style();
            let _ = style.set_property("width", &format!("{cw}px"));
            let _ = style.set_property("height", &format!("{ch}px"));
        }
        // The canvas's top left in the map pane's coordinates, which a drag moves as a whole.
        let at = map.container_point_to_layer_point(&leaflet::point(-pad_x, -pad_y));
        let _ = self.canvas.style().set_property(
            "transform",
            &format!("translate3d({}px, {}px, 0)", at.x(), at.y()),
        );
        *self.painted.borrow_mut() = Some(Painted {
            zoom,
            center: map.get_center(),
            offset: (-pad_x, -pad_y),
        });
        // World pixels of the canvas's top left.
        let view = map.get_pixel_bounds().min();
        let (ox, oy) = (view.x() - pad_x, view.y() - pad_y);
        let ctx = &self.ctx;
        let _ = ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0);
        ctx.clear_rect(0.0, 0.0, cw, ch);
        ctx.set_text_align("center");
        ctx.set_text_baseline("middle");
        let font = |scale: f64| format!("700 {}px {FONT_FAMILY}", FONT_PX * scale);
        ctx.set_font(&font(1.0));
        let visible = |d: &Disc| {
            let (x, y, r) = (d.x - ox, d.y - oy, d.r * HIGHLIGHT_SCALE + 1.0);
            x + r >= 0.0 && y + r >= 0.0 && x - r <= cw && y - r <= ch
        };
        if let Some(o) = &origin {
            self.origin_mark(o, ox, oy);
        }
        let mut drawn = 0usize;
        self.described.clear();
        for (i, m) in marks.iter().enumerate() {
            if Some(i) != on_top && visible(&m.disc) {
                self.mark(m, ox, oy, false);
                describe(&mut self.described, m, ox + pad_x, oy + pad_y, (w, h));
                drawn += 1;
            }
        }
        if let Some(m) = on_top.and_then(|i| marks.get(i)) {
            ctx.set_font(&font(HIGHLIGHT_SCALE));
            self.mark(m, ox, oy, true);
            drawn += 1;
        }
        // For the tests and the benchmark: the view painted (zoom, and the container's top left in
        // world pixels, from which a place's pixel follows), how many points and services it shows,
        // and a count of paints that changes with every one.
        self.draws = self.draws.wrapping_add(1);
        let c = &self.canvas;
        let _ = c.set_attribute("data-view", &format!("{zoom} {} {}", view.x(), view.y()));
        let _ = c.set_attribute("data-points", &drawn.to_string());
        let _ = c.set_attribute("data-services", &services.to_string());
        let _ = c.set_attribute("data-draw", &self.draws.to_string());
        // What a view of the page kept for later shows of the points (public/kept-view.js paints
        // them from this before the app has run): the size of the map's box and each point in it.
        let _ = c.set_attribute("data-box", &format!("{w} {h}"));
        let _ = c.set_attribute("data-marks", &self.described);
        // Where the origin is painted, in the canvas's CSS pixels (none: no attribute).
        let _ = match origin {
            Some(o) => c.set_attribute("data-origin", &format!("{} {}", o.x - ox, o.y - oy)),
            None => c.remove_attribute("data-origin"),
        };
    }

    /// Where distances are measured from: a dark ring, white inside, a dark centre.
    fn origin_mark(&self, o: &Disc, ox: f64, oy: f64) {
        let ctx = &self.ctx;
        let (x, y) = (o.x - ox, o.y - oy);
        for (r, colour) in [
            (o.r + 1.0, OUTLINE),
            (o.r, INK),
            (o.r - 2.5, "#fff"),
            (o.r / 3.0, INK),
        ] {
            ctx.begin_path();
            let _ = ctx.arc(x, y, r, 0.0, std::f64::consts::TAU);
            ctx.set_fill_style_str(colour);
            ctx.fill();
        }
    }

    /// One point: an outer line, a ring, the fill, and a cluster's count.
    fn mark(&self, m: &Mark, ox: f64, oy: f64, lit: bool) {
        let ctx = &self.ctx;
        let (x, y, r) = (m.disc.x - ox, m.disc.y - oy, m.disc.r);
        let disc = |r: f64, colour: &str| {
            ctx.begin_path();
            let _ = ctx.arc(x, y, r, 0.0, std::f64::consts::TAU);
            ctx.set_fill_style_str(colour);
            ctx.fill();
        };
        let scale = r / if m.label.is_some() { CLUSTER_R } else { SINGLE_R };
        disc(r + 1.0, OUTLINE);
        match m.label {
            None => {
                disc(r, "#fff");
                disc(r - 2.0 * scale, if lit { FOCUS } else { BRAND });
            }
            Some(label) => {
                disc(r, BRAND);
                disc(r - 3.0 * scale, if lit { FOCUS } else { "#fff" });
                ctx.set_fill_style_str(if lit { "#fff" } else { BRAND_DARK });
                let _ = ctx.fill_text(label, x, y);
            }
        }
    }

    /// The width of a count as painted (at the plain size), so that a cluster can be wide enough.
    pub fn measure(&self, label: &str) -> f64 {
        self.ctx.set_font(&format!("700 {FONT_PX}px {FONT_FAMILY}"));
        self.ctx.measure_text(label).map_or(0.0, |m| m.width())
    }
}

/// Adds a point to `data-marks` when it is inside the map's box (`size`, whose top left is
/// `ox`, `oy` in world pixels): `x y r` in tenths of a CSS pixel from the box's top left (where
/// the app paints, not a pixel off; whole numbers, which cost a paint far less to write than
/// decimals), then a cluster's count as painted; `;` between points. The highlighted point is
/// left out: a kept view highlights nothing.
fn describe(out: &mut String, m: &Mark, ox: f64, oy: f64, size: (f64, f64)) {
    use std::fmt::Write;
    let (x, y, r) = (m.disc.x - ox, m.disc.y - oy, m.disc.r);
    if x + r < 0.0 || y + r < 0.0 || x - r > size.0 || y - r > size.1 {
        return;
    }
    if !out.is_empty() {
        out.push(';');
    }
    let tenths = |v: f64| (v * 10.0).round() as i32;
    let _ = write!(out, "{} {} {}", tenths(x), tenths(y), tenths(r));
    if let Some(label) = m.label {
        let _ = write!(out, " {label}");
    }
}

/// Leaflet's zoom animation: the canvas scaled about the right point, so that its points travel
/// with the tiles until the zoom ends and they are painted again (Leaflet's own
/// `Renderer._updateTransform`, from public calls).
fn zoom_transform(
    map: &leaflet::Map,
    canvas: &web_sys::HtmlCanvasElement,
    p: &Painted,
    center: &JsValue,
    zoom: f64,
) {
    let scale = map.get_zoom_scale(zoom, p.zoom);
    let size = map.get_size();
    let (hx, hy) = (size.x() / 2.0, size.y() / 2.0);
    // The painted view's centre at the new zoom, and the new view's top left, in world pixels.
    let old = map.project(&p.center, zoom);
    let new = map.project(center, zoom);
    let pane = map.container_point_to_layer_point(&leaflet::point(0.0, 0.0));
    // Leaflet rounds the new pixel origin; the map pane's position is minus the layer point of
    // the container's top left.
    let (nx, ny) = (
        (new.x() - hx - pane.x()).round(),
        (new.y() - hy - pane.y()).round(),
    );
    let x = (p.offset.0 - hx) * scale + old.x() - nx;
    let y = (p.offset.1 - hy) * scale + old.y() - ny;
    let _ = canvas.style().set_property(
        "transform",
        &format!("translate3d({x}px, {y}px, 0) scale({scale})"),
    );
}
