"""Validate the draughtmere-windtunnel-fans scenario.

Checks: scenario.json shape, that every source exists, question counts (40 = 22 answer / 5 clarify / 13 handoff,
10 non-English spread over the three kinds), and that every answer fact appears (case-insensitively) in at least one
of the sources the question names, where "quote" is the quote text plus figures derived from it (line totals,
discounted unit prices, total before VAT, per-year amounts for monthly items, sum of the two bearing lines).
Run: PYTHONPATH=<folder with pypdf> /work/main/.venv/bin/python validate.py
"""
import html as htmlmod, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
try:
    import pypdf
except ImportError:
    sys.path.insert(0, "/tmp/rl")
    import pypdf
from docx import Document
from openpyxl import load_workbook


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts)
    if ext == "pdf":
        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)
    if ext == "xlsx":
        wb = load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                parts += [str(v) for v in row if v is not None]
        return "\n".join(parts)
    if ext in ("html", "htm"):
        raw = open(path, encoding="utf-8").read()
        return htmlmod.unescape(re.sub(r"<[^>]+>", " ", raw))
    return open(path, encoding="utf-8").read()


def money(x):
    x = round(x + 1e-9, 2)
    forms = {f"{x:,.2f}", f"{x:.2f}"}
    if x == int(x):
        forms |= {f"{int(x):,}", str(int(x))}
    return forms


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    lines = {}
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = unit * li["quantity"]
        lines[li["sku"]] = line
        total += line
        parts += list(money(unit)) + list(money(line)) + list(money(li["unit_price"]))
        if "per month" in li["name"].lower():
            parts += list(money(unit * 12))
    parts += list(money(total))
    parts += list(money(lines["WTF-BRG-DE-900"] + lines["WTF-BRG-NDE-750"]))
    return "\n".join(parts), total


def main():
    errors = []
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    for k in ("name", "description", "agent", "users", "quote", "sources"):
        if k not in sc:
            errors.append(f"scenario.json lacks {k}")
    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote must have 5-9 line items")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    if q["owner"] not in {u["email"] for u in sc["users"]}:
        errors.append("quote owner is not a user")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")

    texts = {}
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        if not os.path.exists(p):
            errors.append(f"missing source {s['path']}")
            continue
        t = norm(text_of(p))
        if len(t) < 800:
            errors.append(f"source {s['path']} has too little text ({len(t)} chars)")
        texts[os.path.basename(s["path"])] = t
    exts = {os.path.splitext(n)[1] for n in texts}
    for e in (".docx", ".pdf", ".xlsx"):
        if e not in exts:
            errors.append(f"no {e} source")
    wb = load_workbook(os.path.join(HERE, "knowledge/price-list-2025.xlsx"))
    if len(wb.worksheets) < 2:
        errors.append("xlsx needs 2+ sheets")
    qt, total = quote_text(q)
    texts["quote"] = norm(qt)

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    kinds = Counter(x["expect"] for x in qs)
    if len(qs) != 40:
        errors.append(f"{len(qs)} questions, expected 40")
    if kinds != Counter(answer=22, clarify=5, handoff=13):
        errors.append(f"counts {dict(kinds)}, expected answer 22 / clarify 5 / handoff 13")
    if len({x['id'] for x in qs}) != len(qs):
        errors.append("duplicate ids")
    foreign = [x for x in qs if x.get("language")]
    if len(foreign) != 10:
        errors.append(f"{len(foreign)} non-English questions, expected 10")
    if {x["expect"] for x in foreign} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions must be spread over answer/clarify/handoff")
    if not set(x["language"] for x in foreign) <= {"fr", "de", "es", "pt", "it", "nl"}:
        errors.append("unexpected language code")
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
            if not any(norm(f) in texts.get(s, "") for s in x["sources"]):
                errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

    print(f"quote total before VAT: {total:,.2f} {q['currency']}")
    print(f"questions: {len(qs)} {dict(kinds)}; non-English: {len(foreign)} "
          f"{dict(Counter(x['language'] for x in foreign))} over {dict(Counter(x['expect'] for x in foreign))}")
    print(f"sources: {', '.join(f'{k} ({len(v)} chars)' for k, v in texts.items())}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all answer facts found in their named sources or the quote")


if __name__ == "__main__":
    main()
