"""Server passwords: kept in the system keyring when the `keyring` package and a keyring are available, else asked
for and held in memory for the session. Never written to a file."""

from __future__ import annotations

import importlib
from typing import Any

SERVICE = "bcm shared server"


def _keyring() -> Any | None:
    try:
        module = importlib.import_module("keyring")
    except ImportError:
        return None
    try:
        backend = module.get_keyring()
        if getattr(backend, "priority", 1) <= 0:  # the "fail" backend: no keyring on this machine
            return None
    except Exception:  # a broken keyring backend must not stop the app
        return None
    return module


def keyring_available() -> bool:
    return _keyring() is not None


def stored_password(url: str) -> str | None:
    module = _keyring()
    if module is None:
        return None
    try:
        found = module.get_password(SERVICE, url)
    except Exception:
        return None
    return found if isinstance(found, str) else None


def store_password(url: str, password: str) -> bool:
    module = _keyring()
    if module is None:
        return False
    try:
        module.set_password(SERVICE, url, password)
    except Exception:
        return False
    return True
