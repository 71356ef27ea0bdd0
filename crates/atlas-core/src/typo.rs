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
pub fn distance(a: &str, b: &str, max: usize) -> Option<usize> {
    Typed::new(a, max).distance(b)
}

/// A typed word ready to be compared with many candidates: its letters and the
/// rows of the comparison are allocated once, not per candidate (a keystroke
/// compares it with every distinct word of the dataset's search keys).
pub struct Typed {
    letters: Vec<char>,
    max: usize,
    candidate: Vec<char>,
    rows: [Vec<usize>; 3],
}

impl Typed {
    pub fn new(word: &str, max: usize) -> Self {
        Self {
            letters: word.chars().collect(),
            max,
            candidate: Vec::new(),
            rows: Default::default(),
        }
    }

    /// Whether `candidate` is within the allowed edits of the typed word.
    pub fn matches(&mut self, candidate: &str) -> bool {
        self.distance(candidate).is_some()
    }

    /// The edits between the typed word and `candidate`, if at most the allowed number.
    /// Words whose length alone rules them out cost a count of their letters.
    pub fn distance(&mut self, candidate: &str) -> Option<usize> {
        let max = self.max;
        if candidate.chars().count().abs_diff(self.letters.len()) > max {
            return None;
        }
        self.candidate.clear();
        self.candidate.extend(candidate.chars());
        let (a, b) = (&self.letters, &self.candidate);
        if max == 0 {
            return (a == b).then_some(0);
        }
        let width = b.len() + 1;
        // Three rows: two back (for swaps), one back, and this one.
        let [before, prev, row] = &mut self.rows;
        for r in [&mut *before, &mut *prev, &mut *row] {
            r.clear();
            r.resize(width, 0);
        }
        for (j, cell) in prev.iter_mut().enumerate() {
            *cell = j;
        }
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
            std::mem::swap(before, prev);
            std::mem::swap(prev, row);
        }
        Some(prev[width - 1]).filter(|d| *d <= max)
    }
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
    fn one_typed_word_against_many_candidates_keeps_its_answers() {
        let mut t = Typed::new("tamprere", 1);
        let answers: Vec<bool> = ["tampere", "turku", "tamprere", "tampereen", "tamprer", "x"]
            .iter()
            .map(|c| t.matches(c))
            .collect();
        assert_eq!(answers, [true, false, true, false, true, false]);
        assert_eq!(t.distance("tampere"), Some(1));
    }

    #[test]
    fn letters_not_bytes() {
        assert!(within("hämeenlinna", "hameenlinna", 1));
        assert!(within("киів", "київ", 1));
    }
}
