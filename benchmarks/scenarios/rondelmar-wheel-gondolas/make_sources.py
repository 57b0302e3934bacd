"""Generate the four knowledge sources of the rondelmar-wheel-gondolas scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(needs python-docx, openpyxl, reportlab)
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

K = Path(__file__).parent / "knowledge"
K.mkdir(exist_ok=True)

# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Rondelmar Wheel Gondolas B.V. - Service Conditions for Gondola Refurbishment", 0)
    d.add_paragraph("Document RWG-SC-2025, revision 3, valid from 1 March 2025. These Service Conditions apply to every "
                    "quotation and order for the refurbishment, re-hanging and certification of observation-wheel "
                    "gondolas by Rondelmar Wheel Gondolas B.V., Ringbaan-Oost 214, Tilburg, the Netherlands "
                    "(\"Rondelmar\"). Where a quote states different terms, the quote prevails.")
    sections = [
        ("1. Batches and removal from the wheel",
         ["Gondolas are removed, refurbished and re-hung in batches. A maximum of 4 gondolas may be removed from a "
          "wheel at the same time unless the wheel manufacturer (OEM) has approved a written ballast plan for more.",
          "For every removed gondola Rondelmar fits a BF-640 balance ballast frame at the empty hanger position, at no "
          "charge, for the duration of the batch. Gondolas are removed in diametrically opposite pairs to keep the "
          "rim balanced.",
          "Each batch is collected from site and returned by Rondelmar's own low-loader; transport is priced per "
          "batch of 4 gondolas (SKU RWG-TRN-LOG) and includes crane hire for removal and re-hang."]),
        ("2. Workshop turnaround",
         ["Standard turnaround is 21 working days per batch, counted from arrival at the Tilburg workshop to ready "
          "for dispatch. Express turnaround of 14 working days per batch is available at a surcharge of 18% on the "
          "refurbishment lines of that batch, subject to workshop capacity confirmed in writing.",
          "Turnaround excludes the lead time of new components (see the price list); components are ordered on "
          "receipt of the down payment."]),
        ("3. Payment",
         ["Unless the quote states otherwise: 30% of the order value on order, 50% pro rata per batch on re-hang of "
          "that batch, and the remaining 20% on issue of the final load-test certificate. Invoices are payable "
          "30 days net. Late payment bears interest of 1% per month.",
          "Annual inspection programmes are invoiced yearly in advance at the start of each programme year."]),
        ("4. Warranty",
         ["Workmanship on structural, frame and hanger repairs: 5 years from re-hang.",
          "Laminated polycarbonate and solar-control glazing: 10 years against delamination and yellowing.",
          "Cabin ventilation and cooling units (RWG-HVAC-S): 24 months.",
          "Door interlock and dual-latch kits (RWG-DLK-2): 36 months.",
          "Wear parts (seals, bushings, floor coverings, seat upholstery): 12 months only.",
          "All warranties are conditional on an annual inspection by Rondelmar or an inspector approved by "
          "Rondelmar. Warranty on hanger work is void if non-OEM hanger bushings are fitted after re-hang."]),
        ("5. Cancellation",
         ["Up to 8 weeks before the planned removal of the first batch an order may be cancelled free of charge, "
          "except for components already ordered. Components already ordered are charged at cost plus 10% handling. "
          "Once a batch has been removed from the wheel, the full price of that batch is due."]),
        ("6. Weather and standby",
         ["Lifting operations stop when the wind speed exceeds 12 m/s measured at hub height, or in lightning, ice "
          "or visibility below 200 m. The first 2 weather standby days per batch are included; each further crew "
          "standby day is charged at EUR 1,450."]),
        ("7. Site requirements",
         ["The operator provides a level crane hardstanding of at least 18 x 12 m with a bearing capacity of "
          "200 kN/m2, a 400 V 32 A three-phase supply within 25 m of the wheel base, a lockable compound for "
          "ballast frames and tools, and a competent wheel operator during all lifting operations."]),
        ("8. Liability",
         ["Rondelmar's total liability under an order is capped at 100% of the order value. Rondelmar is not liable "
          "for indirect or consequential loss, including lost ticket revenue, event cancellations or loss of "
          "goodwill. Delay caused by weather, OEM approvals or late site readiness extends the programme without "
          "penalty."]),
    ]
    for head, paras in sections:
        d.add_heading(head, level=1)
        for p in paras:
            d.add_paragraph(p)
    d.add_heading("Schedule A - Standby and additional work rates", level=1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Item", "Rate", "Condition"]):
        t.rows[0].cells[i].text = h
    for row in [("Weather standby, per crew day", "EUR 1,450", "after 2 included days per batch"),
                ("Additional crane lift (unplanned)", "EUR 2,300", "per lift day, 60 t mobile crane"),
                ("Out-of-hours lifting (night)", "+35%", "on the transport line of the batch")]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.save(K / "rondelmar-service-conditions.docx")

# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(str(K / "gondola-refurbishment-specification.pdf"), pagesize=A4,
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title="TS-GR-2025 Technical Specification")
    s = [Paragraph("Technical Specification TS-GR-2025: Gondola Refurbishment Levels and Components", ss["Title"]),
         Paragraph("Rondelmar Wheel Gondolas B.V. - issue 2025-02. Applies to G8 Standard, G6-A Accessible and "
                   "G4-VIP enclosed observation-wheel gondolas.", body), Spacer(1, 8)]
    def h(t):
        s.append(Paragraph(t, ss["Heading2"]))
    def p(t):
        s.append(Paragraph(t, body))
    h("1. Refurbishment levels")
    p("<b>Level 1 Refresh (RWG-GR1-REF)</b>: deep clean, interior repaint, replacement of door and window seals, "
      "function check of doors and lighting. Typically 2 working days per gondola; no NDT.")
    p("<b>Level 2 Full refurbishment (RWG-GR2-REF)</b>: gondola stripped to the bare frame; magnetic particle "
      "inspection (NDT) of the hanger arm and pivot pin; pivot pins replaced if wear exceeds 0.4 mm; abrasive "
      "blasting to Sa 2.5 and recoating to corrosion category C5 (ISO 12944) with a three-coat system of 320 "
      "micrometres total dry film thickness; new R11 anti-slip rubber floor; new seals and wiring loom; "
      "existing seats and interior lighting refitted unless replacement is ordered.")
    p("<b>Level 3 Rebuild (RWG-GR3-REB)</b>: as Level 2 plus replacement of corroded frame sections and the complete "
      "roof shell; requires OEM drawing approval, adding 3 to 5 weeks.")
    h("2. Glazing")
    p("RWG-GLZ-LAM: 12 mm laminated polycarbonate, UV-stabilised both faces, impact-rated, light transmission 86%. "
      "RWG-GLZ-SCT: the same laminate with a solar-control tint that reduces solar heat gain by 38%; light "
      "transmission 61%. Both are bonded with a structural PU adhesive and mechanically retained.")
    h("3. Cabin ventilation and cooling unit RWG-HVAC-S")
    p("Roof-mounted unit for 48 V DC supply. Cooling capacity 2.4 kW; current draw 55 A peak at compressor start, "
      "38 A continuous. Refrigerant R-290 (propane), sealed charge of 150 g. Interior noise 52 dB(A) at seated head "
      "height. Design point: cabin held at or below 27 C with 35 C ambient and 8 occupants when combined with "
      "RWG-GLZ-SCT glazing; with clear RWG-GLZ-LAM glazing the design point is 29 C. Adds 48 kg to the gondola.")
    h("4. Door interlock and dual-latch kit RWG-DLK-2")
    p("Two independent latches per door with position sensors. The 'door closed and locked' signal is fed to the "
      "wheel control system through the existing slip ring and needs 2 free signal channels per wheel. Manual "
      "emergency release from the inside is retained.")
    h("5. Weights after refurbishment (G8 Standard)")
    t = Table([["Condition", "Empty weight"],
               ["G8 as delivered by OEM", "1,180 kg"],
               ["G8 after Level 2 with RWG-HVAC-S and RWG-DLK-2", "1,245 kg"],
               ["Difference", "+65 kg"]], colWidths=[10 * cm, 5 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    s += [t, Spacer(1, 6)]
    p("The wheel OEM must confirm that the added mass is within the rim and drive design margin before re-hang.")
    h("6. Proof load test and certification RWG-LT-PT")
    p("After re-hang each gondola undergoes a static proof load test at 1.5 times its rated payload for 10 "
      "minutes. For a G8 Standard gondola (rated payload 640 kg) the test load is 960 kg of calibrated water "
      "bags. The wheel then completes 3 unloaded revolutions and 1 revolution with test loads before a "
      "certificate per gondola is issued, referencing EN 13814-1.")
    doc.build(s)

# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price List"
    ws["A1"] = "Rondelmar Wheel Gondolas - Price List 2025 (EUR, excl. VAT)"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["SKU", "Description", "Unit", "List price (EUR)", "Lead time", "Notes"]
    ws.append([])
    ws.append(hdr)
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ("RWG-GR1-REF", "Level 1 refresh", "per gondola", 6900, "2 weeks", "G4-VIP cabins: +15%"),
        ("RWG-GR2-REF", "Level 2 full gondola refurbishment", "per gondola", 18450, "see batch", "G4-VIP cabins: +15%"),
        ("RWG-GR3-REB", "Level 3 rebuild", "per gondola", 31200, "OEM approval + 3-5 weeks", "G4-VIP cabins: +15%"),
        ("RWG-GLZ-LAM", "Laminated polycarbonate glazing set, clear", "per gondola", 3280, "10 weeks", ""),
        ("RWG-GLZ-SCT", "Laminated polycarbonate glazing set, solar-control tint", "per gondola", 3940, "12 weeks", ""),
        ("RWG-HVAC-S", "Cabin ventilation & cooling unit retrofit, 48 V DC", "per gondola", 4150, "14 weeks", "needs 48 V supply via slip ring"),
        ("RWG-DLK-2", "Door interlock and dual-latch upgrade kit", "per gondola", 1960, "6 weeks", "2 free slip-ring signal channels"),
        ("RWG-LED-INT", "Interior LED cabin lighting kit", "per gondola", 890, "4 weeks", ""),
        ("RWG-LED-SHW", "Exterior RGB show-lighting kit, DMX", "per gondola", 2450, "8 weeks", "DMX controller not included"),
        ("RWG-SEAT-GRP", "Moulded GRP bench seats (pair)", "per gondola", 1120, "5 weeks", ""),
        ("RWG-SEAT-MV", "Upholstered marine-vinyl seats (pair)", "per gondola", 1680, "7 weeks", "upholstery: 12-month warranty"),
        ("RWG-LT-PT", "Proof load test & certification", "per gondola", 620, "on re-hang", ""),
        ("RWG-TRN-LOG", "Gondola removal, transport & re-hang", "per batch of 4", 7900, "", "includes crane hire"),
        ("RWG-SPR-KIT", "Critical spares kit (hanger bushings, latches, seals)", "per kit", 5600, "3 weeks", ""),
        ("RWG-PM-Y", "Annual gondola inspection programme", "per year", 9800, "", "1 full visit + 1 mid-season check"),
        ("RWG-EXP-BATCH", "Express workshop turnaround (14 working days)", "per batch", "+18%", "", "on refurbishment lines"),
        ("RWG-EXP-PART", "Express spare-part dispatch (24 h)", "per order", 180, "", "stock items only"),
    ]
    for r in rows:
        ws.append(list(r))
    for col, w in zip("ABCDEF", [16, 52, 16, 16, 24, 34]):
        ws.column_dimensions[col].width = w

    g = wb.create_sheet("Gondola Types")
    g["A1"] = "Rondelmar Wheel Gondolas - Gondola types serviced"
    g["A1"].font = Font(bold=True, size=13)
    g.append([])
    g.append(["Type", "Passengers", "Rated payload (kg)", "Empty weight OEM (kg)", "Outside L x W x H (m)", "Notes"])
    for c in g[3]:
        c.font = Font(bold=True)
    g.append(["G8 Standard", 8, 640, 1180, "2.4 x 1.9 x 2.3", "most common cabin"])
    g.append(["G6-A Accessible", "6 incl. 1 wheelchair", 560, 1260, "2.4 x 2.1 x 2.3", "fold-down ramp, 900 mm door"])
    g.append(["G4-VIP", 4, 420, 1310, "2.4 x 1.9 x 2.3", "bar unit, leather seating; +15% on refurbishment levels"])
    for col, w in zip("ABCDEF", [18, 22, 20, 22, 22, 50]):
        g.column_dimensions[col].width = w

    v = wb.create_sheet("Volume Discounts")
    v["A1"] = "Rondelmar Wheel Gondolas - Volume and bundle discounts 2025"
    v["A1"].font = Font(bold=True, size=13)
    v.append([])
    v.append(["Condition", "Discount", "Applies to"])
    for c in v[3]:
        c.font = Font(bold=True)
    v.append(["10-19 gondolas in one order", "8%", "refurbishment levels 1-3"])
    v.append(["20 or more gondolas in one order", "12%", "refurbishment levels 1-3"])
    v.append(["3-year inspection programme commitment", "12%", "RWG-PM-Y"])
    v.append(["Spares kit ordered together with a refurbishment", "15%", "RWG-SPR-KIT"])
    v.append(["Discounts are not cumulative on the same line.", "", ""])
    for col, w in zip("ABC", [48, 12, 30]):
        v.column_dimensions[col].width = w
    wb.save(K / "rondelmar-price-list-2025.xlsx")

# ---------------------------------------------------------------- MD
MD = """# Running your wheel during a gondola refurbishment programme

*Rondelmar Wheel Gondolas knowledge base - article KB-114, updated June 2025*

## Can the wheel stay open while a batch is in our workshop?
The wheel may be rotated for maintenance with BF-640 ballast frames hanging in the empty positions, but it must
not be opened to passengers while fewer than 90% of hanger positions carry a passenger gondola, unless your
notified body has approved the configuration in writing. On a 36-position wheel, removing a batch of 4 leaves
32 gondolas (89%), so most operators schedule batches in the closed season.

## How is a batch sequenced?
1. Week before removal: Rondelmar's site lead checks the hardstanding and power and agrees the lift plan.
2. Removal day: gondolas come off in diametrically opposite pairs; a ballast frame goes on each empty hanger.
3. Workshop: 21 working days standard, 14 with express turnaround.
4. Re-hang day: gondolas re-hung in pairs, then the commissioning run (3 unloaded revolutions, then 1 with
   test loads) and proof load test. Handover documents follow within 1 working day.

## What does the annual inspection programme (RWG-PM-Y) include?
One full inspection visit per year (hangers, pivot pins, latches, glazing bond lines, HVAC function) plus one
mid-season interim check of latches and door interlocks. The written report is sent within 10 working days of
each visit. Outside the programme, emergency call-outs are answered within 48 hours and charged at EUR 95 per
engineer hour plus travel.

## How fast can we get spare parts?
Standard dispatch is within 3 working days. Express dispatch within 24 hours is available for stock items for a
fee of EUR 180 per order. Hanger bushings must be Rondelmar or OEM parts: non-OEM bushings void the hanger warranty.

## Who do we call on re-hang day?
Your Rondelmar site lead, named in the lift plan. Wheel operation remains the operator's responsibility at all
times; Rondelmar staff never operate the wheel drive.
"""

if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "kb-running-the-wheel-during-refurbishment.md").write_text(MD)
    print("ok")
