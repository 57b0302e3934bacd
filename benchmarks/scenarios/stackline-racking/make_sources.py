"""Generate the binary knowledge sources for the stackline-racking scenario.

Run with: /work/main/.venv/bin/python make_sources.py
Writes knowledge/SR-90_Technical_Datasheet_rev4.docx and knowledge/Stackline_Price_List_2026.xlsx
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

HERE = Path(__file__).resolve().parent
OUT = HERE / "knowledge"
OUT.mkdir(exist_ok=True)


def table(doc, header, rows):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        cell = t.rows[0].cells[i]
        cell.text = h
        for r in cell.paragraphs[0].runs:
            r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = str(v)
    doc.add_paragraph()
    return t


def make_datasheet():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10)

    doc.add_heading("SR-90 Selective Pallet Racking — Technical Datasheet", 0)
    doc.add_paragraph("Stackline Storage Systems Ltd · Document TDS-SR90 · Revision 4 · Issued 03 March 2026 "
                      "(supersedes rev 3, Sept 2024)")
    doc.add_paragraph("This datasheet applies to SR-90 and SR-90H upright frames, SRB step beams and the "
                      "accessories listed in section 6. Figures are for guidance at tender stage; the load "
                      "notice issued with each installation is the governing document for the installed racking.")

    doc.add_heading("1. System overview", 1)
    doc.add_paragraph("SR-90 is a boltless, adjustable selective pallet racking system roll-formed in the UK from "
                      "S355 structural steel. Uprights are perforated on a 50 mm pitch on the front face so beam "
                      "levels can be moved in 50 mm steps without re-drilling.")
    for b in [
        "Design to EN 15512:2020 (steel static storage systems — adjustable pallet racking, principles for structural design).",
        "Tolerances and clearances to EN 15620.",
        "In-use inspection and maintenance guidance follows EN 15635 and the SEMA Code of Practice.",
        "Stackline is a full member of SEMA (Storage Equipment Manufacturers' Association).",
        "Load tables assume static loading in non-seismic areas per EN 15512. For seismic sites (EN 16681), "
        "designs are checked project by project by Stackline engineering.",
    ]:
        doc.add_paragraph(b, style="List Bullet")

    doc.add_heading("2. Upright frames", 1)
    doc.add_paragraph("Frames are supplied assembled (uprights, bracing and baseplates bolted) and are delivered "
                      "on timber bearers. Frame heights are available from 2000 mm to 12000 mm in 500 mm increments; "
                      "standard depths are 900, 1000, 1100 and 1200 mm.")
    table(doc, ["Frame model", "Upright section", "Steel thickness", "Max. frame load @ 1500 mm beam pitch",
                "Max. frame load @ 2000 mm beam pitch"], [
        ["SR-90", "90 x 72 mm omega", "2.0 mm", "14,200 kg", "12,600 kg"],
        ["SR-90H (heavy duty)", "90 x 72 mm omega", "2.5 mm", "19,800 kg", "17,400 kg"],
    ])
    doc.add_paragraph("Baseplates: 150 x 120 mm, 5 mm thick, two 12 mm anchor holes. Each baseplate is fixed with "
                      "2 x M10 expansion anchors (Hilti HST3 or equivalent), minimum embedment 60 mm. Shims of 1, 2 "
                      "and 5 mm are supplied to level frames; maximum shim pack under any baseplate is 20 mm.")
    doc.add_heading("2.1 Floor requirements", 2)
    doc.add_paragraph("The floor slab must be at least 175 mm thick, concrete class C28/35 or better, with a floor "
                      "flatness to FM2 (TR34) in the racking area. Where the slab is thinner or the concrete class is "
                      "unknown, Stackline will ask for a core sample before the design is released.")

    doc.add_heading("3. SRB step beams", 1)
    doc.add_paragraph("SRB beams are closed box-section step beams with a welded 4-hook connector at each end. Every "
                      "connector is fitted with an SL-2 spring safety locking pin, which stops the beam being "
                      "dislodged by an upward knock from a fork tine. Beams are sold and priced as pairs (front + back).")
    doc.add_heading("3.1 Safe working load per beam pair (UDL, kg)", 2)
    table(doc, ["Beam profile", "2700 mm clear entry", "3300 mm clear entry", "3900 mm clear entry"], [
        ["SRB-110 (110 x 50 mm)", "2,150 kg", "1,620 kg", "1,180 kg"],
        ["SRB-130 (130 x 50 mm)", "3,000 kg", "2,380 kg", "1,850 kg"],
        ["SRB-160 (160 x 50 mm)", "4,100 kg", "3,350 kg", "2,600 kg"],
    ])
    doc.add_paragraph("Capacities are uniformly distributed loads per pair of beams with pallets placed on the beams "
                      "(not on decking) and a deflection limit of L/200. Table values are for the three standard "
                      "clear entries only; capacities for intermediate lengths are on request from Stackline "
                      "engineering.")

    doc.add_heading("4. Finishes and colours", 1)
    table(doc, ["Component", "Standard finish", "Option"], [
        ["Upright frames", "Powder coat, RAL 5010 gentian blue", "Hot-dip galvanised (+18% on list)"],
        ["SRB beams", "Powder coat, RAL 2001 red orange", "Hot-dip galvanised (+18% on list)"],
        ["Bracing", "Pre-galvanised (Z275)", "—"],
        ["Mesh decks", "Galvanised", "—"],
    ])
    doc.add_paragraph("Powder coat thickness is 60 to 80 microns. Standard finishes are suitable for dry, ambient "
                      "indoor warehouses. Other RAL colours are available at a minimum order of 200 frames.")

    doc.add_heading("5. Lead times (ex-works Leicester)", 1)
    table(doc, ["Item", "Lead time"], [
        ["Frames and beams, standard colours", "4-5 weeks from drawing approval"],
        ["Frames and beams, galvanised", "7-8 weeks from drawing approval"],
        ["Accessories (decks, guards, signs)", "2 weeks, usually from stock"],
        ["Non-standard RAL colours", "9 weeks"],
    ])

    doc.add_heading("6. Accessories", 1)
    table(doc, ["SKU", "Description", "Dimensions", "Capacity / material", "Fixing"], [
        ["MD-1100-GAL", "Mesh deck, galvanised, 3 support channels", "1100 x 1340 mm", "1,000 kg UDL per deck",
         "Drops onto beam step"],
        ["MD-1100-HD", "Mesh deck, heavy duty, 4 support channels", "1100 x 1340 mm", "1,500 kg UDL per deck",
         "Drops onto beam step"],
        ["PSB-1100", "Pallet support bar", "1100 mm", "1,000 kg per pair", "Drops onto beam step"],
        ["CG-400-Y", "Column guard, yellow", "400 mm high", "5 mm steel", "4 x M12 anchor bolts"],
        ["CG-600-Y", "Column guard, yellow, tall", "600 mm high", "5 mm steel", "4 x M12 anchor bolts"],
        ["EP-1100-DR", "End-of-aisle protector, double rail, yellow/black", "to suit 1100 mm frame, 400 mm high",
         "100 x 100 mm RHS posts", "Bolted to floor (anchors supplied)"],
        ["LNS-A4", "Load notice sign, A4 rigid PVC", "297 x 210 mm", "—", "Cable-tied to upright"],
    ])
    doc.add_paragraph("Column guards are free-standing and are not fixed to the upright, so an impact is absorbed by "
                      "the guard, not transferred into the frame.")

    doc.add_heading("7. Fire and sprinklers", 1)
    doc.add_paragraph("Back-to-back runs are supplied with row spacers giving a 300 mm longitudinal flue. A 75 mm "
                      "transverse flue is maintained between pallets on standard layouts. In-rack sprinkler brackets "
                      "can be fitted to the upright perforations; the sprinkler design itself is by others.")

    doc.add_heading("8. Sustainability", 1)
    doc.add_paragraph("Uprights and beams are roll-formed from S355 structural steel and are 100% recyclable at end "
                      "of life. Powder coatings are free of TGIC and lead. An Environmental Product Declaration (EPD) "
                      "for the SR-90 range is in preparation.")

    doc.add_heading("9. Document control", 1)
    table(doc, ["Rev", "Date", "Change"], [
        ["3", "Sept 2024", "Added SR-90H frame"],
        ["4", "03 March 2026", "SRB-160 table added; shim limit clarified to 20 mm"],
    ])
    doc.save(OUT / "SR-90_Technical_Datasheet_rev4.docx")


def make_pricelist():
    wb = Workbook()
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="DDE5F0")

    def sheet(ws, title_lines, header, rows, widths):
        r = 1
        for line in title_lines:
            ws.cell(row=r, column=1, value=line).font = bold if r == 1 else Font(italic=True)
            r += 1
        r += 1
        for c, h in enumerate(header, 1):
            cell = ws.cell(row=r, column=c, value=h)
            cell.font = bold
            cell.fill = head_fill
            cell.alignment = Alignment(wrap_text=True)
        for row in rows:
            r += 1
            for c, v in enumerate(row, 1):
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, float):
                    cell.number_format = "#,##0.00"
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
        return r

    ws = wb.active
    ws.title = "Price List 2026"
    last = sheet(ws, [
        "Stackline Storage Systems Ltd — Trade Price List 2026 (GBP, excluding VAT)",
        "Effective 1 February 2026. List prices; project discounts are agreed by your account manager.",
    ], ["SKU", "Description", "Unit", "List price GBP", "Min. order", "Lead time"], [
        ["SR90-F-6500-1100", "SR-90 upright frame 6500 x 1100 mm, RAL 5010", "each", 186.40, 1, "4-5 weeks"],
        ["SR90-F-8000-1100", "SR-90 upright frame 8000 x 1100 mm, RAL 5010", "each", 231.75, 1, "4-5 weeks"],
        ["SR90H-F-8000-1100", "SR-90H heavy-duty frame 8000 x 1100 mm, RAL 5010", "each", 284.10, 1, "4-5 weeks"],
        ["SRB-110-2700", "SRB-110 step beam pair, 2700 mm clear entry, RAL 2001", "pair", 58.20, 2, "4-5 weeks"],
        ["SRB-110-3300", "SRB-110 step beam pair, 3300 mm clear entry, RAL 2001", "pair", 66.90, 2, "4-5 weeks"],
        ["SRB-130-2700", "SRB-130 step beam pair, 2700 mm clear entry, RAL 2001", "pair", 70.30, 2, "4-5 weeks"],
        ["SRB-130-3300", "SRB-130 step beam pair, 3300 mm clear entry, RAL 2001", "pair", 79.60, 2, "4-5 weeks"],
        ["SRB-160-3300", "SRB-160 step beam pair, 3300 mm clear entry, RAL 2001", "pair", 97.45, 2, "4-5 weeks"],
        ["MD-1100-GAL", "Mesh deck galvanised 1100 x 1340 mm (1,000 kg)", "each", 24.90, 10, "2 weeks"],
        ["MD-1100-HD", "Mesh deck heavy duty 1100 x 1340 mm (1,500 kg)", "each", 33.60, 10, "2 weeks"],
        ["PSB-1100", "Pallet support bar 1100 mm", "each", 9.75, 10, "2 weeks"],
        ["CG-400-Y", "Column guard 400 mm, yellow", "each", 38.50, 1, "2 weeks"],
        ["CG-600-Y", "Column guard 600 mm, yellow", "each", 52.00, 1, "2 weeks"],
        ["EP-1100-DR", "End-of-aisle protector, double rail, 1100 mm frame", "each", 212.00, 1, "2 weeks"],
        ["LNS-A4", "Load notice sign A4, rigid PVC", "each", 6.80, 10, "2 weeks"],
        ["RS-300", "Row spacer 300 mm (back-to-back runs)", "each", 4.20, 10, "2 weeks"],
    ], [20, 52, 8, 15, 11, 12])
    ws.cell(row=last + 2, column=1,
            value="Galvanised frames and beams: add 18% to the list price. Non-standard RAL colours: add 12%.")
    ws.cell(row=last + 3, column=1,
            value="Prices ex-works Leicester. Delivery charges: see sheet 'Delivery Zones'.")

    ws2 = wb.create_sheet("Installation & Services")
    last = sheet(ws2, [
        "Installation, inspection and aftercare rates 2026 (GBP, excluding VAT)",
        "All installation by SEIRS-registered Stackline crews. Weekend working +35%.",
    ], ["Code", "Service", "Unit", "Rate GBP", "Notes"], [
        ["INST-BAY-8", "Installation, racking up to and including 8,000 mm", "per bay position", 41.00,
         "Includes anchors, levelling, load signs fitted"],
        ["INST-BAY-12", "Installation, racking over 8,000 mm", "per bay position", 52.00, "MEWP supplied by Stackline"],
        ["DISM-BAY", "Dismantle existing racking (stacked on site, not removed)", "per bay position", 18.50,
         "Removal from site quoted separately"],
        ["INSP-SEMA", "SEMA approved rack inspection (SARI), up to 500 bay positions", "per day", 650.00,
         "Written report within 5 working days"],
        ["REP-48", "Rack repair call-out, 48 h response", "per visit", 395.00, "Parts charged at list price"],
        ["REP-24", "Emergency rack repair call-out, 24 h response", "per visit", 590.00, "Parts charged at list price"],
        ["TRN-RSA", "Rack safety awareness course, half day, up to 8 delegates", "per course", 480.00,
         "At customer site"],
        ["TRN-PRRS", "Person Responsible for Rack Safety (PRRS) course, full day, up to 6 delegates", "per course",
         890.00, "Includes certificates"],
        ["DRG-REV", "Additional layout drawing revision (after third revision)", "per revision", 120.00, ""],
    ], [14, 62, 16, 12, 44])

    ws3 = wb.create_sheet("Delivery Zones")
    last = sheet(ws3, [
        "Delivery charges by zone (GBP per drop, excluding VAT)",
        "Articulated vehicle with Moffett truck-mounted forklift unless agreed otherwise.",
    ], ["Zone", "Area", "Example locations", "Charge per drop GBP", "Free above order value GBP"], [
        ["Zone A", "Within 60 miles of Leicester", "Leicester, Nottingham, Coventry, Northampton, Daventry", 0.00,
         "always free"],
        ["Zone B", "60-150 miles", "Manchester, Leeds, Bristol, London (M25)", 240.00, 5000.00],
        ["Zone C", "Over 150 miles, mainland England and Wales", "Newcastle, Plymouth, Swansea", 390.00, 15000.00],
        ["Zone D", "Scotland", "Glasgow, Edinburgh, Aberdeen", 780.00, 25000.00],
        ["On request", "Outside UK mainland", "Northern Ireland, Channel Islands, Isle of Man", "on request",
         "on request"],
    ], [12, 42, 56, 20, 26])
    ws3.cell(row=last + 2, column=1, value="Timed deliveries (before 08:00 or booked slot): add 95.00 per drop.")

    wb.save(OUT / "Stackline_Price_List_2026.xlsx")


if __name__ == "__main__":
    make_datasheet()
    make_pricelist()
    print("written:", sorted(p.name for p in OUT.iterdir()))
