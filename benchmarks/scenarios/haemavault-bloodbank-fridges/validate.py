"""Check the haemavault-bloodbank-fridges scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
Needs python-docx, openpyxl and pypdf. Checks that every `facts` string of an `answer` question appears
(case-insensitively, whitespace-normalised) in at least one of its named sources, where `quote` means the quote
text plus figures derived from it (discounted unit prices, line totals, grand total, per-year figures of
multi-year lines), and that the counts required by the brief match.
"""
import json, re, sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).lower()


def text_of(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if ext == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(str(path), data_only=True)
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
    return [f"{x:,.2f}", f"{x:.2f}", f"{x:,.0f}" if x == int(x) else f"{x:,.2f}"]


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(unit * li["quantity"], 2)
        total += line
        parts += money(unit) + money(line) + money(li["unit_price"] * li["quantity"])
        if re.search(r"3 years|3-year|36-month", li["name"]):
            parts += money(round(line / 3, 2)) + money(round(unit / 3, 2))
    parts += money(round(total, 2))
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
        print(f"source {p.name}: {len(texts[p.name])} chars")
    qt, total = quote_text(sc["quote"])
    texts["quote"] = norm(qt)
    print(f"quote total before tax: {total:,.2f} {sc['quote']['currency']}")

    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote must have 5-9 line items")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("2-3 users expected")
    if q["owner"] not in {u["email"] for u in sc["users"]}:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    types = Counter(Path(s["path"]).suffix.lower() for s in sc["sources"])
    for ext in (".docx", ".pdf", ".xlsx"):
        if types[ext] != 1:
            errors.append(f"expected one {ext} source")
    if not (types[".md"] or types[".html"]):
        errors.append("expected a Markdown or HTML source")

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = [x["id"] for x in qs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    cnt = Counter(x["expect"] for x in qs)
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40 or dict(cnt) != want:
        errors.append(f"counts {len(qs)} {dict(cnt)} != 40 {want}")
    langs = [x for x in qs if x.get("language") and x["language"] != "en"]
    if len(langs) != 10:
        errors.append(f"{len(langs)} non-English questions, want 10")
    if len({x['expect'] for x in langs}) != 3:
        errors.append("non-English questions must be spread over answer/clarify/handoff")
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
    print(f"questions: {len(qs)} {dict(cnt)}; non-English: {len(langs)} "
          f"{dict(Counter(x['language'] for x in langs))} by expect {dict(Counter(x['expect'] for x in langs))}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all answer facts found in their named sources; counts match")


if __name__ == "__main__":
    main()
