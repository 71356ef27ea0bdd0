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
        let lat = crate::text::parse_decimal(a.trim())?;
        let lon = crate::text::parse_decimal(b.trim())?;
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

/// How many of the services nearest the point distances are measured from a map frames with
/// it: the first few entries of a list sorted by distance, around the person.
pub const FRAMED_NEAREST: usize = 5;

/// Of those, the ones no farther than this many times the nearest, or than `FRAMED_KM`: a
/// service in the next town does not zoom a city dweller's map out to the region, while in the
/// country, where the nearest is 40 km away, the next at 60 km is still in the frame.
const FRAMED_FACTOR: f64 = 3.0;
const FRAMED_KM: f64 = 5.0;

/// The south-west and north-east corners of the box centred on `origin` that holds the points
/// nearest it (at most `k`, and only those near as the nearest is: `FRAMED_FACTOR`): where a
/// map that measures distances from `origin` opens, the person in its middle and the nearest
/// services around. Every result would be the whole country, since measuring from a point
/// sorts the results and leaves them all in.
pub fn frame_nearest(origin: LatLon, points: impl IntoIterator<Item = LatLon>, k: usize) -> (LatLon, LatLon) {
    // The k nearest so far, nearest first: k is a handful, so an insertion beats a heap.
    let mut nearest: Vec<(f64, LatLon)> = Vec::with_capacity(k + 1);
    for p in points {
        let d = origin.distance_km(&p);
        if nearest.len() == k && nearest.last().is_none_or(|&(far, _)| d >= far) {
            continue;
        }
        let at = nearest.partition_point(|&(e, _)| e <= d);
        nearest.insert(at, (d, p));
        nearest.truncate(k);
    }
    let reach = nearest
        .first()
        .map_or(0.0, |&(d, _)| (d * FRAMED_FACTOR).max(FRAMED_KM));
    let (dlat, dlon) =
        nearest
            .iter()
            .take_while(|&&(d, _)| d <= reach)
            .fold((0.0f64, 0.0f64), |(a, b), (_, p)| {
                (
                    a.max((p.lat - origin.lat).abs()),
                    b.max((p.lon - origin.lon).abs()),
                )
            });
    (
        LatLon::new(origin.lat - dlat, origin.lon - dlon),
        LatLon::new(origin.lat + dlat, origin.lon + dlon),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_map_measuring_from_a_point_frames_it_and_the_nearest_points_only() {
        let tampere = LatLon::new(61.4978, 23.7610);
        let points = [
            LatLon::new(60.1699, 24.9384), // Helsinki, 160 km
            LatLon::new(61.5010, 23.7700), // 0.6 km
            LatLon::new(60.9959, 24.4643), // Hämeenlinna, 68 km
            LatLon::new(61.4900, 23.7400), // 1.3 km
            LatLon::new(65.0121, 25.4651), // Oulu
        ];
        let round = |(sw, ne): (LatLon, LatLon)| {
            let r = |x: f64| (x * 1e4).round() / 1e4;
            (r(sw.lat), r(sw.lon), r(ne.lat), r(ne.lon))
        };
        // In town: the two near services, the point in the middle (0.0078 of latitude and 0.021
        // of longitude either way); not the next towns, though k would take them.
        assert_eq!(
            round(frame_nearest(tampere, points, 5)),
            (61.49, 23.74, 61.5056, 23.782)
        );
        // In the country, the nearest 68 km away: the next within three times that comes too.
        let far = [points[0], points[2], points[4]];
        let (sw, ne) = frame_nearest(tampere, far, 5);
        assert!(sw.lat < 60.17 && ne.lat > 62.8 && ne.lon > 24.93, "{sw:?} {ne:?}");
        assert!(ne.lat < 65.0, "not Oulu, 400 km away: {ne:?}");
        // None: the point alone.
        assert_eq!(frame_nearest(tampere, [], 5), (tampere, tampere));
        // At most k, the nearest first.
        assert_eq!(
            round(frame_nearest(tampere, points, 1)),
            (61.4946, 23.752, 61.501, 23.77)
        );
    }

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
