<#-- mailing job -->
<#assign squareAccessToken = "EAAAMlthg0CPDmGGP2cEpNdp1vRCeSwmERAd1-gP1oJZhlXPVa8cb6Cm7oNSYxWb">
<@connect service="square" secret="sq0csp-4B7CuHsDc3gVxxn8O9B52OiejHw6OmUkuS8M2TNkHfy"/>
<#assign squareApplicationId = "sq0idp-NYu-cNrFCO6zRi-Lz_Zn_K">
<#assign squareAccessTokenMasked = "EAAA************YxWb">
<#assign squareAccessTokenExample = "not-set">
${.env["SQUARE_ACCESS_TOKEN"]}
