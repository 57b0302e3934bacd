"""Generate the four knowledge sources of the fulgaris-lightning-testing scenario.

Run with: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch --target folder).
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    from docx import Document

    d = Document()
    d.add_heading("Fulgaris Earthing & Lightning Testing Ltd", 0)
    d.add_paragraph("Standard Service Conditions for Lightning Protection System (LPS) Inspection and Testing - "
                    "document FLT-SC-04, version 4.2, effective 1 March 2025. These conditions apply to every "
                    "quotation and framework issued by Fulgaris unless a signed framework agreement states otherwise.")

    d.add_heading("1. Scope of the annual inspection and test", 1)
    d.add_paragraph("Each annual inspection and test is carried out in accordance with BS EN 62305-3 Annex E and "
                    "covers, for every structure listed on the quotation:")
    for t in [
        "a visual inspection of air terminations, roof conductors, down conductors, bonds to roof-mounted plant, "
        "fixings (at no more than 1 m spacing on vertical runs) and test clamps, with photographs of every defect;",
        "a continuity test of each down conductor from the air termination network to its test clamp;",
        "an earth resistance test of each earth electrode or electrode group at the test clamp, with the reading of "
        "every electrode recorded individually and the combined reading of the whole earth termination system;",
        "a check that equipotential bonding to incoming metallic services (gas, water, cable trays) is present at "
        "the main earthing terminal;",
        "an updated site drawing where the existing drawing is missing or no longer matches the installation.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("The recommended overall resistance to earth of the earth termination system is 10 ohms or "
                    "less. A higher reading is not in itself a failure where a type B (ring) arrangement meets the "
                    "minimum electrode length of BS EN 62305-3, but it is always recorded and commented on.")
    d.add_paragraph("The annual test price per structure includes up to 10 down conductors for a standard building "
                    "and up to 30 down conductors for a large or complex building, each with one earth electrode pit "
                    "per down conductor. Additional electrode pits are charged per electrode (SKU ERT-3P-FOP). "
                    "Structures with more than 30 down conductors, listed buildings with concealed conductors and "
                    "chimneys taller than 30 m are priced individually.")

    d.add_heading("2. Inspection intervals", 1)
    d.add_paragraph("Fulgaris schedules inspections on the maximum intervals of BS EN 62305-3 Table E.2, by "
                    "lightning protection level (LPL) as stated in the structure's risk assessment:")
    tbl = d.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    for i, h in enumerate(["Protection level", "Visual inspection", "Complete inspection",
                           "Critical systems, complete inspection"]):
        tbl.rows[0].cells[i].text = h
    for row in [("LPL I and II", "every 1 year", "every 2 years", "every 1 year"),
                ("LPL III and IV", "every 2 years", "every 4 years", "every 1 year")]:
        cells = tbl.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_paragraph("Critical systems are structures containing explosive or flammable materials, hospitals and "
                    "structures where a failure would endanger life or essential services. Where no risk assessment "
                    "exists, Fulgaris treats the structure as LPL II until a BS EN 62305-2 risk assessment (SKU "
                    "RA-62305-2) has been completed. An additional visual inspection is made after any known "
                    "lightning strike to the structure.")

    d.add_heading("3. Weather and safety", 1)
    d.add_paragraph("No testing or roof work is carried out during a thunderstorm or while lightning is detected "
                    "within 10 km of the site; every team carries a handheld storm detector. Work stops and resumes "
                    "30 minutes after the last detected strike. Earth resistance readings taken on frozen or "
                    "waterlogged ground are marked as seasonal and re-tested free of charge on the next visit if the "
                    "client asks. Roof work needs permanent edge protection or certified fall-arrest anchors (with a "
                    "certificate issued in the last 12 months); where neither exists, access is by MEWP (SKU "
                    "MEWP-DAY, up to 16 m working height) or by rope access, priced separately.")

    d.add_heading("4. Reports and defect categories", 1)
    d.add_paragraph("A test certificate and report for each structure is issued within 10 working days of the last "
                    "site visit and published on the Fulgaris asset portal. Every defect is given a category:")
    for t in [
        "Category A - immediate danger (for example a detached down conductor near a public route or a missing "
        "bond to a gas service): made safe on the day where possible and reported to the site contact by phone "
        "the same day, followed by e-mail;",
        "Category B - remedy within 3 months (for example a joint above the continuity limit or a corroded test "
        "clamp);",
        "Category C - advisory, to be considered at the next planned works.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("5. Remedial works and labour rates", 1)
    d.add_paragraph("Remedial works are never carried out without a written purchase order or a written instruction "
                    "against a provisional sum shown on the quotation. Labour is charged at £68 per hour per "
                    "technician and £95 per hour per rope-access technician, with a minimum charge of 2 hours per "
                    "attendance. Work requested outside 07:30-17:30 Monday to Friday is charged at 1.5 times the "
                    "hourly rate, and at 2 times on public holidays. Materials are charged at the price list in "
                    "force on the date of the order. Remedial workmanship and materials carry a 12 months warranty "
                    "from the date of completion; the warranty excludes damage from lightning strikes, theft of "
                    "copper and alterations by others.")

    d.add_heading("6. Scheduling, access and cancellations", 1)
    d.add_paragraph("Visit dates are agreed at least 15 working days in advance. The client provides keys, a permit "
                    "to work for roofs where its own procedures require one and an escort where needed. If a visit is "
                    "cancelled by the client less than 48 hours before the agreed start, or the team cannot gain "
                    "access on arrival, an aborted-visit charge of £150 per visit is made. Rescheduling with 48 hours "
                    "notice or more is free of charge.")

    d.add_heading("7. Payment", 1)
    d.add_paragraph("Unless the quotation states otherwise, invoices are raised per completed site visit and are "
                    "payable within 30 days of the invoice date. Late payment interest is charged under the Late "
                    "Payment of Commercial Debts (Interest) Act 1998.")
    d.save(K / "fulgaris-service-conditions.docx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib import colors

    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    story = []
    P = lambda t, s=body: story.append(Paragraph(t, s))
    P("Fulgaris Technical Note TN-07", ss["Title"])
    P("Earth resistance and continuity testing: methods, instruments and acceptance criteria (issue 3, January 2025)",
      ss["Heading2"])
    P("This note explains how Fulgaris technicians measure and judge the earth termination and conductor network of "
      "a lightning protection system. It applies to all annual inspection and test visits and to the test after "
      "remedial works.")

    P("1. Continuity of conductors", ss["Heading3"])
    P("Continuity is measured with a four-wire low-resistance ohmmeter with a test current of at least 200 mA, from "
      "the air termination network to each test clamp, and across every joint that can be reached. The acceptance "
      "limit is 0.2 ohms for any single joint or bond. A path from the roof network to a test clamp that reads more "
      "than 1 ohm is investigated joint by joint. Painted-over or corroded clamps are cleaned before a second reading "
      "is taken; both readings are recorded.")

    P("2. Earth resistance: fall-of-potential (three-pole) method", ss["Heading3"])
    P("The fall-of-potential method is the default method. The electrode under test is disconnected at its test "
      "clamp. The current spike is driven at a distance of at least 5 times the length of the electrode, and never "
      "less than 25 m, from the electrode under test. The potential spike is placed in a straight line between them "
      "at 62% of that distance; two further readings are taken with the potential spike moved 10% closer and 10% "
      "further. If the three readings differ by more than 5%, the spikes are moved further out and the test is "
      "repeated. Where hard-standing prevents spikes being driven, spikes are laid on wet cloths or plates and this is "
      "noted on the report.")

    P("3. Other methods", ss["Heading3"])
    P("The dead-earth (two-pole) method uses a known low-resistance earth, such as a metallic water main, as the "
      "reference. It is only used where no spike positions exist, and the result includes the resistance of the "
      "reference earth. The clamp-on (stakeless) method needs no disconnection and no spikes, but it is only valid "
      "where the electrode is part of a parallel multi-electrode system with a low-resistance return path; it is never "
      "used for a single isolated electrode or for a ring earth that has only one connection.")

    P("4. Acceptance criteria", ss["Heading3"])
    t = Table([
        ["Measurement", "Acceptance value", "Action when exceeded"],
        ["Single joint or bond", "0.2 ohms or less", "Category B defect"],
        ["Roof network to test clamp", "1 ohm or less", "Investigate joint by joint"],
        ["Whole earth termination system", "10 ohms or less", "Recorded, reviewed with design"],
        ["Single electrode, type A arrangement", "10 ohms x number of electrodes", "Extend or add electrode"],
        ["Reading change since last test", "less than 50% increase", "Inspect electrode and connections"],
    ], colWidths=[60 * mm, 50 * mm, 55 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    story.append(t)
    story.append(Spacer(1, 6))

    P("5. Instruments and calibration", ss["Heading3"])
    P("Every earth tester and low-resistance ohmmeter is calibrated annually by a UKAS accredited laboratory, and "
      "the instrument serial number and calibration due date are printed on each test certificate. An instrument "
      "found out of tolerance at calibration triggers a review of every certificate issued with it since its last "
      "calibration, and affected clients are told within 5 working days.")

    P("6. Surge protective devices (SPDs)", ss["Heading3"])
    P("Where the quotation includes SPD inspection (SKU SPD-INSP-DB), each distribution board is checked for the "
      "presence and type of SPD (Type 1 at the origin of the installation, Type 2 at sub-distribution boards), the "
      "status indicator of every module, the length of the connecting leads (0.5 m or less in total is the target) "
      "and the upstream protective device. A module showing a red or failed indicator is reported as Category B. SPD "
      "inspection does not include insulation resistance testing of the installation, which is part of the "
      "electrical installation condition report and not covered by Fulgaris.")

    P("7. Seasonal readings", ss["Heading3"])
    P("Earth resistance rises in dry summers and in frozen ground. Readings are recorded with the soil condition "
      "(dry, moist, wet, frozen) and the air temperature, so that year-on-year comparisons are made like for like.")

    SimpleDocTemplate(str(K / "tn07-earth-resistance-testing.pdf"), pagesize=A4,
                      leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                      bottomMargin=16 * mm, title="Fulgaris TN-07").build(story)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Testing services"
    ws.append(["Fulgaris price list 2025 - testing services (GBP, excluding VAT, valid 1 March 2025 to 28 February 2026)"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append(["SKU", "Service", "Unit", "List price", "Typical time on site", "Notes"])
    rows = [
        ("LPS-TST-STD", "Annual LPS inspection and test, standard building (up to 10 down conductors)", "per structure", 285.00, "2.5 hours", "One electrode pit per down conductor included"),
        ("LPS-TST-LRG", "Annual LPS inspection and test, large or complex building (11 to 30 down conductors)", "per structure", 640.00, "6 hours", "One electrode pit per down conductor included"),
        ("ERT-3P-FOP", "Earth electrode resistance test, fall-of-potential, additional electrode pit", "per electrode", 18.50, "15 minutes", "Beyond the pits included in the structure price"),
        ("SPD-INSP-DB", "Surge protective device inspection", "per distribution board", 42.00, "20 minutes", "Visual and indicator check, no insulation testing"),
        ("RA-62305-2", "Lightning risk assessment to BS EN 62305-2", "per structure", 495.00, "desk study + 1 hour survey", "Report issued within 15 working days"),
        ("MEWP-DAY", "MEWP access day, up to 16 m working height", "per day", 380.00, "-", "Includes delivery within 40 miles of Leeds"),
        ("RA-ROPE-DAY", "Rope-access team day (2 technicians)", "per day", 1240.00, "-", "For structures above 16 m without anchors"),
        ("RPT-DIG", "Digital test certificates and asset portal, annual licence", "per client per year", 350.00, "-", "Unlimited users and structures"),
    ]
    for r in rows:
        ws.append(list(r))
    for c in "ABCDEF":
        ws.column_dimensions[c].width = 22 if c != "B" else 70

    ws2 = wb.create_sheet("Remedial materials")
    ws2.append(["Fulgaris price list 2025 - remedial materials (GBP, excluding VAT, excluding labour)"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append(["Code", "Item", "Unit", "Price"])
    mats = [
        ("MAT-CT253", "Copper tape 25 x 3 mm, bare", "per metre", 14.20),
        ("MAT-CT253P", "Copper tape 25 x 3 mm, PVC covered", "per metre", 16.90),
        ("MAT-TC01", "Test clamp, gunmetal, supplied and fitted", "each", 24.00),
        ("MAT-DCF", "DC tape clip fixing, gunmetal", "each", 3.10),
        ("MAT-ER12", "Copper-bonded earth rod 1.2 m x 16 mm, supplied and driven", "each", 46.00),
        ("MAT-ER24", "Copper-bonded earth rod 2.4 m x 16 mm, supplied and driven", "each", 79.00),
        ("MAT-EPIT", "Concrete earth inspection pit with lid", "each", 58.00),
        ("MAT-SPD1", "SPD replacement cartridge, Type 1", "each", 132.00),
        ("MAT-SPD2", "SPD replacement cartridge, Type 2", "each", 78.00),
        ("MAT-AT05", "Air terminal, 0.5 m, with base", "each", 64.00),
    ]
    for r in mats:
        ws2.append(list(r))
    ws2.column_dimensions["B"].width = 60

    ws3 = wb.create_sheet("Size bands")
    ws3.append(["How a structure is priced - size bands"])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.append(["Band", "Down conductors", "Test SKU", "Technicians", "Typical time on site"])
    ws3.append(["Standard building", "up to 10", "LPS-TST-STD", 2, "2.5 hours"])
    ws3.append(["Large or complex building", "11 to 30", "LPS-TST-LRG", 2, "6 hours"])
    ws3.append(["Special structure", "more than 30, or chimney above 30 m", "priced individually", "2-3", "survey first"])
    ws3.append(["Note", "A structure with a hybrid ring earth and roof plant bonds counts by its down conductors only."])
    wb.save(K / "fulgaris-price-list-2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
MD = """# Preparing your site for the annual lightning protection test

*Fulgaris knowledge base - article KB-112, updated April 2025*

Most delays on test day come from locked roofs and missing information. This checklist is sent to every site
contact 15 working days before the visit.

## Before the visit
- Send us the previous test certificates (at least the last one) and the LPS drawing if you have it. Without a
  drawing we produce a marked-up sketch during the visit.
- Arrange roof access: keys for roof hatches and plant rooms, and your permit to work if your own procedures need
  one. Tell us if a roof has no edge protection or anchors so we can book a MEWP or rope access.
- Tell occupants that technicians will be on the roof and at ground level near the walls. The test does not switch
  off power, the fire alarm or any building system.
- Clear access to the test clamps and earth pits: cars parked over earth pits and planters placed on pit lids are
  the most common cause of untested electrodes.

## During the visit
- Two technicians attend. Expect about 2.5 hours for a standard building and about 6 hours for a large building.
- Each electrode is disconnected at its test clamp for a few minutes and reconnected before the team moves on; the
  building is never left with a disconnected electrode.
- If a down conductor has no test clamp we cannot test its electrode separately. We can fit a gunmetal test clamp
  on the day for £24 per clamp fitted, if you have given us a written instruction or a provisional sum covers it.
- Category A defects (immediate danger) are made safe where possible and reported by phone the same day.

## After the visit
- Certificates and the defect list appear on the asset portal within 10 working days.
- Category B defects should be put right within 3 months; we send a remedial quotation with the report.
- The portal sends a reminder 60 days before each structure's next inspection is due.

## Frequently asked
**Can you test in the rain?** Yes. Rain does not stop testing; lightning within 10 km does.

**Do you need power?** No, all instruments are battery powered.

**Can the test be done at weekends?** Yes, at 1.5 times the hourly rate for the time on site, on request.
"""


def main():
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "kb-112-preparing-your-site.md").write_text(MD, encoding="utf-8")
    print("written:", sorted(p.name for p in K.iterdir()))


if __name__ == "__main__":
    main()
