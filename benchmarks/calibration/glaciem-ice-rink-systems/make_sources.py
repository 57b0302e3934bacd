"""Generate the knowledge sources of the glaciem-ice-rink-systems scenario.

Run with a Python that has python-docx, openpyxl and reportlab, e.g.
  PYTHONPATH=/tmp/glaciem_pylib /work/main/.venv/bin/python make_sources.py
(reportlab installed with: pip install --target /tmp/glaciem_pylib reportlab pypdf)
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)


# --------------------------------------------------------------------------- PDF
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h1, h2 = ss["Title"], ss["Heading2"]
    doc = SimpleDocTemplate(str(K / "Glaciem_Technical_Specification_TS-KRT-2026.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Glaciem Technical Specification TS-KRT-2026")
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))

    def table(rows, widths):
        from reportlab.lib.styles import ParagraphStyle
        cs = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5)
        rows = [[Paragraph(c, cs) for c in r] for r in rows]
        t = Table(rows, colWidths=widths)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde8f0")),
                               ("FONTSIZE", (0, 0), (-1, -1), 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s.append(t)
        s.append(Spacer(1, 6))

    P("Technical Specification TS-KRT-2026", h1)
    P("Glaciem Rink Systems NV - Refrigeration plant, rink floor and dasher boards for Sportcentrum Kortevelde. "
      "Revision B, 27 November 2026. This specification belongs to quote GRS-Q-2026-0418 and describes what is "
      "supplied; where it conflicts with the quote, the quote prevails for prices and this document for technical data.")

    P("1. Design basis", h2)
    P("Rink 60 x 30 m with a corner radius of 8.5 m, giving an ice area of 1,738 m2 and a board perimeter of 166 m. "
      "Design season 1 September to 31 May (9 months); summer ice is possible but is not part of the design case. "
      "Hall air design condition 12 \u00b0C at 70 % relative humidity, 400 spectators. Ice surface temperature set points: "
      "-5 \u00b0C for ice hockey and -3.5 \u00b0C for figure skating and public skating. Nominal ice thickness 38 mm "
      "(operating range 30 to 40 mm). Estimated annual electricity consumption of the refrigeration plant: 540 MWh per "
      "9-month season under these conditions; actual consumption depends on hall insulation, occupancy and set points.")

    P("2. Refrigeration plant GLC-CHL-NH3-650", h2)
    P("Packaged low-charge ammonia plant, refrigerant R717, total ammonia charge 190 kg, confined to the machine room. "
      "The rink floor is cooled indirectly by a secondary glycol circuit, so no ammonia is present in the hall.")
    table([["Item", "Value"],
           ["Cooling capacity", "650 kW at glycol supply -9 \u00b0C / return -6 \u00b0C, condensing 35 \u00b0C"],
           ["Compressors", "2 semi-hermetic screw compressors, each 50 % of capacity, stepless slide valve 25-100 %"],
           ["Absorbed power / COP", "212 kW at design point / COP 3.07"],
           ["Secondary coolant", "Monopropylene glycol 33 % by weight, circuit volume approx. 21,000 litres"],
           ["Glycol pumps", "2 x 37 kW (duty/standby) with variable speed drives"],
           ["Heat rejection", "2 adiabatic dry coolers, total 860 kW; sound pressure 52 dB(A) at 10 m; water spray only above 28 \u00b0C ambient"],
           ["Plant skid", "7.8 x 2.6 x 2.9 m, operating weight 9,800 kg"],
           ["Electrical", "400 V / 3 ph / 50 Hz; main supply 630 A at the machine-room main switch (by buyer); soft starters, max starting current 540 A"],
           ["Machine room", "Sound level 83 dB(A) at 1 m; emergency ventilation 15 air changes per hour"],
           ["Gas detection", "Ammonia detectors: alarm at 25 ppm; emergency ventilation and plant shutdown at 150 ppm"],
           ["Standards", "EN 378-1 to EN 378-4, Pressure Equipment Directive 2014/68/EU, CE marked"]],
          [45 * mm, 129 * mm])

    P("3. Heat recovery GLC-HRU-120", h2)
    P("Desuperheater plus partial condenser heat recovery delivering up to 120 kW of hot water at 55 \u00b0C to the "
      "swimming pool heat exchanger and the domestic hot water tank. The sub-floor heating circuit is fed from recovered "
      "heat and kept at +5 \u00b0C to prevent frost heave under the slab. Option GLC-HRU-200 (not quoted) raises recovery "
      "to 200 kW at 60 \u00b0C in high-temperature mode; in that mode the plant's absorbed power rises by about 9 %.")

    P("4. Rink floor GLC-FLR-6030", h2)
    P("Approximately 17,600 m of 25 mm PE-RT cooling pipe at 100 mm centres, connected to supply and return headers along "
      "the east long side (machine-room side). Build-up from the top: 140 mm reinforced concrete slab C30/37 (poured by the "
      "buyer), vapour barrier, 2 x 80 mm XPS insulation, 100 mm sand-cement layer with 20 mm sub-floor heating pipes at "
      "600 mm centres. The pipe system is pressure tested at 8 bar for 24 hours before the pour and stays under pressure "
      "during it. Slab flatness tolerance: 3 mm under a 3 m straightedge. Slab cooling may start no earlier than 28 days "
      "after the pour; the pull-down from +10 \u00b0C to -6 \u00b0C slab temperature takes 48 hours.")

    P("5. Dasher boards GLC-DB-FLEX-LM and gates", h2)
    P("FlexGuard system: aluminium frame on flexible mounts that deflect up to 50 mm and reduce peak impact force on "
      "players by up to 25 % compared with rigid boards. Board height 1.17 m above the ice; white HDPE facing 15 mm; yellow "
      "HDPE kickplate 250 mm; 100 mm capping rail. Shielding: 12 mm tempered safety glass, 1.80 m high at both ends and "
      "0.80 m high along the sides; no glass in front of the player benches. The price per linear metre includes two "
      "player benches with two gates each, two penalty-box gates and one officials' gate. The resurfacer gate "
      "(GLC-GATE-RS30, 3.0 m clear opening, double leaf) is priced separately. Dimensions follow the IIHF rulebook.")
    doc.build(s)


# -------------------------------------------------------------------------- DOCX
def make_docx():
    from docx import Document
    from docx.shared import Pt

    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Rink Care Plus - Maintenance Service Agreement", 0)
    d.add_paragraph("Summary of terms, version 2026.2. Glaciem Rink Systems NV, Service Contracts department. "
                    "This summary forms part of every Rink Care contract; the signed contract prevails.")

    d.add_heading("1. Scope", 1)
    d.add_paragraph("The agreement covers the refrigeration plant and its glycol circuit, the rink floor headers, the "
                    "heat recovery unit, the dasher boards and gates, and one Glaciem ice resurfacer (ER-540 or GR-560) "
                    "supplied by Glaciem. Equipment of other makes can be added after a condition survey.")

    d.add_heading("2. Term, fee and indexation", 1)
    d.add_paragraph("The term is 5 years from the first-ice handover date. The annual fee is invoiced annually in "
                    "advance and is indexed each 1 January in line with labour and parts costs, capped at 3.5% per year. "
                    "Either party may terminate early after the first 24 months with 6 months' written notice; an early "
                    "termination fee equal to 25% of the remaining contract value is then due.")

    d.add_heading("3. Preventive maintenance", 1)
    for t in ["Two preventive visits per year: pre-season in August and mid-season in January.",
              "Ammonia detector calibration every 6 months; compressor oil analysis once a year.",
              "Glycol concentration and corrosion-inhibitor check at each visit; glycol top-up included up to 200 litres per year.",
              "Dasher board inspection once per year: fixings, flexible mounts, glass clamps and gates.",
              "Resurfacer service every 250 operating hours or once a year, whichever comes first, with a battery health report for the ER-540.",
              "24/7 remote monitoring through Glaciem RinkView: alarms on ice surface temperature, glycol supply and return temperatures and ammonia ppm."]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("4. Response times", 1)
    tb = d.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, t in zip(tb.rows[0].cells, ["Priority", "Definition", "Response"]):
        c.text = t
    for row in [("P1", "Plant stopped, loss of ice, ammonia alarm (25 ppm or more)",
                 "Remote diagnosis within 30 minutes; technician on site within 4 hours, 24/7 including weekends and public holidays"),
                ("P2", "Reduced capacity, one compressor down, resurfacer out of service",
                 "Technician on site next business day"),
                ("P3", "Minor faults, cosmetic board damage, information requests",
                 "Within 5 working days")]:
        cells = tb.add_row().cells
        for c, t in zip(cells, row):
            c.text = t

    d.add_heading("5. Service credits", 1)
    d.add_paragraph("If the P1 on-site time is missed, Glaciem grants a service credit of 5% of the monthly-equivalent "
                    "fee (annual fee divided by 12) for each full 24 hours of delay, capped at 20% of the annual fee per "
                    "contract year. Service credits are deducted from the next annual invoice and are the sole "
                    "compensation for late response.")

    d.add_heading("6. Parts and consumables", 1)
    d.add_paragraph("Spare parts are included up to EUR 2,500 per contract year; parts beyond that amount are charged "
                    "at list price less 15%. Up to 24 blade sharpenings per year are included for the resurfacer; new "
                    "blades are charged at the price-list rate.")

    d.add_heading("7. Exclusions", 1)
    for t in ["Damage caused by misuse, vehicle impact or vandalism.",
              "Breakage of dasher-board shielding glass; replacement panes are charged at the price-list rate.",
              "Compressor major overhaul at 40,000 operating hours (quoted separately).",
              "Civil and building works, and the electrical supply upstream of the machine-room main switch.",
              "Repainting of ice markings at season start (available as paid service GLC-PAINT-SEAS)."]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("8. Customer obligations", 1)
    d.add_paragraph("The customer keeps a daily plant log, employs at least one operator trained by Glaciem, gives the "
                    "technician access to the machine room within 30 minutes of arrival and supplies resurfacer water "
                    "of the quality stated in the Glaciem operating guidelines.")

    d.add_heading("9. Rink Care Basic and Rink Care Plus compared", 1)
    tb = d.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, t in zip(tb.rows[0].cells, ["", "Rink Care Basic (GLC-SVC-BASIC)", "Rink Care Plus (GLC-SVC-PLUS)"]):
        c.text = t
    for row in [("Preventive visits", "1 per year (pre-season)", "2 per year"),
                ("P1 on-site response", "8 hours, business days only", "4 hours, 24/7"),
                ("Remote monitoring", "Not included (RinkView available separately)", "Included, 24/7"),
                ("Spare parts included", "None; list price less 10%", "Up to EUR 2,500 per year"),
                ("Blade sharpenings", "Not included", "Up to 24 per year")]:
        cells = tb.add_row().cells
        for c, t in zip(cells, row):
            c.text = t
    d.save(K / "Rink_Care_Plus_Service_Agreement.docx")


# -------------------------------------------------------------------------- XLSX
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Price list 2026"
    ws.append(["Glaciem Rink Systems NV - Price list 2026 (EUR, excl. VAT), valid 1 January to 31 December 2026"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["SKU", "Description", "Unit", "List price (EUR)", "Lead time (weeks)", "Warranty"])
    rows = [
        ("GLC-CHL-NH3-650", "Low-charge ammonia chiller package 650 kW", "each", 412000, 18,
         "24 months from handover; compressors 36 months"),
        ("GLC-CHL-NH3-450", "Low-charge ammonia chiller package 450 kW (rinks up to 56 x 26 m)", "each", 338000, 18,
         "24 months from handover; compressors 36 months"),
        ("GLC-FLR-6030", "Rink floor 60 x 30 m, PE-RT pipes, headers, insulation, sub-floor heating", "each", 148500, 8,
         "Pipes 10 years; installation 24 months"),
        ("GLC-FLR-5626", "Rink floor 56 x 26 m, PE-RT pipes, headers, insulation, sub-floor heating", "each", 131200, 8,
         "Pipes 10 years; installation 24 months"),
        ("GLC-DB-FLEX-LM", "FlexGuard dasher boards with glass shielding", "linear metre", 1240, 12,
         "Frame 5 years; HDPE 2 years; glass breakage not covered"),
        ("GLC-DB-STD-LM", "Standard rigid dasher boards with glass shielding", "linear metre", 980, 10,
         "Frame 5 years; HDPE 2 years; glass breakage not covered"),
        ("GLC-DB-GLASS-080", "Spare tempered glass pane 0.80 m x 1.83 m (side shielding)", "each", 310, 2, "-"),
        ("GLC-DB-GLASS-180", "Spare tempered glass pane 1.80 m x 1.83 m (end shielding)", "each", 420, 2, "-"),
        ("GLC-DB-NET-GOAL", "Protective netting behind goals, set of 2", "set", 9800, 6, "12 months"),
        ("GLC-GATE-RS30", "Resurfacer gate 3.0 m double leaf", "each", 6850, 12, "5 years"),
        ("GLC-RES-ER540", "Glaciem ER-540 electric ice resurfacer", "each", 168900, 14,
         "24 months machine; battery 5 years or 4,000 cycles"),
        ("GLC-RES-GR560", "Glaciem GR-560 LPG ice resurfacer", "each", 139500, 10, "24 months machine"),
        ("GLC-RES-LASER", "Laser blade-levelling system for ER-540 / GR-560", "each", 7950, 4, "12 months"),
        ("GLC-RES-BLADE", "Spare resurfacer blade 1,960 mm", "each", 185, 1, "-"),
        ("GLC-HRU-120", "Heat recovery unit 120 kW at 55 C", "each", 38400, 10, "24 months"),
        ("GLC-HRU-200", "Heat recovery unit 200 kW at 60 C (high-temperature mode)", "each", 54900, 12, "24 months"),
        ("GLC-COM-FI", "Commissioning, pull-down, ice build and painting", "lump sum", 24600, None, "-"),
        ("GLC-PAINT-SEAS", "Season-start repaint of ice markings", "each", 6900, None, "-"),
        ("GLC-TRN-OP", "Operator training day, up to 8 staff", "day", 1450, None, "-"),
        ("GLC-SVC-BASIC", "Rink Care Basic maintenance", "year", 12400, None, "-"),
        ("GLC-SVC-PLUS", "Rink Care Plus maintenance", "year", 19800, None, "-"),
        ("GLC-RV-MON", "RinkView remote monitoring (stand-alone)", "year", 2400, None, "-"),
    ]
    for r in rows:
        ws.append(list(r))
    ws.append([])
    ws.append(["Lead times run from the signed order and receipt of the down payment. Warranty runs from the "
               "first-ice handover date. Prices exclude VAT, transport outside Belgium, the Netherlands and Luxembourg, and civil works."])
    for col, w in zip("ABCDEF", (20, 62, 13, 16, 17, 46)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Resurfacer comparison")
    ws2.append(["Glaciem ice resurfacers - technical comparison ER-540 (electric) and GR-560 (LPG)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Property", "ER-540 (electric)", "GR-560 (LPG)"])
    for r in [
        ("Drive", "Electric, LiFePO4 battery 80 kWh", "LPG engine, 2 x 18 kg cylinders"),
        ("Resurfacings per charge / cylinder set", "12 to 15", "10 to 12"),
        ("Charging time 20-100 %", "5 hours on a 32 A charger", "n/a (cylinder swap 10 minutes)"),
        ("Snow tank capacity (m3)", 2.9, 3.1),
        ("Ice-making water tank (litres)", 950, 1000),
        ("Wash water tank (litres)", 400, 400),
        ("Blade width (mm)", 1960, 1960),
        ("Operating weight, tanks full (kg)", 4650, 3900),
        ("Noise at driver (dB(A))", 68, 78),
        ("Local emissions", "None", "CO and NOx: hall ventilation and CO monitoring required"),
        ("List price (EUR)", 168900, 139500),
        ("Lead time (weeks)", 14, 10),
        ("Warranty", "24 months machine; battery 5 years or 4,000 cycles", "24 months machine"),
    ]:
        ws2.append(list(r))
    for col, w in zip("ABC", (40, 48, 48)):
        ws2.column_dimensions[col].width = w
    wb.save(K / "Glaciem_Price_List_2026.xlsx")


# ---------------------------------------------------------------------------- MD
MD = """# From order to first ice: how a Glaciem rink project runs

This article explains the sequence of a Glaciem rink renewal, what the customer prepares and how to run the ice
once it is handed over. It applies to plant, floor and board projects such as quote GRS-Q-2026-0418.

## Project timeline

| Step | When | Who |
|---|---|---|
| Order signed and 30% down payment received | Week 0 | Customer |
| Detailed design, permit drawings, machine-room layout | Weeks 1-4 | Glaciem |
| Rink floor pipes and headers installed | 3 weeks on site | Glaciem |
| Pressure test at 8 bar for 24 hours, then slab pour | Before the pour | Glaciem / customer's contractor |
| Concrete curing | At least 28 days before any cooling | Customer |
| Refrigeration plant delivered | Week 18 after order | Glaciem |
| Installation and electrical hook-up of the plant | 3 weeks | Glaciem |
| Slab pull-down to -6 °C | 48 hours | Glaciem |
| Ice build and painting (lines, circles, logo) | 4 days | Glaciem |
| Acceptance test | 72-hour run | Glaciem with customer |

Plan 6 days from the first start of the plant to the first skate (48 hours pull-down plus 4 days of ice build and
painting). The acceptance test is a 72-hour run at the design ice temperature during which the ice surface
temperature must stay within ±0.5 K of the set point. Handover and operator training follow the acceptance test.

## What the customer provides

- An electrical supply of 630 A (400 V, 3 phase) at the machine-room main switch.
- A mains water connection DN50 at a minimum of 3 bar in the machine room and the resurfacer garage.
- Hot water at 60 °C for the resurfacer fill point.
- A heated snow-melt pit next to the resurfacer garage with a drain to the sewer.
- Crane access for a 40 t mobile crane to set the plant skid.
- The concrete slab pour, civil works and building permits.

## Running the ice

- Resurface every 60 to 90 minutes of skating, and between periods in an ice-hockey match.
- Keep the ice between 30 and 40 mm; shave it down when it goes above 45 mm, because thicker ice costs energy.
- Resurfacer water: hot (60 °C) and low in dissolved solids, with TDS below 150 mg/l. Where the mains water is harder,
  a reverse-osmosis unit is recommended; it is not part of a standard Glaciem quote.
- Charge the ER-540 battery in a ventilated area, never leave it below 20 % overnight, and keep the charger on its own
  32 A circuit.
- Dasher boards: check glass clamps weekly, clean the HDPE with a pH-neutral cleaner and never use solvents.

## Frequently asked

**Can the old plant keep running during the works?** No. The existing rink is out of use from the start of the floor
works until handover.

**Who calls Glaciem when the ice is in trouble?** The trained operator on duty, via the 24/7 service line in the
Rink Care contract. RinkView alarms also reach the Glaciem service desk directly.
"""


def make_md():
    (K / "order-to-first-ice.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    make_pdf()
    make_docx()
    make_xlsx()
    make_md()
    print("sources written to", K)
