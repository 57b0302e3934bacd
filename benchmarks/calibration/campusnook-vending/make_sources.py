"""Generate the four knowledge sources of the campusnook-vending scenario.

Run: PYTHONPATH=/tmp/rl-vend /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv; reportlab installed with pip install --target /tmp/rl-vend reportlab)
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

K = Path(__file__).resolve().parent / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX: service schedule
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("CampusNook Vending Ltd - Full-Service Vending Schedule (SCH-FS-2026)", 0)
    d.add_paragraph(
        "This schedule forms part of every CampusNook full-service agreement for university and college campuses. "
        "It applies to machines covered by plan SVC-FS-STD (Standard) and, where stated, SVC-FS-PLUS (Plus). "
        "In case of conflict, the signed order form prevails over this schedule.")

    d.add_heading("1. Scope of the full-service plan", 1)
    d.add_paragraph(
        "The plan covers: restocking with products from the agreed planogram; internal and external cleaning; "
        "reconciliation of cashless takings through VendSight; preventive maintenance every 6 months; breakdown "
        "repair including parts and labour; remote monitoring of every machine through VendSight telemetry; and "
        "removal of expired or damaged stock. Products are bought and owned by CampusNook until sold; the "
        "university carries no stock risk. Consumables such as coin mechanisms are not fitted: all CampusNook campus "
        "machines are cashless-only unless a coin mechanism is ordered separately.")

    d.add_heading("2. Restocking frequency", 1)
    d.add_paragraph(
        "Term time: a minimum of 3 visits per week per machine. High-traffic sites (more than 120 vends per day "
        "averaged over 4 weeks) are restocked daily Monday to Friday. Vacation periods (outside the university's "
        "published term dates): 1 visit per week, or on telemetry alert when stock of any selection falls below 20%. "
        "Exam period: machines sited in libraries and study centres are restocked up to twice daily on request, "
        "at no extra charge, for up to 6 weeks per academic year. Additional weeks are charged at £22 per machine "
        "per week. Restock visits take place between 07:00 and 19:00; night-time restocking in 24-hour buildings "
        "requires a key-holder arrangement with campus security.")

    d.add_heading("3. Fault response times", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Priority", "Examples", "Response (Standard plan)"]):
        c.text = h
    rows = [
        ("Priority 1", "Machine dead; refrigeration failure; payment taken without vend for all users",
         "On site within 4 working hours (Plus plan: within 2 working hours)"),
        ("Priority 2", "Single selection or spiral jammed; card reader intermittent; display fault",
         "Next working day"),
        ("Priority 3", "Cosmetic damage; lighting; label holders", "Within 5 working days"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    d.add_paragraph(
        "Working hours are 08:00 to 18:00, Monday to Friday, excluding English bank holidays. Faults detected by "
        "telemetry are logged automatically and the clock starts at the alert time; faults reported by phone or by "
        "the QR code on the machine start the clock at the time of the report. If the internal temperature of a "
        "refrigerated machine stays above 8 °C for more than 2 hours, all temperature-sensitive products are "
        "removed and disposed of at CampusNook's cost and the machine is locked remotely until repaired.")

    d.add_heading("4. Availability target and service credits", 1)
    d.add_paragraph(
        "CampusNook targets 97% availability per machine per calendar month, measured by VendSight as the share of "
        "building opening hours in which the machine could accept payment and vend at least one selection. For each "
        "full percentage point below 97%, the university receives a service credit of 5% of that machine's monthly "
        "service fee, capped at 25% of the monthly fee. Credits are applied to the next quarterly invoice and are "
        "the university's sole financial remedy for availability shortfalls. Downtime caused by the exclusions in "
        "section 6 does not count.")

    d.add_heading("5. Refunds to students and staff", 1)
    d.add_paragraph(
        "Where a cashless payment is taken and VendDrop sensors record that no product was delivered, the payment is "
        "refunded automatically within 24 hours. Other refund requests are made by scanning the QR code on the "
        "machine; they are processed within 3 working days to the original card or campus card. Refunds above £10 "
        "per request are checked against telemetry before approval. The university's front-desk staff are not "
        "expected to hand out cash refunds.")

    d.add_heading("6. Exclusions and chargeable work", 1)
    d.add_paragraph(
        "Not covered by the plan: damage from vandalism, misuse or liquid spillage by users; faults caused by power "
        "cuts or by outages of the university Wi-Fi network; and relocations requested by the university. A "
        "relocation is charged at £95 per machine per move within the same campus and £180 per machine per move "
        "between campuses, including disconnection, transport and recommissioning. Vandalism repairs are charged "
        "at £58 per hour labour plus parts, and a quotation is given before any repair above £250.")

    d.add_heading("7. Products, hygiene and allergens", 1)
    d.add_paragraph(
        "All products are pre-packed by their manufacturers and carry full allergen labelling; CampusNook sells no "
        "open or freshly prepared food from campus machines. At least 30% of snack selections in every machine meet "
        "the CampusNook Better Choice criteria (250 kcal or less per pack and no more than 5 g saturated fat). "
        "Product prices are agreed with the university once per academic year and can be changed remotely through "
        "VendSight. Machines are sanitised internally every 2 weeks and on every Priority 1 visit.")

    d.add_heading("8. Term, notice and fee review", 1)
    d.add_paragraph(
        "The initial term is 36 months from the commissioning of the last machine of the order, then continues in "
        "rolling 12-month periods. Either party may end the agreement at the end of the initial term or of any "
        "rolling period by giving 90 days' written notice. Service and telemetry fees are reviewed once a year on "
        "1 August in line with UK CPI, with any increase capped at 5%. Machines bought outright remain the "
        "university's property when the agreement ends.")

    d.add_heading("9. Commission", 1)
    d.add_paragraph(
        "The university receives commission on net sales (excluding VAT and after cashless processing fees) at the "
        "tiered rates in the current CampusNook price list. Commission is calculated per machine per quarter and paid "
        "by bank transfer within 30 days of each quarter end, with a statement generated from VendSight.")
    d.save(K / "campusnook-service-schedule.docx")


# ---------------------------------------------------------------- PDF: technical data
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9
    body.leading = 12
    story = [Paragraph("CampusNook Machine Technical Data and Site Preparation Guide (edition 2026-2)", ss["Title"]),
             Paragraph("For estates, facilities and electrical teams preparing campus sites for CampusNook machines. "
                       "All dimensions are external and include the door handle and delivery bin.", body),
             Spacer(1, 4 * mm),
             Paragraph("1. Machine data", ss["Heading2"])]
    data = [
        ["", "SnackTower 660", "ChillStack 540", "DuoServe 420"],
        ["SKU", "VT-SNK-660", "VT-BEV-540C", "VT-COMBO-420"],
        ["Type", "Glass-front spiral snack (ambient)", "Cans and bottles, refrigerated", "Combo snack + drink, refrigerated"],
        ["Height x width x depth", "1830 x 890 x 850 mm", "1830 x 780 x 870 mm", "1830 x 1010 x 880 mm"],
        ["Weight empty", "265 kg", "310 kg", "340 kg"],
        ["Capacity", "up to 660 items, 40 selections", "540 cans or 300 bottles (500 ml)", "260 snacks + 160 drinks"],
        ["Temperature", "ambient (chilled kit optional)", "3-6 °C", "4-8 °C whole cabinet"],
        ["Refrigerant", "none (R290 with chilled kit)", "R290, 140 g", "R290, 150 g"],
        ["Typical energy use", "1.1 kWh/day", "3.2 kWh/day", "3.8 kWh/day"],
        ["Noise at 1 m", "below 40 dB", "52 dB", "54 dB"],
        ["Min. clear access width", "870 mm", "900 mm", "910 mm"],
    ]
    tbl = Table(data, colWidths=[40 * mm, 45 * mm, 45 * mm, 45 * mm])
    tbl.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 7.5), ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [tbl, Spacer(1, 3 * mm)]
    paras = [
        ("Energy figures", "Energy use is measured at 25 °C ambient with EcoNight mode on (lighting off and "
         "refrigeration set back by 2 °C between 23:00 and 06:00). Without EcoNight, refrigerated models use about "
         "18% more. The minimum clear access width assumes the machine is moved depth-first on a pallet truck with "
         "the delivery bin cover removed; narrower doors need the door leaf removed or a site-specific plan."),
        ("2. Electrical supply", "Each machine needs its own switched 13 A socket outlet (230 V, 50 Hz), RCD "
         "protected, within 1.5 m of the machine's rear left corner. Extension leads and multi-way adaptors are not "
         "permitted. A refrigerated machine draws up to 4.5 A when the compressor starts. Electrical work on the "
         "university's side of the socket is the university's responsibility."),
        ("3. Floor, ventilation and position", "Floors must carry at least 3.0 kN/m². Refrigerated models need 100 mm "
         "clearance behind and 50 mm at each side for ventilation; maximum ambient temperature 32 °C; no direct "
         "sunlight on the glass front. Machines over 1.8 m tall are fitted with the anti-tilt anchor kit "
         "(OPT-CAB-LOCK) where they stand in corridors or escape routes; the kit is fixed into the wall, not the floor."),
        ("4. Accessibility", "All three models place the payment reader and keypad between 900 and 1200 mm above "
         "floor level, and the delivery bin opening at 650 mm (SnackTower 660) or 720 mm (ChillStack 540 and "
         "DuoServe 420). A large-text mode and audio prompts are available on the keypad of every model."),
        ("5. Connectivity", "Machines connect over the university Wi-Fi (2.4 GHz, WPA2-Personal or WPA2-Enterprise "
         "with a device certificate) or over the built-in 4G modem, whose SIM is included in the VendSight "
         "subscription. Outbound HTTPS (port 443) to vendsight.campusnook.co.uk is the only firewall rule needed."),
        ("6. Lead time and installation", "Standard lead time is 6 weeks from the signed order to installation. "
         "A site survey before ordering is free of charge. Commissioning takes about 90 minutes per machine, "
         "including the first fill, a test vend on every selection and registration in VendSight. Installation on "
         "Saturdays is possible at £75 per machine extra."),
        ("7. Warranty", "Machines: 24 months parts and labour from commissioning. CashLink 200 card readers: "
         "36 months. Refrigeration compressors: 5 years, parts only after month 24. While a full-service plan is "
         "active, all repairs outside the exclusions are covered by the plan whatever the warranty status."),
    ]
    for h, t in paras:
        if h[0].isdigit():
            story += [Paragraph(h, ss["Heading2"]), Paragraph(t, body)]
        else:
            story += [Paragraph("<b>%s.</b> %s" % (h, t), body)]
    SimpleDocTemplate(str(K / "campusnook-technical-data.pdf"), pagesize=A4,
                      leftMargin=18 * mm, rightMargin=18 * mm, topMargin=15 * mm, bottomMargin=15 * mm).build(story)


# ---------------------------------------------------------------- XLSX: price list
def make_xlsx():
    wb = Workbook()
    b = Font(bold=True)
    ws = wb.active
    ws.title = "Machines & Options"
    ws.append(["CampusNook 2026/27 Campus Price List - machines and options (GBP, excluding VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "List price (GBP)", "Unit", "Notes"])
    for c in ws[3]:
        c.font = b
    for r in [
        ["VT-SNK-660", "SnackTower 660 glass-front spiral snack machine", 4850, "per machine", "ambient; 40 selections"],
        ["VT-BEV-540C", "ChillStack 540 can and bottle machine", 5290, "per machine", "refrigerated 3-6 °C"],
        ["VT-COMBO-420", "DuoServe 420 combo snack and drink machine", 6120, "per machine", "refrigerated 4-8 °C"],
        ["PAY-CL-200", "CashLink 200 contactless and campus-card reader", 285, "per reader", "one per machine"],
        ["OPT-CHILL-K", "Chilled kit for SnackTower 660 (lower 3 trays at 6-10 °C)", 690, "per machine", "factory or retrofit"],
        ["OPT-LIFT", "Gentle-drop lift for DuoServe 420 (glass bottles)", 740, "per machine", "DuoServe 420 only"],
        ["OPT-CAB-LOCK", "Anti-tilt anchor kit", 65, "per machine", "required in corridors and escape routes"],
        ["OPT-WRAP", "Custom university branding wrap", 380, "per machine", "artwork by the university"],
        ["OPT-COIN", "Coin mechanism (change-giving)", 420, "per machine", "adds a weekly cash collection at £6"],
    ]:
        ws.append(r)

    ws2 = wb.create_sheet("Services & Fees")
    ws2.append(["CampusNook 2026/27 Campus Price List - services and fees (GBP, excluding VAT)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["SKU / item", "Description", "Price (GBP)", "Unit", "Notes"])
    for c in ws2[3]:
        c.font = b
    for r in [
        ["TEL-VMS-12", "VendSight telemetry subscription incl. 4G SIM", 96, "per machine per year", "billed annually in advance"],
        ["SVC-FS-STD", "Full-service plan Standard", 38, "per machine per month", "P1 response 4 working hours"],
        ["SVC-FS-PLUS", "Full-service plan Plus", 52, "per machine per month", "P1 response 2 working hours; daily restock in term"],
        ["INST-SITE", "Delivery, siting and commissioning", 145, "per machine", "weekday installation"],
        ["INST-SAT", "Saturday installation supplement", 75, "per machine", ""],
        ["REL-SAME", "Relocation within the same campus", 95, "per machine per move", ""],
        ["REL-CROSS", "Relocation between campuses", 180, "per machine per move", ""],
        ["TRN-STAFF", "On-site staff training session (half day, up to 12 people)", 420, "per session", "VendSight dashboard and refunds"],
        ["DASH-USER", "Extra VendSight dashboard login", 4, "per login per month", "5 logins included"],
        ["Card processing", "Bank cards and mobile wallets", "1.65%", "of transaction value", "deducted before commission"],
        ["Campus card processing", "Closed-loop campus card transactions", "0.5%", "of transaction value", "deducted before commission"],
    ]:
        ws2.append(r)

    ws3 = wb.create_sheet("Commission")
    ws3.append(["Commission to the university on net sales, per machine per quarter"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Net quarterly sales per machine (GBP)", "Commission rate", "Applies to"])
    for c in ws3[3]:
        c.font = b
    for r in [
        ["0 - 2,999.99", "10%", "whole quarterly net sales of the machine"],
        ["3,000 - 5,999.99", "13%", "whole quarterly net sales of the machine"],
        ["6,000 and above", "16%", "whole quarterly net sales of the machine"],
    ]:
        ws3.append(r)
    ws3.append([])
    ws3.append(["Net sales = gross sales less VAT and less card / campus card processing fees. "
                "Machines commissioned part-way through a quarter are assessed on actual sales without pro-rating the tiers."])
    for w in (wb.worksheets):
        w.column_dimensions["A"].width = 28
        w.column_dimensions["B"].width = 55
        w.column_dimensions["C"].width = 18
        w.column_dimensions["D"].width = 24
        w.column_dimensions["E"].width = 45
    wb.save(K / "campusnook-price-list-2026-27.xlsx")


# ---------------------------------------------------------------- Markdown KB article
KB = """# VendSight telemetry and CashLink 200 payments: FAQ for campus partners

*CampusNook knowledge base, article KB-214, last reviewed October 2026.*

## Which payments does the CashLink 200 accept?
Contactless Visa, Mastercard and American Express, Apple Pay and Google Pay, and closed-loop campus cards using
MIFARE DESFire EV2 or EV3 credentials. Campus cards work through an integration with the university's card system;
the supported platforms are CardOne, Unicard Campus and CampusPay 7. Chip and PIN, magnetic stripe and cash are not
accepted by the reader (a coin mechanism can be fitted separately). The contactless limit is £100 per transaction.

## Why do students see a pending amount on their bank app?
Vending payments are pre-authorised: the reader places a hold of £3.00 when the card is tapped, and the hold is
replaced by the actual amount once the vend completes. Depending on the bank, an unused hold disappears within 1 to
5 days. Campus card payments are not pre-authorised.

## What happens when a machine loses its connection?
The reader keeps working offline for up to 200 transactions. Offline bank-card vends are limited to £5 each and are
sent for settlement as soon as the connection returns; campus-card vends are checked against a balance list that is
refreshed every 15 minutes while online. Connections fall back automatically from Wi-Fi to the built-in 4G modem,
which uses about 150 MB of data per month.

## What does VendSight report?
Every machine reports sales, stock levels, temperatures and door status every 15 minutes. Alerts are raised for a
temperature breach, a door left open for more than 10 minutes, stock of any selection below 20%, and a card reader
offline for more than 30 minutes. The university gets read-only dashboard access: 5 named logins are included in the
subscription and further logins cost £4 per login per month. Reports can be exported as CSV or scheduled by e-mail
weekly or monthly.

## Where is the data held and for how long?
VendSight is hosted in a UK data centre in London. Sales and telemetry data are kept for 24 months and then
aggregated. Card numbers never reach CampusNook systems: the CashLink 200 is PCI PTS POI certified and card data is
tokenised by the payment processor. VendSight stores no student names; campus-card vends are recorded against a
pseudonymous card token only.

## Can product prices differ between buildings?
Yes. Prices are set per machine in VendSight and can be changed remotely; a change reaches the machine within
1 hour. Price changes outside the yearly agreed price list need the written approval of the university's
contract manager.
"""


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "vendsight-cashlink-faq.md").write_text(KB, encoding="utf-8")
    print("written:", sorted(p.name for p in K.iterdir()))
