"""The quality area's pages: each module lists its own routes."""
