//! Writing a plan: the new locale's files into a hidden temporary folder that is renamed into
//! place, then the configuration with the new table, all under the project guard.

use std::fs;
use std::path::{Path, PathBuf};

use super::{Options, Plan, unregistered_folder};
use crate::config::{CONFIG_FILE, Project};
use crate::error::{Error, Result};
use crate::locale::Locale;

/// Writes a plan: the files into a hidden temporary folder, flushed to disk and renamed into
/// place, then the configuration. Leaves nothing behind on failure. Returns the project as
/// the configuration now describes it.
///
/// The project is held (`fsutil::ProjectGuard`) meanwhile, and the new
/// table is added to the configuration as it is then: concurrent runs adding other locales
/// all get registered. Hidden temporary folders of this locale left by an interrupted run are
/// removed first.
pub fn write(plan: &Plan) -> Result<Project> {
    let _guard = crate::config::guard(&plan.root)?;
    let current = crate::fsutil::read_text(&plan.config_path)?;
    let (config_text, project) = if current == plan.old_config {
        // Unchanged since the plan, which parsed and validated both texts.
        (plan.config_text.clone(), plan.new_project.clone())
    } else {
        changed_config(plan, &current)?
    };
    if plan.locale_dir.exists() {
        return Err(unregistered_folder(&plan.locale_dir, &plan.locale));
    }
    let parent = plan.locale_dir.parent().unwrap_or_else(|| Path::new("."));
    fs::create_dir_all(parent).map_err(|e| Error::write(parent, e))?;
    remove_stale_temp_dirs(parent, plan.locale.as_str())?;
    let tmp = create_temp_dir(parent, plan.locale.as_str())?;
    let filled = (|| {
        // Every file and folder reaches the disk before the rename makes the locale visible,
        // and the rename before the configuration names it: a crash never leaves a registered
        // locale with empty files.
        let mut dirs = std::collections::BTreeSet::from([tmp.clone()]);
        for file in &plan.files {
            let path = tmp.join(&file.rel_path);
            if let Some(dir) = path.parent() {
                fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
                for ancestor in dir.ancestors().take_while(|a| a.starts_with(&tmp)) {
                    dirs.insert(ancestor.to_path_buf());
                }
            }
            crate::fsutil::write_new_synced(&path, file.contents.as_bytes())?;
        }
        for dir in &dirs {
            crate::fsutil::sync_dir(dir)?;
        }
        fs::rename(&tmp, &plan.locale_dir).map_err(|e| Error::write(&plan.locale_dir, e))
    })();
    if let Err(e) = filled {
        let _ = fs::remove_dir_all(&tmp);
        return Err(e);
    }
    if let Err(e) = crate::fsutil::sync_dir(parent) {
        let _ = fs::remove_dir_all(&plan.locale_dir);
        return Err(e);
    }
    if let Err(e) =
        crate::fsutil::write_atomic_in(&plan.root, &plan.config_path, config_text.as_bytes())
    {
        let _ = fs::remove_dir_all(&plan.locale_dir);
        return Err(e);
    }
    // The caller records the new locale in the lock (`lock::accept_and_save`) once this has
    // succeeded, so that a failure there leaves a consistent, registered locale.
    Ok(project)
}

/// The configuration's new text, and the project it describes, when another run changed the
/// configuration since the plan; refuses when that run added this same locale.
fn changed_config(plan: &Plan, current: &str) -> Result<(String, Project)> {
    let root = plan.new_project.root.as_path();
    if Project::from_str(root, current)?
        .locale(plan.locale.as_str())
        .is_some()
    {
        return Err(Error::AlreadyExists {
            name: plan.locale.to_string(),
            message: format!(
                "locale `{}` was added to {CONFIG_FILE} by another run meanwhile; nothing was \
                 written",
                plan.locale
            ),
        });
    }
    let config_text = add_to_config(
        &plan.config_path,
        current,
        &plan.locale,
        &plan.native_name,
        &plan.options,
    )?;
    let project = Project::from_str(root, &config_text)?;
    Ok((config_text, project))
}

/// Removes the hidden `.TAG.tmp-PID-N` folders an interrupted run of `add-locale TAG` left.
/// Called with the project held, so no running `add-locale` is filling one of them.
fn remove_stale_temp_dirs(parent: &Path, tag: &str) -> Result<()> {
    let prefix = format!(".{tag}.tmp-");
    let entries = fs::read_dir(parent).map_err(|e| Error::read(parent, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::read(parent, e))?;
        let name = entry.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(&prefix)) else {
            continue;
        };
        let ours = rest.split_once('-').is_some_and(|(pid, n)| {
            [pid, n]
                .iter()
                .all(|p| p.bytes().all(|b| b.is_ascii_digit()))
        });
        if ours && entry.file_type().is_ok_and(|t| t.is_dir()) {
            let path = entry.path();
            fs::remove_dir_all(&path).map_err(|e| Error::write(&path, e))?;
        }
    }
    Ok(())
}

fn create_temp_dir(parent: &Path, tag: &str) -> Result<PathBuf> {
    let pid = std::process::id();
    for attempt in 0..100u32 {
        let candidate = parent.join(format!(".{tag}.tmp-{pid}-{attempt}"));
        match fs::create_dir(&candidate) {
            Ok(()) => return Ok(candidate),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(Error::write(candidate, e)),
        }
    }
    Err(Error::write(
        parent,
        std::io::Error::other("could not create a temporary folder"),
    ))
}

/// Adds `[locales.TAG]` to the configuration text, keeping everything else byte for byte: the
/// table is appended to the text as read (a byte-order mark included), with the file's own
/// line ending. toml_edit only checks the text and writes the table: it would turn every CRLF
/// of the file into LF and drop the byte-order mark.
pub(super) fn add_to_config(
    path: &Path,
    text: &str,
    locale: &Locale,
    native_name: &str,
    options: &Options,
) -> Result<String> {
    use toml_edit::{Array, DocumentMut, Item, Table, value};
    let doc: DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| Error::invalid(path, e.to_string()))?;
    if !doc.get("locales").is_some_and(Item::is_table) {
        return Err(Error::invalid(path, "no [locales] tables"));
    }
    let mut table = Table::new();
    table.insert("name", value(native_name));
    table.insert("status", value("draft"));
    if let Some(translator) = &options.translator {
        table.insert("translator", value(translator.as_str()));
    }
    if !options.fallback.is_empty() {
        let mut list = Array::new();
        for tag in &options.fallback {
            let fallback = Locale::parse(tag)?;
            list.push(fallback.as_str());
        }
        table.insert("fallback", value(list));
    }
    let mut locales = Table::new();
    locales.set_implicit(true);
    locales.insert(locale.as_str(), Item::Table(table));
    let mut added = DocumentMut::new();
    added.insert("locales", Item::Table(locales));

    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let mut out = text.to_owned();
    let body = out.trim_start_matches('\u{feff}');
    if !body.is_empty() && !out.ends_with('\n') {
        out.push_str(newline);
    }
    let body = out.trim_start_matches('\u{feff}');
    if !body.is_empty() && !body.ends_with(&format!("{newline}{newline}")) {
        out.push_str(newline);
    }
    for line in added.to_string().lines() {
        out.push_str(line);
        out.push_str(newline);
    }
    Ok(out)
}
