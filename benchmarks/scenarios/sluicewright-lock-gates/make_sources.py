"""Generate the four knowledge sources of the sluicewright-lock-gates scenario.

Run:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch folder.)
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
KN = HERE / "knowledge"
KN.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    from docx import Document
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_heading("Sluicewright Lock Gate Services Ltd", 0)
    d.add_heading("Service Agreement and Commercial Terms (SW-CT-2026 rev 3)", 1)
    d.add_paragraph(
        "These terms apply to every quotation issued by Sluicewright Lock Gate Services Ltd (company no. 08817342) "
        "for the inspection, repair, replacement and emergency attendance of canal and river lock gates, paddle gear "
        "and balance beams, unless a signed variation says otherwise. They were last revised on 1 September 2026."
    )

    d.add_heading("1. Payment", 2)
    d.add_paragraph(
        "Gate manufacture: 30% of the gate line value is invoiced on order as a mobilisation and timber-procurement "
        "payment; 60% is invoiced on completion of installation and rewatering; the remaining 10% is held as "
        "retention and released after the 12-week leakage re-check described in method statement MS-07. "
        "All other lines (inspections, seal kits, paddle gear, balance beams, dewatering, dive surveys) are invoiced "
        "monthly in arrears as work is completed. The emergency callout plan is invoiced annually in advance. "
        "Invoices are payable within 30 days of the invoice date. Late payment interest is charged at 4% above the "
        "Bank of England base rate under the Late Payment of Commercial Debts (Interest) Act 1998."
    )

    d.add_heading("2. Warranty", 2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    h = t.rows[0].cells
    h[0].text, h[1].text, h[2].text = "Item", "Warranty period", "Starts"
    for row in [
        ("New oak or greenheart gate leaves (structural timber)", "10 years", "Date of rewatering"),
        ("Gate ironwork: collars, anchors, strapping, heel pins", "5 years", "Date of rewatering"),
        ("EPDM heel and mitre seals (fitted kit)", "24 months", "Date of fitting"),
        ("Paddle gear overhaul (parts and labour)", "12 months", "Date of handover"),
        ("Balance beams (green oak or steel)", "5 years", "Date of fitting"),
    ]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph(
        "Exclusions. The warranty excludes damage caused by boat impact, vandalism, flood debris, and ice damage "
        "where a gate was operated while ice on the lock chamber was thicker than 50 mm. It also lapses for "
        "ironwork and paddle gear if the client does not grease pivots, racks and pinions at least quarterly and "
        "record it in the lock log. Natural checking (surface splits) of green oak up to 6 mm wide is a normal "
        "characteristic of the timber and is not a defect."
    )

    d.add_heading("3. Emergency callout plan (LGM-CALL-24)", 2)
    d.add_paragraph(
        "The plan covers all locks listed in the schedule of the order. Response targets, measured from the time "
        "the call is logged with our control room:"
    )
    for s in [
        "Category A (gate or paddle failure that stops navigation, or risk of flooding or of a chamber draining): "
        "engineer on site within 4 hours, 24 hours a day, 365 days a year.",
        "Category B (leakage or paddle fault that does not stop navigation): on site within 24 hours.",
        "Category C (cosmetic or minor defects): repaired at the next planned visit or within 10 working days.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph(
        "The plan includes up to 12 callouts per year across all scheduled locks, with the first 4 hours of labour "
        "of each callout included. Additional callouts beyond the allowance are charged at £640 per callout in "
        "working hours (07:00 to 18:00, Monday to Friday) and £980 per callout out of hours (18:00 to 07:00, "
        "weekends and bank holidays). Labour beyond the first 4 hours is charged at £96 per engineer-hour. "
        "Materials are charged at list price less 10%. Unused callouts do not carry over to the next plan year."
    )

    d.add_heading("4. Planned works, postponement and cancellation", 2)
    d.add_paragraph(
        "Stoppage dates are fixed at order and confirmed in writing 8 weeks before the stoppage. If the client "
        "postpones or cancels a planned stoppage less than 21 days before its start, 25% of the value of the "
        "dewatering lines for that stoppage is charged to cover pump, plank and crew commitments. Postponement "
        "21 days or more before the start is free of charge, once per order. Sluicewright may suspend works "
        "without penalty to either party when the river level at the nearest Environment Agency gauge is at "
        "amber or above, or when the air temperature forecast stays below -5 °C for 48 hours."
    )

    d.add_heading("5. Inspections", 2)
    d.add_paragraph(
        "Each annual condition inspection (LGM-INSP-ANN) covers both gate pairs of one lock, quoins, cills, "
        "paddle gear, balance beams, walkways and handrails. Every component receives a condition grade from "
        "1 (as new) to 5 (unsafe, remove from service). The inspection report is delivered as PDF and as a "
        "spreadsheet of grades within 15 working days of the site visit. Grade 5 findings are telephoned to the "
        "client's duty officer on the day."
    )

    d.add_heading("6. Liability and insurance", 2)
    d.add_paragraph(
        "Sluicewright's total liability under an order is limited to the lower of the order value or £2 million "
        "per event; loss of revenue, loss of mooring or licence income and other consequential losses are "
        "excluded. Sluicewright holds public liability insurance of £10 million, employer's liability insurance "
        "of £10 million and professional indemnity insurance of £2 million. Certificates are available on request."
    )
    d.save(KN / "service-agreement-terms.docx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib import colors

    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(str(KN / "gate-replacement-method-statement.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="MS-07 Mitre gate replacement method statement")
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))
    P("Sluicewright Lock Gate Services Ltd", ss["Title"])
    P("Method Statement MS-07 rev D: Mitre Gate Replacement, Seal Renewal and Dive Surveys", ss["Heading2"])
    P("Issued 14 July 2026. Applies to SKUs LGM-MGP-OAK36, LGM-MGP-OAK48, LGM-MGP-GRH48, LGM-SEAL-KIT, "
      "LGM-DEWA-WK and LGM-DIVE-DAY.")

    P("1. Templating and manufacture", ss["Heading3"])
    P("Before manufacture, our surveyors template the existing gates, quoins and cill in a dewatered or "
      "dive-surveyed chamber and record the mitre angle, quoin profile and heel-post diameter to within 2 mm. "
      "Gates are built in our workshop at Kidderminster. Lead time is 14 weeks from templating for European oak "
      "gates and 18 weeks for greenheart gates; EPDM seal kits ship within 3 weeks of order. Oak is FSC-certified "
      "Quercus robur machined green (moisture content 25% to 35%), because gates that stay wet do not need "
      "seasoned timber. Heel posts and mitre posts are one piece; no finger-jointed timber is used.")

    P("2. Stoppage programme for a gate pair replacement", ss["Heading3"])
    data = [["Day", "Activity"],
            ["1-2", "Install stop planks, dewater chamber, fish rescue"],
            ["3", "Lift out old gate leaves by mobile crane"],
            ["4-7", "Clean quoins, set heel pins, hang and adjust new leaves"],
            ["8", "Fit balance beams, walkways, paddle gear"],
            ["9", "Rewater, first leakage test at full head"],
            ["10", "Adjustment, snagging, reopen to navigation"]]
    tb = Table(data, colWidths=[20 * mm, 140 * mm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                            ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    s.append(tb)
    s.append(Spacer(1, 4))
    P("A gate pair replacement therefore needs a navigation stoppage of 10 working days per lock. A seal kit "
      "renewal (LGM-SEAL-KIT) takes 2 working days with stop planks and partial pumping, without a full dewater, "
      "where the cill is sound. A paddle gear overhaul is done with the lock in service and closes the affected "
      "paddle for 1 working day.")

    P("3. Dewatering and environment", ss["Heading3"])
    P("Dewatering (LGM-DEWA-WK) is priced per lock-week and includes stop planks, two 150 mm submersible pumps "
      "with standby, 24-hour pump monitoring and the fish rescue, which is carried out by a licensed fisheries "
      "contractor under an Environment Agency permit. Pump intakes are fitted with 6 mm screens. Silt is settled "
      "in a silt bag before discharge; disposal of contaminated silt, if testing finds it, is charged at cost.")

    P("4. Lifting", ss["Heading3"])
    P("Gate leaves up to 4.8 m high weigh up to 6.5 t each and are lifted with a mobile crane of up to 60 t. "
      "The client provides towpath access for 7.5 t vehicles and a crane standing area. Crane hire is not "
      "included in the gate price and is quoted per site after the access survey.")

    P("5. Leakage acceptance", ss["Heading3"])
    P("After rewatering, leakage through a closed gate pair shall not exceed 5 l/s (litres per second) at full "
      "head, measured by timed volume at the bottom gate. New oak swells over the first weeks, so leakage is "
      "measured again 12 weeks after rewatering; if it then exceeds 5 l/s, Sluicewright adjusts the gates at no "
      "charge. The 10% retention is released after this re-check.")

    P("6. Dive surveys", ss["Heading3"])
    P("Dive surveys (LGM-DIVE-DAY) are carried out by a three-person team qualified under the HSE Diving at Work "
      "Regulations 1997 (HSE Part IV or higher). In one team-day the team can complete a visual-only survey of up "
      "to 4 locks in one flight, or a full survey of 1 lock with CCTV and quoin measurements. The lock must be "
      "closed to navigation and its paddles locked off while divers are in the water.")
    doc.build(s)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Price list 2026-27"
    ws.append(["Sluicewright Lock Gate Services - Price and Specification Sheet 2026-27 (GBP, excl. VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price (GBP)", "Lead time", "Notes"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ("LGM-INSP-ANN", "Annual lock gate condition inspection, both gate pairs, with graded report", "per lock", 1850, "4 weeks", "Grades 1-5"),
        ("LGM-MGP-OAK36", "Replacement mitre gate pair, European oak, leaf height up to 3.6 m", "per pair", 52900, "14 weeks", "From templating"),
        ("LGM-MGP-OAK48", "Replacement mitre gate pair, European oak, leaf height up to 4.8 m", "per pair", 68400, "14 weeks", "From templating"),
        ("LGM-MGP-GRH48", "Replacement mitre gate pair, greenheart, leaf height up to 4.8 m", "per pair", 91200, "18 weeks", "For high-traffic or tidal locks"),
        ("LGM-SEAL-KIT", "Heel post and mitre seal renewal kit, EPDM, fitted", "per gate pair", 3950, "3 weeks", "2-day stoppage"),
        ("LGM-PADL-OVH", "Ground or gate paddle gear overhaul, rack and pinion", "per paddle set", 2780, "2 weeks", "Lock stays in service"),
        ("LGM-BEAM-GRO", "Balance beam, green oak, 6.5 m", "each", 4250, "6 weeks", ""),
        ("LGM-BEAM-GRO75", "Balance beam, green oak, 7.5 m", "each", 5120, "6 weeks", ""),
        ("LGM-BEAM-STL", "Balance beam, galvanised steel box section, up to 7.5 m", "each", 3680, "8 weeks", "Timber-clad option +£640"),
        ("LGM-DEWA-WK", "Stop-plank dewatering and pumping incl. fish rescue", "per lock-week", 9600, "8 weeks notice", ""),
        ("LGM-DIVE-DAY", "Underwater dive survey of cill and quoins, 3-person team", "per team-day", 2150, "3 weeks", ""),
        ("LGM-CALL-24", "24/7 emergency callout plan, up to 12 callouts per year", "per 3-year term", 33600, "Immediate", "Invoiced annually"),
    ]
    for r in rows:
        ws.append(list(r))
    for col, w in zip("ABCDEF", (16, 70, 16, 16, 14, 30)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Timber and materials")
    ws2.append(["Timber and materials specification"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Material", "Botanical name", "Density (kg/m3)", "Expected service life in fresh water", "Typical use", "Notes"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for r in [
        ("European oak (green)", "Quercus robur", 1050, "25 years", "Gate leaves, balance beams", "FSC certified"),
        ("Greenheart", "Chlorocardium rodiei", 1100, "40 years", "Gate leaves, cills, heel posts", "Resists marine borers"),
        ("Galvanised steel S355", "-", 7850, "30 years", "Balance beams, strapping", "Hot-dip galvanised to ISO 1461"),
        ("EPDM seal profile", "-", 1300, "8 years", "Heel and mitre seals", "Shore A 65"),
    ]:
        ws2.append(list(r))
    for col, w in zip("ABCDEF", (24, 22, 16, 36, 30, 30)):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Paddle gear types")
    ws3.append(["Paddle gear types covered by LGM-PADL-OVH"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Type", "Windlass spindle", "Overhaul scope", "Hours per set"])
    for c in ws3[3]:
        c.font = Font(bold=True)
    for r in [
        ("Rack and pinion, cast iron", "1 inch square", "Strip, replace pinion and pawl, grease, re-set safety catch", 7),
        ("Rack and pinion, hydraulic assist", "1 1/4 inch square", "As above plus ram seals and hose set", 9),
        ("Anti-vandal enclosed gear", "Handcuff key", "Strip, replace bearings and drive shaft seals", 8),
    ]:
        ws3.append(list(r))
    wb.save(KN / "price-and-spec-sheet.xlsx")


# ---------------------------------------------------------------- Markdown KB
KB = """# Emergency callouts and winter stoppages: what lock owners need to know

*Sluicewright knowledge base, article KB-114, updated 2 October 2026*

## Calling us in an emergency
- Emergency control room, 24/7: **0330 118 4470**. Give the lock name or number, the waterway, what has failed and
  whether navigation is stopped. The controller gives you a callout reference and the category (A, B or C).
- Out of hours, the controller calls you back within 15 minutes with the name of the attending engineer and an
  estimated arrival time.
- Before we arrive: close the lock to navigation, lock off paddles with a padlock if safe to do so, and keep
  the public away from the gate walkway. Do not attempt to lift a dropped gate leaf or a fallen balance beam.
- Non-urgent defects: e-mail service@sluicewright.co.uk; these are logged as Category C.

## Winter stoppage programme
- Our winter stoppage window runs from 1 November to 15 March. Most gate replacements and full dewaterings are
  scheduled in this window because boat traffic is lowest.
- Bookings for the next winter window close on 31 July. Requests after that date are fitted in where crews
  and pumps are free, with no guaranteed dates.
- Summer stoppages (16 March to 31 October) are possible for seal kits and paddle gear, but gate replacements in
  summer carry a surcharge of 12% on the dewatering lines because of higher boat traffic and fish rescue demand.

## Notices to boaters
- Sluicewright drafts the stoppage notice (dates, lock, diversion advice) and sends it to the client.
- The client publishes it at least 28 days before the stoppage starts, through its usual boater notice channel.
- Emergency closures are notified by the client as soon as possible; we provide a written update every
  24 hours while a Category A callout is open.

## Ice
- Do not operate gates when ice on the chamber is thicker than 50 mm; ice damage in those conditions is not
  covered by the gate warranty.
- Our crews will break ice only to release a trapped boat or gate; routine ice clearance is not part of the
  callout plan.
"""


def make_md():
    (KN / "emergency-and-winter-stoppage-faq.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", KN)
