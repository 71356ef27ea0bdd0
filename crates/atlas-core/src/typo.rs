//! Typo tolerance: how far apart two folded words are, counted in the edits a
//! person makes by mistake (a letter missed, added, wrong, or two swapped), and how
//! many such edits a typed word of a given length may carry and still be meant.

/// Edits allowed in a typed word of `chars` letters: none up to four letters (short
/// words collide too easily: "oulu" must not find "ylä"), one up to eight, two beyond.
pub fn allowance(chars: usize) -> usize {
    match chars {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Whether `a` can be turned into `b` with at most `max` edits.
pub fn within(a: &str, b: &str, max: usize) -> bool {
    distance(a, b, max).is_some()
}

/// The edits that turn `a` into `b` (insertion, deletion, substitution, or swapping
/// two neighbours: optimal string alignment), if there are at most `max` of them.
/// Stops as soon as a row exceeds `max`, so a far word costs a few cells.
pub fn distance(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    if max == 0 {
        return (a == b).then_some(0);
    }
    let width = b.len() + 1;
    // Three rows: two back (for swaps), one back, and this one.
    let mut before: Vec<usize> = vec![0; width];
    let mut prev: Vec<usize> = (0..width).collect();
    let mut row: Vec<usize> = vec![0; width];
    for i in 1..=a.len() {
        row[0] = i;
        let mut best = row[0];
        for j in 1..width {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(row[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            row[j] = d;
            best = best.min(d);
        }
        if best > max {
            return None;
        }
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut row);
    }
    Some(prev[width - 1]).filter(|d| *d <= max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowance_grows_with_the_word() {
        assert_eq!(allowance(3), 0);
        assert_eq!(allowance(4), 0);
        assert_eq!(allowance(5), 1);
        assert_eq!(allowance(8), 1);
        assert_eq!(allowance(9), 2);
    }

    #[test]
    fn common_typos_are_within_one_edit() {
        assert!(within("helsinky", "helsinki", 1)); // wrong letter
        assert!(within("tamprere", "tampere", 1)); // extra letter
        assert!(within("tamere", "tampere", 1)); // missing letter
        assert!(within("tmapere", "tampere", 1)); // swapped neighbours
        assert!(within("khelsinki", "helsinki", 1)); // a romanisation's extra letter
        assert!(within("tampere", "tampere", 0));
    }

    #[test]
    fn distant_words_are_not() {
        assert!(!within("helsinky", "hamina", 1));
        assert!(!within("tampere", "turku", 2));
        assert!(!within("oulu", "ulu", 0));
        assert!(!within("abcdef", "badcfe", 2)); // three swaps
        assert!(within("abcdef", "badcfe", 3));
        assert!(!within("", "abc", 2));
        assert!(within("", "ab", 2));
    }

    #[test]
    fn distance_counts_the_edits() {
        assert_eq!(distance("hlsnki", "helsinki", 3), Some(2));
        assert_eq!(distance("hlsnki", "helsinki", 1), None);
        assert_eq!(distance("same", "same", 2), Some(0));
    }

    #[test]
    fn letters_not_bytes() {
        assert!(within("hämeenlinna", "hameenlinna", 1));
        assert!(within("киів", "київ", 1));
    }
}
