"""Build .tml files from the shorthand sources: [[text|TYPE|value]] or [[text|TYPE|value|MOD]]."""
import re, sys
from pathlib import Path
from xml.sax.saxutils import escape
here = Path(__file__).resolve().parent
for src in sorted(here.glob("*.txt")):
    lines = src.read_text().split("\n")
    dct, title = lines[0].strip(), lines[1].strip()
    body = "\n".join(lines[2:]).strip()
    n = 0
    out = []
    pos = 0
    for m in re.finditer(r"\[\[(.+?)\]\]", body):
        out.append(escape(body[pos:m.start()]))
        parts = m.group(1).split("|")
        n += 1
        text, typ, val = parts[0], parts[1], parts[2]
        mod = f' mod="{parts[3]}"' if len(parts) > 3 else ""
        out.append(f'<TIMEX3 tid="t{n}" type="{typ}" value="{val}"{mod}>{escape(text)}</TIMEX3>')
        pos = m.end()
    out.append(escape(body[pos:]))
    name = src.stem
    xml = ('<?xml version="1.0" ?>\n<TimeML>\n'
           f'<DOCID>{name}</DOCID>\n'
           f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n'
           f'<TITLE>{escape(title)}</TITLE>\n<TEXT>\n' + "".join(out) + '\n</TEXT>\n</TimeML>\n')
    (here.parent / f"{name}.tml").write_text(xml)
    print(name, n)
