"""Generate the knowledge sources of the carouvera-ride-inspections scenario.

Run with python-docx/openpyxl available and reportlab on the path, e.g.
  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

K = Path(__file__).resolve().parent / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Carouvera Ride Inspections Ltd - Service Schedule and Conditions (SSC-2026)", 1)
    d.add_paragraph("Applies to all inspection, testing and audit services ordered for the 2026 season. "
                    "Where a quote and this schedule differ, the quote prevails for price and scope; this schedule "
                    "prevails for everything else. Carouvera is registered as an Inspection Body under the "
                    "Amusement Device Inspection Procedures Scheme (ADIPS).")
    sections = [
        ("1. Booking and lead times", [
            "Annual thorough examinations must be booked at least 21 calendar days before the first visit day.",
            "During the pre-season peak window (1 March to 15 April) the minimum notice is 35 calendar days, "
            "because inspector capacity is fully allocated in that period.",
            "Initial tests of new rides are booked once the manufacturer has confirmed a delivery date; at least "
            "10 working days' notice of the installation completion date is required.",
            "Visits run between 07:30 and 18:00 on weekdays. Saturday visits are available at a 25% surcharge on "
            "the visit fee; Sunday and bank-holiday visits are not scheduled except under emergency support.",
        ]),
        ("2. Client obligations on site", [
            "Each ride must be out of public service, emptied and isolated where the inspector requires it.",
            "The client provides a competent ride operator and a maintenance technician for each ride for the "
            "whole of its examination, together with the ride manual, the previous Report of Thorough "
            "Examination and the daily check records for the last 12 months.",
            "Access equipment (MEWP, scaffold, harness anchor points) for work above 2 metres is provided by the "
            "client unless a Carouvera access package has been ordered.",
            "Time lost because a ride is not ready at the booked slot is charged at GBP 95 per hour.",
        ]),
        ("3. Weather", [
            "The inspector may suspend work on a ride when the mean wind speed at ride height exceeds 15 m/s, "
            "when lightning is detected within 10 km, or when rain prevents safe NDT or electrical testing.",
            "A visit suspended for weather is rescheduled once free of charge; a second weather rescheduling of "
            "the same visit is charged at 50% of the visit fee.",
        ]),
        ("4. Cancellation and postponement", [
            "Cancellation or postponement by the client more than 10 working days before the visit: no charge.",
            "Between 5 and 10 working days before the visit: 50% of the scheduled visit fee.",
            "Less than 5 working days before the visit, or refusal of access on the day: 100% of the scheduled "
            "visit fee.",
            "Exception: no charge applies where the client postpones because a ride has suffered a reportable "
            "incident (RIDDOR) in the previous 7 days, provided written notice is given before the visit.",
        ]),
        ("5. Findings and defect categories", [
            "Category A - immediate danger: the ride must not be operated until the defect is rectified and closed "
            "out by the inspector.",
            "Category B - must be rectified within 14 days; the ride may operate only under the restrictions "
            "written in the report.",
            "Category C - advisory: to be addressed at the next scheduled maintenance or before the next annual "
            "thorough examination.",
            "Close-out of Category A defects requires a re-visit, charged at GBP 95 per hour on site plus travel, "
            "with a minimum charge of 2 hours. Category B and C defects can be closed by desk review of "
            "photographic evidence and repair records, free of charge when submitted within 30 days of the report.",
        ]),
        ("6. Reports and certificates", [
            "Draft findings are handed over verbally and in writing at the end of each visit day.",
            "The full Report of Thorough Examination is issued within 5 working days of the last visit day.",
            "The Declaration of Operational Compliance (DOC) is issued within 2 working days of the closure of all "
            "Category A and Category B defects.",
            "The Certificate of Design Review is issued within 20 working days of receipt of a complete design "
            "dossier (calculations, drawings, risk assessment and manufacturer's declaration).",
        ]),
        ("7. Prices, travel and payment", [
            "2026 rates are fixed until 31 December 2026. Prices exclude VAT.",
            "Travel is included for sites within 120 miles by road of the Leeds depot. Beyond 120 miles, travel is "
            "charged at GBP 0.65 per mile for the whole journey plus overnight accommodation at GBP 145 per night "
            "per inspector.",
            "Invoices are payable within 30 days of the invoice date. 50% of a design review fee is invoiced on "
            "instruction and the balance on issue of the Certificate of Design Review. Annual examinations are "
            "invoiced after the last visit day; InspectHub subscriptions annually in advance.",
            "Late payment bears interest at 4% above the Bank of England base rate.",
        ]),
        ("8. Subcontracting and insurance", [
            "Non-destructive testing may be carried out by a PCN-certified partner company working under "
            "Carouvera's supervision and quality procedures; Carouvera remains responsible for the report.",
            "Carouvera holds professional indemnity insurance of GBP 5,000,000 per claim and public liability "
            "insurance of GBP 10,000,000. Certificates of insurance are available on request.",
        ]),
    ]
    for title, paras in sections:
        d.add_heading(title, 2)
        for p in paras:
            d.add_paragraph(p, style="List Bullet")
    d.add_paragraph("Document SSC-2026, issued 5 January 2026. Carouvera Ride Inspections Ltd, Unit 4 Stourton "
                    "Link, Leeds LS10.")
    d.save(K / "service-schedule-and-conditions-2026.docx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h = ss["Heading2"]
    story = [Paragraph("Inspection Methodology and Technical Scope - TM-04 rev 7", ss["Title"]),
             Paragraph("Carouvera Ride Inspections Ltd. Applies to annual thorough examinations, NDT packages, "
                       "initial tests and design reviews of fairground and amusement park rides.", body),
             Spacer(1, 4 * mm)]

    def sec(title, paras):
        story.append(Paragraph(title, h))
        for p in paras:
            story.append(Paragraph(p, body))

    sec("1. Standards and scheme", [
        "Inspections are carried out to EN 13814-1:2019 (design and manufacture) and EN 13814-3:2019 "
        "(inspection during design, manufacture, operation and use), HSE guidance HSG175 and the ADIPS "
        "inspection procedures. Each completed examination is registered with an ADIPS DOC number.",
    ])
    sec("2. Scope of an annual thorough examination", [
        "Structure: foundations, ballast and packing, load-bearing members, welds, bolted joints (torque check "
        "on a 10% sample of safety-critical bolts, 100% where the sample shows a deviation), corrosion and "
        "deformation. Mechanical: drives, bearings, pins, brakes, hydraulics and pneumatics, including a check "
        "of relief valve settings. Passenger containment: every seat, restraint, locking device and its "
        "monitoring. Electrical: supply, earthing, insulation, emergency stops. Control system: interlocks, "
        "sensors and the safety-related parts of the control system against the ride manual. Surroundings: "
        "queue lines, fencing, platform edges, signage and the clearance envelope.",
        "Electrical insulation resistance is tested at 500 V DC; the minimum acceptable value is 1 megohm per "
        "circuit. Earth continuity must not exceed 0.5 ohm between any exposed metal part and the main earth "
        "terminal.",
    ])
    sec("3. Passenger restraint tests", [
        "Lap bars and T-bars: static pull test of 600 N applied at the centre of the bar in the opening "
        "direction, held for 30 seconds with no release. Over-the-shoulder restraints (OTSR): 900 N applied "
        "upwards at the shoulder bar, held for 30 seconds. Seat belts: 1,500 N on the buckle. Every restraint "
        "is also cycled 5 times to check locking, unlocking and the lock-monitoring signal.",
        "Any restraint that releases, shows permanent deformation or gives a wrong monitoring signal is a "
        "Category A finding for that seat; the ride may reopen with that seat blocked out only if the ride "
        "manual allows it.",
    ])
    sec("4. Non-destructive testing (NDT)", [
        "Magnetic particle inspection (MPI) is used on welded ferrous joints of safety-critical components; "
        "ultrasonic testing (UT) is used on pins, axles and shafts of 40 mm diameter and above. Dye penetrant "
        "(DPI) is used on non-magnetic materials.",
        "An NDT package for a major ride covers up to 24 test locations chosen from the manufacturer's NDT "
        "schedule; additional locations are charged at GBP 48 each. An NDT package for a family ride covers up "
        "to 10 test locations. NDT operators hold PCN Level 2 certification in the method they apply; "
        "interpretation of indications is reviewed by a PCN Level 3 engineer.",
        "Where no manufacturer's NDT schedule exists, Carouvera prepares one at GBP 380 per ride before the first "
        "NDT visit.",
    ])
    sec("5. Brakes and ride-specific tests", [
        "Roller coasters and other rides with block brakes: each brake zone is tested over 3 consecutive cycles "
        "with the heaviest and the lightest permitted train loading. Rotating rides: overspeed detection is "
        "triggered and the stopping time compared with the ride manual value, with a tolerance of +10%.",
        "Wind monitoring: the ride anemometer is compared with a calibrated reference; the reading must be "
        "within 1 m/s.",
    ])
    sec("6. Initial test of a new ride", [
        "Before first public use a new or substantially modified ride receives an initial test: dummy-load "
        "tests at 100% and 110% of the rated passenger load, at least 50 full operating cycles, asymmetric "
        "loading cases from the design, emergency stop and evacuation trials, and verification that the ride "
        "as built matches the design reviewed. The initial test requires a valid Certificate of Design Review.",
    ])
    sec("7. Inspector competence", [
        "Lead inspectors are chartered or incorporated engineers with at least 5 years' amusement ride "
        "experience and are individually accepted under ADIPS for the ride categories they sign. Each lead "
        "inspector attends 24 hours of technical refresher training a year.",
    ])
    story.append(Spacer(1, 3 * mm))
    t = Table([["Ride category", "Examples", "NDT package"],
               ["A - kiddie", "coin-op rides, mini carousels", "not normally required"],
               ["B - family", "teacups, small wheels, family coasters", "up to 10 locations"],
               ["C - thrill", "swing rides, drop towers under 30 m", "up to 24 locations"],
               ["D - major", "coasters, drop towers 30 m and over, inverted rides", "up to 24 locations"]])
    story.append(t)
    SimpleDocTemplate(str(K / "inspection-methodology-tm04.pdf"), pagesize=A4,
                      leftMargin=18 * mm, rightMargin=18 * mm).build(story)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price List 2026"
    ws.append(["Carouvera Ride Inspections - 2026 Price List (GBP, excluding VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Service", "Unit", "List price (GBP)", "Typical on-site time", "Notes"])
    rows = [
        ("CRI-AI-KID", "Annual thorough examination, kiddie ride (Category A)", "per ride", 520, "1.5 h", ""),
        ("CRI-AI-FAM", "Annual thorough examination, family ride (Category B)", "per ride", 1180, "3 h", ""),
        ("CRI-AI-MAJ", "Annual thorough examination, major ride (Category C/D)", "per ride", 2450, "6 h",
         "roller coasters: use CRI-AI-RC"),
        ("CRI-AI-RC", "Annual thorough examination, roller coaster", "per ride", 3650, "10 h",
         "includes brake zone tests"),
        ("CRI-NDT-FAM", "NDT package, family ride (up to 10 locations)", "per ride", 780, "2 h", ""),
        ("CRI-NDT-MAJ", "NDT package, major ride (up to 24 locations)", "per ride", 1650, "5 h", ""),
        ("CRI-NDT-XL", "Additional NDT test location", "per location", 48, "", ""),
        ("CRI-NDT-SCH", "Preparation of NDT schedule where none exists", "per ride", 380, "", ""),
        ("CRI-DDS-NEW", "Design review, new ride Category C/D", "per ride", 7800, "", "20 working days"),
        ("CRI-IT-NEW", "Initial test, new ride Category C/D", "per ride", 4200, "1-2 days", ""),
        ("CRI-OPS-AUD", "Operations and maintenance records audit", "per visit", 890, "1 day", ""),
        ("CRI-TRN-OPS", "Ride operator workshop (1 day, up to 12 participants)", "per session", 1350, "1 day", ""),
        ("CRI-TRN-ATT", "Ride attendant e-learning licence", "per learner", 35, "", "90 minutes online"),
        ("CRI-HUB-STD", "InspectHub Standard, 12 months", "per park", 1440, "", "15 users"),
        ("CRI-HUB-PLUS", "InspectHub Plus, 12 months", "per park", 2280, "", "unlimited users, SSO"),
        ("CRI-SUP-24", "Incident Cover retainer, 12 months", "per park", 2350, "", "2 call-outs included"),
    ]
    for r in rows:
        ws.append(list(r))
    for col, w in zip("ABCDEF", (14, 56, 14, 16, 20, 30)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Rates and Surcharges")
    ws2.append(["Carouvera Ride Inspections - 2026 hourly rates and surcharges"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Item", "Rate", "Condition"])
    for r in [
        ("Re-visit to close Category A defects", "GBP 95 per hour", "minimum 2 hours, plus travel"),
        ("Waiting time, ride not ready", "GBP 95 per hour", "charged per started hour"),
        ("Saturday visit", "+25% on visit fee", "weekdays 07:30-18:00 at standard rate"),
        ("Out-of-hours emergency call-out", "GBP 165 per hour", "minimum 3 hours"),
        ("Travel beyond 120 miles", "GBP 0.65 per mile", "whole journey"),
        ("Overnight accommodation", "GBP 145 per night", "per inspector"),
    ]:
        ws2.append(list(r))
    for col, w in zip("ABC", (40, 22, 40)):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Ride Categories")
    ws3.append(["Ride categories used in Carouvera quotes"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Category", "Description", "Examination SKU", "NDT SKU"])
    for r in [
        ("A", "kiddie rides, max passenger height 1.2 m above ground", "CRI-AI-KID", "-"),
        ("B", "family rides", "CRI-AI-FAM", "CRI-NDT-FAM"),
        ("C", "thrill rides", "CRI-AI-MAJ", "CRI-NDT-MAJ"),
        ("D", "major rides incl. coasters and inverted rides", "CRI-AI-MAJ / CRI-AI-RC", "CRI-NDT-MAJ"),
    ]:
        ws3.append(list(r))
    wb.save(K / "carouvera-price-list-2026.xlsx")


# ---------------------------------------------------------------- Markdown KB article
MD = """# InspectHub records portal - frequently asked questions

InspectHub is Carouvera's online portal where parks keep inspection reports, defect lists, DOCs and daily
check records for every ride in one place.

## Which plans exist?
- **InspectHub Standard** (CRI-HUB-STD, GBP 1,440 per park for 12 months): up to 15 named users, all
  Carouvera reports and certificates, defect tracker, daily-check app for up to 40 rides.
- **InspectHub Plus** (CRI-HUB-PLUS, GBP 2,280 per park for 12 months): unlimited users, unlimited rides,
  single sign-on (SSO) with Microsoft Entra ID or Google Workspace, and an audit log export.

SSO is available on InspectHub Plus only. Upgrading from Standard to Plus during a term is charged pro rata
for the months remaining.

## How long is data kept?
Reports, certificates and defect records are kept for 10 years after the ride leaves the park's register,
matching the retention period recommended for ride records. Daily check records are kept for 3 years.
When a subscription ends, the park has 90 days to export everything (PDF and CSV) before the account is
made read-only; records stay retrievable on request within the retention period.

## The daily-check app
The app works offline on Android and iOS and uploads when a signal returns. Each check is time-stamped and
signed by the operator's PIN. A failed check item raises a defect in the tracker and e-mails the park's
nominated maintenance lead within 5 minutes.

## Availability and support
Target availability is 99.5% per calendar month, excluding announced maintenance on Tuesdays between 22:00
and 23:00 UK time. Portal support is by e-mail on weekdays from 08:00 to 17:30, with a first response within
4 working hours.

## Where is data hosted?
In Microsoft Azure data centres in the UK South region; backups are encrypted and kept for 35 days.
"""


# ---------------------------------------------------------------- HTML page
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Emergency and incident support - Carouvera Ride Inspections</title></head>
<body>
<h1>Emergency and incident support</h1>
<p>When a ride stops with passengers on board, suffers a structural or restraint failure, or is involved in a
reportable incident, call our 24/7 line on <strong>0113 496 0721</strong>. A duty engineer answers within
15 minutes, day and night, every day of the year.</p>
<h2>Response times</h2>
<table border="1">
<tr><th>Priority</th><th>Situation</th><th>On site within 120 miles of Leeds</th><th>Beyond 120 miles</th></tr>
<tr><td>P1</td><td>passengers stranded, injury, structural or restraint failure</td><td>4 hours</td><td>8 hours</td></tr>
<tr><td>P2</td><td>ride closed by a fault, no injury</td><td>next working day</td><td>within 2 working days</td></tr>
<tr><td>P3</td><td>advice on a defect, remote review of photos</td><td>remote, same working day</td><td>remote, same working day</td></tr>
</table>
<h2>Charges</h2>
<p>Emergency call-outs outside 07:30-18:00 on weekdays, and all weekend and bank-holiday call-outs, are charged at
GBP 165 per hour with a minimum of 3 hours, plus travel. Call-outs during weekday hours are charged at the standard
GBP 95 per hour. Parks with an Incident Cover retainer (CRI-SUP-24, GBP 2,350 for 12 months) receive 2 call-outs
of up to 6 hours each without charge, then a 20% reduction on further call-out hours.</p>
<h2>What to do while you wait</h2>
<ul>
<li>Keep the ride isolated and do not attempt to reset faults or clear error logs; the control system log is evidence.</li>
<li>Evacuate passengers only by the procedure in the ride manual, using trained staff; if the manual procedure cannot be
followed safely, call the fire and rescue service on 999 first and us second.</li>
<li>Photograph the ride, the restraint positions and any damaged parts before anything is moved.</li>
<li>Tell the duty engineer the ride name, its ADIPS DOC number, the priority you believe applies and how many passengers
were on board.</li>
</ul>
<h2>After an incident</h2>
<p>We support the park with RIDDOR reporting, preserve evidence, and carry out a post-incident inspection before the
ride reopens. A ride involved in a P1 incident cannot reopen until a post-incident inspection report has been
issued and any Category A findings are closed.</p>
</body></html>
"""


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "inspecthub-faq.md").write_text(MD, encoding="utf-8")
    (K / "emergency-support.html").write_text(HTML, encoding="utf-8")
    print("written:", sorted(p.name for p in K.iterdir()))
