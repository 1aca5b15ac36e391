"""Insights' tables, gathered here so Django finds them: each lives in the package it belongs to.

- ``insights.population.models``: population baselines (``PopulationBaseline``, ``PopulationCell``);
- ``insights.coding.models``: the codebook (``Codebook``, ``Theme``, its earlier versions ``ThemeVersion``),
  codings (``Coding``) and a second coder's (``SecondCodingSample``, ``SecondCoding``);
- ``insights.suggestions.models``: suggestion runs and what they found (``ThemeSuggestionRun``,
  ``ThemeSuggestion``, ``ThemeSuggestionAssignment``) and the answers' stored vectors (``AnswerEmbedding``);
- ``insights.panel.models``: young people's panels; ``insights.landscape.models``: agencies' monthly counts;
- ``insights.dashboard.models``: the roll-ups the dashboard counts from.

Every table keeps its ``insights_`` name and the app label stays ``insights``. Other apps import them from
here (``from youthvoice.insights.models import Theme``), so where a table lives inside insights is its own.
"""

from youthvoice.insights.coding.models import (  # noqa: F401
    Codebook,
    Coding,
    SecondCoding,
    SecondCodingSample,
    Theme,
    ThemeVersion,
)
from youthvoice.insights.dashboard.models import AnswerRollup, CodingRollup, ResponseRollup  # noqa: F401
from youthvoice.insights.landscape.models import AgencyMonthlyCount  # noqa: F401
from youthvoice.insights.panel.models import PanelPlacing, PanelRound, PanelTheme, YoungPeoplesPanel  # noqa: F401
from youthvoice.insights.population.models import (  # noqa: F401
    BASELINE_AGE_BANDS,
    BASELINE_ETHNIC_GROUPS,
    BASELINE_GENDERS,
    PopulationBaseline,
    PopulationCell,
)
from youthvoice.insights.suggestions.models import (  # noqa: F401
    AnswerEmbedding,
    ThemeSuggestion,
    ThemeSuggestionAssignment,
    ThemeSuggestionRun,
)
