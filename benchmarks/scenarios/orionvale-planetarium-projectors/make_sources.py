"""Generate the knowledge sources of the orionvale-planetarium-projectors scenario.

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


# ---------------------------------------------------------------- DOCX: service plans handbook
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Orionvale Service Plans - Terms and Support Handbook 2025", 0)
    d.add_paragraph(
        "Document OV-SVC-HB-2025, issue 3 (February 2025). This handbook applies to Silver, Gold and Platinum "
        "service plans purchased for Meridian star projectors, Lumora laser fulldome projectors and the Vesper "
        "show-control system. Service plans run for 12-month periods starting on the date of the signed acceptance "
        "certificate and are invoiced annually in advance."
    )
    d.add_heading("1. Fault severity levels", 1)
    d.add_paragraph(
        "P1 (show-stopping): no public show can be run, for example the star projector cannot home, two or more "
        "laser projectors are dark, or the Vesper master node does not boot. "
        "P2 (degraded): shows can run but with reduced function, for example one laser projector dark, a planet "
        "projector failed or visible blend seams after auto-alignment. "
        "P3 (minor): cosmetic issues, questions, configuration requests and non-urgent software defects."
    )
    d.add_heading("2. Service levels by plan", 1)
    rows = [
        ("", "Silver", "Gold", "Platinum"),
        ("Helpdesk hours", "Mon-Fri 08:00 to 18:00 CET", "Mon-Sat 08:00 to 22:00 CET", "24/7, every day of the year"),
        ("Remote response, P1", "within 4 hours", "within 1 hour", "within 30 minutes"),
        ("Remote response, P2", "next business day", "within 4 hours", "within 2 hours"),
        ("Remote response, P3", "within 3 business days", "next business day", "next business day"),
        ("On-site attendance, P1", "within 48 hours", "within 24 hours", "within 12 hours"),
        ("On-site attendance, P2", "best effort", "within 72 hours", "within 48 hours"),
        ("Preventive maintenance visits", "1 visit per year", "2 visits per year", "4 visits per year"),
        ("Replacement parts", "charged at list price less 10%", "included (see section 3)", "included (see section 3)"),
        ("Vesper software", "minor updates only", "minor updates and major version upgrades", "minor updates and major version upgrades"),
        ("Loaner projector", "not included", "not included", "within 5 business days"),
        ("Remote operator refresher", "not included", "2 hours per quarter", "4 hours per quarter"),
    ]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_paragraph(
        "Attendance times are measured from the moment the fault is logged with the helpdesk by phone or through "
        "the service portal and are counted in calendar hours. For sites more than 400 km from the nearest Orionvale "
        "service hub (Bremen, Lyon or Utrecht) P1 attendance times are extended by 12 hours."
    )
    d.add_heading("3. Parts included in Gold and Platinum", 1)
    d.add_paragraph(
        "Gold and Platinum plans include replacement of failed parts and of wear parts that fall below their rated "
        "threshold: Meridian star-field LED modules when output falls below 70% of nominal, Lumora laser light "
        "modules when output falls below 50% of nominal, planet projector modules, alignment cameras, and render-node "
        "components of the Vesper cluster. Air filter sets for Lumora projectors are consumables and are charged "
        "separately under every plan. A maximum of two Lumora laser light modules per 12-month plan period is "
        "included; further modules are charged at list price less 20%."
    )
    d.add_heading("4. Missed attendance credit (Gold and Platinum)", 1)
    d.add_paragraph(
        "If Orionvale misses the P1 on-site attendance time, the customer receives a service credit of 5% of the "
        "annual plan fee for each started day of delay, capped at 25% of the annual plan fee per plan period. "
        "Credits are applied to the next plan invoice, must be claimed in writing within 30 days of the incident, "
        "and are the customer's sole remedy for late attendance. Silver plans carry no service credit."
    )
    d.add_heading("5. Exclusions", 1)
    for s in [
        "Damage caused by a power surge where the site has no type 2 surge protection on the projector circuits.",
        "Damage to the dome surface, seating, lighting or building, including damage from cleaning with non-approved agents.",
        "Operation outside the environmental limits in the technical datasheet (temperature, humidity, dust).",
        "Moving, re-installing or re-aligning the system at the customer's request after acceptance.",
        "Show content, third-party software and customer-made scripts, including restoring them after a fault.",
        "Faults caused by parts not supplied by Orionvale or by work done by anyone not certified by Orionvale.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("6. Customer obligations", 1)
    d.add_paragraph(
        "The customer keeps a permanent VPN connection open for remote diagnostics, names two trained operators as "
        "helpdesk contacts, runs the weekly self-test in Vesper and keeps the logbook. If the remote connection is "
        "unavailable when a fault is logged, remote response times start when the connection is restored. "
        "Preventive maintenance visits are scheduled on weekdays between 07:00 and 12:00 so that afternoon shows "
        "can continue; visits requested outside these hours are charged at EUR 145 per technician hour."
    )
    d.save(K / "orionvale-service-plans-handbook.docx")


# ---------------------------------------------------------------- PDF: technical datasheet
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9
    body.leading = 12
    doc = SimpleDocTemplate(str(K / "meridian-hx8-lumora-lp4k-datasheet.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Meridian HX8 and Lumora LP4K technical datasheet", author="Orionvale Optics GmbH")
    st = TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4f0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ])
    f = []
    f.append(Paragraph("Meridian HX8 and Lumora LP4K - Technical Datasheet", ss["Title"]))
    f.append(Paragraph("Orionvale Optics GmbH, Bremen. Datasheet OV-TDS-HX8-LP4K, revision 2025-03. "
                       "All values nominal; subject to change without notice.", body))
    f.append(Spacer(1, 6))
    f.append(Paragraph("1. Meridian HX8 hybrid optomechanical star projector", ss["Heading2"]))
    f.append(Paragraph(
        "The Meridian HX8 projects the natural night sky from a fibre-optic star ball and is designed to run "
        "together with a Lumora laser fulldome system, which adds constellation art, deep-sky objects and video. "
        "The projector sits on a motorised elevator that lowers it below the sight line when only fulldome video is "
        "shown.", body))
    hx8 = [
        ["Parameter", "Value"],
        ["Stars projected", "9,500 stars, down to magnitude 6.8 (naked-eye limit)"],
        ["Star-field light source", "32 star-field modules, white LED, rated life 50,000 hours to 70% output"],
        ["Sun, Moon and planets", "Sun, Moon with phases, Mercury, Venus, Mars, Jupiter, Saturn (7 planet projector modules)"],
        ["Suitable dome diameters", "12 m to 24 m (optical configuration set at the factory per dome)"],
        ["Positioning accuracy", "1 arc-minute on all axes"],
        ["Weight", "410 kg (projector head 265 kg, base and elevator 145 kg)"],
        ["Height", "1.62 m in operating position, 0.95 m when lowered"],
        ["Lift pit required", "1.80 m x 1.80 m, 1.10 m deep, with drainage; floor load 6 kN/m2 around the pit"],
        ["Electrical supply", "230 V, 16 A single phase, dedicated circuit; max consumption 1.1 kW"],
        ["Noise", "below 32 dB(A) at 1 m during diurnal motion"],
        ["Operating environment", "15 to 30 deg C, relative humidity between 20% and 70%, non-condensing"],
        ["Control", "Vesper show control over 1 GbE; local hand controller for service"],
    ]
    t = Table([[Paragraph(c, body) for c in r] for r in hx8], colWidths=[48 * mm, 122 * mm])
    t.setStyle(st)
    f.append(t)
    f.append(Spacer(1, 8))
    f.append(Paragraph("2. Lumora LP4K laser fulldome projector", ss["Heading2"]))
    f.append(Paragraph(
        "Lumora LP4K projectors are mounted on the dome spring line and edge-blended into a seamless fulldome image. "
        "An 18 m dome uses six projectors; the blend is kept aligned by the Vesper auto-alignment camera.", body))
    lp = [
        ["Parameter", "Value"],
        ["Native resolution", "4096 x 2160 per projector; six-projector system renders an 8K fulldome master (8192 x 8192)"],
        ["Brightness", "12,000 ISO lumens per projector"],
        ["Light source", "RGB laser, rated life 30,000 hours to 50% output"],
        ["Contrast", "2,500,000:1 dynamic, 3,000:1 native"],
        ["Inputs", "2 x 12G-SDI, 1 x HDMI 2.0, 1 x HDBaseT; control via RS-232 and Ethernet"],
        ["Weight", "38 kg per projector, without mount"],
        ["Electrical supply", "230 V, 10 A circuit per projector; max consumption 1.45 kW each"],
        ["Heat output", "4,950 BTU/h per projector at full power"],
        ["Noise", "36 dB(A) in eco mode, 41 dB(A) at full power"],
        ["Auto-alignment", "camera-based geometry and blend recalibration in under 12 minutes, run from Vesper"],
        ["Air filters", "washable filter set, service interval in the price list"],
    ]
    t = Table([[Paragraph(c, body) for c in r] for r in lp], colWidths=[48 * mm, 122 * mm])
    t.setStyle(st)
    f.append(t)
    f.append(Spacer(1, 8))
    f.append(Paragraph("3. Site conditions and notes", ss["Heading2"]))
    for s in [
        "Dust: the dome and projector positions must stay below ISO 14644-1 class 8 equivalent particle levels during "
        "operation; construction work in the theatre requires the projectors to be covered and switched off.",
        "Ventilation: the projector cove needs extraction of at least 600 m3/h for a six-projector system; "
        "projector intake temperature must not exceed 30 deg C.",
        "Vibration: the HX8 base must be decoupled from seating risers; the elevator is rated for 20,000 lift cycles "
        "between overhauls.",
        "The HX8 is supplied with a factory alignment certificate; on-site alignment to the dome is part of "
        "installation and commissioning.",
    ]:
        f.append(Paragraph("- " + s, body))
    doc.build(f)


# ---------------------------------------------------------------- XLSX: price list + spares + dome compatibility
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)
    ws = wb.active
    ws.title = "Price List 2025"
    ws.append(["Orionvale Optics GmbH - Planetarium Price List 2025 (EUR, excluding VAT, valid 1 Jan to 31 Dec 2025)"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price (EUR)", "Lead time", "Notes"])
    for c in ws[3]:
        c.font = bold
    rows = [
        ("OV-HX8-M12", "Meridian HX8 star projector, 12-15 m dome configuration", "each", 438000, "22 weeks", "includes elevator"),
        ("OV-HX8-M18", "Meridian HX8 star projector, 18 m dome configuration", "each", 486000, "22 weeks", "includes elevator"),
        ("OV-HX8-M24", "Meridian HX8 star projector, 21-24 m dome configuration", "each", 529000, "26 weeks", "includes elevator"),
        ("OV-LP4K-BL", "Lumora LP4K laser fulldome projector with edge-blend kit and mount", "each", 38500, "14 weeks", "min. 4 per dome"),
        ("OV-VSP-CTL", "Vesper show-control server cluster (1 master + 2 render nodes)", "each", 54200, "10 weeks", "for up to 8 projectors"),
        ("OV-VSP-RN", "Additional Vesper render node", "each", 11800, "10 weeks", ""),
        ("OV-DRC-M2", "Dome surface recoating, high-gain white, per m2", "m2", 42, "site survey", "min. 250 m2"),
        ("OV-INST-C", "Installation, optical alignment and commissioning (hybrid system, up to 21 m)", "lot", 39800, "-", "includes removal of the old projector"),
        ("OV-TRN-OP", "Operator training on site, per day, up to 6 trainees", "day", 1450, "-", ""),
        ("OV-TRN-ADV", "Advanced show-production training on site, per day, up to 4 trainees", "day", 1950, "-", ""),
        ("OV-SLA-S", "Silver service plan, per year", "year", 16900, "-", ""),
        ("OV-SLA-G", "Gold service plan, per year", "year", 28600, "-", ""),
        ("OV-SLA-P", "Platinum service plan, per year", "year", 44200, "-", ""),
        ("OV-SHW-12", "Fulldome show licence pack, 12 titles, 5-year term", "pack", 22500, "-", "titles from 2025 catalogue"),
    ]
    for r in rows:
        ws.append(list(r))
    for row in ws.iter_rows(min_row=4, min_col=4, max_col=4):
        for c in row:
            c.number_format = "#,##0.00"
    for col, w in zip("ABCDEF", (14, 70, 8, 16, 12, 36)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Spares & Consumables")
    ws2.append(["Spare parts and consumables - prices in EUR excluding VAT"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append([])
    ws2.append(["Part no.", "Description", "Fits", "Price (EUR)", "Service interval / note"])
    for c in ws2[3]:
        c.font = bold
    spares = [
        ("OV-SP-LED32", "Star-field LED module (one of 32)", "Meridian HX8", 1280, "Replace when output below 70%"),
        ("OV-SP-PLN", "Planet projector module", "Meridian HX8", 2350, "Swap-in, no realignment needed"),
        ("OV-SP-ELV", "Elevator drive overhaul kit", "Meridian HX8", 6400, "Every 20,000 lift cycles"),
        ("OV-SP-LAS4K", "Laser light module", "Lumora LP4K", 14900, "Replace when output below 50%"),
        ("OV-SP-FLT", "Air filter set (washable, 3 pieces)", "Lumora LP4K", 86, "Replace every 2,000 hours; wash every 500 hours"),
        ("OV-SP-CAM", "Auto-alignment camera with fisheye lens", "Vesper", 3400, ""),
        ("OV-SP-SSD", "Render-node NVMe drive 4 TB, preloaded", "Vesper", 920, ""),
    ]
    for r in spares:
        ws2.append(list(r))
    for row in ws2.iter_rows(min_row=4, min_col=4, max_col=4):
        for c in row:
            c.number_format = "#,##0.00"
    for col, w in zip("ABCDE", (14, 40, 14, 12, 46)):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Dome Compatibility")
    ws3.append(["Dome compatibility - recommended configuration per dome diameter"])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.append([])
    ws3.append(["Dome diameter", "HX8 configuration", "LP4K projectors", "Vesper render nodes", "Typical seats"])
    for c in ws3[3]:
        c.font = bold
    for r in [
        ("12 m", "OV-HX8-M12", 4, 2, "80-110"),
        ("15 m", "OV-HX8-M12", 5, 2, "120-160"),
        ("18 m", "OV-HX8-M18", 6, 2, "170-230"),
        ("21 m", "OV-HX8-M24", 6, 3, "240-300"),
        ("24 m", "OV-HX8-M24", 8, 3, "300-380"),
    ]:
        ws3.append(list(r))
    wb.save(K / "orionvale-price-list-2025.xlsx")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    print("sources written to", K)
