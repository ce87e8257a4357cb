//! Translators' files → `import`: an XLIFF 1.2 or PO file of any bytes, imported into the
//! scratch project (its `zh-CN`, `en` and `ar` files are those of `fuzz/project`), never
//! panics, and an import that is refused, or a dry run, leaves every FTL file byte-identical.
//!
//! The first byte of an input chooses the file's extension (`.xlf` or `.po`; the library reads
//! the file by its content either way) and whether the import is a dry run; the rest is the
//! file.
#![no_main]

use fluentpress::Workspace;
use fluentpress_fuzz::{FILE, LOCALES, Scratch};
use libfuzzer_sys::fuzz_target;

/// The project's FTL files, in [`LOCALES`] order.
const FILES: [&[u8]; 3] = [
    include_bytes!("../project/locales/zh-CN/main.ftl"),
    include_bytes!("../project/locales/en/main.ftl"),
    include_bytes!("../project/locales/ar/main.ftl"),
];

fn read_locales(scratch: &Scratch) -> Vec<Option<Vec<u8>>> {
    LOCALES
        .iter()
        .map(|locale| std::fs::read(scratch.project().locales_dir().join(locale).join(FILE)).ok())
        .collect()
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, file)) = data.split_first() else {
        return;
    };
    let scratch = Scratch::get();
    scratch.write_locales(&FILES);
    let before = read_locales(scratch);
    let name = if mode & 1 == 0 {
        "exchange.xlf"
    } else {
        "exchange.po"
    };
    let dry_run = mode & 2 != 0;
    let path = scratch.root().join(name);
    std::fs::write(&path, file).expect("exchange file written");
    let result = Workspace::open(scratch.root()).and_then(|mut w| w.import(&path, dry_run));
    let after = read_locales(scratch);
    match result {
        Err(e) => {
            let _ = e.to_string();
            assert!(before == after, "a refused import changed an FTL file: {e}");
        }
        Ok(report) => {
            let _ = report.summary();
            if dry_run || !report.wrote {
                assert!(
                    before == after,
                    "an import that wrote nothing changed an FTL file"
                );
            }
        }
    }
    std::fs::remove_file(&path).expect("exchange file removed");
});
