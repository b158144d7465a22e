"""The safety pages: each module lists its own routes."""
