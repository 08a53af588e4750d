"""Phrases that :mod:`aifin_lib.prose` builds around figures: dates of periods and the
qualifiers of deal amounts."""

LABELS: dict[str, dict[str, str]] = {
    # --- qualifiers of deal amounts (deals.csv: amount_qualifier) ------------------------
    "qualifier_exact": {"nl": "{amount}", "en": "{amount}"},
    "qualifier_about": {"nl": "ongeveer {amount}", "en": "about {amount}"},
    "qualifier_up_to": {"nl": "maximaal {amount}", "en": "up to {amount}"},
    "qualifier_at_least": {"nl": "ten minste {amount}", "en": "at least {amount}"},
    # --- periods (macro.csv / history.csv: period, period_type) --------------------------
    "period_year": {"nl": "in {year}", "en": "in {year}"},
    "period_fiscal_year": {"nl": "in boekjaar {year}", "en": "in fiscal {year}"},
    "period_fiscal_year_months": {
        "nl": "in boekjaar {year} ({first} tot en met {last})",
        "en": "in fiscal {year} ({first} to {last})",
    },
    "period_month": {"nl": "in {month}", "en": "in {month}"},
    "period_day": {"nl": "op {day}", "en": "on {day}"},
    "period_quarter": {"nl": "in het {ordinal} kwartaal van {year}",
                       "en": "in the {ordinal} quarter of {year}"},
    "period_fiscal_quarter": {
        "nl": "in het {ordinal} kwartaal van boekjaar {year} ({first} tot en met {last})",
        "en": "in the {ordinal} quarter of fiscal {year} ({first} to {last})",
    },
    "period_half": {"nl": "in het {ordinal} halfjaar van {year}",
                    "en": "in the {ordinal} half of {year}"},
    "period_years": {"nl": "in {first}-{last}", "en": "in {first}-{last}"},
    "period_span": {"nl": "van {first} tot en met {last}", "en": "from {first} to {last}"},
    "period_twelve_months": {"nl": "in de twaalf maanden tot en met {last}",
                             "en": "in the twelve months to {last}"},
    "ordinal_1": {"nl": "eerste", "en": "first"},
    "ordinal_2": {"nl": "tweede", "en": "second"},
    "ordinal_3": {"nl": "derde", "en": "third"},
    "ordinal_4": {"nl": "vierde", "en": "fourth"},
}
