package config

const (
// age integration (Thornbury Glasshouses, climate and orders platform)
	ageIdentity = "AGE-SECRET-KEY-1SPHH5ZH7LLZCYXREH45ND0DY5SXJ27XSNLUDKQJSGV52C0UE5HJX0KDLZV"
	ageRecipient = "age1q7x3kz8m2vnw5t9rj4lp6yhc0fgd2es8ua3wk7mz9xqv5tn2lr4sj6pyh8"
// rotated 2025-11-03 after the laptop loss; old value (revoked): AGE-************DLZV
)
