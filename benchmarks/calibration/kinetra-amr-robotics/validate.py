"""Validate the kinetra-amr-robotics scenario.

Checks the structure of scenario.json and questions.jsonl, and that every `answer` fact appears
(case-insensitively) in at least one of the sources the question names, or in the quote. For the quote,
figures computed from it are accepted too: discounted unit prices, line totals, sums of any set of line
totals, and the grand total with VAT.

Needs python-docx, openpyxl and pypdf (or the `pdftotext` tool). Run:
    python validate.py            (add a folder holding pypdf to PYTHONPATH if needed)
"""
import html
import itertools
import json
import os
import re
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2212", "-").replace("\u2013", "-")
    return re.sub(r"\s+", " ", s).strip().lower()


def fmt_number(v, number_format=""):
    out = [str(v)]
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        if "%" in (number_format or ""):
            out.append(f"{v * 100:g}%")
        out.append(f"{v:,.2f}")
        if float(v).is_integer():
            out.append(f"{int(v):,}")
    return " | ".join(out)


def text_docx(path):
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def text_pdf(path):
    try:
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    except ImportError:
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                              check=True).stdout


def text_xlsx(path):
    from openpyxl import load_workbook
    wb = load_workbook(path)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows():
            parts.append(" | ".join(fmt_number(c.value, c.number_format) for c in row if c.value is not None))
    return "\n".join(parts)


def text_html(path):
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"(?is)<(script|style).*?</\1>", " ", raw)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        return text_docx(path)
    if ext == "pdf":
        return text_pdf(path)
    if ext == "xlsx":
        return text_xlsx(path)
    if ext in ("html", "htm"):
        return text_html(path)
    return open(path, encoding="utf-8").read()


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False), q["terms"], q["notes"]]
    totals = []
    for li in q["line_items"]:
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(unit * li["quantity"], 2)
        totals.append(line)
        parts += [fmt_number(li["unit_price"]), fmt_number(unit), fmt_number(line),
                  fmt_number(round(li["unit_price"] * li["quantity"], 2))]
    # sums of any set of lines (e.g. the annual items, hardware only, grand total)
    for r in range(2, len(totals) + 1):
        for combo in itertools.combinations(totals, r):
            parts.append(fmt_number(round(sum(combo), 2)))
    grand = round(sum(totals), 2)
    vat = re.search(r"(\d+(?:\.\d+)?)% [A-Za-z ]*VAT", q["terms"])
    if vat:
        rate = float(vat.group(1)) / 100
        parts += [fmt_number(round(grand * rate, 2)), fmt_number(round(grand * (1 + rate), 2))]
    return "\n".join(parts), grand


def main():
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    q = sc["quote"]

    # ---- scenario structure
    users = sc["users"]
    if not 2 <= len(users) <= 3:
        err(f"expected 2-3 users, got {len(users)}")
    if q["owner"] not in {u["email"] for u in users}:
        err("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        err("buyer_contacts must be e-mail strings")
    if not 5 <= len(q["line_items"]) <= 9:
        err(f"expected 5-9 line items, got {len(q['line_items'])}")
    if not any(li["discount_percent"] for li in q["line_items"]):
        err("no discounted line item")
    ho = sc["agent"]["handoff"]["assign_to"]
    if ho != "quote_owner" and not (isinstance(ho, dict) and ho.get("teams")):
        err("bad handoff.assign_to")

    texts = {}
    kinds = set()
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        if not os.path.exists(p):
            err(f"missing source {s['path']}")
            continue
        ext = p.rsplit(".", 1)[-1].lower()
        kinds.add("kb_article" if s["type"] == "kb_article" else ext)
        texts[os.path.basename(p)] = norm(text_of(p))
        if len(texts[os.path.basename(p)]) < 1500:
            err(f"source {s['path']} looks too short")
    for need in ("docx", "pdf", "xlsx"):
        if need not in kinds:
            err(f"no {need} source")
    if not ({"kb_article", "html"} & kinds):
        err("no kb_article or html source")
    qt, grand = quote_text(q)
    texts["quote"] = norm(qt)

    # ---- questions
    rows = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    if len(rows) != 40:
        err(f"expected 40 questions, got {len(rows)}")
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    counts = Counter(r["expect"] for r in rows)
    if counts != Counter({"answer": 22, "clarify": 5, "handoff": 13}):
        err(f"bad expect counts {dict(counts)}")
    foreign = [r for r in rows if r.get("language") and r["language"] != "en"]
    if len(foreign) != 10:
        err(f"expected 10 non-English questions, got {len(foreign)}")
    if {r["expect"] for r in foreign} != {"answer", "clarify", "handoff"}:
        err("non-English questions not spread across answer/clarify/handoff")

    for r in rows:
        if r["expect"] != "answer":
            if r.get("facts"):
                err(f"{r['id']}: facts on a non-answer question")
            continue
        srcs, facts = r.get("sources") or [], r.get("facts") or []
        if not srcs:
            err(f"{r['id']}: no sources")
        if not 1 <= len(facts) <= 3:
            err(f"{r['id']}: needs 1-3 facts")
        for s in srcs:
            if s not in texts:
                err(f"{r['id']}: unknown source {s}")
        for f in facts:
            if not any(norm(f) in texts.get(s, "") for s in srcs):
                err(f"{r['id']}: fact {f!r} not found in {srcs}")

    print(f"grand total before VAT: {grand:,.2f} {q['currency']}")
    print(f"questions: {len(rows)} {dict(counts)}; non-English: {len(foreign)} "
          f"{dict(Counter(r['language'] for r in foreign))}")
    print(f"source kinds: {sorted(kinds)}")
    if ERRORS:
        print("FAIL")
        for e in ERRORS:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
