"""Publication dates from metadata strings → YYYY-MM-DD."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Optional

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


@lru_cache(maxsize=4096)
def normalise_date(value: object) -> Optional[str]:
    """Parse an absolute date (ISO fast path, then dateparser) to YYYY-MM-DD, or None."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    m = _ISO.match(text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    # Only absolute dates (with a year): a relative string ("yesterday") in metadata would be
    # resolved against today's date, which we never do.
    if not re.search(r"\d{4}", text):
        return None
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date().isoformat() if parsed else None
