"""Generate the four knowledge sources of the rampavel-funicular-maintenance scenario.

Run with:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch folder)
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    from docx import Document
    from docx.shared import Pt

    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Rampavel Funicular Services - Maintenance Service Schedule", 0)
    d.add_paragraph("Conditions for funicular maintenance contracts, revision 2025-1. Applies to all quotes "
                    "issued by Rampavel Funicular Services SAS (depot: 14 rue des Glaciers, 74000 Annecy) from "
                    "1 March 2025. Where a quote and this schedule differ, the quote prevails.")

    d.add_heading("1. Annual statutory inspection and load test (RFM-INSP-ANN)", 1)
    for t in [
        "The annual inspection covers the track and rail fastenings, the haul rope terminations and sockets, the "
        "drive station (main motor, gearbox, bull wheel, service brake and emergency brake), the track brakes of "
        "both cars, station doors and platform gates, and the control and safety system including overspeed and "
        "end-of-travel devices.",
        "The load test is performed with both cars loaded to 100% of nominal payload using water ballast bags. "
        "The customer provides approximately 12,000 litres of water per car at the lower station, with a "
        "hydrant connection of at least DN 50.",
        "The inspection requires a line closure of 3 consecutive days. The first day is reserved for the "
        "static checks, the second for the load test and the third for the emergency-brake and evacuation checks.",
        "The inspection report is issued within 10 working days after the last day on site and is formatted for "
        "submission to the STRMTG (Service technique des remontees mecaniques et des transports guides).",
        "If the load test fails, the retest after rectification (RFM-INSP-RET) is charged at EUR 4,600 per "
        "retest. Rectification work itself is quoted separately.",
    ]:
        d.add_paragraph(t)

    d.add_heading("2. Emergency Response Contract (RFM-ERC-24)", 1)
    d.add_paragraph("The Emergency Response Contract is billed per month and runs for a minimum of 12 months. "
                    "Response times are measured from the call to the Rampavel hotline to the arrival of a "
                    "qualified technician at the drive station.")
    tbl = d.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    for i, h in enumerate(["Priority", "Definition", "Response"]):
        tbl.rows[0].cells[i].text = h
    for row in [
        ("Priority 1", "Line stopped with passengers on board, or any fault of a safety circuit",
         "Technician on site within 3 hours, 24/7/365; remote diagnostics connection within 30 minutes"),
        ("Priority 2", "Line stopped, no passengers on board",
         "Technician on site within 8 hours, between 06:00 and 22:00"),
        ("Priority 3", "Degraded operation (reduced speed, one door or gate out of service)",
         "Technician on site the next working day"),
    ]:
        c = tbl.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    for t in [
        "The contract includes up to 6 call-outs per contract year. Additional call-outs (RFM-ERC-XCO) are "
        "charged at EUR 1,150 each, plus parts at list price.",
        "Travel is included for sites within 250 km of the Annecy depot. Beyond 250 km, travel is charged at "
        "EUR 0.95 per km (return journey).",
        "Service credits: if a Priority 1 response time is missed, the customer receives a credit of 10% of the "
        "monthly contract fee per started hour of delay, capped at 50% of that month's fee. Credits are applied "
        "to the next invoice and are the sole remedy for a late response.",
    ]:
        d.add_paragraph(t)

    d.add_heading("3. Working hours, night and weekend work", 1)
    d.add_paragraph("Standard working hours are 07:00 to 19:00, Monday to Friday. Work outside these hours "
                    "carries a surcharge of 35% on labour (night work and Saturdays). Work on Sundays and public "
                    "holidays carries a surcharge of 60% on labour. Parts and materials are never surcharged. "
                    "Line-sheave replacement is planned as night work by default; the night surcharge is already "
                    "included in the unit price of RFM-SHV-LN400 when it is quoted as an installed item.")

    d.add_heading("4. Closure windows, cancellation and rescheduling", 1)
    for t in [
        "Closure windows are confirmed in writing at least 21 days ahead. Rampavel may propose a different window "
        "once per contract year without charge.",
        "If the customer cancels or postpones a confirmed window less than 10 working days before its start, 40% "
        "of the scheduled labour is charged. Postponements caused by weather (wind above 70 km/h on the line, or "
        "ice on the track) are free of charge for both parties.",
    ]:
        d.add_paragraph(t)

    d.add_heading("5. Warranty", 1)
    for t in [
        "Workmanship: 6 months from the end of the works.",
        "Parts supplied by Rampavel: 12 months from installation, with two exceptions: cabin door sensor retrofit "
        "kits (RFM-DSK-RETRO) carry a warranty of 24 months, and polyurethane sheave linings are wear parts, "
        "covered only for manufacturing defects during the first 3,000 operating hours.",
        "Track brake overhaul (RFM-BRK-OVH): 12 months on replaced pads, springs and seals, provided the brake "
        "is tested monthly and the results are logged in the operator's register.",
    ]:
        d.add_paragraph(t)

    d.add_heading("6. Customer obligations", 1)
    d.add_paragraph("During all works the customer provides a qualified operator with authority to run the "
                    "installation, free access to both stations and the track, a lockable room for tools, and "
                    "the operator's register. The customer is responsible for notices to the public about "
                    "closures.")
    d.save(K / "service-schedule.docx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors

    ss = getSampleStyleSheet()
    doc = SimpleDocTemplate(str(K / "method-statement-ms07.pdf"), pagesize=A4,
                            title="Method Statement MS-07", author="Rampavel Funicular Services")
    s = []
    H = lambda t: s.append(Paragraph(t, ss["Heading2"]))
    P = lambda t: s.append(Paragraph(t, ss["BodyText"]))
    s.append(Paragraph("Method Statement MS-07: haul rope magnetic testing, line sheave replacement and "
                       "track brake overhaul", ss["Title"]))
    P("Rampavel Funicular Services SAS - technical method statement, issue 4, January 2025. This statement "
      "describes how the works are carried out on counterbalanced two-car funiculars.")

    H("1. Magnetic rope testing (MRT) of the haul rope - RFM-MRT-HAUL")
    P("The haul rope is tested with a permanent-magnet rope tester measuring loss of metallic cross-sectional "
      "area (LMA) and localised faults (LF). The rope is run at 0.5 m/s; two test runs are made in each direction. "
      "Testing a haul rope of up to 1,500 m takes approximately 5 hours including calibration on a reference "
      "section; the line stays closed to passengers during the test.")
    P("Assessment criteria: a rope is flagged for reassessment when LMA exceeds 6%. Discard is recommended when "
      "LMA reaches 10% at any point, or when 6 broken wires are found over a length of 6 rope diameters. Any "
      "indication above 4% LMA is reported to the operator by telephone on the same day.")
    P("The written MRT report, with the LMA trace and a comparison with the previous test, is delivered within "
      "5 working days. Testing frequency: yearly; half-yearly when the rope has been in service for more than "
      "15 years.")

    H("2. Line sheave replacement - RFM-SHV-LN400")
    P("The RFM-SHV-LN400 assembly is a 400 mm cast-aluminium line sheave with two sealed 6208-2RS bearings and a "
      "polyurethane lining of hardness 92 Shore A. Curve sections use the 500 mm assembly RFM-SHV-LN500.")
    P("Work is done at night (22:00 to 05:00) with the rope lifted by hydraulic rope lifters. A crew of four "
      "replaces up to 8 sheaves per night shift. Each new sheave is checked for alignment to within 2 mm of the "
      "rope line and for free rotation before the line is returned to service.")
    P("Lining wear limit: the lining is replaced when the groove has worn 8 mm below its original profile, or "
      "when cracks longer than 20 mm appear. A lining can be replaced without replacing the sheave body "
      "(RFM-SHV-LIN).")

    H("3. Track brake overhaul - RFM-BRK-OVH")
    P("Each car carries two track brake units acting on the rail head. The overhaul replaces the sintered "
      "brake pads, the disc springs and all hydraulic seals, and ends with a static slip test at 1.2 times the "
      "nominal braking force. Because both cars are connected by the haul rope, the line is closed during the "
      "overhaul; both cars are overhauled in the same closure of 5 working days.")

    t = Table([["Work", "Closure needed", "Crew"],
               ["MRT haul rope test", "approx. 5 hours", "2 technicians"],
               ["Line sheave replacement", "night shifts only, up to 8 sheaves each", "4 technicians"],
               ["Track brake overhaul, both cars", "5 working days", "3 technicians"]])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    s.append(Spacer(1, 8))
    s.append(t)
    H("4. Safety")
    P("All works follow a lock-out procedure on the main drive and the emergency brake is applied whenever a "
      "technician is on the track. Working on the track is forbidden when the wind on the line exceeds 70 km/h.")
    doc.build(s)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Services"
    ws.append(["Rampavel Parts & Service Price List 2025 (EUR, excl. VAT) - Services"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["SKU", "Description", "Unit", "List price EUR", "Notes"])
    for r in [
        ("RFM-INSP-ANN", "Annual statutory inspection and load test", "per system", 18400, "3-day closure"),
        ("RFM-INSP-RET", "Load-test retest after rectification", "per retest", 4600, ""),
        ("RFM-MRT-HAUL", "Magnetic rope test, haul rope up to 1,500 m", "per test", 3250, ""),
        ("RFM-MRT-EXT", "Magnetic rope test, additional rope in the same visit", "per rope", 1890,
         "tension or auxiliary rope"),
        ("RFM-BRK-OVH", "Track brake overhaul", "per car", 9800, "pads, springs, seals, slip test"),
        ("RFM-GBX-SVC", "Main gearbox oil analysis and service", "per visit", 1150,
         "oil sample, filter change, backlash check, vibration reading"),
        ("RFM-ERC-24", "Emergency Response Contract 24/7", "per month", 1480, "minimum 12 months"),
        ("RFM-ERC-XCO", "Additional call-out beyond the 6 included", "per call-out", 1150, "parts extra"),
        ("RFM-TRN-EVAC", "Evacuation and rescue training day", "per day", 2100, "max 8 participants"),
        ("RFM-TRN-MNT", "Maintenance technician course day", "per day", 2650, "max 6 participants"),
    ]:
        ws.append(list(r))

    ws2 = wb.create_sheet("Parts")
    ws2.append(["Rampavel Parts & Service Price List 2025 (EUR, excl. VAT) - Parts"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["SKU", "Description", "Specification", "Unit price EUR", "Lead time (weeks)"])
    for r in [
        ("RFM-SHV-LN400", "Line sheave assembly 400 mm", "cast aluminium, 2x 6208-2RS, PU lining 92 Shore A", 685, 6),
        ("RFM-SHV-LN500", "Curve sheave assembly 500 mm", "cast aluminium, 2x 6210-2RS, PU lining 92 Shore A", 940, 8),
        ("RFM-SHV-LIN", "Replacement polyurethane lining, 400 mm sheave", "92 Shore A", 148, 2),
        ("RFM-DSK-RETRO", "Cabin door sensor retrofit kit (per door)", "dual safety edge + 2 light curtains", 1925, 5),
        ("RFM-BRK-PAD", "Sintered track brake pad set (one brake unit)", "sintered bronze", 620, 4),
        ("RFM-OIL-GBX", "Synthetic gear oil ISO VG 320, 20 L drum", "PAO base", 410, 1),
        ("RFM-OIL-HYD", "Hydraulic brake fluid HLP 32, 10 L", "mineral", 96, 1),
    ]:
        ws2.append(list(r))

    ws3 = wb.create_sheet("Intervals")
    ws3.append(["Recommended maintenance intervals"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append(["Component", "Task", "Interval"])
    for r in [
        ("Main gearbox", "Oil sample and analysis", "every 3 months"),
        ("Main gearbox", "Oil change (ISO VG 320)", "every 10,000 operating hours or 3 years, whichever first"),
        ("Track brakes", "Hydraulic brake fluid change (HLP 32)", "every 2 years"),
        ("Track brakes", "Overhaul (pads, springs, seals)", "every 6 years or after 25,000 operating hours"),
        ("Haul rope", "Magnetic rope test", "yearly; half-yearly if rope in service more than 15 years"),
        ("Line sheaves", "Lining and bearing inspection", "monthly"),
        ("Safety circuits", "Functional test", "daily before opening"),
    ]:
        ws3.append(list(r))
    for w in (ws, ws2, ws3):
        for col, width in zip("ABCDE", (18, 48, 44, 16, 36)):
            w.column_dimensions[col].width = width
    wb.save(K / "price-list-2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
KB = """# Working with Rampavel: faults, remote diagnostics and closure planning

*Knowledge base article, updated June 2025.*

## Reporting a fault
Call the 24/7 Rampavel hotline on **+33 4 50 00 41 77**. The hotline engineer classifies the call as Priority 1,
2 or 3 and gives you a ticket number. Non-urgent requests (Priority 3, spare-part orders, document requests) can
also be raised on the customer portal at portal.rampavel.example; portal tickets are answered within one working
day. Always give the ticket number when a technician arrives.

## Remote diagnostics
Remote diagnostics requires the **RD-Link** gateway, a 4G router connected to the control cabinet of the drive
station. With an Emergency Response Contract the RD-Link gateway is installed free of charge and stays the property
of Rampavel; without a contract it costs EUR 1,290 plus EUR 35 per month for the data plan. The gateway only reads
data: it can never start, stop or reset the installation.

## Planning your closures
- Most operators book the annual inspection in the low season (April or November).
- Send us your preferred windows at the start of the year; windows are confirmed in writing at least 21 days ahead.
- The inspection report is ready for the STRMTG file; keep a copy in the operator's register.
- Sheave replacement is done at night, so the line can usually open as normal the next morning.

## Spare parts
The Annecy depot keeps a stock of line sheaves, brake pad sets and gear oil. Parts ordered before 12:00 leave
the depot the same day. Items not in stock follow the lead times in the price list.

## Invoices
Invoices are sent by e-mail in PDF and as Factur-X. Payment by bank transfer only.
"""


def make_md():
    (K / "kb-faults-and-closures.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
