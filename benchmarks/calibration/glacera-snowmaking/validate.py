#!/usr/bin/env python3
"""Validate the glacera-snowmaking scenario: structure, counts, and that every answer fact appears
(case-insensitively) in one of the sources the question names, or in the quote (including figures computed
from it: discounted unit prices, line totals, totals).

pypdf is needed for the PDF; if it is not installed, put it in a scratch folder
(pip install --target /tmp/glacera-pylib pypdf) and set GLACERA_PYLIB.
"""
import html
import json
import os
import re
import sys
from pathlib import Path

sys.path.append(os.environ.get("GLACERA_PYLIB", "/tmp/glacera-pylib"))

HERE = Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = s.replace("\u2212", "-").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def num_forms(x):
    """Common renderings of a money figure."""
    forms = set()
    x = round(float(x), 2)
    if x == int(x):
        i = int(x)
        forms |= {str(i), f"{i:,}", f"{i:,}".replace(",", "."), f"{i:,}".replace(",", " "),
                  f"{i:,}.00", f"{i}.00"}
    forms |= {f"{x:.2f}", f"{x:,.2f}"}
    return forms


def text_docx(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def text_pdf(p):
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(p)).pages)


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    parts = []
    if len(wb.sheetnames) < 2:
        err(f"{p.name}: needs 2+ sheets")
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    cells.append(" / ".join(sorted(num_forms(v))))
                else:
                    cells.append(str(v))
            parts.append(" | ".join(cells))
    return "\n".join(parts)


def text_html(p):
    raw = p.read_text(encoding="utf-8")
    raw = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", raw, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def text_of(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        return text_docx(path)
    if ext == ".pdf":
        return text_pdf(path)
    if ext == ".xlsx":
        return text_xlsx(path)
    if ext in (".html", ".htm"):
        return text_html(path)
    return path.read_text(encoding="utf-8")


def quote_text(q):
    parts = [q["number"], q["title"], q["buyer_company"], q["currency"], q["created_on"], q["expires_on"],
             q["terms"], q["notes"]]
    total = 0.0
    totals = {}
    for li in q["line_items"]:
        qty, up, disc = li["quantity"], li["unit_price"], li.get("discount_percent", 0) or 0
        net_unit = up * (1 - disc / 100)
        gross_line = qty * up
        line = qty * net_unit
        total += line
        totals[li["sku"]] = line
        parts += [li["sku"], li["name"], str(qty), f"{disc}%"]
        for v in (up, net_unit, gross_line, line, gross_line - line, up - net_unit):
            parts += sorted(num_forms(v))
    svc = sum(v for k, v in totals.items() if k.startswith("GL-SVC"))
    for v in (total, total - svc, svc, sum(li["quantity"] * li["unit_price"] for li in q["line_items"])):
        parts += sorted(num_forms(v))
    return "\n".join(parts), total


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    q = sc["quote"]

    # scenario structure
    for k in ("name", "description", "agent", "users", "quote", "sources"):
        if k not in sc:
            err(f"scenario.json: missing {k}")
    if not 2 <= len(sc["users"]) <= 3:
        err("users: need 2-3")
    emails = {u["email"] for u in sc["users"]}
    if q["owner"] not in emails:
        err("quote.owner is not a user")
    if not (isinstance(q["buyer_contacts"], list) and all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"])):
        err("buyer_contacts must be a list of e-mail strings")
    if not 5 <= len(q["line_items"]) <= 9:
        err("quote: need 5-9 line items")
    if not any(li.get("discount_percent") for li in q["line_items"]):
        err("quote: no discounts")
    ho = sc["agent"]["handoff"]["assign_to"]
    if not (ho == "quote_owner" or (isinstance(ho, dict) and ho.get("teams"))):
        err("handoff.assign_to invalid")

    sources = {}
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            err(f"missing source {s['path']}")
            continue
        if s["type"] == "kb_article" and not s.get("title"):
            err(f"kb_article {s['path']} has no title")
        sources[p.name] = norm(text_of(p))
    exts = {Path(n).suffix for n in sources}
    for need in (".docx", ".pdf", ".xlsx"):
        if need not in exts:
            err(f"no {need} source")
    if not exts & {".md", ".html"}:
        err("no Markdown or HTML source")
    for n, t in sources.items():
        if len(t) < 1500:
            err(f"{n}: only {len(t)} characters of text")
    qt, total = quote_text(q)
    sources["quote"] = norm(qt)

    # questions
    qs = [json.loads(line) for line in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    ids = [x["id"] for x in qs]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    counts = {"answer": 0, "clarify": 0, "handoff": 0}
    non_en = {"answer": 0, "clarify": 0, "handoff": 0}
    langs = set()
    for x in qs:
        e = x["expect"]
        counts[e] = counts.get(e, 0) + 1
        if x.get("language") and x["language"] != "en":
            non_en[e] += 1
            langs.add(x["language"])
            if x["language"] not in {"fr", "de", "es", "pt", "it", "nl"}:
                err(f"{x['id']}: unexpected language {x['language']}")
        if e == "answer":
            if not x.get("sources"):
                err(f"{x['id']}: answer without sources")
            if not 1 <= len(x.get("facts", [])) <= 3:
                err(f"{x['id']}: needs 1-3 facts")
            for s in x.get("sources", []):
                if s not in sources:
                    err(f"{x['id']}: unknown source {s}")
            for f in x.get("facts", []):
                if not any(norm(f) in sources.get(s, "") for s in x.get("sources", [])):
                    err(f"{x['id']}: fact {f!r} not found in {x.get('sources')}")
        elif x.get("facts"):
            err(f"{x['id']}: {e} question should not carry facts")
    if len(qs) != 40:
        err(f"{len(qs)} questions, need 40")
    if counts != {"answer": 22, "clarify": 5, "handoff": 13}:
        err(f"counts {counts}, need 22/5/13")
    if sum(non_en.values()) != 10:
        err(f"{sum(non_en.values())} non-English questions, need 10")
    if not all(non_en.values()):
        err(f"non-English questions not spread across types: {non_en}")
    if len(langs) < 5:
        err(f"only {len(langs)} non-English languages")

    print(f"quote total before tax: {total:,.2f} {q['currency']}")
    print(f"questions: {counts}; non-English: {non_en} in {sorted(langs)}")
    print(f"sources: " + ", ".join(f"{n} ({len(t)} chars)" for n, t in sources.items()))
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
