from reports.models.fund import FundSettings
from reports.models.tokens import ApiToken

__all__ = ["ApiToken", "FundSettings"]
