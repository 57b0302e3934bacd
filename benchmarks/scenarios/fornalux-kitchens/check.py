"""Validate questions.jsonl against the extracted text of the sources and the quote computations."""
import html, json, re, collections
from decimal import Decimal as D, ROUND_HALF_UP
from pathlib import Path
from docx import Document
from openpyxl import load_workbook

here = Path(__file__).resolve().parent
scn = json.loads((here / "scenario.json").read_text())


def docx_text(p):
    d = Document(p)
    parts = [x.text for x in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" | ".join(c.text for c in r.cells))
    return "\n".join(parts)


def xlsx_text(p):
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def html_text(p):
    t = p.read_text(encoding="utf-8")
    t = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", t, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", t))


texts = {}
for s in scn["sources"]:
    p = here / s["path"]
    ext = p.suffix.lower()
    texts[p.name] = {".docx": docx_text, ".xlsx": xlsx_text, ".html": html_text}.get(ext, lambda q: q.read_text())(p)

# quote computations
lines, total = {}, D(0)
for li in scn["quote"]["line_items"]:
    n = (D(str(li["unit_price"])) * li["quantity"] * (100 - D(li["discount_percent"])) / 100).quantize(D("0.01"), ROUND_HALF_UP)
    lines[li["sku"]] = n
    total += n
fmt = lambda x: f"{x:,.2f}"
quote_facts = {fmt(total)} | {fmt(v) for v in lines.values()}
quote_facts.add(fmt(lines["FX-CP101E"] + lines["FX-CP61E"] + lines["FX-ST101"]))  # ovens + stands subtotal
quote_text = json.dumps(scn["quote"], ensure_ascii=False)

errors = []
cnt_expect, cnt_lang = collections.Counter(), collections.Counter()
ids = []
for n, line in enumerate((here / "questions.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    q = json.loads(line)
    ids.append(q["id"])
    for k in ("id", "question", "expect", "sources", "facts"):
        if k not in q:
            errors.append(f"line {n}: missing {k}")
    assert q["expect"] in ("answer", "clarify", "handoff")
    cnt_expect[q["expect"]] += 1
    cnt_lang[q.get("language", "en")] += 1
    if q["expect"] == "answer":
        assert q["sources"] and q["facts"], q["id"]
        for s in q["sources"]:
            if s != "quote" and s not in texts:
                errors.append(f"{q['id']}: unknown source {s}")
        for f in q["facts"]:
            where = [s for s in q["sources"] if s != "quote" and f.lower() in texts[s].lower()]
            if "quote" in q["sources"] and (f in quote_facts or f.lower() in quote_text.lower()):
                where.append("quote")
            if not where:
                errors.append(f"{q['id']}: fact {f!r} not found in {q['sources']}")
            else:
                print(f"{q['id']} {f!r:28} -> {', '.join(where)}")
    else:
        assert not q["facts"], q["id"]

assert ids == [f"Q{i:02d}" for i in range(1, 41)], ids
print("expect:", dict(cnt_expect), " language:", dict(cnt_lang))
print("quote total", fmt(total), " lines", {k: fmt(v) for k, v in lines.items()})

# the unanswerable handoffs must really be unanswerable: no such figures anywhere
alltext = "\n".join(texts.values()).lower()
for needle in ["db", "decibel", "noise", "sound", "heat output", "heat rejection", "lifetime", "life expectancy",
               "lifespan", "service life", "api", "jolt", "gasket every", "replace the gasket every"]:
    hits = [m.start() for m in re.finditer(r"\b" + re.escape(needle) + r"\b", alltext)]
    if hits:
        print(f"CHECK: {needle!r} occurs {len(hits)}x:", [alltext[max(0, h - 60):h + 60].replace(chr(10), ' ') for h in hits][:3])
print("ERRORS:" if errors else "all facts verified", *errors, sep="\n")
