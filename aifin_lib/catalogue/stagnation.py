"""Labels of the stagnation-scenario chapter (keys prefixed ``stag_``)."""

LABELS: dict[str, dict[str, str]] = {
    "stag_holder_private_credit": {"nl": "Private credit", "en": "Private credit"},
    "stag_holder_banks": {"nl": "Banken", "en": "Banks"},
    "stag_holder_bond_investors": {"nl": "Obligatiebeleggers", "en": "Bond investors"},
    "stag_holder_equity": {"nl": "Aandeelhouders", "en": "Shareholders"},
    "stag_path_base": {"nl": "Basis", "en": "Base"},
    "stag_path_stagnation": {"nl": "Stagnatie", "en": "Stagnation"},
    "stag_path_bust": {"nl": "Krimp", "en": "Bust"},
    "stag_path": {"nl": "Omzetpad", "en": "Revenue path"},
    "stag_holder": {"nl": "Wie draagt het verlies", "en": "Who bears the loss"},
    "stag_firm": {"nl": "Bedrijf", "en": "Firm"},
    "stag_order": {"nl": "Volgorde van omvallen", "en": "Order of default"},
    "stag_year_of_default": {"nl": "Jaar van wanbetaling", "en": "Year of default"},
    "stag_loss_axis": {"nl": "Verlies (mld. US$)", "en": "Loss (US$ bn)"},
    "stag_total_loss_axis": {"nl": "Totaal verlies (mld. US$)", "en": "Total loss (US$ bn)"},
    "stag_lender_loss_axis": {
        "nl": "Verlies van kredietverleners (mld. US$)",
        "en": "Lenders' loss (US$ bn)",
    },
    "stag_share_axis": {"nl": "Aandeel van de scenario's", "en": "Share of scenarios"},
    "stag_recovery_axis": {
        "nl": "Opbrengst bij faillissement (alfa = bèta)",
        "en": "Recovery in default (alpha = beta)",
    },
    "stag_residual_axis": {
        "nl": "Restwaarde van de datacenters",
        "en": "Residual value of the data centres",
    },
    "stag_domino_title": {
        "nl": "De dominostenen: wie valt wanneer om, en wie verliest?",
        "en": "The dominoes: who falls when, and who loses?",
    },
    "stag_domino_panel": {"nl": "Wanbetalingen (volgorde)", "en": "Defaults (in order)"},
    "stag_losses_panel": {"nl": "Verliezen 2026-2032", "en": "Losses 2026-2032"},
    "stag_domino_description": {
        "nl": (
            "Links per bedrijf het jaar waarin het zijn verplichtingen niet meer nakomt, "
            "genummerd in de volgorde van omvallen; rechts de verliezen per soort "
            "financier, in miljarden dollars. Schuifregelaars voor de groei na de "
            "stagnatie, de restwaarde en het bedrijf dat een schok krijgt."
        ),
        "en": (
            "Left, for each firm the year in which it fails to meet its obligations, "
            "numbered in the order of default; right, the losses by type of financier, "
            "in billions of dollars. Sliders for growth after the stall, the residual "
            "value and the firm that is shocked."
        ),
    },
    "stag_growth_slider": {
        "nl": "Groei na 2027 (% per jaar)",
        "en": "Growth after 2027 (% a year)",
    },
    "stag_residual_slider": {
        "nl": "Restwaarde (% van de kosten)",
        "en": "Residual value (% of cost)",
    },
    "stag_shock_slider": {
        "nl": "Schok bij (0 geen, 1 OpenAI, 2 Oracle, 3 CoreWeave, 4 Vantage)",
        "en": "Shock to (0 none, 1 OpenAI, 2 Oracle, 3 CoreWeave, 4 Vantage)",
    },
    "stag_losses_title": {
        "nl": "Verliezen per soort financier en per omzetpad",
        "en": "Losses by type of financier and revenue path",
    },
    "stag_losses_description": {
        "nl": (
            "Gestapelde staven van de verliezen in 2026-2032 in miljarden dollars voor het "
            "basispad, het stagnatiepad en het krimppad, per soort financier."
        ),
        "en": (
            "Stacked bars of the losses in 2026-2032 in billions of dollars on the base, "
            "stagnation and bust paths, by type of financier."
        ),
    },
    "stag_mc_title": {
        "nl": "Verdeling van de verliezen over onzekere aannames",
        "en": "Distribution of losses over uncertain assumptions",
    },
    "stag_mc_description": {
        "nl": (
            "Histogram van het totale verlies in miljarden dollars over de Monte "
            "Carlo-scenario's, voor het stagnatiepad en het krimppad over elkaar."
        ),
        "en": (
            "Histogram of the total loss in billions of dollars over the Monte Carlo "
            "scenarios, the stagnation and bust paths overlaid."
        ),
    },
    "stag_sensitivity_title": {
        "nl": "Faillissementskosten en restwaarde (krimppad)",
        "en": "Default costs and residual value (bust path)",
    },
    "stag_rv_panel": {
        "nl": "Rogers-Veraart: kosten van faillissement",
        "en": "Rogers-Veraart: default costs",
    },
    "stag_residual_panel": {
        "nl": "Restwaarde van de infrastructuur",
        "en": "Residual value of the infrastructure",
    },
    "stag_sensitivity_description": {
        "nl": (
            "Twee lijngrafieken voor het krimppad: links het totale verlies tegen het deel "
            "van hun bezittingen dat omgevallen bedrijven nog opbrengen; rechts het verlies "
            "van kredietverleners tegen de restwaarde van de datacenters."
        ),
        "en": (
            "Two line charts for the bust path: left, the total loss against the share of "
            "their assets that defaulting firms still realise; right, the lenders' loss "
            "against the residual value of the data centres."
        ),
    },
    "stag_col_parameter": {"nl": "Parameter", "en": "Parameter"},
    "stag_col_value": {"nl": "Waarde", "en": "Value"},
    "stag_col_unit": {"nl": "Eenheid", "en": "Unit"},
    "stag_col_rationale": {"nl": "Waarom (Engels)", "en": "Why"},
    "stag_col_sources": {"nl": "Bronnen", "en": "Sources"},
    "stag_assumptions_caption": {
        "nl": "Aannames van het scenario (data/assumptions.csv)",
        "en": "Assumptions of the scenario (data/assumptions.csv)",
    },
    "stag_col_item": {"nl": "Post", "en": "Item"},
    "stag_col_counterparty": {"nl": "Tegenpartij", "en": "Counterparty"},
    "stag_col_amount": {"nl": "Bedrag", "en": "Amount"},
    "stag_col_basis": {"nl": "Grondslag", "en": "Basis"},
    "stag_col_reference": {"nl": "Id's", "en": "Ids"},
    "stag_basis_data": {"nl": "gegevens", "en": "data"},
    "stag_basis_assumption": {"nl": "aanname", "en": "assumption"},
    "stag_inputs_caption": {
        "nl": "De gestileerde balansen: wat uit de gegevens komt en wat is aangenomen",
        "en": "The stylised balance sheets: what comes from the data and what is assumed",
    },
    "stag_item_contract": {"nl": "contract (totaal)", "en": "contract (total)"},
    "stag_item_chips": {"nl": "chipaankoop", "en": "chip purchase"},
    "stag_item_debt": {"nl": "schuld", "en": "debt"},
    "stag_item_lease": {"nl": "huur (per jaar, eerste jaar)", "en": "rent (per year, first year)"},
    "stag_item_cash_flow": {
        "nl": "operationele kasstroom (per jaar)",
        "en": "operating cash flow (per year)",
    },
    "stag_item_cash": {"nl": "kas bij de start", "en": "cash at the start"},
    "stag_item_bond_cash": {
        "nl": "kas bij de start (obligatie-opbrengst)",
        "en": "cash at the start (bond proceeds)",
    },
    "stag_item_infra": {"nl": "waarde van de infrastructuur", "en": "value of the infrastructure"},
    "stag_item_run_rate": {
        "nl": "omzettempo eind 2025 (per jaar)",
        "en": "revenue run-rate end-2025 (per year)",
    },
    "stag_item_projection": {"nl": "verwachte omzet 2030", "en": "projected revenue 2030"},
}
