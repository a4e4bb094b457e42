<#-- mailing job -->
<@connect service="braintree" secret="access_token$production$i0iva2t1yo31mnwr$be09d06f85223c03e9a84f425ea16995"/>
<#assign braintreePrivateKey = "e951768f6e78724cfd9ad9997b945213">
<#assign braintreeMerchantId = "a8rx0ssylz870oi7">
<#assign braintreeAccessTokenTruncated = "access_tok...">
<#assign braintreeAccessTokenExample = "{{ secrets.BRAINTREE_ACCESS_TOKEN }}">
${.env["BRAINTREE_ACCESS_TOKEN"]}
