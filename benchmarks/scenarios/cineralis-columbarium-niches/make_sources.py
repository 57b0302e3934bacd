"""Generate the four knowledge sources of the cineralis-columbarium-niches scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(needs python-docx, openpyxl, reportlab)
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

OUT = Path(__file__).resolve().parent / "knowledge"
OUT.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Cineralis Memorial Structures Ltd", level=0)
    d.add_heading("Installation and Site Specification - Columbarium Wall Modules and Pedestals (rev. 2025-01)", level=1)
    d.add_paragraph(
        "This specification applies to all CNW wall modules (CNW-G4-24, CNW-G5-30, CNW-G3-12D), CNP pedestal "
        "columbaria and CNG garden niche units supplied and installed by Cineralis Memorial Structures Ltd "
        "(\"Cineralis\"). It forms part of every quotation that includes installation crew days (CNI-INST-DAY).")

    d.add_heading("1. Ground and foundations", level=2)
    d.add_paragraph(
        "Each wall module stands on a CNK-STD-BASE reinforced concrete plinth foundation kit: a precast C32/40 "
        "plinth of 2,300 x 620 x 300 mm with four cast-in levelling sockets. The plinth requires a minimum "
        "allowable ground bearing pressure of 75 kN/m² at formation level.")
    d.add_paragraph(
        "The Customer (or its groundworks contractor) provides a level excavated formation, 350 mm below finished "
        "ground level, within a tolerance of ±10 mm over the length of the wall line, with a 50 mm blinding layer of "
        "C16/20 concrete. Cineralis requires a trial pit report (depth, soil description, water level and "
        "bearing estimate) at least 4 weeks before the first installation day. Installation dates are only "
        "confirmed once the trial pit report has been accepted.")
    d.add_paragraph(
        "Exception: where the ground bearing pressure is below 75 kN/m², on made ground, or within 5 m of a tree "
        "with a trunk diameter over 300 mm, the standard plinth kit may not be used. A site-specific raft or "
        "mini-piled foundation design is then required; it is designed and priced separately and is not included "
        "in any standard quotation.")

    d.add_heading("2. Access and delivery", level=2)
    d.add_paragraph(
        "Modules are delivered fully assembled on a rigid lorry of up to 7.5 t gross weight with a rear-mounted "
        "loader crane (maximum reach 11 m). The Customer provides a hard-standing route at least 3.0 m wide and 3.5 m "
        "high to within 15 m of the wall line. Where the last 15 m crosses grass or paths, Cineralis lays ground "
        "protection mats at no charge; routes across grass cannot be used within 48 hours of heavy rain "
        "(more than 20 mm in 24 hours). Where a crane-only lift over 11 m is necessary, a mobile crane is hired "
        "at cost plus 12%.")

    d.add_heading("3. Installation rates", level=2)
    d.add_paragraph(
        "A crew day (CNI-INST-DAY) is one working day of 8 hours on site for two fitters, including a compact "
        "telehandler, lifting accessories and bedding materials. A crew installs one wall module per day "
        "including plinth bedding and levelling. Capping stones, joint sealing and commissioning add 1 crew day "
        "per 3 modules (rounded up). Pedestal columbaria (CNP) are installed at two units per crew day.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Wall modules", "Module days", "Total crew days incl. capping & commissioning"]):
        c.text = h
    for row in [("2", "2", "3"), ("4", "4", "6"), ("6", "6", "8"), ("9", "9", "12")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    d.add_heading("4. Weather", level=2)
    d.add_paragraph(
        "Bedding mortar, structural adhesive and joint sealant are not applied when the air temperature is below "
        "3°C, when frost is forecast within 24 hours, or during continuous rain. Crew days lost to weather are not "
        "charged if Cineralis notifies the Customer before 07:30 on the day. If the crew is already on site when "
        "work is stopped, standing time is charged at 50% of the crew day rate. Lost days are rebooked at the "
        "next available slot, normally within 10 working days.")

    d.add_heading("5. Handover", level=2)
    d.add_paragraph(
        "At handover Cineralis provides an as-built niche numbering plan, the operation and maintenance (O&M) "
        "manual, the lifting point register and two CNT-KEY-2 niche opening tools per site. Niches are numbered "
        "by module, row and column: module prefix (M1, M2 ...), row letter from the top (A to D on CNW-G4-24, "
        "A to E on CNW-G5-30) and column number from the left (1 to 6), e.g. M3-B4. The 10% completion payment "
        "becomes due on signature of the handover certificate.")

    d.add_heading("6. Customer responsibilities", level=2)
    for s in [
        "Planning permission and, for consecrated ground, a faculty or equivalent consent.",
        "Location of buried services and existing graves within 3 m of the wall line; Cineralis will not excavate.",
        "Removal of spoil from the formation excavation.",
        "Closure of the work area to visitors during lifting operations; Cineralis provides barriers and signage.",
        "Water and 230 V power within 50 m, or Cineralis brings a generator at £85 per day.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("7. Rescheduling", level=2)
    d.add_paragraph(
        "Installation dates rescheduled by the Customer with less than 10 working days' notice are charged at one "
        "crew day per booked crew. Rescheduling with 10 or more working days' notice is free of charge once per "
        "order.")
    d.save(OUT / "Installation_and_Site_Specification.docx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h1, h2 = ss["Title"], ss["Heading2"]
    doc = SimpleDocTemplate(str(OUT / "Warranty_and_Aftercare_Terms.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm)
    s = [Paragraph("Cineralis Memorial Structures Ltd - Warranty and Aftercare Terms (rev. 2025-02)", h1)]
    P = lambda t: s.append(Paragraph(t, body))
    H = lambda t: s.append(Paragraph(t, h2))
    P("These terms apply to columbarium products supplied by Cineralis Memorial Structures Ltd (\"Cineralis\") and "
      "installed by Cineralis crews. Products installed by third parties carry the material warranties only "
      "(sections 1.2 to 1.4), not the structural warranty.")
    H("1. Warranty periods")
    data = [["Component", "Warranty period", "Covers"],
            ["Module carcass (reinforced GRC and concrete frame)", "25 years", "Structural failure, cracking of the frame"],
            ["Granite niche fronts and capping stones", "10 years", "Delamination, material cracking, fixing failure"],
            ["Bronze and stainless steel fittings (vase brackets, fixings)", "5 years", "Corrosion, breakage"],
            ["V-cut lettering", "15 years", "Legibility of the engraved letters"],
            ["Gold leaf gilding", "3 years", "Loss or lifting of the leaf"],
            ["Enamel paint infill", "1 year", "Flaking, fading"]]
    t = Table(data, colWidths=[70 * mm, 30 * mm, 72 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    s += [t, Spacer(1, 6)]
    P("Condition of the 25-year structural warranty: a first-year inspection by Cineralis between months 10 and 14 "
      "after handover, either as the first visit of a maintenance plan or as a paid inspection at £560. If no "
      "first-year inspection takes place, the structural warranty is reduced to 10 years.")
    H("2. Exclusions")
    P("The warranty does not cover: vandalism, theft of fittings or vehicle impact; damage from de-icing salts applied "
      "within 1 metre of the wall; cleaning with a pressure washer above 80 bar or with acid-based or bleach-based "
      "products; engraving, drilling or fixing of items to the fronts by anyone other than Cineralis or an engraver "
      "approved by Cineralis in writing; ground movement where the foundation was not built to the Cineralis "
      "Installation and Site Specification; natural variation in colour and veining of granite.")
    H("3. Making a claim")
    P("The Customer notifies Cineralis in writing within 30 days of discovering a defect, with photographs and the "
      "niche references (e.g. M3-B4). Cineralis inspects within 15 working days and, at its option, repairs or "
      "replaces the defective part. Replacement fronts are supplied engraved to match the original plate where "
      "the original was engraved by Cineralis. Warranty repairs do not extend the original warranty period.")
    H("4. Inspection and maintenance plans (CNM-MAINT-3Y and CNM-MAINT-5Y)")
    P("A plan includes one scheduled visit per year by a Cineralis technician. Each visit covers: inspection and "
      "making good of sealant joints; checking and re-torquing of front plate fixings; clearing of drainage weep "
      "holes; inspection of capping stones and plinth bedding; a photographic condition report issued within "
      "10 working days of the visit. Each visit includes replacement of up to 8 security fixings and 5 litres of "
      "approved granite cleaner. Replacement front plates are charged separately.")
    P("Additional call-out visits cost £395 per visit for plan holders and £560 per visit without a plan. Plans are "
      "invoiced in full at handover and are not refundable after the first visit. A plan can be extended by one "
      "year at a time at the then-current annual rate.")
    H("5. Opening niches for interments")
    P("Front plates are held by four stainless security fixings and can be removed for an interment only with the "
      "Cineralis opening tool CNT-KEY-2. Bereavement staff may open and close niches themselves after the 30-minute "
      "briefing given at handover; this does not affect the warranty. Lost tools are replaced at £48 each.")
    doc.build(s)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Modules"
    ws.append(["Cineralis Memorial Structures - Columbarium Module Price List 2025 (GBP, excluding VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Niches", "Niche internal W x H x D (mm)", "Module W x H x D (mm)",
               "Weight (kg)", "List price (GBP)", "Lead time (weeks)"])
    for r in [
        ["CNW-G4-24", "Granite-faced wall module, 4 rows x 6 columns, single niches", 24, "330 x 330 x 400",
         "2160 x 1480 x 480", 2950, "14,850.00", 12],
        ["CNW-G5-30", "Granite-faced wall module, 5 rows x 6 columns, single niches", 30, "330 x 330 x 400",
         "2160 x 1850 x 480", 3640, "17,950.00", 12],
        ["CNW-G3-12D", "Granite-faced wall module, 3 rows x 4 columns, double-depth niches", 12, "330 x 330 x 700",
         "1440 x 1110 x 780", 2380, "11,200.00", 14],
        ["CNP-PED-8", "Freestanding pedestal columbarium, 8 niches on 4 faces", 8, "300 x 300 x 350",
         "900 x 1300 x 900", 1480, "7,650.00", 10],
        ["CNG-GDN-6", "Garden niche unit, low, 2 rows x 3 columns", 6, "300 x 300 x 350",
         "1050 x 720 x 450", 760, "4,390.00", 8],
    ]:
        ws.append(r)
    ws.append([])
    ws.append(["Lead times run from receipt of deposit and acceptance of the site trial pit report. "
               "Volume discounts on wall modules are agreed per quotation."])

    ws2 = wb.create_sheet("Accessories & Services")
    ws2.append(["Cineralis - Accessories, engraving and services 2025 (GBP, excluding VAT)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["SKU", "Description", "Unit", "List price (GBP)", "Notes"])
    for r in [
        ["CNK-STD-BASE", "Reinforced concrete plinth foundation kit", "per wall module", "1,240.00",
         "Requires 75 kN/m² bearing; see Installation and Site Specification"],
        ["CNR-ROOF-GR", "Granite capping stone", "per wall module", "690.00", "Same granite as the fronts"],
        ["CNF-GR-SEAL", "Spare niche front plate, granite, engraving-ready, with 4 security fixings", "each",
         "165.00", "Matched to module granite"],
        ["CNE-LET-V", "V-cut engraving credit, workshop", "per plate", "38.00", "Up to 60 characters per plate"],
        ["CNE-ONS", "On-site engraving visit", "per visit", "640.00",
         "Up to 10 plates per visit, then 32.00 per additional plate"],
        ["CNX-PHOTO", "Ceramic photo plaque 60 x 80 mm", "each", "95.00", "Fixed to the front by Cineralis only"],
        ["CNV-VASE-BR", "Bronze flower vase bracket, clip-on, removable", "each", "27.50", ""],
        ["CNV-VASE-SS", "Stainless steel flower vase bracket, clip-on", "each", "18.00", ""],
        ["CNI-INST-DAY", "Installation crew day, 2 fitters, incl. telehandler", "per day", "1,180.00", ""],
        ["CNM-MAINT-3Y", "Inspection and maintenance plan, 3 years, 1 visit per year", "per plan", "4,200.00", ""],
        ["CNM-MAINT-5Y", "Inspection and maintenance plan, 5 years, 1 visit per year", "per plan", "6,500.00", ""],
        ["CNT-KEY-2", "Niche opening tool (replacement)", "each", "48.00", "2 supplied free per site"],
    ]:
        ws2.append(r)

    ws3 = wb.create_sheet("Granite options")
    ws3.append(["Cineralis - Granite options for fronts and capping stones (2025)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Granite", "Origin", "Surcharge on module list price", "Extra lead time", "Notes"])
    for r in [
        ["Impala Black", "South Africa", "0%", "none", "Standard; best contrast for gilded lettering"],
        ["Bahama Blue", "India", "9%", "+4 weeks", "Strong veining; plates within a module are matched"],
        ["Kashmir White", "India", "6%", "+2 weeks", "Not recommended within 5 m of trees (staining)"],
        ["Cornish Silver Grey", "United Kingdom", "14%", "+6 weeks", "Quarry allocation limited to 40 modules per year"],
    ]:
        ws3.append(r)
    for w in (ws, ws2, ws3):
        w.column_dimensions["A"].width = 16
        w.column_dimensions["B"].width = 60
    wb.save(OUT / "Cineralis_Price_List_2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
MD = """# Engraving, lettering and niche front plates - FAQ

*Cineralis knowledge base - last reviewed February 2025*

## What does one engraving credit (CNE-LET-V) cover?
One credit covers workshop V-cut engraving of one niche front plate with up to 60 characters (spaces are not
counted): typically a name, dates of birth and death and a short line. Additional characters cost £0.85 each.
Fonts Roman, Trajan Sans, Gill Sans, Hebrew, Greek and Arabic are included at no extra charge. Custom emblems
(crests, religious symbols other than the standard cross, star and crescent) are drawn from £45 per design.

## Lettering finishes
| Finish | Price | Notes |
|---|---|---|
| Plain V-cut | included in the credit | best on Impala Black and Bahama Blue |
| Gold leaf gilding (23.5 carat) | £2.40 per character | workshop only |
| Enamel gold paint | £0.95 per character | workshop or on site |
| Silver leaf | £2.10 per character | workshop only |

## How long does engraving take?
- **Workshop engraving**: a proof is e-mailed within 3 working days of the order form; the engraved plate is
  delivered 15 working days after proof approval, couriered in a protective crate, and fitted by bereavement staff
  with the CNT-KEY-2 tool.
- **On-site engraving (CNE-ONS)**: a visit is scheduled within 20 working days of the order; it is weather
  dependent and not available for gold leaf or silver leaf.
- **Adding a second name later**: the plate is removed and sent to the workshop and returned within 10 working
  days; a blanking plate is fitted meanwhile. Each later inscription uses a new engraving credit.

## Validity of credits
Unused engraving credits remain valid for 36 months after delivery of the modules. They are not refundable but can
be transferred between cemeteries of the same customer.

## Which urns fit?
A single niche (330 x 330 x 400 mm internal, CNW-G4-24 and CNW-G5-30) takes one standard urn up to 210 mm diameter
and 300 mm high, or two compact urns up to 150 mm diameter each. Double-depth niches (CNW-G3-12D, 700 mm deep) take
two standard urns one behind the other. Pedestal and garden niches (300 x 300 x 350 mm) take one urn up to 190 mm
diameter and 280 mm high. Biodegradable urns are accepted in all niches.

## Photo plaques
Ceramic photo plaques (CNX-PHOTO, 60 x 80 mm) are made from a digital photo in 10 working days and are fixed by
Cineralis only, at the next engraving or maintenance visit.
"""


def make_md():
    (OUT / "engraving-and-front-plates-faq.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", OUT)
