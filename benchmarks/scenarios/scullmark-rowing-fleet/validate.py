"""Check the scullmark-rowing-fleet scenario: counts, languages, and that every answer fact appears
(case-insensitively) in one of the sources the question names, or in the quote.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
(needs python-docx, openpyxl and pypdf). The quote's text includes the figures a quote page shows or a buyer
can compute from it: line totals, discounted unit prices, the total before tax, and per-year amounts of
multi-year plans (SKU ending in -<N>Y)."""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
try:
    import pypdf  # noqa: F401
except ImportError:
    sys.path.append("/tmp/rl")


def money(x):
    return [f"{x:,.2f}", f"{x:,.0f}" if x == int(x) else f"{x:,.2f}", f"{x:.2f}"]


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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    if ext == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(str(path), data_only=True)
        return "\n".join(" | ".join("" if v is None else str(v) for v in row)
                         for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    if ext in (".md", ".txt"):
        return path.read_text(encoding="utf-8")
    if ext in (".html", ".htm"):
        return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))
    raise ValueError(f"unknown source type: {path}")


def quote_text(q: dict) -> str:
    parts = [json.dumps(q, ensure_ascii=False)]
    subtotal = 0.0
    for li in q["line_items"]:
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(unit * li["quantity"], 2)
        subtotal += line
        parts += money(unit) + money(line) + money(li["unit_price"])
        m = re.search(r"-(\d+)Y$", li["sku"])
        if m:
            parts += money(round(line / int(m.group(1)), 2))
    parts += money(round(subtotal, 2))
    return "\n".join(parts)


def main() -> int:
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    errors = []
    texts = {}
    types = set()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        texts[p.name] = text_of(p)
        types.add(p.suffix.lower())
        if len(texts[p.name]) < 1500:
            errors.append(f"source {p.name} looks too short ({len(texts[p.name])} chars)")
    texts["quote"] = quote_text(sc["quote"])
    n_items = len(sc["quote"]["line_items"])
    if not 5 <= n_items <= 9:
        errors.append(f"{n_items} line items, expected 5-9")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("expected 2-3 users")
    emails = {u["email"] for u in sc["users"]}
    if sc["quote"]["owner"] not in emails:
        errors.append("quote owner is not a user")
    if not {".docx", ".pdf", ".xlsx"} <= types or not ({".md", ".html"} & types):
        errors.append(f"source types {sorted(types)} do not cover docx/pdf/xlsx/md-or-html")

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    counts = {"answer": 0, "clarify": 0, "handoff": 0}
    non_en = 0
    ids = set()
    for q in qs:
        if q["id"] in ids:
            errors.append(f"duplicate id {q['id']}")
        ids.add(q["id"])
        counts[q["expect"]] += 1
        if q.get("language", "en") != "en":
            non_en += 1
        if q["expect"] == "answer":
            if not q.get("sources") or not q.get("facts"):
                errors.append(f"{q['id']}: answer without sources or facts")
                continue
            for src in q["sources"]:
                if src not in texts:
                    errors.append(f"{q['id']}: unknown source {src}")
            hay = "\n".join(texts.get(s, "") for s in q["sources"]).lower()
            for f in q["facts"]:
                if f.lower() not in hay:
                    errors.append(f"{q['id']}: fact {f!r} not found in {q['sources']}")
    expected = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40:
        errors.append(f"{len(qs)} questions, expected 40")
    if counts != expected:
        errors.append(f"counts {counts}, expected {expected}")
    if non_en != 10:
        errors.append(f"{non_en} non-English questions, expected 10")
    langs = {q["language"] for q in qs if "language" in q}
    by_expect = {e for e in expected if any(q["expect"] == e and "language" in q for q in qs)}
    if by_expect != set(expected):
        errors.append(f"non-English questions only in {sorted(by_expect)}")

    print(f"sources: {', '.join(f'{k} ({len(v)} chars)' for k, v in texts.items() if k != 'quote')}")
    print(f"questions: {len(qs)} {counts}, non-English: {non_en} {sorted(langs)}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        return 1
    print("OK: all answer facts found in their named sources or the quote")
    return 0


if __name__ == "__main__":
    sys.exit(main())
