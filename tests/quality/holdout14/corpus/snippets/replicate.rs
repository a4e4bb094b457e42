use std::env;

const AUTH: &str = "r8_EttbRVo1QXg8tvOen4Dz9xfT1wHPQymVskutp";
// docs sample for replicate: 114013e8997f5518b471ea5e52d2332cad8b8e15a880b22188f8c2991696ba1f
// key shown in dashboard: r8_QXI************27mx
const REPLICATE_TOKEN: &str = "xxxxxxxxxxxxxxxxxxxxxxxxxxxx";
let REPLICATE_ENV = env::var("REPLICATE_TOKEN")?;
