"""Check the kestrel-weighbridges scenario: quote arithmetic, facts present in their sources, counts.

Run with: /work/main/.venv/bin/python validate.py   (exit code 0 when everything passes)
"""
import html
import json
import re
import sys
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import docx
from openpyxl import load_workbook

HERE = Path(__file__).resolve().parent
EXPECTED_TOTAL = Decimal("135498.00")
EXPECTED_KINDS = {"answer": 22, "clarify": 5, "handoff": 13}
EXPECTED_LANGS = {"de": 2, "fr": 2, "es": 2, "it": 1, "pt": 1, "nl": 2}
errors = []


def money(x):
    return f"{x:,.2f}"


def line_total(li):
    gross = Decimal(str(li["unit_price"])) * li["quantity"]
    net = gross * (Decimal(100) - Decimal(str(li["discount_percent"]))) / Decimal(100)
    return gross, net


def quote_text(q):
    parts = [f"Quote {q['number']}: {q['title']}", f"Buyer: {q['buyer_company']}", f"Currency: {q['currency']}",
             f"Created on {q['created_on']}, expires on {q['expires_on']}"]
    subtotal = Decimal(0)
    total = Decimal(0)
    for li in q["line_items"]:
        gross, net = line_total(li)
        subtotal += gross
        total += net
        parts.append(f"{li['sku']} {li['name']}: {li['quantity']} x {money(Decimal(str(li['unit_price'])))}"
                     f", discount {li['discount_percent']}%, line total {money(net)}")
    parts.append(f"Subtotal before discounts {money(subtotal)}; discounts {money(subtotal - total)}; total {money(total)}")
    parts += [q["terms"], q["notes"]]
    return "\n".join(parts), total


def xlsx_text(p):
    wb = load_workbook(p, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def docx_text(p):
    d = docx.Document(p)
    out = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append(" | ".join(c.text for c in row.cells))
    return "\n".join(out)


def html_text(p):
    raw = p.read_text(encoding="utf-8")
    raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def file_text(p):
    ext = p.suffix.lower()
    if ext == ".xlsx":
        return xlsx_text(p)
    if ext == ".docx":
        return docx_text(p)
    if ext in (".html", ".htm"):
        return html_text(p)
    return p.read_text(encoding="utf-8")


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    q = sc["quote"]

    # quote
    if not 6 <= len(q["line_items"]) <= 10:
        errors.append(f"quote has {len(q['line_items'])} line items")
    for li in q["line_items"]:
        _, net = line_total(li)
        if net != net.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP):
            errors.append(f"{li['sku']}: line total {net} is not a whole number of cents")
    qtext, total = quote_text(q)
    if total != EXPECTED_TOTAL:
        errors.append(f"quote total {total} != expected {EXPECTED_TOTAL}")
    if not any(li["discount_percent"] for li in q["line_items"]):
        errors.append("no discounted line")
    users = {u["email"] for u in sc["users"]}
    if q["owner"] not in users:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be plain e-mail strings")

    # sources
    texts = {"quote": qtext}
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        texts[p.name] = file_text(p)
    if len({Path(s["path"]).suffix for s in sc["sources"]}) != len(sc["sources"]):
        errors.append("sources must be of different types")

    # questions
    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = [x["id"] for x in qs]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    kinds = Counter(x["expect"] for x in qs)
    langs = Counter(x["language"] for x in qs if x.get("language"))
    if len(qs) != 40:
        errors.append(f"{len(qs)} questions, expected 40")
    if dict(kinds) != EXPECTED_KINDS:
        errors.append(f"kinds {dict(kinds)} != {EXPECTED_KINDS}")
    if dict(langs) != EXPECTED_LANGS:
        errors.append(f"languages {dict(langs)} != {EXPECTED_LANGS}")
    non_en_kinds = Counter(x["expect"] for x in qs if x.get("language"))
    if len(non_en_kinds) != 3:
        errors.append(f"non-English questions not mixed over the three kinds: {dict(non_en_kinds)}")
    for x in qs:
        if x["expect"] == "answer":
            if not x["sources"]:
                errors.append(f"{x['id']}: answer without sources")
            for s in x["sources"]:
                if s not in texts:
                    errors.append(f"{x['id']}: unknown source {s}")
            for f in x["facts"]:
                if not any(f.lower() in texts.get(s, "").lower() for s in x["sources"]):
                    errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")
        else:
            if x["sources"] or x["facts"]:
                errors.append(f"{x['id']}: {x['expect']} must have empty sources and facts")
        for m in x.get("must_not", []):
            if not isinstance(m, str) or not m:
                errors.append(f"{x['id']}: bad must_not")

    print(f"quote total {money(total)} {q['currency']}; {len(q['line_items'])} line items")
    print(f"questions {len(qs)}: {dict(kinds)}; non-English {sum(langs.values())}: {dict(langs)}; by kind {dict(non_en_kinds)}")
    for name, t in texts.items():
        print(f"  source {name}: {len(t)} chars of text")
    if errors:
        print("FAIL")
        for e in errors:
            print("  -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
