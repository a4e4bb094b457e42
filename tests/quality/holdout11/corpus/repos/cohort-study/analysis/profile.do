* Stata profile for the cohort study
set more off
global REDCAP_URL "https://redcap.lab.example/api/"
global REDCAP_TOKEN "6C15579DF35F3B69FB288A1459CDA71C"
global DATADIR "/data/cohort"
global checksum "612aff6dd5a3be774a00799211a16e4e"
