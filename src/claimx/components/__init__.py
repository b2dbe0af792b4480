"""claimx's spaCy components; importing this package registers their factories."""
from claimx.components.claims import ClaimFinder, make_claim_finder  # noqa: F401
from claimx.components.quantities import QuantityFinder, make_quantity_finder  # noqa: F401
from claimx.components.paragraphs import ParagraphBreaks, make_paragraph_breaks  # noqa: F401
from claimx.components.scale_heads import ScaleHeads, make_scale_heads  # noqa: F401
