"""Generate the four knowledge sources of the balnevo-hydrotherapy-pools scenario.

Run with a Python that has python-docx and openpyxl; reportlab may live in a scratch folder:
    PYTHONPATH=/tmp/balnevo_scratch /work/main/.venv/bin/python make_sources.py
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

OUT = Path(__file__).resolve().parent / "knowledge"
OUT.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX: service & warranty terms
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Balnevo Care - Service & Warranty Terms (v4.2)", 0)
    d.add_paragraph(
        "Balnevo Hydrotherapy Systems B.V., Eindhoven. Effective 1 January 2025. These terms apply to all Balnevo HP-series "
        "therapy pools, movable floors, underwater treadmills, counter-current jet sets, poolside hoists and Balnevo "
        "filtration and UV plants delivered in Belgium, the Netherlands and Luxembourg."
    )
    d.add_heading("1. Standard warranty", 1)
    d.add_paragraph(
        "All equipment carries a warranty of 24 months parts and labour from the date of the signed commissioning "
        "acceptance certificate, or 27 months from delivery to site, whichever ends first."
    )
    d.add_paragraph(
        "The welded stainless steel pool shell (grade 1.4539 / 904L) carries a 10-year structural warranty against "
        "leakage caused by weld or material failure. The hydraulic cylinders of the movable floor carry a 5-year warranty. "
        "The underwater treadmill drive motor carries a 3-year warranty."
    )
    d.add_paragraph(
        "Consumables are warranted for 6 months only: UV lamps, filter cartridges, pump seals, underwater LED lamps, "
        "hoist slings and treadmill belts."
    )
    d.add_heading("2. Conditions of warranty", 1)
    d.add_paragraph("The warranty applies only when the pool water is kept within the following parameters and recorded in the daily water log:")
    for t in [
        "free chlorine 1.0 to 3.0 mg/l;",
        "combined chlorine below 0.5 mg/l;",
        "pH 7.2 to 7.6;",
        "chloride below 250 mg/l (higher chloride levels cause pitting corrosion of stainless steel);",
        "water temperature not above 37 °C.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(
        "Damage caused by water chemistry outside these parameters, by the use of chemicals not on the Balnevo approved "
        "chemicals list, by acid cleaning of the shell, or by operation of the movable floor with the safety edges bridged "
        "is excluded from the warranty. The daily water log must be kept for at least 3 years and shown on request."
    )
    d.add_heading("3. Balnevo Care plans", 1)
    rows = [
        ("", "Bronze", "Silver", "Gold"),
        ("Annual price (EUR, excl. VAT)", "3,950", "5,600", "7,900"),
        ("Preventive maintenance visits", "1 per year", "2 per year", "4 per year"),
        ("Remote diagnosis (pool control panel online)", "next business day", "within 4 working hours", "within 2 working hours"),
        ("On-site response", "within 3 working days", "within 2 working days", "within 8 working hours"),
        ("Spare parts", "charged at list price", "10% off list price", "included up to EUR 4,000 per plan year"),
        ("Statutory hoist inspection", "not included", "once a year", "twice a year"),
        ("Out-of-hours labour rate", "EUR 145 per hour", "EUR 145 per hour", "EUR 95 per hour"),
        ("Annual water chemistry audit", "not included", "included", "included"),
    ]
    tbl = d.add_table(rows=len(rows), cols=4)
    tbl.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            tbl.cell(i, j).text = v
    d.add_paragraph(
        "Working hours are Monday to Friday, 08:00 to 17:00 CET, excluding Belgian and Dutch public holidays. "
        "Response times run from the moment the fault is logged on the Balnevo service line or portal."
    )
    d.add_heading("4. Out-of-hours call-outs", 1)
    d.add_paragraph(
        "Call-outs outside working hours are charged at the out-of-hours labour rate of the plan, with a minimum of "
        "3 hours per call-out, plus travel at EUR 0.85 per km for sites more than 100 km from the Eindhoven depot. "
        "Customers without a Balnevo Care plan pay EUR 145 per hour and are served after plan customers."
    )
    d.add_heading("5. Prices, term and cancellation", 1)
    d.add_paragraph(
        "Plan prices are indexed each 1 January in line with the Agoria labour cost index; the annual increase is capped "
        "at 3.5%. Plans run for a minimum of 1 year and renew annually unless cancelled with 3 months' written notice "
        "before the anniversary date. Plans are invoiced annually in advance from the handover date. A plan that has "
        "lapsed for more than 6 months can only be restarted after a paid reinspection visit (EUR 1,250)."
    )
    d.add_heading("6. What the plans do not cover", 1)
    d.add_paragraph(
        "Building works, tiling and grouting of the pool surround, hall ventilation and dehumidification, the heating "
        "supply to the plate heat exchanger, and damage caused by flooding of the plant room are not covered by any plan."
    )
    d.save(OUT / "Balnevo_Care_Service_and_Warranty_Terms_v4.2.docx")


# ---------------------------------------------------------------- PDF: technical specification
def make_pdf():
    path = OUT / "HP-850_Technical_Specification_TS-850-revC.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Balnevo HP-850 Technical Specification and Site Requirements")
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h1, h2 = ss["Title"], ss["Heading2"]
    story = [Paragraph("Balnevo HP-850 Therapy Pool - Technical Specification and Site Requirements", h1),
             Paragraph("Document TS-850, revision C, March 2025. Balnevo Hydrotherapy Systems B.V.", body), Spacer(1, 6)]

    def sec(title, paras=(), table=None):
        story.append(Paragraph(title, h2))
        for p in paras:
            story.append(Paragraph(p, body))
        if table:
            t = Table(table, colWidths=[70 * mm, 100 * mm])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
            story.append(t)
        story.append(Spacer(1, 5))

    sec("1. Pool shell and movable floor", [
        "The HP-850 is a site-welded stainless steel pool (grade 1.4539 / 904L) with internal dimensions of 8.50 x 5.00 m. "
        "The full-area movable floor measures 8.10 x 4.60 m and is adjustable between 0 and 1.80 m water depth in 1 cm steps. "
        "The floor moves at 0.6 m/min, so a full travel from deck level to maximum depth takes about 3 minutes. "
        "The floor is lifted by four stainless hydraulic cylinders driven by an 11 kW hydraulic power unit in the plant room.",
        "The maximum distributed load on the movable floor is 1,500 kg, corresponding to about 10 patients and therapists. "
        "Gaps between the floor and the shell wall are 8 mm or less. Pressure-sensitive safety edges on all four sides stop "
        "the floor immediately on contact; an emergency stop is fitted at the deck panel and at the plant room panel.",
    ], [["Item", "Value"],
        ["Internal dimensions", "8.50 x 5.00 m"],
        ["Depth range (movable floor)", "0 to 1.80 m"],
        ["Water volume at maximum depth", "72 m³"],
        ["Balance tank", "9 m³, stainless steel, in plant room"],
        ["Pit depth below finished floor level", "2.15 m"],
        ["Maximum distributed floor load", "1,500 kg"]])
    sec("2. Water, heating and hall climate", [
        "Water temperature set point is adjustable between 33 and 36 °C (factory default 34 °C). The hall air temperature "
        "should be kept 1 to 2 °C above the water temperature with relative humidity at or below 65%, to limit evaporation "
        "and condensation. Full water turnover is achieved every 1.5 hours (circulation of at least 48 m³/h).",
        "Heat is supplied through a 60 kW plate heat exchanger from the building low-temperature hot water circuit at 70/50 °C. "
        "First-fill heat-up from 12 °C mains water to 34 °C takes about 36 hours. Noise from the plant room equipment is below "
        "55 dB(A) at 1 m.",
    ])
    sec("3. Electrical and plant room", [
        "The plant room needs a 400 V 3N~ 50 Hz supply rated 63 A to the Balnevo distribution panel, provided by the client's "
        "electrical contractor. The plant room must be at least 18 m² with 2.4 m clear headroom, a floor drain, a cold water "
        "supply, and must lie within 15 m (pipe run) of the pool. The pool control panel on the deck is rated IP65.",
    ], [["Consumer", "Rated power"],
        ["Hydraulic power unit (movable floor)", "11 kW"],
        ["Circulation pumps (2 x duty/standby)", "2 x 3 kW"],
        ["Underwater treadmill BNV-TM-220", "3 kW"],
        ["Counter-current jets BNV-CJ-6 (2 pumps)", "2 x 4 kW"],
        ["UV reactor", "1.2 kW"]])
    sec("4. Structural requirements for the pit", [
        "The pit is built by the client's contractor to Balnevo pit drawing PD-850-03. Pit floor design load is 25 kN/m² with the "
        "pool full. Dimensional tolerance on the pit is +/-10 mm; floor flatness 5 mm over 2 m. Hoist anchor points require "
        "reinforced concrete at least 200 mm thick.",
    ])
    sec("5. Options", [
        "Underwater treadmill BNV-TM-220: built into the movable floor; belt 1.60 x 0.55 m; speed 0.5 to 10 km/h in 0.1 km/h steps; "
        "maximum user weight 160 kg; speed is set from the deck panel or a waterproof remote.",
        "Counter-current jet and massage station set BNV-CJ-6: 6 jets in two stations; flow velocity adjustable up to 1.6 m/s; "
        "interchangeable massage nozzles.",
        "Poolside patient hoist BNV-PH-180: safe working load 180 kg; 24 V battery giving about 40 lifts per charge; 360° rotation; "
        "reach 1.2 m; supplied with immersion stretcher and seat; deck-anchored.",
        "Underwater camera BNV-CAM-2 (2-axis) for gait analysis, viewed on the deck panel.",
    ])
    doc.build(story)


# ---------------------------------------------------------------- XLSX: price list and specs
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list 2025"
    ws.append(["Balnevo Hydrotherapy Systems - Price List 2025 (EUR, excl. VAT) - valid 1 February 2025 to 31 January 2026"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price (EUR)", "Lead time (weeks)"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ("BNV-HP-600-MF", "HP-600 therapy pool 6.0 x 4.0 m, stainless, full movable floor", "each", 318000, 14),
        ("BNV-HP-850-MF", "HP-850 therapy pool 8.5 x 5.0 m, stainless, full movable floor", "each", 418000, 16),
        ("BNV-HP-1000-MF", "HP-1000 therapy pool 10.0 x 5.5 m, stainless, full movable floor", "each", 496000, 18),
        ("BNV-TM-220", "Underwater treadmill module, built into movable floor", "each", 38500, 10),
        ("BNV-CJ-6", "Counter-current jet and massage station set, 6 jets", "set", 14200, 6),
        ("BNV-CAM-2", "Underwater camera, 2-axis, for gait analysis", "each", 6800, 6),
        ("BNV-PH-180", "Poolside patient hoist, 180 kg SWL, deck-anchored", "each", 9450, 8),
        ("BNV-PH-M150", "Mobile pool hoist, 150 kg SWL", "each", 6250, 4),
        ("BNV-STP-4", "Stainless access steps with double handrail", "each", 4300, 6),
        ("BNV-FUV-35", "Filtration and UV disinfection plant for 33-36 °C water", "each", 46900, 12),
        ("BNV-INST-600", "Installation, water balancing and commissioning (HP-600)", "lump sum", 22400, None),
        ("BNV-INST-850", "Installation, water balancing and commissioning (HP-850)", "lump sum", 28600, None),
        ("BNV-INST-1000", "Installation, water balancing and commissioning (HP-1000)", "lump sum", 33900, None),
        ("BNV-TRN-TH", "Therapist training day, on site, max 8 participants", "day", 1150, None),
        ("BNV-TRN-TC", "Technical operator training day, plant room", "day", 1380, None),
        ("BNV-SVC-BRZ", "Balnevo Care Bronze service plan", "per year", 3950, None),
        ("BNV-SVC-SLV", "Balnevo Care Silver service plan", "per year", 5600, None),
        ("BNV-SVC-GOLD", "Balnevo Care Gold service plan", "per year", 7900, None),
    ]
    for r in rows:
        ws.append(list(r))
    for row in ws.iter_rows(min_row=4, min_col=4, max_col=4):
        for c in row:
            c.number_format = "#,##0"
    ws.append([])
    ws.append(["Lead times run from approval of the pit drawings. Prices exclude VAT and delivery outside BE/NL/LU."])
    for col, w in zip("ABCDE", (16, 62, 10, 16, 16)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Consumables & spares")
    ws2.append(["Balnevo Consumables and Spare Parts 2025 (EUR, excl. VAT)"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append([])
    ws2.append(["SKU", "Description", "List price (EUR)", "Recommended replacement"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for r in [
        ("BNV-UV-L", "UV lamp for BNV-FUV-35 reactor", 420, "every 9,000 operating hours"),
        ("BNV-LED-U", "Underwater LED lamp, 24 V, replacement unit", 310, "on failure"),
        ("BNV-FC-20", "Filter cartridge set (20 cartridges)", 690, "every 12 months"),
        ("BNV-SL-M", "Hoist sling, medium, chlorine-resistant", 240, "every 2 years or on wear"),
        ("BNV-TB-1", "Treadmill belt for BNV-TM-220", 1180, "every 4 years"),
        ("BNV-HO-20", "Hydraulic oil, biodegradable, 20 l", 165, "every 5 years"),
        ("BNV-CLK", "Chloride and chlorine test kit (100 tests)", 95, "as needed"),
    ]:
        ws2.append(list(r))
    for col, w in zip("ABCD", (14, 48, 16, 30)):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Model comparison")
    ws3.append(["Balnevo HP-series Model Comparison"])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.append([])
    ws3.append(["Parameter", "HP-600", "HP-850", "HP-1000"])
    for c in ws3[3]:
        c.font = Font(bold=True)
    for r in [
        ("Internal dimensions (m)", "6.0 x 4.0", "8.5 x 5.0", "10.0 x 5.5"),
        ("Depth range (m)", "0 to 1.60", "0 to 1.80", "0 to 1.80"),
        ("Water volume at max depth (m³)", 38, 72, 95),
        ("Max distributed floor load (kg)", 1000, 1500, 1800),
        ("Hydraulic power unit (kW)", 7.5, 11, 15),
        ("Minimum plant room area (m²)", 14, 18, 22),
        ("Electrical supply to plant room", "400 V, 40 A", "400 V, 63 A", "400 V, 80 A"),
        ("Heat exchanger (kW)", 40, 60, 75),
        ("Treadmill option", "yes", "yes", "yes"),
    ]:
        ws3.append(list(r))
    for col, w in zip("ABCD", (34, 14, 14, 14)):
        ws3.column_dimensions[col].width = w
    wb.save(OUT / "Balnevo_Price_List_2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
KB = """# From order to first patient: the Balnevo project timeline

This article explains what happens between your order and the first therapy session in a Balnevo HP-series pool, who
does what, and what you receive at handover.

## 1. Order, survey and pit drawings
- **Site survey:** a Balnevo project engineer visits within 2 weeks of the order to check the pit location, access route,
  plant room and utilities.
- **Pit drawings:** the site-specific pit drawing (for the HP-850: PD-850-03) is issued within 10 working days of the
  survey. Manufacturing lead time (16 weeks for the HP-850) starts on the day you approve the drawings in writing.
- **Access route:** shell panels are delivered flat; the route from the delivery point to the pool hall needs a clear
  opening of at least 1.2 x 2.4 m. The hydraulic power unit needs a 1.0 x 2.1 m door into the plant room.

## 2. What the hospital must have ready
Your building contractor must hand over the following **at least 2 weeks before delivery**:
1. the pit, built to the pit drawing, dry and with the concrete at least 28 days old;
2. the 400 V 3N~ 63 A supply terminated in the plant room (HP-850);
3. the heating supply (low-temperature hot water) piped to the plant room;
4. a cold water supply and floor drain in the plant room;
5. hall ventilation and dehumidification in working order before the pool is filled.

If the pit is not ready on the agreed date, Balnevo re-plans the installation crew at the next available slot; waiting
days of a crew already on site are charged at EUR 1,640 per day.

## 3. Installation on site
- Shell welding, floor mechanism and plant installation take **15 working days** for the HP-850 (12 for the HP-600,
  18 for the HP-1000).
- Leak test: the shell is filled and held for **72 hours** before the surround may be tiled.
- Fill and heat-up: about 36 hours from mains temperature to 34 °C, then 2 days of water balancing.

## 4. Microbiology clearance before clinical use
Before the first patient, the water must pass **two consecutive microbiological samples taken 7 days apart**, analysed by
an accredited laboratory: *Pseudomonas aeruginosa* not detected in 100 ml, total viable count (37 °C) below 10 cfu/ml,
and Legionella below 100 cfu/l. Balnevo takes and pays for these first two samples as part of commissioning. In practice
the first patient enters the pool about 3 weeks after mechanical completion.

## 5. Commissioning acceptance and handover
- Commissioning acceptance is signed when the floor, treadmill, jets, hoists and plant have been demonstrated and both
  samples are clear. The warranty starts on the date of this certificate.
- Handover pack: operating and maintenance manual in English, Dutch and French; CE declarations of conformity; pit and
  as-built drawings; the daily water log template; the approved chemicals list.

## 6. Training
We recommend 3 therapist training days (safe use of the movable floor, treadmill protocols, hoist transfers, emergency
evacuation from the pool) and 1 technical operator day (plant room, water chemistry, daily log). Each day takes a
maximum of 8 participants and is scheduled in the 2 weeks after handover.
"""


def make_md():
    (OUT / "project-timeline-order-to-first-patient.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", OUT)
