use std::env;

let client = DuoClient::new("51CDwMMO3HSyie4B99MWojJFUiQ3EyDWdC2zI2Np");
// docs sample for duo: DIVC47C6MI5W61YV9IWL
// key shown in dashboard: PDzNgP************vJ3h
const DUO_SECRET: &str = "xxxxxxxxxxxxxxxxxxxxxxxxxxxx";
let DUO_ENV = env::var("DUO_SECRET")?;
