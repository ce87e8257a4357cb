//! Findings as GitHub Actions workflow commands (annotations), their values escaped.

use std::io::{self, Write};

use crate::catalog::Catalog;
use crate::check::{Diagnostic, Severity};
use crate::visible::name;

use super::display_path;

/// A GitHub Actions workflow command for one finding.
pub(super) fn write_github(
    out: &mut impl Write,
    catalog: &Catalog,
    d: &Diagnostic,
) -> io::Result<()> {
    let command = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "notice",
    };
    let path = display_path(catalog, d);
    let mut props = vec![format!("file={}", escape_property(&name(&path)))];
    if let Some(line) = d.line {
        props.push(format!("line={line}"));
    }
    if let Some(column) = d.column {
        props.push(format!("col={column}"));
    }
    props.push(format!("title={}", d.code));
    let mut message = name(&d.message).into_owned();
    for note in &d.notes {
        message.push('\n');
        message.push_str(&name(note));
    }
    writeln!(
        out,
        "::{command} {}::{}",
        props.join(","),
        escape_data(&message)
    )
}

/// A workflow command's message with its `%` and line ends escaped.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value: as a message, and `:` and `,` too.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_command_values_escape_what_github_reads() {
        assert_eq!(escape_data("50%\r\nnext"), "50%25%0D%0Anext");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }
}
