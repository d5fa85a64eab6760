"""Figure builders: each returns a plotly or matplotlib figure and never shows it."""
