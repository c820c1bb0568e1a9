"""Hand-written facade over the generated herohealth_async package."""

__all__: list[str] = []
