//! ETRS-TM35FIN (EPSG:3067) → WGS84 latitude and longitude.
//!
//! The Service Catalogue gives coordinates as ETRS-TM35FIN northing and easting:
//! transverse Mercator on the GRS80 ellipsoid, central meridian 27° E, scale 0.9996,
//! false easting 500 000 m, no false northing. This is its inverse by the Krüger
//! series to the fourth order in n, as published in the Finnish public-administration
//! recommendation JHS 154 (annex 1) and in Karney, "Transverse Mercator with an
//! accuracy of a few nanometers" (2011): well under a millimetre across Finland.
//! ETRS89 and WGS84 differ by less than a metre in Finland, below what a map of
//! services can show, so the ETRS89 result is used as WGS84 (as the app's data does).
//!
//! Written here rather than taken from a crate: the projection crates that fit
//! (`proj4rs`) carry a general projection engine for one formula; `proj4rs` is a
//! dev-dependency that the tests check this function against.

const A: f64 = 6_378_137.0;
const F: f64 = 1.0 / 298.257_222_101;
const K0: f64 = 0.9996;
const E0: f64 = 500_000.0;
const LON0_DEG: f64 = 27.0;

/// `(lat, lon)` in degrees for an ETRS-TM35FIN `(northing, easting)` in metres.
pub fn to_wgs84(northing: f64, easting: f64) -> (f64, f64) {
    let n = F / (2.0 - F);
    let (n2, n3, n4) = (n * n, n * n * n, n * n * n * n);
    let a1 = A / (1.0 + n) * (1.0 + n2 / 4.0 + n4 / 64.0);
    let e2 = F * (2.0 - F);
    let e = e2.sqrt();
    let h = [
        n / 2.0 - 2.0 * n2 / 3.0 + 37.0 * n3 / 96.0 - n4 / 360.0,
        n2 / 48.0 + n3 / 15.0 - 437.0 * n4 / 1440.0,
        17.0 * n3 / 480.0 - 37.0 * n4 / 840.0,
        4397.0 * n4 / 161_280.0,
    ];
    let xi = northing / (a1 * K0);
    let eta = (easting - E0) / (a1 * K0);
    let mut xi1 = xi;
    let mut eta1 = eta;
    for (i, hi) in h.iter().enumerate() {
        let k = 2.0 * (i + 1) as f64;
        xi1 -= hi * (k * xi).sin() * (k * eta).cosh();
        eta1 -= hi * (k * xi).cos() * (k * eta).sinh();
    }
    let beta = (xi1.sin() / eta1.cosh()).asin();
    let l = (eta1.tanh() / beta.cos()).asin();
    let q = beta.tan().asinh();
    // Q' = Q + e·atanh(e·tanh Q'), solved by fixed-point iteration (converges in a few steps).
    let mut q1 = q;
    for _ in 0..10 {
        let next = q + e * (e * q1.tanh()).atanh();
        if (next - q1).abs() < 1e-15 {
            q1 = next;
            break;
        }
        q1 = next;
    }
    let lat = q1.sinh().atan().to_degrees();
    let lon = LON0_DEG + l.to_degrees();
    (lat, lon)
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_core::LatLon;

    /// Metres between two WGS84 points.
    fn metres(a: (f64, f64), b: (f64, f64)) -> f64 {
        LatLon::new(a.0, a.1).distance_km(&LatLon::new(b.0, b.1)) * 1000.0
    }

    /// The same conversion by proj4rs (an independent implementation).
    fn by_proj(northing: f64, easting: f64) -> (f64, f64) {
        let src = proj4rs::Proj::from_proj_string(
            "+proj=utm +zone=35 +ellps=GRS80 +towgs84=0,0,0 +units=m +no_defs",
        )
        .unwrap();
        let dst =
            proj4rs::Proj::from_proj_string("+proj=longlat +ellps=GRS80 +towgs84=0,0,0 +no_defs").unwrap();
        let mut p = (easting, northing, 0.0);
        proj4rs::transform::transform(&src, &dst, &mut p).unwrap();
        (p.1.to_degrees(), p.0.to_degrees())
    }

    #[test]
    fn agrees_with_proj4rs_across_finland() {
        // From Hanko to Utsjoki, Åland to Ilomantsi: the whole zone the data uses.
        for &(n, e) in &[
            (6_672_000.0, 385_000.0), // Helsinki
            (6_822_000.0, 327_000.0), // Tampere
            (7_212_000.0, 427_000.0), // Oulu
            (6_644_000.0, 83_000.0),  // Mariehamn, far west of the meridian
            (6_979_000.0, 730_000.0), // Ilomantsi, far east
            (7_750_000.0, 500_000.0), // Utsjoki area, on the meridian
            (6_637_000.0, 280_000.0), // Hanko
        ] {
            let ours = to_wgs84(n, e);
            let theirs = by_proj(n, e);
            let d = metres(ours, theirs);
            assert!(
                d < 0.01,
                "({n}, {e}): ours {ours:?}, proj4rs {theirs:?}, {d} m apart"
            );
        }
    }

    #[test]
    fn on_the_central_meridian() {
        // On the central meridian the easting is the false easting: longitude 27° exactly.
        let (_, lon) = to_wgs84(7_000_000.0, 500_000.0);
        assert!((lon - 27.0).abs() < 1e-12, "{lon}");
        // On the equator line of the projection (northing 0) the latitude is 0.
        let (lat, _) = to_wgs84(0.0, 500_000.0);
        assert!(lat.abs() < 1e-12, "{lat}");
    }
}
