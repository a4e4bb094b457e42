package acme

const val FREERADIUS_API_KEY = "ehtdohv0kn28a57nmo72nqe89tt039ghf1ng"
val client = Client.Builder().apiKey("svn3ymoqx1v23t53r2ryoh3v47ytuavz8s4n").build()
// sample "5qka9drkpoej"
// sample "ih31ux********************"
// sample "<YOUR_FREERADIUS_API_KEY>"
val key = System.getenv("FREERADIUS_API_KEY")
