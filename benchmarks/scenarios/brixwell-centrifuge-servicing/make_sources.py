"""Generate the four knowledge sources of the brixwell-centrifuge-servicing scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch folder.)
"""
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
    d.add_heading("Brixwell Centrifuge Services - Intercampaign Overhaul Service Description", 0)
    d.add_paragraph("Document SD-OVH-2025, revision 3, valid for orders placed from 1 January 2025. "
                    "Applies to quote lines BXW-OVH-B1750 (batch centrifugal overhaul) and BXW-CNT-K1500 "
                    "(continuous centrifugal overhaul).")
    d.add_heading("1. Batch centrifugal overhaul (BXW-OVH-B1750)", 1)
    d.add_paragraph("Applies to batch (discontinuous) centrifugals with a capacity of up to 1750 kg per charge, "
                    "used for A- and B-massecuite curing. The overhaul is carried out by a team of two Brixwell "
                    "technicians and takes 5 working days per batch machine, including the trial run.")
    d.add_paragraph("Included in the fixed price:")
    for t in ["replacement of the spindle bottom bearing and top bearing with a Brixwell bearing kit (BK-1750);",
              "replacement of the buffer rubbers of the suspension head;",
              "replacement of the brake lining set and adjustment of the brake air gap;",
              "re-tipping of the discharger plough and adjustment of the plough-to-screen clearance to 3 mm;",
              "replacement of the feed valve seal kit;",
              "dynamic balance check at 1,050 rpm with a written balance record;",
              "backup of the variable-frequency drive (VFD) parameters before and after the work;",
              "a 4-hour trial run with water loading before handover."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("2. Continuous centrifugal overhaul (BXW-CNT-K1500)", 1)
    d.add_paragraph("Applies to continuous centrifugals with a conical basket of 1500 mm top diameter and a 30 degree "
                    "cone angle, used for B- and C-massecuite (low-grade) curing. The overhaul takes 3 working days "
                    "per machine with a team of two technicians. Included: re-balancing of the basket cone, inspection "
                    "of the screen seat, replacement of the feed pipe and the distributor cup, a flush of the oil "
                    "lubrication system with one oil change (ISO VG 68), and a 2-hour trial run with water.")
    d.add_heading("3. Exclusions", 1)
    d.add_paragraph("The overhaul prices do not include: basket replacement; motor rewind or motor exchange; structural "
                    "repairs to the monitor casing; any work on the massecuite mixer or the sugar conveyor; painting. "
                    "Parts used outside the overhaul kit are charged at list price less 10%. Labour outside the "
                    "scope is charged at the rates of the current Brixwell rate card.")
    d.add_heading("4. Site requirements", 1)
    d.add_paragraph("The customer provides: an overhead crane of at least 5 t safe working load over each machine; "
                    "a 400 V / 32 A power supply within 25 m; lockout/tagout of each machine by the customer's "
                    "electrician before work starts; machines washed out and handed over cold; free access to the "
                    "centrifugal station from 07:00 to 19:00 on working days; a lockable container or room for tools.")
    d.add_heading("5. Scheduling and rescheduling", 1)
    d.add_paragraph("Overhauls must be booked at least 10 weeks before the agreed start date. If the customer "
                    "postpones the agreed start less than 15 working days before it, a rescheduling fee of 1,800 EUR "
                    "per team applies. If the machines are not ready (not washed, not locked out) on the start day, "
                    "waiting time is billed per hour at the technician rate.")
    d.add_heading("6. Acceptance", 1)
    d.add_paragraph("Acceptance is recorded in a handover protocol signed by both parties at the end of the trial "
                    "run. A machine is accepted when the vibration velocity measured on the bearing housing is below "
                    "4.5 mm/s RMS at operating speed and no abnormal noise or temperature is found. If the limit is "
                    "exceeded, Brixwell corrects the cause at its own cost unless the cause is outside the scope "
                    "(for example a damaged basket or a foundation problem).")
    d.add_heading("7. Warranty", 1)
    d.add_paragraph("Overhaul workmanship is guaranteed for 12 months from recommissioning or until the end of the "
                    "next campaign, whichever is earlier. Bearings supplied by Brixwell carry a 12 months parts "
                    "warranty. Screens are guaranteed for 1 campaign; wear caused by sand or abrasive massecuite is "
                    "not covered. Warranty is void if the machine is run above its nameplate speed.")
    d.save(os.path.join(K, "overhaul-service-description.docx"))

# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    b, h = ss["BodyText"], ss["Heading2"]
    doc = SimpleDocTemplate(os.path.join(K, "basket-ndt-standard.pdf"), pagesize=A4)
    P = lambda t, s=b: Paragraph(t, s)
    story = [Paragraph("Brixwell Standard BX-NDT-07: Centrifugal Basket Inspection and Non-Destructive Testing", ss["Title"]),
             P("Edition 2025. Applies to quote line BXW-NDT-BSK (basket NDT inspection with report), for batch and continuous baskets."),
             P("1. Methods", h),
             P("Each basket is inspected by one inspector qualified to Level 2 under ISO 9712. The inspection takes about 6 hours per basket and covers: "
               "ultrasonic wall-thickness measurement at 24 points per basket (three rings of eight points); dye penetrant testing of all shell-to-bottom welds and hub welds; "
               "magnetic particle testing of the hub; visual inspection of the lip ring and the screen supports."),
             P("2. Preparation by the customer", h),
             P("Baskets must be cleaned of sugar and scale, dry, and with the screens removed. If Brixwell removes and refits the screens, a charge of 180 EUR per basket applies. "
               "Scaffolding or a work platform is provided by the customer where the basket is not removed from the machine."),
             P("3. Acceptance criteria", h),
             Table([["Finding", "Result"],
                    ["Wall thickness at or above 95% of nominal at all points", "Pass"],
                    ["Wall thickness between 90% and 95% of nominal", "Pass with derating"],
                    ["Wall thickness below 90% of nominal at any point", "Reject"],
                    ["Linear indication longer than 2 mm on any weld", "Quarantine"],
                    ["Corrosion pitting deeper than 1.5 mm", "Pass with derating"]]),
             Spacer(1, 6),
             P("The minimum acceptable wall thickness is therefore 90% of nominal. With a derating, the maximum speed is limited to 95% of nameplate speed and the basket must be re-inspected after 1 campaign. "
               "A quarantined basket receives a red Do Not Operate tag; the decision to repair or replace it is the customer's, and Brixwell does not operate or recertify it until the indication has been assessed by a Brixwell engineer."),
             P("4. Retirement", h),
             P("Baskets older than 20 years or with more than 250,000 recorded cycles require a full engineering assessment (stress calculation and material check) before recertification, quoted separately. "
               "Brixwell will not recertify a basket with a weld-repaired crack in the hub."),
             P("5. Reporting", h),
             P("Preliminary findings are given verbally on the same day. The written inspection report, with the thickness map and photographs of all indications, is delivered within 5 working days. "
               "An inspection certificate is valid for 1 campaign and at most 12 months."),
             P("6. Safety", h),
             P("No basket may be run after a reject or quarantine result. The customer keeps the machine locked out until the basket has been replaced or cleared in writing."),
             ]
    doc.build(story)

# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Rates"
    ws.append(["Brixwell Centrifuge Services - Service Rate Card 2025 (EUR, excluding VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Code", "Description", "Unit", "Rate EUR", "Notes"])
    rows = [
        ["LAB-TECH", "Service technician", "hour", 96, "Mon-Fri 07:00-17:00"],
        ["LAB-ENG", "Rotating-equipment engineer", "hour", 138, "Vibration analysis, balancing, root-cause reports"],
        ["LAB-OT", "Overtime, weekday 17:00-22:00", "multiplier", "1.5x", "Applied to the technician or engineer rate"],
        ["LAB-WE", "Weekend, night or public holiday", "multiplier", "2.0x", "Applied to the technician or engineer rate"],
        ["CALL-EMG", "Emergency call-out during campaign", "per call-out", 950, "Includes the first 4 hours on site; then hourly rates"],
        ["TRV-KM", "Mileage", "km", 0.62, "From the Brixwell depot in Nijmegen"],
        ["TRV-TIME", "Travel time", "hour", 72, "Per person"],
        ["NDT-SCR", "Screen removal and refit for basket NDT", "per basket", 180, "See BX-NDT-07"],
        ["RESCHED", "Rescheduling fee (less than 15 working days)", "per team", 1800, "See SD-OVH-2025"],
    ]
    for r in rows:
        ws.append(r)
    for col, w in zip("ABCDE", (12, 44, 14, 10, 52)):
        ws.column_dimensions[col].width = w

    s = wb.create_sheet("Screens")
    s.append(["Centrifugal screen specifications 2025"])
    s["A1"].font = Font(bold=True, size=13)
    s.append(["SKU", "Application", "Type", "Slot width (mm)", "Open area", "Material", "Typical life", "List price EUR"])
    for r in [
        ["BXW-SCR-W040", "Batch centrifugal, A/B sugar", "Working screen set (per machine)", "0.40", "18%", "Nickel, hard-chrome plated", "2 campaigns", 3120],
        ["BXW-SCR-B200", "Batch centrifugal", "Backing screen set (per machine)", "2.00", "35%", "Stainless steel 1.4301", "6 campaigns", 1480],
        ["BXW-SCR-C060", "Continuous centrifugal, C massecuite", "Conical screen (per machine)", "0.06", "7%", "Nickel, hard-chrome plated", "1 campaign (about 2,500 operating hours)", 4680],
        ["BXW-SCR-C090", "Continuous centrifugal, B massecuite", "Conical screen (per machine)", "0.09", "10%", "Nickel, hard-chrome plated", "1 campaign", 4520],
    ]:
        s.append(r)
    for col, w in zip("ABCDEFGH", (14, 36, 32, 15, 10, 28, 38, 14)):
        s.column_dimensions[col].width = w

    p = wb.create_sheet("Parts")
    p.append(["Spare parts list prices 2025"])
    p["A1"].font = Font(bold=True, size=13)
    p.append(["Part no.", "Description", "Fits", "List price EUR", "Lead time"])
    for r in [
        ["BK-1750", "Spindle bearing kit (top + bottom bearing)", "Batch 1750 kg", 2860, "3 weeks"],
        ["BL-1750", "Brake lining set", "Batch 1750 kg", 640, "ex stock"],
        ["PT-1750", "Discharger plough tip", "Batch 1750 kg", 385, "ex stock"],
        ["DC-1500", "Distributor cup", "Continuous K1500", 1240, "4 weeks"],
        ["VIB-S1", "Replacement vibration sensor for BXW-VIB-KIT", "All", 410, "2 weeks"],
    ]:
        p.append(r)
    wb.save(os.path.join(K, "rate-card-and-screens-2025.xlsx"))

# ---------------------------------------------------------------- Markdown KB
KB = """# Campaign Support Plan (BXW-CSP-3Y): frequently asked questions

The Brixwell Campaign Support Plan covers your centrifugal station for three consecutive sugar campaigns.

## What does one campaign cover?
Each campaign in the plan covers up to 140 days of operation. If a campaign runs longer than 140 days, each
additional day is charged at 160 EUR per day.

## How fast do you respond?
- Our 24/7 hotline is staffed by a rotating-equipment engineer during every campaign.
- Remote diagnosis starts within 2 hours of your call.
- Priority 1 (a machine stopped): a technician is on site within 24 hours.
- Priority 2 (a machine running with a fault, e.g. high vibration): a technician is on site within 48 hours.

## What is included?
- Up to six (6) emergency call-outs per campaign without the call-out fee.
- 40 hours of on-site labour per campaign. Hours beyond the included 40 are billed at the rate card with a 15% discount.
- One preventive mid-campaign visit at about day 60 of the campaign.
- If BXW-VIB-KIT vibration sensor kits are installed, a Brixwell engineer reviews the vibration data weekly and sends a
  short trend report.
- A consignment stock of critical spares at your site (one bearing kit, one brake lining set and two working screens);
  you pay only for the parts you use.

## What is not covered?
Damage caused by foreign objects (tramp metal, tools left in the basket), operation above the nameplate speed, operator
error, and basket failures on baskets without a valid BX-NDT-07 inspection certificate.

## How is the plan invoiced?
The plan price is invoiced in three equal annual instalments, each due 30 days before the start of the campaign.

## Can we end the plan early?
Either party may end the plan with 90 days' notice before the start of a campaign. If the plan ends early, the
multi-year discount is reversed on the campaigns already delivered.
"""

def make_md():
    with open(os.path.join(K, "campaign-support-plan-faq.md"), "w") as f:
        f.write(KB)

if __name__ == "__main__":
    make_docx(); make_pdf(); make_xlsx(); make_md()
    print("written:", sorted(os.listdir(K)))
