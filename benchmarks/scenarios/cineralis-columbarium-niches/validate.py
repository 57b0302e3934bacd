"""Check the cineralis-columbarium-niches scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
(needs python-docx, openpyxl and pypdf)

- 40 questions: 22 answer, 5 clarify, 13 handoff; 10 non-English spread over all three kinds;
- 5-9 quote line items, 2-3 users, four sources in four formats;
- every fact of an answer question appears (case-insensitively) in at least one of its named sources or the quote;
- facts that are quote arithmetic are recomputed from the line items.
"""
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent


def text_of(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if ext == ".pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == ".xlsx":
        wb = load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                parts.append(" | ".join("" if v is None else str(v) for v in row))
        return "\n".join(parts)
    if ext in (".md", ".txt"):
        return path.read_text(encoding="utf-8")
    if ext in (".html", ".htm"):
        return html.unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))
    raise ValueError(f"unknown source type: {path}")


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).lower()


def money(x: float) -> str:
    return f"{x:,.2f}"


def main() -> int:
    errors = []
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    q = sc["quote"]
    items = q["line_items"]
    by_sku = {i["sku"]: i for i in items}

    def line_total(i):
        return round(i["quantity"] * i["unit_price"] * (1 - i["discount_percent"] / 100), 2)

    subtotal = round(sum(line_total(i) for i in items), 2)
    print(f"quote subtotal before VAT: {money(subtotal)} {q['currency']}")

    # structure
    if not 5 <= len(items) <= 9:
        errors.append(f"{len(items)} line items, want 5-9")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append(f"{len(sc['users'])} users, want 2-3")
    if q["owner"] not in {u["email"] for u in sc["users"]}:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    exts = sorted(Path(s["path"]).suffix for s in sc["sources"])
    if len(set(exts)) != 4:
        errors.append(f"want four sources in four formats, got {exts}")

    texts = {}
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        texts[p.name] = norm(text_of(p))
        print(f"source {p.name}: {len(texts[p.name])} chars")
    texts["quote"] = norm(json.dumps(q, ensure_ascii=False))

    # questions
    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    kinds = Counter(x["expect"] for x in qs)
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40 or dict(kinds) != want:
        errors.append(f"counts {len(qs)} {dict(kinds)}, want 40 {want}")
    if len({x["id"] for x in qs}) != len(qs):
        errors.append("duplicate ids")
    foreign = [x for x in qs if x.get("language") and x["language"] != "en"]
    if len(foreign) != 10:
        errors.append(f"{len(foreign)} non-English questions, want 10")
    if {x["expect"] for x in foreign} != set(want):
        errors.append("non-English questions are not spread over answer/clarify/handoff")

    # quote arithmetic, recomputed from the line items
    arithmetic = {
        "q01": money(subtotal)[:-3],                                                     # total before VAT
        "q02": money(by_sku["CNW-G4-24"]["unit_price"] * (1 - by_sku["CNW-G4-24"]["discount_percent"] / 100))[:-3],
        "q04": money(line_total(by_sku["CNM-MAINT-3Y"]) / 3)[:-3],                        # per year of a 3-year plan
        "q32": money(line_total(by_sku["CNE-LET-V"]))[:-3],                               # engraving credits net
    }

    for x in qs:
        if x["expect"] != "answer":
            if x.get("sources") or x.get("facts"):
                errors.append(f"{x['id']}: only answer questions carry sources/facts")
            continue
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            errors.append(f"{x['id']}: answer needs sources and 1-3 facts")
            continue
        for s in x["sources"]:
            if s not in texts:
                errors.append(f"{x['id']}: unknown source {s}")
        for f in x["facts"]:
            if x["id"] in arithmetic:
                if f != arithmetic[x["id"]]:
                    errors.append(f"{x['id']}: fact {f!r} != computed {arithmetic[x['id']]!r}")
                continue
            if not any(norm(f) in texts.get(s, "") for s in x["sources"]):
                errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

    for e in errors:
        print("ERROR", e)
    print(f"questions: {len(qs)} {dict(kinds)}; non-English: {len(foreign)} "
          f"{dict(Counter(x['language'] for x in foreign))}; arithmetic checked: {sorted(arithmetic)}")
    print("OK" if not errors else f"FAILED ({len(errors)} errors)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
