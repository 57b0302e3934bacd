"""Generate the four knowledge sources of the grelvane-orchard-hailnets scenario.
Run: PYTHONPATH=/tmp/rl python3 make_sources.py  (needs python-docx, openpyxl, reportlab)."""
import os
from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)

# ---------------------------------------------------------------- DOCX
d = Document()
d.add_heading("Grelvane Netting S.r.l. - Warranty and Installation Conditions (edition 2025/2)", 0)
d.add_paragraph("These conditions apply to every hail-net system supplied and/or installed by Grelvane Netting S.r.l. "
                "(\"Grelvane\") and form part of each quote unless the quote states otherwise in writing.")
d.add_heading("1. Warranty periods", 1)
for t in [
    "HN-series black and grey HDPE nets: 10 years pro-rata against UV degradation and loss of tensile strength.",
    "HN-series crystal (white/transparent) nets: 8 years pro-rata against UV degradation.",
    "Prestressed concrete posts (PST-PC range): 15 years against structural failure; impact damage by tractors, "
    "platforms or harvesters is never covered.",
    "Screw ground anchors (ANC range) and galvanised steel cable (WR range): 5 years against corrosion perforation.",
    "Plastic parts (post caps, plaquettes, elastics): 2 years; these are wear parts.",
    "Installation workmanship: 3 years from the date of the completion certificate.",
]:
    d.add_paragraph(t, style="List Bullet")
d.add_paragraph("Pro-rata schedule for nets: years 1 to 4 - 100% of the replacement net price; years 5 to 7 - 60%; "
                "years 8 to 10 - 30%. Labour to replace a net is covered only in years 1 to 4.")
d.add_heading("2. Exclusions", 1)
for t in [
    "Snow or ice load on nets that were not closed (bundled) by 15 November of each year.",
    "Wind above the design wind speed of 110 km/h with nets deployed.",
    "Hailstones larger than 45 mm in diameter.",
    "Chemical damage: sprays containing sulphur or chlorine compounds applied at concentrations above 1,000 ppm "
    "directly onto the net void the UV warranty for the affected rows.",
    "Any modification of the structure (extra rows, changed post spacing) not carried out or approved by Grelvane.",
]:
    d.add_paragraph(t, style="List Bullet")
d.add_heading("3. Claims", 1)
d.add_paragraph("Defects must be reported in writing within 8 days of discovery, with photographs and the row numbers "
                "concerned, to warranty@grelvane.example. Grelvane inspects within 10 working days between April and "
                "October and within 20 working days otherwise. Grelvane's liability is limited to repair or replacement "
                "of the defective components; loss of crop, loss of income and consequential damages are excluded.")
d.add_heading("4. Installation", 1)
for t in [
    "Installation window: 1 November to 31 March, on days without ground frost. Installation during the growing "
    "season is possible only for blocks of up to 1 ha and carries a surcharge of 12%.",
    "The buyer stakes the rows and provides a site plan with row spacing and row lengths at least 15 days before start.",
    "Maximum row length without an intermediate anchor line: 250 m.",
    "Standard post spacing along the row: 9 m; headland posts are anchored with one ANC anchor each.",
    "A crew of 4 installs 0.8 to 1.0 ha per working week with the Double-Cap system.",
    "The buyer provides free access for a tractor-mounted post driver and keeps the site clear of machinery.",
    "Waiting time caused by the buyer (site not ready, access blocked) is charged at EUR 95 per crew-hour.",
    "Removal and disposal of existing structures is not included unless listed as a separate line item.",
]:
    d.add_paragraph(t, style="List Bullet")
d.add_heading("5. Completion and payment", 1)
d.add_paragraph("On completion Grelvane issues a completion certificate signed by both parties. Minor snags that do not "
                "prevent use of the nets do not delay the certificate and are fixed within 30 days. Unless the quote "
                "states otherwise: 30% of the order value on order, 70% within 14 days of the completion certificate. "
                "Late payment interest follows Legislative Decree 231/2002.")
d.save(os.path.join(K, "grelvane-warranty-installation-conditions.docx"))

# ---------------------------------------------------------------- PDF
ss = getSampleStyleSheet()
doc = SimpleDocTemplate(os.path.join(K, "HN-series-datasheet-maintenance.pdf"), pagesize=A4)
P = lambda t, s="BodyText": Paragraph(t, ss[s])
story = [
    P("Grelvane HN Series Hail Net - Technical Datasheet and Maintenance Guide", "Title"),
    P("Document HN-TD-07, valid from March 2025", "Italic"),
    P("1. Material and construction", "Heading2"),
    P("HN nets are knitted (Raschel) from UV-stabilised HDPE monofilament, 0.32 mm diameter, with a mesh of "
      "6 x 10 mm (black and grey) or 7 x 3 mm (crystal). Selvedges are reinforced with a double cord for the "
      "plaquette fixing. Standard roll length is 200 m; widths 3.0 m, 4.0 m, 5.2 m and 6.0 m."),
    Table([
        ["Property", "Black", "Grey", "Crystal"],
        ["Weight (g/m2)", "42", "42", "38"],
        ["Light reduction (PAR)", "18-22%", "12-15%", "7-10%"],
        ["Breaking load, warp (N/5 cm)", "420", "420", "380"],
        ["UV stabilisation", "600 kLy", "600 kLy", "450 kLy"],
        ["Expected service life", "12-15 seasons", "12-15 seasons", "8-10 seasons"],
    ]),
    Spacer(1, 8),
    P("Hail protection: the HN mesh stopped 100% of hailstones of 15 to 40 mm in the 2023 drop test (test report "
      "GR-HT-2023-11). Crystal nets are recommended for red apple varieties where colouring matters; black nets "
      "give the longest life and the best protection against sunburn."),
    P("2. Choosing the roll width", "Heading2"),
    Table([
        ["Row spacing", "Roll width (Double-Cap)"],
        ["up to 3.0 m", "3.0 m"],
        ["3.1 - 3.8 m", "4.0 m"],
        ["3.9 - 4.8 m", "5.2 m"],
        ["4.9 - 5.6 m", "6.0 m"],
    ]),
    Spacer(1, 8),
    P("3. Structure", "Heading2"),
    P("Design wind speed with nets deployed: 110 km/h; with nets closed (bundled): 150 km/h. Cable: galvanised steel "
      "5.0 mm for ridge lines, 6.5 mm for the headland anchor lines. Post height above ground is normally 3.8 m with "
      "the 4.5 m post driven 0.7 m deep; use the 5.0 m post where tree height exceeds 3.6 m."),
    P("4. Seasonal operation", "Heading2"),
    P("Open (deploy) the nets after flowering, once bee pollination is finished - in most valleys late April to "
      "mid-May. Close (bundle) the nets after harvest and in any case by 15 November so that snow cannot load them. "
      "Never leave nets half-deployed in wind; secure each bundle with the elastic on the post cap."),
    P("5. Maintenance checklist", "Heading2"),
    P("Annually before opening: check cable tension - re-tension when the ridge cable sags more than 15 cm between "
      "two posts; check post caps for cracks; check headland anchors for movement (more than 3 cm movement: "
      "re-set or add an anchor). Replace plaquettes every 3 seasons, or at once if more than 5% in a row are broken. "
      "Store spare net in the dark at below 30 degrees C, in its original bag. Small tears up to 20 cm can be repaired "
      "with the HN repair kit (SKU KIT-REP-HN); larger damage needs a replacement section."),
    P("6. Compatibility with crop protection", "Heading2"),
    P("Normal fungicide and insecticide programmes may be sprayed with the nets open. Avoid direct spraying of "
      "sulphur or chlorine products onto the net at concentrations above 1,000 ppm; these degrade the UV stabiliser."),
]
doc.build(story)

# ---------------------------------------------------------------- XLSX
wb = Workbook()
ws = wb.active
ws.title = "Price list 2025"
ws.append(["Grelvane Netting - Price list 2025 (EUR, excluding VAT, ex works Rovereto)"])
ws["A1"].font = Font(bold=True, size=13)
ws.append([])
ws.append(["SKU", "Description", "Unit", "List price EUR", "Lead time (weeks)"])
for c in ws[3]:
    c.font = Font(bold=True)
rows = [
    ["HN-BK3-610", "Hail net black, 3.0 m x 200 m, mesh 6x10", "roll", 318.00, 2],
    ["HN-BK4-610", "Hail net black, 4.0 m x 200 m, mesh 6x10", "roll", 412.00, 2],
    ["HN-GR4-610", "Hail net grey, 4.0 m x 200 m, mesh 6x10", "roll", 436.00, 3],
    ["HN-CR4-703", "Hail net crystal, 4.0 m x 200 m, mesh 7x3", "roll", 468.00, 6],
    ["HN-BK52-610", "Hail net black, 5.2 m x 200 m, mesh 6x10", "roll", 529.00, 2],
    ["HN-BK60-610", "Hail net black, 6.0 m x 200 m, mesh 6x10", "roll", 604.00, 4],
    ["PST-PC-45", "Prestressed concrete post 8x8 cm, 4.5 m", "each", 19.40, 4],
    ["PST-PC-50", "Prestressed concrete post 8x8 cm, 5.0 m", "each", 22.80, 4],
    ["ANC-SCR-120", "Screw ground anchor 120 cm with eye", "each", 14.60, 3],
    ["ANC-SCR-150", "Screw ground anchor 150 cm with eye (light or sandy soil)", "each", 18.20, 3],
    ["CAP-PL-ELB", "Plastic post cap with elastic, Elbow type", "each", 2.35, 2],
    ["WR-ST-50", "Galvanised steel cable 5.0 mm, 1000 m coil", "coil", 268.00, 2],
    ["WR-ST-65", "Galvanised steel cable 6.5 mm, 500 m coil", "coil", 224.00, 2],
    ["PLQ-200", "Net plaquettes, bag of 200", "bag", 21.50, 2],
    ["KIT-REP-HN", "HN repair kit (thread, needle, 10 patches)", "kit", 38.00, 1],
    ["INST-HA", "Installation, Double-Cap system, per hectare", "ha", 6850.00, None],
    ["SVC-SEASON", "Seasonal opening and closing service, per hectare per season", "ha", 540.00, None],
    ["SVC-EXTRA", "Extra opening or closing visit in season, per hectare", "ha", 180.00, None],
    ["SVC-STORM", "Storm damage call-out, first 4 crew-hours included", "call-out", 320.00, None],
]
for r in rows:
    ws.append(r)
ws.append([])
ws.append(["Lead times run from order confirmation. Installation and services are scheduled, see conditions."])
for col, w in zip("ABCDE", (14, 58, 10, 15, 18)):
    ws.column_dimensions[col].width = w

ws2 = wb.create_sheet("Volume discounts")
ws2.append(["Volume discounts on nets (HN rolls, per order)"])
ws2["A1"].font = Font(bold=True, size=13)
ws2.append([])
ws2.append(["Rolls per order", "Discount on list price"])
for r in [["1-9", "0%"], ["10-29", "4%"], ["30-59", "8%"], ["60 or more", "12%"]]:
    ws2.append(r)
ws2.append([])
ws2.append(["Posts: 5% from 500 posts per order. Plaquettes: 10% from 25 bags. No volume discount on anchors, caps, "
            "cable, installation or services. Discounts are not cumulative with seasonal promotions."])
ws2.column_dimensions["A"].width = 22
ws2.column_dimensions["B"].width = 24

ws3 = wb.create_sheet("Freight")
ws3.append(["Freight from Rovereto (EUR per delivery, excluding VAT)"])
ws3["A1"].font = Font(bold=True, size=13)
ws3.append([])
ws3.append(["Zone", "Area", "Up to 8 t", "Full truck (24 t)"])
for r in [["A", "Trentino-Alto Adige", 290, 640], ["B", "Veneto, Lombardy, Friuli", 420, 890],
          ["C", "Rest of Italy, Austria, Switzerland", 680, 1450]]:
    ws3.append(r)
ws3.append([])
ws3.append(["Unloading is by the buyer with a forklift or telehandler; posts are delivered on pallets of 80."])
wb.save(os.path.join(K, "grelvane-pricelist-2025.xlsx"))

# ---------------------------------------------------------------- Markdown KB article
md = """# Seasonal opening and closing service (SVC-SEASON) - how it works

The seasonal service takes the work of deploying and bundling the hail nets off your hands. It is sold per hectare
per season (SKU SVC-SEASON) and renews only when you book it again.

## What is included
- **One opening visit** after flowering, on a date agreed with you once pollination has finished.
- **One closing visit** after harvest, completed by 15 November at the latest.
- A tension check of the ridge cables during the opening visit, with re-tensioning where the sag is above 15 cm.
- A short written report per block, with photos of any damage found.

Not included: replacement parts (charged at list price), repairs of tears larger than 20 cm, and work caused by
machinery impact.

## Hail warnings and extra visits
Between **15 April and 30 June**, if you ask us to open the nets early because of a hail warning, we are on site
within **48 hours**. An extra opening or closing visit in season costs **EUR 180 per hectare** (SKU SVC-EXTRA).
A storm damage call-out is different: it costs **EUR 320** and includes the first 4 crew-hours; further hours are
EUR 95 per crew-hour.

## Booking, changes and cancellation
- Book by **1 March** for the coming season; bookings after 1 March are accepted subject to crew availability.
- A booking can be cancelled free of charge up to 1 March; after that date 50% of the season price is due.
- The service is available in freight zones A and B only (see the price list).

## Good to know
- Keep the headland rows clear on the agreed dates; if the crew cannot work, waiting time is charged at EUR 95 per
  crew-hour.
- We do not give advice on hail insurance premiums or on public subsidies; please ask your insurer or your
  producers' organisation.
"""
with open(os.path.join(K, "seasonal-service-faq.md"), "w") as f:
    f.write(md)
print("sources written to", K)
