"""Generate the four knowledge sources of the altivo-facade-gondolas scenario.

Run with a Python that has python-docx and openpyxl; reportlab is looked up in
/tmp/rl_scratch if it is not installed (pip install --target /tmp/rl_scratch reportlab).
"""
import os
import sys

sys.path.append("/tmp/rl_scratch")

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
OUT = os.path.join(HERE, "knowledge")
os.makedirs(OUT, exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Altivo TR-Series Building Maintenance Units - Technical and Safety Specification", 0)
    d.add_paragraph("Document ALT-TS-TR-2025, revision 3, issued 6 January 2025. Altivo Facade Access B.V., "
                    "Rotterdam. This specification applies to the roof-track BMU models TR8 and TR12 and to the "
                    "TGP temporary suspended gondolas. It forms part of every Altivo quotation that refers to it.")

    d.add_heading("1. Roof-track BMU models", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Parameter", "TR8", "TR12"
    rows = [
        ("Telescopic jib outreach", "2.5 m to 8.0 m", "4.5 m to 12.0 m"),
        ("Maximum suspension height", "100 m", "150 m"),
        ("Slew range", "360 degrees continuous", "360 degrees continuous"),
        ("Hoisting speed (cradle)", "9 m/min", "9 m/min"),
        ("Travel speed along roof track", "10 m/min", "10 m/min"),
        ("Machine mass without cradle", "6,900 kg", "9,600 kg"),
        ("Maximum wheel load (4 wheels)", "29 kN", "38 kN"),
        ("Installed power", "11 kW", "15 kW"),
        ("Supply", "400 V, 3-phase, 50 Hz, 32 A", "400 V, 3-phase, 50 Hz, 32 A"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v

    d.add_heading("2. Cradle options", 1)
    d.add_paragraph("2P cradle: 2 persons, rated load 240 kg (two operators plus 80 kg of tools and water), "
                    "platform length 4.0 m, width 0.75 m. 3P cradle: 3 persons, rated load 360 kg, platform length "
                    "6.0 m. Cradles are aluminium with 1.1 m guard rails, non-slip floor and a rubber facade "
                    "bumper roller every 1.5 m. The cradle type cannot be changed after the jib has been load "
                    "tested without a new type examination (charged separately).")

    d.add_heading("3. TGP temporary suspended gondolas", 1)
    d.add_paragraph("TGP-6M: 6 m platform, 2 persons, rated load 300 kg, maximum suspension height 100 m, "
                    "two traction hoists of 500 kg each, hoisting speed 8 m/min, 230 V single-phase 16 A supply. "
                    "TGP-10M: 10 m platform, 3 persons, rated load 450 kg, maximum suspension height 100 m. "
                    "The atrium kit includes two parapet clamps for parapets 200 mm to 600 mm wide; where "
                    "there is no suitable parapet, roof davits are required (not included).")

    d.add_heading("4. Operating limits", 1)
    d.add_paragraph("Operation is permitted up to a wind speed of 14 m/s measured at the jib head. The "
                    "anemometer on the jib gives an amber warning at 11 m/s and stops all movement except "
                    "lowering at 14 m/s. Out of service, the parked BMU with its storm tie-down engaged is "
                    "designed for a wind speed of 42 m/s. Operating temperature range: -10 °C to +40 °C; "
                    "the control system blocks start-up below -10 °C. Operation is not permitted during "
                    "thunderstorms or when ice is present on the track.")
    d.add_paragraph("Restraint: where the cradle drop exceeds 40 m, facade restraint pins must be installed with "
                    "a maximum vertical spacing of 12 m. Glazing inclined more than 15 degrees outward needs a "
                    "project-specific restraint design.")

    d.add_heading("5. Safety devices", 1)
    for s in [
        "Each hoist has a working rope and a secondary safety rope; the fall arrest device on the secondary "
        "safety rope locks automatically if the working rope breaks or if the descent speed exceeds 30 m/min.",
        "Overload cut-out set at 125% of the rated load; the cradle cannot be raised until the load is reduced.",
        "Tilt cut-out at 8 degrees longitudinal inclination of the cradle.",
        "Emergency manual descent: without power the cradle can be lowered from inside by a hand-released "
        "brake at a controlled rate of about 3 m/min.",
        "Anti-collision bumpers on the cradle and end-of-track limit switches with mechanical end stops.",
        "Emergency stop buttons on the cradle, the roof control panel and the pendant.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("6. Standards, finish and design life", 1)
    d.add_paragraph("Designed and CE marked to EN 1808:2015 and the Machinery Directive 2006/42/EC. Structural "
                    "design life 25 years with maintenance as per the Altivo service schedule. Standard finish: "
                    "hot-dip galvanised steel with a polyester powder coat in RAL 9006 (white aluminium). "
                    "Any other RAL colour is available at a surcharge of EUR 4,200 per machine and adds 2 weeks "
                    "to the lead time. Noise level below 70 dB(A) at 1 m.")

    d.add_heading("7. Warranty", 1)
    d.add_paragraph("Structural steelwork and roof track: 10 years against structural defects and perforating "
                    "corrosion. Mechanical and electrical components: 24 months from the date of commissioning. "
                    "Wire ropes: 12 months; normal wear of bumpers, rollers and brake linings is excluded. "
                    "All warranties are conditional on maintenance by Altivo or an Altivo-approved technician and "
                    "on keeping the logbook of daily pre-use checks. TGP temporary gondolas: 12 months.")
    d.save(os.path.join(OUT, "altivo-tr-series-specification.docx"))


# ---------------------------------------------------------------- PDF
def make_pdf():
    path = os.path.join(OUT, "altivo-service-plans-2025.pdf")
    st = getSampleStyleSheet()
    body = st["BodyText"]
    body.fontSize = 9.5
    body.leading = 12.5
    h = st["Heading2"]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Altivo Service Plans 2025")
    e = [Paragraph("Altivo Service Plans 2025 - Schedule of Services and Conditions", st["Title"]),
         Paragraph("Applies to Altivo TR-series BMUs and TGP gondolas in the Netherlands, Belgium and Germany. "
                   "Reference ALT-SP-2025. Prices exclude VAT.", body),
         Spacer(1, 6)]
    data = [["", "Essential (ALT-MP-ESS)", "Premium (ALT-MP-PREM)"],
            ["Annual fee, TR12 BMU", "EUR 8,900", "EUR 14,800"],
            ["Preventive maintenance visits", "2 per year", "4 per year"],
            ["Thorough examination (every 6 months)", "charged at EUR 690 each", "included (2 per year)"],
            ["Parts included", "none", "up to EUR 2,500 per year"],
            ["Wire rope set replacement", "charged at list price", "once per 5-year period included"],
            ["Breakdown response", "engineer on site within 2 business days", "engineer on site within 24 hours, 7 days a week"],
            ["Entrapment (persons in cradle)", "best effort", "on site within 4 hours, 24/7"],
            ["Availability guarantee", "none", "97% per calendar quarter"]]
    tb = Table(data, colWidths=[55 * mm, 55 * mm, 64 * mm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    e += [tb, Spacer(1, 8)]
    paras = [
        ("1. Thorough examinations",
         "Equipment for lifting persons must be thoroughly examined by a competent person every 6 months. "
         "Under the Premium plan both examinations are carried out by Altivo during a preventive visit and the "
         "report is uploaded to the customer portal within 5 working days. Defects classed as dangerous are "
         "reported the same day and the machine is taken out of service."),
        ("2. Response times",
         "Response times run from the moment a call is logged with the Altivo service desk (+31 10 555 0190). "
         "The entrapment response of 4 hours applies to sites within 80 km of an Altivo service depot "
         "(Rotterdam, Utrecht, Antwerp, Dusseldorf); beyond 80 km one hour is added per additional 50 km. "
         "Where persons are trapped the customer must first call the emergency services; Altivo's response "
         "does not replace the building's rescue plan."),
        ("3. Availability guarantee and service credits (Premium only)",
         "Availability is measured per calendar quarter as the share of scheduled working hours in which the BMU "
         "is available for use. Stoppages caused by weather beyond the operating limits, by the customer, by "
         "façade works of third parties or by planned maintenance are excluded. For each full percentage point "
         "below 97% a service credit of 5% of the quarterly fee is granted, capped at 25% of the quarterly fee. "
         "Service credits are deducted from the next invoice and are the customer's sole remedy for lack of "
         "availability."),
        ("4. Work outside the plan",
         "Hourly rate EUR 145 per hour during normal hours (Monday to Friday 07:00 to 18:00) and EUR 215 per "
         "hour out of hours, weekends and public holidays, minimum charge 2 hours per attendance. Travel beyond "
         "50 km from the depot is charged at EUR 0.85 per km. Parts are charged at the current Altivo price list."),
        ("5. Exclusions",
         "Damage caused by misuse, vandalism, collision of the cradle with the façade, operation by untrained "
         "persons or wind speeds above 42 m/s; damage to glazing or façade elements; cleaning of the BMU itself; "
         "software or control changes requested by the customer; removal of snow and ice from the track."),
        ("6. Customer obligations",
         "The customer ensures daily pre-use checks by a trained operator, keeps the logbook on the roof, keeps "
         "the track clear and gives Altivo engineers access to the roof during normal hours with 5 working days' "
         "notice for planned visits."),
        ("7. Price review, term and termination",
         "Plan fees are indexed every 1 January by the CBS consumer price index, with the increase capped at 4% "
         "per year. The initial term is the number of years stated in the quotation, after which the plan renews "
         "for successive periods of 12 months. Either party may terminate with 90 days' written notice before "
         "the anniversary date; termination during the initial term is only possible for material breach. "
         "Fees are invoiced annually in advance from the commissioning date."),
    ]
    for title, text in paras:
        e += [Paragraph(title, h), Paragraph(text, body)]
    doc.build(e)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Equipment"
    ws.append(["Altivo Facade Access - Price List 2025 (EUR, excluding VAT, valid 1 January to 31 December 2025)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price (EUR)", "Lead time (weeks)", "Warranty"])
    rows = [
        ("ALT-BMU-TR8-2P", "TR8 roof-track BMU, 8.0 m telescopic jib, 2-person cradle", "each", 298000, 18, "see spec ALT-TS-TR-2025"),
        ("ALT-BMU-TR12-2P", "TR12 roof-track BMU, 12.0 m telescopic jib, 2-person cradle", "each", 412000, 22, "see spec ALT-TS-TR-2025"),
        ("ALT-BMU-TR12-3P", "TR12 roof-track BMU, 12.0 m telescopic jib, 3-person cradle", "each", 447500, 24, "see spec ALT-TS-TR-2025"),
        ("ALT-TRK-R200", "Roof rail track R200, hot-dip galvanised, incl. fixings and end stops", "linear metre", 385, 8, "10 years structural"),
        ("ALT-TRK-CRV", "Curved track section, radius 4 m or more", "each", 2950, 10, "10 years structural"),
        ("ALT-TGP-6M", "TGP-6M temporary suspended gondola, 6 m platform, atrium kit", "each", 18400, 6, "12 months"),
        ("ALT-TGP-10M", "TGP-10M temporary suspended gondola, 10 m platform, atrium kit", "each", 24900, 6, "12 months"),
        ("ALT-RP-SS", "Facade restraint pin, stainless steel A4, supplied and fitted", "each", 46.50, 4, "10 years"),
        ("ALT-PAINT-RAL", "Non-standard RAL colour for BMU (standard RAL 9006)", "per machine", 4200, "+2", "-"),
        ("ALT-DAV-RF", "Roof davit with socket, galvanised", "each", 1380, 5, "10 years structural"),
    ]
    for r in rows:
        ws.append(list(r))
    ws.append([])
    ws.append(["Lead times are from written order and approved drawings to delivery on site."])

    ws2 = wb.create_sheet("Services & Training")
    ws2.append(["Altivo Facade Access - Services and Training 2025 (EUR, excluding VAT)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["SKU", "Description", "Unit", "List price (EUR)", "Notes"])
    rows2 = [
        ("ALT-INC-TR", "Installation, load test and commissioning, TR12", "lump sum", 58500, "track up to 200 m; initial thorough examination included"),
        ("ALT-INC-TR8", "Installation, load test and commissioning, TR8", "lump sum", 44000, "track up to 150 m"),
        ("ALT-MP-ESS", "Essential maintenance plan, TR12", "per year", 8900, "2 visits per year"),
        ("ALT-MP-PREM", "Premium maintenance plan, TR12", "per year", 14800, "4 visits per year, 2 thorough examinations"),
        ("ALT-TRN-OP1", "BMU operator training, 1-day course", "per delegate", 640, "maximum 6 delegates per session; 12.5% off for 8 or more delegates"),
        ("ALT-TRN-REF", "Operator refresher, half day", "per delegate", 360, "due every 3 years"),
        ("ALT-LOLER-TE", "Thorough examination, outside a plan", "per examination", 690, "report within 5 working days"),
        ("ALT-WR-SET", "Wire rope set TR12 (4 working + 4 safety ropes), fitted", "per set", 6750, "replacement every 5 years or on discard criteria"),
        ("ALT-SRV-HR", "Service engineer, normal hours", "per hour", 145, "minimum 2 hours"),
        ("ALT-SRV-OOH", "Service engineer, out of hours", "per hour", 215, "minimum 2 hours"),
    ]
    for r in rows2:
        ws2.append(list(r))

    ws3 = wb.create_sheet("Model comparison")
    ws3.append(["Altivo access equipment - key data by model"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Model", "Outreach", "Max. suspension height", "Persons", "Rated load", "Max. wheel load", "Supply"])
    for r in [
        ("TR8 with 2P cradle", "2.5 m to 8.0 m", "100 m", 2, "240 kg", "29 kN", "400 V 32 A"),
        ("TR12 with 2P cradle", "4.5 m to 12.0 m", "150 m", 2, "240 kg", "38 kN", "400 V 32 A"),
        ("TR12 with 3P cradle", "4.5 m to 12.0 m", "150 m", 3, "360 kg", "38 kN", "400 V 32 A"),
        ("TGP-6M", "n/a (parapet clamp or davit)", "100 m", 2, "300 kg", "n/a", "230 V 16 A"),
        ("TGP-10M", "n/a (parapet clamp or davit)", "100 m", 3, "450 kg", "n/a", "230 V 16 A"),
    ]:
        ws3.append(list(r))
    for sh in (ws, ws2):
        for row in sh.iter_rows(min_row=4):
            for c in row:
                if isinstance(c.value, (int, float)) and c.column == 4:
                    c.number_format = "#,##0" if float(c.value).is_integer() else "#,##0.00"
    for sh in (ws, ws2, ws3):
        sh.column_dimensions["A"].width = 20
        sh.column_dimensions["B"].width = 62
    wb.save(os.path.join(OUT, "altivo-price-list-2025.xlsx"))


# ---------------------------------------------------------------- MD (kb_article)
MD = """# Installation, commissioning and handover of an Altivo BMU: what to expect

This article explains what happens between your order and the day your facade team starts using a new Altivo
roof-track BMU, and what we need from you as the building owner or property manager.

## Before we arrive on site

- **Roof structure.** Your structural engineer must confirm in writing that the roof can take the track fixings and
  the maximum wheel loads stated in the specification (38 kN per wheel for a TR12). We supply the load plan within
  10 working days of order. Without this sign-off we cannot start installation.
- **Power.** A lockable 400 V, 3-phase, 32 A isolator within 10 m of the BMU parking bay, installed by your electrician.
- **Crane lift.** The BMU is lifted onto the roof in sections by mobile crane. You arrange the road closure or
  municipal permit; we arrange the crane. We need a clear area of 12 m x 8 m for the crane pad.
- **Drawings.** Track lengths in the quotation are based on the architect drawings available at survey. The final
  track length is confirmed after the roof survey; any difference is invoiced or credited at the quoted rate per metre.

## On site

1. Track installation: about 3 weeks for up to 200 m of track, including restraint pins on the facade.
2. BMU erection and electrical connection: 2 weeks.
3. Load test and commissioning: 3 working days. The static test is carried out at 150% of the rated load and the
   dynamic test at 125% of the rated load.

In total, plan for approximately 5 to 6 weeks on site. Work stops when the wind exceeds 14 m/s, during
thunderstorms and below -10 °C; such days extend the programme and are not charged.

## Handover

At handover you receive the EU Declaration of Conformity, the operator manual (English, Dutch and German), the
initial thorough examination report and the roof logbook. As-built drawings follow within 20 working days.
The warranty and any maintenance plan start on the commissioning date.

## Operator training

The 1-day operator course is held on your roof once the BMU is commissioned, with a maximum of 6 delegates per
session; larger groups are split over several days. Delegates must be 18 or older and medically fit for work at
height. The certificate is valid for 3 years; a half-day refresher renews it. Only certified operators may use
the BMU, otherwise the warranty lapses.

## Temporary gondolas (TGP)

TGP gondolas are delivered about 6 weeks after order and rigged by Altivo in 1 day per gondola. The atrium kit
uses parapet clamps for parapets 200 mm to 600 mm wide. TGP gondolas are not load tested on a track; each
receives a thorough examination after every re-rigging at a new location.
"""


def make_md():
    with open(os.path.join(OUT, "bmu-installation-and-handover.md"), "w", encoding="utf-8") as f:
        f.write(MD)


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", OUT)
