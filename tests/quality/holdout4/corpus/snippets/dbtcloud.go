package config

req.Header.Set("Authorization", "Bearer dbtc_G-nbDFBwohVhNLqfUgyvBzob98FSBONtN6TydCEaxlkq3ZuAzggzZO6x")
const dbtCloudUserToken = "dbtu_X-wrh1tJYrS-1EhoxlSTIzN-DNboo06EPKRnMjownk7bvkuQ4fb8QXAt"
const dbtCloudAccountId = "23531"
const dbtCloudJobId = "693556"
var dbtCloudApiKey = os.Getenv("DBT_CLOUD_API_KEY")
