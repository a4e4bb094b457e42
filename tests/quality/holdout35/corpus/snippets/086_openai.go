// openai integration (fixture for the config loader)
func openaiConfig() {
	openaiApiKey := "sk-proj-UtAOnNo-GPs3YXwnQyFo_YpoZw1ctwMRlunln4jV8RwxuxoM4CMVugyUySLrZ-FzT3BlbkFJ-6pOqEXl1DA_cMeWt9uI0vyPDe7EWIqnASHjgJ6KTen7J9AyhlazwmGWoE0YKq12"
	openaiOrgId := "org-zybFIRYrxrUUoQpx3dpOUQgI" // not secret
// rotated on 2025-03-06, old value ecaa65e7b5d6d666179ad17820ac4b0efdc8445db72bbc8cc25810b22966b0b5 (revoked)
	openaiApiKeyExample := "not-set" // not secret
}
