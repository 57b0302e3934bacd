"""Generate the four knowledge sources of the quirevale-bookbinding scenario.
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py  (needs python-docx, openpyxl, reportlab)."""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)

# ---------------------------------------------------------------- DOCX
d = Document()
d.styles["Normal"].font.size = Pt(10)
d.add_heading("Quirevale Bindery Systems GmbH - Warranty, Service & Spare Parts Conditions", 0)
d.add_paragraph("Document QV-WSC-2025, edition 3 (valid for contracts signed from 1 January 2025). "
                "Applies to all Quirevale machines: PB-650 and PB-420 perfect binders, GT-24 gatherer, "
                "TK-3 three-knife trimmer, SW-22 book sewing machine and the QV-PUR-KIT adhesive upgrade.")
d.add_heading("1. Machine warranty", 1)
d.add_paragraph("1.1 The warranty period is 24 months from the date of the signed site acceptance certificate (SAT), "
                "but ends no later than 27 months after delivery ex works, whichever is earlier.")
d.add_paragraph("1.2 The warranty assumes operation in up to two shifts. For machines run in three shifts or for more "
                "than 6,000 operating hours per year (read from the machine hour counter), the warranty period is "
                "reduced to 12 months from SAT.")
d.add_paragraph("1.3 Wear parts are excluded from the warranty: spine milling blades, trimmer knives, glue rollers, "
                "clamp jaw liners, gatherer suction cups, sewing needles and conveyor belts. Wear parts that fail "
                "through a manufacturing defect within the first 3 months after SAT are replaced free of charge.")
d.add_paragraph("1.4 The warranty is void for damage caused by adhesives not on the Quirevale approved adhesive list, "
                "by compressed air that is not dry and oil-free, or by modifications made without written approval.")
d.add_paragraph("1.5 Warranty repairs are carried out on site; travel time and travel costs for warranty work are "
                "borne by Quirevale within the EU, Switzerland, Norway and the United Kingdom.")
d.add_heading("2. Site acceptance test (SAT)", 1)
d.add_paragraph("The SAT is carried out with the customer's own paper and cover stock after commissioning. The line must "
                "run at 80% of rated speed for 4 hours continuous run with a reject rate below 0.5%. If the customer "
                "cannot provide material within 10 working days after commissioning, the machine is deemed accepted.")
d.add_heading("3. Spare parts", 1)
d.add_paragraph("3.1 Spare parts remain available for 10 years after the end of series production of a machine model.")
d.add_paragraph("3.2 Stock parts ordered before 14:00 CET on a working day are dispatched the same day. Express "
                "overnight delivery within the EU costs a surcharge of EUR 85 per consignment.")
d.add_paragraph("3.3 Returns of unused parts in original packaging are accepted within 30 days with a 15% "
                "restocking fee. Electronic parts cannot be returned once the seal is broken.")
d.add_heading("4. Service outside a service plan", 1)
t = d.add_table(rows=1, cols=2)
t.rows[0].cells[0].text = "Item"; t.rows[0].cells[1].text = "Rate"
for a, b in [("Technician, per hour on site", "EUR 128"), ("Travel time, per hour", "EUR 64"),
             ("Saturday work", "+50% on the hourly rate"), ("Sunday and public holidays", "+100% on the hourly rate"),
             ("Remote session (Quirevale Connect), per started 30 minutes", "EUR 55"),
             ("Mileage, per km", "EUR 0.68")]:
    r = t.add_row().cells; r[0].text = a; r[1].text = b
d.add_paragraph("Minimum invoiced time per on-site visit is 4 hours. Customers with an active service plan pay no "
                "travel time for plan visits.")
d.add_heading("5. Remote support", 1)
d.add_paragraph("Every machine ships with the Quirevale Connect VPN router. The customer provides an outbound internet "
                "connection on port 443; no inbound ports are needed. Remote sessions are only opened after the "
                "operator confirms on the machine touch panel.")
d.add_heading("6. Training", 1)
d.add_paragraph("Operator training takes place on site after commissioning, with a maximum of 4 trainees per trainer "
                "per day. Maintenance training is a 3-day course at the Quirevale academy in Bielefeld and costs "
                "EUR 1,650 per participant, meals included, accommodation excluded.")
d.add_heading("7. Liability", 1)
d.add_paragraph("Liability for indirect or consequential loss, including lost production or lost orders, is excluded "
                "unless expressly agreed in the individual contract.")
d.save(os.path.join(K, "quirevale-warranty-service-conditions.docx"))

# ---------------------------------------------------------------- PDF
ss = getSampleStyleSheet()
body = ss["BodyText"]
doc = SimpleDocTemplate(os.path.join(K, "pb650-technical-data-site-requirements.pdf"), pagesize=A4,
                        title="PB-650 Technical Data and Site Requirements")
els = [Paragraph("Quirevale PB-650 Perfect Binder - Technical Data and Site Requirements", ss["Title"]),
       Paragraph("Data sheet TD-PB650-EN rev. 7, March 2025. Figures apply to the standard configuration with EVA "
                 "hotmelt spine gluing unless noted.", body), Spacer(1, 8),
       Paragraph("1. Performance and formats", ss["Heading2"])]
rows = [["Parameter", "Value"],
        ["Mechanical speed", "up to 6,500 cycles/h"],
        ["Number of clamps", "24"],
        ["Book block thickness", "2-65 mm"],
        ["Book block format (untrimmed), min", "105 x 140 mm"],
        ["Book block format (untrimmed), max", "385 x 320 mm"],
        ["Cover feeder", "up to 6,500 covers/h, 4 scoring tools"],
        ["Spine glue tank (EVA)", "22 litres"],
        ["Side glue", "2 nozzle units, 0-30 mm glue width"],
        ["Noise level at operator position", "78 dB(A)"],
        ["Machine weight", "7,800 kg"]]
tb = Table(rows, colWidths=[230, 230])
tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 9),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
els += [tb, Spacer(1, 6),
        Paragraph("Net output depends on book thickness: at a 50 mm spine the PB-650 delivers about 4,200 books/h. "
                  "When the PB-650 runs inline with the TK-3 three-knife trimmer, line speed is limited to 3,200 "
                  "books per hour by the trimmer; a buffer tower (option QV-BUF-2) lets the binder run ahead for up "
                  "to 6 minutes during knife changes.", body),
        Paragraph("2. Electrical and compressed air", ss["Heading2"]),
        Paragraph("Supply 400 V, 3-phase + N + PE, 50 Hz. Main fuse 63 A (slow-blow). Connected load 48 kW, of which "
                  "21 kW heating for the glue units; average consumption in production is about 60% of connected "
                  "load. With the QV-PUR-KIT add 4.5 kW.", body),
        Paragraph("Compressed air: 6 bar at the machine inlet, 350 l/min, dry and oil-free (ISO 8573-1 class 2:4:2). "
                  "The compressor and the supply line up to the machine are not part of the Quirevale scope.", body),
        Paragraph("3. Extraction, floor and climate", ss["Heading2"]),
        Paragraph("Spine milling dust extraction: 2,400 m³/h at a 200 mm diameter connection, negative pressure "
                  "2,200 Pa. The extraction unit is not included in the scope of supply.", body),
        Paragraph("Footprint including service zone 11.4 m x 3.2 m. The floor must carry 1,250 kg/m² and be level "
                  "within 2 mm per metre; no special foundation is required on a standard 200 mm industrial slab.",
                  body),
        Paragraph("Ambient conditions 18-28 °C and 40-60 % relative humidity. For PUR operation the hall "
                  "temperature must stay between 20 and 25 °C.", body),
        Paragraph("4. Site readiness and installation", ss["Heading2"]),
        Paragraph("The customer is responsible for power up to the main isolator, compressed air, extraction and "
                  "clear access for a 3.5 m high load. The signed site readiness checklist must be returned 15 "
                  "working days before delivery; if the site is not ready on the agreed date, waiting time of the "
                  "installation team is charged at the service rates. Installing and commissioning a PB-650 line "
                  "with gatherer and trimmer takes 6 working days with 2 technicians.", body)]
doc.build(els)

# ---------------------------------------------------------------- XLSX
wb = Workbook()
ws = wb.active; ws.title = "Machines"
ws.append(["Quirevale Price & Specification List 2025 - EUR, ex works Bielefeld, excl. VAT"])
ws["A1"].font = Font(bold=True, size=13)
ws.append([])
ws.append(["SKU", "Machine", "List price EUR", "Max speed", "Thickness / capacity", "Connected load",
           "Weight kg", "Lead time"])
for r in [
    ["QV-PB650", "PB-650 Perfect Binder", 184500, "6,500 cycles/h", "book block 2-65 mm", "48 kW", 7800, "16 weeks"],
    ["QV-PB420", "PB-420 Compact Perfect Binder", 112000, "4,000 cycles/h", "book block 2-50 mm", "31 kW", 4900, "12 weeks"],
    ["QV-GT24", "GT-24 Gatherer, 24 stations", 96800, "6,500 cycles/h", "signatures up to 6 mm each", "14 kW", 5600, "14 weeks"],
    ["QV-TK3", "TK-3 Three-Knife Trimmer", 71200, "3,200 cycles/h", "books up to 80 mm thick", "12 kW", 3400, "14 weeks"],
    ["QV-SW22", "SW-22 Book Sewing Machine", 58900, "180 cycles/min", "sewn blocks up to 45 mm", "6 kW", 1650, "10 weeks"],
    ["QV-PUR-KIT", "PUR Nozzle Upgrade Kit (premelter 18 kg/h)", 14600, "-", "2 kg PUR slugs", "4.5 kW", 420, "8 weeks"],
    ["QV-BUF-2", "Buffer tower between binder and trimmer", 23900, "-", "up to 6 minutes buffer", "2 kW", 900, "10 weeks"]]:
    ws.append(r)
ws.append([])
ws.append(["Lead times run from written order and receipt of the down payment."])
ws2 = wb.create_sheet("Spares & Consumables")
ws2.append(["Spare parts and consumables - prices EUR per unit, 2025"]); ws2["A1"].font = Font(bold=True, size=13)
ws2.append([])
ws2.append(["SKU", "Description", "Unit", "Price EUR", "Recommended stock", "Remarks"])
for r in [
    ["QV-SP-MILL", "Spine milling head cutter set (8 blades)", "set", 1240, 2, "regrindable 3 times"],
    ["QV-SP-KNIFE", "TK-3 trimmer knife set (3 knives)", "set", 2180, 2, "regrind service EUR 390 per set"],
    ["QV-SP-CLAMP", "Clamp jaw liners", "pair", 165, 12, "PB-650 has 24 clamps"],
    ["QV-SP-GLUEROLL", "Spine glue roller", "piece", 1380, 1, "EVA only"],
    ["QV-SP-SUCKER", "Gatherer suction cups", "pack of 50", 96, 2, ""],
    ["QV-SP-NEEDLE", "SW-22 sewing needles", "box of 100", 58, 3, ""],
    ["QV-CLEAN-PUR", "PUR cleaning agent", "10 kg can", 212, 2, "required for shutdowns over 48 hours"]]:
    ws2.append(r)
ws3 = wb.create_sheet("Service plans")
ws3.append(["Quirevale service plans - price per line (up to 4 machines) per year"]); ws3["A1"].font = Font(bold=True, size=13)
ws3.append([])
ws3.append(["Plan", "Price per year EUR", "On-site response", "Preventive visits per year", "Discount on spare parts",
            "Remote hotline"])
ws3.append(["Bronze", 5400, "within 5 working days", 1, "0%", "Mon-Fri 7:00-17:00"])
ws3.append(["Silver", 7600, "within 72 hours", 1, "5%", "Mon-Fri 6:00-22:00"])
ws3.append(["Gold", 9800, "within 24 hours (Mon-Fri)", 2, "10%", "24/7"])
ws3.append([])
ws3.append(["Each additional machine beyond 4 adds EUR 1,200 per year. Plans start on the SAT date and run for whole years."])
wb.save(os.path.join(K, "quirevale-price-spec-list-2025.xlsx"))

# ---------------------------------------------------------------- Markdown KB article
open(os.path.join(K, "eva-vs-pur-adhesive.md"), "w", encoding="utf-8").write("""# EVA or PUR? Choosing the binding adhesive on Quirevale perfect binders

*Knowledge base article KB-114, Quirevale Customer Service, updated 2025.*

## EVA hotmelt
- Books can be trimmed as soon as the glue has cooled, typically within 2 minutes on the delivery conveyor.
- Typical page pull strength 6-8 N/cm on uncoated offset paper.
- Not recommended for coated papers heavier than 115 g/m² or for books that must lie flat.
- Glue film on the spine 0.8-1.0 mm.
- Approved EVA grades: Adhera EVA 220 and Lumbond HM 35.

## PUR (polyurethane reactive)
- Full cure takes 24 hours at 20 °C and 50-60 % relative humidity; books can be trimmed after 30 minutes but
  should not be pull-tested or shipped before full cure.
- Page pull strength above 12 N/cm, also on coated stock up to 170 g/m²; books lie flat.
- Glue film on the spine only 0.3 mm, so adhesive consumption is roughly 40% lower than with EVA.
- Approved PUR grades: Adhera PUR 410 and Lumbond PUR 7.

## The QV-PUR-KIT
- Closed nozzle system with a premelter of 18 kg/h; no open glue tank, so no skin forms.
- The premelter accepts 2 kg slugs. 20 kg drums can only be used with the optional drum unloader QV-DRUM-20,
  which is not part of the standard kit.
- Changeover from EVA to PUR (or back) takes about 25 minutes, because the spine glue roller unit is swapped for
  the nozzle unit.
- After 4 hours standstill with heating on, the nozzle must be purged (about 150 g of adhesive).
- For a shutdown longer than 48 hours the nozzle and premelter must be cleaned with QV-CLEAN-PUR cleaning agent;
  otherwise cured PUR can block the nozzle, and such damage is not covered by the warranty.
- Operators handling PUR wear nitrile gloves and safety glasses; the premelter has its own extraction hood for
  isocyanate vapour (150 m³/h, to be ducted outside by the customer).

## Which one should I use?
Use EVA for short-life products such as catalogues and paperbacks on uncoated paper. Use PUR for coated stock,
photo books, manuals that must lie flat and anything exported to hot climates. Many customers run EVA for daily
work and switch to PUR for premium jobs.
""")
print("sources written to", K)
