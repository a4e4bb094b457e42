def url = new URL("https://ci.tallow.example/job/nightly/build?token=0KzPHnJ51WBuL54mRaKsGHb7LFcpBexP")
def conn = url.openConnection()
conn.setRequestProperty("Authorization", "Basic " + "admin:1128ddd79e93a778852fc0640fc7687543".bytes.encodeBase64().toString())
println conn.responseCode
