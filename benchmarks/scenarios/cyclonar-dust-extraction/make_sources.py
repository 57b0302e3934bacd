"""Generate the knowledge sources of the cyclonar-dust-extraction scenario.

Run with a Python that has python-docx and openpyxl; reportlab may live in a scratch folder:
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
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

K = Path(__file__).resolve().parent / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX: warranty and service terms
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Cyclonar Extraction Systems Ltd - Warranty, ServicePlus and Call-out Terms (edition 2026/2)", 1)
    d.add_paragraph(
        "These terms apply to Cyclonar FX-series filter units, fans, rotary valves, ductwork, blast gates and "
        "spark detection systems supplied and installed by Cyclonar in the United Kingdom. They form part of every "
        "Cyclonar quotation unless the quotation states otherwise in writing."
    )
    d.add_heading("1. Warranty periods", 2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Component", "Warranty period", "Conditions"]):
        c.text = h
    rows = [
        ("FX-series filter housing, hoppers and support structure", "5 years",
         "Structural integrity and corrosion-through of galvanised panels; from the date of commissioning."),
        ("Fans and fan motors (incl. IE4 motors)", "3 years",
         "Motor and impeller; bearings only if greased to the ServicePlus schedule."),
        ("Rotary valves", "2 years", "Excludes wear of rotor tips and seals."),
        ("Control panels, variable-speed drives and PLC", "2 years", "Requires a surge protection device on the supply."),
        ("Spark detection and extinguishing system", "2 years",
         "Detectors and control unit; nozzles and solenoid valve. Excludes false-trigger call-outs caused by open doors "
         "or daylight entering the duct."),
        ("Filter bags (PE-500 and PE-500-AS)", "12 months or 8,000 operating hours, whichever comes first",
         "Void if the unit is run above its nominal airflow or if hot or wet material is extracted."),
        ("Ductwork and blast gates", "2 years", "Excludes abrasion wear at bends handling MDF or chipboard offcuts."),
    ]
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    d.add_paragraph(
        "Warranty covers parts and labour during normal working hours (Monday to Friday, 08:00-17:00). Travel beyond "
        "120 miles from our Huddersfield depot is charged at the mileage rate in section 4. Warranty is conditional on "
        "a thorough examination (LEV test) having been carried out within the statutory interval and on the "
        "differential-pressure log being kept."
    )
    d.add_heading("2. Exclusions", 2)
    d.add_paragraph(
        "The warranty does not cover: damage by fire or explosion not initiated by a defect; extraction of metal, "
        "sanding dust from painted or lacquered surfaces above 20% of volume, or any material outside the FX-series "
        "dust classification; changes to ductwork made by third parties; use of non-Cyclonar filter media; "
        "blockages caused by offcuts longer than 150 mm."
    )
    d.add_heading("3. ServicePlus maintenance agreements", 2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["", "ServicePlus Basic", "ServicePlus Plus", "ServicePlus Total"]):
        c.text = h
    for r in [
        ("Planned visits a year", "1", "2", "4"),
        ("LEV thorough examination (COSHH Regulation 9)", "not included", "included, every 14 months", "included, every 14 months"),
        ("Breakdown response", "next available slot", "engineer on site within 16 working hours", "engineer on site within 8 working hours"),
        ("Labour on breakdowns", "chargeable", "15% discount on labour", "included"),
        ("Filter bags", "chargeable", "chargeable", "one full set a year included"),
        ("Annual fee for one FX-75 unit", "GBP 1,140", "GBP 2,480", "GBP 4,950"),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    d.add_paragraph(
        "Agreements run for a minimum of 12 months and are invoiced annually in advance. Multi-year agreements "
        "keep the first-year fee fixed for their whole term. An agreement may be cancelled at an anniversary date on "
        "90 days' written notice. The LEV thorough examination report is issued within 10 working days of the visit."
    )
    d.add_heading("4. Call-out rates outside an agreement", 2)
    d.add_paragraph(
        "Weekday call-out (Monday to Friday, 08:00-17:00): call-out fee GBP 140 plus GBP 95 per engineer hour. "
        "Evening, weekend and bank-holiday call-out: call-out fee GBP 210 plus GBP 142 per engineer hour. "
        "Mileage beyond 120 miles from Huddersfield: GBP 0.85 per mile. Parts are charged at list price. "
        "A standalone LEV thorough examination costs GBP 640 for up to 10 extraction points plus GBP 45 per "
        "additional point."
    )
    d.add_heading("5. Spare parts", 2)
    d.add_paragraph(
        "Cyclonar keeps spare parts for every FX-series unit available for 10 years after the last unit of the "
        "model was sold. Filter bags, blast-gate cylinders and spark detectors are held in stock at Huddersfield "
        "and dispatched the same working day if ordered before 14:00."
    )
    d.save(K / "cyclonar-warranty-service-terms.docx")


# ---------------------------------------------------------------- PDF: FX-75 datasheet and installation guide
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    story = []
    P = lambda txt, st=body: story.append(Paragraph(txt, st))
    P("Cyclonar FX-75 Modular Filter Unit - Technical Datasheet and Site Preparation Guide", ss["Title"])
    P("Document FX75-TDS rev. F, valid for units built from 2026. Dimensions in mm unless stated.")
    P("1. Performance", ss["Heading2"])
    data = [
        ["Parameter", "FX-55", "FX-75", "FX-95"],
        ["Nominal airflow", "5,500 m³/h", "7,500 m³/h", "9,500 m³/h"],
        ["Filter area", "72 m²", "96 m²", "120 m²"],
        ["Number of filter bags", "36", "48", "60"],
        ["Air-to-cloth ratio", "76 m³/h per m²", "78 m³/h per m²", "79 m³/h per m²"],
        ["Recommended fan", "15 kW", "18.5 kW", "22 kW"],
        ["Residual dust content (clean side)", "< 0.1 mg/m³", "< 0.1 mg/m³", "< 0.1 mg/m³"],
        ["Sound pressure with fan, at 5 m", "74 dB(A)", "76 dB(A)", "78 dB(A)"],
        ["Footprint (L x W)", "2,400 x 1,800", "3,000 x 1,800", "3,600 x 1,800"],
        ["Height incl. rotary valve", "5,900", "6,400", "6,900"],
        ["Operating weight", "2,150 kg", "2,780 kg", "3,400 kg"],
    ]
    t = Table(data, colWidths=[60 * mm, 35 * mm, 35 * mm, 35 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story.append(t)
    story.append(Spacer(1, 4 * mm))
    P("Filter media: the FX-75 is supplied with 48 PE-500 polyester needle-felt bags as standard. Where more than 30% "
      "of the dust is from MDF or where the workshop sands lacquered panels, the antistatic PE-500-AS bag should be "
      "fitted instead; both bags fit the same cage. Bags are cleaned by a reverse-air shaker cycle that runs "
      "automatically for 6 minutes after the fan stops.")
    P("2. Explosion protection", ss["Heading2"])
    P("The FX-75 is designed for wood dust of explosion class St1 (Kst up to 200 bar·m/s, Pmax 9 bar). The housing "
      "carries two explosion relief panels of 0.55 m² each, venting upwards; a 4 m safety zone must be kept clear "
      "around the vent path. Units must stand outdoors and at least 4 m from the building unless a flameless vent "
      "is fitted (option FX-FLV, not included in standard quotations). The RV-400 rotary valve acts as an "
      "explosion isolation device on the discharge; an inlet back-blast flap (included with every FX unit) isolates "
      "the inlet duct.")
    P("3. Spark detection and extinguishing (option SD-2)", ss["Heading2"])
    P("The SD-2 system uses two infrared spark detectors mounted at least 8 m upstream of the filter inlet and one "
      "extinguishing nozzle, triggered within 300 milliseconds. It needs a frost-protected mains water supply of at "
      "least 3 bar at 22 mm, and a 230 V supply backed by the 4-hour battery in its control unit. On detection it "
      "also closes the inlet flap and stops the fan if three sparks are detected within 10 seconds.")
    P("4. Electrical supply", ss["Heading2"])
    P("The FX-75 with the 18.5 kW IE4 fan and variable-speed drive requires a 400 V three-phase supply, 50 Hz, with a "
      "63 A fused isolator within 2 m of the control panel, provided by the customer's electrician. The VSD reduces "
      "fan speed when blast gates are closed; typical energy use in a six-machine joinery shop falls by 35% to 45% "
      "compared with a fixed-speed fan.")
    P("5. Site preparation (customer responsibility)", ss["Heading2"])
    P("The customer provides: a level reinforced concrete pad of C30/37 concrete, at least 200 mm thick, "
      "3,600 x 2,400 mm for the FX-75, cured for 28 days before installation; access for a 40-tonne mobile crane "
      "within 12 m of the pad; a wall opening for the return-air or supply duct where required; the electrical and "
      "water supplies in sections 3 and 4. Cyclonar's engineer checks the pad on the first morning; if it is not "
      "ready, a return visit is charged at the call-out rates.")
    P("6. Lead times", ss["Heading2"])
    P("From receipt of the signed order and deposit: FX-55 and FX-75 filter units 10 to 12 weeks; FX-95 14 weeks; "
      "fans and rotary valves 6 weeks; SD-2 spark detection 4 weeks; ductwork is fabricated after the site survey, "
      "5 weeks. Installation of an FX-75 with up to 12 extraction points takes 3 working days with two engineers; "
      "commissioning includes an airflow test at every drop and the initial LEV report.")
    SimpleDocTemplate(str(K / "fx75-datasheet-site-guide.pdf"), pagesize=A4,
                      leftMargin=18 * mm, rightMargin=18 * mm, topMargin=15 * mm, bottomMargin=15 * mm).build(story)


# ---------------------------------------------------------------- XLSX: price and spec list
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list 2026"
    ws.append(["Cyclonar Extraction Systems - UK Price List 2026 (GBP, excl. VAT, ex works Huddersfield)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price (GBP)", "Lead time", "Notes"])
    for r in [
        ["CYX-FLT-5500", "FX-55 modular filter unit, 5,500 m³/h, 36 bags", "each", 31200, "10 to 12 weeks", "Outdoor, St1"],
        ["CYX-FLT-7500", "FX-75 modular filter unit, 7,500 m³/h, 48 bags", "each", 38400, "10 to 12 weeks", "Outdoor, St1"],
        ["CYX-FLT-9500", "FX-95 modular filter unit, 9,500 m³/h, 60 bags", "each", 45900, "14 weeks", "Outdoor, St1"],
        ["CYX-FAN-150", "15 kW IE4 fan with VSD", "each", 8400, "6 weeks", "For FX-55"],
        ["CYX-FAN-185", "18.5 kW IE4 fan with VSD", "each", 9850, "6 weeks", "For FX-75"],
        ["CYX-RAV-300", "Rotary valve RV-300", "each", 2640, "6 weeks", "For FX-55 only"],
        ["CYX-RAV-400", "Rotary valve RV-400 with zero-speed monitor", "each", 3120, "6 weeks", "Explosion isolation"],
        ["CYX-DUC-SET", "Galvanised spiral ductwork package, Ø160-Ø450, incl. bends and hangers", "metre", 118, "5 weeks", "Fabricated after survey"],
        ["CYX-BG-160", "Pneumatic automatic blast gate Ø160", "each", 465, "stock", "Opens with machine start"],
        ["CYX-BG-200", "Pneumatic automatic blast gate Ø200", "each", 520, "stock", "Opens with machine start"],
        ["CYX-SPK-DET", "SD-2 spark detection and extinguishing system", "set", 7450, "4 weeks", "2 detectors, 1 nozzle"],
        ["CYX-FLV-75", "Flameless vent for FX-75", "each", 11800, "8 weeks", "Needed if < 4 m from building"],
        ["CYX-INST-3D", "Installation and commissioning, 3 days, 2 engineers", "job", 6900, "-", "Incl. initial LEV report"],
        ["CYX-SVC-PLUS", "ServicePlus Plus agreement, one FX-75", "year", 2480, "-", "2 visits, LEV test"],
    ]:
        ws.append(r)
    for col, w in zip("ABCDEF", [16, 62, 8, 16, 16, 28]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Spares and consumables")
    ws2.append(["Cyclonar spares and consumables 2026 (GBP, excl. VAT)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Part no.", "Description", "Fits", "Price (GBP)", "Pack", "Notes"])
    for r in [
        ["PE-500", "Filter bag, polyester needle felt, standard", "FX-55/75/95", 38, "each", "Standard fit"],
        ["PE-500-AS", "Filter bag, antistatic polyester with steel fibre", "FX-55/75/95", 52, "each", "For MDF > 30% or lacquer sanding"],
        ["SD-2-DET", "Infrared spark detector for SD-2", "SD-2", 685, "each", "Test every 6 months"],
        ["SD-2-NOZ", "Extinguishing nozzle with solenoid valve", "SD-2", 410, "each", ""],
        ["BG-CYL-32", "Replacement pneumatic cylinder for blast gate", "BG-160/200", 96, "each", ""],
        ["RV-SEAL-400", "Rotor tip seal set for RV-400", "RV-400", 265, "set", "Replace every 2 years"],
        ["DSB-240", "Dust sack, 240 litre, clear PE", "RV-300/400", 74, "pack of 50", ""],
    ]:
        ws2.append(r)
    for col, w in zip("ABCDEF", [14, 48, 14, 12, 12, 34]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Machine extraction data")
    ws3.append(["Recommended extraction per woodworking machine (air velocity in duct 20 m/s)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Machine", "Outlet diameter", "Airflow (m³/h)", "Blast gate", "Notes"])
    for r in [
        ["Panel saw / sliding table saw", "Ø120 + Ø80 (crown guard)", 1180, "CYX-BG-160", "Crown guard via Ø80 hose"],
        ["Planer-thicknesser", "Ø160", 1450, "CYX-BG-160", ""],
        ["Spindle moulder, small (up to 4 kW, Ø120 hood)", "Ø120", 810, "CYX-BG-160", "Hand-fed work"],
        ["Spindle moulder, large (tenoning / power feed)", "Ø160", 1450, "CYX-BG-160", "Two hoods on one drop"],
        ["Bandsaw", "Ø100", 570, "CYX-BG-160", "Lower wheel outlet"],
        ["CNC router, single head", "Ø200", 2260, "CYX-BG-200", "Gate opens with spindle start"],
        ["Wide-belt sander", "2 x Ø160", 2900, "CYX-BG-160 x 2", "Use PE-500-AS bags if lacquer sanding"],
        ["Floor sweep", "Ø100", 570, "manual", "Counts only while open"],
    ]:
        ws3.append(r)
    for col, w in zip("ABCDE", [46, 26, 14, 16, 36]):
        ws3.column_dimensions[col].width = w
    wb.save(K / "cyclonar-price-spec-list-2026.xlsx")


# ---------------------------------------------------------------- Markdown KB article
MD = """# Wood dust compliance for joinery workshops: WEL, LEV testing and returning air

*Cyclonar knowledge base - article KB-214, updated October 2026*

## Exposure limits
In Great Britain the Workplace Exposure Limit (WEL, EH40) for **hardwood dust is 3 mg/m³** (8-hour
time-weighted average); for softwood dust it is 5 mg/m³. Where hardwood and softwood dust are mixed, the hardwood
limit of 3 mg/m³ applies to the total. Hardwood dust is a carcinogen under COSHH, so exposure must be reduced as far
below the WEL as is reasonably practicable, not merely kept under it. MDF dust is treated as mixed hardwood and
softwood dust.

## LEV thorough examination
Every local exhaust ventilation (LEV) system must be thoroughly examined and tested at least once every
**14 months** (COSHH Regulation 9). The examiner measures the airflow or the duct velocity at every extraction point,
checks hood capture, the filter differential pressure and the fan. Records must be kept for at least 5 years.
Cyclonar's commissioning includes the first report; ServicePlus Plus and Total include the periodic test.

A daily check by the operator is also expected: the differential-pressure gauge on an FX unit should read between
800 and 1,500 Pa. Above 1,800 Pa the bags are blinded and airflow at the machines will fall below the design figure.

## Returning filtered air to the workshop
Returning cleaned air saves heating: in a 600 m² workshop extracting 7,500 m³/h, returning the air in winter
typically saves 25,000 to 40,000 kWh of heating a season. It is allowed when:

1. the residual dust content on the clean side is **below 0.1 mg/m³** (all FX-series units meet this);
2. a return-air damper with a fire and spark trip is fitted, so that air is vented outdoors if the SD-2 system
   triggers;
3. the return duct enters at least 3 m above floor level and away from doors.

Return air is **not** allowed when the workshop uses solvent-based lacquers in the same air space, because the
filter does not remove vapours.

## Airflow per machine
Design duct velocity for wood chips and dust is 20 m/s in branch ducts and 18 m/s in the main duct. Below 18 m/s,
chips settle in horizontal runs. The extraction volume required at the filter is the sum of the machines that can
run at once, plus 10% for leakage - not the sum of all machines: automatic blast gates close the drops of idle
machines.

## What this article does not cover
Fire risk assessments, building control approval for external plant and planning permission are the customer's
responsibility; Cyclonar does not advise on them.
"""


# ---------------------------------------------------------------- HTML page: delivery, payment and finance
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Cyclonar - Delivery, payment and finance</title></head>
<body>
<h1>Delivery, payment and finance</h1>
<p>This page applies to orders for Cyclonar extraction systems placed in Great Britain from 1 September 2026.</p>

<h2>Payment schedule</h2>
<p>Orders that include installation are invoiced in three stages:</p>
<ul>
  <li><strong>30%</strong> deposit with the signed order; production starts when the deposit is received;</li>
  <li><strong>60%</strong> on delivery of the filter unit to site;</li>
  <li><strong>10%</strong> on completion of commissioning and handover of the initial LEV report.</li>
</ul>
<p>Invoices are payable within 30 days. Supply-only orders are invoiced 100% on dispatch. ServicePlus agreements are
invoiced annually in advance from the commissioning date. We accept bank transfer only; we do not accept card
payment for orders above GBP 5,000.</p>

<h2>Delivery</h2>
<p>Delivery and offloading by crane are included for installed systems in England, Wales and mainland Scotland
south of the Highland Boundary. Scottish Highlands, islands and Northern Ireland: GBP 1,850 surcharge per delivery.
Supply-only orders: GBP 420 per pallet vehicle, or GBP 980 for a filter unit on a crane lorry. We agree the delivery
date two weeks in advance; a failed delivery because the site is not ready is charged at GBP 1,200.</p>

<h2>Finance through Cyclonar Lease</h2>
<p>Hire-purchase finance is available through our partner for orders of at least <strong>GBP 10,000</strong>
excluding VAT, to UK limited companies trading for at least 2 years. Indicative monthly payment per GBP 1,000
financed: 36 months <strong>GBP 31.20</strong>; 60 months <strong>GBP 20.10</strong>. Finance is subject to status;
ServicePlus fees cannot be financed. The deposit under finance is one monthly payment plus a GBP 195 documentation
fee.</p>

<h2>Site survey</h2>
<p>Every installed system starts with a free site survey within 10 working days of the quote request. The surveyor
measures duct routes and confirms the concrete pad, crane access and supplies. Changes to the machine list after the
survey may change the ductwork price.</p>
</body></html>
"""


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "kb-wood-dust-compliance.md").write_text(MD, encoding="utf-8")
    (K / "delivery-payment-finance.html").write_text(HTML, encoding="utf-8")
    print("written:", sorted(p.name for p in K.iterdir()))
