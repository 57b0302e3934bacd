"""Generate the knowledge sources of the perfusa-infusion-pumps scenario.

Run with a Python that has python-docx and openpyxl; reportlab is taken from /tmp/rl if present.
    PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
"""
import os
import sys

sys.path.append("/tmp/rl")

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)


# ---------------------------------------------------------------- DOCX: licence schedule
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("DoseLogix Enterprise Drug-Library Licence - Schedule L (2026 edition)", 0)
    d.add_paragraph(
        "This Schedule L forms part of the Perfusa Infusion Systems B.V. licence agreement for the DoseLogix "
        "dose-error reduction software. It describes what the DoseLogix Enterprise licence (SKU DLX-ENT-LIC-1Y) "
        "includes, how it is priced and what happens at the end of the term. Document reference PIS-DLX-SL-2026."
    )
    d.add_heading("L1. Scope of the Enterprise licence", 1)
    d.add_paragraph(
        "One DLX-ENT-LIC-1Y licence covers up to 250 connected devices, in any mix of LVP-700, SYR-300 and PCA-50 "
        "pumps, for one hospital site. A site is one legal entity operating at most 2 campuses located within 30 km "
        "of each other. The licence includes the DoseLogix library editor, up to 40 care-area profiles, unlimited "
        "pharmacist and editor user accounts, the standard CQI (continuous quality improvement) reports and "
        "wireless library deployment to the pumps."
    )
    d.add_paragraph(
        "Each care-area profile may hold up to 5,000 drug entries, each with hard and soft limits for dose, rate, "
        "concentration and bolus. Hard limits cannot be overridden at the bedside; soft limits can be overridden "
        "by the nurse after a confirmation step, and every override is recorded for the CQI reports."
    )
    d.add_heading("L2. Add-ons and extra capacity", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Add-on", "Price", "Conditions"]):
        t.rows[0].cells[i].text = h
    for row in [
        ("Additional devices above 250", "EUR 2,125 per block of 25 devices per year (EUR 85 per device per year)",
         "Co-terminous with the main licence; pro-rated monthly in the first year."),
        ("Analytics Plus module", "EUR 6,200 per year",
         "Override-alert dashboards, ward benchmarking, monthly export to the hospital data warehouse."),
        ("Additional site", "EUR 7,900 per year per additional site",
         "Includes 40 further care-area profiles; devices still count toward the device cap."),
        ("On-premise installation", "EUR 3,500 one-off",
         "Hospital provides a Windows Server 2022 VM with 4 vCPU and 16 GB RAM."),
    ]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_heading("L3. Fees and price review", 1)
    d.add_paragraph(
        "The licence fee is invoiced annually in advance, first on the go-live date and then on each anniversary "
        "of the go-live date. From the second year the annual fee may be reviewed in line with the Luxembourg "
        "consumer price index (STATEC) plus 1 point, and any increase is capped at 4% per year. Fees are exclusive "
        "of VAT. A licence year that has started is not refundable."
    )
    d.add_heading("L4. Hosting, availability and backups", 1)
    d.add_paragraph(
        "By default the DoseLogix server is hosted by Perfusa in its EU cloud region in Frankfurt am Main, Germany, "
        "operated under an ISO/IEC 27001 certified management system. The hosted service targets 99.5% monthly "
        "availability, excluding the announced maintenance window on Sundays from 02:00 to 05:00 CET. Backups are "
        "taken daily and retained for 35 days. The on-premise option (see L2) is available for hospitals whose "
        "policy does not allow hosted clinical software; in that case the availability target does not apply."
    )
    d.add_heading("L5. Library updates and offline behaviour", 1)
    d.add_paragraph(
        "When a pharmacist publishes a new library version, connected pumps receive it over Wi-Fi within 15 minutes "
        "when docked or idle. A pump that is running an infusion downloads the update but applies it only after the "
        "current infusion ends, so a running infusion is never re-programmed by an update. A pump that cannot reach "
        "the server keeps working on the last library it received; after 30 days without synchronisation it shows "
        "a 'library age' warning on start-up until it reconnects. The previous library version can be restored by a "
        "pharmacist from the editor in one step (rollback)."
    )
    d.add_heading("L6. Application support", 1)
    d.add_paragraph(
        "DoseLogix application support is available Monday to Friday from 07:30 to 19:00 CET by phone, e-mail and "
        "the customer portal. Severity 1 incidents (a library cannot be deployed hospital-wide, or the editor is "
        "unavailable) are handled 24/7 by phone with a response within 1 hour. Severity 2 incidents receive a "
        "response within 4 business hours and severity 3 requests within 2 business days."
    )
    d.add_heading("L7. EHR interoperability (DLX-INT-EHR)", 1)
    d.add_paragraph(
        "The DLX-INT-EHR integration provides bidirectional auto-programming (the infusion order is sent from the "
        "EHR to the pump and confirmed by the nurse) and auto-documentation of infusion events back to the EHR, "
        "using HL7 v2 messages following the IHE PCD-01 and PCD-03 profiles. It requires an EHR that supports the "
        "IHE PCD profiles and an interface engine on the hospital side. The fixed price covers Perfusa's work only; "
        "the EHR vendor's own interface fees are not included. Go-live of the integration is normally 16 weeks "
        "after the interface specification is signed by both parties."
    )
    d.add_heading("L8. Term, renewal and exit", 1)
    d.add_paragraph(
        "The initial term is 3 years from go-live. The licence then renews for successive periods of 12 months "
        "unless either party gives 90 days' written notice before the end of the current period. On termination "
        "the hospital may export its drug library in XML and CSV format within 60 days; Perfusa deletes the hosted "
        "data within 90 days after that export period."
    )
    d.add_heading("L9. Data protection", 1)
    d.add_paragraph(
        "DoseLogix stores no patient-identifiable data by default. Infusion event logs are pseudonymised on the pump "
        "before upload and retained for 24 months for CQI reporting. Perfusa acts as processor under a data "
        "processing agreement (Annex DPA-3) in line with the GDPR."
    )
    d.save(os.path.join(K, "doselogix-licence-schedule.docx"))


# ---------------------------------------------------------------- PDF: service plans
def make_pdf():
    path = os.path.join(K, "biocare-service-plans.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                            topMargin=1.6 * cm, bottomMargin=1.6 * cm,
                            title="Perfusa BioCare Service Plans")
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9
    body.leading = 12
    small = ss["BodyText"].clone("small", fontSize=8, leading=10)
    story = [
        Paragraph("Perfusa BioCare biomedical service plans - Service Description SD-BMS-2026/02", ss["Title"]),
        Paragraph(
            "This service description applies to Perfusa LVP-700, SYR-300 and PCA-50 infusion pumps and to Rack-8 "
            "and Rack-4 docking stations covered by a BioCare plan. Plans are sold per device and cover the whole "
            "fleet named in the order; a hospital cannot mix plan levels for the same pump model. Service hours are "
            "Monday to Friday, 08:00 to 18:00 CET, excluding Luxembourg public holidays.", body),
        Spacer(1, 8),
        Paragraph("1. Plan comparison", ss["Heading2"]),
    ]
    rows = [
        ["", "Gold", "Silver", "Bronze"],
        ["Preventive maintenance", "Annual PM and electrical safety test to IEC 62353, on site",
         "Annual PM at Perfusa depot", "Not included"],
        ["Remote technical response", "2 business hours", "4 business hours", "Next business day"],
        ["On-site engineer", "Next business day if not fixed remotely", "Within 3 business days", "Not included"],
        ["Parts, labour, batteries", "Parts, labour and batteries included", "Parts and labour; batteries excluded",
         "Depot repair at EUR 95 per hour plus parts"],
        ["Depot repair turnaround", "5 business days", "10 business days", "15 business days"],
        ["Loaner pumps", "Pool of 3% of covered devices (minimum 4), kept on site",
         "2 loaners on request within 2 business days", "None"],
        ["Fleet availability guarantee", "98% per quarter", "None", "None"],
        ["Firmware and security updates", "Included", "Included", "Included"],
        ["List price per device per year", "EUR 165", "EUR 110", "EUR 48"],
    ]
    wrapped = [[Paragraph(c, small) for c in r] for r in rows]
    tbl = Table(wrapped, colWidths=[4.0 * cm, 4.6 * cm, 4.3 * cm, 4.3 * cm])
    tbl.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story += [tbl, Spacer(1, 8)]
    paras = [
        ("2. Multi-year prepaid Gold",
         "Gold can be bought as a 3-year prepaid plan (SKU BMS-GOLD-3Y) at EUR 465 per device for the three years, "
         "invoiced in full at go-live. The prepaid plan cannot be cancelled during the three years, but devices "
         "added to the fleet later are co-termed at the pro-rated Gold list price."),
        ("3. Fleet availability guarantee and service credits (Gold only)",
         "Fleet availability is the share of covered devices that are in service, measured each business day and "
         "averaged over the calendar quarter; devices out of service because of an excluded cause (section 5) count "
         "as available. For every full percentage point below 98%, Perfusa credits 2% of the quarterly plan fee, "
         "capped at 20% of the quarterly plan fee. Service credits are the sole financial remedy for missing the "
         "availability guarantee and are applied to the next invoice."),
        ("4. Preventive maintenance content",
         "Each PM visit includes flow-accuracy verification with a calibrated analyser, occlusion pressure test at "
         "the highest and lowest setting, air-in-line sensor test, battery capacity test, door and latch "
         "inspection, firmware update to the current approved release and an electrical safety test to IEC 62353. "
         "A battery whose capacity has fallen below 70% of its rated capacity is replaced. A PM certificate per "
         "device is uploaded to the customer portal within 5 business days of the visit."),
        ("5. Exclusions",
         "No plan covers: damage caused by drops or impacts; fluid ingress resulting from cleaning with agents or "
         "methods not listed in Appendix C of the instructions for use; faults caused by administration sets that "
         "are not Perfusa sets; repairs or modifications by anyone other than Perfusa or a Perfusa-certified "
         "technician; loss or theft; consumables and accessories such as pole clamps. Excluded repairs are quoted "
         "at EUR 95 per hour plus parts and performed after written approval."),
        ("6. In-house biomedical technicians",
         "Hospital technicians can attend the Perfusa Level 1 Technician Certification: a 3-day course at the "
         "Perfusa training centre in Eindhoven at EUR 1,450 per technician, travel not included. A certified "
         "technician may perform first-line repairs (battery swap, door assembly replacement, pole clamp "
         "replacement) on Gold and Silver devices without affecting the plan; certification must be renewed "
         "every 2 years with a 1-day refresher at EUR 520."),
        ("7. Logging a fault",
         "Faults are logged through the customer portal or on +352 20 33 47 10 with the pump serial number. The "
         "response times in section 1 run from the time the fault is logged within service hours. A fault logged "
         "outside service hours is treated as logged at 08:00 CET on the next business day."),
    ]
    for h, p in paras:
        story += [Paragraph(h, ss["Heading3"]), Paragraph(p, body)]
    doc.build(story)


# ---------------------------------------------------------------- XLSX: specs, accessories, lead times
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)
    ws = wb.active
    ws.title = "Pump specifications"
    ws.append(["Perfusa infusion pump technical specifications - 2026 edition (rev. C)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["Parameter", "LVP-700", "SYR-300", "PCA-50"])
    for c in ws[3]:
        c.font = bold
    for r in [
        ["Pump type", "Large-volume volumetric pump", "Syringe pump", "Patient-controlled analgesia pump"],
        ["Flow rate range (ml/h)", "0.1 to 999", "0.01 to 1,200", "0.1 to 100"],
        ["Flow rate accuracy", "+/- 5%", "+/- 2%", "+/- 5%"],
        ["Containers / syringes", "Bags and bottles with PF-SET-LV20 sets", "5, 10, 20, 30 and 50/60 ml syringes",
         "100 ml reservoir cassette PF-CASS-100"],
        ["Occlusion pressure levels", "12 levels, 75 to 1,000 mmHg", "3 levels: 300, 500 and 900 mmHg",
         "3 levels: 300, 600 and 900 mmHg"],
        ["Air-in-line detection", "Single bubble 50 to 500 microlitres (adjustable)", "Not applicable",
         "Single bubble 100 microlitres"],
        ["KVO rate", "0.1 to 20 ml/h", "0.1 to 5 ml/h", "Not applicable"],
        ["Battery runtime at 25 ml/h", "9 hours", "14 hours", "36 hours"],
        ["Battery recharge time (from empty)", "5 hours", "4 hours", "6 hours"],
        ["Battery", "Li-ion 7.2 V 3,400 mAh (PF-BAT-LVP)", "Li-ion 7.2 V 2,600 mAh (PF-BAT-SYR)",
         "Li-ion 3.6 V 6,800 mAh (PF-BAT-PCA)"],
        ["Weight", "2.1 kg", "1.6 kg", "0.9 kg"],
        ["Dimensions (W x H x D)", "140 x 220 x 190 mm", "280 x 120 x 160 mm", "110 x 160 x 55 mm"],
        ["Ingress protection", "IP34", "IP33", "IP44"],
        ["Wireless", "Wi-Fi 802.11 a/b/g/n/ac, 2.4 and 5 GHz", "Wi-Fi 802.11 a/b/g/n/ac, 2.4 and 5 GHz",
         "Wi-Fi 802.11 a/b/g/n/ac, 2.4 and 5 GHz"],
        ["Event log capacity", "10,000 events", "10,000 events", "20,000 events"],
        ["Regulatory class (EU MDR)", "IIb", "IIb", "IIb"],
    ]:
        ws.append(r)
    for col, w in zip("ABCD", [36, 40, 40, 40]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Accessories and consumables")
    ws2.append(["Perfusa accessories and consumables price list - EUR, excluding VAT, valid 1 Jan to 31 Dec 2026"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["SKU", "Description", "Pack", "List price (EUR)", "Minimum order"])
    for c in ws2[3]:
        c.font = bold
    for r in [
        ["PF-SET-LV20", "LVP-700 administration set, 20 drops/ml, standard PVC", "Box of 100", 395.00, "10 boxes"],
        ["PF-SET-LV20NP", "LVP-700 administration set, DEHP-free non-PVC", "Box of 100", 468.00, "10 boxes"],
        ["PF-SET-LV20L", "LVP-700 administration set, light-protected amber", "Box of 100", 512.00, "5 boxes"],
        ["PF-EXT-150", "Syringe extension line 150 cm, for SYR-300", "Box of 100", 142.00, "10 boxes"],
        ["PF-CASS-100", "PCA-50 100 ml reservoir cassette with anti-siphon valve", "Box of 25", 289.00, "4 boxes"],
        ["PF-BAT-LVP", "Replacement battery for LVP-700", "Each", 118.00, "1"],
        ["PF-BAT-SYR", "Replacement battery for SYR-300", "Each", 96.00, "1"],
        ["PF-BAT-PCA", "Replacement battery for PCA-50", "Each", 84.00, "1"],
        ["PF-CLAMP-U", "Universal pole clamp", "Each", 64.00, "1"],
        ["PF-DOCK-8", "Rack-8 powered docking station, 8 pumps, one mains cable", "Each", 1190.00, "1"],
        ["PF-DOCK-4", "Rack-4 powered docking station, 4 pumps", "Each", 720.00, "1"],
    ]:
        ws2.append(r)
    for col, w in zip("ABCDE", [16, 58, 12, 16, 14]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Lead times and lifecycle")
    ws3.append(["Standard lead times and product lifecycle - as of November 2026"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Item", "Standard lead time", "Guaranteed spare parts and service until", "Notes"])
    for c in ws3[3]:
        c.font = bold
    for r in [
        ["LVP-700", "6 weeks from order", "31 December 2035", "Orders above 150 units: 8 weeks"],
        ["SYR-300", "6 weeks from order", "31 December 2035", ""],
        ["PCA-50", "10 weeks from order", "31 December 2034", "Built to order in batches"],
        ["Rack-8 / Rack-4 docking stations", "8 weeks from order", "31 December 2035", ""],
        ["Administration sets and consumables", "5 business days from order", "n/a", "Stock held in Bettembourg, Luxembourg"],
        ["DoseLogix licence activation", "2 business days from order", "n/a", "Library build follows implementation plan"],
        ["DLX-INT-EHR integration", "16 weeks after interface specification is signed", "n/a", "See Schedule L7"],
    ]:
        ws3.append(r)
    for col, w in zip("ABCD", [36, 44, 38, 40]):
        ws3.column_dimensions[col].width = w
    wb.save(os.path.join(K, "perfusa-product-data-2026.xlsx"))


# ---------------------------------------------------------------- Markdown KB article
KB = """# Implementation and go-live: what to expect

*Perfusa customer knowledge base, article KB-IMP-014, last reviewed October 2026.*

A hospital-wide replacement of infusion pumps with DoseLogix takes **14 weeks from order to hospital-wide go-live**
for a fleet of up to 250 devices. Larger fleets or EHR auto-programming add time (the DLX-INT-EHR integration goes
live 16 weeks after the interface specification is signed and usually follows the pump go-live).

## Phases

| Week | Phase | Who |
|---|---|---|
| 1 | Kick-off meeting, project plan, named Perfusa project manager | Perfusa, pharmacy, biomed, nursing, IT |
| 2-7 | Drug library build: 3 workshops with the pharmacy to define care areas, drug entries and limits | Perfusa clinical pharmacist, hospital pharmacy |
| 3 | Wi-Fi site survey of all wards that will use pumps | Perfusa network engineer, hospital IT |
| 8-9 | Library validation and sign-off by the hospital's lead pharmacist | Hospital pharmacy |
| 9-11 | Delivery, incoming inspection and acceptance testing of every pump | Perfusa engineer, biomed |
| 10-11 | Clinical super-user training | Perfusa clinical educators |
| 12 | Pilot ward go-live with on-site support for 3 days | Perfusa, pilot ward |
| 14 | Hospital-wide go-live with on-site support for 5 days | Perfusa, all wards |

## What the hospital provides

- A lead pharmacist with about 0.4 FTE during weeks 2 to 9 and a biomed lead for acceptance testing.
- Wi-Fi coverage of at least -67 dBm at every bedside where pumps are used, with WPA2-Enterprise or WPA3-Enterprise.
- Storage for delivered pumps and a room for training with power for 12 pumps.

## Training

Clinical super-user training is a 2-day on-site session for **a maximum of 12 participants per session**. Super-users
then train the end-users on their wards. A 45-minute e-learning module is included for an unlimited number of
nurses and remains available for the licence term. Biomedical technician training is a separate course (see the
BioCare service description).

## Delivery, acceptance and warranty

Pumps and docking stations are delivered DDP (Incoterms 2020) to the hospital's central store. A Perfusa engineer
performs acceptance testing of every device with the hospital's biomed team; the acceptance date starts the warranty.

- Pumps (LVP-700, SYR-300, PCA-50): **24 months parts and labour** from acceptance.
- Batteries: 12 months from acceptance.
- Docking stations: 24 months from acceptance.

Warranty does not cover the exclusions listed in section 5 of the BioCare service description.

## Trade-in of legacy pumps

Perfusa credits **EUR 120 per legacy volumetric pump** and **EUR 80 per legacy syringe pump** of any brand, working
or not, up to the number of new pumps of the same kind purchased. Legacy PCA pumps are taken back free of charge but
are not credited. The credit is applied to the final hardware invoice once the pumps are collected, and legacy pumps
must be handed over within 30 days of the hospital-wide go-live. Perfusa provides a certificate of data wiping and
WEEE-compliant recycling for every collected pump.
"""


# ---------------------------------------------------------------- HTML page served as URL
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Perfusa - Product security and interoperability statement</title></head>
<body>
<h1>Product security and interoperability statement</h1>
<p>Applies to LVP-700, SYR-300 and PCA-50 pumps (firmware 4.x) and to DoseLogix server release 2026.2.
Published by Perfusa Infusion Systems B.V., Eindhoven. Revision 7, September 2026.</p>

<h2>Network and wireless</h2>
<ul>
<li>Pumps support WPA2-Enterprise and WPA3-Enterprise with EAP-TLS using a device certificate per pump; pre-shared
keys are supported only for the 30-day evaluation mode.</li>
<li>All traffic between pump and DoseLogix server is encrypted with TLS 1.2 or TLS 1.3.</li>
<li>Pumps open no inbound ports. They connect outbound to the DoseLogix server on TCP port 443 only.</li>
<li>Pumps can be placed on a dedicated VLAN; no internet access is needed when DoseLogix is installed on premise.</li>
</ul>

<h2>Vulnerability management</h2>
<ul>
<li>Critical vulnerabilities (CVSS 9.0 or higher) are fixed within 30 days of confirmation; high vulnerabilities
(CVSS 7.0 to 8.9) within 90 days; others in the next scheduled release.</li>
<li>Security firmware is distributed over the air through DoseLogix. It is installed only after approval by the
hospital's biomed administrator, and pumps install it at the next docking while no infusion is running.</li>
<li>An independent penetration test of pump and server is performed every year; the executive summary is available
to customers under NDA.</li>
<li>A software bill of materials (SBOM) in CycloneDX format and the MDS2 form (2019 edition) are provided on request
under NDA.</li>
<li>Security updates are provided at least until 31 December 2035 for LVP-700 and SYR-300.</li>
</ul>

<h2>Interoperability</h2>
<ul>
<li>EHR auto-programming and auto-documentation: HL7 v2, IHE PCD-01 and PCD-03 (optional DLX-INT-EHR).</li>
<li>Alarm forwarding to nurse-call or messaging systems: IHE PCD-04 (Alert Communication Management), included in
the Enterprise licence at no extra cost.</li>
<li>Reports export: CSV and PDF; library export: XML and CSV.</li>
</ul>

<h2>Regulatory</h2>
<p>All three pumps are CE marked as class IIb medical devices under Regulation (EU) 2017/745 (MDR) and comply with
IEC 60601-1 and IEC 60601-2-24. DoseLogix is CE marked as class IIa medical device software.</p>
</body></html>
"""


def main():
    make_docx()
    make_pdf()
    make_xlsx()
    with open(os.path.join(K, "implementation-go-live.md"), "w", encoding="utf-8") as f:
        f.write(KB)
    with open(os.path.join(K, "security-interoperability.html"), "w", encoding="utf-8") as f:
        f.write(HTML)
    print("sources written to", K)


if __name__ == "__main__":
    main()
