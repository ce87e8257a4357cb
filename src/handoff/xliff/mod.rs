//! XLIFF 1.2: the writer and the reader.
//!
//! One `<file>` per FTL file (`original` = its path), one `<trans-unit>` per unit with
//! `xml:space="preserve"`; the units of a part with selectors are a `<group>` (`restype`
//! `x-gettext-plurals` for one plural selector, `x-fluent-variants` otherwise). Placeables are
//! `<ph>` elements holding their FTL text, with the same text as `equiv-text`, numbered per
//! unit; a character XML 1.0 cannot carry is a `<ph ctype="x-fluent-char">`. The reader takes
//! a code's FTL text from the `<ph>` content, else its `equiv-text`, else the source's code of
//! the same id, and ignores elements it does not know (keeping their text). The writer is
//! here, the reader in `read`.

use super::Exchange;
use super::units::{PartUnits, Segment, Segments, State, plain_text};
use crate::intl;
use crate::theme::escape_xml;

mod read;

pub(crate) use read::read;

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
