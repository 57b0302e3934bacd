"""Generate the four knowledge sources for the candelora-floodlight-retrofits scenario.
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py  (reportlab must be importable)."""
import os
from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table

K = os.path.join(os.path.dirname(os.path.abspath(__file__)), "knowledge")
os.makedirs(K, exist_ok=True)

# ---------------- DOCX: delivery, installation and warranty terms ----------------
d = Document()
d.add_heading("Candelora Sports Lighting Ltd - Retrofit Delivery, Installation and Warranty Terms (rev. 2025-03)", 0)
d.add_paragraph("These terms apply to every stadium floodlight retrofit supplied by Candelora Sports Lighting Ltd "
                "(\"Candelora\") unless the signed quote states otherwise. Where the quote and these terms conflict, the quote prevails.")
d.add_heading("1. Programme and lead times", 1)
d.add_paragraph("Standard lead time for CSL-FL1500 and CSL-FL1000 floodlights is 10 weeks from receipt of the deposit. "
                "Headframe adaptor kits are fabricated to the mast survey and take 14 weeks. Control systems ship in 6 weeks. "
                "Installation is scheduled in the club's closed season; a typical four-mast stadium is completed in 15 working days "
                "(3 days per mast plus 3 days for aiming, commissioning and the photometric survey).")
d.add_paragraph("Mast-top work stops when the mean wind speed at the headframe exceeds 17 m/s (38 mph) or when lightning is "
                "detected within 10 km. Weather days are added to the programme at no cost to either party. Candelora does not "
                "work at height on matchdays or within 24 hours before a fixture.")
d.add_heading("2. Payment milestones", 1)
d.add_paragraph("Invoices are issued in three milestones: 30% deposit on order, 50% on delivery of the floodlights to site, "
                "and 20% on commissioning (signed-off photometric survey). Payment terms are 30 days from invoice. "
                "Maintenance plans (CandeloraCare) are invoiced annually in advance on each anniversary of commissioning.")
d.add_heading("3. Removal and disposal of existing equipment", 1)
d.add_paragraph("Existing metal-halide floodlights, ballasts and control gear are removed by Candelora and recycled through a "
                "licensed WEEE compliance scheme; a waste transfer note is issued for every load. Lamps containing mercury are "
                "packed in sealed drums on the day of removal. Asbestos, if found in mast cabinets, is not covered: work stops "
                "and the client arranges a licensed contractor.")
d.add_heading("4. Warranty", 1)
t = d.add_table(rows=1, cols=3)
t.rows[0].cells[0].text, t.rows[0].cells[1].text, t.rows[0].cells[2].text = "Component", "Warranty period", "Condition"
for r in [("LED modules and optics", "10 years", "L90 maintained above 50,000 hours"),
          ("Drivers (power supplies)", "5 years", "installed in the supplied IP65 driver enclosures"),
          ("Control system CSL-DMX-CTRL", "3 years", "firmware updates included"),
          ("Headframe adaptor kits", "10 years", "against corrosion, hot-dip galvanised to ISO 1461"),
          ("Installation workmanship", "2 years", "from the commissioning date")]:
    c = t.add_row().cells
    c[0].text, c[1].text, c[2].text = r
d.add_paragraph("Warranty excludes damage by lightning strike, vandalism, ball impact on fittings mounted below 12 m, "
                "voltage surges above 10 kV, and any structural defect of the mast itself. Warranty claims are handled by "
                "replacement of the failed part; labour for warranty replacements is free in years 1-5 and charged at the "
                "day rate (GBP 1,450 per crew day including the mobile elevating work platform) in years 6-10 unless a "
                "CandeloraCare plan is in force.")
d.add_heading("5. Acceptance", 1)
d.add_paragraph("Acceptance is the signed photometric survey showing the agreed illuminance class. If the survey fails, "
                "Candelora re-aims and re-surveys at its own cost within 10 working days. Fittings are aimed with the "
                "supplied laser aiming tool and each aiming angle is recorded in the as-built aiming schedule handed over at commissioning.")
d.save(os.path.join(K, "candelora-delivery-warranty-terms.docx"))

# ---------------- PDF: product datasheet ----------------
ss = getSampleStyleSheet()
doc = SimpleDocTemplate(os.path.join(K, "candelora-fl-series-datasheet.pdf"), pagesize=A4)
el = [Paragraph("Candelora FL Series LED Stadium Floodlights - Technical Datasheet", ss["Title"]),
      Paragraph("Models CSL-FL1500 (1500 W) and CSL-FL1000 (1000 W). Designed for one-for-one replacement of 2000 W "
                "metal-halide floodlights on existing masts and roof gantries.", ss["Normal"]), Spacer(1, 10)]
rows = [["Parameter", "CSL-FL1500", "CSL-FL1000"],
        ["System power", "1500 W", "1000 W"],
        ["Luminous flux", "195,000 lm", "128,000 lm"],
        ["Efficacy", "130 lm/W", "128 lm/W"],
        ["Standard beam (NB / MB)", "15 degrees narrow beam", "30 degrees medium beam"],
        ["Weight (luminaire)", "28.5 kg", "17.9 kg"],
        ["Windage area", "0.21 m2", "0.14 m2"],
        ["Spare driver SKU", "CSL-DRV-1500", "CSL-DRV-1000"]]
el.append(Table(rows))
el.append(Spacer(1, 10))
for p in [
    "Common to both models: colour temperature 5700 K, colour rendering Ra 90, TLCI 92, ingress protection IP66, "
    "impact resistance IK08, operating temperature -30 to +50 C, input 220-480 V AC 50/60 Hz, power factor above 0.95.",
    "Broadcast: flicker below 0.3% at 1000 fps, suitable for super slow-motion replays. Instant restrike: full output "
    "in under 1 second after a supply interruption, compared with 15 minutes for hot metal-halide lamps.",
    "Drivers are mounted remotely in IP65 enclosures up to 150 m cable run from the luminaire, so that mast-top weight "
    "and heat are reduced. Each driver has DALI-2 and DMX512 inputs; with the CSL-DMX-CTRL controller the fittings "
    "dim from 100% to 1% and support light shows with changes in 20 ms.",
    "Lumen maintenance: L90B10 at 50,000 hours (TM-21, Ta 25 C). Surge protection 10 kV / 10 kA built in.",
    "Optics: asymmetric and symmetric lenses in 15, 30 and 60 degrees; an optional half-visor glare shield reduces "
    "upward light to below 1% ULOR. Housing: die-cast aluminium, marine-grade powder coat, stainless steel fixings.",
    "Certifications: CE, UKCA, ENEC, tested to EN 60598-2-5. Photometric files (LDT/IES) available on request."]:
    el.append(Paragraph(p, ss["Normal"]))
    el.append(Spacer(1, 6))
doc.build(el)

# ---------------- XLSX: price list, optics and service plans ----------------
wb = Workbook()
ws = wb.active
ws.title = "Price list 2025"
ws.append(["Candelora Sports Lighting - Price list 2025 (GBP, excl. VAT)"])
ws["A1"].font = Font(bold=True)
ws.append(["SKU", "Description", "List price", "Unit", "Lead time (weeks)"])
for r in [["CSL-FL1500-NB", "LED floodlight 1500 W, 15 degree narrow beam", 2850.00, "each", 10],
          ["CSL-FL1000-MB", "LED floodlight 1000 W, 30 degree medium beam", 2140.00, "each", 10],
          ["CSL-DRV-1500", "Spare driver for CSL-FL1500", 410.00, "each", 3],
          ["CSL-DRV-1000", "Spare driver for CSL-FL1000", 325.00, "each", 3],
          ["CSL-GS-1500", "Half-visor glare shield for CSL-FL1500", 145.00, "each", 4],
          ["CSL-GS-1000", "Half-visor glare shield for CSL-FL1000", 118.00, "each", 4],
          ["CSL-DMX-CTRL", "DMX/Art-Net show controller with 4 gantry nodes", 18500.00, "system", 6],
          ["CSL-FLK-HEADFRAME", "Headframe adaptor kit, per mast", 3200.00, "mast", 14],
          ["CSL-INST-MAST", "Installation and commissioning, per mast", 14750.00, "mast", 0],
          ["CSL-CERT-PHOT", "Photometric survey and certification report", 6900.00, "survey", 0],
          ["CSL-WEEE-DISP", "Removal and WEEE disposal of old fitting", 36.50, "fitting", 0]]:
    ws.append(r)
ws.append(["Volume discount: 8% from 50 floodlights, 12% from 100 floodlights on one order. Prices valid to 31 December 2025."])
ws2 = wb.create_sheet("Service plans")
ws2.append(["CandeloraCare maintenance plans (price per stadium per year, GBP)"])
ws2["A1"].font = Font(bold=True)
ws2.append(["Plan", "Price per year", "Inspection visits per year", "Emergency response", "Matchday standby", "Spare parts"])
ws2.append(["CandeloraCare Basic", 5200.00, 1, "next working day", "not included", "charged at list price"])
ws2.append(["CandeloraCare Plus", 9600.00, 2, "4 hours", "up to 6 televised fixtures per year", "drivers and modules included"])
ws2.append(["Plans run for 5 years; a plan may be cancelled on 90 days notice after year 2."])
ws3 = wb.create_sheet("Finance")
ws3.append(["Candelora Lease options (subject to credit approval)"])
ws3["A1"].font = Font(bold=True)
ws3.append(["Term", "Rate from (APR)", "Minimum financed amount"])
ws3.append(["36 months", "5.9%", 50000])
ws3.append(["60 months", "6.9%", 50000])
wb.save(os.path.join(K, "candelora-price-list-2025.xlsx"))

# ---------------- Markdown KB article ----------------
open(os.path.join(K, "matchday-support-and-broadcast-faq.md"), "w").write("""# Matchday support and broadcast compliance - FAQ

**Who is on site on a matchday?** Under CandeloraCare Plus, a standby engineer is on site from 3 hours before kick-off
until 30 minutes after the final whistle for up to 6 televised fixtures per year. Additional standby fixtures are
charged at GBP 690 each. CandeloraCare Basic does not include matchday standby.

**How quickly do you respond to a failure?** CandeloraCare Plus: an engineer on site within 4 hours, 24/7. CandeloraCare
Basic: next working day. Without a plan, response is best effort and charged at the day rate.

**What light levels do broadcasters require?** For UEFA Elite Level A the target is a vertical illuminance towards the
main camera of 2000 lux, with a horizontal illuminance of at least 2500 lux and uniformity U2 of at least 0.7. The
retrofit design in each quote is calculated to the class named in the quote; the certification report
(CSL-CERT-PHOT) includes a 96-point grid survey.

**How many fittings can fail before the level drops out of class?** Designs include a maintenance factor of 0.9, which
normally keeps the pitch in class with up to 2 fittings out on any one mast. Failed fittings should be reported
through the portal the same day.

**Spill light and neighbours.** The aiming design limits light at the nearest residential window to 10 lux before the
curfew of 23:00 and 2 lux after it (Environmental Zone E3). Half-visor glare shields can be added where the
planning authority requires it.

**Re-certification.** Leagues ask for a re-survey every 2 years; a CandeloraCare Plus plan includes one re-survey in
year 2 and one in year 4.

**Light shows.** The CSL-DMX-CTRL controller stores up to 64 scenes, including pre-programmed goal and walk-out shows.
Strobe effects are capped at 3 flashes per second to stay within photosensitive-epilepsy guidance.
""")

# ---------------- HTML page served as a URL ----------------
open(os.path.join(K, "energy-savings-and-funding.html"), "w").write("""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Candelora - Energy savings and funding for floodlight retrofits</title></head>
<body>
<h1>Energy savings and funding for floodlight retrofits</h1>
<p>Replacing 2000 W metal-halide floodlights with the Candelora FL series cuts floodlight energy use by about a third at full output
and at the same or better illuminance. Dimming to 40% for training sessions and switching off instantly between uses
(no warm-up, no cool-down) brings the typical saving to 62%; clubs training under lights three evenings a week
usually see the largest savings.</p>
<h2>Worked example</h2>
<p>120 metal-halide fittings at 2.1 kW (including ballast losses) running 400 hours a year use 100,800 kWh. The same
pitch with 96 x 1500 W and 24 x 1000 W LED fittings uses 67,200 kWh at full output and about 38,300 kWh with
training dimming. At GBP 0.28 per kWh this saves roughly GBP 17,500 a year.</p>
<h2>Grants</h2>
<p>The Green Sport Fund grants up to 50,000 GBP per stadium for lighting retrofits that cut energy use by at least 50%.
Applications must be submitted before the order is placed; Candelora provides the energy calculation and the
datasheets for the application free of charge. Grants are decided by the fund, not by Candelora.</p>
<h2>Candelora Lease</h2>
<p>Spread the cost over 36 months (rates from 5.9% APR) or 60 months (rates from 6.9% APR), for financed amounts of
GBP 50,000 or more, subject to credit approval. Maintenance plans can be included in the lease.</p>
</body></html>
""")
print("ok")
