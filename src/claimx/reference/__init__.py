"""Reference packs: loading and validation, resolution of claims to pack entities, metrics and periods, SEC import."""
from claimx.reference.loading import load_pack, validate_pack
from claimx.reference.pack import Fact, Metric, PackEntity, ReferencePack, default_pack_path

__all__ = ["Fact", "Metric", "PackEntity", "ReferencePack", "default_pack_path", "load_pack", "validate_pack"]
