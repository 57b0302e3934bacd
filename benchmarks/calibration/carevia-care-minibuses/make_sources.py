"""Generate the knowledge sources of the carevia-care-minibuses scenario.

Run with a Python that has python-docx and openpyxl; reportlab may live in /tmp/rl.
"""
import os
import sys

sys.path.append("/tmp/rl")

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("CareCover Maintenance Plans - Service Schedule and Terms", 0)
    d.add_paragraph("Carevia Mobility Ltd - document CC-T-2025-02 - applies to plans sold from 1 March 2025. "
                    "Covers Carevia eLift 8 and eLift 5 Compact wheelchair-accessible electric vehicles and "
                    "Carevia-supplied chargers.")
    d.add_heading("1. Plan tiers", 1)
    d.add_paragraph("CareCover Essential: annual service, LOLER thorough examinations of the passenger lift, "
                    "ramp and WTORS inspection at each service, software updates, 24/7 roadside assistance and "
                    "recovery to the nearest Carevia-approved workshop. Wear items are charged as used.")
    d.add_paragraph("CareCover Plus: everything in Essential, plus wear items (brake pads and discs, wiper blades, "
                    "12V auxiliary battery, cabin filters, WTORS webbing and buckles), routine services carried out "
                    "on site at the care home by our mobile workshop, an annual inspection of Carevia-supplied "
                    "chargers, and a wheelchair-accessible courtesy vehicle (section 4).")
    d.add_heading("2. Service intervals and statutory examinations", 1)
    d.add_paragraph("Vehicles are serviced every 12 months or 30,000 km, whichever comes first. Under the Lifting "
                    "Operations and Lifting Equipment Regulations 1998 (LOLER) a passenger lift used by people "
                    "must have a thorough examination every 6 months; both plans include these examinations and "
                    "the written report, which the care home must keep for inspection by the CQC or the HSE. "
                    "Manual fold-out ramps are not lifting equipment under LOLER, but they are load-checked at "
                    "every annual service.")
    d.add_heading("3. Response times", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    h = t.rows[0].cells
    h[0].text, h[1].text, h[2].text = "Event", "Essential", "Plus"
    for row in [
        ("Roadside breakdown, urban", "attendance target 90 minutes", "attendance target 90 minutes"),
        ("Roadside breakdown, rural", "attendance target 150 minutes", "attendance target 150 minutes"),
        ("Lift or ramp fault preventing wheelchair boarding", "next working day", "technician on site within 8 working hours"),
        ("Carevia DC charger out of service", "not covered", "remote diagnosis within 4 hours, site visit next working day"),
    ]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph("Working hours are 08:00 to 18:00, Monday to Friday, excluding English bank holidays. "
                    "Response targets are targets, not guarantees.")
    d.add_heading("4. Courtesy vehicle (Plus only)", 1)
    d.add_paragraph("If a covered repair keeps a vehicle off the road for more than 48 hours, we provide a "
                    "wheelchair-accessible courtesy vehicle of a comparable size, subject to availability, for up "
                    "to 21 days per event. The courtesy vehicle may be diesel. Fuel or charging costs of the "
                    "courtesy vehicle are paid by the customer.")
    d.add_heading("5. Exclusions", 1)
    for s in [
        "Tyres are excluded from all plans; puncture repairs are included in Plus.",
        "Accident damage, vandalism and damage covered by the customer's motor insurance.",
        "Damage to the lift platform caused by loading beyond its rated capacity.",
        "Windscreen replacement (claim through your insurer).",
        "Infection-control deep cleaning of the passenger saloon; available on request at GBP 145 per visit.",
        "Bodywork, livery and interior trim repairs.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("6. Mileage, billing and term", 1)
    d.add_paragraph("Plan prices assume up to 25,000 km per vehicle per year. Distance above the allowance over the "
                    "plan term is charged at the end of the plan at £0.06 per km. Plans are billed annually in "
                    "advance per vehicle; the annual instalment is fixed for the term with no indexation.")
    d.add_paragraph("A plan may be cancelled after year 2 with 90 days' written notice; the instalment for the "
                    "current plan year is not refunded. If a vehicle is sold, its plan may be transferred once to "
                    "the new keeper for an administration fee of GBP 95.")
    d.add_paragraph("The plan does not extend the manufacturer's vehicle, conversion or battery warranties; "
                    "warranty repairs are handled under the warranty terms.")
    d.save(os.path.join(K, "carecover-service-terms.docx"))


# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(os.path.join(K, "elift-technical-specification.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="eLift Range Technical Specification", author="Carevia Mobility Ltd")
    s = [Paragraph("Carevia eLift Range - Technical Specification", ss["Title"]),
         Paragraph("Issue 4, March 2025. Wheelchair-accessible electric vehicles for care providers. "
                   "Figures are for vehicles in standard care-home specification.", body), Spacer(1, 6)]
    rows = [
        ["", "eLift 8 LWB", "eLift 5 Compact"],
        ["Passenger places", "8 seats + 2 wheelchair positions", "4 seats + 1 wheelchair position"],
        ["Maximum wheelchair positions", "up to 4 wheelchair positions (4 seats removed)", "1"],
        ["Gross vehicle weight", "4,250 kg", "3,200 kg"],
        ["Usable battery capacity", "98 kWh", "75 kWh"],
        ["WLTP range (combined)", "290 km", "330 km"],
        ["Real-world care duty range", "200-230 km", "240-280 km"],
        ["On-board AC charger", "11 kW three-phase", "11 kW three-phase"],
        ["Maximum DC charging power", "115 kW", "100 kW"],
        ["Length / width (excl. mirrors) / height", "5,990 / 2,070 / 2,760 mm", "4,980 / 1,920 / 1,990 mm"],
        ["Internal height at wheelchair area", "1,900 mm", "1,450 mm"],
        ["Turning circle", "13.6 m", "11.8 m"],
        ["Standard access", "rear manual fold ramp, 300 kg rated", "rear manual fold ramp, 250 kg rated"],
        ["Optional access", "rear underfloor lift, 350 kg", "not available"],
    ]
    t = Table(rows, colWidths=[55 * mm, 62 * mm, 57 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 8)]
    paras = [
        ("Range", "Real-world care duty range assumes stop-start local driving, repeated ramp or lift cycles and "
                  "saloon heating at 5 degrees C outside temperature. In winter below 0 degrees C expect up to "
                  "20% less. Pre-conditioning the saloon while plugged in preserves range."),
        ("Charging", "Both vehicles accept AC at up to 11 kW, so a 22 kW wallbox charges them at 11 kW. A full "
                     "charge from empty on AC takes about 9.5 hours for the eLift 8 and about 7.5 hours for the "
                     "eLift 5 Compact. On a 50 kW DC charger, 10-80% takes about 80 minutes (eLift 8) and about 60 "
                     "minutes (eLift 5 Compact). Connector: Type 2 for AC and CCS2 for DC."),
        ("Passenger lift (option OPT-UFL-350)", "Stows under the rear floor so the rear doors remain usable as "
                     "a normal entrance. Safe working load 350 kg, platform 1,300 x 800 mm, with roll-off "
                     "barrier and handrails both sides. Emergency manual hand pump if the lift loses power. "
                     "Only for the eLift 8 LWB; it replaces the standard ramp."),
        ("Ramps", "eLift 8 ramp: 2.4 m long, 300 kg rated. eLift 5 Compact ramp: 1,450 mm long, rated 250 kg "
                  "for wheelchair and occupant; the attendant must push from the ground and must not stand on "
                  "the ramp with the wheelchair. Lowered floor on the eLift 5 Compact gives a ramp angle of 11 "
                  "degrees on level ground."),
        ("Wheelchair restraint", "WTORS (wheelchair tie-down and occupant restraint systems) conform to ISO "
                  "10542-1, with 4-point tie-downs and a lap and diagonal occupant belt at every wheelchair "
                  "position. Wheelchairs must be crash-tested to ISO 7176-19 to be travelled in; otherwise the "
                  "passenger must transfer to a seat."),
        ("Driving licence", "eLift 5 Compact: category B licence. eLift 8 LWB: category D1 entitlement (or D1 "
                  "with restriction code 101, not for hire or reward) because the gross vehicle weight and "
                  "passenger places exceed car limits. Drivers who passed their car test on or after 1 January "
                  "1997 do not hold D1 automatically and must take a D1 test."),
        ("Type approval", "Both vehicles hold whole vehicle type approval after conversion (eLift 8: M2; eLift 5 "
                  "Compact: M1). Seats are on quick-release tracking and can be moved by trained staff in about "
                  "5 minutes per seat."),
    ]
    for h, p in paras:
        s += [Paragraph(h, ss["Heading3"]), Paragraph(p, body)]
    doc.build(s)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Vehicles & Options"
    ws.append(["Carevia Mobility - 2025 Price & Specification Sheet (UK, GBP ex VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "List price GBP", "Lead time", "Notes"])
    for r in [
        ("EL8-LWB-WAV", "Carevia eLift 8 LWB electric minibus, 8 seats + 2 wheelchair positions", 94500, "14-18 weeks", "D1 licence; first registration fee and first-year VED included"),
        ("EL5-CMP-WAV", "Carevia eLift 5 Compact electric WAV, 4 seats + 1 wheelchair position", 68900, "10-12 weeks", "Category B licence"),
        ("OPT-UFL-350", "Rear underfloor passenger lift 350 kg, eLift 8 only (replaces ramp)", 6850, "fitted at build", "Ordered with the vehicle; cannot be retrofitted"),
        ("OPT-WTORS-ADD", "Additional WTORS kit, 4-point tie-down + lap/diagonal belt", 1180, "2 weeks", "ISO 10542-1"),
        ("OPT-SWIV-SEAT", "Swivel front passenger seat", 2350, "fitted at build", ""),
        ("OPT-STEP-ELEC", "Electric retractable side step", 1290, "fitted at build", ""),
        ("OPT-CCTV-4", "4-camera saloon CCTV with 30-day recording", 1640, "3 weeks", ""),
        ("OPT-LIVERY", "Full livery wrap per vehicle", 1900, "3 weeks", "artwork supplied by customer"),
        ("TRN-DRV-PAT", "Driver & passenger-assistant training day (per delegate)", 265, "on request", "max 8 delegates per day"),
    ]:
        ws.append(list(r))
    for c in ("A", "B", "C", "D", "E"):
        ws.column_dimensions[c].width = 24 if c != "B" else 70

    ws2 = wb.create_sheet("Charging")
    ws2.append(["Charging equipment - supply and standard installation"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["SKU", "Description", "List price GBP", "Output", "Supply needed", "eLift 8 full charge", "eLift 5 Compact full charge"])
    for r in [
        ("CHG-AC7-SW", "7 kW single-socket wallbox, standard install", 1450, "7 kW", "single-phase 32 A", "about 15 h", "about 11.5 h"),
        ("CHG-AC22-DW", "22 kW AC dual-socket wallbox, standard install", 3950, "2 x 22 kW (vehicle accepts 11 kW)", "three-phase 32 A per socket", "about 9.5 h", "about 7.5 h"),
        ("CHG-DC50-PD", "50 kW DC pedestal charger incl. groundworks up to 15 m", 28400, "50 kW DC", "three-phase 100 A; DNO application usually needed", "10-80% about 80 min", "10-80% about 60 min"),
        ("CHG-LMS", "Dynamic load management, per site", 850, "-", "CT clamp at main incomer", "-", "-"),
        ("CHG-GW-EXTRA", "Extra groundworks beyond 15 m (DC pedestal)", 185, "per metre", "", "", ""),
    ]:
        ws2.append(list(r))
    ws2.append([])
    ws2.append(["Charger warranty: 3 years parts and labour. Prices are before any OZEV Workplace Charging Scheme grant."])

    ws3 = wb.create_sheet("Maintenance plans")
    ws3.append(["CareCover maintenance plans - price per vehicle"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["SKU", "Plan", "Per vehicle per year GBP", "3-year total GBP", "5-year total GBP", "Key inclusions"])
    ws3.append(["SVC-CCE-3Y / SVC-CCE-5Y", "CareCover Essential", 2150, 6450, 10750, "Annual service, 6-monthly LOLER lift examination, roadside assistance"])
    ws3.append(["SVC-CCP-3Y / SVC-CCP-5Y", "CareCover Plus", 3150, 9450, 15750, "Essential + wear items, on-site servicing, charger inspection, courtesy vehicle"])
    ws3.append([])
    ws3.append(["Mileage allowance 25,000 km per vehicle per year; excess at £0.06 per km. Billed annually in advance."])
    wb.save(os.path.join(K, "carevia-price-spec-2025.xlsx"))


# ---------------------------------------------------------------- MD (kb_article)
MD = """# Charging at care homes: site survey, DNO approval and installation

Applies to Carevia chargers installed at care homes and day centres in Great Britain.

## Site survey
Every site gets a free site survey of about 2 hours before installation. The surveyor needs access to the main
distribution board and the intended parking bays, and the home's maintenance lead should be present. The survey
report states the spare supply capacity, the cable route and whether load management or a supply upgrade is needed.

## What a standard installation includes
- **22 kW AC wallbox (CHG-AC22-DW):** wall or post mounting, up to 10 m of cable from the distribution board,
  RCD protection, earthing, commissioning and a handover of the charging app. Extra AC cable runs are charged at
  £42 per metre.
- **50 kW DC pedestal (CHG-DC50-PD):** concrete plinth, ducting and groundworks up to 15 m, reinstatement of tarmac
  or paving, commissioning. Groundworks beyond 15 m are charged at £185 per metre.
- Installation excludes asbestos surveys or removal, planning permission where required, and any work inside
  listed buildings.

## DNO approval and supply upgrades
A 50 kW DC charger normally needs an application to the distribution network operator (DNO). DNO responses
typically take 8-12 weeks. Any supply upgrade cost charged by the DNO is not included in our prices and is passed
through at cost, after you have approved the DNO's offer. Where the survey shows limited headroom, dynamic load
management (CHG-LMS, £850 per site) caps charging so the home's kitchen, laundry and lifts always take priority.

## Grants
Care providers that are companies or charities may be eligible for the OZEV Workplace Charging Scheme, worth up to
£350 per socket (up to 40 sockets across all sites). Carevia can make the claim on your behalf; quoted prices are
before any grant, and the grant is deducted from the final invoice only once OZEV has issued the voucher.

## Care-home safety notes
- Update the home's fire risk assessment before chargers are installed in a covered car park or within 2 m of
  a building opening.
- Remove portable oxygen cylinders from the vehicle before DC rapid charging.
- Charge overnight between 22:00 and 06:00 where possible: it suits off-peak tariffs and keeps vehicles ready for
  morning appointments.
- All eLift vehicles use CCS2 for rapid charging on public networks; each vehicle is delivered with a public
  charging RFID card.
"""

# ---------------------------------------------------------------- HTML (url)
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Delivery, handover and warranty | Carevia Mobility</title></head>
<body>
<h1>Delivery, handover and warranty</h1>
<p>How your Carevia eLift vehicles and chargers reach your homes, and what is covered afterwards.</p>
<h2>Delivery</h2>
<p>Vehicles are delivered fully registered to each home by our own drivers. Delivery is free within mainland Great
Britain; delivery to the Scottish Highlands and islands costs &pound;650 per vehicle. The first registration fee and
first-year Vehicle Excise Duty are included in the vehicle price. Chargers must be commissioned at least 2 weeks
before the first vehicle is delivered to that home.</p>
<h2>Handover</h2>
<p>Each vehicle comes with a 2-hour handover at the home for up to 6 staff: ramp or lift operation, WTORS restraint
and occupant belts, emergency lift lowering, charging and pre-conditioning. Staff who need a full course can book
the driver &amp; passenger-assistant training day (TRN-DRV-PAT).</p>
<h2>Payment</h2>
<p>Standard terms: 20% deposit with the order, balance on delivery of each vehicle. Chargers are invoiced on
commissioning. Contract hire through our finance partner is available on request as an alternative to outright
purchase.</p>
<h2>Warranty</h2>
<ul>
<li>Base vehicle: 3 years or 100,000 km, whichever comes first.</li>
<li>Conversion (ramp, lift, seating, tracking and WTORS): 2 years, unlimited mileage.</li>
<li>Traction battery: 8 years or 160,000 km, guaranteed to keep at least 70% of its usable capacity.</li>
<li>Carevia chargers: 3 years parts and labour.</li>
</ul>
<h2>Part-exchange</h2>
<p>We accept existing minibuses and WAVs in part-exchange. Values are given only after a physical inspection by our
appraiser, and are valid for 30 days.</p>
</body></html>
"""

if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    with open(os.path.join(K, "charging-at-care-homes.md"), "w", encoding="utf-8") as f:
        f.write(MD)
    with open(os.path.join(K, "delivery-handover-warranty.html"), "w", encoding="utf-8") as f:
        f.write(HTML)
    print("sources written to", K)
