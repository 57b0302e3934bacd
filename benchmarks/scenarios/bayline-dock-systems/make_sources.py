"""Generate the DOCX and XLSX knowledge sources for the bayline-dock-systems scenario.

Run with: /work/main/.venv/bin/python make_sources.py
Writes knowledge/Bayline_Terms_of_Supply_and_Installation.docx and
knowledge/Bayline_Product_Specifications_2026.xlsx next to this script.
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

HERE = Path(__file__).resolve().parent
OUT = HERE / "knowledge"
OUT.mkdir(exist_ok=True)


# --------------------------------------------------------------------------- DOCX
def make_terms():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)

    d.add_heading("Bayline Dock Systems Ltd", 0)
    d.add_paragraph("Terms of Supply and Installation – Loading Bay Equipment")
    d.add_paragraph("Document ref. BDS-T&C-07, revision 7, issued 3 March 2026. Supersedes revision 6 (2024).")
    d.add_paragraph(
        "Bayline Dock Systems Ltd, Unit 4, Tame Valley Industrial Estate, Tamworth B77 5BY. "
        "Registered in England and Wales no. 08841273. VAT no. GB 219 4471 08."
    )

    d.add_heading("1. Definitions", 1)
    for t in [
        "“Bayline”, “we”, “us”: Bayline Dock Systems Ltd.",
        "“Customer”: the person or company named on the Quotation.",
        "“Equipment”: dock levellers, sectional doors, dock shelters, vehicle restraints, bay controls and "
        "accessories listed on the Quotation.",
        "“Works”: delivery, installation and commissioning of the Equipment at the Site.",
        "“Contract Value”: the total price of the Quotation excluding VAT.",
        "“Normal Working Hours”: Monday to Friday, 07:30–17:00, excluding UK bank holidays.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("2. Quotations and acceptance", 1)
    d.add_paragraph(
        "2.1 Unless stated otherwise on the Quotation, a Quotation is valid for 28 days from its date of issue. "
        "Bayline may withdraw a Quotation at any time before acceptance."
    )
    d.add_paragraph(
        "2.2 A contract is formed when Bayline receives either the signed Quotation or a purchase order that "
        "quotes the Quotation number, and the deposit under clause 3.2. Purchase order terms printed on the "
        "Customer's documents do not apply unless agreed in writing by a director of Bayline."
    )
    d.add_paragraph(
        "2.3 Any variation to quantities, specification or these terms must be confirmed in writing by Bayline "
        "and may change the price and lead time."
    )

    d.add_heading("3. Prices and payment", 1)
    d.add_paragraph(
        "3.1 Prices are in pounds sterling (GBP) and exclude VAT, which is added at the rate in force on the "
        "date of invoice (currently 20%)."
    )
    d.add_paragraph("3.2 Unless the Quotation states otherwise, payment is due in three stages:")
    tbl = d.add_table(rows=1, cols=3)
    tbl.style = "Light Grid Accent 1"
    hdr = tbl.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Stage", "Amount", "Trigger"
    for row in [
        ("Deposit", "40% of the Contract Value", "with the order; manufacture starts after receipt"),
        ("Delivery", "50% of the Contract Value", "on delivery of the Equipment to Site"),
        ("Completion", "10% of the Contract Value", "on completion of commissioning and handover"),
    ]:
        c = tbl.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph(
        "3.3 Stage invoices other than the deposit are payable within 30 days of invoice date. "
        "The deposit invoice is payable on receipt."
    )
    d.add_paragraph(
        "3.4 Late payments carry interest at 4% above the Bank of England base rate from the due date until "
        "payment, together with the fixed compensation allowed by the Late Payment of Commercial Debts "
        "(Interest) Act 1998."
    )
    d.add_paragraph(
        "3.5 Where installation is delayed for reasons outside Bayline's control for more than 8 weeks after "
        "the Equipment is ready, Bayline may invoice the delivery stage and store the Equipment at a charge of "
        "£85 per bay per week."
    )

    d.add_heading("4. Lead times", 1)
    d.add_paragraph(
        "4.1 Lead times run from the later of receipt of the deposit and the Customer's approval of the "
        "Bayline general-arrangement drawings. They are estimates and time is not of the essence."
    )
    tbl = d.add_table(rows=1, cols=2)
    tbl.style = "Light Grid Accent 1"
    tbl.rows[0].cells[0].text, tbl.rows[0].cells[1].text = "Product group", "Typical lead time to delivery"
    for row in [
        ("Dock levellers (swing-lip and telescopic-lip)", "7–9 weeks"),
        ("Insulated sectional doors", "5–6 weeks"),
        ("Dock shelters (curtain and inflatable)", "4–5 weeks"),
        ("Vehicle restraints", "8–10 weeks"),
        ("Traffic lights and bay control panels", "2 weeks"),
        ("Galvanised finish (any leveller)", "add 2 weeks"),
    ]:
        c = tbl.add_row().cells
        c[0].text, c[1].text = row
    d.add_paragraph(
        "4.2 Where a Quotation combines product groups, Bayline delivers them together unless agreed otherwise, "
        "so the longest lead time applies to the whole order."
    )

    d.add_heading("5. Site readiness and the Customer's obligations", 1)
    d.add_paragraph(
        "5.1 The Customer shall provide, before the agreed installation date: leveller pits built and cured to "
        "the Bayline pit drawing; structural openings for doors; an isolated 400 V three-phase supply within "
        "1 m of each bay; clear, safe access for Bayline vehicles; and welfare facilities for engineers."
    )
    d.add_paragraph(
        "5.2 Bayline's site-readiness checklist (knowledge-base article “Preparing your site”) forms part of "
        "these terms. Bayline will confirm the installation date only after the Customer returns the completed "
        "checklist."
    )
    d.add_paragraph(
        "5.3 If engineers attend on an agreed date and cannot work because the Site is not ready, an aborted "
        "visit charge of £650 per engineer per day is payable, and a new date is offered from the next "
        "available slot."
    )

    d.add_heading("6. Installation and commissioning", 1)
    d.add_paragraph(
        "6.1 Installation takes place during Normal Working Hours. Work outside Normal Working Hours can be "
        "arranged on request, subject to engineer availability, and will be quoted separately."
    )
    d.add_paragraph(
        "6.2 A standard bay (one leveller, one sectional door and one shelter) typically takes a two-person "
        "team 2 working days. Adding a vehicle restraint adds about half a day per bay."
    )
    d.add_paragraph(
        "6.3 On completion Bayline commissions each bay, tests interlocks and safety devices, and gives the "
        "Customer's nominated staff a handover demonstration. A commissioning certificate is issued per bay."
    )
    d.add_paragraph(
        "6.4 The operation and maintenance (O&M) manual, declarations of conformity (UKCA and CE) and as-built "
        "drawings are supplied in PDF within 10 working days of handover."
    )

    d.add_heading("7. Warranty", 1)
    d.add_paragraph(
        "7.1 Bayline warrants the Equipment against defects in materials and workmanship for the periods "
        "below, starting on the date of the commissioning certificate:"
    )
    tbl = d.add_table(rows=1, cols=2)
    tbl.style = "Light Grid Accent 1"
    tbl.rows[0].cells[0].text, tbl.rows[0].cells[1].text = "Component", "Warranty period"
    for row in [
        ("Dock leveller structure (platform, lip, frame, hinges)", "5 years"),
        ("Dock leveller hydraulic components (power pack, cylinders, hoses)", "2 years"),
        ("Sectional door panels (against delamination)", "10 years"),
        ("Sectional door springs", "25,000 cycles or 2 years, whichever comes first"),
        ("Motors, operators and control panels", "2 years"),
        ("Dock shelters (frames and inflation fans)", "2 years"),
        ("Vehicle restraints", "3 years"),
        ("Wear parts (curtains, seals, bumpers, lip tips)", "12 months, workmanship only"),
    ]:
        c = tbl.add_row().cells
        c[0].text, c[1].text = row
    d.add_paragraph(
        "7.2 The warranty is conditional on the Equipment receiving planned maintenance at least every "
        "6 months by Bayline or a Bayline-approved contractor, and on use within the rated capacity."
    )
    d.add_paragraph(
        "7.3 The warranty does not cover damage from vehicle impact, misuse, overloading, unauthorised "
        "modification, or failure of the Customer's power supply."
    )

    d.add_heading("8. Changes and cancellation", 1)
    d.add_paragraph(
        "8.1 The Customer may cancel free of charge before approving the general-arrangement drawings, less "
        "the cost of any site survey carried out (£395 per site)."
    )
    d.add_paragraph(
        "8.2 After drawing approval, cancellation incurs a charge of 25% of the Contract Value. Once "
        "manufacture has started, the charge is up to 100% of the price of the Equipment affected."
    )

    d.add_heading("9. Title and risk", 1)
    d.add_paragraph(
        "Risk in the Equipment passes to the Customer on delivery to Site. Title passes only when Bayline has "
        "received payment in full."
    )

    d.add_heading("10. Liability", 1)
    d.add_paragraph(
        "10.1 Bayline's total liability under or in connection with the contract is limited to the Contract "
        "Value. Bayline is not liable for loss of profit, loss of business or any indirect or consequential loss."
    )
    d.add_paragraph(
        "10.2 Nothing in these terms limits liability for death or personal injury caused by negligence, or "
        "for fraud. Bayline holds public liability insurance of £10 million."
    )

    d.add_heading("11. Law", 1)
    d.add_paragraph("The contract is governed by the law of England and Wales; its courts have exclusive jurisdiction.")

    d.save(OUT / "Bayline_Terms_of_Supply_and_Installation.docx")


# --------------------------------------------------------------------------- XLSX
BOLD = Font(bold=True)
HEAD = PatternFill("solid", fgColor="1F4E78")
HEADF = Font(bold=True, color="FFFFFF")


def sheet(ws, title_line, header, rows, widths):
    ws.append([title_line])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(header)
    for c in ws[3]:
        c.fill, c.font = HEAD, HEADF
    for r in rows:
        ws.append(list(r))
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    for row in ws.iter_rows(min_row=4):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")


def make_specs():
    wb = Workbook()

    ws = wb.active
    ws.title = "Dock levellers"
    sheet(
        ws,
        "Bayline dock levellers – technical data (EN 1398) – price list 2026",
        ["Specification", "DL-HX3025 Swing-lip leveller", "DL-TL3020 Telescopic-lip leveller"],
        [
            ("Platform size (length x width)", "3000 x 2500 mm", "3000 x 2000 mm"),
            ("Nominal capacity (dynamic, EN 1398)", "60 kN", "80 kN"),
            ("Lip", "Hinged swing lip, 400 mm", "Telescopic lip, 1000 mm extension"),
            ("Working range above dock level", "+300 mm", "+350 mm"),
            ("Working range below dock level", "-250 mm", "-300 mm"),
            ("Pit size (L x W x depth)", "3020 x 2520 x 600 mm", "3020 x 2020 x 650 mm"),
            ("Platform plate", "8/10 mm chequer plate", "8/10 mm chequer plate"),
            ("Lip plate", "13/15 mm chequer plate", "12/14 mm chequer plate"),
            ("Hydraulic power pack", "0.75 kW, 400 V 3-phase", "1.1 kW, 400 V 3-phase"),
            ("Control", "Push-button panel IP54 with emergency stop", "Push-button panel IP54 with emergency stop"),
            ("Safety", "Velocity fuse in each cylinder; toe guards both sides",
             "Velocity fuse in each cylinder; toe guards both sides"),
            ("Maximum gradient in use", "12.5%", "12.5%"),
            ("Standard finish", "Shot-blasted, primed and painted RAL 5010 gentian blue",
             "Shot-blasted, primed and painted RAL 5010 gentian blue"),
            ("Weight (approx.)", "1,180 kg", "1,420 kg"),
            ("Structural warranty", "5 years", "5 years"),
            ("Typical use", "Standard trailers, most bays", "Curtain-siders and vehicles that need to be loaded to the rear edge"),
            ("List price per unit (GBP, excl. VAT)", "£6,850.00", "£8,420.00"),
        ],
        [38, 44, 44],
    )

    ws = wb.create_sheet("Doors & shelters")
    sheet(
        ws,
        "Insulated sectional doors and dock shelters – technical data – price list 2026",
        ["Item", "Specification", "Value"],
        [
            ("SD-3030 Insulated sectional door", "Opening size", "3000 x 3000 mm"),
            ("SD-3030 Insulated sectional door", "Panel", "40 mm steel sandwich panel, PU foam core, stucco embossed"),
            ("SD-3030 Insulated sectional door", "Thermal transmittance", "U-value 1.0 W/m²K (door without vision panels)"),
            ("SD-3030 Insulated sectional door", "Wind load resistance (EN 12424)", "Class 3"),
            ("SD-3030 Insulated sectional door", "Operator", "Electric operator 0.55 kW, 400 V 3-phase, with manual chain hoist for emergency"),
            ("SD-3030 Insulated sectional door", "Opening speed", "approx. 0.2 m/s"),
            ("SD-3030 Insulated sectional door", "Springs", "Torsion springs rated 25,000 cycles (50,000-cycle springs optional)"),
            ("SD-3030 Insulated sectional door", "Headroom required", "min. 600 mm above opening (standard lift)"),
            ("SD-3030 Insulated sectional door", "Security", "Manual slide bolt inside; no electronic locking"),
            ("SD-3030 Insulated sectional door", "Colour", "RAL 9002 grey white (other RAL colours +£240 per door)"),
            ("SD-3030 Insulated sectional door", "List price per door", "£3,190.00"),
            ("SH-IN350 Inflatable dock shelter", "Suitable vehicles", "up to 4.3 m high and 2.6 m wide"),
            ("SH-IN350 Inflatable dock shelter", "Projection from wall", "900 mm (deflated)"),
            ("SH-IN350 Inflatable dock shelter", "Inflation", "Fan 0.37 kW, 230 V single-phase; inflates in approx. 15 seconds"),
            ("SH-IN350 Inflatable dock shelter", "Fabric", "PVC-coated polyester 900 g/m², black"),
            ("SH-IN350 Inflatable dock shelter", "Typical use", "Temperature-sensitive bays needing a tight seal"),
            ("SH-IN350 Inflatable dock shelter", "List price per shelter", "£4,275.00"),
            ("SH-CS340 Curtain dock shelter", "Suitable vehicles", "up to 4.2 m high and 2.6 m wide"),
            ("SH-CS340 Curtain dock shelter", "Projection from wall", "600 mm"),
            ("SH-CS340 Curtain dock shelter", "Curtains", "Side curtains 600 mm wide; top curtain 1000 mm deep; 3 mm PVC, fibreglass reinforced"),
            ("SH-CS340 Curtain dock shelter", "Frame", "Galvanised steel scissor frame, retracts on impact"),
            ("SH-CS340 Curtain dock shelter", "List price per shelter", "£1,640.00"),
        ],
        [34, 32, 62],
    )

    ws = wb.create_sheet("Restraints & controls")
    sheet(
        ws,
        "Vehicle restraints and bay controls – technical data – price list 2026",
        ["Item", "Specification", "Value"],
        [
            ("VR-HK200 Hook vehicle restraint", "Type", "Wall-mounted rotating hook engaging the rear impact guard (RIG)"),
            ("VR-HK200 Hook vehicle restraint", "Restraining force", "150 kN"),
            ("VR-HK200 Hook vehicle restraint", "RIG height range", "300–760 mm above ground"),
            ("VR-HK200 Hook vehicle restraint", "Interlock", "Leveller cannot be operated until the hook is engaged"),
            ("VR-HK200 Hook vehicle restraint", "Power", "400 V 3-phase, shares the leveller supply"),
            ("VR-HK200 Hook vehicle restraint", "List price per restraint", "£5,960.00"),
            ("TL-LED Traffic light and bay control kit", "Contents",
             "1 outside red/green LED light, 1 inside red/green LED light, integrated bay control panel"),
            ("TL-LED Traffic light and bay control kit", "Panel protection", "IP65"),
            ("TL-LED Traffic light and bay control kit", "Power", "230 V single-phase"),
            ("TL-LED Traffic light and bay control kit", "List price per bay", "£1,185.00"),
        ],
        [38, 26, 62],
    )

    ws = wb.create_sheet("Options & services")
    sheet(
        ws,
        "Options, accessories and services – price list 2026 (prices exclude VAT at 20%)",
        ["Code", "Description", "Unit", "List price (GBP)"],
        [
            ("OPT-HD9", "HD9 capacity upgrade: leveller rated 90 kN (either leveller model)", "per leveller", "£1,140.00"),
            ("OPT-GALV", "Galvanised finish upgrade instead of paint (either leveller model)", "per leveller", "£985.00"),
            ("OPT-VP", "Vision panel row, double-glazed acrylic, 4 windows", "per door", "£290.00"),
            ("OPT-SPR50", "50,000-cycle spring upgrade", "per door", "£380.00"),
            ("BMP-500", "Moulded rubber dock bumper 500 x 250 x 100 mm", "per pair", "£145.00"),
            ("WG-1200", "Steel wheel guides 1200 mm, yellow/black", "per pair", "£360.00"),
            ("INST-DOCK", "Installation and commissioning, standard bay", "per bay", "£2,450.00"),
            ("SURVEY", "Site survey and general-arrangement drawings", "per site", "£395.00"),
            ("TRAIN-OP", "Additional operator training session (2 hours)", "per session", "£220.00"),
            ("", "Prices valid for orders placed 1 January 2026 to 31 December 2026.", "", ""),
        ],
        [14, 66, 14, 16],
    )

    wb.save(OUT / "Bayline_Product_Specifications_2026.xlsx")


if __name__ == "__main__":
    make_terms()
    make_specs()
    print("written to", OUT)
