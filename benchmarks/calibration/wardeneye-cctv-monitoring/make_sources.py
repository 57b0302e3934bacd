"""Generate the four knowledge sources of the wardeneye-cctv-monitoring scenario.
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py"""
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

# ---------------------------------------------------------------- DOCX: SLA
d = Document()
d.add_heading("Wardeneye Security Systems Ltd - Installation, Warranty and Service Level Agreement", 0)
d.add_paragraph("Document WE-SLA-4.2, issued January 2025. Applies to all CCTV supply-and-install projects and to "
                "WardenWatch monitoring customers in Great Britain.")
d.add_heading("1. Installation", 1)
for t in [
    "Installation follows a site survey by a Wardeneye surveyor. Standard working hours are Monday to Friday, 08:00 to 17:00; "
    "out-of-hours working is by prior arrangement only.",
    "Each quoted camera includes one Cat6 cable run of up to 90 metres. Runs longer than 90 metres require a fibre link or "
    "PoE extender, which is charged separately at the engineer day rate plus materials.",
    "Where a mobile elevating work platform (MEWP) is required for mounting heights above 6 metres, MEWP hire is recharged at cost plus 10%.",
    "Commissioning includes focus and field-of-view sign-off with the customer, recorder configuration, and handover training "
    "for up to 6 users in a single 3-hour session. Additional training sessions are charged at half an engineer day.",
    "The customer provides a safe working area, power at the recorder location, and a named site contact for each working day.",
]:
    d.add_paragraph(t)
d.add_heading("2. Warranty", 1)
tbl = d.add_table(rows=1, cols=3)
tbl.style = "Table Grid"
h = tbl.rows[0].cells
h[0].text, h[1].text, h[2].text = "Equipment", "Warranty period", "Replacement terms"
for r in [
    ("Sentinel cameras (bullet, dome, PTZ, ANPR, fisheye)", "5 years", "Return to base; repaired or replaced within 10 business days"),
    ("Vaultline NVR recorders", "3 years", "Advance replacement unit dispatched next business day"),
    ("Surveillance hard drives", "3 years", "Replaced on the next maintenance or fault visit"),
    ("PoE network switches", "3 years", "Advance replacement unit dispatched next business day"),
]:
    c = tbl.add_row().cells
    for i, v in enumerate(r):
        c[i].text = v
for t in [
    "Engineer labour for warranty repairs is included during the first 12 months after commissioning; thereafter labour is "
    "covered only under a Service Plan or charged at the engineer day rate.",
    "The warranty excludes: damage from lightning or power surges where the customer has declined the recommended surge "
    "protection; impact damage beyond the IK10 rating, including vehicle strikes; firmware not released by Wardeneye; and "
    "equipment moved or re-cabled by third parties.",
]:
    d.add_paragraph(t)
d.add_heading("3. Fault priorities and response", 1)
tbl = d.add_table(rows=1, cols=3)
tbl.style = "Table Grid"
h = tbl.rows[0].cells
h[0].text, h[1].text, h[2].text = "Priority", "Definition", "Response"
for r in [
    ("P1 - Critical", "Recorder failure, loss of more than 25% of cameras, or loss of the monitoring link",
     "Remote diagnosis within 30 minutes; engineer on site within 4 hours, 24/7/365"),
    ("P2 - High", "A single camera or PTZ fault, or an ANPR camera not reading plates",
     "Engineer on site next business day"),
    ("P3 - Routine", "Cosmetic, configuration or user-account requests", "Within 5 business days"),
]:
    c = tbl.add_row().cells
    for i, v in enumerate(r):
        c[i].text = v
d.add_paragraph("Faults are logged with the Wardeneye Service Desk by phone or portal. The P1 response time applies to "
                "sites within 60 miles of a Wardeneye engineering hub; other sites receive a 6-hour P1 response.")
d.add_heading("4. Preventive maintenance and Service Plan", 1)
for t in [
    "Two (2) preventive maintenance visits are included in the first year after commissioning. Each visit covers lens and "
    "housing cleaning, focus check, firmware updates, hard-drive health (SMART) checks and a recording-retention test.",
    "From year 2, maintenance and labour are provided under the Service Plan, priced at 6% of the installed hardware value "
    "per year and invoiced annually in advance. The Service Plan may be cancelled with 30 days' written notice.",
]:
    d.add_paragraph(t)
d.add_heading("5. Monitoring platform availability and service credits", 1)
for t in [
    "Wardeneye targets 99.5% monthly availability of the WardenWatch monitoring platform, excluding planned maintenance "
    "notified at least 5 days in advance.",
    "If availability falls below 99.5% in a month, the customer receives a service credit of 5% of that month's monitoring fee "
    "for each 0.5% (or part) below target, capped at 25% of that month's fee. Credits must be claimed within 60 days and are "
    "applied to the next invoice. Service credits are the customer's sole remedy for availability shortfalls.",
]:
    d.add_paragraph(t)
d.save(os.path.join(K, "wardeneye-service-level-agreement.docx"))

# ---------------------------------------------------------------- PDF: monitoring service description
ss = getSampleStyleSheet()
story = [Paragraph("WardenWatch Remote Monitoring - Service Description 2025", ss["Title"]),
         Paragraph("Wardeneye Security Systems Ltd. Reference WW-SD-2025-03.", ss["Normal"]), Spacer(1, 8)]
def sec(title, paras):
    story.append(Paragraph(title, ss["Heading2"]))
    for p in paras:
        story.append(Paragraph(p, ss["Normal"]))
        story.append(Spacer(1, 4))
sec("1. Service tiers", ["Monitoring is priced per connected camera per month. All tiers include remote health checks "
    "of every camera and recorder every 15 minutes."])
story.append(Table([
    ["Tier", "Price per camera / month", "Coverage"],
    ["Essential", "GBP 18.00", "Alarm handling 18:00-07:00 weekdays and all weekend"],
    ["Pro", "GBP 25.00", "24/7 alarm handling, audio talk-down, 2 virtual patrols per night"],
    ["Elite", "GBP 34.00", "Pro plus 6 virtual patrols per night and up to 4 guard attendances per month"],
]))
story.append(Spacer(1, 8))
sec("2. Alarm Receiving Centre", [
    "Alarms are handled by the Wardeneye Alarm Receiving Centre (ARC) in Leeds, NSI Gold certified and operated to BS 8418 and "
    "BS EN 50518. A secondary ARC in Glasgow takes over automatically if the Leeds centre is unavailable.",
    "Operators acknowledge every alarm within 90 seconds, with a target of 80% of alarms acknowledged within 30 seconds.",
    "Escalation order: audio talk-down through site speakers; call cascade to up to 3 nominated keyholders; police request "
    "using the site's Unique Reference Number (URN). Wardeneye applies for the URN on the customer's behalf once the system "
    "has passed commissioning to BS 8418.",
])
sec("3. Virtual patrols and guard response", [
    "A virtual patrol is a scripted operator tour of the agreed cameras lasting about 10 minutes, logged with screenshots.",
    "Mobile guard response is not included in Essential or Pro. It is available as an option at GBP 85 per attendance, "
    "with a target arrival time of 45 minutes from dispatch. Elite includes up to 4 attendances per month; further "
    "attendances are charged at the same rate.",
])
sec("4. False alarm management", [
    "If a single detection zone generates more than 3 false alarms in 30 days, that zone is suspended from monitoring "
    "until a Wardeneye engineer has reviewed the analytics settings. One review visit per quarter is free of charge.",
    "Alarm video clips are stored on the WardenWatch platform for 31 days and can be exported by authorised users.",
])
sec("5. Onboarding", [
    "Live monitoring starts after a 14-day soak test during which alarms are logged but not escalated. The customer must "
    "provide a dedicated internet link with at least 20 Mbps upload per monitored recorder.",
])
sec("6. Term, notice and price changes", [
    "The minimum term is 36 months from go-live. After the minimum term the service continues month to month and may be "
    "ended with 90 days' written notice.",
    "Monthly fees are fixed for the first 12 months. From month 13 they are adjusted once a year by the UK CPI rate, "
    "capped at 5% per adjustment.",
    "Cameras may be added at any time at the tier price; cameras can be removed only at a contract anniversary.",
])
SimpleDocTemplate(os.path.join(K, "wardenwatch-monitoring-service.pdf"), pagesize=A4).build(story)

# ---------------------------------------------------------------- XLSX: price & spec sheet
wb = Workbook()
ws = wb.active
ws.title = "Cameras"
ws.append(["Wardeneye product and price list 2025 - Sentinel cameras (GBP, excl. VAT)"])
ws["A1"].font = Font(bold=True, size=13)
ws.append([])
ws.append(["SKU", "Model", "Type", "Resolution", "Lens", "IR range", "IP rating", "IK rating", "Max PoE draw (W)",
           "Operating temperature", "Warranty (years)", "List price"])
for r in [
    ["WE-CAM-B8X", "Sentinel B8X", "Bullet", "8MP", "4 mm fixed", "60 m", "IP67", "IK10", 9.5, "-40 to +60 °C", 5, 389.00],
    ["WE-CAM-B4X", "Sentinel B4X", "Bullet", "4MP", "2.8 mm fixed", "40 m", "IP67", "IK10", 7.2, "-40 to +60 °C", 5, 249.00],
    ["WE-CAM-D4", "Sentinel D4", "Dome", "4MP", "2.8 mm fixed", "30 m", "IP66", "IK10", 6.5, "-30 to +60 °C", 5, 229.00],
    ["WE-CAM-D8", "Sentinel D8", "Dome", "8MP", "2.8-12 mm motorised", "40 m", "IP66", "IK10", 11.8, "-30 to +60 °C", 5, 415.00],
    ["WE-CAM-P32", "Sentinel P32", "PTZ", "4MP", "32x optical zoom", "150 m", "IP66", "IK10", 52.0, "-40 to +65 °C", 5, 2145.00],
    ["WE-CAM-ANPR2", "Sentinel ANPR-2", "ANPR", "2MP", "8-32 mm varifocal", "30 m", "IP67", "IK10", 12.5, "-30 to +60 °C", 5, 1280.00],
    ["WE-CAM-F12", "Sentinel F12", "Fisheye", "12MP", "1.6 mm", "15 m", "IP66", "IK10", 8.4, "-30 to +60 °C", 5, 545.00],
]:
    ws.append(r)
ws.append([])
ws.append(["Notes: ANPR-2 reads plates at vehicle speeds up to 160 km/h over up to 2 lanes. P32 requires an 802.3bt (PoE++) port "
           "or the supplied 60 W injector. All cameras support ONVIF Profile S and T and H.265."])
ws2 = wb.create_sheet("Recorders & network")
ws2.append(["Wardeneye product and price list 2025 - Vaultline recorders, storage and network (GBP, excl. VAT)"])
ws2["A1"].font = Font(bold=True, size=13)
ws2.append([])
ws2.append(["SKU", "Model", "Channels", "Incoming bandwidth", "Drive bays", "RAID levels", "Form factor", "Power", "List price"])
for r in [
    ["WE-NVR-32R", "Vaultline NVR-32R", 32, "256 Mbps", 4, "RAID 5", "1U", "Single PSU", 3890.00],
    ["WE-NVR-64R", "Vaultline NVR-64R", 64, "400 Mbps", 8, "RAID 5, RAID 6, RAID 10", "2U", "Dual hot-swap PSU", 6950.00],
    ["WE-HDD-8S", "8 TB surveillance hard drive", "", "", "", "", "3.5-inch", "", 219.00],
    ["WE-HDD-16S", "16 TB surveillance hard drive", "", "", "", "", "3.5-inch", "", 412.00],
    ["WE-POE-24", "24-port PoE+ switch", "", "", "", "", "1U", "370 W PoE budget, 4 SFP uplinks", 895.00],
]:
    ws2.append(r)
ws3 = wb.create_sheet("Retention guide")
ws3.append(["Recording retention guide - estimates for planning, not guaranteed"])
ws3["A1"].font = Font(bold=True, size=13)
ws3.append([])
ws3.append(["Recorder configuration", "Usable storage", "Cameras", "Recording profile", "Estimated retention"])
for r in [
    ["NVR-64R, 8 x 16 TB, RAID 6", "96 TB", 29, "8MP H.265 15 fps continuous (6 Mbps)", "46 days"],
    ["NVR-64R, 8 x 16 TB, RAID 6", "96 TB", 29, "8MP H.265 15 fps motion-triggered (approx. 2.4 Mbps average)", "112 days"],
    ["NVR-64R, 8 x 8 TB, RAID 6", "48 TB", 29, "8MP H.265 15 fps continuous (6 Mbps)", "23 days"],
    ["NVR-32R, 4 x 8 TB, RAID 5", "24 TB", 16, "4MP H.265 15 fps continuous (3 Mbps)", "40 days"],
]:
    ws3.append(r)
ws3.append([])
ws3.append(["Retention is capped in software at the period set under the customer's data-protection policy (default 30 days)."])
wb.save(os.path.join(K, "wardeneye-price-and-spec-2025.xlsx"))
print("sources written")
