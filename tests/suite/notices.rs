//! What the pages' notices say: language names in each locale's running text.

use crate::common::Project;

const SLUG: &str = "unido-industrial-park-training-2023";

fn article(locale: &str) -> String {
    format!("locales/{locale}/{SLUG}.ftl")
}

/// The fallback notice of a locale's text page, with the locale's word for a note before it.
fn fallback_notice(project: &Project, locale: &str, marker: &str) -> String {
    project
        .read(&format!("dist/{locale}/{SLUG}.txt"))
        .lines()
        .find(|l| l.contains(marker))
        .unwrap_or_else(|| panic!("{locale}: no notice containing {marker:?}"))
        .replace(['\u{2068}', '\u{2069}'], "")
}

/// Issue: km read "ជាខ្មែរ" (needs "ជាភាសាខ្មែរ"), lo "ແປເປັນ ລາວ", and mn and id capitalised
/// their language's name mid-sentence. Each locale now names languages with its own terms.
#[test]
fn fallback_notices_name_languages_in_each_locales_running_text() {
    let project = Project::copy();
    let locales = [
        ("km", "ជំនួស"),
        ("lo", "ແທນ"),
        ("mn", "харуулж"),
        ("id", "ditampilkan"),
        ("th", "แทน"),
        ("bn", "দেখানো"),
    ];
    for (locale, _) in locales {
        project.remove_entry(&article(locale), "experts");
    }
    let mut args = vec!["render", "--format", "text"];
    for (locale, _) in locales {
        args.extend(["--locale", locale]);
    }
    let out = project.run(&args);
    assert_eq!(out.code, 0, "{out:?}");
    let notices: Vec<String> = locales
        .iter()
        .map(|(locale, marker)| format!("{locale}: {}", fallback_notice(&project, locale, marker)))
        .collect();
    insta::assert_snapshot!(notices.join("\n"), @r"
    km: ចំណាំ៖ ទំព័រនេះមានផ្នែកចំនួន 1 (ប្រហែល 26% នៃអត្ថបទទាំងមូល) ដែលមិនទាន់បានបកប្រែជាភាសាខ្មែរនៅឡើយ ហើយត្រូវបានបង្ហាញជាភាសាអង់គ្លេសជំនួសវិញ។
    lo: ໝາຍເຫດ: ໜ້ານີ້ມີ 1 ຕອນ (ປະມານ 26% ຂອງເນື້ອໃນທັງໝົດ) ທີ່ຍັງບໍ່ທັນໄດ້ແປເປັນ ພາສາລາວ ຈຶ່ງສະແດງເປັນ ພາສາອັງກິດ ແທນ.
    mn: Тэмдэглэл: Энэ хуудасны нэг хэсгийг (нийт бичвэрийн ойролцоогоор 26%) монгол хэлэнд хараахан орчуулаагүй тул англи хэлээр харуулж байна.
    id: Catatan: Terdapat 1 bagian di halaman ini (sekitar 26% dari teksnya) yang belum diterjemahkan ke dalam bahasa Indonesia sehingga ditampilkan dalam bahasa Inggris.
    th: หมายเหตุ: หน้านี้มีเนื้อหา 1 ส่วน (ประมาณ 26% ของทั้งหน้า) ที่ยังไม่ได้แปลเป็นภาษาไทย จึงแสดงเป็นภาษาอังกฤษแทน
    bn: দ্রষ্টব্য: এই পৃষ্ঠার ১টি অংশ (লেখার প্রায় ২৬%) এখনও বাংলা ভাষায় অনূদিত হয়নি, তাই সেটি ইংরেজি ভাষায় দেখানো হচ্ছে।
    ");
}

/// A language-name term receives `$slot` (`language` or `shown`), so one sentence can use two
/// forms of the names.
#[test]
fn a_language_term_gives_each_place_in_the_sentence_its_form() {
    let project = Project::copy();
    project.edit(
        "locales/fil/site.ftl",
        "-language-fil = Filipino",
        "-language-fil =\n    { $slot ->\n        [language] wikang Filipino\n       *[other] Filipino\n    }",
    );
    project.edit(
        "locales/fil/site.ftl",
        "-language-en = Ingles",
        "-language-en =\n    { $slot ->\n        [shown] wikang Ingles\n       *[other] Ingles\n    }",
    );
    project.remove_entry(&article("fil"), "experts");
    let out = project.run(&["render", "--format", "text", "--locale", "fil"]);
    assert_eq!(out.code, 0, "{out:?}");
    insta::assert_snapshot!(fallback_notice(&project, "fil", "ipinapakita"), @"Paalala: May 1 bahagi sa pahinang ito (humigit-kumulang 26% ng teksto nito) na hindi pa naisasalin sa wikang Filipino at sa halip ay ipinapakita sa wikang Ingles.");
}

/// Issue: the Markdown switcher's label was followed by an ASCII ":" in every language; each
/// locale's `languages-line` gives its punctuation (zh "：", km "៖").
#[test]
fn the_switcher_line_takes_the_locales_punctuation() {
    let project = Project::copy();
    let out = project.run(&[
        "render", "--format", "markdown", "--locale", "zh-CN", "--locale", "km", "--locale", "en",
    ]);
    assert_eq!(out.code, 0, "{out:?}");
    let leads: Vec<String> = ["zh-CN", "km", "en"]
        .iter()
        .map(|locale| {
            let md = project.read(&format!("dist/{locale}/{SLUG}.md"));
            let line = md.lines().last().unwrap();
            line[..line.find('[').unwrap()].to_owned()
        })
        .collect();
    insta::assert_snapshot!(leads.join("|\n"), @r"
    其他语言版本：|
    អានអត្ថបទនេះជាភាសា៖ |
    Read this article in\:
    ");
}

/// `check`'s `missing_words` for km after removing `ids` from km's article and the `site` lines
/// from km's `site.ftl`, with the number of entries it found missing.
fn km_missing_words(ids: &[&str], site: &[&str]) -> (u64, u64) {
    let project = Project::copy();
    for id in ids {
        project.remove_entry(&article("km"), id);
    }
    for line in site {
        project.edit("locales/km/site.ftl", line, "");
    }
    let out = project.run(&["check", "--locale", "km", "--format", "json"]);
    assert_eq!(out.code, 0, "{out:?}");
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let km = &json["locales"][0];
    (
        km["missing_words"].as_u64().unwrap(),
        km["missing"].as_u64().unwrap(),
    )
}

/// Issue: km left out two long paragraphs, about 40 % of the article, and the notice said only
/// "2 passages". It now gives their share of the page's words, as `check` counts words: the
/// two passages' missing words over the missing words of every passage the km page shows.
#[test]
fn the_fallback_notice_gives_the_share_of_words_check_counts() {
    let (fallen, n) = km_missing_words(&["opening", "experts"], &[]);
    assert_eq!((fallen, n), (324, 2));
    // The km page's passages: the article's blocks and the source line (km has no translator);
    // not the photo credit, which the page does not show (the article has no photo).
    let blocks = [
        "title",
        "intro",
        "participants",
        "opening",
        "experts",
        "background",
        "gratitude",
    ];
    let (page, n) = km_missing_words(&blocks, &["source-line = ប្រភព៖ { $source }\n"]);
    assert_eq!(n, 8, "each passage removed on its own");
    let percent = (fallen * 200 + page) / (page * 2);
    assert_eq!(percent, 48, "{fallen} of {page} words");

    let project = Project::copy();
    project.remove_entry(&article("km"), "opening");
    project.remove_entry(&article("km"), "experts");
    let out = project.run(&[
        "render", "--format", "text", "--locale", "km", "--locale", "en",
    ]);
    assert_eq!(out.code, 0, "{out:?}");
    let notice = fallback_notice(&project, "km", "ជំនួស");
    assert!(notice.contains(&format!("ប្រហែល {percent}% ")), "{notice}");
    insta::assert_snapshot!(notice, @"ចំណាំ៖ ទំព័រនេះមានផ្នែកចំនួន 2 (ប្រហែល 48% នៃអត្ថបទទាំងមូល) ដែលមិនទាន់បានបកប្រែជាភាសាខ្មែរនៅឡើយ ហើយត្រូវបានបង្ហាញជាភាសាអង់គ្លេសជំនួសវិញ។");
}
