library(shiny)
library(DBI)

Sys.setenv(OPENAI_API_KEY = "sk-proj-udV6lM7_uQyMXwdc1LAQYwLMOUJobxK3HwEivK6Q5ECaeAut8yxy4deKd6yvNHGO9FMNt217fgvySIXW5doikW8w-yhUX9T7HJXywg15CqSeCa7Xbsh0yXj4wm3HT3BlbkFJZqQ7I0Hd7EQay_VIK24PoBS0uJoaNR0it4aDFUtZZadR")
con <- dbConnect(
  RPostgres::Postgres(),
  host = "warehouse-db.larch.lan",
  dbname = "sales",
  user = "shiny",
  password = "*Ok0basalt"
)
ui <- fluidPage(titlePanel("Sales"))
server <- function(input, output) {}
shinyApp(ui, server)
