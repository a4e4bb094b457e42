namespace Newsroom

# helicone settings for the print works (Northmoor Herald Group)
# helicone, api key
magic = "sk-helicone-d4xbzyx-lyt15l6-0kadqoi-odgpziq"
# rotated on 3 March, old value c6f582a857c43691fec39603cbab0ab5458aa73253a591768410433ed797bc29 (revoked)
helicone_staging_key = "************"
helicone_fallback = "${HELICONE_TOKEN}"
