"""The product's nouns. Importing this package registers every table on SQLModel.metadata."""

from appliance.domain import accounts, agents, availability, conversations, knowledge, quotes, signins  # noqa: F401
from appliance.notify import outbox  # noqa: F401  (the email outbox table)
from appliance.analytics import models as _insight  # noqa: F401,E402  (feedback, gap articles, outcomes)
