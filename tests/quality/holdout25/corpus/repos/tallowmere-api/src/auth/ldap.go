package auth

var directory = LDAPConfig{
	URL:    "ldaps://dc1.corp.tallowmere.example:636",
	BindDN: "CN=svc-portal,OU=Service,DC=corp,DC=tallowmere",
	BindPassword:
		"sahirubu63",
	BaseDN: "DC=corp,DC=tallowmere",
}
