"""Generate the four knowledge sources of the maravel-hotel-tableware scenario.

Run with a Python that has python-docx and openpyxl; reportlab may live in a scratch folder:
    PYTHONPATH=/tmp/rl_scratch /work/main/.venv/bin/python make_sources.py
"""
import os
from docx import Document
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)

# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Maravel Tableware B.V. - Hospitality Supply Conditions and Breakage Replacement Programme", 0)
    d.add_paragraph("Version 4.2, effective 1 January 2025. These conditions apply to every supply of Aurora porcelain, "
                    "Linea cutlery and Verra glassware by Maravel Tableware B.V. (Eindhoven) to hotel and restaurant "
                    "customers, unless a signed quote states otherwise.")
    d.add_heading("1. Orders and minimums", 1)
    d.add_paragraph("Products are sold in full cases only; case packs are listed in the current price list. "
                    "Reorders have a minimum order value of EUR 750 net per delivery address. Orders below this value "
                    "are accepted only for Breakage Replacement Programme call-offs. An order is confirmed when Maravel "
                    "sends a written order confirmation; for backstamped items the 30% deposit must also be received.")
    d.add_heading("2. Lead times", 1)
    d.add_paragraph("Stock items (unmarked white Aurora porcelain, Linea cutlery and Verra glassware) are dispatched "
                    "within 5 working days of order confirmation. Backstamped Aurora items are dispatched 6 weeks from "
                    "written approval of the backstamp proof. First orders of more than 5,000 pieces of a single "
                    "backstamped SKU are dispatched 8 weeks from proof approval. The customer must approve or reject a "
                    "proof within 5 working days; a later approval moves the production slot to the next free slot.")
    d.add_heading("3. Delivery", 1)
    d.add_paragraph("Deliveries are DAP (Incoterms 2020) to the delivery address named in the order, with a tail-lift "
                    "vehicle, to the ground-floor goods entrance. Delivery is free on orders over EUR 1,500 net per "
                    "address. Below that value a standard delivery charge of EUR 95 per address applies. Express "
                    "delivery (next working day, stock items only, orders confirmed before 12:00 CET) costs EUR 180 per "
                    "address and is available to the Netherlands, Belgium, Germany, France and Portugal. "
                    "Transit damage or shortages must be reported within 48 hours of delivery, with photographs of the "
                    "cases and pieces; accepted claims are replaced free of charge with the next dispatch.")
    d.add_heading("4. Warranties", 1)
    d.add_paragraph("Aurora Edge Chip Warranty: 5 years from delivery against edge chipping under normal commercial "
                    "use. The remedy is free replacement pieces, not refunds or credit notes. Excluded: pieces that "
                    "were dropped, exposed to direct flame or a salamander grill, or washed in metal baskets without "
                    "plastic separators.")
    d.add_paragraph("Linea cutlery: 10 years against corrosion and against separation of the knife blade from the "
                    "solid handle, provided the care guide is followed. Verra glassware: 12 months against clouding "
                    "and etching when washed with detergents of pH 11 or lower.")
    d.add_paragraph("Backstamps: if a backstamp differs from the approved proof, Maravel re-produces the affected "
                    "pieces at its own cost. Errors that appear in a proof approved by the customer are not covered.")
    d.add_heading("5. Breakage Replacement Programme", 1)
    d.add_paragraph("Standard (SRV-BRP-STD): EUR 385 per month. Covers up to 1,200 replacement pieces per year across "
                    "Aurora, Linea and Verra items bought from Maravel, delivered in quarterly call-offs to up to "
                    "six addresses. Unused allowance does not carry over to the next year.")
    d.add_paragraph("Plus (SRV-BRP-PLS): EUR 620 per month. Covers up to 2,400 replacement pieces per year, with monthly "
                    "call-offs and a quarterly breakage report per site.")
    d.add_paragraph("Both programmes are billed monthly in advance and have a minimum term of 24 months. After the "
                    "minimum term either party may cancel with 90 days' written notice. Pieces above the yearly "
                    "allowance are charged at 25% off the list price. Backstamped replacements are produced in the next "
                    "scheduled backstamp run, at least twice a year.")
    d.add_heading("6. Payment", 1)
    d.add_paragraph("Invoices are payable within 30 days of the invoice date. Backstamped items require a 30% deposit "
                    "with the order; the balance is invoiced on dispatch. Late payments carry statutory commercial "
                    "interest under Dutch law.")
    d.add_heading("7. Returns", 1)
    d.add_paragraph("Unopened cases of stock items may be returned within 30 days of delivery, subject to a 15% "
                    "restocking fee; the customer arranges and pays the return transport. Backstamped items, opened "
                    "cases and Breakage Replacement Programme pieces cannot be returned.")
    d.add_heading("8. Range continuity", 1)
    d.add_paragraph("Maravel guarantees that every Aurora shape in a customer's first order remains available for at "
                    "least 7 years from first delivery, and gives at least 12 months' notice before discontinuing any "
                    "Aurora shape, with a last-buy option at the then-current price.")
    d.save(os.path.join(K, "maravel-supply-conditions.docx"))

# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(os.path.join(K, "aurora-linea-verra-technical-data.pdf"), pagesize=A4,
                            title="Aurora, Linea and Verra - Technical Data Sheet")
    s = [Paragraph("Aurora porcelain, Linea cutlery and Verra glassware - Technical Data Sheet", ss["Title"]),
         Paragraph("Maravel Tableware B.V., document TDS-AUR-2025-02, issued February 2025.", body),
         Paragraph("1. Aurora porcelain", ss["Heading2"]),
         Paragraph("Body: hard-fired vitrified porcelain, fired once at 1,380 °C. Water absorption: 0.2% or less. "
                   "Edge: reinforced rolled edge for chip resistance. Glaze: lead- and cadmium-free, tested to "
                   "EN 1388-1 for release of lead and cadmium. Dishwasher resistance: tested for 5,000 commercial "
                   "dishwasher cycles without visible glaze loss (EN 12875-1 method). Thermal shock resistance: "
                   "temperature difference of 160 °C without cracking. Microwave safe. Oven safe up to 250 °C. "
                   "Not suitable for direct flame, induction plates or salamander grills. All flat items stack "
                   "securely up to 20 pieces high.", body),
         Spacer(1, 6)]
    rows = [["SKU", "Item", "Diameter / capacity", "Height", "Weight"],
            ["AUR-DP27-W", "Dinner plate", "27 cm", "2.4 cm", "690 g"],
            ["AUR-DP31-W", "Presentation plate", "31 cm", "2.6 cm", "980 g"],
            ["AUR-SP21-W", "Side plate", "21 cm", "2.0 cm", "410 g"],
            ["AUR-BW23-W", "Pasta bowl", "23 cm / 60 cl", "5.1 cm", "620 g"],
            ["AUR-BW12-W", "Dip bowl", "12 cm / 20 cl", "4.8 cm", "240 g"],
            ["AUR-CC22-W", "Cappuccino cup (fits 15 cm saucer)", "22 cl", "7.2 cm", "230 g"],
            ["AUR-EC09-W", "Espresso cup (fits 12 cm saucer)", "9 cl", "5.9 cm", "120 g"],
            ["AUR-SC15-W", "Saucer for cappuccino cup", "15 cm", "1.8 cm", "170 g"],
            ["AUR-SC12-W", "Saucer for espresso cup", "12 cm", "1.6 cm", "110 g"]]
    t = Table(rows)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    s += [t, Spacer(1, 8),
          Paragraph("2. Backstamp options", ss["Heading2"]),
          Paragraph("Underglaze backstamp: one colour, applied under the glaze and fired at 1,380 °C, permanent and "
                    "unaffected by washing; set-up EUR 980 per design. On-glaze decal backstamp: up to 4 colours, "
                    "fired at 820 °C on top of the glaze; set-up EUR 1,450 per design; colours may fade after about "
                    "2,000 commercial cycles. Minimum backstamp run: 600 pieces per SKU. Maximum logo size on the "
                    "underside: 40 x 25 mm.", body),
          Paragraph("3. Linea cutlery", ss["Heading2"]),
          Paragraph("Forks and spoons: 18/10 stainless steel (AISI 304), 3 mm thick, mirror finish. Table knife: "
                    "solid-handle construction with a hardened 13/0 stainless steel blade (AISI 420) and serrated "
                    "edge. Piece weights: table knife 98 g, table fork 62 g, dessert spoon 55 g, teaspoon 28 g. "
                    "The 4-piece set LIN-SET4-18 contains one of each.", body),
          Paragraph("4. Verra glassware", ss["Heading2"]),
          Paragraph("Fully tempered soda-lime glass, lead-free. Wine glass VTR-WG35-T: capacity 35 cl, height "
                    "20.5 cm, rim diameter 8.6 cm, weight 215 g, rated for 4,000 machine wash cycles. Tempered "
                    "glass breaks into small blunt fragments rather than sharp shards. Wine glass VTR-WG47-T: "
                    "47 cl, height 22.4 cm.", body)]
    doc.build(s)

# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = openpyxl.Workbook()
    def sheet(ws, title, header, rows, foot=None):
        ws.append([title]); ws["A1"].font = Font(bold=True, size=13)
        ws.append(header)
        for c in ws[2]: c.font = Font(bold=True)
        for r in rows: ws.append(r)
        if foot: ws.append([]); ws.append([foot])
    title = "Maravel Tableware - 2025 Hospitality Price List (EUR, excl. VAT)"
    h = ["SKU", "Description", "Size", "Case pack", "List price per piece (EUR)", "Stock status"]
    ws = wb.active; ws.title = "Porcelain"
    sheet(ws, title, h, [
        ["AUR-DP27-W", "Aurora dinner plate, white", "27 cm", 12, 7.40, "Stock"],
        ["AUR-DP31-W", "Aurora presentation plate, white", "31 cm", 6, 11.90, "Stock"],
        ["AUR-SP21-W", "Aurora side plate, white", "21 cm", 24, 4.60, "Stock"],
        ["AUR-BW23-W", "Aurora pasta bowl, white", "23 cm / 60 cl", 12, 6.90, "Stock"],
        ["AUR-BW12-W", "Aurora dip bowl, white", "12 cm / 20 cl", 36, 2.35, "Stock"],
        ["AUR-CC22-W", "Aurora cappuccino cup, white", "22 cl", 24, 4.20, "Stock"],
        ["AUR-EC09-W", "Aurora espresso cup, white", "9 cl", 36, 2.95, "Stock"],
        ["AUR-SC15-W", "Aurora saucer for cappuccino cup", "15 cm", 24, 2.60, "Stock"],
        ["AUR-SC12-W", "Aurora saucer for espresso cup", "12 cm", 36, 1.95, "Made to order (4 weeks)"],
    ], "Backstamped Aurora items carry the same piece price; the set-up fee is charged once per design.")
    ws = wb.create_sheet("Cutlery & Glass")
    sheet(ws, title, h, [
        ["LIN-TK-18", "Linea table knife, solid handle", "24 cm", 12, 3.60, "Stock"],
        ["LIN-TF-18", "Linea table fork", "20.5 cm", 12, 2.90, "Stock"],
        ["LIN-DS-18", "Linea dessert spoon", "18.5 cm", 12, 2.80, "Stock"],
        ["LIN-TS-18", "Linea teaspoon", "14 cm", 12, 2.10, "Stock"],
        ["LIN-SET4-18", "Linea 4-piece set (knife, fork, dessert spoon, teaspoon)", "set", 12, 11.80, "Stock"],
        ["VTR-WG35-T", "Verra tempered wine glass", "35 cl", 24, 3.15, "Stock"],
        ["VTR-WG47-T", "Verra tempered wine glass", "47 cl", 24, 3.70, "Stock"],
        ["VTR-TB30-T", "Verra tempered tumbler", "30 cl", 24, 2.20, "Stock"],
    ])
    ws = wb.create_sheet("Services")
    sheet(ws, title, ["SKU", "Service", "Unit", "Price (EUR)", "Includes / conditions"], [
        ["SRV-BST-01", "Backstamp set-up, underglaze, 1 colour", "per design", 980.00, "Proof within 5 working days"],
        ["SRV-BST-04", "Backstamp set-up, on-glaze decal, up to 4 colours", "per design", 1450.00, "Proof within 5 working days"],
        ["SRV-BRP-STD", "Breakage Replacement Programme Standard", "per month", 385.00, "Up to 1,200 replacement pieces per year, quarterly call-offs"],
        ["SRV-BRP-PLS", "Breakage Replacement Programme Plus", "per month", 620.00, "Up to 2,400 replacement pieces per year, monthly call-offs"],
        ["SRV-DEL-STD", "Standard delivery, orders below EUR 1,500 net", "per address", 95.00, "Free on orders over EUR 1,500 net per address"],
        ["SRV-DEL-EXP", "Express delivery, next working day", "per address", 180.00, "Stock items only; NL, BE, DE, FR, PT"],
        ["SRV-SMP", "Sample kit, one of each Aurora piece", "per kit", 45.00, "Credited against the first order"],
    ])
    for w in wb.worksheets:
        for col, width in zip("ABCDEF", (14, 52, 16, 12, 24, 58)):
            w.column_dimensions[col].width = width
    wb.save(os.path.join(K, "maravel-price-list-2025.xlsx"))

# ---------------------------------------------------------------- HTML
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Care and handling guide - Maravel Tableware</title></head>
<body>
<nav><a href="/">Maravel Tableware</a> &rsaquo; <a href="/support">Support</a> &rsaquo; Care and handling</nav>
<main>
<h1>Care and handling guide: Aurora, Linea and Verra</h1>
<p>Last updated 3 March 2025. Follow this guide to keep the warranties valid and to get the longest service life
from your tableware in a commercial kitchen.</p>
<h2>Aurora porcelain</h2>
<ul>
<li>Wash at 60-65 &deg;C and rinse at 82-85 &deg;C. Use a detergent of pH 12 or lower.</li>
<li>Use plastic-coated racks or plastic separators; never wash plates in bare metal baskets.</li>
<li>Stack flat items no more than 20 high and do not slide plates across each other.</li>
<li>Grey marks left by cutlery are metal deposits, not scratches in the glaze. Remove them with Maravel MarkAway
paste (SKU CARE-MA-250, 250 ml) and a soft cloth; do not use steel wool or scouring powder.</li>
<li>Do not put porcelain under a salamander grill or on an open flame.</li>
</ul>
<h2>Linea cutlery</h2>
<ul>
<li>Wash new cutlery once before first use to remove the polishing residue.</li>
<li>Pre-soak for no more than 15 minutes, and never in a chlorine or bleach solution.</li>
<li>Load cutlery handles down in cutlery baskets, mixing knives, forks and spoons so they do not nest.</li>
<li>Dry immediately after the rinse cycle or use a rinse aid, to avoid water spots.</li>
</ul>
<h2>Verra glassware</h2>
<ul>
<li>Wash at 55-60 &deg;C and rinse at no more than 75 &deg;C; a hotter rinse causes clouding.</li>
<li>Use a detergent of pH 11 or lower to keep the 12-month anti-clouding warranty valid.</li>
<li>Wash glasses in dedicated glass racks, never with plates or cutlery, and do not stack glasses inside each other.</li>
<li>Let glasses cool for 10 minutes after washing before filling them with cold drinks.</li>
</ul>
<h2>Staff training</h2>
<p>Maravel runs a free 45-minute online care session for kitchen and stewarding teams within the first month after
delivery; book it through your account manager. Laminated A4 care cards in English, French, German, Dutch,
Spanish and Portuguese are included with every first delivery.</p>
</main>
<footer>Maravel Tableware B.V., Eindhoven, the Netherlands</footer>
</body></html>
"""

def make_html():
    with open(os.path.join(K, "care-and-handling.html"), "w", encoding="utf-8") as f:
        f.write(HTML)

if __name__ == "__main__":
    make_docx(); make_pdf(); make_xlsx(); make_html()
    print("written:", sorted(os.listdir(K)))
