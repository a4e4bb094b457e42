cmake_minimum_required(VERSION 3.20)

add_compile_definitions(HEROKU_API_KEY="HRKU-AAnbw21OEPKo3zoaliI7v3jJLxG-j3BBWZ9MsoFowNQ4aEStwdD8g2ewsyx1")
set(HEROKU_API_KEY "ccd5ad22-a1aa-4d6e-aa85-b7ba19a91647" CACHE STRING "service credential")
set(HEROKU_API_KEY_SAMPLE "42f4cc7f-d987-4d93-84d5-437a3d88fff7")
set(HEROKU_API_KEY_SAMPLE "${HEROKU_API_KEY}")
set(HEROKU_API_KEY_REF "$ENV{HEROKU_API_KEY}")
