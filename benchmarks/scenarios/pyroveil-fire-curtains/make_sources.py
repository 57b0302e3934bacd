"""Generate the four knowledge sources of the pyroveil-fire-curtains scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch --target folder.)
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


# ---------------------------------------------------------------- DOCX: service plans and warranty
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Pyroveil Curtain Systems - Service Plans and Warranty Terms 2025", 0)
    d.add_paragraph("Document PCS-SW-2025, effective 1 January 2025. These terms apply to every Pyroveil service plan "
                    "and to the warranty on safety curtains, dampers, drenchers and controls supplied by Pyroveil. "
                    "Prices are in EUR and exclude VAT.")

    d.add_heading("1. Service plans", 1)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["Plan", "Scheduled visits per year", "Attendance for breakdowns", "Remote monitoring", "Wear-parts allowance"]
    for c, h in zip(t.rows[0].cells, hdr):
        c.text = h
    rows = [
        ["Bronze", "1 (annual inspection)", "Next working day, best effort, no guaranteed time", "No", "None"],
        ["Silver", "2 (annual inspection + 1 interim visit)", "Within 24 hours", "No", "EUR 800 per year"],
        ["Gold", "4 (annual inspection + 3 quarterly visits)",
         "Within 6 hours, 24/7, including performance nights and public holidays", "Yes", "EUR 2,500 per year"],
    ]
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    d.add_paragraph("Remote monitoring of the SC3 event log is available on the Gold plan only: Pyroveil reviews "
                    "alarms and failed-drop events each working day and contacts the venue's nominated technical "
                    "manager the same day. The wear-parts allowance covers brush smoke seals, intumescent sill "
                    "strips, fusible links, damper seal kits and drencher spray heads; unused allowance does not "
                    "carry over to the next plan year.")

    d.add_heading("2. The annual inspection", 1)
    for s in [
        "Three timed gravity drops, one from each of three different emergency release stations; the curtain "
        "passes if every drop is completed in not more than 30 seconds and the curtain seats with a gap of no more "
        "than 10 mm at the sill.",
        "Hydraulic damper inspection: oil level, leakage, braking over the final 1.0 metre of travel.",
        "Wire rope inspection for broken wires, corrosion and termination condition; counterweight guide check.",
        "Drencher flow test with the stage floor protected, deluge valve operation and head blockage check.",
        "Fire alarm interface test, including the programmed release delay, beacons and sounders.",
        "Smoke seal and intumescent sill strip condition check; SC3 event-log download and UPS battery test.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph("The inspection certificate is issued within 10 working days of the visit. Where a defect "
                    "makes the curtain unsafe, the engineer places the curtain out of service on the day and "
                    "informs the venue in writing before leaving site.")

    d.add_heading("3. Quarterly visits (Gold) and interim visit (Silver)", 1)
    d.add_paragraph("Each quarterly or interim visit covers damper oil level and leakage, brake adjustment, rope "
                    "tension and termination checks, a review of the SC3 event log and the curtain logbook, and a "
                    "test of one emergency release station on rotation. A quarterly visit takes about 3 hours and is "
                    "scheduled on a non-performance day agreed at least 14 days in advance.")

    d.add_heading("4. Exclusions", 1)
    d.add_paragraph("Wire rope replacement is excluded from all plans. Pyroveil recommends replacing the wire rope "
                    "set every 10 years, or earlier if the annual inspection finds broken wires or corrosion; the "
                    "set is then quoted at the price-list rate plus labour. Also excluded: damage caused by scenery, "
                    "flown pieces or stage wagons striking the curtain; repairs after a real fire; water damage "
                    "caused by drencher operation; work required by new licensing conditions; and making good of "
                    "the building fabric.")

    d.add_heading("5. Work outside a plan", 1)
    d.add_paragraph("Weekday call-outs (Monday to Friday, 07:00 to 18:00) are charged at EUR 145 per hour with a "
                    "minimum of 2 hours. Out-of-hours and weekend call-outs are charged at EUR 215 per hour with a "
                    "minimum of 3 hours. Travel is charged at EUR 0.85 per km beyond 50 km from the nearest Pyroveil "
                    "depot. Gold plan customers receive 20% off these labour rates; Silver plan customers receive "
                    "10% off. Bronze customers pay the full rates.")

    d.add_heading("6. Warranty", 1)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Component", "Warranty period"
    for a, b in [("Curtain structure and panel", "10 years"), ("Hydraulic descent dampers", "5 years"),
                 ("Drencher pipework and spray heads", "5 years"),
                 ("SC3 control panel and electrical components", "2 years"),
                 ("Emergency release stations", "2 years"), ("UPS batteries", "12 months")]:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
    d.add_paragraph("Warranty periods run from the date of the signed commissioning certificate. The structural "
                    "warranty beyond year 2 requires an unbroken Pyroveil service plan of Silver or above; if the "
                    "plan lapses, the structural warranty ends on the lapse date. The warranty is void for any "
                    "component where the weekly test has not been recorded in the curtain logbook for more than 4 "
                    "consecutive weeks, and for any modification not approved in writing by Pyroveil.")

    d.add_heading("7. Term, renewal and price changes", 1)
    d.add_paragraph("Plans run for 12 months and renew automatically unless either party gives 90 days' written "
                    "notice. Multi-year plans are invoiced annually in advance. Annual price increases on renewal "
                    "are capped at 4%. The 24-hour service line is +31 20 555 0199.")
    d.save(K / "service-plans-and-warranty.docx")


# ---------------------------------------------------------------- PDF: technical specification
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h = ss["Heading2"]
    doc = SimpleDocTemplate(str(K / "rsc-1412-technical-specification.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="RSC-1412 Technical Specification", author="Pyroveil Curtain Systems")
    P = lambda s: Paragraph(s, body)
    story = [Paragraph("RSC-1412 Rigid Steel Safety Curtain - Technical Specification and Installation Guide", ss["Title"]),
             P("Pyroveil Curtain Systems, document PCS-TS-1412, revision D, March 2025."),
             Paragraph("1. Scope", h),
             P("The RSC-1412 is a rigid, counterweighted steel safety curtain for proscenium openings up to 16.0 m wide "
               "and 11.0 m high. It separates the stage house from the auditorium in a fire and limits the passage of "
               "smoke and heat. Each curtain is built to the measured opening; the panel overlaps the proscenium "
               "by 300 mm on each side and 500 mm at the head."),
             Paragraph("2. Construction", h),
             P("Frame of 120 mm rectangular hollow steel sections, both faces clad with 2.0 mm galvanised steel sheet, "
               "infilled with 100 mm mineral wool of 140 kg/m3 density. Panel mass is approximately 58 kg per square "
               "metre. The curtain is hung on eight 16 mm galvanised wire ropes over four head pulleys. The "
               "counterweight is set at 94% of the curtain mass, so the curtain always overhauls and descends by "
               "gravity when released. Design load on the grid steel: 52 kN per head pulley, to be verified by the "
               "buyer's structural engineer before manufacture."),
             Paragraph("3. Fire and smoke performance", h),
             P("Tested to EN 1634-1 and classified EI 60 to EN 13501-2 (integrity and insulation for 60 minutes). "
               "Integrity alone (E) is maintained for 120 minutes. The curtain is designed for a pressure differential "
               "of 500 Pa with a maximum mid-span deflection of 75 mm. Brush smoke seals run on both side guides and "
               "the head; an intumescent strip seals the sill."),
             Paragraph("4. Operation and descent times", h)]
    t = Table([["Mode", "Drive", "Time (full travel)"],
               ["Normal raise", "3 kW motor winch", "45 seconds"],
               ["Normal controlled lowering", "Motor winch, speed-controlled", "38 seconds"],
               ["Emergency gravity descent", "Gravity, hydraulic damping", "not more than 30 seconds"]],
              colWidths=[55 * mm, 60 * mm, 55 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    story += [t, Spacer(1, 4),
              P("In an emergency the release brake opens and the curtain descends by gravity; the total gravity descent "
                "time is not more than 30 seconds. Two HDD-40 hydraulic dampers brake the final 1.0 metre of travel, "
                "which takes between 5 and 8 seconds, so the landing speed stays below 0.15 m/s. Release is triggered "
                "by the fire alarm signal (volt-free contact from the fire alarm panel), by any of the emergency "
                "release stations, or by the 68 degC fusible link in the release line, which is a fail-safe backup."),
              P("On a fire alarm signal the SC3 panel releases the curtain after a configurable delay of 0 to 120 "
                "seconds, factory-set to 30 seconds, so that the stage manager can clear the setting line. Flashing "
                "beacons and a sounder at the setting line operate throughout the descent. On loss of mains supply the "
                "SC3 panel runs from its UPS; the curtain is not released on power failure alone."),
              Paragraph("5. HDD-40 hydraulic descent dampers", h),
              P("One damper each side, 40 mm bore, filled with 6.5 litres of ISO VG 32 hydraulic oil per damper. Oil "
                "is changed every 5 years; seal kits are changed at the same time or when leakage is found."),
              Paragraph("6. Drencher", h),
              P("28 open spray heads on the stage-side face at 500 mm centres, fed by a DN 65 main through a manual "
                "quarter-turn deluge valve at the prompt side, operated by the stage manager or the fire service. "
                "Design flow is 600 litres per minute at 1.0 bar at the most remote head. The buyer provides a "
                "water supply of at least 600 litres per minute at 2.5 bar at the connection point, and the drain "
                "troughs at the setting line."),
              Paragraph("7. SC3 control panel", h),
              P("PLC-based panel, 400 V three-phase 16 A supply. The UPS gives 24 hours standby plus 3 complete "
                "raise and lower cycles. The event log stores the last 10,000 events. Interfaces: fire alarm "
                "(volt-free contact), stage management desk (hard-wired status and key-switch reset), and the "
                "building management system via Modbus TCP. A reset after any gravity drop requires the key switch."),
              Paragraph("8. Installation programme", h),
              P("Installation needs 11 working days of stage closure (the stage must be dark and clear of scenery), "
                "plus 2 further days for commissioning and the witness test with the fire authority. Where an existing "
                "curtain is removed, its removal takes 4 of the 11 days. The panel is delivered in sections no wider "
                "than 2.6 m. The venue provides a temporary 32 A three-phase supply at fly-floor level, clear access "
                "to the fly floor and grid, and a loading route for the sections."),
              Paragraph("9. Commissioning and handover", h),
              P("Commissioning ends with three timed gravity drops witnessed by the venue and, where required, by the "
                "fire authority. The handover dossier contains the declaration of performance, the test certificate, "
                "the operation and maintenance manual, and the curtain logbook.")]
    doc.build(story)


# ---------------------------------------------------------------- XLSX: price list and spec sheet
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)

    def sheet(ws, title, header, rows, money_cols):
        ws.append([title])
        ws["A1"].font = Font(bold=True, size=13)
        ws.append(header)
        for c in ws[2]:
            c.font = bold
        for r in rows:
            ws.append(r)
        for row in ws.iter_rows(min_row=3):
            for i in money_cols:
                row[i].number_format = "#,##0.00"
        for col, w in zip("ABCDEFG", [16, 58, 20, 22, 16, 34, 14]):
            ws.column_dimensions[col].width = w

    ws = wb.active
    ws.title = "Curtains & systems"
    sheet(ws, "Pyroveil Price List and Specification Sheet 2025 (EUR, excluding VAT, valid 1 January to 31 December 2025)",
          ["SKU", "Description", "Fire classification", "Max. opening (W x H)", "Unit price EUR", "Lead time from order", "Warranty"],
          [["PV-RSC-1412", "Rigid steel safety curtain, counterweighted, supply and installation", "EI 60", "16.0 x 11.0 m", 186400, "16 to 18 weeks", "10 years"],
           ["PV-RSC-0908", "Rigid steel safety curtain, compact, supply and installation", "EI 60", "10.0 x 8.0 m", 128900, "14 to 16 weeks", "10 years"],
           ["PV-FXC-E120", "Flexible fabric fire curtain, glass-fibre fabric, integrity only", "E 120", "14.0 x 10.0 m", 64800, "8 to 10 weeks", "5 years"],
           ["PV-FXC-EW60", "Flexible fabric fire curtain with radiation control coating", "EW 60", "14.0 x 10.0 m", 79500, "10 to 12 weeks", "5 years"],
           ["PV-HDD-40", "Hydraulic descent damper, 40 mm bore", "-", "-", 7850, "6 weeks", "5 years"],
           ["PV-DRN-28", "Drencher pipework and open-head spray set, 28 heads", "-", "-", 23600, "8 weeks", "5 years"],
           ["PV-CTL-SC3", "SC3 safety curtain control panel with UPS and fire alarm interface", "-", "-", 14950, "6 weeks", "2 years"],
           ["PV-RLS-04", "Emergency release station, break-glass with key reset", "-", "-", 1280, "3 weeks", "2 years"],
           ["PV-DEC-RSC", "Removal and disposal of an existing rigid curtain", "-", "-", 12300, "with installation", "-"],
           ["PV-TRN-OPS", "Operator training, half day, up to 8 staff per session", "-", "-", 1150, "2 weeks", "-"]],
          [4])
    ws.append([])
    ws.append(["Note", "Fabric curtains (PV-FXC) are not suitable where the licensing authority requires an insulated (EI) curtain."])

    ws = wb.create_sheet("Spare parts")
    sheet(ws, "Spare parts price list 2025 (EUR, excluding VAT)",
          ["SKU", "Part", "Unit", "Price EUR", "Dispatch"],
          [["PV-SP-BRS", "Brush smoke seal strip", "per metre", 86, "Stock item: dispatched within 5 working days"],
           ["PV-SP-INT", "Intumescent sill seal strip", "per metre", 112, "Stock item: dispatched within 5 working days"],
           ["PV-SP-WRS", "Wire rope set, 8 ropes, 16 mm galvanised, with terminations", "per set", 6480, "Stock item: dispatched within 5 working days"],
           ["PV-SP-DSK", "HDD-40 damper seal kit", "per damper", 395, "Stock item: dispatched within 5 working days"],
           ["PV-SP-OIL", "Hydraulic oil ISO VG 32", "per 5 litre can", 64, "Stock item: dispatched within 5 working days"],
           ["PV-SP-UPS", "SC3 UPS battery set", "per set", 1140, "Made to order: 3 weeks"],
           ["PV-SP-FUS", "Fusible link 68 degC", "pack of 5", 48, "Stock item: dispatched within 5 working days"],
           ["PV-SP-DRH", "Drencher open spray head", "each", 72, "Stock item: dispatched within 5 working days"]],
          [3])

    ws = wb.create_sheet("Service plans & labour")
    sheet(ws, "Service plans and labour rates 2025 (EUR, excluding VAT, per curtain)",
          ["Item", "Visits per year", "Breakdown attendance", "Annual price EUR", "Remote monitoring", "Wear-parts allowance per year"],
          [["PV-SVC-BRZ Bronze plan", 1, "Next working day, best effort", 3200, "No", "None"],
           ["PV-SVC-SLV Silver plan", 2, "Within 24 hours", 5600, "No", "EUR 800"],
           ["PV-SVC-GOLD Gold plan", 4, "Within 6 hours, 24/7", 9400, "Yes", "EUR 2,500"],
           ["Weekday call-out, Mon-Fri 07:00 to 18:00", "-", "per hour, minimum 2 hours", 145, "-", "-"],
           ["Out-of-hours and weekend call-out", "-", "per hour, minimum 3 hours", 215, "-", "-"]],
          [3])
    wb.save(K / "price-list-2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article: testing regime
KB = """# Safety curtain testing: what the venue does and what Pyroveil does

This article explains the testing regime for Pyroveil rigid steel safety curtains (RSC range) fitted with an SC3
control panel. Local licensing conditions may ask for more; they never ask for less.

## Before each performance
- Check that the setting line is clear of scenery, cables and masking; nothing may be set within 300 mm of the line.
- Where the licensing authority requires it, lower and raise the curtain in the presence of the audience before the
  performance. Use the normal controlled lowering for this, not a gravity drop.

## Weekly test (venue staff)
Only staff holding a current Pyroveil operator training certificate may carry out the weekly test. The certificate is
valid for 2 years from the training date.

1. Clear the stage and announce the test on the show relay.
2. Release the curtain from an emergency release station and time the gravity drop from release to full seating.
3. The drop must take no more than 30 seconds and the curtain must seat with a gap of no more than 10 mm at the sill.
4. Reset with the key switch on the SC3 panel and raise the curtain.
5. Record the time, the release station used and your name in the curtain logbook.

Use a different release station each week so that every station is operated at least once a month.

## Monthly checks (venue staff)
- Exercise the drencher deluge valve through a quarter turn and back without flowing water; check the valve seal tag.
- Visually check the fusible link and the release line for damage or paint.
- Check that the SC3 panel shows "UPS OK" and no stored faults.

## Quarterly and annual (Pyroveil)
Quarterly visits on the Gold plan and the annual inspection on every plan are carried out by Pyroveil engineers. The
annual inspection includes a drencher flow test: water is flowed for 2 minutes into the drain troughs with the stage
floor protected.

## If the curtain fails a test
If a timed drop takes more than 30 seconds, or the curtain does not seat fully, the curtain is out of service:

- stop using it except in a real emergency and do not attempt adjustments yourself;
- inform the licensing authority as your licence conditions require; do not admit an audience unless the authority
  has agreed alternative measures;
- call the Pyroveil 24-hour service line (+31 20 555 0199) and quote the serial number on the SC3 panel.

## Logbook
Keep the curtain logbook at the prompt desk. Retain completed logbooks for 5 years. Missing weekly entries for more
than 4 consecutive weeks void the warranty on the affected components.
"""


def make_md():
    (K / "testing-regime.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
