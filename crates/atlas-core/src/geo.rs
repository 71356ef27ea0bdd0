//! Great-circle distances and the Web Mercator projection used for clustering.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
}

/// The box that SPEC §1 allows service locations in (Finland with a margin).
pub const FINLAND_BOUNDS: (f64, f64, f64, f64) = (59.0, 70.5, 19.0, 32.0);

impl LatLon {
    pub fn new(lat: f64, lon: f64) -> Self {
        Self { lat, lon }
    }

    pub fn is_in_finland(&self) -> bool {
        let (lat0, lat1, lon0, lon1) = FINLAND_BOUNDS;
        self.lat.is_finite()
            && self.lon.is_finite()
            && (lat0..=lat1).contains(&self.lat)
            && (lon0..=lon1).contains(&self.lon)
    }

    /// Parses `lat,lon` as in the `near` URL parameter; only finite, real coordinates.
    pub fn parse(s: &str) -> Option<Self> {
        let (a, b) = s.split_once(',')?;
        let lat: f64 = a.trim().parse().ok()?;
        let lon: f64 = b.trim().parse().ok()?;
        ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)).then_some(Self { lat, lon })
    }

    /// Great-circle (haversine) distance in kilometres.
    pub fn distance_km(&self, other: &LatLon) -> f64 {
        const R: f64 = 6371.0088;
        let (p1, p2) = (self.lat.to_radians(), other.lat.to_radians());
        let dp = p2 - p1;
        let dl = (other.lon - self.lon).to_radians();
        let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
        2.0 * R * a.sqrt().min(1.0).asin()
    }

    /// Web Mercator position in [0, 1) × [0, 1) world units (multiply by 256·2^zoom for pixels).
    pub fn to_world(&self) -> (f64, f64) {
        let x = (self.lon + 180.0) / 360.0;
        let s = self.lat.to_radians().sin().clamp(-0.9999, 0.9999);
        let y = 0.5 - ((1.0 + s) / (1.0 - s)).ln() / (4.0 * std::f64::consts::PI);
        (x, y)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helsinki_to_tampere_is_about_160_km() {
        let hki = LatLon::new(60.1699, 24.9384);
        let tre = LatLon::new(61.4981, 23.7608);
        let d = hki.distance_km(&tre);
        assert!((d - 160.0).abs() < 5.0, "{d}");
        assert_eq!(hki.distance_km(&hki), 0.0);
    }

    #[test]
    fn parse_rejects_nonsense() {
        assert_eq!(LatLon::parse("61.5,23.76"), Some(LatLon::new(61.5, 23.76)));
        assert_eq!(LatLon::parse("NaN,1"), None);
        assert_eq!(LatLon::parse("91,0"), None);
        assert_eq!(LatLon::parse("61.5"), None);
        assert!(!LatLon::new(f64::NAN, 25.0).is_in_finland());
        assert!(LatLon::new(60.2, 24.9).is_in_finland());
    }

    #[test]
    fn world_coordinates() {
        let (x, y) = LatLon::new(0.0, 0.0).to_world();
        assert!((x - 0.5).abs() < 1e-12 && (y - 0.5).abs() < 1e-12);
        let (_, y_north) = LatLon::new(60.0, 0.0).to_world();
        assert!(y_north < 0.5);
    }
}
