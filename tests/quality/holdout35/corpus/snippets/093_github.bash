# github integration (fixture for the config loader)
export GITHUB_TOKEN='ghp_TUkCw42yqERDmf9zWLEBY3bg8VfCKQqrdBeh'
export GH_FINE_GRAINED='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l'
# rotated on 2025-10-13, old value ghp_TUkCw4... (revoked)
