//! XLIFF 1.2: the writer and the reader.
//!
//! One `<file>` per FTL file (`original` = its path), one `<trans-unit>` per unit with
//! `xml:space="preserve"`; the units of a part with selectors are a `<group>` (`restype`
//! `x-gettext-plurals` for one plural selector, `x-fluent-variants` otherwise). Placeables are
//! `<ph>` elements holding their FTL text, with the same text as `equiv-text`, numbered per
//! unit; a character XML 1.0 cannot carry is a `<ph ctype="x-fluent-char">`. The reader takes
//! a code's FTL text from the `<ph>` content, else its `equiv-text`, else the source's code of
//! the same id, and ignores elements it does not know (keeping their text).

use std::collections::HashMap;

use quick_xml::escape::resolve_xml_entity;
use quick_xml::events::{BytesStart, Event};

use super::units::{PartUnits, Segment, Segments, State, plain_text};
use super::{Exchange, Format, Imported, ImportedUnit};
use crate::intl;
use crate::theme::escape_xml;

/// The XLIFF 1.2 namespace.
const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:1.2";

/// Writes an exchange as XLIFF 1.2.
pub(crate) fn write(exchange: &Exchange) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!("<xliff version=\"1.2\" xmlns=\"{NAMESPACE}\">\n"));
    let source = exchange.source_language.as_str();
    let target = exchange.target_language.as_str();
    for file in &exchange.files {
        out.push_str(&format!(
            "  <file original=\"{}\" source-language=\"{}\" target-language=\"{}\" datatype=\"plaintext\" tool-id=\"fluentpress\">\n",
            attr(&file.file),
            attr(source),
            attr(target)
        ));
        out.push_str("    <header>\n");
        out.push_str(&format!(
            "      <tool tool-id=\"fluentpress\" tool-name=\"fluentpress\" tool-version=\"{}\"/>\n",
            env!("CARGO_PKG_VERSION")
        ));
        out.push_str(&format!(
            "      <note>Translate {source} into {target}. Tags stand for placeables (variables, terms, references): keep every one. Units of a group are the forms of one text; translate each.</note>\n"
        ));
        out.push_str("    </header>\n    <body>\n");
        for part in &file.parts {
            write_part(&mut out, exchange, part);
        }
        out.push_str("    </body>\n  </file>\n");
    }
    out.push_str("</xliff>\n");
    out
}

fn write_part(out: &mut String, exchange: &Exchange, part: &PartUnits) {
    let indent = if part.is_group() {
        let restype = if part.is_plural_group() {
            "x-gettext-plurals"
        } else {
            "x-fluent-variants"
        };
        out.push_str(&format!(
            "      <group id=\"{}\" resname=\"{}\" restype=\"{restype}\">\n",
            attr(&part.key.id()),
            attr(&part.key.local_id())
        ));
        "        "
    } else {
        "      "
    };
    let samples = intl::plural_samples(&exchange.target_language, 6);
    for unit in &part.units {
        let resname = if part.is_group() {
            format!("{}[{}]", part.key.local_id(), unit.combination.join(","))
        } else {
            part.key.local_id()
        };
        // A translation that is not outdated is approved (tools show the others as fuzzy).
        let approved = if unit.target.is_some() && part.state == State::Translated {
            " approved=\"yes\""
        } else {
            ""
        };
        out.push_str(&format!(
            "{indent}<trans-unit id=\"{}\" resname=\"{}\"{approved} xml:space=\"preserve\">\n",
            attr(&unit.id),
            attr(&resname)
        ));
        let mut ids = CodeIds::default();
        out.push_str(&format!(
            "{indent}  <source xml:lang=\"{}\">{}</source>\n",
            attr(exchange.source_language.as_str()),
            inline(&unit.source, &mut ids)
        ));
        if let Some(target) = &unit.target {
            let state = match part.state {
                State::NeedsReview => "needs-review-translation",
                State::NeedsTranslation => "needs-translation",
                State::Translated => "translated",
            };
            ids.reuse();
            out.push_str(&format!(
                "{indent}  <target xml:lang=\"{}\" state=\"{state}\">{}</target>\n",
                attr(exchange.target_language.as_str()),
                inline(target, &mut ids)
            ));
        }
        if let (Some(origin), Some(language)) = (&unit.origin, &exchange.origin_language) {
            out.push_str(&format!(
                "{indent}  <note from=\"{}\" annotates=\"source\" xml:lang=\"{}\">{}</note>\n",
                attr(language.as_str()),
                attr(language.as_str()),
                escape_xml(&plain_text(origin))
            ));
        }
        if let Some(comment) = &part.comment {
            out.push_str(&format!(
                "{indent}  <note from=\"developer\" annotates=\"general\">{}</note>\n",
                escape_xml(comment)
            ));
        }
        for (dimension, key) in part.dimensions.iter().zip(&unit.combination) {
            if part.units.len() < 2 {
                break;
            }
            let meaning = if dimension.plural {
                match samples.iter().find(|(c, _)| c == key) {
                    Some((_, numbers)) if !numbers.is_empty() => {
                        let list: Vec<String> = numbers.iter().map(u32::to_string).collect();
                        format!(
                            "the {} form [{key}] of {}: for {}, …",
                            exchange.target_language,
                            dimension.selector,
                            list.join(", ")
                        )
                    }
                    Some(_) => format!(
                        "the {} form [{key}] of {}: for fractions only",
                        exchange.target_language, dimension.selector
                    ),
                    None => format!("{} is exactly {key}", dimension.selector),
                }
            } else {
                format!("{} is [{key}]", dimension.selector)
            };
            out.push_str(&format!(
                "{indent}  <note from=\"fluentpress\" annotates=\"general\">{}</note>\n",
                escape_xml(&meaning)
            ));
        }
        out.push_str(&format!("{indent}</trans-unit>\n"));
    }
    if part.is_group() {
        out.push_str("      </group>\n");
    }
}

/// Numbers the codes of a unit: the source's in order, the target's reusing the id of the
/// source code with the same text.
#[derive(Default)]
struct CodeIds {
    source: Vec<(String, usize, bool)>,
    next: usize,
    in_target: bool,
}

impl CodeIds {
    fn reuse(&mut self) {
        self.in_target = true;
    }

    fn id(&mut self, code: &str) -> String {
        if self.in_target
            && let Some(entry) = self
                .source
                .iter_mut()
                .find(|(c, _, used)| c == code && !used)
        {
            entry.2 = true;
            return entry.1.to_string();
        }
        self.next += 1;
        if !self.in_target {
            self.source.push((code.to_owned(), self.next, false));
        }
        self.next.to_string()
    }
}

fn inline(segments: &Segments, ids: &mut CodeIds) -> String {
    let mut out = String::new();
    for segment in segments {
        match segment {
            Segment::Text(t) => {
                for c in t.chars() {
                    if xml_char(c) {
                        out.push_str(&escape_xml(c.encode_utf8(&mut [0; 4])));
                    } else {
                        let id = ids.id(&format!("U+{:04X}", c as u32));
                        out.push_str(&format!(
                            "<ph id=\"{id}\" ctype=\"x-fluent-char\" equiv-text=\"U+{:04X}\"/>",
                            c as u32
                        ));
                    }
                }
            }
            Segment::Code(code) => {
                let id = ids.id(code);
                out.push_str(&format!(
                    "<ph id=\"{id}\" ctype=\"x-fluent-placeable\" equiv-text=\"{}\">{}</ph>",
                    attr(code),
                    escape_xml(code)
                ));
            }
        }
    }
    out
}

/// Whether XML 1.0 can carry `c` (as itself or as a character reference).
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Escapes an attribute value; line breaks and tabs as character references, so that
/// attribute normalisation keeps them.
fn attr(s: &str) -> String {
    escape_xml(s)
        .replace('\n', "&#10;")
        .replace('\r', "&#13;")
        .replace('\t', "&#9;")
}

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
