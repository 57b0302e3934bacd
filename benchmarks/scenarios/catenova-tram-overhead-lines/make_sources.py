"""Generate the knowledge sources of the catenova-tram-overhead-lines scenario.

Run with: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch folder).
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
    d.add_heading("Service Level Schedule SLS-OCL-2025", 0)
    d.add_paragraph("Overhead contact line maintenance - Catenova Traction Services B.V. "
                    "Schedule to the framework agreement for tram networks. Version 2025.2, issued 3 February 2025.")
    d.add_heading("1. Scope", 1)
    d.add_paragraph(
        "This schedule covers the overhead contact line (OCL) of 600 V and 750 V DC tram networks: contact wire, "
        "span wires and cantilevers, pull-offs, section insulators, tensioning devices (balance-weight and spring), "
        "feeder and jumper connections up to the first isolator, and the associated earthing and bonding of OCL poles. "
        "Excluded from scope: traction substations and cabling upstream of the feeder isolator, pole foundations and "
        "other civil works, track, and the pantographs or trolley equipment of the Client's vehicles.")
    d.add_heading("2. Fault priorities and response times", 1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Priority", "Typical fault", "On-site attendance", "Target"]):
        c.text = h
    rows = [
        ("Priority 1", "Line down, dewirement, live conductor on the ground, tram service stopped",
         "within 45 minutes inside the city zone; within 90 minutes outside the city zone",
         "make safe within 2 hours; restore traffic within 6 hours"),
        ("Priority 2", "Degraded operation, speed restriction, damaged dropper or pull-off",
         "within 4 hours", "permanent repair within 24 hours"),
        ("Priority 3", "Defect found during inspection without service impact",
         "planned", "repair within 10 working days or at the next planned possession"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    d.add_paragraph(
        "The city zone is the area inside the A10-ring as shown in Annex B. Attendance time runs from the moment the "
        "Client's network control centre confirms the fault by telephone to the Catenova hotline until the first "
        "qualified technician reports on site. Priority is assigned by the Client's controller and may be revised "
        "jointly once the crew is on site.")
    d.add_heading("3. Service credits", 1)
    d.add_paragraph(
        "If Catenova misses the Priority 1 attendance time, the Client receives a service credit of 5% of the monthly "
        "retainer fee per late incident, capped at 20% of the monthly retainer fee in any calendar month. The monthly "
        "retainer fee is one twelfth of the annual retainer price. A missed Priority 2 attendance earns a credit of 2% "
        "per incident within the same cap. No credit is due where access to site was refused or delayed by a third "
        "party, where the network controller did not grant isolation within 20 minutes of the crew's arrival, or "
        "during force majeure, including wind gusts above 90 km/h as measured at the KNMI Schiphol station. "
        "Credits are deducted from the next quarterly retainer invoice.")
    d.add_heading("4. Possessions, isolation and earthing", 1)
    d.add_paragraph(
        "Planned work is carried out in engineering possessions, normally between 00:30 and 04:30 on weeknights. "
        "Contact-wire renewal requires a possession of at least 3.5 hours of effective working time. The Client's "
        "network control centre issues the permit-to-work and switches off the traction supply; Catenova's "
        "Authorised Person verifies de-energisation and applies and removes the working earths, and hands the section "
        "back in writing before re-energisation.")
    d.add_paragraph(
        "Possessions cancelled by the Client with at least 48 hours notice are not charged. Possessions cancelled "
        "with less than 48 hours notice are charged at 60% of the planned shift value; possessions cancelled after the "
        "crew has left the depot are charged at 100%. Possessions lost to weather limits under MS-CW-07 are not "
        "charged and are rescheduled at the next available slot.")
    d.add_heading("5. Crews and equipment", 1)
    d.add_paragraph(
        "A standard night crew consists of one Authorised Person, three OCL technicians and one road-rail vehicle "
        "(RRV) with an insulated working platform rated 1,000 V DC. All technicians hold the VCA-VOL safety "
        "certificate and the Catenova OCL competence card, renewed every 24 months. Crew changes are notified to the "
        "Client at least 5 working days before a shift.")
    d.add_heading("6. Reporting", 1)
    d.add_paragraph(
        "The inspection report, including the defect register with photographs and GPS positions per pole number, is "
        "delivered within 10 working days after the last inspection shift. Priority 3 defects are uploaded to the "
        "Catenova client portal within 48 hours of detection. A monthly KPI report (attendance times, credits, "
        "defects open and closed, possessions used and cancelled) is issued by the 5th working day of the month.")
    d.add_heading("7. Warranty", 1)
    d.add_paragraph(
        "Catenova warrants its workmanship for 24 months from the handback of each work section. New contact wire "
        "and fittings carry a materials warranty of 12 months against manufacturing defects. The warranty does not "
        "cover damage caused by defective pantographs or trolley poles, vehicle or crane strikes, vandalism, or "
        "modifications made by third parties.")
    d.add_heading("8. Invoicing", 1)
    d.add_paragraph(
        "The emergency retainer is invoiced quarterly in advance. Inspections, measurements and renewals are invoiced "
        "monthly in arrears on the basis of signed shift sheets. Payment term: 30 days from invoice date. Price "
        "indexation applies once a year on 1 January using the CBS CAO-wage index for construction, capped at 4%.")
    d.save(K / "Catenova_Service_Level_Schedule_SLS-OCL-2025.docx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h = ss["Heading2"]
    story = [Paragraph("Method Statement MS-CW-07", ss["Title"]),
             Paragraph("Contact wire renewal and wear management - Catenova Traction Services B.V. - revision D, 2025", body),
             Spacer(1, 4 * mm)]
    sections = [
        ("1. Purpose", "This method statement describes how Catenova measures contact-wire wear, decides on renewal "
         "and renews contact wire on tram overhead lines operated at 600 V or 750 V DC. It applies to all renewal "
         "work under the SKUs CW-RPL-100 and CW-RPL-120."),
        ("2. Wire types", "Two grooved contact wire types are in use on the networks we maintain: Ri 100 in Cu-ETP "
         "copper (100 mm2, nominal height 12.0 mm) and Ri 120 in CuAg0.1 silver-bearing copper (120 mm2, nominal "
         "height 13.2 mm). Mixing types within one tension length is not permitted; transitions are made at an "
         "overlap or a section insulator."),
        ("3. Wear measurement", "Residual wire height is measured by the laser measurement RRV at 10 m intervals and "
         "confirmed by calliper at every spot where the laser reading is within 0.5 mm of the renewal threshold. "
         "Renewal thresholds: Ri 100 is renewed when the residual height falls to 9.0 mm (about 25% loss of "
         "cross-section); Ri 120 is renewed when the residual height falls to 9.6 mm (about 30% loss of "
         "cross-section). Spots below threshold over less than 2 m may be repaired with a splice instead."),
        ("4. Tension and geometry", "Ri 100 is tensioned to 10 kN and Ri 120 to 12 kN, by balance-weight devices "
         "with a 1:3 pulley ratio or by spring tensioners on lengths under 400 m. Contact-wire height is set at a "
         "nominal 5.80 m above top of rail, never below 5.00 m (under bridges, with the Client's approval) and never "
         "above 6.50 m. Stagger is kept within plus or minus 250 mm of the track centre line on straight track."),
        ("5. Splices", "A maximum of one splice per 500 m of tension length is allowed, and no splice may be placed "
         "within 20 m of a section insulator or within 10 m of a pull-off at a curve."),
        ("6. Production rates", "One standard night crew with one RRV renews 300 m of contact wire in a possession of "
         "3.5 hours effective working time; two crews working from both ends renew 450 m. In curves with radius "
         "below 50 m the rate falls to 200 m per crew and possession."),
        ("7. Running-in", "After renewal, trams run at a maximum of 25 km/h over the new wire for the first 50 "
         "pantograph passes, after which the Authorised Person lifts the restriction following a visual check of the "
         "wire surface."),
        ("8. Weather limits", "No work at height is carried out when mean wind speed exceeds 60 km/h, when lightning "
         "is detected within 10 km, or during freezing rain. Wire stringing is not carried out below -10 degrees C. "
         "Shifts lost to weather are rescheduled without charge."),
        ("9. Recovered copper", "Old contact wire is cut into drums, weighed on a calibrated scale and taken to a "
         "certified recycler. The Client is credited for recovered copper at the LME copper cash settlement price of "
         "the week of removal less 18% for handling and transport, shown as a credit line on the next monthly "
         "invoice together with the weighbridge tickets."),
        ("10. Records", "For each renewed section the handback pack contains: the wire drum certificate, tension "
         "settings, height and stagger readings at every support, splice positions and the signed permit-to-work."),
    ]
    for title, text in sections:
        story += [Paragraph(title, h), Paragraph(text, body)]
    tbl = Table([["Wire type", "Area", "Nominal height", "Renewal at", "Tension"],
                 ["Ri 100 Cu-ETP", "100 mm2", "12.0 mm", "9.0 mm", "10 kN"],
                 ["Ri 120 CuAg0.1", "120 mm2", "13.2 mm", "9.6 mm", "12 kN"]])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [Spacer(1, 4 * mm), Paragraph("Summary table", h), tbl]
    SimpleDocTemplate(str(K / "Catenova_Method_Statement_MS-CW-07.pdf"), pagesize=A4,
                      title="Method Statement MS-CW-07").build(story)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Services"
    ws.append(["Catenova Traction Services - Rate card 2025 (EUR, excl. VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price EUR", "Minimum order", "Notes"])
    for row in [
        ("OCL-INSP-ANN", "Annual OCL inspection, double track", "route-km", 1850, "10 route-km", "Visual, mechanical and clearance check"),
        ("OCL-INSP-SGL", "Annual OCL inspection, single track", "route-km", 1190, "10 route-km", "Visual, mechanical and clearance check"),
        ("OCL-GEO-MEAS", "Geometry and wear measurement run", "night shift", 4200, "2 shifts", "Up to 18 km of track measured per shift"),
        ("CW-RPL-100", "Contact wire renewal Ri 100 Cu-ETP", "100 m section", 2640, "3 sections", "Installed and tensioned"),
        ("CW-RPL-120", "Contact wire renewal Ri 120 CuAg0.1", "100 m section", 2950, "3 sections", "Installed and tensioned"),
        ("SI-OVH-STD", "Section insulator overhaul", "each", 640, "-", "Runners, skids, rods, alignment"),
        ("SI-RPL-NEW", "Section insulator supply and install", "each", 3980, "-", "Includes removal of old unit"),
        ("TEN-BWT-SVC", "Balance-weight tensioner service", "device", 385, "-", "Pulleys, weights, travel check"),
        ("TEN-SPR-SVC", "Spring tensioner service", "device", 290, "-", "Spring load test"),
        ("EMR-RESP-247", "Emergency response retainer 24/7", "contract year", 38500, "1 year", "See retainer FAQ"),
        ("EMR-RESP-BH", "Emergency response retainer business hours (Mon-Fri 07:00-19:00)", "contract year", 21000, "1 year", "See retainer FAQ"),
        ("DRN-THM-FDR", "Drone thermographic survey of feeders and jumpers", "survey day", 3600, "1 day", "Up to 60 feeder points per day"),
    ]:
        ws.append(list(row))
    s = wb.create_sheet("Surcharges")
    s.append(["Surcharges and ad-hoc charges 2025"])
    s["A1"].font = Font(bold=True, size=13)
    s.append([])
    s.append(["Item", "Charge", "Condition"])
    for row in [
        ("Weeknight possession (Mon-Fri 22:00-06:00)", "included", "Planned work at rate-card prices"),
        ("Saturday night possession", "+15%", "On the shift value"),
        ("Sunday and public holiday possession", "+35%", "On the shift value"),
        ("Emergency call-out outside retainer", "EUR 1,450 per call-out", "Includes first 4 hours on site"),
        ("Additional labour", "EUR 165 per technician-hour", "After the first 4 hours of a call-out"),
        ("Cancelled possession (<48 h notice)", "60% of planned shift value", "100% once crew has left depot"),
        ("Standby RRV without crew", "EUR 780 per night", "On request"),
    ]:
        s.append(list(row))
    p = wb.create_sheet("Spares")
    p.append(["Spares held for Havenstad - prices and lead times 2025"])
    p["A1"].font = Font(bold=True, size=13)
    p.append([])
    p.append(["Part no.", "Description", "Unit", "Price EUR", "Lead time", "Stock at Westpoort depot"])
    for row in [
        ("CW-RI100-D1000", "Contact wire Ri 100 Cu-ETP, drum", "1,000 m drum", 11800, "6 weeks", 2),
        ("CW-RI120-D1000", "Contact wire Ri 120 CuAg0.1, drum", "1,000 m drum", 15400, "10 weeks", 1),
        ("SI-750-TR", "Section insulator 750 V, tram type", "each", 2450, "8 weeks", 3),
        ("PO-CLMP-STD", "Pull-off clamp, bronze", "each", 38, "2 weeks", 120),
        ("SPL-RI120", "Contact wire splice Ri 120", "each", 96, "3 weeks", 25),
        ("BW-DISC-25", "Balance weight disc 25 kg", "each", 54, "4 weeks", 60),
    ]:
        p.append(list(row))
    for sh in (ws, s, p):
        for col, w in zip("ABCDEF", (20, 52, 26, 22, 22, 36)):
            sh.column_dimensions[col].width = w
    wb.save(K / "Catenova_Rate_Card_2025.xlsx")


# ---------------------------------------------------------------- Markdown KB
MD = """# Emergency call-outs and the 24/7 response retainer - FAQ

*Catenova Traction Services knowledge base - last reviewed April 2025*

## How do we call you out?
Your network control centre calls the Catenova OCL hotline on **+31 20 555 0147** (staffed 24/7, 365 days a year).
Always give the pole number or nearest stop, the track, and whether the traction supply has been switched off.
E-mail is not accepted for Priority 1 or Priority 2 faults; a written confirmation follows from our duty engineer.

## What does the 24/7 retainer (EMR-RESP-247) include?
- A standby crew of 2 technicians and 1 road-rail vehicle stationed at the Catenova Westpoort base, every night and
  weekend, plus a duty engineer on call.
- Up to 12 Priority 1 call-outs and up to 24 Priority 2 call-outs per contract year. Call-outs beyond these
  numbers are charged at EUR 1,450 per call-out.
- Labour for the first 4 hours on site of each call-out. After that, labour is charged at EUR 165 per
  technician-hour.
- Materials used in emergency repairs are charged at rate-card spares prices.

## And the business-hours retainer (EMR-RESP-BH)?
It covers Monday to Friday, 07:00 to 19:00, excluding public holidays, with up to 6 Priority 1 call-outs and up to
12 Priority 2 call-outs per contract year. Outside those hours every call-out is charged at EUR 1,450.

## What happens in a storm?
When the KNMI issues a code orange wind warning for the region, we pre-position a second crew at no extra cost,
a maximum of 6 times per contract year. Work at height stops when mean wind speed exceeds the limit in MS-CW-07.

## What happens after a dewirement?
Our duty engineer leads a joint investigation with your rolling-stock team and issues a report within 5 working
days, including the probable cause (wire, fitting, pantograph or external) and the corrective actions.

## Can unused call-outs be carried over?
No. Unused call-outs expire at the end of each contract year and are not refunded.
"""


def make_md():
    (K / "emergency-retainer-faq.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
