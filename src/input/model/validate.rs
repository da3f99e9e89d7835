//! The checks of each section of a parsed briefing, and its resolution into the types of
//! [`resolved`](super::resolved): ids, references to speakers, dates, times, the
//! embargo, the bounds of [`limits`](super::limits), images through
//! [`assets`](super::assets). Every mistake is recorded at its key; none stops the others.

use std::collections::HashMap;

use toml::value::Datetime;

use crate::diagnostic::Diagnostic;
use crate::input::briefing::{self, KeyPath, Source, Text, at};
use crate::input::model::assets::read_asset;
use crate::input::model::limits::{
    MAX_BIO_CHARS, MAX_PEOPLE, MAX_SIGN_IN_ROWS, MAX_SPEAKERS, MAX_YEAR, MIN_YEAR,
};
use crate::input::model::resolved::{
    Advisory, AgendaItem, Briefing, Event, Organization, Photo, Piece, Quote, Release, Speaker,
};
use crate::input::outlets;
use crate::input::outlets::Outlet;
use crate::messages::{Msg, input::Input};
use crate::typeset::fonts;
use crate::vocab::Language;
use crate::vocab::{Asset, Date, Deadline, Embargo, Time};

impl Outlet {
    /// Applies the defaults of format `format`: one person; present (format 1) or not
    /// recorded yet (format 2) when `present` is absent.
    fn new(row: usize, a: briefing::Attendance, format: i64) -> Self {
        let recorded = a.present.is_some() || format == 1;
        Outlet {
            row,
            name: a.outlet.0,
            kind: a.kind,
            people: a.people.map_or(1, |n| n.get()),
            people_known: a.people.is_some(),
            present: a.present.unwrap_or(format == 1),
            recorded,
            website: nonempty(a.website),
            programme: nonempty(a.programme),
            journalists: texts(a.journalists),
        }
    }
}

/// The errors without those a misspelt table causes further down: with `[relase]` told
/// ("did you mean `release`?"), a `[release.contact]` below it makes a `release` of no
/// headline, whose "release has no `headline`" would only mislead.
fn without_echoes_of_misspelt_tables(errors: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let meant: Vec<String> = errors
        .iter()
        .filter(|d| matches!(d.message.input(), Some(Input::NotATable { .. })))
        .flat_map(|d| d.hints.iter())
        .filter_map(|h| match h.input() {
            Some(Input::DidYouMean { name }) => Some(name.clone()),
            _ => None,
        })
        .collect();
    errors
        .into_iter()
        .filter(|d| match d.message.input() {
            Some(Input::MissingRequiredKey { table, .. }) => !meant.contains(table),
            _ => true,
        })
        .collect()
}

/// Collects errors while resolving one briefing.
pub(super) struct Validator<'a> {
    /// The briefing's file.
    pub(super) source: &'a Source,
    /// The mistakes found so far.
    pub(super) errors: Vec<Diagnostic>,
    /// The fonts the documents may use, for the glyph check.
    pub(super) fonts: &'a fonts::FontSet,
    /// Each speaker's id and name, for the hints of a reference to no speaker.
    pub(super) speaker_names: Vec<(String, String)>,
}

impl Validator<'_> {
    /// Records an error at the value at `path`.
    fn error(&mut self, path: &KeyPath, message: impl Into<Msg>) -> &mut Diagnostic {
        let span = briefing::span_of(&self.source.text, path);
        let message = Input::AtKey {
            key: path.to_string(),
            what: Box::new(message.into()),
        };
        self.errors.push(self.source.error_at(span, message));
        self.errors.last_mut().expect("just pushed")
    }

    /// Every mistake of a briefing some of whose values do not read: those, the
    /// characters no font prints (in the order of the file), then what the checks of
    /// [`Validator::resolve`] find in the sections that read. A reference to a speaker is
    /// not checked when speakers were left out
    /// (those after a speaker that does not read).
    pub(super) fn partial(&mut self, partial: briefing::Partial) -> Vec<Diagnostic> {
        self.check_glyphs();
        let mut errors = partial.errors;
        errors.append(&mut self.errors);
        errors.sort_by_key(|d| d.location.as_ref().map(|l| (l.line, l.column)));
        if let Some(raw) = partial.briefing {
            self.resolve(raw);
            let speakers_left_out = partial.left_out.contains(&"speakers");
            errors.extend(self.errors.drain(..).filter(|d| {
                let unknown_speaker = matches!(d.message.input(), Some(Input::AtKey { what, .. })
                    if matches!(what.input(), Some(Input::UnknownSpeakerId { .. })));
                !(speakers_left_out && unknown_speaker)
            }));
        }
        // In the order of the file, as an officer reads it from the top.
        errors.sort_by_key(|d| d.location.as_ref().map(|l| (l.line, l.column)));
        without_echoes_of_misspelt_tables(errors)
    }

    /// Resolves every section, recording what is wrong.
    pub(super) fn resolve(&mut self, raw: briefing::Briefing) -> Briefing {
        self.errors
            .extend(crate::input::links::address_errors(self.source, &raw));
        let speakers = self.speakers(raw.speakers);
        self.speaker_names = speakers
            .iter()
            .map(|s| (s.id.clone(), s.name.clone()))
            .collect();
        let ids: HashMap<String, usize> = speakers
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i))
            .collect();
        let logo = raw
            .organization
            .logo
            .as_deref()
            .and_then(|p| self.asset(&at("organization").key("logo"), p));
        let (attendance, duplicate_outlets) =
            outlets::merge(self.attendance(raw.attendance, raw.format));
        Briefing {
            source: self.source.clone(),
            translations: Vec::new(),
            organization: Organization {
                data: raw.organization,
                logo,
            },
            event: self.event(raw.event),
            advisory: raw.advisory.map(|a| self.advisory(a)).unwrap_or_default(),
            release: raw.release.map(|r| self.release(r, &ids)),
            coverage: self.coverage(raw.coverage, &attendance),
            photos: self.photos(raw.photos, &ids),
            topics: raw.topics,
            agenda: raw
                .agenda
                .into_iter()
                .enumerate()
                .map(|(i, item)| {
                    let path = at("agenda").index(i);
                    AgendaItem {
                        time: item
                            .time
                            .and_then(|t| self.local_time(&path.key("time"), &t)),
                        item: item.item.0,
                        speaker: item
                            .speaker
                            .and_then(|id| self.speaker_ref(&path.key("speaker"), &id.0, &ids)),
                    }
                })
                .collect(),
            speakers,
            programmes: raw.programmes,
            reports: raw.reports,
            attendance,
            duplicate_outlets,
            format: raw.format,
            fonts: fonts::shipped(),
        }
    }

    /// Resolves the attendance list, bounding the people of each outlet
    /// ([`MAX_PEOPLE`]) and the rows they all make on the sign-in sheet
    /// ([`MAX_SIGN_IN_ROWS`]).
    fn attendance(&mut self, raw: Vec<briefing::Attendance>, format: i64) -> Vec<Outlet> {
        let outlets: Vec<Outlet> = raw
            .into_iter()
            .enumerate()
            .map(|(row, a)| Outlet::new(row, a, format))
            .collect();
        let mut rows = 0usize;
        let mut too_many = false;
        for (i, outlet) in outlets.iter().enumerate() {
            if outlet.people > MAX_PEOPLE {
                too_many = true;
                self.error(
                    &at("attendance").index(i).key("people"),
                    Input::TooManyPeople {
                        people: outlet.people,
                        most: MAX_PEOPLE,
                    },
                )
                .hints
                .push(Input::TooManyPeopleHint.into());
            }
            rows += outlet.journalists.len().max(outlet.people as usize);
        }
        // Said of each outlet already when one passes its own bound.
        if rows > MAX_SIGN_IN_ROWS && !too_many {
            self.error(
                &at("attendance"),
                Input::TooManySignInRows {
                    rows,
                    most: MAX_SIGN_IN_ROWS,
                },
            );
        }
        outlets
    }

    /// Checks the event's date, time and language.
    fn event(&mut self, event: briefing::Event) -> Event {
        let path = at("event");
        let date = self
            .local_date(&path.key("date"), &event.date)
            .unwrap_or(Date {
                year: 1970,
                month: 1,
                day: 1,
            });
        let time = event
            .time
            .as_ref()
            .and_then(|t| self.local_time(&path.key("time"), t));
        let end_date = event
            .end_date
            .as_ref()
            .and_then(|d| self.local_date(&path.key("end_date"), d))
            .filter(|&end| self.ends_after(&path.key("end_date"), date, end));
        let end_time = event
            .end_time
            .as_ref()
            .and_then(|t| self.local_time(&path.key("end_time"), t));
        if end_time.is_some() && event.time.is_none() {
            self.error(&path.key("end_time"), Input::EndTimeWithoutTime)
                .hints
                .push(Input::EndTimeWithoutTimeHint.into());
        }
        if let (Some(start), Some(end), None) = (time, end_time, end_date)
            && end <= start
        {
            let clock = |t: Time| format!("{:02}:{:02}", t.hour, t.minute);
            self.error(
                &path.key("end_time"),
                Input::EndTimeNotAfterStart {
                    end: clock(end),
                    start: clock(start),
                },
            )
            .hints
            .push(Input::EndTimeNotAfterStartHint.into());
        }
        let language = match event.language.as_deref() {
            None => Language::default(),
            Some(code) => Language::from_code(code).unwrap_or_else(|| {
                let known = Language::ALL
                    .iter()
                    .map(|l| format!("`{}`", l.code()))
                    .collect::<Vec<_>>();
                // A language written by its name, in any of the three ("русский").
                let folded = code.trim().to_lowercase();
                let named = Language::ALL.into_iter().find(|l| {
                    folded.chars().count() >= 3
                        && Language::ALL
                            .iter()
                            .map(|other| other.locale().language_name(l.code()))
                            .chain([l.locale().name.clone()])
                            .any(|name| name.to_lowercase().starts_with(&folded))
                });
                let hints = &mut self
                    .error(
                        &path.key("language"),
                        Input::UnknownLanguage {
                            code: code.to_string(),
                        },
                    )
                    .hints;
                // `kz` is Kazakhstan's country code, not its language's.
                if folded == "kz" {
                    hints.push(
                        Input::DidYouMean {
                            name: Language::Kk.code().into(),
                        }
                        .into(),
                    );
                }
                match named.or((folded == "kz").then_some(Language::Kk)) {
                    Some(l) => hints.push(
                        Input::WriteValue {
                            key: "language".into(),
                            value: l.code().into(),
                        }
                        .into(),
                    ),
                    None => hints.push(
                        Input::KnownLanguages {
                            languages: known.join(", "),
                        }
                        .into(),
                    ),
                }
                Language::default()
            }),
        };
        Event {
            data: event,
            date,
            end_date: end_date.filter(|&end| end != date),
            time,
            end_time,
            language,
        }
    }

    /// Whether an event's last day `end` is not before its first, `start`; records the
    /// error at `path` when it is.
    fn ends_after(&mut self, path: &KeyPath, start: Date, end: Date) -> bool {
        if end < start {
            self.error(
                path,
                Input::EndBeforeStart {
                    end: end.to_string(),
                    start: start.to_string(),
                },
            )
            .hints
            .push(
                Input::EndBeforeStartHint {
                    start: start.to_string(),
                }
                .into(),
            );
        }
        end >= start
    }

    /// Resolves the release's quotes and embargo.
    fn release(&mut self, release: briefing::Release, ids: &HashMap<String, usize>) -> Release {
        let path = at("release");
        if release.body.is_empty() {
            self.error(&path.key("body"), Input::NoParagraph);
        }
        let embargo = release
            .embargo
            .as_ref()
            .and_then(|e| self.embargo(&path.key("embargo"), e));
        let date = release
            .date
            .as_ref()
            .and_then(|d| self.local_date(&path.key("date"), d));
        let quotes = release
            .quotes
            .into_iter()
            .enumerate()
            .filter_map(|(i, q)| {
                let speaker = self.speaker_ref(
                    &path.key("quotes").index(i).key("speaker"),
                    &q.speaker.0,
                    ids,
                )?;
                Some(Quote {
                    speaker,
                    text: q.text.0,
                })
            })
            .collect();
        Release {
            headline: release.headline.0,
            summary: nonempty(release.summary),
            body: texts(release.body),
            embargo,
            date,
            city: nonempty(release.city),
            contact: release.contact,
            quotes,
        }
    }

    /// Checks the advisory's deadline and interpretation codes.
    fn advisory(&mut self, advisory: briefing::Advisory) -> Advisory {
        let path = at("advisory");
        let deadline = advisory
            .deadline
            .as_ref()
            .and_then(|d| self.deadline(&path.key("deadline"), d));
        let interpretation = advisory
            .interpretation
            .into_iter()
            .enumerate()
            .filter_map(|(i, code)| {
                let code = code.0.trim().to_lowercase();
                let valid =
                    (2..=3).contains(&code.len()) && code.chars().all(|c| c.is_ascii_lowercase());
                if !valid {
                    self.error(
                        &path.key("interpretation").index(i),
                        Input::NotALanguageCode { code: code.clone() },
                    )
                    .hints
                    .push(Input::LanguageCodesHint.into());
                }
                valid.then_some(code)
            })
            .collect();
        Advisory {
            contact: advisory.contact,
            deadline,
            facts: texts(advisory.facts),
            opportunities: texts(advisory.opportunities),
            interpretation,
        }
    }

    /// Checks a deadline: a local date-time or one with a UTC offset (a date alone is
    /// read as that day).
    fn deadline(&mut self, path: &KeyPath, value: &Datetime) -> Option<Deadline> {
        use toml::value::Offset;
        match (value.date, value.time, value.offset) {
            (Some(d), time, offset) => Some(Deadline {
                date: Date {
                    year: d.year,
                    month: d.month,
                    day: d.day,
                },
                time: time.map(|t| Time {
                    hour: t.hour,
                    minute: t.minute,
                }),
                offset_minutes: offset.map(|o| match o {
                    Offset::Z => 0,
                    Offset::Custom { minutes } => minutes,
                }),
            }),
            (None, ..) => {
                self.error(
                    path,
                    Input::ExpectedMoment {
                        found: value.to_string(),
                    },
                );
                None
            }
        }
    }

    /// Checks coverage dates and links each piece to the attending outlet of its name.
    fn coverage(&mut self, coverage: Vec<briefing::Coverage>, attendance: &[Outlet]) -> Vec<Piece> {
        let by_key: HashMap<String, usize> = attendance
            .iter()
            .enumerate()
            .map(|(i, o)| (outlets::key(&o.name), i))
            .collect();
        coverage
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                let path = at("coverage").index(i);
                let date = self.local_date(&path.key("date"), &c.date).unwrap_or(Date {
                    year: 1970,
                    month: 1,
                    day: 1,
                });
                let outlet_index = by_key.get(&outlets::key(&c.outlet.0)).copied();
                Piece {
                    kind: c.kind.or_else(|| outlet_index.map(|o| attendance[o].kind)),
                    outlet: c.outlet.0,
                    headline: c.headline.0,
                    date,
                    url: nonempty(c.url),
                    language: nonempty(c.language),
                    reach: c.reach,
                    note: nonempty(c.note),
                    outlet_index,
                }
            })
            .collect()
    }

    /// Reads photos and resolves the speakers they show.
    fn photos(&mut self, photos: Vec<briefing::Photo>, ids: &HashMap<String, usize>) -> Vec<Photo> {
        photos
            .into_iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let path = at("photos").index(i);
                let speaker = p
                    .speaker
                    .and_then(|id| self.speaker_ref(&path.key("speaker"), &id.0, ids));
                let image = self.asset(&path.key("file"), &p.file)?;
                Some(Photo {
                    image,
                    caption: p.caption.0,
                    credit: p.credit.0,
                    alt: p.alt.0,
                    speaker,
                })
            })
            .collect()
    }

    /// Checks speaker ids for uniqueness and reads photos.
    fn speakers(&mut self, speakers: Vec<briefing::Speaker>) -> Vec<Speaker> {
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut out = Vec::with_capacity(speakers.len());
        if speakers.len() > MAX_SPEAKERS {
            let count = speakers.len();
            self.error(
                &at("speakers").index(MAX_SPEAKERS),
                Input::TooManySpeakers {
                    count,
                    most: MAX_SPEAKERS,
                },
            )
            .hints
            .push(Input::TooManySpeakersHint.into());
        }
        let mut bio_chars = 0usize;
        for (i, s) in speakers.into_iter().enumerate() {
            let path = at("speakers").index(i);
            let before = bio_chars;
            bio_chars += s
                .bio
                .iter()
                .flatten()
                .map(|t| t.0.chars().count())
                .sum::<usize>();
            if before <= MAX_BIO_CHARS && bio_chars > MAX_BIO_CHARS {
                self.error(
                    &path.key("bio"),
                    Input::BiosTooLong {
                        chars: bio_chars,
                        most: MAX_BIO_CHARS,
                    },
                )
                .hints
                .push(Input::BiosTooLongHint.into());
            }
            if let Some(first) = seen.insert(s.id.0.clone(), i) {
                self.error(
                    &path.key("id"),
                    Input::IdUsedTwice {
                        id: s.id.0.clone(),
                        first: at("speakers").index(first).to_string(),
                    },
                )
                .hints
                .push(Input::IdOfItsOwn.into());
            }
            let photo = s
                .photo
                .as_deref()
                .and_then(|p| self.asset(&path.key("photo"), p));
            out.push(Speaker {
                id: s.id.0,
                name: s.name.0,
                honorific: nonempty(s.honorific),
                role: s.role.0,
                organization: nonempty(s.organization),
                bio: s.bio.map(texts).unwrap_or_default(),
                photo,
                photo_credit: nonempty(s.photo_credit),
            });
        }
        out
    }

    /// Resolves a speaker id, recording an error when no speaker has it.
    fn speaker_ref(
        &mut self,
        path: &KeyPath,
        id: &str,
        ids: &HashMap<String, usize>,
    ) -> Option<usize> {
        let found = ids.get(id).copied();
        if found.is_none() {
            let mut known: Vec<&str> = ids.keys().map(String::as_str).collect();
            known.sort_unstable();
            let named: Vec<(usize, &(String, String))> = self
                .speaker_names
                .iter()
                .enumerate()
                .filter(|(_, (_, name))| names_match(id, name))
                .collect();
            let nearest = known
                .iter()
                .min_by_key(|k| strsim::levenshtein(id, k))
                .filter(|k| strsim::levenshtein(id, k) <= 3);
            let mut hints: Vec<Msg> = Vec::new();
            match (named.as_slice(), nearest) {
                ([(i, (sid, name))], _) => hints.push(
                    Input::SpeakerNamed {
                        typed: id.to_string(),
                        path: at("speakers").index(*i).to_string(),
                        name: name.to_string(),
                        id: sid.to_string(),
                    }
                    .into(),
                ),
                ([_, _, ..], _) => hints.push(
                    Input::SpeakersNamed {
                        typed: id.to_string(),
                        list: named
                            .iter()
                            .map(|(i, (sid, name))| {
                                Msg::from(Input::SpeakerOfList {
                                    path: at("speakers").index(*i).to_string(),
                                    name: name.to_string(),
                                    id: sid.to_string(),
                                })
                                .to_string()
                            })
                            .collect::<Vec<_>>()
                            .join("; "),
                    }
                    .into(),
                ),
                ([], Some(k)) => hints.push(
                    Input::DidYouMean {
                        name: k.to_string(),
                    }
                    .into(),
                ),
                ([], None) => {}
            }
            hints.push(Msg::from(if known.is_empty() {
                Input::NoSpeakers
            } else if named.is_empty() && nearest.is_none() {
                Input::SpeakerIds {
                    list: known.join(", "),
                }
            } else {
                Input::SpeakerNamedById {
                    list: known.join(", "),
                }
            }));
            self.error(path, Input::UnknownSpeakerId { id: id.to_string() })
                .hints
                .extend(hints);
        }
        found
    }

    /// Checks that a datetime is a date alone.
    fn local_date(&mut self, path: &KeyPath, value: &Datetime) -> Option<Date> {
        match (value.date, value.time, value.offset) {
            (Some(d), None, None) if !(MIN_YEAR..=MAX_YEAR).contains(&d.year) => {
                self.error(
                    path,
                    Input::YearOutOfRange {
                        year: d.year.to_string(),
                        from: MIN_YEAR.to_string(),
                        to: MAX_YEAR.to_string(),
                    },
                );
                None
            }
            (Some(d), None, None) => Some(Date {
                year: d.year,
                month: d.month,
                day: d.day,
            }),
            _ => {
                self.error(
                    path,
                    Input::ExpectedDate {
                        found: value.to_string(),
                    },
                );
                None
            }
        }
    }

    /// Checks that a datetime is a time of day alone.
    fn local_time(&mut self, path: &KeyPath, value: &Datetime) -> Option<Time> {
        match (value.date, value.time, value.offset) {
            (None, Some(t), None) => Some(Time {
                hour: t.hour,
                minute: t.minute,
            }),
            _ => {
                self.error(
                    path,
                    Input::ExpectedTime {
                        found: value.to_string(),
                    },
                );
                None
            }
        }
    }

    /// Checks that an embargo is a full date, time and UTC offset.
    fn embargo(&mut self, path: &KeyPath, value: &Datetime) -> Option<Embargo> {
        use toml::value::Offset;
        match (value.date, value.time, value.offset) {
            (Some(d), Some(t), Some(offset)) => Some(Embargo {
                date: Date {
                    year: d.year,
                    month: d.month,
                    day: d.day,
                },
                time: Time {
                    hour: t.hour,
                    minute: t.minute,
                },
                offset_minutes: match offset {
                    Offset::Z => 0,
                    Offset::Custom { minutes } => minutes,
                },
            }),
            _ => {
                self.error(
                    path,
                    Input::ExpectedEmbargo {
                        found: value.to_string(),
                    },
                )
                .hints
                .push(Input::EmbargoNeedsZone.into());
                None
            }
        }
    }

    /// Reads an image named relative to the briefing, refusing paths that leave its folder.
    fn asset(&mut self, path: &KeyPath, relative: &str) -> Option<Asset> {
        let key = path
            .0
            .iter()
            .rev()
            .find_map(|k| match k {
                briefing::Key::Name(name) => Some(name.to_string()),
                briefing::Key::Index(_) => None,
            })
            .unwrap_or_default();
        match read_asset(&self.source.folder(), relative, &key) {
            Ok(asset) => Some(asset),
            Err(refusal) => {
                let (message, hint) = *refusal;
                self.error(path, message).hints.push(hint.into());
                None
            }
        }
    }
}

/// Whether `typed` is a speaker's `name` or part of it (`Жанна` of `Жанна Ахметова`),
/// word by word, in any case.
fn names_match(typed: &str, name: &str) -> bool {
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| c.is_whitespace() || matches!(c, '.' | ','))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (typed, name) = (words(typed), words(name));
    !typed.is_empty() && typed.iter().all(|w| name.contains(w))
}

/// Drops optional text that is empty or only white space.
fn nonempty(text: Option<String>) -> Option<String> {
    text.filter(|t| !t.trim().is_empty())
}

/// Unwraps checked text values.
fn texts(values: Vec<Text>) -> Vec<String> {
    values.into_iter().map(|t| t.0).collect()
}
