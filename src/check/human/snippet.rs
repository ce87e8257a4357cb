//! The two shapes nearly every finding has, drawn directly: a finding with a file (and line)
//! but no source, and a finding that points at a span of one source line short enough to show
//! whole. The text is byte for byte what annotate-snippets 0.12 draws for them, with and
//! without colour (the tests compare the two on many cases); any other shape (a span over
//! several lines, a line so long or so indented that annotate-snippets cuts it) is left to
//! annotate-snippets. Drawing these directly costs a few thousand instructions a finding,
//! against about 100,000 through annotate-snippets' general layout.

use std::fmt::Write as _;
use std::ops::Range;

use annotate_snippets::renderer::{
    DEFAULT_EMPHASIS_STYLE, DEFAULT_ERROR_STYLE, DEFAULT_LINE_NUM_STYLE, DEFAULT_NONE_STYLE,
    DEFAULT_NOTE_STYLE, DEFAULT_TERM_WIDTH, DEFAULT_WARNING_STYLE, Style,
};
use unicode_width::UnicodeWidthChar;

use crate::check::Severity;

/// What a finding shows: its heading, where it is, and the notes under it.
pub(super) struct Shown<'a> {
    pub(super) severity: Severity,
    pub(super) code: &'a str,
    pub(super) message: &'a str,
    pub(super) path: &'a str,
    pub(super) at: At<'a>,
    pub(super) notes: &'a [&'a str],
}

/// Where a finding is.
pub(super) enum At<'a> {
    /// A file, and a line and column in it when known.
    Origin(Option<(usize, usize)>),
    /// The bytes `span` of the source lines `text`, the first of which is line `first_line`.
    Source {
        text: &'a str,
        first_line: usize,
        span: Range<usize>,
        label: Option<&'a str>,
    },
}

/// Appends `shown` to `out` as annotate-snippets' plain (or, if `styled`, styled) renderer
/// draws it, without the final line end, and returns true; or returns false, with `out`
/// untouched, when the shape is not one drawn here.
pub(super) fn draw(out: &mut String, shown: &Shown<'_>, styled: bool) -> bool {
    let palette = Palette::new(shown.severity, styled);
    match &shown.at {
        At::Origin(line_column) => {
            let mut rows = Rows::new(out, palette.none);
            heading(&mut rows, shown, &palette);
            rows.row();
            rows.put(palette.none, " ");
            rows.put(palette.line_num, "--> ");
            rows.put(palette.none, shown.path);
            if let Some((line, column)) = line_column {
                rows.put_fmt(palette.none, format_args!(":{line}:{column}"));
            }
            notes(&mut rows, shown.notes, 1, &palette);
            rows.finish();
            true
        }
        At::Source {
            text,
            first_line,
            span,
            label,
        } => {
            let Some(line) = OneLine::measure(text, *first_line, span) else {
                return false;
            };
            let mut rows = Rows::new(out, palette.none);
            heading(&mut rows, shown, &palette);
            let digits = line.digits;
            rows.row();
            rows.spaces(palette.none, digits);
            rows.put(palette.line_num, "--> ");
            rows.put(palette.none, shown.path);
            rows.put_fmt(
                palette.none,
                format_args!(":{}:{}", first_line, line.start_char + 1),
            );
            rows.row();
            rows.spaces(palette.none, digits + 1);
            rows.put(palette.line_num, "|");
            rows.row();
            rows.put_fmt(palette.line_num, format_args!("{first_line}"));
            rows.put(palette.none, " ");
            rows.put(palette.line_num, "|");
            if !line.shown.is_empty() {
                rows.put(palette.none, " ");
                rows.put(palette.none, &line.shown);
            }
            rows.row();
            rows.spaces(palette.none, digits + 1);
            rows.put(palette.line_num, "|");
            rows.spaces(palette.none, 1 + line.start_display);
            rows.repeat(palette.level, '^', line.end_display - line.start_display);
            if let Some(label) = label.filter(|l| !l.is_empty()) {
                rows.put(palette.none, " ");
                rows.put(palette.level, label);
            }
            if !shown.notes.is_empty() {
                rows.row();
                rows.spaces(palette.none, digits + 1);
                rows.put(palette.line_num, "|");
            }
            notes(&mut rows, shown.notes, digits, &palette);
            rows.finish();
            true
        }
    }
}

/// The styles of one finding's parts, as annotate-snippets' stylesheet gives them.
struct Palette {
    level: Style,
    line_num: Style,
    emphasis: Style,
    none: Style,
}

impl Palette {
    fn new(severity: Severity, styled: bool) -> Self {
        if !styled {
            return Palette {
                level: Style::new(),
                line_num: Style::new(),
                emphasis: Style::new(),
                none: Style::new(),
            };
        }
        Palette {
            level: match severity {
                Severity::Error => DEFAULT_ERROR_STYLE,
                Severity::Warning => DEFAULT_WARNING_STYLE,
                Severity::Note => DEFAULT_NOTE_STYLE,
            },
            line_num: DEFAULT_LINE_NUM_STYLE,
            emphasis: DEFAULT_EMPHASIS_STYLE,
            none: DEFAULT_NONE_STYLE,
        }
    }
}

/// `error[code]: message`, the message's further lines under its first.
fn heading(rows: &mut Rows<'_>, shown: &Shown<'_>, palette: &Palette) {
    let name = match shown.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    };
    rows.row();
    rows.put(palette.level, name);
    rows.put(palette.level, "[");
    rows.put(palette.level, shown.code);
    rows.put(palette.level, "]");
    rows.put(palette.emphasis, ": ");
    let width = name.len() + shown.code.len() + 4;
    let message = normalize(shown.message);
    for (i, text) in message.split('\n').enumerate() {
        if i != 0 {
            rows.row();
            rows.spaces(palette.none, width);
        }
        rows.put(palette.emphasis, text);
    }
}

/// Each note as `= note`, its further lines under its first, after `digits` columns of line
/// numbers.
fn notes(rows: &mut Rows<'_>, notes: &[&str], digits: usize, palette: &Palette) {
    for note in notes {
        for (i, text) in note.split('\n').enumerate() {
            rows.row();
            if i == 0 {
                rows.spaces(palette.none, digits + 1);
                rows.put(palette.line_num, "= ");
            } else {
                rows.spaces(palette.none, digits + 3);
            }
            rows.put(palette.none, text);
        }
    }
}

/// A source line that annotate-snippets shows whole, with the columns of the span under it.
#[derive(Debug)]
struct OneLine {
    /// The line as shown: tabs as four spaces, control characters as visible symbols.
    shown: String,
    /// The digits of the line number.
    digits: usize,
    /// The span's first character, counted in characters.
    start_char: usize,
    /// Where the span's marks start and end, in display columns.
    start_display: usize,
    end_display: usize,
}

impl OneLine {
    /// The line and span's columns, or `None` when annotate-snippets would draw more than one
    /// line or cut the line.
    fn measure(text: &str, first_line: usize, span: &Range<usize>) -> Option<OneLine> {
        if text.contains('\n')
            || span.start > span.end
            || !text.is_char_boundary(span.start)
            || !text.is_char_boundary(span.end)
        {
            return None;
        }
        let digits = first_line.checked_ilog10().unwrap_or(0) as usize + 1;
        let code_offset = 3 + digits;
        let column_width = DEFAULT_TERM_WIDTH.saturating_sub(code_offset);
        // annotate-snippets cuts leading whitespace of more than 26 columns and lines wider
        // than the terminal less the margin.
        let leading: usize = text
            .chars()
            .take_while(|c| c.is_whitespace())
            .map(|c| if c == '\t' { 4 } else { 1 })
            .sum();
        let leading = if text.chars().any(|c| !c.is_whitespace()) {
            leading
        } else {
            0
        };
        let shown = normalize(text);
        if leading.saturating_sub(6) > 20
            || str_width(text) > column_width
            || str_width(&shown) > column_width
        {
            return None;
        }
        let before = &text[..span.start];
        let start_char = before.chars().count();
        let start_display = str_width(before);
        let mut end_display = start_display + str_width(&text[span.clone()]);
        if end_display == start_display {
            end_display += 1;
        }
        Some(OneLine {
            shown: shown.into_owned(),
            digits,
            start_char,
            start_display,
            end_display,
        })
    }
}

/// How many columns annotate-snippets gives `s`.
fn str_width(s: &str) -> usize {
    if s.is_ascii() && !s.bytes().any(|b| b == b'\t') {
        return s.len();
    }
    s.chars().map(char_width).sum()
}

/// How many columns annotate-snippets gives `c`: four for a tab, one for each control
/// character it replaces by a symbol, else Unicode's width (one when Unicode gives none).
fn char_width(c: char) -> usize {
    match c {
        '\t' => 4,
        '\u{0}'..='\u{8}'
        | '\u{b}'..='\u{1f}'
        | '\u{7f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}' => 1,
        _ => c.width().unwrap_or(1),
    }
}

/// `s` with the characters annotate-snippets replaces before showing them replaced: a tab
/// by four spaces, control characters by their symbols (U+2400 onwards), the zero width
/// joiner by nothing and text direction controls by U+FFFD.
fn normalize(s: &str) -> std::borrow::Cow<'_, str> {
    let replaced = |c: char| {
        matches!(
            c,
            '\u{0}'..='\u{1f}' | '\u{7f}' | '\u{200d}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        ) && c != '\n'
    };
    if !s.chars().any(replaced) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\t' => out.push_str("    "),
            '\n' => out.push('\n'),
            '\u{0}'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or(c)),
            '\u{7f}' => out.push('\u{2421}'),
            '\u{200d}' => {}
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => out.push('\u{fffd}'),
            _ => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Rows of styled text, written as annotate-snippets writes its buffer: a style's escape
/// where the style changes, its reset before the next style and at the end of each row, and
/// a line end between rows.
struct Rows<'o> {
    out: &'o mut String,
    none: Style,
    current: Style,
    rows: usize,
}

impl<'o> Rows<'o> {
    fn new(out: &'o mut String, none: Style) -> Self {
        Rows {
            out,
            none,
            current: none,
            rows: 0,
        }
    }

    /// Ends the row so far, if any, and starts the next.
    fn row(&mut self) {
        if self.rows > 0 {
            self.end_row();
            self.out.push('\n');
        }
        self.rows += 1;
    }

    fn end_row(&mut self) {
        let _ = write!(self.out, "{:#}", self.current);
        self.current = self.none;
    }

    /// Ends the last row.
    fn finish(mut self) {
        if self.rows > 0 {
            self.end_row();
        }
    }

    fn style(&mut self, style: Style) {
        if style != self.current {
            let _ = write!(self.out, "{:#}{style}", self.current);
            self.current = style;
        }
    }

    fn put(&mut self, style: Style, text: &str) {
        if !text.is_empty() {
            self.style(style);
            self.out.push_str(text);
        }
    }

    fn put_fmt(&mut self, style: Style, args: std::fmt::Arguments<'_>) {
        self.style(style);
        let _ = self.out.write_fmt(args);
    }

    fn spaces(&mut self, style: Style, n: usize) {
        self.repeat(style, ' ', n);
    }

    fn repeat(&mut self, style: Style, c: char, n: usize) {
        if n > 0 {
            self.style(style);
            self.out.extend(std::iter::repeat_n(c, n));
        }
    }
}

#[cfg(test)]
mod tests;
