//! The Handlebars registries: one per output kind, each with its escape function
//! registered once (Typst markup and HTML by [`escape`], plain text as it is), strict
//! mode, and the helpers that print values in Typst code position. [`templates`] finds
//! the built-in and the office's templates; [`includes`] refuses include cycles,
//! [`template_syntax`] explains a template Handlebars refuses, [`origin`] moves a Typst
//! error into the template line behind it, [`variables`] lists what templates receive.

pub mod escape;
pub mod includes;
pub mod origin;
pub mod template_syntax;
pub mod templates;
pub mod variables;

use handlebars::{
    Context as HbContext, Handlebars, Helper, HelperResult, Output as HbOutput, RenderContext,
    RenderError, RenderErrorReason, Template as HbTemplate,
};
use serde::Serialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use crate::diagnostic::Diagnostic;
use crate::messages::Msg;
use crate::messages::documents::Documents;
use crate::render::templates::{Output, Template, Use};
use crate::vocab::Language;

/// One renderer made on first use, or why it could not be made.
type Slot = Arc<OnceLock<Result<Arc<Renderer>, Vec<Diagnostic>>>>;

/// The renderers of one run: one per templates folder, made when a briefing first needs
/// it and shared by every briefing after, so a batch reads and parses its templates once.
pub struct Renderers {
    /// `--templates DIR`, which replaces every briefing's own folder.
    option: Option<PathBuf>,
    /// Which templates each renderer parses.
    what: Use,
    /// The renderers so far, by templates folder (`None`: the built-in templates).
    made: Mutex<HashMap<Option<PathBuf>, Slot>>,
}

impl Renderers {
    /// No renderer yet; `option` is `--templates DIR`, `what` the templates to parse.
    pub fn new(option: Option<&Path>, what: Use) -> Self {
        Self {
            option: option.map(Path::to_path_buf),
            what,
            made: Mutex::default(),
        }
    }

    /// The renderer for a briefing in `briefing_folder` (see [`Renderer::for_briefing`]).
    pub fn for_briefing(&self, briefing_folder: &Path) -> Result<Arc<Renderer>, Vec<Diagnostic>> {
        let folder = crate::render::templates::user_folder(self.option.as_deref(), briefing_folder);
        let slot = Arc::clone(
            self.made
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .entry(folder.clone())
                .or_default(),
        );
        // Made outside the map's lock: briefings with other folders need not wait.
        slot.get_or_init(|| Renderer::from_folder(folder.as_deref(), self.what).map(Arc::new))
            .clone()
    }
}

/// Renders a briefing's documents from one set of templates.
pub struct Renderer {
    /// Templates producing Typst markup, values escaped by [`escape::markup`], for a
    /// context that names no language.
    typst: Handlebars<'static>,
    /// The same for a document in each language (its context's `lang`, in the order of
    /// [`Language::ALL`]), values escaped by [`escape::markup_in`] that language.
    typst_in: [Handlebars<'static>; 3],
    /// Templates producing plain text, values printed as they are.
    text: Handlebars<'static>,
    /// Templates producing HTML, values escaped by [`escape::html`].
    html: Handlebars<'static>,
    /// The templates, for locating errors.
    templates: Vec<Template>,
}

impl Renderer {
    /// Registers every template, reporting syntax errors at their line and column.
    ///
    /// Parsing is most of the cost of a renderer (the parser locates every token by
    /// counting lines from the start), so the templates are parsed on every core at once.
    pub fn new(templates: Vec<Template>) -> Result<Self, Vec<Diagnostic>> {
        use rayon::prelude::*;
        let typst_registry = |escape: Box<dyn Fn(&str) -> String + Send + Sync>| {
            let mut typst = registry();
            typst.register_escape_fn(escape);
            typst.register_helper("str", Box::new(string_helper));
            typst.register_helper("num", Box::new(number_helper));
            typst.register_helper("whole", Box::new(whole));
            typst
        };
        let mut typst = typst_registry(Box::new(printed));
        let mut typst_in = Language::ALL
            .map(|language| typst_registry(Box::new(move |t| printed_in(t, language))));
        let mut text = registry();
        text.register_escape_fn(handlebars::no_escape);
        let mut html = registry();
        html.register_escape_fn(escape::html);
        for r in typst_in
            .iter_mut()
            .chain([&mut typst, &mut text, &mut html])
        {
            r.register_helper("upper", Box::new(upper));
            r.register_helper("capitalise", Box::new(capitalise));
        }
        let parsed: Vec<Result<HbTemplate, Diagnostic>> = templates.par_iter().map(parse).collect();
        let pairs: Vec<(&Template, &HbTemplate)> = templates
            .iter()
            .zip(&parsed)
            .filter_map(|(t, p)| p.as_ref().ok().map(|p| (t, p)))
            .collect();
        let mut errors = crate::render::includes::check_cycles(&pairs)
            .err()
            .unwrap_or_default();
        for (t, parsed) in templates.iter().zip(parsed) {
            match parsed {
                Ok(parsed) => match t.output {
                    Output::Typst => {
                        for registry in &mut typst_in {
                            registry.register_template(&t.name, parsed.clone());
                        }
                        typst.register_template(&t.name, parsed);
                    }
                    Output::Text => text.register_template(&t.name, parsed),
                    Output::Html => html.register_template(&t.name, parsed),
                },
                Err(e) => errors.push(e),
            }
        }
        if errors.is_empty() {
            Ok(Self {
                typst,
                typst_in,
                text,
                html,
                templates,
            })
        } else {
            Err(errors)
        }
    }

    /// The renderer for a briefing in `briefing_folder`: the templates of `--templates DIR`
    /// when given, else of a `templates/` folder beside the briefing, else built in.
    pub fn for_briefing(
        templates_option: Option<&Path>,
        briefing_folder: &Path,
        what: Use,
    ) -> Result<Self, Vec<Diagnostic>> {
        Self::from_folder(
            crate::render::templates::user_folder(templates_option, briefing_folder).as_deref(),
            what,
        )
    }

    /// The renderer for `what`, from the templates of `folder` over the built-in ones.
    pub fn from_folder(folder: Option<&Path>, what: Use) -> Result<Self, Vec<Diagnostic>> {
        let mut templates = crate::render::templates::resolve(folder).map_err(|d| vec![d])?;
        templates.retain(|t| what.needs(&t.name));
        Self::new(templates)
    }

    /// Renders the template `name` of the given kind with `context`.
    pub fn render(
        &self,
        name: &str,
        output: Output,
        context: &impl Serialize,
    ) -> Result<String, Diagnostic> {
        let rendered = match output {
            // Typst markup is escaped in the document's language, the context's `lang`.
            Output::Typst => serde_json::to_value(context)
                .map_err(|e| RenderError::from(RenderErrorReason::SerdeError(e)))
                .and_then(|data| {
                    let registry = match data
                        .get("lang")
                        .and_then(serde_json::Value::as_str)
                        .and_then(Language::from_code)
                    {
                        Some(language) => &self.typst_in[language as usize],
                        None => &self.typst,
                    };
                    registry.render_with_context(name, &HbContext::from(data))
                }),
            Output::Text => self.text.render(name, context),
            Output::Html => self.html.render(name, context),
        };
        rendered.map_err(|e| {
            let mut d = self.locate(name, output, &e);
            if let RenderErrorReason::MissingVariable(Some(path)) = e.reason() {
                let nearest = serde_json::to_value(context)
                    .ok()
                    .and_then(|c| crate::render::variables::nearest(&c, path));
                if let Some(nearest) = nearest {
                    d = d.with_hint(Documents::DidYouMeanVariable { name: nearest });
                }
                d = d.with_hint(Documents::TemplatesVarsLists);
            }
            d
        })
    }

    /// The templates this renderer was made from.
    pub fn templates(&self) -> &[Template] {
        &self.templates
    }

    /// The templates of the user's folder (not the built-in ones), in the order read.
    pub fn user_templates(&self) -> impl Iterator<Item = &Template> {
        self.templates.iter().filter(|t| !t.is_builtin())
    }

    /// The file a template came from.
    pub fn origin(&self, name: &str, output: Output) -> Option<PathBuf> {
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
                Msg::from(Documents::NoSuchVariable { path: path.clone() })
            }
            reason => Msg::Foreign(reason.to_string()),
        };
        match self
            .templates
            .iter()
            .find(|t| t.name == failing && t.output == output)
        {
            Some(t) => at_line(t, e.line_no.unwrap_or(1), e.column_no.unwrap_or(1), message),
            None => Diagnostic::error(
                Msg::from(Documents::TemplateNamed {
                    name: failing.to_string(),
                })
                .to_string(),
                message,
            ),
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

/// `{{capitalise value}}`: the value with its first letter in capitals, for a role that
/// starts a line (a speaker card, a name tent) but is written as it reads mid-sentence.
fn capitalise(
    h: &Helper,
    registry: &Handlebars,
    _: &HbContext,
    _: &mut RenderContext,
    out: &mut dyn HbOutput,
) -> HelperResult {
    let value = first_param(h, "capitalise")?;
    let text = value.value().as_str().ok_or_else(|| {
        RenderErrorReason::ParamTypeMismatchForName("capitalise", "0".into(), "string".into())
    })?;
    out.write(&registry.get_escape_fn()(&crate::typography::capitalise(
        text,
    )))?;
    Ok(())
}

/// `{{whole value}}`: running text escaped like any value, its names, compounds,
/// titles and last word (see [`crate::typography::unhyphenated`]) each wrapped in
/// `#text(hyphenate: false)[…]` when the document's language is hyphenated (the context's
/// `hyphenate`), the rest of a Kazakh text with its syllables' soft hyphens (see
/// [`crate::typography::syllables`]). Only fixed markup is added around escaped pieces, so the value still
/// cannot act as code.
fn whole(
    h: &Helper,
    registry: &Handlebars,
    context: &HbContext,
    _: &mut RenderContext,
    out: &mut dyn HbOutput,
) -> HelperResult {
    let value = first_param(h, "whole")?;
    let text = value.value().as_str().ok_or_else(|| {
        RenderErrorReason::ParamTypeMismatchForName("whole", "0".into(), "string".into())
    })?;
    let hyphenated = context
        .data()
        .get("hyphenate")
        .and_then(serde_json::Value::as_bool)
        .unwrap_or(false);
    let escape = registry.get_escape_fn();
    if !hyphenated {
        out.write(&escape(text))?;
        return Ok(());
    }
    // Kazakh, for which Typst has no patterns, gets its break points as soft hyphens.
    let kazakh = context
        .data()
        .get("lang")
        .and_then(serde_json::Value::as_str)
        == Some("kk");
    let hyphenated = |piece: &str| {
        if kazakh {
            escape(&crate::typography::syllables::soft_hyphens(piece))
        } else {
            escape(piece)
        }
    };
    let mut markup = String::with_capacity(text.len() * 2);
    let mut at = 0;
    for span in crate::typography::unhyphenated(text) {
        markup.push_str(&hyphenated(&text[at..span.start]));
        markup.push_str("#text(hyphenate: false)[");
        markup.push_str(&escape(&text[span.clone()]));
        markup.push(']');
        at = span.end;
    }
    markup.push_str(&hyphenated(&text[at..]));
    out.write(&markup)?;
    Ok(())
}

/// A value as Typst markup: escaped (see [`escape::markup`]), with no line break
/// inside a double name, an acronym and its ending or a range of numbers (see
/// [`crate::typography::joins`]).
fn printed(text: &str) -> String {
    escape::markup(&crate::typography::joins::joined(text))
}

/// A value as Typst markup in a document in `language`, as [`printed`], each run of
/// another language tagged with it (see [`escape::markup_in`]).
fn printed_in(text: &str, language: Language) -> String {
    escape::markup_in(&crate::typography::joins::joined(text), language)
}

/// The value a helper was given, or the error for a helper called without one.
fn first_param<'h, 'rc>(
    h: &'h Helper<'rc>,
    helper: &'static str,
) -> Result<&'h handlebars::PathAndJson<'rc>, RenderErrorReason> {
    h.param(0)
        .ok_or(RenderErrorReason::ParamNotFoundForIndex(helper, 0))
}

/// Parses one template as [`registry`] would register it, or locates its syntax error.
fn parse(t: &Template) -> Result<HbTemplate, Diagnostic> {
    // The parser's options are private to Handlebars: register in a scratch registry
    // with the same settings and take the parsed template back out.
    let mut scratch = registry();
    match scratch.register_template_string(&t.name, t.text.as_ref()) {
        Ok(()) => Ok(scratch
            .get_template(&t.name)
            .expect("a template just registered")
            .clone()),
        Err(e) => {
            if let Some(found) = crate::render::template_syntax::explain(&t.text) {
                let text = t.text.as_ref();
                let end = found.offset + 2.min(text.len() - found.offset);
                return Err(
                    Diagnostic::at(&t.file, text, found.offset..end, found.message)
                        .with_hint(found.hint),
                );
            }
            let (line, column) = e.pos().unwrap_or((1, 1));
            Err(at_line(
                t,
                line,
                column,
                Documents::TemplateSyntax {
                    reason: e.reason().to_string(),
                },
            ))
        }
    }
}

/// A registry in strict mode: a variable that does not exist is an error.
fn registry() -> Handlebars<'static> {
    let mut h = Handlebars::new();
    h.set_strict_mode(true);
    h.set_prevent_indent(true);
    h
}

/// A diagnostic at a 1-based line and column of a template.
fn at_line(t: &Template, line: usize, column: usize, message: impl Into<Msg>) -> Diagnostic {
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

    /// A briefing's documents, as the documents' registry names the overviews.
    const DOCUMENTS: Use = Use::Documents(&["archive-index", "report"]);

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
    fn capitalise_raises_the_first_letter_only_and_escapes() {
        #[derive(Serialize)]
        struct Role {
            role: &'static str,
        }
        let r = renderer("{{capitalise role}}").unwrap();
        let out = r
            .render(
                "t",
                Output::Typst,
                &Role {
                    role: "әкім #1 of *X*",
                },
            )
            .unwrap();
        assert_eq!(out, "Әкім \\#1 of \\*X\\*");
    }

    #[test]
    fn values_in_another_script_than_the_documents_language_are_set_in_theirs() {
        #[derive(Serialize)]
        struct Page {
            lang: &'static str,
            hyphenate: bool,
            name: &'static str,
        }
        let r = renderer("{{name}} / {{upper name}} / {{whole name}}").unwrap();
        let page = |lang| Page {
            lang,
            hyphenate: true,
            name: "МОМ (IOM)",
        };
        assert_eq!(
            r.render("t", Output::Typst, &page("ru")).unwrap(),
            "МОМ \\(#text(lang: \"en\")[IOM];\\) / МОМ \\(#text(lang: \"en\")[IOM];\\) / \
             МОМ \\(#text(hyphenate: false)[#text(lang: \"en\")[IOM];\\)]"
        );
        assert_eq!(
            r.render("t", Output::Typst, &page("en")).unwrap(),
            "#text(lang: \"ru\")[МОМ]; \\(IOM\\) / #text(lang: \"ru\")[МОМ]; \\(IOM\\) / \
             #text(lang: \"ru\")[МОМ]; \\(#text(hyphenate: false)[IOM\\)]"
        );
    }

    #[test]
    fn whole_keeps_names_whole_only_where_the_language_hyphenates() {
        #[derive(Serialize)]
        struct Para {
            hyphenate: bool,
            text: &'static str,
        }
        let r = renderer("{{whole text}}").unwrap();
        let text = "вода #1 для Алматы] и *всех*";
        let out = r
            .render(
                "t",
                Output::Typst,
                &Para {
                    hyphenate: true,
                    text,
                },
            )
            .unwrap();
        assert_eq!(
            out,
            "вода \\#1 для #text(hyphenate: false)[Алматы]\\] и \\*всех\\*"
        );
        let out = r
            .render(
                "t",
                Output::Typst,
                &Para {
                    hyphenate: false,
                    text,
                },
            )
            .unwrap();
        assert_eq!(out, "вода \\#1 для Алматы\\] и \\*всех\\*");
    }

    #[test]
    fn whole_adds_only_its_own_calls_to_generated_text() {
        #[derive(Serialize)]
        struct Para {
            hyphenate: bool,
            text: String,
        }
        let r = renderer("{{whole text}}").unwrap();
        let alphabet: Vec<char> = "aZ Жж«»-–—.?!)]}[{#\\*_`$<>@=/~'\"\n\r\t\u{a0}\u{301}12Ә…”/:;,"
            .chars()
            .collect();
        let mut rng = fastrand::Rng::with_seed(14);
        let mut wrapped = 0;
        for _ in 0..2000 {
            let text: String = (0..rng.usize(0..40))
                .map(|_| alphabet[rng.usize(..alphabet.len())])
                .collect();
            let spans = crate::typography::unhyphenated(&text).len();
            let out = r
                .render(
                    "t",
                    Output::Typst,
                    &Para {
                        hyphenate: true,
                        text: text.clone(),
                    },
                )
                .unwrap();
            let root = typst::syntax::parse(&out);
            assert!(
                root.errors_and_warnings().0.is_empty(),
                "{text:?} gave markup that does not parse: {out:?}"
            );
            // The only code at the top: our wrappers, line breaks and the escaping's own
            // runs of a break mark (see `escape::BREAK_MARKS`).
            let calls: Vec<String> = root
                .children()
                .filter(|n| n.kind() == typst::syntax::SyntaxKind::FuncCall)
                .map(|n| n.full_text().to_string())
                .collect();
            let ours = calls
                .iter()
                .filter(|c| c.starts_with("text(hyphenate: false)["))
                .count();
            assert_eq!(ours, spans, "{text:?}: {out:?}");
            wrapped += ours;
            assert!(
                calls
                    .iter()
                    .all(|c| c.starts_with("text(hyphenate: false)[")
                        || c == "linebreak()"
                        || c.starts_with("text(fallback: true)[")),
                "{text:?}: {out:?}"
            );
        }
        assert!(wrapped > 300, "too few spans generated: {wrapped}");
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
        assert!(d.message.en().contains("nmae"), "{}", d.message);
        let at = d.location.unwrap();
        assert_eq!(at.line, 2);
        assert_eq!(d.file, std::path::Path::new("templates/t.typ.hbs"));
    }

    #[test]
    fn a_batch_shares_one_renderer_per_templates_folder() {
        let dir = tempfile::tempdir().unwrap();
        let (plain, styled) = (dir.path().join("plain"), dir.path().join("styled"));
        std::fs::create_dir_all(plain.join("a")).unwrap();
        std::fs::create_dir_all(styled.join("templates")).unwrap();
        std::fs::write(styled.join("templates/press-release.txt.hbs"), "mine").unwrap();
        let renderers = Renderers::new(None, DOCUMENTS);
        let first = renderers.for_briefing(&plain).unwrap();
        assert!(Arc::ptr_eq(
            &first,
            &renderers.for_briefing(&plain).unwrap()
        ));
        // Another folder without templates/ also gets the built-in renderer.
        assert!(Arc::ptr_eq(
            &first,
            &renderers.for_briefing(&plain.join("a")).unwrap()
        ));
        let own = renderers.for_briefing(&styled).unwrap();
        assert!(!Arc::ptr_eq(&first, &own));
        assert_eq!(
            own.render("press-release", Output::Text, &DATA).unwrap(),
            "mine"
        );
        // Documents never need the archive's index, so it is not parsed for them.
        assert!(own.origin("archive-index", Output::Typst).is_none());
    }

    #[test]
    fn every_briefing_of_a_batch_hears_of_a_broken_template() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("templates")).unwrap();
        std::fs::write(dir.path().join("templates/press-kit.typ.hbs"), "{{#if x}}").unwrap();
        let renderers = Renderers::new(None, DOCUMENTS);
        for _ in 0..2 {
            let errors = renderers.for_briefing(dir.path()).err().unwrap();
            assert!(errors[0].file.ends_with("templates/press-kit.typ.hbs"));
        }
    }

    #[test]
    fn syntax_errors_are_located() {
        let errors = renderer("ok\n{{#if name}}never closed").err().unwrap();
        assert_eq!(errors[0].file, std::path::Path::new("templates/t.typ.hbs"));
        assert!(errors[0].location.is_some());
    }
}
