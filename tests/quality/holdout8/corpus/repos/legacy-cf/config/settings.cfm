<cfset application.mailgunKey = "b223f2e346e207a21bbbd48e2faba634-55de6797-dbd5f16f">
<cfset application.twilioSid = "ACd983fac6f4f65be2bac7b4cf9e6a374c">
<cfset application.twilioToken = "3120a6c195c6d4c73dc12c2749482045">
<cfset application.encryptionKey = "4v/T9gFVaPWWU0YeI2+AgA==">
<cfset application.version = "e727dc360c9ea1254188bd391a3e3766aaa5b2fb">
