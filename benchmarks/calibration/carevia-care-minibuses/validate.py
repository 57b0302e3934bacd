"""Check the carevia-care-minibuses scenario: counts, languages, and that every answer fact is in a named source.

A fact named with source "quote" may be a string in the quote, or a figure derived from it: a discounted unit price,
a line total, the total before tax, the total of a SKU family (EL, OPT, CHG, SVC, TRN) or a per-year figure of a
multi-year plan. Run with a Python that has python-docx, openpyxl and pypdf (pypdf may live in /tmp/rl).
"""
import html
import json
import os
import re
import sys

sys.path.append("/tmp/rl")
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        return "\n".join(parts)
    if ext == "pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "xlsx":
        wb = load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                parts.append(" | ".join("" if v is None else str(v) for v in row))
        return "\n".join(parts)
    if ext in ("html", "htm"):
        raw = open(path, encoding="utf-8").read()
        return html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return open(path, encoding="utf-8").read()


def money_forms(x):
    x = round(x, 2)
    forms = {f"{x:,.2f}", f"{x:.2f}"}
    if x == int(x):
        forms |= {f"{int(x):,}", str(int(x))}
    return forms


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    families = {}
    for li in q["line_items"]:
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(unit * li["quantity"], 2)
        total += line
        fam = li["sku"].split("-")[0][:3]
        families[fam] = families.get(fam, 0) + line
        parts += money_forms(li["unit_price"]) | money_forms(unit) | money_forms(line)
        m = re.search(r"(\d+) years?", li["name"])
        if m:
            years = int(m.group(1))
            parts += money_forms(unit / years) | money_forms(line / years)
    parts += money_forms(total)
    for v in families.values():
        parts += money_forms(v)
    return "\n".join(parts)


def main():
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    texts = {"quote": quote_text(sc["quote"]).lower()}
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        assert os.path.exists(p), p
        texts[os.path.basename(p)] = text_of(p).lower()
    errors = []
    types = {os.path.splitext(s["path"])[1] for s in sc["sources"]}
    for ext in (".docx", ".pdf", ".xlsx"):
        if ext not in types:
            errors.append(f"no {ext} source")
    if not ({".md", ".html"} & types):
        errors.append("no md or html source")
    wb = load_workbook(os.path.join(HERE, "knowledge", "carevia-price-spec-2025.xlsx"))
    if len(wb.worksheets) < 2:
        errors.append("xlsx needs 2+ sheets")
    if not 5 <= len(sc["quote"]["line_items"]) <= 9:
        errors.append("quote needs 5-9 line items")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")
    emails = {u["email"] for u in sc["users"]}
    if sc["quote"]["owner"] not in emails:
        errors.append("quote owner is not a user")

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    counts = {}
    langs = {}
    ids = set()
    for q in qs:
        counts[q["expect"]] = counts.get(q["expect"], 0) + 1
        if q["id"] in ids:
            errors.append(f"duplicate id {q['id']}")
        ids.add(q["id"])
        if q.get("language"):
            langs.setdefault(q["language"], []).append(q["expect"])
        if q["expect"] == "answer":
            if not q.get("sources") or not 1 <= len(q.get("facts", [])) <= 3:
                errors.append(f"{q['id']}: answer needs sources and 1-3 facts")
                continue
            for s in q["sources"]:
                if s not in texts:
                    errors.append(f"{q['id']}: unknown source {s}")
            for f in q["facts"]:
                if not any(f.lower() in texts.get(s, "") for s in q["sources"]):
                    errors.append(f"{q['id']}: fact {f!r} not found in {q['sources']}")
        elif q.get("facts"):
            errors.append(f"{q['id']}: only answers carry facts")
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40 or counts != want:
        errors.append(f"counts {len(qs)} {counts}, want 40 {want}")
    n_foreign = sum(len(v) for v in langs.values())
    if n_foreign != 10:
        errors.append(f"{n_foreign} non-English questions, want 10")
    if {e for v in langs.values() for e in v} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions must span answer, clarify and handoff")
    if not set(langs) <= {"fr", "de", "es", "pt", "it", "nl"}:
        errors.append(f"unexpected languages {set(langs)}")

    print(f"questions: {len(qs)} {counts}; non-English: {n_foreign} {dict((k, len(v)) for k, v in langs.items())}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
