"""Check the keelhaven-crane-inspections scenario.

Every `answer` fact must appear (case-insensitively) in at least one of the sources the question names, where
`quote` means the quote in scenario.json plus the figures derived from it (discounted unit prices, line totals,
total before tax, per-year price of multi-year items). Also checks the counts the brief asks for.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)
"""
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


def text_of(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if ext == ".xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(str(path), data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                out.append(" | ".join("" if v is None else (f"{v:,}" if isinstance(v, (int, float)) else str(v)) for v in row))
        return "\n".join(out)
    if ext == ".html":
        raw = path.read_text(encoding="utf-8")
        return html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return path.read_text(encoding="utf-8")


def money(x):
    s = f"{x:,.2f}"
    return [s, s[:-3]] if s.endswith(".00") else [s]


def quote_text(q) -> str:
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(unit * li["quantity"], 2)
        total += line
        parts += money(li["unit_price"]) + money(unit) + money(line)
        m = re.search(r"(\d+)-month", li["name"])
        if m and int(m.group(1)) % 12 == 0:
            parts += money(round(line / (int(m.group(1)) / 12), 2))
    parts += money(round(total, 2))
    return "\n".join(parts)


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    texts = {"quote": quote_text(sc["quote"]).lower()}
    types = set()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            err(f"missing source {p}")
            continue
        texts[p.name] = text_of(p).lower()
        types.add(p.suffix.lower())
        if len(texts[p.name]) < 800:
            err(f"{p.name}: suspiciously little text ({len(texts[p.name])} chars)")
    for need in (".docx", ".pdf", ".xlsx"):
        if need not in types:
            err(f"no {need} source")
    if not ({".md", ".html"} & types):
        err("no .md or .html source")

    li = sc["quote"]["line_items"]
    if not 5 <= len(li) <= 9:
        err(f"{len(li)} line items, expected 5-9")
    if not 2 <= len(sc["users"]) <= 3:
        err("expected 2-3 users")
    if not all(isinstance(c, str) for c in sc["quote"]["buyer_contacts"]):
        err("buyer_contacts must be strings")

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    counts = {"answer": 0, "clarify": 0, "handoff": 0}
    langs = {}
    ids = set()
    for q in qs:
        if q["id"] in ids:
            err(f"duplicate id {q['id']}")
        ids.add(q["id"])
        counts[q["expect"]] = counts.get(q["expect"], 0) + 1
        if q.get("language"):
            langs.setdefault(q["language"], []).append(q["expect"])
        if q["expect"] == "answer":
            if not q.get("sources") or not 1 <= len(q.get("facts", [])) <= 3:
                err(f"{q['id']}: answer needs sources and 1-3 facts")
            for src in q.get("sources", []):
                if src not in texts:
                    err(f"{q['id']}: unknown source {src}")
            for fact in q.get("facts", []):
                if not any(fact.lower() in texts.get(src, "") for src in q.get("sources", [])):
                    err(f"{q['id']}: fact {fact!r} not found in {q['sources']}")
    if len(qs) != 40:
        err(f"{len(qs)} questions, expected 40")
    if counts != {"answer": 22, "clarify": 5, "handoff": 13}:
        err(f"counts {counts}, expected 22/5/13")
    n_foreign = sum(len(v) for v in langs.values())
    if n_foreign != 10:
        err(f"{n_foreign} non-English questions, expected 10")
    kinds = {k for v in langs.values() for k in v}
    if kinds != {"answer", "clarify", "handoff"}:
        err(f"non-English questions only cover {kinds}")

    print(f"questions: {len(qs)} {counts}; non-English: {n_foreign} {sorted(langs)}; sources: {sorted(texts)}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
