//! When the app tries loading the dataset again by itself: after a failure that may pass (the
//! network, a server's 5xx, 408 or 429, or a body cut short so that it does not read as JSON),
//! backing off, three times; then it leaves it to the person's retry button, which starts the
//! back-off afresh. A file that reads but is not this format will not change by waiting.

use crate::load::LoadError;

/// The waits before the automatic retries, in seconds.
pub const DELAYS_SECONDS: [u32; 3] = [5, 15, 45];

/// Whether an HTTP status may pass by waiting: a server error, a timeout, too many requests.
pub fn status_may_pass(status: u16) -> bool {
    status >= 500 || status == 408 || status == 429
}

/// Whether a body that did not load may load on another try: one that is not JSON may have been
/// cut short; one that is JSON but not this format (or version) will be the same again.
pub fn unreadable_may_pass(e: &LoadError) -> bool {
    matches!(e, LoadError::NotJson(_))
}

/// The wait before the next automatic retry, after `retries_so_far` of them since the last start
/// (the page's or the person's), when the failure may pass; `None`: no more automatic retries.
pub fn next_delay(may_pass: bool, retries_so_far: usize) -> Option<u32> {
    DELAYS_SECONDS.get(retries_so_far).copied().filter(|_| may_pass)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_may_pass() {
        for s in [500, 502, 503, 504, 408, 429] {
            assert!(status_may_pass(s), "{s}");
        }
        for s in [400, 401, 403, 404, 410] {
            assert!(!status_may_pass(s), "{s}");
        }
        assert!(unreadable_may_pass(&LoadError::NotJson("EOF".into())));
        assert!(!unreadable_may_pass(&LoadError::NotAtlas));
        assert!(!unreadable_may_pass(&LoadError::UnsupportedVersion(
            "integration-atlas/2".into()
        )));
    }

    #[test]
    fn three_retries_backing_off_then_none() {
        let waits: Vec<Option<u32>> = (0..4).map(|n| next_delay(true, n)).collect();
        assert_eq!(waits, [Some(5), Some(15), Some(45), None]);
        assert_eq!(next_delay(false, 0), None);
    }
}
