"""Check the kaltrow-carcass-chillers scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
Checks: sources exist and yield text; 40 questions with 22 answer / 5 clarify / 13 handoff; 10 non-English spread
across all three kinds; every answer fact appears (case-insensitive) in one of its named sources or, for `quote`,
in the quote text including derived figures (line totals, discounted unit prices, grand total, per-year service).
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def text_of(path: Path) -> str:
    s = path.suffix.lower()
    if s == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        return "\n".join(parts)
    if s == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    if s == ".xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(path, data_only=True)
        return "\n".join(" | ".join("" if v is None else str(v) for v in row)
                         for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    if s in (".md", ".html", ".htm", ".txt"):
        return path.read_text(encoding="utf-8")
    raise ValueError(f"unsupported source {path}")


def money(x: float) -> list[str]:
    return [f"{x:,.2f}", f"{x:,.0f}" if x == int(x) else f"{x:,.2f}", f"{x:.2f}", str(int(x)) if x == int(x) else f"{x:.2f}"]


def quote_text(q: dict) -> str:
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = unit * li["quantity"]
        total += line
        parts += [li["sku"], li["name"], "unit after discount", *money(unit), "line total", *money(line)]
        if li["sku"] == "KCC-SVC-GOLD":  # 2 rooms x 3 years: per-year figure for both rooms
            parts += ["per year", *money(line / 3)]
    parts += ["total before VAT", *money(total)]
    return "\n".join(parts)


def main() -> int:
    errors = []
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    texts = {}
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        t = text_of(p)
        if len(t) < 1500:
            errors.append(f"source too short: {p.name} ({len(t)} chars)")
        texts[p.name] = t.lower()
    types = Counter(Path(s["path"]).suffix for s in sc["sources"])
    texts["quote"] = quote_text(sc["quote"]).lower()
    n_items = len(sc["quote"]["line_items"])
    if not 5 <= n_items <= 9:
        errors.append(f"quote has {n_items} line items")
    emails = {u["email"] for u in sc["users"]}
    if sc["quote"]["owner"] not in emails:
        errors.append("quote owner is not a user")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    kinds = Counter(q["expect"] for q in qs)
    langs = Counter(q.get("language", "en") for q in qs)
    non_en = [q for q in qs if q.get("language", "en") != "en"]
    if len(qs) != 40:
        errors.append(f"{len(qs)} questions, want 40")
    if kinds != Counter(answer=22, clarify=5, handoff=13):
        errors.append(f"kinds {dict(kinds)}")
    if len(non_en) != 10:
        errors.append(f"{len(non_en)} non-English questions, want 10")
    if {q["expect"] for q in non_en} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions not spread over all kinds")
    if len({q["id"] for q in qs}) != len(qs):
        errors.append("duplicate ids")
    for q in qs:
        if q["expect"] != "answer":
            continue
        if not q.get("sources") or not 1 <= len(q.get("facts", [])) <= 3:
            errors.append(f"{q['id']}: needs sources and 1-3 facts")
            continue
        for src in q["sources"]:
            if src not in texts:
                errors.append(f"{q['id']}: unknown source {src}")
        for f in q["facts"]:
            if not any(f.lower() in texts.get(src, "") for src in q["sources"]):
                errors.append(f"{q['id']}: fact {f!r} not found in {q['sources']}")
    print(f"sources: {len(sc['sources'])} {dict(types)}; quote items: {n_items}")
    print(f"questions: {len(qs)} {dict(kinds)}; languages: {dict(langs)}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        return 1
    print("OK: all answer facts found in their named sources or the quote")
    return 0


if __name__ == "__main__":
    sys.exit(main())
