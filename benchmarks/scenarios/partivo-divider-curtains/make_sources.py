"""Generate the four knowledge sources for the partivo-divider-curtains scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch folder)
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

K = Path(__file__).parent / "knowledge"
K.mkdir(exist_ok=True)

# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Partivo Sports Systems Ltd - Installation & Site Requirements Guide", 0)
    d.add_paragraph("Fold-up, roll-up and traverse divider curtains for sports halls. Document PSS-IG-07, revision D, "
                    "issued March 2026. Applies to all orders placed from 1 April 2026.")
    d.add_heading("1. Before we quote a fixed installation date", 1)
    d.add_paragraph("Every order starts with a site survey carried out by a Partivo surveyor. The survey records "
                    "the roof structure, the clear height under the lowest obstruction (lights, heaters, basketball "
                    "backboards), the position of existing services and the floor finish. Beam kit fixing positions "
                    "are confirmed from the site survey and shown on the general arrangement drawing, which the "
                    "customer must approve in writing before manufacture starts.")
    d.add_paragraph("Manufacturing lead time is counted from the date of the approved drawing, not from the "
                    "order date: 6 weeks for curtains in a standard colour and 10 weeks for a special RAL colour. "
                    "Installation is then booked in the next available slot, normally within 3 weeks of dispatch.")
    d.add_heading("2. Structural requirements", 1)
    d.add_paragraph("A fold-up curtain of 18.0 m x 8.0 m with its drive and beam imposes a permanent line load of "
                    "0.45 kN/m along the suspension beam, plus a point load of 1.2 kN at the drive position. "
                    "The customer must provide a letter from a structural engineer confirming that the roof "
                    "structure can carry these loads; Partivo does not carry out structural calculations for "
                    "existing buildings. Where no confirmation is available by the installation date, the "
                    "installation is postponed and a re-booking fee of GBP 350 per visit applies.")
    d.add_paragraph("Minimum clear height: the curtain height plus 600 mm for the folded pack and beam. For an "
                    "8.0 m curtain this means 8600 mm clear under the lowest obstruction along the curtain line.")
    d.add_heading("3. Electrical supply", 1)
    d.add_paragraph("Each Mk3 drive unit needs a 400 V three-phase supply, protected by a 16 A type C circuit "
                    "breaker, terminated in a lockable rotary isolator within 2 m of the drive position. The "
                    "supply and isolator are provided by the customer's electrician and must be in place and "
                    "tested before our team arrives. Partivo connects the drive from the isolator onwards and "
                    "wires the key-switch control station (cable runs up to 25 m are included; longer runs are "
                    "charged at GBP 14 per metre).")
    d.add_paragraph("A volt-free contact on each drive allows connection to the fire alarm panel so that curtains "
                    "stop and stay in position when the alarm sounds. Connection to the fire alarm panel is made by "
                    "the customer's fire alarm contractor.")
    d.add_heading("4. Site readiness checklist", 1)
    for item in [
        "Hall closed to users for the full installation period; no sports or school use.",
        "Floor cleared of equipment along the curtain line and 4 m either side.",
        "Structural engineer's letter received by Partivo at least 10 working days before installation.",
        "400 V supply and lockable isolator installed and tested at each drive position.",
        "Access route for a 1.2 m wide mobile elevating work platform (MEWP) with a loaded weight of 2.4 t; "
        "Partivo supplies non-marking tyres and floor protection boards for sprung timber floors.",
        "Welfare facilities (toilets, drinking water) available to the installation team.",
    ]:
        d.add_paragraph(item, style="List Bullet")
    d.add_heading("5. Installation duration and working hours", 1)
    d.add_paragraph("Allow 1.5 working days per curtain including beam, drive and controls. A three-curtain hall "
                    "is typically completed in 5 working days, including commissioning on the last day. Standard "
                    "working hours are Monday to Friday, 07:30 to 17:00. Weekend or evening work is possible at a "
                    "surcharge of 35% on the installation price and must be agreed at order.")
    d.add_heading("6. Commissioning and handover", 1)
    d.add_paragraph("Commissioning includes a full raise/lower cycle of each curtain, adjustment of the upper and "
                    "lower limit switches, a test of the safety brake and of the slack-belt switch, and a check "
                    "that the key switch must be held for the curtain to move (dead-man operation). At handover "
                    "we give a 45-minute operator briefing for up to 8 staff, leave the operation and maintenance "
                    "manual and the curtain logbook, and issue the commissioning certificate. The warranty starts "
                    "on the date of the commissioning certificate.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Item", "Provided by", "Note"
    for row in [
        ("Site survey", "Partivo", "Included in the installation price"),
        ("Structural engineer's letter", "Customer", "Required before installation"),
        ("400 V supply and isolator", "Customer", "16 A type C, within 2 m of drive"),
        ("Fire alarm interface wiring", "Customer", "Volt-free contact supplied by Partivo"),
        ("MEWP and floor protection", "Partivo", "Non-marking tyres"),
        ("Waste packaging removal", "Partivo", "Taken away at end of installation"),
    ]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.save(K / "partivo-installation-guide.docx")

# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h = ss["Heading2"]
    doc = SimpleDocTemplate(str(K / "partivo-warranty-and-service-terms.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Partivo Warranty and Service Terms")
    s = [Paragraph("Partivo Sports Systems Ltd - Warranty and Service Plan Terms (PSS-WS-2026)", ss["Title"]),
         Paragraph("These terms apply to divider curtains, drives, beams and ball-stop netting supplied and "
                   "installed by Partivo Sports Systems Ltd in the United Kingdom and Ireland.", body)]
    s.append(Paragraph("1. Warranty periods", h))
    data = [["Component", "Warranty period", "Condition"],
            ["PVC curtain fabric and welded seams", "5 years", "Annual inspection carried out"],
            ["Mesh fabric and ball-stop netting", "3 years", "Annual inspection carried out"],
            ["Mk3 drive unit, brake and limit switches", "24 months", "From commissioning"],
            ["Key-switch control station", "24 months", "From commissioning"],
            ["Galvanised steel beams and fixings", "10 years", "Against structural failure"]]
    tb = Table(data, colWidths=[70 * mm, 35 * mm, 65 * mm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                            ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    s += [tb, Spacer(1, 4 * mm)]
    s.append(Paragraph("All warranty periods start on the date of the commissioning certificate. The 5-year fabric "
                       "warranty and the 3-year mesh warranty are conditional on the curtain being inspected at "
                       "least once every 12 months by Partivo or by an installer approved by Partivo; where an "
                       "inspection is missed, fabric warranty cover is suspended until the next inspection has been "
                       "carried out and any defects found have been put right.", body))
    s.append(Paragraph("2. What the warranty does not cover", h))
    s.append(Paragraph("The warranty does not cover: vandalism or deliberate damage; damage caused by operating "
                       "the curtain while people or equipment are underneath it; cuts, burns or tears from "
                       "equipment such as javelins, hockey sticks or gymnastics apparatus; discolouration caused by "
                       "cleaning with solvents, bleach or abrasive products; damage from water ingress through the "
                       "roof; and repairs or modifications by persons not approved by Partivo. Normal wear of the "
                       "lifting belts is covered for the first 24 months only. Ball impact within the design "
                       "rating of the mesh upper section is not damage and is covered.", body))
    s.append(Paragraph("3. Annual inspection and service plan", h))
    s.append(Paragraph("The service plan (SKU SVC-PM-3Y, sold per year for a 3-year term) includes one planned "
                       "visit every 12 months. At each visit the engineer carries out:", body))
    for t in ["visual inspection of the PVC and mesh fabric, welded seams and eyelets;",
              "check of lifting belt wear and replacement of any belt worn beyond 10% of its width;",
              "function test of the safety brake and the slack-belt switch;",
              "adjustment of the upper and lower limit switch positions;",
              "torque check of beam fixings and drive mountings;",
              "an inspection report and an entry in the curtain logbook."]:
        s.append(Paragraph("- " + t, body))
    s.append(Paragraph("Plan holders receive priority breakdown response: attendance on site within 48 hours "
                       "(working days, Monday to Friday) for any fault that leaves a curtain inoperable, and within "
                       "5 working days for other faults. Labour for breakdown visits is included in the plan; parts "
                       "outside warranty are charged at list price less 10%. Customers without a plan are attended "
                       "within 10 working days and pay the call-out rate of GBP 95 per hour plus travel at GBP 0.65 "
                       "per mile.", body))
    s.append(Paragraph("4. Spare parts", h))
    s.append(Paragraph("Partivo keeps spare parts for each curtain model for at least 10 years after the model is "
                       "withdrawn from sale. Replacement fabric panels are made to order from the original drawing "
                       "and dispatched within 4 weeks.", body))
    s.append(Paragraph("5. Making a claim", h))
    s.append(Paragraph("Report a fault to service@partivo-sports.co.uk or on 0161 555 0184, quoting the curtain "
                       "serial number from the drive label. Take the curtain out of use until it has been "
                       "inspected. A claim must be made within 30 days of the fault being noticed.", body))
    doc.build(s)

# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)
    ws = wb.active
    ws.title = "Curtain range"
    ws.append(["Partivo Sports Systems - Divider Curtain Price List 2026/27 (GBP, excl. VAT, valid from 1 April 2026)"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["SKU", "Model", "Max width (m)", "Height (m)", "Operation", "Lower section", "Upper section",
               "Fire class (EN 13501-1)", "Raise time 8 m (s)", "List price each"])
    for c in ws[3]:
        c.font = bold
    rows = [
        ["PVD-FU-1808", "Fold-up curtain 18 x 8 m", 18, 8, "Fold-up on belts, Mk3 drive",
         "PVC 680 g/m2, 3.0 m high", "Mesh 330 g/m2", "PVC: B-s2,d0 / mesh: B-s1,d0", 55, 7420],
        ["PVD-FU-2408", "Fold-up curtain 24 x 8 m", 24, 8, "Fold-up on belts, Mk3 drive (2 required)",
         "PVC 680 g/m2, 3.0 m high", "Mesh 330 g/m2", "PVC: B-s2,d0 / mesh: B-s1,d0", 55, 9680],
        ["PVD-RL-1808", "Roll-up curtain 18 x 8 m", 18, 8, "Rolls onto 133 mm tube, Mk3 drive",
         "PVC 680 g/m2, full height", "-", "B-s2,d0", 70, 8150],
        ["PVD-TR-1808", "Traverse curtain 18 x 8 m", 18, 8, "Draws sideways on track, manual or Mk3",
         "PVC 680 g/m2, 3.0 m high", "Mesh 330 g/m2", "PVC: B-s2,d0 / mesh: B-s1,d0", "n/a", 6240],
        ["PVD-AC-1808", "Acoustic fold-up curtain 18 x 8 m", 18, 8, "Fold-up on belts, Mk3 drive",
         "Twin-layer PVC with acoustic insert, full height", "-", "B-s2,d0", 65, 11900],
    ]
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append(["Notes"])
    ws.append(["Acoustic curtain PVD-AC-1808 gives a sound reduction of up to 14 dB between hall sections "
               "(laboratory value); mesh-topped curtains give no meaningful sound reduction."])
    ws.append(["Standard colours: 8 colours from the Partivo card at no extra cost; lead time 6 weeks from approved drawing."])
    ws.append(["Special RAL colour: surcharge GBP 380 per curtain; lead time 10 weeks from approved drawing."])
    ws.append(["Prices exclude installation, which is quoted per curtain after the site survey."])
    for col, w in zip("ABCDEFGHIJ", [14, 32, 12, 10, 36, 40, 16, 28, 16, 14]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Drives & accessories")
    ws2.append(["Partivo Sports Systems - Drives, Controls, Netting and Spares 2026/27 (GBP, excl. VAT)"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append([])
    ws2.append(["SKU", "Description", "Specification", "Unit", "List price"])
    for c in ws2[3]:
        c.font = bold
    for r in [
        ["PVD-DRV-MK3", "Drive unit Mk3", "400 V 3-phase, 0.75 kW, spring-applied safety brake, slack-belt switch", "each", 1960],
        ["PVD-KSW-02", "Key-switch control station", "Hold-to-run (dead-man) key switch, IP54, surface mounted", "each", 285],
        ["PVD-BEA-ST", "Suspension beam kit", "Galvanised steel, 6 m section with clamps", "per 6 m section", 410],
        ["PVD-NET-BB12", "Ball-stop netting 12 x 4 m", "Black polypropylene, 4.5 mm twine, 45 mm mesh", "each", 690],
        ["PVD-SP-LPVC", "Replacement lower PVC panel", "For 18 m curtains, 3.0 m high, made to order", "each", 1240],
        ["PVD-SP-UMSH", "Replacement upper mesh panel", "For 18 m curtains, 5.0 m high, made to order", "each", 860],
        ["PVD-SP-BELT", "Lifting belt set", "Polyester webbing, 50 mm, set for one curtain", "set", 295],
        ["PVD-RMT-01", "Radio remote upgrade", "Replaces key switch; hold-to-run, 2 channels", "each", 540],
    ]:
        ws2.append(r)
    for col, w in zip("ABCDE", [14, 30, 62, 16, 12]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Colours")
    ws3.append(["Partivo standard PVC colours (no surcharge)"])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.append(["Colour", "Nearest RAL"])
    for c in ws3[2]:
        c.font = bold
    for r in [["Sport green", "RAL 6029"], ["Royal blue", "RAL 5002"], ["Signal red", "RAL 3001"],
              ["Anthracite", "RAL 7016"], ["Light grey", "RAL 7035"], ["Oyster white", "RAL 1013"],
              ["Sun yellow", "RAL 1018"], ["Ocean blue", "RAL 5020"]]:
        ws3.append(r)
    wb.save(K / "partivo-price-list-2026.xlsx")

# ---------------------------------------------------------------- Markdown KB article
MD = """# Operating and caring for your Partivo divider curtain

*Knowledge base article KB-114 - last reviewed October 2026*

## Daily operation

- Curtains are raised and lowered with the key-switch control station. The key must be **held for the whole
  movement** (hold-to-run); letting go stops the curtain immediately.
- An 8 m fold-up curtain takes about 55 seconds to rise fully or to lower fully. A roll-up curtain takes about
  70 seconds.
- Before operating, the person holding the key must be able to see the whole curtain line. Nobody may stand or
  play under a moving curtain, and no equipment may be left under the folded pack.
- Do not operate the curtain more than 20 full cycles per hour; the drive has a thermal cut-out that stops it for
  about 15 minutes if it overheats.
- If the curtain stops part way and will not move in either direction, the slack-belt switch has probably
  tripped. Do not try to pull the curtain down. Take the key out, keep the area clear and call Partivo service.

## Sound reduction

Standard curtains with a mesh upper section are visual and ball-stop dividers; they give no meaningful sound
reduction. Where two classes or two clubs must work side by side, the acoustic curtain (twin-layer PVC with an
acoustic insert, full height) reduces sound by up to 14 dB between sections.

## Cleaning

1. Lower the curtain fully so that the PVC section can be reached from the floor.
2. Brush off dust with a soft broom, then wash with lukewarm water (no more than 40 C) and a pH-neutral
   detergent, using a soft brush or sponge.
3. Rinse with clean water and let the curtain dry fully in the lowered position before raising it.

Never use a pressure washer, solvents, bleach or abrasive cleaners: they damage the welded seams and the
surface coating, and damage caused this way is not covered by the warranty. Mesh sections only need vacuuming
with a soft brush attachment once a year.

## Small repairs

Small cuts (up to 50 mm) in the PVC section can be closed with the Partivo PVC repair kit supplied at handover.
Larger tears, damaged seams and any damage to the mesh must be repaired by Partivo or an approved installer.

## Logbook

Record every inspection, fault and repair in the curtain logbook kept with the operation and maintenance manual.
The annual inspection engineer will ask to see it.
"""

def make_md():
    (K / "operating-and-care-kb.md").write_text(MD, encoding="utf-8")

if __name__ == "__main__":
    make_docx(); make_pdf(); make_xlsx(); make_md()
    print("written:", sorted(p.name for p in K.iterdir()))
