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
        "nl": "Investeringen in datacenters wereldwijd (Moody's)",
        "en": "Global data-centre investment (Moody's)",
    },
    "glance_huang_low": {
        "nl": "Uitgaven aan AI-infrastructuur, ondergrens (Jensen Huang, Nvidia)",
        "en": "AI-infrastructure spending, low end (Jensen Huang, Nvidia)",
    },
    "glance_ms_capex": {
        "nl": "Investeringen in datacenters wereldwijd (Morgan Stanley)",
        "en": "Global data-centre capex (Morgan Stanley)",
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
        "nl": "Investeringen van Microsoft, Alphabet, Amazon en Meta (Bloomberg)",
        "en": "Capex of Microsoft, Alphabet, Amazon and Meta (Bloomberg)",
    },
    "glance_bonds_2025": {
        "nl": "Obligaties uitgegeven door Amazon, Alphabet, Meta, Microsoft en Oracle",
        "en": "Bonds issued by Amazon, Alphabet, Meta, Microsoft and Oracle",
    },
    "glance_spv": {
        "nl": "Datacenteruitgaven buiten de balans gebracht via SPV's",
        "en": "Data-centre spending moved off balance sheets through SPVs",
    },
    "glance_openai_commitments": {
        "nl": "Afnameverplichtingen van OpenAI voor rekenkracht (Altman)",
        "en": "OpenAI's compute commitments (Altman)",
    },
    "glance_openai_compute_2030": {
        "nl": "Geplande uitgaven van OpenAI aan rekenkracht",
        "en": "OpenAI's planned compute spending",
    },
    "glance_openai_revenue_2025": {
        "nl": "Omzet van OpenAI",
        "en": "OpenAI's revenue",
    },
    "glance_openai_run_rate": {
        "nl": "Omzet op jaarbasis van OpenAI",
        "en": "OpenAI's revenue run rate",
    },
    "glance_cahn_2024": {
        "nl": "Benodigde jaarlijkse AI-omzet (David Cahn, Sequoia)",
        "en": "Annual AI revenue needed (David Cahn, Sequoia)",
    },
    "glance_jpm": {
        "nl": "Benodigde jaaromzet voor 10% rendement (J.P. Morgan)",
        "en": "Annual revenue needed for a 10% return (J.P. Morgan)",
    },
    "glance_fiber_lit": {
        "nl": "Deel van de Amerikaanse glasvezelcapaciteit in gebruik",
        "en": "Share of US fibre capacity in use",
    },
    "glance_boe_5y": {
        "nl": "Uitgaven aan AI-infrastructuur volgens de Bank of England",
        "en": "AI-infrastructure spending according to the Bank of England",
    },
}


PLURALS: dict[str, dict[str, dict[str, str]]] = {
    # the verb agrees with the count: "In dat jaar ging 1 ... / gingen 77 ... failliet"
    "n_us_telecom_companies_went": {
        "nl": {"one": "ging {n} Amerikaans telecombedrijf",
               "other": "gingen {n} Amerikaanse telecombedrijven"},
        "en": {"one": "{n} US telecom company went", "other": "{n} US telecom companies went"},
    },
}
"""Counts of the introduction (:func:`aifin_lib.i18n.t_plural`)."""
