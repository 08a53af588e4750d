"""Labels of the introduction chapter."""

LABELS: dict[str, dict[str, str]] = {
    # --- introduction chapter ----------------------------------------------------------
    "glance_title": {"nl": "De cijfers in één oogopslag", "en": "The numbers at a glance"},
    "capex_chart_title": {
        "nl": "Investeringen van de grote techbedrijven",
        "en": "Capital spending of the big tech companies",
    },
    "capex_chart_description": {
        "nl": (
            "Staafdiagram van de jaarlijkse investeringen van de grote techbedrijven, "
            "in miljarden dollars, met een schuifregelaar voor het deel dat met schuld "
            "wordt betaald."
        ),
        "en": (
            "Bar chart of the big tech companies' annual capital spending, in billions of "
            "dollars, with a slider for the share paid for with debt."
        ),
    },
    "financed_by_debt": {"nl": "met schuld betaald", "en": "paid for with debt"},
    "financed_by_cash": {"nl": "uit eigen kasstroom", "en": "from own cash flow"},
    "financing": {"nl": "Financiering", "en": "Financing"},
    "debt_share": {"nl": "Deel geleend", "en": "Share borrowed"},
    "debt_share_slider": {"nl": "Deel met schuld betaald (% van de investering)",
                          "en": "Share paid with debt (% of spending)"},
    "annual_interest_usd_bn": {"nl": "Rente in het eerste jaar (miljard dollar)",
                               "en": "Interest in the first year (USD billion)"},
    "interest_rate_slider": {"nl": "Rente (% per jaar)", "en": "Interest rate (% a year)"},
    "interest_label": {"nl": "rente", "en": "interest"},
    "annual_interest": {"nl": "Rente per jaar", "en": "Interest per year"},
    "ms_financing_title": {
        "nl": "Wie betaalt de datacenters? (Morgan Stanley, 2025-2028)",
        "en": "Who pays for the data centres? (Morgan Stanley, 2025-2028)",
    },
    "ms_financing_description": {
        "nl": (
            "Gestapelde staaf met de geschatte financiering van datacenters in 2025-2028: "
            "eigen kasstroom van de grote techbedrijven en het gat dat met private credit, "
            "private equity en staatsfondsen, obligaties en ABS wordt gedicht."
        ),
        "en": (
            "Stacked bar of the estimated financing of data centres in 2025-2028: the big "
            "tech companies' own cash flow and the gap filled by private credit, private "
            "equity and sovereign funds, corporate bonds and ABS."
        ),
    },
    "source_label": {"nl": "Herkomst van het geld", "en": "Where the money comes from"},
    "ms_hyperscaler_cash_flow": {
        "nl": "kasstroom techbedrijven",
        "en": "hyperscalers' cash flow",
    },
    "ms_private_credit": {"nl": "private credit", "en": "private credit"},
    "ms_pe_sovereign": {
        "nl": "private equity en staatsfondsen",
        "en": "private equity and sovereign funds",
    },
    "ms_corporate_bonds": {"nl": "bedrijfsobligaties", "en": "corporate bonds"},
    "ms_abs": {"nl": "ABS (effectisering)", "en": "ABS (securitisation)"},
    "dashboard_controls": {"nl": "Instellingen", "en": "Settings"},
    "glance_moodys_5y": {
        "nl": "Investeringen in datacenters, komende vijf jaar (Moody's)",
        "en": "Data-centre investment over the next five years (Moody's)",
    },
    "glance_huang_low": {
        "nl": "AI-infrastructuur tot 2030, ondergrens (Jensen Huang, Nvidia)",
        "en": "AI infrastructure to 2030, low end (Jensen Huang, Nvidia)",
    },
    "glance_ms_capex": {
        "nl": "Investeringen in datacenters wereldwijd, 2025-2028 (Morgan Stanley)",
        "en": "Global data-centre capex, 2025-2028 (Morgan Stanley)",
    },
    "glance_ms_gap": {
        "nl": "Deel dat niet uit eigen kasstroom komt (Morgan Stanley)",
        "en": "Part not covered by the tech firms' own cash flow (Morgan Stanley)",
    },
    "glance_ms_private_credit": {
        "nl": "Waarvan private credit (Morgan Stanley)",
        "en": "Of which private credit (Morgan Stanley)",
    },
    "glance_capex_2026": {
        "nl": "Investeringen Microsoft, Alphabet, Amazon en Meta in 2026",
        "en": "Capex of Microsoft, Alphabet, Amazon and Meta in 2026",
    },
    "glance_bonds_2025": {
        "nl": "Obligaties uitgegeven door vijf hyperscalers in 2025",
        "en": "Bonds issued by five hyperscalers in 2025",
    },
    "glance_spv": {
        "nl": "Datacenteruitgaven buiten de balans gebracht via SPV's",
        "en": "Data-centre spending moved off balance sheets through SPVs",
    },
    "glance_openai_commitments": {
        "nl": "Rekenkrachtverplichtingen van OpenAI (circa acht jaar)",
        "en": "OpenAI's compute commitments (about eight years)",
    },
    "glance_openai_revenue_h1": {
        "nl": "Omzet van OpenAI, eerste halfjaar 2025",
        "en": "OpenAI's revenue, first half of 2025",
    },
    "glance_cahn_2024": {
        "nl": "Benodigde jaarlijkse AI-omzet volgens Sequoia (2024)",
        "en": "Annual AI revenue needed according to Sequoia (2024)",
    },
    "glance_jpm": {
        "nl": "Benodigde jaaromzet voor 10% rendement (J.P. Morgan)",
        "en": "Annual revenue needed for a 10% return (J.P. Morgan)",
    },
    "glance_fiber_lit": {
        "nl": "Deel van de glasvezelcapaciteit in gebruik, 2001",
        "en": "Share of fibre capacity in use, 2001",
    },
    "glance_boe_5y": {
        "nl": "AI-infrastructuur in vijf jaar volgens de Bank of England",
        "en": "AI infrastructure over five years according to the Bank of England",
    },
}
