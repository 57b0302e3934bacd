"""Generate the four knowledge sources of the kaltrow-carcass-chillers scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(needs python-docx, openpyxl, reportlab)
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    from docx import Document
    d = Document()
    d.add_heading("Kaltrow Refrigeration Ltd - Chill Room Supply, Installation and Warranty Terms", 0)
    d.add_paragraph("Document KR-T-07, revision 4, applicable to all carcass chill room projects quoted from 1 March 2025. "
                    "These terms apply together with the quote; where the quote and this document differ, the quote prevails.")
    d.add_heading("1. Payment schedule", 1)
    d.add_paragraph("Equipment and installation are invoiced in three stages: 30% deposit on signed order, 60% on delivery of the "
                    "room packages to site, and the remaining 10% on successful commissioning (see section 5). Invoices are payable "
                    "within 30 days of the invoice date. Service plans are invoiced annually in advance, the first year on the "
                    "commissioning date. Prices exclude VAT, which is added at the prevailing rate.")
    d.add_heading("2. Lead times", 1)
    d.add_paragraph("Lead time runs from receipt of the deposit and signed general-arrangement drawings. The R290 (propane) "
                    "chiller variant ships 14 weeks after deposit. The R744 (CO2 transcritical) variant ships 18 weeks after deposit "
                    "because the gas cooler and rack are built to order. Ceiling evaporators, rail and spray-chill kits ship with the "
                    "room packages. Installation of a two-room project takes 15 working days on site, plus 3 days of commissioning per room.")
    d.add_heading("3. Site prerequisites (by the buyer)", 1)
    for t in [
        "Electrical supply: 400V three-phase, 125A per room, terminated in a lockable isolator within 3 m of the condensing unit.",
        "Floor: insulated, heated sub-floor with a fall of 1:80 towards trapped drains; at least one 150 mm floor drain per 20 m2.",
        "Water: potable water at 3 to 5 bar to each spray-chill manifold, with a double-check valve supplied by the buyer.",
        "Structural: the ceiling steelwork must carry the rail at 950 kg per hanging point; Kaltrow provides the point loads, "
        "the buyer's structural engineer certifies the steel.",
        "Access: a clear route of 2.4 m wide by 2.8 m high from the delivery bay to each room.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Delays caused by missing prerequisites are charged at GBP 1,140 per engineer-day of standing time.")
    d.add_heading("4. Warranty", 1)
    d.add_paragraph("General warranty: 24 months parts and labour from the commissioning date on all refrigeration equipment, "
                    "controls and spray-chill components. Compressors carry an extended 36 months parts-only warranty "
                    "(labour after month 24 is charged at service rates unless a service plan covers it). Evaporator coils carry "
                    "a 60 months warranty against corrosion, provided the coils are cleaned only with chemicals on the Kaltrow "
                    "approved list.")
    d.add_paragraph("Exclusions: the coil corrosion warranty is void if chlorine-based sanitisers above 200 ppm free chlorine are "
                    "applied to the coils, or if high-pressure washing above 40 bar is directed at the fin block. Damage from "
                    "carcass impact on evaporators, rail misuse (loads over the rated point load), power supply faults and "
                    "unauthorised refrigerant work are excluded. Door gaskets, spray nozzles and probe cables are wear parts "
                    "covered for 6 months only.")
    d.add_heading("5. Commissioning and acceptance", 1)
    d.add_paragraph("Each room is accepted after a pull-down test with a full load of carcasses supplied by the buyer: the deep-leg "
                    "(M. semimembranosus) temperature of every probed side must reach 7 C or below within 24 hours of loading, the "
                    "temperature requirement of Regulation (EC) 853/2004 for red meat. If a room fails, Kaltrow adjusts and repeats "
                    "the test once at its own cost; the final 10% is invoiced after a passed test. Commissioning includes the "
                    "F-gas or ATEX documentation for the chosen refrigerant, probe calibration certificates and a one-day "
                    "handover to the buyer's maintenance team.")
    d.add_heading("6. Cancellation", 1)
    d.add_paragraph("After the deposit is paid, cancellation before manufacture incurs a 10% fee on the equipment value; after "
                    "manufacture has started, the deposit is retained in full.")
    d.save(K / "kaltrow-terms-and-warranty.docx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    doc = SimpleDocTemplate(str(K / "KCC-HT-40-datasheet.pdf"), pagesize=A4, title="KCC-HT-40 Technical Data Sheet")
    el = [Paragraph("KCC-HT-40 Hot-Carcass Chill Room - Technical Data Sheet", ss["Title"]),
          Paragraph("Kaltrow Refrigeration Ltd, data sheet DS-HT40, edition 2025-02", ss["Normal"]), Spacer(1, 10)]
    P = lambda t: el.append(Paragraph(t, ss["BodyText"]))
    H = lambda t: el.append(Paragraph(t, ss["Heading2"]))
    H("Purpose")
    P("The KCC-HT-40 is a prefabricated chill room for hot beef sides directly from the slaughter line. Nominal capacity is "
      "40 beef sides based on an average hot side weight of 160 kg (6.4 t per load). The same room holds 180 lamb carcasses "
      "or 70 pig carcasses on the optional multi-hook trolley set.")
    H("Chill cycle")
    P("Two-stage airflow: air velocity 2.5 m/s at -1 C for the first 4 hours, then 0.5 m/s at 0 to 2 C until the end of cycle. "
      "Relative humidity is held at 90-95% RH during the chill cycle. Typical cycle time is 18 to 24 hours for beef sides, "
      "12 hours for lamb carcasses and 16 hours for pig carcasses, with deep-leg temperature reaching 7 C or below.")
    P("Evaporative weight loss (shrink) over a beef cycle is 1.2% or less with the KCC-SPR-2 spray-chill system fitted, against "
      "about 2.0% without spray chilling. Spray chilling applies 90-second water mist bursts every 15 minutes for the first "
      "8 hours; water use is about 0.9 litres per side per cycle.")
    H("Refrigerant variants")
    t = Table([
        ["", "R290 variant", "R744 variant"],
        ["Refrigerant", "R290 (propane), chiller + glycol loop", "R744 (CO2) transcritical, direct"],
        ["Refrigerant charge per room", "4.8 kg", "22 kg"],
        ["Rated cooling capacity", "96 kW", "104 kW"],
        ["Electrical input at peak pull-down", "41 kW", "38 kW"],
        ["Seasonal energy use", "38 kWh per tonne chilled", "35 kWh per tonne chilled"],
        ["Heat recovery", "not available", "up to 60 kW hot water at 65 C"],
    ], colWidths=[150, 160, 160])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    el.append(t)
    H("Construction")
    P("Internal dimensions 12.0 m x 6.2 m x 4.6 m (L x W x H). Panels 150 mm PIR, food-safe white coated steel both sides, "
      "coved stainless kerbs 300 mm high. Rail height 3.4 m above finished floor for beef sides. One 2.0 m x 3.6 m insulated "
      "sliding door with heated frame and rail gate. Lighting 300 lux, IP69K, shatter-proof. Noise 62 dB(A) at 3 m from the "
      "evaporators at high fan speed.")
    H("Controls")
    P("The KCC-CTRL-PRO controller records air temperature, humidity and up to 6 deep-muscle probe temperatures every minute, "
      "keeps 3 years of records on board and exports CSV or PDF chill reports per batch. Alarms by SMS and e-mail. The "
      "KCC-CTRL-LITE model has air temperature and 2 probes only and no batch reports.")
    el.append(Paragraph("Specifications may change without notice; the order confirmation is binding.", ss["Italic"]))
    doc.build(el)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Price List 2025"
    ws.append(["Kaltrow Refrigeration - Price List 2025 (GBP, excl. VAT, valid 1 March 2025 to 28 February 2026)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["SKU", "Description", "Unit", "List price (GBP)", "Notes"])
    rows = [
        ["KCC-HT-40", "Hot-carcass chill room package, 40 beef sides", "room", 86400, "R290 or R744 variant, same price"],
        ["KCC-HT-24", "Hot-carcass chill room package, 24 beef sides", "room", 61900, "R290 only"],
        ["KCC-EVP-08", "Ceiling evaporator 8 kW, high humidity", "each", 5980, ""],
        ["KCC-EVP-12", "Ceiling evaporator 12 kW, high humidity", "each", 7850, ""],
        ["KCC-EVP-16", "Ceiling evaporator 16 kW, high humidity", "each", 9720, ""],
        ["KCC-RAIL-M", "Overhead tubular rail, galvanised, with hook rollers", "metre", 210, ""],
        ["KCC-RAIL-SS", "Overhead tubular rail, stainless 316", "metre", 340, ""],
        ["KCC-SPR-2", "Spray-chill system per room, 2 manifolds", "room", 11200, "needs 3-5 bar potable water"],
        ["KCC-CTRL-PRO", "Chill controller, 6 deep-muscle probes, batch reports", "room", 6450, ""],
        ["KCC-CTRL-LITE", "Chill controller, 2 probes", "room", 3290, ""],
        ["KCC-INST-ST", "Installation and commissioning, standard", "room", 14900, "mainland UK; islands +18%"],
        ["KCC-TRN-1", "Operator training day (up to 8 people)", "day", 1250, ""],
        ["KCC-SVC-SILVER", "Silver service plan", "room/year", 2140, ""],
        ["KCC-SVC-GOLD", "Gold service plan", "room/year", 3180, "3-year minimum term"],
    ]
    for r in rows:
        ws.append(r)
    ws2 = wb.create_sheet("Evaporator Specs")
    ws2.append(["Ceiling evaporator technical data (at -1 C air, 8 K TD)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Model", "Capacity (kW)", "Airflow (m3/h)", "Fans", "Throw (m)", "Defrost", "Weight (kg)"])
    for r in [["KCC-EVP-08", 8.1, "6,400", "2 x 500 mm", 18, "off-cycle air", 148],
              ["KCC-EVP-12", 12.3, "9,800", "3 x 500 mm", 22, "off-cycle air", 196],
              ["KCC-EVP-16", 16.2, "13,100", "4 x 500 mm", 24, "electric", 251]]:
        ws2.append(r)
    ws2.append(["Fin spacing 7 mm on all models; epoxy-coated aluminium fins; stainless 304 casing; drip tray heated on EVP-16 only."])
    ws3 = wb.create_sheet("Spare Parts")
    ws3.append(["Spare parts price list 2025 (GBP, excl. VAT)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append(["Part no.", "Description", "Price (GBP)", "Stock"])
    for r in [["KCC-SP-GSK", "Sliding door gasket set, 2.0 x 3.6 m door", 420, "ex stock"],
              ["KCC-SP-PRB-DM", "Deep-muscle probe, 150 mm stainless spike, 5 m cable", 186, "ex stock"],
              ["KCC-SP-PRB-SF", "Surface temperature probe, 3 m cable", 94, "ex stock"],
              ["KCC-SP-PRB-AIR", "Air temperature probe, duct mounted", 71, "ex stock"],
              ["KCC-SP-NOZ", "Spray nozzle, 0.8 mm, pack of 10", 138, "ex stock"],
              ["KCC-SP-FAN500", "Evaporator fan motor 500 mm EC", 612, "5 working days"]]:
        ws3.append(r)
    wb.save(K / "kaltrow-price-and-spec-2025.xlsx")


# ---------------------------------------------------------------- MD
MD = """# Kaltrow service plans: what is covered and how to get help

*Knowledge base article SVC-104, updated April 2025*

Kaltrow offers two service plans for carcass chill rooms. Both are priced per room per year and start on the
commissioning date.

## Gold plan (KCC-SVC-GOLD)

- **Response:** engineer on site within 4 hours, 24/7 including weekends and public holidays, for breakdowns that
  stop a room from holding temperature.
- **Maintenance:** four planned preventive maintenance (PPM) visits per year, scheduled outside kill days on request.
- **Parts and labour:** all parts and labour for breakdown repairs included, except wear parts (door gaskets, spray
  nozzles, probe cables) and damage excluded by the warranty terms.
- **Refrigerant:** refrigerant top-ups up to 5 kg per room per year included; F-gas leak checks at every PPM visit
  for R744 and R290 systems.
- **Calibration:** annual calibration of all deep-muscle probes with a UKAS-traceable certificate.
- **Term:** 3-year minimum term.

## Silver plan (KCC-SVC-SILVER)

- **Response:** engineer on site by the next business day (calls logged before 14:00).
- **Maintenance:** two PPM visits per year.
- **Parts:** labour included, parts charged at list price less 10%.
- **Refrigerant:** charged at cost; leak checks at each PPM visit.
- **Term:** 12 months, renewing annually.

## Work outside a plan

Call-outs without a plan, or for items not covered, are charged at £185 per engineer hour (minimum 2 hours), plus
£1.10 per mile travel from the nearest Kaltrow depot (Perth, Leeds or Bristol). Out-of-hours call-outs (after 18:00,
weekends) are charged at 1.5x the hourly rate.

## Cancellation

After the first year, either party may cancel a plan with 90 days' notice in writing. Prepaid months after the
notice period ends are refunded pro rata. For the Gold plan, cancelling before the end of the 3-year minimum term
makes the remaining plan years payable.

## Logging a fault

Call the 24-hour line 0345 210 4477 or log it in the Kaltrow service portal. Have the room serial number (on the
controller's nameplate) and the active alarm code ready. The controller's remote access lets our engineers read
alarm history before they travel.
"""


def make_md():
    (K / "service-plans-kb.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    make_docx(); make_pdf(); make_xlsx(); make_md()
    print("written:", sorted(p.name for p in K.iterdir()))
