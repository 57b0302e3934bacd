"""Check the pelorus-fuel-docks scenario: counts, languages, and that every answer fact is in its named sources.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)
Quote facts may be figures derived from the quote (line totals, discounted unit prices, total before tax,
per-unit figures), computed here from the line items.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if Path("/tmp/rl").is_dir():
    sys.path.append("/tmp/rl")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def text_of(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
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
                out.append(" | ".join("" if v is None else str(v) for v in row))
        return "\n".join(out)
    if ext in (".md", ".html", ".htm", ".txt"):
        t = path.read_text(encoding="utf-8")
        if ext in (".html", ".htm"):
            t = re.sub(r"<[^>]+>", " ", t)
        return t
    raise ValueError(f"unsupported source type: {path}")


def money(x):
    s = f"{x:,.2f}"
    return [s, s[:-3]] if s.endswith(".00") else [s]


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = unit * li["quantity"]
        total += line
        parts += money(li["unit_price"]) + money(unit) + money(line)
    parts += money(total)
    return "\n".join(parts), total


def main():
    errors = []
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    q = sc["quote"]
    n_items = len(q["line_items"])
    if not 5 <= n_items <= 9:
        errors.append(f"quote has {n_items} line items, expected 5-9")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    emails = {u["email"] for u in sc["users"]}
    if not 2 <= len(sc["users"]) <= 3 or q["owner"] not in emails:
        errors.append("users: need 2-3 and the quote owner among them")

    texts = {}
    types = set()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        texts[p.name] = norm(text_of(p))
        types.add(p.suffix.lower())
    qt, total = quote_text(q)
    texts["quote"] = norm(qt)
    if len(types) < 4:
        errors.append(f"sources use {len(types)} file types, expected 4")

    rows = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    counts = {"answer": 0, "clarify": 0, "handoff": 0}
    langs = {}
    ids = set()
    for r in rows:
        if r["id"] in ids:
            errors.append(f"duplicate id {r['id']}")
        ids.add(r["id"])
        counts[r["expect"]] = counts.get(r["expect"], 0) + 1
        if r.get("language"):
            langs.setdefault(r["expect"], []).append(r["language"])
        if r["expect"] == "answer":
            if not r.get("sources") or not 1 <= len(r.get("facts", [])) <= 3:
                errors.append(f"{r['id']}: answer needs sources and 1-3 facts")
                continue
            for s in r["sources"]:
                if s not in texts:
                    errors.append(f"{r['id']}: unknown source {s}")
            for f in r["facts"]:
                if not any(norm(f) in texts.get(s, "") for s in r["sources"]):
                    errors.append(f"{r['id']}: fact {f!r} not found in {r['sources']}")
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(rows) != 40 or counts != want:
        errors.append(f"counts {counts} (total {len(rows)}), expected {want}")
    n_lang = sum(len(v) for v in langs.values())
    if n_lang != 10 or len(langs) != 3:
        errors.append(f"non-English questions: {langs}; expected 10 spread over answer/clarify/handoff")

    print(f"quote total before tax: {total:,.2f} {q['currency']}")
    print(f"questions: {counts}, non-English: {n_lang} {langs}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
