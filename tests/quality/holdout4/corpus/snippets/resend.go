package config

req.Header.Set("Authorization", "Bearer re_ZgfgRPyb_urWGxlU5lVbSn2tBSWdqKqUe")
const resendAudience = "3b7471c8-a183-4e39-b755-6bb999ea92db"
const resendApiKey = "re_123456789"
var resendApiKey = os.Getenv("RESEND_API_KEY")
