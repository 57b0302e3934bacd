"""Generate the four knowledge sources of the caillor-curd-vats scenario.

Run with:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch folder).
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
KN = HERE / "knowledge"
KN.mkdir(exist_ok=True)


# --------------------------------------------------------------------------- DOCX
def make_docx():
    from docx import Document
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_heading("Caillor DO-Series Double-O Curd Vats", 0)
    d.add_paragraph("Installation and Site Requirements Guide - document CPS-SR-DO, revision 7 (March 2025). "
                    "Caillor Process Systems B.V., Industrieweg 14, 2411 NV Bodegraven, the Netherlands.")

    d.add_heading("1. Scope", 1)
    d.add_paragraph(
        "This guide lists what the buyer must provide before a DO-6000, DO-8000, DO-12000 or DO-16000 double-O curd "
        "vat can be installed and commissioned. Caillor supervises the installation; mechanical erection labour, "
        "cranes, rigging and civil works are provided by the buyer unless the quote states otherwise. The site "
        "acceptance test (SAT) cannot be started until every utility in section 3 has been connected and signed off "
        "on the Caillor utility checklist form UC-04.")

    d.add_heading("2. Floor, foundations and access", 1)
    for t in [
        "The floor under the vat must be a reinforced concrete slab finished with an acid-resistant, non-slip "
        "coating (epoxy or polyurethane screed) rated for continuous exposure to whey at pH 4.5 and CIP chemicals at 85 °C.",
        "Floor slope: minimum 1:100 towards the drain, with no standing water within 1.5 m of the vat legs.",
        "Drainage: a stainless steel trench or point drain with a capacity of at least 15 L/s per vat, so that a full "
        "whey drain-off and the CIP final rinse can run at the same time.",
        "Foundations and anchor plates must be cured and ready at least 10 working days before delivery. The DO-12000 "
        "stands on six adjustable legs; the design point load is 41 kN per leg (vat filled with 12,000 L of milk "
        "plus cutting frame and drive). The DO-16000 stands on eight legs at 43 kN per leg.",
        "Access: the DO-12000 is shipped in one piece on a steel transport skid. The transport opening into the "
        "cheese room must be at least 3.4 m wide and 3.6 m high. If the opening is smaller, the vat is shipped "
        "without its drive bridge and the re-assembly adds 2 engineer-days to the supervision.",
        "Clearances: keep 1.2 m free on the operator side and 0.8 m on the other sides; 1.5 m above the drive bridge "
        "is needed to lift the cutting frame out for inspection.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("3. Utilities at the connection points", 1)
    tbl = d.add_table(rows=1, cols=3)
    tbl.style = "Light Grid Accent 1"
    hdr = tbl.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Utility", "Requirement (per vat)", "Remarks"
    rows = [
        ("Heating medium - steam", "saturated steam at 4 to 6 bar(g), 420 kg/h peak (DO-12000)",
         "Jacket fitted with steam trap set and condensate return DN25. Faster heating, see KB article."),
        ("Heating medium - hot water", "hot water 80 to 90 °C, 18 m3/h at 2.5 bar(g)",
         "Alternative to steam; choose one at order. Conversion after delivery is not possible."),
        ("Cooling water", "ice water 1 to 4 °C, 12 m3/h", "Only for vats ordered with the cooling jacket option."),
        ("Electrical", "400 V, 3-phase, 50 Hz, 63 A supply to the vat terminal box",
         "TN-S system; buyer provides cable and isolator within 3 m of the vat."),
        ("Compressed air", "6 bar(g), dry and oil-free, ISO 8573-1 class 1.4.1, 150 NL/min",
         "For the whey drain valve and the CIP return valve actuators."),
        ("CIP supply and return", "CIP supply DN65 at 3 bar(g), return pump by buyer",
         "Cleaning solutions up to 85 °C. Chloride limits: see Warranty & Service Terms."),
        ("Milk inlet", "DN65 or DN80 hygienic connection (DIN 11851 or Tri-Clamp)",
         "Inlet size determines the fill time, see the spec sheet."),
    ]
    for r in rows:
        c = tbl.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v

    d.add_heading("4. Controls", 1)
    d.add_paragraph(
        "The recipe controller (CV-PLC-RCP) is a Siemens S7-1500 PLC in a stainless steel cabinet with a 15-inch "
        "touch HMI rated IP66 for wash-down. It stores up to 200 recipes and controls filling, renneting time, "
        "cutting, stirring speed, heating ramp and whey drain for up to four vats. The cabinet needs its own "
        "230 V, 16 A supply and must be mounted within 25 m cable length of the furthest vat.")

    d.add_heading("5. Installation and commissioning sequence", 1)
    for t in [
        "Week -6: buyer returns the signed utility checklist UC-04 and the approved GA (general arrangement) drawings.",
        "Day 1-2: positioning, levelling (tolerance 1 mm per metre) and anchoring of the vats.",
        "Day 3-5: connection of utilities by the buyer's contractors under Caillor supervision; pressure test of the jacket at 1.5 times design pressure.",
        "Day 6-7: dry run, CIP water run and calibration of the level probes and temperature sensors.",
        "Day 8-9: first production batch with the buyer's cheesemaker, followed by the SAT and signing of the SAT protocol.",
        "A standard two-vat installation is supervised by 2 engineers over 9 working days. Waiting time caused by "
        "utilities that are not ready is charged as additional engineer-days.",
    ]:
        d.add_paragraph(t, style="List Number")

    d.add_heading("6. Buyer responsibilities checklist", 1)
    d.add_paragraph(
        "Lifting equipment with a safe working load of at least 10 t for the DO-12000; a lockable dry store of 20 m2 "
        "for tools and parts; potable water for flushing; waste disposal of packaging; a named plant engineer present "
        "during all commissioning days. Caillor engineers work 8-hour days, Monday to Friday; weekend work is only "
        "possible by written agreement.")
    d.save(KN / "Caillor_Site_Requirements_Guide.docx")


# --------------------------------------------------------------------------- PDF
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors

    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(str(KN / "Caillor_Warranty_and_Service_Terms.pdf"), pagesize=A4,
                            title="Caillor Warranty and Service Terms CPS-WS-2025")
    s = []
    s.append(Paragraph("Caillor Process Systems B.V. - Warranty and Service Terms CPS-WS-2025", ss["Title"]))
    s.append(Paragraph("Valid for equipment ordered from 1 January 2025. These terms form part of every Caillor quote "
                       "that refers to CPS-WS-2025.", body))
    s.append(Spacer(1, 8))
    s.append(Paragraph("1. Warranty periods", ss["Heading2"]))
    s.append(Paragraph("All warranty periods start on the date the site acceptance test (SAT) protocol is signed, or "
                       "at the latest 3 months after delivery, whichever comes first.", body))
    data = [["Component", "Warranty period"],
            ["Vessel shell, jacket and welds (DO- and HV-series)", "60 months"],
            ["Cutting/stirring frames, drive bridge, gear motors", "24 months"],
            ["Frequency drives, PLC, HMI, sensors and other electrical parts", "12 months"],
            ["Valves and actuators", "18 months"],
            ["Repairs and replacement parts supplied under warranty", "remaining original period, at least 6 months"]]
    t = Table(data, colWidths=[300, 160])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    s.append(t)
    s.append(Spacer(1, 8))
    s.append(Paragraph("2. Exclusions", ss["Heading2"]))
    for p in [
        "Wear parts are not covered by the warranty: gaskets and seals, knife wires and knife blades, scraper blades, "
        "bearing bushes of the stirring frame and sight-glass seals.",
        "Pitting or crevice corrosion is not covered if the buyer's CIP or rinse water exceeded a chloride concentration "
        "of 50 mg/L, or if chlorinated cleaning agents were used above 40 °C. The buyer must keep CIP logs for the whole "
        "warranty period and show them on request.",
        "Damage caused by operation outside the recipe limits (jacket pressure above 3 bar(g), stirring frame speed "
        "above 12 rpm set by overriding the controller, or filling above the 12,000 L mark on a DO-12000).",
        "Modifications, welding or drilling on the vessel by third parties without written approval of Caillor.",
    ]:
        s.append(Paragraph("- " + p, body))
    s.append(Paragraph("3. Warranty claims", ss["Heading2"]))
    s.append(Paragraph("Claims must be reported in writing to service@caillor-process.example within 14 days of "
                       "discovery, with the vat serial number and photos. Caillor decides whether to repair on site or "
                       "replace the part. Parts replaced under warranty become the property of Caillor.", body))
    s.append(Paragraph("4. Service plans", ss["Heading2"]))
    s.append(Paragraph("Service plans are sold per plant for a term of 1 to 5 years and are invoiced annually in "
                       "advance. A plan covers all Caillor vats at one plant address, up to 4 vats.", body))
    data = [["", "Silver", "Gold", "Platinum"],
            ["Remote support (phone/VPN)", "within 8 hours", "within 2 hours", "within 1 hour, 24/7"],
            ["On-site attendance", "within 72 hours", "within 24 hours", "within 12 hours"],
            ["Preventive visits", "1 preventive maintenance visit per year",
             "2 preventive maintenance visits per year", "4 preventive maintenance visits per year"],
            ["Discount on spare parts", "5%", "15%", "20%"],
            ["Wear-part kit included", "no", "1 gasket kit per vat per year", "all wear parts"],
            ["Labour and travel on breakdown calls", "invoiced", "included on weekdays", "included"]]
    t = Table(data, colWidths=[140, 105, 115, 115])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    s.append(t)
    s.append(Spacer(1, 8))
    for p in [
        "Response times run on Caillor working days (Monday to Friday, 07:00-18:00 CET) for Silver and Gold. On-site "
        "attendance times apply to plants within 600 km of Bodegraven; beyond that, add 24 hours.",
        "Gold and Platinum plans include an annual inspection report on weld condition, surface finish and gasket "
        "grooves, and a recalibration of the temperature and level sensors at each preventive visit.",
        "A plan can be upgraded at any anniversary date; a downgrade or cancellation needs 3 months' written notice "
        "before the anniversary date.",
    ]:
        s.append(Paragraph("- " + p, body))
    doc.build(s)


# --------------------------------------------------------------------------- XLSX
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Vat specifications"
    ws.append(["Caillor curd vats - technical specifications 2025 (all vessels AISI 316L, internal finish Ra 0.6 µm)"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    hdr = ["Model", "Type", "Working volume (L)", "Empty weight (kg)", "Length x width x height (mm)",
           "Stirring drive", "Cutting/stirring speed", "Fill time via DN65 inlet", "Fill time via DN80 inlet",
           "List price (EUR)"]
    ws.append(hdr)
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ["DO-6000", "double-O, twin frame", 6000, "3,980 kg", "4,650 x 2,350 x 2,900", "2 x 3.0 kW", "2 to 12 rpm",
         "17 minutes", "11 minutes", "118,900"],
        ["DO-8000", "double-O, twin frame", 8000, "4,860 kg", "5,300 x 2,600 x 3,050", "2 x 4.0 kW", "2 to 12 rpm",
         "22 minutes", "14 minutes", "139,400"],
        ["DO-12000", "double-O, twin frame", 12000, "7,450 kg", "6,200 x 3,050 x 3,300", "2 x 5.5 kW", "2 to 12 rpm",
         "33 minutes", "21 minutes", "186,500"],
        ["DO-16000", "double-O, twin frame", 16000, "9,700 kg", "7,400 x 3,250 x 3,450", "2 x 7.5 kW", "2 to 10 rpm",
         "44 minutes", "28 minutes", "231,000"],
        ["HV-10000", "horizontal, single shaft", 10000, "6,200 kg", "7,900 x 2,400 x 2,700", "1 x 7.5 kW",
         "3 to 14 rpm", "28 minutes", "18 minutes", "162,800"],
    ]
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append(["Notes: fill times at 2.5 bar inlet pressure with a clean inlet strainer. Heating medium (steam or hot "
               "water) must be chosen at order. Prices ex works Bodegraven, excluding VAT."])
    for col, w in zip("ABCDEFGHIJ", [11, 22, 18, 17, 26, 15, 20, 22, 22, 15]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Options and spares")
    ws2.append(["Caillor options and spare parts price list 2025 - prices per piece or set, EUR excl. VAT"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append([])
    ws2.append(["Part number", "Description", "Fits", "Unit", "Price (EUR)", "Lead time"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    spares = [
        ["SP-GK12-E", "Gasket kit EPDM (manway, valves, drive seals) - standard for alkaline/acid CIP", "DO-12000", "kit", "1,940", "1 week"],
        ["SP-GK12-F", "Gasket kit FKM (Viton) - for high-fat products and nitric acid CIP above 70 °C", "DO-12000", "kit", "3,380", "3 weeks"],
        ["SP-KF12-W", "Knife frame, wire type (0.8 mm wires, 10 mm pitch)", "DO-12000", "piece", "6,720", "6 weeks"],
        ["SP-KF12-B", "Knife frame, blade type (welded blades, 14 mm pitch)", "DO-12000", "piece", "9,150", "8 weeks"],
        ["SP-SB12", "Scraper blade set (PTFE/PEEK, 12 blades)", "DO-12000", "set", "1,260", "2 weeks"],
        ["SP-WR12", "Knife wire re-stringing kit (120 wires)", "DO-12000", "kit", "740", "1 week"],
        ["SP-BB12", "Bearing bush set for stirring frame", "DO-12000", "set", "890", "2 weeks"],
        ["SP-WV100", "Whey drain valve DN100 with pneumatic actuator", "all DO models", "piece", "2,960", "3 weeks"],
        ["SP-LP01", "Radar level probe, hygienic, 4-20 mA", "all models", "piece", "1,780", "2 weeks"],
        ["OP-CJ12", "Cooling jacket option (factory-fitted only)", "DO-12000", "option", "11,600", "with vat"],
        ["OP-EP12", "Electropolished internal finish, Ra 0.4 µm", "DO-12000", "option", "14,200", "adds 4 weeks"],
    ]
    for r in spares:
        ws2.append(r)
    for col, w in zip("ABCDEF", [12, 70, 14, 8, 12, 13]):
        ws2.column_dimensions[col].width = w
    wb.save(KN / "Caillor_Specs_and_Spares_2025.xlsx")


# --------------------------------------------------------------------------- Markdown KB article
KB = """# Curd vat process and hygiene FAQ (DO-series)

*Caillor knowledge base, article KB-0112, last reviewed April 2025.*

## Hygienic design and certification

All DO-series and HV-series vats are built from AISI 316L stainless steel. Product-contact surfaces are ground and
polished to Ra 0.6 µm or better; the electropolished option reaches Ra 0.4 µm. The DO-series design is certified by
EHEDG (type EL class I) and conforms to 3-A Sanitary Standard 13-10 for farm and plant vessels. Materials in contact
with product comply with Regulation (EC) No 1935/2004; gaskets are FDA 21 CFR 177.2600 compliant. Every vat is
delivered with a material certificate EN 10204 3.1 and a weld log with borescope photos of the jacket welds.

## Cutting and stirring

The twin cutting/stirring frames turn in opposite directions. In cutting mode the knives lead; in stirring mode the
frames reverse so the blunt side leads. The frequency drive gives a continuously variable speed of 2 to 12 rpm on the
DO-6000 to DO-12000. Typical recipe for a semi-hard cheese: cut at 3 rpm for 4 minutes, ramp to 7 rpm over
6 minutes, stir at 9 to 11 rpm during heating. The wire knife frame gives a cube of about 10 mm for Gouda-type
curd; the blade frame (14 mm) is preferred for Alpine-style cooked curds because it produces fewer fines.

## Heating the curd (scalding)

Heating rates measured on a full DO-12000 with active stirring:

| Jacket medium | Heating rate | 32 °C to 40 °C | 32 °C to 53 °C |
|---|---|---|---|
| Steam, 4 to 6 bar(g) | 1.0 °C per minute | about 8 minutes | about 22 minutes |
| Hot water, 85 °C | 0.5 °C per minute | about 16 minutes | not reachable above 50 °C |

Hot-water jackets cannot reliably scald above 50 °C, so plants making cooked cheeses choose steam.

## Cleaning in place (CIP)

Each vat has two rotating spray balls above the frames and one under the drive bridge. A full CIP cycle
(pre-rinse, alkaline at 75 to 80 °C, intermediate rinse, acid at 60 to 65 °C, final rinse) takes 62 minutes on a
DO-12000 at 25 m3/h supply flow. A short rinse-only cycle between two batches of the same recipe takes 14 minutes.
Keep chloride in rinse water below 50 mg/L; see the Warranty & Service Terms for the consequences.

## Batch records

The recipe controller logs milk volume, rennet time, cut time, each stirring step, temperature every 10 seconds
and whey drain time per batch, and keeps 400 days of batch records on the HMI. Records can be exported to a USB
stick as CSV.
"""


def make_md():
    (KN / "curd-vat-process-faq.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", KN)
