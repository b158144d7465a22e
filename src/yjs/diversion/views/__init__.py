"""Out-of-court pages, one module per step of the pipeline; each lists its own routes in `urlpatterns`."""
