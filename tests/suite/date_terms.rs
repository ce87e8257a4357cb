//! Dates in a locale's house style: `-date` and `-date-range` terms replace CLDR's patterns.

use crate::common::Project;

const SLUG: &str = "unido-industrial-park-training-2023";
const CONTENT: &str = "content/unido-industrial-park-training-2023.toml";

/// The lines of a locale's text page that contain `needle`, without isolation marks.
fn lines_with(project: &Project, locale: &str, needle: &str) -> String {
    project
        .read(&format!("dist/{locale}/{SLUG}.txt"))
        .replace(['\u{2068}', '\u{2069}'], "")
        .lines()
        .filter(|l| l.contains(needle))
        .map(|l| l.chars().take(60).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

fn render(project: &Project, locales: &[&str]) {
    let mut args = vec!["render", "--format", "text"];
    for locale in locales {
        args.extend(["--locale", locale]);
    }
    let out = project.run(&args);
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(out.stderr, "");
}

/// Issue: CLDR gives "2023年7月10–14日" and Khmer without ខែ/ឆ្នាំ; zh-CN and km write their
/// news style with terms, and locales without a term keep CLDR's.
#[test]
fn zh_cn_and_km_write_dates_in_their_news_style() {
    let project = Project::copy();
    render(&project, &["zh-CN", "km", "en", "lo"]);
    insta::assert_snapshot!(
        [
            lines_with(&project, "zh-CN", "由联合国"),
            lines_with(&project, "km", "ចុះផ្សាយ"),
            lines_with(&project, "km", "កាលពី"),
            lines_with(&project, "en", "Published"),
            lines_with(&project, "lo", "ໃນລະຫວ່າງວັນທີ"),
        ]
        .join("\n"),
        @r"
        2023年7月10日至14日，由联合国工业发展组织（工发组织）与上海国家会计学院（亚太财经与发展学院）合作举办的“亚太地
        ចុះផ្សាយ៖ ថ្ងៃទី28 ខែកក្កដា ឆ្នាំ2023 · អង្គការអភិវឌ្ឍន៍ឧស្ស
        កាលពីថ្ងៃទី10 ដល់ថ្ងៃទី14 ខែកក្កដា ឆ្នាំ2023 “កម្មវិធីបណ្តុះ
        Published July 28, 2023 · United Nations Industrial Developm
        ໃນລະຫວ່າງວັນທີ 10 – 14 ກໍລະກົດ 2023 ທີ່ຜ່ານມາ, ອົງການພັດທະນາ
        "
    );
}

/// The term selects on `$span`: ranges across months and years.
#[test]
fn a_range_term_selects_on_what_the_ends_share() {
    let project = Project::copy();
    let mut seen = Vec::new();
    for (from, to) in [("2023-07-30", "2023-08-02"), ("2023-12-30", "2024-01-02")] {
        project.write(
            CONTENT,
            &project.read(CONTENT).replacen(
                &project
                    .read(CONTENT)
                    .lines()
                    .find(|l| l.starts_with("programme-dates"))
                    .unwrap()
                    .to_owned(),
                &format!("programme-dates = {{ from = {from}, to = {to} }}"),
                1,
            ),
        );
        render(&project, &["zh-CN", "km"]);
        seen.push(lines_with(&project, "zh-CN", "由联合国"));
        seen.push(lines_with(&project, "km", "កាលពី"));
    }
    insta::assert_snapshot!(seen.join("\n"), @r"
    2023年7月30日至8月2日，由联合国工业发展组织（工发组织）与上海国家会计学院（亚太财经与发展学院）合作举办的“亚太
    កាលពីថ្ងៃទី30 ខែកក្កដា ដល់ថ្ងៃទី2 ខែសីហា ឆ្នាំ2023 “កម្មវិធី
    2023年12月30日至2024年1月2日，由联合国工业发展组织（工发组织）与上海国家会计学院（亚太财经与发展学院）合作
    កាលពីថ្ងៃទី30 ខែធ្នូ ឆ្នាំ2023 ដល់ថ្ងៃទី2 ខែមករា ឆ្នាំ2024 “
    ");
}

/// The parts are in the locale's calendar (Thai Buddhist era) and digits; a term that fails to
/// format (an unknown variable) leaves CLDR's date.
#[test]
fn parts_follow_the_calendar_and_a_broken_term_keeps_cldr() {
    let project = Project::copy();
    let site = project.read("locales/th/site.ftl");
    project.write(
        "locales/th/site.ftl",
        &format!("{site}\n-date = วันที่ {{ $day }} {{ $month-name }} พ.ศ. {{ $year }}\n"),
    );
    let bn = project.read("locales/bn/site.ftl");
    project.write(
        "locales/bn/site.ftl",
        &format!("{bn}\n-date = {{ $weekday }} {{ $day }}\n"),
    );
    render(&project, &["th", "bn"]);
    insta::assert_snapshot!(
        [
            lines_with(&project, "th", "2566"),
            lines_with(&project, "bn", "২০২৩"),
        ]
        .join("\n"),
        @r"
        เผยแพร่เมื่อ วันที่ 28 กรกฎาคม พ.ศ. 2566 · องค์การพัฒนาอุตสา
        ระหว่างวันที่ 10 – 14 กรกฎาคม 2566 องค์การพัฒนาอุตสาหกรรมแห่
        প্রকাশিত: ২৮ জুলাই, ২০২৩ · জাতিসংঘ শিল্প উন্নয়ন সংস্থা (ইউন
        ১০–১৪ জুলাই, ২০২৩ চীনের সাংহাইয়ে “এশিয়া-প্রশান্ত মহাসাগরীয
        "
    );
}
