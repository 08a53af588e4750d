"""Labels of the chart toolbar and of the controls under a chart (site and JupyterLab)."""

LABELS: dict[str, dict[str, str]] = {
    # --- chart toolbar -----------------------------------------------------------------
    "chart_tools": {"nl": "Hulpmiddelen bij de grafiek", "en": "Chart tools"},
    "chart_download": {"nl": "Download", "en": "Download"},
    "chart_png": {"nl": "PNG", "en": "PNG"},
    "chart_png_title": {"nl": "Grafiek downloaden als afbeelding (PNG)",
                        "en": "Download the chart as an image (PNG)"},
    "chart_svg": {"nl": "SVG", "en": "SVG"},
    "chart_svg_title": {"nl": "Grafiek downloaden als vectorafbeelding (SVG)",
                        "en": "Download the chart as a vector image (SVG)"},
    "chart_csv": {"nl": "CSV", "en": "CSV"},
    "chart_csv_title": {"nl": "Gegevens downloaden zoals de grafiek ze nu toont (CSV)",
                        "en": "Download the data as the chart shows it now (CSV)"},
    "chart_link": {"nl": "Link kopiëren", "en": "Copy link"},
    "chart_link_title": {"nl": "Link naar deze grafiek met de huidige instellingen",
                         "en": "Link to this chart with its current settings"},
    "chart_link_label": {"nl": "Link naar deze grafiek", "en": "Link to this chart"},
    "chart_link_copied": {"nl": "Link gekopieerd.", "en": "Link copied."},
    "chart_link_select": {"nl": "Kopieer de link hieronder.", "en": "Copy the link below."},
    "chart_table": {"nl": "Tabel", "en": "Table"},
    "chart_table_title": {"nl": "De gegevens van de grafiek als tabel",
                          "en": "The chart's data as a table"},
    "chart_table_caption": {"nl": "Gegevens van de grafiek bij de huidige instellingen",
                            "en": "Data of the chart at its current settings"},
    "chart_table_empty": {"nl": "Bij deze instellingen toont de grafiek geen gegevens.",
                          "en": "At these settings the chart shows no data."},
    "chart_sources": {"nl": "Bronnen", "en": "Sources"},
    "chart_sources_title": {"nl": "Waar de cijfers van de grafiek vandaan komen",
                            "en": "Where the chart's figures come from"},
    "chart_sources_intro": {
        "nl": "Rijen in de bijlage Data, met hun uitgevers:",
        "en": "Rows of the Data appendix, with their publishers:",
    },
    "chart_sources_model": {
        "nl": "Berekend met het model {model} uit aifin_lib.",
        "en": "Computed with the model {model} of aifin_lib.",
    },
    "chart_downloaded": {"nl": "Download gestart: {file}", "en": "Download started: {file}"},
    "chart_settings": {"nl": "Instellingen van de grafiek", "en": "Chart settings"},
    # --- controls ----------------------------------------------------------------------
    "control_yes": {"nl": "ja", "en": "yes"},
    "control_no": {"nl": "nee", "en": "no"},
    "control_multi_hint": {
        "nl": "Kies er meer met Ctrl-klik (Mac: ⌘-klik) of Shift-klik.",
        "en": "Choose several with Ctrl-click (Mac: ⌘-click) or Shift-click.",
    },
}
