//! The share of an article's text that a page shows in a fallback language, for the fallback
//! notice's `$percent`: the passages' words as `check`'s coverage by words counts them, in the
//! source's text (the reference every locale is measured against), so that the notice and
//! `check` agree.

use crate::catalog::Catalog;
use crate::check::entry_words;
use crate::config::Project;

/// The words of the message `id` in the source locale's `files` (0 when it has none).
pub(super) fn source_words(
    project: &Project,
    catalog: &Catalog,
    files: &[&str],
    id: &str,
) -> usize {
    let Some(tree) = catalog.locale(project.source.as_str()) else {
        return 0;
    };
    files
        .iter()
        .filter_map(|rel| tree.file(rel))
        .find_map(|file| file.entries().find(|e| e.key == id))
        .map_or(0, |entry| entry_words(&entry))
}

/// `fallen` words of `total` in whole percent, rounded half up, but never 0 when some words
/// fell back nor 100 when some did not (the notice would contradict itself).
pub(super) fn percent(fallen: usize, total: usize) -> u32 {
    if total == 0 || fallen == 0 {
        return 0;
    }
    let fallen = fallen.min(total) as u128;
    let total = total as u128;
    let rounded = (fallen * 200 + total) / (total * 2);
    let rounded = u32::try_from(rounded.min(100)).unwrap_or(100);
    if fallen < total {
        rounded.clamp(1, 99)
    } else {
        100
    }
}

#[cfg(test)]
mod tests {
    use super::percent;

    #[test]
    fn percent_rounds_half_up_and_keeps_its_ends_honest() {
        assert_eq!(percent(1, 2), 50);
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(2, 3), 67);
        assert_eq!(percent(1, 200), 1);
        assert_eq!(percent(1, 1000), 1);
        assert_eq!(percent(999, 1000), 99);
        assert_eq!(percent(5, 5), 100);
        assert_eq!(percent(0, 5), 0);
        assert_eq!(percent(0, 0), 0);
    }
}
