"""claimx: quantitative claims from news articles, extracted and cross-checked."""
__version__ = "0.1.0"
