"""Check the brixwell-centrifuge-servicing scenario.

- every source in scenario.json exists; text is extracted from docx/pdf/xlsx/md/html;
- every `answer` fact appears (case-insensitive, whitespace-normalised) in one of the question's named sources,
  where `quote` means the quote JSON plus figures derived from it (discounted unit prices, line totals, grand
  total, and per-campaign amounts of lines priced for N campaigns);
- counts: 40 questions, 22 answer / 5 clarify / 13 handoff, 10 non-English spread over the three kinds.
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py  (needs python-docx, openpyxl, pypdf)
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
norm = lambda s: re.sub(r"\s+", " ", s).strip().lower()

def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        return "\n".join(parts)
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(path, data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                out.append(" | ".join("" if v is None else str(v) for v in row))
        return "\n".join(out)
    if ext == "html":
        return re.sub(r"<[^>]+>", " ", open(path, encoding="utf-8").read())
    return open(path, encoding="utf-8").read()

def money(x):
    return [f"{x:,.2f}", f"{x:,.0f}" if x == int(x) else f"{x:,.2f}", f"{x:.2f}", f"{x:.0f}" if x == int(x) else f"{x:.2f}"]

def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(unit * li["quantity"], 2)
        total += line
        parts += money(unit) + money(line)
        m = re.search(r"(\d+) campaigns", li["name"])
        if m:
            parts += money(round(line / int(m.group(1)), 2))
    parts += money(round(total, 2))
    return "\n".join(parts)

def main():
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    texts = {}
    errors = []
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        if not os.path.exists(p):
            errors.append(f"missing source {s['path']}"); continue
        t = text_of(p)
        if len(t) < 1500:
            errors.append(f"source too short: {s['path']} ({len(t)} chars)")
        texts[os.path.basename(s["path"])] = norm(t)
    texts["quote"] = norm(quote_text(sc["quote"]))
    types = {os.path.splitext(s["path"])[1] for s in sc["sources"]}
    if len(types) < 4:
        errors.append(f"need four source types, got {types}")
    li = sc["quote"]["line_items"]
    if not 5 <= len(li) <= 9:
        errors.append(f"{len(li)} line items")
    emails = {u["email"] for u in sc["users"]}
    if sc["quote"]["owner"] not in emails:
        errors.append("quote owner is not a user")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    kinds = Counter(q["expect"] for q in qs)
    foreign = [q for q in qs if q.get("language")]
    if len(qs) != 40: errors.append(f"{len(qs)} questions, want 40")
    if kinds != Counter(answer=22, clarify=5, handoff=13): errors.append(f"kinds {dict(kinds)}")
    if len(foreign) != 10: errors.append(f"{len(foreign)} non-English, want 10")
    if {q["expect"] for q in foreign} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions not spread over all kinds")
    if len({q["id"] for q in qs}) != len(qs): errors.append("duplicate ids")
    for q in qs:
        if q["expect"] != "answer":
            continue
        srcs, facts = q.get("sources") or [], q.get("facts") or []
        if not srcs or not 1 <= len(facts) <= 3:
            errors.append(f"{q['id']}: needs sources and 1-3 facts"); continue
        for s in srcs:
            if s not in texts: errors.append(f"{q['id']}: unknown source {s}")
        for f in facts:
            if not any(norm(f) in texts.get(s, "") for s in srcs):
                errors.append(f"{q['id']}: fact {f!r} not in {srcs}")
    print(f"questions: {len(qs)} {dict(kinds)}; non-English: {len(foreign)} "
          f"{dict(Counter(q['language'] for q in foreign))} over {dict(Counter(q['expect'] for q in foreign))}")
    print("source chars:", {k: len(v) for k, v in texts.items()})
    if errors:
        print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
    print("OK: all answer facts found in their named sources")

if __name__ == "__main__":
    main()
