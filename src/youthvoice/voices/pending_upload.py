"""A CSV file waiting in the staff member's session between "upload" and "match the columns".

The file can hold young people's words before they are de-identified, so the session (stored in the database)
only ever holds it encrypted with the project's keys (``youthvoice.core.crypto``, YOUTHVOICE_ENCRYPTION_KEYS),
together with the consultation and the file's name. It is readable for ``MAX_AGE_MINUTES`` after the upload
(the token's own authenticated timestamp decides) and is deleted as soon as the import succeeds, the import
is cancelled, a newer file is uploaded, or it is found to be too old or unreadable.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from youthvoice.core.crypto import DecryptionError, Expired, decrypt_bytes, encrypt_bytes

SESSION_KEY = "voices_csv_import"
MAX_AGE_MINUTES = 30


class UploadMissing(Exception):
    """No file is waiting: nothing was uploaded, or it was already imported or cancelled."""


class UploadExpired(UploadMissing):
    """The file waited longer than MAX_AGE_MINUTES and has been deleted."""


class UploadUnreadable(UploadMissing):
    """The waiting file cannot be read (a key was removed, or the session was changed) and was deleted."""


@dataclass(frozen=True)
class PendingUpload:
    consultation_id: int
    name: str
    data: bytes
    # Where the file is from: {"id": <ImportSource pk>} or {"name": ..., "agency": <Agency pk>} for a new one.
    source: dict = field(default_factory=dict)


def pending_upload_save(
    *,
    session,
    consultation_id: int,
    name: str,
    data: bytes,
    source: dict | None = None,
    now: int | None = None,
) -> None:
    """Keep the file, encrypted, in the session (replacing any file already waiting)."""
    meta = {"consultation": consultation_id, "name": name[:200], "source": source or {}}
    header = json.dumps(meta).encode()
    session[SESSION_KEY] = {"token": encrypt_bytes(header + b"\n" + data, now=now)}


def pending_upload_get(*, session, now: int | None = None) -> PendingUpload:
    """The file waiting in the session; raises UploadMissing, UploadExpired or UploadUnreadable (and then
    deletes what was there)."""
    stored = session.get(SESSION_KEY)
    if not stored:
        raise UploadMissing
    try:
        token = stored["token"]
        plain = decrypt_bytes(token, max_age=MAX_AGE_MINUTES * 60, now=now)
        header, data = plain.split(b"\n", 1)
        meta = json.loads(header)
        return PendingUpload(
            consultation_id=int(meta["consultation"]),
            name=str(meta["name"]),
            data=data,
            source=dict(meta.get("source") or {}),
        )
    except Expired:
        pending_upload_forget(session=session)
        raise UploadExpired from None
    except (DecryptionError, KeyError, TypeError, ValueError):
        pending_upload_forget(session=session)
        raise UploadUnreadable from None


def pending_upload_forget(*, session) -> None:
    session.pop(SESSION_KEY, None)
