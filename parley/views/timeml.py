"""An extraction as a TimeML document (TempEval-3 style): the article text with an inline TIMEX3
tag for each time expression, and the publication date as the DCT, so that the TempEval-3 tools
can score Parley's time expressions directly."""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ..model import Extraction


def to_timeml(ex: Extraction) -> str:
    art = ex.article
    text = art.text
    docid = Path(art.source).stem if art.source else art.id
    out = ['<?xml version="1.0" ?>', "<TimeML>", f"<DOCID>{escape(docid)}</DOCID>"]
    if art.published:
        out.append('<DCT><TIMEX3 tid="t0" type="DATE" value=%s temporalFunction="false" '
                   'functionInDocument="CREATION_TIME">%s</TIMEX3></DCT>'
                   % (quoteattr(art.published), escape(art.published)))
    if art.title:
        out.append(f"<TITLE>{escape(art.title)}</TITLE>")
    body: list[str] = []
    pos = 0
    n = 0
    for tx in sorted(ex.timexes, key=lambda t: t.span):
        start, end = tx.span
        if start < pos or end > len(text) or start >= end:
            continue  # overlapping or out of range: inline tags cannot nest across each other
        n += 1
        attrs = f'tid="t{n}" type={quoteattr(tx.type)}'
        if tx.value is not None:
            attrs += f" value={quoteattr(tx.value)}"
        if tx.mod:
            attrs += f" mod={quoteattr(tx.mod)}"
        body.append(escape(text[pos:start]))
        body.append(f"<TIMEX3 {attrs}>{escape(text[start:end])}</TIMEX3>")
        pos = end
    body.append(escape(text[pos:]))
    out.append("<TEXT>" + "".join(body) + "</TEXT>")
    out.append("</TimeML>")
    return "\n".join(out) + "\n"
