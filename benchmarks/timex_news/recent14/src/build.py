"""Convert shorthand articles ([[text|TYPE|value|mod]]) into TimeML. Written for blind annotation."""
import re, sys
from pathlib import Path
from xml.sax.saxutils import escape
HERE = Path(__file__).resolve().parent
OUT = HERE.parent
for src in sorted(HERE.glob("*.txt")):
    lines = src.read_text().split("\n")
    docid, dct, title = lines[0].strip(), lines[1].strip(), lines[2].strip()
    body = "\n".join(lines[3:]).strip()
    n = 0
    def rep(m):
        global n
        n += 1
        parts = m.group(1).split("|")
        text, typ, val = parts[0], parts[1], parts[2]
        mod = f' mod="{parts[3]}"' if len(parts) > 3 and parts[3] else ""
        return f'\x00{n}\x01{typ}\x01{val}\x01{mod}\x02{text}\x03'
    tmp = re.sub(r"\[\[(.+?)\]\]", rep, body)
    tmp = escape(tmp)
    tmp = re.sub(r"\x00(\d+)\x01(.*?)\x01(.*?)\x01(.*?)\x02(.*?)\x03",
                 lambda m: f'<TIMEX3 tid="t{m.group(1)}" type="{m.group(2)}" value="{m.group(3)}"{m.group(4)}>{m.group(5)}</TIMEX3>', tmp)
    xml = ('<?xml version="1.0" ?>\n<TimeML>\n'
           f'<DOCID>{docid}</DOCID>\n'
           f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n'
           f'<TITLE>{escape(title)}</TITLE>\n<TEXT>\n{tmp}\n</TEXT>\n</TimeML>\n')
    (OUT / (src.stem + ".tml")).write_text(xml)
    words = len(re.sub(r"\[\[(.+?)\|.*?\]\]", r"\1", body).split())
    print(src.stem, dct, "timexes", n, "words", words)
