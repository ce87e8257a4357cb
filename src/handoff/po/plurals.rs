//! `Plural-Forms` from CLDR: a language's plural rules as gettext's C expression.

use crate::intl;
use crate::locale::Locale;

/// The gettext `Plural-Forms` value for `locale` from its CLDR rules
/// (`nplurals=2; plural=(n == 1) ? 0 : 1;`), or `None` when CLDR has no rules for it.
/// gettext counts whole numbers only: the operands of fractions (`v`, `f`, `t`, `w`) and the
/// exponent are 0, `i` is `n`.
pub(crate) fn plural_forms(locale: &Locale) -> Option<String> {
    let categories = intl::plural_categories(locale);
    let conditions = intl::cardinal_conditions(locale)?;
    if categories.is_empty() {
        return None;
    }
    let index = |name: &str| categories.iter().position(|c| *c == name);
    let other = index("other").unwrap_or(categories.len() - 1);
    let mut expression = String::new();
    let mut closing = 0;
    for (name, condition) in &conditions {
        let Some(i) = index(name) else { continue };
        match condition_c(condition)? {
            Expr::Const(false) => {}
            Expr::Const(true) => {
                expression.push_str(&i.to_string());
                closing = usize::MAX;
                break;
            }
            Expr::Text(c) => {
                expression.push_str(&format!("{c} ? {i} : "));
                closing += 1;
            }
        }
    }
    if closing != usize::MAX {
        expression.push_str(&other.to_string());
    }
    Some(format!(
        "nplurals={}; plural={expression};",
        categories.len()
    ))
}

/// A condition of whole numbers: known to be always true or false, or C text.
enum Expr {
    Const(bool),
    Text(String),
}

/// Translates a CLDR plural condition (`n % 10 = 2..4 and n % 100 != 12..14`) into a C
/// expression of `n`, or `None` when it cannot be read.
fn condition_c(condition: &str) -> Option<Expr> {
    let condition = condition.split('@').next().unwrap_or_default();
    let mut ors = Vec::new();
    for or in condition.split(" or ") {
        let mut ands = Vec::new();
        let mut always_false = false;
        for relation in or.split(" and ") {
            match relation_c(relation.trim())? {
                Expr::Const(true) => {}
                Expr::Const(false) => always_false = true,
                Expr::Text(t) => ands.push(t),
            }
        }
        if always_false {
            continue;
        }
        if ands.is_empty() {
            return Some(Expr::Const(true));
        }
        ors.push(if ands.len() == 1 {
            ands.swap_remove(0)
        } else {
            format!("({})", ands.join(" && "))
        });
    }
    Some(match ors.len() {
        0 => Expr::Const(false),
        1 => Expr::Text(ors.swap_remove(0)),
        _ => Expr::Text(format!("({})", ors.join(" || "))),
    })
}

fn relation_c(relation: &str) -> Option<Expr> {
    let tokens: Vec<&str> = relation.split_whitespace().collect();
    let (operand, rest) = tokens.split_first()?;
    let (modulus, rest) = match rest {
        ["%", m, rest @ ..] => (Some(m.parse::<u64>().ok()?), rest),
        _ => (None, rest),
    };
    // The range list may be written with spaces after its commas (`1, 2, 3`).
    let (negated, list) = match rest {
        ["=", list @ ..] if !list.is_empty() => (false, list.concat()),
        ["!=", list @ ..] if !list.is_empty() => (true, list.concat()),
        _ => return None,
    };
    let ranges: Vec<(u64, u64)> = list
        .split(',')
        .map(|item| match item.split_once("..") {
            Some((a, b)) => Some((a.parse().ok()?, b.parse().ok()?)),
            None => item.parse().ok().map(|v| (v, v)),
        })
        .collect::<Option<_>>()?;
    match *operand {
        "n" | "i" => {}
        "v" | "w" | "f" | "t" | "c" | "e" => {
            let value = modulus.map_or(0, |m| 0 % m.max(1));
            let inside = ranges.iter().any(|&(a, b)| (a..=b).contains(&value));
            return Some(Expr::Const(inside != negated));
        }
        _ => return None,
    }
    let x = match modulus {
        Some(m) => format!("n % {m}"),
        None => "n".to_owned(),
    };
    let several = ranges.len() > 1;
    let tests: Vec<String> = ranges
        .iter()
        .map(|&(a, b)| match (a == b, several) {
            (true, _) => format!("{x} == {a}"),
            (false, false) => format!("{x} >= {a} && {x} <= {b}"),
            (false, true) => format!("({x} >= {a} && {x} <= {b})"),
        })
        .collect();
    let joined = format!("({})", tests.join(" || "));
    Some(Expr::Text(if negated {
        format!("!{joined}")
    } else {
        joined
    }))
}
