"""Generate the four knowledge sources of the kestrel-weighbridges scenario.

Run with: /work/main/.venv/bin/python make_sources.py
reportlab is not available in the venv, so the site preparation guide is an HTML page (served as a URL).
"""
from pathlib import Path

import docx
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font

OUT = Path(__file__).resolve().parent / "knowledge"
OUT.mkdir(exist_ok=True)


# ---------------------------------------------------------------- 1. XLSX: range and price list
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Weighbridges"
    ws.append(["Kestrel WB-Series Weighbridges - Technical Data and List Prices 2026 (EUR, excluding VAT, valid 1 January to 31 December 2026)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Kestrel Weighing Systems B.V., Tilburg. All models are OIML R76 class III, 3000e, legal-for-trade after initial verification."])
    ws.append([])
    header = ["Model", "Deck length (m)", "Deck width (m)", "Max capacity (t)", "Division e (kg)",
              "Load cells (qty)", "Load cell type", "Deck construction", "Installation",
              "Deck height (mm)", "List price (EUR)", "Lead time (weeks)"]
    ws.append(header)
    for c in ws[4]:
        c.font = Font(bold=True)
    rows = [
        ["WB-40-16-S", 16, 3.0, 40, 20, 6, "analogue C3", "steel chequer plate", "surface or pit", 310, 34600, 6],
        ["WB-50-18-S", 18, 3.0, 50, 20, 8, "analogue C3", "steel chequer plate", "surface or pit", 310, 41200, 7],
        ["WB-60-18-C", 18, 3.0, 60, 20, 8, "digital C4", "concrete-filled steel", "surface or pit", 340, 48900, 8],
        ["WB-60-21-S", 21, 3.0, 60, 20, 8, "digital C4", "steel chequer plate", "surface or pit", 310, 52700, 9],
        ["WB-60-21-C", 21, 3.0, 60, 20, 8, "digital C4", "concrete-filled steel", "surface or pit", 340, 55300, 9],
        ["WB-80-21-C", 21, 3.4, 80, 50, 10, "digital C4", "concrete-filled steel", "pit only", 380, 63800, 10],
        ["WB-80-24-C", 24, 3.4, 80, 50, 10, "digital C4", "concrete-filled steel", "pit only", 380, 71400, 11],
    ]
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append(["Notes: deck height is measured from the top of the foundation pad to the top of the deck. "
               "Lead time counts from written order confirmation to delivery on site. "
               "Surface-mount installation requires approach ramps at both ends (see the Site Preparation Guide)."])
    for col, w in zip("ABCDEFGHIJKL", [14, 10, 10, 10, 10, 10, 14, 22, 16, 10, 12, 10]):
        ws.column_dimensions[col].width = w

    lc = wb.create_sheet("Load cells")
    lc.append(["Kestrel load cells - specifications"])
    lc["A1"].font = Font(bold=True, size=13)
    lc.append(["Load cell type", "Accuracy class", "Material", "Protection", "Operating temperature (C)",
               "Rated capacity per cell (t)", "Connection"])
    for c in lc[2]:
        c.font = Font(bold=True)
    lc.append(["analogue C3", "OIML R60 C3", "nickel-plated alloy steel", "IP68", "-30 to +70", 30,
               "shielded 6-core cable, 15 m, to summing junction box"])
    lc.append(["digital C4", "OIML R60 C4", "stainless steel 17-4PH, hermetically welded", "IP68 / IP69K",
               "-40 to +80", 30, "RS-485 bus, daisy-chained, individual cell diagnostics on the indicator"])

    op = wb.create_sheet("Options and services")
    op.append(["Options, installation and service plans - list prices 2026 (EUR, excluding VAT)"])
    op["A1"].font = Font(bold=True, size=13)
    op.append(["Code", "Description", "Unit", "List price (EUR)", "Lead time (weeks)", "Notes"])
    for c in op[2]:
        c.font = Font(bold=True)
    opts = [
        ["IND-T5", "T5 weighing indicator, 5-inch display, IP65", "each", 1650, 2, "1 x Ethernet, 1 x RS-232"],
        ["IND-T7", "T7 weighing indicator, 7-inch touchscreen, IP66", "each", 2350, 2, "2 x Ethernet, 4 digital I/O for traffic lights and barriers"],
        ["ANPR-K2", "ANPR number-plate camera kit with IR illumination", "each", 3180, 4, "reads plates at 3 to 12 m, day and night; PoE"],
        ["TL-2", "Red/green LED traffic light set, 24 V", "set", 640, 2, "one set per lane direction"],
        ["RD-100", "Remote display, 100 mm digits", "each", 1150, 3, "readable to 40 m"],
        ["RD-200", "Remote display, 200 mm digits", "each", 1890, 3, "readable to 80 m"],
        ["TP-D", "Desktop thermal ticket printer for the weighroom", "each", 420, 1, "80 mm paper"],
        ["TP-K", "Outdoor driver kiosk with ticket printer and RFID card reader, IP55", "each", 2950, 5, "mounted on post at cab height"],
        ["SPK-6", "Surge protection kit for 6-cell bridges", "each", 760, 2, "required for lightning warranty cover"],
        ["SPK-8", "Surge protection kit for 8-cell bridges", "each", 890, 2, "required for lightning warranty cover"],
        ["SPK-10", "Surge protection kit for 10-cell bridges", "each", 990, 2, "required for lightning warranty cover"],
        ["KWS-SITE", "KestrelWeigh software, site licence, unlimited bridges at one site", "per site", 4800, 1, "CSV export and ODBC read access; updates included for 12 months"],
        ["INST-SM", "Surface-mount installation and commissioning", "per bridge", 9750, "", "2 working days on site per bridge; crane included"],
        ["INST-PIT", "Pit-mount installation and commissioning", "per bridge", 12900, "", "4 working days on site per bridge; crane included"],
        ["VER-INIT", "Initial verification by notified body", "per bridge", 1150, "", "arranged by Kestrel after commissioning"],
        ["SVC-BAS", "Service Basic plan", "per site per year, up to 2 bridges", 1900, "", "see Terms of Sale and Warranty, section 7"],
        ["SVC-PLUS", "Service Plus plan", "per site per year, up to 2 bridges", 3900, "", "see Terms of Sale and Warranty, section 7"],
        ["SVC-TOT", "Service Total plan", "per site per year, up to 2 bridges", 6400, "", "see Terms of Sale and Warranty, section 7"],
    ]
    for r in opts:
        op.append(r)
    op.column_dimensions["B"].width = 60
    op.column_dimensions["F"].width = 60
    wb.save(OUT / "weighbridge-range-2026.xlsx")


# ---------------------------------------------------------------- 2. DOCX: terms of sale and warranty
def make_docx():
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Kestrel Weighing Systems B.V. - Terms of Sale, Warranty and Service Plans", level=0)
    d.add_paragraph("Edition 2026-03. These terms apply to every quotation, order and delivery of Kestrel Weighing "
                    "Systems B.V. (\"Kestrel\") unless agreed otherwise in writing and signed by a Kestrel director.")

    d.add_heading("1. Quotations and prices", level=1)
    d.add_paragraph("Quotations are valid until the expiry date stated on them. Prices are in EUR, excluding VAT, "
                    "delivered to the buyer's site (DAP, Incoterms 2020). Civil works (foundations, approach ramps, "
                    "ducts and drainage) are excluded unless listed as a line item.")

    d.add_heading("2. Payment", level=1)
    d.add_paragraph("Unless the quotation states otherwise, the contract price is invoiced in three instalments: "
                    "40% on order confirmation, 50% on delivery of the weighbridge to site, and 10% on successful "
                    "initial verification. Invoices are payable within 30 days of the invoice date by bank transfer "
                    "(SEPA). Card payments are accepted for spare parts orders up to EUR 5,000 only. Late payments bear "
                    "interest at 8 percentage points above the ECB reference rate.")

    d.add_heading("3. Delivery, risk and title", level=1)
    d.add_paragraph("Delivery dates are estimates based on the lead times in the current range sheet and count from "
                    "written order confirmation. Risk passes to the buyer on delivery to site. Title to the goods "
                    "remains with Kestrel until the contract price has been paid in full.")

    d.add_heading("4. Cancellation", level=1)
    d.add_paragraph("The buyer may cancel an order by written notice before production has started against a "
                    "cancellation fee of 15% of the order value. After production has started, the cancellation fee "
                    "is 40% of the order value. Software licences cannot be cancelled once the licence key is issued.")

    d.add_heading("5. Warranty", level=1)
    d.add_paragraph("The warranty period starts on the date of commissioning shown on the commissioning report and "
                    "covers defects in materials and workmanship as follows:")
    for item in [
        "Steel structure and deck modules: 10 years against structural failure.",
        "Digital load cells (C4): 5 years.",
        "Analogue load cells (C3): 3 years.",
        "Indicators, remote displays, ticket printers, kiosks, ANPR cameras and traffic lights: 2 years.",
        "KestrelWeigh software: 12 months of updates and bug fixes.",
    ]:
        d.add_paragraph(item, style="List Bullet")
    d.add_paragraph("Exclusions: damage from loads above the maximum capacity; damage from vehicles striking the deck "
                    "edges or ramps; corrosion caused by de-icing with sodium chloride (rock salt); damage caused by "
                    "blocked foundation drains; and lightning or surge damage, unless a Kestrel surge protection kit "
                    "(SPK series) is installed and the earthing is done as described in the Site Preparation Guide. "
                    "With a surge protection kit installed, lightning damage to load cells and the indicator is covered "
                    "for the warranty period of those parts.")

    d.add_heading("6. Legal metrology", level=1)
    d.add_paragraph("Kestrel arranges the initial verification by a notified body after commissioning. Subsequent "
                    "re-verification required by national law is the buyer's responsibility; calibration visits under a "
                    "service plan do not replace statutory re-verification.")

    d.add_heading("7. Service plans", level=1)
    d.add_paragraph("Service plans are priced per site per year for up to 2 bridges; each additional bridge adds 40% to "
                    "the annual price. Plans renew automatically each year unless cancelled with 3 months' notice.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["", "Basic", "Plus", "Total"]
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
    rows = [
        ["Annual price (EUR)", "1,900", "3,900", "6,400"],
        ["Remote support", "business hours", "business hours", "24/7"],
        ["On-site response", "within 2 business days", "within 8 working hours", "within 4 hours, 24/7"],
        ["Calibration visits", "1 per year", "2 per year", "4 per year"],
        ["Labour for repairs", "charged", "included", "included"],
        ["Parts", "charged at list price", "list price less 10%", "included"],
        ["Loan indicator during repair", "no", "no", "yes"],
    ]
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v

    d.add_heading("8. Liability", level=1)
    d.add_paragraph("Kestrel's total liability is limited to the price paid for the goods or services that caused the "
                    "damage. Kestrel is not liable for indirect or consequential loss, loss of production, loss of "
                    "revenue or fines imposed on the buyer.")

    d.add_heading("9. Governing law", level=1)
    d.add_paragraph("Dutch law applies. Disputes are brought before the competent court in Breda, the Netherlands.")
    d.save(OUT / "terms-of-sale-and-warranty.docx")


# ---------------------------------------------------------------- 3. HTML: site preparation and installation guide
HTML = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Kestrel Site Preparation and Installation Guide - WB-Series Weighbridges</title></head>
<body>
<h1>Site Preparation and Installation Guide - WB-Series Weighbridges</h1>
<p>Document KG-210, revision F. Applies to all Kestrel WB-Series weighbridges, surface-mount and pit-mount.</p>

<h2>1. Choosing the location</h2>
<p>Provide a straight, level approach at least as long as the deck (for example 18 m for an 18 m bridge) at both ends,
so that vehicles are fully on the deck and not turning when weighed. The approach must not slope more than 1:100
towards the bridge. Keep the bridge clear of overhead lines: the deck modules are lifted in by crane.</p>

<h2>2. Foundations</h2>
<table border="1">
<tr><th></th><th>Surface-mount</th><th>Pit-mount</th></tr>
<tr><td>Foundation</td><td>reinforced concrete pads per Kestrel drawing (KD-16-SM, KD-18-SM, KD-21-SM)</td><td>reinforced concrete pit per drawing (KD-xx-PIT)</td></tr>
<tr><td>Concrete class</td><td>C30/37</td><td>C30/37</td></tr>
<tr><td>Minimum slab thickness</td><td>300 mm</td><td>250 mm floor, 200 mm walls</td></tr>
<tr><td>Level tolerance across load-cell plates</td><td>&plusmn;3 mm</td><td>&plusmn;3 mm</td></tr>
<tr><td>Drainage</td><td>fall of 1% away from the pads</td><td>sump with automatic pump, minimum 150 l/min</td></tr>
</table>
<p>Concrete must cure for at least 28 days before the bridge is installed. A shorter cure of 7 days is only possible with
an accelerated-cure mix agreed in writing with Kestrel's application engineers. Foundations and ramps are civil works by
the buyer unless they are listed on the quotation.</p>

<h2>3. Approach ramps (surface-mount only)</h2>
<p>Surface-mount bridges need a ramp at each end. The gradient must be no steeper than 1:10, so a bridge with a 340 mm deck
height needs ramps at least 3.4 m long. Leave a gap of 20 to 30 mm between the ramp and the deck end.</p>

<h2>4. Electrical and data services</h2>
<ul>
<li>Power: 230 V single-phase, 16 A dedicated circuit with RCD, in the weighroom.</li>
<li>Ducts: two 50 mm ducts from the bridge junction box to the weighroom; maximum cable run 100 m for digital load cells.</li>
<li>Earthing: one earth rod at each end of the bridge, resistance below 10 ohm, bonded to the deck.</li>
<li>ANPR cameras and traffic lights: one 32 mm duct per pole, Cat6 cable supplied by Kestrel.</li>
</ul>

<h2>5. Installation sequence</h2>
<p>Day 1: Kestrel's crew sets out the load cells and lifts the deck modules into place with a mobile crane supplied by
Kestrel. Day 2: cabling, indicator set-up, calibration with 10 t of certified test weights, and commissioning.
A surface-mount bridge takes 2 working days on site; a pit-mount bridge takes 4 working days. The bridge cannot be used
while it is being installed. Where two bridges are installed, we install them one at a time so that one lane stays open
for traffic.</p>

<h2>6. Verification and handover</h2>
<p>After commissioning, the notified body verifies the bridge, normally within 5 working days. The bridge must not be used
for trade until the verification seal is applied. Handover includes 2 hours of operator training for up to 6 people and
the commissioning report, which is the start date of the warranty.</p>
</body>
</html>
"""


# ---------------------------------------------------------------- 4. MD: care and calibration (KB article)
MD = """# Weighbridge Care and Calibration

How to keep a Kestrel WB-Series weighbridge accurate and in service. Applies to surface-mount and pit-mount bridges
with T5 or T7 indicators.

## Daily
- Zero check before the first weighing: with the deck empty the indicator must show 0 within 1 division
  (within 20 kg on a bridge with e = 20 kg). If not, press ZERO. The indicator refuses to zero beyond 2% of capacity
  and shows E-02.
- Walk the deck: remove stones, mud clods and loose material.

## Weekly
- Clear debris from the gap between the deck ends and the ramps or pit walls. The gap must stay between 20 and 30 mm;
  a stone wedged in the gap makes the bridge read low.
- Check that the traffic lights and ANPR cameras are clean and the camera lenses are free of mud.

## Monthly
- Check test: weigh a vehicle of known weight or a set of test weights and record the result in the site logbook.
  If the error exceeds 2 divisions, call Kestrel service.
- Check the foundation drains (surface-mount) or the sump pump (pit-mount), and after every heavy rain.

## Winter
- Do not use rock salt (sodium chloride) on or near the deck: it corrodes the deck and load-cell mounts and is excluded
  from the warranty. Use calcium magnesium acetate (CMA) or grit.
- Clear snow with a plough blade that has a rubber or plastic edge; do not leave snow banks against the deck ends.

## Washing
- Use a low-pressure hose. Keep pressure washers at least 50 cm from load cells and junction boxes.

## Indicator error codes
| Code | Meaning | What to do |
|---|---|---|
| E-01 | Overload: load above maximum capacity + 9e | Drive the vehicle off; check axle loads |
| E-02 | Zero out of range | Clear the deck, then press ZERO; if it persists, call service |
| E-05 | Deck not stable (motion) | Wait until the vehicle has stopped and the engine is idle |
| E-07 | No response from a load cell on the bus | Check the junction box lid and cable for damage, then call service |
| E-09 | Calibration seal broken | Stop trade weighing and call service; re-verification is needed |

## Calibration and re-verification
Calibration visits are included in the Kestrel service plans (Basic 1, Plus 2, Total 4 per year). Statutory
re-verification intervals are set by national law and differ between countries; check with your national metrology
authority. A calibration visit does not replace statutory re-verification.
"""


def main():
    make_xlsx()
    make_docx()
    (OUT / "site-preparation-guide.html").write_text(HTML, encoding="utf-8")
    (OUT / "care-and-calibration.md").write_text(MD, encoding="utf-8")
    print("written:", sorted(p.name for p in OUT.iterdir()))


if __name__ == "__main__":
    main()
