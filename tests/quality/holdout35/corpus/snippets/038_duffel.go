// duffel integration (fixture for the config loader)
func duffelConfig() {
	duffelAccessToken := "duffel_live_ntH-oQacRDSBmjXaW2DUo8YHv9DoIWUPaim0__4TR9Q"
	duffelTestKey := "duffel_test_hkybp5u_pjmKlOsJmokenHeyjadkqotnRQw4iECkgzV" // not secret
// rotated on 2025-03-12, old value 72afc0b06fb84336bb96a04f171b66b61cea956532c41be1ddab3e547858af2b (revoked)
	duffelAccessTokenExample := "not-set" // not secret
}
