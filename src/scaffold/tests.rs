//! The table added to the configuration, and the plural forms line of a header.

use super::*;

fn added(text: &str) -> String {
    let locale = Locale::parse("fil").unwrap();
    add_to_config(
        Path::new("fluentpress.toml"),
        text,
        &locale,
        "Filipino",
        &Options::default(),
    )
    .unwrap()
}

/// Review finding: `add-locale es-419` printed `[many] , …`. No form is ever listed
/// without numbers.
#[test]
fn plural_forms_never_list_nothing() {
    let forms = |tag: &str| plural_forms(&intl::plural_samples(&Locale::parse(tag).unwrap(), 3));
    assert_eq!(
        forms("es-419"),
        "[one] 1, …; [many] 1000000, 2000000, 3000000, …; [other] 0, 2, 3, …"
    );
    assert_eq!(
        forms("fr"),
        "[one] 0, 1, …; [many] 1000000, 2000000, 3000000, …; [other] 2, 3, 4, …"
    );
    assert_eq!(
        forms("cs"),
        "[one] 1, …; [few] 2, 3, 4, …; [many] fractions only; [other] 0, 5, 6, …"
    );
}

#[test]
fn config_table_is_appended_after_a_blank_line() {
    let table = "[locales.fil]\nname = \"Filipino\"\nstatus = \"draft\"\n";
    let text = "[locales.en]\nname = \"English\"";
    assert_eq!(added(text), format!("{text}\n\n{table}"));
    let text = "[locales.en]\nname = \"English\"\n\n";
    assert_eq!(added(text), format!("{text}{table}"));
    let text = "\u{feff}[locales.en]\r\nname = \"English\"\r\n";
    assert_eq!(
        added(text),
        format!("{text}\r\n{}", table.replace('\n', "\r\n"))
    );
}
