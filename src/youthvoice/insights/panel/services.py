"""Young people's panels: reads and writes (models in ``insights.panel.models``).

Staff choose accepted themes from the codebook; young people see only each theme's name and definition
(never its examples, an answer or a count), rank the themes and agree or change each definition. Each group
is a round; rounds combine by Borda count. A panel runs on a shared device the way a facilitated session
does (``voices.facilitation``): starting it signs the worker out on that device, and a PIN ends it.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from youthvoice.consultations.models import Consultation
from youthvoice.deidentify.engine import deidentified
from youthvoice.insights.coding.services import codebook_themes
from youthvoice.insights.disclosure import Cell, OneWayTable, protect_count, protect_one_way
from youthvoice.insights.panel.models import (
    MAX_PARTICIPANTS,
    MAX_WORDING_LENGTH,
    PanelPlacing,
    PanelRound,
    PanelTheme,
    YoungPeoplesPanel,
)
from youthvoice.language.publishing import GateReport, publication_gate_check, publication_gate_pass
from youthvoice.partnership.models import Partnership
from youthvoice.voices.demographics import AgeBand
from youthvoice.voices.facilitation import (
    PIN_PATTERN,
    SESSION_PANEL,
    facilitated_session_end_with_pin,
)

MIN_THEMES = 2
MAX_THEMES = 12
# Double quotation marks of every kind: a definition with one may quote what someone said.
QUOTATION_MARKS = frozenset('"“”„‟«»')
AGE_BANDS = [(value, label) for value, label in AgeBand.choices if value != AgeBand.PREFER_NOT_TO_SAY]


class PanelError(Exception):
    """A panel cannot do this; the message is fit to show to the person who asked."""


class PanelRoundInvalid(PanelError):
    """A group's ranking has problems: ``problems`` maps a panel theme's id (or None) to (field, message)."""

    def __init__(self, problems: dict[int | None, tuple[str, str]]):
        self.problems = problems
        super().__init__(" ".join(message for _field, message in problems.values()))


# --- the maths ------------------------------------------------------------------------------------------


def borda_points(rankings: Iterable[Mapping[int, int]], *, keys: Sequence[int]) -> dict[int, int]:
    """Borda count: in each ranking of n items, the item in place p (1 = first) scores n - p points.

    Every ranking must place every key once (``panel_round_record`` makes sure of it)."""
    points = dict.fromkeys(keys, 0)
    n = len(keys)
    for ranking in rankings:
        for key, position in ranking.items():
            points[key] += n - position
    return points


def ranks_from_points(points: Mapping[int, int]) -> dict[int, int]:
    """Standard competition ranking ("1, 2, 2, 4"): equal points share a place, and the next place is
    skipped for each item sharing the one before."""
    ordered = sorted(points.values(), reverse=True)
    return {key: ordered.index(value) + 1 for key, value in points.items()}


def ordinal(place: int) -> str:
    """A place in plain words: "first", "second", ... (young people read it)."""
    words = {
        1: _("first"),
        2: _("second"),
        3: _("third"),
        4: _("fourth"),
        5: _("fifth"),
        6: _("sixth"),
        7: _("seventh"),
        8: _("eighth"),
        9: _("ninth"),
        10: _("tenth"),
        11: _("eleventh"),
        12: _("twelfth"),
    }
    return words.get(place, _("number %(place)s") % {"place": place})


# --- creating a panel -----------------------------------------------------------------------------------


def theme_problem_for_panel(theme) -> str:
    """Why a theme cannot be shown to a panel as it stands, or "" when it can."""
    definition = (theme.description or "").strip()
    if not definition:
        return f"“{theme.name}” has no definition yet: write one in the codebook first."
    if QUOTATION_MARKS & set(definition) or QUOTATION_MARKS & set(theme.name):
        return (
            f"“{theme.name}”'s definition has quotation marks, so it may quote someone: change it in the "
            "codebook to plain words first."
        )
    return ""


def panel_themes_offered(*, partnership: Partnership) -> list[tuple[object, str]]:
    """The codebook's themes, each with the reason it cannot go to a panel ("" when it can)."""
    return [(theme, theme_problem_for_panel(theme)) for theme in codebook_themes(partnership=partnership)]


def panel_texts(themes) -> dict[str, str]:
    """What young people will read about the themes, named for the language check."""
    texts = {}
    for theme in themes:
        texts[f"Theme: {theme.name}"] = theme.name
        texts[f"Definition of {theme.name}"] = (theme.description or "").strip()
    return texts


def _clean_age_bands(age_band_counts: Mapping[str, int | None], participants: int) -> dict[str, int]:
    known = dict(AGE_BANDS)
    counts = {}
    for band, count in (age_band_counts or {}).items():
        if band not in known:
            raise PanelError("Choose age bands from the list.")
        if count in (None, 0):
            continue
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise PanelError(f"The number aged {known[band]} must be a whole number, 0 or more.")
        counts[band] = count
    total = sum(counts.values())
    if total > participants:
        raise PanelError(
            f"The age bands add up to {total}, more than the {participants} young people taking part."
        )
    return counts


@transaction.atomic
def panel_create(
    *,
    partnership: Partnership,
    user,
    themes: Sequence,
    held_on: datetime.date,
    participants: int,
    consultation: Consultation | None = None,
    age_band_counts: Mapping[str, int | None] | None = None,
    overrides: dict[str, str] | None = None,
) -> YoungPeoplesPanel:
    """Make a panel for ``themes`` (accepted themes of the partnership's codebook).

    The words young people will read pass the language gate (``PublicationBlocked`` unless staff give a
    reason for each blocking rule): nothing is saved when they do not."""
    themes = list(dict.fromkeys(themes))
    if consultation is not None and consultation.partnership_id != partnership.pk:
        raise PanelError("Choose a consultation from your partnership.")
    if any(theme.codebook.partnership_id != partnership.pk for theme in themes):
        raise PanelError("Choose themes from your partnership's codebook.")
    if not MIN_THEMES <= len(themes) <= MAX_THEMES:
        raise PanelError(f"Choose between {MIN_THEMES} and {MAX_THEMES} themes for young people to rank.")
    for theme in themes:
        problem = theme_problem_for_panel(theme)
        if problem:
            raise PanelError(problem)
    if isinstance(participants, bool) or not isinstance(participants, int):
        raise PanelError("Enter how many young people are taking part, as a number.")
    if not 1 <= participants <= MAX_PARTICIPANTS:
        raise PanelError(f"The number of young people taking part must be between 1 and {MAX_PARTICIPANTS}.")
    if not isinstance(held_on, datetime.date):
        raise PanelError("Enter the date of the panel.")
    panel = YoungPeoplesPanel.objects.create(
        partnership=partnership,
        consultation=consultation,
        held_on=held_on,
        participants=participants,
        age_band_counts=_clean_age_bands(age_band_counts or {}, participants),
        created_by=user,
    )
    PanelTheme.objects.bulk_create(
        PanelTheme(
            panel=panel,
            theme=theme,
            label=theme.name,
            definition=theme.description.strip(),
            theme_version=theme.version,
            order=index,
        )
        for index, theme in enumerate(themes, start=1)
    )
    publication_gate_pass(
        texts=panel_texts(themes),
        overrides=overrides or {},
        subject=panel,
        user=user,
        subject_label=f"{panel}: the themes young people see",
        partnership=partnership,
    )
    return panel


# --- the shared device ----------------------------------------------------------------------------------


def panel_start(*, panel: YoungPeoplesPanel, user, pin: str) -> YoungPeoplesPanel:
    """Ready the panel to run on a device, ended with ``pin``. Starting again (another device, or after a
    device was lost) sets a new PIN."""
    if panel.ended_on is not None:
        raise PanelError("This panel has ended, so it cannot start again. Make a new panel.")
    if not PIN_PATTERN.match(pin or ""):
        raise PanelError("The PIN must be 4 to 8 numbers.")
    panel.pin_hash = make_password(pin)
    panel.started_on = panel.started_on or timezone.localdate()
    panel.failed_pin_attempts = 0
    panel.locked_until = None
    panel.save(update_fields=["pin_hash", "started_on", "failed_pin_attempts", "locked_until"])
    return panel


def panel_attach(session, *, panel: YoungPeoplesPanel) -> None:
    session[SESSION_PANEL] = str(panel.public_id)


def panel_for_device(session) -> YoungPeoplesPanel | None:
    """The running panel this device shows, if any (a stale or tampered id finds nothing)."""
    try:
        public_id = uuid.UUID(str(session.get(SESSION_PANEL)))
    except ValueError:
        return None
    return YoungPeoplesPanel.objects.filter(
        public_id=public_id, started_on__isnull=False, ended_on__isnull=True
    ).first()


def panel_end_with_pin(*, panel: YoungPeoplesPanel, pin: str) -> YoungPeoplesPanel:
    """End the panel on its device: the facilitated sessions' PIN rules, wrong-PIN count and lock-out."""
    return facilitated_session_end_with_pin(facilitated=panel, pin=pin)


def panel_end_by_staff(*, panel: YoungPeoplesPanel) -> YoungPeoplesPanel:
    if panel.ended_on is None:
        panel.ended_on = timezone.localdate()
        panel.save(update_fields=["ended_on"])
    return panel


# --- recording a group's ranking ------------------------------------------------------------------------


@dataclass(frozen=True)
class PlacingInput:
    """What a group said about one theme: its place, and their own words (None: the definition is right)."""

    panel_theme_id: int
    position: int | None
    own_wording: str | None = None


def placings_problems(
    *, panel_themes: Sequence[PanelTheme], placings: Sequence[PlacingInput]
) -> dict[int | None, tuple[str, str]]:
    """Everything wrong with a group's ranking: panel theme id (None: the ranking as a whole) -> (the field
    at fault, "position" or "wording"; the message for young people)."""
    problems: dict[int | None, tuple[str, str]] = {}
    by_id = {pt.pk: pt for pt in panel_themes}
    given = {}
    for placing in placings:
        if placing.panel_theme_id not in by_id:
            problems[None] = ("position", _("Rank only the themes on this page."))
            continue
        given[placing.panel_theme_id] = placing
    n = len(panel_themes)
    holders: dict[int, list[PanelTheme]] = {}
    for pt in panel_themes:
        placing = given.get(pt.pk)
        if placing is None or placing.position is None:
            problems[pt.pk] = ("position", _("Choose a place for “%(theme)s”") % {"theme": pt.label})
            continue
        if isinstance(placing.position, bool) or not 1 <= placing.position <= n:
            message = _("Choose a place from 1 to %(n)s for “%(theme)s”") % {"n": n, "theme": pt.label}
            problems[pt.pk] = ("position", message)
            continue
        holders.setdefault(placing.position, []).append(pt)
        wording = placing.own_wording
        if wording is None:
            continue
        if not wording.strip():
            message = _("Write your own words for “%(theme)s”, or choose “Yes, these words are right”") % {
                "theme": pt.label
            }
            problems[pt.pk] = ("wording", message)
        elif len(wording.strip()) > MAX_WORDING_LENGTH:
            message = _("Keep your words for “%(theme)s” to %(max)s characters or fewer") % {
                "theme": pt.label,
                "max": MAX_WORDING_LENGTH,
            }
            problems[pt.pk] = ("wording", message)
    for position, sharing in sorted(holders.items()):
        for pt in sharing[1:]:
            message = _(
                "“%(theme)s” is in place %(place)s, like “%(other)s”: give each theme its own place"
            ) % {
                "theme": pt.label,
                "place": position,
                "other": sharing[0].label,
            }
            problems.setdefault(pt.pk, ("position", message))
    return problems


@transaction.atomic
def panel_round_record(
    *, panel: YoungPeoplesPanel, placings: Sequence[PlacingInput], language: str | None = None
) -> PanelRound:
    """Save one group's ranking as the panel's next round. Young people's own words are de-identified
    before they are stored."""
    panel = YoungPeoplesPanel.objects.select_for_update().get(pk=panel.pk)
    if not panel.running:
        raise PanelError(_("This panel is not running, so nothing was saved."))
    panel_themes = list(panel.panel_themes.all())
    problems = placings_problems(panel_themes=panel_themes, placings=placings)
    if problems:
        raise PanelRoundInvalid(problems)
    number = (panel.rounds.aggregate(last=Max("number"))["last"] or 0) + 1
    round_ = PanelRound.objects.create(panel=panel, number=number)
    PanelPlacing.objects.bulk_create(
        PanelPlacing(
            round=round_,
            panel_theme_id=placing.panel_theme_id,
            position=placing.position,
            # Young people's words: stored only as the de-identifier leaves them.
            own_wording=deidentified(placing.own_wording or "", language=language)[:MAX_WORDING_LENGTH],
        )
        for placing in placings
    )
    return round_


# --- results --------------------------------------------------------------------------------------------


@dataclass
class ThemeResult:
    panel_theme: PanelTheme
    points: int
    rank: int
    tied: bool
    # Each group's own words, where they changed the definition (de-identified), in round order.
    wordings: list[str] = field(default_factory=list)
    agreed: int = 0  # how many groups kept the analysts' words

    @property
    def place_text(self) -> str:
        return ("joint " if self.tied else "") + ordinal(self.rank)


@dataclass
class PanelResults:
    panel: YoungPeoplesPanel
    rounds: int
    themes: list[ThemeResult]  # by combined rank, then the order shown

    def for_theme(self, theme_id: int) -> ThemeResult | None:
        return next((r for r in self.themes if r.panel_theme.theme_id == theme_id), None)


def panel_results(*, panel: YoungPeoplesPanel) -> PanelResults:
    """The panel's rounds combined by Borda count (an unranked panel has every theme at 0 points)."""
    panel_themes = list(panel.panel_themes.select_related("theme"))
    placings = list(PanelPlacing.objects.filter(round__panel=panel).order_by("round__number", "position"))
    rankings: dict[int, dict[int, int]] = {}
    for placing in placings:
        rankings.setdefault(placing.round_id, {})[placing.panel_theme_id] = placing.position
    keys = [pt.pk for pt in panel_themes]
    points = borda_points(rankings.values(), keys=keys)
    ranks = ranks_from_points(points)
    rank_counts: dict[int, int] = {}
    for rank in ranks.values():
        rank_counts[rank] = rank_counts.get(rank, 0) + 1
    results = {
        pt.pk: ThemeResult(pt, points[pt.pk], ranks[pt.pk], rank_counts[ranks[pt.pk]] > 1)
        for pt in panel_themes
    }
    for placing in placings:
        if placing.own_wording:
            results[placing.panel_theme_id].wordings.append(placing.own_wording)
        else:
            results[placing.panel_theme_id].agreed += 1
    ordered = sorted(results.values(), key=lambda r: (r.rank, r.panel_theme.order, r.panel_theme.pk))
    return PanelResults(panel=panel, rounds=len(rankings), themes=ordered)


def wordings_report(*, results: PanelResults) -> GateReport | None:
    """The language checker on young people's own words, for staff (never blocking: they are their words)."""
    texts = {
        f"{result.panel_theme.label}, group's words {index}": wording
        for result in results.themes
        for index, wording in enumerate(result.wordings, start=1)
    }
    return publication_gate_check(texts=texts) if texts else None


def panel_people(*, panel: YoungPeoplesPanel) -> tuple[Cell, OneWayTable | None]:
    """How many young people took part, and by age band, through disclosure control."""
    threshold = panel.partnership.disclosure_threshold
    total = protect_count(panel.participants, threshold=threshold)
    if not panel.age_band_counts:
        return total, None
    counts = [int(panel.age_band_counts.get(band, 0)) for band, _label in AGE_BANDS]
    labels = [str(label) for _band, label in AGE_BANDS]
    not_said = panel.participants - sum(counts)
    if not_said:
        counts.append(not_said)
        labels.append("Did not say")
    return total, protect_one_way(counts, labels=labels, threshold=threshold)


def panels_for(*, partnership: Partnership):
    return YoungPeoplesPanel.objects.filter(partnership=partnership).select_related("consultation")


def panels_citable(*, partnership: Partnership, theme=None):
    """Panels an update may cite: ranked at least once and ended (their results will not change); with a
    theme, only panels that ranked it."""
    panels = panels_for(partnership=partnership).filter(ended_on__isnull=False, rounds__isnull=False)
    if theme is not None:
        panels = panels.filter(panel_themes__theme=theme)
    return panels.distinct()


# --- beside the analysts' themes --------------------------------------------------------------------------


@dataclass
class ThemePanelSummary:
    """What young people's panels said about one theme: the latest panel's place for it, how many panels
    ranked it, and the latest words young people gave it where they changed the definition."""

    panels: int
    latest: ThemeResult
    latest_panel: YoungPeoplesPanel
    of: int  # how many themes that panel ranked
    wordings: list[str]
    wordings_panel: YoungPeoplesPanel | None


def theme_panel_summaries(*, partnership: Partnership) -> dict[int, ThemePanelSummary]:
    """Theme id -> summary, over the partnership's panels that have recorded at least one round."""
    summaries: dict[int, ThemePanelSummary] = {}
    panels = panels_for(partnership=partnership).filter(rounds__isnull=False).distinct()
    for panel in panels.order_by("-held_on", "-pk"):  # newest first: the first seen is the latest
        results = panel_results(panel=panel)
        for result in results.themes:
            theme_id = result.panel_theme.theme_id
            summary = summaries.get(theme_id)
            if summary is None:
                summaries[theme_id] = ThemePanelSummary(
                    panels=1,
                    latest=result,
                    latest_panel=panel,
                    of=len(results.themes),
                    wordings=list(result.wordings),
                    wordings_panel=panel if result.wordings else None,
                )
                continue
            summary.panels += 1
            if not summary.wordings and result.wordings:
                summary.wordings, summary.wordings_panel = list(result.wordings), panel
    return summaries


def panel_citation(*, panel: YoungPeoplesPanel, theme=None) -> str:
    """The sentence young people read where an update cites a panel, in plain words."""
    results = panel_results(panel=panel)
    date = date_format(panel.held_on, "j F Y")  # month in the reader's language
    result = results.for_theme(theme.pk) if theme is not None else None
    if result is not None:
        place = ordinal(result.rank)
        if result.tied:
            return _(
                "Young people's panel on %(date)s ranked this joint %(place)s out of %(count)s themes."
            ) % {"date": date, "place": place, "count": len(results.themes)}
        return _("Young people's panel on %(date)s ranked this %(place)s out of %(count)s themes.") % {
            "date": date,
            "place": place,
            "count": len(results.themes),
        }
    first = [r.panel_theme.label for r in results.themes if r.rank == 1]
    if not first:
        return ""
    return ngettext(
        "Young people's panel on %(date)s ranked “%(themes)s” first.",
        "Young people's panel on %(date)s ranked “%(themes)s” joint first.",
        len(first),
    ) % {"date": date, "themes": "”, “".join(first)}
