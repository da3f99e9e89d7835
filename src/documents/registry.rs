//! The registry of documents: every document of a briefing ([`DOCUMENTS`]), the press
//! page's bundle ([`BUNDLE`]) and the overviews of a whole archive ([`OVERVIEWS`]), each
//! declaring what it needs and where it goes: the data it cannot be made without, the
//! warnings it raises, whether `press-kit.zip` carries it, whether it is written again in
//! each translation's language (and which texts it prints), what `mail` does with it, and
//! whether the archive keeps it. Everything else (`build`, `--only`, the zip, the
//! translations, the drafts, `archive`, `verify` and the catalogue) reads these entries
//! and never names a document itself.

use crate::diagnostic::Diagnostic;
use crate::input::model::Briefing;
use crate::messages::documents::Documents;
use crate::render::templates::Output;

/// A document `build` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Document {
    /// Output file name; an archived copy keeps it.
    pub file: &'static str,
    /// Template name (without `.typ.hbs` / `.txt.hbs`).
    pub template: &'static str,
    /// What the template produces.
    pub output: Output,
    /// Rough relative cost of typesetting it (about its pages in a typical kit), so that
    /// when documents are typeset in parallel the heaviest start first.
    pub weight: u8,
    /// What the briefing must hold for the document to be made.
    pub needs: Needs,
    /// The warnings about the briefing that making it raises (beside [`ALWAYS`]).
    pub checks: &'static [Check],
    /// Whether `press-kit.zip` carries it (in [`DOCUMENTS`] order).
    pub bundled: bool,
    /// Whether it is written again in the language of each translation, and then the
    /// texts it prints, as key paths without their indices (`speakers.bio`): a text not
    /// translated yet under one of them keeps it from that language. `None`: the
    /// briefing's language only.
    pub translated: Option<&'static [&'static str]>,
    /// What a `mail` draft does with it.
    pub mail: Mail,
    /// Whether `archive` keeps it.
    pub archived: Archived,
}

/// Data a document cannot be made without.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// Nothing beyond the organisation and the event.
    Nothing,
    /// A `[release]`.
    Release,
    /// At least one `[[speakers]]` table.
    Speakers,
    /// Attendance recorded: an outlet that came.
    Attendance,
}

impl Needs {
    /// What is missing from `briefing` for a document with these needs, if anything.
    pub fn missing(self, briefing: &Briefing) -> Option<Missing> {
        match self {
            Self::Release if briefing.release.is_none() => Some(Missing::Release),
            Self::Speakers if briefing.speakers.is_empty() => Some(Missing::Speakers),
            Self::Attendance if !briefing.attendance.iter().any(|o| o.present) => {
                Some(Missing::Attendance)
            }
            _ => None,
        }
    }
}

/// Why a document was left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Missing {
    /// The briefing has no `[release]` yet.
    Release,
    /// The briefing has no `[[speakers]]`.
    Speakers,
    /// No outlet is recorded as having come.
    Attendance,
}

impl Missing {
    /// The reason, in the format's words.
    pub fn reason(self) -> Documents {
        match self {
            Self::Release => Documents::NoReleaseYet,
            Self::Speakers => Documents::NoSpeakers,
            Self::Attendance => Documents::NoAttendanceYet,
        }
    }
}

/// A group of warnings about the briefing, raised when a document that prints what they
/// are about is made. Their order is the order they are printed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Check {
    /// The advisory's: no way to register, a late deadline, an unnamed interpretation
    /// language.
    Advisory,
    /// The attendance's and coverage's: a coverage outlet nearly an attendance one, an
    /// outlet written twice, presence recorded on some rows only.
    Attendance,
    /// Web addresses that cannot become links.
    Links,
    /// The release's: a dateline typed into the body, a long headline.
    Release,
}

impl Check {
    /// The warnings of this group about `briefing`.
    pub fn run(self, briefing: &Briefing) -> Vec<Diagnostic> {
        use crate::documents::warnings;
        use crate::input::model;
        let mut found = Vec::new();
        match self {
            Self::Advisory => {
                found.extend(model::no_way_to_register(briefing));
                found.extend(warnings::advisory_warnings(briefing));
            }
            Self::Attendance => {
                found.extend(model::coverage_near_misses(briefing));
                found.extend(warnings::duplicate_warnings(briefing));
                found.extend(warnings::unrecorded_warnings(briefing));
            }
            Self::Links => found.extend(warnings::link_warnings(briefing)),
            Self::Release => {
                found.extend(model::typed_dateline(briefing));
                found.extend(model::long_headline(briefing));
            }
        }
        found
    }
}

/// The checks every briefing gets, whichever documents are made: its web addresses are
/// printed in the release's letterhead, the kit's reports and the summary's lists alike.
pub const ALWAYS: &[Check] = &[Check::Links];

/// What a `mail` draft does with a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mail {
    /// Nothing.
    No,
    /// It is the draft's body: a text document as its plain part, a web page's template
    /// rendered as a letter (greeting, covering line, signature) as its HTML part.
    Body,
    /// Attached to every draft.
    Attached,
    /// Attached when asked for (`--attach-kit`).
    OnRequest,
}

/// Whether `archive` keeps a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Archived {
    /// Not archived (text and web pages can be made again from the attached source).
    No,
    /// Archived as PDF/A under its file name.
    Yes,
    /// Archived, and the copy whose attached sources the archive reads a folder's
    /// briefing from (the catalogue, `verify`, a leftover folder's owner): made whenever
    /// a briefing can be archived.
    Catalogued,
}

impl Document {
    /// The name `--only` knows the document by: its file name without the extension.
    pub fn name(&self) -> &'static str {
        self.file
            .rsplit_once('.')
            .map_or(self.file, |(stem, _)| stem)
    }

    /// Whether a `mail` draft needs it made, with `--attach-kit` or without.
    pub fn mailed(&self, attach_kit: bool) -> bool {
        match self.mail {
            Mail::No => false,
            Mail::Body | Mail::Attached => true,
            Mail::OnRequest => attach_kit,
        }
    }
}

/// The names `--only` accepts, each once, in [`DOCUMENTS`] order.
pub fn names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    for doc in DOCUMENTS {
        if !names.contains(&doc.name()) {
            names.push(doc.name());
        }
    }
    names
}

/// The files a whole `build` of `briefing` writes in its own language, in the order
/// they are written: every document whose needs it meets, then the bundle when it meets
/// the bundle's (a translation's documents come beside them, see
/// [`crate::documents::translated`]).
pub fn whole_build(briefing: &Briefing) -> Vec<&'static str> {
    DOCUMENTS
        .iter()
        .filter(|d| d.needs.missing(briefing).is_none())
        .map(|d| d.file)
        .chain(Some(BUNDLE.file).filter(|_| BUNDLE.needs.missing(briefing).is_none()))
        .collect()
}

/// The archived document whose attached sources give an archived folder's briefing back.
pub fn catalogued() -> &'static Document {
    DOCUMENTS
        .iter()
        .find(|d| d.archived == Archived::Catalogued)
        .expect("the registry names the archived document the catalogue reads")
}

/// The documents a `mail` draft carries in its body or attached, in [`DOCUMENTS`] order.
pub fn mailed(attach_kit: bool) -> impl Iterator<Item = &'static Document> {
    DOCUMENTS.iter().filter(move |d| d.mailed(attach_kit))
}

/// The texts the release prints, in every form of it.
const RELEASE_TEXTS: &[&str] = &[
    "organization",
    "event",
    "release",
    "speakers.role",
    "speakers.organization",
];

/// The texts the news item prints, in both forms.
const NEWS_TEXTS: &[&str] = &[
    "organization",
    "event",
    "release.headline",
    "release.summary",
    "release.body",
    "release.quotes",
    "programmes",
    "reports",
    "speakers.role",
    "speakers.organization",
];

/// The warnings of the release's documents.
const RELEASE_CHECKS: &[Check] = &[Check::Release];

/// Every document of a press kit, in the order they are written.
pub const DOCUMENTS: &[Document] = &[
    Document {
        file: "press-release.pdf",
        template: "press-release",
        output: Output::Typst,
        weight: 1,
        needs: Needs::Release,
        checks: RELEASE_CHECKS,
        bundled: true,
        translated: Some(RELEASE_TEXTS),
        mail: Mail::Attached,
        archived: Archived::Catalogued,
    },
    Document {
        file: "speaker-bios.pdf",
        template: "speaker-bios",
        output: Output::Typst,
        weight: 3,
        needs: Needs::Speakers,
        checks: &[],
        bundled: false,
        translated: Some(&["organization", "event", "speakers"]),
        mail: Mail::No,
        archived: Archived::Yes,
    },
    Document {
        file: "attendance-summary.pdf",
        template: "attendance-summary",
        output: Output::Typst,
        weight: 2,
        needs: Needs::Nothing,
        checks: &[Check::Attendance],
        bundled: false,
        // Internal: it stays in the briefing's language.
        translated: None,
        mail: Mail::No,
        archived: Archived::Yes,
    },
    Document {
        file: "press-kit.pdf",
        template: "press-kit",
        output: Output::Typst,
        weight: 8,
        needs: Needs::Nothing,
        checks: RELEASE_CHECKS,
        bundled: true,
        translated: Some(&[
            "organization",
            "event",
            "advisory",
            "release",
            "speakers",
            "photos",
        ]),
        mail: Mail::OnRequest,
        archived: Archived::Yes,
    },
    Document {
        file: "press-release.txt",
        template: "press-release",
        output: Output::Text,
        weight: 0,
        needs: Needs::Release,
        checks: RELEASE_CHECKS,
        bundled: true,
        translated: Some(RELEASE_TEXTS),
        mail: Mail::Body,
        archived: Archived::No,
    },
    Document {
        file: "press-release.html",
        template: "press-release",
        output: Output::Html,
        weight: 0,
        needs: Needs::Release,
        checks: RELEASE_CHECKS,
        bundled: true,
        translated: Some(RELEASE_TEXTS),
        mail: Mail::Body,
        archived: Archived::No,
    },
    Document {
        file: "media-advisory.pdf",
        template: "media-advisory",
        output: Output::Typst,
        weight: 1,
        needs: Needs::Nothing,
        checks: &[Check::Advisory],
        bundled: false,
        translated: Some(&[
            "organization",
            "event",
            "advisory",
            "release.contact",
            "agenda",
            "topics",
            "speakers.role",
            "speakers.organization",
        ]),
        mail: Mail::No,
        archived: Archived::Yes,
    },
    Document {
        file: "sign-in-sheet.pdf",
        template: "sign-in-sheet",
        output: Output::Typst,
        weight: 3,
        needs: Needs::Nothing,
        checks: &[],
        bundled: false,
        // Printed for the door: the briefing's own.
        translated: None,
        mail: Mail::No,
        archived: Archived::Yes,
    },
    Document {
        file: "name-tents.pdf",
        template: "name-tents",
        output: Output::Typst,
        weight: 3,
        needs: Needs::Speakers,
        checks: &[],
        bundled: false,
        // Printed for the table: the briefing's own.
        translated: None,
        mail: Mail::No,
        archived: Archived::Yes,
    },
    Document {
        file: "news-item.txt",
        template: "news-item",
        output: Output::Text,
        weight: 0,
        needs: Needs::Attendance,
        checks: &[],
        bundled: false,
        translated: Some(NEWS_TEXTS),
        mail: Mail::No,
        archived: Archived::No,
    },
    Document {
        file: "news-item.html",
        template: "news-item",
        output: Output::Html,
        weight: 0,
        needs: Needs::Attendance,
        checks: &[],
        bundled: false,
        translated: Some(NEWS_TEXTS),
        mail: Mail::No,
        archived: Archived::No,
    },
];

/// The press page's download: the documents marked [`Document::bundled`], and the
/// photos with their captions (see [`crate::documents::bundle`]). It comes with a whole
/// build, in the briefing's language and in each translation's whose bundled documents
/// are all made.
#[derive(Debug, Clone, Copy)]
pub struct Bundle {
    /// Output file name.
    pub file: &'static str,
    /// What the briefing must hold for it to be made.
    pub needs: Needs,
}

/// `press-kit.zip`.
pub const BUNDLE: Bundle = Bundle {
    file: "press-kit.zip",
    needs: Needs::Release,
};

/// The documents the bundle carries, in [`DOCUMENTS`] order.
pub fn bundled() -> impl Iterator<Item = &'static Document> {
    DOCUMENTS.iter().filter(|d| d.bundled)
}

/// A document about a whole archive, made from its catalogue rather than from one
/// briefing: its templates are parsed only by the command that makes it.
#[derive(Debug, Clone, Copy)]
pub struct Overview {
    /// Output file name (the report's is the user's choice; this is its default).
    pub file: &'static str,
    /// Template name (without `.typ.hbs`).
    pub template: &'static str,
    /// What it is, for `templates vars`.
    pub what: fn() -> Documents,
    /// The context its template receives for an archive of the reference briefing, for
    /// `templates vars`: made by the function the command uses.
    pub example: fn() -> serde_json::Value,
}

/// The archive's index, rebuilt by `archive`.
pub const ARCHIVE_INDEX: Overview = Overview {
    file: "index.pdf",
    template: "archive-index",
    what: || Documents::TheArchivesIndex,
    example: crate::documents::examples::index_context,
};

/// The report to the donor, made by `report`.
pub const REPORT: Overview = Overview {
    file: "report.pdf",
    template: "report",
    what: || Documents::TheReportToTheDonor,
    example: crate::documents::examples::report_context,
};

/// Every overview.
pub const OVERVIEWS: &[Overview] = &[ARCHIVE_INDEX, REPORT];

/// The templates a briefing's renderer parses: every one but the overviews'.
pub const DOCUMENT_TEMPLATES: crate::render::templates::Use =
    crate::render::templates::Use::Documents(&[ARCHIVE_INDEX.template, REPORT.template]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_archive_reads_one_document_made_whenever_a_briefing_can_be_archived() {
        let catalogued: Vec<&Document> = DOCUMENTS
            .iter()
            .filter(|d| d.archived == Archived::Catalogued)
            .collect();
        assert_eq!(catalogued.len(), 1, "{catalogued:?}");
        // `archive` refuses a briefing without a release, and archives only PDFs.
        assert!(matches!(
            catalogued[0].needs,
            Needs::Release | Needs::Nothing
        ));
        for doc in DOCUMENTS.iter().filter(|d| d.archived != Archived::No) {
            assert_eq!(doc.output, Output::Typst, "{} is archived", doc.file);
        }
    }

    #[test]
    fn every_file_name_is_unique_and_the_bundle_carries_only_what_is_built_with_it() {
        let mut files: Vec<&str> = DOCUMENTS.iter().map(|d| d.file).collect();
        files.push(BUNDLE.file);
        let count = files.len();
        files.sort_unstable();
        files.dedup();
        assert_eq!(files.len(), count, "a file name is used twice");
        // The bundle needs what each document it carries needs, or less.
        for doc in bundled() {
            assert!(
                doc.needs == BUNDLE.needs || doc.needs == Needs::Nothing,
                "{}",
                doc.file
            );
        }
        // A draft's body is one text and one web page.
        let body: Vec<Output> = DOCUMENTS
            .iter()
            .filter(|d| d.mail == Mail::Body)
            .map(|d| d.output)
            .collect();
        assert_eq!(body, [Output::Text, Output::Html]);
    }

    #[test]
    fn checks_run_in_their_declared_order() {
        let mut checks: Vec<Check> = DOCUMENTS
            .iter()
            .flat_map(|d| d.checks.iter().copied())
            .chain(ALWAYS.iter().copied())
            .collect();
        checks.sort();
        checks.dedup();
        assert_eq!(
            checks,
            [
                Check::Advisory,
                Check::Attendance,
                Check::Links,
                Check::Release
            ]
        );
    }
}
