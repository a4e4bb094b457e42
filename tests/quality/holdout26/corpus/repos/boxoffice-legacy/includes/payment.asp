<%
' card gateway (Sage Pay era, kept for refunds only)
Const VENDOR_NAME = "marrowgatestag"
Const ENCRYPTION_PASSWORD = "QAXHY67T2ZiS3e3s"
Const GATEWAY_URL = "https://live.opayo.eu.elavon.com/gateway/service/vspform-register.vsp"
' Const ENCRYPTION_PASSWORD = "xxxxxxxxxxxxxxxx"
%>
