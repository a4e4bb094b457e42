module Config exposing (..)

sfAccessToken : String
sfAccessToken =
    "00DnyjpPkd5Yhog!AQ1bIBpKbDmn_Swnd4VBmyP2A1YtKF8ZUQ6K98QscGsJbifgX7OHvR10OH16Nts4brGpWshHoThaddPxv8_QPwpIQ_5NavqJ"

client =
    { provider = "salesforce", key = "5Aep861l6cytgdH_qi.mSegVJj8zjC47flvWzvcbURXgypcO2w82tj0LGGjISQduasa2qG4Qb8Ecj8epPaCB9IW" }

sfConsumerSecret : String
sfConsumerSecret =
    "4CE0AEB215EEE25661E78030B89EDA95605CF044D602B5B4813A03E7440C1FEA"

sfConsumerKey : String
sfConsumerKey =
    "3MVG9D4InIPsmHje9sPhIfhd5WNihQzK.s8Q2hNYHpq_Z30L_iK9_WENSKpdY0CL3ELsMSxPnGhRmj.e36pyZ"

sfOrgId : String
sfOrgId =
    "00DcK0oHyav10c2qk5"

sfAccessTokenSha256 : String
sfAccessTokenSha256 =
    "bb229c5fbc4186a4fde998ff920d70c6cf3dd368744a982215211159c6903c10"

sfAccessTokenExample : String
sfAccessTokenExample =
    "$(SF_ACCESS_TOKEN)"

-- SF_ACCESS_TOKEN is passed in through flags
