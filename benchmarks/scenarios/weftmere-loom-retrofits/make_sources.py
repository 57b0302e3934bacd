"""Generate the four knowledge sources of the weftmere-loom-retrofits scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(needs python-docx, openpyxl, reportlab)
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)

# ---------------------------------------------------------------- DOCX
def make_docx():
    from docx import Document
    from docx.shared import Pt
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Weftmere Loom Systems Ltd - Retrofit Installation & Service Conditions", 0)
    d.add_paragraph("Document WLS-SC-2025, revision 3, effective 1 February 2025. These conditions apply to every "
                    "loom retrofit order and form part of each quotation that refers to them. Weftmere Loom Systems Ltd, "
                    "Canal Road Works, Bradford BD2 1AX, United Kingdom.")
    d.add_heading("1. Site prerequisites (customer responsibility)", 1)
    for t in [
        "Electrical supply at each loom: 400 V ±10%, 50 Hz three-phase with protective earth, on a dedicated 16 A "
        "C-curve breaker per loom. Looms receiving an IE4 main motor need a 25 A breaker instead.",
        "Compressed air for looms with pneumatic weft brakes: 6 bar, dry, pressure dew point +3 °C or lower.",
        "Ambient conditions during installation: 15-35 °C and relative humidity not above 85% non-condensing.",
        "The customer provides a pallet truck or forklift, clear access of at least 1.2 m around each loom and one "
        "loom mechanic familiar with the looms for every shift in which Weftmere works.",
        "Looms must be emptied of warp or the warp must be secured by the customer before the team arrives; "
        "a warp left on the beam is handled at the customer's risk.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("2. Installation schedule", 1)
    d.add_paragraph("Each loom is out of production for 1.5 working days during its retrofit (removal of the mechanical "
                    "let-off and take-up, fitting of the servo kit, controller, feeders and warp stop motion, and "
                    "parameter set-up). A two-person installation team retrofits up to 3 looms per working week; for "
                    "orders above 8 looms Weftmere deploys two teams in parallel. Standard working hours are Monday to "
                    "Friday, 07:00-18:00. Work on Saturdays, Sundays or public holidays carries a surcharge of 45% on "
                    "the installation price of the looms concerned; night work (22:00-06:00) carries a surcharge of 60%. "
                    "Installation starts 10-12 weeks after the order and the down-payment have been received.")
    d.add_heading("3. Acceptance", 1)
    d.add_paragraph("After its retrofit each loom runs an acceptance test of 8 hours of production on an article chosen "
                    "by the customer. The loom is accepted when it reaches a mechanical efficiency of at least 92% and "
                    "no stop during the test is attributable to the retrofit components. The customer signs the "
                    "acceptance certificate within 5 working days; a loom for which no defect is reported in writing "
                    "within 5 working days after the test is deemed accepted. A failed test is repeated once at "
                    "Weftmere's cost.")
    d.add_heading("4. Warranty", 1)
    d.add_paragraph("Warranty periods run from the date of acceptance of each loom:")
    for t in [
        "Retrofit electronics (let-off/take-up kits, HMI controllers, weft feeders, warp stop motions): 24 months.",
        "IE4 main motors and their variable-frequency drives: 36 months.",
        "Installation workmanship: 12 months.",
        "Spare-parts kits and wear parts (belts, drop wires, feeder brushes): 12 months from delivery.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Exclusions: damage caused by voltage surges where no surge protection is fitted, operation above "
                    "85% relative humidity, lint accumulation resulting from cleaning intervals longer than those in "
                    "the maintenance schedule, use of non-original spare parts, and parameter changes made by staff who "
                    "have not completed the Weftmere operator course. Replacement parts under warranty are shipped "
                    "within 2 working days. Travel costs for warranty visits are covered during the first 12 months "
                    "only; after that travel is billed at EUR 0.85 per km and EUR 95 per hour of travel time.")
    d.add_heading("5. Cancellation", 1)
    d.add_paragraph("An order cancelled after written order confirmation incurs a cancellation fee of 15% of the order "
                    "value. Once kit production has started (from week 6 after order) the fee is 40% of the order "
                    "value. Services (installation, training, LoomCare) not yet performed are not charged beyond these fees.")
    d.add_heading("6. Removed components", 1)
    d.add_paragraph("Weftmere takes back the removed mechanical let-off gear, take-up gearboxes and old controllers free "
                    "of charge for up to 12 looms per order and recycles them in line with the WEEE Directive. For "
                    "larger orders the take-back is charged at EUR 85 per loom. The customer may keep removed parts on "
                    "request.")
    d.add_heading("7. Work outside the contract", 1)
    d.add_paragraph("Work not covered by the order, warranty or a LoomCare subscription is billed at EUR 118 per hour "
                    "for a service technician and EUR 142 per hour for a controls engineer, with a minimum of 4 hours "
                    "per visit, plus travel as in section 4.")
    d.save(K / "weftmere-service-conditions.docx")

# ---------------------------------------------------------------- PDF
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    doc = SimpleDocTemplate(str(K / "eltu-r190-hmi-7t-datasheet.pdf"), pagesize=A4, title="ELTU-R190 / HMI-7T datasheet")
    s = []
    P = lambda t, st="BodyText": s.append(Paragraph(t, ss[st]))
    P("Technical Datasheet: ELTU-R190 Electronic Let-off/Take-up Kit and HMI-7T Loom Controller", "Title")
    P("Weftmere Loom Systems Ltd - datasheet DS-ELTU-190 rev. 5 (2025)")
    P("1. ELTU-R190 electronic let-off/take-up kit", "Heading2")
    P("The ELTU-R190 replaces the mechanical let-off and take-up of rapier looms with a reed width up to 190 cm by two "
      "synchronised servo drives. Warp tension is measured by a load cell on the back rest and held constant from full "
      "to empty beam. For reed widths from 191 to 230 cm use the ELTU-R230 kit.")
    rows = [["Parameter", "Value"],
            ["Reed width", "up to 190 cm"],
            ["Warp beam flange diameter", "up to 1,000 mm"],
            ["Warp tension range", "50-600 daN"],
            ["Pick density", "4-120 picks/cm (10-305 picks/inch)"],
            ["Take-up accuracy", "±0.5%"],
            ["Maximum loom speed", "650 rpm"],
            ["Servo motors", "2 x 1.1 kW"],
            ["Start-mark prevention", "automatic fabric back-winding up to 20 picks"],
            ["Protection class", "IP54"],
            ["Operating conditions", "10-40 °C, up to 85% RH non-condensing"]]
    t = Table(rows, colWidths=[170, 280])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    s.append(t); s.append(Spacer(1, 8))
    P("2. Loom compatibility", "Heading2")
    P("Ravelli R-9000 rapier looms (built 1998-2012): fully compatible, no adaptation. Tessmaster TM-2 series (built "
      "2001-2015): fully compatible. Ravelli R-7500 (built 1992-1997): compatible with adapter plate WM-ADP-75 (EUR 640 "
      "per loom), which adds half a working day to the installation of each loom. Kanzawa KR-400 series: not compatible "
      "because of its gearbox geometry. Air-jet and projectile looms are not covered by the R190 kit; ask for the "
      "ELTU-A series.")
    P("3. HMI-7T loom controller", "Heading2")
    P("The HMI-7T replaces the original loom controller. It has a 7-inch capacitive touchscreen, stores up to 200 "
      "weaving patterns (articles) with their let-off, take-up and feeder settings, and imports and exports articles by "
      "USB stick. Ethernet interface with OPC UA and Modbus TCP for connection to a mill MES. Shift reports (efficiency, "
      "stops by cause, picks) are kept locally for 90 days. User interface in 12 languages including English, Italian, "
      "German, French, Spanish, Portuguese, Dutch and Turkish. Standby consumption 35 W. Three access levels "
      "(operator, mechanic, engineer) protected by PIN.")
    P("4. Matching components", "Heading2")
    P("WF-4C electronic weft feeder: 4 colours, yarn count 10-1,200 dtex, winding speed up to 1,500 m/min. For heavy "
      "yarns up to 5,000 dtex (for example upholstery chenille) use the WF-4H heavy-yarn variant; the WF-8C serves 8 "
      "colours with the same yarn range as the WF-4C. WSM-E6 electrical warp stop motion: 6 banks, drop wires 0.3 mm, "
      "stops the loom within one revolution after a warp end breaks and shows the bank with the broken end on the HMI-7T.")
    P("5. Electrical", "Heading2")
    P("Supply 400 V three-phase, 50/60 Hz. The complete kit (ELTU, HMI-7T, feeders, warp stop) draws at most 3.2 kW. "
      "A 16 A C-curve breaker per loom is sufficient unless an IE4 main motor is fitted at the same time.")
    doc.build(s)

# ---------------------------------------------------------------- XLSX
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list"
    ws.append(["Weftmere Loom Systems - Retrofit Price & Specification List 2025 (EUR excl. VAT, valid 1 Feb 2025 - 31 Jan 2026)"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append(["SKU", "Description", "List price EUR", "Unit", "Lead time", "Warranty"])
    rows = [
        ("WM-ELTU-R190", "Electronic let-off/take-up servo kit, rapier, reed width up to 190 cm", 8450, "per loom", "10 weeks", "24 months"),
        ("WM-ELTU-R230", "Electronic let-off/take-up servo kit, rapier, reed width 191-230 cm", 9380, "per loom", "12 weeks", "24 months"),
        ("WM-HMI-7T", "Loom controller upgrade with 7-inch touchscreen HMI", 3280, "per loom", "8 weeks", "24 months"),
        ("WM-WF-4C", "Electronic weft feeder set, 4 colours, 10-1,200 dtex", 2150, "per loom", "6 weeks", "24 months"),
        ("WM-WF-4H", "Electronic weft feeder set, 4 colours, heavy yarn up to 5,000 dtex", 2690, "per loom", "9 weeks", "24 months"),
        ("WM-WF-8C", "Electronic weft feeder set, 8 colours, 10-1,200 dtex", 3940, "per loom", "8 weeks", "24 months"),
        ("WM-WSM-E6", "Electrical warp stop motion, 6 banks", 1690, "per loom", "6 weeks", "24 months"),
        ("WM-MTR-IE4-5.5", "IE4 main drive motor 5.5 kW with VFD", 4720, "each", "7 weeks", "36 months"),
        ("WM-MTR-IE4-7.5", "IE4 main drive motor 7.5 kW with VFD", 5610, "each", "9 weeks", "36 months"),
        ("WM-ADP-75", "Adapter plate for Ravelli R-7500 looms", 640, "per loom", "4 weeks", "24 months"),
        ("WM-INST-DAY", "Installation & commissioning", 1150, "per loom", "-", "12 months"),
        ("WM-TRN-OP", "Operator & maintenance training, 2 days on site, max 8 participants", 2400, "per course", "-", "-"),
        ("WM-TRN-ADV", "Advanced technician course, 3 days at the Weftmere academy in Bradford", 1350, "per participant", "-", "-"),
        ("WM-SPK-RET", "Retrofit spare-parts kit (belts, drop wires, feeder brushes, 1 servo encoder)", 1875, "per kit", "3 weeks", "12 months"),
        ("WM-CARE-B", "LoomCare Basic remote support subscription", 210, "per site per month", "-", "-"),
        ("WM-CARE-P", "LoomCare Plus remote monitoring & support subscription", 390, "per site per month", "-", "-"),
    ]
    for r in rows:
        ws.append(list(r))
    for c in ws["C"][2:]:
        c.number_format = "#,##0.00"
    ws2 = wb.create_sheet("Motor options")
    ws2.append(["IE4 main drive motors - comparison (reference: IE1 motor of the same power)"])
    ws2["A1"].font = Font(bold=True)
    ws2.append(["Parameter", "WM-MTR-IE4-5.5", "WM-MTR-IE4-7.5"])
    for r in [("Rated power", "5.5 kW", "7.5 kW"),
              ("Efficiency at full load", "93.6%", "94.3%"),
              ("Rated current at 400 V", "10.4 A", "14.1 A"),
              ("Suitable for reed width", "up to 190 cm", "up to 230 cm"),
              ("Breaker required", "25 A", "32 A"),
              ("Annual saving, 2-shift operation (4,000 h/year)", "3,900 kWh", "5,100 kWh"),
              ("Annual saving, 3-shift operation (6,000 h/year)", "5,850 kWh", "7,650 kWh"),
              ("Lead time", "7 weeks", "9 weeks"),
              ("Warranty", "36 months", "36 months")]:
        ws2.append(list(r))
    ws3 = wb.create_sheet("LoomCare")
    ws3.append(["LoomCare subscriptions - service levels"])
    ws3["A1"].font = Font(bold=True)
    ws3.append(["Item", "LoomCare Basic", "LoomCare Plus"])
    for r in [("Remote response time", "next business day", "2 business hours"),
              ("On-site response time", "5 business days", "48 hours (EU and UK)"),
              ("Preventive maintenance visits per year", "0", "2"),
              ("Remote monitoring via HMI-7T (OPC UA gateway)", "no", "yes"),
              ("Firmware updates", "included", "included"),
              ("Discount on spare parts", "0%", "10%"),
              ("Price per site per month", "EUR 210", "EUR 390"),
              ("Minimum term", "12 months", "36 months")]:
        ws3.append(list(r))
    for w in (ws, ws2, ws3):
        w.column_dimensions["A"].width = 44
        w.column_dimensions["B"].width = 60
    wb.save(K / "weftmere-price-spec-list-2025.xlsx")

# ---------------------------------------------------------------- Markdown KB
KB = """# LoomCare and retrofit FAQ

*Weftmere Loom Systems knowledge base - last reviewed March 2025*

## What does LoomCare Plus include?
LoomCare Plus connects each retrofitted loom through the OPC UA gateway of the HMI-7T controller to the Weftmere
service centre. Our engineers see stops, efficiency and servo alarms in real time. Remote response: within
2 business hours (Monday-Friday, 07:00-19:00 CET). On-site response: within 48 hours in the EU and UK. Two preventive
maintenance visits per year are included, as are firmware updates and a 10% discount on spare parts.
LoomCare Basic offers remote support by the next business day and on-site visits within 5 business days, without
monitoring or preventive visits.

## Minimum term and cancellation
LoomCare Plus has a minimum term of 36 months and then renews for 12 months at a time; notice must be given 3 months
before the end of a term. LoomCare Basic has a 12-month minimum term. Both are invoiced quarterly in advance.

## Where is our loom data stored?
Monitoring data is stored in a Weftmere-operated EU data centre in Frankfurt and retained for 24 months, after which
it is deleted. The customer owns the data and can export it as CSV at any time; on termination we delete it within
30 days.

## What efficiency and energy gains can we expect?
Mills typically see a gain of 3 to 5 percentage points in loom efficiency after an ELTU retrofit, mainly from fewer
start marks and faster restarts after warp breaks. With an IE4 main motor and VFD, energy per metre of fabric usually
falls by 8-12%. These are observed ranges from past projects, not guaranteed values.

## Training
The operator & maintenance course (WM-TRN-OP) takes 2 days on site for max 8 participants and is given in English,
Italian, German, Spanish or Portuguese. We recommend at least one trained person per shift. Participants receive a
certificate; completing the course is a condition of warranty for parameter changes (see WLS-SC-2025, section 4).
The 3-day advanced technician course (WM-TRN-ADV) is held at our academy in Bradford.

## Spare parts
Spare parts for all retrofit components are guaranteed to be available for 10 years after the end of series. Standard
parts ship within 24 hours from our Bradford warehouse; express delivery in the EU is available at cost.

## Support contacts
Service hotline +44 1274 555 019, service@weftmere.example. For commercial questions contact your account manager.
"""

def make_md():
    (K / "loomcare-retrofit-faq.md").write_text(KB, encoding="utf-8")

if __name__ == "__main__":
    make_docx(); make_pdf(); make_xlsx(); make_md()
    print("sources written to", K)
