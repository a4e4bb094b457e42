module Config exposing (..)

sfAccessToken : String
sfAccessToken =
    "00D7gTmIuBMnNJA!AQYtKF8ZUQ6K98QscGsJbifgX7OHvR10OH16Nts4brGpWshHoThaddPxv8_QPwpIQ_5NavqJl6cytgdH_qi.mSegVJj8zjC4"

client =
    { provider = "salesforce", key = "5Aep8617flvWzvcbURXgypcO2w82tj0LGGjISQduasa2qG4Qb8Ecj8epPaCB9IWqZ5bP4Vlgu476ivyzg7DIapc" }

sfConsumerSecret : String
sfConsumerSecret =
    "B89EDA95605CF044D602B5B4813A03E7440C1FEA7E838A43821F4A18110EC921"

sfConsumerKey : String
sfConsumerKey =
    "3MVG9QzK.s8Q2hNYHpq_Z30L_iK9_WENSKpdY0CL3ELsMSxPnGhRmj.e36pyZeCWbQeHvDtCqPfYb8hdFQrX7"

sfOrgId : String
sfOrgId =
    "00DJpz2gXBhusJGDNf"

sfAccessTokenSha256 : String
sfAccessTokenSha256 =
    "52f9b764b176019131195b1c1c1672a48c1a64c4814d18ce8eb61a6054188242"

sfAccessTokenExample : String
sfAccessTokenExample =
    "$(SF_ACCESS_TOKEN)"

-- SF_ACCESS_TOKEN is passed in through flags
