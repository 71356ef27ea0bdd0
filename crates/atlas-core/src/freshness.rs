//! When a service's facts are due for a check: the one freshness rule, used by the sense checks
//! (`atlas-data validate`) and the network view alike. A service is *not verified for a year*
//! when its `last_verified` is before the same date a year earlier (29 February: 28 February),
//! or when it has none: verified on 1.3.2025 is still fresh on 1.3.2026, and across a leap day
//! the rule counts the calendar, not 365 days.

use crate::time::Date;

/// The same date a year before `day` (29 February: 28 February of the year before).
pub fn a_year_before(day: Date) -> Date {
    Date::new(day.year - 1, day.month, day.day)
        .or_else(|| Date::new(day.year - 1, day.month, day.day.saturating_sub(1)))
        .unwrap_or(day)
}

/// Whether a service verified on `last_verified` (none: never) is not verified for a year on `day`.
pub fn not_verified_for_a_year(last_verified: Option<Date>, day: Date) -> bool {
    last_verified.is_none_or(|v| v < a_year_before(day))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn is_stale(last_verified: Option<&str>, on: Date) -> bool {
        not_verified_for_a_year(last_verified.map(day), on)
    }

    #[test]
    fn the_same_date_a_year_earlier_is_still_fresh_the_day_before_it_is_not() {
        assert!(!is_stale(Some("2025-11-22"), day("2026-11-22")));
        assert!(is_stale(Some("2025-11-21"), day("2026-11-22")));
        assert!(is_stale(None, day("2026-11-22")));
    }

    #[test]
    fn across_a_leap_day_the_calendar_counts_not_365_days() {
        // 366 days, but the same date a year before: fresh (a 365-day rule would call it stale).
        assert!(!is_stale(Some("2027-03-01"), day("2028-03-01")));
        assert!(is_stale(Some("2027-02-28"), day("2028-03-01")));
        // 29 February: a year before is 28 February.
        assert_eq!(a_year_before(day("2028-02-29")), day("2027-02-28"));
        assert!(!is_stale(Some("2027-02-28"), day("2028-02-29")));
        assert!(is_stale(Some("2027-02-27"), day("2028-02-29")));
    }
}
