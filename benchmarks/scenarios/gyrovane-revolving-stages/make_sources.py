"""Generate the four knowledge sources of the gyrovane-revolving-stages scenario.

Run:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(needs python-docx, openpyxl, reportlab)
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)

# ---------------------------------------------------------------- XLSX
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list 2025"
    ws.append(["Gyrovane Stage Engineering B.V. - Price list 2025 (EUR, excl. VAT, valid 1 Jan - 31 Dec 2025)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price EUR", "Lead time (weeks)", "Notes"])
    rows = [
        ("GRV-SR08-STR", "Single revolve structure, 8.0 m diameter", "each", 168000, 18, "Incl. base frame, rail and 2 drive positions"),
        ("GRV-DR12-STR", "Double-ring revolve structure, 12.0 m outer ring / 6.0 m inner disc", "each", 312000, 22, "Outer ring and inner disc rotate independently; 4 drive positions"),
        ("GRV-DR14-STR", "Double-ring revolve structure, 14.0 m outer ring / 7.0 m inner disc", "each", 389000, 24, "Requires pit depth 320 mm"),
        ("GRV-FDU-55", "Friction drive unit 5.5 kW with absolute encoder and spring-applied brake", "each", 18400, 10, "Standard drive, 2 per ring"),
        ("GRV-FDU-75", "Friction drive unit 7.5 kW with absolute encoder and spring-applied brake", "each", 22900, 12, "Higher-torque friction drive for heavy scenery"),
        ("GRV-CDC-75", "Chain drive conversion kit 7.5 kW, per ring", "each", 27300, 14, "Replaces both friction drives of one ring; not for inner disc below 6.0 m"),
        ("GRV-CTL-MX2", "Motion control console Mx2, 2 axes licensed", "each", 46500, 10, "15.6 in touchscreen, 999 cues per show"),
        ("GRV-CTL-AX", "Additional axis licence for Mx2 (max. 6 axes)", "each", 6900, 1, "Software licence"),
        ("GRV-RPD-01", "Wireless handheld pendant with 3-position enabling switch", "each", 4850, 6, ""),
        ("GRV-SLR-24", "Slip ring 24-way (power, DMX, Ethernet) for inner disc", "each", 12600, 8, ""),
        ("GRV-DECK-BB", "Deck surface, 18 mm birch ply + 6 mm hardboard, painted black", "per m2", 145, 4, "Hardboard is a wear layer"),
        ("GRV-DECK-VD", "Deck surface, 18 mm birch ply + 2 mm vinyl dance floor", "per m2", 189, 5, "Not suitable for screwing scenery"),
        ("GRV-TRAP-1", "Trap module 1.2 x 1.2 m, removable lid, for outer ring", "each", 6200, 8, ""),
        ("GRV-TRAP-2", "Trap module 1.2 x 2.4 m, removable lid, for outer ring", "each", 9800, 8, ""),
        ("GRV-INST-SITE", "Installation and commissioning, per site day (2-person crew)", "per day", 2150, "-", "Mon-Fri 07:00-18:00"),
        ("GRV-TRN-OP", "Operator training course, 2 days, up to 8 persons", "per course", 3600, 2, ""),
        ("GRV-TRN-OPX", "Operator training course, extra participant beyond 8", "per person", 380, 2, ""),
        ("GRV-TRN-TEC", "Maintenance technician training course, 3 days, up to 6 persons", "per course", 5400, 3, ""),
        ("GRV-TRN-TECX", "Maintenance technician course, extra participant beyond 6", "per person", 720, 3, ""),
        ("GRV-SVC-BRZ", "Bronze service plan", "per year", 4900, "-", "Minimum term 3 years"),
        ("GRV-SVC-SLV", "Silver service plan", "per year", 7800, "-", "Minimum term 3 years"),
        ("GRV-SVC-GOLD", "Gold service plan", "per year", 11200, "-", "Minimum term 3 years"),
    ]
    for r in rows:
        ws.append(list(r))
    for c in "ABCDEF":
        ws.column_dimensions[c].width = [16, 70, 12, 16, 18, 60]["ABCDEF".index(c)]

    ws2 = wb.create_sheet("Technical data")
    ws2.append(["Gyrovane revolving stages - Technical data (datasheet GYR-TD-2025)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Parameter", "DR12 outer ring", "DR12 inner disc", "SR08 single revolve"])
    tech = [
        ("Diameter", "12.0 m (outer edge)", "6.0 m", "8.0 m"),
        ("Ring width", "3.0 m", "n/a", "n/a"),
        ("Structural height (top of deck to pit floor)", "250 mm", "250 mm", "200 mm"),
        ("Uniformly distributed live load", "5.0 kN/m2", "7.5 kN/m2", "5.0 kN/m2"),
        ("Point load on 100 x 100 mm", "4.5 kN", "6.0 kN", "4.5 kN"),
        ("Max. total moving load (scenery + performers)", "28 t", "12 t", "14 t"),
        ("Max. rim speed, no performers on deck", "1.0 m/s", "0.6 m/s", "0.8 m/s"),
        ("Max. rim speed with performers on deck", "0.5 m/s", "0.5 m/s", "0.5 m/s"),
        ("Acceleration / deceleration (adjustable)", "0.05 - 0.3 m/s2", "0.05 - 0.3 m/s2", "0.05 - 0.3 m/s2"),
        ("Positioning accuracy at rim", "3 mm", "2 mm", "3 mm"),
        ("Noise at 1 m, 0.3 m/s rim speed", "36 dB(A)", "34 dB(A)", "35 dB(A)"),
        ("Standard drives", "2 x GRV-FDU-55", "2 x GRV-FDU-55", "2 x GRV-FDU-55"),
        ("Structure weight (without deck surface)", "17.8 t", "5.6 t", "7.9 t"),
        ("Minimum pit depth", "280 mm", "280 mm", "230 mm"),
        ("Design life", "30 years", "30 years", "30 years"),
    ]
    for r in tech:
        ws2.append(list(r))
    ws2.append([])
    ws2.append(["Positioning accuracy is given as plus/minus at the rim, measured over 20 consecutive cues."])
    for c, w in zip("ABCD", [48, 24, 24, 24]):
        ws2.column_dimensions[c].width = w

    ws3 = wb.create_sheet("Drive options")
    ws3.append(["Drive options compared"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Item", "GRV-FDU-55 (standard)", "GRV-FDU-75", "GRV-CDC-75 chain conversion"])
    drv = [
        ("Motor power", "5.5 kW", "7.5 kW", "7.5 kW"),
        ("Drive principle", "Polyurethane friction wheel on rail", "Polyurethane friction wheel on rail", "Roller chain fixed to ring"),
        ("Max. moving load on DR12 outer ring with 2 drives", "28 t", "36 t", "40 t"),
        ("Wear part replacement", "Friction tyres every 2500 operating hours", "Friction tyres every 2500 operating hours", "Chain re-tension every 500 operating hours, chain replacement every 6000 hours"),
        ("Noise at 1 m, 0.3 m/s", "36 dB(A)", "37 dB(A)", "41 dB(A)"),
        ("Upgrade price over standard (per drive)", "-", "4,500", "see price list, per ring"),
    ]
    for r in drv:
        ws3.append(list(r))
    for c, w in zip("ABCD", [48, 36, 36, 52]):
        ws3.column_dimensions[c].width = w
    wb.save(K / "gyrovane-price-and-spec-sheet-2025.xlsx")

# ---------------------------------------------------------------- DOCX
def make_docx():
    from docx import Document
    d = Document()
    d.add_heading("Gyrovane Stage Engineering - Warranty and Service Plans", 0)
    d.add_paragraph("Document GYR-SV-2025, issue 3, valid for contracts signed from 1 January 2025. "
                    "Applies to all Gyrovane revolving stages (SR and DR series) and Mx2 motion control.")
    d.add_heading("1. Warranty periods", 1)
    d.add_paragraph("All warranty periods start on the date of the acceptance certificate, not on the date of delivery.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Component"
    t.rows[0].cells[1].text = "Warranty period"
    for a, b in [("Steel structure, base frame and rail", "36 months"),
                 ("Drive units, brakes, slip ring, control console and electronics", "24 months"),
                 ("Deck surface (birch ply and top layer)", "12 months"),
                 ("Friction tyres, carbon brushes and hardboard wear layer", "excluded (wear parts)")]:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    d.add_heading("2. Warranty exclusions", 1)
    for s in [
        "Damage caused by loads above the rated uniformly distributed load, point load or total moving load stated in the technical data.",
        "Water ingress into the pit, including from stage cleaning with wet machines or sprinkler release.",
        "Fixing scenery with screws that penetrate more than 16 mm into the deck surface; damage to the birch ply beneath is not covered.",
        "Modifications, repairs or re-programming by third parties without written approval from Gyrovane.",
        "Use of control software or drive firmware not supplied by Gyrovane.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("3. Service plans", 1)
    d.add_paragraph("Service plans have a minimum term of 3 years starting on the acceptance date. The annual fee is invoiced "
                    "in advance each January (the first year pro rata). Fees are fixed for the initial term; afterwards they "
                    "are indexed once a year to the CBS consumer price index, capped at 4% per year. Either party may end a "
                    "plan with 6 months notice before the end of the term.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["", "Bronze", "Silver", "Gold"]):
        t.rows[0].cells[i].text = h
    for row in [
        ("Preventive maintenance visits per year", "1", "2", "3 (one during summer closure)"),
        ("Remote support response", "next business day", "4 business hours", "1 hour, 24/7 during performance times"),
        ("On-site response after remote diagnosis", "within 5 business days", "within 3 business days", "within 24 hours"),
        ("Wear parts (friction tyres, brushes)", "charged", "charged", "included"),
        ("Other spare parts", "list price", "10% discount", "15% discount"),
        ("Annual statutory inspection by a competent person", "not included", "not included", "included"),
        ("Gyrovane Link 4G remote-diagnostics router", "not included", "included", "included"),
    ]:
        r = t.add_row().cells
        for i, v in enumerate(row):
            r[i].text = v
    d.add_heading("4. Work outside a plan", 1)
    d.add_paragraph("Call-outs not covered by a plan are charged at EUR 145 per technician hour plus travel at EUR 0.85 per km "
                    "from Eindhoven. Weekend and public-holiday call-outs carry a 50% surcharge on the hourly rate. "
                    "Minimum charge is 3 hours per visit.")
    d.add_heading("5. Spare parts", 1)
    d.add_paragraph("Gyrovane guarantees the availability of spare parts, or functionally equivalent replacements, for 12 years "
                    "after the acceptance date. A recommended spares kit (2 friction tyres, 1 brake set, 1 encoder, fuses) is "
                    "listed in the O&M manual.")
    d.add_heading("6. Claims", 1)
    d.add_paragraph("Warranty claims must be reported in writing within 10 business days of discovery, stating the serial "
                    "number on the drive cabinet. Gyrovane decides whether to repair or replace. Warranty repairs do not "
                    "extend the warranty period of the installation as a whole; replaced parts carry the remainder of the "
                    "original period or 6 months, whichever is longer.")
    d.save(K / "warranty-and-service-plans.docx")

# ---------------------------------------------------------------- PDF
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    doc = SimpleDocTemplate(str(K / "installation-and-site-requirements.pdf"), pagesize=A4,
                            title="Installation and Site Requirements", author="Gyrovane Stage Engineering")
    s = []
    H = lambda x: s.append(Paragraph(x, ss["Heading2"]))
    P = lambda x: s.append(Paragraph(x, ss["BodyText"]))
    s.append(Paragraph("Gyrovane Installation and Site Requirements Guide", ss["Title"]))
    P("Document GYR-IG-07, revision C (March 2025). Applies to DR12 and DR14 double-ring revolves and SR08 single revolves.")
    H("1. Pit and floor")
    P("The DR12 needs a pit with a minimum depth of 280 mm below the finished stage level (DR14: 320 mm; SR08: 230 mm). "
      "Pit floor flatness must be within 2 mm over any 3 m straight edge. The pit floor must carry 12 kN/m2 and a point "
      "load of 25 kN under each rail support. Building works (pit excavation, concrete screed, levelling and drainage) are "
      "not included in Gyrovane's scope and must be completed and dry before the installation crew arrives.")
    H("2. Power and data")
    P("Each ring needs one 400 V / 63 A three-phase supply with a lockable isolator next to its drive cabinet. The Mx2 console "
      "needs a separate 230 V / 16 A supply, preferably on a UPS. Provide a Cat6 link between console position and drive "
      "cabinets (max. 90 m) and, for the Gold and Silver plans, a location with mobile (4G) reception for the remote-diagnostics router.")
    H("3. Access and handling")
    P("The load-in route must have a door of at least 2.4 m wide and 3.0 m high. The largest single component is an outer-ring "
      "segment of 3.1 m x 1.4 m weighing 620 kg. The customer provides a forklift or chain hoist rated at least 1 t for the "
      "duration of the steel assembly. A DR12 is delivered in 3 trucks; a parking place for a 13.6 m trailer must be available from 07:00.")
    H("4. Installation sequence and duration (DR12)")
    data = [["Phase", "Site days"], ["Pit survey and setting out", "2"], ["Base frame and rail", "9"],
            ["Ring and disc segments", "10"], ["Drives and slip ring", "5"], ["Deck surface", "6"],
            ["Control system and commissioning", "6"], ["Total", "38"]]
    t = Table(data, colWidths=[300, 100])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    s.append(t)
    s.append(Spacer(1, 8))
    P("Working hours are Monday to Friday, 07:00-18:00. The customer must give the crew exclusive use of the stage; other "
      "trades are not permitted on stage during ring assembly. If the crew cannot work because the site is not ready "
      "(pit not dry, no power, stage occupied), standby is charged at EUR 1,950 per crew day and the programme moves accordingly.")
    H("5. Commissioning and acceptance")
    P("Acceptance tests: a load test at 125% of the rated uniformly distributed load on a test sector of each ring; a rotation "
      "endurance run of 8 hours; a positioning test of 20 cues per axis; and a functional test of every emergency stop. "
      "After passing, Gyrovane issues the acceptance certificate. Before first use with performers, the installation must be "
      "inspected by an independent expert as required by EN 17206; Gyrovane attends that inspection at no charge.")
    H("6. Customer responsibilities")
    P("The customer provides an asbestos survey of the stage area, fire stopping of cable penetrations, lighting of the "
      "working area, welfare facilities and a lockable store of at least 20 m2 for materials.")
    H("7. Handover documents")
    P("At handover the customer receives the operation and maintenance manual, the EC declaration of conformity under the "
      "Machinery Directive 2006/42/EC, electrical diagrams, the cue-file backup and the spare parts list.")
    doc.build(s)

# ---------------------------------------------------------------- MD
MD = """# Operating a Gyrovane revolve safely: controls, speeds and training

*Knowledge base article KB-114 - last reviewed 2 June 2025*

## The Mx2 motion control console
- 2 axes licensed as standard (outer ring and inner disc); up to 6 axes with additional licences (GRV-CTL-AX).
- Up to 999 cues per show; show files are stored on 2 redundant SSDs and can be exported to USB.
- The outer ring and the inner disc can rotate independently, in the same or the opposite direction, and can be linked
  so that a cue starts both at the same moment.
- Manual jogging is only possible with the 3-position enabling switch held in the middle position.

## Emergency stops
- The system ships with the E-stop on the console plus 4 wall-mounted E-stop stations.
- E-stop is a category 1 stop (controlled braking, then power removed) according to EN 60204-1.
- Maximum stopping distance at full speed (1.0 m/s rim speed, outer ring) is 450 mm.

## Speeds with performers
- With performers on the deck the rim speed is limited to 0.5 m/s on both the outer ring and the inner disc; the
  console enforces this limit when the "performers on deck" key switch is on.
- Above 0.3 m/s, performers must have been briefed and have rehearsed the move at least once.

## Power failure
All drives have spring-applied, fail-safe brakes: on loss of power the revolve stops within the normal stopping distance
and stays braked. To bring a scene round by hand, release the brakes with the manual release lever and turn the ring with
the hand-crank adaptor; no more than 2 persons may crank at the same time.

## Training
- **Operator course** (GRV-TRN-OP): 2 days on your own stage, up to 8 participants. The operator certificate is valid
  for 3 years; a 1-day refresher renews it.
- **Maintenance technician course** (GRV-TRN-TEC): 3 days, up to 6 participants, covering friction tyre replacement,
  brake adjustment and encoder re-referencing.
- Only certified operators may run cues with performers on deck.

## Inspections
An annual inspection by a competent person is required. It is included in the Gold service plan; with Bronze or Silver it
can be booked separately.
"""

if __name__ == "__main__":
    make_xlsx()
    make_docx()
    make_pdf()
    (K / "operating-safely-kb.md").write_text(MD, encoding="utf-8")
    print("sources written to", K)
