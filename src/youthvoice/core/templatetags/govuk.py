"""The GOV.UK component layer for templates: one error summary for every page (``{% error_summary %}``).

Each error links to where the person fixes it: a field's own input, or for a group of radios or
checkboxes its first input (Django's ``id_for_label`` is empty for a group, so a link made from it goes
nowhere). The markup is GOV.UK Frontend's own macro, rendered by govuk-frontend-django (which follows the
Frontend version package.json pins), so it cannot drift from the Design System's.
"""

from __future__ import annotations

from django import forms, template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from govuk_frontend_django.components.error_summary import ErrorSummaryErrorlist, GovUKErrorSummary

register = template.Library()


@register.filter
def first_input_id(field: forms.BoundField) -> str:
    """The id of the input an error summary's link should focus: a group's first option, else the field."""
    if not isinstance(field, forms.BoundField):  # a page drawn without its form: nothing to link to
        return ""
    widget = field.field.widget
    if isinstance(widget, (forms.RadioSelect, forms.CheckboxSelectMultiple)):
        options = field.subwidgets
        return options[0].id_for_label if options else field.auto_id
    return field.id_for_label or field.auto_id


@register.simple_tag
def error_summary(
    *forms_shown,
    problem: str = "",
    target: str = "main-content",
    problems=(),
    more_problems=(),
    more_target: str = "",
    links=(),
    links_prefix: str = "",
):
    """Every problem on the page, each linked to where it is fixed.

    ``forms_shown``: forms whose errors are listed (a non-field error links to ``target``); ``problem``: one
    message and ``problems`` several, linking to ``target``; ``more_problems`` link to ``more_target``;
    ``links``: pairs of (anchor, message), the anchor's ``pk`` after ``links_prefix`` when it is an object.
    """
    items: list[tuple[str, str]] = []  # (anchor, message)
    if problem:
        items.append((target, str(problem)))
    for form in forms_shown:
        if not form:
            continue
        items.extend((target, str(error)) for error in form.non_field_errors())
        for field in form:
            items.extend((first_input_id(field), str(error)) for error in field.errors)
    items.extend((target, str(message)) for message in problems or ())
    items.extend((more_target or target, str(message)) for message in more_problems or ())
    for anchor, message in links or ():
        items.append((f"{links_prefix}{getattr(anchor, 'pk', anchor)}", str(message)))
    if not items:
        return ""
    summary = GovUKErrorSummary(
        titleText=gettext("There is a problem"),
        # Escaped as every other Django page escapes (the macro would write ' as &#39;, Django as &#x27;).
        errorList=[
            ErrorSummaryErrorlist(href=f"#{anchor}", html=conditional_escape(message))
            for anchor, message in items
        ],
    )
    return mark_safe(summary.render())  # noqa: S308 - each message escaped above, the title by the macro
