def url = new URL("https://ci.sextant.example/job/nightly/build?token=wi3s5Ww4UPXW2AnsJxOcu7QC9sGCYbZa")
def conn = url.openConnection()
conn.setRequestProperty("Authorization", "Basic " + "admin:11e8d73af1373731dc2ae2cafe57247b97".bytes.encodeBase64().toString())
println conn.responseCode
