"""Generate the .docx and .xlsx knowledge sources for the aircomp-compressors calibration scenario."""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

OUT = Path(__file__).resolve().parent / "knowledge"
OUT.mkdir(exist_ok=True)


def make_docx():
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    d.add_heading("Norvik ServiceCare Agreement", 0)
    d.add_paragraph("Service Levels and Conditions - Revision 2026-03. "
                    "Norvik AirComp GmbH, Gutenbergstrasse 14, 33602 Bielefeld, Germany.")

    d.add_heading("1. Overview", 1)
    d.add_paragraph(
        "ServiceCare is Norvik's maintenance programme for screw compressors, dryers and filters. "
        "A ServiceCare contract is concluded per machine and is available in three tiers: "
        "Essential, Plus and Total Care. Contracts can be concluded for a term of 1, 3 or 5 years. "
        "Multi-year contracts are invoiced annually in advance.")

    d.add_heading("2. Service levels by tier", 1)
    rows = [
        ("Service element", "Essential", "Plus", "Total Care"),
        ("Preventive maintenance visits", "1 visit per year", "2 visits per year", "4 visits per year"),
        ("On-site response to a breakdown", "Next business day", "Within 8 working hours", "Within 4 hours, 24/7"),
        ("Wear parts and consumables (oil, filters, separators)", "Charged separately", "Included", "Included"),
        ("Repair parts", "Charged at list price", "15% discount on list price", "Included"),
        ("Labour and travel for repairs", "Charged", "Charged", "Included"),
        ("AirLink remote monitoring", "Not included", "Included", "Included"),
        ("Airend warranty extension", "None", "None", "Airend warranty extended to 7 years"),
    ]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Light Grid Accent 1"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_paragraph()
    d.add_paragraph("Working hours are Monday to Friday, 07:00 to 18:00 CET, excluding public holidays in the "
                    "federal state where the machine is installed.")

    d.add_heading("3. Scope of a preventive maintenance visit", 1)
    for b in [
        "Replacement of oil, oil filter, air intake filter and separator element according to running hours",
        "Inspection of the airend, drive motor, couplings and cooling fans",
        "Function test of condensate drains and the safety valve",
        "Check of the dryer's refrigerant circuit and pressure dew point reading",
        "Replacement of filter elements in the filter set fitted to the compressor",
        "Download of the controller event log and a written visit report within 5 working days",
    ]:
        d.add_paragraph(b, style="List Bullet")

    d.add_heading("4. Service hotline and breakdown calls", 1)
    d.add_paragraph(
        "Breakdowns are reported to the Norvik service hotline on +49 521 98765-0 or through the AirLink portal. "
        "The hotline is staffed around the clock for Total Care customers; Essential and Plus customers reach "
        "the hotline during working hours. The response time starts when the call is logged and a ticket number "
        "has been issued.")

    d.add_heading("5. Replacement air during repairs", 1)
    d.add_paragraph(
        "If a repair on a machine under Total Care is expected to take longer than 48 hours, Norvik provides a "
        "rental compressor of comparable capacity free of charge until the machine is back in operation. "
        "Customers on Essential or Plus can hire a unit from the Norvik rental fleet at the published rental rates.")

    d.add_heading("6. Exclusions", 1)
    d.add_paragraph("The following are not covered by any ServiceCare tier:")
    for b in [
        "Damage caused by operation outside the limits stated in the product data sheet",
        "Damage caused by contaminated intake air or inadequate ventilation of the compressor room",
        "Modifications or repairs carried out by third parties without Norvik's written consent",
        "The distribution piping network beyond the outlet valve of the compressor room",
        "Electrical supply equipment up to the main isolator of the machine",
    ]:
        d.add_paragraph(b, style="List Bullet")

    d.add_heading("7. Term, renewal and termination", 1)
    d.add_paragraph(
        "A contract runs for the agreed term and then renews automatically for a further 12 months at a time, "
        "unless either party terminates it in writing with 3 months' notice before the end of the current term. "
        "A contract ends automatically if the machine is permanently taken out of service and Norvik has been "
        "informed in writing.")

    d.add_heading("8. Price adjustment", 1)
    d.add_paragraph(
        "Annual fees are fixed for the first contract year. From the second contract year onward, Norvik may "
        "adjust the annual fee on each contract anniversary in line with its labour and parts costs; any such "
        "adjustment is capped at 3.5% per year and is announced at least 6 weeks in advance.")
    d.save(OUT / "servicecare-agreement.docx")


def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="1F4E78")

    def sheet(ws, header, rows, widths):
        ws.append(header)
        for c in ws[1]:
            c.font = bold
            c.fill = fill
            c.alignment = Alignment(wrap_text=True, vertical="top")
        for r in rows:
            ws.append(r)
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
        ws.freeze_panes = "A2"

    ws = wb.active
    ws.title = "Compressors"
    sheet(ws,
          ["Model", "Type", "Motor power (kW)", "Free air delivery at 7 bar (m³/min)", "Max. pressure (bar)",
           "Noise level dB(A)", "Air quality", "Dimensions L x W x H (mm)", "Weight (kg)",
           "Standard warranty", "Lead time (weeks)"],
          [
              ["VS-22", "Oil-injected screw, variable speed", 22, 3.6, 13, 65, "Oil carry-over < 3 mg/m³",
               "1,450 x 850 x 1,450", 610, "2 years", 5],
              ["VS-37", "Oil-injected screw, variable speed", 37, 6.4, 13, 68, "Oil carry-over < 3 mg/m³",
               "1,950 x 1,050 x 1,700", 980, "2 years", 6],
              ["OF-45", "Oil-free screw, variable speed", 45, 7.2, 10, 69, "ISO 8573-1 Class 0 (oil)",
               "2,400 x 1,150 x 1,900", 1620, "3 years", 10],
              ["OF-75", "Oil-free screw, variable speed", 75, 12.1, 10, 72, "ISO 8573-1 Class 0 (oil)",
               "2,900 x 1,350 x 2,000", 2350, "3 years", 12],
          ],
          [10, 34, 12, 16, 12, 12, 26, 22, 12, 16, 12])
    ws.append([])
    ws.append(["Noise level measured at 1 m according to ISO 2151. Free air delivery according to ISO 1217, Annex E."])

    ws = wb.create_sheet("Dryers & Filters")
    sheet(ws,
          ["Item", "Description", "Capacity (m³/min)", "Pressure dew point", "Refrigerant / medium",
           "Power (kW)", "Lead time (weeks)"],
          [
              ["DRY-R60", "Refrigeration dryer", 8.0, "+3 °C", "R513A", 1.1, 4],
              ["DRY-R120", "Refrigeration dryer", 14.5, "+3 °C", "R513A", 2.0, 4],
              ["DRY-D40", "Heatless desiccant dryer", 6.0, "-40 °C", "Activated alumina", 0.1, 7],
              ["FG-C", "Coarse filter element, 1 micron", 9.0, "n/a", "n/a", None, 1],
              ["FG-F", "Fine coalescing filter element, 0.01 mg/m³ oil aerosol", 9.0, "n/a", "n/a", None, 1],
              ["FG-AC", "Activated carbon filter element, 0.003 mg/m³ oil vapour", 9.0, "n/a", "n/a", None, 2],
          ],
          [12, 52, 16, 16, 20, 10, 14])

    ws = wb.create_sheet("Rental Fleet")
    sheet(ws,
          ["Rental unit", "Description", "Daily rate (EUR)", "Weekly rate (EUR)", "Minimum hire"],
          [
              ["R-37E", "37 kW electric oil-injected screw compressor, skid-mounted", 140, 690, "1 day"],
              ["R-75E", "75 kW electric oil-injected screw compressor, skid-mounted", 230, 1150, "1 day"],
              ["R-45OF", "45 kW electric oil-free screw compressor, containerised", 320, 1590, "1 week"],
              ["R-DRY", "Refrigeration dryer with hoses and fittings", 45, 210, "1 day"],
          ],
          [12, 58, 16, 16, 14])
    ws.append([])
    ws.append(["Delivery and collection: flat fee of EUR 380 per unit within 300 km of Bielefeld; beyond that on request."])
    wb.save(OUT / "product-data-2026.xlsx")


if __name__ == "__main__":
    make_docx()
    make_xlsx()
    print("written:", sorted(p.name for p in OUT.iterdir()))
