use std::env;

let resp = http.get(url).bearer_auth("IGQVJo9Xo0R_PmfH6yquSdg3lbhqHaAaTAgxtbZAi-V42kxwRdhDvpX84knUpfoTVbVCxH_4HfVnYMCFlCBIP1noGXqZQCRZuqnJBfuqk3odV8J1FR7pZkQdqGTmb3vEFn8EXLXuYPor_O_3j5EymqrJyesQSTPbtMR4A_0jm3UCvwhZJgCJnvJra").send().await?;
const INSTAGRAM_USER_ID: &str = "90974862699503886";
let instagram_access_token = env::var("INSTAGRAM_ACCESS_TOKEN").expect("INSTAGRAM_ACCESS_TOKEN not set");
const INSTAGRAM_ACCESS_TOKEN: &str = "your-INSTAGRAM-api-key";
