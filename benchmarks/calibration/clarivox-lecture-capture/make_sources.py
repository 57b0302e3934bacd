"""Generate the knowledge sources of the clarivox-lecture-capture scenario.

Run:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv; reportlab installed with pip install --target /tmp/rl reportlab)
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

K = Path(__file__).parent / "knowledge"
K.mkdir(exist_ok=True)

# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Clarivox Studio - Subscription Service Terms and Support Policy", 0)
    d.add_paragraph("Clarivox Learning Spaces Ltd, Unit 4 Kennet Park, Reading RG2 0QX. Version 4.2, effective 1 January 2025. "
                    "These terms apply to every Clarivox Studio subscription (Essentials, Campus and Campus Plus tiers). "
                    "Tier features, included captioning hours and list prices are set out in the current Clarivox Product & Price List.")
    sections = [
        ("1. Term, activation and invoicing",
         ["The subscription term starts on the activation date. Tenants are provisioned and activated within 3 business days of a signed order; "
          "activation does not wait for hardware delivery, so recordings can be uploaded from existing rooms immediately.",
          "The minimum term is 12 months. Multi-year terms (2, 3 or 5 years) are priced per licensed room for the whole term and are invoiced annually in advance "
          "unless otherwise agreed in the order form. A licensed room is one physical teaching space with at most one capture appliance.",
          "Rooms may be added at any time, co-termed with the existing subscription and charged pro rata at the same per-room rate. "
          "Rooms cannot be removed during a committed term."]),
        ("2. Renewal",
         ["At the end of the term the subscription renews automatically for 12 months unless either party gives written notice at least 60 days before the end of the term.",
          "On renewal the per-room price may increase by no more than 5% over the price paid in the final year of the previous term. "
          "A change of tier on renewal is priced at the then-current list price of the new tier."]),
        ("3. Service availability and service credits",
         ["Clarivox commits to 99.9% monthly availability of the upload, processing and playback services, measured from the Clarivox external monitoring probes. "
          "Scheduled maintenance (Sundays 02:00-05:00 UK time, announced at least 7 days ahead) and faults in the customer's network or LMS are excluded.",
          "If monthly availability falls below 99.9% the customer receives a service credit of 5% of that month's subscription fee; below 99.5%, 10%; below 99.0%, 25%. "
          "Credits are capped at 25% of the monthly fee, must be claimed within 30 days of the end of the affected month, are applied to the next invoice "
          "and are the customer's sole remedy for availability shortfalls."]),
        ("4. Support",
         ["Standard support is included in every tier: portal, e-mail and phone, Monday to Friday 08:00-18:00 UK time, excluding English public holidays. "
          "Priority 1 incidents are handled 24/7.",
          "Target first-response times: P1 (service unavailable for the whole institution) 1 hour, 24/7; P2 (one room or one feature failing) 4 business hours; "
          "P3 (degraded but usable) next business day; P4 (questions and change requests) 3 business days.",
          "Hardware faults are handled under the hardware warranty or CareCover plan, not under this policy."]),
        ("5. Data protection and security",
         ["Customer content is hosted on AWS in London (eu-west-2), with encrypted backups replicated to Frankfurt (eu-central-1). No customer content is stored outside the UK and the EU.",
          "Content is encrypted at rest with AES-256 and in transit with TLS 1.2 or higher. Clarivox acts as processor under the Data Processing Addendum (DPA v2.0), "
          "gives 30 days' notice of any new sub-processor and holds ISO/IEC 27001:2022 certification and Cyber Essentials Plus.",
          "Single sign-on uses SAML 2.0 (Campus and Campus Plus tiers); SCIM user provisioning and the REST API are available on Campus Plus only."]),
        ("6. Automatic captioning",
         ["Automatic captions are generated for every recording within the tier's included captioning hours. Included hours are counted per licensed room, reset on each "
          "anniversary of the activation date and do not roll over. Additional automatic captioning is charged at GBP 18 per hour of media, billed quarterly in arrears.",
          "Captions are editable in the Studio web editor and exported as WebVTT or SRT. Clarivox does not guarantee a caption accuracy level; "
          "institutions needing verified captions for assessed material should use the human-reviewed captioning service (Campus Plus)."]),
        ("7. End of subscription and data export",
         ["After the subscription ends, the customer has 90 days of read-only access to export recordings using the bulk export tool "
          "(MP4 video, WebVTT captions and JSON metadata). All customer content is then permanently deleted within a further 30 days and a deletion certificate is issued on request.",
          "Export assistance by Clarivox Professional Services is chargeable at GBP 950 per day."]),
    ]
    for h, paras in sections:
        d.add_heading(h, level=1)
        for p in paras:
            d.add_paragraph(p)
    d.save(K / "clarivox-studio-subscription-terms.docx")

# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Title"], ss["Heading2"]
    s = [Paragraph("CareCover Hardware Warranty &amp; Installation Guide", h1),
         Paragraph("Clarivox Learning Spaces Ltd (UK) - Edition 2025.1 - applies to all Clarivox cameras, microphone arrays, capture appliances and DSP amplifiers.", body),
         Spacer(1, 8)]
    blocks = [
        ("1. Standard warranty", [
            "All Clarivox hardware carries a 2-year return-to-base warranty from the date of delivery. Faulty units are repaired or replaced within 10 business days of receipt at our Reading service centre. "
            "Shipping to the service centre is at the customer's cost; return shipping is paid by Clarivox."]),
        ("2. CareCover Plus", [
            "CareCover Plus extends hardware cover to 5 years in total from the commissioning date. It is sold per room and covers the camera, microphone array, capture appliance and the DSP serving that room.",
            "Advance replacement: when a fault is confirmed by Clarivox support before 15:00 on a business day, a replacement unit is shipped the same day for next-business-day delivery. "
            "The faulty unit must be returned within 14 days or it is invoiced at list price.",
            "If a fault cannot be resolved remotely, an engineer attends site within 2 business days. CareCover Plus also includes a remote health check once a year and all firmware updates.",
            "After the 5-year period CareCover Plus can be extended one year at a time, up to the end of year 7, at GBP 180 per room per year."]),
        ("3. Exclusions", [
            "Neither the standard warranty nor CareCover Plus covers: accidental or physical damage; liquid ingress; damage from power surges where no surge protection is installed; "
            "consumables such as lavalier microphone batteries; cosmetic wear; or equipment that has been moved, re-installed or opened by anyone other than Clarivox or a Clarivox Certified Partner. "
            "A relocation by Clarivox or a Certified Partner keeps the cover in force."]),
        ("4. Installation prerequisites (customer responsibilities)", [
            "One switched network port per device, patched and live before the installation day. Camera ports must supply PoE++ (IEEE 802.3bt Type 3); "
            "microphone arrays need PoE (IEEE 802.3af). Switches must support IGMP snooping and PTP (IEEE 1588) for Dante audio.",
            "Access to the ceiling void at each microphone and camera position, and an asbestos survey report for any building completed before 2000.",
            "A mains socket in the lectern or AV rack for the capture appliance and DSP amplifier."]),
        ("5. Installation and commissioning", [
            "Standard installation hours are Monday to Friday 08:00-17:00. Out-of-hours, weekend or bank-holiday installation carries a 35% surcharge on the installation price. "
            "A two-person team typically installs and commissions one room per day.",
            "Commissioning includes an acceptance test per room: speech intelligibility of STIPA 0.60 or higher at the back row, and a test recording published to the LMS course shell. "
            "The customer signs off within 5 business days of the test; rooms not signed off or disputed in writing by then are deemed accepted.",
            "A site survey is included free of charge for orders of more than 10 rooms."]),
        ("6. Lead times", [
            "Hardware ships 6-8 weeks from the order date. Installation dates are booked at least 3 weeks ahead; teaching-term blackout dates supplied by the customer are respected."]),
    ]
    for h, ps in blocks:
        s.append(Paragraph(h, h2))
        for p in ps:
            s.append(Paragraph(p, body))
    s.append(Spacer(1, 6))
    s.append(Table([["Service", "Standard warranty", "CareCover Plus"],
                    ["Cover period", "2 years from delivery", "5 years from commissioning"],
                    ["Fault handling", "Return to base, 10 business days", "Advance replacement, next business day"],
                    ["On-site engineer", "Not included", "Within 2 business days"],
                    ["Firmware updates", "Security updates only", "All updates"]]))
    SimpleDocTemplate(str(K / "carecover-warranty-installation-guide.pdf"), pagesize=A4).build(s)

# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    sheets = {
        "Cameras & Capture": (["SKU", "Product", "Key specifications", "Power", "List price (GBP, ex VAT)", "Notes"], [
            ["CVX-PTZ4K-20", "PTZ 4K lecture camera, 20x optical zoom", "1/2.5\" CMOS; 3840 x 2160 at 30/60 fps; 20x optical zoom, 71 deg horizontal field of view at wide end; HDMI 2.0, 12G-SDI, IP (NDI|HX3, SRT, RTSP)", "PoE++ (IEEE 802.3bt Type 3), 25.5 W max", 2890.00, "Recommended for rooms deeper than 12 m"],
            ["CVX-PTZ4K-12", "PTZ 4K camera, 12x optical zoom", "3840 x 2160 at 30 fps; 12x optical zoom, 80 deg horizontal field of view; HDMI, IP (NDI|HX3, RTSP)", "PoE+ (IEEE 802.3at), 18 W max", 2190.00, "Rooms up to 12 m deep"],
            ["CVX-TRK-AI", "Auto-tracking presenter camera", "Dual lens, presenter body tracking up to 15 m, 4K30; tracking licence included", "PoE++ (IEEE 802.3bt), 32 W max", 4350.00, "Not compatible with CVX-CMA-180 voice tracking"],
            ["CVX-CAP-ED2", "EdgeRecorder 2 capture appliance", "3 simultaneous inputs (2 cameras + 1 content); records 1080p60 (4K30 with Campus Plus); 1 TB SSD local buffer holds approx. 72 hours at the default profile", "External PSU, 45 W max", 1980.00, "One per licensed room"],
            ["CVX-MNT-CL", "Ceiling mount kit for PTZ cameras", "Drop-ceiling and solid-slab fixings, safety wire", "-", 95.00, ""],
        ]),
        "Audio": (["SKU", "Product", "Key specifications", "Power", "List price (GBP, ex VAT)", "Notes"], [
            ["CVX-CMA-360", "Ceiling beamforming microphone array", "32 MEMS capsules, 8 steerable lobes; covers up to 80 m2 (max 9 m x 9 m) at 2.7-4.5 m ceiling height; Dante and AES67", "PoE (IEEE 802.3af Class 3), 12.9 W max", 1450.00, "Use two arrays for rooms above 80 m2"],
            ["CVX-CMA-180", "Wall-mount microphone array", "16 capsules; covers up to 45 m2; Dante", "PoE (IEEE 802.3af), 9.5 W max", 990.00, "Seminar rooms up to 30 seats"],
            ["CVX-DSP-8", "Classroom DSP amplifier", "8 Dante in / 8 out, 4 analogue mic/line in, 2 x 60 W at 8 ohm, acoustic echo cancellation on 8 channels; one unit serves up to two rooms of up to 80 m2 each", "Mains, 180 W max", 1120.00, "Rack or under-desk mounting"],
            ["CVX-LAV-2", "Wireless lavalier kit (1.9 GHz DECT)", "Belt-pack, lapel mic, charging dock; 8 h battery", "Dock: mains, 6 W", 640.00, "Batteries are consumables"],
        ]),
        "Studio subscription tiers": (["Tier", "Price per room per year (GBP)", "Cloud storage", "Automatic captions included", "Max recording resolution", "Live streaming", "Recording retention", "Identity and LMS"], [
            ["Essentials", 190.00, "500 GB pooled per licensed room", "50 hours per room per year, English only", "1080p30", "No", "2 years", "Local accounts; Moodle plugin only"],
            ["Campus", 260.00, "2 TB pooled per licensed room", "300 hours per room per year, 12 languages", "1080p60", "Yes, up to 500 concurrent viewers per room", "4 years", "SAML 2.0 SSO; Moodle, Canvas, Blackboard Learn, Brightspace (D2L)"],
            ["Campus Plus", 345.00, "5 TB pooled per licensed room", "Unlimited, 27 languages; human-reviewed captions at GBP 1.20 per minute", "4K30", "Yes, up to 2,000 concurrent viewers per room", "7 years", "As Campus plus SCIM provisioning and REST API"],
        ]),
    }
    first = True
    for name, (hdr, rows) in sheets.items():
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        ws.append([f"Clarivox Learning Spaces - 2025 Product & Price List - {name} (valid 1 Jan - 31 Dec 2025, GBP excluding VAT)"])
        ws["A1"].font = Font(bold=True, size=12)
        ws.append(hdr)
        for c in ws[2]:
            c.font = Font(bold=True)
        for r in rows:
            ws.append(r)
        for col, w in zip("ABCDEFGH", (16, 38, 70, 34, 22, 40, 16, 50)):
            ws.column_dimensions[col].width = w
    wb.save(K / "clarivox-2025-product-price-list.xlsx")

# ---------------------------------------------------------------- Markdown KB
MD = """# Network requirements for Clarivox Studio capture rooms

*Knowledge base article KB-0412 - last reviewed March 2025 - audience: campus IT and AV teams*

Every capture room runs one EdgeRecorder 2 (CVX-CAP-ED2) that records locally and uploads to Clarivox Studio. This article lists what the campus network must provide.

## Bandwidth
- Upload at the default 1080p60 profile (two camera streams plus one content stream): up to **8 Mbps per room** while a recording is uploading.
- Live streaming adds 6 Mbps per room for as long as the stream runs.
- The 4K30 profile (Campus Plus only) needs up to 20 Mbps per room.
- Uploads can be throttled per appliance in the Studio admin console (Rooms > Network > Upload cap); the minimum cap is 3 Mbps.

## Firewall and ports
- Outbound TCP 443 (HTTPS) from the AV VLAN to `*.clarivox.cloud`. No inbound ports are required.
- NTP: UDP 123 to the campus time source (recordings are scheduled to the second).
- Dante audio stays inside the AV VLAN: UDP 4321 and UDP 14336-14591, plus PTP on UDP 319-320.
- HTTPS inspection must be disabled for `*.clarivox.cloud`; the appliance pins certificates.

## VLAN and authentication
- We recommend a dedicated AV VLAN with DHCP reservations for every camera, microphone array, DSP and appliance.
- The EdgeRecorder 2 supports IEEE 802.1X with EAP-TLS. Cameras and microphone arrays do not support 802.1X; use MAC authentication bypass for them.

## When the network is down
Recordings continue. The appliance buffers them on its SSD (approx. 72 hours at the default profile) and uploads automatically, oldest first, when the connection returns. If the buffer fills, the oldest **already uploaded** recordings are overwritten first; un-uploaded recordings are never overwritten - new recordings stop instead and a P2 alert is raised.

## Scheduling and LMS publishing
- Schedules are imported from the timetable as CSV, or synchronised nightly through the Scientia Syllabus Plus and CELCAT connectors.
- Publishing: Moodle (plugin), Canvas, Blackboard Learn and Brightspace (all via LTI 1.3). A one-hour lecture is normally published to the course within 15 minutes of the recording ending.
"""

# ---------------------------------------------------------------- HTML page
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Clarivox - Privacy, consent and accessibility in recorded teaching</title></head>
<body>
<h1>Privacy, consent and accessibility in recorded teaching</h1>
<p>Clarivox Learning Spaces - customer guidance page, updated February 2025.</p>
<h2>Knowing when you are being recorded</h2>
<ul>
<li>Every Clarivox PTZ camera has a red tally light that is lit whenever the room is recording or live streaming. The lectern control panel shows a red RECORDING banner at the same time.</li>
<li>The lectern panel has a privacy pause button. Pressing it stops audio and video capture immediately; the recording resumes when pressed again, and the paused segment is simply absent from the recording (it is not captured and then cut).</li>
<li>Cameras can be given a privacy preset that points the lens at the ceiling when a recording ends, so that no student seating is in frame between sessions.</li>
</ul>
<h2>Students and consent</h2>
<ul>
<li>Camera presets supplied at commissioning frame the teaching wall and lectern only; audience shots are not part of any standard preset.</li>
<li>Audio from ceiling arrays can pick up student questions. The DSP can mute the audience lobes of the CVX-CMA-360 on a per-room schedule.</li>
<li>Your institution remains the data controller and is responsible for its recording policy and student notices. Clarivox provides a template notice, but it is not legal advice.</li>
</ul>
<h2>Accessibility of the Studio player</h2>
<ul>
<li>The Clarivox Studio web player conforms to WCAG 2.2 level AA (independent audit, November 2024). A VPAT 2.5 is available on request.</li>
<li>Playback speed from 0.5x to 2x, full keyboard control, screen-reader labels and adjustable caption size and contrast.</li>
<li>Searchable transcripts are generated from the automatic captions and shown beside the video.</li>
</ul>
</body></html>
"""

if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "kb-network-requirements.md").write_text(MD, encoding="utf-8")
    (K / "privacy-accessibility.html").write_text(HTML, encoding="utf-8")
    print("sources written to", K)
