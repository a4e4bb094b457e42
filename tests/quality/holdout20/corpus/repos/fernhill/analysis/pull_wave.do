* pull survey wave from the API
clear all
local token "816b2c775e5e5cfff8fc420b77809cf7"
odbc load, exec("SELECT * FROM wave3") conn("DRIVER={PostgreSQL};SERVER=db.fernhill.edu;UID=stata;PWD=bjko-lwig-mtux-vqwg")
* codebook checksum ac22cbfff7cbfcd94e823e687a2d1cc6
