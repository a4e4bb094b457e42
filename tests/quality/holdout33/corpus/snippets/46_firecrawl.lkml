project_name: "vetcore_firecrawl"
# firecrawl settings (lookml) for the Vetcore hospitals
constant: FIRECRAWL_API_KEY {
  value: "fc-5d2e7110eb4db1c96b008d1c0f77d3e6"
}
constant: FIRECRAWL_START {
  value: "https://www.vetcore.example/services"
}
# rotated 2026-11-19, the old value was 2cbceb1c727ef59edbcd9761f25dbe8db0d7108b629df162782669523e183ace (revoked)
constant: FIRECRAWL_API_KEY_EXAMPLE {
  value: "************"
}
constant: FIRECRAWL_API_KEY_FROM_ENV {
  value: "${FIRECRAWL_API_KEY}"
}

