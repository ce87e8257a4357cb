//! The XLIFF reader: units, their codes and states, from the events of quick-xml.

use std::collections::HashMap;

use quick_xml::escape::resolve_xml_entity;
use quick_xml::events::{BytesStart, Event};

use crate::handoff::units::{Segment, Segments};
use crate::handoff::{Format, Imported, ImportedUnit};

/// What is being read inside a trans-unit.
#[derive(Clone, Copy, PartialEq)]
enum Slot {
    Source,
    Target,
}

#[derive(Default)]
struct UnitBuilder {
    id: String,
    source: Segments,
    target: Option<Segments>,
    state: Option<String>,
    source_codes: HashMap<String, String>,
}

/// An inline element being read.
struct Code {
    id: Option<String>,
    equiv: Option<String>,
    char_code: bool,
    content: String,
}

/// Reads an XLIFF 1.2 document.
pub(crate) fn read(text: &str) -> Result<Imported, String> {
    let mut reader = quick_xml::Reader::from_str(text);
    reader.config_mut().check_end_names = true;
    let mut stack: Vec<String> = Vec::new();
    let mut imported = Imported {
        format: Format::Xliff,
        source_language: String::new(),
        target_language: String::new(),
        files: Vec::new(),
        units: Vec::new(),
    };
    let mut unit: Option<UnitBuilder> = None;
    let mut slot: Option<Slot> = None;
    let mut code: Option<Code> = None;
    let mut saw_root = false;
    let position = |reader: &quick_xml::Reader<&[u8]>| {
        let offset = usize::try_from(reader.error_position())
            .unwrap_or(0)
            .min(text.len());
        let line = text[..offset].matches('\n').count() + 1;
        format!("line {line}")
    };
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("not well-formed XML at {}: {e}", position(&reader)))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                let name = local_name(e);
                let attrs = attributes(e)?;
                match name.as_str() {
                    "xliff" if stack.is_empty() => {
                        saw_root = true;
                        let version = attrs.get("version").map_or("", String::as_str);
                        if version != "1.2" && version != "1.1" {
                            return Err(format!(
                                "XLIFF version `{version}` is not read: export the file as XLIFF 1.2"
                            ));
                        }
                    }
                    _ if stack.is_empty() => {
                        return Err(format!("the root element is <{name}>, not <xliff>"));
                    }
                    "file" => {
                        let original = attrs
                            .get("original")
                            .ok_or("a <file> has no `original` attribute")?;
                        let source = attrs
                            .get("source-language")
                            .ok_or("a <file> has no `source-language`")?;
                        let target = attrs
                            .get("target-language")
                            .ok_or("a <file> has no `target-language`")?;
                        for (have, found, what) in [
                            (&mut imported.source_language, source, "source"),
                            (&mut imported.target_language, target, "target"),
                        ] {
                            if have.is_empty() {
                                have.clone_from(found);
                            } else if have != found {
                                return Err(format!(
                                    "the files disagree on the {what} language (`{have}`, `{found}`)"
                                ));
                            }
                        }
                        imported.files.push(original.clone());
                    }
                    "trans-unit" => {
                        let id = attrs.get("id").ok_or("a <trans-unit> has no `id`")?;
                        unit = Some(UnitBuilder {
                            id: id.clone(),
                            ..UnitBuilder::default()
                        });
                    }
                    "source" if unit.is_some() && code.is_none() => slot = Some(Slot::Source),
                    "target" if unit.is_some() && code.is_none() => {
                        slot = Some(Slot::Target);
                        if let Some(u) = unit.as_mut() {
                            u.target = Some(Vec::new());
                            u.state = attrs.get("state").cloned();
                        }
                    }
                    "ph" | "x" | "bx" | "ex" | "bpt" | "ept" | "it" if slot.is_some() => {
                        let c = Code {
                            id: attrs.get("id").cloned(),
                            equiv: attrs.get("equiv-text").cloned(),
                            char_code: attrs.get("ctype").is_some_and(|c| c == "x-fluent-char"),
                            content: String::new(),
                        };
                        if empty {
                            finish_code(c, slot, unit.as_mut());
                        } else {
                            code = Some(c);
                        }
                    }
                    _ => {}
                }
                if !empty {
                    stack.push(name);
                }
            }
            Event::End(ref e) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                stack.pop();
                match name.as_str() {
                    "ph" | "x" | "bx" | "ex" | "bpt" | "ept" | "it" if code.is_some() => {
                        if let Some(c) = code.take() {
                            finish_code(c, slot, unit.as_mut());
                        }
                    }
                    "source" | "target" if code.is_none() => slot = None,
                    "trans-unit" => {
                        if let Some(u) = unit.take() {
                            let untranslated = u
                                .state
                                .as_deref()
                                .is_some_and(|s| matches!(s, "new" | "needs-translation"));
                            imported.units.push(ImportedUnit {
                                id: u.id,
                                target: u.target,
                                untranslated,
                            });
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(e) => {
                let t = e
                    .xml10_content()
                    .map_err(|e| format!("cannot decode text at {}: {e}", position(&reader)))?;
                push(&t, code.as_mut(), slot, unit.as_mut());
            }
            Event::CData(e) => {
                let t = String::from_utf8_lossy(&e).into_owned();
                push(&t, code.as_mut(), slot, unit.as_mut());
            }
            Event::GeneralRef(e) => {
                let resolved = match e.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => {
                        let name = e.decode().map_err(|e| e.to_string())?;
                        resolve_xml_entity(&name)
                            .ok_or_else(|| {
                                format!("unknown entity `&{name};` at {}", position(&reader))
                            })?
                            .to_owned()
                    }
                };
                push(&resolved, code.as_mut(), slot, unit.as_mut());
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_root {
        return Err("not an XLIFF document (no <xliff> element)".into());
    }
    if !stack.is_empty() {
        return Err(format!("the document ends inside <{}>", stack.join("><")));
    }
    if imported.files.is_empty() {
        return Err("the document has no <file>".into());
    }
    Ok(imported)
}

fn local_name(e: &BytesStart<'_>) -> String {
    String::from_utf8_lossy(e.local_name().as_ref()).into_owned()
}

fn attributes(e: &BytesStart<'_>) -> Result<HashMap<String, String>, String> {
    let mut out = HashMap::new();
    for a in e.attributes() {
        let a = a.map_err(|e| format!("bad attribute: {e}"))?;
        let key = String::from_utf8_lossy(a.key.local_name().as_ref()).into_owned();
        let value = a
            .unescape_value()
            .map_err(|e| format!("bad attribute value: {e}"))?
            .into_owned();
        out.insert(key, value);
    }
    Ok(out)
}

fn push(t: &str, code: Option<&mut Code>, slot: Option<Slot>, unit: Option<&mut UnitBuilder>) {
    if let Some(code) = code {
        code.content.push_str(t);
        return;
    }
    let (Some(slot), Some(unit)) = (slot, unit) else {
        return;
    };
    let segments = match slot {
        Slot::Source => &mut unit.source,
        Slot::Target => unit.target.get_or_insert_with(Vec::new),
    };
    match segments.last_mut() {
        Some(Segment::Text(last)) => last.push_str(t),
        _ => segments.push(Segment::Text(t.to_owned())),
    }
}

fn finish_code(code: Code, slot: Option<Slot>, unit: Option<&mut UnitBuilder>) {
    let (Some(slot), Some(unit)) = (slot, unit) else {
        return;
    };
    if code.char_code {
        let c = code
            .equiv
            .as_deref()
            .and_then(|e| e.strip_prefix("U+"))
            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
            .and_then(char::from_u32);
        if let Some(c) = c {
            push(&c.to_string(), None, Some(slot), Some(unit));
        }
        return;
    }
    let from_source = code
        .id
        .as_ref()
        .and_then(|id| unit.source_codes.get(id))
        .cloned();
    let text = if !code.content.is_empty() {
        code.content
    } else if let Some(equiv) = code.equiv {
        equiv
    } else if let Some(known) = from_source {
        known
    } else {
        // A tag without a known meaning: kept as written so that the check reports it.
        format!("<{}>", code.id.clone().unwrap_or_default())
    };
    if slot == Slot::Source
        && let Some(id) = code.id
    {
        unit.source_codes.insert(id, text.clone());
    }
    let segments = match slot {
        Slot::Source => &mut unit.source,
        Slot::Target => unit.target.get_or_insert_with(Vec::new),
    };
    segments.push(Segment::Code(text));
}
