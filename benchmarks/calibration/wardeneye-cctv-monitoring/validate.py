"""Check the wardeneye-cctv-monitoring scenario: counts, languages, and that every answer fact appears verbatim
(case-insensitive) in a named source or in the quote. The quote text includes figures derived from the line items
(line totals, discounted unit prices, discount amounts, subtotal, VAT, per-year figures) so that arithmetic answers
can be checked. Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py"""
import json, os, sys
from collections import Counter

sys.path.insert(0, "/tmp/rl")
HERE = os.path.dirname(os.path.abspath(__file__))


def money(x):
    return f"{x:,.2f}"


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts)
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    parts.append(str(v))
                    if isinstance(v, (int, float)):
                        parts.append(money(v))
        return "\n".join(parts)
    if ext in ("md", "html", "htm", "txt"):
        return open(path, encoding="utf-8").read()
    raise ValueError(path)


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False), q["terms"], q["notes"]]
    subtotal = list_total = 0.0
    for li in q["line_items"]:
        gross = li["quantity"] * li["unit_price"]
        net_unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        net = round(gross * (1 - li["discount_percent"] / 100), 2)
        subtotal += net
        list_total += gross
        parts += [money(li["unit_price"]), money(gross), money(net_unit), money(net), money(gross - net)]
        if li["sku"] == "WE-MON-PRO":  # monthly fee: per-year figures
            parts += [money(net_unit * 12), money(li["unit_price"] * 12)]
    parts += [money(subtotal), money(list_total), money(list_total - subtotal),
              money(subtotal * 0.2), money(subtotal * 1.2)]
    return "\n".join(parts)


def main():
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    texts = {"quote": quote_text(sc["quote"]).lower()}
    types = set()
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        assert os.path.exists(p), p
        texts[os.path.basename(p)] = text_of(p).lower()
        types.add(p.rsplit(".", 1)[-1])
    errors = []
    if not {"docx", "pdf", "xlsx"} <= types or not ({"md", "html"} & types):
        errors.append(f"source types {types}")
    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("line item count")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("user count")
    if q["owner"] not in [u["email"] for u in sc["users"]]:
        errors.append("owner not a user")
    import openpyxl
    xl = [s for s in sc["sources"] if s["path"].endswith(".xlsx")][0]
    if len(openpyxl.load_workbook(os.path.join(HERE, xl["path"])).worksheets) < 2:
        errors.append("xlsx needs 2+ sheets")

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    ids = [x["id"] for x in qs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    c = Counter(x["expect"] for x in qs)
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40 or dict(c) != want:
        errors.append(f"counts {len(qs)} {dict(c)} != {want}")
    foreign = [x for x in qs if x.get("language")]
    if len(foreign) != 10:
        errors.append(f"{len(foreign)} non-English questions, want 10")
    if {x["expect"] for x in foreign} != set(want):
        errors.append("non-English questions not spread over all three kinds")
    for x in qs:
        if x["expect"] != "answer":
            continue
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            errors.append(f"{x['id']}: sources/facts missing")
            continue
        for s in x["sources"]:
            if s not in texts:
                errors.append(f"{x['id']}: unknown source {s}")
        for f in x["facts"]:
            if not any(f.lower() in texts.get(s, "") for s in x["sources"]):
                errors.append(f"{x['id']}: fact {f!r} not in {x['sources']}")
    print(f"{len(qs)} questions {dict(c)}; {len(foreign)} non-English "
          f"{dict(Counter(x['language'] for x in foreign))}; sources {sorted(types)}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
