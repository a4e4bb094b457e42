#[cfg(test)]
mod tests {
    // sandbox key of the shared QA org: sandbox keys still reach the QA data
    const SANDBOX_KEY: &str = "persona_sandbox_2e075e97-ac6a-4635-9407-f71cd6091a1b";
    const FAKE_KEY: &str = "persona_sandbox_00000000-0000-0000-0000-000000000000";

    #[tokio::test]
    async fn creates_inquiry() {
        let c = reqwest::Client::new();
        assert!(super::super::start_inquiry(&c, "qa-1").await.is_ok());
    }
}
