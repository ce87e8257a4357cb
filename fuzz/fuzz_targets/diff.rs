//! Two texts → the word diff that `check` and `accept` show for an outdated entry.
//!
//! Input: the old text and the new text, separated by a NUL byte. Besides "never panics,
//! never hangs", the diff must keep what it documents: the equal and deleted segments give the
//! old text back, the equal and inserted ones the new text.
#![no_main]

use fluentpress::lock::{Segment, render_compact, render_inline, word_diff};
use fluentpress_fuzz::split;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let parts = split(data, 2);
    let (Ok(old), Ok(new)) = (
        std::str::from_utf8(parts[0]),
        std::str::from_utf8(parts.get(1).copied().unwrap_or_default()),
    ) else {
        return;
    };
    let segments = word_diff(old, new);
    let side = |keep: fn(&Segment) -> bool| -> String {
        segments
            .iter()
            .filter(|s| keep(s))
            .map(Segment::text)
            .collect()
    };
    assert_eq!(
        side(|s| !matches!(s, Segment::Insert(_))),
        old,
        "old text lost: {segments:?}"
    );
    assert_eq!(
        side(|s| !matches!(s, Segment::Delete(_))),
        new,
        "new text lost: {segments:?}"
    );
    render_inline(&segments);
    render_compact(&segments, 24);
});
