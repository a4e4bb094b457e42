object Config:
  val pipedriveApiToken: String = "52e951d1f2622332f9b9158f4edba785432655b5"
  val pipedriveCompany: String = "acme"
  val pipedriveDealId: String = "09000"
