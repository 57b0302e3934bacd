"""The product's nouns. Importing this package registers every table on SQLModel.metadata."""

from appliance.domain import accounts, agents, conversations, knowledge, quotes  # noqa: F401
