"""Authors prove who they are: each journal signs its share bundles with its own key.

The key pair is Ed25519 (through ``cryptography``) and lives in the journal's settings,
so it is backed up and encrypted with the journal. A bundle carries the public key in
``author.key``, the author's publish counter in ``revision`` and the signature in
``signature``. The signed bytes are the bundle without ``signature``, serialised as
JSON with sorted keys, no spaces and UTF-8 text (``canonical``); docs/formats.md says
the same, so anyone can check a bundle by hand.

``cryptography`` is imported only when a key is made or a signature is checked: plain
commands never pay for it (tests/unit/test_startup.py).
"""

from __future__ import annotations

import base64
import json
from typing import Any, Protocol

from reflekt.errors import FileRejected
from reflekt.messages import msg

PRIVATE_KEY_SETTING = "author.signing_key"
REVISION_SETTING = "author.bundle_revision"
SIGNATURE = "signature"


class _Settings(Protocol):
    def get_setting(self, key: str, default: str | None = None) -> str | None: ...

    def set_setting(self, key: str, value: str) -> None: ...


def canonical(bundle: dict[str, Any]) -> bytes:
    """The bytes a bundle's signature covers: everything but the signature, as JSON with
    sorted keys and no spaces, in UTF-8."""
    unsigned = {k: v for k, v in bundle.items() if k != SIGNATURE}
    text = json.dumps(unsigned, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8")


def _private_key(journal: _Settings) -> Any:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    stored = journal.get_setting(PRIVATE_KEY_SETTING)
    if stored:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored))
    key = Ed25519PrivateKey.generate()
    journal.set_setting(PRIVATE_KEY_SETTING, base64.b64encode(_raw_private(key)).decode("ascii"))
    return key


def _raw_private(key: Any) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


def _raw_public(key: Any) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_key(journal: _Settings) -> str:
    """This journal's public key as base64 text (the pair is made on first use)."""
    return base64.b64encode(_raw_public(_private_key(journal).public_key())).decode("ascii")


def next_revision(journal: _Settings) -> int:
    """Raise and return this journal's publish counter: each bundle it writes is newer
    than the last, whatever the clocks say.

    It never starts below the time in seconds since 1970: a journal brought back from an
    older backup (whose counter is behind what colleagues have seen) still publishes
    bundles they take as newer. A clock set back costs nothing: the counter only rises.
    """
    import time

    try:
        last = int(journal.get_setting(REVISION_SETTING) or 0)
    except ValueError:
        last = 0
    revision = max(max(last, 0) + 1, int(time.time()))
    journal.set_setting(REVISION_SETTING, str(revision))
    return revision


def sign(journal: _Settings, bundle: dict[str, Any]) -> dict[str, Any]:
    """``bundle`` with this journal's key in ``author.key`` and its signature added."""
    key = _private_key(journal)
    signed = {**bundle, "author": {**bundle["author"], "key": public_key(journal)}}
    signed.pop(SIGNATURE, None)
    signature = key.sign(canonical(signed))
    signed[SIGNATURE] = base64.b64encode(signature).decode("ascii")
    return signed


def verify(bundle: dict[str, Any], name: str) -> str | None:
    """The public key that signed ``bundle`` (base64), None when it is unsigned.

    A bundle that names a key without a signature, or whose signature does not match
    its contents, is refused: it was changed after it was signed, or it was forged.
    """
    author = bundle.get("author") or {}
    key_text = author.get("key")
    signature_text = bundle.get(SIGNATURE)
    if key_text is None and signature_text is None:
        return None
    if key_text is None or signature_text is None:
        raise FileRejected(
            msg(
                "{name} is only half signed (it has a key or a signature, not both). It was "
                "not read: it may have been changed by someone other than its author.",
                name=name,
            )
        )
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(key_text, validate=True))
        key.verify(base64.b64decode(signature_text, validate=True), canonical(bundle))
    except (InvalidSignature, ValueError, UnicodeEncodeError):
        raise FileRejected(
            msg(
                "{name} does not match its signature: it was changed after its author "
                "signed it, or it is forged. It was not read.",
                name=name,
            )
        ) from None
    return str(key_text)
