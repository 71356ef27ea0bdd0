//! Calendar dates, Finnish local time and Finnish public holidays, without a
//! date library (the app's size budget is tight and these rules are few).

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Self> {
        (1..=12)
            .contains(&month)
            .then_some(())
            .filter(|_| day >= 1 && day <= days_in_month(year, month))
            .map(|_| Self { year, month, day })
    }

    /// Parses a strict ISO date `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Self> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        Self::new(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    pub fn to_days(self) -> i64 {
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    pub fn from_days(z: i64) -> Self {
        let z = z + 719468;
        let era = z.div_euclid(146097);
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + if month <= 2 { 1 } else { 0 }) as i32;
        Self { year, month, day }
    }

    pub fn add_days(self, n: i64) -> Self {
        Self::from_days(self.to_days() + n)
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u32 {
        (self.to_days() + 3).rem_euclid(7) as u32
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// What a text that is not a date is told, after the text in quotes:
/// `"1.3.2026" is not an ISO date (YYYY-MM-DD)`. `load` knows a date that did not read by
/// this ending (`Reason::BadDate`, whose English wording it is).
pub(crate) const NOT_A_DATE: &str = " is not an ISO date (YYYY-MM-DD)";

/// The message of a text that is not a date (see [`NOT_A_DATE`]).
pub(crate) fn not_a_date(text: &str) -> String {
    format!("\"{text}\"{NOT_A_DATE}")
}

/// A date is written as its strict ISO text, `YYYY-MM-DD` (SPEC §1).
impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A date is read from its strict ISO text only ([`Date::parse`]); any other text fails with
/// [`not_a_date`]'s message, anything but a text as the wrong type.
impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Iso;
        impl serde::de::Visitor<'_> for Iso {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an ISO date (YYYY-MM-DD)")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Date, E> {
                Date::parse(v).ok_or_else(|| E::custom(not_a_date(v)))
            }
        }
        d.deserialize_str(Iso)
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A local wall-clock moment: the date and minutes since midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalTime {
    pub date: Date,
    pub minute: u32,
}

/// Finnish local time (Europe/Helsinki: UTC+2, UTC+3 in EU summer time) for a
/// Unix time in milliseconds. Service hours are Finnish hours wherever the reader is.
pub fn helsinki_time(unix_ms: f64) -> LocalTime {
    let secs = (unix_ms / 1000.0).floor() as i64;
    let utc_date = Date::from_days(secs.div_euclid(86_400));
    // EU summer time: from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
    let last_sunday = |month: u32| {
        let last = Date::new(utc_date.year, month, 31).unwrap();
        last.add_days(-(((last.weekday() + 1) % 7) as i64))
    };
    let start = last_sunday(3).to_days() * 86_400 + 3600;
    let end = last_sunday(10).to_days() * 86_400 + 3600;
    let offset = if secs >= start && secs < end { 3 } else { 2 };
    let local = secs + offset * 3600;
    LocalTime {
        date: Date::from_days(local.div_euclid(86_400)),
        minute: (local.rem_euclid(86_400) / 60) as u32,
    }
}

/// Easter Sunday (anonymous Gregorian algorithm).
fn easter(year: i32) -> Date {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month as u32, day as u32).unwrap()
}

/// Whether a date is a Finnish public holiday (the `PH` of opening hours):
/// the fixed holidays, the Easter holidays, Ascension Day, Midsummer Eve and Day,
/// and All Saints' Day. Christmas Eve and Midsummer Eve are included because
/// offices close on them.
pub fn is_finnish_public_holiday(d: Date) -> bool {
    let fixed = [(1, 1), (1, 6), (5, 1), (12, 6), (12, 24), (12, 25), (12, 26)];
    if fixed.contains(&(d.month, d.day)) {
        return true;
    }
    let e = easter(d.year);
    if [-2, 0, 1, 39].iter().any(|&o| e.add_days(o) == d) {
        return true;
    }
    // Midsummer Eve is the Friday between 19 and 25 June, Midsummer Day the Saturday after it.
    if d.month == 6
        && ((19..=25).contains(&d.day) && d.weekday() == 4 || (20..=26).contains(&d.day) && d.weekday() == 5)
    {
        return true;
    }
    // All Saints' Day: the Saturday between 31 October and 6 November.
    d.weekday() == 5 && ((d.month == 10 && d.day == 31) || (d.month == 11 && d.day <= 6))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_round_trip() {
        let d = Date::parse("2026-11-22").unwrap();
        assert_eq!(d.to_string(), "2026-11-22");
        assert_eq!(Date::from_days(d.to_days()), d);
        assert_eq!(Date::parse("2026-02-29"), None);
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Some(29));
        assert_eq!(Date::parse("2026-1-01"), None);
        assert_eq!(Date::parse("2026-+1-01"), None);
        assert_eq!(Date::new(1970, 1, 1).unwrap().to_days(), 0);
    }

    #[test]
    fn dates_are_written_and_read_as_strict_iso_text() {
        let d = Date::new(2026, 3, 1).unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), r#""2026-03-01""#);
        assert_eq!(serde_json::from_str::<Date>(r#""2026-03-01""#).unwrap(), d);
        let leap = Date::new(2024, 2, 29).unwrap();
        assert_eq!(
            serde_json::from_str::<Date>(&serde_json::to_string(&leap).unwrap()).unwrap(),
            leap
        );
        assert_eq!(
            serde_json::to_string(&Some(Date::new(5, 1, 9).unwrap())).unwrap(),
            r#""0005-01-09""#
        );
        for bad in [
            "2026-02-30",
            "2026-2-3",
            " 2026-01-01",
            "2026-01-01 ",
            "2026-13-01",
            "2026-00-10",
            "",
            "2026/01/01",
            "+026-01-01",
            "2026-01-1x",
        ] {
            let e = serde_json::from_str::<Date>(&serde_json::to_string(bad).unwrap()).unwrap_err();
            assert!(e.to_string().starts_with(&not_a_date(bad)), "{bad:?}: {e}");
        }
        // Not a text at all: the wrong type, not a bad date.
        for wrong in ["20260101", "null", "{}", "[\"2026-01-01\"]"] {
            let e = serde_json::from_str::<Date>(wrong).unwrap_err();
            assert!(e.to_string().starts_with("invalid type"), "{wrong}: {e}");
        }
        assert_eq!(serde_json::from_str::<Option<Date>>("null").unwrap(), None);
    }

    #[test]
    fn weekdays() {
        // 22 November 2026 is a Sunday.
        assert_eq!(Date::parse("2026-11-22").unwrap().weekday(), 6);
        assert_eq!(Date::parse("2025-01-01").unwrap().weekday(), 2);
    }

    #[test]
    fn helsinki_offsets() {
        // 2026-01-15T10:00Z is 12:00 in Helsinki (UTC+2).
        let winter = helsinki_time(1_768_471_200_000.0);
        assert_eq!(
            (winter.date.to_string(), winter.minute),
            ("2026-01-15".into(), 12 * 60)
        );
        // 2026-07-01T10:00Z is 13:00 in Helsinki (UTC+3).
        let summer = helsinki_time(1_782_900_000_000.0);
        assert_eq!(
            (summer.date.to_string(), summer.minute),
            ("2026-07-01".into(), 13 * 60)
        );
        // 2026-03-29T00:59Z is still winter time: 02:59; at 01:00Z it is 04:00.
        assert_eq!(helsinki_time(1_774_745_940_000.0).minute, 2 * 60 + 59);
        assert_eq!(helsinki_time(1_774_746_000_000.0).minute, 4 * 60);
    }

    #[test]
    fn holidays() {
        let h = |s| is_finnish_public_holiday(Date::parse(s).unwrap());
        assert!(h("2026-04-03")); // Good Friday
        assert!(h("2026-04-06")); // Easter Monday
        assert!(h("2026-05-14")); // Ascension Day
        assert!(h("2026-06-19") && h("2026-06-20")); // Midsummer
        assert!(h("2026-10-31")); // All Saints' Day
        assert!(h("2026-12-06"));
        assert!(!h("2026-11-23"));
        assert!(!h("2026-06-26"));
    }
}
