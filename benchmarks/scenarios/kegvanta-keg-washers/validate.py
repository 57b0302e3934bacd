"""Check the kegvanta-keg-washers scenario: counts, languages, and that every answer fact appears
(case-insensitively) in at least one of the sources named for it.

Quote text = scenario.json's quote as JSON plus the figures a reader derives from it (net unit prices,
line totals, total before tax, formatted as 1,234 and 1,234.00).
Run: /work/main/.venv/bin/python validate.py   (pypdf is loaded from /tmp/rl or /tmp/rl4 if not installed)
"""
import json
import os
import sys
from collections import Counter

for extra in ("/tmp/rl", "/tmp/rl4"):
    if os.path.isdir(extra):
        sys.path.append(extra)

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))


def fmt(v):
    return ["{:,.2f}".format(v), "{:,.0f}".format(v) if abs(v - round(v)) < 1e-9 else "{:,.2f}".format(v)]


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        net = li["unit_price"] * (1 - li["discount_percent"] / 100.0)
        line = net * li["quantity"]
        total += line
        parts += fmt(li["unit_price"]) + fmt(net) + fmt(line)
    parts += fmt(total)
    return "\n".join(parts), total


def docx_text(p):
    d = Document(p)
    out = [para.text for para in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append(" | ".join(c.text for c in r.cells))
    return "\n".join(out)


def pdf_text(p):
    return "\n".join(page.extract_text() or "" for page in PdfReader(p).pages)


def xlsx_text(p):
    wb = load_workbook(p)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    cells.append("{:,}".format(v))
                    cells.append(str(v))
                else:
                    cells.append(str(v))
            out.append(" | ".join(cells))
    return "\n".join(out)


def source_text(path):
    full = os.path.join(HERE, path)
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        return docx_text(full)
    if ext == "pdf":
        return pdf_text(full)
    if ext == "xlsx":
        return xlsx_text(full)
    with open(full, encoding="utf-8") as f:
        return f.read()


def main():
    errors = []
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    q = sc["quote"]
    texts = {}
    for s in sc["sources"]:
        if not os.path.exists(os.path.join(HERE, s["path"])):
            errors.append("missing source " + s["path"])
            continue
        texts[os.path.basename(s["path"])] = source_text(s["path"]).lower()
    qt, total = quote_text(q)
    texts["quote"] = qt.lower()
    print("total before tax: {:,.2f} {}".format(total, q["currency"]))

    types = sorted(s["path"].rsplit(".", 1)[-1] for s in sc["sources"])
    if not {"docx", "pdf", "xlsx"} <= set(types) or not ({"md", "html"} & set(types)):
        errors.append("source types: %s" % types)
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("line items: %d" % len(q["line_items"]))
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("users: %d" % len(sc["users"]))
    if q["owner"] not in {u["email"] for u in sc["users"]}:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    wb = load_workbook(os.path.join(HERE, "knowledge/kegvanta-price-list-2025.xlsx"))
    if len(wb.worksheets) < 2:
        errors.append("xlsx needs 2+ sheets")

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    counts = Counter(x["expect"] for x in qs)
    langs = Counter(x.get("language", "en") for x in qs)
    print("questions:", len(qs), dict(counts), "languages:", dict(langs))
    if len(qs) != 40:
        errors.append("need 40 questions")
    if counts != Counter({"answer": 22, "clarify": 5, "handoff": 13}):
        errors.append("expect counts %s" % dict(counts))
    if sum(v for k, v in langs.items() if k != "en") != 10:
        errors.append("need 10 non-English questions")
    for kind in ("answer", "clarify", "handoff"):
        if not any(x["expect"] == kind and x.get("language") for x in qs):
            errors.append("no non-English %s question" % kind)
    if len({x["id"] for x in qs}) != len(qs):
        errors.append("duplicate ids")

    for x in qs:
        if x["expect"] != "answer":
            if x.get("facts") or x.get("sources"):
                errors.append("%s: only answers carry facts/sources" % x["id"])
            continue
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            errors.append("%s: needs sources and 1-3 facts" % x["id"])
            continue
        for s in x["sources"]:
            if s not in texts:
                errors.append("%s: unknown source %s" % (x["id"], s))
        for f in x["facts"]:
            hits = [s for s in x["sources"] if f.lower() in texts.get(s, "")]
            if not hits:
                errors.append("%s: fact %r not found in %s" % (x["id"], f, x["sources"]))

    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
