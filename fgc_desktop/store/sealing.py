"""The backup file: a short readable header, then the database, sealed with a passphrase or not.

The header says when the backup was made and at which schema revision, so a
coordinator can see that much before typing a passphrase. A sealed backup is
encrypted with AES-GCM under a key drawn from the passphrase with scrypt; the
header is authenticated with it, so neither can be altered unnoticed. An open
backup carries a SHA-256 digest of the database instead, which catches a
damaged or cut-short file.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from fgc_desktop.domain.errors import UserError

MAGIC = b"FGC-DESKTOP-BACKUP\n"
FORMAT = 1
MIN_PASSPHRASE = 8
# scrypt's cost: about a tenth of a second and 32 MiB on a laptop; a header
# asking for more than the ceiling is refused rather than left to exhaust memory.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
_MAX_SCRYPT_N = 2**20
_MAX_HEADER = 64 * 1024
_MAX_SEALED = 2**31 - 1


@dataclass(frozen=True)
class BackupHeader:
    """What a backup says about itself, readable without the passphrase."""

    made_at: datetime
    schema_revision: str
    app_version: str
    sealed: bool


def write_backup_file(
    path: Path, database: bytes, header: BackupHeader, passphrase: str = ""
) -> None:
    """Writes the whole file beside ``path`` first, then moves it into place."""
    fields: dict[str, Any] = {
        "format": FORMAT,
        "made_at": header.made_at.isoformat(),
        "schema_revision": header.schema_revision,
        "app_version": header.app_version,
    }
    if passphrase:
        check_passphrase(passphrase)
        if len(database) > _MAX_SEALED:
            raise UserError(
                "This database is too large to protect with a passphrase. "
                "Make the backup without one and keep it somewhere safe."
            )
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        fields["sealed"] = {
            "cipher": "AES-256-GCM", "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R,
            "p": SCRYPT_P, "salt": _b64(salt), "nonce": _b64(nonce),
        }
        header_bytes = _encode(fields)
        key = _derive_key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        payload = AESGCM(key).encrypt(nonce, database, header_bytes)
    else:
        fields["sha256"] = hashlib.sha256(database).hexdigest()
        header_bytes = _encode(fields)
        payload = database
    temporary = path.with_name(path.name + ".part")
    with temporary.open("wb") as stream:
        stream.write(MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes)
        stream.write(payload)
        stream.flush()
        os.fsync(stream.fileno())
    temporary.replace(path)


def read_backup_header(path: Path) -> BackupHeader:
    """The header alone: enough to know whether a passphrase is needed."""
    fields, _header_bytes, _payload_at = _read_header(path)
    return _header(fields)


def read_backup_file(path: Path, passphrase: str = "") -> tuple[BackupHeader, bytes]:
    """The header and the database's bytes, checked against the digest or the seal."""
    fields, header_bytes, payload_at = _read_header(path)
    with path.open("rb") as stream:
        stream.seek(payload_at)
        payload = stream.read()
    sealed = fields.get("sealed")
    if sealed is None:
        if hashlib.sha256(payload).hexdigest() != fields.get("sha256"):
            raise UserError(f"The backup {path.name} is damaged or incomplete. Choose another.")
        return _header(fields), payload
    if not passphrase:
        raise UserError("This backup is protected. Type its passphrase, then try again.")
    try:
        key = _derive_key(passphrase, _unb64(sealed["salt"]), int(sealed["n"]),
                          int(sealed["r"]), int(sealed["p"]))
        database = AESGCM(key).decrypt(_unb64(sealed["nonce"]), payload, header_bytes)
    except InvalidTag:
        raise UserError(
            "That passphrase does not open this backup. Check it and try again. "
            "If it is right, the backup file is damaged: choose another."
        ) from None
    except (KeyError, ValueError, TypeError) as error:
        raise _not_a_backup(path) from error
    return _header(fields), database


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError(
            f"Choose a passphrase of at least {MIN_PASSPHRASE} characters. "
            "A few words you will remember work well."
        )


def _derive_key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    if not (1 < n <= _MAX_SCRYPT_N and 0 < r <= 32 and 0 < p <= 16):
        raise ValueError("scrypt parameters out of range")
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _read_header(path: Path) -> tuple[dict[str, Any], bytes, int]:
    try:
        with path.open("rb") as stream:
            if stream.read(len(MAGIC)) != MAGIC:
                raise _not_a_backup(path)
            (length,) = struct.unpack(">I", stream.read(4).rjust(4, b"\xff"))
            if length > _MAX_HEADER:
                raise _not_a_backup(path)
            header_bytes = stream.read(length)
    except OSError as error:
        raise UserError(
            f"The backup {path.name} could not be read ({error.strerror or error}). "
            "Check the file is there and that you may open it."
        ) from error
    try:
        fields = json.loads(header_bytes.decode("utf-8"))
        if not isinstance(fields, dict) or fields.get("format") != FORMAT:
            raise ValueError("unknown backup format")
        _header(fields)
    except (ValueError, KeyError, TypeError) as error:
        raise _not_a_backup(path) from error
    return fields, header_bytes, len(MAGIC) + 4 + length


def _header(fields: dict[str, Any]) -> BackupHeader:
    made_at = datetime.fromisoformat(str(fields["made_at"]))
    if made_at.tzinfo is None:
        raise ValueError("the time a backup was made must carry its zone")
    return BackupHeader(
        made_at=made_at,
        schema_revision=str(fields["schema_revision"]),
        app_version=str(fields.get("app_version", "")),
        sealed=fields.get("sealed") is not None,
    )


def _not_a_backup(path: Path) -> UserError:
    return UserError(f"{path.name} is not an FGC Desktop backup. Choose a backup file.")


def _encode(fields: dict[str, Any]) -> bytes:
    return json.dumps(fields, sort_keys=True).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
