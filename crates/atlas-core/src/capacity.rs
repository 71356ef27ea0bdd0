//! How much memory to reserve for a body that arrives in chunks (the dataset, read as a stream
//! to show its progress). A server's `Content-Length` is a claim, not a fact: a wrong or hostile
//! one must not reserve hundreds of megabytes before a byte has come. So the reservation follows
//! what has arrived: at most twice that (as a growing list would), and no more than the claim
//! while the body keeps within it, so that an honest claim ends in one exact allocation.

/// The least reserved at a time, so that small chunks do not reallocate each time.
const MIN_RESERVE: usize = 64 * 1024;

/// The capacity to hold `needed` bytes of a body whose server claimed `claimed` bytes
/// (`None`, or not a finite number of bytes: no claim): at least `needed`, at most twice it
/// (or [`MIN_RESERVE`]), and within the claim when the claim covers `needed`.
pub fn body_capacity(claimed: Option<f64>, needed: usize) -> usize {
    let grown = needed.saturating_mul(2).max(MIN_RESERVE);
    let claim = claimed.filter(|c| c.is_finite() && *c >= needed as f64).map(|c| {
        if c >= usize::MAX as f64 {
            usize::MAX
        } else {
            c as usize
        }
    });
    match claim {
        Some(c) => grown.min(c).max(needed),
        None => grown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_false_claim_reserves_no_more_than_twice_what_arrived() {
        // A server claims 4 GB and sends 10 bytes.
        assert_eq!(body_capacity(Some(4e9), 10), MIN_RESERVE);
        assert_eq!(body_capacity(Some(4e9), 1_000_000), 2_000_000);
        assert_eq!(body_capacity(Some(f64::INFINITY), 1_000_000), 2_000_000);
        assert_eq!(body_capacity(Some(f64::NAN), 1_000_000), 2_000_000);
        assert_eq!(body_capacity(Some(-1.0), 10), MIN_RESERVE);
        assert_eq!(body_capacity(None, 1_000_000), 2_000_000);
    }

    #[test]
    fn an_honest_claim_ends_in_an_exact_allocation() {
        assert_eq!(body_capacity(Some(1_500_000.0), 1_000_000), 1_500_000);
        assert_eq!(body_capacity(Some(100.0), 10), 100);
        // More than claimed: the claim no longer counts.
        assert_eq!(body_capacity(Some(100.0), 200), MIN_RESERVE);
    }

    #[test]
    fn never_less_than_needed_and_never_overflows() {
        for needed in [0, 1, 65_536, 1 << 40, usize::MAX] {
            for claimed in [None, Some(0.0), Some(1e300), Some(needed as f64)] {
                assert!(body_capacity(claimed, needed) >= needed, "{claimed:?} {needed}");
            }
        }
    }
}
