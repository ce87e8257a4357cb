//! Differences checked on texts in several scripts, and their one-line renderings.

use super::*;

fn inline(old: &str, new: &str) -> String {
    let segments = word_diff(old, new);
    let rebuilt_old: String = segments
        .iter()
        .filter(|s| !matches!(s, Segment::Insert(_)))
        .map(Segment::text)
        .collect();
    let rebuilt_new: String = segments
        .iter()
        .filter(|s| !matches!(s, Segment::Delete(_)))
        .map(Segment::text)
        .collect();
    assert_eq!(rebuilt_old, old);
    assert_eq!(rebuilt_new, new);
    render_inline(&segments)
}

#[test]
fn compact_keeps_context_around_changes() {
    let old = "{ $programme-dates }，由{ -unido-full }合作举办的培训项目在中国上海举行。本次面授培训汇聚了亚太地区发展中国家的专业人士和政策制定者，围绕工业园区的规划交流创新理念。";
    let new = old.replace("面授", "线上");
    assert_eq!(
        render_compact(&word_diff(old, &new), 24),
        "…项目在中国上海举行。本次[-面授-]{+线上+}培训汇聚了亚太地区发展中…"
    );
    let old = "The training was held in Shanghai, China, on those dates. The face-to-face training brought together professionals and policy makers from many countries.";
    let new = old.replace("face-to-face", "online");
    assert_eq!(
        render_compact(&word_diff(old, &new), 24),
        "… on those dates. The [-face-to-face-]{+online+} training brought …"
    );
    // Without spaces, a cut falls after a phrase's punctuation when there is one.
    let old = "合作举办的“亚太地区工业园区领导力培训项目”在中国上海举行。本次面授培训";
    let new = old.replace("面授", "线上");
    assert_eq!(
        render_compact(&word_diff(old, &new), 24),
        "…在中国上海举行。本次[-面授-]{+线上+}培训"
    );
    // Short texts and short runs between changes stay whole.
    assert_eq!(
        render_compact(&word_diff("培训为期五天。", "培训为期四天。"), 12),
        "培训为期[-五-]{+四+}天。"
    );
    assert_eq!(
        render_compact(&word_diff("a b c d", "x b c y"), 2),
        "[-a-]{+x+} b c [-d-]{+y+}"
    );
}

#[test]
fn compact_shows_paragraph_breaks_and_keeps_marks() {
    assert_eq!(
        render_compact(&word_diff("One.\n\nTwo.", "One.\n\nThree."), 24),
        "One. ¶ [-Two-]{+Three+}."
    );
    // Thai has no spaces between words: cut by columns, never before a mark.
    let old = "การฝึกอบรมแบบพบปะกันโดยตรงครั้งนี้ได้รวบรวมผู้เชี่ยวชาญ";
    let new = old.replace("พบปะกันโดยตรง", "ออนไลน์");
    let compact = render_compact(&word_diff(old, &new), 6);
    assert!(compact.starts_with('…'), "{compact}");
    assert!(compact.ends_with('…'), "{compact}");
    let after = compact.split("+}").nth(1).unwrap();
    assert!(!after.starts_with(|c| columns(c) == 0), "{compact}");
}

#[test]
fn latin_words() {
    assert_eq!(
        inline(
            "The training covers park planning.",
            "The training covered park planning and management."
        ),
        "The training [-covers-]{+covered+} park planning{+ and management+}."
    );
}

#[test]
fn replaced_phrase_is_one_change() {
    assert_eq!(
        inline("held in Shanghai, China", "held online from Beijing, China"),
        "held [-in Shanghai-]{+online from Beijing+}, China"
    );
}

#[test]
fn a_replaced_hyphenated_word_is_one_change() {
    assert_eq!(
        inline("The face-to-face training", "The in-person training"),
        "The [-face-to-face-]{+in-person+} training"
    );
    // Sentence punctuation between changes stays visible.
    assert_eq!(inline("a. b", "c. d"), "[-a-]{+c+}. [-b-]{+d+}");
}

#[test]
fn han_by_character() {
    assert_eq!(
        inline("培训为期五天。", "培训为期四天。"),
        "培训为期[-五-]{+四+}天。"
    );
}

#[test]
fn thai_keeps_marks_with_their_letter() {
    assert_eq!(tokens("กุ้ง"), ["กุ้", "ง"]);
    assert_eq!(inline("ห้าวัน", "สี่วัน"), "[-ห้า-]{+สี่+}วัน");
}

#[test]
fn placeables_and_identical_texts() {
    assert_eq!(inline("Hi { $name }!", "Hi { $name }!"), "Hi { $name }!");
    assert_eq!(inline("", "new"), "{+new+}");
    assert_eq!(inline("old", ""), "[-old-]");
    assert_eq!(
        inline("{ $n } officials", "{ $count } officials"),
        "{ [-$n-]{+$count+} } officials"
    );
}
