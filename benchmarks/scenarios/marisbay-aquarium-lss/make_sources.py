"""Generate the knowledge sources of the marisbay-aquarium-lss scenario.
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py  (reportlab from a scratch folder)."""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)

# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Marisbay Aquatic Systems - Service Plans and Warranty Terms (edition 2025-03)", 0)
    d.add_paragraph("These terms apply to life-support equipment (LSS) supplied by Marisbay Aquatic Systems AS "
                    "for public aquariums, unless the signed quote states otherwise. Service hubs: Bergen (Norway) "
                    "and Bremerhaven (Germany).")
    d.add_heading("1. Equipment warranty", 1)
    d.add_paragraph("1.1 Standard warranty: 24 months from the date of the commissioning certificate, or 27 months "
                    "from delivery, whichever ends first. The warranty covers parts and labour for defects in "
                    "material and workmanship on drum filters, protein skimmers, ozone generators, UV-C "
                    "clarifiers, chillers and Marisbay control panels.")
    d.add_paragraph("1.2 Titanium heat exchangers of CH-series chillers carry a corrosion-perforation warranty of "
                    "10 years, provided salinity stays at or below 40 ppt, free chlorine stays below 0.05 mg/L and "
                    "the unit is not exposed to residual ozone above 0.02 mg/L at the chiller inlet.")
    d.add_paragraph("1.3 Ozone generator dielectric cells are warranted for 12 months or 8,000 operating hours, "
                    "whichever comes first. Cells run without the supplied oxygen concentrator or air dryer are "
                    "excluded.")
    d.add_paragraph("1.4 UV-C lamps, quartz sleeves, drum-filter screen panels, activated carbon, ORP probes and "
                    "gaskets are consumables and are not covered by the warranty.")
    d.add_heading("2. Exclusions", 1)
    for t in ["Damage caused by running a protein skimmer or drum filter dry, or by blocked overflow lines on the customer side.",
              "Damage caused by copper-based medication or by non-Marisbay screen panels fitted to a DF-series drum filter.",
              "Electrical damage from supply voltage outside +/-10% of the rated voltage.",
              "Equipment altered, relocated or re-commissioned by anyone other than Marisbay or a Marisbay-certified partner."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("3. Service plans", 1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["", "Bronze", "Silver", "Gold"]):
        c.text = h
    rows = [
        ["Price per site and year (up to 4 display systems)", "EUR 3,900", "EUR 6,200", "EUR 9,600"],
        ["Preventive maintenance visits per year", "1", "2", "4 (quarterly)"],
        ["Technical hotline", "Business days 08:00-17:00 CET", "Business days 07:00-20:00 CET", "24/7"],
        ["On-site response to a critical life-support alarm", "Next business day + 2", "48 hours", "8 hours within 150 km of a service hub, otherwise 24 hours"],
        ["Discount on spare parts", "none", "10%", "15%"],
        ["Annual ozone cell inspection and chiller F-gas leak check", "not included", "not included", "included"],
        ["Loan chiller if a CH unit cannot be repaired within 72 hours", "not included", "not included", "delivered within 48 hours"],
    ]
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    d.add_paragraph("")
    d.add_paragraph("3.1 Each additional display system beyond four on the same site: EUR 1,800 per year on any plan.")
    d.add_paragraph("3.2 Minimum term is 3 years. Either party may cancel with 90 days written notice before an "
                    "anniversary date. Plan fees are invoiced annually in advance and indexed each year to the "
                    "Norwegian consumer price index, capped at 3.5% per year.")
    d.add_paragraph("3.3 A critical life-support alarm means loss of circulation, loss of chilling with water "
                    "temperature rising more than 1.5 C above setpoint, or ORP above the 400 mV hard cut-off.")
    d.add_heading("4. Work outside a plan", 1)
    d.add_paragraph("Emergency call-out outside a service plan or outside plan scope: EUR 185 per hour per technician, "
                    "minimum 3 hours, plus travel at EUR 0.85 per km and EUR 95 per hour travelling time. "
                    "Weekend and Norwegian public holiday call-outs carry a 50% surcharge.")
    d.add_paragraph("Warranty claims must be reported in writing to service@marisbay.eu within 14 days of the defect "
                    "being discovered, with the unit serial number and the controller alarm log.")
    d.save(os.path.join(K, "service-and-warranty.docx"))

# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    H, B = ss["Heading2"], ss["BodyText"]
    doc = SimpleDocTemplate(os.path.join(K, "installation-commissioning-guide.pdf"), pagesize=A4,
                            title="Marisbay LSS Installation and Commissioning Guide")
    s = [Paragraph("Marisbay LSS - Installation and Commissioning Guide (rev. 7, 2025)", ss["Title"])]
    def p(x): s.append(Paragraph(x, B)); s.append(Spacer(1, 4))
    def h(x): s.append(Paragraph(x, H))
    h("1. Lead times")
    p("Drum filters, protein skimmers, ozone generators and UV-C clarifiers ship 14-16 weeks after order "
      "confirmation. CH-series chillers ship 18 weeks after order confirmation because the titanium heat "
      "exchangers are built to order. Marisbay confirms the delivery week in writing within 10 working days of the "
      "order.")
    h("2. Site prerequisites (customer responsibility)")
    p("Plant room floor rated for at least 1,500 kg/m2 under drum filters and skimmers; ambient temperature "
      "between 5 and 35 C; crane or forklift access for loads up to 1,900 kg; floor drainage of 25 L/s to take the "
      "drum-filter backwash peak. Drum-filter backwash consumes approximately 0.8% of the filtered flow.")
    p("Electrical: each CH-85 chiller needs a 400 V 3-phase 50 Hz supply with a dedicated 125 A breaker; a CH-60 "
      "needs a dedicated 80 A breaker. The OZ-120 ozone generator needs 230 V single-phase, 16 A. All LSS "
      "panels must be on the site emergency generator circuit.")
    p("Ozone room: mechanical ventilation of at least 6 air changes per hour, an ambient ozone monitor with alarm "
      "at 0.1 ppm interlocked to the generator, and a door sign per EN ISO 7010. Ozone piping is PVDF or 316L only.")
    h("3. Installation and commissioning sequence")
    t = Table([["Phase", "Typical duration", "Performed by"],
               ["Dry installation (placing, piping, wiring)", "10 working days", "Marisbay + customer's plumber"],
               ["Wet commissioning (salt-water fill, leak test, set points)", "5 working days", "Marisbay"],
               ["Acceptance test", "72-hour continuous run", "Marisbay with customer"],
               ["Biological maturation before animals", "6-8 weeks", "Customer (aquarist team)"]])
    s.append(t); s.append(Spacer(1, 6))
    p("A typical two-loop system takes 18 working days of technician time from start of dry installation to the "
      "commissioning certificate. Days lost because the site is not ready are charged at the quoted technician-day "
      "rate.")
    p("Acceptance: the 72-hour run passes when flow stays within 5% of design, the chillers hold setpoint within "
      "+/-0.5 C, ORP stays between 280 and 380 mV and no critical alarm occurs. Marisbay then issues the "
      "commissioning certificate, which starts the warranty.")
    h("4. Noise and heat")
    p("Sound pressure at 1 m: CH-85 68 dB(A), CH-60 65 dB(A), PS-1800 pump 62 dB(A). Each CH-85 rejects up to "
      "112 kW to the condenser water loop at full load.")
    h("5. Operator training")
    p("The operator course lasts 2 days on site, for up to 8 participants, and covers daily checks, drum-filter "
      "screen cleaning, skimmer adjustment, ORP probe calibration, alarm handling and safe ozone shutdown. "
      "A certificate is issued per participant.")
    doc.build(s)

# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Equipment"
    ws.append(["Marisbay Aquatic Systems - LSS equipment specification and list prices 2025 (EUR, excl. VAT)"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append(["SKU", "Product", "Key specification", "Max flow (m3/h)", "Power (kW)", "Dry weight (kg)", "List price EUR"])
    for r in [
        ["MB-DF-2000", "Drum filter DF-2000", "60 um screen, 316L frame", 200, 0.55, 420, 13900],
        ["MB-DF-3000", "Drum filter DF-3000", "60 um screen, 316L frame, auto backwash", 300, 0.75, 610, 18400],
        ["MB-PS-1200", "Protein skimmer PS-1200", "PE-HD body, venturi injection, ozone-ready", 120, 1.5, 380, 17600],
        ["MB-PS-1800", "Protein skimmer PS-1800", "PE-HD body, venturi injection, ozone-ready", 180, 2.2, 540, 24750],
        ["MB-OZ-60", "Ozone generator OZ-60", "60 g/h at 10% w/w from oxygen, ORP controller", "n/a", 0.9, 95, 19800],
        ["MB-OZ-120", "Ozone generator OZ-120", "120 g/h at 10% w/w from oxygen, ORP controller", "n/a", 1.7, 140, 31200],
        ["MB-UV-400", "UV-C clarifier 400 W", "amalgam lamp, 316L chamber", 60, 0.4, 28, 4380],
        ["MB-CH-60", "Titanium chiller CH-60", "60 kW cooling, R-513A", "n/a", 19.5, 1350, 21400],
        ["MB-CH-85", "Titanium chiller CH-85", "85 kW cooling, R-513A", "n/a", 27.0, 1850, 27900],
    ]:
        ws.append(r)
    for c, w in zip("ABCDEFG", [14, 26, 46, 16, 12, 16, 16]):
        ws.column_dimensions[c].width = w
    ws2 = wb.create_sheet("Spares & consumables")
    ws2.append(["Spare parts and consumables - 2025 list prices (EUR, excl. VAT)"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append(["SKU", "Item", "Fits", "Recommended replacement", "Unit", "List price EUR"])
    for r in [
        ["MB-DF-SCR60", "Screen panel 60 um", "DF-2000, DF-3000", "every 24 months", "panel", 640],
        ["MB-DF-NOZ", "Backwash nozzle set", "DF-2000, DF-3000", "every 36 months", "set", 310],
        ["MB-OZ-CELL120", "Dielectric cell", "OZ-120", "every 8,000 h", "cell", 2950],
        ["MB-OZ-CELL60", "Dielectric cell", "OZ-60", "every 8,000 h", "cell", 1980],
        ["MB-OZ-DRY", "Air dryer desiccant cartridge", "OZ-60, OZ-120", "every 6 months", "cartridge", 265],
        ["MB-ORP-PRB", "ORP probe, gel-filled", "all ORP controllers", "every 12 months", "probe", 185],
        ["MB-UV-L400", "UV-C amalgam lamp 400 W", "UV-400", "every 12,000 h", "lamp", 465],
        ["MB-UV-QS400", "Quartz sleeve", "UV-400", "every 36 months", "sleeve", 390],
        ["MB-CARB-25", "Activated carbon, 25 kg", "carbon reactors after ozone", "every 3 months", "bag", 210],
    ]:
        ws2.append(r)
    ws3 = wb.create_sheet("Options")
    ws3.append(["Options and accessories"])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.append(["SKU", "Option", "Notes", "List price EUR"])
    for r in [
        ["MB-CH-HR", "Heat-recovery kit for CH-series", "recovers condenser heat for building hot water", 6900],
        ["MB-OZ-MON", "Extra ambient ozone monitor", "alarm at 0.1 ppm, relay output", 1450],
        ["MB-RMT-GW", "Remote monitoring gateway", "4G + Ethernet, 2 years data included", 2300],
    ]:
        ws3.append(r)
    wb.save(os.path.join(K, "lss-price-and-spec-list-2025.xlsx"))

# ---------------------------------------------------------------- MD (kb_article)
MD = """# Ozone dosing and ORP control in display tanks - FAQ

*Marisbay knowledge base, article LSS-KB-112, updated April 2025*

**What ORP setpoint should we run?**
For marine fish and shark systems we recommend an ORP setpoint of 300-350 mV, measured after the protein skimmer
and carbon reactor. Coral and invertebrate systems usually run lower, at 280-320 mV. The Marisbay ORP controller has a
hard cut-off at 400 mV that stops ozone dosing regardless of the setpoint.

**How much residual ozone may reach the display?**
None should be measurable: residual ozone returning to the display must stay below 0.01 mg/L. Always run the skimmer
effluent through activated carbon before it returns to the display.

**When does the ozone generator shut off automatically?**
The OZ-series generators stop dosing when (a) the skimmer flow drops below 60% of nominal, (b) the ambient ozone monitor
reads 0.1 ppm or more, (c) ORP reaches the 400 mV hard cut-off, or (d) oxygen concentrator purity falls below 85%.
Dosing restarts automatically only for case (c); cases (a), (b) and (d) need a manual reset on the panel.

**How often do probes and sensors need calibrating?**
ORP probes: check and calibrate against a 225 mV reference solution every 4 weeks; replace probes every 12 months.
Ambient ozone monitors: calibration by Marisbay or an accredited lab every 6 months.

**How much ozone does a system need?**
As a rule of thumb, 10-15 g of ozone per hour for every 100 m3/h of skimmer flow in a heavily stocked shark or
fish system. One OZ-120 therefore serves two PS-1800 skimmers at full design flow.

**Can ozone damage the chillers?**
Yes. Residual ozone above 0.02 mg/L at a chiller inlet voids the titanium heat-exchanger warranty. Place chillers
downstream of carbon, never directly after a skimmer.
"""

# ---------------------------------------------------------------- HTML (url)
HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>CH-series titanium chillers - Marisbay</title></head>
<body><h1>CH-series titanium chillers for display tanks</h1>
<p>Marisbay CH chillers are water-cooled units with a full titanium shell-and-tube evaporator, designed for salt water up to
40 ppt. Both sizes use refrigerant R-513A (GWP 631) and carry an F-gas label; the refrigerant charge is factory-sealed.</p>
<table border="1"><tr><th></th><th>CH-60</th><th>CH-85</th></tr>
<tr><td>Cooling capacity (water 24 C, condenser water 30 C)</td><td>60 kW</td><td>85 kW</td></tr>
<tr><td>Nominal electrical input</td><td>19.5 kW</td><td>27.0 kW</td></tr>
<tr><td>COP at rating point</td><td>3.1</td><td>3.2</td></tr>
<tr><td>Aquarium water flow</td><td>40-70 m3/h</td><td>55-95 m3/h</td></tr>
<tr><td>Sound pressure at 1 m</td><td>65 dB(A)</td><td>68 dB(A)</td></tr>
<tr><td>Dimensions L x W x H</td><td>2,100 x 900 x 1,650 mm</td><td>2,450 x 950 x 1,750 mm</td></tr>
</table>
<h2>Control and integration</h2>
<p>Each chiller has a stepless scroll compressor with hot-gas bypass, holding water temperature within +/-0.3 C of setpoint.
Integration with the building management system over BACnet/IP or Modbus TCP is standard; a volt-free common alarm contact
is also provided. Alarms: high water temperature, low flow, high/low refrigerant pressure, and salinity-probe fault.</p>
<h2>Options</h2>
<p>Heat-recovery kit (MB-CH-HR) reuses condenser heat for building hot water. Units can run in duty/standby pairs with
automatic changeover every 168 hours to equalise running hours.</p>
</body></html>
"""

if __name__ == "__main__":
    make_docx(); make_pdf(); make_xlsx()
    open(os.path.join(K, "ozone-orp-faq.md"), "w").write(MD)
    open(os.path.join(K, "chiller-range.html"), "w").write(HTML)
    print("ok")
