"""Generate the knowledge sources of the keelhaven-crane-inspections scenario.

Run with an interpreter that has python-docx, openpyxl and reportlab, e.g.
PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    from docx import Document
    d = Document()
    d.add_heading("Keelhaven Crane Assurance B.V. - Inspection Service Schedule KH-SS-2025", 0)
    d.add_paragraph("Applies to all thorough examinations, NDT and load testing of port cranes ordered from "
                    "Keelhaven Crane Assurance B.V., Waalhaven Z.z. 48, Rotterdam. Version 2025-01. This schedule "
                    "forms part of every quote and is read together with the Master Services Agreement.")
    d.add_heading("1. Scope of a thorough examination", 1)
    d.add_paragraph("A thorough examination (SKU KH-STS-TI, KH-RTG-TI, KH-MHC-TI) covers the load-bearing structure, "
                    "hoist, trolley, gantry and boom mechanisms, brakes (static and dynamic brake test), limit "
                    "switches, the rated capacity indicator (RCI) function test, the anemometer and wind alarm check, "
                    "emergency stops, storm pins and tie-downs. Spreaders, headblocks and electrical installation "
                    "testing are not part of a thorough examination and are quoted separately.")
    d.add_paragraph("Each examination is led by a competent person with a minimum of 5 years of port crane "
                    "examination experience, supported by rope-access technicians where work at height on the "
                    "boom or trolley girder is required.")
    d.add_heading("2. Planning and crane availability", 1)
    d.add_paragraph("Campaign dates are agreed in writing at least 6 weeks before the first day on site. The Client "
                    "shall make each crane available in a de-energised, locked-out state at the agreed start time, "
                    "with a crane driver and an electrician on call. If a crane is not released within 60 minutes of "
                    "the agreed start time, waiting time is charged at EUR 185 per inspector-hour after the first "
                    "60 minutes.")
    d.add_heading("3. Cancellation and postponement", 1)
    d.add_paragraph("A booked campaign may be postponed free of charge up to 10 working days before the first day "
                    "on site. Cancellation or postponement less than 10 working days before the start is charged at "
                    "50% of the mobilisation fee. Cancellation less than 48 hours before the start is charged at "
                    "100% of the mobilisation fee plus EUR 950 per inspector-day booked.")
    d.add_heading("4. Weather", 1)
    d.add_paragraph("Rope-access and boom work is suspended when the mean wind speed at the boom-tip anemometer "
                    "exceeds 15 m/s, and whenever lightning is detected within 10 km. Load tests follow the stricter "
                    "limit in method statement MS-NDT-07. The first 4 hours of weather stand-down per campaign are "
                    "free of charge; further stand-down is charged at EUR 140 per inspector-hour. Stand-down never "
                    "counts as cancellation by the Client.")
    d.add_heading("5. Defects and reporting", 1)
    d.add_paragraph("Defects are classified as follows. Category A (dangerous): reported verbally to the terminal "
                    "duty manager on the spot and confirmed in a written Defect Notice within 24 hours; Keelhaven "
                    "recommends immediate removal from service. Category B: repair required within 30 days. "
                    "Category C: to be monitored at the next examination.")
    d.add_paragraph("The full Report of Thorough Examination is issued in CraneLog within 10 working days of the last "
                    "day on site for that crane. Keelhaven keeps a copy of every report for 10 years.")
    d.add_paragraph("A re-inspection after repair of a Category A defect is charged at EUR 620 per visit "
                    "(SKU KH-REINSP) within 150 km of Rotterdam; beyond that distance travel is added at the "
                    "rates of the price list.")
    d.add_heading("6. Invoicing and payment", 1)
    d.add_paragraph("Campaign services are invoiced per completed campaign. CraneLog subscriptions are invoiced "
                    "annually in advance, including multi-year subscriptions. Payment is due 30 days from the invoice "
                    "date. Late payment carries statutory commercial interest.")
    d.save(K / "keelhaven_service_schedule.docx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    ss = getSampleStyleSheet()
    s = []
    def h(t): s.append(Paragraph(t, ss["Heading2"]))
    def p(t): s.append(Paragraph(t, ss["BodyText"])); s.append(Spacer(1, 4))
    s.append(Paragraph("Method Statement MS-NDT-07: Wire Rope Testing, Structural NDT and Load Testing of Port Cranes", ss["Title"]))
    p("Keelhaven Crane Assurance B.V. - revision 4, February 2025. Applies to SKUs KH-MRT-STS, KH-MRT-RTG, "
      "KH-NDT-SW, KH-NDT-SW-MHC, KH-LT-110 and KH-LT-125.")
    h("1. Accreditation and personnel")
    p("Keelhaven is accredited as a Type A inspection body to ISO/IEC 17020 by the Dutch Accreditation Council (RvA) "
      "under accreditation number I 284. NDT technicians are certified to EN ISO 9712 Level 2 in the method they "
      "apply; every ultrasonic (UT) report is reviewed and countersigned by an EN ISO 9712 Level 3.")
    h("2. Magnetic rope testing (MRT)")
    p("Running ropes are tested with an electromagnetic rope tester according to EN 12927-8 and ASTM E1571, measuring "
      "loss of metallic cross-sectional area (LMA) and local faults (LF) such as broken wires. Rope speed during the "
      "test is limited to 0.5 m/s. A rope set means all running ropes of one hoisting system: on an STS crane the main "
      "hoist and the boom hoist are two separate rope sets; on an RTG the hoist ropes form one rope set.")
    p("Discard assessment follows ISO 4309:2017. Ropes showing a loss of metallic area of 7% or more relative to the "
      "reference trace are recommended for replacement; ropes between 4% and 7% are flagged for a repeat test within "
      "6 months. The first MRT of a rope establishes the reference trace unless a baseline from rope installation is "
      "supplied by the Client.")
    h("3. Structural NDT")
    p("Magnetic particle inspection (MPI, ISO 17638) and ultrasonic testing (UT, ISO 17640) are carried out on the "
      "critical weld list: on an STS crane 42 hot-spot locations including the boom hinge, forestay pin lugs, "
      "trolley girder splice welds and the portal beam to leg connections. Coating is removed locally and the "
      "area is recoated with one coat of zinc-rich primer; the finishing topcoat is not included.")
    h("4. Load testing")
    p("Load tests use certified water bags of 35 t each. KH-LT-110 is a dynamic test at 110% of the safe working load "
      "(SWL); KH-LT-125 is a static test at 125% of SWL, with the load held for 10 minutes at the lowest practical "
      "height. Load tests are not started, and are stopped, when the mean wind speed exceeds 9 m/s.")
    p("The Client supplies fresh or harbour water and a vessel-free berth area of at least 30 x 20 m. For a 125% test "
      "on a 100 t mobile harbour crane approximately 160 cubic metres of water are needed per crane. Water discharge "
      "after the test is the Client's responsibility.")
    h("5. Exclusions")
    p("Electrical installation inspection (NEN 3140), spreader examination (SKU KH-SPR-TI, quoted separately), "
      "repairs, rope replacement and scaffolding are excluded. Keelhaven does not issue a Return to Service Note for "
      "a crane with an open Category A defect.")
    SimpleDocTemplate(str(K / "keelhaven_method_statement.pdf"), pagesize=A4,
                      title="MS-NDT-07", author="Keelhaven Crane Assurance").build(s)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Services 2025"
    ws.append(["Keelhaven Crane Assurance - Service price list 2025 (EUR, excluding VAT)"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["SKU", "Service", "Unit", "List price EUR", "Notes"])
    rows = [
        ("KH-STS-TI", "Annual thorough examination, ship-to-shore (STS) container crane", "per crane", 9800, "Includes RCI and brake test"),
        ("KH-RTG-TI", "Annual thorough examination, rubber-tyred gantry (RTG)", "per crane", 3450, ""),
        ("KH-MHC-TI", "Thorough examination, mobile harbour crane (MHC)", "per crane", 5200, "Up to 150 t SWL"),
        ("KH-SPR-TI", "Spreader thorough examination", "per spreader", 890, "Twistlocks, flippers, telescopic frame"),
        ("KH-MRT-STS", "Magnetic rope testing, STS crane", "per rope set", 1150, "2 rope sets per STS crane"),
        ("KH-MRT-RTG", "Magnetic rope testing, RTG", "per rope set", 640, "1 rope set per RTG"),
        ("KH-NDT-SW", "Structural weld NDT (MPI/UT), STS crane", "per crane", 6400, "42 hot-spot locations"),
        ("KH-NDT-SW-MHC", "Structural weld NDT (MPI/UT), mobile harbour crane", "per crane", 3900, ""),
        ("KH-LT-110", "Dynamic load test 110% SWL with water bags", "per crane", 3700, ""),
        ("KH-LT-125", "Static proof load test 125% SWL with water bags", "per crane", 4900, ""),
        ("KH-DIG-12", "CraneLog digital inspection portal, 12-month subscription", "per terminal group", 3600, "Up to 25 cranes"),
        ("KH-DIG-36", "CraneLog digital inspection portal, 36-month subscription", "per terminal group", 9720, "Up to 25 cranes"),
        ("KH-MOB", "Mobilisation of inspection and rope-access team", "per campaign", 2750, "One campaign = one site, consecutive days"),
        ("KH-EMG-CALL", "Emergency post-incident callout", "per callout", 1450, "Includes first 2 hours on site, then EUR 165 per hour"),
        ("KH-REINSP", "Re-inspection after Category A repair", "per visit", 620, "Within 150 km of Rotterdam"),
    ]
    for r in rows:
        ws.append(list(r))
    ws2 = wb.create_sheet("Durations")
    ws2.append(["Keelhaven - planning durations and team sizes per crane type (2025)"])
    ws2["A1"].font = Font(bold=True, size=14)
    ws2.append(["Crane type", "Thorough examination downtime (hours)", "MRT downtime per rope set (hours)",
                "Load test downtime (hours)", "Team size on site"])
    ws2.append(["STS container crane", 14, 3, 8, 3])
    ws2.append(["RTG", 5, 1.5, 4, 2])
    ws2.append(["Mobile harbour crane", 8, 2, 6, 2])
    ws2.append(["Note: STS examinations are planned over two consecutive shifts; downtime excludes lock-out and handover."])
    ws3 = wb.create_sheet("Surcharges")
    ws3.append(["Keelhaven - surcharges and travel 2025"])
    ws3["A1"].font = Font(bold=True, size=14)
    ws3.append(["Item", "Rate", "Condition"])
    ws3.append(["Night shift (22:00-06:00)", "+35%", "On hourly and per-crane prices for work in that window"])
    ws3.append(["Saturday", "+50%", ""])
    ws3.append(["Sunday and public holidays", "+100%", "Dutch or Belgian public holidays, per site location"])
    ws3.append(["Minimum charge for surcharged work", "4 hours", "Per inspector"])
    ws3.append(["Travel beyond 300 km from Rotterdam", "EUR 0.65 per km", "Per vehicle, both ways"])
    wb.save(K / "keelhaven_pricelist_2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
MD = """# CraneLog portal: frequently asked questions

CraneLog is Keelhaven's digital inspection portal (SKUs KH-DIG-12 and KH-DIG-36). Every Report of Thorough
Examination, Defect Notice, MRT trace and load-test certificate we issue is published there.

**How many cranes and users are included?** A subscription covers one terminal group with up to 25 cranes. It
includes unlimited read-only users and 10 editor seats (editors can close defects and upload repair evidence).

**Can we log in with our company accounts?** Yes. Single sign-on is supported through SAML 2.0, which works with
Azure AD / Entra ID, Okta and ADFS. Multi-factor authentication is enforced for editor seats without SSO.

**Where is the data hosted?** In the EU, on AWS in Frankfurt (eu-central-1), with a backup copy in Dublin
(eu-west-1). Data is encrypted at rest (AES-256) and in transit (TLS 1.2 or higher).

**Availability?** We commit to 99.5% monthly availability, excluding announced maintenance on Sundays between 02:00
and 05:00 CET.

**Can we export our data?** Reports export as PDF; defect lists and inspection schedules export as CSV (opens in
Excel); a REST API returning JSON is available to all subscriptions, for example to push defects into a CMMS such
as SAP PM or Maximo.

**Notifications?** Category A defects trigger an e-mail and SMS to up to 5 named duty contacts within 15 minutes of
the inspector submitting them. Upcoming examination due dates are e-mailed 60 days ahead.

**What happens to our data when the subscription ends?** The account stays readable for 90 days, during which a
full export can be downloaded; after that, the Client's data is deleted. Keelhaven's own legal copy of each report
is kept separately for 10 years.
"""

# ---------------------------------------------------------------- HTML page
HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Keelhaven 24/7 emergency crane callout</title></head>
<body>
<h1>24/7 emergency post-incident examination</h1>
<p>When a crane has been involved in an incident - a boom or spreader strike on a vessel, a collision between
cranes, an overload trip, a gantry derailment or a storm with gusts above 25 m/s while the crane was not tied down -
it must be examined before it returns to service. Our emergency hotline is staffed day and night:
<strong>+31 10 555 0142</strong>.</p>
<h2>Response times</h2>
<table border="1">
<tr><th>Zone</th><th>Road distance from Rotterdam</th><th>Inspector on site within</th></tr>
<tr><td>Zone 1</td><td>up to 150 km (e.g. Antwerp, Moerdijk, Vlissingen)</td><td>6 hours</td></tr>
<tr><td>Zone 2</td><td>150 to 300 km (e.g. Liege, Ghent inland, Duisburg)</td><td>10 hours</td></tr>
<tr><td>Zone 3</td><td>beyond 300 km</td><td>next calendar day</td></tr>
</table>
<h2>What it costs</h2>
<p>A callout (SKU KH-EMG-CALL) costs EUR 1,450 and includes the first 2 hours on site; further time is charged at
EUR 165 per hour. Night, weekend and public holiday surcharges from the price list apply to the hourly part only.
Clients with a running annual campaign contract get the callout fee at EUR 1,150.</p>
<h2>What you receive</h2>
<p>An initial safety assessment on site, then either a Return to Service Note or a Category A Defect Notice. The
crane cannot be returned to service until a Return to Service Note has been issued.</p>
</body></html>
"""


def main():
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "cranelog_faq.md").write_text(MD, encoding="utf-8")
    (K / "emergency_callout.html").write_text(HTML, encoding="utf-8")
    print("sources written to", K)


if __name__ == "__main__":
    main()
