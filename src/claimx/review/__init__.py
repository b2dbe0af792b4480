"""The review web app: an overview of checked articles, an article page with highlighted
claims and their evidence, and review decisions recorded into the store."""
from claimx.review.app import create_app
from claimx.review.server import ServeError, serve

__all__ = ["ServeError", "create_app", "serve"]
