"""Generate the four knowledge sources of the mulchwell-bakery-composters scenario.

Run with the appliance Python; reportlab is installed in a scratch folder:
    PYTHONPATH=/tmp/rl_mulchwell /work/main/.venv/bin/python make_sources.py
"""
from pathlib import Path

import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent / "knowledge"
OUT.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX: service & warranty terms
def make_docx():
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Mulchwell Organics Ltd - Service, Warranty and Support Terms (BC-Series)", 1)
    d.add_paragraph("Document MW-SWT-2025 rev. 3, effective 1 March 2025. Applies to BC30, BC60 and BC120 in-vessel "
                    "composters and the SHR-30 pre-shredder supplied in the United Kingdom.")

    d.add_heading("1. Standard warranty", 2)
    d.add_paragraph("Every BC-Series composter carries a standard warranty of 24 months parts and labour from the "
                    "commissioning date recorded on the commissioning certificate. The stainless steel drum and vessel "
                    "body are additionally warranted for 7 years against corrosion perforation. The SHR-30 pre-shredder "
                    "carries 12 months parts and labour; its cutting blades are wear parts and are not covered by the "
                    "standard warranty.")
    d.add_paragraph("The warranty does not cover: damage caused by non-approved waste (metal, glass, cleaning chemicals, "
                    "or plastics above 2% of the daily load by weight); operating the unit without bulking agent for more "
                    "than 3 consecutive days; unauthorised modifications or repairs; flood, fire or vehicle impact; and "
                    "electrical faults upstream of the unit isolator.")

    d.add_heading("2. Service plans", 2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Feature", "Care Basic (12 months)", "Care Plus (36 months)"
    rows = [
        ("Preventive maintenance visits", "1 per year", "2 per year"),
        ("Remote support", "Office hours only", "24/7 phone line"),
        ("On-site response, England, Wales and lowland Scotland", "3 business days", "next business day"),
        ("On-site response, Highlands, Islands and Northern Ireland", "5 business days", "2 business days"),
        ("Parts and labour for repairs", "Parts at list price less 10%", "All parts and labour included, incl. wear parts"),
        ("Uptime guarantee", "None", "97% per unit per quarter"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("")
    d.add_paragraph("Wear parts included under Care Plus are shredder blades, mixing paddle seals, lid gaskets and the "
                    "condensate pump. Consumables (bulking agent, biofilter media, carbon polishing filters) are never "
                    "included in a service plan and are ordered separately from the consumables price list.")
    d.add_paragraph("Care Plus is invoiced annually in advance in three equal instalments, the first on the "
                    "commissioning date. Care Basic is invoiced once, in advance.")

    d.add_heading("3. Uptime guarantee and service credits (Care Plus only)", 2)
    d.add_paragraph("Uptime is measured by the telemetry module per unit and per calendar quarter, excluding planned "
                    "maintenance visits and downtime caused by the customer (power cuts, blocked access, non-approved "
                    "waste). If uptime falls below 97%, Mulchwell grants a service credit of 5% of that unit's quarterly "
                    "plan fee for each full percentage point below 97%, capped at 50% of that quarter's fee. Service "
                    "credits are the sole remedy for missed uptime and are applied to the next annual invoice; they are "
                    "not paid out in cash. Units without an active telemetry subscription are excluded from the "
                    "uptime guarantee.")

    d.add_heading("4. Support hours and contacts", 2)
    d.add_paragraph("The service desk is staffed Monday to Friday 07:00-19:00 and Saturday 08:00-13:00 (UK time). "
                    "Care Plus customers also have the 24/7 phone line for breakdowns. Faults can be logged by phone, "
                    "by e-mail to service@mulchwell.co.uk, or in the telemetry portal. A ticket number is issued within "
                    "30 minutes during staffed hours.")

    d.add_heading("5. Training", 2)
    d.add_paragraph("The on-site operator training (MW-TRN-ONS) is a half-day session for up to 8 staff per session. "
                    "It covers loading and the bulking ratio, the daily check-list, emptying the output drawer, alarm "
                    "handling and cleaning. Each attendee receives a certificate and a laminated quick-reference card. "
                    "Refresher training can be delivered remotely at no charge for Care Plus customers, once per year "
                    "per site.")

    d.add_heading("6. Cancellation, transfer and spare parts", 2)
    d.add_paragraph("Care Plus may be cancelled on 90 days' written notice after the first 12 months; prepaid fees for "
                    "the remaining full months are refunded pro rata less a 15% administration fee. A plan may be "
                    "transferred with its unit to another site of the same customer free of charge once per year; the "
                    "relocation itself is charged at the standard installation rate. Spare parts are kept available for "
                    "10 years after a model's last production date.")
    d.save(OUT / "mulchwell-service-warranty-terms.docx")


# ---------------------------------------------------------------- PDF: installation & site requirements
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h1, h2 = ss["Heading1"], ss["Heading2"]
    story = [Paragraph("BC-Series Installation and Site Requirements Guide", h1),
             Paragraph("Mulchwell Organics Ltd, document MW-ISR-07, issue May 2025. For store managers, facilities "
                       "teams and the customer's electrical contractor.", body), Spacer(1, 6)]

    def sec(title, paras):
        story.append(Paragraph(title, h2))
        for p in paras:
            story.append(Paragraph(p, body))
            story.append(Spacer(1, 4))

    sec("1. Site survey and lead times", [
        "Every site is surveyed before the order is scheduled. Site surveys are free of charge for orders of 5 or more "
        "composting units; otherwise a survey costs GBP 295 per site. The survey report confirms the position, the "
        "power supply, the drain connection and the delivery route.",
        "Lead time for BC60 and BC120 units is 8 to 10 weeks from written order confirmation. BC30 units are "
        "normally held in stock and ship in 2 to 3 weeks. Roll-outs of more than 6 sites are delivered in waves of "
        "up to 4 sites per week.",
    ])
    sec("2. Delivery and positioning", [
        "Units are delivered on a tail-lift vehicle. The BC60 can be moved on a standard pallet truck; the BC120 "
        "needs a forklift or pallet truck rated at least 2.5 t, to be provided by the site on the delivery day. "
        "The delivery route must be level and at least 1,100 mm wide for the BC60 and 1,400 mm wide for the BC120.",
        "The unit must stand on level concrete with a slope no steeper than 1:100. The floor must bear at least "
        "15 kN/m² for the BC120 (operating weight 2,150 kg) and 10 kN/m² for the BC60 (operating weight 980 kg).",
        "Clearances: 600 mm on both long sides, 1,000 mm in front of the loading end and 1,200 mm above the lid so "
        "that the lid can open fully.",
    ])
    sec("3. Utilities", [
        "Power: BC30 - 230 V single-phase, 13 A plug; BC60 - 230 V single-phase, 32 A dedicated circuit; BC120 - "
        "400 V 3-phase, 16 A. The customer's electrician provides a lockable isolator within 2 m of the unit, "
        "protected by a Type B RCD; Mulchwell makes the final connection from the isolator to the unit.",
        "Drainage: the units produce condensate, up to 8 litres per day for the BC60 and up to 15 litres per day for "
        "the BC120. The condensate line must be connected to a foul drain, never to a surface-water drain.",
        "Connectivity: the MW-TEL-4G telemetry module uses its own 4G SIM; no store network connection is needed. "
        "Where there is no 4G signal at the unit position, an external antenna (up to 10 m cable) is fitted at no "
        "extra charge.",
    ])
    sec("4. Indoor and outdoor installation", [
        "The enclosure is rated IP55 and can be installed outdoors in a service yard. Ambient operating range is "
        "-15 °C to +38 °C. Where site temperatures below -5 °C are expected for more than a few days a year, the "
        "MW-FRZ trace heating kit is required for the condensate line and the output drawer.",
        "Indoor installations must exhaust through the biofilter via a 100 mm duct with a maximum run of 6 m to "
        "outside air. Units installed indoors next to sales floors should also be fitted with the carbon polishing "
        "filter.",
    ])
    sec("5. Installation and commissioning", [
        "Standard installation (MW-INST-STD) covers positioning on the prepared base, final electrical connection "
        "from the isolator with a cable run of up to 15 m, condensate connection, biofilter fitting, telemetry "
        "activation, first load with bulking agent and a 3-day remotely monitored start-up. Typical time on site: "
        "BC30 half a day, BC60 1 day, BC120 2 days.",
        "Not included in standard installation: groundworks and concrete pads, the electrical supply up to the "
        "isolator, drain works beyond 3 m from the unit, planning permission or landlord consents, and out-of-hours "
        "working (quoted separately). Extra cable run beyond 15 m is charged per metre as per the price list.",
    ])

    tbl = Table([["Model", "Supply", "Floor bearing", "Time on site"],
                 ["BC30", "230 V 1-ph, 13 A plug", "-", "half a day"],
                 ["BC60", "230 V 1-ph, 32 A", "10 kN/m²", "1 day"],
                 ["BC120", "400 V 3-ph, 16 A", "15 kN/m²", "2 days"]])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [Spacer(1, 6), Paragraph("Summary table", h2), tbl]
    SimpleDocTemplate(str(OUT / "bc-series-installation-guide.pdf"), pagesize=A4,
                      title="BC-Series Installation and Site Requirements Guide").build(story)


# ---------------------------------------------------------------- XLSX: specs and price list
def make_xlsx():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Specifications"
    ws.append(["Mulchwell BC-Series technical specifications 2025"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["Model", "SKU", "Rated input (kg/day)", "Max single load (kg)", "Vessel volume (L)",
               "Retention time (days)", "Mass reduction", "Power supply", "Avg energy use (kWh/day)",
               "Dimensions L x W x H (mm)", "Empty weight (kg)", "Operating weight (kg)", "Noise at 1 m (dB(A))"])
    ws.append(["BC30", "MW-BC30-S", 30, 10, 420, 10, "up to 80%", "230 V single-phase, 13 A plug", 9,
               "1450 x 850 x 1250", 310, 450, 52])
    ws.append(["BC60", "MW-BC60-S", 60, 20, 900, 12, "up to 85%", "230 V single-phase, 32 A", 16,
               "2100 x 1000 x 1450", 620, 980, 55])
    ws.append(["BC120", "MW-BC120-S", 120, 40, 1850, 14, "up to 85%", "400 V 3-phase, 16 A", 29,
               "3200 x 1250 x 1650", 1340, 2150, 58])
    ws.append([])
    ws.append(["All models: AISI 316 stainless steel drum, IP55 enclosure, biofilter odour unit included, "
               "core process temperature 55-65 °C, touchscreen controller with alarm log."])

    ws2 = wb.create_sheet("Price list")
    ws2.append(["Mulchwell price list 2025 (GBP, excluding VAT)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["SKU", "Description", "Unit", "List price (GBP)", "Notes"])
    for r in [
        ("MW-BC30-S", "BC30 in-vessel composter, 30 kg/day", "each", 7950, "volume discount applies"),
        ("MW-BC60-S", "BC60 in-vessel composter, 60 kg/day", "each", 11900, "volume discount applies"),
        ("MW-BC120-S", "BC120 in-vessel composter, 120 kg/day", "each", 18450, "volume discount applies"),
        ("MW-SHR-30", "SHR-30 bread pre-shredder and feed hopper", "each", 2150, "recommended for loaves and baguettes"),
        ("MW-TEL-4G", "Telemetry module with 4G modem (hardware)", "each", 495, "plus SIM and portal subscription"),
        ("MW-TEL-SUB", "Telemetry SIM and portal subscription", "per unit per month", 12, "billed annually"),
        ("MW-FRZ", "Trace heating kit for outdoor sites", "each", 310, "needed below -5 °C"),
        ("MW-INST-STD", "Standard installation and commissioning", "per site", 1350, "up to 15 m cable run"),
        ("MW-INST-CBL", "Extra cable run beyond 15 m", "per metre", 38, ""),
        ("MW-CARE-BAS-12", "Care Basic service plan, 12 months", "per unit", 690, ""),
        ("MW-CARE-PLUS-36", "Care Plus service plan, 36 months", "per unit", 2880, "invoiced annually"),
        ("MW-TRN-ONS", "On-site operator training, half day (up to 8 staff)", "per session", 420, ""),
    ]:
        ws2.append(list(r))
    ws2.append([])
    ws2.append(["Volume discount on composter units (BC30, BC60, BC120 combined, per order)"])
    ws2.append(["5-9 units", "5%"])
    ws2.append(["10-24 units", "8%"])
    ws2.append(["25 units or more", "12%"])

    ws3 = wb.create_sheet("Consumables")
    ws3.append(["Mulchwell consumables and running items 2025 (GBP, excluding VAT)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["SKU", "Description", "Pack", "Price (GBP)", "Replacement interval / usage"])
    ws3.append(["MW-BUL-STRT", "Wood-pellet bulking agent", "20 kg bag", 14.50, "1 kg per 10 kg bakery waste"])
    ws3.append(["MW-BF-MED40", "Biofilter media refill", "40 L", 86, "every 6 months"])
    ws3.append(["MW-CF-10", "Carbon polishing filter (indoor installs)", "each", 58, "every 3 months"])
    ws3.append(["MW-BLD-SHR", "SHR-30 replacement blade set", "set", 145, "about every 12 months"])
    for w in (ws, ws2, ws3):
        w.column_dimensions["A"].width = 18
        w.column_dimensions["B"].width = 44
    wb.save(OUT / "mulchwell-bc-series-specs-prices.xlsx")


# ---------------------------------------------------------------- Markdown KB article
KB = """# Feeding guide: what can go into a BC-Series composter

*Mulchwell knowledge base, article KB-112, last reviewed April 2025. For in-store bakery teams.*

## Accepted waste
- Bread, rolls, baguettes, bagels and wraps (loaves over 400 g should go through the SHR-30 pre-shredder first).
- Sweet and savoury pastries without meat or fish: croissants, pains au chocolat, cheese twists, Danish pastries.
- Cakes, muffins, doughnuts and cookies. Cream- or custard-filled items are accepted up to 20% of the daily load.
- Raw dough, flour sweepings and proving-room scraps.
- Unbleached paper bakery bags, up to 5% of the daily load by weight.

## Not accepted
- Products containing meat or fish (sausage rolls, pasties, ham and cheese croissants, tuna sandwiches). The
  BC-Series is not an approved composting plant under the Animal By-Products Regulations, so these must go to the
  store's separate food-waste collection.
- Plastic packaging, foil trays, price labels, elastic bands, cutlery, glass and metal.
- Cleaning chemicals, oil and fat from fryers.

## Bulking agent
Add 1 kg of bulking agent per 10 kg of bakery waste. For high-sugar loads (iced cakes, doughnuts, syrup-soaked
items) increase to 1.5 kg per 10 kg. Running without bulking agent makes the mix sticky, stalls the mixing paddles
and, after 3 days, voids the warranty.

## Loading limits
Respect the model's maximum single load (BC60: 20 kg, BC120: 40 kg) and spread the day's waste over at least two
loads. The rated daily input may be exceeded by up to 10% for no more than 3 consecutive days.

## Process and output
The core of the vessel runs at 55-65 °C; the controller raises an alarm if it stays below 45 °C for 24 hours.
After the retention time the output drawer holds a dry, soil-like pre-compost at 25-35% moisture. Mass reduction
is up to 85%: 100 kg of bread typically leaves 15 to 20 kg of output. Empty the drawer every 2 to 3 days on a BC120
and twice a week on a BC60.

The output is not certified to PAS 100 on its own. If it is to be used as a soil improver it needs 4 to 6 weeks of
further maturation in an open bay. Most stores give it to local community gardens or put it in the green-waste
collection.

## Reporting
The telemetry portal records the kilograms loaded per day and per site and exports a monthly CSV for waste and
sustainability reporting. Mulchwell's indicative figure is 0.51 kg CO2e avoided per kg of bakery waste diverted from
landfill; customers should confirm the factor their own reporting framework uses.
"""


def make_md():
    (OUT / "kb-feeding-guide.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("written:", sorted(p.name for p in OUT.iterdir()))
