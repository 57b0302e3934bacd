"""Generate the four knowledge sources of the stagewell-event-rental scenario.
Run: PYTHONPATH=/tmp/rl_scratch /work/main/.venv/bin/python make_sources.py"""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)

# ---------------------------------------------------------------- DOCX: hire terms
d = Document()
d.styles["Normal"].font.size = Pt(10)
d.add_heading("Stagewell Event Productions Ltd - Hire Terms and Conditions (v2026.1)", 0)
d.add_paragraph("These terms apply to every hire of staging, lighting, sound, video equipment, crew and transport "
                "by Stagewell Event Productions Ltd (\"Stagewell\") unless varied in writing by a director of Stagewell. "
                "Registered office: Unit 4, Trafford Park Road, Manchester M17 1SN. Company no. 08811472.")
secs = [
 ("1. Hire period and event rate",
  ["The event rate shown on a quote covers a hire period of up to 3 consecutive days, counting the delivery (load-in) "
   "day and the collection (load-out) day. Each further day is charged at the additional-day rate in the current "
   "Stagewell Rental Price List.",
   "Equipment collected more than 6 hours after the agreed load-out time is charged one additional day."]),
 ("2. Deposit and payment",
  ["A deposit of 30% of the total hire charges (excluding VAT) is payable on order confirmation; the booking is not "
   "held until the deposit is received.",
   "The balance is payable no later than 14 days before load-in. Orders confirmed less than 14 days before load-in "
   "are payable in full on confirmation.",
   "All prices exclude VAT, charged at the prevailing rate (currently 20%). Late payments carry interest at 8% above "
   "the Bank of England base rate under the Late Payment of Commercial Debts (Interest) Act 1998."]),
 ("3. Cancellation",
  ["Cancellation must be notified in writing. Cancellation charges, as a percentage of the total hire charges, are:",
   "- more than 60 days before load-in: 10%;",
   "- 30 to 60 days before load-in: 50%;",
   "- 14 to 29 days before load-in: 75%;",
   "- fewer than 14 days before load-in: 100%.",
   "The deposit is offset against the cancellation charge. Transport already dispatched is charged in full."]),
 ("4. Changes to the order",
  ["The specification is frozen 10 working days before load-in. Additions after that date are subject to availability "
   "and charged at list price without discount. Reductions in quantity after the freeze are charged at 100% of the "
   "quoted price."]),
 ("5. Damage waiver and client responsibility for equipment",
  ["From delivery until collection the client is responsible for the equipment. Without damage waiver the client is "
   "liable for the full replacement value of lost or damaged equipment, as listed in the Rental Price List.",
   "The optional damage waiver costs 8% of the equipment hire charges (crew and transport lines excluded). With the "
   "waiver, the client's liability for accidental damage is limited to an excess of £250 per incident.",
   "The waiver does not cover: theft from unattended or unsecured areas; damage caused by liquids, pyrotechnics or "
   "confetti cannons; damage caused by the client's own contractors; equipment operated by persons not trained by "
   "Stagewell; or consumables (lamps, batteries, gaffer tape, haze fluid)."]),
 ("6. Venue, power and access",
  ["The client shall ensure that the venue provides the power stated in the Stagewell Technical & Power Guide, as a "
   "minimum one 63A three-phase CEE supply for sound and two 32A three-phase CEE supplies for lighting and video, "
   "within 25 m of the stage, together with vehicle access and a loading bay.",
   "Where access to the venue is delayed for reasons outside Stagewell's control, crew waiting time is charged at the "
   "overtime rates in the Rental Price List."]),
 ("7. Crew hours",
  ["A crew day is 10 hours including a 30-minute break. Hours beyond 10 are charged at the overtime rates in the "
   "Rental Price List; work between 22:00 and 06:00 and on Sundays or bank holidays is charged at 1.5 times the "
   "applicable rate."]),
 ("8. Liability",
  ["Stagewell's total liability arising from any hire is limited to 100% of the hire charges paid for that hire. "
   "Stagewell is not liable for indirect or consequential loss, including loss of profit, loss of reputation or the "
   "cost of rescheduling an event. Nothing limits liability for death or personal injury caused by negligence.",
   "Stagewell holds public liability insurance of £10 million and employer's liability insurance of £10 million."]),
 ("9. Force majeure and governing law",
  ["Neither party is liable for failure caused by events beyond its reasonable control, including venue closure "
   "ordered by a public authority. In that case the deposit is held as credit for 12 months. These terms are governed "
   "by the law of England and Wales."]),
]
for h, paras in secs:
    d.add_heading(h, level=2)
    for p in paras:
        d.add_paragraph(p)
d.save(os.path.join(K, "Stagewell_Hire_Terms_2026.docx"))

# ---------------------------------------------------------------- PDF: technical & power guide
ss = getSampleStyleSheet()
body = ss["BodyText"]; body.fontSize = 9; body.leading = 11.5
doc = SimpleDocTemplate(os.path.join(K, "Stagewell_Technical_Power_Guide.pdf"), pagesize=A4,
                        leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40)
st = [Paragraph("Stagewell Technical &amp; Power Guide - Corporate Event Packages (issue 7, January 2026)", ss["Title"])]
def P(t): st.append(Paragraph(t, body)); st.append(Spacer(1, 4))
def H(t): st.append(Paragraph(t, ss["Heading3"]))
def T(rows):
    t = Table(rows, repeatRows=1)
    t.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 8), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    st.append(t); st.append(Spacer(1, 6))
H("1. Staging - Litedeck 8x4")
P("Each Litedeck measures 2.44 m x 1.22 m (8 ft x 4 ft) and is rated for a distributed load of 7.5 kN/m2 "
  "(approx. 750 kg per square metre). Leg sets are available at 0.4 m, 0.6 m, 0.8 m and 1.0 m. A standard corporate "
  "stage of 24 decks is built 6 decks wide by 4 deep, giving 14.6 m x 4.9 m. Stages higher than 0.6 m require "
  "handrails on every open edge except the audience front; treads and rear handrails are included with every stage "
  "of 6 or more decks. Black wool-serge skirting is charged separately.")
H("2. Lighting")
T([["Fixture", "Source", "Max power", "Weight", "Notes"],
   ["Lumora MS-350 moving-head spot", "350 W LED engine", "480 W", "21.4 kg", "zoom 6-45 deg, CMY, 2 gobo wheels"],
   ["Lumora MW-400 moving-head wash", "19 x 40 W RGBW", "760 W", "18.9 kg", "zoom 8-60 deg"],
   ["Brightline Par 18 LED wash", "18 x 10 W RGBW", "180 W", "4.2 kg", "25 deg beam, IP20 indoor only"],
   ["Brightline Batten 1 m", "12 x 8 W RGBW", "110 W", "3.6 kg", "floor or truss mount"]])
P("Fixtures flown on truss require venue rigging points. Stagewell's rigger needs the venue's structural load data "
  "at least 21 days before load-in; each flown point must be rated at 500 kg or more. Where the venue cannot provide "
  "points, ground-supported truss towers are used, which need 2 m x 2 m of floor per tower.")
H("3. Sound - Aurex LA-10 line-array package")
P("The SND-LA-SYS package comprises 8 Aurex LA-10 tops (2 x 10 inch + 3 inch compression driver, 110 degree "
  "horizontal dispersion), 4 Aurex AX-218 subwoofers (2 x 18 inch), amplifier racks, flying frames and a Mixa D32 "
  "32-channel digital console with stage box. Maximum SPL is 136 dB; the system covers audiences of up to 1,200 "
  "seated guests. The console is operated by a Stagewell engineer; client operators are not permitted.")
H("4. Wireless microphones")
P("Vocalink UR-H handheld and UR-B headset systems operate in UK Channel 38 (606-614 MHz) under Stagewell's shared "
  "Ofcom licence; up to 16 channels can run at once in one room. Each transmitter runs for 8 hours on 2 AA batteries; "
  "fresh batteries are fitted each show day and included in the price.")
H("5. Video - LED wall")
T([["Panel", "Pixel pitch", "Size", "Pixels per panel", "Brightness", "Weight", "Min viewing distance"],
   ["VID-LED-P39", "3.9 mm", "500 x 500 mm", "128 x 128", "4,500 nits", "7.8 kg", "4 m"],
   ["VID-LED-P26", "2.6 mm", "500 x 500 mm", "192 x 192", "1,200 nits", "8.1 kg", "2.5 m"]])
P("A wall of 48 P3.9 panels is built 8 panels wide by 6 high: 4 m wide by 3 m high, native resolution 1024 x 768 "
  "pixels (4:3). The wall is ground-stacked on a steel base unless flying points are approved. A video processor "
  "(VID-PROC-4K) is required for every wall and is not included in the panel price.")
H("6. Power requirements")
T([["Department", "Supply required", "Typical draw"],
   ["Sound (LA-10 package)", "1 x 63A three-phase CEE", "28 kW peak"],
   ["Lighting (up to 16 spots + 32 pars)", "1 x 32A three-phase CEE", "13.5 kW"],
   ["Video (up to 60 P3.9 panels)", "1 x 32A three-phase CEE", "10.8 kW peak, 3.6 kW average"]])
P("Supplies must be within 25 m of the stage. Where the venue cannot provide them, a 100 kVA silenced generator "
  "can be hired (see price list); generator fuel is charged at cost.")
doc.build(st)

# ---------------------------------------------------------------- XLSX: price list
wb = Workbook()
ws = wb.active; ws.title = "Equipment rates"
ws.append(["Stagewell Rental Price List 2026 - equipment (GBP, excl. VAT)"]); ws["A1"].font = Font(bold=True, size=13)
ws.append(["SKU", "Description", "Event rate (1-3 days)", "Additional day", "Replacement value"])
for c in ws[2]: c.font = Font(bold=True)
rows = [
 ("STG-DECK-8x4", "Litedeck staging deck 8ft x 4ft incl. legs", 38.00, 12.00, 1450.00),
 ("STG-SKIRT-2M", "Black wool-serge stage skirt, per 2 m", 9.00, 3.00, 85.00),
 ("LX-MOV-SPOT", "Lumora MS-350 moving-head spot", 95.00, 30.00, 6800.00),
 ("LX-MOV-WASH", "Lumora MW-400 moving-head wash", 88.00, 28.00, 5900.00),
 ("LX-LED-WASH", "Brightline Par 18 LED wash", 22.00, 7.00, 420.00),
 ("LX-LED-BATTEN", "Brightline Batten 1 m", 26.00, 8.00, 510.00),
 ("LX-HAZE-HZ", "Hazer with DMX control (fluid extra)", 60.00, 20.00, 1100.00),
 ("SND-LA-SYS", "Aurex LA-10 line-array package (8 tops + 4 subs + D32 console)", 2850.00, 900.00, 96000.00),
 ("SND-WMIC-HH", "Vocalink UR-H wireless handheld mic channel", 45.00, 15.00, 980.00),
 ("SND-WMIC-HS", "Vocalink UR-B wireless headset mic channel", 52.00, 17.00, 1150.00),
 ("VID-LED-P39", "LED wall panel P3.9 500 x 500 mm", 32.00, 10.00, 1250.00),
 ("VID-LED-P26", "LED wall panel P2.6 500 x 500 mm", 44.00, 14.00, 1750.00),
 ("VID-PROC-4K", "Video processor 4K, per wall", 180.00, 60.00, 7400.00),
 ("PWR-GEN-100", "100 kVA silenced generator (fuel at cost)", 640.00, 210.00, 42000.00),
]
for r in rows: ws.append(list(r))
ws.append([]); ws.append(["Volume discounts are not automatic; they are set per quote by the account manager."])
for col, w in zip("ABCDE", (16, 62, 20, 16, 18)): ws.column_dimensions[col].width = w
ws2 = wb.create_sheet("Crew & logistics")
ws2.append(["Stagewell Rental Price List 2026 - crew and transport (GBP, excl. VAT)"]); ws2["A1"].font = Font(bold=True, size=13)
ws2.append(["SKU", "Role / service", "Day rate (10 h)", "Overtime per hour", "Notes"])
for c in ws2[2]: c.font = Font(bold=True)
for r in [
 ("CREW-TECH-DAY", "Technician (lighting, sound or video)", 340.00, 48.00, "night 22:00-06:00 and Sundays x1.5"),
 ("CREW-SENIOR-DAY", "Senior engineer / show caller", 460.00, 62.00, "required for shows over 500 guests"),
 ("CREW-RIG-DAY", "Rigger (NRC certified)", 395.00, 55.00, "minimum 2 riggers for flown points"),
 ("CREW-HAND-DAY", "Stagehand", 240.00, 32.00, "minimum call 5 hours"),
]: ws2.append(list(r))
ws2.append([])
ws2.append(["SKU", "Transport", "Return trip (within 50 miles)", "Per extra mile", "Notes"])
for c in ws2[ws2.max_row]: c.font = Font(bold=True)
for r in [
 ("LOG-TRUCK-75", "7.5t truck with tail-lift and driver", 480.00, 2.10, "2 hours waiting free, then 45.00 per hour"),
 ("LOG-TRUCK-18", "18t truck with tail-lift and driver", 720.00, 2.90, "2 hours waiting free, then 45.00 per hour"),
]: ws2.append(list(r))
for col, w in zip("ABCDE", (18, 40, 26, 18, 42)): ws2.column_dimensions[col].width = w
wb.save(os.path.join(K, "Stagewell_Price_List_2026.xlsx"))

# ---------------------------------------------------------------- Markdown KB article
md = """# Show-day support, site surveys and deadlines - FAQ

*Stagewell knowledge base - last reviewed January 2026*

## Do you visit the venue before the event?
Yes. A site survey by a Stagewell project manager is free for orders above £8,000 net (excluding VAT) at venues
within 60 miles of our Manchester or Birmingham depots. Smaller orders or venues further away are charged £295 per
visit. The survey report (power, access, rigging, load route) is sent within 5 working days of the visit.

## What paperwork do we receive?
Risk assessments and method statements (RAMS), electrical test (PAT) certificates and the crew list are sent 7 days
before load-in. Insurance certificates are available at any time on request.

## What are the deadlines before the event?
- Venue structural load data for flown points: 21 days before load-in.
- Specification freeze: 10 working days before load-in (see Hire Terms, section 4).
- Video content: 48 hours before the first show day.
- Running order and mic plot: 3 working days before the first show day.

## What format should video content be in?
Supply MP4 files encoded as H.264 at the native resolution of the wall (for a 48-panel P3.9 wall, 1024 x 768), or
PowerPoint/Keynote files in 4:3. Content arriving after the 48-hour deadline is played on a best-effort basis.

## What happens if equipment fails during the show?
Our on-site technicians carry spares: 10% spare fixtures (rounded up) for every fixture type of 10 units or more,
plus a spare wireless channel for every 4 booked. If no spare is on site, replacement equipment is delivered within
3 hours to venues within 60 miles of the Manchester or Birmingham depots.

## Is a rehearsal included?
One technical rehearsal of up to 2 hours is included when crew is booked on the show day. Additional rehearsal time
is charged per technician at the overtime rate.

## Sustainability
All our trucks run on HVO renewable diesel. A carbon report for your event (transport and power) is provided free of
charge on request after the event. LED fixtures make up over 90% of our lighting stock.

## How can we pay?
By BACS transfer. Card payments are accepted for balances up to £5,000 with a 1.5% surcharge.
"""
open(os.path.join(K, "show-day-support-faq.md"), "w").write(md)
print("sources written")
