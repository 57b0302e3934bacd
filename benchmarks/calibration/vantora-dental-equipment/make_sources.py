"""Generate the knowledge sources of the vantora-dental-equipment scenario.

Run with the appliance venv and reportlab on PYTHONPATH, e.g.
  PYTHONPATH=/tmp/rl-dental /work/main/.venv/bin/python make_sources.py
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

OUT = Path(__file__).resolve().parent / "knowledge"
OUT.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX: Care Plus service description
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Vantora Care Plus - Service Description and Service Levels", 0)
    d.add_paragraph("Document VDS-SD-CP, version 2025.1, valid for Care Plus agreements concluded from 1 January 2025. "
                    "Vantora Dental Systems B.V., Hurksestraat 18, 5652 AJ Eindhoven, the Netherlands.")

    d.add_heading("1. Scope", 1)
    d.add_paragraph("Care Plus covers Vantora Cura 740 treatment chairs, Lumix 65 intraoral X-ray units, Vantora "
                    "intraoral sensors (size 1 and size 2) and Sterivo B18 and B23 Class B autoclaves installed by "
                    "Vantora at the sites listed in the order. Care Plus is priced per practice (site) and covers up "
                    "to 3 treatment rooms per practice; each additional treatment room at the same site is charged at "
                    "EUR 690 per year. Equipment from other manufacturers is not covered, even when it is connected "
                    "to a Vantora chair (for example third-party handpieces, intraoral cameras or curing lights).")
    d.add_paragraph("Care Plus is available as a 3-year plan (SKU VDS-SVC-3Y) or a 5-year plan (SKU VDS-SVC-5Y). "
                    "The term starts on the date of the commissioning report of the practice.")

    d.add_heading("2. Preventive maintenance", 1)
    d.add_paragraph("Vantora carries out one preventive maintenance visit every 6 months per practice. Visits are "
                    "scheduled at least 15 working days in advance and take place during business hours. A visit "
                    "includes:")
    for item in [
        "treatment chair: hydraulic lift and backrest check, foot control calibration, waterline flush test, "
        "suction filter replacement and amalgam separator check;",
        "Lumix 65 X-ray unit: tube head output check (kV and exposure time), arm balance adjustment, "
        "exposure switch and warning light check;",
        "Sterivo autoclaves: door seal inspection, bacteria filter replacement every 12 months, vacuum test, "
        "temperature and pressure sensor calibration and yearly re-validation (PQ report);",
        "an annual electrical safety test per NEN 3140 (Netherlands) or AREI/RGIE (Belgium), with a written report "
        "per device.",
    ]:
        d.add_paragraph(item, style="List Bullet")
    d.add_paragraph("A preventive visit that the practice cancels less than 2 working days before the agreed date is "
                    "charged at EUR 180 and rescheduled within 20 working days.")

    d.add_heading("3. Corrective maintenance and response times", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Fault category", "Example", "Response"
    rows = [
        ("Critical fault", "Equipment unusable: chair lift inoperative, autoclave failing every cycle, X-ray unit not exposing",
         "Remote diagnosis within 2 business hours; technician on site within 8 business hours"),
        ("Major fault", "Equipment usable with restrictions: one instrument position failing, slow vacuum phase",
         "Technician on site within 2 business days"),
        ("Minor fault", "Cosmetic damage, noise, display backlight",
         "At the next preventive visit or within 10 business days"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("Business hours are Monday to Friday, 08:00 to 18:00 CET, excluding Dutch and Belgian public "
                    "holidays. Faults are reported through the service portal or on +31 40 820 4400; the response "
                    "time runs from the moment the ticket number is issued. Call-outs the practice requests outside "
                    "business hours are charged at EUR 145 per hour plus a EUR 95 call-out fee.")

    d.add_heading("4. Parts, labour and wear parts", 1)
    d.add_paragraph("Parts, labour and travel for covered failures are included. Wear parts and consumables are not "
                    "included: handpieces and turbine bearings, upholstery, suction hoses, autoclave door seals after "
                    "the first year, sensor cables damaged by biting, crushing or kinking, sterilisation pouches, "
                    "Helix and Bowie-Dick test strips and filters beyond the scheduled replacements.")

    d.add_heading("5. Loan equipment", 1)
    d.add_paragraph("If an autoclave cannot be repaired within 48 hours of the technician's first visit, Vantora "
                    "supplies a loan autoclave free of charge until the repair is complete. A faulty sensor is "
                    "replaced by a loan sensor sent by courier on the next business day. Loan treatment chairs and "
                    "loan X-ray units are not available.")

    d.add_heading("6. Exclusions", 1)
    d.add_paragraph("Care Plus does not cover damage caused by: use of tap water or water above 15 uS/cm in the "
                    "autoclaves; waterline disinfectants other than those listed in the Cura 740 instructions for use; "
                    "relocation or modification of equipment by third parties; power surges where the site has no "
                    "surge protection; or use of the equipment contrary to its instructions for use.")

    d.add_heading("7. Term, renewal and cancellation", 1)
    d.add_paragraph("After the initial term, Care Plus renews for successive periods of one year unless either party "
                    "cancels in writing with 90 days' notice before the renewal date. The plan cannot be terminated "
                    "during the initial term, except when a practice closes permanently; the remaining fees of that "
                    "practice are then due at 50%. Fees are fixed for the initial term; renewal fees are indexed to "
                    "the CBS consumer price index, capped at 4% per year.")
    d.save(OUT / "Vantora_Care_Plus_Service_Description.docx")


# ---------------------------------------------------------------- PDF: site preparation & installation guide
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9.5
    body.leading = 12.5
    h1, h2 = ss["Title"], ss["Heading2"]
    story = [
        Paragraph("Site Preparation and Installation Guide", h1),
        Paragraph("Cura 740 treatment chair - Lumix 65 intraoral X-ray unit - Sterivo B18 / B23 autoclaves. "
                  "Document VDS-IG-2025-03, March 2025. Vantora Dental Systems B.V.", body),
        Spacer(1, 8),
        Paragraph("1. Planning and site readiness", h2),
        Paragraph("A Vantora technician carries out a site survey in every practice 4 to 6 weeks before the "
                  "installation date and records the required works in a site survey report. Building works "
                  "(floor boxes, electrical circuits, water, air and drain connections, wall reinforcement) are the "
                  "responsibility of the practice and its contractors. The practice must confirm site readiness in "
                  "writing at least 10 working days before the installation date. If the site is not ready when the "
                  "installation team arrives, a rescheduling fee of EUR 480 per visit is charged and a new date is "
                  "offered within 15 working days.", body),
        Paragraph("2. Delivery and access", h2),
        Paragraph("Cura 740 chairs are delivered crated on a pallet: crate dimensions 160 x 90 x 130 cm, crated "
                  "weight 245 kg. The route from the delivery entrance to the treatment room needs doors at least "
                  "80 cm wide and a clear path without steps; the chair is uncrated in the corridor if necessary. "
                  "For rooms on upper floors without a goods lift, a stair carry is charged at EUR 220 per chair "
                  "per floor. X-ray units and autoclaves are delivered in cartons and carried by hand.", body),
        Paragraph("3. Treatment chair (Cura 740)", h2),
        Paragraph("The floor must be level within 3 mm over the chair footprint. The chair base is anchored with "
                  "4 M10 anchor bolts into a concrete floor of at least 120 mm. On wooden or floating floors the "
                  "steel base plate VDS-BP-740 (620 x 620 mm, EUR 340) is required. All connections are made in the "
                  "floor box under the chair base:", body),
    ]
    data = [
        ["Connection", "Requirement"],
        ["Electrical", "230 V, 50 Hz, dedicated 10 A circuit with 30 mA RCD"],
        ["Water", "2.5 - 6 bar, with backflow protection to EN 1717 (air gap is built into the chair)"],
        ["Compressed air", "5.5 - 7 bar, dry and oil-free, pressure dew point +3 C or lower"],
        ["Suction / drain", "40 mm drain pipe; wet or dry suction from a central suction unit"],
        ["Data", "1 x Cat6 network socket for the chair display and sensor"],
    ]
    tbl = Table(data, colWidths=[4 * cm, 12 * cm])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                             ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    story += [tbl, Spacer(1, 6)]
    story += [
        Paragraph("4. Intraoral X-ray unit (Lumix 65)", h2),
        Paragraph("The Lumix 65 is wall-mounted on a solid masonry or concrete wall. On stud or plasterboard walls "
                  "the wall plate VDS-WP-01 is required; it spreads the load over at least 4 studs. Each of the 4 "
                  "anchors must withstand a pull-out force of 1.2 kN. The standard arm reaches 1,950 mm from the wall; "
                  "the long arm option reaches 2,200 mm. The unit may share a 230 V circuit protected by a fuse of "
                  "16 A or less. The exposure switch must be placed outside the room or at least 2 m from the tube "
                  "head behind a protective screen. Room shielding is determined by the practice's own radiation "
                  "protection expert; Vantora supplies the tube head output data for that calculation.", body),
        Paragraph("The radiation protection acceptance test (SKU VDS-RPS-XR) is carried out by Vantora's certified "
                  "radiation expert after installation and before first clinical use. The written acceptance report "
                  "is delivered within 5 working days. The unit must not be used on patients before the acceptance "
                  "report has been issued.", body),
        Paragraph("5. Autoclaves (Sterivo B18 and B23)", h2),
        Paragraph("Each autoclave needs a dedicated 16 A circuit (Sterivo B18: 2,000 W; Sterivo B23: 2,300 W). Place "
                  "the autoclave on a bench able to carry 80 kg, with 5 cm clearance at the sides and 10 cm behind "
                  "the unit, at an ambient temperature between 5 and 40 C. Use only demineralised or distilled water "
                  "with a conductivity below 15 uS/cm; the optional water demineraliser VDS-WTR-DI can be connected "
                  "directly. A drain connection is optional; without it, the waste water tank must be emptied by "
                  "hand about every 8 cycles.", body),
        Paragraph("Installation qualification (IQ) and operational qualification (OQ) are performed at installation. "
                  "Performance qualification (PQ) with the practice's own instrument loads must be completed within "
                  "30 days of installation.", body),
        Paragraph("6. Installation times and handover", h2),
        Paragraph("Typical installation times: one working day per Cura 740 chair (a team of two technicians installs "
                  "two chairs per day), 4 hours per Lumix 65 X-ray unit and 2 hours per autoclave including IQ/OQ. "
                  "At the end of the installation the practice signs the commissioning report; warranty and Care Plus "
                  "start on that date. The installation price (SKU VDS-INST-CH) covers uncrating, positioning, "
                  "anchoring, connection to prepared utilities and functional testing; it does not cover building "
                  "works, floor boxes or electrical work upstream of the connection point.", body),
        Paragraph("7. Removal of old equipment", h2),
        Paragraph("On request, Vantora removes and disposes of old treatment chairs at EUR 260 per chair. Removal is "
                  "free of charge for equipment accepted under the trade-in programme.", body),
    ]
    SimpleDocTemplate(str(OUT / "Vantora_Site_Preparation_Guide.pdf"), pagesize=A4,
                      leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                      title="Vantora Site Preparation and Installation Guide").build(story)


# ---------------------------------------------------------------- XLSX: price list and technical data
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)

    def sheet(ws, title, header, rows):
        ws.append([title])
        ws["A1"].font = Font(bold=True, size=13)
        ws.append(header)
        for c in ws[2]:
            c.font = bold
        for r in rows:
            ws.append(r)
        for col in "ABCDEFG":
            ws.column_dimensions[col].width = 26

    ws = wb.active
    ws.title = "Price list 2025"
    sheet(ws, "Vantora Dental Systems - Price list 2025 (EUR, excl. VAT), valid 1 January to 31 December 2025",
          ["SKU", "Product", "List price (EUR)", "Unit", "Lead time", "Notes"],
          [
              ["VDS-TC-740", "Cura 740 treatment chair with delivery unit and LED light", 18450, "each", "10 weeks",
               "Includes 5 instrument positions, 4 programmable positions + rinse position"],
              ["VDS-TC-740P", "Cura 740 Plus treatment chair with integrated intraoral camera", 21300, "each",
               "12 weeks", "Camera 1280 x 720, output to chair display"],
              ["VDS-XR-65", "Lumix 65 intraoral X-ray unit, wall-mounted, standard arm", 4290, "each", "6 weeks",
               "Long arm option +EUR 350"],
              ["VDS-XR-65M", "Lumix 65 intraoral X-ray unit on mobile stand", 4890, "each", "6 weeks",
               "For rooms where wall mounting is not possible"],
              ["VDS-SEN-1", "Intraoral digital sensor, size 1", 3150, "each", "4 weeks", "Paediatric and anterior"],
              ["VDS-SEN-2", "Intraoral digital sensor, size 2", 3150, "each", "4 weeks", "Standard adult size"],
              ["VDS-AC-B18", "Sterivo B18 Class B autoclave, 18 L", 5640, "each", "5 weeks", ""],
              ["VDS-AC-B23", "Sterivo B23 Class B autoclave, 23 L", 6780, "each", "5 weeks", ""],
              ["VDS-WTR-DI", "Water demineraliser for Sterivo autoclaves", 890, "each", "3 weeks",
               "Cartridge refill EUR 65"],
              ["VDS-BP-740", "Steel base plate for wooden or floating floors", 340, "each", "3 weeks", ""],
              ["VDS-WP-01", "Wall plate for Lumix 65 on stud walls", 160, "each", "3 weeks", ""],
              ["VDS-INST-CH", "Installation and commissioning, per treatment room", 1150, "per room", "-",
               "Chair, X-ray unit and sensor in one room; autoclave installation included"],
              ["VDS-RPS-XR", "Radiation protection acceptance test", 385, "per X-ray unit", "-", ""],
              ["VDS-SVC-3Y", "Care Plus service plan, 3 years", 2940, "per practice", "-", "Up to 3 rooms"],
              ["VDS-SVC-5Y", "Care Plus service plan, 5 years", 4650, "per practice", "-", "Up to 3 rooms"],
          ])

    ws = wb.create_sheet("Chair specs")
    sheet(ws, "Cura 740 treatment chair - technical data", ["Parameter", "Cura 740", "Cura 740 Plus"], [
        ["Maximum patient weight", "185 kg", "185 kg"],
        ["Seat height range", "380 - 800 mm", "380 - 800 mm"],
        ["Chair weight (uncrated)", "198 kg", "204 kg"],
        ["Power supply", "230 V, 50 Hz, 1,100 VA", "230 V, 50 Hz, 1,200 VA"],
        ["Water inlet pressure", "2.5 - 6 bar", "2.5 - 6 bar"],
        ["Compressed air", "5.5 - 7 bar, 55 Nl/min", "5.5 - 7 bar, 55 Nl/min"],
        ["Instrument positions", "5", "5 + camera"],
        ["Programmable chair positions", "4 + rinse position", "4 + rinse position"],
        ["Upholstery colours", "12", "12"],
        ["LED operating light", "35,000 lux, 5,000 K", "35,000 lux, 5,000 K"],
    ])

    ws = wb.create_sheet("X-ray and sensors")
    sheet(ws, "Lumix 65 intraoral X-ray unit and Vantora sensors - technical data", ["Parameter", "Value", "Remark"], [
        ["Tube voltage", "65 kV (fixed)", ""],
        ["Tube current", "7 mA", ""],
        ["Focal spot", "0.4 mm", "IEC 60336"],
        ["Exposure time", "0.01 - 2.00 s", "in steps of 0.01 s"],
        ["Arm reach", "1,950 mm standard / 2,200 mm long arm", ""],
        ["Source-skin distance", "200 mm", "rectangular collimator optional"],
        ["Tube head weight", "24 kg", "complete unit incl. arm"],
        ["Sensor size 1 active area", "20 x 30 mm", ""],
        ["Sensor size 2 active area", "26 x 36 mm", ""],
        ["Sensor resolution", "20 lp/mm (theoretical)", ""],
        ["Sensor cable length", "2.9 m", "USB connection"],
    ])

    ws = wb.create_sheet("Autoclave cycles")
    sheet(ws, "Sterivo B18 and B23 Class B autoclaves - cycles and technical data (total cycle time incl. drying)",
          ["Parameter", "Sterivo B18", "Sterivo B23"], [
              ["Chamber volume", "18 L", "23 L"],
              ["134 C wrapped (Class B)", "38 min", "44 min"],
              ["134 C unwrapped fast cycle", "18 min", "21 min"],
              ["121 C wrapped (textiles, plastics)", "52 min", "59 min"],
              ["Prion cycle 134 C, 18 min hold", "55 min", "62 min"],
              ["Maximum load, wrapped instruments", "4.5 kg", "6 kg"],
              ["Water consumption per cycle", "0.35 L", "0.45 L"],
              ["Power", "2,000 W", "2,300 W"],
              ["Built-in tests", "Bowie-Dick, Helix, vacuum", "Bowie-Dick, Helix, vacuum"],
          ])
    wb.save(OUT / "Vantora_Price_and_Spec_Sheet_2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article: warranty and returns
KB = """# Warranty, extended warranty and returns

Applies to Vantora equipment sold in the Netherlands and Belgium from 1 January 2025. The warranty starts on the date
of the commissioning report signed at installation. Warranty requires installation by Vantora or a Vantora-certified
partner.

## Standard warranty

| Product | Standard warranty | Extra coverage |
|---|---|---|
| Cura 740 / Cura 740 Plus treatment chair | 2 years parts and labour | Hydraulic lift cylinder and pump: 5 years (parts; labour in years 3-5 is charged) |
| Lumix 65 intraoral X-ray unit | 2 years parts and labour | X-ray tube head: 3 years |
| Intraoral sensors (size 1 and size 2) | 2 years | Cable damage from biting, crushing or a bending radius under 20 mm is excluded |
| Sterivo B18 / B23 autoclaves | 2 years or 4,000 cycles, whichever comes first | Pressure chamber: 10 years against corrosion perforation |

Using tap water, or water with a conductivity of 15 uS/cm or more, voids the autoclave warranty. Wear parts
(handpieces, upholstery, door seals, suction hoses) have no warranty beyond 6 months.

## Extended warranty

Extended warranty must be ordered before the standard warranty ends and extends the parts-and-labour cover.

| Product | +1 year | +3 years |
|---|---|---|
| Cura 740 chair | EUR 420 | EUR 1,150 |
| Lumix 65 X-ray unit | EUR 190 | EUR 520 |
| Sterivo autoclave (B18 or B23) | EUR 260 | EUR 690 |
| Intraoral sensor | EUR 310 | not available |

Equipment covered by an active Care Plus plan does not need an extended warranty: Care Plus includes parts and labour
for covered failures.

## Dead on arrival

Report a product that does not work on delivery within 7 days of delivery through the service portal. Vantora ships a
replacement unit within 5 business days and collects the faulty unit at no charge.

## Returns

Unused accessories in their unopened packaging can be returned within 30 days of delivery, with a 15% restocking fee.
Installed equipment (chairs, X-ray units, autoclaves) and sensors that have been registered to a practice cannot be
returned.

## Making a claim

Warranty claims are made through the service portal or by phone on +31 40 820 4400, with the serial number (on the
chair base, the X-ray tube head label or the autoclave rear panel) and a description of the fault.
"""

# ---------------------------------------------------------------- HTML page: trade-in, financing and training
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Vantora - Trade-in, financing and training</title></head>
<body>
<h1>Trade-in, financing and training</h1>
<p>Upgrading a group of practices? Vantora takes back your old equipment, can spread the cost over 36 or 60 months and
trains your team on site. Conditions below apply to orders placed in 2025.</p>

<h2>Trade-in credit</h2>
<table border="1">
<tr><th>Equipment traded in</th><th>Condition</th><th>Credit per unit</th></tr>
<tr><td>Treatment chair, any brand</td><td>Less than 10 years old, in working order</td><td>EUR 1,200</td></tr>
<tr><td>Treatment chair, any brand</td><td>10 years or older, in working order</td><td>EUR 600</td></tr>
<tr><td>Treatment chair, any brand</td><td>Not in working order, any age</td><td>EUR 250</td></tr>
<tr><td>Intraoral X-ray unit</td><td>With digital timer, in working order</td><td>EUR 300</td></tr>
<tr><td>Class B autoclave</td><td>Less than 7 years old, in working order</td><td>EUR 400</td></tr>
</table>
<p>One trade-in unit is accepted per new unit of the same type. The trade-in form (serial number, year of manufacture and
two photos per unit) must be submitted before the order is confirmed; the credit is deducted from the final invoice of
the practice. Removal and disposal of traded-in equipment are included. If the equipment found on site does not match
the trade-in form, the credit is reassessed by the installation team.</p>

<h2>Financing through Lendrix Equipment Finance</h2>
<p>Equipment, installation and Care Plus can be financed by our partner Lendrix Equipment Finance as an operational lease
with fixed monthly payments:</p>
<ul>
<li>36 months: monthly rate factor 3.02% of the financed amount;</li>
<li>60 months: monthly rate factor 1.94% of the financed amount.</li>
</ul>
<p>The minimum financed amount is EUR 10,000. Financing is subject to credit approval by Lendrix; the first payment is
due one month after the commissioning report. At the end of the lease the practice can buy the equipment for 1% of the
financed amount or return it.</p>

<h2>Training</h2>
<p>Every installation includes 4 hours of on-site training per practice for dentists, hygienists and assistants:
chair programming, waterline hygiene, sensor handling and the daily autoclave tests. Additional on-site training is
charged at EUR 95 per hour. The Vantora online academy (videos and short courses with certificates) is free for all
staff of customer practices.</p>
</body></html>
"""


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (OUT / "warranty-and-returns.md").write_text(KB, encoding="utf-8")
    (OUT / "trade-in-financing-training.html").write_text(HTML, encoding="utf-8")
    print("sources written to", OUT)
