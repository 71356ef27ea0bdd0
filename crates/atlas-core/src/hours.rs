//! A reader for the common subset of the OpenStreetMap `opening_hours` syntax:
//! `24/7`; rules separated by `;`, each an optional weekday selector
//! (`Mo-Fr`, `Mo,We`, `PH`) and times (`09:00-12:00,13:00-16:00`) or `off`/`closed`.
//! Later rules override earlier ones for the days they name, as in OSM.
//! Anything outside that subset is an error, and the app shows the raw text.

use crate::time::{is_finnish_public_holiday, Date, LocalTime};

const DAYS: [&str; 7] = ["mo", "tu", "we", "th", "fr", "sa", "su"];

/// Minutes since midnight: start inclusive, end exclusive; end may be 1440 (24:00).
pub type Span = (u32, u32);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpeningHours {
    /// Spans per weekday, Monday first, on days that are not public holidays.
    pub week: [Vec<Span>; 7],
    /// Spans on public holidays when the text says (`PH ...`), else the weekday's.
    pub holidays: Option<Vec<Span>>,
}

/// Consecutive weekdays with the same hours, for saying the week in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayGroup {
    pub first: usize,
    pub last: usize,
    pub spans: Vec<Span>,
}

impl OpeningHours {
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        if text.is_empty() {
            return Err("empty opening hours".into());
        }
        let mut week: [Vec<Span>; 7] = Default::default();
        let mut holidays = None;
        for rule in text.split(';').map(str::trim).filter(|r| !r.is_empty()) {
            if rule == "24/7" {
                week = std::array::from_fn(|_| vec![(0, 1440)]);
                continue;
            }
            let (days, ph, rest) = parse_days(rule)?;
            let spans = parse_spans(rest)?;
            if ph {
                holidays = Some(spans.clone());
            }
            let selected = if days == [false; 7] && !ph {
                [true; 7]
            } else {
                days
            };
            for (d, on) in selected.iter().enumerate() {
                if *on {
                    week[d] = spans.clone();
                }
            }
        }
        Ok(Self { week, holidays })
    }

    /// The spans of one date: a public holiday's own hours when the text gives them.
    fn spans_on(&self, date: Date) -> &[Span] {
        if is_finnish_public_holiday(date) {
            if let Some(h) = &self.holidays {
                return h.as_slice();
            }
        }
        self.week[date.weekday() as usize].as_slice()
    }

    /// Whether the service is open at a Finnish local time.
    pub fn is_open(&self, t: LocalTime) -> bool {
        let today = self.spans_on(t.date).iter().any(|&(a, b)| {
            if b > a {
                (a..b).contains(&t.minute)
            } else {
                t.minute >= a
            }
        });
        // A span such as 22:00-02:00 that began yesterday.
        let from_yesterday = self
            .spans_on(t.date.add_days(-1))
            .iter()
            .any(|&(a, b)| b <= a && t.minute < b);
        today || from_yesterday
    }

    /// When the service next opens after `t` (Finnish local time), looking a week
    /// and a day ahead, holidays included; `None` when it is open now or never opens.
    pub fn next_opening(&self, t: LocalTime) -> Option<LocalTime> {
        if self.is_open(t) {
            return None;
        }
        (0..=8).find_map(|ahead| {
            let date = t.date.add_days(ahead);
            self.spans_on(date)
                .iter()
                .map(|&(a, _)| a)
                .filter(|&a| ahead > 0 || a > t.minute)
                .min()
                .map(|minute| LocalTime { date, minute })
        })
    }

    /// The week as groups of consecutive days with equal hours, Monday first.
    pub fn groups(&self) -> Vec<DayGroup> {
        let mut out: Vec<DayGroup> = Vec::new();
        for (d, spans) in self.week.iter().enumerate() {
            match out.last_mut() {
                Some(g) if g.spans == *spans => g.last = d,
                _ => out.push(DayGroup {
                    first: d,
                    last: d,
                    spans: spans.clone(),
                }),
            }
        }
        out
    }
}

/// Splits a rule into its weekday selector and the rest.
fn parse_days(rule: &str) -> Result<([bool; 7], bool, &str), String> {
    let (head, rest) = match rule.split_once(char::is_whitespace) {
        Some((h, r)) => (h, r.trim()),
        None => (rule, ""),
    };
    let lower = head.to_ascii_lowercase();
    let starts_with_day = DAYS.iter().any(|d| lower.starts_with(d)) || lower.starts_with("ph");
    if !starts_with_day {
        return Ok(([false; 7], false, rule));
    }
    let mut days = [false; 7];
    let mut ph = false;
    for item in lower.split(',') {
        if item == "ph" {
            ph = true;
            continue;
        }
        let day = |s: &str| {
            DAYS.iter()
                .position(|d| *d == s)
                .ok_or_else(|| format!("unknown day \"{s}\""))
        };
        match item.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (day(a)?, day(b)?);
                let mut d = a;
                loop {
                    days[d] = true;
                    if d == b {
                        break;
                    }
                    d = (d + 1) % 7;
                }
            }
            None => days[day(item)?] = true,
        }
    }
    Ok((days, ph, rest))
}

fn parse_spans(s: &str) -> Result<Vec<Span>, String> {
    let s = s.trim();
    if s.eq_ignore_ascii_case("off") || s.eq_ignore_ascii_case("closed") {
        return Ok(Vec::new());
    }
    if s.is_empty() {
        return Ok(vec![(0, 1440)]);
    }
    s.split(',')
        .map(|span| {
            let (a, b) = span
                .trim()
                .split_once('-')
                .ok_or_else(|| format!("expected a time range, found \"{span}\""))?;
            let (a, b) = (parse_time(a)?, parse_time(b)?);
            if a == b || a == 1440 {
                return Err(format!("empty time range \"{span}\""));
            }
            Ok((a, b))
        })
        .collect()
}

fn parse_time(s: &str) -> Result<u32, String> {
    let s = s.trim();
    let err = || format!("expected a time HH:MM, found \"{s}\"");
    let (h, m) = s.split_once(':').ok_or_else(err)?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 || !h.bytes().chain(m.bytes()).all(|c| c.is_ascii_digit())
    {
        return Err(err());
    }
    let (h, m): (u32, u32) = (h.parse().map_err(|_| err())?, m.parse().map_err(|_| err())?);
    if m > 59 || h > 24 || (h == 24 && m > 0) {
        return Err(err());
    }
    Ok(h * 60 + m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::Date;

    fn at(date: &str, h: u32, m: u32) -> LocalTime {
        LocalTime {
            date: Date::parse(date).unwrap(),
            minute: h * 60 + m,
        }
    }

    #[test]
    fn weekdays_and_holidays() {
        let oh = OpeningHours::parse("Mo-Fr 09:00-16:00; We 12:00-18:00; PH off").unwrap();
        assert!(oh.is_open(at("2026-11-23", 9, 0))); // Monday
        assert!(!oh.is_open(at("2026-11-23", 16, 0)));
        assert!(!oh.is_open(at("2026-11-25", 10, 0))); // Wednesday is overridden
        assert!(oh.is_open(at("2026-11-25", 17, 59)));
        assert!(!oh.is_open(at("2026-11-22", 10, 0))); // Sunday
        assert!(!oh.is_open(at("2026-12-24", 10, 0))); // Christmas Eve, a Thursday
        let groups = oh.groups();
        assert_eq!(groups.len(), 4);
        assert_eq!(
            groups[0],
            DayGroup {
                first: 0,
                last: 1,
                spans: vec![(540, 960)]
            }
        );
        assert_eq!(
            groups[3],
            DayGroup {
                first: 5,
                last: 6,
                spans: vec![]
            }
        );
        assert_eq!(oh.holidays, Some(vec![]));
    }

    #[test]
    fn split_days_overnight_and_247() {
        let oh = OpeningHours::parse("Mo,Th 08:00-11:30,12:00-15:00").unwrap();
        assert!(oh.is_open(at("2026-11-26", 12, 0)));
        assert!(!oh.is_open(at("2026-11-26", 11, 45)));
        let night = OpeningHours::parse("Fr 22:00-02:00").unwrap();
        assert!(night.is_open(at("2026-11-27", 23, 0)));
        assert!(night.is_open(at("2026-11-28", 1, 0)));
        assert!(!night.is_open(at("2026-11-28", 3, 0)));
        assert!(OpeningHours::parse("24/7")
            .unwrap()
            .is_open(at("2026-12-25", 3, 0)));
        let wrap = OpeningHours::parse("Sa-Mo 10:00-12:00").unwrap();
        assert_eq!(wrap.week[0], vec![(600, 720)]);
        assert!(wrap.week[1].is_empty());
    }

    #[test]
    fn errors_are_reported() {
        for bad in [
            "",
            "Mo-Fr 9-16",
            "Xx 09:00-10:00",
            "Mo 25:00-26:00",
            "Mo 10:00-10:00",
            "Mo 10:0-11:00",
        ] {
            assert!(OpeningHours::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn next_opening_today_later_tomorrow_or_after_a_holiday() {
        let at = |d: &str, minute: u32| LocalTime {
            date: crate::time::Date::parse(d).unwrap(),
            minute,
        };
        let h = OpeningHours::parse("Mo-Fr 09:00-12:00,13:00-16:00; PH off").unwrap();
        // Monday 23 November 2026 at 08:00 and at lunch: later the same day.
        assert_eq!(
            h.next_opening(at("2026-11-23", 8 * 60)),
            Some(at("2026-11-23", 9 * 60))
        );
        assert_eq!(
            h.next_opening(at("2026-11-23", 12 * 60 + 30)),
            Some(at("2026-11-23", 13 * 60))
        );
        // Open now: nothing to say.
        assert_eq!(h.next_opening(at("2026-11-23", 10 * 60)), None);
        // Friday evening: Monday morning.
        assert_eq!(
            h.next_opening(at("2026-11-27", 17 * 60)),
            Some(at("2026-11-30", 9 * 60))
        );
        // Thursday 24 December 2026 evening; Friday 25 and Saturday 26 are holidays or weekend: Monday 28.
        assert_eq!(
            h.next_opening(at("2026-12-24", 17 * 60)),
            Some(at("2026-12-28", 9 * 60))
        );
        assert_eq!(
            OpeningHours::parse("Mo off")
                .unwrap()
                .next_opening(at("2026-11-23", 0)),
            None
        );
    }
}
