"""The service report as a CSV file for an evaluation: pseudonymous, and nothing typed.

One row per conference, then one row per child with follow-ups due in the
period. Conferences and children are known only by a pseudonym: an
HMAC-SHA256 of their stable uid under a random key made for this export and
never stored. Within one file a child's row carries its conference's
pseudonym; two exports cannot be linked to each other or back to the
database, so a file that travels cannot lead anyone to a family. Dates that
could identify someone are cut to the month; there are no names, addresses,
references or free text, only counts, stages, step results and the fixed
answers of the follow-ups.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import secrets
from collections.abc import Callable
from datetime import date
from pathlib import Path

from fgc_desktop.domain.errors import UserError
from fgc_desktop.guidance.progress import StepProgress
from fgc_desktop.guidance.steps import STEPS, Pathway
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.outcomes import MONTHS_AFTER
from fgc_desktop.services.report import ServiceReport
from fgc_desktop.services.report_facts import ChildOutcome, ConferenceFacts

PSEUDONYM_LENGTH = 16
"""Hex digits kept of each HMAC: 64 bits, so no two records share one by chance."""
NOT_REACHED = "not_reached"

Pseudonym = Callable[[str], str]

CONFERENCE_COLUMNS = (
    "row", "conference", "child", "stage", "referral_month", "referred_in_period",
    "consent_month", "consent_given_in_period", "meeting_month", "meeting_held_in_period",
    "days_referral_to_meeting", "children", "people_invited", "family_who_came",
    "plan_versions", "plans_agreed_in_period", "reviews_held_in_period", "actions",
    "actions_done",
)
STEP_COLUMNS = tuple(f"step_{step.key}" for step in STEPS)
PATHWAY_COLUMNS = tuple(f"{pathway.value}_{part}" for pathway in Pathway
                        for part in ("done", "total"))
OUTCOME_COLUMNS = tuple(
    f"{name}_{months}m" for months in MONTHS_AFTER
    for name in ("living", "care_proceedings", "proceedings_month", "looked_after_month")
)
COLUMNS = (*CONFERENCE_COLUMNS, *STEP_COLUMNS, *PATHWAY_COLUMNS, *OUTCOME_COLUMNS)


def pseudonymiser(key: bytes | None = None) -> Pseudonym:
    """A keyed one-way name for each uid; a new random key unless one is given (for tests)."""
    secret = key if key is not None else secrets.token_bytes(32)

    def pseudonym(uid: str) -> str:
        digest = hmac.new(secret, uid.encode("utf-8"), hashlib.sha256).hexdigest()
        return digest[:PSEUDONYM_LENGTH]

    return pseudonym


def _month(day: date | None) -> str:
    return day.strftime("%Y-%m") if day else ""


def _yes_no(value: bool | None) -> str:
    return "" if value is None else "yes" if value else "no"


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def conference_row(facts: ConferenceFacts, pseudonym: Pseudonym) -> dict[str, str]:
    row = {
        "row": "conference", "conference": pseudonym(facts.uid), "child": "",
        "stage": facts.stage.value, "referral_month": _month(facts.referral_date),
        "referred_in_period": _yes_no(facts.referred_in_period),
        "consent_month": _month(facts.consent_given_on),
        "consent_given_in_period": _yes_no(facts.consent_given_in_period),
        "meeting_month": _month(facts.meeting_on),
        "meeting_held_in_period": _yes_no(facts.meeting_held_in_period),
        "days_referral_to_meeting": _number(facts.days_to_meeting),
        "children": str(facts.children), "people_invited": str(facts.invited),
        "family_who_came": str(facts.family_who_came),
        "plan_versions": str(facts.plan_versions),
        "plans_agreed_in_period": str(facts.plans_agreed_in_period),
        "reviews_held_in_period": str(facts.reviews_held_in_period),
        "actions": str(facts.actions), "actions_done": str(facts.actions_done),
    }
    reached = {status.step.key: status.progress.value for status in facts.steps}
    row.update({f"step_{step.key}": reached.get(step.key, NOT_REACHED) for step in STEPS})
    for pathway in Pathway:
        counted = [s for s in facts.steps if pathway in s.step.pathways and s.counts]
        row[f"{pathway.value}_done"] = str(sum(1 for s in counted
                                               if s.progress is StepProgress.DONE))
        row[f"{pathway.value}_total"] = str(len(counted))
    return row


def child_rows(facts: ConferenceFacts, pseudonym: Pseudonym) -> list[dict[str, str]]:
    """One row per child with a follow-up due in the period, with those follow-ups."""
    by_child: dict[str, list[ChildOutcome]] = {}
    for outcome in facts.outcomes:
        if outcome.due_in_period:
            by_child.setdefault(outcome.child_uid, []).append(outcome)
    rows = []
    for child_uid, outcomes in sorted(by_child.items(), key=lambda item: pseudonym(item[0])):
        row = {"row": "child", "conference": pseudonym(facts.uid),
               "child": pseudonym(child_uid)}
        for o in outcomes:
            m = o.months_after
            row[f"living_{m}m"] = o.living.value if o.living else ""
            row[f"care_proceedings_{m}m"] = _yes_no(o.care_proceedings_issued)
            row[f"proceedings_month_{m}m"] = _month(o.proceedings_issued_on)
            row[f"looked_after_month_{m}m"] = _month(o.looked_after_since)
        rows.append(row)
    return rows


def report_csv(report: ServiceReport, pseudonym: Pseudonym | None = None) -> str:
    """The whole export as text; rows in pseudonym order, so row order tells nothing."""
    name = pseudonym or pseudonymiser()
    conferences = sorted(report.conferences, key=lambda facts: name(facts.uid))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, restval="", lineterminator="\n")
    writer.writeheader()
    writer.writerows(conference_row(facts, name) for facts in conferences)
    for facts in conferences:
        writer.writerows(child_rows(facts, name))
    return out.getvalue()


def export_csv(report: ServiceReport, path: Path) -> Path:
    """Writes the export (UTF-8, so spreadsheets open it cleanly); says plainly if it cannot."""
    try:
        path.write_text(report_csv(report), encoding="utf-8-sig", newline="")
    except OSError as error:
        raise UserError(_("The report could not be saved to {path} ({reason}). "
                          "Choose another folder.").format(
            path=path, reason=error.strerror)) from error
    return path
