"""Which questions feed the leaders' dashboard, read from ``data/dashboard.yaml`` and validated at load."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

CONFIG_FILE = Path(__file__).parents[1] / "data" / "dashboard.yaml"
SETTINGS = ("online", "offline")
SETTING_LABELS = {"online": "Online", "offline": "Offline", "": "Not classified"}


class DashboardConfigError(ValueError):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(
            "The dashboard configuration is not valid:\n" + "\n".join(f"- {p}" for p in problems)
        )


@dataclass(frozen=True)
class DashboardConfig:
    places_question: str
    exploitation_question: str
    place_settings: dict[str, str]  # place choice value -> "online" | "offline"

    def setting_of(self, place: str) -> str:
        return self.place_settings.get(place, "")


def parse_dashboard_config(data) -> DashboardConfig:
    problems: list[str] = []
    if not isinstance(data, dict):
        raise DashboardConfigError(["the file must be a mapping"])
    for field in ("places_question", "exploitation_question"):
        if not isinstance(data.get(field), str) or not data[field].strip():
            problems.append(f"{field} must be a question key")
    settings = data.get("place_settings")
    place_settings: dict[str, str] = {}
    if not isinstance(settings, dict) or set(settings) - set(SETTINGS):
        problems.append(f"place_settings must map {' and '.join(SETTINGS)} to lists of place values")
    else:
        for setting, places in settings.items():
            if not isinstance(places, list) or not all(isinstance(p, str) and p for p in places):
                problems.append(f"place_settings.{setting} must be a list of place values")
                continue
            for place in places:
                if place in place_settings:
                    problems.append(f"place {place!r} is both {place_settings[place]} and {setting}")
                place_settings[place] = setting
    if problems:
        raise DashboardConfigError(problems)
    return DashboardConfig(data["places_question"], data["exploitation_question"], place_settings)


@cache
def load_dashboard_config(path: Path = CONFIG_FILE) -> DashboardConfig:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise DashboardConfigError([f"{path.name} cannot be read as YAML ({error})"]) from error
    return parse_dashboard_config(data)
