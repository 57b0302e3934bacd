"""Validate the voltaris-ground-power scenario.

Checks the counts the brief requires and that every `answer` fact appears (case-insensitively) in one of the
sources the question names, or in the quote (its JSON plus figures derived from it: line totals, discounted unit
prices, the total before tax, per-year figures of multi-year lines, and the payment instalments named in the terms).

Run:  PYTHONPATH=<dir with pypdf> /work/main/.venv/bin/python validate.py
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


def text_docx(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def text_pdf(p):
    try:
        from pypdf import PdfReader
    except ImportError:
        sys.exit("pypdf is needed to read the PDF: pip install --target /tmp/x pypdf; PYTHONPATH=/tmp/x")
    return "\n".join(page.extract_text() or "" for page in PdfReader(p).pages)


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out), len(wb.worksheets)


def text_html(p):
    from bs4 import BeautifulSoup
    return BeautifulSoup(Path(p).read_text(encoding="utf-8"), "html.parser").get_text(" ")


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2009", " ").replace("\u2212", "-")
    return re.sub(r"\s+", " ", s).lower()


def fmt(x):
    x = round(x, 2)
    out = {f"{x:,.2f}", f"{x:.2f}"}
    if x == int(x):
        out |= {f"{int(x):,}", str(int(x))}
    return out


def quote_text(q):
    figs = set()
    total = 0.0
    for li in q["line_items"]:
        gross = li["quantity"] * li["unit_price"]
        unit_net = li["unit_price"] * (1 - li["discount_percent"] / 100)
        net = li["quantity"] * unit_net
        total += net
        figs |= fmt(gross) | fmt(net) | fmt(unit_net)
        m = re.search(r"(\d+)[- ]?(?:y|year)", li["sku"].lower() + " " + li["name"].lower())
        if m and int(m.group(1)) > 1:
            years = int(m.group(1))
            figs |= fmt(net / years) | fmt(unit_net / years)
    figs |= fmt(total)
    for pct in re.findall(r"(\d+)% on", q.get("terms", "")):
        figs |= fmt(total * int(pct) / 100)
    return json.dumps(q, ensure_ascii=False) + "\n" + " ".join(sorted(figs)), total


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        err(f"quote has {len(q['line_items'])} line items, want 5-9")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        err("buyer_contacts must be e-mail strings")
    if not 2 <= len(sc["users"]) <= 3:
        err("want 2-3 users")
    if q["owner"] not in {u["email"] for u in sc["users"]}:
        err("quote owner is not a user")

    texts = {}
    exts = set()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            err(f"missing source {s['path']}")
            continue
        ext = p.suffix.lower()
        exts.add(ext)
        if ext == ".docx":
            t = text_docx(p)
        elif ext == ".pdf":
            t = text_pdf(p)
        elif ext == ".xlsx":
            t, nsheets = text_xlsx(p)
            if nsheets < 2:
                err("xlsx needs 2+ sheets")
        elif ext in (".html", ".htm"):
            t = text_html(p)
        else:
            t = p.read_text(encoding="utf-8")
        if len(t) < 1500:
            err(f"{p.name}: only {len(t)} characters of text")
        texts[p.name] = norm(t)
    if not {".docx", ".pdf", ".xlsx"} <= exts or not exts & {".md", ".html", ".htm"}:
        err(f"source formats {sorted(exts)} do not cover docx, pdf, xlsx and md/html")
    qt, total = quote_text(q)
    texts["quote"] = norm(qt)

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = [x["id"] for x in qs]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    c = Counter(x["expect"] for x in qs)
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40 or dict(c) != want:
        err(f"counts {len(qs)} {dict(c)}, want 40 {want}")
    foreign = [x for x in qs if x.get("language")]
    if len(foreign) != 10:
        err(f"{len(foreign)} non-English questions, want 10")
    if {x["expect"] for x in foreign} != set(want):
        err("non-English questions must be spread over answer, clarify and handoff")
    if not {x["language"] for x in foreign} <= {"fr", "de", "es", "pt", "it", "nl"}:
        err("unexpected language code")

    for x in qs:
        if x["expect"] != "answer":
            continue
        srcs = x.get("sources") or []
        facts = x.get("facts") or []
        if not srcs or not 1 <= len(facts) <= 3:
            err(f"{x['id']}: needs sources and 1-3 facts")
        for s in srcs:
            if s not in texts:
                err(f"{x['id']}: unknown source {s}")
        for f in facts:
            if not any(norm(f) in texts.get(s, "") for s in srcs):
                err(f"{x['id']}: fact {f!r} not found in {srcs}")

    print(f"quote total before tax: {total:,.2f} {q['currency']}")
    print(f"questions: {len(qs)} {dict(c)}, non-English {len(foreign)} {dict(Counter(x['language'] for x in foreign))}")
    print("sources:", {k: len(v) for k, v in texts.items()})
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
