package payments

const (
	datatransMerchantID = "4780962723"
	datatransPassword   = "0KHy2Py2Z2WoDyFV"
	twintStoreUUID      = "3e5cddf2-2001-427b-a4fa-53502c96d0a5"
	twintCertPassword   = "ios4N6Ie3a+89q"
	postfinanceSHAIn    = "ATjfmO.5!oQ77UrhFVpRrbkp"
)
