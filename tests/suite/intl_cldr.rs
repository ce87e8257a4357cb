//! CLDR formatting in the nine article locales (and en-SB), pinned to the CLDR 49 output of
//! ICU4X 2.4: the publication date, the programme's date range, numbers and the participant
//! countries as a list. The long dates, numbers, lists and the name of Cambodia match the table
//! of verified outputs in the project's notes on ICU4X; the ranges are our workaround for the
//! broken year-month-day range formatter (issue 4).

use fluentpress::intl::{Calendar, Formatter, IsoDate};
use fluentpress::locale::Locale;

/// The eight participant countries, in the order of the article.
const COUNTRIES: [&str; 8] = ["PH", "KH", "LA", "BD", "MN", "SB", "TH", "ID"];

struct Expected {
    date: &'static str,
    range: &'static str,
    range_across_months: &'static str,
    small: &'static str,
    large: &'static str,
    countries: &'static str,
}

fn check(tag: &str, calendar: Calendar, want: Expected) {
    let f = Formatter::new(&Locale::parse(tag).unwrap(), calendar).unwrap();
    let d = |s: &str| s.parse::<IsoDate>().unwrap();
    assert_eq!(f.date(d("2023-07-10")), want.date, "{tag} date");
    assert_eq!(
        f.date_range(d("2023-07-10"), d("2023-07-14")),
        want.range,
        "{tag} range"
    );
    assert_eq!(
        f.date_range(d("2023-07-10"), d("2023-08-02")),
        want.range_across_months,
        "{tag} range across months"
    );
    assert_eq!(f.number(29.0), want.small, "{tag} 29");
    assert_eq!(f.number(1234567.0), want.large, "{tag} 1234567");
    let names: Vec<String> = COUNTRIES
        .iter()
        .map(|code| f.region_name(code).unwrap())
        .collect();
    assert_eq!(f.list(&names), want.countries, "{tag} countries");
}

#[test]
fn zh_cn() {
    check(
        "zh-CN",
        Calendar::Gregorian,
        Expected {
            date: "2023年7月10日",
            range: "2023年7月10–14日",
            range_across_months: "2023年7月10日–8月2日",
            small: "29",
            large: "1,234,567",
            countries: "菲律宾、柬埔寨、老挝、孟加拉国、蒙古、所罗门群岛、泰国和印度尼西亚",
        },
    );
}

#[test]
fn en() {
    check(
        "en",
        Calendar::Gregorian,
        Expected {
            date: "July 10, 2023",
            range: "July 10\u{2009}–\u{2009}14, 2023",
            range_across_months: "July 10\u{2009}–\u{2009}August 2, 2023",
            small: "29",
            large: "1,234,567",
            countries: "Philippines, Cambodia, Laos, Bangladesh, Mongolia, Solomon Islands, Thailand, and Indonesia",
        },
    );
}

#[test]
fn fil() {
    check(
        "fil",
        Calendar::Gregorian,
        Expected {
            date: "Hulyo 10, 2023",
            range: "Hulyo 10\u{2009}–\u{2009}14, 2023",
            range_across_months: "Hulyo 10\u{2009}–\u{2009}Agosto 2, 2023",
            small: "29",
            large: "1,234,567",
            countries: "Pilipinas, Cambodia, Laos, Bangladesh, Mongolia, Solomon Islands, Thailand, at Indonesia",
        },
    );
}

#[test]
fn km() {
    check(
        "km",
        Calendar::Gregorian,
        Expected {
            date: "10 កក្កដា 2023",
            range: "10\u{2009}–\u{2009}14 កក្កដា 2023",
            range_across_months: "10 កក្កដា\u{2009}–\u{2009}2 សីហា 2023",
            small: "29",
            large: "1,234,567",
            countries: "ហ្វ៊ីលីពីន, កម្ពុជា, ឡាវ, បង់ក្លាដែស, ម៉ុងហ្គោលី, កោះ\u{200b}សូឡូម៉ុង, ថៃ និង ឥណ្ឌូណេស៊ី",
        },
    );
}

#[test]
fn lo() {
    check(
        "lo",
        Calendar::Gregorian,
        Expected {
            date: "10 ກໍລະກົດ 2023",
            range: "10 –\u{2009}14 ກໍລະກົດ 2023",
            range_across_months: "10 ກໍລະກົດ –\u{2009}2 ສິງຫາ 2023",
            small: "29",
            large: "1.234.567",
            countries: "ຟິລິບປິນ, ກຳປູເຈຍ, ລາວ, ບັງກະລາເທດ, ມອງໂກເລຍ, ຫມູ່ເກາະໂຊໂລມອນ, ໄທ, ອິນໂດເນເຊຍ",
        },
    );
}

#[test]
fn bn() {
    check(
        "bn",
        Calendar::Gregorian,
        Expected {
            date: "১০ জুলাই, ২০২৩",
            range: "১০–১৪ জুলাই, ২০২৩",
            range_across_months: "১০ জুলাই –\u{2009}২ আগস্ট, ২০২৩",
            small: "২৯",
            large: "১২,৩৪,৫৬৭",
            countries: "ফিলিপাইন, কম্বোডিয়া, লাওস, বাংলাদেশ, মঙ্গোলিয়া, সলোমন দ্বীপপুঞ্জ, থাইল্যান্ড এবং ইন্দোনেশিয়া",
        },
    );
}

#[test]
fn mn() {
    check(
        "mn",
        Calendar::Gregorian,
        Expected {
            date: "2023\u{202f}оны долоодугаар сарын 10",
            range: "2023\u{202f}оны долоодугаар сарын 10–14",
            range_across_months: "2023\u{202f}оны долоодугаар сарын 10\u{2009}–\u{2009}наймдугаар сарын 2",
            small: "29",
            large: "1,234,567",
            countries: "Филиппин, Камбож, Лаос, Бангладеш, Монгол, Соломоны арлууд, Тайланд, Индонез",
        },
    );
}

/// Thai with the Gregorian calendar (the project's default): CLDR marks the era (ค.ศ.).
#[test]
fn th_gregorian() {
    check(
        "th",
        Calendar::Gregorian,
        Expected {
            date: "10 กรกฎาคม ค.ศ. 2023",
            range: "10\u{2009}–\u{2009}14 กรกฎาคม ค.ศ. 2023",
            range_across_months: "10 กรกฎาคม\u{2009}–\u{2009}2 สิงหาคม ค.ศ. 2023",
            small: "29",
            large: "1,234,567",
            countries: "ฟิลิปปินส์ กัมพูชา ลาว บังกลาเทศ มองโกเลีย หมู่เกาะโซโลมอน ไทย และอินโดนีเซีย",
        },
    );
}

/// Thai with `calendar = "buddhist"`: years of the Buddhist era.
#[test]
fn th_buddhist() {
    check(
        "th",
        Calendar::Buddhist,
        Expected {
            date: "10 กรกฎาคม 2566",
            range: "10\u{2009}–\u{2009}14 กรกฎาคม 2566",
            range_across_months: "10 กรกฎาคม\u{2009}–\u{2009}2 สิงหาคม 2566",
            small: "29",
            large: "1,234,567",
            countries: "ฟิลิปปินส์ กัมพูชา ลาว บังกลาเทศ มองโกเลีย หมู่เกาะโซโลมอน ไทย และอินโดนีเซีย",
        },
    );
}

#[test]
fn id() {
    check(
        "id",
        Calendar::Gregorian,
        Expected {
            date: "10 Juli 2023",
            range: "10–14 Juli 2023",
            range_across_months: "10 Juli–2 Agustus 2023",
            small: "29",
            large: "1.234.567",
            countries: "Filipina, Kamboja, Laos, Bangladesh, Mongolia, Kepulauan Solomon, Thailand, dan Indonesia",
        },
    );
}

#[test]
fn en_sb() {
    check(
        "en-SB",
        Calendar::Gregorian,
        Expected {
            date: "10 July 2023",
            range: "10\u{2009}–\u{2009}14 July 2023",
            range_across_months: "10 July\u{2009}–\u{2009}2 August 2023",
            small: "29",
            large: "1,234,567",
            countries: "Philippines, Cambodia, Laos, Bangladesh, Mongolia, Solomon Islands, Thailand and Indonesia",
        },
    );
}

/// Across years the two long dates are joined (the range formatter would print `M12`).
#[test]
fn range_across_years_joins_long_dates() {
    let f = Formatter::new(&Locale::parse("en").unwrap(), Calendar::Gregorian).unwrap();
    let d = |s: &str| s.parse::<IsoDate>().unwrap();
    assert_eq!(
        f.date_range(d("2023-12-30"), d("2024-01-02")),
        "December 30, 2023 – January 2, 2024"
    );
}

/// Locales whose month-day range patterns are broken in ICU4X 2.4 join two long dates.
#[test]
fn unverified_locales_join_two_long_dates() {
    let d = |s: &str| s.parse::<IsoDate>().unwrap();
    let f = Formatter::new(&Locale::parse("zh-TW").unwrap(), Calendar::Gregorian).unwrap();
    assert_eq!(
        f.date_range(d("2023-07-10"), d("2023-07-14")),
        format!("{} – {}", f.date(d("2023-07-10")), f.date(d("2023-07-14")))
    );
}
