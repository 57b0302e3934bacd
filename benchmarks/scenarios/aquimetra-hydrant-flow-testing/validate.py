"""Validate the aquimetra-hydrant-flow-testing scenario.

Checks: scenario.json shape, sources exist, 40 questions with 22/5/13 split and 10 non-English, every `answer`
question names sources and 1-3 facts, and every fact appears (case-insensitively) in the text of at least one
named source. For `quote`, the text is the quote as rendered (fields, terms, notes) plus figures derived by plain
arithmetic: discounted unit prices, line totals, subtotal before VAT, VAT at 20%, total with VAT, and the
quarterly instalment (total / 4, per the invoicing terms).

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)
"""
import json
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).parent


def money(x):
    x = Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{x:,.2f}", f"{x:.2f}"


def text_of(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if ext == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(str(path), data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                parts.append(" | ".join("" if v is None else str(v) for v in row))
        return "\n".join(parts)
    if ext in (".md", ".html", ".htm", ".txt"):
        raw = path.read_text(encoding="utf-8")
        if ext in (".html", ".htm"):
            import re, html
            raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
        return raw
    raise ValueError(f"unsupported source type: {path}")


def quote_text(q) -> str:
    parts = [q["number"], q["title"], q["buyer_company"], q["currency"], q["created_on"], q["expires_on"],
             q["terms"], q["notes"]]
    subtotal = Decimal(0)
    for li in q["line_items"]:
        unit = Decimal(str(li["unit_price"]))
        disc = Decimal(str(li["discount_percent"]))
        net_unit = unit * (100 - disc) / 100
        line = net_unit * li["quantity"]
        subtotal += line
        parts.append(f'{li["sku"]} {li["name"]} qty {li["quantity"]} unit {" ".join(money(unit))} '
                     f'discount {li["discount_percent"]}% net unit {" ".join(money(net_unit))} '
                     f'line total {" ".join(money(line))}')
    vat = subtotal * Decimal("0.20")
    parts.append("subtotal before VAT " + " ".join(money(subtotal)))
    parts.append("VAT 20% " + " ".join(money(vat)))
    parts.append("total with VAT " + " ".join(money(subtotal + vat)))
    parts.append("quarterly instalment " + " ".join(money(subtotal / 4)))
    return "\n".join(parts)


def main():
    errors = []
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    q = sc["quote"]
    users = {u["email"] for u in sc["users"]}
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")
    if q["owner"] not in users:
        errors.append("quote owner is not a user")
    if not (isinstance(q["buyer_contacts"], list) and all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"])):
        errors.append("buyer_contacts must be a list of e-mail strings")
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("need 5-9 line items")
    ha = sc["agent"]["handoff"]["assign_to"]
    if not (ha == "quote_owner" or (isinstance(ha, dict) and ha.get("teams"))):
        errors.append("bad handoff.assign_to")

    texts = {"quote": quote_text(q)}
    types = set()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        if s["type"] == "kb_article" and not s.get("title"):
            errors.append(f"kb_article without title: {s['path']}")
        types.add(p.suffix.lower())
        texts[p.name] = text_of(p)
    if not {".docx", ".pdf", ".xlsx"} <= types or not ({".md", ".html"} & types):
        errors.append(f"source types incomplete: {sorted(types)}")

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = [x["id"] for x in qs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    counts = Counter(x["expect"] for x in qs)
    langs = Counter(x.get("language", "en") for x in qs)
    non_en = [x for x in qs if x.get("language", "en") != "en"]
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40:
        errors.append(f"{len(qs)} questions, need 40")
    for k, v in want.items():
        if counts[k] != v:
            errors.append(f"{counts[k]} {k}, need {v}")
    if len(non_en) != 10:
        errors.append(f"{len(non_en)} non-English questions, need 10")
    for k in want:
        if not any(x["expect"] == k for x in non_en):
            errors.append(f"no non-English {k} question")

    for x in qs:
        if x["expect"] != "answer":
            continue
        srcs, facts = x.get("sources") or [], x.get("facts") or []
        if not srcs:
            errors.append(f"{x['id']}: no sources")
        if not 1 <= len(facts) <= 3:
            errors.append(f"{x['id']}: need 1-3 facts")
        for s in srcs:
            if s not in texts:
                errors.append(f"{x['id']}: unknown source {s}")
        for f in facts:
            if not any(f.lower() in texts.get(s, "").lower() for s in srcs):
                errors.append(f"{x['id']}: fact {f!r} not found in {srcs}")

    print(f"questions: {len(qs)} {dict(counts)}; languages: {dict(langs)}")
    print(f"sources: {', '.join(k for k in texts if k != 'quote')}")
    print("quote subtotal/VAT/total/instalment:", " | ".join(texts["quote"].splitlines()[-4:]))
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
