"""Generate the four knowledge sources of the hearthline-bakery-ovens scenario.

Run:  PYTHONPATH=/tmp/rl-bakery /work/main/.venv/bin/python make_sources.py
Needs python-docx, openpyxl and reportlab.
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
KN = HERE / "knowledge"
KN.mkdir(exist_ok=True)


# --------------------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Hearthline Bakery Systems Ltd - Warranty and Service Terms", 0)
    d.add_paragraph("Document HBS-WST-2025, version 3, effective 1 March 2025. These terms apply to all Hearthline "
                    "ovens, provers and mixers supplied and commissioned in the United Kingdom. Where a signed "
                    "quotation says otherwise, the quotation prevails.")

    d.add_heading("1. Standard warranty", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Equipment", "Period (from commissioning date)", "Cover"
    rows = [
        ("Stratos deck ovens (all sizes)", "24 months", "Parts and labour"),
        ("Stratos stone soles", "12 months", "Replacement against cracking in normal use; thermal shock and impact damage excluded"),
        ("Rotora rack ovens (electric and gas)", "24 months", "Parts and labour"),
        ("Prova provers and retarder-provers", "24 months", "Parts and labour"),
        ("Spira spiral mixers", "24 months", "Parts and labour"),
        ("Spira gearbox and drive belts", "60 months", "Parts only; labour chargeable after month 24"),
        ("Planeta planetary mixers", "24 months", "Parts and labour"),
        ("HearthTouch controllers", "24 months", "Parts and labour; software updates free for the life of the oven"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("Consumables are not covered by any warranty: door gaskets, oven lamps, door glass broken by "
                    "impact, baking trays, rack trolley castors and water-softener cartridges.")

    d.add_heading("2. Conditions of the warranty", 1)
    for s in [
        "Equipment must be commissioned by Hearthline or a Hearthline-approved engineer; the commissioning report "
        "is the start date of every warranty period.",
        "At least one preventive maintenance visit per 12 months must be carried out by Hearthline; if a visit is "
        "missed, the warranty is suspended until a visit has taken place.",
        "Water feeding the Rotora steam generator and the Prova humidifier must be treated to a hardness below "
        "5 °dH (about 90 ppm CaCO3). Where the supply is harder, a water softener must be fitted. Limescale damage "
        "on equipment without a water softener is excluded from the warranty.",
        "Exclusions: damage caused by caustic or chlorinated cleaning agents on stone soles, power surges or "
        "supply faults, flooding, and equipment moved after installation by anyone other than Hearthline staff.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("3. Service plans", 1)
    d.add_paragraph("Service plans are priced per store per year and cover all Hearthline equipment installed in "
                    "that store's bakery. Prices exclude VAT.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, v in enumerate(["", "Bronze", "Silver", "Gold"]):
        t.rows[0].cells[i].text = v
    plan_rows = [
        ("Price per store per year", "£690", "£1,050", "£1,400 (or £4,200 prepaid for a 3-year term)"),
        ("Preventive maintenance visits", "1 per year", "2 per year", "2 per year, including descaling of steam generator and humidifier"),
        ("Response to breakdowns", "Next working day", "Within 8 working hours", "Within 4 working hours"),
        ("Labour", "50% discount on standard rate", "Included", "Included"),
        ("Parts", "Chargeable", "25% discount", "Included (consumables excepted)"),
        ("Loan equipment", "No", "No", "Loan mixer delivered if a mixer repair takes longer than 48 hours"),
        ("HearthLink remote monitoring", "Chargeable", "Chargeable", "Included free for the first 24 months"),
    ]
    for r in plan_rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("Working hours are Monday to Saturday, 07:00-19:00, excluding bank holidays. Gold customers "
                    "also have an emergency line on Sundays from 08:00 to 14:00.")

    d.add_heading("4. Response-time credit (Gold only)", 1)
    d.add_paragraph("If a Gold breakdown call is not attended within 4 working hours, Hearthline credits 5% of that "
                    "store's annual plan fee per missed incident, up to a maximum of 25% of the annual fee per "
                    "store per plan year. Credits are applied against the next invoice and are the customer's sole "
                    "remedy for late attendance.")

    d.add_heading("5. Work outside a plan", 1)
    d.add_paragraph("Call-out charge £95 plus labour at £78 per hour (minimum one hour), parts at list price. Work "
                    "on Saturdays after 13:00, Sundays and bank holidays is charged at 1.5 times the labour rate.")

    d.add_heading("6. Spare parts and term of the plans", 1)
    d.add_paragraph("Hearthline keeps spare parts available for at least 10 years after a model is discontinued. "
                    "Annual plans renew automatically; either party may cancel with 90 days' written notice before "
                    "the renewal date. A prepaid 3-year Gold plan cannot be cancelled for a refund, but it can be "
                    "transferred to another store of the same customer once per year.")
    d.add_paragraph("Service desk: 0330 024 7788, service@hearthline-bakery.co.uk.")
    d.save(KN / "Hearthline-Warranty-and-Service-Terms.docx")


# --------------------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9.5
    body.leading = 12.5
    h1, h2 = ss["Title"], ss["Heading2"]
    out = []
    P = lambda s: out.append(Paragraph(s, body))
    H = lambda s: out.append(Paragraph(s, h2))
    out.append(Paragraph("Site Preparation and Installation Guide - In-store Bakery Equipment", h1))
    P("Hearthline Bakery Systems Ltd, document HBS-SPG-2025. This guide lists what the customer must have ready "
      "before installation day. A Hearthline surveyor visits each store 3 to 4 weeks before installation and "
      "confirms the points below in a signed site survey report.")

    H("1. Electrical supply")
    P("Each appliance needs a dedicated supply terminating in a lockable isolator within 2 metres of the appliance. "
      "The customer's electrician provides the supply up to and including the isolator; Hearthline connects the "
      "appliance to the isolator.")
    data = [["Appliance", "Supply", "Protection", "Connection"],
            ["Stratos 4-deck (DO-4S-1260)", "400 V 3N~ 50 Hz", "50 A per phase", "Hard-wired to isolator"],
            ["Stratos 3-deck (DO-3S-1260)", "400 V 3N~ 50 Hz", "40 A per phase", "Hard-wired to isolator"],
            ["Rotora 15/20 E rack oven (RO-1520-E)", "400 V 3N~ 50 Hz", "63 A per phase", "Hard-wired to isolator"],
            ["Rotora 15/20 G rack oven (RO-1520-G)", "400 V 3N~ 50 Hz + natural gas", "16 A per phase", "Gas Safe engineer for gas"],
            ["Prova RT-2 prover (PR-RT-2)", "230 V 1N~ 50 Hz", "16 A", "16 A commando socket"],
            ["Spira 80 spiral mixer (SM-80)", "400 V 3N~ 50 Hz", "16 A per phase", "16 A 5-pin socket"],
            ["Planeta 20 planetary mixer (PM-20)", "230 V 1N~ 50 Hz", "13 A", "Standard 13 A plug"]]
    tb = Table(data, colWidths=[160, 110, 90, 140])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    out.append(tb)

    H("2. Water and drainage")
    P("The Rotora rack oven and the Prova prover each need a cold-water supply in 15 mm pipe at 2 to 6 bar with a "
      "stop valve within 1 metre. Water harder than 5 °dH must pass through a water softener (Hearthline WS-12 or "
      "equivalent); see the Warranty and Service Terms. The Rotora needs a 40 mm drain with a tundish within "
      "1.5 metres of the oven and a minimum fall of 1:40. The Stratos deck oven needs no water connection unless "
      "the optional steam system is fitted.")

    H("3. Ventilation and extraction")
    P("Rotora rack ovens exhaust up to 1,200 m3/h of hot, moist air. Without the condensing hood (CH-RO) the oven "
      "must be ducted to outside; with the hood a recirculating connection to the store's existing kitchen "
      "extract is usually sufficient. The Stratos deck oven requires an extraction canopy (EC-DO or equivalent) "
      "drawing at least 1,800 m3/h. Maximum ambient temperature in the bake-off area: 35 °C.")

    H("4. Access, floor and clearances")
    P("The Rotora is delivered in sections; the minimum clear door opening on the delivery route is 900 mm wide "
      "by 2,000 mm high. Stratos ovens are delivered as separate deck modules and need an 850 mm opening. "
      "The floor must be level within 5 mm over 2 metres, non-combustible under the Rotora, and able to carry "
      "1,050 kg over the oven's footprint. Clearances: Rotora 50 mm at the rear and 500 mm on the left-hand "
      "service side; Stratos 500 mm on both sides; 100 mm between any two appliances.")

    H("5. Lead times and installation")
    P("Lead times from receipt of the deposit: Stratos deck ovens 6-8 weeks; Rotora rack ovens 8-10 weeks; "
      "Prova provers 4-6 weeks; Spira and Planeta mixers 3-4 weeks. All items for one store are delivered "
      "together. Installation of a deck oven, rack oven and prover takes 2 working days per store; day 3 is "
      "commissioning and operator training. Installation is done in normal working hours (07:00-18:00); "
      "out-of-hours installation (22:00-06:00) is available at a surcharge of £650 per store.")

    H("6. Training")
    P("Operator training is 4 hours on site per store for up to 6 staff, followed by access to the Hearthline "
      "e-learning modules for 12 months. Additional on-site training days are charged at £480 per day.")

    H("7. Old equipment")
    P("Removal of existing ovens, provers and mixers is the customer's responsibility and is not part of the "
      "installation price. On request Hearthline removes and disposes of old equipment under the WEEE "
      "regulations for £350 per oven and £120 per mixer or prover, booked at the site survey.")

    H("8. Customer responsibilities checklist")
    for s in ["Electrical supplies and isolators installed and tested (certificate available on the day).",
              "Water, drain and extraction ready as above.",
              "Delivery route clear; lift or ground-floor access confirmed in the site survey.",
              "A store manager available for the commissioning sign-off on day 3."]:
        P("- " + s)
    P("If the site is not ready on the agreed installation day, an aborted visit is charged at £420 and the "
      "installation is re-booked at the next available slot.")
    SimpleDocTemplate(str(KN / "Hearthline-Site-Preparation-Guide.pdf"), pagesize=A4,
                      leftMargin=45, rightMargin=45, topMargin=45, bottomMargin=45,
                      title="Site Preparation and Installation Guide").build(out)


# --------------------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)

    def sheet(ws, title, header, rows):
        ws.append([title])
        ws["A1"].font = Font(bold=True, size=13)
        ws.append(header)
        for c in ws[2]:
            c.font = bold
        for r in rows:
            ws.append(r)
        for col, w in zip("ABCDEFGHIJ", [14, 20, 44, 34, 12, 30, 22, 12, 22, 14]):
            ws.column_dimensions[col].width = w

    ws = wb.active
    ws.title = "Ovens & Provers"
    sheet(ws, "Hearthline Product & Price List 2025 - Ovens and Provers (GBP, excluding VAT)",
          ["SKU", "Model", "Description", "Capacity", "Rated power (kW)", "Electrical supply",
           "Dimensions W x D x H (mm)", "Weight (kg)", "Heat-up time", "List price (GBP)"],
          [["DO-4S-1260", "Stratos 4-deck", "Electric deck oven, 4 independent decks, stone soles, HearthTouch controller",
            "4 decks x 2 trays 600x400 (8 trays)", 26.4, "400 V 3N~, 50 A per phase", "1650 x 1120 x 1980", 1180,
            "45 min to 250 °C", 18450],
           ["DO-3S-1260", "Stratos 3-deck", "Electric deck oven, 3 independent decks, stone soles, HearthTouch controller",
            "3 decks x 2 trays 600x400 (6 trays)", 19.8, "400 V 3N~, 40 A per phase", "1650 x 1120 x 1640", 940,
            "45 min to 250 °C", 15200],
           ["RO-1520-E", "Rotora 15/20 E", "Electric rotating rack oven, steam generator, HearthTouch controller",
            "1 rack trolley, 18 trays 600x400", 36.0, "400 V 3N~, 63 A per phase", "1230 x 1650 x 2450", 1050,
            "25 min to 220 °C", 21900],
           ["RO-1520-G", "Rotora 15/20 G", "Gas-fired rotating rack oven (natural gas G20), steam generator",
            "1 rack trolley, 18 trays 600x400", "1.8 electric + 55 gas", "400 V 3N~, 16 A per phase",
            "1230 x 1650 x 2450", 1090, "25 min to 220 °C", 24300],
           ["PR-RT-1", "Prova RT-1", "Roll-in prover, 1 rack, humidity control", "1 rack trolley", 1.9,
            "230 V 1N~, 16 A", "900 x 1150 x 2200", 160, "15 min to 35 °C", 4900],
           ["PR-RT-2", "Prova RT-2", "Roll-in prover, 2 racks, humidity control", "2 rack trolleys (36 trays 600x400)",
            3.2, "230 V 1N~, 16 A", "1500 x 1150 x 2200", 240, "15 min to 35 °C", 7250],
           ["PR-RC-2", "Prova RC-2", "Retarder-prover, 2 racks, -5 to +38 °C, overnight programme",
            "2 rack trolleys (36 trays 600x400)", 4.1, "400 V 3N~, 16 A per phase", "1500 x 1250 x 2200", 310,
            "n/a", 11600]])

    ws = wb.create_sheet("Mixers")
    sheet(ws, "Hearthline Product & Price List 2025 - Mixers (GBP, excluding VAT)",
          ["SKU", "Model", "Description", "Capacity", "Rated power (kW)", "Electrical supply",
           "Dimensions W x D x H (mm)", "Weight (kg)", "Minimum batch", "List price (GBP)"],
          [["SM-60", "Spira 60", "Spiral mixer, fixed 95 L bowl, 2 speeds + bowl reverse, guard interlock",
            "60 kg dough / 38 kg flour", 3.4, "400 V 3N~, 16 A per phase", "700 x 1200 x 1400", 350, "6 kg", 8400],
           ["SM-80", "Spira 80", "Spiral mixer, fixed 120 L bowl, 2 speeds + bowl reverse, guard interlock",
            "80 kg dough / 50 kg flour", 4.5, "400 V 3N~, 16 A per phase", "790 x 1320 x 1440", 410, "8 kg", 9800],
           ["PM-20", "Planeta 20", "Planetary mixer, 20 L bowl, hook, beater and whisk, 3 speeds",
            "6 kg dough / 3.5 kg flour", 1.1, "230 V 1N~, 13 A plug", "520 x 600 x 800", 90, "0.5 kg", 3150],
           ["PM-40", "Planeta 40", "Planetary mixer, 40 L bowl, hook, beater and whisk, bowl lift",
            "12 kg dough / 7 kg flour", 2.2, "400 V 3N~, 16 A per phase", "640 x 820 x 1250", 210, "1 kg", 5600]])

    ws = wb.create_sheet("Accessories & Options")
    sheet(ws, "Hearthline Product & Price List 2025 - Accessories and options (GBP, excluding VAT)",
          ["SKU", "Item", "Description", "Fits", "Unit", "List price (GBP)"],
          [["CH-RO", "Condensing hood", "Condenses steam and cools exhaust; allows recirculating extraction", "Rotora 15/20 E and G", "each", 2350],
           ["EC-DO", "Extraction hood (canopy)", "Stainless canopy 1700 mm with grease filters and fan speed control", "Stratos 3- and 4-deck", "each", 1980],
           ["WS-12", "Water softener", "Cartridge softener with bypass and meter", "Rotora, Prova", "each", 690],
           ["WS-CART", "Softener cartridge", "Replacement cartridge, 12,000 litres at 20 °dH", "WS-12", "each", 145],
           ["RK-18-SS", "Rack trolley", "Stainless steel rack trolley, 18 tiers 600x400, 80 mm pitch", "Rotora 15/20, Prova", "each", 640],
           ["TR-AL-6040", "Baking tray", "Perforated aluminium tray 600x400, pack of 10", "All", "pack", 189],
           ["SL-1260", "Stone sole", "Spare refractory stone sole 1200x600", "Stratos", "each", 210],
           ["LD-DO", "Deck loader", "Setter belt loader on rails", "Stratos 3- and 4-deck", "each", 3400],
           ["HL-MON", "HearthLink remote monitoring", "Alerts, HACCP records and recipe push, per oven", "Stratos, Rotora", "per year", 180]])

    ws = wb.create_sheet("Notes")
    ws.append(["Hearthline Product & Price List 2025 - Notes"])
    ws["A1"].font = Font(bold=True, size=13)
    for line in [
        "Prices are list prices valid from 1 January 2025 to 31 December 2025, in GBP, excluding VAT.",
        "Delivery to UK mainland addresses is included for orders over £25,000; smaller orders pay £480 per delivery drop.",
        "Scottish Highlands and islands, Northern Ireland and offshore addresses: delivery price on request.",
        "Installation and commissioning are quoted per store after the site survey; they are not included in list prices.",
        "Capacities are for standard 600x400 trays; dough capacities are for 60% hydration bread dough.",
        "Hearthline reserves the right to change specifications; the quotation and order confirmation prevail.",
    ]:
        ws.append([line])
    ws.column_dimensions["A"].width = 110
    wb.save(KN / "Hearthline-Price-List-2025.xlsx")


# --------------------------------------------------------------------------- MD
MD = """# In-store bakery: daily care and operating FAQ

*Hearthline knowledge base, article KB-217. For store bakery teams running Stratos deck ovens, Rotora rack ovens,
Prova provers and Spira / Planeta mixers.*

## Operating ranges

| Appliance | Temperature range | Other |
|---|---|---|
| Stratos deck oven | 50-320 °C per deck | Top and bottom heat set separately, 0-100%, on each deck |
| Rotora rack oven | 50-300 °C | Steam injection 0-9 s in 1 s steps; rack rotation can be paused for loading |
| Prova prover | 20-40 °C | Relative humidity 50-95% |
| Prova RC-2 retarder-prover | -5 to +38 °C | Overnight retard-then-prove programme |

## Controllers and recipes

The Stratos and Rotora use the HearthTouch 7-inch controller, which stores 200 programs. Recipes can be loaded
from a USB stick or pushed to every store at once through HearthLink. The controllers keep bake-temperature
records for 90 days; a store manager can export them as a CSV file for HACCP checks from the *Records* menu.
After 20 minutes without a program running, the Rotora drops into standby mode at 140 °C to save energy.

## Daily cleaning

- **Stratos stone soles:** brush out crumbs with the supplied brass brush when the oven is below 100 °C. Never use
  water, detergent or oven cleaner on the stones: moisture can crack them and chemicals are not covered by the
  warranty.
- **Rotora:** wipe the door glass with a non-abrasive cleaner when cool, empty the drip tray under the door and
  check the drain is free. Once a week, run the *Steam flush* program.
- **Prova:** wipe the interior and empty the humidifier tray at the end of the day; leave the door ajar overnight.
- **Spira and Planeta mixers:** scrape and wash the bowl, hook and guard with warm water. Never jet-wash a mixer.
  The Spira guard interlock stops the spiral and bowl as soon as the guard is lifted; test it at the start of
  every shift.

## Descaling

Descale the Rotora steam generator and the Prova humidifier every 3 months where a water softener is fitted, and
monthly where it is not. On Gold service plans the descaling is done by the engineer during the preventive visits;
between visits the store team runs the *Descale* program with Hearthline DS-2 descaler only.

## Error codes store teams can clear

| Code | Meaning | What to do |
|---|---|---|
| E03 | Door open during bake | Close the door; the program resumes |
| E07 | Water supply fault (no or low water pressure) | Check the stop valve is open and the softener bypass is closed; reset |
| E09 | Drain blocked | Clear the tundish and drain; reset |
| E12 | Fan motor fault | Do not reset; switch off and call the service desk |
| E15 | Over-temperature cut-out | Let the oven cool; call the service desk if it repeats |

## Spare parts

Gaskets, lamps, castors and trays can be ordered from the Hearthline parts shop; orders received by 15:00 on a
working day are shipped the same day for next-day delivery.
"""


def make_md():
    (KN / "store-bakery-daily-care-faq.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("written to", KN)
