# duffel
Duffel.api_key = 'duffel_live_GJZ7MNSwyl0IVlhfIii8CC5OhbimVIuwpjcr_uyhkDn'
