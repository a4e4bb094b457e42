package payments

const (
	datatransMerchantID = "4262267873"
	datatransPassword   = "y1psyUWlvmVCysh9"
	twintStoreUUID      = "5cf187c9-09fa-4232-8a14-523bc85bfd65"
	twintCertPassword   = "ocWl3cthiFsVx#"
	postfinanceSHAIn    = "gZCd6eGl!MOu9q=DYH8r-Rjv"
)
