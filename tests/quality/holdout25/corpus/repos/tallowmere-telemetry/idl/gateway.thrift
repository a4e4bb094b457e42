namespace py tallowmere.gateway

const string DEFAULT_REGION = "eu-west-1"
const string INFLUX_WRITE_TOKEN = "RdANgUcASdIU76YQgaYp-SwL9SjiKTBDrJ_DD3HgZnkfCPEbXnRyAym3WPNRaj1iHXNHr5c7LJQvvZ0RvuLHXF=="
const string FIRMWARE_SHA = "2a9db242ccb642999287de92324217fd09825491e961889c6cba037a9f3e561d"

struct Reading { 1: i64 ts, 2: double celsius }
