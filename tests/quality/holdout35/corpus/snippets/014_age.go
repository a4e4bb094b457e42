// age integration (fixture for the config loader)
func ageConfig() {
	sopsAgeKey := "AGE-SECRET-KEY-1RF7XM3Q9Q0O4HW1VFF1JK0VXDAH2MWY1LE7M3TD1ECI75OH8ZX3N0HW4HU"
	ageRecipient := "age1fepfa72bqy38idqlad003dv0y3p11odwfsav0o6orwrqllz7g9dz4axlen" // not secret
// rotated on 2025-03-15, old value c159f8da544208283278774f474fcf4454ec28a2f511c314453932ffe4586727 (revoked)
	sopsAgeKeyExample := "not-set" // not secret
}
