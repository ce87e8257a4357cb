//! One walk over Fluent patterns: a [`Visit`] implementation overrides the nodes it cares
//! about, and the default methods (the `walk_*` functions) go on into the children. The
//! analyses of `check`, `bundle` and the identical-text rule, the lock's normalised text and
//! `scaffold`'s search for selectors are visitors; each decides only what it records (or
//! writes), never how to reach a node. [`VisitMut`] is the same walk over a pattern that is
//! being changed.

use fluent_syntax::ast::{
    CallArguments, Expression, Identifier, InlineExpression, Pattern, PatternElement, Variant,
};

/// A visitor over the patterns of a parsed FTL file borrowed for `'a`.
pub(crate) trait Visit<'a> {
    /// A pattern: by default each of its elements.
    fn visit_pattern(&mut self, pattern: &'a Pattern<&'a str>) {
        walk_pattern(self, pattern);
    }

    /// A run of text of a pattern (not a string literal).
    fn visit_text(&mut self, _text: &'a str) {}

    /// A placeable (`{ … }`, in a pattern or nested in another placeable): by default its
    /// expression.
    fn visit_placeable(&mut self, expression: &'a Expression<&'a str>) {
        walk_expression(self, expression);
    }

    /// A select expression: by default the selector, then each variant's pattern.
    fn visit_select(
        &mut self,
        selector: &'a InlineExpression<&'a str>,
        variants: &'a [Variant<&'a str>],
    ) {
        walk_select(self, selector, variants);
    }

    /// An inline expression: by default dispatched to the methods below.
    fn visit_inline(&mut self, inline: &'a InlineExpression<&'a str>) {
        walk_inline(self, inline);
    }

    /// A string literal (`{ "text" }`).
    fn visit_string_literal(&mut self, _value: &'a str) {}

    /// A number literal (`{ 5 }`, `[0]` keys are not visited).
    fn visit_number_literal(&mut self, _value: &'a str) {}

    /// A variable reference (`$name` → `name`).
    fn visit_variable(&mut self, _name: &'a str) {}

    /// A message reference (`title`, `title.attr`).
    fn visit_message_reference(
        &mut self,
        _id: &'a Identifier<&'a str>,
        _attribute: Option<&'a Identifier<&'a str>>,
    ) {
    }

    /// A term reference (`-brand`, `-brand.gender`, `-brand(case: "gen")`): by default its
    /// arguments.
    fn visit_term_reference(
        &mut self,
        _id: &'a Identifier<&'a str>,
        _attribute: Option<&'a Identifier<&'a str>>,
        arguments: Option<&'a CallArguments<&'a str>>,
    ) {
        if let Some(arguments) = arguments {
            walk_arguments(self, arguments);
        }
    }

    /// A function call (`NUMBER($n)`): by default its arguments.
    fn visit_function(
        &mut self,
        _id: &'a Identifier<&'a str>,
        arguments: &'a CallArguments<&'a str>,
    ) {
        walk_arguments(self, arguments);
    }
}

/// Visits every element of `pattern`.
pub(crate) fn walk_pattern<'a, V: Visit<'a> + ?Sized>(v: &mut V, pattern: &'a Pattern<&'a str>) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => v.visit_text(value),
            PatternElement::Placeable { expression } => v.visit_placeable(expression),
        }
    }
}

/// Visits an expression: a select, or an inline expression.
pub(crate) fn walk_expression<'a, V: Visit<'a> + ?Sized>(
    v: &mut V,
    expression: &'a Expression<&'a str>,
) {
    match expression {
        Expression::Select { selector, variants } => v.visit_select(selector, variants),
        Expression::Inline(inline) => v.visit_inline(inline),
    }
}

/// Visits a select's selector, then each variant's pattern.
pub(crate) fn walk_select<'a, V: Visit<'a> + ?Sized>(
    v: &mut V,
    selector: &'a InlineExpression<&'a str>,
    variants: &'a [Variant<&'a str>],
) {
    v.visit_inline(selector);
    walk_variants(v, variants);
}

/// Visits each variant's pattern.
pub(crate) fn walk_variants<'a, V: Visit<'a> + ?Sized>(
    v: &mut V,
    variants: &'a [Variant<&'a str>],
) {
    for variant in variants {
        v.visit_pattern(&variant.value);
    }
}

/// Dispatches an inline expression to the visitor's method for its kind.
pub(crate) fn walk_inline<'a, V: Visit<'a> + ?Sized>(
    v: &mut V,
    inline: &'a InlineExpression<&'a str>,
) {
    match inline {
        InlineExpression::StringLiteral { value } => v.visit_string_literal(value),
        InlineExpression::NumberLiteral { value } => v.visit_number_literal(value),
        InlineExpression::VariableReference { id } => v.visit_variable(id.name),
        InlineExpression::FunctionReference { id, arguments } => v.visit_function(id, arguments),
        InlineExpression::MessageReference { id, attribute } => {
            v.visit_message_reference(id, attribute.as_ref());
        }
        InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => v.visit_term_reference(id, attribute.as_ref(), arguments.as_ref()),
        InlineExpression::Placeable { expression } => v.visit_placeable(expression),
    }
}

/// Visits the positional, then the named arguments of a call.
pub(crate) fn walk_arguments<'a, V: Visit<'a> + ?Sized>(
    v: &mut V,
    arguments: &'a CallArguments<&'a str>,
) {
    for argument in &arguments.positional {
        v.visit_inline(argument);
    }
    for argument in &arguments.named {
        v.visit_inline(&argument.value);
    }
}

/// A visitor that may change the patterns it walks (`scaffold` rewrites plural selectors with
/// it). Generic over the AST's string type, so that it walks owned trees too.
pub(crate) trait VisitMut<S> {
    /// A pattern: by default each of its placeables.
    fn visit_pattern_mut(&mut self, pattern: &mut Pattern<S>) {
        walk_pattern_mut(self, pattern);
    }

    /// A select expression: by default the selector, then each variant's pattern.
    fn visit_select_mut(
        &mut self,
        selector: &mut InlineExpression<S>,
        variants: &mut Vec<Variant<S>>,
    ) {
        self.visit_inline_mut(selector);
        for variant in variants {
            self.visit_pattern_mut(&mut variant.value);
        }
    }

    /// An inline expression: by default the placeable or the call arguments it holds.
    fn visit_inline_mut(&mut self, inline: &mut InlineExpression<S>) {
        walk_inline_mut(self, inline);
    }
}

/// Visits every placeable of `pattern`.
pub(crate) fn walk_pattern_mut<S, V: VisitMut<S> + ?Sized>(v: &mut V, pattern: &mut Pattern<S>) {
    for element in &mut pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression_mut(v, expression);
        }
    }
}

/// Visits an expression: a select, or an inline expression.
pub(crate) fn walk_expression_mut<S, V: VisitMut<S> + ?Sized>(
    v: &mut V,
    expression: &mut Expression<S>,
) {
    match expression {
        Expression::Select { selector, variants } => v.visit_select_mut(selector, variants),
        Expression::Inline(inline) => v.visit_inline_mut(inline),
    }
}

/// Visits what an inline expression holds: a placeable's expression, call arguments.
pub(crate) fn walk_inline_mut<S, V: VisitMut<S> + ?Sized>(
    v: &mut V,
    inline: &mut InlineExpression<S>,
) {
    let arguments = match inline {
        InlineExpression::Placeable { expression } => return walk_expression_mut(v, expression),
        InlineExpression::FunctionReference { arguments, .. } => arguments,
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => arguments,
        _ => return,
    };
    for argument in &mut arguments.positional {
        v.visit_inline_mut(argument);
    }
    for argument in &mut arguments.named {
        v.visit_inline_mut(&mut argument.value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Records what it meets, in order.
    #[derive(Default)]
    struct Trace(Vec<String>);

    impl<'a> Visit<'a> for Trace {
        fn visit_text(&mut self, text: &'a str) {
            self.0.push(format!("text {text}"));
        }
        fn visit_variable(&mut self, name: &'a str) {
            self.0.push(format!("${name}"));
        }
        fn visit_message_reference(
            &mut self,
            id: &'a Identifier<&'a str>,
            _attribute: Option<&'a Identifier<&'a str>>,
        ) {
            self.0.push(id.name.to_owned());
        }
        fn visit_term_reference(
            &mut self,
            id: &'a Identifier<&'a str>,
            _attribute: Option<&'a Identifier<&'a str>>,
            arguments: Option<&'a CallArguments<&'a str>>,
        ) {
            self.0.push(format!("-{}", id.name));
            if let Some(arguments) = arguments {
                walk_arguments(self, arguments);
            }
        }
        fn visit_string_literal(&mut self, value: &'a str) {
            self.0.push(format!("\"{value}\""));
        }
    }

    #[test]
    fn the_default_walk_reaches_every_node_in_order() {
        let ftl = "a = x { $n ->\n    [one] { -t(case: \"g\") }\n   *[other] { { b } }\n} y { NUMBER($m) }\n";
        let resource = fluent_syntax::parser::parse(ftl).unwrap();
        let fluent_syntax::ast::Entry::Message(message) = &resource.body[0] else {
            panic!("a message");
        };
        let mut trace = Trace::default();
        trace.visit_pattern(message.value.as_ref().unwrap());
        assert_eq!(
            trace.0,
            ["text x ", "$n", "-t", "\"g\"", "b", "text  y ", "$m"]
        );
    }
}
