"""Generate the four knowledge sources of the scrivana-managed-print scenario.

Run with: /work/main/.venv/bin/python make_sources.py
(reportlab is loaded from /tmp/rl if it is not installed in the environment.)
"""
import os
import sys

sys.path.insert(0, "/tmp/rl")

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

HERE = os.path.dirname(os.path.abspath(__file__))
KNOW = os.path.join(HERE, "knowledge")
os.makedirs(KNOW, exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Scrivana Managed Print Services Agreement", 0)
    d.add_paragraph(
        "Schedule 2: Service Levels, Per-Page Pricing and Volume Terms. Document reference MPS-S2, version 4.1, "
        "effective 6 January 2025. This Schedule forms part of every Managed Print Services Agreement (MPSA) "
        "between Scrivana Print Services Ltd (\"Scrivana\") and the Customer. Where this Schedule and a quote "
        "conflict, the quote prevails for prices and quantities and this Schedule prevails for everything else."
    )

    d.add_heading("1. Definitions", 1)
    for t in [
        "Click: one side of one A4 sheet printed or copied on a managed device. An A3 page counts as two clicks; "
        "a duplex (two-sided) A4 sheet counts as two clicks.",
        "Colour click: any click on which the device's colour sensor detects colour toner, including a colour "
        "letterhead logo or a coloured signature. All other clicks are mono clicks.",
        "Scanning and fax transmissions are not charged. Test and calibration pages printed by a Scrivana "
        "engineer are not charged and are deducted from the meter reading.",
        "Estimated annual volume: the mono and colour volumes stated on the quote, in thousands of A4 clicks.",
        "Business hours: 08:00 to 18:00 Monday to Friday, excluding bank holidays in England and Wales.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("2. Per-page pricing and indexation", 1)
    d.add_paragraph(
        "Click charges are quoted per 1,000 A4 clicks and cover toner, drums, developer, fuser units, "
        "maintenance kits, parts, labour and engineer travel. Paper and staples are not included. Click "
        "charges and the fleet management fee are fixed for the first 12 months of the term. Thereafter "
        "they are adjusted each year on 1 April by the UK Consumer Prices Index (CPI) published by the ONS for "
        "the preceding January, capped at 4.0% per year. A negative CPI never reduces the rates."
    )

    d.add_heading("3. Volume commitment", 1)
    d.add_paragraph(
        "The Customer commits to a minimum annual volume of 80% of the estimated annual volume, measured "
        "separately for mono and colour and pooled across the whole fleet (not per device). A shortfall below "
        "the minimum is billed once a year, at the end of each contract year, at 50% of the applicable click "
        "rate. Volume above the estimate is billed at the contracted click rate with no excess surcharge. "
        "Either party may request a re-baseline of the estimated annual volume once per contract year if "
        "actual volume differs from the estimate by more than 20%; re-baselined volumes may move the account "
        "into a different price band of the current price sheet."
    )

    d.add_heading("4. Meter readings and billing", 1)
    d.add_paragraph(
        "Meter readings are collected automatically by the Scrivana FleetLink agent on the last business day "
        "of each quarter. Click charges are invoiced quarterly in arrears. If no reading is received for a "
        "device, Scrivana estimates its volume from the average of the previous two quarters and corrects the "
        "estimate on the next actual reading. The fleet management fee is invoiced annually in advance. "
        "Payment is due 30 days from the invoice date."
    )

    d.add_heading("5. Service levels", 1)
    d.add_paragraph("Engineer response time is measured from the logging of a fault to the engineer's arrival on site:")
    tbl = d.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    hdr = tbl.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Zone", "Area", "On-site response time"
    for z, a, r in [
        ("Zone A", "Greater London (inside the M25), central Manchester, central Birmingham", "4 business hours"),
        ("Zone B", "Other towns and cities in England and Wales, including Leeds, Bristol and Cardiff", "8 business hours"),
        ("Zone C", "Scotland, Northern Ireland, islands", "next business day"),
    ]:
        row = tbl.add_row().cells
        row[0].text, row[1].text, row[2].text = z, a, r
    d.add_paragraph(
        "Targets: first-time fix rate of 85% across the fleet per quarter; device uptime of 98% per device per "
        "calendar month, measured during business hours. If a device's uptime falls below 98% in a month, the "
        "Customer receives a service credit of 5% of that device's monthly share (one twelfth) of the annual "
        "fleet management fee for each full percentage point below 98%, capped at 25% of that monthly share. "
        "Total service credits in a quarter are capped at 10% of that quarter's click-charge invoice. Service "
        "credits must be claimed within 60 days of the end of the month concerned and are the Customer's sole "
        "and exclusive remedy for failure to meet the service levels."
    )
    d.add_paragraph(
        "Lemon rule: if the same fault recurs on a device three or more times within 90 days, Scrivana replaces "
        "the device with an equivalent or better model at no charge."
    )

    d.add_heading("6. Consumables", 1)
    d.add_paragraph(
        "Toner is included in the click charge and is supplied by auto-replenishment: FleetLink places an order "
        "when a cartridge reaches 15% remaining, and the cartridge is delivered within 2 business days. Spare "
        "cartridges remain Scrivana's property until installed. Staple cartridges for finishers are chargeable "
        "(SC-5000, pack of 3, GBP 38.00). Empty cartridges are collected free of charge for recycling."
    )

    d.add_heading("7. Term, additions and termination", 1)
    d.add_paragraph(
        "The minimum term is 48 months from the go-live date. After the minimum term the MPSA renews for "
        "successive 12-month periods unless either party gives 90 days' written notice. Devices added during "
        "the term co-terminate with the MPSA and are charged at the quoted rates if ordered within 12 months "
        "of the quote date. If the Customer terminates for convenience before the end of the minimum term, an "
        "early termination charge is payable equal to 60% of the fleet management fees for the remaining "
        "months of the minimum term; no click shortfall is charged for those remaining months."
    )

    d.add_heading("8. Hardware ownership and end of term", 1)
    d.add_paragraph(
        "Hardware purchased under a quote becomes the Customer's property on payment in full. At the end of "
        "the term, or when a device is retired earlier, Scrivana will on request sanitise its storage to the "
        "NIST SP 800-88 Purge standard, issue a certificate of sanitisation listing each device serial number, "
        "and collect the device for WEEE-compliant recycling at no charge within 20 business days. A Customer "
        "who prefers to keep the physical drives may ask for them to be removed and handed over at GBP 35 per "
        "drive."
    )
    d.save(os.path.join(KNOW, "MPSA-Schedule2-Service-Levels-and-Pricing.docx"))


# ---------------------------------------------------------------- PDF
def make_pdf():
    path = os.path.join(KNOW, "Security-and-Confidentiality-Guide-Legal.pdf")
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h1, h2 = ss["Title"], ss["Heading2"]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Security and Confidentiality Guide for Legal Practices")
    s = [Paragraph("Security and Confidentiality Guide for Legal Practices", h1),
         Paragraph("Kyonix TaskLine multifunction devices with Scrivana SecureRelease and FleetLink. "
                   "Guide SEC-LEG-2025, issued February 2025 by Scrivana Print Services Ltd.", body),
         Spacer(1, 6)]

    def sec(title, *paras):
        s.append(Paragraph(title, h2))
        for p in paras:
            s.append(Paragraph(p, body))
            s.append(Spacer(1, 3))

    sec("1. Why this matters to a law firm",
        "Multifunction devices hold copies of everything they print, copy and scan: pleadings, completion "
        "statements, medical reports and privileged advice. The controls below are enabled by default on "
        "every device Scrivana deploys for a legal-sector customer; none of them is a chargeable option unless "
        "stated.")
    sec("2. Storage encryption and overwrite",
        "The TaskLine C4550 stores job data on a 320 GB self-encrypting SSD; the TaskLine M4020 uses a 64 GB "
        "eMMC module. Both encrypt all stored data with AES-256, with the key held in the device's Trusted "
        "Platform Module (TPM 2.0), so a drive removed from the device cannot be read elsewhere. Temporary job "
        "data is overwritten immediately after each job with a single pass; a three-pass overwrite can be "
        "switched on, at a cost of roughly 8% in copy throughput on large jobs.")
    sec("3. Certification",
        "The TaskLine C4550 is Common Criteria certified against the Protection Profile for Hardcopy Devices "
        "(HCD-PP v1.0), certificate CC-2024-0417. The TaskLine M4020 is in evaluation against the same profile; "
        "certification is expected in Q3 2025. Scrivana holds ISO/IEC 27001:2022 certification and Cyber "
        "Essentials Plus for its managed-service operations.")
    sec("4. SecureRelease follow-me printing",
        "With SecureRelease, a print job is held on the SecureRelease server and is only printed when the user "
        "authenticates at any device in the fleet with a badge (HID iCLASS SE, HID Prox or MIFARE DESFire EV2 "
        "cards, via the KX-CR-HID reader) or a 6-digit PIN. Unreleased jobs are deleted after 24 hours; the "
        "retention period can be set between 1 and 72 hours. Users can be prompted for a client-matter number "
        "at release; page counts per client-matter number are exported daily as a CSV file for cost recovery, "
        "with native export formats for Elite 3E and Aderant Expert. The licence is per device and includes "
        "server software updates for the licence term.")
    sec("5. Scan destinations",
        "Scan to e-mail, scan to network folder (SMB 3.0), scan to SharePoint Online and scan to OneDrive for "
        "Business are included. Scan to iManage Work requires the Scrivana ScanConnect add-on. Scanned "
        "documents can be converted to searchable PDF/A on the device. Fax is disabled by default and needs the "
        "KX-FAX board.")
    sec("6. Network hardening",
        "TLS 1.2 and 1.3 only; SMBv1, Telnet and FTP are disabled at installation; IEEE 802.1X port "
        "authentication and IPsec are supported. Administrator passwords are unique per device and stored in "
        "Scrivana's vault. Critical firmware security patches (CVSS 9.0 or higher) are applied remotely within "
        "30 days of release by the manufacturer, outside business hours; other patches are applied at the "
        "next quarterly maintenance window.")
    sec("7. FleetLink data and audit logs",
        "The FleetLink agent sends meter readings, toner levels, error codes and firmware versions only. It "
        "never transmits document content, file names, user names or e-mail addresses. FleetLink data is hosted "
        "in the UK, in data centres in London and Manchester. Device audit logs (log-ins, job metadata, "
        "configuration changes) are kept for 90 days on the device and for 13 months in the FleetLink cloud, "
        "and can be forwarded in real time to the Customer's SIEM over syslog (RFC 5424) with TLS.")
    sec("8. End of life",
        "When a device leaves service, its storage is sanitised to NIST SP 800-88 Purge using the drive's "
        "cryptographic erase, and a certificate of sanitisation per serial number is issued within 10 business "
        "days of collection.")
    t = Table([["Control", "TaskLine C4550", "TaskLine M4020"],
               ["Storage", "320 GB SSD, AES-256", "64 GB eMMC, AES-256"],
               ["Common Criteria", "HCD-PP v1.0 certified", "In evaluation (Q3 2025)"],
               ["Card reader", "KX-CR-HID", "KX-CR-HID"],
               ["Audit log on device", "90 days", "90 days"]],
              colWidths=[45 * mm, 60 * mm, 60 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    s.append(Spacer(1, 6))
    s.append(t)
    doc.build(s)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Devices"
    ws.append(["Scrivana device and price sheet 2025 (GBP, excluding VAT), valid 1 January to 31 December 2025"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    cols = ["Model", "SKU", "Format", "Colour", "Print speed (A4 ppm)", "First page out (s)",
            "Standard paper capacity (sheets)", "Maximum paper capacity (sheets)",
            "Recommended monthly volume (pages)", "Maximum duty cycle (pages/month)",
            "Duplex scan speed (ipm)", "Power while printing (W)", "TEC (kWh/week)",
            "Dimensions W x D x H (mm)", "Weight (kg)", "List price (GBP)"]
    ws.append(cols)
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ["TaskLine C4550", "KX-C4550-A3", "A3", "Colour", 45, 5.9, "1,150", "6,650", "8,000 to 30,000",
         "200,000", 270, 780, 1.42, "615 x 685 x 790", 98, "4,180.00"],
        ["TaskLine M4020", "KX-M4020-A4", "A4", "Mono", 40, 5.2, "600", "2,300", "2,000 to 8,000",
         "100,000", 160, 560, 0.71, "475 x 460 x 580", 29, "1,265.00"],
        ["TaskLine C3030", "KX-C3030-A3", "A3", "Colour", 30, 7.1, "1,150", "5,150", "5,000 to 15,000",
         "120,000", 160, 640, 1.05, "585 x 680 x 790", 86, "2,960.00"],
        ["TaskLine M5560", "KX-M5560-A3", "A3", "Mono", 55, 3.9, "2,150", "7,650", "15,000 to 50,000",
         "300,000", 270, 950, 1.88, "650 x 720 x 1,150", 131, "3,890.00"],
    ]
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append(["Notes: print speeds are A4 simplex; A3 speed is half the A4 speed. TEC is the typical "
               "electricity consumption per week measured under the ENERGY STAR 3.2 method."])

    ws2 = wb.create_sheet("Click rates")
    ws2.append(["Per-page (click) rates 2025, GBP per 1,000 A4 clicks, by estimated annual fleet volume"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Category", "Volume band (A4 clicks per year)", "Rate per 1,000 clicks (GBP)", "Equivalent per page (pence)"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for r in [
        ["Mono", "below 1,000,000", "5.10", "0.51"],
        ["Mono", "1,000,000 to 3,000,000", "4.20", "0.42"],
        ["Mono", "above 3,000,000", "3.70", "0.37"],
        ["Colour", "below 250,000", "42.00", "4.20"],
        ["Colour", "250,000 to 500,000", "38.00", "3.80"],
        ["Colour", "above 500,000", "34.50", "3.45"],
    ]:
        ws2.append(r)
    ws2.append([])
    ws2.append(["The band is set by the estimated annual volume on the quote across the whole fleet. "
                "An A3 page counts as two clicks. Fleet management fee: GBP 180.00 per device per year for "
                "fleets of 20 devices or more, GBP 210.00 below 20 devices."])

    ws3 = wb.create_sheet("Options")
    ws3.append(["Options and accessories 2025 (GBP, excluding VAT)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["SKU", "Description", "Fits", "Price (GBP)", "Notes"])
    for c in ws3[3]:
        c.font = Font(bold=True)
    for r in [
        ["KX-FN-BK12", "Booklet finisher with 2/4-hole punch", "C4550 only", "1,140.00",
         "Staples up to 50 sheets; booklets up to 20 sheets (80 pages)"],
        ["KX-FN-IN05", "Inner finisher, 50-sheet staple", "C4550, C3030, M5560", "540.00", "Not compatible with KX-FN-BK12"],
        ["KX-PF-550", "550-sheet paper feeder", "M4020 (up to 3)", "310.00", "Adds one tray of 550 sheets"],
        ["KX-HCT-3000", "3,000-sheet high-capacity tray", "C4550, M5560", "890.00", "Side-mounted, A4 only"],
        ["KX-CR-HID", "Card reader (HID iCLASS SE, HID Prox, MIFARE DESFire EV2)", "All models", "85.00",
         "Needed for badge release with SecureRelease"],
        ["KX-FAX", "Fax board (1 line)", "All models", "260.00", "Fax disabled by default"],
        ["KX-WLAN", "Wireless LAN module (Wi-Fi 6)", "All models", "75.00", ""],
        ["KX-CAB", "Storage cabinet / stand", "M4020", "120.00", ""],
        ["SCR-SCN-IMW", "ScanConnect for iManage Work", "All models", "12.00 per device per month",
         "Minimum 12 months; co-terminates with the MPSA"],
    ]:
        ws3.append(r)
    for w in (ws, ws2, ws3):
        for col in "ABCDEFGHIJKLMNOP":
            w.column_dimensions[col].width = 22
    wb.save(os.path.join(KNOW, "Scrivana-Device-and-Price-Sheet-2025.xlsx"))


# ---------------------------------------------------------------- Markdown KB article
MD = """# Deployment and onboarding for professional-services firms

*Scrivana knowledge base, article KB-0142, last reviewed 20 January 2025.*

This article explains what happens between signing a Managed Print Services Agreement and the first quarterly
invoice, for law firms, accountancies and other professional-services customers.

## Timeline

| Step | When | Detail |
|---|---|---|
| Site survey | within 10 business days of order | Our engineer maps device locations, power and network points and checks floor loading for A3 devices. |
| Device lead time | 3 to 4 weeks from survey | TaskLine C4550 configurations with the KX-FN-BK12 booklet finisher take up to 6 weeks. |
| Installation | agreed date | Network set-up, SecureRelease enrolment, address-book migration. |
| Go-live hypercare | first 2 business days after go-live | A dedicated engineer stays on site for deployments of 25 devices or more. |
| First account review | 90 days after go-live | Quarterly business reviews (QBR) are included for fleets of 30 devices or more. |

## Installation windows

We know fee earners and clients cannot be disturbed. Installation can take place outside office hours, from
18:00 to 22:00 on weekdays or on Saturdays from 08:00 to 16:00. Out-of-hours installation is free of charge for
orders of 20 devices or more; below that a surcharge of £75 per device applies. Installation in a client meeting
floor is always scheduled outside office hours.

## Migration and legacy devices

- Address books: up to 500 contacts per device are migrated at no charge; larger address books are quoted separately.
- Legacy devices from another supplier: we can remove them and sanitise their drives to NIST SP 800-88 Purge at
  £60 per device, or return them to the lessor on your behalf. Any return fees charged by the lessor remain
  the customer's responsibility.
- SecureRelease enrolment: users enrol their badge at first use; PIN codes are sent by e-mail from the SecureRelease server.

## Training

Key-user training sessions last half a day on site with up to 8 participants per session and cover
SecureRelease administration, client-matter codes, scan workflows and basic troubleshooting (paper jams,
toner replacement). All end users get access to a library of 20-minute e-learning videos at no charge.

## Support after go-live

- **Service desk:** 08:00 to 18:00 on business days, by portal (support.scrivana.co.uk), by phone on
  0330 094 7720 or by e-mail. Faults logged through the device's own "Call service" button are routed automatically.
- **Out-of-hours emergency line:** not included in the standard service; available as the Premium Cover
  option at £22 per device per year, giving telephone support 18:00 to 22:00 on weekdays and engineer
  attendance on Saturdays.
- **Toner:** ordered automatically; there is nothing for you to do. Paper is not supplied by Scrivana.
- **Moves:** moving a device within the same building is free once per device per contract year; moves between
  sites are quoted separately.
"""


def make_md():
    with open(os.path.join(KNOW, "kb-deployment-and-onboarding.md"), "w", encoding="utf-8") as f:
        f.write(MD)


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", KNOW)
