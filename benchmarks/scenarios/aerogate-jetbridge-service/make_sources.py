"""Generate the four knowledge sources of the aerogate-jetbridge-service scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch folder).
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX: SLA
def make_docx():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_heading("AeroGate Jetbridge Service B.V. - Service Level Schedule AG-SLA-2025 rev 3", level=1)
    d.add_paragraph(
        "This Service Level Schedule applies to the Full-Service Preventive Maintenance contract (SKU AG-PM-36, "
        "36-month term) for passenger boarding bridges (PBB). It forms part of the Master Services Agreement (MSA) "
        "between AeroGate Jetbridge Service B.V. and the airport operator. Where this schedule and the MSA conflict, "
        "the MSA prevails. Liability and indemnities are governed by the Master Services Agreement, not this schedule."
    )
    d.add_heading("1. Scope of preventive maintenance", level=2)
    for t in [
        "Four quarterly preventive maintenance visits per bridge per year, each covering drive bogie, lift columns, "
        "tunnel rollers, cab rotation, canopy actuation, auto-level system, safety shoe and emergency stop circuits.",
        "One annual major inspection per bridge in accordance with EN 12312-4, including load test of the lift columns "
        "at 110% of rated load and a written inspection certificate.",
        "Lubricants, filters, fuses, lamps and other consumables used during scheduled visits are included.",
        "Wear parts (tunnel rollers, drive tyres, canopy actuator seals, limit switches) are included up to EUR 1,800 "
        "per bridge per year. Parts above this cap are invoiced at the current AeroGate price list minus 12%.",
        "A monthly service report per bridge is published in the GateWatch portal by the 10th working day of the "
        "following month.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("2. Fault priorities and response times", level=2)
    d.add_paragraph(
        "Response time is measured from the moment the fault is logged with the AeroGate Service Desk until a "
        "qualified technician is at the bridge. Airport operating hours are 05:00-23:00 local time, seven days a week."
    )
    tbl = d.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    hdr = ["Priority", "Definition", "Response within operating hours", "Response outside operating hours"]
    for i, h in enumerate(hdr):
        tbl.rows[0].cells[i].text = h
    rows = [
        ("P1", "Bridge out of service or cannot be retracted, aircraft on stand or scheduled within 2 hours",
         "45 minutes", "2 hours"),
        ("P2", "Bridge usable with restrictions (e.g. auto-level fault, canopy not sealing, one drive motor down)",
         "4 hours", "next morning by 08:00"),
        ("P3", "Cosmetic or non-operational defect (lighting, cladding, signage, HVAC in tunnel)",
         "next business day", "next business day"),
    ]
    for r in rows:
        cells = tbl.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "P1 and P2 callouts are unlimited and included in the contract fee. P3 callouts are included up to 12 per "
        "bridge per year; further P3 callouts are charged at the applicable labour rate of the AeroGate price list "
        "(sheet 'Labour & callout rates'), minimum charge 2 hours."
    )
    d.add_heading("3. Availability guarantee and service credits", level=2)
    d.add_paragraph(
        "AeroGate guarantees a technical availability of 98.5% per bridge per calendar month. Availability is "
        "measured over airport operating hours and excludes agreed planned maintenance windows, refurbishment "
        "works ordered separately, and the excluded events listed in section 4."
    )
    d.add_paragraph(
        "For each 0.5 percentage point (or part thereof) by which a bridge falls below 98.5% in a month, the airport "
        "receives a service credit of 2% of that bridge's monthly fee. Service credits are capped at 15% of the "
        "bridge's monthly fee and are deducted from the next quarterly invoice. Service credits are the airport's "
        "sole financial remedy for missed availability under this schedule."
    )
    d.add_heading("4. Exclusions", level=2)
    for t in [
        "Damage caused by aircraft or ground support equipment (GSE) collision, vandalism, fire or flooding.",
        "Pre-conditioned air (PCA) units and 400 Hz ground power units mounted on the bridge (available under a "
        "separate contract).",
        "Faults caused by operation outside the manufacturer's limits or by operators who have not completed "
        "AeroGate or OEM operator training.",
        "Software or PLC modifications made by third parties.",
        "Repainting, cladding replacement and tunnel floor covering renewal.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("5. Commercial terms", level=2)
    for t in [
        "Invoicing: the contract fee is invoiced quarterly in advance; payment 30 days net from invoice date.",
        "Price adjustment: fees are indexed once a year on the contract anniversary to the national labour cost "
        "index, capped at 3.5% per year.",
        "Term and termination: 36 months from the start date. After month 12 the airport may terminate for "
        "convenience with 6 months written notice; an early termination fee of 20% of the remaining contract value "
        "then applies.",
        "Consignment stock: AeroGate keeps a drive gearmotor, a set of lift-column limit switches and a safety-shoe "
        "assembly on site in an airport-provided lockable store; stock remains AeroGate property until used.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Document owner: AeroGate Service Operations. Effective 1 January 2025.")
    d.save(K / "AeroGate_SLA_Schedule_2025.docx")


# ---------------------------------------------------------------- PDF: method statement
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9
    body.leading = 11.5
    h1, h2 = ss["Heading1"], ss["Heading2"]
    out = []
    P = lambda t, s=body: out.append(Paragraph(t, s))
    P("AeroGate Refurbishment Method Statement and Technical Scope (MS-REF-07)", h1)
    P("Applies to refurbishment works on apron-drive passenger boarding bridges carried out by AeroGate Jetbridge "
      "Service B.V. All works follow EN 12312-4 and the airport's airside safety rules. Revision 7, March 2025.")
    P("1. Rotunda slewing-ring bearing replacement (AG-RTB-450)", h2)
    P("The rotunda is lifted on four hydraulic jacks and the slewing-ring bearing (outer diameter 1,450 mm) is "
      "replaced as a complete unit, including new high-tensile bolts and a fresh grease charge. A 60 t mobile crane "
      "is supplied by AeroGate. Replacement is recommended when bearing tilt play exceeds 1.5 mm. The bridge is out "
      "of service for 5 calendar days per bridge, worked in two shifts (06:00-22:00). Crane lifts are not carried out "
      "in wind speeds above 38 km/h; lost days due to wind extend the closure day for day. Lead time for the "
      "bearing is 14 weeks after order.")
    P("2. Drive bogie overhaul (AG-DBO-2)", h2)
    P("The complete drive bogie (two wheels, two gearmotors, solid polyurethane tyres, brake units) is exchanged "
      "with a factory-overhauled exchange bogie, so the bridge is back in service within 10 hours, normally during "
      "one night. The removed bogie is overhauled in the AeroGate workshop and becomes the next exchange unit. "
      "Exchange bogies are available 4 weeks after order.")
    P("3. Cab canopy (bellows closure) replacement (AG-CAN-FX3, AG-CAN-FX2)", h2)
    P("The canopy is replaced in one night shift (23:00-05:00). Material: neoprene-coated polyester, rated for "
      "-30 °C to +60 °C in service. Because the bonding adhesive does not cure in the cold, canopy replacement is "
      "not carried out when the ambient temperature is below -10 °C; works are then rescheduled at no charge. "
      "Lead time 6 weeks.")
    P("4. Control PLC and operator HMI upgrade (AG-PLC-S7U)", h2)
    P("Obsolete S5-generation controls are replaced by a current S7-1500-class PLC with a 12-inch touch HMI in the "
      "cab. The existing joystick and cab console are retained. A 4G remote-diagnostics gateway connects the bridge "
      "to the GateWatch portal; its installation requires the airport IT department's written approval. The bridge "
      "is out of service for 3 days per bridge including commissioning and site acceptance test (SAT). Lead time "
      "10 weeks.")
    P("5. Auto-level laser sensor kit (AG-ALS-LZ)", h2)
    P("The ultrasonic auto-level sensor is replaced with a laser distance sensor with an accuracy of ±5 mm, "
      "mounted under the cab floor. Calibration on each aircraft door type in use is included. Installation takes "
      "2 hours per bridge and can be done between flights. Lead time 3 weeks.")
    P("6. Warranty", h2)
    t = Table([
        ["Item", "Warranty from site acceptance"],
        ["Standard parts and workmanship", "12 months"],
        ["Rotunda slewing-ring bearing (AG-RTB-450)", "36 months"],
        ["Canopy (AG-CAN-FX3 / FX2)", "24 months"],
        ["PLC and HMI hardware (AG-PLC-S7U)", "24 months"],
        ["PLC software (AG-PLC-S7U)", "12 months"],
        ["Drive bogie overhaul and laser sensors", "12 months"],
    ], colWidths=[95 * mm, 65 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    out.append(t)
    out.append(Spacer(1, 6))
    P("Warranty does not cover damage from GSE or aircraft collision, nor wear caused by operation outside the "
      "manufacturer's limits.")
    P("7. Site requirements (airport responsibilities)", h2)
    P("The airport provides: closure of the stand for the agreed period; airside passes for up to 6 technicians "
      "and an escort where required by local rules; a 400 V / 32 A power connection within 25 m of the bridge; a "
      "fenced laydown area of 10 x 6 m next to the stand; and a lockable store for consignment spares. Delays caused "
      "by missing passes or stand access are charged at the labour rates of the current AeroGate price list.")
    P("8. Acceptance", h2)
    P("Each bridge is handed back after a joint functional test and a signed site acceptance certificate. Refurbishment "
      "items are invoiced 40% on order and 60% on site acceptance of each bridge.")
    SimpleDocTemplate(str(K / "AeroGate_Refurbishment_Method_Statement.pdf"), pagesize=A4,
                      leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                      title="AeroGate Refurbishment Method Statement").build(out)


# ---------------------------------------------------------------- XLSX: price list
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list 2025"
    ws.append(["AeroGate Jetbridge Service - Parts & Services Price List 2025 (EUR, excl. VAT)"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append(["SKU", "Description", "Unit", "List price EUR", "Lead time", "Notes"])
    for c in ws[2]:
        c.font = Font(bold=True)
    rows = [
        ("AG-PM-36", "Full-service preventive maintenance, 36 months", "per bridge", 42600, "start within 4 weeks",
         "4 quarterly visits + annual EN 12312-4 inspection; see SLA AG-SLA-2025"),
        ("AG-PM-12", "Full-service preventive maintenance, 12 months", "per bridge", 15400, "start within 4 weeks",
         "same scope as AG-PM-36, no multi-year price protection"),
        ("AG-RTB-450", "Rotunda slewing-ring bearing replacement incl. crane, jacking and labour", "per bridge",
         38500, "14 weeks", "bearing OD 1,450 mm"),
        ("AG-DBO-2", "Drive bogie overhaul (2 wheels, 2 gearmotors, PU tyres) on exchange basis", "per bogie",
         11250, "4 weeks", "exchange unit; bridge back in service within 10 hours"),
        ("AG-CAN-FX3", "Cab canopy replacement, 3-section flex closure", "per bridge", 9680, "6 weeks",
         "for wide-body capable cabs"),
        ("AG-CAN-FX2", "Cab canopy replacement, 2-section flex closure", "per bridge", 7950, "6 weeks",
         "narrow-body cabs only"),
        ("AG-PLC-S7U", "Control PLC & 12-inch touch HMI upgrade incl. SAT", "per bridge", 24900, "10 weeks",
         "includes 4G gateway for GateWatch"),
        ("AG-ALS-LZ", "Auto-level laser sensor kit incl. calibration", "per bridge", 2340, "3 weeks",
         "replaces ultrasonic sensor"),
        ("AG-TRN-OP1", "Operator refresher training, 1 day, max. 8 trainees", "per day", 1950, "2 weeks",
         "at customer site"),
        ("AG-SPR-GM", "Drive gearmotor, spare", "each", 3870, "5 weeks", ""),
        ("AG-SPR-TR", "Tunnel roller set (8 rollers)", "set", 1240, "3 weeks", ""),
    ]
    for r in rows:
        ws.append(list(r))
    for col, w in zip("ABCDEF", [13, 62, 12, 15, 20, 55]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Labour & callout rates")
    ws2.append(["AeroGate labour and callout rates 2025 (EUR per technician hour, excl. VAT)"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append(["Rate", "EUR per hour", "Applies"])
    for c in ws2[2]:
        c.font = Font(bold=True)
    for r in [
        ("Weekday day rate", 98, "Monday-Saturday 06:00-22:00"),
        ("Night rate", 132, "22:00-06:00, any day"),
        ("Sunday and public holiday rate", 164, "Sundays and public holidays 06:00-22:00"),
        ("Travel to airport", 0, "included within 150 km of the nearest AeroGate base; beyond: EUR 0.85 per km"),
        ("Minimum charge per callout", "2 hours", "for chargeable callouts only"),
    ]:
        ws2.append(list(r))
    for col, w in zip("ABC", [34, 14, 70]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Bridge types covered")
    ws3.append(["Passenger boarding bridge types covered by AeroGate service"])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.append(["Type", "Tunnels", "Max. length (m)", "Cab rotation", "Aircraft range", "Maintenance SKU"])
    for c in ws3[2]:
        c.font = Font(bold=True)
    for r in [
        ("Apron-drive", "2", 36, "+/-95 deg", "A319 to B767", "AG-PM-36 / AG-PM-12"),
        ("Apron-drive", "3", 48, "+/-95 deg", "A320 to A350 / B777", "AG-PM-36 / AG-PM-12"),
        ("Nose-loader (fixed)", "1", 18, "+/-30 deg", "regional jets and turboprops", "AG-PM-12 only"),
        ("Commuter bridge", "1", 14, "n/a", "turboprops", "not covered"),
    ]:
        ws3.append(list(r))
    for col, w in zip("ABCDEF", [22, 10, 16, 14, 30, 22]):
        ws3.column_dimensions[col].width = w
    wb.save(K / "AeroGate_PriceList_2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
MD = """# Planning refurbishment works and reporting faults

*AeroGate customer knowledge base - article KB-114, updated April 2025*

## Booking stand closures for refurbishment
- Refurbishment works need the stand closed. Please confirm stand closures with at least **8 weeks** notice;
  shorter notice is accepted only if parts are already on site.
- Within 5 working days of the order, the AeroGate planner sends a closure plan per bridge (dates, shifts, crew size).
- Rotunda bearing replacements are not scheduled between 15 December and 15 February, because crane work is
  frequently stopped by wind and frost in that period.
- Only one bridge per pier is taken out of service at the same time unless the airport asks otherwise in writing.

## Reporting a fault
- **24/7 Service Desk: +31 20 555 0148.** Always phone for P1 and P2 faults (bridge out of service or restricted).
- P3 faults can be logged in the **GateWatch** portal at any time; e-mail is not monitored at night and must not
  be used for P1 faults.
- The Service Desk assigns the priority (P1, P2, P3) with the caller, using the definitions in the Service Level
  Schedule, and gives a ticket number. The response clock starts when the ticket is opened.

## GateWatch portal
- Shows open tickets, technician arrival times, monthly availability per bridge and the monthly service reports.
- Bridges with the PLC upgrade also stream live fault codes through the 4G gateway.
- Data is kept for 5 years; exports are available as CSV or PDF.
- Up to 10 named airport users are included; further users cost EUR 90 per user per year.

## Operator training
- One-day refresher course at the airport, maximum 8 trainees per day.
- Covers docking on narrow-body and wide-body doors, auto-level, manual and emergency lowering, and daily checks.
- Each trainee who passes the practical test receives a certificate valid for 3 years.
- Faults caused by operators without AeroGate or OEM training are excluded from the maintenance contract
  (see Service Level Schedule section 4).
"""


def make_md():
    (K / "kb-planning-and-faults.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
