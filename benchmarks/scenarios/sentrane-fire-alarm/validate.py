"""Check the sentrane-fire-alarm scenario: counts, languages, and that every answer fact appears in its sources.

PDF text is read with pypdf; if it is not installed, it is looked for in RL_PATH (default /tmp/sentrane-rl,
where `pip install --target /tmp/sentrane-rl reportlab pypdf` puts it).
"""
import html as htmlmod
import json
import os
import re
import sys
from collections import Counter

sys.path.append(os.environ.get("RL_PATH", "/tmp/sentrane-rl"))

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).lower()


def money_forms(x):
    out = {f"{x:,.2f}", f"{x:.2f}"}
    if abs(x - round(x)) < 1e-9:
        out |= {f"{int(round(x)):,}", str(int(round(x)))}
    return out


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts)
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, (int, float)):
                        parts += sorted(money_forms(float(v)))
                    else:
                        parts.append(str(v))
        return "\n".join(parts)
    if ext in ("html", "htm"):
        raw = open(path, encoding="utf-8").read()
        return htmlmod.unescape(re.sub(r"<[^>]+>", " ", raw))
    return open(path, encoding="utf-8").read()


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = round(unit * li["quantity"], 2)
        total += line
        parts += list(money_forms(round(unit, 2))) + list(money_forms(line))
        parts += list(money_forms(li["unit_price"])) + list(money_forms(li["unit_price"] * li["quantity"]))
    total = round(total, 2)
    parts += list(money_forms(total)) + list(money_forms(round(total * 0.2, 2))) + list(money_forms(round(total * 1.2, 2)))
    return "\n".join(parts), total


def main():
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    errors = []
    texts = {}
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        if not os.path.exists(p):
            errors.append(f"missing source {s['path']}")
            continue
        texts[os.path.basename(s["path"])] = norm(text_of(p))
    qtext, total = quote_text(sc["quote"])
    texts["quote"] = norm(qtext)

    types = {os.path.splitext(s["path"])[1] for s in sc["sources"]}
    for need in (".docx", ".pdf", ".xlsx"):
        if need not in types:
            errors.append(f"no {need} source")
    n_items = len(sc["quote"]["line_items"])
    if not 5 <= n_items <= 9:
        errors.append(f"{n_items} line items")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("users count")
    emails = {u["email"] for u in sc["users"]}
    if sc["quote"]["owner"] not in emails:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in sc["quote"]["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    c = Counter(q["expect"] for q in qs)
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40 or dict(c) != want:
        errors.append(f"counts {len(qs)} {dict(c)} != 40 {want}")
    if len({q["id"] for q in qs}) != len(qs):
        errors.append("duplicate ids")
    langs = Counter(q.get("language", "en") for q in qs)
    non_en = [q for q in qs if q.get("language", "en") != "en"]
    if len(non_en) != 10:
        errors.append(f"{len(non_en)} non-English questions, want 10")
    if {q["expect"] for q in non_en} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions not spread across answer/clarify/handoff")

    for q in qs:
        if q["expect"] != "answer":
            if q.get("sources") or q.get("facts"):
                errors.append(f"{q['id']}: non-answer question with sources/facts")
            continue
        if not q.get("sources") or not 1 <= len(q.get("facts", [])) <= 3:
            errors.append(f"{q['id']}: needs sources and 1-3 facts")
            continue
        for s in q["sources"]:
            if s not in texts:
                errors.append(f"{q['id']}: unknown source {s}")
        for f in q["facts"]:
            hits = [s for s in q["sources"] if s in texts and norm(f) in texts[s]]
            if not hits:
                errors.append(f"{q['id']}: fact {f!r} not found in {q['sources']}")

    print(f"questions: {len(qs)} {dict(c)}; languages: {dict(langs)}; quote total before VAT: {total:,.2f}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
