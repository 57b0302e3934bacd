"""Generate the four knowledge sources of the glidemere-escalator-handrails scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(needs python-docx, openpyxl and reportlab)
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

# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Glidemere Handrail Systems - Method Statement MS-HR-07", 0)
    d.add_paragraph("Escalator handrail replacement and hot-splice vulcanising on live transit sites. "
                    "Revision 4, issued 3 March 2025. Applies to NR-1200, NR-1200X and NR-900 handrails.")

    d.add_heading("1. Possessions and sequence of works", 1)
    d.add_paragraph("Each escalator requires two consecutive night possessions of 7 hours (22:00 to 05:00). "
                    "One crew of three technicians works on one escalator at a time, so a station with four "
                    "escalators is normally completed over 8 nights. Where the client can release two escalators "
                    "at the same time, a second crew can be mobilised with 10 working days' notice.")
    d.add_paragraph("Night 1: isolation and lock-out, removal of both existing handrails, cleaning of the "
                    "balustrade guide track, fitting of the new PTFE newel and guide profiles, replacement of the "
                    "drive-side wear kit (pressure rollers and drive sheave lining), threading of the new handrails "
                    "and a temporary clamp. The escalator is left isolated and barriered between nights.", style="List Bullet")
    d.add_paragraph("Night 2: hot splice of both handrails, cooling, tensioning, a 2-hour run-in, speed check "
                    "and return to service by 05:00.", style="List Bullet")
    d.add_paragraph("If a possession is cancelled by the client less than 48 hours before it starts, the crew "
                    "standby is charged at EUR 980 per cancelled night.")

    d.add_heading("2. Splicing", 1)
    d.add_paragraph("All permanent joints are hot vulcanised splices made in a mobile press at 150 °C for "
                    "45 minutes per splice, followed by 30 minutes of cooling under pressure. The splice length "
                    "is 600 mm and the finished splice is flush with the handrail surface to within 0.3 mm.")
    d.add_paragraph("Hot splicing requires an ambient temperature of at least +5 °C and a relative humidity "
                    "below 85 % at the splice position. Where these conditions cannot be met (for example at "
                    "open station entrances in winter) Glidemere erects a heated splice enclosure, charged at "
                    "EUR 190 per night.")
    d.add_paragraph("A cold (bonded) splice is used only as a temporary emergency repair. It is valid for a "
                    "maximum of 30 days, must be replaced by a hot splice within that period and is not covered "
                    "by the handrail warranty.")

    d.add_heading("3. Client obligations", 1)
    for t in ["Escalator isolation and lock-out are carried out by the client's lift maintenance contractor. "
              "If the client authorises it in writing, Glidemere can isolate the escalator itself at EUR 140 per hour.",
              "Pedestrian barriers, diversion signage and station announcements are provided by the client.",
              "Free access to the upper and lower machine-room pits and a 16 A 230 V power supply within 25 m of each escalator.",
              "A storage area of 3 m x 2 m for the handrail drums, indoors, for the duration of the works."]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("4. Removal and recycling of old handrails", 1)
    d.add_paragraph("Old handrails are cut into 2 m sections and removed from site the same night. Disposal is "
                    "included in the installation price. The rubber is recycled as crumb rubber by our partner "
                    "plant and the steel cord is separated and sold as scrap; a waste transfer note is issued for "
                    "every escalator.")

    d.add_heading("5. Commissioning and handover", 1)
    d.add_paragraph("After the run-in the handrail speed is measured against the step speed with a calibrated "
                    "tachometer at both handrails; it must be within 0 % to +2 % of the step speed. Handrail "
                    "tension, lip gap and splice flushness are recorded on the commissioning sheet, which is "
                    "handed over within 5 working days. The warranty period starts on the commissioning date.")
    d.add_paragraph("If the drive sheave groove wear exceeds 1.5 mm on inspection, the sheave must be replaced. "
                    "Sheave replacement is not part of the drive-side wear kit and is quoted separately before "
                    "the second night.")

    d.add_heading("6. Safety", 1)
    d.add_paragraph("Risk assessment and method statement (RAMS) are submitted 10 working days before the first "
                    "possession. All technicians hold a valid track-side safety card and work under the client's "
                    "permit-to-work system. Hot work permits are required for splicing.")
    d.save(K / "method-statement-handrail-replacement.docx")

# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]; body.fontSize = 9.5; body.leading = 12.5
    h = ss["Heading2"]
    story = [Paragraph("Glidemere Handrail Systems - Warranty, HandrailCare Plan and Service Conditions", ss["Title"]),
             Paragraph("Document GL-WSC-2025, valid for orders placed from 1 January 2025.", body), Spacer(1, 4 * mm)]

    def sec(title, paras):
        story.append(Paragraph(title, h))
        for p in paras:
            story.append(Paragraph(p, body)); story.append(Spacer(1, 2 * mm))

    sec("1. Warranty periods", [
        "All warranty periods start on the commissioning date recorded on the commissioning sheet."])
    t = Table([["Item", "Warranty period"],
               ["NR-1200 and NR-1200X handrail", "5 years"],
               ["NR-900 handrail", "3 years"],
               ["Hot vulcanised splices", "24 months"],
               ["PTFE newel and guide profiles", "24 months"],
               ["Drive-side wear kit (pressure rollers, sheave lining)", "12 months"],
               ["Installation workmanship", "12 months"]], colWidths=[110 * mm, 50 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    story += [t, Spacer(1, 3 * mm)]
    sec("2. Warranty conditions", [
        "The handrail warranty applies only if (a) the handrail was installed and commissioned by Glidemere, "
        "(b) handrail speed is kept within 0 % to +2 % of the step speed, (c) only approved pH-neutral cleaners "
        "are used, and (d) the drive-side wear kit was replaced at installation. If the drive-side parts were "
        "not replaced at installation, the handrail warranty is reduced to 2 years.",
        "Handrail remedy is repair or replacement of the defective handrail. Replacement material is covered "
        "at 100 % in years 1 to 3, 60 % in year 4 and 30 % in year 5. Labour for warranty replacement is "
        "covered in years 1 and 2 only; from year 3 labour is charged at the rates in force."])
    sec("3. Exclusions", [
        "The warranty does not cover: vandalism, cuts, burns and damage from foreign objects; chemical damage, "
        "including graffiti removal with solvents; operation outside the rated temperature range of the "
        "handrail; flooding or water standing in the balustrade; faults of the escalator itself that were not "
        "caused by Glidemere parts or work; cold (bonded) splices; normal surface gloss loss."])
    sec("4. Claims procedure", [
        "Claims must be reported within 14 days of discovery through the Glidemere service portal or to "
        "service@glidemere.eu, with photos and the handrail serial number, which is printed every 5 m on the "
        "inside of the handrail. Glidemere inspects the handrail within 5 working days of the claim and confirms "
        "in writing whether the claim is accepted."])
    sec("5. HandrailCare inspection plan", [
        "The HandrailCare plan runs for a fixed term of 24 months per escalator and is invoiced annually in "
        "advance. It includes two scheduled inspections per year (every 6 months), each covering: speed and "
        "tension check against step speed, splice inspection, surface wear and lip gap measurement, guide and "
        "newel profile check, and cleaning with an approved cleaner. A written report is sent within 3 working "
        "days of each inspection.",
        "Plan holders receive emergency call-out with a response time of 4 hours on site, 06:00 to 22:00, 7 days "
        "a week. Call-out labour is included in the plan; parts are charged with a 10 % discount on list price. "
        "A free re-tension visit is included within the first 6 months after commissioning.",
        "Without a plan, an emergency call-out is charged at EUR 420 per visit, including the first 2 hours on site, "
        "then EUR 140 per hour, with a next-working-day response. An additional scheduled inspection outside the "
        "plan's two yearly visits costs EUR 260 per escalator."])
    sec("6. Liability and payment", [
        "Glidemere's total liability under a contract is capped at 100 % of the contract value. Glidemere is not "
        "liable for indirect or consequential loss, including loss of revenue or passenger compensation. "
        "Invoices are payable 30 days net. Title to goods passes on full payment."])
    SimpleDocTemplate(str(K / "warranty-and-service-conditions.pdf"), pagesize=A4,
                      leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm).build(story)

# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)
    ws = wb.active; ws.title = "Handrails"
    ws.append(["Glidemere Handrail Product & Price Sheet 2025 - list prices in EUR, excluding VAT"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Model", "Profile", "Construction", "Breaking strength", "Max step speed",
               "Operating temperature", "Standard colour", "List price per metre (EUR)", "Lead time"])
    for c in ws[3]: c.font = bold
    rows = [
        ["GHR-HR-NR1200", "NR-1200", "Profile C (80 mm)", "SBR/NR rubber, 4 steel cords, polyester slider",
         "25 kN", "0.75 m/s", "-25 °C to +50 °C", "Black", 96.00, "6 weeks"],
        ["GHR-HR-NR1200X", "NR-1200X (outdoor, UV-stabilised)", "Profile C (80 mm)",
         "EPDM cover, 4 steel cords, polyester slider", "25 kN", "0.75 m/s", "-35 °C to +60 °C", "Black", 118.00, "8 weeks"],
        ["GHR-HR-NR900", "NR-900", "Profile B (70 mm)", "SBR rubber, 3 steel cords, cotton-polyester slider",
         "18 kN", "0.65 m/s", "-20 °C to +45 °C", "Black", 78.00, "4 weeks"],
    ]
    for r in rows: ws.append(r)
    ws.append([])
    ws.append(["Minimum order 20 m per handrail loop. Loop length is measured at the free site survey to +/- 50 mm."])

    ws2 = wb.create_sheet("Compatibility")
    ws2.append(["Escalator compatibility - which handrail fits which escalator family"]); ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Escalator make", "Model family", "Years built", "Handrail model", "Profile", "Remarks"])
    for c in ws2[3]: c.font = bold
    for r in [["Kronhaus", "KX-30", "2004-2019", "NR-1200", "Profile C", "Standard for metro stations"],
              ["Kronhaus", "KX-20", "1996-2008", "NR-900", "Profile B", "Requires guide adapter GHR-ADP-20 (EUR 85 per handrail)"],
              ["Tervola", "TS-800", "1999-2015", "NR-900", "Profile B", "Retail and office buildings"],
              ["Tervola", "TS-1100", "2012-today", "NR-1200", "Profile C", ""],
              ["Orvik", "Metro-R", "2008-today", "NR-1200X", "Profile C", "Outdoor and exposed station entrances"]]:
        ws2.append(r)

    ws3 = wb.create_sheet("Options & services")
    ws3.append(["Options, colours and service rates 2025 (EUR, excluding VAT)"]); ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Code", "Description", "Price / surcharge", "Unit", "Conditions"])
    for c in ws3[3]: c.font = bold
    for r in [["COL-STD", "Standard colour palette: red RAL 3020, blue RAL 5015, grey RAL 7035", "+12 %", "on list price per metre", "Minimum 40 m per colour"],
              ["COL-RAL", "Custom RAL colour match", "+22 %", "on list price per metre", "Minimum 100 m; adds 3 weeks to lead time"],
              ["GHR-SPL-VH", "On-site hot vulcanised splice", 640, "per splice", "Heated enclosure extra if below +5 °C"],
              ["GHR-INS-STD", "Installation labour incl. removal and disposal", 1450, "per handrail", ""],
              ["GHR-DRV-KIT", "Drive-side wear kit (pressure rollers, sheave lining)", 1180, "per escalator", ""],
              ["GHR-GDE-PTFE", "PTFE newel and guide profile set", 265, "per handrail", ""],
              ["GHR-NGT-SUR", "Night-shift surcharge 22:00-05:00", 780, "per escalator", "Covers both nights"],
              ["GHR-ENC-HT", "Heated splice enclosure", 190, "per night", ""],
              ["GHR-ISO", "Escalator isolation by Glidemere", 140, "per hour", "Written client authorisation required"],
              ["GHR-SVC-24", "HandrailCare 24-month inspection plan", 1920, "per escalator (24 months)", "Invoiced annually in advance"],
              ["SVC-INSP", "Additional scheduled inspection", 260, "per escalator", ""],
              ["SVC-CALL", "Emergency call-out without plan", 420, "per visit (first 2 hours)", "Then EUR 140 per hour"]]:
        ws3.append(r)
    for w in (ws, ws2, ws3):
        for col, width in zip("ABCDEFGHIJ", (18, 34, 18, 40, 18, 16, 22, 16, 24, 12)):
            w.column_dimensions[col].width = width
    wb.save(K / "handrail-price-and-spec-sheet-2025.xlsx")

# ---------------------------------------------------------------- Markdown KB
MD = """# Handrail care and operation FAQ

*Glidemere knowledge base - article KB-112, last reviewed 14 July 2025*

## Which cleaning products can we use on the handrail?
Use only a pH-neutral cleaner (pH 6 to 8), for example Glidemere HC-Clean, applied with a soft cloth while the
escalator runs at inspection speed. Never use solvents, bleach, abrasive pads or silicone sprays: silicone makes the
handrail slippery for passengers and solvents attack the rubber cover, and damage caused by them is excluded from the
warranty. Graffiti should be removed with HC-Graffex gel only, left on for no more than 5 minutes.

## How fast should the handrail run compared with the steps?
EN 115-1 requires the handrail to move in the same direction as the steps at a speed between 0 % and +2 % of the
step speed. A handrail that runs slower than the steps pulls passengers' hands backwards; one that runs more than 2 %
faster is usually a sign of a worn drive sheave lining or wrong pressure-roller setting. We check this at
commissioning and at every HandrailCare inspection.

## Do new handrails stretch?
Yes, slightly. A new handrail settles by up to 0.5 % of its loop length in the first weeks of service. We re-tension
it free of charge within the first 6 months after commissioning; after that, re-tensioning is part of the
HandrailCare inspections or is charged at the call-out rate.

## When does a handrail need replacing?
Replace the handrail when one of these is found: cracks in the rubber cover deeper than 1 mm, exposed steel cords or
slider fabric, a lip gap wider than 8 mm, or a splice that has opened at the edge. Surface gloss loss alone is not a
reason for replacement.

## How long is the lead time?
Lead time runs from the signed order and the completed site survey: 6 weeks for NR-1200, 8 weeks for NR-1200X and
4 weeks for NR-900. A custom RAL colour adds 3 weeks. The site survey is free of charge and is normally done within
10 working days of the request.

## How should handrails be stored before installation?
Handrails are delivered coiled on drums. Store them indoors at 5 °C to 30 °C, away from direct sunlight and ozone
sources such as electric motors, for no more than 3 months before installation.

## Can you print advertising on the handrail?
No. Glidemere does not supply printed or wrapped advertising handrails, because films on the handrail surface hide
cracks during inspection.
"""

if __name__ == "__main__":
    make_docx(); make_pdf(); make_xlsx()
    (K / "handrail-care-faq.md").write_text(MD, encoding="utf-8")
    print("sources written to", K)
