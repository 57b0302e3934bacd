"""Check the fulgaris-lightning-testing scenario: counts, languages, sources, and that every answer fact
appears (case-insensitively, whitespace-normalised) in at least one of the sources the question names.

Quote text = the scenario's quote fields plus the figures a quote page shows: line totals, discounted unit
prices, subtotal, VAT at 20%, total including VAT, and the recurring yearly and three-year figures stated in
the terms. Run with an interpreter that has python-docx, openpyxl and pypdf, e.g.
PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
"""
import json
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def money(d):
    d = Decimal(d).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{d:,.2f} {d:.2f}"


def cell(v):
    if isinstance(v, float):
        return f"{v:.2f} {v:g}"
    return str(v)


def text_of(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.extend(c.text for c in r.cells)
        return "\n".join(parts)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if ext == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(str(path), data_only=True)
        return "\n".join(" | ".join(cell(v) for v in row if v is not None)
                         for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    if ext in (".md", ".html", ".htm", ".txt"):
        t = path.read_text(encoding="utf-8")
        return re.sub(r"<[^>]+>", " ", t) if ext.startswith(".htm") else t
    raise ValueError(f"unsupported source type: {path}")


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    sub = Decimal(0)
    per_sku = {}
    for li in q["line_items"]:
        up = Decimal(str(li["unit_price"]))
        net_unit = up * (100 - Decimal(str(li["discount_percent"]))) / 100
        total = net_unit * li["quantity"]
        per_sku[li["sku"]] = total
        sub += total
        parts.append(f"{li['sku']} unit {money(up)} net unit {money(net_unit)} line total {money(total)}")
    vat = sub * Decimal("0.20")
    parts.append(f"subtotal {money(sub)} vat {money(vat)} total incl vat {money(sub + vat)}")
    recurring = sum(per_sku[s] for s in ("LPS-TST-STD", "LPS-TST-LRG", "RPT-DIG"))
    parts.append(f"recurring per year {money(recurring)} over three years {money(recurring * 3)}")
    return "\n".join(parts)


def main():
    errors = []
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote must have 5-9 line items")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    emails = {u["email"] for u in sc["users"]}
    if q["owner"] not in emails or not 2 <= len(sc["users"]) <= 3:
        errors.append("owner must be one of 2-3 users")

    texts = {"quote": norm(quote_text(q))}
    types = set()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        types.add(p.suffix.lower())
        texts[p.name] = norm(text_of(p))
    if not {".docx", ".pdf", ".xlsx"} <= types or not ({".md", ".html"} & types):
        errors.append(f"source types incomplete: {sorted(types)}")

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = [x["id"] for x in qs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    counts = Counter(x["expect"] for x in qs)
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40 or dict(counts) != want:
        errors.append(f"counts {len(qs)} {dict(counts)} != 40 {want}")
    foreign = [x for x in qs if x.get("language")]
    langs = Counter(x["language"] for x in foreign)
    if len(foreign) != 10:
        errors.append(f"{len(foreign)} non-English questions, want 10")
    if {x["expect"] for x in foreign} != set(want):
        errors.append("non-English questions must be spread across answer/clarify/handoff")
    if not set(langs) <= {"fr", "de", "es", "pt", "it", "nl"}:
        errors.append(f"unexpected languages {langs}")

    for x in qs:
        if x["expect"] != "answer":
            continue
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            errors.append(f"{x['id']}: needs sources and 1-3 facts")
            continue
        for s in x["sources"]:
            if s not in texts:
                errors.append(f"{x['id']}: unknown source {s}")
        for f in x["facts"]:
            hits = [s for s in x["sources"] if norm(f) in texts.get(s, "")]
            if not hits:
                errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

    print(f"questions: {len(qs)} {dict(counts)}; non-English: {len(foreign)} {dict(langs)}; "
          f"sources: {len(sc['sources'])} {sorted(types)}; line items: {len(q['line_items'])}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: every answer fact found in its named sources or the quote")


if __name__ == "__main__":
    main()
