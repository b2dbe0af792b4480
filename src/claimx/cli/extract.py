"""`claimx extract`: articles in, one record per quantitative claim out."""
