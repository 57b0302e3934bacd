"""Generate the knowledge sources of the nipwell-press-felts scenario.

Run: PYTHONPATH=<reportlab dir> python3 make_sources.py  (needs python-docx, openpyxl, reportlab)
"""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)

# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Nipwell Press Fabrics Ltd - Commercial Conditions and Performance Guarantee", 0)
    d.add_paragraph("Document NW-CC-2025, edition 3 (January 2025). Applies to all press felts, services and "
                    "chemicals supplied by Nipwell Press Fabrics Ltd, Bury, Lancashire, to paper and board mills "
                    "in the EU and the UK, unless a signed supply agreement states otherwise.")
    d.add_heading("1. Lead times", 1)
    d.add_paragraph("Seamed felts (SeamPro range) are shipped 6 weeks from order confirmation. Endless felts "
                    "(ShoeLine range) are woven and needled to order and are shipped 9 weeks from order "
                    "confirmation. Felts held in a Nipwell consignment stock at the mill can be released within "
                    "24 hours of a withdrawal notice.")
    d.add_paragraph("Hot Slot emergency production: a seamed felt can be produced and shipped within 12 working "
                    "days of order, subject to loom availability, at a surcharge of 15% of the list price. Hot Slot "
                    "is not available for endless felts.")
    d.add_heading("2. Run-life guarantee", 1)
    d.add_paragraph("Nipwell guarantees the following minimum run lives, counted in running days on the paper "
                    "machine from start-up of the felt:")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Felt design", "Press position", "Guaranteed minimum run life"]):
        t.rows[0].cells[i].text = h
    for row in [("SeamPro 1450", "1st press pick-up", "35 days"),
                ("SeamPro 1350", "2nd press bottom", "35 days"),
                ("SeamPro 1250", "4th press bottom", "45 days"),
                ("ShoeLine 1600", "3rd press (shoe press) top", "50 days")]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph("If a felt has to be removed before its guaranteed minimum run life for a reason attributable "
                    "to the felt, Nipwell credits the mill pro rata: credit = (unused guaranteed days / guaranteed "
                    "days) x net price paid for the felt. The credit is issued against the next felt invoice and is "
                    "not paid out in cash.")
    d.add_paragraph("Exclusions: the guarantee does not apply to damage caused by foreign objects, wire or doctor "
                    "blade failures, felt guiding or tensioning faults, operation outside the limits of the Nipwell "
                    "technical data sheet (for example a nip load above 1,100 kN/m on a ShoeLine felt), chemical "
                    "damage from cleaning agents not approved by Nipwell, or felts stored for more than 12 months "
                    "before installation.")
    d.add_heading("3. Seam warranty", 1)
    d.add_paragraph("A seam failure of a SeamPro felt within the first 10 running days entitles the mill to a free "
                    "replacement felt of the same design, shipped from the nearest consignment stock or as a Hot Slot "
                    "order without surcharge. A seam failure after the 10th running day is handled under the run-life "
                    "guarantee (pro rata credit).")
    d.add_heading("4. Claims procedure", 1)
    d.add_paragraph("Claims must be notified in writing to the Nipwell account manager within 5 working days of "
                    "felt removal. The mill keeps the removed felt for 30 days and sends a 1 m2 sample cut from the "
                    "failed area, together with the felt's running log (days, speed, nip loads, uhle box vacuum). "
                    "Nipwell issues a written assessment within 15 working days of receiving the sample.")
    d.add_heading("5. Returns", 1)
    d.add_paragraph("Unused seamed felts in undamaged original packaging may be returned within 60 days of delivery "
                    "against a restocking fee of 20% of the net price. Endless felts are made to the machine's "
                    "dimensions and are not returnable. Opened IBCs of felt chemicals are not returnable.")
    d.add_heading("6. Liability", 1)
    d.add_paragraph("Nipwell's total liability for any felt is limited to the net price paid for that felt. "
                    "Nipwell is not liable for lost production, machine downtime, broke, or any indirect or "
                    "consequential loss. Any deviation from this clause requires a separate written agreement "
                    "signed by a director of Nipwell Press Fabrics Ltd.")
    d.add_heading("7. Prices and raw-material clause", 1)
    d.add_paragraph("Quoted felt prices are fixed for call-offs until the date stated in the quote. For call-offs "
                    "after that date, Nipwell may adjust felt prices once per calendar year if the polyamide 6 "
                    "fibre index published by the supplier association has moved by more than 8% since the quote "
                    "date; the adjustment is limited to 60% of the index movement.")
    d.save(os.path.join(K, "nipwell-commercial-conditions.docx"))

# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(os.path.join(K, "seampro-shoeline-data-sheets.pdf"), pagesize=A4,
                            title="Nipwell technical data sheets")
    el = [Paragraph("Nipwell technical data sheets - SeamPro and ShoeLine press felts", ss["Title"]),
          Paragraph("Data sheet set TDS-PF-2025/02. Values are nominal for new felts as shipped; tolerances "
                    "+/- 5% on basis weight, +/- 15% on air permeability.", body), Spacer(1, 8)]
    data = [["Property", "SeamPro 1450", "SeamPro 1350", "SeamPro 1250", "ShoeLine 1600"],
            ["Typical position", "1st press pick-up", "2nd press bottom", "4th press bottom", "Shoe press top"],
            ["Basis weight", "1,450 g/m2", "1,350 g/m2", "1,250 g/m2", "1,600 g/m2"],
            ["Air permeability", "18 cfm", "22 cfm", "28 cfm", "14 cfm"],
            ["Caliper (new)", "3.4 mm", "3.1 mm", "2.9 mm", "4.0 mm"],
            ["Base fabric", "2-layer laminated", "2-layer laminated", "single-layer", "3-layer laminated"],
            ["Construction", "seamed (pin seam)", "seamed (pin seam)", "seamed (pin seam)", "endless"],
            ["Batt fibre (top/under)", "3.3 / 17 dtex", "6.7 / 17 dtex", "11 / 22 dtex", "3.3 / 44 dtex"],
            ["Recommended uhle box vacuum", "50 kPa", "45 kPa", "40 kPa", "55 kPa"],
            ["Max. nip load", "140 kN/m", "140 kN/m", "120 kN/m", "1,100 kN/m"],
            ["Max. machine speed", "1,400 m/min", "1,400 m/min", "1,200 m/min", "1,600 m/min"]]
    t = Table(data, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    el += [t, Spacer(1, 10)]
    paras = [
        "<b>Operating limits (all designs).</b> Shower water pH between 4 and 10 in continuous operation. Felt "
        "temperature must not exceed 95 C. Acid batch cleaning down to pH 2.5 is allowed for a maximum of 30 "
        "minutes per cleaning; alkaline batch cleaning up to pH 12 for a maximum of 20 minutes. Oxidising "
        "cleaners (hypochlorite, peroxide above 0.5%) destroy the polyamide batt and void the guarantee.",
        "<b>Uhle box.</b> Slot width 2 x 15 mm recommended; the felt should pass the uhle box with a dwell time of "
        "2 to 3 ms. Running more than 10 kPa above the recommended vacuum accelerates batt wear and shortens run "
        "life; running far below it leaves the felt filled and causes crushing marks.",
        "<b>Storage.</b> Store felts horizontally in their original tube and wrapping, at 5 to 35 C and below 70% "
        "relative humidity, out of direct sunlight and UV light. Do not stack more than 3 tubes. Install within "
        "12 months of the manufacturing date printed on the tube label.",
        "<b>Seam (SeamPro).</b> Spiral pin seam with polyamide-coated steel pintle; the seam area is needled with the "
        "same batt as the body so that no seam mark is transferred to sheets down to 80 g/m2. Pintle insertion "
        "needs two fitters.",
        "<b>ShoeLine 1600.</b> Endless felt for shoe presses with a shoe length of 250 to 300 mm. It must be "
        "installed with the cantilever system of the press; the felt is marked with a running-direction arrow "
        "which must be followed."]
    for p in paras:
        el += [Paragraph(p, body), Spacer(1, 6)]
    doc.build(el)

# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Felt prices"
    ws.append(["Nipwell Press Fabrics - Price list 2025 (EUR, excl. VAT), valid 1 January to 31 December 2025"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["SKU prefix", "Design", "Construction", "List price per m2 (EUR)", "Minimum order", "Remarks"])
    for c in ws[3]:
        c.font = Font(bold=True)
    for r in [["NW-SP1450", "SeamPro 1450", "seamed", 69.22, "1 felt", "pick-up positions"],
              ["NW-SP1350", "SeamPro 1350", "seamed", 66.29, "1 felt", "bottom / transfer positions"],
              ["NW-SP1250", "SeamPro 1250", "seamed", 63.43, "1 felt", "last press, bottom positions"],
              ["NW-SL1600", "ShoeLine 1600", "endless", 97.84, "1 felt", "shoe presses only; not returnable"],
              ["NW-SP-HOT", "Hot Slot surcharge", "seamed only", "15% of list", "-", "12 working days, subject to loom availability"]]:
        ws.append(r)
    ws.append([])
    ws.append(["Felt unit prices in quotes are calculated on the ordered dimensions (area in m2 x price per m2) "
               "and rounded to the nearest EUR 10."])
    ws2 = wb.create_sheet("Services & chemicals")
    ws2.append(["Nipwell services and felt chemicals - 2025 rates (EUR, excl. VAT)"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append([])
    ws2.append(["SKU", "Item", "Unit", "Price (EUR)", "Conditions"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for r in [["NW-SVC-INS", "Felt change supervision by field engineer", "per change", 1150,
               "up to 12 h on site; overtime EUR 95 per hour beyond 12 h; Sundays and public holidays +50%; travel within the EU included"],
              ["NW-SVC-AUD", "Press section audit (moisture and permeability profiling, uhle box vacuum survey)", "per audit", 3400,
               "written report within 10 working days"],
              ["NW-CHM-AC20", "FeltClean AC-20 acid felt conditioner", "1,000 L IBC", 2240, "for scale and filler deposits; IBC deposit EUR 150, refunded on return"],
              ["NW-CHM-AL10", "FeltClean AL-10 alkaline felt cleaner", "1,000 L IBC", 2080, "for pitch, stickies and latex; IBC deposit EUR 150, refunded on return"],
              ["NW-CON-STO", "Consignment stock programme", "per month", 180, "minimum term 12 months"]]:
        ws2.append(r)
    ws3 = wb.create_sheet("PM2 felt dimensions")
    ws3.append(["Vallmark Lanaken PM2 - felt dimensions used for pricing"])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.append([])
    ws3.append(["Position", "Design", "Width (m)", "Length (m)", "Area (m2)"])
    for c in ws3[3]:
        c.font = Font(bold=True)
    for r in [["1st press pick-up", "SeamPro 1450", 8.65, 24.80, 214.52],
              ["2nd press bottom", "SeamPro 1350", 8.60, 21.40, 184.04],
              ["3rd press (shoe) top", "ShoeLine 1600", 8.55, 19.70, 168.44],
              ["4th press bottom", "SeamPro 1250", 8.55, 18.90, 161.60]]:
        ws3.append(r)
    for w in (ws, ws2, ws3):
        w.column_dimensions["A"].width = 22
        w.column_dimensions["B"].width = 40
    wb.save(os.path.join(K, "nipwell-price-list-2025.xlsx"))

# ---------------------------------------------------------------- Markdown KB
KB = """# Press felt start-up, break-in and conditioning: field guide

*Nipwell field service knowledge base, article FS-112, last reviewed March 2025.*

## Before the felt change
- Book the Nipwell field engineer at least 10 working days before the planned shutdown.
- Check the felt tube label: the manufacturing date must be less than 12 months ago.
- Clean the uhle box covers and check the shower nozzles; a blocked nozzle leaves a wet streak on the new felt.

## How long does a felt change take?
With two fitters and one Nipwell engineer, a seamed felt change takes about 5 hours (pulling the old felt,
threading the new felt, inserting the seam pintle and tensioning). An endless felt change on a shoe press takes
about 9 hours because the press has to be opened with the cantilever system.

## Start-up
1. Set felt tension to 4 kN/m before closing the nip.
2. Run the first 30 minutes at half of the normal nip load, then increase in steps of 10% every 15 minutes.
3. Run the high-pressure oscillating needle shower at 20 bar on a new felt; the lubricating shower must be on
   before the felt starts moving.
4. Start the uhle box at 20 kPa and increase to the data-sheet value over the first shift.

## Break-in
A SeamPro felt normally reaches stable dryness after about 2 days; a ShoeLine felt needs about 4 days.
During break-in expect press dryness to be 1 to 2 points lower than with a run-in felt. A felt that does not
reach stable dryness after twice the normal break-in time should be reported to the account manager.

## Chemical conditioning
- FeltClean AC-20 (acid) removes scale and filler deposits. Continuous dosing into the high-pressure shower;
  typical consumption is about 100 L per week per press position on recycled-fibre board machines.
- FeltClean AL-10 (alkaline) removes pitch, stickies and latex. Used as a batch cleaning during shutdowns.
- Never mix AC-20 and AL-10 in the same dosing line; flush the line with fresh water for 10 minutes in between.
- Oxidising cleaners are not approved and void the run-life guarantee.

## When to pull a felt
Pull a felt when the uhle box water removal drops below 50% of its start-up value, when crushing or shadow
marking appears on the sheet, or when caliper is below 60% of the new caliper. Keep the running log; it is
required for any guarantee claim.
"""

# ---------------------------------------------------------------- HTML
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Nipwell consignment stock programme</title></head>
<body>
<h1>Consignment stock programme for press felts</h1>
<p>With the Nipwell consignment stock programme, spare felts are kept at your mill so that a worn or damaged
felt can be replaced without waiting for production. The programme fee is EUR 180 per month and covers stock
management, quarterly stock counts and replacement of ageing felts.</p>
<h2>What is stocked</h2>
<ul>
<li>Two felts per seamed press position (SeamPro designs). Endless felts are not held in consignment.</li>
<li>Felts are stored in the mill's own warehouse under the storage conditions of the Nipwell data sheet.</li>
</ul>
<h2>Ownership, insurance and invoicing</h2>
<p>Title to consignment felts remains with Nipwell until a felt is withdrawn from stock. A felt is invoiced on the
day it is withdrawn, at the price of the current quote. The mill insures consignment stock against fire and water
damage as if it were its own stock and is responsible for loss or damage while the felts are in its warehouse.</p>
<h2>Replenishment and ageing</h2>
<p>A withdrawn felt is replaced within 6 weeks. A Nipwell representative counts the stock every quarter. Felts
that reach 11 months in consignment are exchanged for new felts free of charge, so that no felt exceeds the
12-month storage limit.</p>
<h2>Ending the programme</h2>
<p>The programme has a minimum term of 12 months and can then be ended with 3 months' notice. At the end, the mill
can either buy the remaining felts at the current quote price or let Nipwell collect them at no cost.</p>
</body></html>
"""

if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    with open(os.path.join(K, "felt-startup-field-guide.md"), "w") as f:
        f.write(KB)
    with open(os.path.join(K, "consignment-stock-programme.html"), "w") as f:
        f.write(HTML)
    print("sources written to", K)
