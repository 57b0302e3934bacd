"""Check the catenova-tram-overhead-lines scenario.

Every answer fact must appear (case-insensitive, whitespace-normalised) in one of the sources named for the
question, where `quote` means the quote's text fields plus figures derived from it (line totals, discounted unit
prices, per-unit totals after discount, per-year figures, grand total). Also checks the counts the brief asks for.
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def text_of(path):
    suf = path.suffix.lower()
    if suf == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        return "\n".join(parts)
    if suf == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if suf == ".xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(str(path), data_only=True)
        return "\n".join(" | ".join("" if v is None else str(v) for v in row)
                         for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    if suf in (".md", ".html", ".htm", ".txt"):
        t = path.read_text(encoding="utf-8")
        return re.sub(r"<[^>]+>", " ", t) if suf.startswith(".htm") else t
    raise ValueError(path)


def quote_text(q):
    money = lambda x: f"{x:,.2f}"
    parts = [q["title"], q["terms"], q["notes"], q["buyer_company"], q["number"], q["currency"]]
    total = 0.0
    for li in q["line_items"]:
        gross = li["quantity"] * li["unit_price"]
        unit_net = li["unit_price"] * (1 - li["discount_percent"] / 100)
        net = round(li["quantity"] * unit_net, 2)
        total += net
        parts += [li["sku"], li["name"], str(li["quantity"]), money(li["unit_price"]), money(gross),
                  money(unit_net), money(net), f"{li['discount_percent']}%"]
    parts.append(money(round(total, 2)))
    return "\n".join(parts), round(total, 2)


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    errors = []
    texts = {}
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        texts[p.name] = norm(text_of(p))
    types = Counter(Path(s["path"]).suffix.lower() for s in sc["sources"])
    qt, total = quote_text(sc["quote"])
    texts["quote"] = norm(qt)
    print(f"quote total before VAT: {total:,.2f}; source types: {dict(types)}")
    n_items = len(sc["quote"]["line_items"])
    if not 5 <= n_items <= 9:
        errors.append(f"{n_items} line items")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("users count")
    owner = sc["quote"]["owner"]
    if owner not in {u["email"] for u in sc["users"]}:
        errors.append("quote owner is not a user")
    for ext in (".docx", ".pdf", ".xlsx"):
        if types[ext] != 1:
            errors.append(f"expected one {ext} source")
    if not (types[".md"] or types[".html"]):
        errors.append("no md/html source")

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    exp = Counter(q["expect"] for q in qs)
    if len(qs) != 40 or exp != Counter(answer=22, clarify=5, handoff=13):
        errors.append(f"counts: {len(qs)} {dict(exp)}")
    non_en = [q for q in qs if q.get("language", "en") != "en"]
    if len(non_en) != 10:
        errors.append(f"{len(non_en)} non-English questions")
    if {q["expect"] for q in non_en} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions not spread over all three behaviours")
    if len({q["id"] for q in qs}) != len(qs):
        errors.append("duplicate ids")
    for q in qs:
        if q["expect"] != "answer":
            continue
        if not q.get("sources") or not 1 <= len(q.get("facts", [])) <= 3:
            errors.append(f"{q['id']}: sources/facts missing")
            continue
        for s in q["sources"]:
            if s not in texts:
                errors.append(f"{q['id']}: unknown source {s}")
        for f in q["facts"]:
            if not any(norm(f) in texts.get(s, "") for s in q["sources"]):
                errors.append(f"{q['id']}: fact {f!r} not found in {q['sources']}")
    print(f"{len(qs)} questions {dict(exp)}, non-English {len(non_en)} "
          f"{dict(Counter(q['language'] for q in non_en))}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
