//! `fluentpress.toml` text → [`Project`]: parsing and validation never panic, and a project
//! that loads answers every question the commands ask of it.
#![no_main]

use std::path::Path;

use fluentpress::config::Project;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(project) = Project::from_str(Path::new("project"), text) else {
        return;
    };
    let _ = project.select(&[]);
    for locale in &project.locales {
        let _ = project.chain_with_calendars(locale);
        let _ = locale.calendar();
        let _ = project.select(&[locale.locale.to_string()]);
    }
    let _ = (
        project.locales_dir(),
        project.content_dir(),
        project.output_dir(),
        project.lock_path(),
    );
});
