"""What consultations add to the public home page: the consultations young people can answer today."""

from __future__ import annotations

from youthvoice.consultations.selectors import consultations_open_to_young_people
from youthvoice.core.home_sections import PUBLIC_HOME, home_section_register


def _open_consultations(request) -> dict:
    return {"consultations": list(consultations_open_to_young_people())}


def register_home_sections() -> None:
    home_section_register(
        place=PUBLIC_HOME,
        key="open-consultations",
        template="consultations/home_open.html",
        context=_open_consultations,
        order=10,
    )
