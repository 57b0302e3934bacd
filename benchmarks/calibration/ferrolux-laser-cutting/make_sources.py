"""Generate the knowledge sources of the ferrolux-laser-cutting scenario.

Run with: PYTHONPATH=/tmp/rlpkgs /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv; reportlab installed with pip install --target /tmp/rlpkgs reportlab)
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

OUT = Path(__file__).parent / "knowledge"
OUT.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Ferrolux Laser Systems B.V. - CutCare Service Plans and Warranty Terms (edition 2025)", 0)
    d.add_paragraph(
        "This document describes the standard warranty of Ferrolux F-Series fibre laser cutting machines, LoadTower "
        "automation and the optional CutCare service plans. It forms part of every Ferrolux quotation that includes "
        "a machine or a CutCare plan. Ferrolux Laser Systems B.V., Kanaaldijk 112, 5611 Eindhoven, the Netherlands."
    )

    d.add_heading("1. Standard warranty", 1)
    d.add_paragraph(
        "The warranty period starts on the date of the signed site acceptance test (SAT), or 30 days after delivery "
        "if the SAT is delayed for reasons attributable to the customer."
    )
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Component", "Warranty period", "Remarks"]):
        t.rows[0].cells[i].text = h
    rows = [
        ("Machine frame, gantry, drives and shuttle table", "24 months", "Parts and labour, single shift or two shifts"),
        ("Fibre laser source", "36 months or 20,000 beam-on hours, whichever comes first", "Beam-on hours read from the source controller"),
        ("Cutting head (excluding optics consumables)", "12 months", "Crash damage is not covered"),
        ("LoadTower automation", "24 months", "Shelves, forks and suction frame"),
        ("Chiller and dust extractor supplied by Ferrolux", "12 months", "Manufacturer warranty passed through"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph(
        "Consumables are excluded from every warranty and every CutCare plan: nozzles, ceramic rings, protective "
        "windows, focusing lens cover glasses, slats of the shuttle pallets, filter cartridges and suction cups."
    )
    d.add_paragraph(
        "The warranty does not apply to damage caused by head collisions resulting from programming or operating "
        "errors, by cutting gases that do not meet the specified purity, by chiller water that does not meet the "
        "specified conductivity (below 5 µS/cm), by voltage fluctuations beyond ±10%, or by modifications made without "
        "Ferrolux's written approval."
    )

    d.add_heading("2. CutCare service plans", 1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["", "CutCare Basic", "CutCare Plus", "CutCare Premium"]):
        t.rows[0].cells[i].text = h
    plan_rows = [
        ("Annual fee per machine", "EUR 3,900", "EUR 6,400", "EUR 9,200 (3-year plan billed as EUR 27,600)"),
        ("Preventive maintenance visits per year", "1", "1", "2"),
        ("Remote support response", "Next business day", "4 business hours", "2 business hours"),
        ("On-site response (NL, BE, DE, LU)", "Best effort", "48 business hours", "24 business hours"),
        ("On-site response (rest of EU)", "Best effort", "72 business hours", "48 business hours"),
        ("Spare parts (non-consumable)", "Charged", "50% discount", "Included"),
        ("Laser source replacement after warranty", "Charged", "Charged", "Included"),
        ("Uptime guarantee", "None", "None", "97% per contract year"),
        ("Software updates of machine controller", "Included", "Included", "Included"),
    ]
    for r in plan_rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v

    d.add_heading("3. Support hours and call-out rates", 1)
    d.add_paragraph(
        "The Ferrolux service desk is staffed Monday to Friday, 07:00-18:00 CET, excluding Dutch public holidays. "
        "CutCare Premium customers also get remote support on Saturdays 08:00-14:00 CET. Response times are counted "
        "within these hours only."
    )
    d.add_paragraph(
        "Work outside support hours at the customer's request is charged at EUR 145 per hour per engineer (Saturday) "
        "and EUR 190 per hour on Sundays and public holidays, plus travel time at EUR 95 per hour and mileage at "
        "EUR 0.65 per km. Without a CutCare plan, on-site work during support hours costs EUR 118 per hour."
    )

    d.add_heading("4. Uptime guarantee and service credits (Premium only)", 1)
    d.add_paragraph(
        "Uptime is measured per machine over a contract year as scheduled production hours minus hours of "
        "unplanned downtime caused by a Ferrolux-supplied component, divided by scheduled production hours. Downtime "
        "counts from the moment the fault is reported to the service desk. Waiting time for customer access, "
        "consumables, gas supply faults and preventive maintenance visits do not count as downtime."
    )
    d.add_paragraph(
        "If uptime falls below 97%, Ferrolux grants a service credit of 2% of the annual fee for each full percentage "
        "point below 97%, capped at 20% of the annual fee. Credits are deducted from the next annual invoice and "
        "must be claimed within 60 days after the end of the contract year."
    )

    d.add_heading("5. Term, renewal and cancellation", 1)
    d.add_paragraph(
        "CutCare plans start on the SAT date. Multi-year plans may be cancelled at each anniversary with 90 days' "
        "written notice; fees already paid for the remaining period are refunded pro rata minus an administration fee "
        "of EUR 450. Annual fees after the first contract year are indexed to the Dutch CBS labour-cost index, "
        "capped at 4% per year. A plan can only be taken out for machines that are less than 7 years old or that "
        "have passed a Ferrolux inspection (EUR 1,250)."
    )
    d.save(OUT / "cutcare-service-and-warranty-terms.docx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9
    body.leading = 11.5
    el = []
    el.append(Paragraph("Ferrolux F-Series Fibre Laser Cutting Machines - Technical Datasheet and Site Requirements", ss["Title"]))
    el.append(Paragraph("Document FLX-TD-F-2025-03, valid for machines ordered from 1 March 2025.", body))
    el.append(Spacer(1, 4 * mm))
    el.append(Paragraph("1. Technical data", ss["Heading2"]))
    data = [
        ["", "F3015 6 kW", "F4020 12 kW"],
        ["Working area (X x Y)", "3050 x 1530 mm", "4050 x 2030 mm"],
        ["Z stroke", "120 mm", "150 mm"],
        ["Max. positioning speed", "170 m/min", "160 m/min"],
        ["Max. acceleration", "2.0 G", "1.8 G"],
        ["Positioning accuracy", "±0.03 mm", "±0.05 mm"],
        ["Repeatability", "±0.02 mm", "±0.03 mm"],
        ["Pallet change time (shuttle table)", "12 s", "15 s"],
        ["Max. sheet weight per pallet", "1,200 kg", "2,600 kg"],
        ["Max. thickness mild steel", "25 mm", "40 mm"],
        ["Max. thickness stainless steel", "25 mm", "50 mm"],
        ["Max. thickness aluminium", "20 mm", "40 mm"],
        ["Max. thickness brass / copper", "12 mm / 10 mm", "20 mm / 16 mm"],
        ["Connected load (machine + source + chiller)", "38 kVA", "68 kVA"],
        ["Machine weight", "11.5 t", "19.8 t"],
        ["Footprint incl. shuttle table (L x W)", "10.2 x 3.9 m", "12.6 x 4.6 m"],
        ["Lead time from order confirmation and down payment", "14 weeks", "18 weeks"],
    ]
    tb = Table(data, colWidths=[70 * mm, 45 * mm, 45 * mm])
    tb.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
    ]))
    el.append(tb)
    el.append(Spacer(1, 3 * mm))
    el.append(Paragraph(
        "Both machines have a fully enclosed laser class 1 cabin according to EN ISO 11553-1 and EN 60825-1, CE "
        "marking under the Machinery Directive, and a sound pressure level below 72 dB(A) at the operator position. "
        "Maximum thicknesses are for single pieces of reduced quality; production-quality thickness is about 80% of "
        "the listed value. The LoadTower LT-10 adds 16 weeks of lead time when ordered separately; ordered together "
        "with an F3015 it is delivered with the machine.", body))

    el.append(Paragraph("2. Cutting gases and compressed air", ss["Heading2"]))
    el.append(Paragraph(
        "Nitrogen (for oxide-free cuts in stainless steel and aluminium): purity 99.995% or better, pressure up to "
        "25 bar at the machine inlet, consumption up to 90 Nm³/h on the F4020 12 kW when cutting 15 mm stainless. "
        "A liquid nitrogen tank or a nitrogen generator rated for at least 25 bar is recommended. Oxygen (mild steel): "
        "purity 99.95%, pressure 0.5-6 bar. Compressed air cutting: 16 bar, dry and oil-free to ISO 8573-1 class "
        "1.4.1; a booster compressor is offered as option FLX-OPT-AIR16. Machine pneumatics: 6 bar, class 1.4.2.", body))

    el.append(Paragraph("3. Site requirements (customer responsibility)", ss["Heading2"]))
    for txt in [
        "Floor: reinforced concrete slab at least 200 mm thick, concrete class C25/30, flatness ±5 mm over 3 m. "
        "The F4020 requires 250 mm where the slab is not continuous. No expansion joint may run under the machine.",
        "Power: 400 V, 3-phase, 50 Hz, TN-S network, voltage tolerance ±10%, supplied to a lockable main disconnect "
        "within 5 m of the electrical cabinet. Fuse ratings: 63 A (F3015) and 125 A (F4020).",
        "Ambient conditions: 5-40 °C, relative humidity below 70% non-condensing. The chiller must be installed "
        "indoors or in a frost-protected enclosure.",
        "Extraction: exhaust duct of 250 mm diameter to outside or to a filter unit of at least 4,000 m³/h "
        "(F3015) or 6,500 m³/h (F4020).",
        "Access: doorway or opening of at least 3.2 m wide and 3.0 m high for the F3015 and 4.0 m wide and 3.4 m high "
        "for the F4020, with a firm route for a 30 t mobile crane or skates.",
        "Network: one wired Ethernet connection with outbound internet access (ports 443 and 1194) for remote service.",
    ]:
        el.append(Paragraph("• " + txt, body))

    el.append(Paragraph("4. Installation sequence", ss["Heading2"]))
    el.append(Paragraph(
        "Ferrolux sends a site-survey checklist after order confirmation. The customer confirms readiness of the "
        "site no later than 2 weeks before the delivery week. Installation and commissioning take 5 working days per "
        "machine, followed by the site acceptance test using the customer's own sample parts (maximum 5 part "
        "programs). If the site is not ready on the agreed date, waiting time of the installation team is charged at "
        "EUR 1,150 per day.", body))
    SimpleDocTemplate(str(OUT / "f-series-technical-datasheet-and-site-requirements.pdf"), pagesize=A4,
                      leftMargin=18 * mm, rightMargin=18 * mm, topMargin=15 * mm, bottomMargin=15 * mm,
                      title="Ferrolux F-Series technical datasheet").build(el)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Machines & automation"
    ws.append(["Ferrolux Laser Systems - Price list 2025 (EUR, ex works Eindhoven, excl. VAT) - valid 1 Jan - 31 Dec 2025"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["SKU", "Description", "List price (EUR)", "Lead time (weeks)", "Remarks"])
    for r in [
        ("FLX-F3015-6K", "F-Series 3015 fibre laser, 6 kW, shuttle table", 389500, 14, "Standard cutting head, 2 pallets"),
        ("FLX-F3015-10K", "F-Series 3015 fibre laser, 10 kW, shuttle table", 452000, 14, ""),
        ("FLX-F4020-12K", "F-Series 4020 fibre laser, 12 kW, shuttle table", 612000, 18, "Includes 12 kW source"),
        ("FLX-F4020-20K", "F-Series 4020 fibre laser, 20 kW, shuttle table", 748000, 22, ""),
        ("FLX-LT10-3015", "LoadTower LT-10, 10 shelves, for F3015", 148000, 16, "Delivered with machine if ordered together"),
        ("FLX-LT15-3015", "LoadTower LT-15, 15 shelves, for F3015", 181000, 16, ""),
    ]:
        ws.append(list(r))

    ws2 = wb.create_sheet("LoadTower specs")
    ws2.append(["LoadTower automatic loading/unloading tower - technical data"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append([])
    ws2.append(["Parameter", "LT-10", "LT-15"])
    for r in [
        ("Number of shelves", 10, 15),
        ("Max. load per shelf", "3,000 kg", "3,000 kg"),
        ("Sheet format", "3000 x 1500 mm", "3000 x 1500 mm"),
        ("Sheet thickness range", "0.8-25 mm", "0.8-25 mm"),
        ("Load/unload cycle time", "75 s", "75 s"),
        ("Tower height", "5.1 m", "6.9 m"),
        ("Additional floor space", "4.2 x 3.6 m", "4.2 x 3.6 m"),
        ("Separation of top sheet", "Suction frame with peeling cups and air knife", "Same"),
        ("Unmanned operation", "Up to 1 night shift (approx. 8 h) with mixed programs", "Up to 12 h"),
    ]:
        ws2.append(list(r))

    ws3 = wb.create_sheet("Options & consumables")
    ws3.append(["Options and consumables"])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.append([])
    ws3.append(["SKU", "Description", "Price (EUR)", "Unit"])
    for r in [
        ("FLX-OPT-BEV", "Bevel cutting head ±45°, incl. software module", 58000, "per machine"),
        ("FLX-OPT-PAL", "Additional shuttle pallet with slats", 7400, "each"),
        ("FLX-OPT-AIR16", "16 bar booster compressor with dryer for air cutting", 21500, "each"),
        ("FLX-OPT-FX6", "Dust extractor FX-6, 6,500 m³/h", 24800, "each"),
        ("FLX-CON-NZK", "Nozzle kit, 50 pcs, single and double", 420, "kit"),
        ("FLX-CON-PW10", "Protective windows, pack of 10", 265, "pack"),
        ("FLX-CON-CER", "Ceramic ring", 38, "each"),
        ("FLX-CON-SLAT", "Pallet slats, set for one 3015 pallet", 690, "set"),
    ]:
        ws3.append(list(r))

    ws4 = wb.create_sheet("Software")
    ws4.append(["NestPro software - licences and maintenance"])
    ws4["A1"].font = Font(bold=True, size=12)
    ws4.append([])
    ws4.append(["SKU", "Description", "Price (EUR)", "Unit"])
    for r in [
        ("FLX-NEST-PRO", "NestPro perpetual floating licence (CAD import, nesting, CAM, costing)", 14500, "per seat"),
        ("FLX-NEST-OFF", "NestPro Office seat (quoting and viewing only)", 3900, "per seat"),
        ("FLX-NEST-MNT", "NestPro maintenance and updates", 2900, "per seat per year"),
        ("FLX-NEST-CCM", "NestPro CAM Connect module (ERP interface, REST API)", 6800, "per site"),
    ]:
        ws4.append(list(r))
    for s in wb.worksheets:
        s.column_dimensions["A"].width = 26
        s.column_dimensions["B"].width = 60
        s.column_dimensions["C"].width = 18
    wb.save(OUT / "ferrolux-price-list-2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
MD = """# NestPro nesting software: licensing, installation and FAQ

NestPro is Ferrolux's CAD/CAM and nesting software for F-Series fibre lasers. It imports parts, nests them on
sheets, generates the cutting programs and calculates part costs. This article covers licensing, system
requirements and the questions customers ask most.

## Licensing
- NestPro Pro is sold as a **perpetual floating licence**: any number of installations, with as many simultaneous
  users as seats purchased. Seats are managed by the NestPro licence server, which runs as a Windows service on any
  machine in the customer network (no dongle).
- A seat can be borrowed to a laptop for offline use for up to **14 days**; it is returned automatically after that.
- NestPro Office seats (quoting and viewing only) cannot generate cutting programs.
- Licences are tied to the customer's company, not to a machine, and cannot be transferred to another company
  without Ferrolux's written approval.

## Maintenance and updates
- Maintenance costs 20% of the current list price of the licence per seat per year (EUR 2,900 per NestPro Pro
  seat in 2025). It includes all new releases, post-processor updates for new Ferrolux machines, and telephone and
  e-mail support Monday to Friday, 08:00-17:00 CET.
- Year 1 maintenance is bought with the licence. After that it renews yearly unless cancelled 60 days before the
  renewal date.
- Without maintenance the software keeps working, but no updates or support are provided. To reactivate lapsed
  maintenance, the missed years are back-charged plus a reactivation fee of 15%.

## System requirements
- Windows 10 (22H2) or Windows 11, 64-bit; 16 GB RAM (32 GB recommended for nests with more than 2,000 parts);
  dedicated graphics with OpenGL 4.5; 20 GB free disk space.
- Licence server: any always-on Windows machine or VM, TCP port 27000 open in the local network.

## Functions
- CAD import: DXF, DWG, IGES and STEP (3D unfolding of sheet-metal parts from STEP files), plus drag and drop from
  SolidWorks, Inventor and Solid Edge via free add-ins.
- Automatic nesting with common-line cutting, micro-joints, lead-in optimisation and remnant management
  (remnants are stored with ID and shape in the sheet inventory).
- Part costing per part with machine-hour rates, gas consumption and material price.
- ERP integration: production orders and part costs are exchanged through the **CAM Connect** module
  (REST API and CSV), sold separately per site. Without CAM Connect, nests can only be exported as PDF or CSV reports.
- LoadTower integration: NestPro sends the job list and the shelf to use to the tower directly.

## FAQ
**Can we keep our existing nesting software?** Cutting programs must be generated by NestPro or by a
post-processor certified by Ferrolux; uncertified programs void the cutting head warranty for collisions.

**How long does training take?** Programmer training (2 days) is part of the machine installation. Advanced
nesting courses are held in Eindhoven (EUR 690 per participant per day).
"""


def make_md():
    (OUT / "nestpro-licensing-faq.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", OUT)
