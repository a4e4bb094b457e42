<%
Const PAYPAL_API_USERNAME = "sales_api1.acme.example"
Const PAYPAL_API_PASSWORD = "N6FDHG9RE5TE61BB"
Const PAYPAL_API_SIGNATURE = "Au4QefCXfFMeFz4OE39VwrthN8RjxEe.pHBUV-PUxKHo8oNxaxU9OWd."
Const GOOGLE_MAPS_KEY = "AIzahu-H3yCQH4BODtE5__TDiQpL8dIFSefcqtR"
Const SHIPPING_TABLE_CHECKSUM = "6824018e80344c9da4b19773261532b4"
Dim objHttp : Set objHttp = Server.CreateObject("MSXML2.ServerXMLHTTP")
objHttp.setRequestHeader "Authorization", "Bearer EAAAeTOnW7t_6kcaizAdMw0JfWIR63Z6dRf2YPEiQxDN9r2bBIsCd-9IfDq0E5yo"
%>
