//! The Handlebars registries: strict mode, the Typst escape function registered once,
//! and the two helpers that print values in Typst code position.

use handlebars::{
    Context as HbContext, Handlebars, Helper, HelperResult, Output as HbOutput, RenderContext,
    RenderError, RenderErrorReason,
};
use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::escape;
use crate::templates::{Output, Template};

/// Renders a briefing's documents from one set of templates.
pub struct Renderer {
    /// Templates producing Typst markup, values escaped by [`escape::markup`].
    typst: Handlebars<'static>,
    /// Templates producing plain text, values printed as they are.
    text: Handlebars<'static>,
    /// The templates, for locating errors.
    templates: Vec<Template>,
}

impl Renderer {
    /// Registers every template, reporting syntax errors at their line and column.
    pub fn new(templates: Vec<Template>) -> Result<Self, Vec<Diagnostic>> {
        let mut typst = registry();
        typst.register_escape_fn(escape::markup);
        typst.register_helper("str", Box::new(string_helper));
        typst.register_helper("num", Box::new(number_helper));
        let mut text = registry();
        text.register_escape_fn(handlebars::no_escape);
        for r in [&mut typst, &mut text] {
            r.register_helper("upper", Box::new(upper));
        }
        let mut errors = Vec::new();
        for t in &templates {
            let target = match t.output {
                Output::Typst => &mut typst,
                Output::Text => &mut text,
            };
            if let Err(e) = target.register_template_string(&t.name, t.text.as_ref()) {
                let (line, column) = e.pos().unwrap_or((1, 1));
                errors.push(at_line(
                    t,
                    line,
                    column,
                    format!("template syntax: {}", e.reason()),
                ));
            }
        }
        if errors.is_empty() {
            Ok(Self {
                typst,
                text,
                templates,
            })
        } else {
            Err(errors)
        }
    }

    /// The renderer for a briefing in `briefing_folder`: the templates of `--templates DIR`
    /// when given, else of a `templates/` folder beside the briefing, else built in.
    pub fn for_briefing(
        templates_option: Option<&std::path::Path>,
        briefing_folder: &std::path::Path,
    ) -> Result<Self, Vec<Diagnostic>> {
        let folder = crate::templates::user_folder(templates_option, briefing_folder);
        Self::new(crate::templates::resolve(folder.as_deref()).map_err(|d| vec![d])?)
    }

    /// Renders the template `name` of the given kind with `context`.
    pub fn render(
        &self,
        name: &str,
        output: Output,
        context: &impl Serialize,
    ) -> Result<String, Diagnostic> {
        let registry = match output {
            Output::Typst => &self.typst,
            Output::Text => &self.text,
        };
        registry
            .render(name, context)
            .map_err(|e| self.locate(name, output, &e))
    }

    /// The file a template came from.
    pub fn origin(&self, name: &str, output: Output) -> Option<std::path::PathBuf> {
        self.templates
            .iter()
            .find(|t| t.name == name && t.output == output)
            .map(|t| t.file.clone())
    }

    /// Turns a render error into a diagnostic in the template where it happened.
    fn locate(&self, name: &str, output: Output, e: &RenderError) -> Diagnostic {
        let failing = e.template_name.as_deref().unwrap_or(name);
        let message = match e.reason() {
            RenderErrorReason::MissingVariable(Some(path)) => {
                format!("`{path}` does not exist in the data given to templates")
            }
            reason => reason.to_string(),
        };
        match self
            .templates
            .iter()
            .find(|t| t.name == failing && t.output == output)
        {
            Some(t) => at_line(t, e.line_no.unwrap_or(1), e.column_no.unwrap_or(1), message),
            None => Diagnostic::error(format!("template {failing}"), message),
        }
    }
}

/// `{{upper value}}`: the value in capitals, escaped by the registry's escape function
/// like any other printed value.
fn upper(
    h: &Helper,
    registry: &Handlebars,
    _: &HbContext,
    _: &mut RenderContext,
    out: &mut dyn HbOutput,
) -> HelperResult {
    let value = first_param(h, "upper")?;
    let text = value.value().as_str().ok_or_else(|| {
        RenderErrorReason::ParamTypeMismatchForName("upper", "0".into(), "string".into())
    })?;
    out.write(&registry.get_escape_fn()(&text.to_uppercase()))?;
    Ok(())
}

/// The value a helper was given, or the error for a helper called without one.
fn first_param<'h, 'rc>(
    h: &'h Helper<'rc>,
    helper: &'static str,
) -> Result<&'h handlebars::PathAndJson<'rc>, RenderErrorReason> {
    h.param(0)
        .ok_or(RenderErrorReason::ParamNotFoundForIndex(helper, 0))
}

/// A registry in strict mode: a variable that does not exist is an error.
fn registry() -> Handlebars<'static> {
    let mut h = Handlebars::new();
    h.set_strict_mode(true);
    h.set_prevent_indent(true);
    h
}

/// A diagnostic at a 1-based line and column of a template.
fn at_line(t: &Template, line: usize, column: usize, message: String) -> Diagnostic {
    let text = t.text.as_ref();
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let offset = text[start.min(text.len())..]
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(text.len(), |(i, _)| start + i);
    Diagnostic::at(&t.file, text, offset..offset, message)
}

/// `{{str value}}`: the value as a Typst string literal, for code position
/// (`#image({{str photo}})`); `none` when the value is null.
fn string_helper(
    h: &Helper,
    _: &Handlebars,
    _: &HbContext,
    _: &mut RenderContext,
    out: &mut dyn HbOutput,
) -> HelperResult {
    let value = first_param(h, "str")?;
    if value.is_value_missing() {
        return Err(RenderErrorReason::MissingVariable(value.relative_path().cloned()).into());
    }
    let literal = match value.value() {
        serde_json::Value::Null => "none".to_string(),
        serde_json::Value::String(s) => escape::string_literal(s),
        other => escape::string_literal(&other.to_string()),
    };
    out.write(&literal)?;
    Ok(())
}

/// `{{num value}}`: a number for code position (`#bar({{num people}})`).
fn number_helper(
    h: &Helper,
    _: &Handlebars,
    _: &HbContext,
    _: &mut RenderContext,
    out: &mut dyn HbOutput,
) -> HelperResult {
    let value = first_param(h, "num")?;
    match value.value() {
        serde_json::Value::Number(n) => {
            out.write(&n.to_string())?;
            Ok(())
        }
        _ => Err(
            RenderErrorReason::ParamTypeMismatchForName("num", "0".into(), "number".into()).into(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    fn renderer(text: &'static str) -> Result<Renderer, Vec<Diagnostic>> {
        Renderer::new(vec![Template {
            name: "t".into(),
            output: Output::Typst,
            file: "templates/t.typ.hbs".into(),
            text: Cow::Borrowed(text),
        }])
    }

    #[derive(Serialize)]
    struct Data {
        name: &'static str,
        count: u32,
        missing: Option<&'static str>,
    }

    const DATA: Data = Data {
        name: "#x <b> & \"q\"",
        count: 7,
        missing: None,
    };

    #[test]
    fn helpers_escape_what_they_print() {
        let r = renderer("{{upper name}}").unwrap();
        assert_eq!(
            r.render("t", Output::Typst, &DATA).unwrap(),
            "\\#X \\<B\\> \\& \\\"Q\\\""
        );
    }

    #[test]
    fn values_are_escaped_for_typst_not_html() {
        let r = renderer("= {{name}}\n#f({{str name}}, {{num count}}, {{str missing}})").unwrap();
        let out = r.render("t", Output::Typst, &DATA).unwrap();
        assert_eq!(
            out,
            "= \\#x \\<b\\> \\& \\\"q\\\"\n#f(\"#x <b> & \\\"q\\\"\", 7, none)"
        );
    }

    #[test]
    fn unknown_variables_are_errors_at_their_line() {
        let r = renderer("line one\n  {{nmae}}").unwrap();
        let d = r.render("t", Output::Typst, &DATA).unwrap_err();
        assert!(d.message.contains("nmae"), "{}", d.message);
        let at = d.location.unwrap();
        assert_eq!(at.line, 2);
        assert_eq!(d.file, std::path::Path::new("templates/t.typ.hbs"));
    }

    #[test]
    fn syntax_errors_are_located() {
        let errors = renderer("ok\n{{#if name}}never closed").err().unwrap();
        assert_eq!(errors[0].file, std::path::Path::new("templates/t.typ.hbs"));
        assert!(errors[0].location.is_some());
    }
}
