"""Generate the .docx and .xlsx knowledge sources for the vistellar-signage scenario.

Run with: nice -n 19 /work/main/.venv/bin/python make_sources.py
(The .md knowledge-base article and the .html page are plain files written by hand.)
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = Path(__file__).resolve().parent
KNOW = HERE / "knowledge"
KNOW.mkdir(exist_ok=True)


# ---------------------------------------------------------------- price list (xlsx)
def make_price_list(path: Path) -> None:
    wb = Workbook()
    head_font = Font(bold=True, color="FFFFFF")
    head_fill = PatternFill("solid", fgColor="1F3A5F")

    def sheet(ws, title_rows, header, rows, widths):
        r = 1
        for t in title_rows:
            ws.cell(row=r, column=1, value=t).font = Font(bold=(r == 1), size=13 if r == 1 else 10)
            r += 1
        r += 1
        for c, h in enumerate(header, 1):
            cell = ws.cell(row=r, column=c, value=h)
            cell.font = head_font
            cell.fill = head_fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in rows:
            r += 1
            for c, v in enumerate(row, 1):
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, float):
                    cell.number_format = "#,##0.00"
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[chr(64 + i)].width = w
        return r

    # Sheet 1: displays
    ws = wb.active
    ws.title = "Displays"
    sheet(
        ws,
        ["Vistellar Displays Ltd - UK Trade Price List Q4 2026 / Q1 2027",
         "Valid for orders placed 1 October 2026 to 31 March 2027. All prices in GBP, excluding VAT.",
         "Displays - commercial-grade LCD. Duty cycle = rated hours of operation per day / days per week."],
        ["SKU", "Model", "Size", "Brightness (nits)", "Native resolution", "Duty cycle",
         "Typical power (W)", "Max power (W)", "Operating temperature", "Humidity (operating)",
         "Weight (kg, no stand)", "Warranty", "Lead time", "List price (GBP)"],
        [
            ["VS-43P-IN", "ProLine 43", '43"', "500", "3840 x 2160 (4K UHD)", "18/7", "68", "110",
             "0 to 40 °C", "10-80% RH non-condensing", "9.8", "3 years on-site swap", "2 weeks", 845.00],
            ["VS-55P-IN", "ProLine 55", '55"', "700", "3840 x 2160 (4K UHD)", "18/7", "96", "150",
             "0 to 40 °C", "10-80% RH non-condensing", "17.5", "3 years on-site swap", "2 weeks", 1140.00],
            ["VS-65P-IN", "ProLine 65", '65"', "700", "3840 x 2160 (4K UHD)", "18/7", "130", "210",
             "0 to 40 °C", "10-80% RH non-condensing", "25.9", "3 years on-site swap", "3 weeks", 1690.00],
            ["VS-49W-HB", "WindowBright 49", '49"', "3,000", "1920 x 1080 (Full HD)", "24/7", "210", "380",
             "0 to 50 °C", "10-80% RH non-condensing", "21.0", "5 years on-site swap", "6 weeks", 2890.00],
            ["VS-55W-HB", "WindowBright 55", '55"', "3,500", "1920 x 1080 (Full HD)", "24/7", "260", "450",
             "0 to 50 °C", "10-80% RH non-condensing", "27.4", "5 years on-site swap", "6 weeks", 3420.00],
            ["VS-49W-DS", "WindowBright 49 Double-Sided", '49"', "2,500 (street side) / 700 (store side)",
             "1920 x 1080 (Full HD)", "24/7", "290", "520", "0 to 50 °C", "10-80% RH non-condensing",
             "34.2", "5 years on-site swap", "8 weeks", 4650.00],
        ],
        [12, 26, 7, 14, 20, 10, 11, 10, 14, 18, 11, 18, 10, 14],
    )
    r = ws.max_row + 2
    notes = [
        "Notes",
        "WindowBright models are designed for installation behind glass (shop windows, lobbies). Not for direct outdoor exposure.",
        "ProLine models are rated 18/7: schedule at least 6 hours off per day via VistaCast power scheduling to keep warranty cover for image retention.",
        "All displays: 1 x HDMI 2.0 input, RS-232 control, VESA mounting. ProLine 43/55 VESA 400 x 400; WindowBright 49 VESA 400 x 400 plus ceiling eyelets.",
        "Lead times are from receipt of purchase order (and deposit where required) to dispatch from our Reading warehouse.",
    ]
    for i, n in enumerate(notes):
        ws.cell(row=r + i, column=1, value=n).font = Font(bold=(i == 0))

    # Sheet 2: media players
    ws = wb.create_sheet("Media players")
    sheet(
        ws,
        ["VistaPlay media players", "One player per screen unless driving a video wall (X4)."],
        ["SKU", "Model", "Processor", "Memory", "Storage", "Video outputs", "Network", "Power",
         "Warranty", "Lead time", "List price (GBP)"],
        [
            ["VM-X2", "VistaPlay X2", "ARM octa-core 2.0 GHz", "4 GB", "32 GB eMMC",
             "1 x HDMI 2.0 (4K at 60 Hz)", "Gigabit Ethernet, Wi-Fi 6", "12 V DC adapter, 15 W max",
             "2 years return-to-base", "1 week", 265.00],
            ["VM-X4", "VistaPlay X4", "x86 quad-core 3.1 GHz", "8 GB", "128 GB SSD",
             "2 x HDMI 2.0, 1 x DisplayPort 1.4", "2 x Gigabit Ethernet, Wi-Fi 6", "19 V DC adapter, 65 W max",
             "2 years return-to-base", "2 weeks", 445.00],
        ],
        [10, 14, 20, 8, 12, 26, 24, 22, 20, 10, 14],
    )

    # Sheet 3: mounts
    ws = wb.create_sheet("Mounts")
    sheet(
        ws,
        ["Mounts and stands", "Mount warranty: 5 years against manufacturing defects."],
        ["SKU", "Description", "Fits", "VESA", "Max load", "Notes", "List price (GBP)"],
        [
            ["MT-FLAT-55", "Low-profile fixed wall mount", '43-65"', "up to 600 x 400", "60 kg",
             "Depth 25 mm", 64.00],
            ["MT-TILT-55", "Tilt wall mount, 0-15° tilt", '43-65"', "up to 600 x 400", "60 kg",
             "Depth 62 mm; menu-board standard", 89.00],
            ["MT-CEIL-49", "Ceiling hanging kit for WindowBright 49 / 55", "WindowBright 49, 55",
             "ceiling eyelets", "80 kg",
             "Drop 0.5 to 1.5 m, steel cables cut to length on order (non-cancellable once cut)", 215.00],
            ["MT-FLOOR-55", "Floor stand with lockable base", '43-55"', "up to 400 x 400", "40 kg",
             "Height 1.8 m", 390.00],
        ],
        [12, 40, 20, 16, 10, 48, 14],
    )

    # Sheet 4: software and services
    ws = wb.create_sheet("Software & services")
    sheet(
        ws,
        ["VistaCast CMS licences and services", "Licences are per media player, 12-month term."],
        ["SKU", "Item", "Unit", "List price (GBP)"],
        [
            ["LIC-VC-STD", "VistaCast Standard licence", "per player per year", 96.00],
            ["LIC-VC-PRO", "VistaCast Pro licence", "per player per year", 144.00],
            ["LIC-VC-ENT", "VistaCast Enterprise licence", "per player per year", 210.00],
            ["SRV-INST-STD", "Standard installation (wall or floor mount, up to 3 m height)", "per screen", 185.00],
            ["SRV-INST-CEIL", "Ceiling-hung installation (2-person team)", "per screen", 260.00],
            ["SRV-SURV-ONS", "On-site survey (if remote photo survey is not sufficient)", "per store", 150.00],
            ["SRV-CARE-STD", "CareStandard support", "per screen per year", 48.00],
            ["SRV-CARE-PLUS", "CarePlus support", "per screen per year", 96.00],
            ["SRV-CARE-247", "Care 24/7 support", "per screen per year", 168.00],
            ["SRV-PM-STORE", "Rollout project management", "per store", 350.00],
            ["SRV-CONT-DES", "Content design (menu board template set)", "per template", 420.00],
        ],
        [16, 58, 22, 14],
    )

    # Sheet 5: VistaCast editions
    ws = wb.create_sheet("VistaCast editions")
    sheet(
        ws,
        ["VistaCast edition comparison", "See the VistaCast FAQ for details of each feature."],
        ["Feature", "Standard", "Pro", "Enterprise"],
        [
            ["Named users", "5", "25", "Unlimited"],
            ["Content storage per account", "50 GB", "250 GB", "1 TB"],
            ["Scheduling and dayparting", "Yes", "Yes", "Yes"],
            ["Data feeds (Google Sheets, RSS, JSON URL)", "Yes", "Yes", "Yes"],
            ["Content approval workflow", "No", "Yes", "Yes"],
            ["Proof-of-play reports", "No", "Yes", "Yes"],
            ["REST API", "No", "Read-only", "Read and write"],
            ["Single sign-on (SAML 2.0)", "No", "No", "Yes"],
            ["Audit log retention", "30 days", "90 days", "365 days"],
            ["Included onboarding training", "Self-serve videos", "2-hour remote session", "2 x 2-hour remote sessions"],
        ],
        [44, 18, 22, 26],
    )

    # Sheet 6: commercial notes
    ws = wb.create_sheet("Commercial notes")
    sheet(
        ws,
        ["Commercial notes"],
        ["Topic", "Detail"],
        [
            ["Volume bands (displays only)", "10-49 displays: 5%; 50-199 displays: 8%; 200+ displays: on application"],
            ["Delivery", "Free to UK mainland for consignments over £5,000 ex VAT; otherwise £95 per consignment"],
            ["Highlands, islands, Northern Ireland", "Delivery quoted on request"],
            ["Price changes", "List prices may change on 1 April 2027; accepted quotes are honoured for their validity period"],
            ["Trade-in", "No trade-in programme is currently offered"],
        ],
        [36, 100],
    )
    wb.save(path)


# ---------------------------------------------------------------- terms (docx)
def make_terms(path: Path) -> None:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)

    d.add_heading("Vistellar Displays Ltd - Terms of Sale and Support", 0)
    d.add_paragraph("Version 4.2, effective 1 September 2026. Vistellar Displays Ltd, Unit 7 Arlington Business "
                    "Park, Reading RG7 4SA. Company no. 08812944. VAT GB 219 4471 06.")
    d.add_paragraph("These terms apply to every quote and order for hardware, VistaCast software licences, "
                    "installation and support services, unless a separate master agreement signed by both "
                    "parties says otherwise.")

    d.add_heading("1. Quotes and orders", 1)
    d.add_paragraph("1.1 A quote is valid for 30 days from its date unless the quote states a different expiry date.")
    d.add_paragraph("1.2 An order is accepted when we confirm the customer's purchase order in writing. Changes to "
                    "quantities, products or delivery addresses after acceptance require a revised quote.")
    d.add_paragraph("1.3 Orders with a hardware value above £25,000 ex VAT require a 20% deposit with the purchase "
                    "order. The deposit is deducted from the first hardware invoice.")

    d.add_heading("2. Prices, invoicing and payment", 1)
    d.add_paragraph("2.1 Prices are in GBP and exclude VAT, which is added at the prevailing rate.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Light Grid Accent 1"
    t.rows[0].cells[0].text = "What"
    t.rows[0].cells[1].text = "When we invoice"
    for a, b in [
        ("Hardware (displays, media players, mounts)", "On dispatch, per consignment"),
        ("Installation", "On completion, per store"),
        ("Project management", "50% at kick-off, 50% when the last store goes live"),
        ("VistaCast licences and support plans", "annually in advance, from the go-live date of the first store"),
    ]:
        row = t.add_row().cells
        row[0].text = a
        row[1].text = b
    d.add_paragraph("2.2 Invoices are payable within 30 days of the invoice date by bank transfer. We do not accept "
                    "payment by credit card for invoices above £10,000.")
    d.add_paragraph("2.3 Late payments carry interest at 4% above the Bank of England base rate, and we may suspend "
                    "support services while an invoice is more than 45 days overdue.")

    d.add_heading("3. Delivery and risk", 1)
    d.add_paragraph("3.1 Lead times are those shown in the current price list and run from acceptance of the order "
                    "(and receipt of any deposit). They are estimates, not guaranteed dates.")
    d.add_paragraph("3.2 Delivery is to the addresses on the order, UK mainland, Monday to Friday, kerbside unless "
                    "installation is ordered. Risk passes on delivery; title passes when the hardware is paid in full.")
    d.add_paragraph("3.3 Shortages or visible transit damage must be reported within 3 business days of delivery.")

    d.add_heading("4. Warranty", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for i, h in enumerate(["Product", "Warranty period", "Type"]):
        t.rows[0].cells[i].text = h
    for row in [
        ("ProLine displays", "3 years", "On-site swap: a replacement panel is fitted by our engineer"),
        ("WindowBright displays", "5 years", "On-site swap, including ceiling-hung units"),
        ("VistaPlay media players", "2 years", "Return-to-base; advance replacement with CarePlus or Care 24/7"),
        ("Mounts and stands", "5 years", "Manufacturing defects only"),
    ]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph("4.1 The warranty period starts on the delivery date.")
    d.add_paragraph("4.2 Panel defects, backlight failure and power-supply failure are covered. Pixel defects are "
                    "assessed against the panel manufacturer's published pixel policy.")
    d.add_paragraph("4.3 Not covered: image retention caused by static content shown beyond the rated duty cycle; "
                    "physical damage, liquid ingress or vandalism; installation by anyone other than Vistellar or a "
                    "Vistellar-certified installer; use of non-Vistellar media players with VistaCast.")

    d.add_heading("5. Support plans", 1)
    d.add_paragraph("All support plans include remote monitoring of players through VistaCast, firmware updates and "
                    "access to the support portal. Priority 1 (P1) means a store has one or more screens blank or "
                    "showing wrong prices.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Light Grid Accent 1"
    for i, h in enumerate(["", "CareStandard", "CarePlus", "Care 24/7"]):
        t.rows[0].cells[i].text = h
    for row in [
        ("Support desk hours", "Mon-Fri 08:00-18:00", "Mon-Sat 07:00-20:00", "24 hours, 365 days"),
        ("P1 response time", "8 business hours", "4 hours", "1 hour"),
        ("P2/P3 response time", "2 business days", "1 business day", "4 hours"),
        ("On-site attendance", "within 5 business days", "next business day", "within 8 hours"),
        ("Media player advance replacement", "No", "Yes", "Yes"),
        ("Quarterly health report", "No", "Yes", "Yes"),
        ("Named account engineer", "No", "No", "Yes"),
    ]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph("5.1 Response times are measured within the support desk hours of the plan. On-site "
                    "attendance applies to UK mainland addresses.")
    d.add_paragraph("5.2 Support plans must cover every screen at a site; mixed plans at one site are not offered.")

    d.add_heading("6. VistaCast software licence", 1)
    d.add_paragraph("6.1 VistaCast licences run for 12 months and renew automatically for further 12-month terms "
                    "unless either party gives at least 60 days' written notice before the renewal date.")
    d.add_paragraph("6.2 Renewal prices will not rise by more than 5% over the previous term's price.")
    d.add_paragraph("6.3 Licences are per media player and may be moved between players in the same account.")

    d.add_heading("7. Cancellation and returns", 1)
    d.add_paragraph("7.1 An accepted order may be cancelled before dispatch subject to a restocking fee of 15% of the "
                    "cancelled hardware value.")
    d.add_paragraph("7.2 Items made or cut to order (including ceiling hanging kits once cables are cut to length) "
                    "cannot be cancelled.")
    d.add_paragraph("7.3 Licences and support plans cannot be cancelled mid-term; unused installation visits may "
                    "be cancelled free of charge with 5 business days' notice.")

    d.add_heading("8. Liability", 1)
    d.add_paragraph("8.1 Our total liability in any contract year is limited to 100% of the fees paid by the "
                    "customer in the preceding 12 months. We are not liable for loss of profit, revenue or "
                    "business interruption.")

    d.add_heading("9. Data protection", 1)
    d.add_paragraph("9.1 VistaCast runs on Microsoft Azure. Personal data (user names, e-mail addresses, audit "
                    "logs) is processed in accordance with UK GDPR. A data processing agreement (DPA) is available "
                    "on request.")

    d.add_heading("10. Governing law", 1)
    d.add_paragraph("10.1 These terms are governed by the laws of England and Wales, and the courts of England "
                    "and Wales have exclusive jurisdiction.")
    d.save(path)


if __name__ == "__main__":
    make_price_list(KNOW / "Vistellar_Price_List_Q4-2026.xlsx")
    make_terms(KNOW / "Vistellar_Terms_of_Sale_and_Support_v4.2.docx")
    print("written")
