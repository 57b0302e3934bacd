"""Generate the four knowledge sources of the pivotrail-turntable-refurbishment scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch --target folder)
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


# ---------------------------------------------------------------- DOCX: method statement
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Pivotrail Heritage Engineering Ltd", 0)
    d.add_heading("Method Statement MS-070-R3: Refurbishment of the Dale Junction 70 ft Balanced-Beam Turntable", 1)
    d.add_paragraph("Client: Wrexford & Dale Valley Railway Trust. Revision R3, issued 9 May 2025. Prepared by F. Marchbank, "
                    "checked by R. Calloway CEng. This method statement applies to quote PTR-Q-25-0418.")
    d.add_heading("1. Scope", 2)
    d.add_paragraph("The turntable is a 70 ft (21.3 m) balanced-beam, twin-girder deck built by Cowans Sheldon in 1931, "
                    "with a deck mass of approximately 38 tonnes. It currently turns by hand capstan only. The works comprise: "
                    "condition survey and non-destructive testing (NDT) of the main girders and cross-girders; replacement of the "
                    "king-pin slewing bearing; replacement of the four end-carriage wheel sets; re-laying of the circle rail; "
                    "renewal of the pit drainage and repair of the pit wall; conversion to electric drive; and two new deck locking "
                    "bolt assemblies. Repainting of the deck is not included.")
    d.add_heading("2. Programme", 2)
    for t in [
        "Phase 1 - Survey and NDT: 2 days on site, ultrasonic and magnetic particle testing of welds and rivet groups; written report within 10 working days. Girder repairs found necessary by the survey are quoted separately before Phase 2 starts.",
        "Phase 2 - Deck lift: the deck is lifted clear of the pit with a 250-tonne mobile crane and set down on timber cribbing. Three crane days are allowed: one for rigging and set-up, one for the lift, one for the re-set.",
        "Phase 3 - Mechanical and civil works: king-pin bearing replacement, carriage wheel sets, circle rail re-laying and pit works run in parallel.",
        "Phase 4 - Drive conversion, commissioning and acceptance testing.",
        "The turntable is out of service for 7 weeks (35 working days) from the first day of possession until acceptance. Weather delays on crane days extend the possession day for day.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("3. Circle rail", 2)
    d.add_paragraph("The circle rail is re-laid in BS 80A flat-bottom rail on composite baseplates at 600 mm centres, replacing "
                    "the timber-bedded original. Rail joints are thermit welded. The finished rail must be level within ±2 mm "
                    "over the full circumference; this is checked with a rotating laser level at 24 stations.")
    d.add_heading("4. Client obligations", 2)
    for t in [
        "Provide a crane hardstanding of at least 12 m x 10 m with a bearing capacity of 200 kN/m², within 8 m of the pit edge, ready before the deck lift.",
        "Isolate and lock out the approach roads and remove all rolling stock within 15 m of the pit for the duration of the possession.",
        "Provide a 3-phase 400 V 32 A supply within 25 m of the pit for the electric drive; cabling from that point is included.",
        "Issue hot-work permits under the Trust's own permit-to-work system; Pivotrail provides fire watch for 60 minutes after hot work ends.",
        "Provide a water supply and welfare access (toilets, drying room) for up to 6 operatives.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("5. Exceptions and limits", 2)
    for t in [
        "Lead paint: if lead-based paint is found on the deck, encapsulation is included up to 20 m². Larger areas are quoted separately.",
        "Asbestos: any asbestos-containing material stops work in that area; removal is by a licensed contractor and is not included.",
        "Pit wall: rebuilding of up to 12 m² of brickwork is included in the lump sum. Additional brickwork is charged at £410 per m².",
        "Buried services not shown on the Trust's drawings are excluded; a CAT scan of the pit surround is made before excavation.",
        "Weather: no deck lift when the mean wind speed exceeds 9 m/s at jib height. Thermit welding is not carried out in rain or below 0 °C rail temperature.",
        "Working hours are 07:30-17:30 Monday to Friday. Weekend work is possible by agreement at a 35% uplift on labour.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("6. Testing and acceptance", 2)
    d.add_paragraph("Balance test: with a 60-tonne test locomotive on the deck, two persons must be able to turn the deck on the hand "
                    "capstan with a tangential effort not exceeding 250 N. Powered rotation: one full 360° turn in 90 seconds "
                    "(0.67 rpm), 10 full rotations in each direction without fault. Locking bolt engagement is checked at each "
                    "of the 4 road positions. The acceptance certificate is signed jointly by the Trust's infrastructure manager "
                    "and Pivotrail's project engineer.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Test", "Criterion", "Witness"]):
        c.text = h
    for row in [("Balance (hand capstan)", "≤ 250 N tangential effort, 60 t test loco", "Trust + Pivotrail"),
                ("Powered rotation", "360° in 90 seconds, 10 turns each way", "Trust + Pivotrail"),
                ("Circle rail level", "±2 mm at 24 stations", "Pivotrail"),
                ("Locking bolts", "Full engagement at 4 road positions", "Trust + Pivotrail")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_heading("7. Handover", 2)
    d.add_paragraph("Within 15 working days after acceptance Pivotrail hands over the O&M manual, weld and NDT records, the lift plan "
                    "as executed, the circle rail level survey and the drive's electrical test certificate.")
    d.save(K / "method-statement-ms-070.docx")


# ---------------------------------------------------------------- PDF: warranty, service plan and terms
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h1, h2 = ss["Title"], ss["Heading2"]
    doc = SimpleDocTemplate(str(K / "warranty-service-terms.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="PT-WST-2025 Warranty, Service Plan and Commercial Terms")
    s = [Paragraph("Pivotrail Heritage Engineering Ltd - PT-WST-2025", h1),
         Paragraph("Warranty, Service Plan and Commercial Terms for turntable refurbishment. Edition 2025, valid for quotes issued from 1 January 2025.", body),
         Spacer(1, 6),
         Paragraph("1. Warranty periods", h2)]
    data = [["Item", "Warranty", "Starts"],
            ["King-pin slewing bearing kit (PTR-KBR series)", "5 years or 20,000 rotations, whichever comes first", "Acceptance certificate"],
            ["End-carriage wheel sets (PTR-CWH series)", "3 years", "Acceptance certificate"],
            ["Electric drive conversion (PTR-DRV series)", "24 months; inverter 36 months if a service plan is active", "Commissioning"],
            ["Circle rail and welds (PTR-RRS series)", "2 years", "Acceptance certificate"],
            ["Locking bolts (PTR-LCK series)", "2 years", "Acceptance certificate"],
            ["Civil works: pit, drainage, brickwork", "12 months defects period", "Acceptance certificate"]]
    tb = Table([[Paragraph(c, body) for c in r] for r in data], colWidths=[62 * mm, 70 * mm, 40 * mm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [tb, Spacer(1, 6)]
    for p in [
        "<b>Exclusions.</b> The warranty does not cover damage from derailment on or off the deck; loads exceeding the rated axle load of 25 t or a total locomotive mass of 120 t; flooding of the pit above the 300 mm drainage level; failure to lubricate in accordance with the lubrication schedule in the O&amp;M manual; modifications by third parties; or normal wear of the hand capstan.",
        "<b>Making a claim.</b> Defects must be notified in writing within 14 days of discovery, quoting the acceptance certificate number. Pivotrail attends site within 5 working days, or within 2 working days for customers with an active service plan. Parts replaced under warranty carry the remainder of the original warranty period, or 6 months, whichever is longer.",
    ]:
        s += [Paragraph(p, body), Spacer(1, 4)]
    s.append(Paragraph("2. Service plan PTR-MNT-36", h2))
    for p in [
        "The 36-month plan comprises 6 visits, one every 6 months, by a two-person team. Each visit covers: lubrication of the king-pin bearing and wheel bearings; bearing play measurement (limit 0.8 mm axial); wheel tread profile check; circle rail level survey at 24 stations; drive, gearbox and inverter check including fault log download; locking bolt function test; and a written visit report within 5 working days.",
        "The plan is invoiced in three equal annual instalments in advance. Call-outs outside the plan are charged at £95 per hour plus £0.85 per mile travel; customers with an active plan receive a 15% discount on call-out labour. The plan may be renewed for a further 36 months at the price list then in force.",
    ]:
        s += [Paragraph(p, body), Spacer(1, 4)]
    s.append(Paragraph("3. Commercial terms", h2))
    for p in [
        "<b>Payment.</b> 30% on order acceptance, 50% when the deck is re-set on the new king-pin bearing, 20% on the signed acceptance certificate. Invoices are due within 30 days. Late payment bears interest at 4% above the Bank of England base rate.",
        "<b>Price validity and steel.</b> Quotes are valid for 60 days. If the published steel price index rises by more than 8% between the quote date and order acceptance, the prices of rail and wheel items may be adjusted by the same percentage.",
        "<b>Cancellation.</b> Cancellation before mobilisation costs 10% of the contract value plus the cost of non-returnable parts. The king-pin bearing is made to order and is non-cancellable once forging has started.",
        "<b>Liability and insurance.</b> Pivotrail's total liability under the contract is capped at 100% of the contract price. Pivotrail holds public liability insurance of £10 million, employer's liability insurance of £10 million and contract works insurance for the full value of the works.",
        "<b>Possession.</b> Pivotrail is not responsible for delays caused by late hardstanding, unavailable power supply or rolling stock left within the exclusion zone; such delays are charged at the day rates in the price list.",
    ]:
        s += [Paragraph(p, body), Spacer(1, 4)]
    doc.build(s)


# ---------------------------------------------------------------- XLSX: parts and specifications
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list"
    ws.append(["Pivotrail Parts & Specification Sheet 2025 - price list (GBP, excl. VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price GBP", "Lead time", "Notes"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ("PTR-SRV-070", "Condition survey and NDT, 70 ft turntable", "each", 4850, "3 weeks", "Report within 10 working days"),
        ("PTR-SRV-060", "Condition survey and NDT, up to 60 ft turntable", "each", 3900, "3 weeks", ""),
        ("PTR-KBR-2100", "King-pin slewing bearing kit, 2,100 mm", "each", 18400, "14 weeks", "Made to order; non-cancellable once forging has started"),
        ("PTR-KBR-1600", "King-pin slewing bearing kit, 1,600 mm (up to 60 ft decks)", "each", 13250, "12 weeks", "Made to order"),
        ("PTR-CWH-450", "End-carriage wheel set, 450 mm, forged", "set", 2960, "8 weeks", "Wheel, axle, two taper roller bearings"),
        ("PTR-CWH-380", "Drive traction wheel, 380 mm, forged", "each", 1720, "8 weeks", "Used with PTR-DRV-55"),
        ("PTR-RRS-80A", "Circle rail re-laying, BS 80A on composite baseplates", "metre", 185, "6 weeks", "Includes thermit welds"),
        ("PTR-DRV-55", "Electric drive conversion kit, 5.5 kW", "each", 26750, "10 weeks", "Includes PTR-CWH-380 traction wheel, inverter, pendant"),
        ("PTR-DRV-AIR", "Air-motor drive conversion kit (no mains supply)", "each", 31400, "12 weeks", "Needs compressor of 6 bar, 3.2 m³/min"),
        ("PTR-LCK-2", "Deck locking bolt assembly, spring-return", "each", 1340, "4 weeks", ""),
        ("PTR-CAP-H", "Hand capstan bar and socket, replacement", "each", 610, "2 weeks", ""),
        ("PTR-PIT-DRN", "Pit drainage renewal and pit wall repair", "lump sum", 9600, "n/a", "Up to 12 m² brickwork; extra £410 per m²"),
        ("PTR-CRN-250", "250-tonne mobile crane, lift plan, appointed person", "crane day", 2150, "4 weeks", "Standby day due to wind: £1,450"),
        ("PTR-MNT-36", "36-month inspection and lubrication plan", "plan", 5640, "n/a", "6 visits"),
        ("PTR-DAY-2", "Two-person site team day rate (delays, extras)", "day", 1180, "n/a", "Weekend +35%"),
    ]
    for r in rows:
        ws.append(list(r))
    for col, w in zip("ABCDEF", [16, 54, 11, 15, 11, 56]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Technical data")
    ws2.append(["Pivotrail Parts & Specification Sheet 2025 - technical data"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Component", "Parameter", "Value", "Unit"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    spec = [
        ("King-pin bearing PTR-KBR-2100", "Outer diameter", 2100, "mm"),
        ("King-pin bearing PTR-KBR-2100", "Static load rating", 1450, "kN"),
        ("King-pin bearing PTR-KBR-2100", "Mass", 1180, "kg"),
        ("King-pin bearing PTR-KBR-2100", "Grease nipples", 4, "pcs"),
        ("End-carriage wheel PTR-CWH-450", "Tread diameter", "450 mm", ""),
        ("End-carriage wheel PTR-CWH-450", "Material", "42CrMo4 forged, quenched and tempered", ""),
        ("End-carriage wheel PTR-CWH-450", "Tread hardness", "300-340 HB", ""),
        ("Drive traction wheel PTR-CWH-380", "Tread diameter", "380 mm", ""),
        ("Drive traction wheel PTR-CWH-380", "Material", "C55 forged steel", ""),
        ("Drive PTR-DRV-55", "Motor", "5.5 kW IE3, 400 V 3-phase", ""),
        ("Drive PTR-DRV-55", "Gearbox", "helical bevel, ratio 1:160", ""),
        ("Drive PTR-DRV-55", "Inverter", "7.5 kW, soft-start ramp 8 s", ""),
        ("Drive PTR-DRV-55", "Pendant", "IP65, emergency stop, 5 m cable", ""),
        ("Drive PTR-DRV-55", "Rotation speed", 0.67, "rpm"),
        ("Refurbished 70 ft deck", "Deck length", 21.3, "m"),
        ("Refurbished 70 ft deck", "Maximum axle load", 25, "t"),
        ("Refurbished 70 ft deck", "Maximum locomotive mass", 120, "t"),
        ("Locking bolt PTR-LCK-2", "Bolt diameter", 65, "mm"),
    ]
    for r in spec:
        ws2.append(list(r))
    for col, w in zip("ABCD", [34, 22, 40, 8]):
        ws2.column_dimensions[col].width = w
    wb.save(K / "parts-and-specs-2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
MD = """# Operating and greasing your refurbished turntable

*Pivotrail knowledge base - applies to decks refurbished with PTR-KBR, PTR-CWH and PTR-DRV-55 parts. Last reviewed April 2025.*

## Lubrication schedule

| Point | Interval | Grease / oil | Quantity |
|---|---|---|---|
| King-pin slewing bearing (4 nipples) | monthly | lithium-complex EP2 grease (Pivotrail PG-2) | 150 g per nipple |
| End-carriage wheel bearings | every 3 months | lithium-complex EP2 grease | 60 g per bearing |
| Locking bolts | weekly in the operating season | light machine oil | a few drops |
| Drive gearbox | oil change every 10,000 operating hours or 4 years | ISO VG 220 synthetic gear oil | 4.5 litres |
| Circle rail | never | - | - |

**Never grease the circle rail.** Grease on the rail makes the traction wheel slip and hides cracks. Keep the rail dry and clean; squeal in cold weather is normal and disappears as the wheels bed in. Do not use chloride de-icer on the circle rail - clear snow and ice from the pit by hand.

## Turning a locomotive

1. Check the locking bolt is withdrawn and the indicator shows green.
2. Position the locomotive so that its balance point is within ±300 mm of the deck centre marks.
3. Rotate from the pendant. The drive ramps up over 8 seconds; a full turn takes 90 seconds.
4. Do not rotate when wind gusts exceed 20 m/s with a tender engine on the deck.

## If the power fails

The deck can always be turned by hand: fit the capstan bar (PTR-CAP-H), pull the brake release lever on the gearbox, and turn with two people. Re-engage the brake before restoring power.

## Inverter fault codes

| Code | Meaning | What to do |
|---|---|---|
| F07 | Inverter overtemperature | Let it cool for 20 minutes; check the cabinet fan filter |
| F12 | Emergency stop pressed | Release the pendant mushroom button, then reset |
| F21 | Motor overcurrent | Check that the locking bolt is withdrawn and nothing obstructs the pit |
| F30 | Supply phase loss | Check the 32 A supply; call Pivotrail if it repeats |

If any fault repeats more than three times in a day, stop using the drive and call Pivotrail service.
"""


def make_md():
    (K / "operating-and-greasing.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
