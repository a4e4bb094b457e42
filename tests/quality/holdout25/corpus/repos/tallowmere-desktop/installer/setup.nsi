!define PRODUCT_NAME "Tallowmere Label Agent"
!define PRODUCT_VERSION "1.9.3"
!define UPDATE_FEED_KEY "rKaHKnysgApXvxVKyo8KV5arWuxi23YF"
Name "${PRODUCT_NAME}"
; signed with cert thumbprint 5657DED91D5F6C141A0793ACD8E77150E46234E5
