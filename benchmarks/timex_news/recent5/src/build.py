import re, sys, pathlib, html
here = pathlib.Path(__file__).parent
for src in sorted(here.glob("*.txt")):
    lines = src.read_text().split("\n")
    docid, dct, title = lines[0].strip(), lines[1].strip(), lines[2].strip()
    body = "\n".join(lines[3:]).strip()
    body = body.replace("&", "&amp;")
    n = [0]
    def rep(m):
        n[0] += 1
        attrs = m.group(1)
        return f'<TIMEX3 tid="t{n[0]}"{attrs}>{m.group(2)}</TIMEX3>'
    body = re.sub(r'<T( [^>]*)>(.*?)</T>', rep, body)
    out = ('<?xml version="1.0" ?>\n<TimeML>\n'
           f'<DOCID>{docid}</DOCID>\n'
           f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n'
           f'<TITLE>{html.escape(title, quote=False)}</TITLE>\n<TEXT>\n{body}\n</TEXT>\n</TimeML>\n')
    (here.parent / (docid + ".tml")).write_text(out)
    print(docid, n[0])
