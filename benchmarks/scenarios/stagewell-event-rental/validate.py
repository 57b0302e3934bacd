"""Validate the stagewell-event-rental scenario: counts, shape, and that every answer fact appears verbatim
(case-insensitive) in one of the named sources or in the quote (incl. derived quote figures).
Run: /work/main/.venv/bin/python validate.py"""
import json, os, re, sys, zlib, html
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sc = json.load(open(os.path.join(HERE, "scenario.json")))
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl")) if l.strip()]
errors = []


def pdf_text(path):
    try:
        import pypdf
        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)
    except ImportError:
        pass
    raw = open(path, "rb").read()
    out = []
    for m in re.finditer(rb"(?<!end)stream\r?\n(.*?)\s*endstream", raw, re.S):
        data = m.group(1)
        for dec in (lambda b: zlib.decompress(b), lambda b: b):
            try:
                s = dec(data); break
            except Exception:
                continue
        if b"ASCII85Decode" in raw[max(0, m.start() - 300):m.start()]:
            try:
                import base64
                a = data.strip()
                a = a[:-2] if a.endswith(b"~>") else a
                s = zlib.decompress(base64.a85decode(a))
            except Exception:
                pass
        for t in re.finditer(rb"\((?:\\.|[^\\)])*\)\s*Tj", s):
            lit = t.group(0)[1:t.group(0).rindex(b")")]
            lit = re.sub(rb"\\([nrtbf()\\])", lambda x: {b"n": b"\n", b"r": b"", b"t": b"\t", b"b": b"", b"f": b""}.get(x.group(1), x.group(1)), lit)
            lit = re.sub(rb"\\([0-7]{1,3})", lambda x: bytes([int(x.group(1), 8)]), lit)
            out.append(lit.decode("latin-1"))
    return " ".join(out)


def docx_text(path):
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts += [c.text for c in r.cells]
    return "\n".join(parts)


def xlsx_text(path):
    from openpyxl import load_workbook
    wb = load_workbook(path, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                parts.append(str(v))
                if isinstance(v, float):
                    parts.append("%.2f" % v); parts.append("{:,.2f}".format(v))
    return "\n".join(parts)


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf": return pdf_text(path)
    if ext == "docx": return docx_text(path)
    if ext == "xlsx": return xlsx_text(path)
    if ext in ("html", "htm"): return html.unescape(re.sub(r"<[^>]+>", " ", open(path).read()))
    return open(path, encoding="utf-8").read()


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        net = round(li["quantity"] * unit, 2)
        total += net
        parts += ["{:,.2f}".format(unit), "{:,.2f}".format(net)]
    for v in (total, total * 0.2, total * 1.2, total * 0.3, total * 0.7):
        parts.append("{:,.2f}".format(round(v, 2)))
    return "\n".join(parts)


texts = {}
for s in sc["sources"]:
    p = os.path.join(HERE, s["path"])
    if not os.path.exists(p):
        errors.append("missing source " + s["path"]); continue
    texts[os.path.basename(p)] = re.sub(r"\s+", " ", text_of(p)).lower()
texts["quote"] = re.sub(r"\s+", " ", quote_text(sc["quote"])).lower()
for name, t in texts.items():
    if len(t) < 800 and name != "quote":
        errors.append("source %s has too little text (%d chars)" % (name, len(t)))

kinds = Counter(q["expect"] for q in qs)
want = {"answer": 22, "clarify": 5, "handoff": 13}
if len(qs) != 40: errors.append("expected 40 questions, got %d" % len(qs))
for k, n in want.items():
    if kinds[k] != n: errors.append("expected %d %s, got %d" % (n, k, kinds[k]))
if len({q["id"] for q in qs}) != len(qs): errors.append("duplicate ids")
langs = Counter(q.get("language", "en") for q in qs)
non_en = sum(n for l, n in langs.items() if l != "en")
if non_en != 10: errors.append("expected 10 non-English questions, got %d" % non_en)
for k in want:
    if not any(q.get("language", "en") != "en" for q in qs if q["expect"] == k):
        errors.append("no non-English %s question" % k)
n_items = len(sc["quote"]["line_items"])
if not 5 <= n_items <= 9: errors.append("quote has %d line items" % n_items)
if len(sc["users"]) not in (2, 3): errors.append("need 2-3 users")

for q in qs:
    if q["expect"] != "answer":
        continue
    if not q.get("sources") or not 1 <= len(q.get("facts", [])) <= 3:
        errors.append("%s: needs sources and 1-3 facts" % q["id"]); continue
    for s in q["sources"]:
        if s not in texts:
            errors.append("%s: unknown source %s" % (q["id"], s))
    for f in q["facts"]:
        where = [s for s in q["sources"] if s in texts and f.lower() in texts[s]]
        if not where:
            errors.append("%s: fact %r not found in %s" % (q["id"], f, q["sources"]))

print("questions:", len(qs), dict(kinds), "languages:", dict(langs))
print("sources:", {k: len(v) for k, v in texts.items()})
if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK: all checks passed")
