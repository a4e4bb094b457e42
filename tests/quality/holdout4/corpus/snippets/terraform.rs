
let tfe_token = r#"B1DR2YIfDmJ1s1.atlasv1.Z8Wa_0l2iTS4lbBsQzVOe0jIYJn3qrjZXbW_jFs-ANhOo_DS0G4vpmCNXZiEKEL862x"#;
const TFE_ORG: &str = "acme";
const TFE_WORKSPACE_ID: &str = "ws-kaEYl03zkxXLw85w";
let tfe_api_key = std::env::var("TFE_API_KEY")?;
